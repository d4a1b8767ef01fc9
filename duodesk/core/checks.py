"""Checks on a questionnaire itself, and the dependency order the form engine evaluates in.

:func:`check_questionnaire` lists every problem it finds rather than stopping at the first, so
that a person fixing a form in Excel can fix them all in one go. Each :class:`Problem` names the
question, the survey row, the column and, for expressions, the character position.
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from duodesk.i18n import QT_TRANSLATE_NOOP, translate

from .expressions import Expr, ExpressionError, parse, reference_nodes
from .expressions.nodes import Call, Literal, instance_paths, walk
from .expressions.parser import other_program
from .expressions.tokens import TokenKind, is_question_name, tokenize
from .questionnaire import ChoiceList, Group, Question, Questionnaire, QuestionType, Repeat
from .values import AnswerError, parse_answer, range_bounds
from .xlsform_columns import parse_flag


@dataclass(frozen=True)
class Problem:
    """A problem with the questionnaire (not with an answer).

    ``question`` is the name of the question, group, choice list or setting concerned (``""``
    for the form as a whole) and ``kind`` says which of those it is; ``row`` is the survey sheet
    row (0 when unknown); ``position`` the 0-based offset into the column's expression.
    """

    question: str
    column: str
    message: str
    row: int = 0
    position: int | None = None
    kind: str = "question"

    def __str__(self) -> str:
        if self.question:
            kind = _KIND_WORDS.get(self.kind)
            kind = translate("Questionnaire", kind) if kind else self.kind.capitalize()
            subject = translate("Questionnaire", '{kind} "{name}"').format(
                kind=kind, name=self.question
            )
        else:
            subject = translate("Questionnaire", "The form")
        if self.row:
            subject += " " + translate("Questionnaire", "(survey row {row})").format(row=self.row)
        parts = [subject]
        if self.column:
            parts.append(translate("Files", 'column "{column}"').format(column=self.column))
        if self.position is not None:
            parts.append(
                translate("Questionnaire", "at position {position}").format(position=self.position)
            )
        return translate("Files", "{where}: {reason}").format(
            where=", ".join(parts), reason=self.message
        )


#: What a problem's ``kind`` is called at the start of its sentence.
_KIND_WORDS = {
    "question": QT_TRANSLATE_NOOP("Questionnaire", "Question"),
    "group": QT_TRANSLATE_NOOP("Questionnaire", "Group"),
    "repeat": QT_TRANSLATE_NOOP("Questionnaire", "Repeat"),
    "choice list": QT_TRANSLATE_NOOP("Questionnaire", "Choice list"),
    "setting": QT_TRANSLATE_NOOP("Questionnaire", "Setting"),
}


class QuestionnaireError(Exception):
    """A questionnaire the form engine cannot run; ``problems`` lists every reason."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(self.problems)  # one argument, so that the error pickles

    def __str__(self) -> str:
        count = len(self.problems)
        if count == 1:
            lines = [translate("Questionnaire", "The questionnaire has 1 problem:")]
        else:
            lines = [translate("Questionnaire", "The questionnaire has %n problems:", None, count)]
        lines.extend(f"- {problem}" for problem in self.problems)
        return "\n".join(lines)


def is_dynamic_default(question: Question) -> bool:
    """True if the default is an expression (pyxform's rule, simplified): it refers to a
    question or calls a function, or it is arithmetic for a number question. Otherwise it is a
    literal answer such as ``yes`` or ``2024-01-05``."""
    text = question.default.strip()
    if not text:
        return False
    try:
        tokens = tokenize(text)
    except ExpressionError:
        return "${" in text
    for token, following in itertools.pairwise(tokens):
        if token.kind is TokenKind.REFERENCE:
            return True
        if token.kind is TokenKind.NAME and following.kind is TokenKind.LPAREN:
            return True
        if token.kind is TokenKind.OPERATOR and question.type.is_numeric:
            return True
    return False


def expression_columns(item: Question | Group) -> dict[str, str]:
    """The columns of ``item`` that hold an expression, with their text."""
    if isinstance(item, Group):
        columns = {"relevant": item.relevant}
        if isinstance(item, Repeat):
            columns["repeat_count"] = item.repeat_count
        return {column: text for column, text in columns.items() if text.strip()}
    columns = {
        "relevant": item.relevant,
        "constraint": item.constraint,
        "calculation": item.calculation,
        "choice_filter": item.choice_filter,
    }
    columns = {column: text for column, text in columns.items() if text.strip()}
    for column, text in (("required", item.required), ("read_only", item.read_only)):
        if parse_flag(text) is None:
            columns[column] = text
    if is_dynamic_default(item):
        columns["default"] = item.default
    return columns


