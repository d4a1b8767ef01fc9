"""Checks a questionnaire should pass before anyone is interviewed with it.

Beyond what stops the form engine (:func:`duodesk.core.checks.check_questionnaire`: names,
expressions, circles among calculations), these find mistakes that let a form run but give
wrong data: a question that can never be asked, skip logic that looks at a question asked
later, a question with no options to pick, a grid whose statements are on different scales.
Every finding names the question or group, so the designer can go straight to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from duodesk.i18n import translate

from .checks import (
    check_questionnaire,
    expression_columns,
    has_choice_column,
    is_dynamic_default,
    other_program_calls,
)
from .expressions import ExpressionError, bare_names, evaluate, parse, references, to_boolean
from .expressions.evaluator import SimpleContext
from .expressions.parser import other_program
from .questionnaire import Group, Question, Questionnaire, QuestionType, text_in
from .skip_logic import Condition, Operator, from_expression
from .values import AnswerError, parse_answer


@dataclass(frozen=True)
class DesignIssue:
    """``name`` is the question or group concerned (``""``: the form as a whole);
    ``message`` says what is wrong in plain words; ``blocking`` is True when interviews
    cannot be entered until it is fixed."""

    name: str
    message: str
    blocking: bool = False


def check_design(questionnaire: Questionnaire) -> list[DesignIssue]:
    """Every issue found, those that stop interviews first, each list in form order."""
    issues = [
        DesignIssue(p.question if p.kind in ("question", "group") else "", str(p), True)
        for p in check_questionnaire(questionnaire)
        if not _reported_below(questionnaire, p.question, p.column)
    ]
    issues += _empty_choice_lists(questionnaire)
    issues += _unknown_filter_columns(questionnaire)
    issues += _later_references(questionnaire)
    issues += _never_asked(questionnaire)
    issues += _mixed_grids(questionnaire)
    issues += _defaults_not_among_choices(questionnaire)
    issues += _last_saved_answers(questionnaire)
    issues += _other_programs_functions(questionnaire)
    issues += _bare_names(questionnaire)
    return issues


def _bare_names(questionnaire: Questionnaire) -> list[DesignIssue]:
    """A bare word such as ``null`` or ``yes`` outside a choice filter: in ODK it is a path to
    nothing, so its value is empty (``${q} = null`` is ``${q} = ''``). The form opens, as it does
    in ODK Collect; the note says what the word is worth and what was probably meant."""
    issues = []
    for item, _ in questionnaire.walk():
        for column, text in expression_columns(item).items():
            if column == "choice_filter" or not text.strip():
                continue
            try:
                names = dict.fromkeys(bare.name for bare in bare_names(parse(text)))
            except ExpressionError:
                continue
            for name in names:
                if name == "null":
                    hint = translate("Questionnaire", "to check for no answer, write ${q} = ''")
                elif name in ("true", "false"):
                    hint = translate("Questionnaire", "did you mean {name}()?").format(name=name)
                else:
                    hint = translate(
                        "Questionnaire", "did you mean '{name}' (a text) or ${{{name}}}?"
                    ).format(name=name)
                row = _survey_row(item.row)
                message = translate(
                    "Questionnaire",
                    '{item}{row}, column "{column}": the word "{name}" on its own names nothing, '
                    "so it is empty here (as in ODK Collect); {hint}",
                ).format(
                    item=_label(item, questionnaire), row=row, column=column, name=name, hint=hint
                )
                issues.append(DesignIssue(item.name, message))
    return issues


def _other_programs_functions(questionnaire: Questionnaire) -> list[DesignIssue]:
    """A calculation with another program's function (SurveyCTO's ``duration()``) opens, but
    DuoDesk leaves its value empty: said once per question, naming the function's program."""
    issues = []
    for item, _ in questionnaire.walk():
        text = expression_columns(item).get("calculation", "")
        try:
            calls = other_program_calls(parse(text)) if text.strip() else []
        except ExpressionError:
            continue
        if not calls:
            continue
        names = ", ".join(dict.fromkeys(f"{c.name}() ({other_program(c.name)})" for c in calls))
        row = _survey_row(item.row)
        message = translate(
            "Questionnaire",
            "The calculation of {item}{row} uses {names}, which only that program works out; "
            "DuoDesk leaves this calculation empty",
        ).format(item=_label(item, questionnaire), row=row, names=names)
        issues.append(DesignIssue(item.name, message))
    return issues


_LAST_SAVED = re.compile(r"\$\{\s*last-saved#([^}\s]+)\s*\}")


