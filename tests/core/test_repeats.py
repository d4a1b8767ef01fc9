"""Repeats: read from XLSForms, stored and written back, and evaluated with ODK's meaning of
``${q}`` inside and across instances."""

from __future__ import annotations

import pytest

from duodesk.core.engine import FormEngine
from duodesk.core.questionnaire import Repeat, answer_key, split_key
from duodesk.core.serialize import (
    fingerprint,
    questionnaire_from_json,
    questionnaire_to_json,
)
from duodesk.core.xlsform import FormFileError, read_xlsform, write_xlsform
from tests.core.forms import write_form

HEADER = [
    "type",
    "name",
    "label",
    "relevant",
    "calculation",
    "constraint",
    "required",
    "repeat_count",
]

# The peer survey: for each drug used in the last month, how often, how, and where the
# equipment came from.
DRUG_SURVEY = [
    HEADER,
    ["text", "site", "Where are we?", "", "", "", "", ""],
    ["integer", "age", "How old are you?", "", "", ". >= 16", "", ""],
    ["begin_repeat", "drugs", "Drug", "", "", "", "", ""],
    ["select_one drug", "drug", "Which drug did you use in the last month?", "", "", "", "yes", ""],
    ["select_one often", "how_often", "How often?", "", "", "", "", ""],
    ["select_multiple route", "how", "How did you take it?", "", "", "", "", ""],
    [
        "select_one source",
        "equipment",
        "Where did you get equipment?",
        "selected(${how}, 'inject')",
        "",
        "",
        "",
        "",
    ],
    ["calculate", "number", "", "", "position(..)", "", "", ""],
    ["calculate", "older", "", "", "${age} + 1", "", "", ""],
    ["end_repeat", "", "", "", "", "", "", ""],
    ["calculate", "drug_count", "", "", "count(${drugs})", "", "", ""],
    ["calculate", "injected", "", "", "count-selected(${how})", "", "", ""],
    ["calculate", "first_drug", "", "", "${drug}", "", "", ""],
    ["calculate", "second", "", "", "indexed-repeat(${drug}, ${drugs}, 2)", "", "", ""],
    ["calculate", "all", "", "", "join(' ', ${drug})", "", "", ""],
]
DRUG_CHOICES = [
    ["list_name", "name", "label"],
    ["drug", "heroin", "Heroin"],
    ["drug", "crack", "Crack"],
    ["drug", "benzos", "Benzodiazepines"],
    ["often", "daily", "Every day"],
    ["often", "weekly", "Every week"],
    ["route", "inject", "Injecting"],
    ["route", "smoke", "Smoking"],
    ["source", "nsp", "Needle exchange"],
    ["source", "friend", "A friend"],
]


@pytest.fixture
def drug_form(tmp_path):
    return read_xlsform(write_form(tmp_path / "drugs.xlsx", DRUG_SURVEY, DRUG_CHOICES))


def test_a_form_with_a_repeat_opens_and_knows_which_questions_repeat(drug_form):
    (repeat,) = drug_form.repeats()
    assert isinstance(repeat, Repeat) and repeat.name == "drugs"
    assert drug_form.repeat_of("how_often") is repeat
    assert drug_form.repeat_of("age") is None
    assert "how_often" not in {q.name for q in drug_form.top_level_questions()}


def test_a_repeat_survives_storing_and_writing_back(drug_form, tmp_path):
    again = questionnaire_from_json(questionnaire_to_json(drug_form))
    assert again == drug_form and fingerprint(again) == fingerprint(drug_form)
    write_xlsform(drug_form, tmp_path / "out.xlsx")
    reread = read_xlsform(tmp_path / "out.xlsx")
    assert fingerprint(reread) == fingerprint(drug_form)
    assert isinstance(reread.repeats()[0], Repeat)


def test_answer_keys_name_the_instance():
    assert answer_key("dose", "2.3") == "dose[2.3]"
    assert split_key("dose[2.3]") == ("dose", "2.3")
    assert split_key("age") == ("age", "")


