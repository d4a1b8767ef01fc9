"""The tables of a project.

Interviews and questionnaire versions carry a UUID, which is their identity when several
laptops' projects are merged; the integer keys are local and only join tables together (they
keep the answer table and its indexes small).

Answers are stored long: one row per interview and question, with :class:`AnswerStatus` saying
whether the question was answered, applied but left blank, or did not apply. The options chosen
for a ``select_multiple`` question also get one row each in ``answer_choices``.

``instance`` tells the answers of a repeat's questions apart: ``""`` outside repeats, ``"2"``
in the second instance, ``"2.3"`` in the third instance of an inner repeat inside outer
instance 2 (see :func:`duodesk.core.questionnaire.answer_key`). A repeat's own row (its name
as ``question``) holds its number of instances.
"""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class InterviewStatus(enum.StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"


class ProjectSetting(Base):
    __tablename__ = "project_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class QuestionnaireRecord(Base):
    """A questionnaire, identified by its XLSForm ``form_id``; its content lives in versions."""

    __tablename__ = "questionnaires"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    form_id: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    versions: Mapped[list[QuestionnaireVersion]] = relationship(
        back_populates="questionnaire", order_by="QuestionnaireVersion.number"
    )


class QuestionnaireVersion(Base):
    """One fixed version of a questionnaire. Never changed once an interview uses it."""

    __tablename__ = "questionnaire_versions"
    __table_args__ = (UniqueConstraint("questionnaire_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    questionnaire_id: Mapped[int] = mapped_column(ForeignKey("questionnaires.id"))
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, 3... within the questionnaire
    version_label: Mapped[str] = mapped_column(Text, default="")  # the form's own "version"
    definition: Mapped[str] = mapped_column(Text)  # duodesk.core.serialize JSON
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    questionnaire: Mapped[QuestionnaireRecord] = relationship(back_populates="versions")


class Interview(Base):
    __tablename__ = "interviews"
    __table_args__ = (Index("ix_interviews_version_status", "version_id", "status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    version_id: Mapped[int] = mapped_column(ForeignKey("questionnaire_versions.id"))
    status: Mapped[InterviewStatus] = mapped_column(
        Enum(
            InterviewStatus,
            native_enum=False,
            length=16,
            values_callable=lambda statuses: [s.value for s in statuses],
        ),
        default=InterviewStatus.DRAFT,
    )
    site: Mapped[str] = mapped_column(Text, default="", index=True)
    interviewer: Mapped[str] = mapped_column(Text, default="")
    interview_date: Mapped[str] = mapped_column(String(10), default="", index=True)  # ISO
    started_at: Mapped[datetime] = mapped_column(default=utc_now)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    # Where a draft was left, to reopen it on the same question.
    current_question: Mapped[str] = mapped_column(Text, default="")
    # Imported interviews: the file's own key for the row, so re-importing adds nothing twice.
    source_key: Mapped[str | None] = mapped_column(String(200), unique=True, default=None)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    # The laptop (project_settings "laptop_id") the interview was entered on; None: this one.
    origin_laptop: Mapped[str | None] = mapped_column(String(32), default=None)
    # The laptop (its entry settings' "owner" id) that started the interview in the window:
    # on a shared server a draft is listed and opened only there. None: started elsewhere.
    started_by: Mapped[str | None] = mapped_column(String(32), default=None)
    # Two laptops corrected the same answer differently, or one deleted what another changed.
    had_conflict: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Answer(Base):
    __tablename__ = "answers"
    __table_args__ = (
        # Summaries group every question's answers: (question, status, value) covers them.
        Index("ix_answers_summary", "question", "status", "value"),
    )

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True
    )
    question: Mapped[str] = mapped_column(String(64), primary_key=True)
    instance: Mapped[str] = mapped_column(
        String(40), primary_key=True, default="", server_default=""
    )
    status: Mapped[int] = mapped_column(Integer)  # duodesk.core.records.AnswerStatus
    value: Mapped[str | None] = mapped_column(Text, default=None)  # duodesk.core.values text
    number: Mapped[float | None] = mapped_column(Float, default=None)  # numeric questions


class AnswerChoice(Base):
    __tablename__ = "answer_choices"
    __table_args__ = (Index("ix_answer_choices_question", "question", "choice"),)

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True
    )
    question: Mapped[str] = mapped_column(String(64), primary_key=True)
    instance: Mapped[str] = mapped_column(
        String(40), primary_key=True, default="", server_default=""
    )
    choice: Mapped[str] = mapped_column(String(200), primary_key=True)


class ParticipantCodeDigest(Base):
    """A participant code, kept only as keyed digests (see duodesk.core.participant_code).

    Slot 0 is the digest of the whole code; slot ``i`` (1, 2, ...) the digest of the code with
    its ``i``-th element left out, so that a code that differs in one element is found by an
    indexed lookup. The elements themselves are never stored.
    """

    __tablename__ = "participant_code_digests"
    __table_args__ = (Index("ix_participant_code_digests_lookup", "slot", "digest"),)

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True
    )
    slot: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))


