"""The list of interviews: counted, then read a window of rows at a time.

A project may hold 100,000 interviews, so the list is never read whole: the screen asks for the
count, then for rows ``offset .. offset + limit`` as they scroll into view.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, delete, func, or_, select, update
from sqlalchemy.orm import Session

from duodesk.core.records import AnswerStatus
from duodesk.core.roles import Permission
from duodesk.i18n import translate
from duodesk.storage.access import require
from duodesk.storage.audit import record_event
from duodesk.storage.models import (
    Answer,
    Interview,
    InterviewEvent,
    InterviewStatus,
    QuestionnaireRecord,
    QuestionnaireVersion,
    utc_now,
)
from duodesk.storage.participant_codes import kept_code_parts


class StatusFilter(enum.StrEnum):
    ALL = "all"
    COMPLETE = "complete"
    UNFINISHED = "unfinished"
    DELETED = "deleted"


@dataclass(frozen=True)
class InterviewFilter:
    """What the list shows. ``text`` is looked for in the site and the interviewer's name."""

    form_id: str | None = None
    text: str = ""
    status: StatusFilter = StatusFilter.ALL
    interviewer: str | None = None  # only this interviewer's (a signed-in interviewer's list)
    # On a shared server: this laptop's id; other laptops' unfinished interviews are left out.
    draft_owner: str | None = None


@dataclass(frozen=True)
class InterviewRow:
    interview_id: int
    uuid: uuid.UUID
    title: str
    interview_date: str
    site: str
    interviewer: str
    status: InterviewStatus
    answered: int
    deleted_at: datetime | None
    started_at: datetime | None = None  # when it was started on the laptop (UTC)
    had_conflict: bool = False  # two laptops changed it differently (see storage.merge)
    paper: str = ""  # typed from a paper datasheet: which, and its state (storage.double_entry)


def _filtered(query: Select, where: InterviewFilter) -> Select:
    if where.form_id is not None:
        query = query.where(QuestionnaireRecord.form_id == where.form_id)
    if where.interviewer is not None:
        query = query.where(Interview.interviewer == where.interviewer)
    if where.draft_owner is not None:
        query = query.where(
            or_(
                Interview.status != InterviewStatus.DRAFT,
                Interview.started_by.is_(None),
                Interview.started_by == where.draft_owner,
            )
        )
    if where.status is StatusFilter.DELETED:
        query = query.where(Interview.deleted_at.is_not(None))
    else:
        query = query.where(Interview.deleted_at.is_(None))
    if where.status is StatusFilter.COMPLETE:
        query = query.where(Interview.status == InterviewStatus.COMPLETE)
    elif where.status is StatusFilter.UNFINISHED:
        query = query.where(Interview.status == InterviewStatus.DRAFT)
    text = where.text.strip()
    if text:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(
            or_(
                Interview.site.ilike(pattern, escape="\\"),
                Interview.interviewer.ilike(pattern, escape="\\"),
                Interview.interview_date.like(pattern, escape="\\"),
            )
        )
    return query


def _joined(query: Select, where: InterviewFilter) -> Select:
    if where.form_id is None:
        return query
    return query.join(QuestionnaireVersion, QuestionnaireVersion.id == Interview.version_id).join(
        QuestionnaireRecord, QuestionnaireRecord.id == QuestionnaireVersion.questionnaire_id
    )


def count_interviews(session: Session, where: InterviewFilter) -> int:
    query = _joined(select(func.count()).select_from(Interview), where)
    return session.scalar(_filtered(query, where)) or 0


def interview_rows(
    session: Session, where: InterviewFilter, offset: int, limit: int
) -> list[InterviewRow]:
    """Rows ``offset`` to ``offset + limit``, newest interview date first."""
    ids = _filtered(_joined(select(Interview.id).select_from(Interview), where), where)
    ids = ids.order_by(Interview.interview_date.desc(), Interview.id.desc())
    page = [row for row in session.scalars(ids.offset(offset).limit(limit))]
    if not page:
        return []
    answered = dict(
        session.execute(
            select(Answer.interview_id, func.count())
            .where(Answer.interview_id.in_(page), Answer.status == int(AnswerStatus.ANSWERED))
            .group_by(Answer.interview_id)
        ).all()
    )
    details = {
        row.id: row
        for row in session.execute(
            select(
                Interview.id,
                Interview.uuid,
                QuestionnaireRecord.title,
                Interview.interview_date,
                Interview.site,
                Interview.interviewer,
                Interview.status,
                Interview.deleted_at,
                Interview.started_at,
                Interview.finished_at,
                Interview.source_key,
                Interview.had_conflict,
            )
            .join(QuestionnaireVersion, QuestionnaireVersion.id == Interview.version_id)
            .join(
                QuestionnaireRecord,
                QuestionnaireRecord.id == QuestionnaireVersion.questionnaire_id,
            )
            .where(Interview.id.in_(page))
        )
    }
    from duodesk.storage.double_entry import paper_states

    for interview_id, parts in kept_code_parts(session, page).items():
        answered[interview_id] = answered.get(interview_id, 0) + parts

    paper = paper_states(session, page)
    return [
        InterviewRow(
            interview_id=i,
            uuid=details[i].uuid,
            title=details[i].title,
            interview_date=details[i].interview_date,
            site=details[i].site,
            interviewer=details[i].interviewer,
            status=details[i].status,
            answered=answered.get(i, 0),
            deleted_at=details[i].deleted_at,
            started_at=_entered_at(details[i]),
            had_conflict=bool(details[i].had_conflict),
            paper=paper.get(i, ""),
        )
        for i in page
    ]


