"""Checking an xlsx workbook before anything parses it: a zip of sane declared sizes and ratios,
no part that could be an XML bomb, then openpyxl in read-only mode (see :func:`open_workbook`);
and the cells whose formula's result the file does not hold (:func:`formulas_without_values`).
"""

from __future__ import annotations

import re
import struct
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.workbook.workbook import Workbook

from duodesk.core.input_files import DEFAULT_LIMITS, InputFileError, Limits
from duodesk.i18n import translate

# openpyxl warns (on stderr, with its own file paths) about parts it skips: a stylesheet missing,
# custom document properties, extensions, drawings. None of them changes a cell's value, so the
# person is never shown them.
warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\.|$)")

_CHUNK = 1024 * 1024
# A member this small cannot be a bomb; small repetitive parts (styles) compress beyond 200:1.
_RATIO_FLOOR_BYTES = 1024 * 1024
# zipfile reads the whole central directory into memory; 8 MiB is ~100,000 parts (Excel: dozens).
_MAX_CENTRAL_DIRECTORY = 8 * 1024 * 1024
EXCEL_MAX_ROWS = 1_048_576
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
SAVE_AS_XLSX = "Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)."


def save_as_xlsx() -> str:
    """:data:`SAVE_AS_XLSX` in the interface language."""
    return translate(
        "Files", "Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)."
    )


