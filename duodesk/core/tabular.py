"""Read tables (an XLSForm sheet, response data) from files a user hands the program, safely.

Every file may be malformed, huge or hostile. Whatever goes wrong becomes an `InputFileError`
whose text names the file and, when known, the sheet, row and column, in plain words. Rows are
streamed, so memory is bounded by `Limits`, not by the size of the file.

Pure Python: no Qt, no database. The parts live in their own modules: the errors and limits
(:mod:`~duodesk.core.input_files`), the checks on a workbook's zip
(:mod:`~duodesk.core.xlsx_archive`), the table and its rows (:mod:`~duodesk.core.table`) and
CSV (:mod:`~duodesk.core.csv_table`); this module reads workbooks' sheets and chooses the reader,
and every name callers use is importable from here.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from openpyxl.workbook.workbook import Workbook

from duodesk.core.csv_table import csv_table
from duodesk.core.input_files import (
    DEFAULT_LIMITS,
    InputFileError,
    Limits,
    Row,
    RowStream,
    UncalculatedFormula,
)
from duodesk.core.table import Table, read_header
from duodesk.core.xlsx_archive import (
    EXCEL_MAX_ROWS,
    OLE2_MAGIC,
    ZIP_MAGICS,
    check_xlsx_archive,
    damaged,
    formulas_without_values,
    open_workbook,
    refuse_non_zip,
    save_as_xlsx,
    size_or_refuse,
)
from duodesk.i18n import translate

__all__ = [
    "DEFAULT_LIMITS",
    "InputFileError",
    "Limits",
    "Row",
    "RowStream",
    "Table",
    "check_xlsx_archive",
    "open_table",
    "open_workbook",
    "read_sheet",
    "sheet_names",
]


# --- workbooks -------------------------------------------------------------------------------


def _sheet_rows(
    path: Path,
    title: str,
    limits: Limits,
    wb: Workbook | None = None,
    width: int | None = None,
    close: bool = True,
) -> RowStream:
    """Rows of one sheet, numbered from 1. Opens the workbook unless given one. A cell holding
    a formula whose result the file does not hold is an :class:`UncalculatedFormula`."""
    number = 0
    formulas = None
    try:
        if wb is None:
            wb = open_workbook(path, limits)
        ws = wb[title]
        ws.reset_dimensions()  # the declared <dimension> may be wrong, or hostile
        formulas = formulas_without_values(wb, title)
        formula = next(formulas, None)
        # With max_col, openpyxl builds each row only that wide, whatever the cells claim.
        for number, values in enumerate(ws.iter_rows(max_col=width, values_only=True), 1):
            while formula is not None and formula[0] < number:
                formula = next(formulas, None)
            if formula is not None and formula[0] == number:
                cells = list(values)
                while formula is not None and formula[0] == number:
                    if formula[1] <= len(cells):
                        cells[formula[1] - 1] = UncalculatedFormula(formula[2])
                    formula = next(formulas, None)
                values = tuple(cells)
            # openpyxl fills a gap in row numbers with empty rows one by one, so a damaged or
            # hostile <row r="99999999999"> would keep us busy for hours.
            if number > EXCEL_MAX_ROWS:
                raise InputFileError(
                    translate(
                        "Core",
                        "the sheet numbers its rows past {excel_max_rows:,}, Excel's limit; the "
                        "file is damaged. {save_as_xlsx}",
                    ).format(excel_max_rows=EXCEL_MAX_ROWS, save_as_xlsx=save_as_xlsx()),
                    path=path,
                    sheet=title,
                )
            yield number, values
    except InputFileError:
        raise
    except Exception as exc:  # damage inside a sheet shows up only while streaming it
        raise damaged(path, exc, sheet=title, row=number + 1) from None
    finally:
        if formulas is not None:
            formulas.close()
        if close and wb is not None:
            wb.close()


def _workbook_table(
    path: Path, limits: Limits, pick: Callable[[list[str]], str | None]
) -> Table | None:
    """Open the workbook once for the sheet names, header and first rows(); `pick` the sheet."""
    if _is_legacy_xls(path, limits):
        return _xls_table(path, limits, pick)
    wb = open_workbook(path, limits)
    try:
        title = pick([ws.title for ws in wb.worksheets])
        if title is None:
            wb.close()
            return None
        # The header is read at full width; the rows then only as wide as the header, so cells
        # a hostile file puts far to the right cost nothing.
        header_stream = _sheet_rows(path, title, limits, wb, close=False)
        header_row, header = read_header(path, title, header_stream, limits)
        header_stream.close()
        pending = _sheet_rows(path, title, limits, wb, width=len(header))
    except BaseException:
        wb.close()
        raise
    for number, _values in pending:  # once started, `pending` owns (and will close) wb
        if number >= header_row:
            break

    def reopen(width: int) -> RowStream:
        return _sheet_rows(path, title, limits, width=width)

    return Table(path, title, header, reopen, header_row, limits, pending)


# --- legacy .xls (Excel 97-2003), still common among XLSForms ---------------------------------


def _is_legacy_xls(path: Path, limits: Limits) -> bool:
    """An OLE2 file that is not a password-protected .xlsx (those are refused as before)."""
    size_or_refuse(path, limits)
    with path.open("rb") as f:
        head = f.read(8)
    if not head.startswith(OLE2_MAGIC):
        return False
    try:
        refuse_non_zip(path, head)
    except InputFileError as error:
        if "password" in error.reason:
            raise
    return True


def _open_xls(path: Path):
    """xlrd's book, read on demand; its warnings go nowhere (it prints them by default)."""
    import xlrd

    try:
        return xlrd.open_workbook(str(path), on_demand=True, logfile=io.StringIO())
    except Exception as exc:  # xlrd raises its own errors, struct errors, IndexError...
        raise damaged(path, exc) from None