class AnswerCorrection(Base):
    """One answer changed after its interview was finished: who, when, what it was, what it is.

    Values are the canonical answer texts (duodesk.core.values); None with the status saying
    whether the question was left blank or did not apply.
    """

    __tablename__ = "answer_corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    question: Mapped[str] = mapped_column(String(64))
    instance: Mapped[str] = mapped_column(String(40), default="", server_default="")
    old_status: Mapped[int | None] = mapped_column(Integer, default=None)
    old_value: Mapped[str | None] = mapped_column(Text, default=None)
    new_status: Mapped[int] = mapped_column(Integer)
    new_value: Mapped[str | None] = mapped_column(Text, default=None)
    corrected_by: Mapped[str] = mapped_column(Text, default="")
    corrected_at: Mapped[datetime] = mapped_column(default=utc_now)
    # Identity across laptops, and the laptop it was made on (None: this one).
    uuid: Mapped[uuid.UUID | None] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    laptop_id: Mapped[str | None] = mapped_column(String(32), default=None)


class InterviewEvent(Base):
    """An interview deleted or restored, on which laptop and when (merges need to know which
    came last: a deletion wins over an older correction and loses to a newer one)."""

    __tablename__ = "interview_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # "deleted" or "restored"
    happened_at: Mapped[datetime] = mapped_column(default=utc_now)
    laptop_id: Mapped[str | None] = mapped_column(String(32), default=None)


class DuplicateReview(Base):
    """The coordinator's decision on two interviews from different laptops whose participant
    codes match or nearly match; the pair is kept in UUID order, the later decision wins."""

    __tablename__ = "duplicate_reviews"

    first_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    second_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    decision: Mapped[str] = mapped_column(String(16))  # keep_both, same_person, not_same
    decided_by: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime] = mapped_column(default=utc_now)
    laptop_id: Mapped[str | None] = mapped_column(String(32), default=None)


