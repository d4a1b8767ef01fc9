"""Whether a number question's statistics would tell how many people gave an answer.

A mean and a standard deviation are two sums over the answers: of the numbers and of their
squares. With the number of answers they are three equations, and when the answers are whole
numbers over a short range, those equations often have one solution in whole counts. Thirty
answers to "How many overdoses in the last six months?" with a mean of 0.1 and a standard
deviation of 0.305 can only be 27 zeros and 3 ones (the sum of the squares equals the sum, so
every answer is 0 or 1): the workbook would have told a reader that 3 people overdosed, and
how many were asked a follow-up question that only those people are asked
(``${overdoses} > 0``), a count it hides.

The check takes a reader's side: the answers are whole numbers (or whole steps, such as
halves) from the smallest answer up to the largest (or, when the largest is not shown, up to
the one whose square alone makes the sum of squares), and the reader knows their number, the
exact sum and sum of squares, and what the median, quartiles and the shown smallest, largest
and percentiles say of their order (as bounds: at least so many at or below, at most so many
below). For each count from 1 to the threshold (the people who gave one answer, and those at
or below or above one answer, which a follow-up's relevance picks out), integer programming
(scipy's ``milp``, as :mod:`duodesk.exports.linked` uses for the counts) finds its smallest
and largest possible value; a range narrower than the threshold that cannot be 0 gives it
away. Answers over more than :data:`MOST_VALUES` steps, or more than :data:`MOST_DIFFERENT`
different answers, are checked only for the plain case: two or three different answers (the
equations then give each count whatever the numbers are). That is a judgement, not a proof:
many different answers leave the three sums many ways to be made, and ages of 60 people (50
different ones) would take the solver seconds per question. The reader also knows the shown
counts of a follow-up asked of those above (or below, or at) a number (``${n} > 0``): how many
gave such answers.

No library answers "do these moments disclose a frequency": statistical disclosure packages
(sdcMicro, tau-Argus) protect tables and microdata, not the summary statistics printed beside
them, so this is written here.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

from duodesk.analysis import Summary
from duodesk.analysis.tables import exact_percentile
from duodesk.core.questionnaire import Group, Questionnaire

MOST_VALUES = 200  # whole-number answers over a wider range are checked for the plain case
MOST_DIFFERENT = 12  # and so are more different answers than this (see the module's caveat)
FEWEST_DIFFERENT = 3  # with this many different answers or fewer, the moments give each count
HIDE_MOMENTS = frozenset({"Mean", "Standard deviation"})
HIDE_ALL = frozenset({"everything"})  # every statistic, the shown ends and percentiles too


@dataclass(frozen=True)
class KnownCount:
    """A count of answers the workbook shows elsewhere: how many answered ``operator``
    ``value`` (``>``, ``>=``, ``<``, ``<=``, ``=``)."""

    operator: str
    value: Fraction
    count: int


_OPERATORS = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
    "=": operator.eq,
}


_NUMBER_CONDITION = re.compile(r"\s*\$\{(\w+)\}\s*(>=|<=|>|<|=)\s*(-?\d+(?:\.\d+)?)\s*")


def follow_up_counts(
    questionnaire: Questionnaire | None,
    summary: Summary,
    roles: Mapping[tuple[str, str], int],
    counts: list[int],
    hidden: frozenset[int],
) -> dict[str, tuple[KnownCount, ...]]:
    """What the shown counts say of number answers: a follow-up whose relevance is
    ``${n} > 0`` (or ``>=``, ``<``, ``<=``, ``=`` a number) is asked of the people whose
    answer to ``n`` is above 0, so its answered and "No answer", when both are shown, count
    them. Only where that is exact: everyone answered ``n`` (a blank compares as the
    expression language says, not as a number), and neither a group's relevance nor a
    version without it skips the follow-up."""
    if questionnaire is None:
        return {}
    numbers = {
        q.name
        for q in summary.questions
        if q.stats is not None and q.answered == q.interviews and not q.not_in_version
    }
    in_versions = {q.name: q.not_in_version == 0 for q in summary.questions}
    known: dict[str, list[KnownCount]] = {}
    for item, groups in questionnaire.walk():
        if isinstance(item, Group):
            continue
        match = _NUMBER_CONDITION.fullmatch(item.relevant or "")
        if match is None or match[1] not in numbers:
            continue
        cells = [roles.get((item.name, role)) for role in ("answered", "no_answer")]
        if None in cells or any(cell in hidden for cell in cells):
            continue
        asked = sum(counts[cell] for cell in cells if cell is not None)
        if not in_versions.get(item.name, False) or any(g.relevant for g in groups):
            continue
        known.setdefault(match[1], []).append(KnownCount(match[2], Fraction(match[3]), asked))
    return {name: tuple(found) for name, found in known.items()}


def statistics_to_hide(
    answers: Sequence[tuple[Fraction, int]],
    threshold: int,
    shown_percentiles: Sequence[Fraction],
    *,
    smallest_shown: bool,
    largest_shown: bool,
    known: Sequence[KnownCount] = (),
) -> frozenset[str]:
    """The statistics lines to hide, by their English labels: none, the mean and standard
    deviation (:data:`HIDE_MOMENTS`), or every one (:data:`HIDE_ALL`, when what the median,
    quartiles and ends say of the answers' order gives a count away on its own).
    ``answers`` are the distinct answers with how many gave each; ``shown_percentiles`` the
    percentiles the block shows (1/2 for the median, 1/4 and 3/4 for the quartiles, 5/100 or
    95/100 for a percentile in place of an extreme); ``known`` what other shown counts say of
    the answers."""
    pairs = sorted((value, count) for value, count in answers if count > 0)
    if len(pairs) < 2:
        return frozenset()
    few = len(pairs) <= FEWEST_DIFFERENT and any(1 <= c <= threshold for _, c in pairs)
    # Answers in steps (halves, tenths) are whole numbers of steps to a reader who guesses
    # the step, and the sums scale with them.
    step = math.lcm(*(value.denominator for value, _ in pairs))
    pairs = [(value * step, count) for value, count in pairs]
    low, high = pairs[0][0], pairs[-1][0]
    if step > MOST_VALUES or high - low + 1 > MOST_VALUES or len(pairs) > MOST_DIFFERENT:
        return HIDE_MOMENTS if few else frozenset()
    order = [(p, exact_percentile(pairs, p)) for p in shown_percentiles]
    reader = _Reader(pairs, threshold, order, smallest_shown, largest_shown)
    for fact in known:
        reader.know(fact, step)
    # Without the mean and standard deviation a reader knows less, so only what gives a
    # count away with them can give one away without them.
    if not few and not reader.tells_a_count(moments=True):
        return frozenset()
    return HIDE_ALL if reader.tells_a_count(moments=False) else HIDE_MOMENTS


class _Reader:
    """What a reader can solve for: one whole count per possible answer from the smallest to
    the largest, under what the statistics say."""

    def __init__(
        self,
        pairs: list[tuple[Fraction, int]],
        threshold: int,
        order: Sequence[tuple[Fraction, Fraction]],
        smallest_shown: bool,
        largest_shown: bool,
    ) -> None:
        self.threshold = threshold
        self.low = int(pairs[0][0])
        size = int(pairs[-1][0]) - self.low + 1
        if not largest_shown:
            # Unshown, the largest answer is known only to be at most the one whose square
            # alone makes the sum of squares (of the answers above the smallest).
            squares = sum((int(v) - self.low) ** 2 * c for v, c in pairs)
            size = max(size, min(math.isqrt(squares) + 1, MOST_VALUES))
        self.truth = [0] * size
        for value, count in pairs:
            self.truth[int(value) - self.low] = count
        self.n = sum(self.truth)
        self.values = np.arange(size, dtype=float)  # shifted by the smallest answer
        rows: list[tuple[np.ndarray, float, float]] = [(np.ones(size), self.n, self.n)]
        for position, value in order:
            rows += self._order_rows(position, Fraction(value) - self.low)
        enough = threshold + 1
        if smallest_shown:
            rows.append((self._unit(0), enough, self.n))
        if largest_shown:
            rows.append((self._unit(size - 1), enough, self.n))
        self.order_rows = rows
        total = float(sum(i * c for i, c in enumerate(self.truth)))
        squares = float(sum(i * i * c for i, c in enumerate(self.truth)))
        self.moment_rows = [(self.values, total, total), (self.values**2, squares, squares)]

    def know(self, fact: KnownCount, step: int) -> None:
        """Add a count the workbook shows elsewhere (answers in ``step`` parts of one)."""
        compare = _OPERATORS[fact.operator]
        row = np.array(
            [compare(Fraction(self.low + i, step), fact.value) for i in range(len(self.truth))],
            dtype=float,
        )
        self.order_rows.append((row, fact.count, fact.count))

    def _unit(self, i: int) -> np.ndarray:
        row = np.zeros(len(self.truth))
        row[i] = 1
        return row

    def _at_most(self, value: Fraction, strictly: bool) -> np.ndarray:
        """A row counting the answers below (or at and below) ``value``."""
        row = np.zeros(len(self.truth))
        for i in range(len(self.truth)):
            if i < value or (not strictly and i == value):
                row[i] = 1
        return row

    def _order_rows(self, p: Fraction, value: Fraction) -> list[tuple[np.ndarray, float, float]]:
        """The percentile at position (n + 1) p is the answer there, or lies between the two
        answers around it: so at least ``j`` answers are at or below it and at most ``j``
        (``j - 1`` when it is that answer) below it."""
        position = (self.n + 1) * p
        j = min(max(math.floor(position), 1), self.n)
        exact = position == j or position < 1 or position >= self.n
        return [
            (self._at_most(value, strictly=False), j, self.n),
            (self._at_most(value, strictly=True), 0, j - 1 if exact else j),
        ]

    def _counts(self) -> Iterator[np.ndarray]:
        """Rows of the counts to protect: each answer's, then those at or below each answer
        given and those above it, whenever from 1 to the threshold."""
        size = len(self.truth)
        for i, count in enumerate(self.truth):
            if 1 <= count <= self.threshold:
                yield self._unit(i)
        below = 0
        for i in range(size - 1):
            below += self.truth[i]
            if self.truth[i] == 0:
                continue  # a cut between two answers given is counted at the lower one
            if 1 <= below <= self.threshold or 1 <= self.n - below <= self.threshold:
                row = np.zeros(size)
                row[: i + 1] = 1
                yield row

    def tells_a_count(self, *, moments: bool) -> bool:
        """Whether some count from 1 to the threshold has fewer than ``threshold + 1``
        possible values. Every solution found widens what is known of every count, so a
        count already seen to vary that much needs no solving of its own."""
        rows = self.order_rows + (self.moment_rows if moments else [])
        constraint = LinearConstraint(
            np.array([r for r, _, _ in rows]),
            np.array([lo for _, lo, _ in rows]),
            np.array([hi for _, _, hi in rows]),
        )
        size = len(self.truth)
        targets = np.array(list(self._counts()))
        if not len(targets):
            return False
        seen = targets @ np.array(self.truth, dtype=float)
        low, high = seen.copy(), seen.copy()
        options = {"presolve": True, "time_limit": 10}
        for i, target in enumerate(targets):
            for sign in (1.0, -1.0):
                if high[i] - low[i] >= self.threshold:
                    break
                found = milp(
                    sign * target,
                    constraints=[constraint],
                    integrality=np.ones(size),
                    bounds=Bounds(0, self.n),
                    options=options,
                )
                if found.x is None:
                    return True  # unsure: hide rather than show
                values = targets @ np.round(found.x)
                low, high = np.minimum(low, values), np.maximum(high, values)
            if high[i] - low[i] < self.threshold and self._someone(target, low[i], high[i]):
                return True
        return False

    def _someone(self, target: np.ndarray, low: float, high: float) -> bool:
        """Whether a narrow range tells that someone gave the answers counted: a range
        reaching 0 (for those above an answer, reaching all of them) says nobody need
        have, as "at most 1 person answered 20" names nobody."""
        if target.sum() == 1:
            return low >= 1
        return low >= 1 and high <= self.n - 1
