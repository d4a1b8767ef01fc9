"""What every export format needs before it writes a byte: the questions, the columns, the
checked subset and the summary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duodesk.analysis import Subset, Summary, summarize
from duodesk.analysis.catalogue import checked_subset, load_catalogue
from duodesk.analysis.subset import subset_interviews
from duodesk.core.interview_date import interview_date_question
from duodesk.core.questionnaire import Questionnaire
from duodesk.exports.disclosure import (
    PUBLISHED_KEY,
    SubsetTooCloseToWhole,
    check_earlier_outputs,
    check_part_size,
    check_parts_by_answer,
    check_parts_by_group,
    check_subset_left_out,
    ranges_set,
)
from duodesk.exports.layout import DataLayout, ExportOptions, data_layout
from duodesk.i18n import QT_TRANSLATE_NOOP, translate
from duodesk.storage.database import Database
from duodesk.storage.models import Answer, AuditRecord, Interview
from duodesk.storage.questionnaires import all_versions

ANSWERED = 1  # duodesk.core.records.AnswerStatus


@dataclass(frozen=True)
class Prepared:
    form_id: str
    options: ExportOptions
    subset: Subset  # checked: conditions written in stored choice names
    versions: list[Questionnaire]
    version_labels: tuple[str, ...]
    layout: DataLayout
    summary: Summary
    dates: tuple[str, str] | None  # first and last interview date, when recorded
    sites: tuple[str, ...]
    interviews: int
    # the interview numbers a published output (small numbers hidden) counts, for the
    # audit trail: a later output is checked against them (see earlier_published)
    published: tuple[int, ...] = ()
    # the interviews a published output's counts could be told apart from by subtraction
    # (see _neighbours), each summarized: a count whose counterpart there is small is hidden
    rests: tuple[Summary, ...] = ()
    neighbours: tuple[frozenset[int], ...] = ()  # those groups' interview ids, in that order


def earlier_published(session, form_id: str) -> list[set[int]]:
    """The sets of interviews counted by the outputs already published from this project
    (the workbooks and reports written with small numbers hidden, as the audit trail keeps
    them)."""
    import json

    found = []
    for details in session.scalars(
        select(AuditRecord.details).where(
            AuditRecord.action == "exported", AuditRecord.subject == form_id
        )
    ):
        try:
            kept = json.loads(details or "{}").get(PUBLISHED_KEY)
        except (ValueError, AttributeError):
            continue
        if kept is not None:
            found.append(ranges_set(kept))
    return found


def prepare(
    database: Database,
    form_id: str,
    options: ExportOptions,
    *,
    with_summary: bool = True,
    for_publishing: bool = True,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Prepared:
    """Raises :class:`duodesk.analysis.AnalysisError` for an unknown questionnaire or a
    subset condition that does not fit.

    With a summary, the part is checked as a published output (a workbook, a report):
    :class:`duodesk.exports.disclosure.SubsetTooCloseToWhole` when, beside the whole survey
    or an earlier output, it would give small numbers away. Without ``for_publishing`` (a screen
    of the group's own that shows what a published table would hide) only a part too small
    to publish at all is refused (:class:`duodesk.exports.disclosure.TooFewInterviews`)."""
    with database.read_session() as session:
        catalogue = load_catalogue(session, form_id, options.language)
        stored = all_versions(session, form_id)
        subset = checked_subset(catalogue, options.subset)
        chosen = subset_interviews(form_id, subset).subquery()
        first, last = session.execute(
            select(func.min(Interview.interview_date), func.max(Interview.interview_date)).where(
                Interview.id.in_(select(chosen.c.id)), Interview.interview_date != ""
            )
        ).one()
        question = interview_date_question(stored[-1].questionnaire) if stored else None
        if not first and question:
            # No date recorded with the interviews: the questionnaire's own "Date of the
            # interview" question gives them, the same for the Cover and the report.
            first, last = session.execute(
                select(func.min(Answer.value), func.max(Answer.value)).where(
                    Answer.interview_id.in_(select(chosen.c.id)),
                    Answer.question == question,
                    Answer.status == ANSWERED,
                    Answer.value != "",
                )
            ).one()
        interviews = session.scalar(select(func.count()).select_from(chosen)) or 0
        published: tuple[int, ...] = ()
        if with_summary:  # a published summary: the workbook's or the report's tables
            whole = session.scalar(
                select(func.count()).select_from(subset_interviews(form_id, Subset()).subquery())
            )
            check_part_size(options.disclosure, interviews, whole or 0, subset.describe())
            if for_publishing:
                published = _check_published_part(
                    session, database, form_id, subset, options, interviews, whole or 0
                )
        sites = tuple(
            session.scalars(
                select(Interview.site)
                .where(Interview.id.in_(select(chosen.c.id)), Interview.site != "")
                .distinct()
                .order_by(Interview.site)
            )
        )
        versions = [version.questionnaire for version in stored]
        layout = data_layout(catalogue, versions, options)
        names = [name for name in layout.question_names if name in catalogue.questions]
        if with_summary:
            summary = summarize(
                database,
                form_id,
                subset,
                questions=names,
                language=options.language,
                progress=progress,
                cancelled=cancelled,
                session=session,  # the part checked above is the part summarized
            )
        else:
            summary = Summary(form_id, catalogue.title, (), 0, subset, ())
        rests: tuple[Summary, ...] = ()
        neighbours: tuple[frozenset[int], ...] = ()
        if with_summary and for_publishing and options.disclosure.enabled:
            neighbours = tuple(_neighbours(session, form_id, set(published)))
            rests = tuple(
                summarize(
                    database,
                    form_id,
                    questions=names,
                    language=options.language,
                    session=session,
                    among=others,
                )
                for others in neighbours
            )
            for outputs in _made_up_by_earlier_outputs(session, form_id, set(published)):
                _check_made_up_part(database, form_id, names, options, session, summary, outputs)
    return Prepared(
        form_id=form_id,
        options=options,
        subset=subset,
        versions=versions,
        version_labels=tuple(dict.fromkeys(v.version for v in versions if v.version)),
        layout=layout,
        summary=summary,
        dates=(first, last) if first else None,
        sites=sites,
        interviews=interviews,
        published=published,
        rests=rests,
        neighbours=neighbours,
    )


def _check_published_part(
    session: Session,
    database: Database,
    form_id: str,
    subset: Subset,
    options: ExportOptions,
    interviews: int,
    whole: int,
) -> tuple[int, ...]:
    """Refuse (:class:`duodesk.exports.disclosure.SubsetTooCloseToWhole`) a part that, beside
    the whole survey, an earlier output, the other sites or interviewers, or the other answers
    of the question it is chosen by, would give small numbers away. Returns the interviews
    published (recorded with the export, for the next output's check)."""
    published: tuple[int, ...] = ()
    chosen = subset_interviews(form_id, subset).subquery()
    check_subset_left_out(options.disclosure, interviews, whole, subset.describe())
    if options.disclosure.enabled:
        published = tuple(session.scalars(select(chosen.c.id).order_by(chosen.c.id)))
        check_earlier_outputs(
            options.disclosure,
            set(published),
            earlier_published(session, form_id),
            subset.describe(),
        )
    everyone = subset_interviews(form_id, Subset()).subquery()
    for word, column, chosen_names in (
        ("site", Interview.site, subset.sites),
        ("interviewer", Interview.interviewer, subset.interviewers),
    ):
        if not chosen_names:
            continue
        groups = dict(
            session.execute(
                select(column, func.count())
                .where(Interview.id.in_(select(everyone.c.id)))
                .group_by(column)
            ).all()
        )
        check_parts_by_group(
            options.disclosure,
            interviews,
            word,
            tuple(chosen_names),
            {str(k or ""): v for k, v in groups.items()},
            subset.describe(),
        )
    if options.disclosure.enabled and subset.conditions:
        for question, groups in _answer_groups(session, database, form_id, subset, options):
            check_parts_by_answer(
                options.disclosure, interviews, question, groups, subset.describe()
            )
    return published


def _neighbours(session: Session, form_id: str, chosen: set[int]) -> list[frozenset[int]]:
    """The groups of interviews whose counts an output counting ``chosen`` gives away by
    subtraction: beside the whole survey's tables (published or not, they are the group's
    to publish), a part's give the rest of the survey; beside each output published before
    (as the audit trail keeps them), the interviews one counts and the other does not, both
    ways: a part beside a part of it, the whole survey published again after new
    interviews, two parts that overlap; and beside several outputs at once, every group
    their sums and differences single out only with this one (the whole survey less three
    months published one by one gives the fourth month). The output hides every count whose
    counterpart in one of these groups is small, as it hides its own small counts.

    Outputs that differ by only a few interviews are refused before this
    (:func:`duodesk.exports.disclosure.check_earlier_outputs`)."""
    if not chosen:
        return []
    whole = set(session.scalars(subset_interviews(form_id, Subset())))
    earlier = [before & whole for before in earlier_published(session, form_id)]
    # an interview deleted since is counted nowhere now
    found: dict[frozenset[int], None] = {}
    for before in [whole, *earlier]:
        if not before & chosen:
            continue
        for group in (before - chosen, chosen - before):
            if group:
                found.setdefault(frozenset(group))
    others = [whole] if chosen != whole else []
    for group in singled_out(chosen, others + earlier):
        found.setdefault(group)
    return list(found)


def singled_out(chosen: set[int], published: list[set[int]]) -> list[frozenset[int]]:
    """The groups of interviews (counted by the same outputs) that sums and differences of
    the outputs ``published`` and of ``chosen`` single out, and that ``published`` alone do
    not. Each output is a set of interviews; the interviews split into groups by which
    outputs count them, and a group is singled out when its indicator is a whole-number sum
    of the outputs' (a rank test: the outputs' indicators are 0/1 vectors over at most a few
    dozen groups, where a floating-point rank is exact)."""
    import numpy as np

    outputs = [frozenset(chosen), *{frozenset(p) for p in published if p}]
    if len(outputs) < 2:
        return []
    groups: dict[tuple[bool, ...], set[int]] = {}
    for interview in set().union(*outputs):
        groups.setdefault(tuple(interview in o for o in outputs), set()).add(interview)
    keys = list(groups)
    matrix = np.array([[float(key[i]) for key in keys] for i in range(len(outputs))])
    without = matrix[1:]
    rank_all, rank_without = (np.linalg.matrix_rank(m) for m in (matrix, without))
    found = []
    for g, key in enumerate(keys):
        alone = np.zeros((1, len(keys)))
        alone[0, g] = 1.0
        with_all = np.linalg.matrix_rank(np.vstack([matrix, alone])) == rank_all
        with_others = np.linalg.matrix_rank(np.vstack([without, alone])) == rank_without
        if with_all and not with_others and groups[key] != set(chosen):
            found.append(frozenset(groups[key]))
    return found


def _made_up_by_earlier_outputs(
    session: Session, form_id: str, chosen: set[int]
) -> list[list[frozenset[int]]]:
    """The earlier published outputs that, with the interviews ``chosen``, make up the whole
    survey or another earlier output exactly, or that make up ``chosen`` itself: each such
    list is returned. Then every count of
    the new output follows from the others by subtraction (the whole's Female 11 less one
    site's Female 0 gives the other site's Female, which that site hid to protect its 1
    Male), so hiding protects nothing among them."""
    if not chosen:
        return []
    whole = set(session.scalars(subset_interviews(form_id, Subset())))
    earlier = [e & whole for e in earlier_published(session, form_id)]
    found = []
    for around in [whole, *earlier]:
        if not chosen < around:
            continue
        rest = around - chosen
        inside = list({frozenset(e): None for e in earlier if e and e <= rest})
        if inside and set().union(*inside) == rest:
            found.append(inside)
    # Published last, an output the earlier ones make up (a site after its months).
    inside = list({frozenset(e): None for e in earlier if e and e < chosen})
    if chosen != whole and inside and set().union(*inside) == chosen:
        found.append(inside)
    return found


def _check_made_up_part(
    database: Database,
    form_id: str,
    names: list[str],
    options: ExportOptions,
    session: Session,
    summary: Summary,
    outputs: list[frozenset[int]],
) -> None:
    """Raise :class:`~duodesk.exports.disclosure.SubsetTooCloseToWhole` when the new output or
    one of the earlier ``outputs`` that make up a whole with it has a count of 1 to threshold:
    side by side, the outputs would give it away whatever each hides."""
    from duodesk.exports.cells import question_cells

    threshold = options.disclosure.threshold
    summaries = [summary] + [
        summarize(
            database,
            form_id,
            questions=names,
            language=options.language,
            session=session,
            among=output,
        )
        for output in outputs
    ]
    for each in summaries:
        for question in each.questions:
            cells = question_cells(question)
            small = [
                count
                for i, count in enumerate(cells.counts)
                if i != cells.total_at and 1 <= count <= threshold
            ]
            if small:
                raise SubsetTooCloseToWhole(
                    translate(
                        "Export",
                        "The part chosen ({part}) and parts already published from this "
                        "project fit together exactly (into the whole survey, an earlier part, "
                        "or this part): side by side, their numbers would give away by "
                        "subtraction even those each one hides, and some of them are 1 to "
                        "{threshold}. Nothing was written. Choose a part that does not "
                        "complete the parts already published.",
                    ).format(part=summary.subset.describe(), threshold=threshold)
                )


def published_dates(prepared: Prepared) -> tuple[tuple[str, str] | None, bool]:
    """The first and last interview dates to print on a Cover or a title page, and whether
    they were cut to their months: with small numbers hidden, a subset of only 1 to
    threshold interviews gets its months only (the days of so few interviews can tell who
    was interviewed, as any small count can)."""
    dates, rule = prepared.dates, prepared.options.disclosure
    if dates is None or not rule.enabled or prepared.interviews > rule.threshold:
        return dates, False
    return (dates[0][:7], dates[1][:7]), True


MONTHS_ONLY = QT_TRANSLATE_NOOP(
    "Workbook",
    "only the months are given: with so few interviews, the days could help to tell who "
    "was interviewed",
)


def _answer_groups(
    session: Session, database: Database, form_id: str, subset: Subset, options: ExportOptions
) -> list[tuple[str, list[int]]]:
    """For each question a condition of ``subset`` chooses by: the groups its answers make of
    the whole survey (see :func:`duodesk.exports.disclosure.check_parts_by_answer`), counted
    in ``session``."""
    names = list(dict.fromkeys(condition.question for condition in subset.conditions))
    whole = {
        q.name: q
        for q in summarize(
            database, form_id, questions=names, language=options.language, session=session
        ).questions
    }
    found = []
    for condition in subset.conditions:
        question = whole.get(condition.question)
        if question is None:
            continue
        groups = [question.not_applicable, question.missing, question.not_in_version]
        groups += [option.count for option in question.options]
        groups += [band.count for band in question.bins]
        if question.stats is not None or condition.is_date:
            meets = session.scalar(
                select(func.count()).select_from(
                    subset_interviews(form_id, Subset(conditions=(condition,))).subquery()
                )
            )
            groups += [meets or 0, question.answered - (meets or 0)]
        found.append((question.label or question.name, groups))
    return found
