"""A written question the questionnaire marks as identifying is never coded into themes,
counted as themes or quoted: on the command line, in storage, in results, the workbook and
the findings report. The attack: its answers were coded before it was marked."""

from __future__ import annotations

import csv
import dataclasses
import json

import openpyxl
import pytest

from duodesk.analysis.themes import theme_quotes
from duodesk.exports.disclosure import DisclosureRule
from duodesk.exports.export import export
from duodesk.exports.findings import build_findings_report
from duodesk.exports.layout import ExportOptions
from duodesk.storage.database import Database
from duodesk.storage.themes import ThemeError, answers_to_code, code_answer
from tests.analysis.hcv_themes import FORM, QUESTION, questionnaire, store_hcv
from tests.analysis.projects import store_questionnaire
from tests.cli.test_cli import duodesk

REFUSAL = "is marked as identifying in the questionnaire"


def mark_identifying(database: Database) -> None:
    """A new version of the questionnaire that marks the coded question as identifying."""
    form = questionnaire()
    questions = tuple(
        dataclasses.replace(q, identifying=True) if q.name == QUESTION else q
        for q in form.questions()
    )
    settings = dataclasses.replace(form.settings, version="2")
    store_questionnaire(database, dataclasses.replace(form, settings=settings, children=questions))


@pytest.fixture
def db(project_path):
    database = Database.open(project_path)
    store_hcv(database)
    mark_identifying(database)
    database.close()
    return project_path


def test_the_command_line_refuses_to_export_or_import_an_identifying_question(db, tmp_path):
    sheet = tmp_path / "st.csv"
    result = duodesk("--db", str(db), "themes", FORM, QUESTION, "--export", str(sheet))
    assert result.returncode == 1
    assert REFUSAL in result.stderr and "never coded into themes or quoted" in result.stderr
    assert "Traceback" not in result.stderr
    assert not sheet.exists()
    assert not list(tmp_path.glob("*.part"))
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(
            [["interview", "answer", "themes", "not_codable"], ["x", "", "New theme", ""]]
        )
    result = duodesk("--db", str(db), "themes", FORM, QUESTION, "--import", str(sheet))
    assert result.returncode == 1
    assert REFUSAL in result.stderr and "Traceback" not in result.stderr


def test_storage_refuses_to_read_or_code_the_answers(db):
    database = Database.open(db)
    try:
        with database.session() as session, pytest.raises(ThemeError, match=REFUSAL):
            answers_to_code(session, FORM, QUESTION)
        with database.session() as session, pytest.raises(ThemeError, match=REFUSAL):
            code_answer(session, FORM, QUESTION, 1, (), not_codable=True)
        quotes = theme_quotes(database, FORM, QUESTION, show_small_themes=True)
        assert quotes and all(q.identifying and not q.quotes and not q.people for q in quotes)
    finally:
        database.close()


def test_results_workbook_and_report_leave_the_themes_out(db, tmp_path):
    result = duodesk("--db", str(db), "summary", FORM, "--json")
    assert result.returncode == 0, result.stderr
    names = [q["name"] for q in json.loads(result.stdout)["questions"]]
    assert "referred" in names and QUESTION + "_themes" not in names
    database = Database.open(db)
    try:
        path = tmp_path / "board.xlsx"
        export(database, FORM, path, ExportOptions(disclosure=DisclosureRule(enabled=False)))
        workbook = openpyxl.load_workbook(path)
        text = " ".join(
            str(cell)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for cell in row
            if cell is not None
        )
        assert "Did not know where to go" not in text and "_themes" not in text
        report = build_findings_report(database, FORM)
        assert report.quotes == ()
        assert "Did not know where to go" not in repr(report)
        assert "Answer number" not in repr(report)
    finally:
        database.close()
