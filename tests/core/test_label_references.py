"""``FormEngine.fill_in``: a label's ``${name}`` as the interview screen shows it."""

from __future__ import annotations

from datetime import date

from duodesk.core.engine import FormEngine
from duodesk.core.xlsform import read_xlsform
from tests.core.forms import write_form

SURVEY = [
    ["type", "name", "label::English (en)", "label::Français (fr)", "calculation"],
    ["select_multiple drug", "drugs", "Which?", "Lesquelles ?", ""],
    ["date", "seen", "When?", "Quand ?", ""],
    ["integer", "age", "Age?", "Âge ?", ""],
    ["calculate", "older", "", "", "${age} + 1"],
    ["note", "say", "${drugs} on ${seen}, ${older}", "${drugs} le ${seen}", ""],
]
CHOICES = [
    ["list_name", "name", "label::English (en)", "label::Français (fr)"],
    ["drug", "heroin", "Heroin", "Héroïne"],
    ["drug", "crack", "Crack", "Crack"],
]


def _engine(tmp_path, language: str = "English (en)") -> FormEngine:
    questionnaire = read_xlsform(write_form(tmp_path / "f.xlsx", SURVEY, CHOICES))
    return FormEngine(questionnaire, language=language)


def test_selected_labels_a_date_and_a_calculation_are_filled_in(tmp_path):
    engine = _engine(tmp_path)
    state = engine.evaluate({"drugs": ("heroin", "crack"), "seen": date(2024, 7, 1), "age": 30})
    assert engine.fill_in("${drugs} on ${seen}, ${older}", state) == (
        "Heroin, Crack on 2024-07-01, 31"
    )


def test_choice_labels_follow_the_interview_language(tmp_path):
    engine = _engine(tmp_path, "Français (fr)")
    state = engine.evaluate({"drugs": ("heroin",)})
    assert engine.fill_in("${drugs}", state) == "Héroïne"


def test_unanswered_is_empty_and_an_unknown_name_is_left_as_written(tmp_path):
    engine = _engine(tmp_path)
    state = engine.evaluate({})
    assert engine.fill_in("Age ${age}, ${nobody}", state) == "Age , ${nobody}"
    assert engine.fill_in("No reference", state) == "No reference"


def test_a_chosen_label_that_refers_to_an_answer_is_filled_in_too(tmp_path):
    survey = [
        ["type", "name", "label"],
        ["text", "pname", "Name?"],
        ["select_one yn", "likes_tea", "Does ${pname} like tea?"],
        ["note", "say", "Tea answer: ${likes_tea}"],
    ]
    choices = [["list_name", "name", "label"], ["yn", "yes", "Yes, ${pname} does"]]
    engine = FormEngine(read_xlsform(write_form(tmp_path / "t.xlsx", survey, choices)))
    state = engine.evaluate({"pname": "Maria", "likes_tea": "yes"})
    assert engine.fill_in("Tea answer: ${likes_tea}", state) == "Tea answer: Yes, Maria does"
