"""The smallest and largest answers to number questions, with how many people gave them.

A workbook shows the smallest and largest answer only when enough people share it: one person
aged 71 in a survey of 60 is a person. In their place it shows the 5th and 95th percentiles,
computed as the quartiles are (:data:`duodesk.analysis.tables.PERCENTILE_METHOD`: SPSS's
HAVERAGE, the weighted average at position (n + 1) p), exactly and with the same digits as the
summary's quartiles: a float percentile would show 12.200000000000001, and a largest answer of
2**53 + 1 would lose its last digit. With fewer
than 19 answers that position falls before the first answer and the percentile *is* the
smallest answer; with fewer than 20 (threshold + 1) answers it is a weighted average of the
first answers, which whole numbers and the quartiles let a reader solve. The workbook hides it
in both cases (see :mod:`duodesk.exports.blocks`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import func, select

from duodesk.analysis import Subset
from duodesk.analysis.subset import subset_interviews
from duodesk.analysis.tables import exact_number, exact_percentiles
from duodesk.core.records import AnswerStatus
from duodesk.storage.database import Database
from duodesk.storage.models import Answer

Exact = int | float | Decimal  # as NumberStats gives its values


@dataclass(frozen=True)
class Extremes:
    smallest: Exact
    smallest_count: int  # how many gave the smallest answer
    largest: Exact
    largest_count: int
    p5: Exact
    p95: Exact
    # every distinct answer with how many gave it, smallest first (see
    # duodesk.exports.moments: whether the statistics would give a count away)
    answers: tuple[tuple[Fraction, int], ...] = ()


def extremes_of(pairs: dict[Decimal, int]) -> Extremes | None:
    """From distinct exact numbers and how many gave each; None when nobody answered."""
    found = exact_percentiles(
        list(pairs.items()), (Fraction(0), Fraction(1), Fraction(5, 100), Fraction(95, 100))
    )
    if found is None:
        return None
    smallest, largest, p5, p95 = found
    counts: dict[Fraction, int] = defaultdict(int)  # 1.0 and 1.00 are the same answer
    for value, count in pairs.items():
        if count > 0:
            counts[Fraction(value)] += count
    return Extremes(
        smallest,
        counts[min(counts)],
        largest,
        counts[max(counts)],
        p5,
        p95,
        tuple(sorted(counts.items())),
    )


def number_extremes(
    database: Database, form_id: str, subset: Subset, names: Collection[str]
) -> dict[str, Extremes]:
    """Per number question in ``names``, over the complete interviews of ``subset`` (a
    checked subset, its conditions in stored choice names)."""
    if not names:
        return {}
    chosen = subset_interviews(form_id, subset).subquery()
    statement = (
        select(Answer.question, Answer.value, func.count())
        .where(
            Answer.interview_id.in_(select(chosen.c.id)),
            Answer.question.in_(list(names)),
            Answer.status == int(AnswerStatus.ANSWERED),
        )
        .group_by(Answer.question, Answer.value)
    )
    numbers: dict[str, dict[Decimal, int]] = defaultdict(lambda: defaultdict(int))
    with database.read_session() as session:
        for question, text, count in session.execute(statement):
            number = exact_number(text)
            if number is not None:
                numbers[question][number] += count
    found = {name: extremes_of(pairs) for name, pairs in numbers.items()}
    return {name: value for name, value in found.items() if value is not None}
