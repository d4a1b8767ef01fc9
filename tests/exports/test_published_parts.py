"""Published parts of the survey, attacked from outside.

A reader of the health board's files asks for parts of the survey one after another and
subtracts them: ``--to 2026-03-08`` (60 interviews) beside ``--to 2026-03-09`` (63) gives the
3 people interviewed on the 9th; a part of the one interview made by "cat" gives that person's
answers through its zeros. The project keeps the interviews each published output counted, and
refuses a part that would give a few people away; the attack is shown to work when small
numbers are not hidden, so the refusal is what protects.
"""

from __future__ import annotations

import re

import docx
import openpyxl
import pytest

from duodesk.analysis import Subset
from duodesk.analysis.subset import Condition
from duodesk.cli import main
from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    Question,
    Questionnaire,
    QuestionType,
    Settings,
)
from duodesk.exports.disclosure import DisclosureRule, ranges_set, ranges_text
from duodesk.exports.export import ExportReport, export
from duodesk.exports.findings import build_findings_report
from duodesk.exports.layout import ExportFormat, ExportOptions
from tests.analysis.projects import store_interviews, store_questionnaire

FORM = "march"


def questionnaire() -> Questionnaire:
    sexes = ChoiceList(
        "sex",
        (
            Choice("male", {"": "Male"}),
            Choice("female", {"": "Female"}),
            Choice("other", {"": "In another way"}),
        ),
    )
    return Questionnaire(
        Settings(FORM, "March survey", "1"),
        (Question("sex", QuestionType.SELECT_ONE, {"": "Sex"}, list_name="sex"),),
        {"sex": sexes},
    )


@pytest.fixture
def march(database):
    """60 interviews up to 8 March (30 male, 30 female; one of them by "cat"), 3 on 9 March
    (2 female, 1 in another way), 20 on 20 March: 83 in all."""
    form = questionnaire()
    version = store_questionnaire(database, form)

    def store(rows, day, interviewer="dan"):
        store_interviews(
            database,
            form,
            [dict(sex=sex) for sex in rows],
            version_id=version,
            site="Centre",
            interviewer=interviewer,
            interview_date=day,
        )

    store(["male"] * 30 + ["female"] * 29, "2026-03-02")
    store(["female"], "2026-03-08", interviewer="cat")
    store(["female", "female", "other"], "2026-03-09")
    store(["male"] * 10 + ["female"] * 10, "2026-03-20")
    return database


def sex_counts(path) -> dict[str, object]:
    rows = list(openpyxl.load_workbook(path)["Summary"].iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if isinstance(r[0], str) and r[0].startswith("sex"))
    counts = {}
    for row in rows[start + 1 :]:
        if row[0] is None:
            break
        counts[row[0]] = row[1]
    return counts


def run(project_path, *arguments: str) -> int:
    return main(["--db", str(project_path), *arguments])


def test_two_parts_by_date_give_the_people_of_one_day_without_the_rule(march, tmp_path):
    """The attack is real: with nothing hidden, the two parts give the 9 March people away."""
    rule = DisclosureRule(enabled=False)
    counts = []
    for last in (8, 9):
        path = tmp_path / f"to-{last}.xlsx"
        subset = Subset(date_to=_day(last))
        export(march, FORM, path, ExportOptions(subset=subset, disclosure=rule))
        counts.append(sex_counts(path))
    assert counts[1]["In another way"] - counts[0]["In another way"] == 1
    assert counts[1]["Female"] - counts[0]["Female"] == 2


