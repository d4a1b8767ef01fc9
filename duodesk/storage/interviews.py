"""Writing interviews and their answers.

Every function here works inside the caller's session and transaction: one interview is saved
in one transaction, and an import of many interviews is one transaction too, so that a failure
leaves the project as it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, or_, select, tuple_
from sqlalchemy.orm import Session

from duodesk.core.records import AnswerRecord, AnswerStatus
from duodesk.storage.models import (
    Answer,
    AnswerChoice,
    Interview,
    InterviewStatus,
    utc_now,
)


@dataclass(frozen=True)
class NewInterview:
    """The details of an interview to store (answers come separately)."""

    version_id: int
    site: str = ""
    interviewer: str = ""
    interview_date: str = ""  # ISO date; "" when not known (an imported row without one)
    status: InterviewStatus = InterviewStatus.DRAFT
    uuid: uuid.UUID | None = None
    source_key: str | None = None
    started_by: str | None = None  # the laptop that started a draft in the window


def add_interview(session: Session, details: NewInterview) -> int:
    """Store a new interview and return its local id."""
    interview = Interview(
        version_id=details.version_id,
        site=details.site,
        interviewer=details.interviewer,
        interview_date=details.interview_date,
        status=details.status,
        uuid=details.uuid or uuid.uuid4(),
        source_key=details.source_key,
        started_by=details.started_by,
        finished_at=utc_now() if details.status is InterviewStatus.COMPLETE else None,
    )
    session.add(interview)
    session.flush()
    return interview.id


def write_answers(session: Session, interview_id: int, records: Iterable[AnswerRecord]) -> None:
    """Replace the stored answers of the questions in ``records`` for one interview."""
    records = list(records)
    if not records:
        return
    names = [record.question for record in records if not record.instance]
    if names:
        session.execute(
            delete(Answer).where(
                Answer.interview_id == interview_id,
                Answer.question.in_(names),
                Answer.instance == "",
            )
        )
        session.execute(
            delete(AnswerChoice).where(
                AnswerChoice.interview_id == interview_id,
                AnswerChoice.question.in_(names),
                AnswerChoice.instance == "",
            )
        )
    pairs = [(record.question, record.instance) for record in records if record.instance]
    for start in range(0, len(pairs), 400):  # under SQLite's limit on parameters
        chunk = pairs[start : start + 400]
        for table in (Answer, AnswerChoice):
            session.execute(
                delete(table).where(
                    table.interview_id == interview_id,
                    tuple_(table.question, table.instance).in_(chunk),
                )
            )
    kept = [(interview_id, record) for record in records if not record.removed]
    insert_answer_rows(session, kept)


def insert_answer_rows(session: Session, rows: Sequence[tuple[int, AnswerRecord]]) -> None:
    """Insert answers of several interviews at once (executemany); none may exist yet.

    This is the bulk path of imports, so rows go to the driver as plain tuples: one
    ``executemany`` per table, without per-row parameter processing.
    """
    answers = [
        (interview_id, record.question, int(record.status), record.value, record.number)
        for interview_id, record in rows
        if not record.instance
    ]
    choices = [
        (interview_id, record.question, choice)
        for interview_id, record in rows
        if not record.instance
        for choice in record.choices
    ]
    insert_answer_tuples(session, answers, choices)
    in_instances = [(interview_id, r) for interview_id, r in rows if r.instance]
    if in_instances:
        insert_instance_tuples(
            session,
            [
                (i, r.question, r.instance, int(r.status), r.value, r.number)
                for i, r in in_instances
            ],
            [(i, r.question, r.instance, c) for i, r in in_instances for c in r.choices],
        )


def insert_answer_tuples(
    session: Session,
    answers: Sequence[tuple[int, str, int, str | None, float | None]],
    choices: Sequence[tuple[int, str, str]],
) -> None:
    """:func:`insert_answer_rows` for rows already laid out as the tables' columns:
    (interview_id, question, status, value, number) and (interview_id, question, choice)."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        _copy_rows(connection, Answer.__tablename__, _ANSWER_COLUMNS, answers)
        _copy_rows(connection, AnswerChoice.__tablename__, _CHOICE_COLUMNS, choices)
        return
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    if answers:
        connection.exec_driver_sql(
            f"INSERT INTO {Answer.__tablename__} ({', '.join(_ANSWER_COLUMNS)})"
            f" VALUES ({', '.join([mark] * 5)})",
            answers,
        )
    if choices:
        connection.exec_driver_sql(
            f"INSERT INTO {AnswerChoice.__tablename__} ({', '.join(_CHOICE_COLUMNS)})"
            f" VALUES ({', '.join([mark] * 3)})",
            choices,
        )


