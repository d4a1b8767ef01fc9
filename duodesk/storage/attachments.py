"""Files attached to answers in entry: stored inside the project, one per interview and question.

The answer itself is the file's name (as ODK stores it); the bytes are kept here so that they
are encrypted with the project when it has a passphrase and never sit in a folder beside it.
They are never exported.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from duodesk.core.records import AnswerRecord, AnswerStatus, AttachedFile
from duodesk.storage.models import Attachment


def store_attachments(session: Session, interview_id: int, files: Iterable[AttachedFile]) -> None:
    for attached in files:
        session.execute(
            delete(Attachment).where(
                Attachment.interview_id == interview_id, Attachment.question == attached.question
            )
        )
        if attached.content is not None:
            session.add(
                Attachment(
                    interview_id=interview_id,
                    question=attached.question,
                    file_name=attached.file_name,
                    content=attached.content,
                )
            )
    session.flush()


def drop_unanswered(session: Session, interview_id: int, records: Iterable[AnswerRecord]) -> None:
    """Remove the files of questions that are no longer answered (left blank, or no longer
    asked): a photo must not outlive its answer."""
    gone = [r.question for r in records if r.status != AnswerStatus.ANSWERED]
    if gone:
        session.execute(
            delete(Attachment).where(
                Attachment.interview_id == interview_id, Attachment.question.in_(gone)
            )
        )


def attached_file(session: Session, interview_id: int, question: str) -> AttachedFile | None:
    row = session.execute(
        select(Attachment.file_name, Attachment.content).where(
            Attachment.interview_id == interview_id, Attachment.question == question
        )
    ).first()
    return AttachedFile(question, row[0], row[1]) if row is not None else None
