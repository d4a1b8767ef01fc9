"""Re-importing DuoDesk's own exports: a column of labels is read as labels, never partly as
choice codes, and a label with two meanings refuses the file (instead of putting answers on
the wrong choice); a question the file has no column for (left out of a de-identified
export) is not counted as "No answer"."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from duodesk.cli import main

FORM_ID = "labels"
HEADER = ["gate", "h1", "d1", "num", "note_text"]
# (gate, h1, d1, num, note_text): h1 has a choice labelled "not asked"; d1's choices x and y
# share the label "Same", and z is labelled "x"; num's choices are numbers labelled with the
# number below (1 is labelled "0").
ROWS = [
    ("yes", "a", "x", "2", "first"),
    ("yes", "b", "y", "3", ""),
    ("yes", "a", "z", "2", "third"),
    ("no", "", "z", "3", ""),
    ("yes", "c", "y", "", "fifth"),
    ("no", "", "x", "2", "sixth"),
    ("yes", "b", "z", "3", ""),
]


def write_form(path: Path, *, shared_label: bool = True) -> Path:
    book = openpyxl.Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(["type", "name", "label", "relevant", "required"])
    survey.append(["select_one yn", "gate", "Gate", None, None])
    survey.append(["select_one h", "h1", "H1", "${gate} = 'yes'", None])
    survey.append(["select_one dup", "d1", "D1", None, None])
    survey.append(["select_one num", "num", "Num", None, None])
    survey.append(["text", "note_text", "Anything else?", None, "yes"])
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", "label"])
    for name, label in [("yes", "Yes"), ("no", "No")]:
        choices.append(["yn", name, label])
    for name, label in [("a", "not asked"), ("b", "Bee"), ("c", "Sea")]:
        choices.append(["h", name, label])
    for name, label in [("x", "Same"), ("y", "Same" if shared_label else "Other"), ("z", "x")]:
        choices.append(["dup", name, label])
    for name, label in [("1", "0"), ("2", "1"), ("3", "2")]:
        choices.append(["num", name, label])
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version"])
    settings.append([FORM_ID, "1"])
    book.save(path)
    return path


def write_csv(path: Path, header: list[str], rows: list[tuple[str, ...]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def run(capsys, project: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(project), *args])
    out, err = capsys.readouterr()
    return code, out, err


def project_with(capsys, folder: Path, name: str, form: Path, data: Path) -> Path:
    project = folder / f"{name}.duodesk"
    assert run(capsys, project, "import-form", str(form))[0] == 0
    code, _, err = run(capsys, project, "import-data", FORM_ID, str(data))
    assert code == 0, err
    return project


def summary(capsys, project: Path) -> dict:
    code, out, err = run(capsys, project, "summary", FORM_ID, "--json")
    assert code == 0, err
    return json.loads(out)


def counts(found: dict, question: str) -> dict[str, int]:
    (wanted,) = [q for q in found["questions"] if q["name"] == question]
    return {option["name"]: option["count"] for option in wanted["options"]}


@pytest.fixture
def source(tmp_path, capsys) -> tuple[Path, Path]:
    """A project made from a codes file; (the form, the project)."""
    form = write_form(tmp_path / "labels.xlsx")
    data = write_csv(tmp_path / "codes.csv", HEADER, ROWS)
    return form, project_with(capsys, tmp_path, "source", form, data)


@pytest.mark.parametrize("kind", ["csv", "data sheet"])
def test_a_label_two_answers_share_refuses_the_file_and_stores_nothing(
    kind, source, tmp_path, capsys
):
    form, project = source
    assert counts(summary(capsys, project), "d1") == {"x": 2, "y": 2, "z": 3}
    if kind == "csv":
        exported = tmp_path / "with_labels.csv"
        assert run(capsys, project, "export", FORM_ID, "--csv", str(exported))[0] == 0
        data, where = exported, 'with_labels.csv, column "d1"'
    else:
        book = tmp_path / "book.xlsx"
        command = ["export", FORM_ID, "--xlsx", str(book), "--include-interview-data"]
        assert run(capsys, project, *command, "--show-small-numbers")[0] == 0
        data, where = tmp_path / "book-interviews.xlsx", 'book-interviews.xlsx, sheet "Data", '
    target = tmp_path / "target.duodesk"
    assert run(capsys, target, "import-form", str(form))[0] == 0
    code, _, err = run(capsys, target, "import-data", FORM_ID, str(data))
    assert code == 1
    assert where in err
    assert '"Same" is the label of more than one answer' in err
    assert "--codes" in err
    assert summary(capsys, target)["interviews"] == 0


def test_a_codes_export_comes_back_with_every_figure_the_same(source, tmp_path, capsys):
    form, project = source
    exported = tmp_path / "with_codes.csv"
    command = ["export", FORM_ID, "--csv", str(exported), "--codes", "--identifying"]
    assert run(capsys, project, *command)[0] == 0
    again = project_with(capsys, tmp_path, "again", form, exported)
    assert summary(capsys, again) == summary(capsys, project)


@pytest.mark.parametrize("kind", ["csv", "data sheet"])
def test_labels_that_are_other_answers_codes_come_back_on_the_right_answers(kind, tmp_path, capsys):
    """Without a shared label the labels file imports: "x" is read as the answer labelled "x"
    (z), "1" as the answer labelled "1" (2), and the answer labelled "not asked" as that
    answer where the question was asked; every figure is the same (the written answers
    too, exported with --identifying)."""
    form = write_form(tmp_path / "labels.xlsx", shared_label=False)
    project = project_with(
        capsys, tmp_path, "source", form, write_csv(tmp_path / "codes.csv", HEADER, ROWS)
    )
    if kind == "csv":
        data = tmp_path / "with_labels.csv"
        assert run(capsys, project, "export", FORM_ID, "--csv", str(data), "--identifying")[0] == 0
    else:
        book = tmp_path / "book.xlsx"
        command = ["export", FORM_ID, "--xlsx", str(book), "--include-interview-data"]
        assert run(capsys, project, *command, "--identifying", "--show-small-numbers")[0] == 0
        data = tmp_path / "book-interviews.xlsx"
    target = tmp_path / "target.duodesk"
    assert run(capsys, target, "import-form", str(form))[0] == 0
    code, out, err = run(capsys, target, "import-data", FORM_ID, str(data))
    assert code == 0, err
    assert '2 answer(s) were the words "not asked"' in out
    before, after = summary(capsys, project), summary(capsys, target)
    assert counts(after, "d1") == {"x": 2, "y": 2, "z": 3}
    assert counts(after, "num") == {"1": 0, "2": 3, "3": 3}
    assert counts(after, "h1") == {"a": 2, "b": 2, "c": 1}
    assert after == before


def test_numbers_labelled_with_other_numbers_are_refused_when_nothing_tells_which(tmp_path, capsys):
    """Every value of the column is both a code and a label, read differently, and no other
    column tells whether the file holds codes or labels."""
    form = write_form(tmp_path / "labels.xlsx")
    data = write_csv(tmp_path / "numbers.csv", ["num"], [("1",), ("2",), ("2",)])
    project = tmp_path / "target.duodesk"
    assert run(capsys, project, "import-form", str(form))[0] == 0
    code, _, err = run(capsys, project, "import-data", FORM_ID, str(data))
    assert code == 1
    assert 'numbers.csv, column "num"' in err
    assert '"1" is the code of one answer but the label of another' in err
    assert summary(capsys, project)["interviews"] == 0


def test_the_other_columns_tell_how_to_read_numbers_labelled_with_other_numbers(tmp_path, capsys):
    form = write_form(tmp_path / "labels.xlsx")
    codes = write_csv(tmp_path / "codes.csv", ["gate", "num"], [("no", "2"), ("no", "3")])
    labels = write_csv(tmp_path / "labels.csv", ["gate", "num"], [("No", "2"), ("No", "1")])
    assert counts(summary(capsys, project_with(capsys, tmp_path, "c", form, codes)), "num") == {
        "1": 0,
        "2": 1,
        "3": 1,
    }
    assert counts(summary(capsys, project_with(capsys, tmp_path, "l", form, labels)), "num") == {
        "1": 0,
        "2": 1,
        "3": 1,
    }


def test_questions_left_out_of_a_de_identified_export_are_not_counted_as_no_answer(
    source, tmp_path, capsys
):
    form, project = source
    exported = tmp_path / "deidentified.csv"
    code, out, _ = run(capsys, project, "export", FORM_ID, "--csv", str(exported), "--codes")
    assert code == 0
    with exported.open(encoding="utf-8-sig") as handle:
        assert "note_text" not in next(csv.reader(handle))
    target = tmp_path / "target.duodesk"
    assert run(capsys, target, "import-form", str(form))[0] == 0
    code, out, err = run(capsys, target, "import-data", FORM_ID, str(exported))
    assert code == 0, err
    assert "The file has no column for these questions: note_text." in out
    before, after = summary(capsys, project), summary(capsys, target)
    (text,) = [q for q in after["questions"] if q["name"] == "note_text"]
    assert (text["asked"], text["missing"], text["not_in_version"]) == (0, 0, len(ROWS))
    assert "gave no answer" not in text["denominators"]
    others = [q for q in after["questions"] if q["name"] != "note_text"]
    assert others == [q for q in before["questions"] if q["name"] != "note_text"]


def test_a_file_with_every_column_says_nothing_of_missing_columns(source, tmp_path, capsys):
    form, project = source
    data = write_csv(tmp_path / "all.csv", HEADER, ROWS)
    target = tmp_path / "target.duodesk"
    assert run(capsys, target, "import-form", str(form))[0] == 0
    code, out, _ = run(capsys, target, "import-data", FORM_ID, str(data))
    assert code == 0
    assert "no column" not in out
    (text,) = [q for q in summary(capsys, target)["questions"] if q["name"] == "note_text"]
    assert (text["answered"], text["missing"], text["not_in_version"]) == (4, 3, 0)
    assert summary(capsys, target) == summary(capsys, project)


def write_multiple_choice_form(path: Path) -> Path:
    book = openpyxl.Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(["type", "name", "label"])
    survey.append(["select_multiple drugs", "drugs", "Drugs used"])
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", "label"])
    for name, label in [("p", "Heroin; Crack"), ("q", "Heroin"), ("r", "Crack"), ("s", "Other")]:
        choices.append(["drugs", name, label])
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version"])
    settings.append([FORM_ID, "1"])
    book.save(path)
    return path


def test_several_labels_of_a_multiple_choice_question_are_read_as_labels(tmp_path, capsys):
    """Without 0/1 columns, a multiple-choice column of labels ("Heroin; Other") is read as
    labels, and one that could be one label or two ("Heroin; Crack") refuses the file."""
    form = write_multiple_choice_form(tmp_path / "drugs.xlsx")
    labels = write_csv(tmp_path / "labels.csv", ["drugs"], [("Heroin; Other",), ("Crack",)])
    found = summary(capsys, project_with(capsys, tmp_path, "labels", form, labels))
    assert counts(found, "drugs") == {"q": 1, "s": 1, "r": 1, "p": 0}
    codes = write_csv(tmp_path / "codes.csv", ["drugs"], [("q s",), ("r",)])
    assert summary(capsys, project_with(capsys, tmp_path, "codes", form, codes)) == found
    both = write_csv(tmp_path / "both.csv", ["drugs"], [("Heroin; Crack",), ("Other",)])
    project = tmp_path / "both.duodesk"
    assert run(capsys, project, "import-form", str(form))[0] == 0
    code, _, err = run(capsys, project, "import-data", FORM_ID, str(both))
    assert code == 1
    assert 'both.csv, column "drugs"' in err
    assert '"Heroin; Crack" is the label of more than one answer' in err
    assert summary(capsys, project)["interviews"] == 0
