"""The summary of a questionnaire: every question's table, computed in SQL.

Counts come from GROUP BY queries over the answers table (its index on question, status and
value covers them): the interviews are never loaded into Python one by one. Numbers' medians
and quartiles are computed from the distinct values with their counts.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session, aliased

from duodesk.analysis.catalogue import Catalogue, QuestionInfo, checked_subset, load_catalogue
from duodesk.analysis.results import (
    AnalysisCancelled,
    AnalysisError,
    GridRow,
    GridTable,
    NumberBin,
    QuestionSummary,
    ScalePoint,
    Summary,
)
from duodesk.analysis.subset import EVERYTHING, Subset, listed_interviews, subset_interviews
from duodesk.analysis.tables import (
    Category,
    bins_table,
    combinations_table,
    exact_number,
    frequency_table,
    multiple_response_table,
    number_of,
    number_stats,
)
from duodesk.core.questionnaire import QuestionType
from duodesk.core.records import AnswerStatus
from duodesk.i18n import translate
from duodesk.storage.database import Database
from duodesk.storage.models import Answer, AnswerChoice, Interview, QuestionnaireVersion

QUESTIONS_PER_QUERY = 12  # a cancel check and a progress step between queries
INTERVIEW_RANGES = 4  # the same for a small subset, counted by ranges of interviews
ANSWERED, NO_ANSWER, NOT_APPLICABLE = (
    int(AnswerStatus.ANSWERED),
    int(AnswerStatus.NO_ANSWER),
    int(AnswerStatus.NOT_APPLICABLE),
)


@contextlib.contextmanager
def _reading(database: Database, session: Session | None) -> Iterator[Session]:
    """``session`` when given, else a read session of ``database``'s own."""
    if session is not None:
        yield session
        return
    with database.read_session() as own:
        yield own


def summarize(
    database: Database,
    form_id: str,
    subset: Subset = EVERYTHING,
    *,
    questions: Collection[str] | None = None,
    frequencies: Collection[str] = (),
    bins: Mapping[str, Sequence[NumberBin]] | None = None,
    language: str | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    session: Session | None = None,
    among: Collection[int] | None = None,
) -> Summary:
    """Summarize the complete interviews of ``form_id`` in ``subset``.

    - ``questions``: the names to summarize (default: every question that takes an answer,
      in form order; notes, calculations and metadata are left out).
    - ``frequencies``: integer, decimal or text questions that also get a frequency table of
      their values (select questions always have one).
    - ``bins``: per numeric question, the user's bins (see ``bins_from_cut_points``).
    - ``language``: the language of labels (default: the form's default language).
    - ``progress(fraction)`` is called now and then with 0..1; ``cancelled()`` is polled
      between queries and, when it returns True, :class:`AnalysisCancelled` is raised.
    - ``session``: a read session to count in, so that the summary sees the project as the
      caller's other counts do (default: a read session of its own).
    - ``among``: interview ids to count only among (the difference between a part and an
      output published before it).

    Questions are matched across questionnaire versions by name. Raises
    :class:`AnalysisError` for an unknown questionnaire, an unknown question (in ``questions``,
    ``frequencies``, ``bins`` or a subset condition) or a condition that does not fit its
    question.
    """
    bins = dict(bins or {})
    step = _Steps(progress, cancelled)
    with _reading(database, session) as session:
        catalogue = load_catalogue(session, form_id, language)
        wanted = _wanted(catalogue, questions, frequencies, bins)
        subset = checked_subset(catalogue, subset)
        chosen = subset_interviews(form_id, subset)
        if among is not None:
            chosen = chosen.where(Interview.id.in_(listed_interviews(session, among)))
        by_version = _interviews_by_version(session, chosen)
        versions, interviews = tuple(by_version), sum(by_version.values())
        reading = _Reading(session, chosen, interviews)
        themes = _themes_summaries(session, catalogue, wanted, chosen, interviews)
        stored = [info for info in wanted if not info.themes_of]
        with_values = [
            info.name
            for info in stored
            if info.type.is_select or info.type.is_numeric or info.name in frequencies
        ]
        counts_only = [info.name for info in stored if info.name not in set(with_values)]
        multiple = [info.name for info in stored if info.type is QuestionType.SELECT_MULTIPLE]
        jobs = reading.jobs(with_values, counts_only, multiple)
        step.total = 1 + len(jobs)
        step.done()

        values: dict[str, dict[int, dict[str | None, int]]] = defaultdict(
            lambda: defaultdict(lambda: defaultdict(int))
        )
        ticks: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        in_repeats = _instances_and_people(
            session, chosen, [info.name for info in wanted if info.repeat]
        )
        for job in jobs:
            for key, count in reading.count(job).items():
                if job.table is AnswerChoice:
                    question, choice = key
                    ticks[question][choice] += count
                else:
                    question, status, value = key if len(key) == 3 else (*key, None)
                    values[question][status][value] += count
            step.done()

    summaries = tuple(
        themes[info.name]
        if info.themes_of
        else _question_summary(
            info,
            in_repeats.get(info.name, (0, 0))[0] if info.repeat else interviews,
            values.get(info.name, {}),
            ticks.get(info.name, {}),
            with_frequencies=info.name in frequencies,
            bins=bins.get(info.name, ()),
            people=in_repeats.get(info.name, (0, 0))[1] if info.repeat else interviews,
            in_version=None
            if info.repeat
            else sum(by_version.get(v, 0) for v in catalogue.in_versions.get(info.name, ())),
        )
        for info in wanted
    )
    return Summary(
        form_id=form_id,
        title=catalogue.title,
        versions=versions,
        interviews=interviews,
        subset=subset,
        questions=summaries,
        grids=_grids(catalogue, summaries),
    )


