"""The written answers to a text question, for quoting in reports."""

from __future__ import annotations

from sqlalchemy import select

from duodesk.analysis.catalogue import checked_subset, load_catalogue
from duodesk.analysis.results import TextAnswer
from duodesk.analysis.subset import EVERYTHING, Subset, subset_interviews
from duodesk.storage.database import Database
from duodesk.storage.models import Answer, Interview


def open_text_answers(
    database: Database, form_id: str, question: str, subset: Subset = EVERYTHING
) -> tuple[TextAnswer, ...]:
    """Every answer given to ``question`` in ``subset``, oldest interview date first (those
    without a date last). Raises :class:`AnalysisError` for an unknown form or question."""
    with database.read_session() as session:
        catalogue = load_catalogue(session, form_id)
        catalogue.info(question)
        chosen = subset_interviews(form_id, checked_subset(catalogue, subset))
        rows = session.execute(
            select(Interview.interview_date, Interview.site, Answer.value)
            .join(Interview, Interview.id == Answer.interview_id)
            .where(
                Answer.question == question,
                Answer.status == 1,
                Answer.interview_id.in_(chosen),
            )
            .order_by(Interview.interview_date == "", Interview.interview_date, Interview.id)
        ).all()
    return tuple(TextAnswer(date or "", site or "", value or "") for date, site, value in rows)