def test_inside_an_instance_a_reference_is_that_instances_answer(drug_form):
    engine = FormEngine(drug_form)
    answers = {
        "age": 30,
        "drugs": 3,
        "drug[1]": "heroin",
        "how[1]": ("inject", "smoke"),
        "drug[2]": "crack",
        "how[2]": ("smoke",),
        "equipment[2]": "nsp",  # does not apply: crack was smoked
        "drug[3]": "benzos",
    }
    state = engine.evaluate(answers)
    assert state.instances["drugs"] == ("1", "2", "3")
    assert state.states["equipment[1]"].applicable
    assert not state.states["equipment[2]"].applicable
    assert "equipment[2]" in state.cleared
    assert state.answers["number[3]"] == "3"
    assert state.answers["older[2]"] == "31"  # a question outside the repeat is itself
    assert state.answers["drug_count"] == "3"
    assert state.answers["first_drug"] == "heroin"  # one value from outside: the first
    assert state.answers["second"] == "crack"
    assert state.answers["all"] == "heroin crack benzos"
    assert state.answers["injected"] == "2"


def test_required_and_constraints_are_checked_per_instance(drug_form):
    state = FormEngine(drug_form).evaluate({"drugs": 2, "drug[1]": "heroin"})
    assert state.states["drug[1]"].error is None
    assert state.states["drug[2]"].error == "An answer is needed here"
    assert [s.name for s in state.errors()] == ["drug[2]"]


def test_a_repeat_starts_with_one_instance_and_answers_of_removed_ones_are_cleared(drug_form):
    engine = FormEngine(drug_form)
    assert engine.evaluate({}).instances["drugs"] == ("1",)
    state = engine.evaluate({"drugs": 1, "drug[1]": "crack", "drug[2]": "heroin"})
    assert state.cleared == ("drug[2]",)
    assert engine.evaluate({"drugs": 0}).instances["drugs"] == ()


SUM_FORM = [
    HEADER,
    ["integer", "people", "How many people live with you?", "", "", "", "", ""],
    ["begin repeat", "person", "Person", "", "", "", "", "${people}"],
    ["integer", "age", "Age", "", "", "", "", ""],
    ["begin_repeat", "job", "Job", "", "", "", "", ""],
    ["integer", "hours", "Hours", "", "", "", "", ""],
    ["calculate", "job_number", "", "", "concat(position(..), ' of ', ${age})", "", "", ""],
    ["end_repeat", "", "", "", "", "", "", ""],
    ["calculate", "person_hours", "", "", "sum(${hours})", "", "", ""],
    ["calculate", "jobs", "", "", "count(${job})", "", "", ""],
    ["end_repeat", "", "", "", "", "", "", ""],
    ["calculate", "total_age", "", "", "sum(${age})", "", "", ""],
    ["calculate", "oldest", "", "", "max(${age})", "", "", ""],
    ["calculate", "all_hours", "", "", "sum(${hours})", "", "", ""],
    [
        "calculate",
        "second_job",
        "",
        "",
        "indexed-repeat(${hours}, ${person}, 2, ${job}, 2)",
        "",
        "",
        "",
    ],
]


def test_repeat_count_fixes_the_instances_and_nested_repeats_see_their_own_parent(tmp_path):
    form = read_xlsform(write_form(tmp_path / "household.xlsx", SUM_FORM))
    engine = FormEngine(form)
    answers = {
        "people": 2,
        "age[1]": 40,
        "age[2]": 19,
        "job[1]": 1,
        "hours[1.1]": 30,
        "job[2]": 2,
        "hours[2.1]": 10,
        "hours[2.2]": 5,
        "person": 7,  # ignored: repeat_count decides
    }
    state = engine.evaluate(answers)
    assert state.instances["person"] == ("1", "2")
    assert state.instances["job"] == ("1.1", "2.1", "2.2")
    assert state.answers["person_hours[2]"] == "15"
    assert state.answers["jobs[1]"] == "1"
    assert state.answers["job_number[2.2]"] == "2 of 19"
    assert state.answers["total_age"] == "59"
    assert state.answers["oldest"] == "40"
    assert state.answers["all_hours"] == "45"
    assert state.answers["second_job"] == "5"
    assert engine.evaluate({**answers, "people": 0}).instances["job"] == ()


