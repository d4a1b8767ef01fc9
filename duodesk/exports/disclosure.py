"""Disclosure control: hiding small counts so that no one can be picked out of a table.

The rule (the health board's usual one): a count from 1 to ``threshold`` is hidden (*primary
suppression*); zeros are shown. Hiding one count is not enough when totals are published, since
the count is then the total minus the others, so more counts are hidden (*secondary
suppression*) until, for every hidden count, the values consistent with everything published
span more than ``threshold``.

"Everything published" means the shown counts, the published totals, and the fact that a hidden
count is at least 1 (zeros are always shown, so a hidden cell is never zero). The possible range
of a hidden count is found by linear programming (the tables' constraint matrices are totally
unimodular, so the bounds of the relaxation are whole numbers and exact).

The general form, :func:`protect_counts`, works on any list of counts with "these add up to
that" relations; :func:`protect_table` (a table with row and column totals) and
:func:`protect_column` (one column with its total) are built on it. They protect one table on
its own; the health-board workbook protects all its tables together, skip logic included
(:mod:`duodesk.exports.linked`), with the :class:`DisclosureRule` defined here.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linprog

from duodesk.i18n import QT_TRANSLATE_NOOP, translate

DEFAULT_THRESHOLD = 4
MIN_THRESHOLD, MAX_THRESHOLD = 1, 9


@dataclass(frozen=True)
class DisclosureRule:
    """Whether and how small counts are hidden. ``threshold``: counts 1..threshold are hidden."""

    enabled: bool = True
    threshold: int = DEFAULT_THRESHOLD
    marker: str = "*"

    def __post_init__(self) -> None:
        if not MIN_THRESHOLD <= self.threshold <= MAX_THRESHOLD:
            raise ValueError(
                translate(
                    "Export",
                    "The threshold for small numbers must be from {low} to {high}, not {n}",
                ).format(low=MIN_THRESHOLD, high=MAX_THRESHOLD, n=self.threshold)
            )

    def describe(self) -> str:
        """The rule in words, for the cover sheet."""
        if not self.enabled:
            return translate(
                "Workbook",
                "Small numbers are NOT hidden in this workbook: it may identify people and "
                "must not leave the group.",
            )
        return translate(
            "Workbook",
            "Numbers from 1 to {threshold} are hidden and shown as “{marker}”, "
            "and so are their percentages. Zeros are shown. Where a hidden number could be "
            "worked out from the other tables (totals, percentages, or the questionnaire's "
            "skip logic, which ties a follow-up question to the answer that opens it), other "
            "numbers are hidden as well (also shown as “{marker}”), so that no hidden "
            "number can be narrowed down to fewer than {values} possible values "
            "from everything this workbook shows. A percentage whose number, or whose "
            "denominator, is hidden is hidden too.",
        ).format(threshold=self.threshold, marker=self.marker, values=self.threshold + 1)


class BelowRequiredThreshold(ValueError):
    """An export asked to hide fewer small numbers than its project requires."""


def check_required(rule: DisclosureRule, required: int | None) -> None:
    """Raise :class:`BelowRequiredThreshold`, with a sentence for the person exporting, when
    ``rule`` hides less than the project's ``required`` threshold."""
    if required is None:
        return
    if not rule.enabled:
        raise BelowRequiredThreshold(
            translate(
                "Export",
                "This project requires numbers from 1 to {n} to be hidden in every "
                "export, so small numbers cannot be shown.",
            ).format(n=required)
        )
    if rule.threshold < required:
        raise BelowRequiredThreshold(
            translate(
                "Export",
                "This project requires numbers from 1 to {n} to be hidden in every "
                "export; hiding only 1 to {threshold} is not allowed.",
            ).format(n=required, threshold=rule.threshold)
        )


class SubsetTooCloseToWhole(ValueError):
    """A published subset that leaves out so few interviews that the difference between it
    and the results for every interview would show those few people's answers."""


class TooFewInterviews(SubsetTooCloseToWhole):
    """Published tables that would count only 1 to the threshold of interviews (a part of
    the survey, or the whole survey while it is that small)."""


