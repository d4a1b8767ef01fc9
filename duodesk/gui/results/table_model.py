"""The one table model every Results table uses, and copying a table as tab-separated text.

Each table of the Results screen is a list of rows of values (text or numbers) under headers
that say what every number is, especially what each percentage is a percentage of. The
specific tables (:mod:`duodesk.gui.results.tables`) only decide the headers and the rows.

A table whose rows grow with the number of interviews (written answers, a crosstab of written
answers) hands its rows to the view a step at a time (Qt's ``canFetchMore``/``fetchMore``), so
that a view showing 200,000 answers only ever lays out the rows scrolled to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from duodesk.analysis.tables import rounded_text
from duodesk.core.spreadsheet import csv_safe
from duodesk.gui.results.numbers import shown_number

Value = str | int | float | Decimal | None

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TableRow:
    """One row: its cells, and whether it is a summary row (shown in bold, e.g. "Total")."""

    cells: tuple[Value, ...]
    emphasis: bool = False
    tooltip: str = ""


def format_value(value: Value, decimals: int = 1) -> str:
    """How a cell reads: whole numbers as they are, others with ``decimals`` places, None as
    an empty cell (a percentage that does not apply, such as the valid percent of "No
    answer")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("ResultsTables", "Yes")
        return QCoreApplication.translate("ResultsTables", "No")
    if isinstance(value, int):
        return str(value)  # no thousands separator: a pasted table must stay numbers
    if isinstance(value, float):
        if value != value:  # NaN: nothing to show
            return ""
        return rounded_text(value, decimals)
    if isinstance(value, Decimal):
        return rounded_text(value, decimals) if value.is_finite() else ""
    return str(value)


FETCH_STEP = 500
"""How many more rows a table that fetches its rows step by step hands its view at a time."""


class ResultsTableModel(QAbstractTableModel):
    """Read-only rows under headers; numbers are right-aligned and shown with ``decimals``.

    With ``fetch_step``, the view is told of the rows ``fetch_step`` at a time, as it scrolls
    to them (``rowCount()`` is the number handed over so far); :attr:`total_rows` and
    :meth:`text_at` still reach every row, so copying the table copies all of it."""

    def __init__(self, parent=None, *, decimals: int = 1, fetch_step: int | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._rows: Sequence[TableRow] = ()
        self._decimals = decimals
        self._fetch_step = fetch_step
        self._fetched = 0

    def set_table(self, headers: Sequence[str], rows: Sequence[TableRow]) -> None:
        width = len(headers)
        for row in rows:
            if len(row.cells) != width:
                raise ValueError(f"a row has {len(row.cells)} cells for {width} columns")
        self.show_rows(headers, tuple(rows))

    def show_rows(self, headers: Sequence[str], rows: Sequence[TableRow]) -> None:
        """Show ``rows`` as they are, unchecked and uncopied: for a long table whose rows are
        made as they are asked for (see :class:`duodesk.gui.results.tables.OpenTextModel`)."""
        self.beginResetModel()
        self._headers = tuple(headers)
        self._rows = rows
        self._fetched = len(self._rows)
        if self._fetch_step is not None:
            self._fetched = min(self._fetched, self._fetch_step)
        self.endResetModel()

    def clear(self) -> None:
        self.set_table((), ())

    @property
    def headers(self) -> tuple[str, ...]:
        return self._headers

    @property
    def fetches_in_steps(self) -> bool:
        return self._fetch_step is not None

    @property
    def total_rows(self) -> int:
        """Every row of the table, including those not yet handed to the view."""
        return len(self._rows)

    def text_at(self, row: int, column: int) -> str:
        return format_value(self._rows[row].cells[column], self._decimals)

    # -- Qt overrides --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._fetched

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetched < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        more = min(self._fetch_step or len(self._rows), len(self._rows) - self._fetched)
        self.beginInsertRows(QModelIndex(), self._fetched, self._fetched + more - 1)
        self._fetched += more
        self.endInsertRows()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._fetched:
            return None
        row = self._rows[index.row()]
        value = row.cells[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = format_value(value, self._decimals)
            # Shown with the language's decimal comma; text_at (copying) keeps the point.
            return shown_number(text) if isinstance(value, float | Decimal) else text
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.emphasis:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.tooltip:
            return row.tooltip
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._headers):
                return self._headers[section]
            return None
        return str(section + 1) if 0 <= section < self._fetched else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _clean(text: str) -> str:
    # A tab or line break inside a cell would split it when pasted into a document; text a
    # spreadsheet would run as a formula (a written answer or a site starting with "=", "+",
    # "-", "@") is neutralised as in the CSV file.
    return csv_safe(" ".join(text.replace("\t", " ").split()))


def table_as_tsv(model: ResultsTableModel, *, title: str = "", notes: Sequence[str] = ()) -> str:
    """The table as tab-separated lines (header first), as a document or spreadsheet pastes
    it; ``title`` goes on a line before the table and each of ``notes`` on a line after."""
    lines = [_clean(title)] if title else []
    lines.append("\t".join(_clean(h) for h in model.headers))
    for row in range(model.total_rows):
        lines.append(
            "\t".join(_clean(model.text_at(row, col)) for col in range(model.columnCount()))
        )
    lines.extend(_clean(note) for note in notes if note)
    return "\n".join(lines) + "\n"
