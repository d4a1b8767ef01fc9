"""Workbook cells holding a formula: read by the result a spreadsheet program saved with it, and
refused, naming the file, sheet, row and column, when the file holds no result (a workbook
written by a script): read as empty, the cell's answer would be lost without a word."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest

from duodesk.core.tabular import InputFileError, open_table, read_sheet
from tests.core.forms import with_formula_results, write_workbook

SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _rows(table) -> list[tuple[object, ...]]:
    return [values for _, values in table.rows()]


def _refusal(path: Path, sheet: str | None = None) -> str:
    with pytest.raises(InputFileError) as raised:
        _rows(open_table(path, sheet=sheet))
    return str(raised.value)


@pytest.mark.parametrize(
    ("formula", "shown"),
    [
        ('=HYPERLINK("https://example.org","click")', '(=HYPERLINK("https://example.org","cli'),
        ('=IF(1,"yes","no")', '(=IF(1,"yes","no"))'),
        ("=2+3", "(=2+3)"),
    ],
)
def test_a_formula_without_its_result_is_refused_naming_file_sheet_row_and_column(
    tmp_path, formula, shown
):
    path = write_workbook(
        tmp_path / "data.xlsx",
        {"Notes": [["read me"]], "Data": [["name", "answer"], ["a", "yes"], ["b", formula]]},
    )
    message = _refusal(path, "Data")
    assert message.startswith('data.xlsx, sheet "Data", row 3, column "answer": this cell holds')
    assert shown in message
    assert "Open the file in Excel or LibreOffice, save it there, and try again." in message


def test_a_formula_with_the_result_a_spreadsheet_program_saved_is_read_as_that_result(tmp_path):
    path = write_workbook(
        tmp_path / "data.xlsx",
        {"Data": [["text", "number", "empty"], ['=IF(1,"yes","no")', "=2+3", '=IF(1,"","x")']]},
    )
    with_formula_results(path, 1, {"A2": ("str", "yes"), "B2": ("n", "5"), "C2": ("str", "")})
    assert _rows(open_table(path)) == [("yes", 5, None)]


def test_a_formula_in_the_header_row_is_refused_naming_its_column_letter(tmp_path):
    path = write_workbook(
        tmp_path / "data.xlsx", {"Data": [["name", '=CONCAT("a","ge")'], ["a", 3]]}
    )
    message = _refusal(path)
    assert message.startswith('data.xlsx, sheet "Data", row 1, column "B": this cell holds')
    assert '(=CONCAT("a","ge"))' in message


def test_a_row_holding_only_formulas_is_refused_not_skipped_as_empty(tmp_path):
    path = write_workbook(
        tmp_path / "data.xlsx", {"Data": [["a", "b"], ["=1+1", "=2+2"], ["x", "y"]]}
    )
    assert _refusal(path).startswith('data.xlsx, sheet "Data", row 2, column "a"')


def test_a_formula_beside_the_table_is_a_note_and_is_not_read(tmp_path):
    path = write_workbook(
        tmp_path / "data.xlsx", {"Data": [["a", "b"], ["x", "y", None, "=SUM(1,2)"]]}
    )
    assert _rows(open_table(path)) == [("x", "y")]


def test_a_form_sheet_with_a_formula_is_refused_the_same_way(tmp_path):
    path = write_workbook(
        tmp_path / "form.xlsx",
        {"survey": [["type", "name", "label"], ["text", "q", "=1+1"]], "choices": [["a"]]},
    )
    with pytest.raises(InputFileError) as raised:
        _rows(read_sheet(path, "survey"))
    assert str(raised.value).startswith('form.xlsx, sheet "survey", row 2, column "label"')


def _sheet_xml(path: Path, sheet_data: str) -> Path:
    """A one-sheet workbook whose sheet is ``sheet_data``, as other programs write it."""
    workbook = openpyxl.Workbook()
    workbook.save(path)
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts["xl/worksheets/sheet1.xml"] = (
        f'<x:worksheet xmlns:x="{SHEET_NS}"><x:sheetData>{sheet_data}</x:sheetData></x:worksheet>'
    ).encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, content in parts.items():
            target.writestr(name, content)
    return path


def test_a_shared_formula_without_results_is_refused_in_a_prefixed_sheet_without_cell_names(
    tmp_path,
):
    """Excel writes a formula copied down a column once, then ``<f t="shared" si="0"/>``;
    some programs leave out the cells' and rows' numbers, or name the namespace."""
    path = _sheet_xml(
        tmp_path / "shared.xlsx",
        '<x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c>'
        '<x:c t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row>'
        '<x:row><x:c><x:v>1</x:v></x:c><x:c><x:f t="shared" ref="B2:B3" si="0">A2*2</x:f>'
        "<x:v>2</x:v></x:c></x:row>"
        '<x:row><x:c><x:v>4</x:v></x:c><x:c><x:f t="shared" si="0"/></x:c></x:row>',
    )
    message = _refusal(path)
    assert message.startswith('shared.xlsx, sheet "Sheet", row 3, column "b": this cell holds a')
    assert "formula but not its result" in message


@pytest.mark.skipif(shutil.which("ssconvert") is None, reason="needs Gnumeric's ssconvert")
def test_a_workbook_a_spreadsheet_program_calculated_and_saved_is_read_by_its_results(tmp_path):
    written = write_workbook(
        tmp_path / "written.xlsx",
        {"Data": [["a", "b", "c"], ['=IF(1,"yes","no")', "=2+3", '=IF(1,"","x")']]},
    )
    saved = tmp_path / "saved.xlsx"
    subprocess.run(
        ["ssconvert", str(written), str(saved)], capture_output=True, check=True, timeout=120
    )
    assert _rows(open_table(saved)) == [("yes", 5, "")]  # Gnumeric keeps "" as shared text
