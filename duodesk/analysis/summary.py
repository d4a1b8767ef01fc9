"""The summary of a questionnaire: every question's table, computed in SQL.

Counts come from GROUP BY queries over the answers table (its index on question, status and
value covers them): the interviews are never loaded into Python one by one. Numbers' medians
and quartiles are computed from the distinct values with their counts.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from duodesk.analysis.results import NumberBin, Summary
from duodesk.analysis.subset import EVERYTHING, Subset
from duodesk.storage.database import Database


def summarize(
    database: Database,
    form_id: str,
    subset: Subset = EVERYTHING,
    *,
    questions: Collection[str] | None = None,
    frequencies: Collection[str] = (),
    bins: Mapping[str, Sequence[NumberBin]] | None = None,
    language: str | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Summary:
    """Summarize the complete interviews of ``form_id`` in ``subset``.

    - ``questions``: the names to summarize (default: every question that takes an answer,
      in form order; notes, calculations and metadata are left out).
    - ``frequencies``: integer, decimal or text questions that also get a frequency table of
      their values (select questions always have one).
    - ``bins``: per numeric question, the user's bins (see ``bins_from_cut_points``).
    - ``language``: the language of labels (default: the form's default language).
    - ``progress(fraction)`` is called now and then with 0..1; ``cancelled()`` is polled
      between queries and, when it returns True, :class:`AnalysisCancelled` is raised.

    Questions are matched across questionnaire versions by name. Raises
    :class:`AnalysisError` for an unknown questionnaire, an unknown question (in ``questions``,
    ``frequencies``, ``bins`` or a subset condition) or a condition that does not fit its
    question.
    """
    raise NotImplementedError
