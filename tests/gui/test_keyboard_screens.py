"""Every screen can be worked with the keyboard alone, and nothing a stray key does surprises:
long option lists, Tab through date boxes, Escape in the designer, where the focus lands after
an interview closes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from duodesk.core.xlsform import read_xlsform
from duodesk.gui import operations
from duodesk.gui.designer.window import DesignerWindow
from duodesk.gui.entry import operations as ops
from duodesk.gui.entry.entry_window import InterviewWindow
from duodesk.gui.entry.start_dialog import StartInterviewDialog
from duodesk.gui.export.window import ExportWindow
from duodesk.gui.interviews.browser import InterviewsWindow
from duodesk.gui.main_window import MainWindow
from duodesk.gui.results.subset_bar import NO_DATE
from duodesk.gui.results.window import ResultsWindow
from duodesk.gui.screen_fit import fit_to_screen
from duodesk.gui.tasks import ProjectWorker
from duodesk.gui.themes.window import CodingWindow
from duodesk.resources import example_forms
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
    if screen == "results":  # folded away on a small screen: the person opens it first
        window.choose_button.setChecked(True)
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


def _designer(qtbot, database) -> DesignerWindow:
    form = read_xlsform(next(p for p in example_forms() if "hepatitis" in p.name))
    designer = DesignerWindow(database, form)
    qtbot.addWidget(designer, before_close_func=lambda w: w.document.mark_saved())
    fit_to_screen(designer, available=QRect(0, 0, 1093, 582))  # 1366x768 at 125%
    designer.show()
    _activate(qtbot, designer)
    return designer


def _answer_prompt_with(designer, answer) -> None:
    def answer_prompt() -> None:
        box = getattr(designer, "unsaved_prompt", None)
        if box is None or not box.isVisible():
            QTimer.singleShot(20, answer_prompt)
            return
        box.button(answer).click()

    QTimer.singleShot(0, answer_prompt)


def test_escape_closes_the_designer_asking_about_unsaved_changes(qtbot, database):
    designer = _designer(qtbot, database)
    designer.go_to_name("age")
    designer.question_editor.label.set_text(designer.document.default_language, "Age now")
    designer.tree.setFocus()
    _answer_prompt_with(designer, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(designer.tree, Qt.Key.Key_Escape)
    assert designer.isVisible()  # "Cancel": nothing lost, still open
    _answer_prompt_with(designer, QMessageBox.StandardButton.Discard)
    qtbot.keyClick(designer.tree, Qt.Key.Key_Escape)
    assert not designer.isVisible()


def test_escape_closes_an_unchanged_designer_at_once(qtbot, database):
    designer = _designer(qtbot, database)
    designer.tree.setFocus()
    qtbot.keyClick(designer.tree, Qt.Key.Key_Escape)
    assert not designer.isVisible()
    assert getattr(designer, "unsaved_prompt", None) is None


def _wheel(widget, steps: int) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, -120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_a_designer_drop_down_scrolls_the_page_not_the_value(qtbot, database):
    designer = _designer(qtbot, database)
    designer.go_to_name("age")
    QApplication.processEvents()
    box = designer.question_editor.type_box
    box.clearFocus()
    before = box.currentIndex()
    bar = designer.editor_scroll.verticalScrollBar()
    bar.setValue(0)
    _wheel(box, 2)
    assert box.currentIndex() == before  # the question's type is not changed by scrolling
    assert bar.maximum() == 0 or bar.value() > 0  # the page scrolled instead
    # Once the person has clicked or tabbed into it, the wheel chooses, as usual.
    _activate(qtbot, designer)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=5_000)
    _wheel(box, 1)
    assert box.currentIndex() != before


def test_escape_closes_the_themes_coding_window(qtbot, database):
    operations.add_example_questionnaires(database)
    tasks = ProjectWorker()
    window = CodingWindow(database, FORM, "Hepatitis C peer survey", tasks=tasks)
    window._test_tasks = tasks
    qtbot.addWidget(window)
    window.show()
    _activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_tab_in_an_interview_goes_from_the_answers_to_the_buttons_only(qtbot, database, tmp_path):
    window = _long_form_interview(qtbot, database, tmp_path)
    window.view.widgets["services"].focus_input()
    seen = []
    for _ in range(6):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        seen.append(focused())
    assert window.view.page_area not in seen  # no invisible stop on the page itself
    assert window.view.navigation.next_button in seen


def test_tab_goes_round_the_main_window_top_to_bottom_left_to_right(qtbot, database):
    window = _main(qtbot, database)
    window.resize(1366, 768)
    window.table.setFocus()
    qtbot.waitUntil(lambda: focused() is window.table)
    central = window.centralWidget()
    seen = []
    for _ in range(20):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        if focused() is window.table:
            break
        seen.append(focused())
    assert focused() is window.table and len(seen) >= 3
    order = [(w.mapTo(central, QPoint(0, 0)).y(), w.mapTo(central, QPoint(0, 0)).x()) for w in seen]
    # After the list come the buttons below it, row by row, each row from left to right;
    # the round then starts again at the top (the welcome line and unfinished interviews).
    below = [place for place in order if place[0] > window.table.mapTo(central, QPoint(0, 0)).y()]
    above = order[len(below) :]
    assert order[: len(below)] == below == sorted(below)
    assert above == sorted(above)


def test_no_two_entries_of_a_main_window_menu_share_their_underlined_letter(qtbot, database):
    """Alt+S then P did nothing in the Security menu: "passphrase" and "People" both had P,
    and a shared letter only moves the highlight between them."""
    import re

    from PySide6.QtWidgets import QMenu

    window = _main(qtbot, database)
    clashes = []

    def letters(menu: QMenu) -> None:
        seen: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            found = re.search(r"&([^&])", action.text())
            if found:
                letter = found.group(1).lower()
                if letter in seen:
                    clashes.append(f"{menu.title()}: {seen[letter]} / {action.text()}")
                seen[letter] = action.text()
            if action.menu() is not None:
                letters(action.menu())

    for action in window.menuBar().actions():
        if action.menu() is not None:
            letters(action.menu())
    assert not clashes, clashes
