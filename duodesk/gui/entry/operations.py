"""What the interview screens ask of the project: one named function per user action.

Like :mod:`duodesk.gui.operations`, each runs on the project worker, opens and closes its own
session and returns plain values; what changes the project says so in a ``changes`` field (see
:mod:`duodesk.storage.changes`), which the worker announces to every open screen. Functions that
only read use read sessions, and screens run them with ``worker.read``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from duodesk.core.participant_code import CodeDigests, code_digests
from duodesk.core.questionnaire import Questionnaire
from duodesk.core.records import AnswerRecord, FormChange
from duodesk.i18n import translate
from duodesk.storage import attachments, drafts, interviewers, participant_codes
from duodesk.storage import corrections as corrections_store
from duodesk.storage import interview_list as listing
from duodesk.storage.changes import NOTHING, Changes, forms_of_interviews
from duodesk.storage.database import Database
from duodesk.storage.interviews import NewInterview
from duodesk.storage.models import Interview
from duodesk.storage.questionnaires import latest_version


@dataclass(frozen=True)
class StartChoices:
    """What the start dialog offers."""

    form_id: str
    title: str
    interviewers: tuple[str, ...]
    sites: tuple[str, ...]
    # The latest version, to ask for the files it lacks (its ``missing_files``) first.
    questionnaire: Questionnaire | None = None


@dataclass(frozen=True)
class InterviewDetails:
    form_id: str
    interviewer: str
    site: str
    interview_date: date
    # Typing in a paper datasheet: the number printed on it, and who is typing.
    sheet_number: str = ""
    typed_by: str = ""


@dataclass(frozen=True)
class SaveOutcome:
    """After saving answers: possible duplicates when the participant code was just given
    (None when it was not part of this save); the corrections recorded, when a finished
    interview was corrected."""

    duplicates: tuple[participant_codes.PossibleDuplicate, ...] | None = None
    corrections: tuple[corrections_store.Correction, ...] = ()
    changes: Changes = NOTHING


@dataclass(frozen=True)
class Finished:
    """An interview marked complete."""

    interview_id: int
    changes: Changes = field(default=NOTHING)


@dataclass(frozen=True)
class Removed:
    """Deleted interviews removed for good."""

    removed: int
    changes: Changes = NOTHING


def _no_questionnaire(form_id: str) -> str:
    return translate(
        "InterviewOperations", "There is no questionnaire called “{name}” in this project."
    ).format(name=form_id)


def load_start_choices(database: Database, form_id: str) -> StartChoices:
    with database.read_session() as session:
        version = latest_version(session, form_id)
        if version is None:
            raise LookupError(_no_questionnaire(form_id))
        return StartChoices(
            form_id,
            version.questionnaire.title,
            tuple(interviewers.list_interviewers(session)),
            tuple(interviewers.known_sites(session)),
            version.questionnaire,
        )


def add_interviewer(database: Database, name: str) -> tuple[str, tuple[str, ...]]:
    """Add a name to the list; returns the name as listed and the whole list."""
    with database.session() as session:
        listed = interviewers.add_interviewer(session, name)
        return listed, tuple(interviewers.list_interviewers(session))


def _draft_owner(database: Database) -> str | None:
    """This laptop's id when the project is on a shared server, where each laptop sees and
    continues only its own drafts; None for a project file, whose drafts are all its own
    (even when the file was restored on a new laptop)."""
    from duodesk.gui.entry.laptop import draft_owner

    return None if database.is_sqlite else draft_owner()


def start_interview(database: Database, details: InterviewDetails) -> drafts.OpenedInterview:
    """A new draft interview of the latest version of the questionnaire."""
    with database.session() as session:
        version = latest_version(session, details.form_id)
        if version is None:
            raise LookupError(_no_questionnaire(details.form_id))
        interview_id = drafts.start_interview(
            session,
            NewInterview(
                version_id=version.version_id,
                site=details.site.strip(),
                interviewer=details.interviewer.strip(),
                interview_date=details.interview_date.isoformat(),
                started_by=_draft_owner(database),
            ),
        )
        interviewers.add_interviewer(session, details.interviewer)
        if details.sheet_number.strip():
            from duodesk.storage.double_entry import record_paper_entry

            record_paper_entry(session, interview_id, details.sheet_number, details.typed_by)
        opened = drafts.load_interview(session, interview_id)
    return replace(opened, changes=Changes(frozenset({details.form_id}), drafts=True))


def open_interview(database: Database, interview_id: int) -> drafts.OpenedInterview:
    with database.read_session() as session:
        drafts.check_draft_owner(session, interview_id, _draft_owner(database))
        return drafts.load_interview(session, interview_id)


def _digests(
    database: Database, names: Sequence[str], elements: Sequence[str] | None
) -> CodeDigests | None:
    """The typed code's digest and its near neighbours' (made now, while the code is on
    screen, and forgotten after the look-up): a few hundred milliseconds of scrypt, spent
    before the write transaction so that nobody else's save waits for it."""
    if elements is None:
        return None
    with database.session() as session:
        key = participant_codes.project_key(session)
    return code_digests(key, names, elements, near=True)


