"""Number bands: the calculation the designer builds from a table."""

from __future__ import annotations

import pytest

from duodesk.core.engine import FormEngine
from duodesk.core.number_bands import Band, NumberBands, from_expression, to_expression
from duodesk.core.xlsform import read_xlsform

AGE_GROUPS = NumberBands("age", (Band(25, "under 25"), Band(40, "25 to 39")), "40 and over")


def test_the_examples_age_groups_are_bands_and_write_back_the_same(example_paths):
    form = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    calculation = form.question("age_group").calculation
    assert from_expression(calculation) == AGE_GROUPS
    assert to_expression(AGE_GROUPS) == calculation


@pytest.mark.parametrize(
    ("age", "group"),
    [(None, None), (18, "under 25"), (25, "25 to 39"), (39, "25 to 39"), (40, "40 and over")],
)
def test_bands_put_each_answer_in_its_band(example_paths, age, group):
    form = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    answers = {} if age is None else {"age": age}
    assert FormEngine(form).evaluate(answers).answers.get("age_group") == group


def test_up_to_bands_and_names_with_quotes_round_trip():
    bands = NumberBands("members", (Band(50, "up to 50", inclusive=True),), "can't say: more")
    assert from_expression(to_expression(bands)) == bands


@pytest.mark.parametrize(
    "text",
    [
        "if(${age} < 25, 'young', 'older')",  # no blank test: not the shape the table writes
        "if(${age} = '', '', if(${other} < 25, 'young', 'older'))",  # two questions
        "if(${age} = '', '', if(${age} > 25, 'older', 'young'))",  # bands go up with < only
        "concat(${a}, ${b})",
        "if(${age} = '', ''",  # not even an expression
    ],
)
def test_other_calculations_are_not_taken_for_bands(text):
    assert from_expression(text) is None


def test_names_with_both_kinds_of_quote_are_refused():
    with pytest.raises(ValueError, match="both"):
        to_expression(NumberBands("age", (Band(1, 'it\'s "odd"'),), "rest"))