# Columns whose values feed other questions' values; a circle among them has no answer.
_VALUE_COLUMNS = ("relevant", "calculation", "default", "repeat_count")


def dependencies(questionnaire: Questionnaire) -> dict[str, list[tuple[str, str]]]:
    """For every question and group: ``(name it depends on, through which column)``.

    A question depends on what its relevance, calculation and default refer to, and on its
    innermost group (whose relevance covers it). References that name nothing are left out.
    """
    items = list(questionnaire.walk())
    names = {item.name for item, _ in items}
    graph: dict[str, list[tuple[str, str]]] = {}
    for item, parents in items:
        edges = [(parents[-1].name, "group")] if parents else []
        for column, text in expression_columns(item).items():
            if column not in _VALUE_COLUMNS:
                continue
            try:
                expr = parse(text)
            except ExpressionError:
                continue
            edges.extend((ref.name, column) for ref in reference_nodes(expr) if ref.name in names)
        graph.setdefault(item.name, []).extend(edges)
    return graph


def dependency_order(
    graph: dict[str, list[tuple[str, str]]],
) -> tuple[list[str], list[list[tuple[str, str]]]]:
    """Names with every name after the names it depends on (form order where free), and the
    circles found, each as ``[(name, column it uses the next name through), ...]``."""
    state: dict[str, int] = {}  # 1: on the current path, 2: placed in the order
    order: list[str] = []
    cycles: list[list[tuple[str, str]]] = []
    seen_cycles: set[frozenset[str]] = set()
    for root in graph:
        if state.get(root):
            continue
        state[root] = 1
        path: list[tuple[str, str]] = [(root, "")]
        pending = [iter(graph[root])]
        while pending:
            for dep, column in pending[-1]:
                path[-1] = (path[-1][0], column)
                mark = state.get(dep, 0)
                if mark == 0:
                    state[dep] = 1
                    path.append((dep, ""))
                    pending.append(iter(graph.get(dep, [])))
                    break
                if mark == 1:
                    start = next(i for i, (name, _) in enumerate(path) if name == dep)
                    cycle = [*path[start:], (dep, "")]
                    key = frozenset(name for name, _ in cycle)
                    if key not in seen_cycles:
                        seen_cycles.add(key)
                        cycles.append(cycle)
            else:
                pending.pop()
                name, _ = path.pop()
                state[name] = 2
                order.append(name)
    return order, cycles


def check_questionnaire(questionnaire: Questionnaire) -> list[Problem]:
    """Every problem that would stop the form engine, in form order, then circles and settings.

    Checked: names present, valid and unique; every expression parses; every ``${ref}`` names a
    question; bare names only in ``choice_filter`` (and then as columns of the choice list);
    select questions name an existing list; calculate questions have a calculation; literal
    defaults are valid answers; choice names are unique (and space-free for select_multiple);
    no circle among calculations, relevance and defaults; participant-code questions exist.
    """
    problems: list[Problem] = []
    items = list(questionnaire.walk())
    kinds: dict[str, str] = {}
    first_row: dict[str, int] = {}
    for item, _ in items:
        kind = (
            "repeat"
            if isinstance(item, Repeat)
            else "group"
            if isinstance(item, Group)
            else "question"
        )
        if not item.name:
            message = translate("Questionnaire", _NO_NAME[kind])
            problems.append(Problem("", "name", message, item.row, None, kind))
        elif not all(is_question_name(part) for part in item.name.split("/")):
            message = translate("Questionnaire", _BAD_NAME)
            problems.append(Problem(item.name, "name", message, item.row, None, kind))
        elif item.name in kinds:
            where = (
                " "
                + translate("Questionnaire", "(first at survey row {row})").format(
                    row=first_row[item.name]
                )
                if first_row[item.name]
                else ""
            )
            message = translate(
                "Questionnaire", 'The name "{name}" is used more than once{where}'
            ).format(name=item.name, where=where)
            problems.append(Problem(item.name, "name", message, item.row, None, kind))
        else:
            kinds[item.name] = kind
            first_row[item.name] = item.row
    guess = _NameGuesser(kinds)
    for item, _ in items:
        if isinstance(item, Question):
            problems.extend(_question_problems(questionnaire, item))
        for column, text in expression_columns(item).items():
            problems.extend(_expression_problems(questionnaire, item, column, text, kinds, guess))
    problems.extend(_choice_list_problems(questionnaire))
    _, cycles = dependency_order(dependencies(questionnaire))
    for cycle in cycles:
        first, column = cycle[0]
        route = " -> ".join(name for name, _ in cycle)
        message = translate(
            "Questionnaire",
            "These depend on each other in a circle, so none can be worked out: {route}",
        ).format(route=route)
        row = next((item.row for item, _ in items if item.name == first), 0)
        problems.append(Problem(first, column, message, row, None, kinds.get(first, "question")))
    for name in questionnaire.settings.participant_code:
        if kinds.get(name) != "question":
            message = translate(
                "Questionnaire",
                'The participant code uses "{name}", which is not a question in this form',
            ).format(name=name)
            problems.append(Problem("participant_code", "", message, 0, None, "setting"))
        elif questionnaire.repeats_of(name):
            message = translate(
                "Questionnaire",
                'The participant code uses "{name}", which is asked once per instance of '
                "a repeat; use questions asked once per person",
            ).format(name=name)
            problems.append(Problem("participant_code", "", message, 0, None, "setting"))
    return problems


