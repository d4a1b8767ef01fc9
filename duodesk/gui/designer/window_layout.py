"""How the designer window is laid out: its actions and toolbar, and its three panes (the
question list, the editor of what is selected, the preview and the checks)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from duodesk.gui.designer.fields import TYPE_WORDS, designer_words
from duodesk.gui.screen_fit import scrolling

if TYPE_CHECKING:
    from duodesk.gui.designer.window import DesignerWindow

translate = QCoreApplication.translate
ADDABLE = list(TYPE_WORDS)
# How the width is shared between the question list, the editor and the preview.
PANE_SHARES = (420, 640, 306)


def build_actions(window: DesignerWindow) -> None:
    """The toolbar (save, undo, try, paper, XLSForm) and the question list's own actions."""
    stack = window.document.undo_stack
    window.undo_action = stack.createUndoAction(window, translate("Designer", "Undo"))
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.redo_action = stack.createRedoAction(window, translate("Designer", "Redo"))
    window.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
    # "Undo Add the option “I left before anyone could see me”" pushed Close off the toolbar
    # behind "»": the button says the start of it, its tooltip all of it.
    for action, signal in (
        (window.undo_action, stack.undoTextChanged),
        (window.redo_action, stack.redoTextChanged),
    ):
        signal.connect(_ShortText(action).shorten)
    window.save_action = QAction(
        translate("Designer", "Save"), window, shortcut=QKeySequence.StandardKey.Save
    )
    window.save_action.triggered.connect(window.save)
    window.try_action = QAction(
        translate("Designer", "Try the questionnaire"), window, shortcut=QKeySequence("F5")
    )
    window.try_action.triggered.connect(window.try_questionnaire)
    window.paper_action = QAction(
        translate("Designer", "Print on paper (PDF)…"),
        window,
        shortcut=QKeySequence.StandardKey.Print,
    )
    window.paper_action.triggered.connect(window.choose_paper_file)
    window.import_action = QAction(
        translate("Designer", "Bring in an XLSForm…"),
        window,
        shortcut=QKeySequence.StandardKey.Open,
    )
    window.import_action.triggered.connect(window.choose_xlsform_to_import)
    window.export_action = QAction(
        translate("Designer", "Save as XLSForm…"), window, shortcut=QKeySequence.StandardKey.SaveAs
    )
    window.export_action.triggered.connect(window.choose_xlsform_to_export)
    # Escape closes, as in every other window; unsaved changes are asked about on closing.
    window.close_action = QAction(translate("Designer", "Close"), window)
    window.close_action.setShortcuts([QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")])
    window.close_action.setToolTip(
        translate("Designer", "Close the designer (Escape); you are asked about changes")
    )
    window.close_action.triggered.connect(window.close)
    # Two toolbars side by side, the second going under the first on a narrow screen (see
    # DesignerWindow.wrap_toolbars): one toolbar hid its last buttons behind a » at 150%.
    window.toolbars = []
    for name, actions in (
        (
            translate("Designer", "Designer"),
            (window.save_action, window.undo_action, window.redo_action),
        ),
        (
            translate("Designer", "Files"),
            (
                window.try_action,
                window.paper_action,
                window.import_action,
                window.export_action,
                window.close_action,
            ),
        ),
    ):
        toolbar = window.addToolBar(name)
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in actions:
            toolbar.addAction(action)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and action in (window.paper_action, window.import_action, window.export_action):
                what = action.text().rstrip("…")
                action.setToolTip(
                    translate("Designer", "{action} ({keys})").format(action=what, keys=keys)
                )
        window.toolbars.append(toolbar)
    # Ctrl+Up / Ctrl+Down in the list itself: see QuestionTreeView.
    window.move_up_action = QAction(
        translate("Designer", "Move up"), window, shortcut=QKeySequence("Alt+Up")
    )
    window.move_up_action.triggered.connect(lambda: window.move_selected(-1))
    window.move_down_action = QAction(
        translate("Designer", "Move down"), window, shortcut=QKeySequence("Alt+Down")
    )
    window.move_down_action.triggered.connect(lambda: window.move_selected(1))
    window.duplicate_action = QAction(
        translate("Designer", "Duplicate"), window, shortcut=QKeySequence("Ctrl+D")
    )
    window.duplicate_action.triggered.connect(window.duplicate_selected)
    window.delete_action = QAction(
        translate("Designer", "Delete"), window, shortcut=QKeySequence.StandardKey.Delete
    )
    window.delete_action.triggered.connect(window.delete_selected)
    for action in (
        window.move_up_action,
        window.move_down_action,
        window.duplicate_action,
        window.delete_action,
    ):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.tree.addAction(action)


# The most letters an Undo or Redo button shows of what it would undo.
UNDO_LETTERS = 36


class _ShortText(QObject):
    """Shortens the text Qt just gave an Undo or Redo action; the whole of it is the tooltip.
    A child of the action, so that the connection ends when the window goes."""

    def __init__(self, action: QAction) -> None:
        super().__init__(action)
        self.action = action

    def shorten(self, _text: str = "") -> None:
        if not isValid(self.action):  # the window is closing: its undo history is cleared
            return
        text = self.action.text()
        self.action.setToolTip(text)
        if len(text) > UNDO_LETTERS:
            self.action.setText(text[: UNDO_LETTERS - 1].rstrip() + "…")


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
    window.add_button = MenuButton(translate("Designer", "&Add a question"))
    # Ctrl+Shift+N from anywhere in the designer opens the list of kinds of question (Alt+A
    # too); the keyboard then goes to the new question's text.
    window.add_button.setToolTip(translate("Designer", "Add a question (Ctrl+Shift+N)"))
    add_shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), window)
    add_shortcut.activated.connect(window.add_button.showMenu)
    add_menu = QMenu(window.add_button)
    for kind in ADDABLE:
        add_menu.addAction(designer_words(TYPE_WORDS[kind]), lambda k=kind: window.add_question(k))
    add_menu.addSeparator()
    add_menu.addAction(
        translate("Designer", "A section (a group of questions)"), window.add_section
    )
    add_menu.addAction(
        translate("Designer", "A repeated section (asked for each one: each drug, each service)"),
        window.add_repeat,
    )
    add_menu.addAction(translate("Designer", "A grid (statements on one scale)"), window.add_grid)
    window.add_button.setMenu(add_menu)
    window.settings_button = QPushButton(translate("Designer", "Title and languages"))
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
    right.addWidget(_titled(translate("Designer", "What the interviewer will see"), window.preview))
    # The checks scroll, heading and all, when a short screen leaves them little room.
    right.addWidget(scrolling(_titled(translate("Designer", "Checks before use"), window.checks)))
    # The preview gets most of the height: its options were scrolled out of sight at
    # 1366x768, above a "No problems found." given a third of the pane.
    right.setSizes([540, 160])
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(window.editor_scroll)
    splitter.addWidget(right)
    # The editor gets the most (its boxes scroll sideways first), the list enough to read.
    splitter.setSizes(list(PANE_SHARES))
    splitter.setChildrenCollapsible(False)
    return splitter


