"""Tables whose answers include declared missing codes ("Don't know"): a Likert grid shows the
valid percent of each statement beside its percent of all answers, as the statement's own
table does, and a multiple-response table says that its cases include those who ticked only a
missing code."""

from __future__ import annotations

import json

import pytest

from duodesk.analysis import summarize, summary_to_json
from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    Group,
    Question,
    Questionnaire,
    QuestionType,
    Settings,
)
from tests.analysis.projects import store_interviews


def form() -> Questionnaire:
    scale = ChoiceList(
        "scale",
        (
            Choice("agree", {"": "Agree"}),
            Choice("disagree", {"": "Disagree"}),
            Choice("dont_know", {"": "Don't know"}, missing=True),
        ),
    )
    help_from = ChoiceList(
        "help",
        (
            Choice("gp", {"": "GP"}),
            Choice("pharmacy", {"": "Pharmacy"}),
            Choice("dont_know", {"": "Don't know"}, missing=True),
        ),
    )
    return Questionnaire(
        Settings("grid", "Grid", "1"),
        (
            Group(
                "views",
                {"": "Views"},
                appearance="table-list",
                children=(
                    Question(
                        "s1", QuestionType.SELECT_ONE, {"": "Staff listen"}, list_name="scale"
                    ),
                    Question(
                        "s2", QuestionType.SELECT_ONE, {"": "Easy to reach"}, list_name="scale"
                    ),
                ),
            ),
            Question("help", QuestionType.SELECT_MULTIPLE, {"": "Help from"}, list_name="help"),
        ),
        {"scale": scale, "help": help_from},
    )


ANSWERS = [
    {"s1": "agree", "s2": "agree", "help": ("gp", "pharmacy")},
    {"s1": "disagree", "s2": "agree", "help": ("gp",)},
    {"s1": "dont_know", "s2": "disagree", "help": ("dont_know",)},
    {"s1": "agree", "help": ("dont_know",)},
    {"s1": "dont_know", "s2": "dont_know"},
]


@pytest.fixture
def grid_project(database):
    store_interviews(database, form(), ANSWERS)
    return database


def test_grid_gives_valid_percent_beside_percent_of_all(grid_project):
    summary = summarize(grid_project, "grid")
    (grid,) = summary.grids
    s1 = grid.rows[0]
    assert (s1.answered, s1.valid, s1.counts) == (5, 3, (2, 1, 2))
    assert s1.row_percents == pytest.approx((40.0, 20.0, 40.0))
    assert s1.valid_percents[:2] == pytest.approx((200 / 3, 100 / 3))
    assert s1.valid_percents[2] is None  # "Don't know" has no valid percent
    # The same numbers as the statement's own frequency table.
    own = {o.name: o for o in summary.question("s1").options}
    assert s1.valid_percents[0] == own["agree"].valid_percent
    rows = summary_to_json(summary)["grids"][0]["rows"]
    assert list(rows[1]["valid_percents"]) == [pytest.approx(200 / 3), pytest.approx(100 / 3), None]


def test_multiple_response_says_its_cases_include_only_dont_know(grid_project):
    summary = summarize(grid_project, "grid")
    help_from = summary.question("help")
    # Four ticked something; two of them ticked only "Don't know": still cases.
    assert (help_from.answered, help_from.valid, help_from.responses) == (4, 2, 5)
    gp = next(o for o in help_from.options if o.name == "gp")
    assert gp.percent_of_cases == 50.0
    data = json.loads(json.dumps(summary_to_json(summary)))
    question = next(q for q in data["questions"] if q["name"] == "help")
    assert (question["cases"], question["cases_with_only_missing_codes"]) == (4, 2)
    assert question["percent_of_cases_denominator"] == (
        "“% of people” is out of the 4 who ticked at least one answer (including 2 who "
        'ticked only "Don\'t know"); “% of all answers ticked” is out of the 5 answers ticked'
    )
    assert question["percent_of_cases_denominator"] in question["denominators"]


@pytest.mark.parametrize(
    ("ticks", "said"), [(1, "the 1 answer ticked"), (3, "the 3 answers ticked")]
)
def test_the_answers_ticked_are_counted_in_plain_words(ticks, said):
    """Results said "percent of responses is out of the 1 answers ticked"."""
    from duodesk.analysis.results import QuestionSummary

    question = QuestionSummary(
        name="help",
        label="Who helped?",
        type="select_multiple",
        interviews=1,
        asked=1,
        not_applicable=0,
        answered=1,
        missing=0,
        valid=1,
        responses=ticks,
    )
    words = question.cases_in_words()
    assert words.endswith(f"“% of all answers ticked” is out of {said}")
    assert "responses" not in words and "cases" not in words
