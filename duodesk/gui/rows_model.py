"""The table model behind DuoDesk's lists: frozen rows, one per line, under the columns of an
``IntEnum``. Each list says only what its cells show (``data``) and its headings."""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
)
from PySide6.QtWidgets import QAbstractItemView

AnyIndex = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    columns: type[enum.IntEnum]  # each list names its columns

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: Sequence = ()

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row]

    def row_of(self, index: AnyIndex):
        """The row behind ``index``; None for an index outside the list."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)


def select_row(view: QAbstractItemView, row: int) -> None:
    """Choose ``row`` of ``view`` and make it current, as ``QTableView.selectRow`` does: that
    one chooses nothing when the screens run right to left (Arabic), so the lists use this."""
    index = view.model().index(row, 0)
    if not index.isValid():
        return
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    flags |= QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(index, flags)
