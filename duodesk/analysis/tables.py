"""Turning grouped counts into tables: frequencies, multiple response, descriptives, bins.

Everything here works on what the GROUP BY queries return (a count per distinct answer), never
on individual interviews, and follows SPSS/PSPP conventions (see :mod:`duodesk.analysis.results`).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from fractions import Fraction
from itertools import accumulate

from duodesk.analysis.results import (
    Combination,
    NumberBin,
    NumberStats,
    OptionCount,
)
from duodesk.i18n import translate

Number = Decimal | Fraction | int | float


@dataclass(frozen=True)
class Category:
    """A choice (or value) as tables show it."""

    name: str
    label: str
    is_missing_code: bool = False


def _percent(count: int, of: int) -> float | None:
    return 100.0 * count / of if of else None


def rounded_text(value: float | Decimal, places: int) -> str:
    """``value`` with ``places`` decimals, halves rounded up (away from zero) as SPSS, PSPP
    and Excel print them: 1 of 16 is 6.25%, printed 6.3 (``f"{6.25:.1f}"`` gives 6.2). A
    float is read by its shortest form, which for a percent made by one division (as every
    percent here is) is the exact fraction whenever that has so few digits that it could be
    a tie; never in exponent form."""
    exact = value if isinstance(value, Decimal) else Decimal(repr(value))
    if not exact.is_finite():
        return str(value)
    with localcontext() as context:
        # Enough digits for every one the number has before its point (a stored 1E+300 has
        # 301), or quantize would fail rather than round.
        context.prec = max(28, exact.adjusted() + places + 2)
        return f"{exact.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP):f}"


def share_text(count: int, of: int, places: int = 1) -> str:
    """``count`` of ``of`` as a percent with ``places`` decimals and a "%" sign, from the
    exact fraction, halves rounded up as :func:`rounded_text` rounds (1 of 2,000 is 0.05%,
    printed "0.1%"; 1 of 16 is "6.3%"); "" when ``of`` is 0."""
    if not of:
        return ""
    with localcontext() as context:
        context.prec = max(28, len(str(count)) + places + 10)
        percent = Decimal(count) * 100 / Decimal(of)
    return rounded_text(percent, places) + "%"


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
    rows, running = [], 0
    for category in everything:
        count = counts.get(category.name, 0)
        valid_percent = cumulative = None
        if not category.is_missing_code and valid:
            valid_percent = 100.0 * count / valid
            running += count
            cumulative = 100.0 * running / valid  # one division: no sum of rounded parts
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


PERCENTILE_METHOD = "HAVERAGE"
"""How quartiles and the median are found (the name SPSS and PSPP give it): the weighted
average at position (n + 1) p of the sorted answers (Hyndman and Fan's type 6), the default of
SPSS FREQUENCIES and EXAMINE. Below the first answer it is the smallest answer, past the last
the largest."""

PERCENTILE_METHOD_WORDS = (
    "Quartiles and median: weighted average at (n + 1) p, SPSS's default (HAVERAGE)."
)


def percentile_method_words() -> str:
    """:data:`PERCENTILE_METHOD_WORDS` in the interface language."""
    return translate(
        "Tables", "Quartiles and median: weighted average at (n + 1) p, SPSS's default (HAVERAGE)."
    )


def number_stats(values: Sequence[tuple[Number, int]]) -> NumberStats:
    """Descriptives from distinct ``(number, count)`` pairs (any order, equal numbers may
    repeat). Numbers may be :class:`~decimal.Decimal` (as :func:`exact_number` reads stored
    answers), int or float.

    Everything is computed exactly (Python integers and fractions), then rounded once: the
    mean and standard deviation of 10**15 + 0..9 or of integers above 2**53 are as exact as a
    float can hold them, and values a float would merge stay apart. Integral results (a
    minimum, a median of whole numbers, an exact mean) are returned as ``int`` so that
    integers above 2**53 keep every digit. Percentiles: see :data:`PERCENTILE_METHOD`.
    """
    pairs = _sorted_pairs(values)
    n = sum(c for _, c in pairs)
    if n == 0:
        return NumberStats(0, None, None, None, None, None, None, None)
    # Exact sums over a common denominator: integers, however large, lose nothing.
    scale = math.lcm(*(v.denominator for v, _ in pairs))
    total = sum(c * (v.numerator * (scale // v.denominator)) for v, c in pairs)
    squares = sum(c * (v.numerator * (scale // v.denominator)) ** 2 for v, c in pairs)
    mean = Fraction(total, n * scale)
    sd = None
    if n > 1:
        variance = Fraction(n * squares - total * total, n * (n - 1) * scale * scale)
        sd = _square_root(variance)

    return NumberStats(
        n=n,
        mean=_plain(mean),
        sd=sd,
        median=_plain(_percentile(pairs, Fraction(1, 2))),
        q1=_plain(_percentile(pairs, Fraction(1, 4))),
        q3=_plain(_percentile(pairs, Fraction(3, 4))),
        min=_plain(pairs[0][0]),
        max=_plain(pairs[-1][0]),
        method=PERCENTILE_METHOD,
    )


def _sorted_pairs(values: Sequence[tuple[Number, int]]) -> list[tuple[Fraction, int]]:
    """Distinct exact values with their counts (counts of 0 left out), smallest first."""
    merged: dict[Fraction, int] = {}
    for value, count in values:
        if count > 0:
            key = Fraction(value)
            merged[key] = merged.get(key, 0) + count
    return sorted(merged.items())


def _percentile(pairs: Sequence[tuple[Fraction, int]], p: Fraction) -> Fraction:
    """The exact ``p`` percentile (0 < p < 1) of the sorted distinct ``pairs`` by
    :data:`PERCENTILE_METHOD`; ``pairs`` must not be empty."""
    n = sum(c for _, c in pairs)
    cumulative = list(accumulate(c for _, c in pairs))

    def at(rank: int) -> Fraction:  # 1-based rank in the sorted answers, clamped to 1..n
        rank = min(max(rank, 1), n)
        return pairs[bisect.bisect_left(cumulative, rank)][0]

    position = (n + 1) * p
    low = math.floor(position)
    if low < 1:
        return at(1)
    if low >= n:
        return at(n)
    below = at(low)
    return below + (position - low) * (at(low + 1) - below)


def exact_percentile(values: Sequence[tuple[Number, int]], p: Fraction) -> Fraction:
    """The ``p`` percentile (0 < p < 1) of distinct ``(number, count)`` pairs as an exact
    fraction, unrounded; ``values`` must hold at least one count."""
    return _percentile(_sorted_pairs(values), p)


def exact_percentiles(
    values: Sequence[tuple[Number, int]], points: Sequence[Fraction]
) -> list[int | float | Decimal] | None:
    """The ``points`` percentiles (fractions between 0 and 1) of distinct ``(number, count)``
    pairs, computed exactly by :data:`PERCENTILE_METHOD` and given as :class:`NumberStats`
    gives its quartiles (the same type and digits); None when nobody answered."""
    pairs = _sorted_pairs(values)
    if not pairs:
        return None
    return [_plain(_percentile(pairs, p)) for p in points]


def _plain(value: Fraction) -> int | float | Decimal:
    """An exact number in the plainest type that keeps it: an ``int`` when whole; a ``float``
    when the float's shortest form is the exact value (1.5, 0.1) or, for a fraction no
    decimal ends (1/3), when the float holds it to well beyond the decimals printed (its last
    bit is below 10**-6) and rounds to the same printed value; else a
    :class:`~decimal.Decimal`: the exact value when its decimals end
    (4503599627370511.75, which a float would make ...512.0), otherwise rounded to 20
    significant digits and never fewer than 4 decimals, so that the whole part of a mean of
    integers beyond 2**53 is never rounded (with more digits where the tables, rounding it
    again to two decimals, would print other than the exact value's rounding)."""
    if value.denominator == 1:
        return value.numerator
    near = float(value)
    denominator = value.denominator
    for factor in (2, 5):
        while denominator % factor == 0:
            denominator //= factor
    if denominator == 1:  # the decimals end: exact as a Decimal
        with localcontext() as context:
            context.prec = 10_000
            exact = Decimal(value.numerator) / Decimal(value.denominator)
        if math.isfinite(near) and Decimal(repr(near)) == exact:
            return near
        return exact
    if math.isfinite(near) and math.ulp(near) < FLOAT_ENOUGH and _same_to_places(near, value):
        return near
    whole = len(str(abs(value.numerator) // value.denominator))
    digits = max(20, whole + 4)
    while True:  # more digits only if rounding twice (to them, then to print) would differ
        with localcontext() as context:
            context.prec = digits
            shown = Decimal(value.numerator) / Decimal(value.denominator)
        if _printed(Fraction(shown)) == _printed(value):
            return shown
        digits += 2


FLOAT_ENOUGH = 1e-6  # a float's last bit must be this small to stand for a never-ending value
PRINTED_PLACES = 2  # the decimals the plain-text tables print of a mean or quartile


def _same_to_places(near: float, value: Fraction) -> bool:
    """Whether ``near`` and the exact ``value`` print the same with :data:`PRINTED_PLACES`
    decimals (rounded half up, as the tables print)."""
    return _printed(Fraction(near)) == _printed(value)


def _printed(value: Fraction) -> int:
    """``value`` rounded to :data:`PRINTED_PLACES` decimals, halves away from zero (as
    :func:`rounded_text` prints), in units of the last decimal; exact."""
    scaled = abs(value) * 10**PRINTED_PLACES
    units = math.floor(scaled + Fraction(1, 2))
    return units if value >= 0 else -units


def _square_root(value: Fraction) -> float | Decimal:
    """The square root of an exact non-negative fraction: correctly rounded to a float
    (through decimals: ``math.sqrt(float(value))`` could lose the last digit) when the float
    holds it well beyond the decimals printed, as :func:`_plain` keeps a mean; else (an sd of
    2027153273280751897.78, which a float makes ...751872) a :class:`~decimal.Decimal`
    with every whole digit and :data:`SD_DECIMALS` decimals."""
    whole = len(str(math.isqrt(math.floor(value))))
    with localcontext() as context:
        context.prec = max(40, whole + SD_DECIMALS)
        root = (Decimal(value.numerator) / Decimal(value.denominator)).sqrt()
    near = float(root)
    if math.ulp(near) < FLOAT_ENOUGH and _same_to_places(near, Fraction(root)):
        return near
    with localcontext() as context:
        context.prec = whole + SD_DECIMALS
        return +root


SD_DECIMALS = 10  # kept of an sd no float holds: enough that printing two is never off


def bins_table(
    bins: Sequence[NumberBin], values: Sequence[tuple[float, int]], interviews: int
) -> tuple[OptionCount, ...]:
    """The user's bins as a frequency table: percent of all interviews, valid percent of the
    numbers answered, cumulative valid percent."""
    n = sum(count for _, count in values)
    rows, running = [], 0
    for number_bin in bins:
        count = sum(c for v, c in values if number_bin.contains(v))
        valid_percent = _percent(count, n)
        running += count
        rows.append(
            OptionCount(
                name=number_bin.label,
                label=number_bin.label,
                count=count,
                percent=_percent(count, interviews),
                valid_percent=valid_percent,
                cumulative_percent=_percent(running, n),
            )
        )
    return tuple(rows)


def exact_number(text: str) -> Decimal | None:
    """A stored numeric answer's exact value (the text as written, no float rounding); None
    for text that is not a finite number."""
    try:
        number = Decimal(text.strip())
    except (AttributeError, InvalidOperation):
        return None
    return number if number.is_finite() else None


def number_of(text: str) -> float | None:
    """A stored numeric answer's value; None for text that is not a finite number."""
    try:
        number = float(text)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None