class _Steps:
    def __init__(self, progress, cancelled) -> None:
        self.progress, self.cancelled = progress, cancelled
        self.total, self.count = 1, 0

    def done(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise AnalysisCancelled()
        self.count += 1
        if self.progress is not None:
            self.progress(min(1.0, self.count / self.total))


def _split(names: list[str]) -> list[list[str]]:
    return [names[i : i + QUESTIONS_PER_QUERY] for i in range(0, len(names), QUESTIONS_PER_QUERY)]


@dataclass(frozen=True)
class _Job:
    """One counting query: ``table``'s rows for ``names``, grouped by ``keys``; with
    ``interviews``, only for the subset's interviews with ids in that half-open range."""

    table: type
    keys: tuple
    names: frozenset[str]
    interviews: tuple[int, int] | None = None


class _Reading:
    """How the answers of a subset are counted, whichever way reads the fewest index entries.

    - every stored interview is in the subset: group the answer index a few questions at a
      time, with no filter;
    - a small subset (half the interviews or fewer): start from the subset's interviews and
      read their answers by primary key, a range of interviews at a time;
    - a large one: group the whole index, then take away the counts of the few interviews
      left out (drafts, deleted, other questionnaires, other sites).
    """

    def __init__(self, session: Session, chosen: Select, interviews: int) -> None:
        self.session = session
        self.chosen = chosen
        stored = session.scalar(select(func.count()).select_from(Interview)) or 0
        self.whole = interviews == stored or interviews * 2 > stored
        self.exclude: Select | None = None
        if self.whole and interviews != stored:
            other = aliased(Interview)
            self.exclude = select(other.id).where(other.id.not_in(chosen))

    def jobs(self, with_values: list[str], counts_only: list[str], multiple: list[str]):
        answer_keys = (Answer.question, Answer.status, Answer.value)
        choice_keys = (AnswerChoice.question, AnswerChoice.choice)
        if self.whole:
            return [
                *(_Job(Answer, answer_keys, frozenset(n)) for n in _split(with_values)),
                *(
                    _Job(Answer, (Answer.question, Answer.status), frozenset(n))
                    for n in _split(counts_only)
                ),
                *(_Job(AnswerChoice, choice_keys, frozenset(n)) for n in _split(multiple)),
            ]
        low, high = self.session.execute(
            select(func.min(Interview.id), func.max(Interview.id))
        ).one()
        if low is None:
            return []
        step = (high - low) // INTERVIEW_RANGES + 1
        ranges = [(start, start + step) for start in range(low, high + 1, step)]
        questions = frozenset(with_values + counts_only)
        jobs = [_Job(Answer, answer_keys, questions, r) for r in ranges]
        if multiple:
            jobs += [_Job(AnswerChoice, choice_keys, frozenset(multiple), r) for r in ranges]
        return jobs

    def count(self, job: _Job) -> dict[tuple, int]:
        """Counts by ``job.keys`` (question first)."""
        table, keys, names = job.table, job.keys, list(job.names)
        if job.interviews is not None:
            # A LEFT JOIN keeps SQLite from reordering the join: it starts from the chosen
            # interviews and reads their answers by primary key (every answer of each, which
            # is one range of the key), rather than scanning every answer to the questions
            # and checking each interview against the subset. Interviews without answers
            # come back as one row of NULLs, left out below with other questions' answers.
            low, high = job.interviews
            ids = self.chosen.where(Interview.id >= low, Interview.id < high).subquery()
            statement = (
                select(*keys, func.count())
                .select_from(ids)
                .join(table, table.interview_id == ids.c.id, isouter=True)
                .group_by(*keys)
            )
            return {
                tuple(key): count
                for *key, count in self.session.execute(statement)
                if key[0] in job.names
            }

        def whole(interviews: Select | None):
            statement = select(*keys, func.count())
            if interviews is None:
                return statement.where(table.question.in_(names)).group_by(*keys)
            ids = interviews.subquery()
            return (
                statement.select_from(ids)
                .join(
                    table,
                    and_(table.interview_id == ids.c.id, table.question.in_(names)),
                    isouter=True,
                )
                .group_by(*keys)
            )

        counts = {tuple(key): count for *key, count in self.session.execute(whole(None))}
        if self.exclude is not None:
            for *key, count in self.session.execute(whole(self.exclude)):
                if key[0] is None:
                    continue
                left = counts[tuple(key)] - count
                if left:
                    counts[tuple(key)] = left
                else:
                    del counts[tuple(key)]
        return counts


def _themes_summaries(
    session: Session,
    catalogue: Catalogue,
    wanted: list[QuestionInfo],
    chosen: Select,
    interviews: int,
) -> dict[str, QuestionSummary]:
    """The tables of the themes variables among ``wanted`` (see duodesk.analysis.themes)."""
    wanted_themes = [info for info in wanted if info.themes_of]
    if not wanted_themes:
        return {}
    from duodesk.analysis.themes import theme_variables, themes_summary

    variables = theme_variables(session, catalogue.form_id)
    return {
        info.name: themes_summary(
            session, variables[info.themes_of], info.label, info.group, chosen, interviews
        )
        for info in wanted_themes
    }


def _wanted(
    catalogue: Catalogue,
    questions: Collection[str] | None,
    frequencies: Collection[str],
    bins: Mapping[str, Sequence[NumberBin]],
) -> list[QuestionInfo]:
    if questions is None:
        wanted = list(catalogue.questions.values())
    else:
        wanted = [catalogue.info(name) for name in dict.fromkeys(questions)]
    for name in frequencies:
        catalogue.info(name)
    for name in bins:
        if not catalogue.info(name).type.is_numeric:
            raise AnalysisError(
                translate(
                    "Analysis", '"{name}" is not a number question, so it cannot have bins.'
                ).format(name=name)
            )
    return wanted


def _instances_and_people(
    session: Session, chosen: Select, names: list[str]
) -> dict[str, tuple[int, int]]:
    """For questions inside repeats: how many instances have a row for the question (every
    instance has one, whatever its status) and how many interviews those came from."""
    if not names:
        return {}
    rows = session.execute(
        select(Answer.question, func.count(), func.count(func.distinct(Answer.interview_id)))
        .where(Answer.question.in_(names), Answer.interview_id.in_(chosen))
        .group_by(Answer.question)
    )
    return {question: (instances, people) for question, instances, people in rows}


def _interviews_by_version(session: Session, chosen) -> dict[int, int]:
    """How many of the ``chosen`` interviews each version number has, in version order."""
    rows = session.execute(
        select(QuestionnaireVersion.number, func.count())
        .join(Interview, Interview.version_id == QuestionnaireVersion.id)
        .where(Interview.id.in_(chosen))
        .group_by(QuestionnaireVersion.number)
        .order_by(QuestionnaireVersion.number)
    ).all()
    return dict(rows)


def _question_summary(
    info: QuestionInfo,
    interviews: int,
    counts: Mapping[int, Mapping[str | None, int]],
    ticks: Mapping[str, int],
    *,
    with_frequencies: bool,
    bins: Sequence[NumberBin],
    people: int = 0,
    in_version: int | None = None,
) -> QuestionSummary:
    """The tables of one question; ``interviews`` is the denominator: for a question inside a
    repeat, the number of the repeat's instances (given by ``people`` interviews).
    ``in_version``: how many of the interviews were made with a version that has the
    question (None inside a repeat); those of them with nothing stored came from an imported
    file without its column."""
    answered_values = {v: c for v, c in counts.get(ANSWERED, {}).items() if v is not None}
    answered = sum(counts.get(ANSWERED, {}).values())
    missing = sum(counts.get(NO_ANSWER, {}).values())
    not_applicable = sum(counts.get(NOT_APPLICABLE, {}).values())
    asked = answered + missing
    kind = info.type
    fields: dict = {}
    valid = answered
    if kind is QuestionType.SELECT_ONE:
        fields["options"], valid = frequency_table(info.categories, answered_values, interviews)
    elif kind is QuestionType.SELECT_MULTIPLE:
        fields["options"], fields["responses"] = multiple_response_table(
            info.categories, ticks, answered, interviews
        )
        fields["combinations"], only_missing = combinations_table(
            info.categories, answered_values, answered
        )
        valid = answered - only_missing
    elif kind.is_numeric:
        exact = [(exact_number(text), count) for text, count in answered_values.items()]
        exact = [(number, count) for number, count in exact if number is not None]
        fields["stats"] = number_stats(exact)
        numbers: dict[float, int] = defaultdict(int)
        for number, count in exact:
            numbers[float(number)] += count
        fields["bins"] = bins_table(bins, sorted(numbers.items()), interviews)
        if with_frequencies:
            categories = [Category(text, text) for text in _by_number(answered_values)]
            fields["options"], _ = frequency_table(categories, answered_values, interviews)
    elif with_frequencies:
        ranked = sorted(answered_values, key=lambda text: (-answered_values[text], text))
        categories = [Category(text, text) for text in ranked]
        fields["options"], _ = frequency_table(categories, answered_values, interviews)
    return QuestionSummary(
        name=info.name,
        label=info.label,
        type=kind.value,
        interviews=interviews,
        asked=asked,
        not_applicable=not_applicable,
        answered=answered,
        missing=missing,
        not_in_version=max(0, interviews - asked - not_applicable),
        not_in_file=0 if in_version is None else max(0, in_version - asked - not_applicable),
        valid=valid,
        group=info.group,
        repeat=info.repeat_label,
        repeat_language=info.repeat_language,
        people=people if info.repeat else 0,
        **fields,
    )


def _by_number(values: Mapping[str, int]) -> list[str]:
    return sorted(values, key=lambda text: (number_of(text) is None, number_of(text) or 0, text))


def _grids(catalogue: Catalogue, summaries: tuple[QuestionSummary, ...]) -> tuple[GridTable, ...]:
    by_name = {summary.name: summary for summary in summaries}
    tables = []
    for grid in catalogue.grids:
        rows = []
        for name in grid.statements:
            summary = by_name.get(name)
            if summary is None:
                continue
            counts = {option.name: option.count for option in summary.options}
            row_counts = tuple(counts.get(point.name, 0) for point in grid.scale)
            rows.append(
                GridRow(
                    name=name,
                    label=summary.label,
                    answered=summary.answered,
                    counts=row_counts,
                    row_percents=tuple(
                        100.0 * count / summary.answered if summary.answered else None
                        for count in row_counts
                    ),
                    valid=summary.valid,
                    valid_percents=tuple(
                        100.0 * count / summary.valid
                        if summary.valid and not point.is_missing_code
                        else None
                        for point, count in zip(grid.scale, row_counts, strict=True)
                    ),
                )
            )
        if rows:
            scale = tuple(ScalePoint(p.name, p.label, p.is_missing_code) for p in grid.scale)
            tables.append(GridTable(grid.name, grid.label, scale, tuple(rows)))
    return tuple(tables)
