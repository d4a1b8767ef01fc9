"""The main window's menus and keyboard shortcuts, kept out of the window's own module."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QPushButton

from duodesk.core.roles import Permission
from duodesk.gui import help_guide
from duodesk.gui.about import about_action
from duodesk.gui.language import LanguageMenu
from duodesk.gui.text_size import text_size

if TYPE_CHECKING:
    from duodesk.gui.main_window import MainWindow


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    """``text`` (one of the main window's words below) in the interface language."""
    return QCoreApplication.translate("MainWindow", text)


def build_menus(window: MainWindow) -> None:
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    add = QAction(translate("MainWindow", "&Add a questionnaire from a file…"), window)
    add.setShortcut(QKeySequence("Ctrl+O"))
    add.triggered.connect(window.choose_questionnaire_file)
    file_menu.addAction(add)
    new = QAction(translate("MainWindow", "&New questionnaire…"), window)
    new.setShortcut(QKeySequence("Ctrl+N"))
    new.triggered.connect(lambda: window.designer.new_questionnaire())
    file_menu.addAction(new)
    examples = QAction(translate("MainWindow", "Add the &example questionnaires"), window)
    examples.triggered.connect(window.add_examples)
    file_menu.addAction(examples)
    window.design_actions = (add, new, examples)  # type: ignore[attr-defined]
    file_menu.addSeparator()
    quit_ = QAction(translate("MainWindow", "&Quit"), window)
    quit_.setShortcut(QKeySequence.StandardKey.Quit)
    quit_.triggered.connect(window.close)
    file_menu.addAction(quit_)

    view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
    size = text_size()
    for text, keys, slot in (
        (translate("MainWindow", "&Larger text"), ("Ctrl++", "Ctrl+="), size.larger),
        (translate("MainWindow", "&Smaller text"), ("Ctrl+-",), size.smaller),
        (translate("MainWindow", "&Normal text size"), ("Ctrl+0",), size.normal),
    ):
        action = QAction(text, window)
        action.setShortcuts([QKeySequence(key) for key in keys])
        # Every window follows the size, so the keys work in every window.
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        view_menu.addAction(action)
    view_menu.addSeparator()
    window.language_menu = LanguageMenu(window, view_menu)  # type: ignore[attr-defined]

    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    window.help_menu = help_menu  # type: ignore[attr-defined]
    guide = QAction(translate("MainWindow", "&How to…"), window)
    guide.setShortcut(QKeySequence("F1"))
    guide.triggered.connect(lambda: show_help(window))
    help_menu.addAction(guide)
    topics = help_menu.addMenu(translate("MainWindow", "How to &do…"))
    for topic in help_guide.PAGES:
        action = QAction(QCoreApplication.translate("HelpWindow", topic), window)
        action.triggered.connect(lambda _=False, t=topic: show_help(window, t))
        topics.addAction(action)
    keys = QAction(translate("MainWindow", "&Keyboard shortcuts"), window)
    keys.triggered.connect(lambda: show_help(window, help_guide.KEYS))
    help_menu.addAction(keys)
    help_menu.addSeparator()
    help_menu.addAction(about_action(window))


# The buttons for the chosen questionnaire (by their text), their keys and what they do. One
# table makes the menu, the buttons' tooltips and the Keyboard shortcuts page.
QUESTIONNAIRE_KEYS = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "Start an interview…"),
        "Ctrl+I",
        QT_TRANSLATE_NOOP("MainWindow", "Start an interview with the chosen questionnaire"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Interviews…"),
        "Ctrl+L",
        QT_TRANSLATE_NOOP(
            "MainWindow", "List the chosen questionnaire's interviews, to read or correct"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Add interviews from a file…"),
        "Ctrl+Shift+I",
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Add interviews collected elsewhere (ODK, KoboToolbox, another laptop's DuoDesk) "
            "to the chosen questionnaire",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Results…"),
        "Ctrl+R",
        QT_TRANSLATE_NOOP(
            "MainWindow", "See the chosen questionnaire's results: tables and charts"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Themes…"),
        "Ctrl+T",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Code the chosen questionnaire's written answers into themes"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Paper datasheets…"),
        "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Compare and resolve the chosen questionnaire's paper datasheets typed in twice",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Export…"),
        "Ctrl+E",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Export the chosen questionnaire's interviews for the health board"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Edit…"),
        "Ctrl+D",
        QT_TRANSLATE_NOOP("MainWindow", "Change the chosen questionnaire in the designer"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Add a file it needs…"),
        "Ctrl+Shift+F",
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Add a file of answer options or data that the chosen questionnaire was added without",
        ),
    ),
)
# Entries of the Questionnaire menu with no button (the row of buttons must fit a laptop at
# 150% text): the main window's method that opens each.
MENU_ONLY = {
    "Add interviews from a file…": "add_interviews_from_file",
    "Themes…": "open_themes",
    "Paper datasheets…": "open_paper_sheets",
    "Add a file it needs…": "open_form_files",
}
# Who may use them: every interviewer's written answers, both entries of every datasheet.
MENU_ONLY_PERMISSION = {
    "Add interviews from a file…": Permission.IMPORT_INTERVIEWS,
    "Themes…": Permission.SEE_RESULTS,
    "Paper datasheets…": Permission.SEE_EVERY_INTERVIEW,
    "Add a file it needs…": Permission.CHANGE_QUESTIONNAIRES,
}
OTHER_KEYS = (
    (QT_TRANSLATE_NOOP("MainWindow", "New questionnaire"), "Ctrl+N"),
    (QT_TRANSLATE_NOOP("MainWindow", "Add a questionnaire from a file"), "Ctrl+O"),
    (QT_TRANSLATE_NOOP("MainWindow", "How to… (this guide)"), "F1"),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Larger text / smaller text / normal text"),
        "Ctrl++ / Ctrl+- / Ctrl+0",
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "Move between the list and the buttons"), "Tab / Shift+Tab"),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Start an interview with the questionnaire in the list"),
        "Enter",
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "In an interview: choose an answer"),
        QT_TRANSLATE_NOOP("MainWindow", "1 to 9"),
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "In an interview: next question"), "Enter"),
    (QT_TRANSLATE_NOOP("MainWindow", "In an interview: previous question"), "Alt+Left"),
    (QT_TRANSLATE_NOOP("MainWindow", "In the list of interviews: open the chosen one"), "Enter"),
    (
        QT_TRANSLATE_NOOP(
            "MainWindow", "In the list's search box: go to the list / open the first found"
        ),
        "Down / Enter",
    ),
    (
        QT_TRANSLATE_NOOP(
            "MainWindow", "In the designer: bring in an XLSForm / save as an XLSForm"
        ),
        "Ctrl+O / Ctrl+Shift+S",
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Close a window (an interview keeps every answer)"),
        "Ctrl+W",
    ),
    (
        QT_TRANSLATE_NOOP(
            "MainWindow", "Close a dialog, Results, Export or the list of interviews"
        ),
        "Escape",
    ),
)
FILE_BUTTON_TIPS = {
    QT_TRANSLATE_NOOP("MainWindow", "Add a questionnaire from a file…"): QT_TRANSLATE_NOOP(
        "MainWindow", "Add an XLSForm made in DuoDesk, ODK or KoboToolbox (Ctrl+O)"
    ),
    QT_TRANSLATE_NOOP("MainWindow", "New questionnaire…"): QT_TRANSLATE_NOOP(
        "MainWindow", "Make a new questionnaire in the designer (Ctrl+N)"
    ),
    QT_TRANSLATE_NOOP("MainWindow", "Keep the examples"): QT_TRANSLATE_NOOP(
        "MainWindow", "Keep the three example questionnaires to practise with"
    ),
    QT_TRANSLATE_NOOP("MainWindow", "Remove the examples"): QT_TRANSLATE_NOOP(
        "MainWindow", "Remove the example questionnaires from this project"
    ),
    QT_TRANSLATE_NOOP("MainWindow", "Resume or discard…"): QT_TRANSLATE_NOOP(
        "MainWindow", "Carry on with an unfinished interview, or throw one away"
    ),
}


