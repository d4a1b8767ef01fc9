"""Skip logic as conditions, and back to the XLSForm expression."""

from __future__ import annotations

import pytest

from duodesk.core.answer_rules import AnswerRules, from_constraint, to_constraint
from duodesk.core.skip_logic import (
    Condition,
    Operator,
    SkipLogic,
    builder_can_show,
    from_expression,
    same_expression,
    to_expression,
)
from duodesk.core.xlsform import read_xlsform

LOGICS = [
    SkipLogic((Condition("hcv", Operator.IS, "yes"),)),
    SkipLogic((Condition("hcv", Operator.IS_NOT, "no_contact"),)),
    SkipLogic((Condition("reasons", Operator.INCLUDES, "other"),)),
    SkipLogic((Condition("reasons", Operator.EXCLUDES, "none"),)),
    SkipLogic(
        (Condition("age", Operator.MORE_THAN, "17"), Condition("age", Operator.LESS_THAN, "25.5"))
    ),
    SkipLogic(
        (Condition("peer", Operator.IS, "partly"), Condition("peer", Operator.IS, "very_much")),
        match_all=False,
    ),
    SkipLogic(
        (
            Condition("a", Operator.IS, "it's"),
            Condition("b", Operator.INCLUDES, "x"),
            Condition("c", Operator.IS_NOT, "y"),
        )
    ),
]


@pytest.mark.parametrize("logic", LOGICS)
def test_conditions_written_by_the_builder_read_back_the_same(logic):
    text = to_expression(logic)
    assert from_expression(text) == logic
    assert builder_can_show(text)


def test_the_builder_writes_the_expressions_an_odk_form_uses():
    assert to_expression(LOGICS[0]) == "${hcv} = 'yes'"
    assert to_expression(LOGICS[2]) == "selected(${reasons}, 'other')"
    assert to_expression(LOGICS[3]) == "not(selected(${reasons}, 'none'))"
    assert to_expression(LOGICS[5]) == "${peer} = 'partly' or ${peer} = 'very_much'"
    number = SkipLogic((Condition("age", Operator.IS, "18"),))
    assert to_expression(number, numeric=frozenset({"age"})) == "${age} = 18"
    assert to_expression(SkipLogic()) == ""


@pytest.mark.parametrize(
    "text",
    [
        "${a} = 'yes' and (${b} = 'no' or ${c} = 'no')",  # mixed and/or: kept as written
        "${a} + 1 > 3",
        "string-length(${name}) > 2",
        "${a} > 'b'",
        "${a} = ",  # does not parse
    ],
)
def test_expressions_the_builder_cannot_show_are_left_as_text(text):
    assert from_expression(text) is None
    assert not builder_can_show(text)


def test_spacing_and_quotes_do_not_stop_the_builder_recognising_an_expression():
    assert from_expression('${a}="yes"') == SkipLogic((Condition("a", Operator.IS, "yes"),))
    assert builder_can_show('${a}="yes"')
    assert same_expression("${a}  =  'x'", '${a} = "x"')


def test_every_skip_rule_and_answer_rule_of_the_examples_round_trips(example_paths):
    for path in example_paths.values():
        form = read_xlsform(path)
        numeric = frozenset(q.name for q in form.questions() if q.type.is_numeric)
        for item, _ in form.walk():
            if item.relevant:
                logic = from_expression(item.relevant)
                assert logic is not None, item.relevant
                assert to_expression(logic, numeric) == item.relevant
            constraint = getattr(item, "constraint", "")
            if constraint:
                rules = from_constraint(constraint)
                assert rules is not None, constraint
                assert to_constraint(rules) == constraint


def test_answer_rules_become_a_constraint_and_back():
    rules = AnswerRules(minimum="16", maximum="90")
    assert to_constraint(rules) == ". >= 16 and . <= 90"
    assert from_constraint(". >= 16 and . <= 90") == rules
    both = AnswerRules(exclusive="none", at_most=3)
    assert from_constraint(to_constraint(both)) == both
    assert from_constraint(". <= today()") == AnswerRules(not_in_future=True)
    assert from_constraint("regex(., '^[A-Z]+$')") is None
    assert from_constraint(". >= 1 and . >= 2") is None
    assert from_constraint("") == AnswerRules()
