"""The questions asked once per repeat instance ("for each drug you used"), counted by PERSON
for the health-board workbook and the findings report.

A repeat instance belongs to a person: a table of instances ("212 drugs: heroin 40 ...") can
show a count of 40 that comes from 3 people who named heroin many times, so hiding small
numbers of instances protects nobody. These tables count people instead: for each answer, the
interviews with at least one instance given that answer, out of the people who answered the
question at least once. Instances are not counted here (the interview-level files have one
row per instance, and stay within the group).

Hiding follows the workbook's rule: a count of 1 to threshold people is hidden, and more
counts are hidden until no hidden one can be narrowed down to threshold or fewer values. The
published relations assumed are more than a reader has: that the people who answered and
those who did not add up to the interviews, and that the answers' counts add up to a known
total (with several instances per person they add up to at least the people who answered;
supposing the exact sum known can only hide more). Percentages are hidden with their count,
or all of them when the people who answered are hidden.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from duodesk.analysis.catalogue import QuestionInfo, load_catalogue
from duodesk.analysis.subset import listed_interviews, subset_interviews
from duodesk.core.expressions.errors import ExpressionError
from duodesk.core.expressions.nodes import references
from duodesk.core.expressions.parser import parse
from duodesk.core.questionnaire import Question, Questionnaire, QuestionType, Repeat
from duodesk.core.skip_logic import Operator, from_expression
from duodesk.exports.disclosure import DisclosureRule, Sum, protect_counts
from duodesk.exports.prepare import Prepared
from duodesk.i18n import translate
from duodesk.storage.database import Database
from duodesk.storage.models import Answer, AnswerChoice

ANSWERED = 1  # duodesk.core.records.AnswerStatus.ANSWERED


@dataclass(frozen=True)
class PeopleCount:
    """One answer's row: how many people gave it at least once (None: hidden) and the
    percentage of the people who answered the question (None: hidden or no one answered)."""

    label: str
    people: int | None
    percent: float | None
    name: str = ""  # the answer's name (its choice), "" when not known


@dataclass(frozen=True)
class RepeatPeopleTable:
    question: str
    label: str  # the question's words
    unit: str  # what one instance is ("drug")
    multiple: bool  # several answers can be ticked in one instance
    rows: tuple[PeopleCount, ...]
    answered: int | None  # people who answered at least once (None: hidden)
    others: int | None  # the other interviews: not asked, no answer, no instance
    interviews: int | None  # of the part reported (None: hidden, as on the Cover)
    hidden: int  # how many counts of this table are hidden

    def note(self) -> str:
        """What the table counts, in a sentence."""
        return translate(
            "Workbook",
            "Asked once for each instance of “{unit}”; counted by person: a person who "
            "gave an answer in several instances is counted once for it, so the counts can add "
            "up to more than the people who answered. Percentages are of the people who "
            "answered.",
        ).format(unit=self.unit)


def repeat_people_tables(
    database: Database,
    prepared: Prepared,
    rule: DisclosureRule,
    *,
    interviews_hidden: bool = False,
) -> tuple[RepeatPeopleTable, ...]:
    """A table per choice question asked inside a repeat (in questionnaire order), for the
    interviews of ``prepared.subset``, with small numbers hidden under ``rule``.
    ``interviews_hidden``: the rest of the output hides the number of interviews of the part,
    so these tables hide it too."""
    left = set(prepared.layout.repeated)
    if not left:
        return ()
    interviews = prepared.summary.interviews
    tables = []
    with database.read_session() as session:
        catalogue = load_catalogue(session, prepared.form_id, prepared.options.language)
        chosen = subset_interviews(prepared.form_id, prepared.subset)
        wanted = [
            info
            for info in catalogue.questions.values()
            if info.name in left and info.repeat and info.type.is_select
        ]
        counted = {info.name: _people(session, chosen, info) for info in wanted}
        related = _related(prepared.versions[-1], [info.name for info in wanted])
        repeats = {repeat for chain, _ in related.values() for repeat in chain}
        with_instances = {
            repeat: _people_with_instances(session, chosen, catalogue, repeat) for repeat in repeats
        }
        elsewhere: dict[str, set[int]] = {info.name: set() for info in wanted}
        for group in prepared.neighbours if rule.enabled else ():
            among = listed_interviews(session, group)
            for info in wanted:
                people, answered = _people(session, among, info)
                labels = _labels(info, counted[info.name][0])
                # the cells in _protected's order: the answers, the people who answered, the
                # others
                counts = [people.get(name, 0) for name, _ in labels]
                for i, count in enumerate([*counts, answered, len(group) - answered]):
                    if 1 <= count <= rule.threshold:
                        elsewhere[info.name].add(i)
    first = {
        info.name: _protected(
            info, *counted[info.name], interviews, rule, elsewhere[info.name], interviews_hidden
        )
        for info in wanted
    }
    close = (
        _answered_close_to_another(
            first, related, with_instances, _main_counts(prepared), rule.threshold
        )
        if rule.enabled
        else set()
    )
    for info in wanted:
        if info.name not in close:
            tables.append(first[info.name])
            continue
        people, answered = counted[info.name]
        small = elsewhere[info.name] | {len(_labels(info, people))}
        tables.append(
            _protected(info, people, answered, interviews, rule, small, interviews_hidden)
        )
    return tuple(tables)


# For each question a question's being asked depends on: the answers of it that make the
# question asked, or None when that cannot be told (any of its counts may be compared).
DependsOn = dict[str, frozenset[str] | None]


def _related(form: Questionnaire, names: list[str]) -> dict[str, tuple[tuple[str, ...], DependsOn]]:
    """For each question of ``names``: the repeats around it (innermost first), and the
    questions its being asked depends on (named in its relevance or that of a group around
    it), with the answers of them that make it asked. The people who answered it are at most
    those with an instance of each of those repeats, or who gave such an answer: the
    difference is a group of people (those who never answered it), whose small number the
    sheet must not give away."""
    wanted = set(names)
    found: dict[str, tuple[tuple[str, ...], DependsOn]] = {}
    for item, parents in form.walk():
        if not isinstance(item, Question) or item.name not in wanted:
            continue
        chain = tuple(g.name for g in reversed(parents) if isinstance(g, Repeat))
        depends_on: dict[str, set[str] | None] = {}
        for text in [*(g.relevant for g in parents), item.relevant]:
            if not text:
                continue
            logic = from_expression(text)
            if logic is None:  # not said as simple conditions: any count of what it names
                try:
                    named = references(parse(text))
                except ExpressionError:
                    named = frozenset()
                depends_on.update(dict.fromkeys(named))
                continue
            for condition in logic.conditions:
                values = depends_on.setdefault(condition.question, set())
                if values is None:
                    continue
                if condition.operator in (Operator.IS, Operator.INCLUDES):
                    values.add(condition.value)
                else:
                    depends_on[condition.question] = None
        depends_on.pop(item.name, None)
        found[item.name] = (
            chain,
            {q: None if v is None else frozenset(v) for q, v in depends_on.items()},
        )
    return found


def _main_counts(prepared: Prepared) -> dict[str, dict[str | None, int]]:
    """The counts of people the Summary sheet may show for each question asked once per
    interview: its answers' by name, and its people who answered under None (before any is
    hidden: supposing them all shown can only hide more)."""
    return {
        question.name: {
            **{option.name: option.count for option in question.options},
            None: question.answered,
        }
        for question in prepared.summary.questions
    }


def _people_with_instances(session, chosen, catalogue, repeat: str) -> int:
    """The people with at least one instance of ``repeat``."""
    names = [info.name for info in catalogue.questions.values() if info.repeat == repeat]
    return (
        session.scalar(
            select(func.count(func.distinct(Answer.interview_id))).where(
                Answer.question.in_(names), Answer.instance != "", Answer.interview_id.in_(chosen)
            )
        )
        or 0
    )


def _answered_close_to_another(
    tables: dict[str, RepeatPeopleTable],
    related: dict[str, tuple[tuple[str, ...], DependsOn]],
    with_instances: dict[str, int],
    main_counts: dict[str, dict[str | None, int]],
    threshold: int,
) -> set[str]:
    """The questions whose people who answered differ by 1 to ``threshold`` from a count of
    people it is part of: the people with an instance of its repeat (or of a repeat around
    it), or the people who gave an answer its being asked depends on (in another table of
    the sheet, or on the Summary sheet). Side by side the two would tell how many people
    (say) named a drug but never said how often, or injected but never said where they got
    equipment: a small group each table hides on its own. Counts a table hides give nothing
    away. Counts of unrelated questions are not a group's and are not compared (comparing
    them hid nearly every table's people who answered, and so every percentage)."""
    close = set()
    for name, table in tables.items():
        if table.answered is None:
            continue
        chain, depends_on = related.get(name, ((), {}))
        others = [with_instances[repeat] for repeat in chain if repeat in with_instances]
        for other_name, values in depends_on.items():
            other = tables.get(other_name)
            if other is not None:
                others += [
                    row.people
                    for row in other.rows
                    if row.people is not None and (values is None or row.name in values)
                ]
                others += [other.answered] if other.answered is not None else []
            else:
                counts = main_counts.get(other_name, {})
                others += [
                    count
                    for answer, count in counts.items()
                    if answer is None or values is None or answer in values
                ]
        if any(1 <= abs(table.answered - other) <= threshold for other in others):
            close.add(name)
    return close