def _store_code(
    session, interview_id: int, digests: CodeDigests
) -> tuple[participant_codes.PossibleDuplicate, ...]:
    participant_codes.store_code(session, interview_id, digests)
    return tuple(participant_codes.find_possible_duplicates(session, interview_id, digests))


def follow_the_date(session, interview_id: int, day: str | None) -> bool:
    """Give the interview the date its "date of the interview" question now holds (the question
    starts from the interview's date, see :mod:`duodesk.core.interview_date`), so that the
    interview has one date everywhere. ``day`` is that answer once it passed the question's
    checks; None (no such question, an answer refused, emptied or skipped) leaves the date as
    it was. Whether the date changed."""
    if not day:
        return False
    interview = session.get(Interview, interview_id)
    if interview is None or interview.interview_date == day:
        return False
    interview.interview_date = day
    return True


def save_answers(
    database: Database,
    interview_id: int,
    change: FormChange,
    code_names: Sequence[str] = (),
    interview_date: str | None = None,
) -> SaveOutcome:
    """Store a draft's changed answers and attached files (and, when given, its participant
    code's digests); the interview takes ``interview_date`` (see :func:`follow_the_date`)."""
    digests = _digests(database, code_names, change.code_elements)
    with database.session() as session:
        drafts.check_draft_owner(session, interview_id, _draft_owner(database))
        drafts.save_draft_answers(
            session, interview_id, change.records, change.current_question, change.skipped_for_now
        )
        follow_the_date(session, interview_id, interview_date)
        attachments.store_attachments(session, interview_id, change.attachments)
        attachments.drop_unanswered(session, interview_id, change.records)
        if digests is not None:
            return SaveOutcome(_store_code(session, interview_id, digests))
    return SaveOutcome()


def finish_interview(
    database: Database,
    interview_id: int,
    records: Sequence[AnswerRecord],
    current_question: str,
    interview_date: str | None = None,
) -> Finished:
    """Mark the interview complete with its final answers, in one transaction."""
    with database.session() as session:
        drafts.check_draft_owner(session, interview_id, _draft_owner(database))
        drafts.finish_interview(session, interview_id, records, current_question)
        follow_the_date(session, interview_id, interview_date)
        from duodesk.storage.double_entry import settle_if_alike

        settle_if_alike(session, interview_id)  # a paper datasheet typed alike twice
        forms = forms_of_interviews(session, [interview_id])
    return Finished(interview_id, Changes(forms, interviews_added=True, drafts=True))


