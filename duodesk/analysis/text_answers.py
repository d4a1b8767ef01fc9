"""The written answers to a text question, for quoting in reports."""

from __future__ import annotations

from duodesk.analysis.results import TextAnswer
from duodesk.analysis.subset import EVERYTHING, Subset
from duodesk.storage.database import Database


def open_text_answers(
    database: Database, form_id: str, question: str, subset: Subset = EVERYTHING
) -> tuple[TextAnswer, ...]:
    """Every answer given to ``question`` in ``subset``, oldest interview date first (those
    without a date last). Raises :class:`AnalysisError` for an unknown form or question."""
    raise NotImplementedError
