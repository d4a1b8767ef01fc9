"""Read tables (an XLSForm sheet, response data) from files a user hands the program, safely.

Every file may be malformed, huge or hostile. Whatever goes wrong becomes an `InputFileError`
whose text names the file and, when known, the sheet, row and column, in plain words. Rows are
streamed, so memory is bounded by `Limits`, not by the size of the file.

Pure Python: no Qt, no database.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import struct
import warnings
import zipfile
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer
import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook

# openpyxl warns (on stderr, with its own file paths) about parts it skips: a stylesheet missing,
# custom document properties, extensions, drawings. None of them changes a cell's value, so the
# person is never shown them.
warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\.|$)")

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
        where += [f'sheet "{sheet}"'] if sheet is not None else []
        where += [f"row {row}"] if row is not None else []
        where += [f'column "{column}"'] if column is not None else []
        super().__init__(f"{', '.join(where)}: {message}" if where else message)


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

_CHUNK = 1024 * 1024
# A member this small cannot be a bomb; small repetitive parts (styles) compress beyond 200:1.
_RATIO_FLOOR_BYTES = 1024 * 1024
# zipfile reads the whole central directory into memory; 8 MiB is ~100,000 parts (Excel: dozens).
_MAX_CENTRAL_DIRECTORY = 8 * 1024 * 1024
_EXCEL_MAX_ROWS = 1_048_576
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_SAVE_AS_XLSX = "Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)."
# ECMA-376 allows UTF-8 and UTF-16 XML; a few ASCII-compatible code pages are tolerated for
# sloppy writers. Others (UTF-7, EBCDIC) could hide a DOCTYPE from the byte scan below.
_XML_ENCODINGS = {"utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "us-ascii", "ascii"}
_XML_ENCODINGS |= {"iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252"}
_XML_DECLARATION = re.compile(rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([^"']{0,40})["']""")


def _size_or_refuse(path: Path, limits: Limits) -> int:
    try:
        if path.is_dir():
            raise InputFileError("this is a folder, not a file.", path=path)
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputFileError("this file does not exist (was it moved?).", path=path) from None
    except OSError as exc:
        raise InputFileError(f"this file cannot be read ({exc.strerror}).", path=path) from None
    if size == 0:
        raise InputFileError("this file is empty.", path=path)
    if size > limits.max_file_bytes:
        raise InputFileError(
            f"this file is {size / 2**20:,.0f} MB, more than the "
            f"{limits.max_file_bytes / 2**20:,.0f} MB DuoDesk reads.",
            path=path,
        )
    return size


def _refuse_non_zip(path: Path, head: bytes) -> None:
    if head.startswith(_OLE2_MAGIC):
        # Excel wraps a password-protected .xlsx in the same OLE2 container as a legacy .xls;
        # the container's directory then names a stream "EncryptedPackage" (in UTF-16).
        needle, tail = "EncryptedPackage".encode("utf-16-le"), b""
        with path.open("rb") as f:
            while chunk := f.read(_CHUNK):
                if needle in tail + chunk:
                    raise InputFileError(
                        "this workbook is protected with a password. Open it in Excel, remove "
                        "the password (File > Info > Protect Workbook) and save it again.",
                        path=path,
                    )
                tail = chunk[-len(needle) :]
        raise InputFileError(
            f"this is an old-style Excel 97-2003 workbook (.xls). {_SAVE_AS_XLSX}", path=path
        )
    if not head.startswith(_ZIP_MAGICS):
        hint = ""
        try:
            head[:-4].decode("utf-8")  # the last bytes may cut a character in half
            if b"\0" not in head:
                hint = " It looks like a text file; if it holds CSV data, rename it to .csv."
        except UnicodeDecodeError:
            pass
        raise InputFileError(f"this file is not an Excel workbook (.xlsx).{hint}", path=path)


def _central_directory_size(path: Path, size: int) -> int:
    """Size of the zip's central directory as zipfile will read it (zip64 record included)."""
    with path.open("rb") as f:
        f.seek(max(0, size - 65_557))  # end record (22 bytes) + longest comment (65,535)
        tail = f.read()
        at = tail.rfind(b"PK\x05\x06")
        if at < 0 or len(tail) - at < 22:
            return -1  # zipfile will refuse it
        cd_size: int = struct.unpack("<L", tail[at + 12 : at + 16])[0]
        locator = tail[at - 20 : at] if at >= 20 else b""
        if locator.startswith(b"PK\x06\x07"):  # zipfile then trusts the zip64 record instead
            f.seek(struct.unpack("<Q", locator[8:16])[0])
            record = f.read(56)
            if len(record) == 56 and record.startswith(b"PK\x06\x06"):
                cd_size = struct.unpack("<Q", record[40:48])[0]
        return cd_size