class WrappedHeading(QLabel):
    """A heading that wraps so that its pane can narrow on a small screen, and keeps the
    height of all its lines: a splitter does not ask a label how tall it is at its width,
    and at 150% "Checks before use" was drawn over "No problems found."."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setMinimumHeight(self.heightForWidth(self.width()))


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    heading = WrappedHeading(title)
    heading.setObjectName("heading")
    layout.addWidget(heading)
    layout.addWidget(widget, 1)
    return box


class CurrentPageStack(QStackedWidget):
    """A stack as wide as the page it shows, not as its widest page: the settings page's
    buttons must not make the question page scroll sideways."""

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


def wrap_toolbars(window: DesignerWindow) -> None:
    """The second toolbar goes under the first when the two do not fit side by side."""
    first, second = window.toolbars
    wanted = first.sizeHint().width() + second.sizeHint().width()
    wrapped = window.toolBarBreak(second)
    if wanted > window.width() and not wrapped:
        window.insertToolBarBreak(second)
    elif wanted <= window.width() and wrapped:
        window.removeToolBarBreak(second)


def share_width(window: DesignerWindow) -> None:
    """Narrow the question list and the preview (down to their smallest) before the
    editor gets so narrow that it scrolls sideways: its labels were cut at 150%."""
    sizes = window.panes.sizes()
    if not window.panes.isVisible() or len(sizes) != 3 or not all(sizes):
        return
    if not window.panes_shared:  # the first time it shows: the shares build_layout asked
        window.panes_shared = True
        total = sum(sizes)
        sizes = [total * share // sum(PANE_SHARES) for share in PANE_SHARES]
        sizes[1] += total - sum(sizes)
        window.panes.setSizes(sizes)
        sizes = window.panes.sizes()
    scroll = window.editor_scroll
    need = (
        window.editors.minimumSizeHint().width()
        + scroll.verticalScrollBar().sizeHint().width()
        + 2 * scroll.frameWidth()
    )
    short = need - sizes[1]
    if short <= 0:
        return
    lowest = [window.panes.widget(i).minimumSizeHint().width() for i in (0, 2)]
    spare = [max(sizes[0] - lowest[0], 0), max(sizes[2] - lowest[1], 0)]
    taken = [min(spare[0], short // 2 + short % 2), min(spare[1], short // 2)]
    # What one side cannot give the other gives, if it can.
    taken[0] += min(spare[0] - taken[0], short - sum(taken))
    taken[1] += min(spare[1] - taken[1], short - sum(taken))
    window.panes.setSizes([sizes[0] - taken[0], sizes[1] + sum(taken), sizes[2] - taken[1]])
