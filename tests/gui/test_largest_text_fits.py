"""The largest text on a laptop at 150%: the main window grew to 1493 pixels on a 1366 screen
("Not now", "Edit…" and a column cut), and the interview drew its header lines over one another
and showed a date box with no question. Text is capped at the size the screen has room for."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from duodesk.gui import operations
from duodesk.gui import text_size as text_size_module
from duodesk.gui.main_window import MainWindow
from duodesk.gui.screen_fit import FRAME, fit_to_screen
from duodesk.gui.text_size import LARGEST, text_size
from tests.gui.entry_helpers import settle, start
from tests.gui.test_fit_at_125 import AT_125, AT_150

# The whole logical screen of a 1366x768 laptop at 150% and 125% (what Qt reports).
SCREENS = {"150%": (QRect(0, 0, 911, 512), AT_150), "125%": (QRect(0, 0, 1093, 614), AT_125)}


@pytest.fixture(params=sorted(SCREENS))
def laptop(request, monkeypatch, program_look):
    screen, available = SCREENS[request.param]
    monkeypatch.setattr(text_size_module, "screen_area", lambda: screen)
    yield available
    text_size().set_step(0)


def _fits(window: QWidget, available: QRect) -> bool:
    return (
        window.width() + FRAME.width() <= available.width()
        and window.height() + FRAME.height() <= available.height()
    )


def _in_sight(widget: QWidget, area) -> bool:
    """``widget`` wholly inside the scroll area's visible part."""
    viewport = area.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return widget.isVisible() and viewport.rect().contains(QRect(top_left, widget.size()))


def test_the_main_window_stays_on_the_screen_at_the_largest_text(qtbot, database, laptop):
    operations.add_example_questionnaires(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    fit_to_screen(window, available=laptop)
    with qtbot.waitSignal(window.home_loaded, timeout=10_000):
        window.show()
    text_size().set_step(LARGEST)
    QApplication.processEvents()
    assert _fits(window, laptop), window.size()
    for button in window._questionnaire_dependent:  # "Edit…" was past the right edge
        right = button.mapTo(window, button.rect().topRight()).x()
        assert button.isVisible() and right < window.width(), button.text()


def test_the_interview_shows_its_question_at_the_largest_text(qtbot, database, laptop):
    window = start(qtbot, database, "hepc_peer_survey", on=date(2026, 12, 3))
    fit_to_screen(window, available=laptop)
    text_size().set_step(LARGEST)
    window.view.go_next()  # the intro note, then "Date of the interview"
    settle(qtbot, window)
    QApplication.processEvents()
    assert _fits(window, laptop), window.size()
    [question] = [
        widget
        for widget in window.view.widgets.values()
        if widget.isVisible() and "Date of the interview" in widget.label.text()
    ]
    assert _in_sight(question.label, window.view.page_area)
    title, details = window.view.title_label, window.details_label  # drawn over one another
    assert title.height() >= title.heightForWidth(title.width())
    assert details.height() >= details.heightForWidth(details.width())
    assert not title.geometry().intersects(details.geometry())
    next_button = window.view.navigation.next_button
    top_left = next_button.mapTo(window, next_button.rect().topLeft())
    assert window.rect().contains(QRect(top_left, next_button.size()))


def test_the_designers_headings_keep_all_their_lines(qtbot, database, laptop):
    """ "Checks before use" was drawn over "No problems found." at 150%."""
    from PySide6.QtWidgets import QLabel

    from duodesk.core import form_edits
    from duodesk.gui.designer.window import DesignerWindow

    designer = DesignerWindow(database, form_edits.empty_questionnaire("Drop-in survey"))
    qtbot.addWidget(designer, before_close_func=lambda w: w.document.mark_saved())
    fit_to_screen(designer, available=laptop)
    designer.show()
    qtbot.waitExposed(designer)
    text_size().set_step(LARGEST)
    QApplication.processEvents()
    assert _fits(designer, laptop), designer.size()
    headings = [
        label
        for label in designer.panes.findChildren(QLabel, "heading")
        if label.text() in ("Checks before use", "What the interviewer will see")
    ]
    assert len(headings) == 2
    for heading in headings:
        qtbot.waitUntil(lambda h=heading: h.height() >= h.heightForWidth(h.width()), timeout=5_000)


def test_results_heading_takes_one_line_and_keeps_the_title_in_its_tooltip(qtbot, database, laptop):
    """A wrapped heading took half the height of Results at 150% with the largest text."""
    from duodesk.gui.results.window import ResultsWindow

    operations.add_example_questionnaires(database)
    window = ResultsWindow(database, "hepc_peer_survey")
    qtbot.addWidget(window)
    fit_to_screen(window, available=laptop)
    with qtbot.waitSignal(window.summary_shown, timeout=30_000):
        window.show()
    text_size().set_step(LARGEST)
    QApplication.processEvents()
    heading = window.heading
    full = "Results: Hepatitis C and injecting: peer research survey"
    assert heading.full_text == full
    assert heading.height() < 2 * heading.fontMetrics().lineSpacing()
    assert heading.text() == full or heading.toolTip() == full
    assert _fits(window, laptop), window.size()
