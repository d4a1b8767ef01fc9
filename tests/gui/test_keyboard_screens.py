"""Every screen can be worked with the keyboard alone, and nothing a stray key does surprises:
long option lists, Tab through date boxes, Escape in the designer, where the focus lands after
an interview closes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from duodesk.core.xlsform import read_xlsform
from duodesk.gui import operations
from duodesk.gui.entry import operations as ops
from duodesk.gui.entry.entry_window import InterviewWindow
from duodesk.gui.entry.start_dialog import StartInterviewDialog
from duodesk.gui.export.window import ExportWindow
from duodesk.gui.interviews.browser import InterviewsWindow
from duodesk.gui.main_window import MainWindow
from duodesk.gui.results.subset_bar import NO_DATE
from duodesk.gui.results.window import ResultsWindow
from duodesk.storage.questionnaires import save_questionnaire
from tests.core.forms import write_form
from tests.gui.entry_helpers import focused, settle, show

FORM = "hepc_peer_survey"
LONG_SURVEY = [
    ["type", "name", "label"],
    ["select_multiple many", "services", "Which services have you used?"],
    ["select_one many", "best", "Which one helped most?"],
    ["integer", "age", "How old are you?"],
]
LONG_CHOICES = [["list_name", "name", "label"]] + [
    ["many", f"s{number}", f"Service {number}"] for number in range(1, 13)
]


def _long_form_interview(qtbot, database, tmp_path):
    path = write_form(tmp_path / "long.xlsx", LONG_SURVEY, LONG_CHOICES, [["form_id"], ["long"]])
    with database.session() as session:
        save_questionnaire(session, read_xlsform(path))
    opened = ops.start_interview(
        database, ops.InterviewDetails("long", "Sam", "Centre B", date(2024, 7, 12))
    )
    return show(qtbot, database, opened)


def test_options_after_the_ninth_are_reached_with_the_arrow_keys(qtbot, database, tmp_path):
    window = _long_form_interview(qtbot, database, tmp_path)
    widget = window.view.widgets["services"]
    assert widget.more_keys.isVisibleTo(window)  # the page says how to reach them
    widget.focus_input()
    for _ in range(11):
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert focused() is widget.buttons["s12"]
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert widget.value() == ("s11", "s12")
    # The option the keys reached is scrolled into view.
    area = window.view.page_area
    last = widget.buttons["s11"]
    top = last.mapTo(area.viewport(), last.rect().topLeft()).y()
    assert top >= 0 and top + last.height() <= area.viewport().height()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.view.pages[window.view.index].names() == ("best",)
    best = window.view.widgets["best"]
    window.activateWindow()  # the offscreen platform may drop it when the page changes size
    qtbot.waitUntil(lambda: focused() in best.buttons.values(), timeout=5_000)
    for _ in range(9):
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert focused() is best.buttons["s10"]
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert best.value() == "s10"


@pytest.mark.parametrize("screen", ["results", "export"])
def test_tab_leaves_the_date_boxes_of_the_choice_of_interviews(qtbot, database, screen):
    operations.add_example_questionnaires(database)
    if screen == "results":
        window = ResultsWindow(database, FORM)
    else:
        window = ExportWindow(database, FORM, "Hepatitis C peer survey")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    bar = window.subset_bar
    bar.date_from.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is bar.date_to
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is bar.clear_button
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is bar.date_from
    # With a date chosen (no longer "Any date") Tab still moves on.
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    assert bar.date_from.date() != NO_DATE
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is bar.date_to


def _main(qtbot, database) -> MainWindow:
    operations.add_example_questionnaires(database)
    operations.keep_examples(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home_loaded, timeout=10_000):
        window.show()
    _activate(qtbot, window)
    return window


def _activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)


def _shown(kind) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_stray_enters_after_an_interview_closes_do_not_start_another(qtbot, database):
    main = _main(qtbot, database)
    ops.add_interviewer(database, "Sam")
    main.table.setFocus()
    qtbot.keyClick(main.table, Qt.Key.Key_Return)  # Enter on a row: the start dialog
    qtbot.waitUntil(lambda: bool(_shown(StartInterviewDialog)), timeout=10_000)
    dialog = _shown(StartInterviewDialog)[0]
    dialog.site_box.setCurrentText("Centre B")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(_shown(InterviewWindow)), timeout=10_000)
    interview = _shown(InterviewWindow)[0]
    _activate(qtbot, interview)
    interview.close_button.setFocus()
    with qtbot.waitSignal(interview.closed, timeout=10_000):
        qtbot.keyClick(interview.close_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not _shown(InterviewWindow), timeout=10_000)
    _activate(qtbot, main)
    assert main.focusWidget() is main.entry.browse_button
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget() or main, Qt.Key.Key_Return)
        QApplication.processEvents()
    assert not _shown(StartInterviewDialog)
    assert not _shown(InterviewWindow)
    for window in _shown(InterviewsWindow):
        window.close()
