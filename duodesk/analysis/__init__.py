"""Summaries computed in SQL: frequencies, multiple response, descriptives, Likert grids,
crosstabs, over any subset of the complete interviews. No Qt here.

Everything a caller needs is importable from this package::

    from duodesk.analysis import Subset, Condition, summarize, crosstab

Long computations take ``progress(fraction)`` and ``cancelled()`` callables; results are
frozen dataclasses (see :mod:`duodesk.analysis.results`), safe to send to another thread.
"""

from duodesk.analysis.crosstab import crosstab
from duodesk.analysis.report import (
    crosstab_to_json,
    crosstab_to_text,
    json_text,
    summary_to_json,
    summary_to_text,
)
from duodesk.analysis.results import (
    AnalysisCancelled,
    AnalysisError,
    Combination,
    Crosstab,
    CrosstabCell,
    GridRow,
    GridTable,
    NumberBin,
    NumberStats,
    OptionCount,
    QuestionSummary,
    ScalePoint,
    Summary,
    TextAnswer,
    bins_from_cut_points,
)
from duodesk.analysis.subset import EVERYTHING, Condition, ConditionError, Subset
from duodesk.analysis.summary import summarize
from duodesk.analysis.text_answers import open_text_answers

__all__ = [
    "EVERYTHING",
    "AnalysisCancelled",
    "AnalysisError",
    "Combination",
    "Condition",
    "ConditionError",
    "Crosstab",
    "CrosstabCell",
    "GridRow",
    "GridTable",
    "NumberBin",
    "NumberStats",
    "OptionCount",
    "QuestionSummary",
    "ScalePoint",
    "Subset",
    "Summary",
    "TextAnswer",
    "bins_from_cut_points",
    "crosstab",
    "crosstab_to_json",
    "crosstab_to_text",
    "json_text",
    "open_text_answers",
    "summarize",
    "summary_to_json",
    "summary_to_text",
]