_BAD_NAME = QT_TRANSLATE_NOOP(
    "Questionnaire",
    'A name can only have letters, digits, "_", "-" and "." and must start with a letter or "_"',
)
_NO_NAME = {
    "question": QT_TRANSLATE_NOOP("Questionnaire", "A question has no name"),
    "group": QT_TRANSLATE_NOOP("Questionnaire", "A group has no name"),
    "repeat": QT_TRANSLATE_NOOP("Questionnaire", "A repeat has no name"),
}


def _question_problems(questionnaire: Questionnaire, question: Question) -> list[Problem]:
    problems: list[Problem] = []

    def add(column: str, message: str) -> None:
        problems.append(Problem(question.name, column, message, question.row))

    if question.type.is_select:
        if not question.list_name:
            add(
                "type",
                translate(
                    "Questionnaire", 'A {type} question needs a choice list, as in "select_one yn"'
                ).format(type=question.type),
            )
        elif question.list_name not in questionnaire.choice_lists:
            add(
                "type",
                translate(
                    "Questionnaire", 'The choice list "{name}" is not on the choices sheet'
                ).format(name=question.list_name),
            )
    if question.type is QuestionType.CALCULATE and not question.calculation.strip():
        add("calculation", translate("Questionnaire", "A calculate question needs a calculation"))
    if question.type is QuestionType.RANGE:
        try:
            range_bounds(question)
        except AnswerError as exc:
            add(
                "parameters",
                translate("Questionnaire", "The range cannot be used: {reason}").format(
                    reason=exc.reason
                ),
            )
            return problems
    has_literal_default = question.default.strip() and not is_dynamic_default(question)
    # A select's default that is not one of its choices selects nothing, as in ODK Collect;
    # the design checks point it out instead.
    checked = question.type.takes_answer or question.type.is_metadata
    if has_literal_default and checked and not question.type.is_select:
        try:
            parse_answer(question, question.default, questionnaire.choices_for(question))
        except AnswerError as exc:
            add(
                "default",
                translate("Questionnaire", "The default is not a valid answer: {reason}").format(
                    reason=exc.reason
                ),
            )
    return problems


class _NameGuesser:
    """The question name closest to a misspelt reference, for the first few misspellings.

    difflib compares a name with every question's, so suggesting for each of thousands of
    unknown references (a hostile or broken form) would take minutes; a person reads the first
    few suggestions anyway.
    """

    BUDGET = 25

    def __init__(self, names: dict[str, str]) -> None:
        self._names = list(names)
        self._known: dict[str, str | None] = {}

    def __call__(self, name: str) -> str | None:
        if name not in self._known:
            if len(self._known) >= self.BUDGET:
                return None
            found = difflib.get_close_matches(name, self._names, n=1)
            self._known[name] = found[0] if found else None
        return self._known[name]


