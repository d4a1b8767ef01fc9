"""The main window works from the keyboard: shortcuts for every action on the chosen
questionnaire, Tab out of the list, Enter on a row, help on F1, a default and Escape in every
dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QPushButton

from duodesk.gui import operations
from duodesk.gui.designer.window import DesignerWindow
from duodesk.gui.entry import operations as entry_operations
from duodesk.gui.entry.drafts_dialog import DraftsDialog
from duodesk.gui.entry.start_dialog import StartInterviewDialog
from duodesk.gui.export.window import ExportWindow
from duodesk.gui.help_guide import HelpWindow
from duodesk.gui.interviews.browser import InterviewsWindow
from duodesk.gui.main_window import MainWindow
from duodesk.gui.results.window import ResultsWindow

CTRL = Qt.KeyboardModifier.ControlModifier


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


def _shown(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _close_all(kind) -> None:
    for widget in _shown(kind):
        widget.close()


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        (Qt.Key.Key_I, StartInterviewDialog),
        (Qt.Key.Key_L, InterviewsWindow),
        (Qt.Key.Key_R, ResultsWindow),
        (Qt.Key.Key_E, ExportWindow),
        (Qt.Key.Key_D, DesignerWindow),
        (Qt.Key.Key_N, DesignerWindow),
    ],
)
def test_each_shortcut_opens_its_window_for_the_chosen_questionnaire(qtbot, database, key, kind):
    window = _main(qtbot, database)
    window.table.selectRow(2)
    chosen = window.selected_questionnaire()
    assert chosen is not None
    qtbot.keyClick(window, key, CTRL)
    qtbot.waitUntil(lambda: bool(_shown(kind)), timeout=10_000)
    opened = _shown(kind)[0]
    if key != Qt.Key.Key_N:  # a new questionnaire has no questionnaire chosen

        def names_it() -> bool:
            if isinstance(opened, StartInterviewDialog):
                return opened.choices.form_id == chosen.form_id
            return chosen.title in opened.windowTitle()

        qtbot.waitUntil(names_it, timeout=10_000)
    if isinstance(opened, InterviewsWindow):  # let its list arrive before it closes
        qtbot.waitUntil(lambda: opened.count_label.text() != "Loading…", timeout=10_000)
    _close_all(kind)


@pytest.mark.parametrize(
    ("key", "kind"),
    [(Qt.Key.Key_L, InterviewsWindow), (Qt.Key.Key_R, ResultsWindow), (Qt.Key.Key_E, ExportWindow)],
)
def test_a_shortcut_pressed_again_brings_up_the_window_already_open(qtbot, database, key, kind):
    """A second Ctrl+L opened a second list hiding behind the first."""
    window = _main(qtbot, database)
    window.table.selectRow(2)
    qtbot.keyClick(window, key, CTRL)
    qtbot.waitUntil(lambda: bool(_shown(kind)), timeout=10_000)
    first = _shown(kind)[0]
    _activate(qtbot, window)
    qtbot.keyClick(window, key, CTRL)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is first, timeout=5_000)
    assert _shown(kind) == [first]
    window.table.selectRow(1)  # another questionnaire: a window of its own
    _activate(qtbot, window)
    qtbot.keyClick(window, key, CTRL)
    qtbot.waitUntil(lambda: len(_shown(kind)) == 2, timeout=10_000)
    if kind is InterviewsWindow:  # let the lists arrive before they close
        for shown in _shown(kind):
            qtbot.waitUntil(lambda s=shown: s.count_label.text() != "Loading…", timeout=10_000)
    _close_all(kind)


def test_the_shortcuts_are_in_the_menus(qtbot, database):
    window = _main(qtbot, database)
    shown = {
        action.shortcut().toString()
        for menu in window.findChildren(QMenu)
        for action in menu.actions()
    }
    for key in ("Ctrl+I", "Ctrl+L", "Ctrl+R", "Ctrl+E", "Ctrl+D", "Ctrl+N", "Ctrl+O", "F1"):
        assert key in shown, key


def test_ctrl_o_adds_a_questionnaire_from_a_file(qtbot, database, example_paths, monkeypatch):
    window = _main(qtbot, database)
    operations.remove_examples(database)
    with qtbot.waitSignal(window.home_loaded, timeout=10_000):
        window.refresh()
    path = example_paths["training_employment_barriers"]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    _activate(qtbot, window)
    with qtbot.waitSignal(window.home_loaded, timeout=20_000):
        qtbot.keyClick(window, Qt.Key.Key_O, CTRL)
    assert window.model.rowCount() == 1
    # The message says so beside the project line, which stays.
    assert window.statusBar().currentMessage().endswith("was added.")
    assert window.project_label.isVisible() and "Project:" in window.project_label.text()


def test_f1_opens_the_guide_with_the_keyboard_page(qtbot, database):
    window = _main(qtbot, database)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = _shown(HelpWindow)[0]
    assert "Start an interview" in guide.text.toPlainText()
    guide.show_topic("Keyboard shortcuts")
    page = guide.text.toPlainText()
    assert "Ctrl+I" in page and "Ctrl+R" in page and "Alt+Left" in page
    qtbot.keyClick(guide, Qt.Key.Key_Escape)
    assert not guide.isVisible()


def test_tab_leaves_the_list_for_the_buttons_without_changing_the_choice(qtbot, database):
    window = _main(qtbot, database)
    window.table.selectRow(1)
    window.table.setFocus()
    chosen = window.selected_questionnaire()
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    assert isinstance(QApplication.focusWidget(), QPushButton)
    assert window.selected_questionnaire() == chosen


def test_ctrl_tab_in_the_list_does_not_grey_the_buttons(qtbot, database):
    window = _main(qtbot, database)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Tab, CTRL)
    window.table.clearSelection()  # however the choice is lost
    assert window.selected_questionnaire() is not None
    assert all(button.isEnabled() for button in window._questionnaire_dependent)


def test_enter_on_a_row_starts_an_interview_with_that_questionnaire(qtbot, database):
    entry_operations.add_interviewer(database, "Sam")
    window = _main(qtbot, database)
    window.table.selectRow(1)
    chosen = window.selected_questionnaire()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(_shown(StartInterviewDialog)), timeout=10_000)
    dialog = _shown(StartInterviewDialog)[0]
    assert dialog.choices.form_id == chosen.form_id
    assert dialog.start_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_main_window_button_says_what_it_does(qtbot, database):
    window = _main(qtbot, database)
    silent = [b.text() for b in window.findChildren(QPushButton) if not b.toolTip()]
    assert silent == []


def test_the_project_line_comes_back_after_a_menu_hint(qtbot, database):
    window = _main(qtbot, database)
    # What a menu does as the pointer passes over its entries: a hint, then an empty one.
    QApplication.sendEvent(window, QStatusTipEvent("Start an interview"))
    QApplication.sendEvent(window, QStatusTipEvent(""))
    assert window.project_label.isVisible()
    assert window.project_label.text().startswith("Project: ")


def test_the_unfinished_interviews_dialog_has_a_default_and_escape(qtbot, database):
    dialog = DraftsDialog((), lambda _: None, lambda _: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert any(b.isDefault() for b in dialog.findChildren(QPushButton))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
