"""The main window's menus and keyboard shortcuts, kept out of the window's own module."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from duodesk.gui.about import about_action

if TYPE_CHECKING:
    from duodesk.gui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    file_menu = window.menuBar().addMenu("&File")
    add = QAction("&Add a questionnaire from a file…", window)
    add.setShortcut(QKeySequence.StandardKey.Open)
    add.triggered.connect(window.choose_questionnaire_file)
    file_menu.addAction(add)
    new = QAction("&New questionnaire…", window)
    new.setShortcut(QKeySequence.StandardKey.New)
    new.triggered.connect(lambda: window.designer.new_questionnaire())
    file_menu.addAction(new)
    examples = QAction("Add the &example questionnaires", window)
    examples.triggered.connect(window.add_examples)
    file_menu.addAction(examples)
    file_menu.addSeparator()
    quit_ = QAction("&Quit", window)
    quit_.setShortcut(QKeySequence.StandardKey.Quit)
    quit_.triggered.connect(window.close)
    file_menu.addAction(quit_)

    help_menu = window.menuBar().addMenu("&Help")
    help_menu.addAction(about_action(window, window.database))
