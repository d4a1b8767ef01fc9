"""What the Results screen asks of the project, one function per request.

Each runs on the Results screen's background worker (:mod:`duodesk.gui.results.runner`),
opens and closes its own session, and returns plain frozen values. The numbers themselves all
come from :mod:`duodesk.analysis`; this module only gathers what the screen needs to offer
choices (questions, sites, interviewers, versions).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
from duodesk.analysis.catalogue import load_catalogue
from duodesk.analysis.crosstab import check_crosstab_shown, protect_crosstab
from duodesk.analysis.subset import Condition, subset_choices
from duodesk.analysis.tables import Category, frequency_table
from duodesk.core.questionnaire import QuestionType
from duodesk.exports.disclosure import TableProtection
from duodesk.storage.database import Database
from duodesk.storage.disclosure_policy import required_threshold
from duodesk.storage.questionnaires import all_versions

# The types the Results screen has something to show for.
SHOWN_TYPES = frozenset(
    {
        QuestionType.SELECT_ONE,
        QuestionType.SELECT_MULTIPLE,
        QuestionType.INTEGER,
        QuestionType.DECIMAL,
        QuestionType.RANGE,
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
    repeat: str = ""  # asked once per instance of this repeat ("drug"); "" once per person

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
    # The questionnaire's languages, its default first (empty for a one-language form), and
    # the one these labels are in (None: the default).
    languages: tuple[str, ...] = ()
    language: str | None = None

    def entry(self, name: str) -> QuestionEntry:
        return next(e for e in self.entries if e.name == name)

    @property
    def questions(self) -> tuple[QuestionEntry, ...]:
        return tuple(e for e in self.entries if not e.is_grid)

    def condition_in_words(self, condition: Condition) -> str:
        """A condition in the questionnaire's words, for the screen: "Where was the interview:
        SDF office" rather than "interview_place = sdf_office"."""
        entry = next((e for e in self.entries if e.name == condition.question), None)
        if entry is None:
            return condition.describe()
        value = dict(entry.choices).get(condition.value, condition.value)
        words = {
            "=": QT_TRANSLATE_NOOP("Results", "{question}: {value}"),
            "!=": QT_TRANSLATE_NOOP("Results", "{question}: not {value}"),
            "includes": QT_TRANSLATE_NOOP("Results", "{question}: {value} ticked"),
            ">": QT_TRANSLATE_NOOP("Results", "{question}: more than {value}"),
            "<": QT_TRANSLATE_NOOP("Results", "{question}: less than {value}"),
            ">=": QT_TRANSLATE_NOOP("Results", "{question}: {value} or more"),
            "<=": QT_TRANSLATE_NOOP("Results", "{question}: {value} or less"),
        }[condition.operator]
        return QCoreApplication.translate("Results", words).format(
            question=entry.label.rstrip(" ?:") or entry.name, value=value
        )


def load_results_setup(
    database: Database, form_id: str, language: str | None = None
) -> ResultsSetup:
    """The questions across every version (as the summaries match them: by name, newest
    labels first, in ``language`` or the form's default), the grids, and the sites,
    interviewers and versions of the interviews."""
    with database.read_session() as session:
        # AnalysisError when there is no such questionnaire
        catalogue = load_catalogue(session, form_id, language)
        choices = subset_choices(session, form_id)
        stored = all_versions(session, form_id)
        versions = tuple(v.number for v in stored)
    languages = tuple(lang for lang in stored[-1].questionnaire.languages() if lang)
    grid_of = {name: grid for grid in catalogue.grids for name in grid.statements}
    entries: list[QuestionEntry] = []
    shown_grids: set[str] = set()
    for info in catalogue.questions.values():
        if info.type not in SHOWN_TYPES:
            continue
        grid = grid_of.get(info.name)
        if grid is not None and grid.name not in shown_grids:
            shown_grids.add(grid.name)  # the grid comes just before its first statement
            entries.append(QuestionEntry(grid.name, _plain(grid.label), "grid"))
        entries.append(
            QuestionEntry(
                info.name,
                _plain(info.label),
                info.type.value,
                _plain(grid.label) if grid else "",
                tuple((c.name, _plain(c.label) or c.name) for c in info.categories),
                info.repeat_label,
            )
        )
    return ResultsSetup(
        form_id=form_id,
        title=catalogue.title,
        entries=tuple(entries),
        sites=choices.sites,
        interviewers=choices.interviewers,
        versions=versions,
        complete_interviews=choices.interviews,
        languages=languages if len(languages) > 1 else (),
        language=language,
    )


