"""What reading a user's file can end in: an :class:`InputFileError` that names the file, sheet,
row and column, and the :class:`Limits` where reading stops. Shared by every reader of
:mod:`duodesk.core.tabular`."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path

from duodesk.i18n import translate

Row = tuple[int, tuple[object, ...]]
RowStream = Generator[Row, None, None]


class InputFileError(Exception):
    """A user-facing problem with a file.

    str(err) is a plain-English sentence naming the file (base name), and the sheet / row /
    column when known, e.g. 'hep_c.xlsx, sheet "survey", row 12, column "relevant": ...'.
    `reason` is the part after the colon; `path`, `sheet`, `row` (1-based, as the user sees it)
    and `column` (header name, else the column letter) are None when not known.
    """

    def __init__(
        self,
        message: str,
        *,
        path: Path | str | None = None,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.reason = message
        self.path = Path(path) if path is not None else None
        self.sheet, self.row, self.column = sheet, row, column
        where = [self.path.name] if self.path is not None else []
        if sheet is not None:
            where.append(translate("Files", 'sheet "{sheet}"').format(sheet=sheet))
        if row is not None:
            where.append(translate("Files", "row {row}").format(row=row))
        if column is not None:
            where.append(translate("Files", 'column "{column}"').format(column=column))
        super().__init__(f"{', '.join(where)}: {message}" if where else message)


@dataclass(frozen=True)
class UncalculatedFormula:
    """What a workbook's reader gives for a cell holding a formula whose result the file does
    not hold (see :func:`~duodesk.core.xlsx_archive.formulas_without_values`), in place of the
    empty value openpyxl reads: the table refuses it, naming the cell (:meth:`reason`)."""

    formula: str  # without its "="; empty for a cell sharing another cell's formula

    def reason(self) -> str:
        shown = " ".join(self.formula.split())
        if not shown:
            return translate(
                "Files",
                "this cell holds a formula but not its result: no spreadsheet program has "
                "calculated it. Open the file in Excel or LibreOffice, save it there, and try "
                "again.",
            )
        shown = shown if len(shown) <= 40 else shown[:37] + "..."
        return translate(
            "Files",
            "this cell holds a formula (={formula}) but not its result: no spreadsheet "
            "program has calculated it. Open the file in Excel or LibreOffice, save it there, "
            "and try again.",
        ).format(formula=shown)


@dataclass(frozen=True)
class Limits:
    """Where reading stops and the file is refused.

    The defaults pass anything a spreadsheet program saves for survey data and stop hostile
    files early. 512 MiB on disk is far beyond any peer-research export (thousands of interviews
    make a few MB). 512 MiB uncompressed bounds what openpyxl inflates and holds (all shared
    strings, and any one cell, live in memory whole): ~15 million cells. Deflate cannot exceed
    ~1032:1 and real sheets stay below 100:1, so 200:1 catches only bombs. 16,384 columns and
    32,767 characters a cell are Excel's own maxima. `max_row_chars` (8 Mi characters) bounds
    one CSV row while the csv module builds it in memory. `max_rows` counts non-empty data
    rows; None means no limit.
    """

    max_file_bytes: int = 512 * 1024 * 1024
    max_uncompressed_bytes: int = 512 * 1024 * 1024
    max_member_ratio: float = 200.0
    max_rows: int | None = None
    max_columns: int = 16_384
    max_cell_chars: int = 32_767
    max_row_chars: int = 8 * 1024 * 1024


DEFAULT_LIMITS = Limits()
