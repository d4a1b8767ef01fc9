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
from duodesk.gui.export.window import ExportWindow
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
