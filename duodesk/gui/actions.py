"""The main window's menus and keyboard shortcuts, kept out of the window's own module."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QPushButton

from duodesk.core.roles import Permission
from duodesk.gui import help_guide
from duodesk.gui.about import about_action
from duodesk.gui.text_size import text_size

if TYPE_CHECKING:
    from duodesk.gui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    file_menu = window.menuBar().addMenu("&File")
    add = QAction("&Add a questionnaire from a file…", window)
    add.setShortcut(QKeySequence("Ctrl+O"))
    add.triggered.connect(window.choose_questionnaire_file)
    file_menu.addAction(add)
    new = QAction("&New questionnaire…", window)
    new.setShortcut(QKeySequence("Ctrl+N"))
    new.triggered.connect(lambda: window.designer.new_questionnaire())
    file_menu.addAction(new)
    examples = QAction("Add the &example questionnaires", window)
    examples.triggered.connect(window.add_examples)
    file_menu.addAction(examples)
    window.design_actions = (add, new, examples)  # type: ignore[attr-defined]
    file_menu.addSeparator()
    quit_ = QAction("&Quit", window)
    quit_.setShortcut(QKeySequence.StandardKey.Quit)
    quit_.triggered.connect(window.close)
    file_menu.addAction(quit_)

    view_menu = window.menuBar().addMenu("&View")
    size = text_size()
    for text, keys, slot in (
        ("&Larger text", ("Ctrl++", "Ctrl+="), size.larger),
        ("&Smaller text", ("Ctrl+-",), size.smaller),
        ("&Normal text size", ("Ctrl+0",), size.normal),
    ):
        action = QAction(text, window)
        action.setShortcuts([QKeySequence(key) for key in keys])
        # Every window follows the size, so the keys work in every window.
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        view_menu.addAction(action)

    help_menu = window.menuBar().addMenu("&Help")
    window.help_menu = help_menu  # type: ignore[attr-defined]
    guide = QAction("&How to…", window)
    guide.setShortcut(QKeySequence("F1"))
    guide.triggered.connect(lambda: show_help(window))
    help_menu.addAction(guide)
    topics = help_menu.addMenu("How to &do…")
    for topic in help_guide.PAGES:
        action = QAction(topic, window)
        action.triggered.connect(lambda _=False, t=topic: show_help(window, t))
        topics.addAction(action)
    keys = QAction("&Keyboard shortcuts", window)
    keys.triggered.connect(lambda: show_help(window, help_guide.KEYS))
    help_menu.addAction(keys)
    help_menu.addSeparator()
    help_menu.addAction(about_action(window))


# The buttons for the chosen questionnaire (by their text), their keys and what they do. One
# table makes the menu, the buttons' tooltips and the Keyboard shortcuts page.
QUESTIONNAIRE_KEYS = (
    ("Start an interview…", "Ctrl+I", "Start an interview with the chosen questionnaire"),
    ("Interviews…", "Ctrl+L", "List the chosen questionnaire's interviews, to read or correct"),
    ("Results…", "Ctrl+R", "See the chosen questionnaire's results: tables and charts"),
    ("Themes…", "Ctrl+T", "Code the chosen questionnaire's written answers into themes"),
    (
        "Paper datasheets…",
        "Ctrl+Shift+P",
        "Compare and resolve the chosen questionnaire's paper datasheets typed in twice",
    ),
    ("Export…", "Ctrl+E", "Export the chosen questionnaire's interviews for the health board"),
    ("Edit…", "Ctrl+D", "Change the chosen questionnaire in the designer"),
    (
        "Add a file it needs…",
        "Ctrl+Shift+F",
        "Add a file of answer options or data that the chosen questionnaire was added without",
    ),
)
# Entries of the Questionnaire menu with no button (the row of buttons must fit a laptop at
# 150% text): the main window's method that opens each.
MENU_ONLY = {
    "Themes…": "open_themes",
    "Paper datasheets…": "open_paper_sheets",
    "Add a file it needs…": "open_form_files",
}
# Who may use them: every interviewer's written answers, both entries of every datasheet.
MENU_ONLY_PERMISSION = {
    "Themes…": Permission.SEE_RESULTS,
    "Paper datasheets…": Permission.SEE_EVERY_INTERVIEW,
    "Add a file it needs…": Permission.CHANGE_QUESTIONNAIRES,
}
OTHER_KEYS = (
    ("New questionnaire", "Ctrl+N"),
    ("Add a questionnaire from a file", "Ctrl+O"),
    ("How to… (this guide)", "F1"),
    ("Larger text / smaller text / normal text", "Ctrl++ / Ctrl+- / Ctrl+0"),
    ("Move between the list and the buttons", "Tab / Shift+Tab"),
    ("Start an interview with the questionnaire in the list", "Enter"),
    ("In an interview: choose an answer", "1 to 9"),
    ("In an interview: next question", "Enter"),
    ("In an interview: previous question", "Alt+Left"),
    ("In the list of interviews: open the chosen one", "Enter"),
    ("In the list's search box: go to the list / open the first found", "Down / Enter"),
    ("Close a window (an interview keeps every answer)", "Ctrl+W"),
    ("Close a dialog, Results, Export or the list of interviews", "Escape"),
)
FILE_BUTTON_TIPS = {
    "Add a questionnaire from a file…": "Add an XLSForm made in DuoDesk, ODK or KoboToolbox "
    "(Ctrl+O)",
    "New questionnaire…": "Make a new questionnaire in the designer (Ctrl+N)",
    "Keep the examples": "Keep the three example questionnaires to practise with",
    "Remove the examples": "Remove the example questionnaires from this project",
    "Resume or discard…": "Carry on with an unfinished interview, or throw one away",
}


def all_shortcuts() -> list[tuple[str, str]]:
    """(what it does, key) for the Keyboard shortcuts page."""
    return [(what, key) for _, key, what in QUESTIONNAIRE_KEYS] + list(OTHER_KEYS)


def build_questionnaire_menu(window: MainWindow) -> QMenu:
    """The Questionnaire menu: one entry per button for the chosen questionnaire, with its key.

    Called once the screens have added their buttons. Each entry presses its button, so it acts
    on the chosen questionnaire exactly as the button does (and not at all while it is grey).
    """
    menu = QMenu("&Questionnaire", window)
    window.menuBar().insertMenu(window.help_menu.menuAction(), menu)  # type: ignore[attr-defined]
    buttons = {button.text(): button for button in window._questionnaire_dependent}
    window.questionnaire_actions = {}  # type: ignore[attr-defined]
    window.questionnaire_action_buttons = {}  # type: ignore[attr-defined]
    for text, key, what in QUESTIONNAIRE_KEYS:
        button = buttons.get(text)
        opens = getattr(window, MENU_ONLY.get(text, ""), None)
        if button is None and opens is None:
            continue
        action = QAction(text, window)
        action.setShortcut(QKeySequence(key))
        action.setStatusTip(what)
        if button is not None:
            button.setToolTip(f"{what} ({key})")
            action.triggered.connect(button.click)
            action.setEnabled(button.isEnabled())
        else:
            action.triggered.connect(lambda _=False, o=opens: _on_chosen(window, o))
            action.setEnabled(window.selected_questionnaire() is not None)
            action.setProperty("permission", MENU_ONLY_PERMISSION[text].value)
        window.questionnaire_actions[key] = action  # type: ignore[attr-defined]
        window.questionnaire_action_buttons[key] = button  # type: ignore[attr-defined]
        menu.addAction(action)
    for button in window.findChildren(QPushButton):
        tip = FILE_BUTTON_TIPS.get(button.text())
        if tip and not button.toolTip():
            button.setToolTip(tip)
    return menu


def _on_chosen(window: MainWindow, opens) -> None:
    chosen = window.selected_questionnaire()
    if chosen is not None:
        opens(chosen)


def show_help(window: MainWindow, topic: str = help_guide.START) -> help_guide.HelpWindow:
    guide = getattr(window, "help_window", None)
    if guide is None:
        guide = help_guide.HelpWindow(all_shortcuts(), window)
        window.help_window = guide  # type: ignore[attr-defined]
    guide.show_topic(topic)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def settle_table_keys(window: MainWindow) -> None:
    """Tab leaves the questionnaire list for the buttons, rather than walking its cells (and
    silently choosing another questionnaire); Enter on a row starts an interview."""
    table = window.table
    table.setTabKeyNavigation(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    start = QUESTIONNAIRE_KEYS[0][1]

    def start_interview() -> None:
        action = window.questionnaire_actions.get(start)  # type: ignore[attr-defined]
        if action is not None:
            action.trigger()

    table.activated.connect(lambda _index: start_interview())
