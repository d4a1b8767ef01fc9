"""The form engine: which questions apply, what calculations give, which answers are wrong.

:class:`FormEngine` parses every expression of a questionnaire once and works out the order to
evaluate them in (each question after the questions its relevance, calculation and default use),
so :meth:`FormEngine.evaluate` is one pass over the form for values and relevance, then one pass
for required, read-only and constraint checks. It follows ODK:

* a question applies when its ``relevant`` and those of all enclosing groups are true; an answer
  to a question that does not apply is cleared, and the clearing reaches everything that
  depends on it (``a -> b -> c``);
* calculations are worked out only where they apply, and kept as text (``''`` -> no value);
* constraints are not checked on blank answers; ``required`` is only enforced where the question
  applies; notes, calculations and metadata never carry errors;
* an answer that breaks its constraint is kept (to be put right, as ODK keeps it in a draft),
  but calculations are worked out as if it were not given, so that no calculated value (an age
  group) ever comes from a refused answer; relevance still sees it;
* a repeat's questions are evaluated once per instance, each under its own
  :func:`~duodesk.core.questionnaire.answer_key` (``dose[2]``). Inside an instance ``${q}`` of
  the same repeat is that instance's answer; from outside, ``${q}`` is every instance's answer
  (a node-set for ``count()``, ``sum()``...; the first instance's where one value is needed).
  A repeat's own key holds its number of instances: given by ``repeat_count``, else by the
  answers (1 when they say nothing), none where the repeat does not apply.

Answers are the typed values described in :mod:`duodesk.core.values`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from types import MappingProxyType

from duodesk.i18n import QT_TRANSLATE_NOOP, translate

from .checks import (
    Problem,
    QuestionnaireError,
    check_questionnaire,
    data_file_name,
    dependencies,
    dependency_order,
    is_dynamic_default,
)
from .expressions import (
    Compiled,
    Expr,
    bare_names,
    compile_expression,
    evaluate,
    is_blank,
    parse,
    to_boolean,
    to_display_string,
    to_number,
)
from .expressions.nodes import BareName, Binary
from .questionnaire import (
    Choice,
    ChoiceList,
    Group,
    Question,
    Questionnaire,
    QuestionType,
    Repeat,
    answer_key,
    first_of_each_name,
    split_key,
    text_in,
)
from .values import AnswerError, parse_answer, to_xpath
from .xlsform_columns import parse_flag

__all__ = [
    "FormEngine",
    "FormState",
    "Problem",
    "QuestionState",
    "QuestionnaireError",
    "check_questionnaire",
]

# Said (in the interface language) when the questionnaire gives no message of its own.
DEFAULT_CONSTRAINT_MESSAGE = QT_TRANSLATE_NOOP("Engine", "This answer is not allowed here")
DEFAULT_REQUIRED_MESSAGE = QT_TRANSLATE_NOOP("Engine", "An answer is needed here")

# A calculation gives at most this much text, and one interview's calculations together at most
# the second: a form whose calculations double a text at each step must not fill the laptop.
MAX_CALCULATED_TEXT = 10_000
MAX_CALCULATED_TEXT_PER_INTERVIEW = 100_000
# A repeat_count larger than this is cut to it (a form asking a question a million times is a
# mistake, and must not freeze the laptop).
MAX_INSTANCES = 500
MAX_INSTANCES_PER_INTERVIEW = 2_000  # all repeats together, nested ones included
# ${name} in a label or hint (names as the expression language reads them; see fill_in)
_REFERENCE = re.compile(r"\$\{\s*([^{}\s]+)\s*\}")


@dataclass(frozen=True)
class QuestionState:
    """How one question stands after an evaluation.

    ``value`` is the typed answer (None when blank or cleared) or a calculation's text.
    ``error`` is the message to show, or None: a broken constraint (the form's
    constraint_message in the engine's language, else a plain default) or a required answer left
    blank; only questions that apply and take answers ever have one.
    """

    name: str
    applicable: bool
    required: bool
    read_only: bool
    value: object | None
    error: str | None


@dataclass(frozen=True)
class FormState:
    """The result of :meth:`FormEngine.evaluate`.

    ``answers`` holds only non-blank values: the given answers minus those cleared because their
    question stopped applying, plus the values of calculations that apply. ``states`` has every
    question in form order; ``groups`` says for every group whether it applies; ``cleared`` names
    the questions whose given answers were dropped, in form order.
    """

    answers: Mapping[str, object]
    states: Mapping[str, QuestionState]
    cleared: tuple[str, ...]
    groups: Mapping[str, bool] = field(default_factory=lambda: MappingProxyType({}))
    # Repeat name -> the instances that exist ("1", "2"; "2.1" inside outer instance 2).
    instances: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    # For the repeats whose instances were given (``given_repeats``): each repeat key whose
    # ``repeat_count`` says another number than the instances given, with (what the count
    # says, how many were given).
    count_disagreements: Mapping[str, tuple[int, int]] = field(
        default_factory=lambda: MappingProxyType({})
    )

    def errors(self) -> list[QuestionState]:
        """The questions with an error, in form order."""
        return [state for state in self.states.values() if state.error is not None]

    def applicable_questions(self) -> list[str]:
        """Names of the questions that apply, in form order."""
        return [name for name, state in self.states.items() if state.applicable]


@dataclass(frozen=True, slots=True)
class _Step:
    """One question or group in evaluation order."""

    name: str
    question: Question | None  # None for a group
    parent: str | None  # the innermost enclosing group
    relevant: Compiled | None
    calculation: Compiled | None
    takes_value: bool  # an answer or metadata the interview supplies
    chain: tuple[str, ...] = ()  # the enclosing repeats, outermost first
    repeat_count: Compiled | None = None
    is_repeat: bool = False


@dataclass(frozen=True, slots=True)
class _Rules:
    """The checks on one question, in form order."""

    question: Question
    takes_answer: bool
    required: bool | Compiled
    read_only: bool | Compiled
    constraint: Compiled | None
    required_message: str
    constraint_message: str


class _Context:
    """The evaluation context for one pass: values by answer key as expressions see them, and
    where in the repeats the expression being evaluated stands (``chain``, ``instance``)."""

    __slots__ = (
        "chain",
        "chains",
        "choice",
        "current_value",
        "instance",
        "instances",
        "language",
        "questionnaire",
        "values",
    )

    def __init__(
        self,
        values: dict[str, object],
        language: str = "",
        questionnaire: Questionnaire | None = None,
        chains: Mapping[str, tuple[str, ...]] | None = None,
        instances: Mapping[str, list[str] | tuple[str, ...]] | None = None,
    ) -> None:
        self.values = values
        self.current_value: object = ""
        self.choice: Choice | None = None
        self.language = language
        self.chains = chains or {}  # name -> enclosing repeats; a repeat also maps to itself
        self.instances = instances if instances is not None else {}
        self.chain: tuple[str, ...] = ()
        self.instance = ""
        self.questionnaire = questionnaire

    def instance_items(self, name: str) -> tuple[Choice, ...]:
        """The items of ``instance('name')/root/item`` (see Questionnaire.instance_items)."""
        if self.questionnaire is None:
            return ()
        return self.questionnaire.instance_items(name) or ()

    def pull_data(self, file: str, column: str, key_column: str, key: str) -> str:
        """ODK's pulldata(): from the questionnaire's ``file.csv``."""
        if self.questionnaire is None:
            return ""
        data_file = self.questionnaire.data_file(data_file_name(file))
        return "" if data_file is None else data_file.lookup(column, key_column, key)

    def value(self, name: str) -> object:
        target = self.chains.get(name)
        if target is None:  # outside every repeat: the common case, kept fast
            return self.values.get(name, "")
        keys = self._keys(name, target)
        return self.values.get(keys[0], "") if keys else ""

    def nodeset(self, name: str) -> tuple[object, ...]:
        target = self.chains.get(name)
        if target is None:
            return (self.values.get(name, ""),)
        if target and target[-1] == name:  # ${repeat} itself: one node per instance
            return tuple(self._instance_paths(target))
        return tuple(self.values.get(key, "") for key in self._keys(name, target))

    def position(self) -> int:
        return int(self.instance.rsplit(".", 1)[-1]) if self.instance else 0

    def indexed(self, name: str, wanted: list[tuple[str, int]]) -> object:
        target = self.chains.get(name)
        if not target:
            return self.values.get(name, "")
        parts = self._shared_parts(target)
        parts += ["1"] * (len(target) - len(parts))
        for repeat, number in wanted:
            if repeat in target:
                parts[target.index(repeat)] = str(number)
        return self.values.get(answer_key(name, ".".join(parts)), "")

    def _shared_parts(self, target: tuple[str, ...]) -> list[str]:
        shared = 0
        for mine, theirs in zip(self.chain, target, strict=False):
            if mine != theirs:
                break
            shared += 1
        return self.instance.split(".")[:shared] if self.instance else []

    def _instance_paths(self, target: tuple[str, ...]) -> list[str]:
        prefix = ".".join(self._shared_parts(target))
        paths = self.instances.get(target[-1], ())
        if prefix:
            if len(prefix.split(".")) == len(target):
                return [prefix]
            return [p for p in paths if p.startswith(prefix + ".")]
        return list(paths)

    def _keys(self, name: str, target: tuple[str, ...]) -> list[str]:
        if target[-1] == name:  # a repeat: its number of instances where it is
            prefix = self._shared_parts(target[:-1])
            return [answer_key(name, ".".join(prefix))]
        return [answer_key(name, path) for path in self._instance_paths(target)]

    def current(self) -> object:
        return self.current_value

    def column(self, name: str) -> object:
        if self.choice is None:
            return ""
        if name == "name":
            return self.choice.name
        if name == "label":
            return text_in(self.choice.label, self.language)
        return self.choice.extra.get(name, "")

    def choice_label(self, question: str, choice: str) -> str:
        """``jr:choice-name``: the label of a choice of ``question`` in the interview's
        language (its name when it has no label, as ODK shows it)."""
        if self.questionnaire is None:
            return ""
        try:
            item = self.questionnaire.question(question)
        except KeyError:
            return ""
        choices = self.questionnaire.choices_for(item)
        option = choices.choice(choice) if choices is not None and choice else None
        if option is None:
            return ""
        default = self.questionnaire.settings.default_language
        return text_in(option.label, self.language, default) or option.name


@dataclass(slots=True)
class _Worked:
    """What one pass of :meth:`FormEngine._work_out` found, by answer key."""

    values: dict[str, object | None]
    applies: dict[str, bool]
    cleared: set[str]
    instances: dict[str, list[str]]
    calculations: dict[str, Question]  # the calculations' keys, with their questions
    context: _Context
    # Repeat key -> (what its repeat_count says, the instances given): see FormState.
    disagreements: dict[str, tuple[int, int]] = field(default_factory=dict)


class FormEngine:
    """Runs one questionnaire. Raises :class:`QuestionnaireError` if it has problems."""

    def __init__(self, questionnaire: Questionnaire, *, language: str = "") -> None:
        problems = check_questionnaire(questionnaire)
        if problems:
            raise QuestionnaireError(problems)
        self.questionnaire = questionnaire
        self.language = language
        default_language = questionnaire.settings.default_language
        items: dict[str, tuple[Question | Group, str | None]] = {
            item.name: (item, parents[-1].name if parents else None)
            for item, parents in questionnaire.walk()
        }
        order, _ = dependency_order(dependencies(questionnaire))
        # name -> its enclosing repeats (a repeat: those and itself), for names in repeats
        self._chains: dict[str, tuple[str, ...]] = {}
        for item, _ in questionnaire.walk():
            chain = tuple(r.name for r in questionnaire.repeats_of(item.name))
            if isinstance(item, Repeat):
                self._chains[item.name] = (*chain, item.name)
            elif chain:
                self._chains[item.name] = chain
        self._repeat_names = [r.name for r in questionnaire.repeats()]
        self._steps: list[_Step] = []
        for name in order:
            item, parent = items[name]
            question = item if isinstance(item, Question) else None
            self._steps.append(
                _Step(
                    name,
                    question,
                    parent,
                    _compiled(item.relevant),
                    _compiled(question.calculation) if question else None,
                    question is not None
                    and (question.type.takes_answer or question.type.is_metadata),
                    tuple(r.name for r in questionnaire.repeats_of(name)),
                    _compiled(item.repeat_count) if isinstance(item, Repeat) else None,
                    isinstance(item, Repeat),
                )
            )
        self._questions = {q.name: q for q in questionnaire.questions()}
        self._rules = [
            _Rules(
                q,
                q.type.takes_answer,
                _flag_or_compiled(q.required),
                _flag_or_compiled(q.read_only),
                _compiled(q.constraint),
                text_in(q.required_message, language, default_language)
                or translate("Engine", DEFAULT_REQUIRED_MESSAGE),
                text_in(q.constraint_message, language, default_language)
                or translate("Engine", DEFAULT_CONSTRAINT_MESSAGE),
            )
            for q in self._questions.values()
        ]
        self._defaults: dict[str, Expr | _Literal] = {}
        for step in self._steps:
            q = step.question
            if (
                q is None
                or not q.default.strip()
                or not (q.type.takes_answer or q.type.is_metadata)
            ):
                continue
            if is_dynamic_default(q):
                self._defaults[q.name] = parse(q.default)
                continue
            try:
                answer = parse_answer(q, q.default, questionnaire.choices_for(q))
            except AnswerError:  # a default that is not one of the choices selects nothing
                continue
            self._defaults[q.name] = _Literal(answer)
        self._group_names = [group.name for group in questionnaire.groups()]
        self._indexes: dict[tuple[str, str], dict[str, list[int]]] = {}
        self._groups = frozenset(self._group_names)
        self._filters = {
            q.name: parse(q.choice_filter)
            for q in self._questions.values()
            if q.type.is_select and q.choice_filter.strip()
        }

    def initial_answers(
        self,
        *,
        today: date | None = None,
        now: datetime | None = None,
        metadata: Mapping[QuestionType, str] | None = None,
    ) -> dict[str, object]:
        """Answers for a new interview: the defaults, plus ``start`` and ``today`` metadata.

        ``metadata`` gives what this computer knows for the other metadata types (``deviceid``,
        ``username``); the rest (a phone's number, a location at the start) stay blank.

        Dynamic defaults (``today()``, ``${other}``) are evaluated in dependency order; one whose
        result is not a valid answer is left blank. ``now`` defaults to midnight of ``today`` if
        that is given, else to the computer's clock. Relevance is not applied here: a default of
        a question that does not apply yet is listed in the first :meth:`evaluate`'s ``cleared``.
        """
        if now is None:
            now = datetime.combine(today, time()) if today else datetime.now().astimezone()
        today = today or now.date()
        answers: dict[str, object] = {}
        context = _Context({}, self.language, self.questionnaire)
        for step in self._steps:
            q = step.question
            if q is None or step.chain:  # a repeat's questions: see instance_defaults()
                continue
            if q.type is QuestionType.START:
                answers[q.name] = now
            elif q.type is QuestionType.TODAY:
                answers[q.name] = today
            elif metadata and metadata.get(q.type):
                answers[q.name] = metadata[q.type]
            default = self._defaults.get(q.name)
            if isinstance(default, _Literal):
                answers[q.name] = default.value
            elif default is not None:
                context.values = {n: to_xpath(self._questions[n], v) for n, v in answers.items()}
                result = evaluate(default, context, now=now)
                raw = result if not isinstance(result, bool) else to_display_string(result)
                try:
                    value = parse_answer(q, raw, self.questionnaire.choices_for(q))
                except AnswerError:
                    value = None
                if value is not None:
                    answers[q.name] = value
        answers = {name: value for name, value in answers.items() if value is not None}
        if self._repeat_names:  # the instances there are from the start get their defaults
            for repeat, paths in self.evaluate(answers, now=now).instances.items():
                for path in paths:
                    for key, value in self.instance_defaults(answers, repeat, path).items():
                        answers.setdefault(key, value)
        return answers

    def evaluate(
        self,
        answers: Mapping[str, object],
        *,
        now: datetime | None = None,
        unknown_repeats: Collection[str] = (),
        given_repeats: Collection[str] = (),
    ) -> FormState:
        """Apply relevance, calculations and checks to ``answers`` (typed, by question name).

        Answers to unknown names, notes and calculations are ignored (a calculation's previous
        value is only visible to ``once()``). ``now`` is what ``now()``/``today()`` report.
        ``unknown_repeats``: repeats whose instances are not known (an imported file without
        their table): none are made, whatever ``repeat_count`` says. ``given_repeats``: repeats
        whose instances a file lists one by one (a row each in an imported repeat's table):
        there are as many as the answers under the repeat's key say (none without one), even
        where ``repeat_count`` says otherwise; the state names where it does, so that a
        number of people is never made up nor dropped in silence.
        """
        if now is None:
            now = datetime.now().astimezone()
        known = (unknown_repeats, given_repeats)
        worked = self._work_out(answers, now, *known)
        states = self._check(worked, now)
        refused = {key for key, s in states.items() if s.error is not None and s.value is not None}
        if refused:
            # An answer that breaks its rule stays where it was typed, to be put right, but
            # nothing is worked out from it: an age of 150 gives no age group. Which questions
            # apply still follows it, so that putting it right clears no other answer.
            kept = {k: v for k, v in answers.items() if k not in refused}
            checked = self._work_out(kept, now, *known)
            for key, question in worked.calculations.items():
                value = checked.values.get(key) if key in checked.calculations else None
                worked.values[key] = value
                worked.context.values[key] = to_xpath(question, value)
            states = self._check(worked, now)
        values, applies, cleared = worked.values, worked.applies, worked.cleared
        if self._repeat_names:  # answers in instances that no longer exist
            cleared.update(
                key for key, value in answers.items() if key not in applies and value is not None
            )
        order = {key: index for index, key in enumerate(states)}
        return FormState(
            answers=MappingProxyType({n: v for n, v in values.items() if v is not None}),
            states=MappingProxyType(states),
            cleared=tuple(sorted(cleared, key=lambda k: order.get(k, len(order)))),
            groups=MappingProxyType(
                {key: ok for key, ok in applies.items() if split_key(key)[0] in self._groups}
                if self._repeat_names
                else {name: applies[name] for name in self._group_names}
            ),
            instances=MappingProxyType({n: tuple(p) for n, p in worked.instances.items()}),
            count_disagreements=MappingProxyType(worked.disagreements),
        )

    def _work_out(
        self,
        answers: Mapping[str, object],
        now: datetime,
        unknown_repeats: Collection[str] = (),
        given_repeats: Collection[str] = (),
    ) -> _Worked:
        """One pass over the form in evaluation order: which questions and groups apply, the
        repeats' instances, the calculations' values and the answers to clear."""
        xvalues: dict[str, object] = {}
        instances: dict[str, list[str]] = {name: [] for name in self._repeat_names}
        context = _Context(xvalues, self.language, self.questionnaire, self._chains, instances)
        values: dict[str, object | None] = {}
        applies: dict[str, bool] = {}
        cleared: set[str] = set()
        calculations: dict[str, Question] = {}
        disagreements: dict[str, tuple[int, int]] = {}
        calculated_left = MAX_CALCULATED_TEXT_PER_INTERVIEW
        made_so_far = 0  # repeat instances
        top = ("",)
        for step in self._steps:
            name, q = step.name, step.question
            context.chain = step.chain
            for instance in instances[step.chain[-1]] if step.chain else top:
                key = answer_key(name, instance) if instance else name
                context.instance = instance
                parent = step.parent
                if parent is None:
                    ok = True
                else:
                    ok = applies[f"{parent}[{instance}]" if instance else parent]
                given = answers.get(key) if q is not None or step.is_repeat else None
                if is_blank(given):
                    given = None
                if ok and step.relevant is not None:
                    context.current_value = to_xpath(q, given) if q is not None else ""
                    ok = to_boolean(step.relevant(context, now))
                applies[key] = ok
                if step.is_repeat:
                    if name in unknown_repeats:
                        count = 0
                    elif name in given_repeats:
                        count = self._given_count(ok, given)
                        if ok and step.repeat_count is not None:
                            said = self._count(step, ok, given, context, now)
                            if said != count:
                                disagreements[key] = (said, count)
                    else:
                        count = self._count(step, ok, given, context, now)
                    count = min(count, MAX_INSTANCES_PER_INTERVIEW - made_so_far)
                    made_so_far += count
                    values[key] = count if ok else None
                    xvalues[key] = count
                    made = [f"{instance}.{i}" if instance else str(i) for i in range(1, count + 1)]
                    instances[name].extend(made)
                    for path in made:
                        applies[answer_key(name, path)] = True
                    continue
                if q is None:
                    continue
                value: object | None = None
                if step.calculation is not None:
                    calculations[key] = q
                    if ok:
                        context.current_value = to_xpath(q, given)
                        calculated = to_display_string(step.calculation(context, now))
                        calculated = calculated[: min(MAX_CALCULATED_TEXT, calculated_left)]
                        calculated_left -= len(calculated)
                        value = calculated or None
                elif step.takes_value:
                    if ok:
                        value = given
                    elif given is not None:
                        cleared.add(key)
                values[key] = value
                xvalues[key] = to_xpath(q, value)
        context.chain, context.instance = (), ""
        return _Worked(values, applies, cleared, instances, calculations, context, disagreements)

    def _check(self, worked: _Worked, now: datetime) -> dict[str, QuestionState]:
        """Every question's state, in form order: required, read-only and constraint checks."""
        states: dict[str, QuestionState] = {}
        context, values, applies = worked.context, worked.values, worked.applies
        for rules in self._rules:
            name = rules.question.name
            chain = self._chains.get(name)
            if chain is None:  # outside repeats: once
                states[name] = self._state(rules, name, values, applies, context, now)
                continue
            context.chain = chain
            for instance in worked.instances[chain[-1]]:
                context.instance = instance
                key = answer_key(name, instance)
                states[key] = self._state(rules, key, values, applies, context, now)
            context.chain, context.instance = (), ""
        return states

    def _count(self, step: _Step, ok: bool, given: object, context: _Context, now: datetime) -> int:
        """The number of instances of a repeat where it stands (0 where it does not apply)."""
        if not ok:
            return 0
        if step.repeat_count is not None:
            number = to_number(step.repeat_count(context, now))
        elif given is None:
            return 1  # a repeat starts with one instance, as in ODK Collect
        else:
            try:
                number = float(given)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                return 1
        if number != number or number < 0:  # NaN (a blank count) or negative: none
            return 0
        return int(min(number, MAX_INSTANCES))

    @staticmethod
    def _given_count(ok: bool, given: object) -> int:
        """The number of instances a file lists for a repeat (0 where it does not apply)."""
        if not ok or given is None:
            return 0
        try:
            number = float(given)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 0
        if number != number or number < 0:
            return 0
        return int(min(number, MAX_INSTANCES))

    def instance_defaults(
        self, answers: Mapping[str, object], repeat: str, instance: str
    ) -> dict[str, object]:
        """The answers to add for a new ``instance`` of ``repeat``: its questions' defaults
        (of the repeats inside it too, for their first instance is not made here)."""
        added: dict[str, object] = {}
        for step in self._steps:
            q = step.question
            if q is None or repeat not in step.chain or step.chain[-1] != repeat:
                continue
            default = self._defaults.get(q.name)
            if isinstance(default, _Literal):
                added[answer_key(q.name, instance)] = default.value
        return added

    def _state(
        self,
        rules: _Rules,
        key: str,
        values: dict[str, object | None],
        applies: dict[str, bool],
        context: _Context,
        now: datetime,
    ) -> QuestionState:
        value, applicable = values[key], applies[key]
        if not rules.takes_answer:
            return QuestionState(key, applicable, False, True, value, None)
        nothing_to_check = rules.constraint is None or not applicable or value is None
        if isinstance(rules.required, bool) and rules.read_only is False and nothing_to_check:
            # The common case, with no expression to evaluate: fixed flags, no constraint.
            missing = rules.required and applicable and value is None
            error = rules.required_message if missing else None
            return QuestionState(key, applicable, rules.required, False, value, error)
        context.current_value = context.values[key]
        required = _truth(rules.required, context, now)
        read_only = _truth(rules.read_only, context, now)
        error = None
        if applicable:
            if value is None:
                error = rules.required_message if required else None
            elif rules.constraint is not None and not to_boolean(rules.constraint(context, now)):
                error = rules.constraint_message
        return QuestionState(key, applicable, required, read_only, value, error)

    def visible_choices(self, question_name: str, state: FormState) -> tuple[Choice, ...]:
        """The choices of a select question that its ``choice_filter`` keeps, given ``state``.

        Bare names in the filter are the choice's columns (``name``, ``label`` or a column of
        the choices sheet); ``${...}`` are answers in ``state``. KeyError for an unknown name.
        ``question_name`` may be an answer key (``drug[2]``): the filter then sees that instance.
        """
        key, (question_name, instance) = question_name, split_key(question_name)
        question = self._questions[question_name]
        choice_list = self.questionnaire.choices_for(question)
        if choice_list is None:
            return ()
        expr = self._filters.get(question_name)
        if expr is None:
            return choice_list.choices
        xvalues = {
            name: to_xpath(self._questions[split_key(name)[0]], value)
            for name, value in state.answers.items()
            if split_key(name)[0] in self._questions
        }
        context = _Context(
            xvalues, self.language, self.questionnaire, self._chains, state.instances
        )
        context.chain = self._chains.get(question_name, ())
        context.instance = instance
        context.current_value = xvalues.get(key, "")
        choices = choice_list.rows
        candidates = self._candidates(choice_list, expr, context)
        kept = []
        for position in candidates if candidates is not None else range(len(choices)):
            context.choice = choices[position]
            if to_boolean(evaluate(expr, context)):
                kept.append(choices[position])
        return _first_of_each_name(tuple(kept))

    def fill_in(self, text: str, state: FormState, key: str = "") -> str:
        """``text`` (a label, hint or choice label) with each ``${name}`` replaced by the
        answer as ODK Collect and Enketo show it: a select's chosen labels in the engine's
        language (``", "`` between those of a select_multiple), a calculation's text, a
        number or a date as the expression language writes it, and nothing when unanswered.

        ``key`` is the answer key of what the text belongs to (``tag[2]``, or a repeat's
        instance key ``stems[1.2]`` for its heading): inside a repeat, ``${q}`` of the same
        repeat is that instance's answer, exactly as in the form's expressions. A name the
        form does not have is left as typed. Only for the screen: results, exports and the
        codebook keep the text with its references.
        """
        if "${" not in text:
            return text
        xvalues = {
            name: to_xpath(self._questions[split_key(name)[0]], value)
            for name, value in state.answers.items()
            if split_key(name)[0] in self._questions
        }
        context = _Context(
            xvalues, self.language, self.questionnaire, self._chains, state.instances
        )
        name, instance = split_key(key)
        context.chain = self._chains.get(name, ())
        context.instance = instance if context.chain else ""

        def answer_text(match: re.Match[str], deeper: bool) -> str:
            referred = match.group(1)
            question = self._questions.get(referred)
            if question is None:
                return match.group(0)
            value = context.value(referred)
            if is_blank(value):
                return ""
            if not question.type.is_select:
                return to_display_string(value)
            multiple = question.type is QuestionType.SELECT_MULTIPLE
            names = str(value).split() if multiple else [str(value)]
            labels = [context.choice_label(referred, n) or n for n in names]
            if deeper:
                # A chosen label may itself refer to an answer ("Yes, ${pname} does"): filled
                # in once more, and no deeper (a label naming its own question ends there).
                labels = [_REFERENCE.sub(lambda m: answer_text(m, False), t) for t in labels]
            return ", ".join(labels)

        def shown(match: re.Match[str]) -> str:
            return answer_text(match, True)

        return _REFERENCE.sub(shown, text)

    def _candidates(
        self, choice_list: ChoiceList, expr: Expr, context: _Context
    ) -> list[int] | None:
        """The positions of the choices that can pass ``expr``, from an index of the choice
        column an ``and``-ed ``column = value`` part names (a village list of 50,000 rows is
        then filtered in a few milliseconds); None when no such part helps. The whole filter
        is still evaluated on every candidate, so the index only saves work."""
        found: set[int] | None = None
        for column, value_expr in _equality_parts(expr):
            value = evaluate(value_expr, context)
            if type(value) is not str:
                continue  # numbers and dates compare by value, not as text
            positions = self._choice_index(choice_list, column).get(value, ())
            found = set(positions) if found is None else found & set(positions)
        return None if found is None else sorted(found)

    def _choice_index(self, choice_list: ChoiceList, column: str) -> dict[str, list[int]]:
        key = (choice_list.name, column)
        index = self._indexes.get(key)
        if index is None:
            index = {}
            for position, choice in enumerate(choice_list.rows):
                value = choice.name if column == "name" else choice.extra.get(column, "")
                index.setdefault(value, []).append(position)
            self._indexes[key] = index
        return index


def _first_of_each_name(choices: tuple[Choice, ...]) -> tuple[Choice, ...]:
    """The choices, each name once (the first): a cascading list may repeat a name under
    different parents, and an answer is the name alone."""
    if len({choice.name for choice in choices}) == len(choices):
        return choices
    return tuple(first_of_each_name(choices))


def _equality_parts(expr: Expr) -> list[tuple[str, Expr]]:
    """``(column, value)`` for each ``column = value`` joined by ``and`` at the top of a choice
    filter, where ``value`` uses no column (``district = ${district}``); not ``label``, which
    depends on the language."""
    if isinstance(expr, Binary) and expr.op == "and":
        return _equality_parts(expr.left) + _equality_parts(expr.right)
    if not isinstance(expr, Binary) or expr.op != "=":
        return []
    for column, value in ((expr.left, expr.right), (expr.right, expr.left)):
        if isinstance(column, BareName) and column.name != "label" and not bare_names(value):
            return [(column.name, value)]
    return []


@dataclass(frozen=True, slots=True)
class _Literal:
    """A default that is a fixed answer, already parsed."""

    value: object


def _compiled(text: str) -> Compiled | None:
    return compile_expression(parse(text)) if text.strip() else None


def _flag_or_compiled(text: str) -> bool | Compiled:
    flag = parse_flag(text)
    return flag if flag is not None else compile_expression(parse(text))


def _truth(rule: bool | Compiled, context: _Context, now: datetime) -> bool:
    if isinstance(rule, bool):
        return rule
    return to_boolean(rule(context, now))
