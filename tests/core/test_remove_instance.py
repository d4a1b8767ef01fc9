"""Removing one instance of a repeat in entry: only that repeat's answers move."""

from __future__ import annotations

from duodesk.core.questionnaire import (
    Question,
    Questionnaire,
    QuestionType,
    Repeat,
    Settings,
    without_instance,
)

FORM = Questionnaire(
    Settings("two", "Two repeats", "1"),
    (
        Repeat("drugs", children=(Question("drug", QuestionType.TEXT, {"": "Drug"}),)),
        Question("nkids", QuestionType.INTEGER, {"": "Children"}),
        Repeat(
            "kids",
            repeat_count="${nkids}",
            children=(
                Question("school", QuestionType.TEXT, {"": "In school?"}),
                Repeat("visits", children=(Question("when", QuestionType.TEXT, {"": "When"}),)),
            ),
        ),
    ),
    {},
)


def test_removing_a_drug_leaves_the_childrens_answers_where_they_are():
    answers = {
        "drugs": 2,
        "drug[1]": "heroin",
        "drug[2]": "crack",
        "nkids": 2,
        "kids": 2,
        "school[1]": "yes",
        "school[2]": "no",
        "visits[2]": 1,
        "when[2.1]": "May",
    }
    after = without_instance(answers, FORM, "drugs", "1")
    assert after == {
        "drugs": 1,
        "drug[1]": "crack",
        "nkids": 2,
        "kids": 2,
        "school[1]": "yes",
        "school[2]": "no",
        "visits[2]": 1,
        "when[2.1]": "May",
    }


def test_removing_a_child_takes_its_visits_and_moves_the_next_child_down():
    answers = {"kids": 2, "school[1]": "yes", "school[2]": "no", "visits[2]": 1, "when[2.1]": "May"}
    after = without_instance(answers, FORM, "kids", "1")
    assert after == {"kids": 1, "school[1]": "no", "visits[1]": 1, "when[1.1]": "May"}