def check_subset_left_out(
    rule: DisclosureRule, interviews: int, whole: int, described: str
) -> None:
    """Raise :class:`SubsetTooCloseToWhole`, with a sentence for the person exporting, when a
    subset of ``interviews`` out of the ``whole`` leaves out from 1 to ``rule.threshold``
    interviews (the statistical offices' rule against differencing: a published subset
    leaves out none of the interviews, or more than the threshold). Nothing is checked when
    small numbers are not hidden (that file must not leave the group anyway)."""
    left_out = whole - interviews
    if not rule.enabled or not 1 <= left_out <= rule.threshold:
        return
    # The sentence never says how many are left out: that number is what is protected (the
    # part "sex is not female" leaving out 3 would tell that 3 people are female).
    raise SubsetTooCloseToWhole(
        translate(
            "Export",
            "The part chosen ({part}) leaves out only 1 to {threshold} of the interviews: set "
            "beside the results for every interview, its numbers would give those few "
            "people's answers by subtraction. Choose a part that leaves out none of the "
            "interviews, or at least {n} of them.",
        ).format(part=described, threshold=rule.threshold, n=rule.threshold + 1)
    )


# For a part chosen by site or by interviewer: the small group named, the group of
# interviews with none, and the whole sentence (whole sentences, for the translators).
_GROUP_WORDS = {
    "site": (
        QT_TRANSLATE_NOOP("Export", "the site “{name}”"),
        QT_TRANSLATE_NOOP("Export", "the interviews with no site"),
        QT_TRANSLATE_NOOP(
            "Export",
            "The part chosen ({part}) is chosen by site, and {which} has only 1 to "
            "{threshold} interviews: parts chosen by site could be subtracted from each "
            "other and from the whole survey to give those few people's answers. Choose every "
            "site, or choose the part another way.",
        ),
    ),
    "interviewer": (
        QT_TRANSLATE_NOOP("Export", "the interviewer “{name}”"),
        QT_TRANSLATE_NOOP("Export", "the interviews with no interviewer"),
        QT_TRANSLATE_NOOP(
            "Export",
            "The part chosen ({part}) is chosen by interviewer, and {which} has only 1 to "
            "{threshold} interviews: parts chosen by interviewer could be subtracted from each "
            "other and from the whole survey to give those few people's answers. Choose every "
            "interviewer, or choose the part another way.",
        ),
    ),
}


def check_parts_by_group(
    rule: DisclosureRule,
    interviews: int,
    word: str,
    chosen: tuple[str, ...],
    groups: dict[str, int],
    described: str,
) -> None:
    """Raise :class:`SubsetTooCloseToWhole` when a part chosen by ``word`` (site or
    interviewer: ``chosen`` of the ``groups``, each with its number of interviews in the
    whole survey) leaves some out while one of them has only 1 to ``rule.threshold``
    interviews: parts chosen that way (site A; site B) and the whole would give that small
    group's answers by subtraction. A part of 1 to threshold interviews, all of whose numbers
    are hidden, and a part of every group, pass."""
    if not rule.enabled or not chosen or interviews <= rule.threshold:
        return
    if set(groups) <= set(chosen):
        return
    small = sorted(name for name, count in groups.items() if 1 <= count <= rule.threshold)
    if not small:
        return
    named, unnamed, sentence = _GROUP_WORDS[word]
    which = (
        translate("Export", named).format(name=small[0])
        if small[0]
        else translate("Export", unnamed)
    )
    sentence = translate("Export", sentence)
    raise SubsetTooCloseToWhole(
        sentence.format(part=described, which=which, threshold=rule.threshold)
    )


def check_parts_by_answer(
    rule: DisclosureRule,
    interviews: int,
    question: str,
    groups: Sequence[int],
    described: str,
) -> None:
    """Raise :class:`SubsetTooCloseToWhole` when a part is chosen by the answers to
    ``question`` while one of the groups its answers make of the whole survey (``groups``:
    the people who gave each answer, the people not asked, those who gave no answer; for a
    number, those on each side of the condition) holds only 1 to ``rule.threshold`` people.
    The part's number of interviews is one of those groups, or a sum of them, so beside the
    tables of the whole survey (which hide that small group) it would give it by
    subtraction: 60 interviews, Male 39 shown, Female and Other hidden, and a part
    "sex = female" of 19 tells that 2 are Other. The sentence never says which answer is
    the small one."""
    if not rule.enabled or interviews <= rule.threshold:
        return
    if not any(1 <= count <= rule.threshold for count in groups):
        return
    raise SubsetTooCloseToWhole(
        translate(
            "Export",
            "The part chosen ({part}) is chosen by the answers to “{question}”, and in the "
            "whole survey one of the groups those answers make holds only 1 to {threshold} "
            "people: the number of interviews in the part, set beside the tables of every "
            "interview, would give that small group's number by subtraction. Choose the part "
            "by site or by dates instead, or publish every interview.",
        ).format(part=described, question=question, threshold=rule.threshold)
    )


