"""The Summary sheet's blocks: each question's table as it will be shown, small numbers hidden.

A block is plain values (no openpyxl): the lines of a question's table, each with its count and
percentages, where a hidden count and every percentage computed from it are replaced by the
marker. The published relations between a question's counts (the options add up to the valid
answers; valid answers, missing codes and answers not available add up to the interviews...)
go to :func:`~duodesk.exports.disclosure.protect_counts`, so that a hidden count cannot be
worked out from the block's totals or its percentages.
"""

from __future__ import annotations

from dataclasses import dataclass

from duodesk.analysis import GridTable, QuestionSummary, Summary
from duodesk.analysis.tables import PERCENTILE_METHOD_WORDS
from duodesk.exports.disclosure import DisclosureRule, Protection, Sum, protect_counts

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


def _fraction(count: int, of: int) -> float | None:
    return count / of if of else None


class _Hider:
    """Shows counts and percentages, or the marker where the protection hides them."""

    def __init__(self, rule: DisclosureRule, counts: list[int], sums: list[Sum], total: int):
        self.marker = rule.marker
        self.counts = counts
        if rule.enabled:
            self.protection = protect_counts(
                counts, sums, rule.threshold, published=frozenset({total})
            )
        else:
            self.protection = Protection(frozenset())

    @property
    def withheld(self) -> bool:
        return self.protection.withheld

    def count(self, index: int) -> Shown:
        if self.withheld or index in self.protection.hidden:
            return self.marker
        return self.counts[index]

    def share(self, index: int, of_index: int | None, of: int) -> Shown:
        """``counts[index] / of``, hidden when either count is."""
        hidden = self.protection.hidden
        if self.withheld or index in hidden or (of_index is not None and of_index in hidden):
            return self.marker
        return _fraction(self.counts[index], of)


def question_block(question: QuestionSummary, rule: DisclosureRule) -> Block:
    """The block of one question (select_one, select_multiple, number or text)."""
    if question.type == "select_multiple":
        return _multiple_block(question, rule)
    options = question.options if question.type == "select_one" else question.bins
    valid_options = [o for o in options if not o.is_missing_code]
    missing_codes = [o for o in options if o.is_missing_code]
    answered = question.answered
    # counts: valid options, valid total, missing codes, answered, no answer, not asked,
    # not in version, not available, interviews
    counts = [o.count for o in valid_options]
    valid_at = len(counts)
    counts.append(sum(o.count for o in valid_options) if options else answered)
    codes_at = len(counts)
    counts += [o.count for o in missing_codes]
    answered_at = len(counts)
    counts += [
        answered,
        question.missing,
        question.not_applicable,
        question.not_in_version,
        question.missing + question.not_applicable + question.not_in_version,
        question.interviews,
    ]
    no_answer_at, not_asked_at, not_in_version_at = (
        answered_at + 1,
        answered_at + 2,
        answered_at + 3,
    )
    na_at, total_at = answered_at + 4, answered_at + 5
    sums = [
        Sum((*range(codes_at, answered_at), valid_at), answered_at),
        Sum((no_answer_at, not_asked_at, not_in_version_at), na_at),
        Sum((answered_at, na_at), total_at),
    ]
    if options:
        sums.append(Sum(tuple(range(valid_at)), valid_at))
    hide = _Hider(rule, counts, sums, total_at)
    n, valid = question.interviews, counts[valid_at]
    lines: list[Line] = []
    for i, option in enumerate(valid_options):
        lines.append(
            Line(
                option.label,
                hide.count(i),
                hide.share(i, None, n),
                hide.share(i, valid_at, valid),
                chart=question.type == "select_one",
            )
        )
    for j, option in enumerate(missing_codes):
        i = codes_at + j
        lines.append(
            Line(f"{option.label} (missing code)", hide.count(i), hide.share(i, None, n), None)
        )
    if question.stats is not None:
        lines += _statistics(question, not rule.enabled or answered > rule.threshold, hide.marker)
    lines += _status_lines(hide, answered_at, n, question.not_in_version > 0)
    return Block(
        question.name,
        _title(question),
        question.type,
        _note(question, hide.count(valid_at), hide.marker),
        tuple(lines),
        hide.count(na_at),
        hide.share(na_at, None, n),
    )


