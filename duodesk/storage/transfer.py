"""What a project sends to its team: its questionnaires, interviews and decisions as records.

:func:`project_records` reads a project into the plain records that a transfer file carries
(see :mod:`duodesk.core.transfer_file`) and that :mod:`duodesk.storage.merge` reads into another
project; :func:`export_transfer` and :func:`import_transfer` put them in, and take them from, an
encrypted file; :func:`sync_with_server` sends them straight to a team's PostgreSQL project.

Records, in the order they come:

- ``team``: the sender's laptop id and the team's participant-code key;
- ``version``: one per questionnaire version, with its stored definition;
- ``interview``: one per complete interview (deleted ones too, so that deletions travel), with
  its answers, corrections, deletions and restorations, and participant-code digests;
- ``review``: the decisions on possible duplicates across sites;
- ``theme_removed``: one per theme merged into another or removed (its UUID, question, short
  name, the UUID of the theme it was merged into or None, when, on which laptop), so that
  the theme does not come back from a laptop that still has it;
- ``theme``: one per theme that written answers are coded into (its UUID, question, short
  name, label, description, and when its words last changed);
- ``coding``: one per coder's decision on one written answer of an interview in the file
  (interview UUID, question, coder, not codable, who and when, the themes' UUIDs);
- ``coding_cleared``: one per coder's coding of an answer cleared (to be coded again) on an
  interview in the file (interview UUID, question, coder, who, when);
- ``end``: how many interviews came before, so that a file cut short between two records is
  refused too.

Drafts stay on their laptop.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duodesk.core.questionnaire import answer_key
from duodesk.core.roles import Permission
from duodesk.core.transfer_file import TransferWriter, read_records
from duodesk.i18n import translate
from duodesk.storage.access import require_in
from duodesk.storage.audit import record_event
from duodesk.storage.database import Database
from duodesk.storage.double_entry import counted_paper_entries
from duodesk.storage.models import (
    Answer,
    AnswerChoice,
    AnswerCorrection,
    CodingClearing,
    DuplicateReview,
    Interview,
    InterviewEvent,
    InterviewStatus,
    ParticipantCodeDigest,
    QuestionnaireRecord,
    QuestionnaireVersion,
    Theme,
    ThemeCode,
    ThemeCoding,
    ThemeRemoval,
)
from duodesk.storage.participant_codes import CODE_DIGESTS, project_key
from duodesk.storage.team import laptop_id, stamp
from duodesk.storage.themes import theme_edited_at

BATCH = 500
Record = dict[str, Any]
_LOCAL_NAMESPACE = uuid.UUID("6f1d8f50-5a55-4c61-9a5e-2c0a3f1b7d11")


class TransferCancelled(Exception):
    """The person stopped the transfer; nothing was written or changed."""


@dataclass(frozen=True)
class ExportReport:
    path: Path
    questionnaires: tuple[str, ...]
    versions: int
    interviews: int

    def describe(self) -> str:
        forms = ", ".join(self.questionnaires) or translate("Transfer", "no questionnaire")
        return translate(
            "Transfer",
            "{file} was written: {interviews} interview(s) and {versions} questionnaire "
            "version(s) ({forms}), locked with the team passphrase.",
        ).format(
            file=self.path.name, interviews=self.interviews, versions=self.versions, forms=forms
        )


def synthetic_uuid(*parts: object) -> uuid.UUID:
    """A stable identity for a row made before rows had one (same on every export)."""
    return uuid.uuid5(_LOCAL_NAMESPACE, "/".join(str(p) for p in parts))


def project_records(
    session: Session,
    form_id: str | None = None,
    *,
    interviews: bool = True,
    counted: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[Record]:
    """The project (or one questionnaire of it) as transfer records; see the module docstring.

    ``counted`` is told how many interviews were read so far. Makes the laptop id and the
    participant-code key if the project has none yet (so the session must be able to write).
    """
    me = laptop_id(session)
    total = _complete_interviews(session, form_id) if interviews else 0
    # How many interviews follow, so that the reader can show its progress.
    yield {
        "t": "team",
        "laptop": me,
        "key": project_key(session).hex(),
        "codes": CODE_DIGESTS,
        "interviews": total,
    }
    forms = select(QuestionnaireRecord.id, QuestionnaireRecord.form_id, QuestionnaireRecord.title)
    if form_id is not None:
        forms = forms.where(QuestionnaireRecord.form_id == form_id)
    form_rows = session.execute(forms.order_by(QuestionnaireRecord.id)).all()
    version_ids: list[int] = []
    version_uuid: dict[int, str] = {}
    for questionnaire_id, form, title in form_rows:
        for version in session.scalars(
            select(QuestionnaireVersion)
            .where(QuestionnaireVersion.questionnaire_id == questionnaire_id)
            .order_by(QuestionnaireVersion.number)
        ):
            version_ids.append(version.id)
            version_uuid[version.id] = str(version.uuid)
            yield {
                "t": "version",
                "form_id": form,
                "title": title,
                "uuid": str(version.uuid),
                "number": version.number,
                "label": version.version_label,
                "definition": version.definition,
                "fingerprint": version.fingerprint,
                "created_at": stamp(version.created_at),
            }
    sent = 0
    if interviews and version_ids:
        last_id = 0
        while True:
            if cancelled is not None and cancelled():
                raise TransferCancelled()
            rows = session.scalars(
                select(Interview)
                .where(
                    Interview.id > last_id,
                    Interview.version_id.in_(version_ids),
                    Interview.status == InterviewStatus.COMPLETE,
                    # A paper datasheet travels once resolved, as its first entry only.
                    counted_paper_entries(resolved_only=True),
                )
                .order_by(Interview.id)
                .limit(BATCH)
            ).all()
            if not rows:
                break
            last_id = rows[-1].id
            yield from _interview_records(session, rows, version_uuid, me)
            sent += len(rows)
            if counted is not None:
                counted(sent)
            session.expunge_all()
    for review in session.scalars(select(DuplicateReview)):
        yield {
            "t": "review",
            "first": str(review.first_uuid),
            "second": str(review.second_uuid),
            "decision": review.decision,
            "by": review.decided_by,
            "at": stamp(review.decided_at),
            "laptop": review.laptop_id or me,
        }
    # Removals first: a reader then knows, for every theme that follows, whether it is gone.
    yield from _removal_records(session, form_rows)
    yield from _theme_records(session, form_rows)
    if interviews and version_ids:
        yield from _coding_records(session, version_ids)
        yield from _clearing_records(session, version_ids)
    yield {"t": "end", "interviews": sent}


def _theme_records(session: Session, form_rows) -> Iterator[Record]:
    forms = [form for _, form, _ in form_rows]
    for theme in session.scalars(select(Theme).where(Theme.form_id.in_(forms)).order_by(Theme.id)):
        yield {
            "t": "theme",
            "uuid": str(theme.uuid),
            "form_id": theme.form_id,
            "question": theme.question,
            "name": theme.name,
            "label": theme.label,
            "description": theme.description,
            "position": theme.position,
            "created_at": stamp(theme.created_at),
            "edited_at": theme_edited_at(session, theme),
        }


def _removal_records(session: Session, form_rows) -> Iterator[Record]:
    forms = [form for _, form, _ in form_rows]
    me = laptop_id(session)
    for removal in session.scalars(
        select(ThemeRemoval)
        .where(ThemeRemoval.form_id.in_(forms))
        .order_by(ThemeRemoval.removed_at, ThemeRemoval.uuid)
    ):
        yield {
            "t": "theme_removed",
            "uuid": str(removal.uuid),
            "form_id": removal.form_id,
            "question": removal.question,
            "name": removal.name,
            "merged_into": None if removal.merged_into is None else str(removal.merged_into),
            "at": stamp(removal.removed_at),
            "laptop": removal.laptop_id or me,
        }


def _sent_interviews(version_ids: list[int]):
    return (
        select(Interview.id)
        .where(
            Interview.version_id.in_(version_ids),
            Interview.status == InterviewStatus.COMPLETE,
            counted_paper_entries(resolved_only=True),
        )
        .scalar_subquery()
    )


def _clearing_records(session: Session, version_ids: list[int]) -> Iterator[Record]:
    for clearing, interview_uuid in session.execute(
        select(CodingClearing, Interview.uuid)
        .join(Interview, Interview.id == CodingClearing.interview_id)
        .where(CodingClearing.interview_id.in_(_sent_interviews(version_ids)))
        .order_by(CodingClearing.interview_id, CodingClearing.question, CodingClearing.coder)
    ):
        yield {
            "t": "coding_cleared",
            "interview": str(interview_uuid),
            "question": clearing.question,
            "coder": clearing.coder,
            "by": clearing.cleared_by,
            "at": stamp(clearing.cleared_at),
        }


def _coding_records(session: Session, version_ids: list[int]) -> Iterator[Record]:
    """The coding of the written answers of the interviews the file carries."""
    sent = _sent_interviews(version_ids)
    theme_uuid = {i: str(u) for i, u in session.execute(select(Theme.id, Theme.uuid))}
    given: dict[tuple[int, str, str], list[str]] = {}
    for interview_id, question, coder, theme_id in session.execute(
        select(ThemeCode.interview_id, ThemeCode.question, ThemeCode.coder, ThemeCode.theme_id)
        .where(ThemeCode.interview_id.in_(sent))
        .order_by(ThemeCode.interview_id, ThemeCode.question, ThemeCode.coder)
    ):
        given.setdefault((interview_id, question, coder), []).append(theme_uuid[theme_id])
    for coding, interview_uuid in session.execute(
        select(ThemeCoding, Interview.uuid)
        .join(Interview, Interview.id == ThemeCoding.interview_id)
        .where(ThemeCoding.interview_id.in_(sent))
        .order_by(ThemeCoding.interview_id, ThemeCoding.question, ThemeCoding.coder)
    ):
        key = (coding.interview_id, coding.question, coding.coder)
        yield {
            "t": "coding",
            "interview": str(interview_uuid),
            "question": coding.question,
            "coder": coding.coder,
            "not_codable": bool(coding.not_codable),
            "by": coding.coded_by,
            "at": stamp(coding.coded_at),
            "themes": sorted(given.get(key, [])),
        }


def _interview_records(
    session: Session, rows: list[Interview], version_uuid: dict[int, str], me: str
) -> Iterator[Record]:
    ids = [row.id for row in rows]
    answers: dict[int, list[list[Any]]] = {i: [] for i in ids}
    chosen: dict[tuple[int, str], list[str]] = {}
    # An answer in a repeat instance travels under its answer key ("dose[2]"), so files and
    # programs that know no instances read the rows outside repeats as before.
    for interview_id, question, instance, choice in session.execute(
        select(
            AnswerChoice.interview_id,
            AnswerChoice.question,
            AnswerChoice.instance,
            AnswerChoice.choice,
        )
        .where(AnswerChoice.interview_id.in_(ids))
        .order_by(AnswerChoice.interview_id, AnswerChoice.question, AnswerChoice.choice)
    ):
        chosen.setdefault((interview_id, answer_key(question, instance)), []).append(choice)
    for interview_id, question, instance, status, value, number in session.execute(
        select(
            Answer.interview_id,
            Answer.question,
            Answer.instance,
            Answer.status,
            Answer.value,
            Answer.number,
        )
        .where(Answer.interview_id.in_(ids))
        .order_by(Answer.interview_id, Answer.question, Answer.instance)
    ):
        key = answer_key(question, instance)
        answers[interview_id].append(
            [key, status, value, number, chosen.get((interview_id, key), [])]
        )
    by_uuid = {row.id: str(row.uuid) for row in rows}
    corrections = local_corrections(session, ids, by_uuid, me)
    events = local_events(session, rows, me)
    codes: dict[int, list[list[Any]]] = {}
    for interview_id, slot, digest in session.execute(
        select(
            ParticipantCodeDigest.interview_id,
            ParticipantCodeDigest.slot,
            ParticipantCodeDigest.digest,
        )
        .where(ParticipantCodeDigest.interview_id.in_(ids))
        .order_by(ParticipantCodeDigest.interview_id, ParticipantCodeDigest.slot)
    ):
        codes.setdefault(interview_id, []).append([slot, digest])
    for row in rows:
        yield {
            "t": "interview",
            "uuid": by_uuid[row.id],
            "version": version_uuid[row.version_id],
            "site": row.site,
            "interviewer": row.interviewer,
            "date": row.interview_date,
            "started": stamp(row.started_at),
            "finished": stamp(row.finished_at),
            "source_key": row.source_key,
            "origin": row.origin_laptop or me,
            "answers": answers[row.id],
            "corrections": [c.as_list() for c in corrections.get(row.id, [])],
            "events": [e.as_list() for e in events.get(row.id, [])],
            "codes": codes.get(row.id, []),
        }


@dataclass(frozen=True)
class CorrectionEntry:
    """One correction as merges compare them; ``laptop`` is never None here."""

    uuid: str
    question: str
    old_status: int | None
    old_value: str | None
    new_status: int
    new_value: str | None
    by: str
    at: str  # stamp()
    laptop: str

    def as_list(self) -> list[Any]:
        return [
            self.uuid,
            self.question,
            self.old_status,
            self.old_value,
            self.new_status,
            self.new_value,
            self.by,
            self.at,
            self.laptop,
        ]

    @property
    def order(self) -> tuple[str, str, str]:
        """Later corrections sort last: by time, then laptop id, then identity."""
        return (self.at, self.laptop, self.uuid)


@dataclass(frozen=True)
class EventEntry:
    uuid: str
    kind: str  # "deleted" or "restored"
    at: str  # stamp()
    laptop: str

    def as_list(self) -> list[Any]:
        return [self.uuid, self.kind, self.at, self.laptop]


def local_corrections(
    session: Session, ids: list[int], by_uuid: dict[int, str], me: str
) -> dict[int, list[CorrectionEntry]]:
    """The corrections stored for the interviews ``ids``, by interview id, oldest first."""
    found: dict[int, list[CorrectionEntry]] = {}
    for row in session.scalars(
        select(AnswerCorrection)
        .where(AnswerCorrection.interview_id.in_(ids))
        .order_by(AnswerCorrection.interview_id, AnswerCorrection.corrected_at, AnswerCorrection.id)
    ):
        at = stamp(row.corrected_at) or ""
        identity = row.uuid or synthetic_uuid(by_uuid[row.interview_id], "correction", row.id, at)
        found.setdefault(row.interview_id, []).append(
            CorrectionEntry(
                str(identity),
                answer_key(row.question, row.instance),
                row.old_status,
                row.old_value,
                row.new_status,
                row.new_value,
                row.corrected_by,
                at,
                row.laptop_id or me,
            )
        )
    return found


def local_events(session: Session, rows: list[Interview], me: str) -> dict[int, list[EventEntry]]:
    """Deletions and restorations of the interviews ``rows``, by interview id. A deletion made
    before deletions were recorded as events is read from the interview's ``deleted_at``."""
    ids = [row.id for row in rows]
    found: dict[int, list[EventEntry]] = {}
    for row in session.scalars(
        select(InterviewEvent)
        .where(InterviewEvent.interview_id.in_(ids))
        .order_by(InterviewEvent.interview_id, InterviewEvent.happened_at, InterviewEvent.id)
    ):
        found.setdefault(row.interview_id, []).append(
            EventEntry(str(row.uuid), row.kind, stamp(row.happened_at) or "", row.laptop_id or me)
        )
    for row in rows:
        at = stamp(row.deleted_at)
        if at is None:
            continue
        events = found.setdefault(row.id, [])
        if not any(e.kind == "deleted" and e.at == at for e in events):
            identity = synthetic_uuid(row.uuid, "deleted", at)
            events.append(EventEntry(str(identity), "deleted", at, me))
    return found