def repeat_questions_not_counted(prepared: Prepared) -> int:
    """How many questions inside repeats have no table (numbers, dates and written answers:
    see the interview-level files)."""
    left = list(prepared.layout.repeated)
    kinds = {q.name: q.type for version in prepared.versions for q in version.questions() if q.name}
    return sum(1 for name in left if name in kinds and not kinds[name].is_select)


def _people(session, chosen, info: QuestionInfo) -> tuple[dict[str, int], int]:
    in_part = Answer.interview_id.in_(chosen)
    answered = session.scalar(
        select(func.count(func.distinct(Answer.interview_id))).where(
            Answer.question == info.name, Answer.status == ANSWERED, in_part
        )
    )
    if info.type is QuestionType.SELECT_MULTIPLE:
        rows = session.execute(
            select(AnswerChoice.choice, func.count(func.distinct(AnswerChoice.interview_id)))
            .where(AnswerChoice.question == info.name, AnswerChoice.interview_id.in_(chosen))
            .group_by(AnswerChoice.choice)
        )
    else:
        rows = session.execute(
            select(Answer.value, func.count(func.distinct(Answer.interview_id)))
            .where(Answer.question == info.name, Answer.status == ANSWERED, in_part)
            .group_by(Answer.value)
        )
    return {str(value): count for value, count in rows if value is not None}, answered or 0