def check_xlsx_archive(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse anything that is not a plain, sane .xlsx zip, before any XML parser sees it.

    Checks size on disk; zip magic (legacy .xls, password-protected and non-zip files get
    their own message); central directory size; required parts; member names (absolute or
    '..'); encrypted members; declared sizes and ratios (zip bombs: zipfile never inflates a
    member past its declared size, so declared sizes are binding); and, by reading every part
    once, CRCs, DOCTYPE/ENTITY declarations, odd XML encodings and row counts. Raises
    InputFileError; returns None when the archive is acceptable.
    """
    path = Path(path)
    size = _size_or_refuse(path, limits)
    with path.open("rb") as f:
        _refuse_non_zip(path, f.read(512))
    if _central_directory_size(path, size) > _MAX_CENTRAL_DIRECTORY:
        raise InputFileError("this workbook has an impossible number of parts.", path=path)
    try:
        with zipfile.ZipFile(path) as zf:
            _check_members(path, zf.infolist(), limits)
            for info in zf.infolist():
                if not info.is_dir():
                    _scan_part(path, zf, info)
    except InputFileError:
        raise
    except Exception as exc:  # BadZipFile (also bad CRCs), zlib.error, NotImplementedError...
        raise _damaged(path, exc) from None


def _check_members(path: Path, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    names = {info.filename for info in infos}
    if "xl/workbook.bin" in names:
        raise InputFileError(
            f"this is an Excel binary workbook (.xlsb). {_SAVE_AS_XLSX}", path=path
        )
    if {"content.xml", "mimetype"} <= names:
        raise InputFileError(f"this is an OpenDocument spreadsheet. {_SAVE_AS_XLSX}", path=path)
    if not {"[Content_Types].xml", "xl/workbook.xml"} <= names:
        raise InputFileError(
            "this file is not an Excel workbook (.xlsx): it is a zip archive with no workbook "
            "inside.",
            path=path,
        )
    total = 0
    for info in infos:
        name = info.filename
        parts = re.split(r"[\\/]", name)
        if name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name) or ".." in parts:
            raise InputFileError(
                f"this workbook contains a part with an unsafe name ({name!r}); it was not "
                "made by a spreadsheet program and will not be opened.",
                path=path,
            )
        if info.flag_bits & 0x1:
            raise InputFileError("this workbook is protected with a password.", path=path)
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > limits.max_uncompressed_bytes or (
            info.file_size > _RATIO_FLOOR_BYTES and ratio > limits.max_member_ratio
        ):
            raise InputFileError(
                f"this workbook unpacks to far more data than its size suggests ({name} alone "
                f"claims {info.file_size / 2**20:,.0f} MB); it may be a 'zip bomb' and will not "
                "be opened.",
                path=path,
            )


def _scan_part(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse DTDs in any part, so no entity (billion laughs, file:///etc/passwd) reaches a parser.

    openpyxl 3.1 is safe on its own when lxml and defusedxml are installed: sheets and shared
    strings go through defusedxml's iterparse (entity declarations raise EntitiesForbidden),
    other parts through lxml with resolve_entities=False (tests/core/test_tabular.py pins this).
    But that hangs on environment variables (OPENPYXL_LXML, OPENPYXL_DEFUSEDXML), on what is
    installed and on openpyxl's internals. Spreadsheet XML never has a DOCTYPE, so a byte scan
    is cheap and sure. NUL bytes are dropped first, so the markers also match UTF-16/32 text.

    Rows are counted too: openpyxl's read-only parser keeps every (emptied) row element of a
    sheet until the sheet ends, so millions of tiny rows are a memory bomb. Excel stops at
    1,048,576.
    """
    with zf.open(info) as member:
        chunk = member.read(_CHUNK)
        declared = _XML_DECLARATION.match(chunk.replace(b"\0", b"").lstrip(b"\xef\xbb\xbf\xff\xfe"))
        odd = declared and declared[1].decode("ascii", "replace").lower() not in _XML_ENCODINGS
        if odd or chunk.startswith(b"\x4c\x6f\xa7\x94"):  # "<?xm" in EBCDIC
            raise InputFileError(
                f"this workbook has a part ({info.filename}) in an unsupported text encoding.",
                path=path,
            )
        tail, rows = b"", 0
        while chunk:
            text = tail + chunk.replace(b"\0", b"")
            if b"<!DOCTYPE" in text or b"<!ENTITY" in text:
                raise InputFileError(
                    f"this workbook contains an XML document type declaration "
                    f"({info.filename}), which spreadsheet programs never write; it may be an "
                    "attack (an 'XML bomb') and will not be opened.",
                    path=path,
                )
            # "<row" and "<x:row"; matches inside the tail were counted with the last chunk.
            rows += sum(text.count(tag) - tail.count(tag) for tag in (b"<row", b":row"))
            if rows > _EXCEL_MAX_ROWS:
                raise InputFileError(
                    f"this workbook has a sheet ({info.filename}) with more rows than Excel "
                    f"allows ({_EXCEL_MAX_ROWS:,}); it was not made by a spreadsheet program.",
                    path=path,
                )
            tail = text[-8:]
            chunk = member.read(_CHUNK)


def _damaged(path: Path, exc: Exception, **where: str | int | None) -> InputFileError:
    reason = f"this workbook is damaged and cannot be read ({type(exc).__name__}: {exc})."
    return InputFileError(f"{reason} {_SAVE_AS_XLSX}", path=path, **where)  # type: ignore[arg-type]


def open_workbook(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> Workbook:
    """`check_xlsx_archive`, then openpyxl in read-only mode with cached values, not formulas.

    The caller must `close()` the workbook (read-only mode keeps the file open). Cells are
    parsed lazily, so damage inside a sheet surfaces only while iterating it; `Table` converts
    that too. Raises InputFileError for any problem openpyxl finds.
    """
    path = Path(path)
    check_xlsx_archive(path, limits)
    handle = path.open("rb")  # a file object: openpyxl judges by extension, we judged by content
    try:
        wb = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises anything from KeyError to TypeError on damage
        handle.close()
        raise _damaged(path, exc) from None
    close_archive = wb.close

    def close() -> None:  # openpyxl never closes a file object it was handed
        try:
            close_archive()
        finally:
            handle.close()

    wb.close = close  # type: ignore[method-assign]
    return wb


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
        more than max_rows data rows, or damage found further down the file.
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
                        f"there are more than {limits.max_rows:,} rows of data, more than "
                        "DuoDesk reads from this kind of file.",
                        number,
                    )
                for index, value in enumerate(cells):
                    if index >= width and _filled(value):
                        raise self._error(
                            f"this row has more values than the header has columns ({width}); "
                            "a value may contain an unquoted separator.",
                            number,
                            index,
                        )
                    if isinstance(value, str) and len(value) > limits.max_cell_chars:
                        raise self._error(_too_long(limits), number, index)
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


def _too_long(limits: Limits) -> str:
    return f"a cell holds more than {limits.max_cell_chars:,} characters, the most DuoDesk reads."


def _read_header(
    path: Path, sheet: str | None, stream: RowStream, limits: Limits
) -> tuple[int, tuple[str, ...]]:
    """(row number, cells) of the first non-empty row; `stream` is left just after it."""
    try:
        for number, values in stream:
            if _is_empty(values):
                continue
            cells = ["" if v is None else str(v).strip() for v in values]
            if not any(cells):
                continue
            while not cells[-1]:
                cells.pop()
            if len(cells) > limits.max_columns:
                reason = f"the header row has more than {limits.max_columns:,} columns."
                raise InputFileError(reason, path=path, sheet=sheet, row=number)
            if any(len(c) > limits.max_cell_chars for c in cells):
                raise InputFileError(_too_long(limits), path=path, sheet=sheet, row=number)
            return number, tuple(cells)
        where = "this file" if sheet is None else "the sheet"
        raise InputFileError(f"{where} is empty.", path=path, sheet=sheet)
    except BaseException:
        stream.close()
        raise


# --- workbooks -------------------------------------------------------------------------------


def _sheet_rows(
    path: Path,
    title: str,
    limits: Limits,
    wb: Workbook | None = None,
    width: int | None = None,
    close: bool = True,
) -> RowStream:
    """Rows of one sheet, numbered from 1. Opens the workbook unless given one."""
    number = 0
    try:
        if wb is None:
            wb = open_workbook(path, limits)
        ws = wb[title]
        ws.reset_dimensions()  # the declared <dimension> may be wrong, or hostile
        # With max_col, openpyxl builds each row only that wide, whatever the cells claim.
        for number, values in enumerate(ws.iter_rows(max_col=width, values_only=True), 1):
            # openpyxl fills a gap in row numbers with empty rows one by one, so a damaged or
            # hostile <row r="99999999999"> would keep us busy for hours.
            if number > _EXCEL_MAX_ROWS:
                raise InputFileError(
                    f"the sheet numbers its rows past {_EXCEL_MAX_ROWS:,}, Excel's limit; the "
                    f"file is damaged. {_SAVE_AS_XLSX}",
                    path=path,
                    sheet=title,
                )
            yield number, values
    except InputFileError:
        raise
    except Exception as exc:  # damage inside a sheet shows up only while streaming it
        raise _damaged(path, exc, sheet=title, row=number + 1) from None
    finally:
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
        header_row, header = _read_header(path, title, header_stream, limits)
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
    _size_or_refuse(path, limits)
    with path.open("rb") as f:
        head = f.read(8)
    if not head.startswith(_OLE2_MAGIC):
        return False
    try:
        _refuse_non_zip(path, head)
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
        raise _damaged(path, exc) from None


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
        if sheet.ncols > 16_384 or sheet.nrows > _EXCEL_MAX_ROWS:
            raise InputFileError(
                f"the sheet is larger than Excel allows; the file is damaged. {_SAVE_AS_XLSX}",
                path=path,
                sheet=title,
            )
        for number in range(1, sheet.nrows + 1):
            cells = sheet.row_slice(number - 1, 0, width)
            yield number, tuple(_xls_value(cell, book.datemode) for cell in cells)
    except InputFileError:
        raise
    except Exception as exc:
        raise _damaged(path, exc, sheet=title, row=number or None) from None
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
    header_row, header = _read_header(path, title, header_stream, limits)
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
                f'there are {len(matches)} sheets called "{sheet_name}" ({listed}); rename all '
                "but one.",
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
    _size_or_refuse(path, limits)
    with path.open("rb") as f:
        head = f.read(8)
    workbook_name = path.suffix.lower() in {".xlsx", ".xlsm", ".xls", ".xlsb"}
    if not (head.startswith((*_ZIP_MAGICS, _OLE2_MAGIC)) or workbook_name):
        return _csv_table(path, limits)

    def pick(names: list[str]) -> str:
        if not names:
            raise InputFileError("this workbook has no worksheets.", path=path)
        if sheet is not None and sheet not in names:
            listed = ", ".join(f'"{n}"' for n in names)
            raise InputFileError(
                f'there is no sheet called "{sheet}" (the sheets are {listed}).', path=path
            )
        return sheet or names[0]

    table = _workbook_table(path, limits, pick)
    assert table is not None  # pick never returns None
    return table


# --- CSV -------------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DELIMITERS = ",;\t|"
_NOT_TEXT = "this file does not look like a text (CSV) file."


def _detect_encoding(path: Path) -> str:
    """BOM, else strict UTF-8 over the whole file, else charset-normalizer's best guess."""
    with path.open("rb") as f:
        head = f.read(4)
        for bom, encoding in _BOMS:
            if head.startswith(bom):
                return encoding
        f.seek(0)
        decoder, offset = codecs.getincrementaldecoder("utf-8")(), 0
        while chunk := f.read(_CHUNK):
            if b"\0" in chunk:  # text never holds NUL; binary files nearly always do
                raise InputFileError(_NOT_TEXT, path=path)
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                offset += exc.start
                break
            offset += len(chunk)
        else:
            return "utf-8"
        # Guess from the bytes around the first non-UTF-8 one: the start may be plain ASCII.
        f.seek(max(0, offset - 64 * 1024))
        results = list(charset_normalizer.from_bytes(f.read(256 * 1024)))
    if not results:
        raise InputFileError(_NOT_TEXT, path=path)
    # On short samples charset-normalizer cannot tell single-byte Latin code pages apart (it
    # says cp1250 for "España"); Excel's "CSV" on Western Windows writes cp1252, so prefer it.
    best = results[0]
    for result in results:
        if "cp1252" in result.could_be_from_charset and result.chaos <= best.chaos + 0.01:
            return "cp1252"
    return best.encoding


def _choose_delimiter(sample: str) -> str:
    """The candidate giving the most consistent column count; csv.Sniffer breaks ties."""

    def score(delimiter: str) -> tuple[float, int]:
        try:
            lines = io.StringIO(sample, newline="")  # keep a lone "\r" a line end, as csv wants
            widths = [len(r) for r in csv.reader(lines, delimiter=delimiter) if r]
        except csv.Error:
            return 0.0, 1
        if not widths or widths[0] < 2:
            return 0.0, 1
        return sum(w == widths[0] for w in widths) / len(widths), widths[0]

    try:  # Sniffer's regexes backtrack badly on long samples, so give it a short one
        sniffed = csv.Sniffer().sniff(sample[:4096], delimiters=_DELIMITERS).delimiter
    except csv.Error:
        sniffed = ","
    best = max(_DELIMITERS, key=score)
    if score(best)[1] < 2:  # a single column: separator-like characters are data
        return ","
    return sniffed if score(sniffed) >= score(best) else best


class _RowTooLong(Exception):
    pass


class _Lines:
    """Physical lines for csv.reader, refusing a row that grows past `max_chars` over its lines.

    csv.reader asks for one line at a time and builds the row in memory until it ends; a quoted
    value may span any number of lines, so the budget is per row, not per line. The reader
    resets `used` after each row (csv.reader never reads ahead).
    """

    def __init__(self, text: io.TextIOWrapper, max_chars: int) -> None:
        self.text, self.max_chars, self.used = text, max_chars, 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.text.readline(self.max_chars - self.used + 1)
        if not line:
            raise StopIteration
        self.used += len(line)
        if self.used > self.max_chars:
            raise _RowTooLong
        return line


def _csv_rows(path: Path, encoding: str, delimiter: str, limits: Limits) -> RowStream:
    """Records numbered from 1, as a spreadsheet would show them (a quoted value spanning
    lines is one row); blank lines are yielded as empty records so numbering stays right."""
    number = 0
    with path.open("r", encoding=encoding, errors="strict", newline="") as f:
        lines = _Lines(f, limits.max_row_chars)
        try:
            for number, values in enumerate(csv.reader(lines, delimiter=delimiter, strict=True), 1):
                lines.used = 0
                yield number, tuple(values)
        except _RowTooLong:
            reason = f"this row is longer than {limits.max_row_chars:,} characters."
            raise InputFileError(reason, path=path, row=number + 1) from None
        except UnicodeDecodeError:
            reason = f"the file contains bytes that are not valid {encoding} text."
            raise InputFileError(reason, path=path, row=number + 1) from None
        except csv.Error as exc:
            reason = (
                _too_long(limits)
                if "field larger than field limit" in str(exc)
                else f'the CSV layout is broken here ({exc}); look for a stray double quote (").'
            )
            raise InputFileError(reason, path=path, row=number + 1) from None


def _csv_table(path: Path, limits: Limits) -> Table:
    encoding = _detect_encoding(path)
    with path.open("r", encoding=encoding, errors="replace", newline="") as f:
        sample = f.read(64 * 1024)
    if len(sample) == 64 * 1024:  # drop the last, probably partial, line
        sample = sample[: max(sample.rfind("\n"), sample.rfind("\r")) + 1] or sample
    if not sample.strip():
        raise InputFileError("this file is empty.", path=path)
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\r\n\f\v")
    if controls > len(sample) / 100 or sample.count("\ufffd") > len(sample) / 100:
        raise InputFileError(_NOT_TEXT, path=path)
    delimiter = _choose_delimiter(sample)
    if limits.max_cell_chars >= csv.field_size_limit():
        # Process-wide, so only ever raised; memory stays bounded by max_row_chars.
        csv.field_size_limit(limits.max_cell_chars + 1)

    def reopen(width: int) -> RowStream:
        return _csv_rows(path, encoding, delimiter, limits)

    stream = reopen(0)
    header_row, header = _read_header(path, None, stream, limits)
    return Table(path, None, header, reopen, header_row, limits, stream)
