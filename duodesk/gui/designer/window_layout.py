"""How the designer window is laid out: its actions and toolbar, and its three panes (the
question list, the editor of what is selected, the preview and the checks)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from duodesk.gui.designer.fields import TYPE_WORDS

if TYPE_CHECKING:
    from duodesk.gui.designer.window import DesignerWindow

ADDABLE = list(TYPE_WORDS)


def build_actions(window: DesignerWindow) -> None:
    """The toolbar (save, undo, try, paper, XLSForm) and the question list's own actions."""
    stack = window.document.undo_stack
    window.undo_action = stack.createUndoAction(window, "Undo")
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.redo_action = stack.createRedoAction(window, "Redo")
    window.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
    window.save_action = QAction("Save", window, shortcut=QKeySequence.StandardKey.Save)
    window.save_action.triggered.connect(window.save)
    window.try_action = QAction("Try the questionnaire", window, shortcut=QKeySequence("F5"))
    window.try_action.triggered.connect(window.try_questionnaire)
    window.paper_action = QAction(
        "Print on paper (PDF)…", window, shortcut=QKeySequence.StandardKey.Print
    )
    window.paper_action.triggered.connect(window.choose_paper_file)
    window.import_action = QAction("Bring in an XLSForm…", window)
    window.import_action.triggered.connect(window.choose_xlsform_to_import)
    window.export_action = QAction("Save as XLSForm…", window)
    window.export_action.triggered.connect(window.choose_xlsform_to_export)
    # Escape closes, as in every other window; unsaved changes are asked about on closing.
    window.close_action = QAction("Close", window)
    window.close_action.setShortcuts([QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")])
    window.close_action.setToolTip("Close the designer (Escape); you are asked about changes")
    window.close_action.triggered.connect(window.close)
    toolbar = window.addToolBar("Designer")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in (
        window.save_action,
        window.undo_action,
        window.redo_action,
        window.try_action,
        window.paper_action,
        window.import_action,
        window.export_action,
        window.close_action,
    ):
        toolbar.addAction(action)
    # Ctrl+Up / Ctrl+Down in the list itself: see QuestionTreeView.
    window.move_up_action = QAction("Move up", window, shortcut=QKeySequence("Alt+Up"))
    window.move_up_action.triggered.connect(lambda: window.move_selected(-1))
    window.move_down_action = QAction("Move down", window, shortcut=QKeySequence("Alt+Down"))
    window.move_down_action.triggered.connect(lambda: window.move_selected(1))
    window.duplicate_action = QAction("Duplicate", window, shortcut=QKeySequence("Ctrl+D"))
    window.duplicate_action.triggered.connect(window.duplicate_selected)
    window.delete_action = QAction("Delete", window, shortcut=QKeySequence.StandardKey.Delete)
    window.delete_action.triggered.connect(window.delete_selected)
    for action in (
        window.move_up_action,
        window.move_down_action,
        window.duplicate_action,
        window.delete_action,
    ):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.tree.addAction(action)


class MenuButton(QPushButton):
    """A button that opens its menu on Enter as well as on Space (outside a dialog Qt's
    buttons take only Space)."""

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.menu() is not None:
            self.showMenu()
            return
        super().keyPressEvent(event)


def build_layout(window: DesignerWindow) -> QWidget:
    """The three panes: the question list and its buttons, the editor, the preview and checks."""
    window.add_button = MenuButton("Add a question")
    add_menu = QMenu(window.add_button)
    for kind in ADDABLE:
        add_menu.addAction(TYPE_WORDS[kind], lambda k=kind: window.add_question(k))
    add_menu.addSeparator()
    add_menu.addAction("A section (a group of questions)", window.add_section)
    add_menu.addAction(
        "A repeated section (asked for each one: each drug, each service)", window.add_repeat
    )
    add_menu.addAction("A grid (statements on one scale)", window.add_grid)
    window.add_button.setMenu(add_menu)
    window.settings_button = QPushButton("Title and languages")
    window.settings_button.clicked.connect(lambda: window.document.select(None))
    # Two buttons a row, so the list stays narrow and the editor gets the width.
    tools = QGridLayout()
    steps = (
        window.move_up_action,
        window.move_down_action,
        window.duplicate_action,
        window.delete_action,
    )
    for number, action in enumerate(steps):
        button = QPushButton(action.text())
        button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        button.clicked.connect(action.trigger)
        tools.addWidget(button, number // 2, number % 2)
    left = QWidget()
    left_layout = QVBoxLayout(left)
    top = QGridLayout()
    top.addWidget(window.add_button, 0, 0)
    top.addWidget(window.settings_button, 1, 0)
    left_layout.addLayout(top)
    left_layout.addWidget(window.tree, 1)
    left_layout.addLayout(tools)
    window.tree.header().setStretchLastSection(False)
    window.tree.header().setSectionResizeMode(0, window.tree.header().ResizeMode.Stretch)
    window.tree.header().setSectionResizeMode(1, window.tree.header().ResizeMode.ResizeToContents)

    right = QSplitter(Qt.Orientation.Vertical)
    right.addWidget(_titled("What the interviewer will see", window.preview))
    right.addWidget(_titled("Checks before use", window.checks))
    right.setSizes([460, 240])
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(window.editor_scroll)
    splitter.addWidget(right)
    # The editor gets the most (its boxes scroll sideways first), the list enough to read.
    splitter.setSizes([420, 640, 306])
    splitter.setChildrenCollapsible(False)
    return splitter


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    heading = QLabel(title)
    heading.setObjectName("heading")
    heading.setWordWrap(True)  # lets the pane narrow on a small screen
    layout.addWidget(heading)
    layout.addWidget(widget, 1)
    return box