def _last_saved_answers(questionnaire: Questionnaire) -> list[DesignIssue]:
    """``${last-saved#q}`` (ODK: q's answer in the last saved interview) is always empty in
    DuoDesk, which never fills one interview from another: said once per question."""
    issues = []
    for item, _ in questionnaire.walk():
        for column, text in expression_columns(item).items():
            found = _LAST_SAVED.search(text)
            if found is None:
                continue
            row = _survey_row(item.row)
            message = translate(
                "Questionnaire",
                '{item}{row}, column "{column}", uses ${{last-saved#{value}}}: DuoDesk '
                "does not fill answers from the last saved interview, so it is always "
                "empty here",
            ).format(item=_label(item, questionnaire), row=row, column=column, value=found[1])
            issues.append(DesignIssue(item.name, message))
            break
    return issues


def _defaults_not_among_choices(questionnaire: Questionnaire) -> list[DesignIssue]:
    """A select's default that names no choice (ODK Collect opens the form and selects
    nothing, and so does DuoDesk): worth fixing, not blocking."""
    issues = []
    for question in questionnaire.questions():
        choices = questionnaire.choices_for(question)
        default = question.default.strip()
        if choices is None or not default or is_dynamic_default(question):
            continue
        try:
            parse_answer(question, default, choices)
        except AnswerError:
            message = translate(
                "Questionnaire",
                'The default of {question}, "{default}", is not one of its answer '
                "options, so nothing is selected at the start; change the default or "
                "leave it empty",
            ).format(question=_label(question, questionnaire), default=default)
            issues.append(DesignIssue(question.name, message))
    return issues


def _reported_below(questionnaire: Questionnaire, name: str, column: str) -> bool:
    """A missing choice list is reported by :func:`_empty_choice_lists` in plainer words."""
    if column != "type":
        return False
    try:
        question = questionnaire.question(name)
    except KeyError:
        return False
    return question.type.is_select and question.list_name not in questionnaire.choice_lists


def _label(item: Question | Group, questionnaire: Questionnaire) -> str:
    text = text_in(item.label, questionnaire.settings.default_language)
    return f'"{text}" ({item.name})' if text else f'"{item.name}"'


def _empty_choice_lists(questionnaire: Questionnaire) -> list[DesignIssue]:
    issues = []
    for question in questionnaire.questions():
        if not question.type.is_select:
            continue
        choice_list = questionnaire.choice_lists.get(question.list_name)
        if choice_list is None or not choice_list.choices:
            message = translate(
                "Questionnaire",
                "Question {question} has no answers to choose from; add its answer options",
            ).format(question=_label(question, questionnaire))
            issues.append(DesignIssue(question.name, message, True))
    return issues


def _unknown_filter_columns(questionnaire: Questionnaire) -> list[DesignIssue]:
    """A choice_filter naming a column no choice has: ODK reads it as empty, so the form runs,
    but the filter is most likely misspelt."""
    issues = []
    for question in questionnaire.questions():
        choice_list = questionnaire.choices_for(question)
        if choice_list is None or not question.choice_filter.strip():
            continue
        try:
            names = bare_names(parse(question.choice_filter))
        except ExpressionError:
            continue  # reported by check_questionnaire
        for name in dict.fromkeys(bare.name for bare in names):
            if not has_choice_column(choice_list, name):
                message = translate(
                    "Questionnaire",
                    'The choice filter of {question} uses "{name}", but the choices of '
                    '"{name2}" have no such column, so it is always empty; check its spelling',
                ).format(
                    question=_label(question, questionnaire), name=name, name2=choice_list.name
                )
                issues.append(DesignIssue(question.name, message))
    return issues


def _later_references(questionnaire: Questionnaire) -> list[DesignIssue]:
    order = {item.name: index for index, (item, _) in enumerate(questionnaire.walk())}
    issues = []
    for item, _ in questionnaire.walk():
        if not item.relevant.strip():
            continue
        try:
            names = references(parse(item.relevant))
        except ExpressionError:
            continue  # reported by check_questionnaire
        for name in sorted(names, key=lambda n: order.get(n, 0)):
            if name in order and order[name] >= order[item.name]:
                where = (
                    translate("Questionnaire", "itself")
                    if name == item.name
                    else translate("Questionnaire", '"{name}", which comes later').format(name=name)
                )
                message = translate(
                    "Questionnaire",
                    "{item} is asked depending on the answer to {where}: at that point there "
                    'is no answer yet. Move it after "{name}" or change its condition',
                ).format(item=_label(item, questionnaire), where=where, name=name)
                issues.append(DesignIssue(item.name, message))
    return issues