def _labels(info: QuestionInfo, people: dict[str, int]) -> list[tuple[str, str]]:
    """The table's rows: the question's answers, then any other value given."""
    labels = [(c.name, c.label) for c in info.categories]
    known = {name for name, _ in labels}
    return labels + [(value, value) for value in sorted(people) if value not in known]


def _protected(
    info: QuestionInfo,
    people: dict[str, int],
    answered: int,
    interviews: int,
    rule: DisclosureRule,
    small_elsewhere: set[int] | frozenset[int] = frozenset(),
    interviews_hidden: bool = False,
) -> RepeatPeopleTable:
    """The table of ``info`` with small numbers hidden. ``small_elsewhere``: cells (the
    answers' counts in order, then the people who answered, then the others) to hide as if
    small: their counterpart beside another count or output is."""
    labels = _labels(info, people)
    counts = [people.get(name, 0) for name, _ in labels]
    others = max(0, interviews - answered)
    k = len(counts)
    # cells: the answers' counts, the people who answered, the others, the interviews, and
    # the answers' sum (supposed published: a reader knows less, so this hides more)
    cells = [*counts, answered, others, interviews, sum(counts)]
    sums = [Sum((k, k + 1), k + 2), Sum(tuple(range(k)), k + 3)]
    hidden: frozenset[int] = frozenset()
    if rule.enabled:
        small_elsewhere = set(small_elsewhere)
        if interviews_hidden:
            small_elsewhere.add(k + 2)
        hidden = protect_counts(
            cells,
            sums,
            rule.threshold,
            published=frozenset({k + 3} if interviews_hidden else {k + 2, k + 3}),
            small_elsewhere=frozenset(small_elsewhere),
        ).hidden
    answered_shown = None if k in hidden else answered
    rows = tuple(
        PeopleCount(
            label,
            None if i in hidden else counts[i],
            None
            if i in hidden or answered_shown is None or not answered
            else 100.0 * counts[i] / answered,
            name,
        )
        for i, (name, label) in enumerate(labels)
    )
    return RepeatPeopleTable(
        question=info.name,
        label=info.label,
        unit=info.repeat_label or "instance",
        multiple=info.type is QuestionType.SELECT_MULTIPLE,
        rows=rows,
        answered=answered_shown,
        others=None if k + 1 in hidden else others,
        interviews=None if k + 2 in hidden else interviews,
        hidden=len(hidden - {k + 2, k + 3}),
    )


def repeats_in_words(
    tables: tuple[RepeatPeopleTable, ...], not_counted: int, where: str = ""
) -> str:
    """The sentence for a Cover or a method section about the questions asked once per repeat
    instance; ``""`` when the questionnaire has none."""
    where = where or translate("Workbook", "the Repeats sheet")
    parts = []
    if len(tables) == 1:
        asked = translate(
            "Workbook",
            "1 question asked once for each instance of a repeat (such as each drug named) is "
            "in {where}, counted by person, not by instance: a person is counted once for an "
            "answer however many times they gave it, so that small numbers are hidden for "
            "people, not instances.",
        )
    else:
        count = len(tables)
        asked = translate(
            "Workbook",
            "%n questions asked once for each instance of a repeat (such as each drug named) "
            "are in {where}, counted by person, not by instance: a person is counted once for "
            "an answer however many times they gave it, so that small numbers are hidden for "
            "people, not instances.",
            None,
            count,
        )
    if tables:
        parts.append(asked.format(where=where))
    if not_counted == 1:
        parts.append(
            translate(
                "Workbook",
                "1 question inside repeats that is not answered by choosing (a number, a date, "
                "a written answer) is not in these tables: see the interview-level files, which "
                "have one row per instance and stay within the group.",
            )
        )
    elif not_counted:
        parts.append(
            translate(
                "Workbook",
                "%n questions inside repeats that are not answered by choosing (numbers, "
                "dates, written answers) are not in these tables: see the interview-level "
                "files, which have one row per instance and stay within the group.",
                None,
                not_counted,
            )
        )
    return " ".join(parts)
