"""Corrections to finished interviews, each one recorded: who, when, question, old, new."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from duodesk.core.questionnaire import answer_key
from duodesk.core.records import AnswerRecord
from duodesk.core.roles import Permission
from duodesk.storage.access import require
from duodesk.storage.audit import record_event
from duodesk.storage.interviews import stored_answers, write_answers
from duodesk.storage.models import AnswerCorrection, Interview, InterviewStatus, utc_now


@dataclass(frozen=True)
class Correction:
    question: str  # the answer key: the question's name, or "drug[2]" in a repeat instance
    old_status: int | None
    old_value: str | None
    new_status: int
    new_value: str | None
    corrected_by: str
    corrected_at: datetime


def correct_answers(
    session: Session, interview_id: int, records: Iterable[AnswerRecord], corrected_by: str
) -> list[Correction]:
    """Store changed answers of an interview; when it is finished, record each change.

    Records equal to what is stored are ignored. Returns the corrections recorded.
    """
    interview = session.get_one(Interview, interview_id)
    # An interviewer corrects only their own interviews, whatever screen or command asks.
    require(session, Permission.ENTER_INTERVIEWS, owner=interview.interviewer or "")
    before = stored_answers(session, interview_id)
    changed = [r for r in records if before.get(r.key) != r]
    if not changed:
        return []
    write_answers(session, interview_id, changed)
    interview.updated_at = utc_now()
    if interview.status is not InterviewStatus.COMPLETE:
        return []
    now = utc_now()
    made = []
    for record in changed:
        old = before.get(record.key)
        row = AnswerCorrection(
            interview_id=interview_id,
            question=record.question,
            instance=record.instance,
            old_status=int(old.status) if old else None,
            old_value=old.value if old else None,
            new_status=int(record.status),
            new_value=record.value,
            corrected_by=corrected_by,
            corrected_at=now,
        )
        session.add(row)
        made.append(_correction(row))
    record_event(
        session,
        "answers corrected",
        actor=corrected_by,
        subject=str(interview.uuid),
        details={"questions": sorted(r.question for r in changed)},
    )
    session.flush()
    return made


def _correction(row: AnswerCorrection) -> Correction:
    return Correction(
        answer_key(row.question, row.instance),
        row.old_status,
        row.old_value,
        row.new_status,
        row.new_value,
        row.corrected_by,
        row.corrected_at,
    )


def list_corrections(session: Session, interview_id: int) -> list[Correction]:
    rows = session.scalars(
        select(AnswerCorrection)
        .where(AnswerCorrection.interview_id == interview_id)
        .order_by(AnswerCorrection.corrected_at, AnswerCorrection.id)
    )
    return [_correction(row) for row in rows]
