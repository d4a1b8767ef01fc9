"""Interviews and questionnaires from workbooks whose cells hold formulas: a formula the file
holds no result for is refused, naming the file, sheet, row and column, and the project is
left as it was; a formula saved with its result (by Excel, LibreOffice) is read as the result.
Messages about a workbook's rows name the file once, and the sheet they were read from."""

from __future__ import annotations

import pytest

from duodesk.core.tabular import InputFileError
from duodesk.core.xlsform import read_xlsform
from duodesk.gui.operations import add_questionnaire_file
from duodesk.storage.importer import ImportRefused, import_responses
from duodesk.storage.interviews import stored_answers
from duodesk.storage.questionnaires import save_questionnaire
from tests.core.forms import with_formula_results, write_form, write_workbook
from tests.storage.team import snapshot

SURVEY = [
    ["type", "name", "label"],
    ["text", "link", "Where did you hear of us?"],
    ["select_one yn", "tested", "Tested?"],
    ["integer", "age", "Age"],
]
CHOICES = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]
HEADER = ["link", "tested", "age"]
FORMULAS = ['=HYPERLINK("https://example.org","leaflet")', '=IF(1,"yes","no")', "=2+3"]


@pytest.fixture
def project(tmp_path, database):
    """A project with the questionnaire "f" and one interview already in it."""
    form = write_form(tmp_path / "form.xlsx", SURVEY, CHOICES, [["form_id"], ["f"]])
    with database.session() as session:
        save_questionnaire(session, read_xlsform(form))
    first = write_workbook(tmp_path / "first.xlsx", {"Sheet": [HEADER, ["poster", "no", 40]]})
    assert import_responses(database, "f", first).imported == 1
    return database


@pytest.mark.parametrize("keep_valid", [False, True])
def test_interviews_with_formulas_but_no_results_are_refused_and_nothing_is_stored(
    tmp_path, project, keep_valid
):
    rows = [HEADER, *(["friend", "yes", 20 + n % 50] for n in range(700)), FORMULAS]
    data = write_workbook(tmp_path / "data.xlsx", {"Notes": [["read me"]], "Data": rows})
    before = snapshot(project)
    with pytest.raises(InputFileError) as raised:
        # The first sheet's header names no question: the interviews are read from "Data".
        import_responses(project, "f", data, keep_valid=keep_valid)
    message = str(raised.value)
    assert message.startswith('data.xlsx, sheet "Data", row 702, column "link": this cell holds')
    assert '(=HYPERLINK("https://example.org","leaf...)' in message
    assert snapshot(project) == before
    assert not (tmp_path / "data.rejected.csv").exists()


@pytest.mark.parametrize(("column", "formula"), list(zip(HEADER, FORMULAS, strict=True)))
def test_each_formula_cell_is_named_by_its_own_column(tmp_path, project, column, formula):
    cells = ["poster", "no", 30]
    cells[HEADER.index(column)] = formula
    data = write_workbook(
        tmp_path / "data.xlsx", {"Sheet1": [HEADER, ["leaflet", "yes", 25], cells]}
    )
    before = snapshot(project)
    with pytest.raises(InputFileError) as raised:
        import_responses(project, "f", data)
    assert str(raised.value).startswith(f'data.xlsx, sheet "Sheet1", row 3, column "{column}"')
    assert f"({formula[:38]}" in str(raised.value)  # a long formula is cut short
    assert snapshot(project) == before


def test_formulas_saved_with_their_results_are_imported_as_the_results(tmp_path, project):
    data = write_workbook(tmp_path / "saved.xlsx", {"Sheet1": [HEADER, FORMULAS]})
    with_formula_results(
        data, 1, {"A2": ("str", "leaflet"), "B2": ("str", "yes"), "C2": ("n", "5")}
    )
    report = import_responses(project, "f", data)
    assert (report.imported, report.rejected) == (1, 0)
    with project.session() as session:
        answers = stored_answers(session, 2)
    assert {key: answer.value for key, answer in answers.items()} == {
        "link": "leaflet",
        "tested": "yes",
        "age": "5",
    }


def test_a_refused_import_names_the_file_once_and_the_sheet_its_rows_are_on(tmp_path, project):
    data = write_workbook(
        tmp_path / "data_multisheet.xlsx",
        {"Notes": [["read me"]], "Data": [HEADER, ["poster", "yes", 30], ["radio", "maybe", 31]]},
    )
    before = snapshot(project)
    with pytest.raises(ImportRefused) as raised:
        import_responses(project, "f", data)
    message = str(raised.value)
    assert message.startswith('data_multisheet.xlsx, sheet "Data": nothing was imported')
    assert message.count("data_multisheet.xlsx") == 1
    assert '\n  - row 3, column "tested", value "maybe":' in message
    assert snapshot(project) == before


def test_a_sheet_naming_no_question_is_refused_naming_the_file_once_and_the_sheet(
    tmp_path, project
):
    data = write_workbook(
        tmp_path / "other.xlsx", {"Visits": [["day", "place"], ["monday", "hub"]]}
    )
    with pytest.raises(InputFileError) as raised:
        import_responses(project, "f", data)
    message = str(raised.value)
    assert message.startswith('other.xlsx, sheet "Visits": no column is named after a question')
    assert message.count("other.xlsx") == 1


@pytest.mark.parametrize(
    ("survey", "settings", "where", "shown"),
    [
        (
            [["type", "name", "label"], ["text", "q", "=1+1"]],
            [["form_title", "form_id"], ["Survey", "s"]],
            'sheet "survey", row 2, column "label"',
            "(=1+1)",
        ),
        (
            [["type", "name", "label"], ["text", '=CONCAT("a","b")', "Q"]],
            [["form_title", "form_id"], ["Survey", "s"]],
            'sheet "survey", row 2, column "name"',
            '(=CONCAT("a","b"))',
        ),
        (
            [["type", "name", "label"], ["text", "q", "Q"]],
            [["form_title", "form_id"], ["=2+2", "s"]],
            'sheet "settings", row 2, column "form_title"',
            "(=2+2)",
        ),
        (
            [["type", "name", "label"], ["text", "q", "Q"]],
            [["form_title", "form_id"], ["Survey", '=LOWER("S")']],
            'sheet "settings", row 2, column "form_id"',
            '(=LOWER("S"))',
        ),
    ],
)
def test_a_questionnaire_with_formulas_but_no_results_is_refused_and_not_added(
    tmp_path, project, survey, settings, where, shown
):
    form = write_form(tmp_path / "inject.xlsx", survey, None, settings)
    before = snapshot(project)
    with pytest.raises(InputFileError) as raised:
        add_questionnaire_file(project, form)
    message = str(raised.value)
    assert message.startswith(f"inject.xlsx, {where}: this cell holds a formula {shown}")
    assert message.count("inject.xlsx") == 1
    assert snapshot(project) == before


def test_a_questionnaire_saved_with_its_formulas_results_is_read_by_them(tmp_path):
    form = write_form(
        tmp_path / "saved.xlsx",
        [["type", "name", "label"], ["text", "q", '=CONCAT("Your ","name")']],
        None,
        [["form_title", "form_id"], ['=UPPER("survey")', "s"]],
    )
    with_formula_results(form, 1, {"C2": ("str", "Your name")})
    with_formula_results(form, 2, {"A2": ("str", "SURVEY")})
    questionnaire = read_xlsform(form)
    assert questionnaire.title == "SURVEY"
    assert [dict(q.label) for q in questionnaire.questions()] == [{"": "Your name"}]
