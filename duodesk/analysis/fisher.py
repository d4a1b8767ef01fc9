"""Fisher's exact test for tables larger than 2x2 (the Freeman-Halton extension).

The p-value is the probability, with the table's row and column totals fixed, of a table no
more probable than the one observed: the sum of P(table) = prod(R_i!) prod(C_j!) /
(N! prod(n_ij!)) over every table with P <= P(observed) (with R's relative tolerance of 1e-7,
so that ties count as ties whatever the rounding).

Written here because no library at hand computes it exactly: scipy's ``fisher_exact`` gives
an r x c table a Monte Carlo estimate. The tables are walked column by column as Mehta and
Patel's network algorithm does (a node is the row totals still to fill, sorted; paths that
reach a node with the same probability so far are merged), and a node is settled whole when
a bound shows that every table below it counts (its total probability has a closed form) or
that none does. Once two columns are left, each node's ways to finish are listed once (numpy),
sorted by probability with running sums, so that every path reaching the node is settled by
one binary search instead of a walk of them all: R's Job satisfaction table takes about a
second instead of half a minute. When a table is too large for that within
:data:`MAX_STEPS`, the p-value is a Monte Carlo estimate instead, from :data:`RESAMPLES`
random tables with the stated seed, and the result says so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from duodesk.i18n import number, translate

MAX_STEPS = 100_000  # arcs followed before falling back to Monte Carlo (about a second)
ARRAY_STEPS = 20  # values handled in numpy arrays that cost as much as one arc followed
RESAMPLES = 100_000
BATCH = 10_000
SEED = 20_260_301
TOLERANCE = 1e-7  # R's fisher.test: relative tolerance for "no more probable"


@dataclass(frozen=True)
class FisherResult:
    """``p_value`` of Fisher's exact test; ``method`` is ``"exact"`` or ``"monte carlo"``
    (then ``resamples`` random tables were drawn with ``seed``)."""

    p_value: float
    method: str
    resamples: int | None = None
    seed: int | None = None

    def describe(self) -> str:
        if self.method == "exact":
            return translate("Summary text", "Fisher's exact test (Freeman-Halton), exact p-value.")
        return translate(
            "Summary text",
            "Fisher's exact test (Freeman-Halton), p-value estimated from {resamples} "
            "random tables (Monte Carlo, seed {seed}).",
        ).format(resamples=number(self.resamples or 0), seed=self.seed)


def is_estimated(method: str) -> bool:
    """True when a crosstab's ``fisher_method`` (in the interface language) says its p-value
    was estimated from random tables rather than worked out exactly."""
    exact = (
        translate("Summary text", "Fisher's exact test, exact p-value."),
        translate("Summary text", "Fisher's exact test (Freeman-Halton), exact p-value."),
    )
    return bool(method) and method not in exact


class _TooLarge(Exception):
    pass


def fisher_exact_rxc(table: list[list[int]], *, max_steps: int = MAX_STEPS) -> FisherResult:
    """Fisher's exact test of ``table`` (counts; rows and columns with a zero total are
    ignored). Exact when the walk fits in ``max_steps``, else Monte Carlo (see the module)."""
    rows = [row for row in table if sum(row)]
    columns = [list(c) for c in zip(*rows, strict=True) if sum(c)] if rows else []
    if len(columns) < 2 or len(columns[0]) < 2:
        return FisherResult(1.0, "exact")
    # Fewer rows make smaller nodes: the longer side becomes the columns walked one by one.
    if len(columns[0]) > len(columns):
        columns = [list(r) for r in zip(*columns, strict=True)]
    try:
        return FisherResult(_exact(columns, max_steps), "exact")
    except _TooLarge:
        return _monte_carlo(columns)


def _log_factorial(n: int) -> float:
    return math.lgamma(n + 1)


def _exact(columns: list[list[int]], max_steps: int) -> float:
    import numpy as np

    row_totals = [sum(r) for r in zip(*columns, strict=True)]
    column_totals = [sum(c) for c in columns]
    n = sum(column_totals)
    # log P(table) = constant - sum(log n_ij!)
    constant = (
        sum(_log_factorial(r) for r in row_totals)
        + sum(_log_factorial(c) for c in column_totals)
        - _log_factorial(n)
    )
    observed = -sum(_log_factorial(x) for column in columns for x in column)
    # Count a table when its sum of -log n_ij! is at most this (R's relative tolerance).
    limit = observed + math.log1p(TOLERANCE)
    order = sorted(range(len(columns)), key=lambda j: -column_totals[j])
    stages = [column_totals[j] for j in order]

    # nodes: remaining row totals (sorted) -> {log weight so far: [that weight, mass]}
    nodes: dict[tuple[int, ...], dict[float, list[float]]] = {
        tuple(sorted(row_totals)): {0.0: [0.0, 1.0]}
    }
    p_value = 0.0
    steps = 0
    for stage, total in enumerate(stages[:-2]):
        remaining_columns = tuple(sorted(stages[stage:]))
        following: dict[tuple[int, ...], dict[float, list[float]]] = {}
        for rows, pasts in nodes.items():
            high = _most_probable(rows, remaining_columns)
            low = _least_probable(rows, remaining_columns)
            everything = _all_tables(rows, remaining_columns)
            for past, mass in pasts.values():
                if past + high <= limit:
                    p_value += mass * math.exp(constant + past + everything)
                    continue
                if past + low > limit:
                    continue
                arcs = _arcs(rows, total)
                steps += len(arcs)
                if steps > max_steps:
                    raise _TooLarge()
                for weight, ways, left in arcs:
                    # Merging needs equal floats; paths that differ by rounding stay apart,
                    # which costs time, never accuracy.
                    value = past + weight
                    bucket = following.get(left)
                    if bucket is None:
                        following[left] = {value: [value, mass * ways]}
                    elif value in bucket:
                        bucket[value][1] += mass * ways
                    else:
                        bucket[value] = [value, mass * ways]
        nodes = following
    # The last two columns: each node's endings once, then every path into it at once.
    for rows, pasts in nodes.items():
        weights, sums, top = _endings(rows, stages[-2])
        steps += (len(weights) + len(pasts)) // ARRAY_STEPS
        if steps > max_steps:
            raise _TooLarge()
        past, mass = np.array(list(pasts.values())).T
        counted = np.searchsorted(weights, limit - past, side="right")
        p_value += float((mass * np.exp(constant + past + top) * sums[counted]).sum())
    return min(1.0, p_value)


@lru_cache(maxsize=20_000)
def _endings(rows: tuple[int, ...], total: int):
    """Every way to finish a table whose row totals still to fill are ``rows`` with two
    columns, the first of ``total`` (the second takes the rest): their sum(-log n_ij!) in
    increasing order, and the running sums of exp(weight - top) in that order after a 0,
    top being the largest weight (so that the sums neither overflow nor underflow). Arrays."""
    import numpy as np

    columns = _columns_for(rows, total)
    logs = _log_factorials(max(rows))
    weights = np.sort(-(logs[columns] + logs[np.array(rows) - columns]).sum(axis=1))
    top = weights[-1]
    sums = np.concatenate(([0.0], np.cumsum(np.exp(weights - top))))
    return weights, sums, top


@lru_cache(maxsize=16)
def _log_factorials(largest: int):
    import numpy as np

    return np.array([_log_factorial(k) for k in range(largest + 1)])


@lru_cache(maxsize=20_000)
def _arcs(rows: tuple[int, ...], total: int) -> tuple[tuple[float, int, tuple[int, ...]], ...]:
    """Each way of filling the next column: its sum(-log n_ij!) and the row totals left
    (sorted), and how many ways lead there with that weight (found with numpy, all ways of
    a column at once)."""
    import numpy as np

    columns = _columns_for(rows, total)
    logs = _log_factorials(max(rows))
    weights = np.round(-logs[columns].sum(axis=1), 9)
    left = np.sort(np.array(rows) - columns, axis=1)
    keys, counts = np.unique(np.column_stack((weights, left)), axis=0, return_counts=True)
    return tuple(
        (key[0], count, tuple(int(x) for x in key[1:]))
        for key, count in zip(keys.tolist(), counts.tolist(), strict=True)
    )


def _columns_for(rows: tuple[int, ...], total: int):
    """Every way of splitting ``total`` over the rows, each row at most its remaining total,
    as an array with a row per way."""
    import numpy as np

    rest = [sum(rows[i:]) for i in range(len(rows) + 1)]
    parts = np.zeros((1, 0), dtype=np.int64)
    sums = np.zeros(1, dtype=np.int64)
    for i, limit in enumerate(rows[:-1]):
        x = np.arange(limit + 1)
        sums = (sums[:, None] + x[None, :]).ravel()
        parts = np.column_stack((np.repeat(parts, limit + 1, axis=0), np.tile(x, len(parts))))
        keep = (sums <= total) & (total - sums <= rest[i + 1])
        parts, sums = parts[keep], sums[keep]
    last = total - sums
    return np.column_stack((parts, last))


@lru_cache(maxsize=100_000)
def _all_tables(rows: tuple[int, ...], columns: tuple[int, ...]) -> float:
    """log of the sum over every table with these totals of prod(1 / n_ij!), which is
    N! / (prod R_i! prod C_j!)."""
    return (
        _log_factorial(sum(rows))
        - sum(_log_factorial(r) for r in rows)
        - sum(_log_factorial(c) for c in columns)
    )


@lru_cache(maxsize=100_000)
def _most_probable(rows: tuple[int, ...], columns: tuple[int, ...]) -> float:
    """An upper bound of max sum(-log n_ij!) over the tables with these totals: each row (or
    each column) spread as evenly as it could be if the other totals did not bind."""

    def spread(totals: tuple[int, ...], parts: int) -> float:
        bound = 0.0
        for total in totals:
            small, larger = divmod(total, parts)
            bound -= (parts - larger) * _log_factorial(small) + larger * _log_factorial(small + 1)
        return bound

    return min(spread(rows, len(columns)), spread(columns, len(rows)))


@lru_cache(maxsize=100_000)
def _least_probable(rows: tuple[int, ...], columns: tuple[int, ...]) -> float:
    """A lower bound of min sum(-log n_ij!): each row (or column) all in one cell."""
    return max(-sum(_log_factorial(r) for r in rows), -sum(_log_factorial(c) for c in columns))


def _monte_carlo(columns: list[list[int]]) -> FisherResult:
    """The share of random tables with the same totals that are no more probable than the
    observed one (drawn by scipy's ``random_table``, which keeps the totals), counting the
    observed table itself as one, as permutation tests do: (hits + 1) / (draws + 1)."""
    import numpy as np
    from scipy import special, stats

    observed = np.array(columns)
    rows, cols = observed.sum(axis=0), observed.sum(axis=1)
    tables = stats.random_table(cols, rows, seed=SEED)
    limit = -special.gammaln(observed + 1).sum() + math.log1p(TOLERANCE)
    hits = 0
    for _ in range(RESAMPLES // BATCH):  # in batches: a 20 x 20 table is 3 kB a draw
        draws = tables.rvs(size=BATCH)
        hits += int(np.count_nonzero(-special.gammaln(draws + 1).sum(axis=(1, 2)) <= limit))
    return FisherResult((hits + 1) / (RESAMPLES + 1), "monte carlo", RESAMPLES, SEED)
