"""The group's list of interviewers, kept in the project."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from duodesk.i18n import translate
from duodesk.storage.models import Interview, InterviewerRecord


def list_interviewers(session: Session) -> list[str]:
    """The names offered when an interview starts, alphabetically."""
    return list(
        session.scalars(
            select(InterviewerRecord.name)
            .where(InterviewerRecord.active.is_(True))
            .order_by(func.lower(InterviewerRecord.name))
        )
    )


def add_interviewer(session: Session, name: str) -> str:
    """Add ``name`` (spaces trimmed) to the list, or offer it again if it was taken off; a name
    that differs only in capitals is the same person. Returns the name as listed.
    ValueError for an empty name."""
    name = " ".join(name.split())
    if not name:
        raise ValueError(translate("Storage", "An interviewer needs a name."))
    existing = session.scalar(
        select(InterviewerRecord).where(func.lower(InterviewerRecord.name) == name.lower())
    )
    if existing is not None:
        existing.active = True
        return existing.name
    try:
        with session.begin_nested():  # someone on another laptop may add the same name now
            session.add(InterviewerRecord(name=name))
    except IntegrityError:
        return add_interviewer(session, name)
    return name


def remove_interviewer(session: Session, name: str) -> None:
    """Stop offering ``name``; interviews already entered keep it."""
    existing = session.scalar(select(InterviewerRecord).where(InterviewerRecord.name == name))
    if existing is not None:
        existing.active = False


def known_sites(session: Session) -> list[str]:
    """Sites (drop-in centres) already used in this project."""
    return list(
        session.scalars(
            select(Interview.site).where(Interview.site != "").distinct().order_by(Interview.site)
        )
    )
