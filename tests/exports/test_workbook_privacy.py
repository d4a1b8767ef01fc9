"""What the health-board workbook leaves out, and what its Cover says about it."""

from __future__ import annotations

import os
import re
import stat
import zipfile

import openpyxl
import pytest

from duodesk.analysis import Condition, Subset
from duodesk.cli import main
from duodesk.exports.export import export
from duodesk.exports.layout import ExportOptions, interviews_path
from duodesk.storage.disclosure_policy import require_threshold

POSIX = pytest.mark.skipif(os.name != "posix", reason="owner-only modes are POSIX permissions")


def cover_of(path) -> dict[str, object]:
    sheet = openpyxl.load_workbook(path)["Cover"]
    return {r[0]: r[1] for r in sheet.iter_rows(min_row=3, values_only=True)}


def test_default_workbook_has_no_sheet_with_a_row_per_interview(hepatitis_project, tmp_path):
    database, form = hepatitis_project
    path = tmp_path / "board.xlsx"
    report = export(database, form.form_id, path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Cover", "Summary", "Charts", "Codebook"]
    for sheet in workbook.worksheets:
        # The rows of interview-level data are numbered 1, 2, ... in their first column.
        numbered = [r[0] for r in sheet.iter_rows(values_only=True) if isinstance(r[0], int)]
        assert len(numbered) < 10, sheet.title
    assert report.interviews_file is None and not interviews_path(path).exists()
    cover = cover_of(path)
    assert cover["Interview-level data"].startswith("None: this workbook has no row per interview")


def test_cover_states_every_rule_and_how_many_numbers_were_hidden(hepatitis_project, tmp_path):
    database, form = hepatitis_project
    path = tmp_path / "board.xlsx"
    export(database, form.form_id, path)
    cover = cover_of(path)
    rules = cover["Small numbers"]
    assert "from 1 to 4" in rules and "Zeros are shown" in rules
    assert "skip logic" in rules and "fewer than 5 possible values" in rules
    hidden = cover["Numbers hidden"]
    total = int(hidden.split(" number")[0].replace(",", ""))
    markers = set()
    for row in openpyxl.load_workbook(path)["Summary"].iter_rows():
        for cell in row[1:2] + row[4:5]:
            if cell.value == "*":
                markers.add(cell.coordinate)
    assert total >= len(markers) > 0  # some hidden counts are not shown anywhere else
    assert "from 1 to 4" in hidden and "to protect them" in hidden
    # How many are small is not said: it would tell a reader that all the others are not.
    assert (
        len(re.findall(r"\d+ numbers? hidden", hidden)) == 1 and "each reason is not said" in hidden
    )
    assert "5th or 95th percentile" in cover["Smallest and largest answers"]


def test_smallest_and_largest_are_shown_only_when_enough_people_share_them(
    hepatitis_project, tmp_path
):
    from duodesk.analysis import summarize

    database, form = hepatitis_project
    path = tmp_path / "board.xlsx"
    export(database, form.form_id, path)
    rows = list(openpyxl.load_workbook(path)["Summary"].iter_rows(values_only=True))
    titles = [isinstance(r[0], str) and r[0].startswith("age. ") for r in rows]
    start = titles.index(True)
    end = next(i for i in range(start, len(rows)) if rows[i][0] is None)
    block = {r[0]: r[1] for r in rows[start:end]}
    ages = summarize(database, form.form_id).question("age").stats
    # The simulated ages are spread out: nobody shares the youngest or the oldest age.
    assert "Smallest" not in block and "Largest" not in block
    assert ages.min not in block.values() and ages.max not in block.values()
    low = next(label for label in block if label.startswith("5th percentile"))
    high = next(label for label in block if label.startswith("95th percentile"))
    assert "given by fewer than 5" in low and "given by fewer than 5" in high
    if ages.n >= 99:  # the percentiles lie beyond the first five answers from either end
        assert ages.min <= block[low] <= block[high] <= ages.max
    else:  # an average of the first two answers, which whole numbers would give away
        assert block[low] == block[high] == "*"


def test_charts_carry_no_cached_numbers(hepatitis_project, tmp_path):
    database, form = hepatitis_project
    path = tmp_path / "board.xlsx"
    export(database, form.form_id, path)
    with zipfile.ZipFile(path) as archive:
        charts = [name for name in archive.namelist() if name.startswith("xl/charts/")]
        assert charts
        for name in charts:
            text = archive.read(name).decode("utf-8")
            assert "numCache" not in text and "<c:v>" not in text, name


def test_a_subset_with_few_interviews_is_refused(hepatitis_project, tmp_path):
    """The people who gave a rare answer, alone: every other count of theirs is a zero or
    hidden, and the zeros tell their answers; the part is refused and nothing is written."""
    database, form = hepatitis_project
    from duodesk.analysis import summarize
    from duodesk.exports.disclosure import SubsetTooCloseToWhole

    question, smallest = next(
        (q, o)
        for q in summarize(database, form.form_id).questions
        if q.type == "select_one"
        for o in q.options
        if 1 <= o.count <= 4 and not o.is_missing_code
    )
    path = tmp_path / "subset.xlsx"
    with pytest.raises(SubsetTooCloseToWhole, match="holds only 1 to 4 interviews"):
        export(
            database,
            form.form_id,
            path,
            ExportOptions(
                subset=Subset(conditions=(Condition(question.name, "=", smallest.name),))
            ),
        )
    assert not path.exists()


@POSIX
@pytest.mark.parametrize("ending", ["xlsx", "csv", "sav"])
def test_exported_files_are_readable_by_their_owner_only(hepatitis_project, tmp_path, ending):
    database, form = hepatitis_project
    path = tmp_path / f"board.{ending}"
    path.write_text("an older export")
    path.chmod(0o644)
    export(database, form.form_id, path, ExportOptions(include_interview_data=ending == "xlsx"))
    written = [path, interviews_path(path)] if ending == "xlsx" else [path]
    for each in written:
        assert stat.S_IMODE(each.stat().st_mode) == 0o600, each


def test_export_command_writes_interview_data_only_when_asked(
    hepatitis_project, project_path, tmp_path, capsys
):
    _, form = hepatitis_project
    out = tmp_path / "board.xlsx"
    base = ["--db", str(project_path), "export", form.form_id, "--xlsx", str(out)]
    assert main(base) == 0
    assert not interviews_path(out).exists()
    assert main([*base, "--include-interview-data"]) == 0
    printed = capsys.readouterr().out
    assert "board-interviews.xlsx" in printed and "identify" in printed
    assert cover_of(out)["Interview-level data"].startswith("Not in this workbook")
    rows = list(openpyxl.load_workbook(interviews_path(out))["Data"].iter_rows(values_only=True))
    assert len(rows) == 61
    csv = ["--db", str(project_path), "export", form.form_id, "--csv", str(tmp_path / "d.csv")]
    assert main([*csv, "--include-interview-data"]) == 1
    assert "goes with --xlsx" in capsys.readouterr().err


def test_export_command_refuses_a_threshold_below_the_projects(
    hepatitis_project, project_path, tmp_path, capsys
):
    _, form = hepatitis_project
    assert main(["--db", str(project_path), "require-threshold", "6"]) == 0
    assert "1 to 6" in capsys.readouterr().out
    out = tmp_path / "board.xlsx"
    base = ["--db", str(project_path), "export", form.form_id, "--xlsx", str(out)]
    assert main([*base, "--threshold", "4"]) == 1
    error = capsys.readouterr().err
    assert "requires numbers from 1 to 6" in error and "1 to 4 is not allowed" in error
    assert main([*base, "--show-small-numbers"]) == 1
    assert "cannot be shown" in capsys.readouterr().err
    assert not out.exists()
    assert main(base) == 0  # without --threshold, the project's own is used
    assert "from 1 to 6" in cover_of(out)["Small numbers"]
    assert main(["--db", str(project_path), "require-threshold", "--none"]) == 0
    assert main([*base, "--threshold", "4"]) == 0


def test_required_threshold_is_stored_in_the_project(database):
    from duodesk.storage.disclosure_policy import required_threshold

    with database.session() as session:
        assert required_threshold(session) is None
        require_threshold(session, 5)
    with database.session() as session:
        assert required_threshold(session) == 5


def test_a_large_survey_shows_the_percentiles_in_place_of_rare_extremes(
    database, example_paths, tmp_path
):
    from duodesk.analysis import summarize
    from duodesk.core.simulate import simulate_answers, write_responses_csv
    from duodesk.core.xlsform import read_xlsform
    from duodesk.storage.importer import import_responses
    from duodesk.storage.questionnaires import save_questionnaire

    form = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    with database.session() as session:
        save_questionnaire(session, form)
    data = tmp_path / "answers.csv"
    write_responses_csv(form, simulate_answers(form, 160, seed=11), data, site="Centre A")
    import_responses(database, form.form_id, data)
    path = tmp_path / "board.xlsx"
    export(database, form.form_id, path)
    rows = list(openpyxl.load_workbook(path)["Summary"].iter_rows(values_only=True))
    start = next(
        i for i, r in enumerate(rows) if isinstance(r[0], str) and r[0].startswith("age. ")
    )
    end = next(i for i in range(start, len(rows)) if rows[i][0] is None)
    block = {r[0]: r[1] for r in rows[start:end]}
    ages = summarize(database, form.form_id).question("age").stats
    assert ages.n >= 99
    percentiles = {
        label: value
        for label, value in block.items()
        if label.startswith(("5th percentile", "95th percentile"))
    }
    assert percentiles, "160 spread-out ages: the extremes are rare and replaced"
    for value in percentiles.values():
        assert isinstance(value, int | float) and ages.min < value < ages.max
    for label in ("Smallest", "Largest"):
        assert block.get(label) in (None, ages.min, ages.max)
