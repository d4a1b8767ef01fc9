"""Checks on a questionnaire before anyone is interviewed with it."""

from __future__ import annotations

from duodesk.core.design_checks import check_design
from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    Group,
    Question,
    Questionnaire,
    QuestionType,
    Settings,
)
from duodesk.core.xlsform import read_xlsform

YES_NO = ChoiceList("yn", (Choice("yes", {"": "Yes"}), Choice("no", {"": "No"})))
SCALE = ChoiceList("scale", (Choice("a", {"": "Agree"}), Choice("d", {"": "Disagree"})))


def _form(*children, lists=(YES_NO, SCALE)) -> Questionnaire:
    return Questionnaire(Settings("f"), tuple(children), {cl.name: cl for cl in lists})


def _yes_no(name: str, relevant: str = "") -> Question:
    return Question(name, QuestionType.SELECT_ONE, {"": name}, list_name="yn", relevant=relevant)


def _messages(form: Questionnaire) -> dict[str, str]:
    return {issue.name: issue.message for issue in check_design(form)}


def test_the_shipped_examples_pass_every_check(example_paths):
    for path in example_paths.values():
        assert check_design(read_xlsform(path)) == []


def test_a_condition_on_an_answer_that_is_not_an_option_means_never_asked():
    form = _form(_yes_no("a"), _yes_no("b", "${a} = 'maybe'"), _yes_no("c", "${b} = 'yes'"))
    messages = _messages(form)
    assert "can never be asked" in messages["b"] and "maybe" in messages["b"]
    assert "never asked" in messages["c"]  # it depends on b, which is never asked
    assert "a" not in messages


def test_two_different_answers_at_once_and_a_false_rule_mean_never_asked():
    form = _form(
        _yes_no("a"), _yes_no("b", "${a} = 'yes' and ${a} = 'no'"), _yes_no("c", "false()")
    )
    messages = _messages(form)
    assert "both" in messages["b"]
    assert "always false" in messages["c"]


def test_why_a_question_is_never_asked_is_said_in_the_chosen_language():
    from duodesk import i18n

    form = _form(
        _yes_no("a"), _yes_no("b", "${a} = 'yes' and ${a} = 'no'"), _yes_no("c", "false()")
    )
    i18n.set_language("ru")
    try:
        messages = _messages(form)
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
    assert messages["b"].endswith(
        "никогда не будет задан: нужно, чтобы «a» было одновременно «yes» и «no»"
    )
    assert messages["c"].endswith("никогда не будет задан: его условие всегда ложно")


def test_questions_in_a_section_that_is_never_asked_are_reported_once_for_the_section():
    section = Group("sec", {"": "Section"}, relevant="${a} = 'maybe'", children=(_yes_no("x"),))
    messages = _messages(_form(_yes_no("a"), section))
    assert "sec" in messages and "x" not in messages


def test_a_condition_on_a_later_question_is_reported():
    messages = _messages(_form(_yes_no("a", "${b} = 'yes'"), _yes_no("b")))
    assert "comes later" in messages["a"]


def test_duplicate_names_block_interviews():
    issues = check_design(_form(_yes_no("a"), _yes_no("a")))
    assert any(i.blocking and "more than once" in i.message for i in issues)


def test_a_choice_question_without_options_is_reported():
    empty = Question("e", QuestionType.SELECT_ONE, {"": "E"}, list_name="nothing_yet")
    issues = check_design(_form(empty))
    assert [(i.name, i.blocking) for i in issues] == [("e", True)]
    assert "no answers to choose from" in issues[0].message


def test_calculations_in_a_circle_are_reported():
    a = Question("a", QuestionType.CALCULATE, calculation="${b} + 1")
    b = Question("b", QuestionType.CALCULATE, calculation="${a} + 1")
    issues = check_design(_form(a, b))
    assert any("circle" in i.message for i in issues)


def test_a_grid_whose_statements_use_different_scales_is_reported():
    grid = Group(
        "grid",
        {"": "Views"},
        appearance="table-list",
        children=(
            Question("s1", QuestionType.SELECT_ONE, {"": "One"}, list_name="scale"),
            Question("s2", QuestionType.SELECT_ONE, {"": "Two"}, list_name="yn"),
        ),
    )
    messages = _messages(_form(grid))
    assert "mixes answer scales" in messages["grid"]
