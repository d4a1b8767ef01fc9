"""Reading user-supplied tables: every malformed, huge or hostile file is refused clearly."""

from __future__ import annotations

import datetime as dt
import io
import os
import random
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duodesk.core.tabular import (
    InputFileError,
    Limits,
    check_xlsx_archive,
    open_table,
    open_workbook,
    read_sheet,
    sheet_names,
)

LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 or "")) * 10}">' for i in range(1, 10))
    + "]>"
)
SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def make_workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def rewrite_member(path: Path, member: str, data: bytes) -> None:
    """Replace one part of a real workbook, keeping every other part as it was."""
    with zipfile.ZipFile(path) as zf:
        parts = {info.filename: zf.read(info) for info in zf.infolist()}
    parts[member] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in parts.items():
            zf.writestr(name, content)


def use_shared_strings(path: Path, strings: list[str]) -> None:
    """Make sheet 1 of an openpyxl workbook (which writes inline strings) read its text cells
    from xl/sharedStrings.xml, as Excel does, so that openpyxl really parses that part."""
    with zipfile.ZipFile(path) as zf:
        types = zf.read("[Content_Types].xml").decode()
        rels = zf.read("xl/_rels/workbook.xml.rels").decode()
    override = (
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    )
    relationship = (
        '<Relationship Id="rIdStrings" Target="sharedStrings.xml" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
    )
    cells = "".join(f'<c r="{chr(65 + i)}1" t="s"><v>{i}</v></c>' for i in range(len(strings)))
    sheet = (
        f'<worksheet xmlns="{SHEET_NS}"><sheetData><row r="1">{cells}</row></sheetData></worksheet>'
    )
    items = "".join(f"<si><t>{text}</t></si>" for text in strings)
    rewrite_member(
        path, "[Content_Types].xml", types.replace("</Types>", override + "</Types>").encode()
    )
    rewrite_member(
        path,
        "xl/_rels/workbook.xml.rels",
        rels.replace("</Relationships>", relationship + "</Relationships>").encode(),
    )
    rewrite_member(path, "xl/worksheets/sheet1.xml", sheet.encode())
    rewrite_member(path, "xl/sharedStrings.xml", f'<sst xmlns="{SHEET_NS}">{items}</sst>'.encode())


def refusal(call: Callable[..., object], *args: object, **kwargs: object) -> str:
    """The message a user would read when `call` (and reading all its rows) refuses the file."""
    with pytest.raises(InputFileError) as info:
        result = call(*args, **kwargs)
        if hasattr(result, "rows"):
            list(result.rows())  # type: ignore[attr-defined]
    return str(info.value)


@pytest.fixture
def form(tmp_path: Path) -> Path:
    return make_workbook(
        tmp_path / "hep_c.xlsx",
        {
            "survey": [["type", "name", "label"], ["integer", "age", "Age"]],
            "choices": [["list_name", "name", "label"]],
        },
    )


def forbidden(*args: object, **kwargs: object) -> None:
    raise AssertionError("openpyxl was asked to read a file that should have been refused")


@pytest.fixture
def forbid_openpyxl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(openpyxl, "load_workbook", forbidden)


# --- files that are not workbooks -----------------------------------------------------------


def test_random_bytes_named_xlsx_are_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "survey.xlsx"
    path.write_bytes(os.urandom(4096))
    message = refusal(check_xlsx_archive, path)
    assert message.startswith("survey.xlsx: ")
    assert "is not an Excel workbook (.xlsx)" in message


def test_empty_file_is_refused_as_empty(tmp_path: Path) -> None:
    (tmp_path / "form.xlsx").touch()
    (tmp_path / "data.csv").touch()
    assert refusal(open_workbook, tmp_path / "form.xlsx") == "form.xlsx: this file is empty."
    assert refusal(open_table, tmp_path / "data.csv") == "data.csv: this file is empty."


def test_missing_file_is_named_in_the_message(tmp_path: Path) -> None:
    assert "gone.xlsx: this file does not exist" in refusal(open_workbook, tmp_path / "gone.xlsx")


