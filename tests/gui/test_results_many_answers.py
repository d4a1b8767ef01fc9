"""The Results screen on a project of many written answers: it shows them without reading
every row on the screen's thread."""

from __future__ import annotations

import csv
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from duodesk.analysis import TextAnswer
from duodesk.core.xlsform import read_xlsform
from duodesk.gui.results import tables
from duodesk.gui.results.table_model import FETCH_STEP
from duodesk.gui.results.window import ResultsWindow
from duodesk.storage.importer import import_responses
from duodesk.storage.questionnaires import save_questionnaire
from tests.core.forms import write_form

FORM = "many_comments"
ANSWERS = 20_000
# The rows a table may read to show itself: the first step handed to the view, and no more.
ROWS_READ_AT_MOST = FETCH_STEP


@pytest.fixture
def many_answers(database, tmp_path):
    """A written question (each answer different) and a yes/no, in 20,000 interviews."""
    form = write_form(
        tmp_path / "form.xlsx",
        [
            ["type", "name", "label"],
            ["text", "comments", "Anything else to tell us?"],
            ["select_one yes_no", "tested", "Tested for hepatitis C?"],
        ],
        [["list_name", "name", "label"], ["yes_no", "yes", "Yes"], ["yes_no", "no", "No"]],
        settings=[["form_id", "form_title"], [FORM, "Many comments"]],
    )
    with database.session() as session:
        save_questionnaire(session, read_xlsform(form))
    data = tmp_path / "answers.csv"
    with open(data, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["_uuid", "_site", "comments", "tested"])
        for number in range(1, ANSWERS + 1):
            writer.writerow(
                [
                    str(uuid.uuid4()),
                    "Centre A",
                    f"Answer {number}: the bus to the clinic",
                    "yes" if number % 3 else "no",
                ]
            )
    import_responses(database, FORM, data)
    return database


def _rows_read(monkeypatch, model: type) -> set[int]:
    """The rows of tables of the kind ``model`` whose data the view (or anything) asked for."""
    asked: set[int] = set()
    data = model.data

    def counting(self, index, role=0):
        asked.add(index.row())
        return data(self, index, role)

    monkeypatch.setattr(model, "data", counting)
    return asked


@pytest.fixture
def rows_read(monkeypatch) -> set[int]:
    return _rows_read(monkeypatch, tables.OpenTextModel)


def test_the_written_answers_model_is_a_proper_model_while_it_hands_rows_over(qtmodeltester):
    model = tables.OpenTextModel()
    model.set_answers(
        [TextAnswer("2026-01-05", "Centre A", f"Answer {n}") for n in range(FETCH_STEP + 7)]
    )
    assert model.rowCount() == FETCH_STEP and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total_rows == FETCH_STEP + 7
    assert model.index(FETCH_STEP + 6, 2).data() == f"Answer {FETCH_STEP + 6}"
    qtmodeltester.check(model)


def test_many_written_answers_show_reading_only_the_rows_in_view(qtbot, many_answers, rows_read):
    window = ResultsWindow(many_answers, FORM)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.summary_shown, timeout=60_000):
        window.show()
    with qtbot.waitSignal(
        window.details_shown, timeout=60_000, check_params_cb=lambda kind: kind == "text"
    ):
        assert window.questions.choose("comments")
    page = window.view.text
    qtbot.waitUntil(lambda: page.table.rowHeight(0) > 0)
    qtbot.wait(50)  # the rows in view are fitted to their text after the table shows

    assert page.waiting.text() == "20,000 written answers, oldest first."
    assert page.table.isVisible()
    assert page.model.index(0, 2).data() == "Answer 1: the bus to the clinic"
    assert rows_read, "the table showed no rows"
    assert max(rows_read) < ROWS_READ_AT_MOST


def test_scrolling_down_the_written_answers_brings_in_more_and_copy_takes_them_all(
    qtbot, many_answers
):
    window = ResultsWindow(many_answers, FORM)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.summary_shown, timeout=60_000):
        window.show()
    with qtbot.waitSignal(
        window.details_shown, timeout=60_000, check_params_cb=lambda kind: kind == "text"
    ):
        assert window.questions.choose("comments")
    table, model = window.view.text.table, window.view.text.model
    assert model.rowCount() == FETCH_STEP

    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > FETCH_STEP)
    assert model.index(FETCH_STEP, 2).data() == f"Answer {FETCH_STEP + 1}: the bus to the clinic"

    window.view.copy_table()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert any(line.endswith(f"Answer {ANSWERS}: the bus to the clinic") for line in lines)
    assert sum("the bus to the clinic" in line for line in lines) == ANSWERS


def test_comparing_many_different_written_answers_reads_only_the_rows_in_view(
    qtbot, many_answers, monkeypatch
):
    rows_read = _rows_read(monkeypatch, tables.CrosstabModel)
    window = ResultsWindow(many_answers, FORM)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.summary_shown, timeout=60_000):
        window.show()
    window.tabs.setCurrentIndex(1)
    builder = window.crosstab
    builder.choose("comments", "tested")
    with qtbot.waitSignal(
        window.details_shown, timeout=60_000, check_params_cb=lambda kind: kind == "crosstab"
    ):
        qtbot.mouseClick(builder.make_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)  # the rows in view are fitted to their text after the table shows

    assert builder.model.index(0, 0).data().startswith("Answer ")
    assert builder.table.isVisible()
    assert rows_read and max(rows_read) < ROWS_READ_AT_MOST
    assert sum("Answer " in line for line in builder.table_text().splitlines()) == ANSWERS
