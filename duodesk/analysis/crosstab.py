"""Crosstabs of two questions: counts, percents, chi-square and Fisher's exact test."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from duodesk.analysis.catalogue import QuestionInfo, checked_subset, load_catalogue, plural
from duodesk.analysis.fisher import fisher_exact_rxc
from duodesk.analysis.results import AnalysisError, Crosstab, CrosstabCell, ScalePoint
from duodesk.analysis.subset import EVERYTHING, Subset, subset_interviews
from duodesk.analysis.tables import number_of, share_text
from duodesk.core.questionnaire import QuestionType
from duodesk.i18n import translate
from duodesk.storage.database import Database
from duodesk.storage.models import Answer, Theme, ThemeCode

if TYPE_CHECKING:
    from duodesk.exports.disclosure import TableProtection

ANSWERED = 1  # duodesk.core.records.AnswerStatus.ANSWERED


def crosstab(
    database: Database,
    form_id: str,
    row_question: str,
    column_question: str,
    subset: Subset = EVERYTHING,
    *,
    language: str | None = None,
) -> Crosstab:
    """``row_question`` x ``column_question`` over the interviews of ``subset`` that gave a
    valid answer to both (declared missing codes are left out, as PSPP does).

    Either question may be select_one, integer, text or any single-valued type (its distinct
    values become the categories); select_multiple is refused, except a themes variable
    (``QUESTION_themes``) against a single-valued question (see :func:`_themes_crosstab`).
    Chi-square is Pearson's (scipy); Fisher's exact test (two-sided) is added for every 2x2
    table and for a larger table with an expected count under 5 (Freeman-Halton, see
    :mod:`duodesk.analysis.fisher`), and ``warning`` says when expected counts are under 5.
    Raises :class:`AnalysisError` with a plain message for an unknown form or question.
    """
    with database.read_session() as session:
        catalogue = load_catalogue(session, form_id, language)
        row_info, column_info = catalogue.info(row_question), catalogue.info(column_question)
        themes_info = next((i for i in (row_info, column_info) if i.themes_of), None)
        for info in (row_info, column_info):
            if info.type is QuestionType.SELECT_MULTIPLE and info is not themes_info:
                raise AnalysisError(
                    translate(
                        "Analysis",
                        '"{label}" can have several answers ticked, so it cannot be one side of '
                        "a crosstab. Choose a question with one answer.",
                    ).format(label=info.label)
                )
        in_repeats = [info for info in (row_info, column_info) if info.repeat]
        if len(in_repeats) == 2 or (in_repeats and themes_info is not None):
            raise AnalysisError(
                translate(
                    "Analysis",
                    '"{label}" is asked once for each instance of “{repeat_label}”: put it '
                    "against a question asked once per interview (a crosstab of two repeat "
                    "questions, or of a repeat question and themes, is not made).",
                ).format(label=in_repeats[0].label, repeat_label=in_repeats[0].repeat_label)
            )
        if row_question == column_question:
            raise AnalysisError(
                translate("Analysis", "Choose two different questions for a crosstab.")
            )
        subset = checked_subset(catalogue, subset)
        chosen = subset_interviews(form_id, subset)
        if themes_info is not None:
            return _themes_crosstab(
                session, form_id, row_info, column_info, themes_info, chosen, subset
            )
        first, second = aliased(Answer), aliased(Answer)
        # A repeat question's answers are one per instance; the other question's, one per
        # interview, is joined to each instance of its interview.
        found = session.execute(
            select(first.value, second.value, first.interview_id, func.count())
            .join(second, second.interview_id == first.interview_id)
            .where(
                first.question == row_question,
                first.status == ANSWERED,
                first.instance != "" if row_info.repeat else first.instance == "",
                second.question == column_question,
                second.status == ANSWERED,
                second.instance != "" if column_info.repeat else second.instance == "",
                first.interview_id.in_(chosen),
            )
            .group_by(first.value, second.value, first.interview_id)
        ).all()
    rows = _categories(row_info, {r for r, _, _, _ in found})
    columns = _categories(column_info, {c for _, c, _, _ in found})
    row_index = {point.name: i for i, point in enumerate(rows)}
    column_index = {point.name: i for i, point in enumerate(columns)}
    counts = [[0] * len(columns) for _ in rows]
    behind: list[list[set[int]]] = [[set() for _ in columns] for _ in rows]
    for row_value, column_value, interview, count in found:
        if row_value in row_index and column_value in column_index:
            r, c = row_index[row_value], column_index[column_value]
            counts[r][c] += count
            behind[r][c].add(interview)
    instances = None
    if in_repeats:
        label = in_repeats[0].repeat_label
        language = in_repeats[0].repeat_language
        things = plural(label, language) if label else translate("Summary text", "instances")
        instances = (things, _People.of(behind))
    return _table(
        form_id, row_info, column_info, rows, columns, counts, subset, instances=instances
    )


@dataclass(frozen=True)
class _People:
    """How many distinct people are behind each cell and total of a repeat question's
    crosstab, whose counts are of instances: a person naming three drugs is one person."""

    cells: tuple[tuple[int, ...], ...]
    rows: tuple[int, ...]
    columns: tuple[int, ...]
    total: int

    @classmethod
    def of(cls, behind: list[list[set[int]]]) -> _People:
        width = len(behind[0]) if behind else 0
        columns = [set().union(*(row[c] for row in behind)) for c in range(width)]
        rows = [set().union(*row) for row in behind]
        return cls(
            cells=tuple(tuple(len(cell) for cell in row) for row in behind),
            rows=tuple(len(row) for row in rows),
            columns=tuple(len(column) for column in columns),
            total=len(set().union(*rows)),
        )


def _themes_crosstab(session, form_id, row_info, column_info, themes_info, chosen, subset):
    """A themes variable (written answers coded into themes, main coding) against a question
    with one answer. A person can hold several themes, so, as for any multiple-response
    crosstab (SPSS's MULT RESPONSE), the cells count people, each theme's row total is the
    people who gave it, and the column totals are the people in each column who were given at
    least one theme: percentages of a column are percentages of cases. Chi-square is not
    worked out, since the cells are not separate people."""
    from duodesk.storage.themes import MAIN_CODER

    other = column_info if themes_info is row_info else row_info
    if other.type is QuestionType.SELECT_MULTIPLE:
        raise AnalysisError(
            translate(
                "Analysis",
                '"{label}" can have several answers ticked: compare the themes with a '
                "question with one answer.",
            ).format(label=other.label)
        )
    question = themes_info.themes_of
    text, value = aliased(Answer), aliased(Answer)
    coded = (
        select(ThemeCode.interview_id, ThemeCode.theme_id)
        .join(
            text,
            (text.interview_id == ThemeCode.interview_id)
            & (text.question == question)
            & (text.status == ANSWERED),
        )
        .where(
            ThemeCode.question == question,
            ThemeCode.coder == MAIN_CODER,
            ThemeCode.interview_id.in_(chosen),
        )
    ).subquery()
    pairs = session.execute(
        select(coded.c.interview_id, coded.c.theme_id, value.value)
        .join(value, value.interview_id == coded.c.interview_id)
        .where(value.question == other.name, value.status == ANSWERED)
    ).all()
    names = {
        theme.id: theme.name
        for theme in session.scalars(
            select(Theme).where(Theme.form_id == form_id, Theme.question == question)
        )
    }
    themes = tuple(ScalePoint(c.name, c.label) for c in themes_info.categories)
    values = _categories(other, {v for _, _, v in pairs})
    theme_index = {point.name: i for i, point in enumerate(themes)}
    value_index = {point.name: i for i, point in enumerate(values)}
    counts = [[0] * len(values) for _ in themes]
    people: dict[int, int] = {}  # interview -> its column, for the column totals
    for interview_id, theme_id, answer in pairs:
        t, v = theme_index.get(names.get(theme_id, "")), value_index.get(answer)
        if t is None or v is None:
            continue  # a missing code, or a theme merged away meanwhile
        counts[t][v] += 1
        people[interview_id] = v
    value_people = [0] * len(values)
    for v in people.values():
        value_people[v] += 1
    theme_people = [sum(row) for row in counts]
    if themes_info is row_info:
        rows, columns, cells = themes, values, counts
        row_totals, column_totals = theme_people, value_people
    else:
        rows, columns = values, themes
        cells = [[counts[t][v] for t in range(len(themes))] for v in range(len(values))]
        row_totals, column_totals = value_people, theme_people
    return _table(
        form_id,
        row_info,
        column_info,
        rows,
        columns,
        cells,
        subset,
        totals=(tuple(row_totals), tuple(column_totals), len(people)),
    )


def _categories(info: QuestionInfo, found: set[str]) -> tuple[ScalePoint, ...]:
    """Every valid choice, then any other value found; missing codes left out."""
    if info.type is QuestionType.SELECT_ONE:
        known = {c.name for c in info.categories}
        points = [ScalePoint(c.name, c.label) for c in info.categories if not c.is_missing_code]
        return (*points, *(ScalePoint(v, v) for v in sorted(found - known)))
    if info.type.is_numeric:
        ordered = sorted(found, key=lambda v: (number_of(v) is None, number_of(v) or 0, v))
        return tuple(ScalePoint(v, v) for v in ordered)
    return tuple(ScalePoint(v, v) for v in sorted(found))


def _table(
    form_id, row_info, column_info, rows, columns, counts, subset, *, totals=None, instances=None
) -> Crosstab:
    """``totals`` (row totals, column totals, total) are given for a themes crosstab, whose
    cells may count one person several times; then no test is worked out. ``instances``
    (what is counted, in the plural, and by how many people) for a repeat question's
    crosstab, whose cells count instances: no test either, one person giving several."""
    if totals is None:
        row_totals = tuple(sum(row) for row in counts)
        column_totals = tuple(sum(row[c] for row in counts) for c in range(len(columns)))
        total = sum(row_totals)
    else:
        row_totals, column_totals, total = totals

    def expected(r: int, c: int) -> float | None:
        return row_totals[r] * column_totals[c] / total if total else None

    cells = tuple(
        tuple(
            CrosstabCell(
                count=count,
                row_percent=100.0 * count / row_totals[r] if row_totals[r] else None,
                column_percent=100.0 * count / column_totals[c] if column_totals[c] else None,
                total_percent=100.0 * count / total if total else None,
                expected=expected(r, c),
            )
            for c, count in enumerate(row)
        )
        for r, row in enumerate(counts)
    )
    # The test only sees categories somebody gave, as PSPP's CROSSTABS does.
    used_rows = [r for r, t in enumerate(row_totals) if t]
    used_columns = [c for c, t in enumerate(column_totals) if t]
    observed = [[counts[r][c] for c in used_columns] for r in used_rows]
    chi_square = p_value = fisher_p = None
    fisher_method = ""
    dof = None
    small = 0
    warning = ""
    if totals is not None:
        warning = translate(
            "Summary text",
            "No chi-square: a person can be given several themes, so the cells are not "
            "separate people. Each column's percentages are of the people in it given a theme.",
        )
    elif instances is not None:
        things, given_by = instances[0], instances[1].total
        if given_by == 1:
            warning = translate(
                "Summary text",
                "Counted over {total} {things} named by %n person: each cell counts {things}, "
                "and the percentages are of {things}. No chi-square: a person who named several "
                "{things} counts in the table once for each, so the cells are not separate people.",
                None,
                given_by,
            )
        else:
            warning = translate(
                "Summary text",
                "Counted over {total} {things} named by %n people: each cell counts {things}, "
                "and the percentages are of {things}. No chi-square: a person who named several "
                "{things} counts in the table once for each, so the cells are not separate people.",
                None,
                given_by,
            )
        warning = warning.format(total=total, things=things)
    elif len(used_rows) >= 2 and len(used_columns) >= 2:
        from scipy import stats  # slow to import; only crosstabs need it

        result = stats.chi2_contingency(observed, correction=False)
        chi_square, p_value, dof = float(result.statistic), float(result.pvalue), int(result.dof)
        small = sum(1 for row in result.expected_freq for e in row if e < 5)
        if len(used_rows) == 2 and len(used_columns) == 2:
            fisher_p = float(stats.fisher_exact(observed).pvalue)
            fisher_method = translate("Summary text", "Fisher's exact test, exact p-value.")
        elif any(e < 5 for row in result.expected_freq for e in row):
            fisher = fisher_exact_rxc(observed)
            fisher_p, fisher_method = fisher.p_value, fisher.describe()
        if small:
            cells_used = len(used_rows) * len(used_columns)
            if fisher_p is not None:
                warning = translate(
                    "Summary text",
                    "{small} of the {cells} cells ({share}) would expect fewer than 5 people, so "
                    "the chi-square test may not be reliable: use Fisher's exact test instead.",
                )
            else:
                warning = translate(
                    "Summary text",
                    "{small} of the {cells} cells ({share}) would expect fewer than 5 people, so "
                    "the chi-square test may not be reliable.",
                )
            warning = warning.format(
                small=small, cells=cells_used, share=share_text(small, cells_used, 0)
            )
    elif total:
        warning = translate(
            "Summary text", "Chi-square needs at least two answers given on each side."
        )
    return Crosstab(
        form_id=form_id,
        row_question=row_info.name,
        row_label=row_info.label,
        column_question=column_info.name,
        column_label=column_info.label,
        rows=rows,
        columns=columns,
        cells=cells,
        row_totals=row_totals,
        column_totals=column_totals,
        total=total,
        chi_square=chi_square,
        degrees_of_freedom=dof,
        p_value=p_value,
        fisher_p=fisher_p,
        fisher_method=fisher_method,
        cells_expected_under_5=small,
        warning=warning,
        subset=subset,
        multiple_response=totals is not None,
        counted_over=instances[0] if instances is not None else "",
        people=instances[1].total if instances is not None else total,
        cell_people=instances[1].cells if instances is not None else (),
        row_people=instances[1].rows if instances is not None else (),
        column_people=instances[1].columns if instances is not None else (),
    )


def protect_crosstab(
    table: Crosstab, threshold: int, whole: Crosstab | None = None
) -> TableProtection:
    """Which of ``table``'s cells and totals to hide when the project hides numbers from 1
    to ``threshold`` (the workbook's rule). A repeat question's crosstab counts instances but
    hides by people, as the workbook's Repeats sheet does: a cell or total is hidden when 1
    to ``threshold`` people are behind it, whatever its number of instances.

    ``whole``: for a part of the survey, the whole survey's table. A number whose counterpart
    among the rest of the survey (the whole's less the part's) is 1 to ``threshold`` is
    hidden too, with what protects it: set beside the whole's table (or the workbook's
    counts), the part's would give those few people away by subtraction."""
    from duodesk.exports.disclosure import protect_table

    counts = [[cell.count for cell in row] for row in table.cells]
    elsewhere = _small_in_the_rest(table, whole, threshold) if whole is not None else frozenset()
    if not table.counted_over:
        return protect_table(counts, threshold, small_elsewhere=elsewhere)
    people = (table.cell_people, table.row_people, table.column_people)
    return protect_table(counts, threshold, people=people, small_elsewhere=elsewhere)


def _numbers(table: Crosstab) -> dict[tuple[str, ...], int]:
    """The table's cells, row totals and column totals by their answers, in people for a
    repeat question's table (the interviews are split between a part and the rest, so their
    people add up; instances would not tell how many people)."""
    if table.counted_over:
        cells, rows, columns = table.cell_people, table.row_people, table.column_people
    else:
        cells = [[cell.count for cell in row] for row in table.cells]
        rows, columns = table.row_totals, table.column_totals
    found: dict[tuple[str, ...], int] = {}
    for r, row in enumerate(table.rows):
        for c, column in enumerate(table.columns):
            found[("cell", row.name, column.name)] = cells[r][c]
        found[("row", row.name)] = rows[r]
    for c, column in enumerate(table.columns):
        found[("column", column.name)] = columns[c]
    return found


def _small_in_the_rest(part: Crosstab, whole: Crosstab, threshold: int) -> frozenset[int]:
    """The numbers of ``part`` (in :func:`protect_table`'s order: the cells row by row, the
    row totals, the column totals) whose counterpart in the rest of the survey is 1 to
    ``threshold``."""
    in_whole, in_part = _numbers(whole), _numbers(part)
    keys = [("cell", r.name, c.name) for r in part.rows for c in part.columns]
    keys += [("row", r.name) for r in part.rows] + [("column", c.name) for c in part.columns]
    return frozenset(
        i for i, key in enumerate(keys) if 1 <= in_whole.get(key, 0) - in_part[key] <= threshold
    )


def check_crosstab_shown(
    database: Database,
    form_id: str,
    table: Crosstab,
    subset: Subset,
    threshold: int | None,
) -> Crosstab | None:
    """Raise :class:`AnalysisError` when the project hides numbers from 1 to ``threshold``
    and ``table`` would still give a few people's answers away: its total counts only 1 to
    ``threshold`` people (filtered on an answer, the total is that answer's count), or its part
    of the survey leaves out only 1 to ``threshold`` of those the whole survey's table counts
    (the two totals, set side by side, give the count left out). Returns the whole survey's
    table for a part (for :func:`protect_crosstab`), else None."""
    if threshold is None:
        return None
    # ``people``: a repeat question's table counts instances, but hides by people.
    if 1 <= table.people <= threshold:
        raise AnalysisError(
            translate(
                "Analysis",
                "This table would count only 1 to {threshold} people, and the project hides "
                "numbers from 1 to {threshold}: none of its numbers can be shown. Choose a "
                "larger part of the survey.",
            ).format(threshold=threshold)
        )
    if subset.is_everything:
        return None
    whole = crosstab(database, form_id, table.row_question, table.column_question)
    if 1 <= whole.people - table.people <= threshold:
        raise AnalysisError(
            translate(
                "Analysis",
                "This part of the survey leaves out only 1 to {threshold} of the people the "
                "table counts for the whole survey: set beside that table, its numbers would "
                "give those few people's answers by subtraction. Choose a part that leaves out "
                "none of them, or at least {n}.",
            ).format(threshold=threshold, n=threshold + 1)
        )
    return whole
