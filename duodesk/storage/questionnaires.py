"""Storing questionnaires and their versions.

A questionnaire that already has interviews is never changed in place: saving a different
definition then makes a new version, and every interview keeps the version it was entered with.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from duodesk.core.external_choices import add_files, empty_files, only_files_added
from duodesk.core.questionnaire import Questionnaire
from duodesk.core.roles import Permission
from duodesk.core.serialize import fingerprint, questionnaire_from_json, questionnaire_to_json
from duodesk.i18n import translate
from duodesk.storage.access import NotAllowed, require
from duodesk.storage.audit import record_event
from duodesk.storage.changes import Changes
from duodesk.storage.models import (
    Interview,
    InterviewStatus,
    QuestionnaireRecord,
    QuestionnaireVersion,
)


@dataclass(frozen=True)
class StoredVersion:
    """A questionnaire version as stored: safe to hand to another thread."""

    version_id: int
    number: int
    form_id: str
    questionnaire: Questionnaire
    created_at: datetime


@dataclass(frozen=True)
class QuestionnaireSummary:
    """One line of the project's list of questionnaires."""

    form_id: str
    title: str
    versions: int
    complete: int
    drafts: int


@dataclass(frozen=True)
class SaveResult:
    version: StoredVersion
    created: bool  # False when the same definition was already stored
    new_version: bool  # True when a new version was made because interviews use the old one

    @property
    def changes(self) -> Changes:
        form_id = self.version.questionnaire.form_id
        return Changes(frozenset({form_id}), questionnaires=self.created or self.new_version)


def save_questionnaire(session: Session, questionnaire: Questionnaire) -> SaveResult:
    """Store ``questionnaire`` under its ``form_id``.

    The same definition saved again changes nothing. A changed definition replaces the latest
    version when no interview uses it yet, or when it only adds files the latest version was
    missing (the form read again with its ``villages.csv``), and otherwise becomes a new
    version.
    """
    require(session, Permission.CHANGE_QUESTIONNAIRES)
    record = session.scalar(
        select(QuestionnaireRecord).where(QuestionnaireRecord.form_id == questionnaire.form_id)
    )
    print_ = fingerprint(questionnaire)
    definition = questionnaire_to_json(questionnaire)
    if record is None:
        record = QuestionnaireRecord(form_id=questionnaire.form_id, title=questionnaire.title)
        try:
            with session.begin_nested():  # two people adding the same questionnaire at once
                session.add(record)
        except IntegrityError:
            return save_questionnaire(session, questionnaire)
    record.title = questionnaire.title
    latest = session.scalar(
        select(QuestionnaireVersion)
        .where(QuestionnaireVersion.questionnaire_id == record.id)
        .order_by(QuestionnaireVersion.number.desc())
        .limit(1)
    )
    if latest is not None and latest.fingerprint == print_:
        return SaveResult(_stored(latest, record.form_id), created=False, new_version=False)
    if latest is not None and (
        not _has_interviews(session, latest.id)
        or only_files_added(questionnaire_from_json(latest.definition), questionnaire)
    ):
        latest.definition, latest.fingerprint = definition, print_
        latest.version_label = questionnaire.version
        session.flush()
        _record_saved(session, record.form_id, latest.number)
        return SaveResult(_stored(latest, record.form_id), created=True, new_version=False)
    version = QuestionnaireVersion(
        questionnaire_id=record.id,
        number=(latest.number + 1) if latest else 1,
        version_label=questionnaire.version,
        definition=definition,
        fingerprint=print_,
    )
    session.add(version)
    session.flush()
    _record_saved(session, record.form_id, version.number)
    return SaveResult(
        _stored(version, record.form_id), created=True, new_version=latest is not None
    )


