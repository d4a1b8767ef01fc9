"""Interviews being entered: started, saved answer by answer, finished in one transaction.

A draft is an interview whose status is ``draft``. Every answer is written as it is given, with
the question on screen, so that a draft reopens where it was left, with every answer, after the
window was closed, the program crashed or the power went. Each function works inside the
caller's session (one per action).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select, true, update
from sqlalchemy.orm import Session

from duodesk.core.records import AnswerRecord, AnswerStatus
from duodesk.core.roles import Permission
from duodesk.core.values import AnswerError, from_text
from duodesk.storage.access import require
from duodesk.storage.audit import record_event
from duodesk.storage.changes import NOTHING, Changes
from duodesk.storage.interviews import NewInterview, add_interview, stored_answers, write_answers
from duodesk.storage.models import (
    Answer,
    Interview,
    InterviewStatus,
    PaperEntry,
    ParticipantCodeDigest,
    QuestionnaireRecord,
    QuestionnaireVersion,
    utc_now,
)
from duodesk.storage.participant_codes import kept_code_parts
from duodesk.storage.questionnaires import StoredVersion, version_by_id


class InterviewGone(LookupError):
    """The interview was deleted or purged meanwhile (for instance from another window)."""


class NotYourDraft(LookupError):
    """A draft started on another laptop of a shared server project; ``str()`` says so."""

    def __init__(self, interview_id: int) -> None:
        self.interview_id = interview_id
        super().__init__(
            "This unfinished interview was started on another laptop, so it can only be "
            "continued or discarded there. Nothing was changed."
        )


def check_draft_owner(session: Session, interview_id: int, owner: str | None) -> None:
    """Refuse a draft that ``owner`` (a laptop's id; None: no check) did not start.

    Drafts started before drafts had owners, or made otherwise than in the window, belong to
    everyone. A finished interview belongs to the project.
    """
    if owner is None:
        return
    started_by, status = session.execute(
        select(Interview.started_by, Interview.status).where(Interview.id == interview_id)
    ).one_or_none() or (None, None)
    if status is InterviewStatus.DRAFT and started_by not in (None, owner):
        raise NotYourDraft(interview_id)


@dataclass(frozen=True)
class DraftSummary:
    """One unfinished interview, as the main window lists it."""

    interview_id: int
    title: str
    interview_date: str
    site: str
    interviewer: str
    answered: int
    updated_at: datetime


@dataclass(frozen=True)
class OpenedInterview:
    """An interview loaded for entry or correction: plain values, safe across threads."""

    interview_id: int
    uuid: uuid.UUID
    version: StoredVersion
    status: InterviewStatus
    site: str
    interviewer: str
    interview_date: str
    answers: dict[str, object]  # typed answers (duodesk.core.values) of answered questions
    records: dict[str, AnswerRecord]
    current_question: str
    code_recorded: bool  # the participant code's digests are stored
    changes: Changes = NOTHING  # set by the operation that started the interview
    # A draft's questions skipped "for now" (by name, in the order skipped): listed at Finish.
    skipped_for_now: tuple[str, ...] = ()


def start_interview(session: Session, details: NewInterview) -> int:
    # An interviewer starts interviews in their own name only.
    require(session, Permission.ENTER_INTERVIEWS, owner=details.interviewer or "")
    return add_interview(session, details)


def _check_interviewer(session: Session, interview_id: int) -> None:
    """NotAllowed unless the person signed in may change this interview (their own, or any
    for a coordinator)."""
    interviewer = session.scalar(select(Interview.interviewer).where(Interview.id == interview_id))
    require(session, Permission.ENTER_INTERVIEWS, owner=interviewer or "")


def _live(session: Session, interview_id: int) -> Interview:
    interview = session.get(Interview, interview_id)
    if interview is None or interview.deleted_at is not None:
        raise InterviewGone(interview_id)
    return interview


def draft_position(question: str, skipped_for_now: Iterable[str] = ()) -> str:
    """What a draft keeps in ``Interview.current_question``: the question on screen and,
    after a line break, the questions skipped "for now", so that they travel with the draft
    (to another laptop, or on the shared server) without a column of their own. Question
    names never hold white space."""
    skipped = " ".join(skipped_for_now)
    return f"{question}\n{skipped}" if skipped else question


def read_draft_position(stored: str | None) -> tuple[str, tuple[str, ...]]:
    """The question on screen and the questions skipped for now (see draft_position)."""
    question, _, skipped = (stored or "").partition("\n")
    return question, tuple(skipped.split())


def save_draft_answers(
    session: Session,
    interview_id: int,
    records: Iterable[AnswerRecord],
    current_question: str,
    skipped_for_now: Iterable[str] = (),
) -> None:
    """Store the changed answers of a draft, the question on screen and the questions
    skipped for now (all of them: an empty list forgets those kept before)."""
    _check_interviewer(session, interview_id)
    write_answers(session, interview_id, records)
    position = draft_position(current_question, skipped_for_now)
    result = session.execute(
        update(Interview)
        .where(Interview.id == interview_id, Interview.deleted_at.is_(None))
        .values(current_question=position, updated_at=utc_now())
    )
    if result.rowcount == 0:
        raise InterviewGone(interview_id)


def finish_interview(
    session: Session, interview_id: int, records: Iterable[AnswerRecord], current_question: str
) -> None:
    """Store the final answers (only those that differ need be given) and mark the interview
    complete, in the caller's one transaction."""
    interview = _live(session, interview_id)
    _check_interviewer(session, interview_id)
    write_answers(session, interview_id, records)
    interview.status = InterviewStatus.COMPLETE
    interview.finished_at = utc_now()
    interview.current_question = current_question
    # A paper datasheet's entry was made by whoever typed it in, not the interviewer who
    # asked the questions on paper (the check entry's typist, especially, must be named).
    paper = session.get(PaperEntry, interview_id)
    typed_by = paper.entered_by if paper is not None and paper.entered_by else ""
    record_event(
        session,
        "interview finished",
        actor=typed_by or interview.interviewer,
        subject=str(interview.uuid),
        details={"interviewer": interview.interviewer} if typed_by else None,
    )


def load_interview(session: Session, interview_id: int) -> OpenedInterview:
    interview = _live(session, interview_id)
    version = version_by_id(session, interview.version_id)
    records = stored_answers(session, interview_id)
    answers: dict[str, object] = {}
    questionnaire = version.questionnaire
    repeats = {repeat.name for repeat in questionnaire.repeats()}
    for name, record in records.items():
        if record.status is not AnswerStatus.ANSWERED or record.value is None:
            continue
        if record.question in repeats:  # a repeat's number of instances
            if record.number is not None:
                answers[name] = int(record.number)
            continue
        try:
            question = questionnaire.question(record.question)
            value = from_text(question, record.value)
        except (KeyError, AnswerError):
            continue
        if value is not None:
            answers[name] = value
    code_recorded = (
        session.scalar(
            select(ParticipantCodeDigest.slot)
            .where(ParticipantCodeDigest.interview_id == interview_id)
            .limit(1)
        )
        is not None
    )
    current_question, skipped = read_draft_position(interview.current_question)
    return OpenedInterview(
        interview_id=interview.id,
        uuid=interview.uuid,
        version=version,
        status=interview.status,
        site=interview.site,
        interviewer=interview.interviewer,
        interview_date=interview.interview_date,
        answers=answers,
        records=records,
        current_question=current_question,
        code_recorded=code_recorded,
        skipped_for_now=skipped if interview.status is InterviewStatus.DRAFT else (),
    )


def list_drafts(session: Session, owner: str | None = None) -> list[DraftSummary]:
    """Unfinished interviews that are not deleted, the most recently touched first; with
    ``owner``, only those that laptop started (and those that no laptop owns)."""
    mine = (
        true()
        if owner is None
        else or_(Interview.started_by == owner, Interview.started_by.is_(None))
    )
    answered = (
        select(func.count())
        .where(Answer.interview_id == Interview.id, Answer.status == int(AnswerStatus.ANSWERED))
        .correlate(Interview)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Interview.id,
            QuestionnaireRecord.title,
            Interview.interview_date,
            Interview.site,
            Interview.interviewer,
            answered.label("answered"),
            Interview.updated_at,
        )
        .join(QuestionnaireVersion, QuestionnaireVersion.id == Interview.version_id)
        .join(QuestionnaireRecord, QuestionnaireRecord.id == QuestionnaireVersion.questionnaire_id)
        .where(Interview.status == InterviewStatus.DRAFT, Interview.deleted_at.is_(None), mine)
        .order_by(Interview.updated_at.desc())
    ).all()
    code_parts = kept_code_parts(session, [row.id for row in rows])
    return [
        DraftSummary(*row[:5], row.answered + code_parts.get(row.id, 0), row.updated_at)
        for row in rows
    ]
