"""The smallest and largest answers to number questions, with how many people gave them.

A workbook shows the smallest and largest answer only when enough people share it: one person
aged 71 in a survey of 60 is a person. In their place it shows the 5th and 95th percentiles,
computed as the quartiles are (:data:`duodesk.analysis.tables.PERCENTILE_METHOD`: SPSS's
HAVERAGE, the weighted average at position (n + 1) p, numpy's "weibull" method). With fewer
than 19 answers that position falls before the first answer and the percentile *is* the
smallest answer; with fewer than 20 (threshold + 1) answers it is a weighted average of the
first answers, which whole numbers and the quartiles let a reader solve. The workbook hides it
in both cases (see :mod:`duodesk.exports.blocks`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np
from sqlalchemy import func, select

from duodesk.analysis import Subset
from duodesk.analysis.subset import subset_interviews
from duodesk.analysis.tables import number_of
from duodesk.core.records import AnswerStatus
from duodesk.storage.database import Database
from duodesk.storage.models import Answer


@dataclass(frozen=True)
class Extremes:
    smallest: float
    smallest_count: int  # how many gave the smallest answer
    largest: float
    largest_count: int
    p5: float
    p95: float


def extremes_of(pairs: dict[float, int]) -> Extremes | None:
    """From distinct numbers and how many gave each; None when nobody answered."""
    values = sorted((v, c) for v, c in pairs.items() if c > 0)
    if not values:
        return None
    expanded = np.repeat([v for v, _ in values], [c for _, c in values])
    p5, p95 = np.percentile(expanded, [5, 95], method="weibull")
    return Extremes(values[0][0], values[0][1], values[-1][0], values[-1][1], float(p5), float(p95))


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
    numbers: dict[str, dict[float, int]] = defaultdict(lambda: defaultdict(int))
    with database.read_session() as session:
        for question, text, count in session.execute(statement):
            number = number_of(text)
            if number is not None:
                numbers[question][number] += count
    found = {name: extremes_of(pairs) for name, pairs in numbers.items()}
    return {name: value for name, value in found.items() if value is not None}
