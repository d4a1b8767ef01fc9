"""An XLSForm whose survey sheet is empty, has only its header row, or only groups: a message
naming the file (once) and the sheet, saying what is missing, and no questionnaire."""

from __future__ import annotations

import openpyxl
import pytest

from duodesk.cli import main
from duodesk.core.tabular import InputFileError
from duodesk.core.xlsform import read_xlsform

HEADER = ["type", "name", "label"]


def _workbook(path, sheet: str, rows: list[list[object]], *, choices: bool = True):
    workbook = openpyxl.Workbook()
    workbook.active.title = sheet
    for row in rows:
        workbook.active.append(row)
    if choices:
        workbook.create_sheet("choices").append(["list_name", "name", "label"])
    workbook.save(path)
    return path


@pytest.mark.parametrize(
    ("sheet", "rows", "choices", "said"),
    [
        ("survey", [], True, "the sheet is empty. It should hold the questions"),
        ("survey", [HEADER], True, "has its header row (type, name, label) but nothing under it"),
        ("survey", [HEADER, [None] * 3, ["", "", ""]], True, "but nothing under it"),
        ("Sheet1", [HEADER], False, "but nothing under it"),  # one sheet: read as the survey
        ("Survey", [HEADER], True, "but nothing under it"),
        (
            "survey",
            [HEADER, ["begin_group", "g", "G"], ["end_group", "", ""]],
            True,
            "has groups but no questions in them",
        ),
    ],
)
def test_a_survey_sheet_without_questions_is_named_with_what_is_missing(
    tmp_path, sheet, rows, choices, said
):
    path = _workbook(tmp_path / "my form.xlsx", sheet, rows, choices=choices)
    with pytest.raises(InputFileError) as raised:
        read_xlsform(path)
    message = str(raised.value)
    assert message.startswith("my form.xlsx")
    assert message.count("my form.xlsx") == 1
    assert f'sheet "{sheet}"' in message
    assert said in message


def test_the_command_line_says_so_without_a_traceback(tmp_path, capsys):
    path = _workbook(tmp_path / "blank.xlsx", "survey", [HEADER])
    assert main(["--db", str(tmp_path / "p.duodesk"), "import-form", str(path)]) != 0
    error = capsys.readouterr().err
    assert "Traceback" not in error
    assert 'blank.xlsx: this is not a questionnaire DuoDesk can use:\n  - sheet "survey"' in error