def export_transfer(
    database: Database,
    path: str | Path,
    passphrase: str,
    *,
    form_id: str | None = None,
    interviews: bool = True,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportReport:
    """Write the project (or the questionnaire ``form_id``) to the transfer file ``path``.

    The file appears under its name only when it is complete. Raises ValueError for an unknown
    ``form_id``, OSError when the file cannot be written, :class:`TransferCancelled`.
    """
    path = Path(path)
    require_in(database, Permission.TEAM_TRANSFER)  # before a byte of the file is written
    with database.session() as session:
        if form_id is not None:
            known = session.scalar(
                select(QuestionnaireRecord.id).where(QuestionnaireRecord.form_id == form_id)
            )
            if known is None:
                raise ValueError(
                    translate(
                        "Storage", 'There is no questionnaire "{form_id}" in this project.'
                    ).format(form_id=form_id)
                )
        total = _complete_interviews(session, form_id) if interviews else 0

        def counted(done: int) -> None:
            if progress is not None and total:
                progress(min(done / total, 1.0))

        forms: list[str] = []
        versions = sent = 0
        with TransferWriter(path, passphrase) as writer:
            for record in project_records(
                session, form_id, interviews=interviews, counted=counted, cancelled=cancelled
            ):
                if record["t"] == "version":
                    versions += 1
                    if record["form_id"] not in forms:
                        forms.append(record["form_id"])
                elif record["t"] == "end":
                    sent = record["interviews"]
                writer.write(record)
        record_event(
            session,
            "transfer file written",
            subject=form_id or "",
            details={"file": str(path.resolve()), "interviews": sent},
        )
    if progress is not None:
        progress(1.0)
    return ExportReport(path, tuple(forms), versions, sent)


def _complete_interviews(session: Session, form_id: str | None) -> int:
    query = select(func.count(Interview.id)).where(
        Interview.status == InterviewStatus.COMPLETE, counted_paper_entries(resolved_only=True)
    )
    if form_id is not None:
        query = (
            query.join(QuestionnaireVersion, QuestionnaireVersion.id == Interview.version_id)
            .join(QuestionnaireRecord)
            .where(QuestionnaireRecord.form_id == form_id)
        )
    return session.scalar(query) or 0


def import_transfer(
    database: Database,
    path: str | Path,
    passphrase: str,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
):
    """Read the transfer file ``path`` into the project, all of it or (on any error) nothing.

    Returns a :class:`duodesk.storage.merge.MergeReport`. Raises
    :class:`duodesk.core.transfer_file.TransferFileError` (wrong passphrase, changed or cut
    short), :class:`duodesk.storage.team.TeamKeyConflict`, :class:`TransferCancelled`.
    """
    from duodesk.storage.merge import merge_records

    path = Path(path)
    if database.is_sqlite and database.path is not None:
        with database.read_session() as session:
            has_something = session.scalar(select(func.count(QuestionnaireRecord.id)))
        if has_something:  # a laptop's first file, into a new project, has nothing to keep
            database.backup("before-transfer")
    with database.session() as session:
        records = read_records(path, passphrase)
        report = merge_records(session, records, path.name, progress=progress, cancelled=cancelled)
        record_event(
            session,
            "transfer file read",
            details={
                "file": path.name,
                "new": report.new,
                "updated": report.updated,
                "already here": report.already_here,
            },
        )
        return report
