"""The list of questions (and grids of statements) on the left of the Results screen."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from duodesk.gui.direction import own_direction_on_its_line
from duodesk.gui.results.operations import QuestionEntry

KIND_WORDS = {
    "select_one": QT_TRANSLATE_NOOP("QuestionList", "one answer"),
    "select_multiple": QT_TRANSLATE_NOOP("QuestionList", "several answers"),
    "integer": QT_TRANSLATE_NOOP("QuestionList", "number"),
    "decimal": QT_TRANSLATE_NOOP("QuestionList", "number"),
    "range": QT_TRANSLATE_NOOP("QuestionList", "number"),
    "text": QT_TRANSLATE_NOOP("QuestionList", "written answer"),
    "date": QT_TRANSLATE_NOOP("QuestionList", "date"),
    "grid": QT_TRANSLATE_NOOP("QuestionList", "grid of statements"),
}


def kind_of(entry: QuestionEntry) -> str:
    return QCoreApplication.translate("QuestionList", KIND_WORDS.get(entry.type, entry.type))


class QuestionList(QWidget):
    """Emits ``chosen`` with the :class:`QuestionEntry` the user moves to."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Q&uestions"))
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Find a question…"))
        self.find.setAccessibleName(self.tr("Find a question"))
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Questions"))
        self.list.setToolTip(self.tr("Choose a question with ↑ and ↓ (Ctrl+L comes back here)"))
        self.find.setToolTip(
            self.tr("Type words of a question, then ↓ to go to the matches (Ctrl+F)")
        )
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(self._moved)
        heading.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.find)
        layout.addWidget(self.list, 1)
        self.find.returnPressed.connect(self.go_to_list)
        self.find.installEventFilter(self)  # ↓ from the search box goes into the matches

    def go_to_list(self) -> None:
        """Put the keyboard in the list, on a question in sight (the first match when the
        one chosen before is hidden by the search), so that ↑ and ↓ choose at once."""
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self._choose_first_shown()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.find
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
        ):
            self.go_to_list()
            return True
        return super().eventFilter(watched, event)

    def _choose_first_shown(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.isHidden():
                self.list.setCurrentItem(item)
                return

    def set_entries(self, entries: tuple[QuestionEntry, ...]) -> None:
        self.list.clear()
        for number, entry in enumerate(entries, start=1):
            prefix = self.tr("Grid: ") if entry.is_grid else ""
            item = QListWidgetItem(
                f"{prefix}{own_direction_on_its_line(entry.label)}\n    {kind_of(entry)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, entry)
            item.setToolTip(f"{entry.label}\n({entry.name}, {kind_of(entry)})")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{number}. {prefix}{entry.label}")
            self.list.addItem(item)

    def entries(self) -> list[QuestionEntry]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
        ]

    def current(self) -> QuestionEntry | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def choose(self, name: str) -> bool:
        """Move to the question (or grid) called ``name``; False if it is not listed."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole).name == name:
                item.setHidden(False)
                self.list.setCurrentItem(item)
                return True
        return False

    def _moved(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            entry: QuestionEntry = item.data(Qt.ItemDataRole.UserRole)
            haystack = f"{entry.label} {entry.name}".lower()
            item.setHidden(not all(word in haystack for word in words))
        current = self.list.currentItem()
        if current is not None and current.isHidden():
            # The question shown was hidden by the search: the first match is shown instead
            # (the keys in the list moved from the hidden one and chose nothing).
            self._choose_first_shown()