def correct_answers(
    database: Database,
    interview_id: int,
    change: FormChange,
    corrected_by: str,
    code_names: Sequence[str] = (),
    interview_date: str | None = None,
) -> SaveOutcome:
    """Store changes to an opened interview; a finished one gets each change recorded."""
    digests = _digests(database, code_names, change.code_elements)
    with database.session() as session:
        made = tuple(
            corrections_store.correct_answers(session, interview_id, change.records, corrected_by)
        )
        dated = follow_the_date(session, interview_id, interview_date)
        attachments.store_attachments(session, interview_id, change.attachments)
        attachments.drop_unanswered(session, interview_id, change.records)
        duplicates = None
        if digests is not None:
            duplicates = _store_code(session, interview_id, digests)
        changes = NOTHING
        if made or dated:
            changes = Changes(forms_of_interviews(session, [interview_id]), interviews_changed=True)
    return SaveOutcome(duplicates, made, changes)


def list_corrections(database: Database, interview_id: int) -> tuple:
    with database.read_session() as session:
        return tuple(corrections_store.list_corrections(session, interview_id))


def list_drafts(database: Database) -> tuple[drafts.DraftSummary, ...]:
    with database.read_session() as session:
        return tuple(drafts.list_drafts(session, _draft_owner(database)))


def discard_draft(database: Database, interview_id: int) -> Changes:
    """Move an unfinished interview to the deleted interviews (restorable until purged)."""
    with database.session() as session:
        drafts.check_draft_owner(session, interview_id, _draft_owner(database))
        listing.discard_drafts(session, [interview_id])
        forms = forms_of_interviews(session, (interview_id,))
    return Changes(forms, interviews_deleted=True, drafts=True)


@dataclass(frozen=True)
class InterviewPage:
    """A window of rows of the interview list, and how many rows the filter gives in all."""

    offset: int
    rows: tuple[listing.InterviewRow, ...]
    total: int


def load_interview_page(
    database: Database, where: listing.InterviewFilter, offset: int, limit: int
) -> InterviewPage:
    where = replace(where, draft_owner=_draft_owner(database))
    with database.read_session() as session:
        total = listing.count_interviews(session, where)
        rows = tuple(listing.interview_rows(session, where, offset, limit))
    return InterviewPage(offset, rows, total)


def delete_interviews(database: Database, interview_ids: Sequence[int]) -> Changes:
    with database.session() as session:
        owner = _draft_owner(database)
        for interview_id in interview_ids:  # another laptop's unfinished interview is its own
            drafts.check_draft_owner(session, interview_id, owner)
        listing.delete_interviews(session, list(interview_ids))
        forms = forms_of_interviews(session, tuple(interview_ids))
    return Changes(forms, interviews_deleted=True, drafts=True)


def restore_interviews(database: Database, interview_ids: Sequence[int]) -> Changes:
    with database.session() as session:
        listing.restore_interviews(session, list(interview_ids))
        forms = forms_of_interviews(session, tuple(interview_ids))
    return Changes(forms, interviews_deleted=True, drafts=True)


def purge_deleted(database: Database) -> Removed:
    """Remove the deleted interviews for good: a backup first (in case the wrong ones were
    deleted), then the rows, overwritten in the file (``secure_delete``), then a ``VACUUM`` so
    that no freed page keeps them either. The role is checked before anything is written,
    and with nothing deleted no backup is taken (it would push out the one that matters)."""
    from duodesk.core.roles import Permission
    from duodesk.storage.access import require_in

    require_in(database, Permission.DELETE_INTERVIEWS)
    with database.read_session() as session:
        if not listing.has_deleted(session):
            return Removed(0, NOTHING)
    if database.is_sqlite:
        database.backup("before-purge")
    with database.session() as session:
        removed = listing.purge_deleted(session)
    if removed and database.is_sqlite:
        with database.engine.connect() as connection:  # outside any transaction
            connection.connection.driver_connection.execute("VACUUM")
    return Removed(removed, Changes(interviews_deleted=True))