def all_shortcuts() -> list[tuple[str, str]]:
    """(what it does, key) for the Keyboard shortcuts page."""
    return [(_tr(what), key) for _, key, what in QUESTIONNAIRE_KEYS] + [
        (_tr(what), _tr(key)) for what, key in OTHER_KEYS
    ]


def build_questionnaire_menu(window: MainWindow) -> QMenu:
    """The Questionnaire menu: one entry per button for the chosen questionnaire, with its key.

    Called once the screens have added their buttons. Each entry presses its button, so it acts
    on the chosen questionnaire exactly as the button does (and not at all while it is grey).
    """
    menu = QMenu(translate("MainWindow", "&Questionnaire"), window)
    window.menuBar().insertMenu(window.help_menu.menuAction(), menu)  # type: ignore[attr-defined]
    buttons = {button.text(): button for button in window._questionnaire_dependent}
    translated_tips = {_tr(text): _tr(tip) for text, tip in FILE_BUTTON_TIPS.items()}
    window.questionnaire_actions = {}  # type: ignore[attr-defined]
    window.questionnaire_action_buttons = {}  # type: ignore[attr-defined]
    for text, key, what in QUESTIONNAIRE_KEYS:
        button = buttons.get(_tr(text))
        opens = getattr(window, MENU_ONLY.get(text, ""), None)
        if button is None and opens is None:
            continue
        action = QAction(_tr(text), window)
        action.setShortcut(QKeySequence(key))
        action.setStatusTip(_tr(what))
        if button is not None:
            button.setToolTip(f"{_tr(what)} ({key})")
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
        tip = translated_tips.get(button.text())
        if tip and not button.toolTip():
            button.setToolTip(tip)
    window.questionnaire_menu = menu  # type: ignore[attr-defined]
    _offer_menu_on_the_list(window, menu)
    return menu


def _offer_menu_on_the_list(window: MainWindow, menu: QMenu) -> None:
    """A right click on a questionnaire in the list chooses it and opens the Questionnaire
    menu there (the Menu key does the same for the chosen one)."""
    table = window.table
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(position) -> None:
        index = table.indexAt(position)
        if index.isValid():
            table.selectRow(index.row())
        elif table.currentIndex().isValid():
            position = table.visualRect(table.currentIndex()).center()
        menu.popup(table.viewport().mapToGlobal(position))

    table.customContextMenuRequested.connect(show)


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
