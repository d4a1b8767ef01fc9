"""One description of the XLSForm columns and one reading of yes and no, shared by the reader,
the writer, the checks and the form engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from duodesk.core.checks import check_questionnaire
from duodesk.core.engine import FormEngine
from duodesk.core.xlsform import read_xlsform, write_xlsform
from duodesk.core.xlsform_columns import NO, SURVEY_COLUMNS, YES, parse_flag
from tests.core.forms import YES_NO, write_form


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("yes", True),
        ("Y", True),
        ("TRUE", True),
        ("true()", True),
        ("1", True),
        ("", False),
        (" n ", False),
        ("No", False),
        ("false()", False),
        ("0", False),
        ("${age} > 17", None),
    ],
)
def test_a_flag_is_yes_no_or_an_expression(text: str, meaning: bool | None) -> None:
    assert parse_flag(text) is meaning


def test_y_and_n_mean_the_same_to_the_reader_the_checks_and_the_engine(tmp_path: Path) -> None:
    path = write_form(
        tmp_path / "short.xlsx",
        [
            ["type", "name", "label", "required", "read_only", "identifying"],
            ["select_one yes_no", "consent", "Consent?", "y", "n", "n"],
            ["text", "initials", "Initials", "n", "", "Y"],
        ],
        [*YES_NO[:3], ["yes_no", "refused", "Refused", ""]],
    )
    questionnaire = read_xlsform(path)
    consent, initials = questionnaire.question("consent"), questionnaire.question("initials")
    assert (consent.required, consent.read_only) == ("yes", "")
    assert initials.identifying and not consent.identifying
    assert check_questionnaire(questionnaire) == []
    state = FormEngine(questionnaire).evaluate({})
    assert state.states["consent"].required and not state.states["initials"].required

    write_xlsform(questionnaire, tmp_path / "again.xlsx")
    assert read_xlsform(tmp_path / "again.xlsx") == questionnaire


def test_the_written_survey_sheet_uses_only_the_declared_columns(tmp_path: Path) -> None:
    import openpyxl

    path = write_form(
        tmp_path / "form.xlsx",
        [
            ["type", "name", "label", "hint", "required", "relevant", "identifying"],
            ["integer", "age", "Age", "In years", "yes", "", ""],
            ["text", "name_given", "Name", "", "", "${age} > 17", "yes"],
        ],
    )
    written = tmp_path / "out.xlsx"
    write_xlsform(read_xlsform(path), written)
    header = [cell.value for cell in next(openpyxl.load_workbook(written)["survey"].iter_rows())]
    assert set(header) <= set(SURVEY_COLUMNS)
    assert YES.isdisjoint(NO)