def _multiple_block(question: QuestionSummary, rule: DisclosureRule) -> Block:
    options = question.options
    k = len(options)
    counts = [o.count for o in options]
    counts += [
        question.responses,
        question.answered,
        question.missing,
        question.not_applicable,
        question.not_in_version,
        question.missing + question.not_applicable + question.not_in_version,
        question.interviews,
    ]
    responses_at, answered_at = k, k + 1
    na_at, total_at = k + 5, k + 6
    sums = [
        Sum(tuple(range(k)), responses_at),
        Sum((k + 2, k + 3, k + 4), na_at),
        Sum((answered_at, na_at), total_at),
    ]
    hide = _Hider(rule, counts, sums, total_at)
    n = question.interviews
    lines = [
        Line(
            option.label,
            hide.count(i),
            hide.share(i, answered_at, question.answered),
            hide.share(i, responses_at, question.responses),
            chart=True,
        )
        for i, option in enumerate(options)
    ]
    lines.append(Line("Answers ticked in all", hide.count(responses_at), None, 1.0, "total"))
    lines += _status_lines(hide, answered_at, n, question.not_in_version > 0)
    answered = hide.count(answered_at)
    only = question.answered - question.valid
    note = (
        f"Several answers could be ticked. Percent of cases is out of the {answered} people "
        "who ticked at least one answer"
        + (" (missing codes such as “Don't know” included)" if only else "")
        + "; percent of responses is out of all the answers ticked."
    )
    return Block(
        question.name,
        _title(question),
        question.type,
        note,
        tuple(lines),
        hide.count(na_at),
        hide.share(na_at, None, n),
        ("Number", "Percent of cases", "Percent of responses"),
    )


def _status_lines(hide: _Hider, answered_at: int, n: int, with_version: bool) -> list[Line]:
    lines = [
        Line("Answered", hide.count(answered_at), hide.share(answered_at, None, n), None, "status"),
        Line(
            "No answer",
            hide.count(answered_at + 1),
            hide.share(answered_at + 1, None, n),
            None,
            "status",
        ),
        Line(
            "Not asked (skipped)",
            hide.count(answered_at + 2),
            hide.share(answered_at + 2, None, n),
            None,
            "status",
        ),
    ]
    if with_version:
        lines.append(
            Line(
                "Not in this version of the questionnaire",
                hide.count(answered_at + 3),
                hide.share(answered_at + 3, None, n),
                None,
                "status",
            )
        )
    lines.append(Line("Total interviews", n, 1.0 if n else None, None, "total"))
    return lines


def _statistics(question: QuestionSummary, shown: bool, marker: str) -> list[Line]:
    stats = question.stats
    assert stats is not None
    rows = [
        ("Mean", stats.mean),
        ("Standard deviation", stats.sd),
        ("Median", stats.median),
        ("Lower quartile", stats.q1),
        ("Upper quartile", stats.q3),
        ("Smallest", stats.min),
        ("Largest", stats.max),
    ]
    return [
        Line(label, value if shown else marker, None, None, "statistic") for label, value in rows
    ]


def _title(question: QuestionSummary) -> str:
    group = f"{question.group}: " if question.group else ""
    return f"{question.name}. {group}{question.label}"


def _note(question: QuestionSummary, valid: Shown, marker: str) -> str:
    text = f"Percent is of all {question.interviews} interviews"
    if question.type in ("select_one",) or question.bins:
        text += f"; valid percent is of the {valid} valid answers"
        if any(o.is_missing_code for o in question.options):
            text += " (missing codes left out)"
    text += "."
    if question.stats is not None:
        text += " " + PERCENTILE_METHOD_WORDS
    return text


def grid_block(grid: GridTable, blocks: dict[str, Block]) -> tuple[list[str], list[list[Shown]]]:
    """A Likert grid as a header and rows of counts then row percentages, hiding exactly
    what each statement's own block hides (so the two views cannot be played off against
    each other)."""
    header = [
        "Statement",
        *(p.label for p in grid.scale),
        "Answered",
        *(f"% {p.label}" for p in grid.scale),
    ]
    rows: list[list[Shown]] = []
    for row in grid.rows:
        block = blocks.get(row.name)
        shown = {}
        answered: Shown = row.answered
        if block is not None:
            shown = {line.label.removesuffix(" (missing code)"): line for line in block.lines}
            answered = shown["Answered"].count if "Answered" in shown else row.answered
        counts: list[Shown] = []
        for point, count in zip(grid.scale, row.counts, strict=True):
            line = shown.get(point.label)
            counts.append(line.count if line is not None else count)
        shares: list[Shown] = [
            c / answered if isinstance(c, int) and isinstance(answered, int) and answered else c
            for c in counts
        ]
        rows.append([row.label, *counts, answered, *shares])
    return header, rows


def summary_blocks(summary: Summary, rule: DisclosureRule) -> dict[str, Block]:
    return {q.name: question_block(q, rule) for q in summary.questions}