def _never_asked(questionnaire: Questionnaire) -> list[DesignIssue]:
    """Conditions that can never be true: a constant false, a value that is not one of the
    question's options, two different answers required of a one-answer question at once, or
    a condition on a question that is itself never asked."""
    impossible: dict[str, str] = {}
    for item, parents in questionnaire.walk():
        inherited = next((p.name for p in reversed(parents) if p.name in impossible), None)
        reason = _impossible(item.relevant, questionnaire, impossible)
        if reason is not None:
            impossible[item.name] = reason
        elif inherited is not None and item.name not in impossible:
            impossible[item.name] = ""  # follows its section; the section is reported
    return [
        DesignIssue(
            name,
            translate("Questionnaire", "{item} can never be asked: {reason}").format(
                item=_label(_find(questionnaire, name), questionnaire), reason=reason
            ),
        )
        for name, reason in impossible.items()
        if reason
    ]


def _find(questionnaire: Questionnaire, name: str) -> Question | Group:
    return next(item for item, _ in questionnaire.walk() if item.name == name)


def _impossible(text: str, questionnaire: Questionnaire, never: dict[str, str]) -> str | None:
    if not text.strip():
        return None
    try:
        tree = parse(text)
    except ExpressionError:
        return None
    if not references(tree):
        try:
            constant = evaluate(tree, SimpleContext({}))
        except ExpressionError:
            return None
        if to_boolean(constant):
            return None
        return translate("Questionnaire", "its condition is always false")
    logic = from_expression(text)
    if logic is None:
        return None
    reasons = [_condition_problem(c, questionnaire, never) for c in logic.conditions]
    if logic.match_all:
        found = next((r for r in reasons if r), None)
        return found or _contradiction(logic.conditions, questionnaire)
    if all(reasons):
        return reasons[0]
    return None


def _survey_row(row: int) -> str:
    """ " (survey row 12)", to follow an item's name; "" for an item without a row."""
    if not row:
        return ""
    return " " + translate("Questionnaire", "(survey row {row})").format(row=row)


def _condition_problem(
    condition: Condition, questionnaire: Questionnaire, never: dict[str, str]
) -> str | None:
    if condition.question in never:
        return translate("Questionnaire", 'it depends on "{name}", which is never asked').format(
            name=condition.question
        )
    try:
        question = questionnaire.question(condition.question)
    except KeyError:
        return None  # a reference to nothing is a blocking problem reported elsewhere
    wants_value = condition.operator in (Operator.IS, Operator.INCLUDES)
    if question.type.is_select and wants_value:
        choice_list = questionnaire.choice_lists.get(question.list_name)
        if choice_list is not None and choice_list.choice(condition.value) is None:
            return translate(
                "Questionnaire",
                'it needs "{name}" to be "{value}", which is not one of its answer options',
            ).format(name=condition.question, value=condition.value)
    return None


def _contradiction(conditions: tuple[Condition, ...], questionnaire: Questionnaire) -> str | None:
    wanted: dict[str, str] = {}
    for condition in conditions:
        if condition.operator is not Operator.IS:
            continue
        earlier = wanted.setdefault(condition.question, condition.value)
        if earlier != condition.value:
            return translate(
                "Questionnaire", 'it needs "{name}" to be both "{first}" and "{second}"'
            ).format(name=condition.question, first=earlier, second=condition.value)
    return None


def _mixed_grids(questionnaire: Questionnaire) -> list[DesignIssue]:
    issues = []
    for group in questionnaire.groups():
        if "table-list" not in group.appearance.split():
            continue
        lists = {
            c.list_name
            for c in group.children
            if isinstance(c, Question) and c.type is QuestionType.SELECT_ONE
        }
        others = [c for c in group.children if not isinstance(c, Question) or not c.type.is_select]
        if len(lists) > 1:
            names = ", ".join(f'"{name}"' for name in sorted(lists))
            message = translate(
                "Questionnaire",
                "The grid {group} mixes answer scales ({names}): all its statements "
                "should be answered on the same scale",
            ).format(group=_label(group, questionnaire), names=names)
            issues.append(DesignIssue(group.name, message))
        elif others:
            message = translate(
                "Questionnaire",
                'The grid {group} holds something that is not a one-answer statement ("{name}")',
            ).format(group=_label(group, questionnaire), name=others[0].name)
            issues.append(DesignIssue(group.name, message))
    return issues