def _entered_at(row) -> datetime | None:
    """When the interview was started in DuoDesk; None for one read from a data file (its
    start is not known: the time it was read in would pass for the interview's)."""
    if row.source_key is not None or row.started_at == row.finished_at:
        return None
    return row.started_at


def delete_interviews(session: Session, interview_ids: list[int], by: str | None = None) -> None:
    """Move interviews to the deleted list; they can be restored until purged."""
    _move_to_deleted(session, interview_ids, "interviews deleted", by)


def _move_to_deleted(
    session: Session, interview_ids: list[int], action: str, by: str | None
) -> None:
    """Mark the interviews not deleted yet as deleted now, noted as ``action`` in the audit
    trail and as "deleted" events for merges."""
    now = utc_now()
    doomed = list(
        session.scalars(
            select(Interview.id).where(
                Interview.id.in_(interview_ids), Interview.deleted_at.is_(None)
            )
        )
    )
    _record(session, action, doomed, by)
    session.execute(update(Interview).where(Interview.id.in_(doomed)).values(deleted_at=now))
    _record_events(session, doomed, "deleted", now)


def discard_drafts(session: Session, interview_ids: list[int], by: str | None = None) -> None:
    """Move unfinished interviews to the deleted list, as their own interviewer may (deleting
    finished ones, or other people's, is a coordinator's: see :func:`delete_interviews`)."""
    rows = session.execute(
        select(Interview.status, Interview.interviewer).where(Interview.id.in_(interview_ids))
    ).all()
    for status, interviewer in rows:
        if status is InterviewStatus.COMPLETE:
            raise ValueError(
                translate(
                    "Storage", "Only an unfinished interview can be discarded; nothing was changed."
                )
            )
        require(session, Permission.ENTER_INTERVIEWS, owner=interviewer or "")
    _move_to_deleted(session, interview_ids, "unfinished interviews discarded", by)


def restore_interviews(session: Session, interview_ids: list[int], by: str | None = None) -> None:
    now = utc_now()
    restored = list(
        session.scalars(
            select(Interview.id).where(
                Interview.id.in_(interview_ids), Interview.deleted_at.is_not(None)
            )
        )
    )
    _record(session, "interviews restored", restored, by)
    session.execute(update(Interview).where(Interview.id.in_(restored)).values(deleted_at=None))
    _record_events(session, restored, "restored", now)


def _record_events(session: Session, interview_ids: list[int], kind: str, now) -> None:
    """Deletions and restorations are kept, so that merging laptops can tell which came last."""
    session.add_all(
        InterviewEvent(interview_id=i, kind=kind, happened_at=now) for i in interview_ids
    )
    session.flush()


def has_deleted(session: Session) -> bool:
    """Whether any interview waits in the deleted list (to be restored or purged)."""
    return (
        session.scalar(select(Interview.id).where(Interview.deleted_at.is_not(None)).limit(1))
        is not None
    )


def purge_deleted(session: Session, by: str | None = None) -> int:
    """Remove deleted interviews for good, with their answers; returns how many. Only a
    coordinator may, even when nothing is deleted."""
    require(session, Permission.DELETE_INTERVIEWS)
    doomed = list(session.scalars(select(Interview.id).where(Interview.deleted_at.is_not(None))))
    _record(session, "deleted interviews purged", doomed, by)
    for start in range(0, len(doomed), 500):
        chunk = doomed[start : start + 500]
        session.execute(delete(Interview).where(Interview.id.in_(chunk)))
    return len(doomed)


def _record(session: Session, action: str, interview_ids: list[int], by: str | None) -> None:
    uuids = session.scalars(select(Interview.uuid).where(Interview.id.in_(interview_ids)))
    identities = sorted(str(u) for u in uuids)
    if identities:
        record_event(
            session, action, actor=by, details={"count": len(identities), "interviews": identities}
        )
