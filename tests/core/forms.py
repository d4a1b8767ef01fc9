"""Writing small XLSForm workbooks for tests, row by row as a person would type them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl


def write_form(
    path: Path,
    survey: Sequence[Sequence[object]],
    choices: Sequence[Sequence[object]] | None = None,
    settings: Sequence[Sequence[object]] | None = None,
) -> Path:
    """Each argument is a sheet: its first row is the header."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "survey"
    for row in survey:
        sheet.append(list(row))
    if choices is not None:
        sheet = workbook.create_sheet("choices")
        for row in choices:
            sheet.append(list(row))
    if settings is not None:
        sheet = workbook.create_sheet("settings")
        for row in settings:
            sheet.append(list(row))
    workbook.save(path)
    return path


YES_NO = [
    ["list_name", "name", "label", "missing"],
    ["yes_no", "yes", "Yes", ""],
    ["yes_no", "no", "No", ""],
    ["yes_no", "dont_know", "Don't know", "yes"],
]


def with_formula_results(path: Path, sheet: int, results: dict[str, tuple[str, str]]) -> Path:
    """Write into the workbook at ``path`` (as openpyxl saved it: each formula without its
    result) the result of the formula cells ``results`` names, as Excel saves them: cell
    ("B2") -> (cell type, result), e.g. ("n", "5"), ("str", "yes"), ("str", "") for empty text.
    ``sheet`` counts the workbook's sheets from 1."""
    import re
    import zipfile

    member = f"xl/worksheets/sheet{sheet}.xml"
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    xml = parts[member].decode("utf-8")
    for cell, (kind, result) in results.items():
        pattern = rf'<c r="{cell}"( s="\d+")?><f>(.*?)</f><v\s*/?>(?:</v>)?</c>'
        replacement = rf'<c r="{cell}"\1 t="{kind}"><f>\2</f><v>{result}</v></c>'
        xml, found = re.subn(pattern, replacement, xml)
        assert found == 1, f"no formula cell {cell} in {member}"
    parts[member] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in parts.items():
            target.writestr(name, content)
    return path


def write_workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """A workbook of the given sheets and rows. openpyxl keeps a str starting with "=" as a
    formula, and saves it without a result (as a script would)."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path
