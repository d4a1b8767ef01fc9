"""Disclosure control over a whole workbook: every table protected together.

A reader of the workbook does not look at one table at a time. The options of a question add
up to its "Answered"; answered, no answer and not asked add up to the interviews; a follow-up
question is asked exactly as often as the answer that opens it was given; a percentage beside
a count gives the count. Hiding the small counts of each table on its own left many of them
recoverable by putting the tables together. Here every count of the workbook is one *cell*,
the relations a reader knows are linear equations and inequalities between cells, and:

1. counts from 1 to ``threshold`` are hidden (*primary suppression*; zeros are shown);
2. every hidden count is checked: its smallest and largest possible value, given everything
   shown, every relation and that a hidden count is a whole number of at least 1, are found
   by integer programming (:func:`scipy.optimize.milp`, on each connected part of the system
   on its own so that a questionnaire of dozens of tables stays fast);
3. while some hidden count can be narrowed to fewer than ``threshold + 1`` values, one more
   count it is related to is hidden (*secondary suppression*: the smallest one in the
   relations that pin it down), and the exposed counts are checked again.

Hiding a count only ever widens the possible ranges of the others, so a count once protected
stays protected and only the exposed ones are checked again. The result is a safe choice, not
always the fewest hidden counts.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

MAX_ROUNDS = 10_000  # far more than any questionnaire needs; only a guard against a bug


@dataclass(frozen=True)
class Relation:
    """``sum(coefficient * cell) == 0`` (``equal``) or ``<= 0``. Cells are indices into the
    list of counts; a constant is written as a published cell (such as the interviews)."""

    terms: tuple[tuple[int, float], ...]
    equal: bool = True

    @staticmethod
    def adds_up(parts: Iterable[int], total: int) -> Relation:
        return Relation((*((p, 1.0) for p in parts), (total, -1.0)))

    @staticmethod
    def at_most(smaller: Mapping[int, float], larger: Mapping[int, float]) -> Relation:
        """``sum(smaller) <= sum(larger)``."""
        terms: dict[int, float] = {}
        for cell, coefficient in smaller.items():
            terms[cell] = terms.get(cell, 0.0) + coefficient
        for cell, coefficient in larger.items():
            terms[cell] = terms.get(cell, 0.0) - coefficient
        return Relation(tuple((c, k) for c, k in terms.items() if k), equal=False)

    def holds(self, counts: Sequence[int]) -> bool:
        value = sum(k * counts[c] for c, k in self.terms)
        return abs(value) < 1e-9 if self.equal else value < 1e-9

    @property
    def cells(self) -> tuple[int, ...]:
        return tuple(c for c, _ in self.terms)


@dataclass(frozen=True)
class WorkbookProtection:
    """Which cells to hide. ``primary``: hidden for being small; the rest of ``hidden`` protects
    them. ``exposed``: hidden cells that no choice could protect (pinned by published counts
    alone); empty in any survey with more than a handful of interviews."""

    hidden: frozenset[int]
    primary: frozenset[int]
    exposed: frozenset[int] = frozenset()

    @property
    def secondary(self) -> frozenset[int]:
        return self.hidden - self.primary


def protect_cells(
    counts: Sequence[int],
    relations: Sequence[Relation],
    threshold: int,
    *,
    published: frozenset[int] = frozenset(),
    unshown: frozenset[int] = frozenset(),
    upper: Sequence[int] | None = None,
    small_elsewhere: frozenset[int] = frozenset(),
) -> WorkbookProtection:
    """Hide counts so that each hidden one keeps at least ``threshold + 1`` possible values.

    ``relations`` must hold for ``counts`` (the caller checks them); ``published`` cells are
    always shown; ``unshown`` cells are shown nowhere (a grid statement's "No answer"): a
    reader knows only that they are whole numbers from 0, so they are never hidden or
    counted as hidden. ``upper`` gives each cell's largest conceivable value (a reader knows
    no count exceeds the number of interviews), default unbounded. ``small_elsewhere`` cells
    are hidden as if small: another published output makes them give a small count away.
    """
    counts = [int(c) for c in counts]
    upper = list(upper) if upper is not None else [math.inf] * len(counts)
    audit = _Audit(counts, relations, threshold, upper, unshown)
    primary = {
        i
        for i, c in enumerate(counts)
        # a 0 beside a small count elsewhere gives nothing away (that count is hidden there)
        if (1 <= c <= threshold or (c > 0 and i in small_elsewhere))
        and i not in published
        and i not in unshown
    }
    hidden = set(primary)
    given_up: set[int] = set()
    # First the quick part: a count that one relation on its own pins down (the others in it
    # shown or too few hidden) is exposed whatever the rest says; protect those without any
    # solver. Then every hidden count is checked against all relations at once, one at a
    # time, and each one found exposed gets one more count hidden beside it and is checked
    # again (with the newly hidden one).
    audit.protect_locally(hidden, published)
    waiting = sorted(hidden, key=lambda i: (counts[i], i))
    for _ in range(MAX_ROUNDS):
        if not waiting:
            break
        target = waiting.pop(0)
        if target in given_up or not audit.exposed(hidden, [target]):
            continue
        candidate = audit.candidate(target, hidden, published)
        if candidate is None:
            given_up.add(target)
            continue
        hidden.add(candidate)
        added = audit.protect_locally(hidden, published)
        waiting = [target, candidate, *added, *waiting]
    # A count hidden to protect others that turned out to be exactly determined anyway
    # protects nothing and hides a number anyone can work out: show it.
    for cell in sorted(given_up - primary):
        if audit.width(hidden, cell) == 0:
            hidden.discard(cell)
            given_up.discard(cell)
    return WorkbookProtection(frozenset(hidden), frozenset(primary), frozenset(given_up))


class _Audit:
    """Possible ranges of hidden cells under all relations, by integer programming."""

    def __init__(
        self,
        counts: list[int],
        relations: Sequence[Relation],
        threshold: int,
        upper: list[float],
        unshown: frozenset[int] = frozenset(),
    ) -> None:
        self.counts, self.relations, self.threshold, self.upper = (
            counts,
            list(relations),
            threshold,
            upper,
        )
        self.unshown = unshown
        self.touching: list[list[int]] = [[] for _ in counts]
        for r, relation in enumerate(self.relations):
            for cell in relation.cells:
                self.touching[cell].append(r)

    def locally_exposed(self, hidden: set[int]) -> int | None:
        """A hidden count that one equation on its own narrows to fewer than ``threshold + 1``
        values, with the other hidden counts of the equation anywhere in their bounds."""
        for relation in self.relations:
            if not relation.equal:
                continue
            unknown = [(c, k) for c, k in relation.terms if c in hidden or c in self.unshown]
            if not unknown or len(unknown) > 3:
                continue  # many hidden counts in one equation: left to the full check
            constant = sum(
                k * self.counts[c]
                for c, k in relation.terms
                if c not in hidden and c not in self.unshown
            )
            inside = unknown
            for cell, k in inside:
                if cell not in hidden:
                    continue
                # k * x = -constant - sum(others); others each within [1, upper]
                low = high = -constant
                for other, ko in inside:
                    if other == cell:
                        continue
                    ends = (ko * self._lowest(other), ko * self.upper[other])
                    low -= max(ends)
                    high -= min(ends)
                ends = sorted((low / k, high / k))
                smallest, largest = max(1.0, ends[0]), min(self.upper[cell], ends[1])
                if smallest == -math.inf or largest == math.inf:
                    continue
                if largest - smallest < self.threshold:
                    return cell
        return None

    def protect_locally(self, hidden: set[int], published: frozenset[int]) -> list[int]:
        """Hide counts until no equation on its own narrows a hidden count too much; returns
        the counts hidden."""
        added: list[int] = []
        for _ in range(MAX_ROUNDS):
            exposed = self.locally_exposed(hidden)
            if exposed is None:
                break
            candidate = self.candidate(exposed, hidden, published)
            if candidate is None:
                break  # the full check will give up on it
            hidden.add(candidate)
            added.append(candidate)
        return added

    def component(self, start: int, hidden: set[int]) -> tuple[list[int], list[int]]:
        """The hidden cells linked to ``start`` through relations, and those relations."""
        cells, rows, todo = {start}, set(), [start]
        while todo:
            cell = todo.pop()
            for r in self.touching[cell]:
                if r in rows:
                    continue
                rows.add(r)
                for other in self.relations[r].cells:
                    if (other in hidden or other in self.unshown) and other not in cells:
                        cells.add(other)
                        todo.append(other)
        return sorted(cells), sorted(rows)

    def exposed(self, hidden: set[int], check: Iterable[int]) -> set[int]:
        """The cells of ``check`` whose possible range is narrower than ``threshold``."""
        found: set[int] = set()
        done: set[int] = set()
        checking = set(check)
        for cell in sorted(checking):
            if cell in done:
                continue
            cells, rows = self.component(cell, hidden)
            wanted = [c for c in cells if c in checking and c in hidden]
            done.update(cells)
            found.update(self._narrow(cells, rows, wanted))
        return found

    def _lowest(self, cell: int) -> float:
        """A hidden count is at least 1 (zeros are shown); one shown nowhere at least 0."""
        return 0.0 if cell in self.unshown else 1.0

    def width(self, hidden: set[int], cell: int) -> float:
        """How far apart the smallest and largest possible values of ``cell`` are."""
        cells, rows = self.component(cell, hidden)
        return self._range(cells, rows, cell)

    def _system(self, cells: list[int], rows: list[int]):
        position = {cell: i for i, cell in enumerate(cells)}
        matrix = np.zeros((len(rows), len(cells)))
        low = np.empty(len(rows))
        high = np.empty(len(rows))
        for j, r in enumerate(rows):
            relation = self.relations[r]
            constant = 0.0
            for cell, coefficient in relation.terms:
                if cell in position:
                    matrix[j, position[cell]] += coefficient
                else:
                    constant += coefficient * self.counts[cell]
            high[j] = -constant
            low[j] = -constant if relation.equal else -np.inf
        bounds = Bounds(
            np.array([self._lowest(c) for c in cells]), np.array([self.upper[c] for c in cells])
        )
        constraints = [LinearConstraint(matrix, low, high)] if rows else []
        return position, constraints, bounds

    def _range(self, cells: list[int], rows: list[int], cell: int) -> float:
        position, constraints, bounds = self._system(cells, rows)
        objective = np.zeros(len(cells))
        objective[position[cell]] = 1.0
        integrality = np.ones(len(cells))
        value = self.counts[cell]
        smallest = self._extreme(objective, constraints, bounds, integrality, value)
        largest = -self._extreme(-objective, constraints, bounds, integrality, -value)
        return largest - smallest

    def pinned(self, cell: int, published: frozenset[int]) -> bool:
        """True if one equation ties ``cell`` to counts that are always shown (zeros and
        published counts): hiding it could never protect anything."""
        for r in self.touching[cell]:
            relation = self.relations[r]
            if relation.equal and all(
                c == cell or c in published or (self.counts[c] <= 0 and c not in self.unshown)
                for c in relation.cells
            ):
                return True
        return False

    def _narrow(self, cells: list[int], rows: list[int], wanted: list[int]) -> list[int]:
        position, constraints, bounds = self._system(cells, rows)
        integrality = np.ones(len(cells))
        narrow = []
        for cell in wanted:
            value = self.counts[cell]
            objective = np.zeros(len(cells))
            objective[position[cell]] = 1.0
            # The true value lies in the range: the range is wide enough when it reaches
            # ``threshold`` below or above it, or both sides together do.
            smallest = self._extreme(objective, constraints, bounds, integrality, value)
            if value - smallest >= self.threshold:
                continue
            largest = -self._extreme(-objective, constraints, bounds, integrality, -value)
            if largest - smallest < self.threshold:
                narrow.append(cell)
        return narrow

    @staticmethod
    def _extreme(objective, constraints, bounds, integrality, fallback: float) -> float:
        result = milp(objective, constraints=constraints, bounds=bounds, integrality=integrality)
        if result.status == 0:
            return float(round(result.fun))
        if result.status == 3:  # unbounded: as good as any width
            return -math.inf
        return fallback  # pragma: no cover - the true counts are always feasible

    def candidate(self, target: int, hidden: set[int], published: frozenset[int]) -> int | None:
        """The count to hide next to protect ``target``: among the shown, non-zero counts
        sharing a relation with it, one in the relation with the fewest hidden counts (the
        one pinning it down hardest), the smallest; failing that, any shown count related
        to its hidden neighbours."""
        best: tuple[int, int, int] | None = None

        def consider(rows: Iterable[int]) -> None:
            nonlocal best
            for r in rows:
                members = self.relations[r].cells
                pinned = sum(1 for c in members if c in hidden or c in self.unshown)
                for cell in members:
                    if cell in hidden or cell in published or cell in self.unshown:
                        continue
                    if self.counts[cell] <= 0:
                        continue
                    if self.pinned(cell, published):
                        continue
                    key = (pinned, self.counts[cell], cell)
                    if best is None or key < best:
                        best = key

        consider(self.touching[target])
        if best is None:
            _cells, rows = self.component(target, hidden)
            consider(rows)
        return None if best is None else best[2]