def test_text_file_renamed_xlsx_suggests_renaming_to_csv(tmp_path: Path) -> None:
    path = tmp_path / "answers.xlsx"
    path.write_text("name,age\nAmira,34\n")
    message = refusal(open_table, path)
    assert "answers.xlsx: this file is not an Excel workbook (.xlsx)" in message
    assert "rename it to .csv" in message


def test_damaged_legacy_xls_is_refused_with_save_as_advice(
    tmp_path: Path, forbid_openpyxl: None
) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2048))
    message = refusal(open_table, path)
    assert "old.xls: this workbook is damaged and cannot be read" in message
    assert "save it as an Excel workbook (.xlsx)" in message


def test_legacy_xls_is_read_like_an_xlsx(tmp_path: Path) -> None:
    import datetime as dt

    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Survey")
    dated = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for column, header in enumerate(("type", "name", "when", "ok")):
        sheet.write(0, column, header)
    sheet.write(1, 0, "integer")
    sheet.write(1, 1, "age")
    sheet.write(1, 2, dt.datetime(2026, 3, 4), dated)
    sheet.write(1, 3, True)
    sheet.write(2, 0, 7)
    sheet.write(2, 2, dt.time(9, 30), xlwt.easyxf(num_format_str="HH:MM"))
    path = tmp_path / "form.xls"
    book.save(str(path))
    table = read_sheet(path, "survey")
    assert table is not None and table.header == ("type", "name", "when", "ok")
    assert list(table.rows()) == [
        (2, ("integer", "age", dt.datetime(2026, 3, 4), True)),
        (3, (7.0, None, dt.time(9, 30), None)),
    ]


def test_password_protected_workbook_says_to_remove_the_password(tmp_path: Path) -> None:
    path = tmp_path / "locked.xlsx"
    directory_entry = "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000) + directory_entry)
    message = refusal(read_sheet, path, "survey")
    assert "locked.xlsx: this workbook is protected with a password" in message


def test_zip_without_a_workbook_inside_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("holiday.txt", "not a workbook")
    assert "photos.xlsx: this file is not an Excel workbook (.xlsx)" in refusal(sheet_names, path)


