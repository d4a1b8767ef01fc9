"""The table of questionnaires on the main window."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from duodesk.storage.questionnaires import QuestionnaireSummary


class Column(enum.IntEnum):
    TITLE = 0
    FORM_ID = 1
    VERSIONS = 2
    COMPLETE = 3
    UNFINISHED = 4


HEADERS = {
    Column.TITLE: "Questionnaire",
    Column.FORM_ID: "Short name",
    Column.VERSIONS: "Versions",
    Column.COMPLETE: "Complete interviews",
    Column.UNFINISHED: "Unfinished interviews",
}

AnyIndex = QModelIndex | QPersistentModelIndex


class QuestionnaireTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[QuestionnaireSummary, ...] = ()

    def set_rows(self, rows: Sequence[QuestionnaireSummary]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> QuestionnaireSummary:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.TITLE: row.title,
                Column.FORM_ID: row.form_id,
                Column.VERSIONS: row.versions,
                Column.COMPLETE: row.complete,
                Column.UNFINISHED: row.drafts,
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Column.VERSIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            return HEADERS[Column(section)]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None