@dataclass(frozen=True)
class Sum:
    """A published relation: the counts at ``parts`` add up to the count at ``total``."""

    parts: tuple[int, ...]
    total: int


@dataclass(frozen=True)
class Protection:
    """Which counts to hide. ``withheld`` is true when no choice of hidden counts protects the
    small ones (``hidden`` then holds every non-zero count); the caller then shows none of the
    table's numbers, not even its totals."""

    hidden: frozenset[int]
    withheld: bool = False

    def is_hidden(self, index: int) -> bool:
        return index in self.hidden


def is_small(count: int, threshold: int) -> bool:
    return 1 <= count <= threshold


def possible_range(
    counts: Sequence[int],
    sums: Sequence[Sum],
    hidden: frozenset[int] | set[int],
    index: int,
) -> tuple[float, float]:
    """The smallest and largest value the hidden count at ``index`` could have, given the shown
    counts, the sums and that every hidden count is at least 1. ``math.inf`` when unbounded."""
    return _possible_range(tuple(counts), tuple(sums), frozenset(hidden), index)


@functools.lru_cache(maxsize=4096)
def _possible_range(
    counts: tuple[int, ...], sums: tuple[Sum, ...], hidden: frozenset[int], index: int
) -> tuple[float, float]:
    variables = sorted(hidden)
    position = {cell: i for i, cell in enumerate(variables)}
    rows, rhs = [], []
    for relation in sums:
        row = np.zeros(len(variables))
        constant = 0.0
        for cell, sign in [(p, 1.0) for p in relation.parts] + [(relation.total, -1.0)]:
            if cell in position:
                row[position[cell]] += sign
            else:
                constant += sign * counts[cell]
        if row.any():
            rows.append(row)
            rhs.append(-constant)
    objective = np.zeros(len(variables))
    objective[position[index]] = 1.0
    options = {
        "A_eq": np.array(rows) if rows else None,
        "b_eq": np.array(rhs) if rows else None,
        "bounds": [(1, None)] * len(variables),
        "method": "highs",
    }
    low = linprog(objective, **options)
    high = linprog(-objective, **options)
    if low.status == 2 or high.status == 2:  # pragma: no cover - the true counts are feasible
        raise ValueError(translate("Export", "the counts do not agree with their totals"))
    lowest = low.fun if low.status == 0 else -math.inf
    highest = -high.fun if high.status == 0 else math.inf
    return round(lowest, 6), round(highest, 6)


def protect_counts(
    counts: Sequence[int],
    sums: Sequence[Sum],
    threshold: int,
    *,
    published: frozenset[int] = frozenset(),
    small_elsewhere: frozenset[int] = frozenset(),
) -> Protection:
    """Which of ``counts`` to hide so that every hidden one has a possible range wider than
    ``threshold``.

    ``small_elsewhere`` counts are hidden as if small: set beside a count published elsewhere
    they would give a small number away by subtraction.

    ``sums`` are the published "parts add up to total" relations (totals are counts too, and
    may be hidden); ``published`` counts are always shown (such as the number of interviews,
    which the cover sheet states). Counts 1..threshold are hidden first; then, while some hidden
    count can be narrowed to ``threshold`` or fewer values, one more count is hidden: of the
    non-zero counts sharing a sum with an exposed one, the one that protects best, the smallest
    among equals. The result is a good choice, not always the fewest possible hidden counts.
    """
    hidden = {i for i, count in enumerate(counts) if is_small(count, threshold)}
    hidden |= {i for i in small_elsewhere if counts[i] > 0}
    hidden -= published
    # A count pinned down by the totals even when everything else is hidden can never be
    # protected: hiding it as a secondary count would only leave another exposed cell.
    everything = {i for i, count in enumerate(counts) if count > 0 and i not in published}
    verdicts: dict[int, bool] = {}

    def protectable(i: int) -> bool:
        if i not in verdicts:
            bounds = possible_range(counts, sums, everything, i)
            verdicts[i] = _width(bounds) > threshold
        return verdicts[i]

    if not all(protectable(i) for i in hidden):
        return Protection(frozenset(everything), withheld=True)
    partners = _partners(len(counts), sums)

    def shortfall(cells: set[int], checked: set[int]) -> float:
        """How far the counts in ``checked`` are from being protected when ``cells`` are
        hidden (0: all protected)."""
        return sum(
            max(0, threshold + 1 - _width(possible_range(counts, sums, cells, i))) for i in checked
        )

    # Hiding more counts only ever widens the possible ranges, so once a hidden count is
    # protected it stays protected: only the exposed ones need checking again.
    exposed = {i for i in hidden if _width(possible_range(counts, sums, hidden, i)) <= threshold}
    while exposed:
        pool = {i for e in exposed for i in partners[e] if i in everything - hidden}
        pool = {i for i in pool if protectable(i)} or {
            i for i in everything - hidden if protectable(i)
        }
        if not pool:
            return Protection(frozenset(everything), withheld=True)
        # The candidate that protects the exposed counts best; among equals, the smallest.
        best, best_key = -1, (math.inf, 0, 0)
        for candidate in sorted(pool, key=lambda c: (counts[c], c)):
            key = (
                shortfall(hidden | {candidate}, exposed | {candidate}),
                counts[candidate],
                candidate,
            )
            if key < best_key:
                best, best_key = candidate, key
            if key[0] == 0:
                break  # nothing protects better, and the rest are larger
        hidden.add(best)
        exposed = {
            i
            for i in exposed | {best}
            if _width(possible_range(counts, sums, hidden, i)) <= threshold
        }
    return Protection(frozenset(hidden))


