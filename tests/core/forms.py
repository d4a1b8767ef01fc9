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
