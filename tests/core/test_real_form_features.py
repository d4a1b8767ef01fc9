"""ODK features real forms use that DuoDesk used to refuse: each form is built here, read back
and run as an interview would run it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from duodesk.core.design_checks import check_design
from duodesk.core.engine import FormEngine
from duodesk.core.xlsform import FormFileError, read_xlsform
from tests.core.forms import write_form

EMAIL = r"regex(., '^[\w-\.]+@([\w-]+\.)+[\w-]{2,}$')"
FRUIT = [
    ["list_name", "name", "label::English (en)", "label::French (fr)"],
    ["fruit", "apple", "Apple", "Pomme"],
    ["fruit", "pear", "Pear", "Poire"],
]


def _problems(path) -> list[str]:
    with pytest.raises(FormFileError) as caught:
        read_xlsform(path)
    return list(caught.value.problems)


def test_the_common_email_pattern_is_read_as_java_and_enketo_read_it(tmp_path):
    path = write_form(
        tmp_path / "email.xlsx",
        [["type", "name", "label", "constraint"], ["text", "email", "Email", EMAIL]],
    )
    engine = FormEngine(read_xlsform(path))
    # [\w-\.] is "a word character, '-' or '.'": the dash is a plain character, not a range.
    assert engine.evaluate({"email": "peer.worker-1@health-org.co.uk"}).errors() == []
    (error,) = engine.evaluate({"email": "peer worker@org"}).errors()
    assert error.name == "email"
    (error,) = engine.evaluate({"email": "a@b.c"}).errors()  # the last part needs two letters


def test_a_regex_that_is_wrong_in_java_too_is_still_refused(tmp_path):
    path = write_form(
        tmp_path / "bad.xlsx",
        [["type", "name", "label", "constraint"], ["text", "code", "Code", "regex(., '[z-a]')"]],
    )
    (problem,) = _problems(path)
    assert 'Question "code"' in problem and "regex pattern is not valid" in problem


def test_choice_name_gives_the_chosen_label_in_the_interview_language(tmp_path):
    path = write_form(
        tmp_path / "labels.xlsx",
        [
            ["type", "name", "label::English (en)", "label::French (fr)", "calculation"],
            ["select_one fruit", "liked", "Liked fruit", "Fruit", ""],
            ["calculate", "liked_label", "", "", "jr:choice-name(${liked}, '${liked}')"],
        ],
        FRUIT,
    )
    questionnaire = read_xlsform(path)
    french = FormEngine(questionnaire, language="French (fr)")
    assert french.evaluate({"liked": "pear"}).answers["liked_label"] == "Poire"
    english = FormEngine(questionnaire, language="English (en)")
    assert english.evaluate({"liked": "apple"}).answers["liked_label"] == "Apple"
    assert "liked_label" not in english.evaluate({}).answers  # nothing chosen, no label


def test_choice_name_needs_a_question_of_this_form(tmp_path):
    path = write_form(
        tmp_path / "typo.xlsx",
        [
            ["type", "name", "label", "calculation"],
            ["select_one fruit", "liked", "Liked", ""],
            ["calculate", "shown", "", "jr:choice-name(${liked}, '${likd}')"],
        ],
        FRUIT,
    )
    (problem,) = _problems(path)
    assert 'Question "shown"' in problem and 'no question called "likd"' in problem


def test_once_random_keeps_its_number_and_plain_random_draws_again(tmp_path):
    path = write_form(
        tmp_path / "random.xlsx",
        [
            ["type", "name", "label", "calculation"],
            ["calculate", "kept", "", "once(random())"],
            ["calculate", "drawn", "", "random()"],
        ],
    )
    engine = FormEngine(read_xlsform(path))
    first = engine.evaluate({}).answers
    assert 0 <= float(first["kept"]) < 1
    later = [engine.evaluate(dict(first)).answers for _ in range(20)]
    assert {state["kept"] for state in later} == {first["kept"]}
    assert len({state["drawn"] for state in later}) > 1  # ODK draws again without once()


def test_a_default_that_is_not_a_choice_selects_nothing_and_is_pointed_out(tmp_path):
    path = write_form(
        tmp_path / "fixme.xlsx",
        [
            ["type", "name", "label", "default"],
            ["select_one fruit", "ward", "Ward", "Fixme: I need this list"],
            ["select_one fruit", "liked", "Liked", "pear"],
        ],
        FRUIT,
    )
    questionnaire = read_xlsform(path)
    assert FormEngine(questionnaire).initial_answers() == {"liked": "pear"}
    (issue,) = [issue for issue in check_design(questionnaire) if issue.name == "ward"]
    assert not issue.blocking
    assert "Fixme: I need this list" in issue.message and "nothing is selected" in issue.message


def test_a_default_that_is_not_a_number_is_still_refused(tmp_path):
    path = write_form(
        tmp_path / "age.xlsx",
        [["type", "name", "label", "default"], ["integer", "age", "Age", "twenty"]],
    )
    (problem,) = _problems(path)
    assert 'Question "age"' in problem and "not a whole number" in problem


@pytest.mark.parametrize("place", ["end", "middle"])
def test_a_choice_row_without_a_list_name_is_left_out_as_pyxform_does(tmp_path, place):
    stray = [None, "water_supply", "Water supply", "Eau"]
    rows = [FRUIT[0], FRUIT[1], *([stray] if place == "middle" else []), FRUIT[2]]
    rows += [stray] if place == "end" else []
    path = write_form(
        tmp_path / "stray.xlsx",
        [["type", "name", "label"], ["select_one fruit", "liked", "Liked"]],
        rows,
    )
    questionnaire = read_xlsform(path)
    assert sorted(questionnaire.choice_lists) == ["fruit"]
    assert [c.name for c in questionnaire.choice_lists["fruit"].choices] == ["apple", "pear"]


def test_last_saved_references_start_empty_and_the_design_checks_say_so(tmp_path):
    path = write_form(
        tmp_path / "last.xlsx",
        [
            ["type", "name", "label", "default"],
            ["text", "street", "Street", "${last-saved#street}"],
            ["integer", "width", "Width", ""],
        ],
    )
    questionnaire = read_xlsform(path)
    assert FormEngine(questionnaire).initial_answers() == {}
    (issue,) = check_design(questionnaire)
    assert issue.name == "street" and not issue.blocking
    assert "survey row 2" in issue.message
    assert "does not fill answers from the last saved interview" in issue.message


def test_curly_quotes_around_a_text_are_read_as_quotes(tmp_path):
    path = write_form(
        tmp_path / "curly.xlsx",
        [
            ["type", "name", "label", "relevant"],
            ["text", "course", "Course", ""],
            ["integer", "count", "Count", "${course} != \u2019none\u2019 and ${course} != ''"],
        ],
    )
    engine = FormEngine(read_xlsform(path))
    assert engine.evaluate({"course": "none"}).states["count"].applicable is False
    assert engine.evaluate({"course": "math"}).states["count"].applicable is True


@pytest.mark.parametrize(
    ("calculation", "program"),
    [
        ("duration()", "SurveyCTO"),
        ("device-info()", "SurveyCTO"),
        ("index()", "SurveyCTO"),
        ("wq:length(.)", "the wq framework"),
        ("cht:difference-in-days('2024-01-01', today())", "the Community Health Toolkit"),
    ],
)
def test_calculations_with_other_programs_functions_open_empty_with_a_note(
    tmp_path, calculation, program
):
    path = write_form(
        tmp_path / "other.xlsx",
        [
            ["type", "name", "label", "calculation"],
            ["text", "name", "Your name", ""],
            ["calculate", "c", "", calculation],
        ],
    )
    questionnaire = read_xlsform(path)
    state = FormEngine(questionnaire).evaluate({"name": "Ana"}).states["c"]
    assert state.value in ("", None)
    (note,) = [i for i in check_design(questionnaire) if i.name == "c"]
    assert not note.blocking
    assert f"{calculation.partition('(')[0]}() ({program}" in note.message
    assert (
        "survey row 3" in note.message and "DuoDesk leaves this calculation empty" in note.message
    )


@pytest.mark.parametrize("column", ["relevant", "constraint"])
def test_other_programs_functions_that_would_hide_or_block_questions_are_refused(tmp_path, column):
    path = write_form(
        tmp_path / "other.xlsx",
        [["type", "name", "label", column], ["integer", "n", "How many?", "duration() > 60"]],
    )
    (problem,) = _problems(path)
    assert f'Question "n" (survey row 2), column "{column}"' in problem
    assert "duration() belongs to SurveyCTO, not to ODK XLSForms" in problem


def test_null_is_empty_as_in_odk_and_the_note_says_so(tmp_path):
    path = write_form(
        tmp_path / "null.xlsx",
        [
            ["type", "name", "label", "relevant"],
            ["text", "t", "Anything to add?", ""],
            ["note", "thanks", "Thank you for adding that", "${t} != null"],
        ],
    )
    questionnaire = read_xlsform(path)
    engine = FormEngine(questionnaire)
    assert engine.evaluate({}).states["thanks"].applicable is False
    assert engine.evaluate({"t": "more"}).states["thanks"].applicable is True
    (note,) = [i for i in check_design(questionnaire) if i.name == "thanks"]
    assert not note.blocking
    assert 'the word "null" on its own names nothing, so it is empty here' in note.message
    assert "${q} = ''" in note.message


def test_a_bare_word_is_empty_and_the_note_suggests_a_text(tmp_path):
    path = write_form(
        tmp_path / "bare.xlsx",
        [
            ["type", "name", "label", "required"],
            ["text", "model", "Model", "basic"],
        ],
    )
    questionnaire = read_xlsform(path)
    assert FormEngine(questionnaire).evaluate({}).states["model"].required is False
    (note,) = [i for i in check_design(questionnaire) if i.name == "model"]
    assert "did you mean 'basic' (a text) or ${basic}?" in note.message


def test_curly_quotes_typed_by_excel_are_read_as_straight_quotes(tmp_path):
    path = write_form(
        tmp_path / "curly.xlsx",
        [
            ["type", "name", "label", "relevant"],
            ["text", "tourism", "Kind of place", ""],
            [
                "integer",
                "rooms",
                "How many rooms?",
                "${tourism}=\u2019hotel\u2019 or ${tourism}=\u2019hostel' "
                "or ${tourism}=\u201cinn\u201d",
            ],
        ],
    )
    engine = FormEngine(read_xlsform(path))
    for place, asked in [("hotel", True), ("hostel", True), ("inn", True), ("shop", False)]:
        assert engine.evaluate({"tourism": place}).states["rooms"].applicable is asked, place


def test_a_curly_quote_inside_a_straight_quoted_text_stays_part_of_the_text(tmp_path):
    path = write_form(
        tmp_path / "curly.xlsx",
        [
            ["type", "name", "label", "calculation"],
            ["calculate", "c", "", "concat('It\u2019s ', \"fine\")"],
        ],
    )
    assert FormEngine(read_xlsform(path)).evaluate({}).states["c"].value == "It\u2019s fine"


def test_python_dash_m_duodesk_runs_the_command_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "duodesk", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "usage: duodesk" in result.stdout


def test_a_name_the_spreadsheet_stored_as_true_or_false_keeps_its_text(tmp_path):
    path = write_form(
        tmp_path / "boolean.xlsx",
        [["type", "name", "label"], ["text", False, "Boolean name"], ["select_one yn", "q", "Q"]],
        [["list_name", "name", "label"], ["yn", True, "True"], ["yn", False, "False"]],
    )
    questionnaire = read_xlsform(path)
    assert questionnaire.question("FALSE").label == {"": "Boolean name"}
    assert [c.name for c in questionnaire.choice_lists["yn"].choices] == ["TRUE", "FALSE"]


@pytest.mark.parametrize("kind", ["rank fruit", "rank fruit or_other"])
def test_a_rank_question_is_refused_with_a_way_round(tmp_path, kind):
    path = write_form(
        tmp_path / "rank.xlsx", [["type", "name", "label"], [kind, "order", "Order"]], FRUIT
    )
    (problem,) = _problems(path)
    assert 'sheet "survey", row 2, column "type"' in problem
    assert "cannot ask rank questions yet" in problem and "select_one" in problem
