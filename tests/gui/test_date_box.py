"""Typing a date into the date boxes gives exactly that date, or says why not."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from duodesk.gui import operations
from duodesk.gui.entry import operations as ops
from duodesk.gui.entry.start_dialog import StartInterviewDialog
from duodesk.gui.export.window import ExportWindow
from duodesk.gui.results.subset_bar import NO_DATE
from duodesk.gui.results.window import ResultsWindow
from duodesk.gui.tasks import ProjectWorker
from tests.gui.entry_helpers import focused

FORM = "hepc_peer_survey"


def _bar(qtbot, database, screen):
    operations.add_example_questionnaires(database)
    if screen == "results":
        window = ResultsWindow(database, FORM)
    else:
        window = ExportWindow(database, FORM, "Hepatitis C peer survey")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    if screen == "results":
        window.choose_button.setChecked(True)
    return window, window.subset_bar


def _type(qtbot, box, text: str) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Tab)


@pytest.mark.parametrize("screen", ["results", "export"])
@pytest.mark.parametrize("typed", ["15/11/2026", "2026-11-15", "15 Nov 2026", "15 November 2026"])
def test_a_typed_date_is_taken_exactly(qtbot, database, screen, typed):
    _window, bar = _bar(qtbot, database, screen)
    _type(qtbot, bar.date_from, typed)
    assert focused() is bar.date_to
    assert bar.date_from.date() == QDate(2026, 11, 15)
    assert bar.date_from.text() == "15 Nov 2026"
    assert bar.subset().date_from == date(2026, 11, 15)
    assert bar.problem.isHidden()


def test_a_date_typed_over_a_chosen_one_replaces_it(qtbot, database):
    _window, bar = _bar(qtbot, database, "results")
    bar.date_from.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Up)  # from "Any date": today, not the year 2000
    today = QDate.currentDate()
    assert bar.date_from.date() == today
    _type(qtbot, bar.date_from, "1 Dec 2026")
    assert bar.date_from.date() == QDate(2026, 12, 1)
    assert bar.subset().date_from == date(2026, 12, 1)


def test_an_unreadable_date_says_so_and_changes_nothing(qtbot, database):
    _window, bar = _bar(qtbot, database, "results")
    _type(qtbot, bar.date_from, "3 Dec 2026")
    assert bar.subset().date_from == date(2026, 12, 3)
    for wrong in ("31/02/2026", "next Tuesday", "1999-05-05"):
        _type(qtbot, bar.date_from, wrong)
        assert bar.date_from.date() == QDate(2026, 12, 3)
        assert bar.date_from.text() == "3 Dec 2026"
        assert bar.subset().date_from == date(2026, 12, 3)
        assert not bar.problem.isHidden() and "not changed" in bar.problem.text()
    # An emptied box is "Any date" again, as the person plainly asked.
    _type(qtbot, bar.date_from, " ")
    qtbot.keyClick(bar.date_from, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(bar.date_from, Qt.Key.Key_Backspace)
    qtbot.keyClick(bar.date_from, Qt.Key.Key_Tab)
    assert bar.date_from.date() == NO_DATE and bar.subset().date_from is None


def test_the_start_dialog_takes_a_typed_date(qtbot, database):
    operations.add_example_questionnaires(database)
    choices = ops.load_start_choices(database, FORM)
    dialog = StartInterviewDialog(database, ProjectWorker(), choices, today=date(2026, 12, 2))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    _type(qtbot, dialog.date_edit, "15/11/2026")
    assert dialog.date_edit.date() == QDate(2026, 11, 15)
    _type(qtbot, dialog.date_edit, "25/12/2026")  # after today: refused, with a reason
    assert dialog.date_edit.date() == QDate(2026, 11, 15)
    assert not dialog.date_problem.isHidden() and "2 December 2026" in dialog.date_problem.text()


@pytest.mark.parametrize("wrong", ["31/02/2026", "1"])
def test_enter_on_an_unreadable_date_keeps_the_start_dialog_open(qtbot, database, wrong):
    operations.add_example_questionnaires(database)
    choices = ops.load_start_choices(database, FORM)
    dialog = StartInterviewDialog(database, ProjectWorker(), choices, today=date(2026, 12, 2))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    dialog._fill_interviewers(("Sam",), "Sam")
    dialog.site_box.setCurrentText("Drop-in centre")
    started = []
    dialog.accepted.connect(lambda: started.append(dialog.details()))
    dialog.date_edit.setFocus()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.date_edit, wrong)
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert started == [] and dialog.isVisible()  # not started with today's date
    assert not dialog.date_problem.isHidden() and "not changed" in dialog.date_problem.text()
    assert f"“{wrong}”" in dialog.date_problem.text()
    assert focused() is dialog.date_edit
    # A readable date, then Enter, starts the interview on that date.
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.date_edit, "28/11/2026")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert [details.interview_date for details in started] == [date(2026, 11, 28)]
