"""Possible duplicates across sites: the coordinator looks at each pair and decides.

A pair is two interviews entered on different laptops whose participant codes match, or differ
in one element. The decision (keep both, the same person, not the same person) is stored and
travels to the other laptops with the next transfer file.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from duodesk.gui import team_operations as ops
from duodesk.gui.failures import show_failure
from duodesk.gui.rows_model import AnyIndex, RowsModel, select_row
from duodesk.storage.cross_site import DECISION_WORDS, CrossSiteDuplicate

if TYPE_CHECKING:
    from duodesk.gui.main_window import MainWindow


class Column(enum.IntEnum):
    FIRST = 0
    SECOND = 1
    MATCH = 2
    DECISION = 3


HEADERS = {
    Column.FIRST: QT_TRANSLATE_NOOP("DuplicatesDialog", "One interview"),
    Column.SECOND: QT_TRANSLATE_NOOP("DuplicatesDialog", "The other interview"),
    Column.MATCH: QT_TRANSLATE_NOOP("DuplicatesDialog", "Participant code"),
    Column.DECISION: QT_TRANSLATE_NOOP("DuplicatesDialog", "Decision"),
}
#: What the screen calls each decision (the project keeps the decision's name, the key).
DECISIONS = {
    "keep_both": QT_TRANSLATE_NOOP("DuplicatesDialog", "Keep both"),
    "same_person": QT_TRANSLATE_NOOP("DuplicatesDialog", "The same person"),
    "not_same": QT_TRANSLATE_NOOP("DuplicatesDialog", "Not the same person"),
}
NOT_REVIEWED = QT_TRANSLATE_NOOP("DuplicatesDialog", "Not reviewed yet")
translate = QCoreApplication.translate


def _side(side) -> str:
    parts = [
        side.interview_date or translate("DuplicatesDialog", "no date"),
        side.site or translate("DuplicatesDialog", "no site"),
    ]
    if side.interviewer:
        parts.append(side.interviewer)
    return ", ".join(parts)


class DuplicatesModel(RowsModel):
    """Possible duplicates across sites (rows: CrossSiteDuplicate)."""

    columns = Column

    def row_at(self, row: int) -> CrossSiteDuplicate:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        pair: CrossSiteDuplicate | None = self.row_of(index)
        if pair is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = Column(index.column())
        if column is Column.FIRST:
            return _side(pair.first)
        if column is Column.SECOND:
            return _side(pair.second)
        if column is Column.MATCH:
            if pair.exact:
                return translate("DuplicatesDialog", "The same")
            return translate("DuplicatesDialog", "One part different")
        return translate("DuplicatesDialog", DECISIONS.get(pair.decision or "", NOT_REVIEWED))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("DuplicatesDialog", HEADERS[Column(section)])
        return None


class DuplicatesDialog(QDialog):
    loaded = Signal()  # after every (re)load of the list (tests wait for it)

    def __init__(self, window: MainWindow, form_id: str) -> None:
        super().__init__(window)
        self.window_ = window
        self.form_id = form_id
        self.setWindowTitle(self.tr("Possible duplicates across sites"))
        self.resize(1000, 560)
        heading = QLabel(self.tr("Possible duplicates across sites"))
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "These interviews were entered on different laptops, and the participant codes "
                "are the same or differ in one part. It may be one person interviewed twice. "
                "Choose a pair and say what you think; the decision goes to the other laptops "
                "with the next transfer file. Nothing is deleted."
            )
        )
        intro.setWordWrap(True)
        self.model = DuplicatesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Pairs of interviews that may be the same person"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.empty = QLabel(self.tr("No possible duplicates across sites. Nothing to review."))
        self.empty.setObjectName("empty")
        self.empty.hide()

        buttons = QHBoxLayout()
        self.decision_buttons: dict[str, QPushButton] = {}
        for decision in DECISION_WORDS:
            button = QPushButton(translate("DuplicatesDialog", DECISIONS[decision]))
            button.clicked.connect(lambda _=False, d=decision: self.decide(d))
            buttons.addWidget(button)
            self.decision_buttons[decision] = button
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self._update()
        self.reload()

    def reload(self) -> None:
        database, form_id = self.window_.database, self.form_id
        self.window_.tasks.run(
            lambda: ops.load_duplicates(database, form_id), self._show, self._failed
        )

    def _show(self, rows: tuple[CrossSiteDuplicate, ...]) -> None:
        chosen = self.selected_row()
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if rows:
            select_row(self.table, min(chosen if chosen is not None else 0, len(rows) - 1))
        self._update()
        self.loaded.emit()

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update(self) -> None:
        chosen = self.selected_row() is not None
        for button in self.decision_buttons.values():
            button.setEnabled(chosen)

    def decide(self, decision: str) -> None:
        row = self.selected_row()
        if row is None:
            return
        pair, database = self.model.row_at(row), self.window_.database
        self.window_.tasks.run(
            lambda: ops.decide_duplicate(database, pair, decision),
            lambda _: self.reload(),
            self._failed,
        )

    def _failed(self, error: Exception) -> None:
        show_failure(self, error, self.tr("show the possible duplicates"))


def open_duplicates(window: MainWindow, form_id: str) -> DuplicatesDialog:
    return window.child_windows.open(DuplicatesDialog(window, form_id))