def test_truncated_workbook_is_reported_as_damaged(form: Path) -> None:
    data = form.read_bytes()
    form.write_bytes(data[: len(data) // 2])
    message = refusal(read_sheet, form, "survey")
    assert message.startswith("hep_c.xlsx: this workbook is damaged")


# --- zip bombs and unsafe archives -----------------------------------------------------------


def test_zip_bomb_is_refused_before_openpyxl_reads_it(
    form: Path, tmp_path: Path, forbid_openpyxl: None
) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with (
        zipfile.ZipFile(form) as src,
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst,
    ):
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
        # 32 MB of zeros deflate to ~32 KB (about 1000:1), streamed so memory stays small.
        with dst.open("xl/worksheets/padding.xml", "w") as member:
            for _ in range(32):
                member.write(bytes(1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    message = refusal(open_workbook, bomb)
    assert message.startswith("bomb.xlsx: ")
    assert "zip bomb" in message


def test_member_declaring_gigabytes_is_refused_without_inflating(
    form: Path, forbid_openpyxl: None
) -> None:
    data = bytearray(form.read_bytes())
    entry = data.index(b"PK\x01\x02")  # first central directory record
    struct.pack_into("<L", data, entry + 24, 3 * 1024**3)  # its uncompressed size: 3 GiB
    form.write_bytes(bytes(data))
    message = refusal(check_xlsx_archive, form)  # quickly: see benchmarks/bench_checks.py
    assert "hep_c.xlsx: this workbook unpacks to far more data" in message


@pytest.mark.parametrize("name", ["../../evil.xml", "/etc/cron.d/evil", "C:/Windows/evil.xml"])
def test_zip_with_path_traversal_member_names_is_refused(
    form: Path, name: str, forbid_openpyxl: None
) -> None:
    with zipfile.ZipFile(form, "a") as zf:
        zf.writestr(name, "<x/>")
    message = refusal(open_workbook, form)
    assert "hep_c.xlsx: this workbook contains a part with an unsafe name" in message
    assert name in message


def test_sheet_with_more_rows_than_excel_allows_is_refused_before_parsing(
    form: Path, forbid_openpyxl: None
) -> None:
    # openpyxl's read-only parser keeps every row element until the sheet ends: a memory bomb.
    rows = "".join(f'<row r="{i}"/>' for i in range(1, 1_100_000))
    sheet = f'<worksheet xmlns="{SHEET_NS}"><sheetData>{rows}</sheetData></worksheet>'
    rewrite_member(form, "xl/worksheets/sheet1.xml", sheet.encode())
    message = refusal(open_table, form)
    assert (
        "hep_c.xlsx: this workbook has a sheet (xl/worksheets/sheet1.xml) with more rows" in message
    )


def test_row_number_far_past_excel_limit_is_refused_not_counted_to(form: Path) -> None:
    with zipfile.ZipFile(form) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml")
    far = sheet.replace(b'<row r="2"', b'<row r="99999999999"')
    rewrite_member(form, "xl/worksheets/sheet1.xml", far)
    message = refusal(open_table, form)  # quickly: see benchmarks/bench_checks.py
    assert message.startswith('hep_c.xlsx, sheet "survey": the sheet numbers its rows past')


# --- XML bombs -------------------------------------------------------------------------------


def test_billion_laughs_in_shared_strings_is_refused_not_expanded(
    form: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_shared_strings(form, ["type", "name"])
    assert open_table(form).header == ("type", "name")  # openpyxl does read this part
    bomb = f'{LAUGHS}<sst xmlns="{SHEET_NS}"><si><t>&lol9;</t></si><si><t>b</t></si></sst>'
    rewrite_member(form, "xl/sharedStrings.xml", bomb.encode())
    monkeypatch.setattr(openpyxl, "load_workbook", forbidden)
    message = refusal(read_sheet, form, "survey")
    assert "hep_c.xlsx: this workbook contains an XML document type declaration" in message
    assert "xl/sharedStrings.xml" in message


def test_billion_laughs_in_a_worksheet_is_refused_even_in_utf16(
    form: Path, forbid_openpyxl: None
) -> None:
    sheet = (
        f'{LAUGHS}<worksheet xmlns="{SHEET_NS}"><sheetData><row r="1">'
        '<c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
    )
    rewrite_member(form, "xl/worksheets/sheet1.xml", sheet.encode())
    assert "XML document type declaration" in refusal(open_table, form)
    utf16 = sheet.replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16")
    rewrite_member(form, "xl/worksheets/sheet1.xml", utf16)
    assert "XML document type declaration" in refusal(open_table, form)


def test_external_entity_is_never_resolved(form: Path, forbid_openpyxl: None) -> None:
    sheet = (
        '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f'<worksheet xmlns="{SHEET_NS}"><sheetData><row r="1">'
        '<c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>'
    )
    rewrite_member(form, "xl/worksheets/sheet1.xml", sheet.encode())
    message = refusal(read_sheet, form, "survey")
    assert "XML document type declaration" in message
    assert "root:" not in message


def test_part_in_an_exotic_encoding_is_refused(form: Path) -> None:
    rewrite_member(
        form,
        "xl/worksheets/sheet1.xml",
        f'<?xml version="1.0" encoding="UTF-7"?><worksheet xmlns="{SHEET_NS}"/>'.encode(),
    )
    assert "unsupported text encoding" in refusal(read_sheet, form, "survey")


def test_openpyxl_alone_does_not_expand_entities_either() -> None:
    """What openpyxl does with lxml and defusedxml installed; our own scan does not rely on it.

    Sheets and shared strings are parsed with defusedxml's iterparse, which refuses any entity
    declaration; other parts with lxml's XMLParser(resolve_entities=False), which leaves
    entities unexpanded (and libxml2 refuses the amplification of a billion-laughs document).
    """
    from openpyxl.xml import DEFUSEDXML, LXML
    from openpyxl.xml.functions import fromstring, iterparse

    assert DEFUSEDXML and LXML
    assert iterparse.__module__.startswith("defusedxml")
    with pytest.raises(Exception, match="EntitiesForbidden"):
        list(iterparse(io.BytesIO(b'<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>')))
    assert fromstring(b'<!DOCTYPE r [<!ENTITY e "expanded">]><r>&e;</r>').text is None
    external = b'<!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><r>&e;</r>'
    assert fromstring(external).text is None
    try:
        root = fromstring(f"{LAUGHS}<r>&lol9;</r>".encode())
    except Exception as exc:  # libxml2 2.11+ refuses the amplification outright
        assert "amplification" in str(exc)
    else:
        assert not root.text


# --- sheets ----------------------------------------------------------------------------------


def test_sheet_names_and_case_insensitive_lookup(form: Path) -> None:
    assert sheet_names(form) == ["survey", "choices"]
    table = read_sheet(form, "Survey")
    assert table is not None
    assert (table.sheet, table.header) == ("survey", ("type", "name", "label"))
    assert list(table.rows()) == [(2, ("integer", "age", "Age"))]
    assert read_sheet(form, "settings") is None
    assert read_sheet(form, "SURVEY", case_insensitive=False) is None


def test_two_sheets_differing_only_in_case_are_ambiguous(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "f.xlsx", {"Survey": [["a"]], "SURVEY ": [["b"]]})
    assert 'f.xlsx: there are 2 sheets called "survey"' in refusal(read_sheet, path, "survey")


def test_rows_skip_empty_lines_pad_short_rows_and_keep_row_numbers(tmp_path: Path) -> None:
    path = make_workbook(
        tmp_path / "f.xlsx",
        {"survey": [[None], ["type", None, "name", None], ["text", "x"], [], ["note"]]},
    )
    table = read_sheet(path, "survey")
    assert table is not None
    assert table.header == ("type", "", "name")
    assert list(table.rows()) == [(3, ("text", "x", None)), (5, ("note", None, None))]


def test_excel_date_cells_come_back_as_datetime(tmp_path: Path) -> None:
    when = dt.datetime(2024, 3, 5, 14, 30)
    path = make_workbook(tmp_path / "data.xlsx", {"responses": [["start", "n"], [when, 3]]})
    table = open_table(path)
    assert list(table.rows()) == [(2, (when, 3))]


def test_too_many_rows_is_refused_quickly_naming_the_row(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "big.xlsx", {"survey": []})
    cell = '<c r="{}{}" t="inlineStr"><is><t>{}</t></is></c>'
    rows = "".join(
        f'<row r="{n}">{cell.format("A", n, "text")}{cell.format("B", n, f"q{n}")}</row>'
        for n in range(2, 50_002)
    )
    header = f'<row r="1">{cell.format("A", 1, "type")}{cell.format("B", 1, "name")}</row>'
    # Excel writes <dimension>; without it openpyxl parses the whole sheet once more on opening.
    sheet = (
        f'<worksheet xmlns="{SHEET_NS}"><dimension ref="A1:B50001"/>'
        f"<sheetData>{header}{rows}</sheetData></worksheet>"
    )
    rewrite_member(path, "xl/worksheets/sheet1.xml", sheet.encode())
    table = read_sheet(path, "survey", Limits(max_rows=5000))
    assert table is not None
    message = refusal(lambda: list(table.rows()))
    assert message.startswith('big.xlsx, sheet "survey", row 5002: there are more than 5,000 rows')


def test_overlong_cell_in_a_sheet_names_row_and_column(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "f.xlsx", {"survey": [["type", "label"], ["note", "x" * 40]]})
    message = refusal(read_sheet, path, "survey", Limits(max_cell_chars=30))
    assert message.startswith('f.xlsx, sheet "survey", row 2, column "label": a cell holds more')


def test_header_wider_than_max_columns_is_refused(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "f.xlsx", {"s": [["a", "b", None, "d"], ["1", "2"]]})
    message = refusal(open_table, path, Limits(max_columns=3))
    assert message == 'f.xlsx, sheet "s", row 1: the header row has more than 3 columns.'


def test_cells_right_of_the_header_in_a_workbook_are_not_read(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "f.xlsx", {"s": [["a", "b"], ["1", None, None, "note"]]})
    assert list(open_table(path).rows()) == [(2, ("1", None))]


def test_missing_sheet_lists_the_sheets_there_are(form: Path) -> None:
    message = refusal(open_table, form, sheet="answers")
    assert message == (
        'hep_c.xlsx: there is no sheet called "answers" (the sheets are "survey", "choices").'
    )


def test_rows_can_be_read_again_and_an_unread_table_can_be_closed(form: Path) -> None:
    table = read_sheet(form, "survey")
    assert table is not None
    first = list(table.rows())  # continues the workbook opened for the header
    assert list(table.rows()) == first  # opens the file again
    unread = read_sheet(form, "survey")
    assert unread is not None
    unread.close()
    unread.close()
    assert list(unread.rows()) == first


def test_workbook_named_csv_is_read_as_a_workbook(form: Path, tmp_path: Path) -> None:
    renamed = form.rename(tmp_path / "data.csv")
    assert open_table(renamed).sheet == "survey"


FUZZED_PARTS = [
    "[Content_Types].xml",
    "_rels/.rels",
    "xl/_rels/workbook.xml.rels",
    "xl/workbook.xml",
    "xl/styles.xml",
    "xl/sharedStrings.xml",
    "xl/worksheets/sheet1.xml",
]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@pytest.mark.slow
@given(part=st.sampled_from(FUZZED_PARTS), data=st.data())
@pytest.mark.filterwarnings("ignore::UserWarning")  # openpyxl's own notes on what it skipped
def test_damaged_workbook_parts_give_a_message_not_a_traceback(
    tmp_path: Path, part: str, data: st.DataObject
) -> None:
    path = make_workbook(tmp_path / "fuzz.xlsx", {"data": []})
    use_shared_strings(path, ["name", "when", "Amira"])
    with zipfile.ZipFile(path) as zf:
        original = zf.read(part)
    at = data.draw(st.integers(0, len(original)), label="at")
    junk = data.draw(st.binary(max_size=12), label="junk")
    cut = data.draw(st.integers(0, 20), label="cut")
    rewrite_member(path, part, original[:at] + junk + original[at + cut :])
    try:
        table = open_table(path)
        list(table.rows())
    except InputFileError as exc:
        assert str(exc).startswith("fuzz.xlsx")


# --- CSV -------------------------------------------------------------------------------------


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252", "utf-8"])
def test_csv_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    text = "name,town\r\nJosé Nuñez,España\r\nFrançoise,Besançon\r\nBjörn,Göteborg\r\n"
    table = open_table(write(tmp_path / "people.csv", text, encoding))
    assert table.header == ("name", "town")
    assert [values for _, values in table.rows()] == [
        ("José Nuñez", "España"),
        ("Françoise", "Besançon"),
        ("Björn", "Göteborg"),
    ]


def test_cp1252_byte_far_into_an_ascii_file_is_still_decoded(tmp_path: Path) -> None:
    text = "id,name\n" + "".join(f"{i},plain\n" for i in range(100_000)) + "9,Zoë\n"
    table = open_table(write(tmp_path / "late.csv", text, "cp1252"))
    assert list(table.rows())[-1] == (100_002, ("9", "Zoë"))


@pytest.mark.parametrize("delimiter", [";", "\t", "|", ","])
def test_csv_delimiters_are_detected(tmp_path: Path, delimiter: str) -> None:
    text = "\n".join(delimiter.join(row) for row in [["a", "b", "c"], ["1", "2,5", "x"]])
    if delimiter == ",":
        text = 'a,b,c\n1,"2,5",x'
    table = open_table(write(tmp_path / "d.txt", text + "\n"))
    assert table.header == ("a", "b", "c")
    assert list(table.rows()) == [(2, ("1", "2,5", "x"))]


def test_quoted_fields_keep_newlines_and_delimiters_and_rows_count_records(
    tmp_path: Path,
) -> None:
    text = 'id;comment;age\n1;"line one\nline two; still one";34\n\n2;"said ""hi""";\n'
    table = open_table(write(tmp_path / "q.csv", text))
    assert list(table.rows()) == [
        (2, ("1", "line one\nline two; still one", "34")),
        (4, ("2", 'said "hi"', "")),
    ]


def test_header_only_csv_has_zero_rows(tmp_path: Path) -> None:
    table = open_table(write(tmp_path / "h.csv", "id,name\n"))
    assert table.header == ("id", "name")
    assert list(table.rows()) == []


def test_huge_single_cell_is_refused_with_row_and_column(tmp_path: Path) -> None:
    path = write(tmp_path / "huge.csv", 'id,story\n1,"' + "x" * 2_000_000 + '"\n')
    message = refusal(open_table, path)
    assert message.startswith("huge.csv, row 2: a cell holds more than 32,767 characters")
    shorter = write(tmp_path / "long.csv", "id,story\n1," + "y" * 40_000 + "\n")
    assert 'long.csv, row 2, column "story": a cell holds' in refusal(open_table, shorter)


def test_endless_line_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    path = write(tmp_path / "line.csv", "a,b\n" + "1," * 300_000 + "\n")
    message = refusal(open_table, path, Limits(max_row_chars=100_000))
    assert message == "line.csv, row 2: this row is longer than 100,000 characters."


def test_row_spanning_endless_quoted_lines_is_refused(tmp_path: Path) -> None:
    # Many short lines, each closing and reopening a quote: one ever-growing row of fields.
    path = write(tmp_path / "long.csv", 'a,b\n1,"x' + '\n",",' * 100_000 + '"\n')
    message = refusal(open_table, path, Limits(max_row_chars=100_000))
    assert message == "long.csv, row 2: this row is longer than 100,000 characters."


def test_unclosed_quote_is_reported_not_swallowed(tmp_path: Path) -> None:
    path = write(tmp_path / "q.csv", 'id,name\n1,"Amira\n2,Ben\n')
    message = refusal(open_table, path)
    assert message.startswith("q.csv, row 2: the CSV layout is broken here")


def test_extra_values_in_a_csv_row_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "x.csv", "id,name\n1,Smith, John\n")
    message = refusal(open_table, path)
    assert message.startswith('x.csv, row 2, column "C": this row has more values than the header')


@pytest.mark.parametrize(
    "content",
    [
        random.Random(20_000).randbytes(20_000),
        b"\x89PNG\r\n\x1a\n" + bytes(500),
        b"name,age\n" + bytes(range(1, 32)) * 9,
    ],
    ids=["random bytes", "a picture", "control characters"],
)
def test_binary_garbage_is_not_a_text_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(content)
    assert refusal(open_table, path) == "data.csv: this file does not look like a text (CSV) file."


def test_blank_csv_is_empty(tmp_path: Path) -> None:
    assert refusal(open_table, write(tmp_path / "b.csv", "\n \n")) == "b.csv: this file is empty."


def test_file_over_the_size_limit_is_refused_without_reading(tmp_path: Path) -> None:
    path = write(tmp_path / "big.csv", "a\n" + "1\n" * 1000)
    message = refusal(open_table, path, Limits(max_file_bytes=1000))
    assert message.startswith("big.csv: this file is ")
    assert "more than the" in message


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(content=st.one_of(st.binary(max_size=600), st.text(max_size=300).map(str.encode)))
def test_any_bytes_as_csv_give_rows_or_a_message(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(content)
    try:
        table = open_table(path)
        for _, values in table.rows():
            assert len(values) == len(table.header)
    except InputFileError as exc:
        assert str(exc).startswith("fuzz.csv")


# --- packaging -------------------------------------------------------------------------------


def test_importing_tabular_pulls_in_neither_qt_nor_the_database() -> None:
    code = (
        "import sys, duodesk.core.tabular; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_duodesk_reads_its_own_csv_cells_back_as_they_were():
    from duodesk.core.spreadsheet import csv_safe, from_csv_cell

    # a location south of the equator, formulas, a negative number, a real apostrophe
    for text in ("-0.511658 36.08959 1200 4.5", "=SUM(A1)", "@x", "+44 1234", "-4", "'quoted"):
        assert from_csv_cell(csv_safe(text)) == text
    assert csv_safe("-0.511658 36.08959").startswith("'")  # still safe in a spreadsheet