def _plain(text: str) -> str:
    return " ".join(text.split())  # labels may hold line breaks meant for the paper form


def compute_summary(
    database: Database,
    form_id: str,
    subset: Subset,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    language: str | None = None,
) -> Summary:
    """Every question's table and every grid for ``subset``; raises AnalysisCancelled when
    ``cancelled()`` turns true, AnalysisError (a sentence) for a subset that does not fit."""
    return summarize(
        database, form_id, subset, progress=progress, cancelled=cancelled, language=language
    )


def compute_bins(
    database: Database,
    form_id: str,
    question: str,
    cut_points: tuple[float, ...],
    subset: Subset,
    *,
    cancelled: Callable[[], bool] | None = None,
    language: str | None = None,
) -> QuestionSummary:
    """The number question ``question`` with its answers grouped at ``cut_points``."""
    summary = summarize(
        database,
        form_id,
        subset,
        questions=(question,),
        bins={question: bins_from_cut_points(cut_points)},
        cancelled=cancelled,
        language=language,
    )
    return summary.question(question)


def month_label(month: str) -> str:
    """ "2024-07" -> "July 2024", the month named in the interface language (anything else is
    shown as it is)."""
    from PySide6.QtCore import QLocale

    try:
        year, number = (int(part) for part in month.split("-"))
    except ValueError:
        return month
    if not 1 <= number <= 12:
        return month
    return f"{QLocale().standaloneMonthName(number)} {year}"


def by_month(question: QuestionSummary) -> QuestionSummary:
    """A date question's answers (``question.options``, one per date) counted by month, in
    calendar order, as a frequency table."""
    months: dict[str, int] = {}
    for option in question.options:
        month = option.name[:7]
        months[month] = months.get(month, 0) + option.count
    categories = [Category(month, month_label(month)) for month in sorted(months)]
    options, _ = frequency_table(categories, months, question.interviews)
    return replace(question, options=options)


def compute_months(
    database: Database,
    form_id: str,
    question: str,
    subset: Subset,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> QuestionSummary:
    """The date question ``question`` counted by month (see :func:`by_month`)."""
    summary = summarize(
        database, form_id, subset, questions=(question,), frequencies=(question,),
        cancelled=cancelled,
    )  # fmt: skip
    return by_month(summary.question(question))


def load_text_answers(
    database: Database, form_id: str, question: str, subset: Subset
) -> tuple[TextAnswer, ...]:
    return open_text_answers(database, form_id, question, subset)


def compute_crosstab(
    database: Database,
    form_id: str,
    row_question: str,
    column_question: str,
    subset: Subset,
    language: str | None = None,
) -> Crosstab:
    return crosstab(database, form_id, row_question, column_question, subset, language=language)


@dataclass(frozen=True)
class ShownCrosstab:
    """A crosstab and, when the project requires small numbers to be hidden in everything
    that leaves it, the threshold and which cells and totals the workbook would hide
    (:func:`duodesk.exports.disclosure.protect_table`), so that the screen (and what is
    copied from it) hides them too. ``hidden`` None: the project requires nothing."""

    table: Crosstab
    threshold: int | None = None
    hidden: TableProtection | None = None


def compute_shown_crosstab(
    database: Database,
    form_id: str,
    row_question: str,
    column_question: str,
    subset: Subset,
    language: str | None = None,
) -> ShownCrosstab:
    table = compute_crosstab(database, form_id, row_question, column_question, subset, language)
    with database.read_session() as session:
        threshold = required_threshold(session)
    whole = check_crosstab_shown(database, form_id, table, subset, threshold)
    if threshold is None or not table.rows or not table.columns:
        return ShownCrosstab(table)
    return ShownCrosstab(table, threshold, protect_crosstab(table, threshold, whole))