def _expression_problems(
    questionnaire: Questionnaire,
    item: Question | Group,
    column: str,
    text: str,
    kinds: dict[str, str],
    guess: _NameGuesser,
) -> list[Problem]:
    kind = (
        "repeat" if isinstance(item, Repeat) else "group" if isinstance(item, Group) else "question"
    )
    problems: list[Problem] = []

    def add(message: str, position: int | None) -> None:
        problems.append(Problem(item.name, column, message, item.row, position, kind))

    try:
        expr: Expr = parse(text)
    except ExpressionError as exc:
        add(exc.message, exc.position)
        return problems
    for call in other_program_calls(expr):
        # Its value is always empty: harmless in a calculation (the check notes say so), but a
        # relevance, constraint or filter on it would hide or block questions wrongly.
        if column != "calculation":
            message = translate(
                "Core",
                "{name}() belongs to {program}, not to ODK XLSForms; DuoDesk (like ODK "
                "Collect) cannot work it out, so remove it or replace it",
            ).format(name=call.name, program=other_program(call.name))
            add(message, call.position)
    for ref in reference_nodes(expr):
        if kinds.get(ref.name) == "group":
            message = translate(
                "Questionnaire", "{reference} is a group; refer to a question inside it"
            ).format(reference=f"${{{ref.name}}}")
            add(message, ref.position)
        elif ref.name not in kinds:
            near = guess(ref.name)
            if near:
                message = translate(
                    "Questionnaire", 'There is no question called "{name}"; did you mean {near}?'
                ).format(name=ref.name, near=f"${{{near}}}")
            else:
                message = translate("Questionnaire", 'There is no question called "{name}"').format(
                    name=ref.name
                )
            add(message, ref.position)
    for path in instance_paths(expr):
        list_name = path.args[0].value  # type: ignore[union-attr]
        if questionnaire.instance_items(str(list_name)) is None:
            message = translate(
                "Questionnaire", "instance('{name}') names no choice list of this form"
            ).format(name=list_name)
            add(message, path.position)
    for call in pulldata_calls(expr):
        file = call.args[0]
        if not isinstance(file, Literal) or not isinstance(file.value, str):
            continue  # the file is named by an answer: it can only be looked for then
        if (
            questionnaire.data_file(data_file_name(file.value)) is None
            and data_file_name(file.value) not in questionnaire.missing_files
        ):
            message = translate(
                "Questionnaire", "pulldata() reads {value}, which this questionnaire lacks"
            ).format(value=data_file_name(file.value))
            add(message, call.position)
    return problems


def data_file_name(name: str) -> str:
    """The file ``pulldata('name', ...)`` reads: ``name.csv``."""
    name = name.strip()
    return name if name.lower().endswith(".csv") else f"{name}.csv"


def other_program_calls(expr: Expr) -> list[Call]:
    """Every call of another survey program's function (SurveyCTO's ``duration()``...)."""
    calls = [n for n in walk(expr) if isinstance(n, Call) and other_program(n.name)]
    return sorted(calls, key=lambda n: n.position)


def pulldata_calls(expr: Expr) -> list[Call]:
    return [node for node in walk(expr) if isinstance(node, Call) and node.name == "pulldata"]


def _choice_list_problems(questionnaire: Questionnaire) -> list[Problem]:
    problems: list[Problem] = []
    multiple = {
        q.list_name
        for q in questionnaire.questions()
        if q.type is QuestionType.SELECT_MULTIPLE and q.list_name
    }
    for choice_list in questionnaire.choice_lists.values():

        def add(message: str, list_name: str = choice_list.name) -> None:
            problems.append(Problem(list_name, "name", message, 0, None, "choice list"))

        # Cascading lists may repeat a name under different parents, told apart by the
        # choice_filter: allowed in lists read from files and with allow_choice_duplicates.
        duplicates_allowed = bool(choice_list.source) or allows_choice_duplicates(questionnaire)
        seen: set[str] = set()
        for choice in choice_list.choices:
            if not choice.name.strip():
                add(translate("Questionnaire", "A choice has no name"))
            elif choice.name in seen and not duplicates_allowed:
                add(
                    translate("Questionnaire", 'The choice "{name}" appears more than once').format(
                        name=choice.name
                    )
                )
            elif choice_list.name in multiple and len(choice.name.split()) != 1:
                add(
                    translate(
                        "Questionnaire",
                        'The choice "{name}" has a space in its name, which cannot be stored',
                    ).format(name=choice.name)
                )
            seen.add(choice.name)
    return problems


def allows_choice_duplicates(questionnaire: Questionnaire) -> bool:
    """Whether the settings say ``allow_choice_duplicates: yes`` (pyxform's setting)."""
    return any(
        "_".join(key.lower().split()) == "allow_choice_duplicates" and parse_flag(value)
        for key, value in questionnaire.settings.extra.items()
    )


def has_choice_column(choice_list: ChoiceList, column: str) -> bool:
    return column in ("name", "label") or any(column in c.extra for c in choice_list.choices)
