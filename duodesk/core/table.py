"""A table read from a user's file: its header and a bounded stream of rows (see :class:`Table`),
whatever the file (a workbook's sheet or a CSV file)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils import get_column_letter

from duodesk.core.input_files import (
    DEFAULT_LIMITS,
    InputFileError,
    Limits,
    Row,
    RowStream,
    UncalculatedFormula,
)
from duodesk.i18n import translate


@dataclass
class Table:
    """A header and a stream of data rows from one sheet of a workbook or from a CSV file.

    The header is the first non-empty row, trailing empty cells dropped. The first `rows()` call
    continues reading the file the header came from; later calls reopen it. The file is closed
    when an iteration ends or is abandoned, or by `close()` if rows() is never called.
    """

    path: Path
    sheet: str | None  # None for CSV
    header: tuple[str, ...]
    _reopen: Callable[[int], RowStream] = field(repr=False, compare=False)
    _header_row: int = field(default=1, repr=False, compare=False)
    _limits: Limits = field(default=DEFAULT_LIMITS, repr=False, compare=False)
    _pending: RowStream | None = field(default=None, repr=False, compare=False)

    def rows(self) -> Iterator[Row]:
        """Yield (row number as the user sees it, values) for each non-empty row after the header.

        Values are padded with None (xlsx) or '' (CSV) to len(header). In a workbook, cells to
        the right of the header are ignored (side notes are common in forms); in a CSV a
        non-empty extra field means a broken row and is refused. xlsx values are native
        (str, int, float, bool, datetime, date, time, timedelta, None); CSV values are str.
        Raises InputFileError naming the row (and column) for a cell longer than max_cell_chars,
        a formula whose result the workbook does not hold (it would read as empty), more than
        max_rows data rows, or damage found further down the file.
        """
        width, limits, is_csv = len(self.header), self._limits, self.sheet is None
        stream, self._pending = self._pending or self._reopen(width), None
        count = 0
        try:
            for number, values in stream:
                cells = values if is_csv else values[:width]
                if number <= self._header_row or _is_empty(cells):
                    continue
                count += 1
                if limits.max_rows is not None and count > limits.max_rows:
                    raise self._error(
                        translate(
                            "Core",
                            "there are more than {max_rows:,} rows of data, more than "
                            "DuoDesk reads "
                            "from this kind of file.",
                        ).format(max_rows=limits.max_rows),
                        number,
                    )
                for index, value in enumerate(cells):
                    if index >= width and _filled(value):
                        raise self._error(
                            translate(
                                "Core",
                                "this row has more values than the header has columns ({width}); "
                                "a value may contain an unquoted separator.",
                            ).format(width=width),
                            number,
                            index,
                        )
                    if isinstance(value, str) and len(value) > limits.max_cell_chars:
                        raise self._error(too_long(limits), number, index)
                    if isinstance(value, UncalculatedFormula):
                        raise self._error(value.reason(), number, index)
                yield (
                    number,
                    tuple(cells[:width]) + ("" if is_csv else None,) * (width - len(cells)),
                )
        finally:
            stream.close()

    def close(self) -> None:
        """Release the file kept open for the first rows() call. Optional; idempotent."""
        if self._pending is not None:
            self._pending.close()
            self._pending = None

    def _error(self, reason: str, row: int, index: int | None = None) -> InputFileError:
        column = None
        if index is not None:
            named = index < len(self.header) and self.header[index]
            column = named or get_column_letter(min(index + 1, 18_278))
        return InputFileError(reason, path=self.path, sheet=self.sheet, row=row, column=column)


def _filled(value: object) -> bool:
    return value is not None and value != ""


def _is_empty(values: tuple[object, ...]) -> bool:
    # tuple.count runs in C: a hostile sheet can have 16,384 empty cells in every row.
    return values.count(None) + values.count("") == len(values)


def too_long(limits: Limits) -> str:
    return translate(
        "Files", "a cell holds more than {count:,} characters, the most DuoDesk reads."
    ).format(count=limits.max_cell_chars)


def read_header(
    path: Path, sheet: str | None, stream: RowStream, limits: Limits
) -> tuple[int, tuple[str, ...]]:
    """(row number, cells) of the first non-empty row; `stream` is left just after it."""
    try:
        for number, values in stream:
            if _is_empty(values):
                continue
            for index, value in enumerate(values):
                if isinstance(value, UncalculatedFormula):
                    column = get_column_letter(index + 1)
                    raise InputFileError(
                        value.reason(), path=path, sheet=sheet, row=number, column=column
                    )
            cells = ["" if v is None else str(v).strip() for v in values]
            if not any(cells):
                continue
            while not cells[-1]:
                cells.pop()
            if len(cells) > limits.max_columns:
                reason = translate(
                    "Files", "the header row has more than {count:,} columns."
                ).format(count=limits.max_columns)
                raise InputFileError(reason, path=path, sheet=sheet, row=number)
            if any(len(c) > limits.max_cell_chars for c in cells):
                raise InputFileError(too_long(limits), path=path, sheet=sheet, row=number)
            return number, tuple(cells)
        where = "this file" if sheet is None else "the sheet"
        raise InputFileError(
            translate("Core", "{where} is empty.").format(where=where), path=path, sheet=sheet
        )
    except BaseException:
        stream.close()
        raise
