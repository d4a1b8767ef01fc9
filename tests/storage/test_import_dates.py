"""Every imported interview gets its date from what the export has: DuoDesk's ``_date``, else
the ``end``, ``start`` or ``today`` metadata, else when the submission reached the server."""

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
