"""Writing text into spreadsheet cells so that it stays text.

A spreadsheet program runs a cell that starts with ``=`` (and, when pasted or opened from CSV,
``+``, ``-``, ``@``, tab or carriage return) as a formula: an answer typed at an interview must
never become one. openpyxl also turns any ``str`` starting with ``=`` into a formula cell unless
the cell's type is forced back to text, which is what these helpers do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

EXCEL_CELL_LIMIT = 32_767
CUT_MARKER = " [cut]"

# Control characters are not allowed in XML 1.0 (openpyxl raises on them) and mean nothing in a
# cell; tab, line feed and carriage return are kept inside the text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "{")


def clean_text(value: str, limit: int = EXCEL_CELL_LIMIT) -> str:
    """``value`` without control characters, cut to ``limit`` characters with a visible marker."""
    value = _CONTROL.sub("", value)
    if len(value) > limit:
        value = value[: limit - len(CUT_MARKER)] + CUT_MARKER
    return value


def csv_safe(value: str) -> str:
    """Text for a CSV cell: cleaned, and prefixed with an apostrophe when a spreadsheet would
    read it as a formula (the OWASP advice for CSV injection)."""
    value = clean_text(value)
    if value.startswith(FORMULA_STARTS) and not _is_plain_number(value):
        return "'" + value
    return value


def from_csv_cell(value: object) -> object:
    """The text :func:`csv_safe` wrote, read back: its apostrophe before a formula character
    taken off again (so DuoDesk reads its own CSV files as they were written)."""
    if (
        isinstance(value, str)
        and value.startswith("'")
        and value[1:].startswith(FORMULA_STARTS)
        and not _is_plain_number(value[1:])
    ):
        return value[1:]
    return value


def _is_plain_number(value: str) -> bool:
    """Negative numbers such as "-4" or "-1.5" are data, not formulas."""
    try:
        float(value)
    except ValueError:
        return False
    return True


def write_text_row(sheet, row: int, values: Iterable[object]) -> None:
    """Write ``values`` into ``row`` of an ordinary (not write-only) worksheet; strings are
    cleaned and always stored as text cells."""
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column)
        if isinstance(value, str):
            if value:
                cell.value = clean_text(value)
                cell.data_type = "s"  # openpyxl made it a formula if it starts with "="
        else:
            cell.value = value


def write_only_text(sheet, value: str) -> object:
    """``value`` ready for ``append()`` on a write-only worksheet: cleaned, and kept as text.

    Plain strings are returned as they are (the fast path); a string openpyxl would store as a
    formula (one starting with ``=``) comes back as a text cell instead.
    """
    value = clean_text(value)
    if value.startswith("="):
        from openpyxl.cell import WriteOnlyCell  # here: an import per cell costs a tenth

        cell = WriteOnlyCell(sheet, value)
        cell.data_type = "s"
        return cell
    return value
