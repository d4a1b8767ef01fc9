"""Reading and writing XLSForm questionnaires."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pyxform.xls2xform import convert

from duodesk.core.questionnaire import Group, QuestionType, text_in
from duodesk.core.tabular import InputFileError
from duodesk.core.xlsform import FormFileError, read_xlsform, write_xlsform
from tests.core.forms import YES_NO, write_form


def test_each_example_reads_and_converts_with_pyxform(example_paths, tmp_path):
    for path in example_paths.values():
        questionnaire = read_xlsform(path)
        assert len(questionnaire.questions()) >= 15
        result = convert(xlsform=str(path), validate=False)
        assert "<h:html" in result.xform


@pytest.mark.parametrize(
    "name",
    ["hepatitis_c_peer_survey", "training_employment_barriers", "drug_user_organisation_profile"],
)
def test_read_write_read_gives_the_same_questionnaire(example_paths, tmp_path, name):
    original = read_xlsform(example_paths[name])
    written = tmp_path / f"{name}.xlsx"
    write_xlsform(original, written)
    assert read_xlsform(written) == original
    # and what DuoDesk writes is still an XLSForm ODK tools accept
    assert "<h:html" in convert(xlsform=str(written), validate=False).xform


def test_organisation_profile_grid_is_recognised(example_paths):
    questionnaire = read_xlsform(example_paths["drug_user_organisation_profile"])
    grids = [g for g in questionnaire.groups() if g.is_grid]
    assert grids, "the organisation type grid should be a Likert grid"
    scale = questionnaire.choice_lists[grids[0].grid_list_name()]
    assert [c.name for c in scale.choices][:3] == ["not_at_all", "partly", "very_much"]


def test_missing_codes_multilingual_labels_and_settings(tmp_path):
    path = write_form(
        tmp_path / "f.xlsx",
        [
            ["type", "name", "label::English (en)", "label::Español (es)", "hint::English (en)"],
            ["select_one yes_no", "tested", "Ever tested?", "¿Alguna vez?", "Read slowly"],
        ],
        [
            ["list_name", "name", "label::English (en)", "label::Español (es)", "missing"],
            ["yes_no", "yes", "Yes", "Sí", ""],
            ["yes_no", "dont_know", "Don't know", "No sé", "yes"],
        ],
        [
            ["form_id", "form_title", "version", "default_language"],
            ["hep", "Hep C", 3, "English (en)"],
        ],
    )
    q = read_xlsform(path)
    assert (q.form_id, q.title, q.version) == ("hep", "Hep C", "3")
    assert q.languages() == ["English (en)", "Español (es)"]
    question = q.question("tested")
    assert text_in(question.label, "Español (es)") == "¿Alguna vez?"
    assert text_in(question.hint, "Español (es)", "English (en)") == "Read slowly"
    assert q.choice_lists["yes_no"].missing_codes == {"dont_know"}


def test_aliases_used_by_real_forms_are_accepted(tmp_path):
    path = write_form(
        tmp_path / "aliases.xlsx",
        [
            ["type", "name", "label", "relevance", "jr:constraintMsg", "constraint"],
            ["select one yes_no", "a", "A?", "", "", ""],
            ["begin group", "g", "Group", "${a} = 'yes'", "", ""],
            ["int", "n", "How many?", "", "Too many", ". < 10"],
            ["select all that apply yes_no", "m", "Which?", "", "", ""],
            ["end group", "", "", "", "", ""],
        ],
        [["list name", "name", "label"], *[r[:3] for r in YES_NO[1:]]],
    )
    q = read_xlsform(path)
    assert q.question("a").type is QuestionType.SELECT_ONE
    assert q.question("n").type is QuestionType.INTEGER
    assert q.question("n").constraint_message == {"": "Too many"}
    assert q.question("m").type is QuestionType.SELECT_MULTIPLE
    group = q.children[1]
    assert isinstance(group, Group) and group.relevant == "${a} = 'yes'"


def _problems(path: Path) -> str:
    with pytest.raises(InputFileError) as raised:
        read_xlsform(path)
    return str(raised.value)


@pytest.mark.parametrize(
    ("survey", "expected"),
    [
        (
            [["type", "name", "label"], ["text", "a", "A"], ["text", "a", "Again"]],
            'row 3, column "name": "a" is already used on row 2',
        ),
        (
            [["type", "name", "label"], ["geopont", "where", "Where?"]],
            '"geopont" is not a question type DuoDesk knows',
        ),
        (
            [["type", "name", "label"], ["select_one nolist", "a", "A"]],
            'the list "nolist" is not on the "choices" sheet',
        ),
        (
            [["type", "name", "label"], ["begin_group", "g", "G"], ["text", "a", "A"]],
            'the group "g" is never ended',
        ),
        ([["type", "name", "label"], ["end_group", "", ""]], "end_group without a begin_group"),
        ([["type", "name", "label"], ["text", "", "No name"]], "row 2"),
        ([["type", "name", "label"], ["text", "1bad", "A"]], '"1bad" is not a valid name'),
        ([["name", "label"], ["a", "A"]], 'there is no "type" column'),
        ([["type", "name", "label"], ["begin repeat", "r", "R"]], 'the repeat "r" is never ended'),
        ([["type", "name", "label"], ["end repeat", "", ""]], "end_repeat without a begin_repeat"),
        ([["type", "name", "label", "relevant"], ["text", "a", "A", "${nobody} = 1"]], "nobody"),
        ([["type", "name", "label", "relevant"], ["text", "a", "A", "(1 + "]], '"relevant"'),
        (
            [
                ["type", "name", "label", "calculation"],
                ["calculate", "x", "", "${y} + 1"],
                ["calculate", "y", "", "${x} + 1"],
            ],
            "x",
        ),
    ],
)
def test_broken_forms_are_refused_with_sheet_row_and_reason(tmp_path, survey, expected):
    path = write_form(tmp_path / "broken.xlsx", survey, YES_NO)
    message = _problems(path)
    assert "broken.xlsx" in message
    assert expected in message


def test_every_problem_is_listed_not_just_the_first(tmp_path):
    path = write_form(
        tmp_path / "many.xlsx",
        [
            ["type", "name", "label"],
            ["text", "a", "A"],
            ["text", "a", "A"],
            ["wibble", "b", "B"],
            ["select_one none", "c", "C"],
        ],
        YES_NO,
    )
    with pytest.raises(FormFileError) as raised:
        read_xlsform(path)
    message = str(raised.value)
    assert len(raised.value.problems) == 3
    assert "row 3" in message and "row 4" in message and "row 5" in message


def test_missing_survey_sheet_is_refused(tmp_path):
    path = write_form(tmp_path / "x.xlsx", [["type", "name"]])
    import openpyxl

    workbook = openpyxl.load_workbook(path)
    workbook["survey"].title = "questions"
    workbook.create_sheet("notes")  # a workbook of one sheet is read as the survey, as pyxform does
    workbook.save(path)
    assert 'no sheet named "survey"' in _problems(path)


def test_written_labels_that_look_like_formulas_stay_text(tmp_path):
    path = write_form(tmp_path / "f.xlsx", [["type", "name", "label"], ["text", "a", "A"]])
    q = read_xlsform(path)
    from dataclasses import replace

    tricky = replace(q.question("a"), label={"": '=HYPERLINK("http://x")'})
    q2 = replace(q, children=(tricky,))
    out = tmp_path / "out.xlsx"
    write_xlsform(q2, out)
    import openpyxl

    cell = openpyxl.load_workbook(out)["survey"]["C2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    assert read_xlsform(out).question("a").label == {"": '=HYPERLINK("http://x")'}


@pytest.mark.slow
def test_fifty_thousand_row_survey_is_refused_quickly(tmp_path):
    rows = [["type", "name", "label"]] + [["text", f"q{i}", "Q"] for i in range(50_000)]
    path = write_form(tmp_path / "huge.xlsx", rows)
    message = _problems(path)
    assert "huge.xlsx" in message and "row" in message


def test_importing_core_loads_neither_qt_nor_sqlalchemy():
    code = (
        "import sys, duodesk.core.xlsform, duodesk.core.engine, duodesk.core.responses, "
        "duodesk.core.records, duodesk.core.serialize; "
        "print(sorted(m for m in ('PySide6', 'sqlalchemy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_rule_made_in_the_program_survives_writing(tmp_path):
    """Rules set on a question built in DuoDesk (not read from a file) are written out."""
    from dataclasses import replace

    path = write_form(tmp_path / "f.xlsx", [["type", "name", "label"], ["integer", "age", "Age"]])
    form = read_xlsform(path)
    built = replace(
        form.question("age"),
        required="yes",
        relevant="1 = 1",
        constraint=". >= 16",
        read_only="",
        extra={},
    )
    out = tmp_path / "out.xlsx"
    write_xlsform(replace(form, children=(built,)), out)
    again = read_xlsform(out).question("age")
    assert (again.required, again.relevant, again.constraint) == ("yes", "1 = 1", ". >= 16")


def test_a_page_of_mixed_questions_is_not_a_grid(tmp_path):
    path = write_form(
        tmp_path / "f.xlsx",
        [
            ["type", "name", "label", "appearance"],
            ["begin_group", "page", "One page", "field-list"],
            ["select_one yes_no", "housed", "Somewhere to stay?", ""],
            ["integer", "nights", "Nights outside", ""],
            ["end_group", "", "", ""],
            ["begin_group", "views", "Views", "table-list"],
            ["select_one yes_no", "a", "Statement A", ""],
            ["select_one yes_no", "b", "Statement B", ""],
            ["end_group", "", "", ""],
        ],
        YES_NO,
    )
    groups = {g.name: g for g in read_xlsform(path).groups()}
    assert groups["page"].on_one_page and not groups["page"].is_grid
    assert groups["views"].grid_list_name() == "yes_no"
