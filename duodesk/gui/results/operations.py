"""What the Results screen asks of the project, one function per request.

Each runs on the Results screen's background worker (:mod:`duodesk.gui.results.runner`),
opens and closes its own session, and returns plain frozen values. The numbers themselves all
come from :mod:`duodesk.analysis`; this module only gathers what the screen needs to offer
choices (questions, sites, interviewers, versions).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from duodesk.analysis import (
    Crosstab,
    QuestionSummary,
    Subset,
    Summary,
    TextAnswer,
    bins_from_cut_points,
    crosstab,
    open_text_answers,
    summarize,
)
from duodesk.analysis.subset import form_interviews
from duodesk.core.questionnaire import Group, Question, QuestionType, text_in
from duodesk.storage.database import Database
from duodesk.storage.models import Interview
from duodesk.storage.questionnaires import all_versions

# The types the Results screen has something to show for.
SHOWN_TYPES = frozenset(
    {
        QuestionType.SELECT_ONE,
        QuestionType.SELECT_MULTIPLE,
        QuestionType.INTEGER,
        QuestionType.DECIMAL,
        QuestionType.TEXT,
        QuestionType.DATE,
    }
)


@dataclass(frozen=True)
class QuestionEntry:
    """One line of the question list: a question, or a grid of statements (``is_grid``)."""

    name: str
    label: str
    type: str  # XLSForm type, or "grid"
    group: str = ""  # label of the grid the question belongs to
    choices: tuple[tuple[str, str], ...] = ()  # (name, label) for select questions

    @property
    def is_grid(self) -> bool:
        return self.type == "grid"


@dataclass(frozen=True)
class ResultsSetup:
    """What the Results screen offers for one questionnaire."""

    form_id: str
    title: str
    entries: tuple[QuestionEntry, ...]
    sites: tuple[str, ...]
    interviewers: tuple[str, ...]
    versions: tuple[int, ...]
    complete_interviews: int

    def entry(self, name: str) -> QuestionEntry:
        return next(e for e in self.entries if e.name == name)

    @property
    def questions(self) -> tuple[QuestionEntry, ...]:
        return tuple(e for e in self.entries if not e.is_grid)


def _label(item: Question | Group, language: str) -> str:
    return " ".join(text_in(item.label, language).split()) or item.name


def load_results_setup(database: Database, form_id: str) -> ResultsSetup:
    """The questions of the newest version (with questions only older versions have added at
    the end), the grids, and the sites, interviewers and versions found in the interviews."""
    with database.session() as session:
        versions = all_versions(session, form_id)
        if not versions:
            raise LookupError(f'There is no questionnaire "{form_id}" in this project.')
        ids = form_interviews(form_id).subquery()
        people = session.execute(
            select(Interview.site, Interview.interviewer).where(Interview.id.in_(select(ids)))
        ).all()
    latest = versions[-1].questionnaire
    entries: list[QuestionEntry] = []
    seen: set[str] = set()
    for stored in reversed(versions):  # newest first: its labels win
        form = stored.questionnaire
        language = form.settings.default_language
        for item, parents in form.walk():
            if isinstance(item, Group):
                if item.is_grid and item.name not in seen:
                    seen.add(item.name)
                    entries.append(QuestionEntry(item.name, _label(item, language), "grid"))
                continue
            if item.type not in SHOWN_TYPES or item.name in seen:
                continue
            seen.add(item.name)
            grid = next((g for g in parents if g.is_grid), None)
            choice_list = form.choices_for(item) if item.type.is_select else None
            choices = (
                tuple(
                    (c.name, " ".join(text_in(c.label, language).split()) or c.name)
                    for c in choice_list.choices
                )
                if choice_list is not None
                else ()
            )
            entries.append(
                QuestionEntry(
                    item.name,
                    _label(item, language),
                    item.type.value,
                    _label(grid, language) if grid else "",
                    choices,
                )
            )
    return ResultsSetup(
        form_id=form_id,
        title=latest.title,
        entries=tuple(entries),
        sites=tuple(sorted({site for site, _ in people if site})),
        interviewers=tuple(sorted({who for _, who in people if who})),
        versions=tuple(v.number for v in versions),
        complete_interviews=len(people),
    )


def compute_summary(
    database: Database,
    form_id: str,
    subset: Subset,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Summary:
    """Every question's table and every grid for ``subset``; raises AnalysisCancelled when
    ``cancelled()`` turns true, AnalysisError (a sentence) for a subset that does not fit."""
    return summarize(database, form_id, subset, progress=progress, cancelled=cancelled)


def compute_bins(
    database: Database,
    form_id: str,
    question: str,
    cut_points: tuple[float, ...],
    subset: Subset,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> QuestionSummary:
    """The number question ``question`` with its answers grouped at ``cut_points``."""
    summary = summarize(
        database,
        form_id,
        subset,
        questions=(question,),
        bins={question: bins_from_cut_points(cut_points)},
        cancelled=cancelled,
    )
    return summary.question(question)


def load_text_answers(
    database: Database, form_id: str, question: str, subset: Subset
) -> tuple[TextAnswer, ...]:
    return open_text_answers(database, form_id, question, subset)


def compute_crosstab(
    database: Database, form_id: str, row_question: str, column_question: str, subset: Subset
) -> Crosstab:
    return crosstab(database, form_id, row_question, column_question, subset)