def test_a_blank_among_the_instances_makes_a_sum_blank_as_in_odk(tmp_path):
    form = read_xlsform(write_form(tmp_path / "household.xlsx", SUM_FORM))
    state = FormEngine(form).evaluate({"people": 2, "age[1]": 40})
    assert "total_age" not in state.answers  # NaN in ODK, which shows as no value
    assert "oldest" not in state.answers


def test_a_repeat_that_does_not_apply_has_no_instances(tmp_path):
    survey = [
        HEADER,
        ["select_one yn", "used", "Used drugs?", "", "", "", "", ""],
        ["begin_repeat", "drugs", "Drug", "${used} = 'yes'", "", "", "", ""],
        ["text", "name", "Name", "", "", "", "", ""],
        ["end_repeat", "", "", "", "", "", "", ""],
    ]
    choices = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]
    form = read_xlsform(write_form(tmp_path / "f.xlsx", survey, choices))
    engine = FormEngine(form)
    assert engine.evaluate({"used": "no", "drugs": 2}).instances["drugs"] == ()
    assert engine.evaluate({"used": "yes", "drugs": 2}).instances["drugs"] == ("1", "2")


def test_an_unended_repeat_is_refused_with_its_row(tmp_path):
    survey = [HEADER, ["begin_repeat", "drugs", "Drug"] + [""] * 5, ["text", "a", "A"] + [""] * 5]
    with pytest.raises(FormFileError, match=r'row 2.*the repeat "drugs" is never ended'):
        read_xlsform(write_form(tmp_path / "f.xlsx", survey))


def test_begin_loop_makes_a_group_per_choice_as_pyxform_does(tmp_path):
    survey = [
        ["type", "name", "label"],
        ["begin loop over drug", "each", "Each drug"],
        ["integer", "days", "On how many days did you use %(label)s?"],
        ["end loop", "", ""],
    ]
    form = read_xlsform(write_form(tmp_path / "loop.xlsx", survey, DRUG_CHOICES))
    days = [q for q in form.questions() if q.xlsform_name == "days"]
    assert [q.label[""] for q in days] == [
        "On how many days did you use Heroin?",
        "On how many days did you use Crack?",
        "On how many days did you use Benzodiazepines?",
    ]
    assert not form.repeats()


def test_a_huge_repeat_count_is_bounded_rather_than_freezing_the_laptop(tmp_path):
    from duodesk.core.engine import MAX_INSTANCES, MAX_INSTANCES_PER_INTERVIEW

    survey = [
        HEADER,
        ["begin_repeat", "outer", "Outer", "", "", "", "", "100000"],
        ["begin_repeat", "inner", "Inner", "", "", "", "", "100000"],
        ["integer", "n", "N", "", "", "", "", ""],
        ["end_repeat", "", "", "", "", "", "", ""],
        ["end_repeat", "", "", "", "", "", "", ""],
        ["calculate", "total", "", "", "count(${n})", "", "", ""],
    ]
    form = read_xlsform(write_form(tmp_path / "huge.xlsx", survey))
    state = FormEngine(form).evaluate({})
    assert len(state.instances["outer"]) == MAX_INSTANCES
    made = len(state.instances["outer"]) + len(state.instances["inner"])
    assert made == MAX_INSTANCES_PER_INTERVIEW


def test_a_participant_code_from_a_repeat_question_is_refused(tmp_path):
    settings = [["form_id", "participant_code"], ["drugs", "drug"]]
    path = write_form(tmp_path / "drugs.xlsx", DRUG_SURVEY, DRUG_CHOICES, settings)
    with pytest.raises(FormFileError, match="asked once per instance of a repeat"):
        read_xlsform(path)


def test_every_instance_starts_with_its_questions_defaults(tmp_path):
    survey = [
        ["type", "name", "label", "default", "repeat_count"],
        ["integer", "people", "People", "2", ""],
        ["begin_repeat", "person", "Person", "", "${people}"],
        ["select_one yn", "lives_here", "Lives here?", "yes", ""],
        ["end_repeat", "", "", "", ""],
    ]
    choices = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]
    form = read_xlsform(write_form(tmp_path / "f.xlsx", survey, choices))
    engine = FormEngine(form)
    answers = engine.initial_answers()
    assert answers["lives_here[1]"] == "yes" and answers["lives_here[2]"] == "yes"
    assert engine.instance_defaults(answers, "person", "3") == {"lives_here[3]": "yes"}
