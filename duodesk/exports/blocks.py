"""The Summary sheet's blocks: each question's table as it will be shown, small numbers hidden.

A block is plain values (no openpyxl): the lines of a question's table, each with its count and
percentages, where a hidden count and every percentage computed from it (or from a hidden
denominator) are replaced by the marker.

Which counts are hidden is decided for the whole workbook at once
(:mod:`duodesk.exports.linked`): every count of every block is a cell, and the relations a
reader knows are given with them: within a block (the options add up to the valid answers;
valid answers and missing codes to "Answered"; answered, no answer, not asked and not in the
version to the interviews; ticks of a multiple-answer question to the answers ticked, none
more than the people who answered), and between blocks through the questionnaire's skip
logic (:mod:`duodesk.exports.relations`). Grids show the same cells as their statements.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from duodesk.analysis import GridTable, QuestionSummary, Summary
from duodesk.analysis.tables import percentile_method_words
from duodesk.core.questionnaire import Questionnaire
from duodesk.exports.cells import Cells, question_cells
from duodesk.exports.disclosure import DisclosureRule
from duodesk.exports.extremes import Extremes
from duodesk.exports.linked import Relation, WorkbookProtection, protect_cells
from duodesk.exports.moments import HIDE_ALL, KnownCount, follow_up_counts, statistics_to_hide
from duodesk.exports.relations import checked, skip_relations
from duodesk.i18n import translate

Shown = int | float | str | None  # a number, the marker, or nothing


@dataclass(frozen=True)
class Line:
    """One row of a block. Percentages are fractions (0.25 for 25%)."""

    label: str
    count: Shown
    percent: Shown = None
    third: Shown = None  # valid percentage; for select_multiple, percent of responses
    kind: str = "option"  # option | missing_code | status | total | statistic
    chart: bool = False  # one of the bars of the question's chart


@dataclass(frozen=True)
class Block:
    name: str
    title: str
    type: str
    note: str
    lines: tuple[Line, ...]
    not_available: Shown  # no answer + not asked (+ not in version)
    not_available_percent: Shown
    headings: tuple[str, str, str] = ("Number", "Percent", "Valid percent")
    valid: Shown = None  # the valid answers (valid percent's denominator), or the marker


def _fraction(count: int, of: int) -> float | None:
    return count / of if of else None


class _Hider:
    """Shows a block's counts and percentages, or the marker where the protection hides
    them. ``index`` maps the block's own cell numbers to the workbook's."""

    def __init__(
        self, marker: str, counts: list[int], index: list[int], hidden: frozenset[int]
    ) -> None:
        self.marker, self.counts, self.index, self.hidden = marker, counts, index, hidden

    def is_hidden(self, local: int) -> bool:
        return self.index[local] in self.hidden

    def count(self, local: int) -> Shown:
        return self.marker if self.is_hidden(local) else self.counts[local]

    def share(self, local: int, of_local: int | None) -> Shown:
        """``counts[local] / counts[of_local]``, hidden when either count is: a percentage
        beside a hidden count gives the count away, and one of a hidden denominator gives
        the denominator away."""
        if self.is_hidden(local) or (of_local is not None and self.is_hidden(of_local)):
            return self.marker
        return _fraction(self.counts[local], self.counts[of_local] if of_local is not None else 0)


@dataclass(frozen=True)
class StatisticsRule:
    """How the statistics of a number question are shown: ``threshold`` as for counts;
    ``extremes`` per question (None: the smallest and largest are hidden)."""

    threshold: int
    enabled: bool
    marker: str
    extremes: Mapping[str, Extremes]
    # per number question, the shown counts of its answers a follow-up's relevance gives
    # (see :func:`duodesk.exports.moments.follow_up_counts`)
    known: Mapping[str, tuple[KnownCount, ...]] = field(default_factory=dict)


def question_block(
    question: QuestionSummary, cells: Cells, hide: _Hider, stats_rule: StatisticsRule
) -> Block:
    """The block of one question (select_one, select_multiple, number or text)."""
    if question.type == "select_multiple":
        return _multiple_block(question, cells, hide)
    options = question.options if question.type == "select_one" else question.bins
    valid_options = [o for o in options if not o.is_missing_code]
    missing_codes = [o for o in options if o.is_missing_code]
    valid_at, total_at = cells.roles["valid"], cells.total_at
    answered_at = cells.roles["answered"]
    codes_at = valid_at + 1
    lines: list[Line] = []
    for i, option in enumerate(valid_options):
        lines.append(
            Line(
                option.label,
                hide.count(i),
                hide.share(i, total_at),
                hide.share(i, valid_at),
                chart=question.type == "select_one",
            )
        )
    for j, option in enumerate(missing_codes):
        i = codes_at + j
        lines.append(
            Line(f"{option.label} (missing code)", hide.count(i), hide.share(i, total_at), None)
        )
    note = _note(question, hide.count(total_at), hide.count(valid_at))
    if question.stats is not None:
        statistics, hidden = _statistics(
            question, stats_rule, shown=not hide.is_hidden(answered_at)
        )
        lines += statistics
        if hidden:
            note += " " + _hidden_statistics_words(hidden)
    lines += _status_lines(hide, answered_at, total_at, _absent_words(question))
    return Block(
        question.name,
        _title(question),
        question.type,
        note,
        tuple(lines),
        hide.count(answered_at + 4),
        hide.share(answered_at + 4, total_at),
        valid=hide.count(valid_at),
    )


def _multiple_block(question: QuestionSummary, cells: Cells, hide: _Hider) -> Block:
    options = question.options
    k = len(options)
    responses_at, answered_at, total_at = k, k + 1, cells.total_at
    lines = [
        Line(
            option.label,
            hide.count(i),
            hide.share(i, answered_at),
            hide.share(i, responses_at),
            chart=True,
        )
        for i, option in enumerate(options)
    ]
    lines.append(
        Line(
            "Answers ticked in all",
            hide.count(responses_at),
            None,
            hide.share(responses_at, responses_at),
            "total",
        )
    )
    lines += _status_lines(hide, answered_at, total_at, _absent_words(question))
    answered = hide.count(answered_at)
    only = question.answered - question.valid
    if only:
        note = translate(
            "Workbook",
            "Several answers could be ticked. Percent of cases is out of the {answered} people "
            "who ticked at least one answer (missing codes such as “Don't know” included); "
            "percent of responses is out of all the answers ticked.",
        )
    else:
        note = translate(
            "Workbook",
            "Several answers could be ticked. Percent of cases is out of the {answered} people "
            "who ticked at least one answer; percent of responses is out of all the answers "
            "ticked.",
        )
    note = note.format(answered=answered)
    return Block(
        question.name,
        _title(question),
        question.type,
        note,
        tuple(lines),
        hide.count(answered_at + 4),
        hide.share(answered_at + 4, total_at),
        ("Number", "Percent of cases", "Percent of responses"),
    )


NOT_IN_VERSION_LINE = "Not in this version of the questionnaire"
NOT_IN_FILE_LINE = "Not in the imported file"
NOT_IN_EITHER_LINE = "Not in this version of the questionnaire, or not in the imported file"


def _absent_words(question: QuestionSummary) -> str:
    """The line for interviews with nothing stored for ``question`` ("" when there are
    none): their version did not have it, or an imported file had no column for it."""
    if not question.not_in_version:
        return ""
    if not question.not_in_file:
        return NOT_IN_VERSION_LINE
    if question.not_in_file == question.not_in_version:
        return NOT_IN_FILE_LINE
    return NOT_IN_EITHER_LINE


def _status_lines(hide: _Hider, answered_at: int, total_at: int, absent: str) -> list[Line]:
    lines = [
        Line(
            "Answered",
            hide.count(answered_at),
            hide.share(answered_at, total_at),
            None,
            "status",
        ),
        Line(
            "No answer",
            hide.count(answered_at + 1),
            hide.share(answered_at + 1, total_at),
            None,
            "status",
        ),
        Line(
            "Not asked (skipped)",
            hide.count(answered_at + 2),
            hide.share(answered_at + 2, total_at),
            None,
            "status",
        ),
    ]
    if absent:
        lines.append(
            Line(
                absent,
                hide.count(answered_at + 3),
                hide.share(answered_at + 3, total_at),
                None,
                "status",
            )
        )
    lines.append(
        Line(
            "Total interviews", hide.count(total_at), hide.share(total_at, total_at), None, "total"
        )
    )
    return lines


SMALLEST_REPLACED = "5th percentile (in place of the smallest answer, given by fewer than {n})"
LARGEST_REPLACED = "95th percentile (in place of the largest answer, given by fewer than {n})"
MISSING_CODE = " (missing code)"


def line_label(line: Line) -> str:
    """A line's label as a person reads it, in the interface language. A block keeps its own
    words in English (the findings report finds lines by them); the words of the
    questionnaire (its choices) are its own and stay as they are."""
    if line.kind in ("status", "total", "statistic"):
        return fixed_words(line.label)
    if line.kind == "option" and not line.chart and line.label.endswith(MISSING_CODE):
        return translate("Workbook", "{label} (missing code)").format(
            label=line.label.removesuffix(MISSING_CODE)
        )
    return line.label


def fixed_words(label: str) -> str:
    """DuoDesk's own words of a status or statistic line (or a heading) in the interface
    language; any other text as it is."""
    for english, n in ((SMALLEST_REPLACED, "smallest"), (LARGEST_REPLACED, "largest")):
        start = english.split("{")[0]
        if label.startswith(start):
            count = label.removeprefix(start).rstrip(")")
            if n == "smallest":
                words = translate(
                    "Workbook",
                    "5th percentile (in place of the smallest answer, given by fewer than {n})",
                )
            else:
                words = translate(
                    "Workbook",
                    "95th percentile (in place of the largest answer, given by fewer than {n})",
                )
            return words.format(n=count)
    words = {
        "Answered": translate("Workbook", "Answered"),
        "No answer": translate("Workbook", "No answer"),
        "Not asked (skipped)": translate("Workbook", "Not asked (skipped)"),
        "Not in this version of the questionnaire": translate(
            "Workbook", "Not in this version of the questionnaire"
        ),
        NOT_IN_FILE_LINE: translate("Workbook", "Not in the imported file"),
        NOT_IN_EITHER_LINE: translate(
            "Workbook", "Not in this version of the questionnaire, or not in the imported file"
        ),
        "Total interviews": translate("Workbook", "Total interviews"),
        "Answers ticked in all": translate("Workbook", "Answers ticked in all"),
        "Mean": translate("Workbook", "Mean"),
        "Standard deviation": translate("Workbook", "Standard deviation"),
        "Median": translate("Workbook", "Median"),
        "Lower quartile": translate("Workbook", "Lower quartile"),
        "Upper quartile": translate("Workbook", "Upper quartile"),
        "Smallest": translate("Workbook", "Smallest"),
        "Largest": translate("Workbook", "Largest"),
        "Number": translate("Workbook", "Number"),
        "Percent": translate("Workbook", "Percent"),
        "Valid percent": translate("Workbook", "Valid percent"),
        "Percent of cases": translate("Workbook", "Percent of cases"),
        "Percent of responses": translate("Workbook", "Percent of responses"),
    }
    return words.get(label, label)


def _statistics(
    question: QuestionSummary, rule: StatisticsRule, *, shown: bool
) -> tuple[list[Line], frozenset[str]]:
    """Mean, spread and quartiles; the smallest and largest answers only when more than
    ``threshold`` people gave them (an age of 71 given by one person points at that person),
    else the 5th and 95th percentiles in their place, saying so, unless the percentile is
    that same answer (few answers): then it is hidden.

    ``shown`` is whether the number who answered is shown: statistics of a hidden number of
    answers are hidden too, whatever the reason it is hidden (showing them only when it is
    hidden to protect others would tell a reader which hidden numbers are small)."""
    stats = question.stats
    assert stats is not None
    rows: list[tuple[str, Shown]] = [
        ("Mean", stats.mean),
        ("Standard deviation", stats.sd),
        ("Median", stats.median),
        ("Lower quartile", stats.q1),
        ("Upper quartile", stats.q3),
    ]
    extremes = rule.extremes.get(question.name)
    hidden: frozenset[str] = frozenset()
    if not rule.enabled:
        rows += [("Smallest", stats.min), ("Largest", stats.max)]
    elif extremes is None:
        rows += [("Smallest", rule.marker), ("Largest", rule.marker)]
    else:
        enough = rule.threshold + 1
        ends = (
            (
                "Smallest",
                SMALLEST_REPLACED,
                extremes.smallest,
                extremes.smallest_count,
                extremes.p5,
                Fraction(5, 100),
            ),
            (
                "Largest",
                LARGEST_REPLACED,
                extremes.largest,
                extremes.largest_count,
                extremes.p95,
                Fraction(95, 100),
            ),
        )
        # The percentile is a weighted average of the two answers at position (n + 1) 0.05
        # (from either end). Unless both lie beyond the first `enough` answers, whole-number
        # answers and the quartiles let a reader solve it for the extreme answers themselves.
        deep_enough = math.floor((stats.n + 1) * 0.05) >= enough
        percentiles = [Fraction(1, 2), Fraction(1, 4), Fraction(3, 4)]
        for label, replaced, value, count, percentile, at in ends:
            if count >= enough:
                rows.append((label, value))
            elif percentile == value or not deep_enough:
                rows.append((replaced.format(n=enough), rule.marker))
            else:
                rows.append((replaced.format(n=enough), percentile))
                percentiles.append(at)
        if shown:
            hidden = statistics_to_hide(
                extremes.answers,
                rule.threshold,
                percentiles,
                smallest_shown=extremes.smallest_count >= enough,
                largest_shown=extremes.largest_count >= enough,
                known=rule.known.get(question.name, ()),
            )
    lines = [
        Line(
            label,
            rule.marker if not shown or label in hidden or hidden == HIDE_ALL else value,
            None,
            None,
            "statistic",
        )
        for label, value in rows
    ]
    return lines, hidden


def _hidden_statistics_words(hidden: frozenset[str]) -> str:
    """Why a number question's statistics are hidden though the number who answered is
    shown; "" when none is."""
    if hidden == HIDE_ALL:
        return translate(
            "Workbook",
            "Its statistics are hidden: so few different numbers were given that they would "
            "tell how many people gave each.",
        )
    if hidden:
        return translate(
            "Workbook",
            "Its mean and standard deviation are hidden: so few different numbers were given "
            "that they would tell how many people gave each.",
        )
    return ""


def _title(question: QuestionSummary) -> str:
    group = f"{question.group}: " if question.group else ""
    return f"{question.name}. {group}{question.label}"


def _note(question: QuestionSummary, interviews: Shown, valid: Shown) -> str:
    if question.type in ("select_one",) or question.bins:
        if any(o.is_missing_code for o in question.options):
            text = translate(
                "Workbook",
                "Percent is of all {interviews} interviews; valid percent is of the {valid} "
                "valid answers (missing codes left out).",
            )
        else:
            text = translate(
                "Workbook",
                "Percent is of all {interviews} interviews; valid percent is of the {valid} "
                "valid answers.",
            )
    else:
        text = translate("Workbook", "Percent is of all {interviews} interviews.")
    text = text.format(interviews=interviews, valid=valid)
    if question.stats is not None:
        text += " " + percentile_method_words()
    return text


def grid_block(
    grid: GridTable, blocks: dict[str, Block], marker: str = "*"
) -> tuple[list[str], list[list[Shown]]]:
    """A Likert grid as a header and rows of counts, then row percentages, then (when the
    scale has a missing code such as "Don't know") valid percentages with missing codes left
    out, as each statement's own table gives them; hiding exactly what each statement's own
    block hides (so the two views cannot be played off against each other); a percentage of
    a hidden count or of a hidden "Answered" is hidden too."""
    codes = [i for i, p in enumerate(grid.scale) if p.is_missing_code]
    valid_points = [i for i, p in enumerate(grid.scale) if not p.is_missing_code] if codes else []
    percent = translate("Workbook", "% {answer}")
    valid_percent = translate("Workbook", "Valid % {answer}")
    header = [
        translate("Workbook", "Statement"),
        *(p.label for p in grid.scale),
        translate("Workbook", "Answered"),
        *(percent.format(answer=p.label) for p in grid.scale),
        *(valid_percent.format(answer=grid.scale[i].label) for i in valid_points),
    ]
    rows: list[list[Shown]] = []
    for row in grid.rows:
        block = blocks.get(row.name)
        if block is None:
            continue
        shown = {line.label.removesuffix(" (missing code)"): line for line in block.lines}
        answered = shown["Answered"].count
        counts: list[Shown] = []
        for point in grid.scale:
            line = shown.get(point.label)
            counts.append(line.count if line is not None else marker)
        shares: list[Shown] = [
            (c / answered if answered else None)
            if isinstance(c, int) and isinstance(answered, int)
            else marker
            for c in counts
        ]
        # Valid percent (missing codes left out), from the numbers shown and nothing else.
        valid: Shown = marker
        if isinstance(answered, int) and all(isinstance(counts[i], int) for i in codes):
            valid = answered - sum(counts[i] for i in codes)  # type: ignore[misc]
        valid_shares: list[Shown] = [
            (counts[i] / valid if valid else None)  # type: ignore[operator]
            if isinstance(counts[i], int) and isinstance(valid, int)
            else marker
            for i in valid_points
        ]
        rows.append([row.label, *counts, answered, *shares, *valid_shares])
    return header, rows


def _small_in_rests(
    layouts: Sequence[tuple[QuestionSummary, Cells, list[int]]],
    rests: Sequence[Summary],
    threshold: int,
) -> frozenset[int]:
    """The cells whose counterpart in one of ``rests`` (groups of interviews a subtraction
    would give: see :func:`duodesk.exports.prepare._neighbours`) is 1 to threshold."""
    found = set()
    for rest in rests:
        others = {question.name: question for question in rest.questions}
        for question, cells, index in layouts:
            other = others.get(question.name)
            if other is None:
                continue
            other_cells = question_cells(other)
            counts = dict(zip(other_cells.keys, other_cells.counts, strict=True))
            for i, key in enumerate(cells.keys):
                if i != cells.total_at and 1 <= counts.get(key, 0) <= threshold:
                    found.add(index[i])
    return frozenset(found)


@dataclass(frozen=True)
class ProtectedSummary:
    """The blocks to show, and what was hidden: ``primary`` small counts, ``secondary``
    counts hidden to protect them (distinct counts: a grid shows its statements' counts
    again), ``interviews_hidden`` when the subset's own number of interviews is small."""

    blocks: dict[str, Block]
    primary: int = 0
    secondary: int = 0
    interviews_hidden: bool = False
    unprotected: int = 0  # hidden counts that nothing could protect (pinned by the total)


