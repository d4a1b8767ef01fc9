"""What an outside tester still found wrong on a 1366x768 laptop at 150% scaling (a logical
screen of 911x485): a ticked option or the focused row of a grid off screen, a Results table
out of reach of the keyboard, and banners that pushed the questionnaire list out of sight."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from duodesk.gui.screen_fit import fit_to_screen
from tests.gui.entry_helpers import focused, start
from tests.gui.test_fit_at_125 import AT_150, _inside

TRAINING = "training_employment_barriers"


def _fit_at_150(qtbot, window: QWidget) -> None:
    fit_to_screen(window, available=AT_150)
    QApplication.processEvents()


def _go_to(qtbot, window, name: str) -> None:
    window.view.go_to_question(name)
    QApplication.processEvents()
    # Offscreen, the window can lose the keyboard when moved or when its page changes.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)


def _press(qtbot, key: Qt.Key) -> None:
    """Press ``key`` where the keyboard is (something on the page always has it)."""
    widget = focused()
    assert widget is not None
    qtbot.keyClick(widget, key)


def _in_sight(widget: QWidget, area: QScrollArea) -> bool:
    """Whether ``widget`` is wholly inside the part of ``area`` that is on screen."""
    viewport = area.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return widget.isVisible() and viewport.rect().contains(QRect(top_left, widget.size()))


def test_a_ticked_option_and_the_focused_one_are_scrolled_into_sight(qtbot, database, program_look):
    window = start(qtbot, database, TRAINING)
    _fit_at_150(qtbot, window)
    view = window.view
    _go_to(qtbot, window, "barriers")  # 14 options, of which a few fit at 150%
    area = view.page_area
    buttons = list(view.widgets["barriers"].buttons.values())
    assert not _in_sight(buttons[8], area)  # the screen is short: the options scroll
    _press(qtbot, Qt.Key.Key_9)
    assert buttons[8].isChecked()
    qtbot.waitUntil(lambda: _in_sight(buttons[8], area), timeout=5_000)
    for _ in range(5):  # the ↓ key walks to the last option, each one in sight
        _press(qtbot, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: _in_sight(focused(), area), timeout=5_000)
    assert focused() is buttons[-1]
    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_9)  # and 9 ticked off again: only the last one is ticked
    assert [b.isChecked() for b in buttons].count(True) == 1 and buttons[-1].isChecked()
    # Back, and again to this page: it opens on the ticked option, in sight.
    view.go_back()
    _go_to(qtbot, window, "barriers")
    last = list(view.widgets["barriers"].buttons.values())[-1]
    assert last.isChecked() and focused() is last
    qtbot.waitUntil(lambda: _in_sight(last, area), timeout=5_000)
    for button in (view.navigation.next_button, view.navigation.back_button):
        assert _inside(button, window)


def test_each_row_of_a_grid_comes_into_sight_as_it_is_answered(qtbot, database, program_look):
    window = start(qtbot, database, "hepc_peer_survey")
    _fit_at_150(qtbot, window)
    view = window.view
    _go_to(qtbot, window, "view_treatment_works")
    grid, area = view.grid, view.page_area
    assert grid is not None
    rows = [grid.rows[name] for name in grid.names]
    assert not _in_sight(rows[-1][0], area)  # the grid is taller than the screen
    for row in rows[:-1]:
        _press(qtbot, Qt.Key.Key_2)
        assert row[1].isChecked()
        qtbot.waitUntil(lambda: _in_sight(focused(), area), timeout=5_000)
    assert focused() in rows[-1]
    assert _inside(view.navigation.next_button, window)


def test_the_grouped_ranges_of_a_number_are_reached_with_tab_and_read_with_arrows(
    qtbot, database, program_look, tmp_path
):
    """Tab stayed inside the first table of a number's Results (moving from cell to cell),
    so the table of ranges below it could not be reached from the keyboard."""
    from duodesk.gui.results.window import ResultsWindow
    from tests.gui.test_fit_at_125 import FORM, _hepc_with_interviews

    _hepc_with_interviews(database, tmp_path, 30, 3)
    window = ResultsWindow(database, FORM)
    qtbot.addWidget(window)
    fit_to_screen(window, available=AT_150)
    with qtbot.waitSignal(window.summary_shown, timeout=30_000):
        window.show()
    with qtbot.waitSignal(window.details_shown, timeout=20_000):
        assert window.questions.choose("age")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    ranges = window.view.number.bins_table
    assert ranges.model().rowCount() >= 3
    window.questions.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(12):
        if focused() is ranges:
            break
        _press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ranges
    _press(qtbot, Qt.Key.Key_Down)
    first = ranges.currentIndex().row()
    _press(qtbot, Qt.Key.Key_Down)
    assert ranges.currentIndex().row() == first + 1
    page = ranges.parentWidget()
    while not isinstance(page, QScrollArea):
        page = page.parentWidget()
    for _ in range(ranges.model().rowCount()):  # down to the last range, each one in sight
        row = ranges.visualRect(ranges.currentIndex())
        top_left = ranges.viewport().mapTo(page.viewport(), row.topLeft())
        assert page.viewport().rect().contains(QRect(top_left, row.size()))
        assert _inside(page, window)
        _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Tab)
    assert focused() is not ranges  # and Tab goes on from it


def test_the_banners_leave_three_rows_of_the_questionnaire_list_in_sight(
    qtbot, database, program_look
):
    """The welcome and the unfinished interview's banners filled a laptop's screen at 150%:
    the list of questionnaires was below them, out of sight."""
    from datetime import date

    from duodesk.gui import operations
    from duodesk.gui.entry import operations as ops
    from duodesk.gui.main_window import MainWindow
    from duodesk.gui.tasks import ProjectWorker
    from tests.gui.test_fit_at_125 import FORM, _banners, _rows_in_sight

    operations.add_example_questionnaires(database)
    ops.start_interview(database, ops.InterviewDetails(FORM, "Sam", "B", date.today()))
    main = MainWindow(database)
    main._test_tasks = ProjectWorker()
    qtbot.addWidget(main)
    fit_to_screen(main, available=QRect(0, 0, 1366, 700))
    with qtbot.waitSignals(
        [main.home_loaded, main.security.protection_checked, main.entry.drafts_loaded],
        timeout=10_000,
    ):
        main.show()
    if main.security.offer.isVisible():  # the offer of a passphrase, put off with "Not now"
        main.security.later_button.click()
    main.welcome.show()  # the first start's welcome, and an unfinished interview's banner
    drafts = main.entry.drafts_frame
    assert [f for f in _banners(main) if f.isVisible()] == [main.welcome, drafts]
    qtbot.waitUntil(lambda: len(_rows_in_sight(main)) >= 3, timeout=5_000)
    fit_to_screen(main, available=AT_150)
    QApplication.processEvents()
    main.page_area.verticalScrollBar().setValue(0)  # as it opens: the banners at the top
    qtbot.waitUntil(lambda: len(_rows_in_sight(main)) >= 3, timeout=5_000)
    viewport = main.page_area.viewport()
    for frame in _banners(main):
        if frame.isVisible():  # each banner whole in sight, its buttons in reach
            top_left = frame.mapTo(viewport, frame.rect().topLeft())
            assert viewport.rect().contains(QRect(top_left, frame.size()))
    assert main.keep_examples_button.height() >= main.keep_examples_button.sizeHint().height()


def _words_on(window: QWidget) -> list[str]:
    """Every text a person can see or hover over in ``window``: labels, buttons, tables
    (cells, their tooltips and headers)."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView

    seen: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            seen += [widget.text(), widget.toolTip()]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, top = widget.model(), widget.rootIndex()
            try:
                columns = model.columnCount(top)
            except TypeError:  # a list: one column, which Qt keeps private
                columns = 1
            for column in range(columns):
                seen.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
                for row in range(model.rowCount(top)):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        seen.append(str(index.data(role) or ""))
    return seen