def add_questionnaire_files(
    session: Session, form_id: str, files: Mapping[str, Path]
) -> StoredVersion:
    """Add files the questionnaire ``form_id`` was missing (file name as the form names it ->
    where it is) to every version that lacks them, in place: the versions were always meant
    to read them, and no answer could be given to the questions that need them. Returns the
    latest version. A file added before that held no choices (or no rows) is replaced the same
    way: nothing can have been answered from it.

    Raises LookupError for an unknown questionnaire, ValueError when no version needs a file
    of one of those names, and :class:`~duodesk.core.input_files.InputFileError` when a file
    cannot be read; nothing is changed then."""
    require(session, Permission.CHANGE_QUESTIONNAIRES)
    versions = session.scalars(
        select(QuestionnaireVersion)
        .join(QuestionnaireRecord)
        .where(QuestionnaireRecord.form_id == form_id)
        .order_by(QuestionnaireVersion.number)
    ).all()
    if not versions:
        raise LookupError(f"There is no questionnaire {form_id} in this project.")
    changed = []
    for version in versions:
        questionnaire = questionnaire_from_json(version.definition)
        needed = {*questionnaire.missing_files, *empty_files(questionnaire)}
        wanted = {n: p for n, p in files.items() if n in needed}
        if wanted:
            changed.append((version, add_files(questionnaire, wanted), sorted(wanted)))
    unused = [name for name in files if not any(name in names for *_, names in changed)]
    if unused:  # raises, saying which files the questionnaire needs
        add_files(questionnaire_from_json(versions[-1].definition), {unused[0]: files[unused[0]]})
    for version, filled, names in changed:
        version.definition = questionnaire_to_json(filled)
        version.fingerprint = fingerprint(filled)
        details = {"version": version.number, "files added": names}
        record_event(session, "questionnaire saved", subject=form_id, details=details)
    session.flush()
    return _stored(versions[-1], form_id)


class QuestionnaireInUse(Exception):
    """A questionnaire with interviews cannot be removed (the interviews need it)."""


def remove_questionnaire(session: Session, form_id: str) -> bool:
    """Remove a questionnaire and all its versions; False if there was none.

    Raises :class:`QuestionnaireInUse` when any version has interviews (deleted ones included):
    interviews are never left without the questionnaire they were entered with.
    Raises :class:`~duodesk.storage.access.NotAllowed` for a person who may not change the
    questionnaires.
    """
    require(session, Permission.CHANGE_QUESTIONNAIRES)
    record = session.scalar(
        select(QuestionnaireRecord).where(QuestionnaireRecord.form_id == form_id)
    )
    if record is None:
        return False
    in_use = session.scalar(
        select(func.count(Interview.id))
        .join(QuestionnaireVersion, QuestionnaireVersion.id == Interview.version_id)
        .where(QuestionnaireVersion.questionnaire_id == record.id)
    )
    if in_use:
        raise QuestionnaireInUse(
            (
                translate(
                    "Storage", "“{title}” has %n interview, so it cannot be removed.", None, 1
                )
                if in_use == 1
                else translate(
                    "Storage", "“{title}” has %n interviews, so it cannot be removed.", None, in_use
                )
            ).format(title=record.title)
        )
    session.execute(
        delete(QuestionnaireVersion).where(QuestionnaireVersion.questionnaire_id == record.id)
    )
    session.delete(record)
    session.flush()
    record_event(session, "questionnaire removed", subject=form_id)
    return True


def _record_saved(session: Session, form_id: str, number: int) -> None:
    record_event(session, "questionnaire saved", subject=form_id, details={"version": number})


def _has_interviews(session: Session, version_id: int) -> bool:
    return (
        session.scalar(select(Interview.id).where(Interview.version_id == version_id).limit(1))
        is not None
    )


def _stored(version: QuestionnaireVersion, form_id: str) -> StoredVersion:
    return StoredVersion(
        version_id=version.id,
        number=version.number,
        form_id=form_id,
        questionnaire=questionnaire_from_json(version.definition),
        created_at=version.created_at,
    )


def latest_version(session: Session, form_id: str) -> StoredVersion | None:
    """The newest version of the questionnaire ``form_id``; None if there is no such form."""
    row = session.execute(
        select(QuestionnaireVersion)
        .join(QuestionnaireRecord)
        .where(QuestionnaireRecord.form_id == form_id)
        .order_by(QuestionnaireVersion.number.desc())
        .limit(1)
    ).scalar_one_or_none()
    return _stored(row, form_id) if row is not None else None