class InterviewerRecord(Base):
    """A name on the group's list of interviewers (``active`` False: no longer offered)."""

    __tablename__ = "interviewers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class PersonRecord(Base):
    """Someone who signs in to the project, with their role (see :mod:`duodesk.core.roles`).

    ``secret_hash`` is a slow salted hash of their PIN (interviewers) or password
    (coordinators), never the PIN itself; ``failed_sign_ins`` counts wrong tries in a row and
    ``locked_until`` (UTC) stops further tries for a while after too many.
    """

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    secret_hash: Mapped[str] = mapped_column(Text)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class AuditRecord(Base):
    """One thing done to the project: who, when, what (never an answer or a participant code).

    Rows are only ever added (triggers refuse UPDATE and DELETE) and each carries the hash of
    the one before it, so a row changed or removed afterwards breaks the chain, which
    ``duodesk audit --verify`` reports (see :mod:`duodesk.storage.audit`).
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)  # 1, 2, 3... no gaps
    at: Mapped[str] = mapped_column(String(32))  # ISO 8601 in UTC, as hashed
    actor: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Attachment(Base):
    """A file attached to an answer in entry (a photo, a recording): its name is the answer,
    its bytes are kept here, inside the project, so that a project with a passphrase keeps
    them encrypted with everything else and they travel with the project file."""

    __tablename__ = "attachments"

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True
    )
    question: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_name: Mapped[str] = mapped_column(Text)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(default=utc_now)


class Theme(Base):
    """A theme that written answers to one text question are coded into ("Cost", "Stigma").

    ``name`` is the theme's short name, unique within the question (it names the theme in
    coding sheets and subsets, as a choice name does); ``label`` is what tables show.
    """

    __tablename__ = "themes"
    __table_args__ = (UniqueConstraint("form_id", "question", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    form_id: Mapped[str] = mapped_column(String(100))
    question: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class ThemeCoding(Base):
    """One coder's decision on one written answer: coded (with the themes in
    ``theme_codes``, possibly none yet) or not codable. ``coder`` "" is the main coding, the
    one counted in results; a named coder's coding is kept apart, to measure agreement."""

    __tablename__ = "theme_codings"

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True
    )
    question: Mapped[str] = mapped_column(String(64), primary_key=True)
    coder: Mapped[str] = mapped_column(String(200), primary_key=True)
    not_codable: Mapped[bool] = mapped_column(Boolean, default=False)
    coded_by: Mapped[str] = mapped_column(Text, default="")
    coded_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class ThemeCode(Base):
    """A theme given to a written answer by one coder (see :class:`ThemeCoding`)."""

    __tablename__ = "theme_codes"
    __table_args__ = (Index("ix_theme_codes_theme", "theme_id", "coder"),)

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True
    )
    question: Mapped[str] = mapped_column(String(64), primary_key=True)
    coder: Mapped[str] = mapped_column(String(200), primary_key=True)
    theme_id: Mapped[int] = mapped_column(
        ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True
    )


class ThemeRemoval(Base):
    """A theme that is gone: merged into another (``merged_into``, its UUID) or removed. It
    travels in transfer files so that the theme does not come back from a laptop that still
    has it; answers coded with it there get the theme it was merged into."""

    __tablename__ = "theme_removals"

    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    form_id: Mapped[str] = mapped_column(String(100))
    question: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(64))
    merged_into: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    removed_at: Mapped[datetime] = mapped_column(default=utc_now)
    laptop_id: Mapped[str | None] = mapped_column(String(32), default=None)


class CodingClearing(Base):
    """One coder's coding of one written answer was cleared (the answer is to be coded
    again), and when: a coding made earlier on another laptop does not come back, one made
    later does."""

    __tablename__ = "coding_clearings"

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True
    )
    question: Mapped[str] = mapped_column(String(64), primary_key=True)
    coder: Mapped[str] = mapped_column(String(200), primary_key=True)
    cleared_by: Mapped[str] = mapped_column(Text, default="")
    cleared_at: Mapped[datetime] = mapped_column(default=utc_now)


class PaperEntry(Base):
    """An interview typed in from a paper datasheet: the sheet's number and whether this is
    the first entry or the blind second one (the check). The first entry of a sheet counts in
    results once the differences between the two are resolved (``resolved_at``); the second
    never does, it is kept for the agreement report."""

    __tablename__ = "paper_entries"
    __table_args__ = (UniqueConstraint("form_id", "sheet_number", "entry"),)

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True
    )
    form_id: Mapped[str] = mapped_column(String(100))
    sheet_number: Mapped[str] = mapped_column(String(40))
    entry: Mapped[int] = mapped_column(Integer)  # 1: first entry, 2: the check
    entered_by: Mapped[str] = mapped_column(Text, default="")
    resolved_by: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
