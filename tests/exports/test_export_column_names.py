"""DuoDesk's own columns in the CSV, workbook and SPSS exports are prefixed as ODK prefixes its
own, so a question called ``date``, ``site``, ``version``, ``interview`` or ``interviewer``
keeps its name; the importer reads both the new and the older names."""

from __future__ import annotations

import csv

import openpyxl
import pyreadstat
import pytest
from sqlalchemy import select

from duodesk.core.xlsform import read_xlsform
from duodesk.exports.disclosure import DisclosureRule
from duodesk.exports.export import export
from duodesk.exports.layout import ExportOptions, interviews_path
from duodesk.storage.database import Database
from duodesk.storage.importer import import_responses
from duodesk.storage.models import Interview
from duodesk.storage.questionnaires import save_questionnaire
from tests.core.forms import write_form

CLASHING = ("date", "site", "version", "interview", "interviewer")


@pytest.fixture
def clashing(database, tmp_path):
    form = write_form(
        tmp_path / "clash.xlsx",
        [["type", "name", "label"], *(["integer", name, name.title()] for name in CLASHING)],
        settings=[["form_id"], ["clash"]],
    )
    with database.session() as session:
        save_questionnaire(session, read_xlsform(form))
    data = tmp_path / "in.csv"
    data.write_text(
        "_site,_date,_interviewer," + ",".join(CLASHING) + "\n"
        "Centre A,2026-04-01,Sam,1,2,3,4,5\nCentre B,2026-04-02,Ali,6,7,8,9,10\n",
        encoding="utf-8",
    )
    import_responses(database, "clash", data)
    return form


def _answers_by_question(header: list[str], rows: list[list[object]]) -> dict[str, list]:
    return {name: [row[header.index(name)] for row in rows] for name in CLASHING}


def test_csv_export_keeps_question_names_and_prefixes_its_own(database, clashing, tmp_path):
    path = tmp_path / "out.csv"
    export(database, "clash", path, ExportOptions(deidentified=False))
    header, *rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert header[:5] == ["_interview", "_version", "_site", "_date", "_interviewer"]
    assert header[5:] == list(CLASHING)
    assert _answers_by_question(header, rows) == {
        "date": ["1", "6"],
        "site": ["2", "7"],
        "version": ["3", "8"],
        "interview": ["4", "9"],
        "interviewer": ["5", "10"],
    }
    assert [row[header.index("_site")] for row in rows] == ["Centre A", "Centre B"]

    # DuoDesk's own export imports back into another project with everything in place.
    other = Database.open(tmp_path / "other.duodesk")
    try:
        with other.session() as session:
            save_questionnaire(session, read_xlsform(clashing))
        report = import_responses(other, "clash", path)
        assert (report.imported, report.ignored_columns) == (2, ())
        with other.session() as session:
            details = session.execute(
                select(Interview.site, Interview.interview_date, Interview.interviewer)
            ).all()
        assert sorted(details) == [
            ("Centre A", "2026-04-01", "Sam"),
            ("Centre B", "2026-04-02", "Ali"),
        ]
    finally:
        other.close()


def test_workbook_and_spss_keep_the_question_names(database, clashing, tmp_path):
    workbook_path, sav_path = tmp_path / "out.xlsx", tmp_path / "out.sav"
    export(
        database,
        "clash",
        workbook_path,
        # a few interviews: the group's workbook (small numbers shown), and its rows
        ExportOptions(
            deidentified=False,
            include_interview_data=True,
            disclosure=DisclosureRule(enabled=False),
        ),
    )
    export(database, "clash", sav_path, ExportOptions(deidentified=False))
    # The workbook's rows per interview are in a file of their own beside it.
    sheet = openpyxl.load_workbook(interviews_path(workbook_path), read_only=True)["Data"]
    header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert header[:5] == ["_interview", "_version", "_site", "_date", "_interviewer"]
    assert _answers_by_question(header, rows)["date"] == [1, 6]
    frame, meta = pyreadstat.read_sav(str(sav_path))
    assert list(frame.columns[5:]) == list(CLASHING)
    assert list(frame["date"]) == [1, 6]
    assert meta.column_names_to_labels["v_date"] == "Date of the interview"


def test_an_older_export_without_the_prefix_still_imports_its_details(database, tmp_path):
    form = write_form(
        tmp_path / "plain.xlsx",
        [["type", "name", "label"], ["integer", "age", "Age"]],
        settings=[["form_id"], ["plain"]],
    )
    with database.session() as session:
        save_questionnaire(session, read_xlsform(form))
    data = tmp_path / "old.csv"
    data.write_text(
        "interview,version,site,date,interviewer,age\n1,1,Centre A,2026-04-01,Sam,30\n", "utf-8"
    )
    report = import_responses(database, "plain", data)
    assert (report.imported, report.ignored_columns) == (1, ())
    with database.session() as session:
        assert session.execute(
            select(Interview.site, Interview.interview_date, Interview.interviewer)
        ).all() == [("Centre A", "2026-04-01", "Sam")]
