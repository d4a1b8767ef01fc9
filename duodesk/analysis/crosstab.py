"""Crosstabs of two questions: counts, percents, chi-square and Fisher's exact test."""

from __future__ import annotations

from duodesk.analysis.results import Crosstab
from duodesk.analysis.subset import EVERYTHING, Subset
from duodesk.storage.database import Database


def crosstab(
    database: Database,
    form_id: str,
    row_question: str,
    column_question: str,
    subset: Subset = EVERYTHING,
    *,
    language: str | None = None,
) -> Crosstab:
    """``row_question`` x ``column_question`` over the interviews of ``subset`` that gave a
    valid answer to both (declared missing codes are left out, as PSPP does).

    Either question may be select_one, integer, text or any single-valued type (its distinct
    values become the categories); select_multiple is refused. Chi-square is Pearson's
    (scipy), Fisher's exact test (two-sided) is added for 2x2 tables, and ``warning`` says
    when more than a fifth of the expected counts, or any, are under 5. Raises
    :class:`AnalysisError` with a plain message for an unknown form or question.
    """
    raise NotImplementedError