def _width(bounds: tuple[float, float]) -> float:
    return bounds[1] - bounds[0]


def _partners(size: int, sums: Sequence[Sum]) -> list[list[int]]:
    partners: list[list[int]] = [[] for _ in range(size)]
    for relation in sums:
        members = (*relation.parts, relation.total)
        for cell in members:
            partners[cell].extend(other for other in members if other != cell)
    return partners


@dataclass(frozen=True)
class TableProtection:
    """Which cells of a table (with its row and column totals) to hide. The grand total is
    always shown."""

    cells: tuple[tuple[bool, ...], ...]
    row_totals: tuple[bool, ...]
    column_totals: tuple[bool, ...]
    withheld: bool


def protect_table(
    counts: Sequence[Sequence[int]],
    threshold: int,
    *,
    people: tuple[Sequence[Sequence[int]], Sequence[int], Sequence[int]] | None = None,
    small_elsewhere: frozenset[int] = frozenset(),
) -> TableProtection:
    """Protect a table of counts published with its row totals, column totals and grand total.

    Returns which interior cells and which totals to hide; see :func:`protect_counts`.
    ``people`` (the distinct people behind each cell, row total and column total) is given
    when the counts are of repeat instances: a repeat instance belongs to a person, so a
    number is hidden when 1 to ``threshold`` people are behind it, however many instances
    it counts (6 drugs named by 3 people is hidden), and more numbers are hidden until no
    hidden one can be worked out from the shown ones. ``small_elsewhere``: numbers (cells
    row by row, then row totals, then column totals) to hide as if small, because their
    counterpart beside another table is.
    """
    rows = len(counts)
    columns = len(counts[0]) if rows else 0
    if any(len(row) != columns for row in counts):
        raise ValueError(
            translate("Export", "every row of the table must have the same number of cells")
        )
    flat = [int(c) for row in counts for c in row]
    if any(c < 0 for c in flat):
        raise ValueError(translate("Export", "counts cannot be negative"))
    row_total = [sum(row) for row in counts]
    column_total = [sum(counts[r][c] for r in range(rows)) for c in range(columns)]
    cells = flat + row_total + column_total + [sum(flat)]
    row_base, column_base, grand = rows * columns, rows * columns + rows, len(cells) - 1
    sums = [Sum(tuple(r * columns + c for c in range(columns)), row_base + r) for r in range(rows)]
    sums += [
        Sum(tuple(r * columns + c for r in range(rows)), column_base + c) for c in range(columns)
    ]
    sums.append(Sum(tuple(range(row_base, row_base + rows)), grand))
    sums.append(Sum(tuple(range(column_base, column_base + columns)), grand))
    few: frozenset[int] = frozenset()
    if people is not None:
        cell_people, row_people, column_people = people
        behind = [int(p) for row in cell_people for p in row] + [*row_people, *column_people]
        few = frozenset(i for i, p in enumerate(behind) if is_small(p, threshold))
    result = protect_counts(
        cells, sums, threshold, published=frozenset({grand}), small_elsewhere=few | small_elsewhere
    )
    hidden = result.hidden
    if result.withheld:
        # Nothing can protect the small counts: hide every cell and total, zeros too (a zero
        # beside a hidden count and a total of 3 says what the others answered).
        hidden = frozenset(range(grand))
    return TableProtection(
        cells=tuple(tuple(r * columns + c in hidden for c in range(columns)) for r in range(rows)),
        row_totals=tuple(row_base + r in hidden for r in range(rows)),
        column_totals=tuple(column_base + c in hidden for c in range(columns)),
        withheld=result.withheld,
    )