def test_results_and_the_designer_say_code_for_no_answer_not_missing_code(
    qtbot, database, program_look, tmp_path
):
    """The statistician's word "missing code" is not on the screens: Results say an answer is
    "counted as no answer", the designer marks a "code for no answer"."""
    from duodesk.gui.designer.window import DesignerWindow
    from tests.gui.test_fit_at_125 import _hepc_with_interviews
    from tests.gui.test_results import choose, open_results

    questionnaire = _hepc_with_interviews(database, tmp_path, 60, 1)
    window = open_results(qtbot, database)
    # "Prefer not to say" is counted as no answer; the grid's "Don't know" is left out of
    # the valid % only, as its "Answered" column counts it (it said "counted as no answer")
    for name, said in (
        ("sex", "Prefer not to say (counted as no answer)"),
        ("views_grid", "Don't know (left out of the valid %)"),
    ):
        choose(qtbot, window, name)
        QApplication.processEvents()
        words = "\n".join(_words_on(window))
        assert said in words, name
        assert "missing code" not in words.lower(), name
    assert "counted as no answer" not in words  # the grid
    designer = DesignerWindow(database, questionnaire)
    qtbot.addWidget(designer, before_close_func=lambda w: w.document.mark_saved())
    designer.show()
    designer.go_to_name("sex")
    QApplication.processEvents()
    words = " ".join(" ".join(_words_on(designer)).split())  # a heading on two lines
    assert "Code for no answer" in words
    assert "missing code" not in words.lower()


def test_a_grid_keeps_its_scale_in_sight_when_it_scrolls(qtbot, database, program_look, tmp_path):
    """Scrolled down to its last rows, a grid showed rows of unnamed round buttons: its
    scale ("Strongly agree" … "Don't know") had gone up off the screen."""
    window = start(qtbot, database, "hepc_peer_survey")
    _fit_at_150(qtbot, window)
    view = window.view
    _go_to(qtbot, window, "view_treatment_works")
    grid, area = view.grid, view.page_area
    for _ in grid.names[:-1]:
        _press(qtbot, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: _in_sight(focused(), area), timeout=5_000)
    viewport = area.viewport()
    first_heading = grid.scale_headers[0]
    assert first_heading.mapTo(viewport, first_heading.rect().bottomLeft()).y() < 0
    scale = next(w for w in grid.findChildren(QWidget, "gridScale"))
    assert scale.isVisible()
    assert scale.mapTo(viewport, scale.rect().topLeft()).y() == 0  # at the top of the screen
    labels = [label for label in scale.findChildren(QLabel) if label.isVisible()]
    assert [label.text() for label in labels] == [h.text() for h in grid.scale_headers]
    row = grid.rows[grid.names[-1]]
    for label, button in zip(labels, row, strict=True):  # each name above its column
        middle = label.mapTo(viewport, label.rect().center()).x()
        assert abs(middle - button.mapTo(viewport, button.rect().center()).x()) <= 2
    below = scale.mapTo(viewport, scale.rect().bottomLeft()).y()
    assert focused().mapTo(viewport, focused().rect().topLeft()).y() > below  # not under it
    window.grab().save(str(tmp_path / "grid_150.png"))
    area.verticalScrollBar().setValue(0)  # back at the top: the grid's own heading
    QApplication.processEvents()
    assert not scale.isVisible()
