"""The Results window on a 1366x768 laptop: the choice of interviews folded into one line, so
that the chosen question's table and chart are both in sight without scrolling."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from duodesk.gui.results.window import ResultsWindow
from duodesk.gui.screen_fit import fit_to_screen
from tests.gui.test_fit_at_125 import FORM, _hepc_with_interviews

LAPTOP = QRect(0, 0, 1366, 700)  # 1366x768 less a taskbar


def _part_in_sight(widget: QWidget) -> QRect:
    """The part of ``widget`` (in its own pixels) inside the scroll area it is on."""
    area = widget.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    viewport = area.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().intersected(QRect(top_left, widget.size())).translated(-top_left)


def test_the_table_and_the_chart_of_a_question_are_in_sight_at_1366x768(
    qtbot, database, program_look, tmp_path
):
    _hepc_with_interviews(database, tmp_path, 30, 3)
    window = ResultsWindow(database, FORM)
    qtbot.addWidget(window)
    fit_to_screen(window, available=LAPTOP)
    with qtbot.waitSignal(window.summary_shown, timeout=30_000):
        window.show()
    assert window.height() <= LAPTOP.height()
    assert not window.subset_bar.isVisible()  # folded into the line that says who is counted
    assert "Counting 30 complete interviews" in window.counting.text()
    window.questions.choose("sex")
    page = window.view.choice
    qtbot.waitUntil(lambda: page.table.height() >= page.table.sizeHint().height() - 40)
    QApplication.processEvents()
    table = _part_in_sight(page.table)
    assert table.height() == page.table.height()  # every row of the table
    chart = _part_in_sight(page.chart)
    assert chart.top() == 0 and chart.height() >= 130  # the chart's title and its bars
    window.choose_button.click()  # one click opens the choice of interviews
    assert window.subset_bar.isVisible()
    window.choose_button.click()
    assert not window.subset_bar.isVisible()


def test_the_question_list_is_worked_from_the_keyboard(qtbot, database, program_look, tmp_path):
    """Results opened with the keyboard on "Choose interviews…", so the arrows did nothing;
    typing in "Find a question…" and ↓ did not reach the matches."""
    from PySide6.QtCore import Qt

    from tests.gui.entry_helpers import focused

    _hepc_with_interviews(database, tmp_path, 30, 3)
    window = ResultsWindow(database, FORM)
    qtbot.addWidget(window)
    fit_to_screen(window, available=LAPTOP)
    with qtbot.waitSignal(window.summary_shown, timeout=30_000):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    questions = window.questions
    qtbot.waitUntil(lambda: focused() is questions.list, timeout=5_000)
    first = window.view.entry.name
    qtbot.keyClick(questions.list, Qt.Key.Key_Down)
    assert window.view.entry.name != first  # the table follows the arrow
    assert window.view.title.text() == window.view.entry.label
    window.choose_button.setFocus()
    qtbot.keyClick(window.choose_button, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is questions.find
    qtbot.keyClicks(questions.find, "hepatitis")
    qtbot.keyClick(questions.find, Qt.Key.Key_Down)
    assert focused() is questions.list
    shown = [questions.list.item(r) for r in range(questions.list.count())]
    matches = [item for item in shown if not item.isHidden()]
    assert len(matches) >= 2
    assert questions.list.currentItem() is matches[0]
    assert "hepatitis" in window.view.title.text().lower()
    qtbot.keyClick(questions.list, Qt.Key.Key_Down)
    assert questions.list.currentItem() is matches[1]
    assert window.view.title.text() == window.view.entry.label
    window.choose_button.setFocus()
    qtbot.keyClick(window.choose_button, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert focused() is questions.list