def test_a_second_part_by_date_a_few_interviews_away_is_refused(
    march, project_path, tmp_path, capsys
):
    first, second = tmp_path / "to8.xlsx", tmp_path / "to9.xlsx"
    assert run(project_path, "export", FORM, "--xlsx", str(first), "--to", "2026-03-08") == 0
    capsys.readouterr()
    assert run(project_path, "export", FORM, "--xlsx", str(second), "--to", "2026-03-09") != 0
    said = capsys.readouterr()
    assert "differs by only 1 to 4 interviews from a part already published" in said.err
    assert "Traceback" not in said.err
    assert not second.exists()
    # The report, another published output, is checked against the same record.
    out = tmp_path / "to9.docx"
    assert run(project_path, "report", FORM, "--docx", str(out), "--to", "2026-03-09") != 0
    assert "differs by only 1 to 4" in capsys.readouterr().err and not out.exists()
    # The same interviews again, or a part far enough away, are still written.
    again = tmp_path / "again.xlsx"
    assert run(project_path, "export", FORM, "--xlsx", str(again), "--to", "2026-03-08") == 0
    later = tmp_path / "whole.xlsx"
    assert run(project_path, "export", FORM, "--xlsx", str(later)) == 0
    assert sex_counts(later)["In another way"] == "*"


def test_a_report_first_then_a_workbook_a_few_interviews_away_is_refused(
    march, project_path, tmp_path, capsys
):
    out = tmp_path / "to9.docx"
    assert run(project_path, "report", FORM, "--docx", str(out), "--to", "2026-03-09") == 0
    capsys.readouterr()
    path = tmp_path / "to8.xlsx"
    assert run(project_path, "export", FORM, "--xlsx", str(path), "--to", "2026-03-08") != 0
    assert "differs by only 1 to 4" in capsys.readouterr().err and not path.exists()


def test_a_file_that_stays_in_the_group_is_neither_checked_nor_counted(march, tmp_path):
    """Data files (CSV) and workbooks with nothing hidden are not published outputs."""
    export(march, FORM, tmp_path / "to9.csv", ExportOptions(subset=Subset(date_to=_day(9))))
    export(
        march,
        FORM,
        tmp_path / "to9.xlsx",
        ExportOptions(subset=Subset(date_to=_day(9)), disclosure=DisclosureRule(enabled=False)),
    )
    path = tmp_path / "to8.xlsx"
    export(march, FORM, path, ExportOptions(subset=Subset(date_to=_day(8))))
    assert sex_counts(path)["Female"] == 30


def _day(day: int):
    from datetime import date

    return date(2026, 3, day)


def test_a_part_of_one_interview_is_refused(march, project_path, tmp_path, capsys):
    path = tmp_path / "cat.xlsx"
    assert run(project_path, "export", FORM, "--xlsx", str(path), "--interviewer", "cat") != 0
    said = capsys.readouterr().err
    assert "holds only 1 to 4 interviews" in said and not path.exists()
    out = tmp_path / "cat.docx"
    assert run(project_path, "report", FORM, "--docx", str(out), "--interviewer", "cat") != 0
    assert "holds only 1 to 4 interviews" in capsys.readouterr().err and not out.exists()


def test_a_part_of_no_interview_is_refused(march, project_path, tmp_path, capsys):
    path = tmp_path / "none.xlsx"
    assert run(project_path, "export", FORM, "--xlsx", str(path), "--site", "Nowhere") != 0
    said = capsys.readouterr()
    assert "holds no interview" in said.err and "0 interviews exported" not in said.out
    assert not path.exists()


def test_the_export_message_gives_the_number_of_interviews_only_as_the_file_does(
    database, project_path, tmp_path, capsys
):
    """The whole survey's number is printed on the Cover (every reader knows it), so the
    message may say it; a number hidden in the file is not given by the message."""
    form = questionnaire()
    store_interviews(database, form, [dict(sex="male"), dict(sex="female")] * 3, site="Centre")
    path = tmp_path / "w.xlsx"
    assert run(project_path, "export", FORM, "--xlsx", str(path)) == 0
    said = capsys.readouterr().out
    cover = {r[0]: r[1] for r in openpyxl.load_workbook(path)["Cover"].iter_rows(values_only=True)}
    assert cover["Interviews"] == 6 and said.startswith("6 interviews exported to w.xlsx")
    hidden = ExportReport(path, ExportFormat.XLSX, 2, 3, (), interviews_hidden=True)
    assert "is hidden" in hidden.describe()
    assert not re.search(r"\d", hidden.describe().replace("w.xlsx", ""))


