"""The list of questions on the left of the designer: a tree (sections hold questions), with
drag and drop and the keyboard (Ctrl+Up / Ctrl+Down) to reorder.

The model never changes the questionnaire itself: a drop asks the designer for a move
(``move_requested``), which becomes an undoable edit, and the model is then reset from the
new questionnaire.
"""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from duodesk.core.form_edits import Path, children_at, item_at
from duodesk.core.questionnaire import Group, Question, Questionnaire, QuestionType, Repeat, text_in
from duodesk.gui.designer.fields import SHORT_TYPE_WORDS, designer_words
from duodesk.gui.direction import own_direction_on_its_line

MIME_TYPE = "application/x-duodesk-question-path"
AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _visible_children(item: Question | Group) -> tuple:
    """A grid's statements are edited in the grid editor, not listed."""
    if isinstance(item, Group) and not item.is_grid:
        return item.children
    return ()


class QuestionTreeModel(QAbstractItemModel):
    move_requested = Signal(tuple, tuple, int)  # path, new parent path, index

    COLUMNS = (QT_TRANSLATE_NOOP("Designer", "Question"), QT_TRANSLATE_NOOP("Designer", "Kind"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.questionnaire: Questionnaire | None = None
        self.language = ""
        self._parents: list[Path] = [()]
        self._parent_ids: dict[Path, int] = {(): 0}
        self._numbers: dict[Path, int] = {}

    def set_questionnaire(self, questionnaire: Questionnaire, language: str) -> None:
        self.beginResetModel()
        self.questionnaire = questionnaire
        self.language = language
        self._parents = [()]
        self._parent_ids = {(): 0}
        self._numbers = {}
        number = 0

        def visit(items: tuple, parent: Path) -> None:
            nonlocal number
            for index, item in enumerate(items):
                path = (*parent, index)
                if isinstance(item, Group):
                    if item.is_grid:
                        number += 1
                        self._numbers[path] = number
                    self._parent_ids[path] = len(self._parents)
                    self._parents.append(path)
                    visit(_visible_children(item), path)
                elif item.type.takes_answer:
                    number += 1
                    self._numbers[path] = number

        visit(questionnaire.children, ())
        self.endResetModel()

    # -- paths and indexes ---------------------------------------------------------------------

    def path_of(self, index: AnyIndex) -> Path:
        if not index.isValid():
            return ()
        return (*self._parents[index.internalId()], index.row())

    def index_of(self, path: Path) -> QModelIndex:
        if not path or path[:-1] not in self._parent_ids:
            return QModelIndex()
        return self.createIndex(path[-1], 0, self._parent_ids[path[:-1]])

    def _children(self, parent: Path) -> tuple:
        if self.questionnaire is None:
            return ()
        if not parent:
            return self.questionnaire.children
        return _visible_children(item_at(self.questionnaire, parent))

    # -- the model -----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        path = self.path_of(parent)
        if path not in self._parent_ids or not 0 <= row < len(self._children(path)):
            return QModelIndex()
        if column not in (0, 1):
            return QModelIndex()
        return self.createIndex(row, column, self._parent_ids[path])

    def parent(self, index: AnyIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._parents[index.internalId()]
        return self.index_of(parent) if parent else QModelIndex()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        path = self.path_of(parent)
        return len(self._children(path)) if path in self._parent_ids else 0

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return designer_words(self.COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.questionnaire is None:
            return None
        path = self.path_of(index)
        item = item_at(self.questionnaire, path)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 1:
                return _kind(item)
            label = text_in(item.label, self.language) or f"({item.name})"
            label = " ".join(label.split())
            if role == Qt.ItemDataRole.DisplayRole:
                # An English question on an Arabic screen keeps its own direction ("1. Where
                # ...?", not "?place" on a line of its own), as in the interview window.
                label = own_direction_on_its_line(label)
            number = self._numbers.get(path)
            return f"{number}. {label}" if number else label
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.name
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = base | Qt.ItemFlag.ItemIsDragEnabled
        item = item_at(self.questionnaire, self.path_of(index)) if self.questionnaire else None
        if isinstance(item, Group) and not item.is_grid:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # -- drag and drop -------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        paths = sorted({self.path_of(i) for i in indexes if i.isValid()})
        data.setData(MIME_TYPE, QByteArray(json.dumps([list(p) for p in paths[:1]]).encode()))
        return data

    def dropMimeData(self, data, action, row: int, column: int, parent: AnyIndex) -> bool:
        """Ask for the move; returning False stops the view removing the dragged row itself
        (the move happens as an edit, and the model is reset after it)."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        try:
            paths = [tuple(p) for p in json.loads(bytes(data.data(MIME_TYPE)).decode())]
        except (ValueError, TypeError):
            return False
        target = self.path_of(parent)
        if not paths or target not in self._parent_ids:
            return False
        source = paths[0]
        if target[: len(source)] == source:
            return False  # into itself
        if row < 0:
            row = len(children_at(self.questionnaire, target)) if self.questionnaire else 0
        self.move_requested.emit(source, target, row)
        return False


def _kind(item: Question | Group) -> str:
    if isinstance(item, Group):
        if isinstance(item, Repeat):
            return QCoreApplication.translate("Designer", "Repeated section")
        if item.is_grid:
            return QCoreApplication.translate("Designer", "Grid")
        return QCoreApplication.translate("Designer", "Section")
    if item.type in SHORT_TYPE_WORDS:
        return designer_words(SHORT_TYPE_WORDS[item.type])
    if item.type is QuestionType.CALCULATE:
        return QCoreApplication.translate("Designer", "Worked out")
    return QCoreApplication.translate("Designer", "Filled in by the program")


class QuestionTreeView(QTreeView):
    """Ctrl+Up / Ctrl+Down ask for the current item to move (``step_requested``)."""

    step_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in steps:
            self.step_requested.emit(steps[Qt.Key(event.key())])
            event.accept()
            return
        super().keyPressEvent(event)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Questions"))
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        # Rows take the height of their wrapped text at the width the list has now: without
        # that, long questions were cut with "…" on a laptop at 125%.
        self.setItemDelegate(_WrappingDelegate(self))
        self.header().sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())

    # Below this width (a laptop at 150%) the kind of answer, also shown in the editor, gives
    # its column to the questions, which otherwise wrapped onto three lines each.
    NARROW = 300

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.model() is not None and self.model().columnCount() > 1:
            self.setColumnHidden(1, self.viewport().width() < self.NARROW)


class _WrappingDelegate(QStyledItemDelegate):
    """Asks for the height of the text wrapped at its column's width. Qt's own delegate
    measures a tree's items on one line, so word wrap alone leaves long texts elided."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex):  # type: ignore[override]
        width = self._view.columnWidth(index.column())
        if index.column() == 0:
            width -= self._view.indentation() * (_depth(index) + 1)
        if width <= 0:
            return super().sizeHint(option, index)
        wrapped = QStyleOptionViewItem(option)
        wrapped.rect.setWidth(width)
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        self.initStyleOption(wrapped, index)
        wrapped.rect.setWidth(width)
        hint = super().sizeHint(wrapped, index)
        style = self._view.style()
        margin = style.pixelMetric(style.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1
        text_width = max(width - 2 * margin, 20)
        lines = wrapped.fontMetrics.boundingRect(
            0, 0, text_width, 10_000, int(Qt.TextFlag.TextWordWrap), wrapped.text
        )
        # At most three lines: a long note read out is cut after them (with "…").
        most = 3 * wrapped.fontMetrics.lineSpacing()
        hint.setHeight(max(hint.height(), min(lines.height(), most) + 4))
        return hint


def _depth(index: QModelIndex) -> int:
    depth, parent = 0, index.parent()
    while parent.isValid():
        depth, parent = depth + 1, parent.parent()
    return depth