def protect_column(counts: Sequence[int], threshold: int) -> Protection:
    """Protect one column of counts published with its total (always shown); the indices in
    the result refer to ``counts``."""
    cells = [int(c) for c in counts]
    if any(c < 0 for c in cells):
        raise ValueError(translate("Export", "counts cannot be negative"))
    total = len(cells)
    return protect_counts(
        [*cells, sum(cells)],
        [Sum(tuple(range(len(cells))), total)],
        threshold,
        published=frozenset({total}),
    )


PUBLISHED_KEY = "published interviews"  # in an export's audit record: the interviews it counted


def ranges_text(ids: Sequence[int]) -> str:
    """``[1, 2, 3, 7]`` -> ``"1-3,7"``: the interview numbers a published output counted,
    short enough to keep in the audit record of a survey of 100,000 interviews."""
    parts: list[str] = []
    ordered = sorted(set(ids))
    start = previous = None
    for number in [*ordered, None]:
        if start is not None and number == previous + 1:
            previous = number
            continue
        if start is not None:
            parts.append(str(start) if start == previous else f"{start}-{previous}")
        start = previous = number
    return ",".join(parts)


def ranges_set(text: str) -> set[int]:
    """The interview numbers written by :func:`ranges_text` (nothing for a damaged text)."""
    numbers: set[int] = set()
    for part in str(text or "").split(","):
        low, _dash, high = part.strip().partition("-")
        if not low.isdigit() or (high and not high.isdigit()):
            continue
        numbers.update(range(int(low), int(high or low) + 1))
    return numbers


def check_part_size(rule: DisclosureRule, interviews: int, whole: int, described: str) -> None:
    """Raise :class:`SubsetTooCloseToWhole` when a published part of the survey (not the
    whole) holds no interview, and :class:`TooFewInterviews` when the tables would count
    only 1 to ``rule.threshold`` interviews, whether a part or the whole survey: their zeros
    would tell the answers of those few people (``Male 0, Female 0`` gives the third answer
    away), and with so few nothing can be hidden well enough (two hidden numbers adding up
    to a total of 3 are 1 and 2). Nothing is checked when small numbers are not hidden (that
    file must not leave the group anyway)."""
    if not rule.enabled:
        return
    if interviews == 0 and interviews != whole:
        raise SubsetTooCloseToWhole(
            translate(
                "Export",
                "The part chosen ({part}) holds no interview, so there is nothing to publish. "
                "Choose a part that holds at least {n} interviews, or every interview.",
            ).format(part=described, n=rule.threshold + 1)
        )
    if not 1 <= interviews <= rule.threshold:
        return
    if whole <= rule.threshold:  # every part of so small a survey is as small
        raise TooFewInterviews(
            translate(
                "Export",
                "This questionnaire has only 1 to {threshold} complete interviews: in tables "
                "of so few, the zeros and the totals would give those few people's answers "
                "away, so none can be published. Wait until it has at least {n} interviews. "
                "Files that stay within the group (CSV or SPSS) can be exported now.",
            ).format(threshold=rule.threshold, n=rule.threshold + 1)
        )
    raise TooFewInterviews(
        translate(
            "Export",
            "The part chosen ({part}) holds only 1 to {threshold} interviews: its zeros "
            "would give those few people's answers away. Choose a part that holds at "
            "least {n} interviews, or every interview.",
        ).format(part=described, threshold=rule.threshold, n=rule.threshold + 1)
    )


def check_earlier_outputs(
    rule: DisclosureRule,
    chosen: set[int],
    earlier: Sequence[set[int]],
    described: str,
) -> None:
    """Raise :class:`SubsetTooCloseToWhole` when the interviews ``chosen`` for a published
    output differ from those of an ``earlier`` published output (as kept in the project's
    audit trail) by 1 to ``rule.threshold`` interviews: set side by side, the two outputs
    would give those few people's answers by subtraction (``--to 2026-03-08`` beside
    ``--to 2026-03-09``)."""
    if not rule.enabled:
        return
    for before in earlier:
        differ = len(chosen ^ before)
        if 1 <= differ <= rule.threshold:
            raise SubsetTooCloseToWhole(
                translate(
                    "Export",
                    "The part chosen ({part}) differs by only 1 to {threshold} interviews "
                    "from a part already published from this project: side by side, the two "
                    "would give those few people's answers by subtraction. Choose the same "
                    "interviews as before (for example up to the same date), or wait until "
                    "the part differs from every earlier one by at least {more} interviews.",
                ).format(part=described, threshold=rule.threshold, more=rule.threshold + 1)
            )