def version_by_id(session: Session, version_id: int) -> StoredVersion:
    version = session.get_one(QuestionnaireVersion, version_id)
    return _stored(version, version.questionnaire.form_id)


def all_versions(session: Session, form_id: str) -> list[StoredVersion]:
    rows = session.scalars(
        select(QuestionnaireVersion)
        .join(QuestionnaireRecord)
        .where(QuestionnaireRecord.form_id == form_id)
        .order_by(QuestionnaireVersion.number)
    ).all()
    return [_stored(row, form_id) for row in rows]


def list_questionnaires(session: Session) -> list[QuestionnaireSummary]:
    """Every questionnaire with its number of versions and of (not deleted) interviews."""
    counts = (
        select(
            QuestionnaireVersion.questionnaire_id.label("qid"),
            func.count(Interview.id)
            .filter(Interview.status == InterviewStatus.COMPLETE)
            .label("complete"),
            func.count(Interview.id)
            .filter(Interview.status == InterviewStatus.DRAFT)
            .label("drafts"),
        )
        .join(
            Interview,
            (Interview.version_id == QuestionnaireVersion.id) & Interview.deleted_at.is_(None),
            isouter=True,
        )
        .group_by(QuestionnaireVersion.questionnaire_id)
        .subquery()
    )
    versions = (
        select(QuestionnaireVersion.questionnaire_id, func.count().label("n"))
        .group_by(QuestionnaireVersion.questionnaire_id)
        .subquery()
    )
    rows = session.execute(
        select(
            QuestionnaireRecord.form_id,
            QuestionnaireRecord.title,
            func.coalesce(versions.c.n, 0),
            func.coalesce(counts.c.complete, 0),
            func.coalesce(counts.c.drafts, 0),
        )
        .outerjoin(versions, versions.c.questionnaire_id == QuestionnaireRecord.id)
        .outerjoin(counts, counts.c.qid == QuestionnaireRecord.id)
        .order_by(QuestionnaireRecord.title)
    ).all()
    return [QuestionnaireSummary(*row) for row in rows]


def count_interviews(session: Session, form_id: str) -> int:
    """How many interviews (finished or not, deleted ones left out) use any version of
    ``form_id``."""
    count = session.scalar(
        select(func.count(Interview.id))
        .join(QuestionnaireVersion, Interview.version_id == QuestionnaireVersion.id)
        .join(QuestionnaireRecord)
        .where(QuestionnaireRecord.form_id == form_id, Interview.deleted_at.is_(None))
    )
    return int(count or 0)


def make_older_versions(
    session: Session, form_id: str, older: Mapping[int, Questionnaire], newest_number: int
) -> StoredVersion | None:
    """Give the questionnaire ``form_id`` the older versions an imported file's interviews
    were made with (version number -> questionnaire), numbered as the file numbers them, and
    number its own (newest) version ``newest_number``, so that each interview is stored with
    its own version and the questions it did not have stay "not in version".

    Only for a questionnaire with one version and no interview of any kind (nothing can
    refer to its number yet), every older number below ``newest_number``, and a person who
    may change questionnaires; otherwise nothing is changed and None is returned. Returns the
    newest version as now stored."""
    if not older:
        return None
    try:
        require(session, Permission.CHANGE_QUESTIONNAIRES)
    except NotAllowed:
        return None
    if any(number >= newest_number or number < 1 for number in older):
        return None
    rows = session.scalars(
        select(QuestionnaireVersion)
        .join(QuestionnaireRecord)
        .where(QuestionnaireRecord.form_id == form_id)
    ).all()
    if len(rows) != 1 or _has_interviews(session, rows[0].id):
        return None
    newest = rows[0]
    newest.number = newest_number
    session.flush()
    for number, questionnaire in sorted(older.items()):
        session.add(
            QuestionnaireVersion(
                questionnaire_id=newest.questionnaire_id,
                number=number,
                version_label=questionnaire.version,
                definition=questionnaire_to_json(questionnaire),
                fingerprint=fingerprint(questionnaire),
            )
        )
        session.flush()
        _record_saved(session, form_id, number)
    return _stored(newest, form_id)
