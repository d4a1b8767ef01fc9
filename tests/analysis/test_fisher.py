"""Fisher's exact test for r x c tables (Freeman-Halton) against published values: R's
``fisher.test`` documentation examples (Agresti's job satisfaction table, p = 0.7827; the tea
tasting 2x2, p = 0.4857) and scipy's exact 2x2 test."""

from __future__ import annotations

import random

import pytest
from scipy import stats

from duodesk.analysis.fisher import RESAMPLES, SEED, fisher_exact_rxc

JOB_SATISFACTION = [[1, 2, 1, 0], [3, 3, 6, 1], [10, 10, 14, 9], [6, 7, 12, 11]]


def test_job_satisfaction_table_gives_rs_published_p_value():
    result = fisher_exact_rxc(JOB_SATISFACTION, max_steps=10**8)
    assert result.method == "exact"
    assert round(result.p_value, 4) == 0.7827  # R: fisher.test(Job) p-value = 0.7827


def test_job_satisfaction_table_is_exact_within_the_usual_budget():
    """The crosstab's own call: the table is walked exactly, not estimated."""
    result = fisher_exact_rxc(JOB_SATISFACTION)
    assert result.method == "exact" and "exact p-value" in result.describe()
    assert result.p_value == pytest.approx(0.7826849389, abs=1e-9)


def test_a_table_too_large_to_walk_gets_a_monte_carlo_p_with_its_seed():
    result = fisher_exact_rxc(JOB_SATISFACTION, max_steps=10)
    assert result.method == "monte carlo"
    assert (result.resamples, result.seed) == (RESAMPLES, SEED)
    assert result.p_value == pytest.approx(0.7827, abs=0.005)
    assert f"seed {SEED}" in result.describe() and f"{RESAMPLES:,}" in result.describe()
    assert fisher_exact_rxc(JOB_SATISFACTION, max_steps=10) == result  # the same every time


def test_tea_tasting_and_random_two_by_two_tables_agree_with_scipy():
    assert fisher_exact_rxc([[3, 1], [1, 3]]).p_value == pytest.approx(0.4857, abs=5e-5)
    chance = random.Random(5)
    for _ in range(30):
        table = [[chance.randint(0, 9) for _ in range(2)] for _ in range(2)]
        if min(map(sum, table)) == 0 or min(map(sum, zip(*table, strict=True))) == 0:
            continue
        expected = stats.fisher_exact(table).pvalue
        assert fisher_exact_rxc(table).p_value == pytest.approx(expected, rel=1e-9), table


@pytest.mark.parametrize(("shape", "seed"), [((2, 3), 8), ((3, 3), 9), ((3, 4), 10), ((4, 2), 11)])
def test_small_tables_agree_with_full_enumeration(shape, seed):
    """Every table with these totals, enumerated by brute force (the longer side is walked:
    a 2x3 table is one step of the walk, then the sorted endings; 3x4, two steps)."""
    chance = random.Random(seed)
    rows, columns = shape
    checked = 0
    for _ in range(4):
        table = [[chance.randint(0, 3) for _ in range(columns)] for _ in range(rows)]
        if min(map(sum, table)) == 0 or min(map(sum, zip(*table, strict=True))) == 0:
            continue
        assert fisher_exact_rxc(table).p_value == pytest.approx(_brute_force(table), rel=1e-9)
        checked += 1
    assert checked


def _brute_force(table: list[list[int]]) -> float:
    import itertools
    import math

    rows = [sum(r) for r in table]
    columns = [sum(c) for c in zip(*table, strict=True)]
    n = sum(rows)

    def probability(cells) -> float:
        top = math.prod(math.factorial(r) for r in rows) * math.prod(
            math.factorial(c) for c in columns
        )
        return top / (math.factorial(n) * math.prod(math.factorial(x) for x in cells))

    observed = probability([x for row in table for x in row])
    width = len(columns)

    def compositions(total: int):  # every row with this total (columns checked at the end)
        for cuts in itertools.combinations(range(total + width - 1), width - 1):
            edges = (-1, *cuts, total + width - 1)
            yield tuple(b - a - 1 for a, b in itertools.pairwise(edges))

    total = 0.0
    for grid in itertools.product(*(list(compositions(r)) for r in rows)):
        if [sum(c) for c in zip(*grid, strict=True)] == columns:
            p = probability([x for row in grid for x in row])
            if p <= observed * (1 + 1e-7):
                total += p
    return total