_ANSWER_COLUMNS = ("interview_id", "question", "status", "value", "number")
_CHOICE_COLUMNS = ("interview_id", "question", "choice")


def insert_instance_tuples(
    session: Session,
    answers: Sequence[tuple[int, str, str, int, str | None, float | None]],
    choices: Sequence[tuple[int, str, str, str]],
) -> None:
    """:func:`insert_answer_tuples` for answers in repeat instances: (interview_id, question,
    instance, status, value, number) and (interview_id, question, instance, choice). Kept
    apart so that the bulk path of forms without repeats stays as it was."""
    if answers:
        session.execute(
            Answer.__table__.insert(),
            [
                dict(
                    zip(
                        ("interview_id", "question", "instance", "status", "value", "number"),
                        row,
                        strict=True,
                    )
                )
                for row in answers
            ],
        )
    if choices:
        session.execute(
            AnswerChoice.__table__.insert(),
            [
                dict(zip(("interview_id", "question", "instance", "choice"), row, strict=True))
                for row in choices
            ],
        )


def _copy_rows(connection, table: str, columns: Sequence[str], rows: Sequence[tuple]) -> None:
    """Send ``rows`` to a PostgreSQL table with ``COPY``, in the session's transaction: far
    faster than one ``INSERT`` per row (psycopg's ``executemany``) for a large import."""
    if not rows:
        return
    driver = connection.connection.driver_connection  # psycopg's, in the same transaction
    statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)


def complete_interview(session: Session, interview_id: int) -> None:
    interview = session.get_one(Interview, interview_id)
    interview.status = InterviewStatus.COMPLETE
    interview.finished_at = utc_now()


def existing_interviews(
    session: Session, uuids: Iterable[uuid.UUID], keys: Iterable[str]
) -> dict[uuid.UUID | str, int]:
    """The interviews already stored with one of ``uuids`` or source ``keys``: each uuid and
    key found -> the interview's id."""
    uuids, keys = list(uuids), list(keys)
    found: dict[uuid.UUID | str, int] = {}
    for start in range(0, max(len(uuids), len(keys)), 400):  # under SQLite's parameter limit
        condition = or_(
            Interview.uuid.in_(uuids[start : start + 400]),
            Interview.source_key.in_(keys[start : start + 400]),
        )
        query = select(Interview.id, Interview.uuid, Interview.source_key).where(condition)
        for interview_id, interview_uuid, source_key in session.execute(query):
            found[interview_uuid] = interview_id
            if source_key is not None:
                found[source_key] = interview_id
    return found


def stored_answers(session: Session, interview_id: int) -> dict[str, AnswerRecord]:
    """The answers of one interview as records, by answer key (the question's name outside
    repeats, ``name[2]`` in a repeat's second instance)."""
    chosen: dict[tuple[str, str], list[str]] = {}
    for question, instance, choice in session.execute(
        select(AnswerChoice.question, AnswerChoice.instance, AnswerChoice.choice).where(
            AnswerChoice.interview_id == interview_id
        )
    ):
        chosen.setdefault((question, instance), []).append(choice)
    records = (
        AnswerRecord(
            row.question,
            AnswerStatus(row.status),
            row.value,
            row.number,
            tuple(chosen.get((row.question, row.instance), ())),
            row.instance,
        )
        for row in session.scalars(select(Answer).where(Answer.interview_id == interview_id))
    )
    return {record.key: record for record in records}
