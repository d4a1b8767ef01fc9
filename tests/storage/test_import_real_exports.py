"""Exports as KoboToolbox, ODK Central and spreadsheets write them. Every imported interview gets
its date from what the export has: DuoDesk's ``_date``, else the ``end``, ``start`` or ``today``
metadata, else when the submission reached the server; "NA" in a number column is no answer."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest
from sqlalchemy import select

from duodesk.core.xlsform import read_xlsform
from duodesk.storage.importer import import_responses
from duodesk.storage.models import Interview
from duodesk.storage.questionnaires import save_questionnaire
from tests.core.forms import write_form


@pytest.fixture
def form(tmp_path, database):
    path = write_form(
        tmp_path / "f.xlsx",
        [
            ["type", "name", "label"],
            ["start", "start", ""],
            ["end", "end", ""],
            ["today", "today", ""],
            ["integer", "age", "Age"],
        ],
        settings=[["form_id"], ["f"]],
    )
    with database.session() as session:
        save_questionnaire(session, read_xlsform(path))


def _dates(database) -> list[str]:
    with database.session() as session:
        return list(session.scalars(select(Interview.interview_date).order_by(Interview.id)))


def test_dates_come_from_end_then_start_then_today_then_the_submission_time(
    tmp_path, database, form
):
    path = tmp_path / "kobo.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(
            [
                ["start", "end", "today", "age", "_submission_time", "_date"],
                [
                    "2026-03-01T23:50:00.000+03:00",
                    "2026-03-02T00:10:00.000+03:00",
                    "",
                    "30",
                    "",
                    "",
                ],
                ["2026-03-04T09:00:00.000-05:00", "", "2026-03-05", "31", "", ""],
                ["", "", "2026-03-06", "32", "2026-03-09T10:00:00", ""],
                ["", "", "", "33", "2026-03-10T10:00:00", ""],
                ["2026-03-04T09:00:00Z", "", "", "34", "", "2026-02-01"],
            ]
        )
    report = import_responses(database, "f", path)
    assert report.imported == 5
    assert report.ignored_columns == ()
    assert _dates(database) == [
        "2026-03-02",
        "2026-03-04",
        "2026-03-06",
        "2026-03-10",
        "2026-02-01",
    ]


def test_central_submission_date_and_excel_dates_in_an_xlsx_export(tmp_path, database):
    path = write_form(
        tmp_path / "plain.xlsx",
        [["type", "name", "label"], ["integer", "age", "Age"]],
        settings=[["form_id"], ["plain"]],
    )
    with database.session() as session:
        save_questionnaire(session, read_xlsform(path))
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["SubmissionDate", "age", "KEY"])
    sheet.append([dt.datetime(2026, 5, 7, 14, 30), 40, "uuid:1"])
    sheet.append([46150, 41, "uuid:2"])  # a day number without a date format: 2026-05-08
    sheet.append(["2026-05-09T08:00:00.000Z", 42, "uuid:3"])
    data = tmp_path / "central.xlsx"
    workbook.save(data)
    assert import_responses(database, "plain", data).imported == 3
    assert _dates(database) == ["2026-05-07", "2026-05-08", "2026-05-09"]


def test_na_in_a_number_column_is_no_answer_and_the_report_says_so(tmp_path, database, form):
    path = tmp_path / "r_export.csv"
    path.write_text("age,_date\n30,2026-01-01\nNA,2026-01-02\nn/a,2026-01-03\nN/A,\n", "utf-8")
    report = import_responses(database, "f", path)
    assert report.imported == 4
    assert '3 number answer(s) written "NA" or "n/a" were read as no answer.' in report.describe()


@pytest.fixture
def grouped(tmp_path, database):
    path = write_form(
        tmp_path / "g.xlsx",
        [
            ["type", "name", "label", "relevant"],
            ["select_one yes_no", "used", "Used?", ""],
            ["date", "visit", "Visit", ""],
            ["begin_group", "use", "Use", "${used} = 'yes'"],
            ["integer", "times", "How many times?", ""],
            ["end_group", "", "", ""],
        ],
        [
            ["list_name", "name", "label"],
            ["yes_no", "yes", "Yes"],
            ["yes_no", "no", "No"],
            ["yes_no", "dont_know", "Don't know"],
        ],
        [["form_id"], ["g"]],
    )
    with database.session() as session:
        save_questionnaire(session, read_xlsform(path))


def test_an_answer_inside_a_group_that_does_not_apply_names_the_group_and_its_condition(
    tmp_path, database, grouped
):
    from duodesk.storage.importer import ImportRefused

    path = tmp_path / "d.csv"
    path.write_text("used,use/times\nno,3\n", "utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_responses(database, "g", path)
    assert refused.value.problems == (
        'row 2, column "use/times", value "3": answered, but by the questionnaire\'s logic this '
        'question is not asked here (it is in the group "use", which applies only when '
        "${used} = 'yes')",
    )


def test_a_label_of_several_words_given_as_an_answer_is_read_as_its_choice(
    tmp_path, database, grouped
):
    """DuoDesk's own CSV export with labels writes "Don't know": it reads back as dont_know."""
    from duodesk.analysis import summarize

    path = tmp_path / "d.csv"
    path.write_text("used\nDon't know\n", "utf-8")
    assert import_responses(database, "g", path).imported == 1
    used = {o.name: o.count for o in summarize(database, "g").question("used").options}
    assert used["dont_know"] == 1


def test_where_compares_a_date_question_with_a_date(tmp_path, database, grouped):
    from duodesk.analysis import AnalysisError, Condition, Subset, summarize

    path = tmp_path / "d.csv"
    path.write_text("used,visit\nno,2026-01-05\nno,2026-02-05\nyes,\n", "utf-8")
    import_responses(database, "g", path)
    later = Subset(conditions=(Condition.parse("visit >= 2026-02-01"),))
    assert summarize(database, "g", later).interviews == 1
    with pytest.raises(AnalysisError, match="is a date question; compare it with a date"):
        summarize(database, "g", Subset(conditions=(Condition.parse("visit > 3"),)))


def test_central_choice_columns_inside_a_group_are_read(tmp_path, database):
    path = write_form(
        tmp_path / "drugs.xlsx",
        [
            ["type", "name", "label"],
            ["begin_group", "g", "Use"],
            ["select_multiple drugs", "used", "Which?"],
            ["end_group", "", ""],
        ],
        [
            ["list_name", "name", "label"],
            ["drugs", "heroin", "Heroin"],
            ["drugs", "crack", "Crack"],
        ],
        [["form_id"], ["drugs"]],
    )
    with database.session() as session:
        save_questionnaire(session, read_xlsform(path))
    data = tmp_path / "central.csv"
    data.write_text(
        "SubmissionDate,g-used,g-used/heroin,g-used/crack,KEY\n"
        "2026-05-01T10:00:00.000Z,heroin crack,1,1,uuid:a\n"
        "2026-05-02T10:00:00.000Z,crack,0,1,uuid:b\n",
        "utf-8",
    )
    report = import_responses(database, "drugs", data)
    assert (report.imported, report.ignored_columns) == (2, ())
    from duodesk.storage.models import AnswerChoice

    with database.session() as session:
        chosen = session.scalars(select(AnswerChoice.choice).order_by(AnswerChoice.choice)).all()
    assert chosen == ["crack", "crack", "heroin"]