def _xls_value(cell, datemode: int) -> object:
    """A cell as openpyxl would give it: str, float, bool, datetime, or None."""
    import xlrd

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            moment = xlrd.xldate.xldate_as_datetime(cell.value, datemode)
            return moment.time() if 0 <= cell.value < 1 else moment  # a time of day alone
        except (ValueError, OverflowError):
            return cell.value
    return cell.value


def _xls_rows(path: Path, title: str, limits: Limits, width: int | None = None) -> RowStream:
    book = _open_xls(path)
    number = 0
    try:
        sheet = book.sheet_by_name(title)
        if sheet.ncols > 16_384 or sheet.nrows > EXCEL_MAX_ROWS:
            raise InputFileError(
                translate(
                    "Core",
                    "the sheet is larger than Excel allows; the file is damaged. {save_as_xlsx}",
                ).format(save_as_xlsx=save_as_xlsx()),
                path=path,
                sheet=title,
            )
        for number in range(1, sheet.nrows + 1):
            cells = sheet.row_slice(number - 1, 0, width)
            yield number, tuple(_xls_value(cell, book.datemode) for cell in cells)
    except InputFileError:
        raise
    except Exception as exc:
        raise damaged(path, exc, sheet=title, row=number or None) from None
    finally:
        book.release_resources()


def _xls_table(path: Path, limits: Limits, pick: Callable[[list[str]], str | None]) -> Table | None:
    book = _open_xls(path)
    try:
        names = book.sheet_names()
    finally:
        book.release_resources()
    title = pick(names)
    if title is None:
        return None
    header_stream = _xls_rows(path, title, limits)
    header_row, header = read_header(path, title, header_stream, limits)
    header_stream.close()

    def reopen(width: int) -> RowStream:
        return _xls_rows(path, title, limits, width)

    return Table(path, title, header, reopen, header_row, limits)


def sheet_names(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> list[str]:
    """Names of the worksheets (not chart sheets) in workbook order. Raises InputFileError."""
    wb = open_workbook(path, limits)
    try:
        return [ws.title for ws in wb.worksheets]
    finally:
        wb.close()


def read_sheet(
    path: Path | str,
    sheet_name: str,
    limits: Limits = DEFAULT_LIMITS,
    *,
    case_insensitive: bool = True,
) -> Table | None:
    """One sheet of a workbook (e.g. the XLSForm survey/choices/settings), or None if absent.

    An exact name wins; otherwise, with case_insensitive, a name equal after strip/casefold.
    Two such names ("Survey" and "SURVEY ") are refused as ambiguous. Raises InputFileError.
    """
    path = Path(path)

    def pick(names: list[str]) -> str | None:
        if sheet_name in names or not case_insensitive:
            return sheet_name if sheet_name in names else None
        matches = [n for n in names if n.strip().casefold() == sheet_name.strip().casefold()]
        if len(matches) > 1:
            listed = " and ".join(f'"{n}"' for n in matches)
            raise InputFileError(
                translate(
                    "Core",
                    'there are {matches} sheets called "{sheet_name}" ({listed}); rename all '
                    "but one.",
                ).format(matches=len(matches), sheet_name=sheet_name, listed=listed),
                path=path,
            )
        return matches[0] if matches else None

    return _workbook_table(path, limits, pick)


def open_table(
    path: Path | str, limits: Limits = DEFAULT_LIMITS, sheet: str | None = None
) -> Table:
    """Response data from a workbook (first worksheet, or `sheet`) or a CSV/TSV/TXT file.

    The content decides: a zip is read as a workbook whatever its name; an OLE2 (.xls) file,
    or a file named like a workbook that is not a zip, is refused; the rest is read as CSV.
    Raises InputFileError.
    """
    path = Path(path)
    size_or_refuse(path, limits)
    with path.open("rb") as f:
        head = f.read(8)
    workbook_name = path.suffix.lower() in {".xlsx", ".xlsm", ".xls", ".xlsb"}
    if not (head.startswith((*ZIP_MAGICS, OLE2_MAGIC)) or workbook_name):
        return csv_table(path, limits)

    def pick(names: list[str]) -> str:
        if not names:
            raise InputFileError(translate("Core", "this workbook has no worksheets."), path=path)
        if sheet is not None and sheet not in names:
            listed = ", ".join(f'"{n}"' for n in names)
            raise InputFileError(
                translate(
                    "Core", 'there is no sheet called "{sheet}" (the sheets are {listed}).'
                ).format(sheet=sheet, listed=listed),
                path=path,
            )
        return sheet or names[0]

    table = _workbook_table(path, limits, pick)
    assert table is not None  # pick never returns None
    return table