def _text(path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_the_report_names_no_hidden_answer_and_no_interviewer(database, project_path, tmp_path):
    """ "In another way" is held by 1 person: the chart leaves it out without naming it; a
    part chosen by interviewer does not print the interviewer's name, which the report says
    is left out."""
    form = questionnaire()
    version = store_questionnaire(database, form)
    for name in ("ann", "bob"):
        store_interviews(
            database,
            form,
            [dict(sex="male")] * 10 + [dict(sex="female")] * 10,
            version_id=version,
            site="Centre",
            interviewer=name,
        )
    store_interviews(
        database, form, [dict(sex="other")], version_id=version, site="Centre", interviewer="ann"
    )
    report = build_findings_report(database, FORM, ExportOptions())
    notes = " ".join(p.chart_note for s in report.sections for p in s.parts)
    assert "are not drawn" in notes and "In another way" not in notes
    out = tmp_path / "ann.docx"
    assert run(project_path, "report", FORM, "--docx", str(out), "--interviewer", "ann") == 0
    text = _text(out)
    assert "interviewers' names are left out" in text
    assert "ann" not in re.findall(r"\w+", text)


def test_the_record_of_interviews_is_short_and_exact():
    numbers = [1, 2, 3, 7, 9, 10, *range(100, 100_000)]
    assert ranges_text(numbers) == "1-3,7,9-10,100-99999"
    assert ranges_set(ranges_text(numbers)) == set(numbers)


@pytest.fixture
def sexes(database):
    """60 interviews: 39 male, 19 female, 2 in another way (hidden in the whole survey's
    tables, with Female hidden beside it to protect it), and ages from 20 to 79."""
    form = questionnaire()
    version = store_questionnaire(database, form)
    store_interviews(
        database,
        form,
        [dict(sex=sex) for sex in ["male"] * 39 + ["female"] * 19 + ["other"] * 2],
        version_id=version,
        site="Centre",
        interviewer="dan",
        interview_date="2026-03-02",
    )
    return database


def test_a_part_chosen_by_an_answer_a_few_people_gave_is_refused(
    sexes, project_path, tmp_path, capsys
):
    """The whole survey hides "In another way" (2) and Female beside it; a part "sex =
    female" of 19 interviews would give 60 - 39 - 19 = 2 by subtraction."""
    whole = tmp_path / "whole.xlsx"
    assert run(project_path, "export", FORM, "--xlsx", str(whole)) == 0
    counts = sex_counts(whole)
    assert counts["Male"] == 39 and counts["In another way"] == "*" and counts["Female"] == "*"
    capsys.readouterr()
    for output in (["export", FORM, "--xlsx"], ["report", FORM, "--docx"]):
        part = tmp_path / f"female.{output[-1][2:]}"
        for condition in ("sex=female", "sex!=male", "sex=male"):
            assert run(project_path, *output, str(part), "--where", condition) != 0
            said = capsys.readouterr().err
            assert "chosen by the answers to “Sex”" in said and "Traceback" not in said
            assert "2" not in said.replace("1 to 4", "")  # the small number is never said
            assert not part.exists()
    # Files that stay with the group may still be chosen that way.
    data = tmp_path / "female.csv"
    assert run(project_path, "export", FORM, "--csv", str(data), "--where", "sex=female") == 0


def test_a_part_chosen_by_an_answer_with_no_small_group_is_published(database, tmp_path):
    form = questionnaire()
    version = store_questionnaire(database, form)
    store_interviews(
        database,
        form,
        [dict(sex=sex) for sex in ["male"] * 40 + ["female"] * 20],
        version_id=version,
        interview_date="2026-03-02",
    )
    path = tmp_path / "female.xlsx"
    subset = Subset(conditions=(Condition.parse("sex=female"),))
    export(database, FORM, path, ExportOptions(subset=subset))
    assert sex_counts(path)["Female"] == 20