# ECMA-376 allows UTF-8 and UTF-16 XML; a few ASCII-compatible code pages are tolerated for
# sloppy writers. Others (UTF-7, EBCDIC) could hide a DOCTYPE from the byte scan below.
_XML_ENCODINGS = {"utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "us-ascii", "ascii"}
_XML_ENCODINGS |= {"iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252"}
_XML_DECLARATION = re.compile(rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([^"']{0,40})["']""")


def size_or_refuse(path: Path, limits: Limits) -> int:
    try:
        if path.is_dir():
            raise InputFileError(translate("Core", "this is a folder, not a file."), path=path)
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputFileError(
            translate("Core", "this file does not exist (was it moved?)."), path=path
        ) from None
    except OSError as exc:
        raise InputFileError(
            translate("Core", "this file cannot be read ({strerror}).").format(
                strerror=exc.strerror
            ),
            path=path,
        ) from None
    if size == 0:
        raise InputFileError(translate("Core", "this file is empty."), path=path)
    if size > limits.max_file_bytes:
        raise InputFileError(
            translate(
                "Core",
                "this file is {value:,.0f} MB, more than the {value2:,.0f} MB DuoDesk reads.",
            ).format(value=size / 2**20, value2=limits.max_file_bytes / 2**20),
            path=path,
        )
    return size


def refuse_non_zip(path: Path, head: bytes) -> None:
    if head.startswith(OLE2_MAGIC):
        # Excel wraps a password-protected .xlsx in the same OLE2 container as a legacy .xls;
        # the container's directory then names a stream "EncryptedPackage" (in UTF-16).
        needle, tail = "EncryptedPackage".encode("utf-16-le"), b""
        with path.open("rb") as f:
            while chunk := f.read(_CHUNK):
                if needle in tail + chunk:
                    raise InputFileError(
                        translate(
                            "Core",
                            "this workbook is protected with a password. Open it in Excel, remove "
                            "the password (File > Info > Protect Workbook) and save it again.",
                        ),
                        path=path,
                    )
                tail = chunk[-len(needle) :]
        raise InputFileError(
            translate(
                "Core", "this is an old-style Excel 97-2003 workbook (.xls). {save_as_xlsx}"
            ).format(save_as_xlsx=save_as_xlsx()),
            path=path,
        )
    if not head.startswith(ZIP_MAGICS):
        hint = ""
        try:
            head[:-4].decode("utf-8")  # the last bytes may cut a character in half
            if b"\0" not in head:
                hint = " " + translate(
                    "Core", "It looks like a text file; if it holds CSV data, rename it to .csv."
                )
        except UnicodeDecodeError:
            pass
        raise InputFileError(
            translate("Core", "this file is not an Excel workbook (.xlsx).{hint}").format(
                hint=hint
            ),
            path=path,
        )


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
    size = size_or_refuse(path, limits)
    with path.open("rb") as f:
        refuse_non_zip(path, f.read(512))
    if _central_directory_size(path, size) > _MAX_CENTRAL_DIRECTORY:
        raise InputFileError(
            translate("Core", "this workbook has an impossible number of parts."), path=path
        )
    try:
        with zipfile.ZipFile(path) as zf:
            _check_members(path, zf.infolist(), limits)
            for info in zf.infolist():
                if not info.is_dir():
                    _scan_part(path, zf, info)
    except InputFileError:
        raise
    except Exception as exc:  # BadZipFile (also bad CRCs), zlib.error, NotImplementedError...
        raise damaged(path, exc) from None


def _check_members(path: Path, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    names = {info.filename for info in infos}
    if "xl/workbook.bin" in names:
        raise InputFileError(
            translate("Core", "this is an Excel binary workbook (.xlsb). {save_as_xlsx}").format(
                save_as_xlsx=save_as_xlsx()
            ),
            path=path,
        )
    if {"content.xml", "mimetype"} <= names:
        raise InputFileError(
            translate("Core", "this is an OpenDocument spreadsheet. {save_as_xlsx}").format(
                save_as_xlsx=save_as_xlsx()
            ),
            path=path,
        )
    if not {"[Content_Types].xml", "xl/workbook.xml"} <= names:
        raise InputFileError(
            translate(
                "Core",
                "this file is not an Excel workbook (.xlsx): it is a zip archive with no "
                "workbook inside.",
            ),
            path=path,
        )
    total = 0
    for info in infos:
        name = info.filename
        parts = re.split(r"[\\/]", name)
        if name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name) or ".." in parts:
            raise InputFileError(
                translate(
                    "Core",
                    "this workbook contains a part with an unsafe name ({name!r}); it was "
                    "not made by a spreadsheet program and will not be opened.",
                ).format(name=name),
                path=path,
            )
        if info.flag_bits & 0x1:
            raise InputFileError(
                translate("Core", "this workbook is protected with a password."), path=path
            )
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > limits.max_uncompressed_bytes or (
            info.file_size > _RATIO_FLOOR_BYTES and ratio > limits.max_member_ratio
        ):
            raise InputFileError(
                translate(
                    "Core",
                    "this workbook unpacks to far more data than its size suggests ({name} "
                    "alone claims {value:,.0f} MB); it may be a 'zip bomb' and will not be "
                    "opened.",
                ).format(name=name, value=info.file_size / 2**20),
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
                translate(
                    "Core", "this workbook has a part ({filename}) in an unsupported text encoding."
                ).format(filename=info.filename),
                path=path,
            )
        tail, rows = b"", 0
        while chunk:
            text = tail + chunk.replace(b"\0", b"")
            if b"<!DOCTYPE" in text or b"<!ENTITY" in text:
                raise InputFileError(
                    translate(
                        "Core",
                        "this workbook contains an XML document type declaration ({filename}), "
                        "which spreadsheet programs never write; it may be an attack (an 'XML "
                        "bomb') and will not be opened.",
                    ).format(filename=info.filename),
                    path=path,
                )
            # "<row" and "<x:row"; matches inside the tail were counted with the last chunk.
            rows += sum(text.count(tag) - tail.count(tag) for tag in (b"<row", b":row"))
            if rows > EXCEL_MAX_ROWS:
                raise InputFileError(
                    translate(
                        "Core",
                        "this workbook has a sheet ({filename}) with more rows than Excel allows "
                        "({excel_max_rows:,}); it was not made by a spreadsheet program.",
                    ).format(filename=info.filename, excel_max_rows=EXCEL_MAX_ROWS),
                    path=path,
                )
            tail = text[-8:]
            chunk = member.read(_CHUNK)


def damaged(path: Path, exc: Exception, **where: str | int | None) -> InputFileError:
    reason = translate(
        "Files", "this workbook is damaged and cannot be read ({fault}: {problem})."
    ).format(fault=type(exc).__name__, problem=exc)
    return InputFileError(f"{reason} {save_as_xlsx()}", path=path, **where)  # type: ignore[arg-type]


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
        raise damaged(path, exc) from None
    close_archive = wb.close

    def close() -> None:  # openpyxl never closes a file object it was handed
        try:
            close_archive()
        finally:
            handle.close()

    wb.close = close  # type: ignore[method-assign]
    return wb


# --- formulas no spreadsheet program has calculated -----------------------------------------

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_SHEET_DATA, _ROW, _CELL = f"{_MAIN}sheetData", f"{_MAIN}row", f"{_MAIN}c"
_FORMULA, _VALUE, _INLINE = f"{_MAIN}f", f"{_MAIN}v", f"{_MAIN}is"
# A formula element, whatever its namespace prefix: "<f>", "<f t=...>", "<x:f>". In a sheet's
# XML no other element's name is "f", and a "<" in text is always written "&lt;".
_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s/>]")


def formulas_without_values(wb: Workbook, title: str) -> Iterator[tuple[int, int, str]]:
    """(row, column, formula) of each cell of the sheet ``title`` that holds a formula but not
    its result, in the order openpyxl reads the sheet's rows (row and column from 1; the
    formula without its "=", empty for a cell that shares another cell's formula).

    Excel, LibreOffice and Gnumeric save each formula's result beside it, and the workbook is
    read with those results (``data_only``). A program that only writes files (openpyxl, some
    scripts and web exports) leaves the result out, and openpyxl then reads the cell as empty:
    an answer would be lost without a word. openpyxl reads either the formula or the result,
    never whether the result is there, so the sheet's XML is read here a second time, with
    defusedxml like openpyxl's own reader, only when a quick scan of its bytes finds a formula.
    A result that is empty text (``t="str"``, ``<v></v>``, as Excel writes ``=IF(A1="","",
    ...)``) counts as a result. Rows and columns are numbered as openpyxl numbers them.
    """
    worksheet = wb[title]
    # openpyxl's read-only worksheet keeps where its part is but offers no public way to it.
    part, archive = worksheet._worksheet_path, wb._archive
    if not _has_formula(archive, part):
        return
    from defusedxml.ElementTree import iterparse

    row_number = 0
    with archive.open(part) as source:
        sheet_data = None
        for event, element in iterparse(source, events=("start", "end")):
            if event == "start":
                if element.tag == _SHEET_DATA:
                    sheet_data = element
                continue
            if element.tag != _ROW:
                continue
            row_number = _row_number(element.get("r"), row_number)
            column = 0
            for cell in element.iter(_CELL):
                coordinate = cell.get("r")
                column = coordinate_to_tuple(coordinate)[1] if coordinate else column + 1
                formula = cell.find(_FORMULA)
                if formula is None or _has_value(cell):
                    continue
                yield row_number, column, formula.text or ""
            element.clear()
            if sheet_data is not None:
                sheet_data.clear()  # its rows, read already: memory stays that of one row


def _has_formula(archive: zipfile.ZipFile, part: str) -> bool:
    tail = b""
    with archive.open(part) as member:
        while chunk := member.read(_CHUNK):
            if _FORMULA_TAG.search(tail + chunk):
                return True
            tail = chunk[-64:]
    return False


def _has_value(cell) -> bool:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        return cell.find(_INLINE) is not None
    return bool(cell.findtext(_VALUE)) or (kind == "str" and cell.find(_VALUE) is not None)


def _row_number(declared: str | None, previous: int) -> int:
    """A row element's number as openpyxl reads it: its ``r``, else the one after the last."""
    if declared is None:
        return previous + 1
    try:
        return int(declared)
    except ValueError:
        return int(float(declared))  # openpyxl refuses a fraction while reading the rows