def protected_blocks(
    summary: Summary,
    rule: DisclosureRule,
    questionnaire: Questionnaire | None = None,
    *,
    extremes: Mapping[str, Extremes] | None = None,
    rests: Sequence[Summary] = (),
) -> ProtectedSummary:
    """Every question's block with small numbers hidden across the whole summary.

    ``rests``: summaries of the groups of interviews that a subtraction from another output
    would give (for a part of the survey, the other interviews; beside an output published
    before, the interviews one counts and the other does not). A count whose counterpart in
    one of them is small is hidden too (with what protects it): whoever holds the whole
    survey's tables would otherwise subtract the part's and find the few others.

    ``questionnaire`` (the newest version) gives the skip-logic relations; ``extremes`` the
    smallest and largest answers of number questions with how many gave them. The number of
    interviews is published (the Cover states it) unless the summary is of a subset: a
    subset's size is a count like the others.
    """
    counts: list[int] = [summary.interviews]  # cell 0: the interviews
    upper: list[float] = [float("inf")]
    relations: list[Relation] = []
    layouts: list[tuple[QuestionSummary, Cells, list[int]]] = []
    roles: dict[tuple[str, str], int] = {}
    unshown: set[int] = set()
    limit = summary.interviews if summary.subset.is_everything else float("inf")
    in_grids = {row.name for grid in summary.grids for row in grid.rows}
    for question in summary.questions:
        cells = question_cells(question)
        # A grid shows its statements' answers and "Answered", nothing else of them.
        shown = {i for role, i in cells.roles.items() if role.startswith("option:")}
        shown |= {cells.roles["answered"], cells.total_at}
        index = []
        for i, count in enumerate(cells.counts):
            if i == cells.total_at:
                index.append(0)
                continue
            index.append(len(counts))
            if question.name in in_grids and i not in shown:
                unshown.add(len(counts))
            counts.append(count)
            upper.append(cells.upper.get(i, 1) * limit)
        relations += [
            Relation(tuple((index[c], k) for c, k in relation.terms), relation.equal)
            for relation in cells.relations
        ]
        roles.update({(question.name, role): index[i] for role, i in cells.roles.items()})
        layouts.append((question, cells, index))
    if questionnaire is not None:
        relations += skip_relations(questionnaire, lambda q, r: roles.get((q, r)), 0)
    relations = checked(relations, counts)
    if rule.enabled:
        published = frozenset({0}) if summary.subset.is_everything else frozenset()
        protection = protect_cells(
            counts,
            relations,
            rule.threshold,
            published=published,
            unshown=frozenset(unshown),
            upper=upper,
            small_elsewhere=_small_in_rests(layouts, rests, rule.threshold),
        )
    else:
        protection = WorkbookProtection(frozenset(), frozenset())
    known = follow_up_counts(questionnaire, summary, roles, counts, protection.hidden)
    stats_rule = StatisticsRule(rule.threshold, rule.enabled, rule.marker, extremes or {}, known)
    blocks = {
        question.name: question_block(
            question,
            cells,
            _Hider(rule.marker, cells.counts, index, protection.hidden),
            stats_rule,
        )
        for question, cells, index in layouts
    }
    return ProtectedSummary(
        blocks,
        primary=len(protection.primary),
        secondary=len(protection.secondary),
        interviews_hidden=0 in protection.hidden,
        unprotected=len(protection.exposed),
    )
