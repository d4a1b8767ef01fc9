"""Small counts are hidden, and nothing hidden can be worked out from the totals."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from duodesk.exports.disclosure import DisclosureRule, protect_column, protect_table


def table_bounds(counts, protection, index: int) -> tuple[float, float]:
    """Independent check: every cell of the table with totals is a variable; shown ones are
    fixed by their bounds, hidden ones are at least 1 (zeros are shown). ``index`` counts the
    cells row by row, then the row totals, then the column totals."""
    rows, columns = len(counts), len(counts[0])
    values, hidden = [], []
    for r in range(rows):
        for c in range(columns):
            values.append(counts[r][c])
            hidden.append(protection.cells[r][c])
    for r in range(rows):
        values.append(sum(counts[r]))
        hidden.append(protection.row_totals[r])
    for c in range(columns):
        values.append(sum(counts[r][c] for r in range(rows)))
        hidden.append(protection.column_totals[c])
    values.append(sum(values[: rows * columns]))
    hidden.append(False)
    n = len(values)
    equations = []
    for r in range(rows):
        line = np.zeros(n)
        line[r * columns : (r + 1) * columns] = 1
        line[rows * columns + r] = -1
        equations.append(line)
    for c in range(columns):
        line = np.zeros(n)
        line[[r * columns + c for r in range(rows)]] = 1
        line[rows * columns + rows + c] = -1
        equations.append(line)
    line = np.zeros(n)
    line[rows * columns : rows * columns + rows] = 1
    line[-1] = -1
    equations.append(line)
    bounds = [(1, None) if h else (v, v) for v, h in zip(values, hidden, strict=True)]
    target = np.zeros(n)
    target[index] = 1
    low = linprog(target, A_eq=np.array(equations), b_eq=np.zeros(len(equations)), bounds=bounds)
    high = linprog(-target, A_eq=np.array(equations), b_eq=np.zeros(len(equations)), bounds=bounds)
    assert low.status in (0, 3) and high.status in (0, 3)
    return (
        low.fun if low.status == 0 else -np.inf,
        -high.fun if high.status == 0 else np.inf,
    )


tables = st.integers(1, 4).flatmap(
    lambda rows: st.integers(1, 4).flatmap(
        lambda columns: st.lists(
            st.lists(
                st.one_of(st.integers(0, 6), st.integers(0, 40)),
                min_size=columns,
                max_size=columns,
            ),
            min_size=rows,
            max_size=rows,
        )
    )
)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(counts=tables, threshold=st.integers(1, 9))
def test_no_hidden_cell_can_be_narrowed_to_threshold_values(counts, threshold):
    protection = protect_table(counts, threshold)
    for r, row in enumerate(counts):
        for c, count in enumerate(row):
            if 1 <= count <= threshold:
                assert protection.cells[r][c], "every small count is hidden"
            if count == 0 and not protection.withheld:
                assert not protection.cells[r][c], "zeros are shown"
    if protection.withheld:
        # Nothing is shown then, zeros and totals included (a zero beside hidden counts and
        # a total of a few says what the others answered).
        assert all(all(row) for row in protection.cells)
        assert all(protection.row_totals) and all(protection.column_totals)
        # Only when even hiding every non-zero cell and total leaves one of them exposed.
        everything = protect_table_all_hidden(counts)
        hidden = flat_hidden(everything)
        widths = [
            high - low
            for i in range(len(hidden))
            if hidden[i]
            for low, high in [table_bounds(counts, everything, i)]
        ]
        assert any(width <= threshold for width in widths)
        return
    hidden = flat_hidden(protection)
    for i, is_hidden in enumerate(hidden):
        if is_hidden:
            low, high = table_bounds(counts, protection, i)
            assert high - low > threshold, (counts, i, low, high)


def flat_hidden(protection) -> list[bool]:
    return [
        *(h for row in protection.cells for h in row),
        *protection.row_totals,
        *protection.column_totals,
    ]


def protect_table_all_hidden(counts):
    from duodesk.exports.disclosure import TableProtection

    return TableProtection(
        cells=tuple(tuple(c > 0 for c in row) for row in counts),
        row_totals=tuple(sum(row) > 0 for row in counts),
        column_totals=tuple(sum(col) > 0 for col in zip(*counts, strict=True)),
        withheld=True,
    )


def test_table_without_small_counts_is_shown_whole():
    protection = protect_table([[10, 20], [30, 0]], 4)
    assert not any(any(row) for row in protection.cells)
    assert not any(protection.row_totals) and not any(protection.column_totals)


def test_one_small_cell_brings_three_others_with_it():
    # A lone hidden 2 could be read off its row and column totals: a rectangle of four
    # cells must be hidden, the three others being the smallest that protect it.
    protection = protect_table([[2, 30, 40], [25, 50, 60], [70, 80, 90]], 4)
    hidden = [(r, c) for r in range(3) for c in range(3) if protection.cells[r][c]]
    assert (0, 0) in hidden
    assert len(hidden) == 4
    assert {(0, 1), (1, 0), (1, 1)} <= set(hidden)


def test_column_hides_small_count_and_the_next_smallest():
    protection = protect_column([50, 3, 0, 12, 40], 4)
    assert protection.hidden == frozenset({1, 3})
    assert not protection.withheld


def test_column_of_one_small_count_among_zeros_is_withheld():
    # The total (shown on the cover) is the count itself: nothing can protect it.
    protection = protect_column([0, 3, 0], 4)
    assert protection.withheld


@pytest.mark.parametrize("threshold", [0, 10])
def test_threshold_outside_one_to_nine_is_refused(threshold):
    with pytest.raises(ValueError, match="from 1 to 9"):
        DisclosureRule(threshold=threshold)


def test_rule_in_words_names_threshold_and_marker():
    text = DisclosureRule(threshold=4).describe()
    assert "from 1 to 4" in text and "“*”" in text
    assert "NOT hidden" in DisclosureRule(enabled=False).describe()
