"""Turning grouped counts into tables: frequencies, multiple response, descriptives, bins.

Everything here works on what the GROUP BY queries return (a count per distinct answer), never
on individual interviews, and follows SPSS/PSPP conventions (see :mod:`duodesk.analysis.results`).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from duodesk.analysis.results import (
    Combination,
    NumberBin,
    NumberStats,
    OptionCount,
)


@dataclass(frozen=True)
class Category:
    """A choice (or value) as tables show it."""

    name: str
    label: str
    is_missing_code: bool = False


def _percent(count: int, of: int) -> float | None:
    return 100.0 * count / of if of else None


def frequency_table(
    categories: Sequence[Category], counts: Mapping[str, int], interviews: int
) -> tuple[tuple[OptionCount, ...], int]:
    """SPSS's frequency table of ``categories`` (in the order given; count 0 included, and
    any counted value not among them added at the end). Returns the rows and the number of
    valid answers (not missing codes)."""
    known = {category.name for category in categories}
    extra = [Category(name, name) for name in counts if name not in known]
    everything = [*categories, *extra]
    valid = sum(counts.get(c.name, 0) for c in everything if not c.is_missing_code)
    rows, running = [], 0.0
    for category in everything:
        count = counts.get(category.name, 0)
        valid_percent = cumulative = None
        if not category.is_missing_code and valid:
            valid_percent = 100.0 * count / valid
            running += valid_percent
            cumulative = running
        rows.append(
            OptionCount(
                name=category.name,
                label=category.label,
                count=count,
                percent=_percent(count, interviews),
                valid_percent=valid_percent,
                cumulative_percent=cumulative,
                is_missing_code=category.is_missing_code,
            )
        )
    return tuple(rows), valid


def multiple_response_table(
    categories: Sequence[Category], ticks: Mapping[str, int], cases: int, interviews: int
) -> tuple[tuple[OptionCount, ...], int]:
    """Per option the count, percent of cases (``cases``: interviews that answered) and
    percent of responses (all ticks), most ticked first (ties in list order). Returns the rows
    and the number of responses."""
    known = {category.name for category in categories}
    everything = [*categories, *(Category(n, n) for n in ticks if n not in known)]
    responses = sum(ticks.values())
    order = sorted(range(len(everything)), key=lambda i: (-ticks.get(everything[i].name, 0), i))
    rows = tuple(
        OptionCount(
            name=everything[i].name,
            label=everything[i].label,
            count=ticks.get(everything[i].name, 0),
            percent=_percent(ticks.get(everything[i].name, 0), interviews),
            is_missing_code=everything[i].is_missing_code,
            percent_of_cases=_percent(ticks.get(everything[i].name, 0), cases),
            percent_of_responses=_percent(ticks.get(everything[i].name, 0), responses),
        )
        for i in order
    )
    return rows, responses


def combinations_table(
    categories: Sequence[Category], answers: Mapping[str, int], cases: int
) -> tuple[tuple[Combination, ...], int]:
    """The combinations ticked together (``answers``: stored answer text -> count), most
    frequent first. Returns them and the number of answers that were only missing codes."""
    labels = {c.name: c.label for c in categories}
    missing = {c.name for c in categories if c.is_missing_code}
    only_missing = 0
    combinations = []
    for text, count in answers.items():
        names = tuple(text.split())
        if names and all(name in missing for name in names):
            only_missing += count
        combinations.append(
            Combination(
                names=names,
                labels=tuple(labels.get(name, name) for name in names),
                count=count,
                percent_of_cases=_percent(count, cases),
            )
        )
    combinations.sort(key=lambda c: (-c.count, c.label))
    return tuple(combinations), only_missing


def number_stats(values: Sequence[tuple[float, int]]) -> NumberStats:
    """Descriptives from distinct ``(number, count)`` pairs (any order).

    Quartiles and median: PSPP's FREQUENCIES definition, linear interpolation between the
    order statistics at position 1 + (n - 1) p (Hyndman and Fan's type 7).
    """
    pairs = sorted((v, c) for v, c in values if c > 0)
    n = sum(c for _, c in pairs)
    if n == 0:
        return NumberStats(0, None, None, None, None, None, None, None)
    mean = math.fsum(v * c for v, c in pairs) / n
    sd = None
    if n > 1:
        sd = math.sqrt(math.fsum(c * (v - mean) ** 2 for v, c in pairs) / (n - 1))
    cumulative, total = [], 0
    for _, count in pairs:
        total += count
        cumulative.append(total)

    def at(rank: int) -> float:  # 0-based rank in the sorted answers
        return pairs[bisect.bisect_right(cumulative, rank)][0]

    def percentile(p: float) -> float:
        position = (n - 1) * p
        low = math.floor(position)
        fraction = position - low
        below = at(low)
        if fraction == 0:
            return below
        return below + fraction * (at(low + 1) - below)

    return NumberStats(
        n=n,
        mean=mean,
        sd=sd,
        median=percentile(0.5),
        q1=percentile(0.25),
        q3=percentile(0.75),
        min=pairs[0][0],
        max=pairs[-1][0],
    )


def bins_table(
    bins: Sequence[NumberBin], values: Sequence[tuple[float, int]], interviews: int
) -> tuple[OptionCount, ...]:
    """The user's bins as a frequency table: percent of all interviews, valid percent of the
    numbers answered, cumulative valid percent."""
    n = sum(count for _, count in values)
    rows, running = [], 0.0
    for number_bin in bins:
        count = sum(c for v, c in values if number_bin.contains(v))
        valid_percent = _percent(count, n)
        if valid_percent is not None:
            running += valid_percent
        rows.append(
            OptionCount(
                name=number_bin.label,
                label=number_bin.label,
                count=count,
                percent=_percent(count, interviews),
                valid_percent=valid_percent,
                cumulative_percent=running if n else None,
            )
        )
    return tuple(rows)


def number_of(text: str) -> float | None:
    """A stored numeric answer's value; None for text that is not a finite number."""
    try:
        number = float(text)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None
