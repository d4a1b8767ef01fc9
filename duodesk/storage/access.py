"""The role check under every change to a project, wherever the change comes from.

The window hides what a role may not use and the command line signs people in, but neither is
the boundary: the storage functions are. Every change is written to the audit trail in its own
transaction (:func:`duodesk.storage.audit.record_event`), and the trail refuses, by raising
:class:`NotAllowed` and so rolling the whole change back, any action that the person signed in
to this process may not take (:data:`ACTION_PERMISSIONS`). What writes a file before its audit
row (exports, reports, coding sheets) and what replaces the file itself (a new passphrase, a
restored backup) asks :func:`require` first.

The role is read from the project's list of people at the moment of the change, not
remembered from the sign-in: a coordinator made an interviewer loses the rights at once.
A project that lists nobody works as one person with every right, as before.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duodesk.core.roles import Permission, Role, SignedIn, allowed, refusal
from duodesk.i18n import translate
from duodesk.storage.models import PersonRecord


class NotAllowed(PermissionError):
    """The person signed in may not do this; the message says so in a sentence."""


# What each audited action needs. A test checks that every action the code records is named
# here or in ANYONE, so that a new kind of change cannot slip past the check.
ACTION_PERMISSIONS: dict[str, Permission] = {
    "interview finished": Permission.ENTER_INTERVIEWS,
    "answers corrected": Permission.ENTER_INTERVIEWS,  # and only their own: see require()
    "paper datasheet entered": Permission.ENTER_INTERVIEWS,
    "paper datasheet checked": Permission.ENTER_INTERVIEWS,
    "paper datasheet resolved": Permission.SEE_EVERY_INTERVIEW,
    "paper datasheet entries alike": Permission.ENTER_INTERVIEWS,  # settled with no choice
    "paper count rule changed": Permission.SEE_EVERY_INTERVIEW,
    "unfinished interviews discarded": Permission.ENTER_INTERVIEWS,  # their own: see require
    "interviews deleted": Permission.DELETE_INTERVIEWS,
    "interviews restored": Permission.DELETE_INTERVIEWS,
    "deleted interviews purged": Permission.DELETE_INTERVIEWS,
    "interviews imported": Permission.IMPORT_INTERVIEWS,
    "questionnaire saved": Permission.CHANGE_QUESTIONNAIRES,
    "questionnaire removed": Permission.CHANGE_QUESTIONNAIRES,
    "exported": Permission.EXPORT,
    "coding_sheet_exported": Permission.EXPORT,
    "coding_sheet_imported": Permission.SEE_RESULTS,
    "theme_added": Permission.SEE_RESULTS,
    "theme_renamed": Permission.SEE_RESULTS,
    "themes_merged": Permission.SEE_RESULTS,
    "coding_settled": Permission.SEE_RESULTS,
    "transfer file written": Permission.TEAM_TRANSFER,
    "transfer file read": Permission.TEAM_TRANSFER,
    "backup restored": Permission.PROJECT_SAFETY,
    "passphrase change asked for": Permission.PROJECT_SAFETY,
    "passphrase not changed": Permission.PROJECT_SAFETY,
    "passphrase changed": Permission.PROJECT_SAFETY,
    "passphrase removed": Permission.PROJECT_SAFETY,
}
# Recorded for anyone: signing in and out (checked by the PIN), and changes to the list of
# people, which check MANAGE_PEOPLE before they change anything (the first coordinator is
# listed by a project that lists nobody yet).
ANYONE = frozenset(
    {
        "signed in",
        "signed out",
        "sign-in failed",
        "sign-in refused (locked out)",
        "locked out",
        "person added",
        "person removed",
        "PIN changed",
        "role changed",
        # A questionnaire a team's file or the shared server brought (the reading of the file
        # or the sending is what the person's role was checked for).
        "questionnaire received",
    }
)

_person: SignedIn | None = None  # who signed in to DuoDesk in this process, if anyone


def set_person(person: SignedIn | None) -> None:
    global _person
    _person = person


def signed_in() -> SignedIn | None:
    return _person


def current_role(session: Session) -> tuple[bool, Role | None]:
    """(whether the project lists people, the role of the person signed in now)."""
    listed = session.scalar(select(PersonRecord.id).where(PersonRecord.active.is_(True)).limit(1))
    if listed is None:
        return False, None
    if _person is None:
        return True, None
    role = session.scalar(
        select(PersonRecord.role).where(
            PersonRecord.active.is_(True),
            func.lower(PersonRecord.name) == _person.name.lower(),
        )
    )
    return True, Role(role) if role is not None else None


def require(session: Session, permission: Permission, *, owner: str | None = None) -> None:
    """Raise :class:`NotAllowed` unless the person signed in may ``permission`` (and, for an
    interview entered by ``owner``, may touch other people's interviews or is ``owner``)."""
    listed, role = current_role(session)
    if not listed:
        return
    if role is None:
        raise NotAllowed(
            "This project lists its people: sign in first. Nothing was changed."
            if _person is None
            else f"{_person.name} is no longer on this project's list of people. "
            "Nothing was changed."
        )
    if not allowed(role, permission):
        raise NotAllowed(refusal(permission))
    if (
        owner is not None
        and not allowed(role, Permission.SEE_EVERY_INTERVIEW)
        and " ".join(owner.split()).lower() != (_person.name.lower() if _person else "")
    ):
        raise NotAllowed(
            translate(
                "Storage",
                "This interview was entered by someone else: only its interviewer or a "
                "coordinator can change it. Nothing was changed.",
            )
        )


def require_action(session: Session, action: str) -> None:
    """The check :func:`duodesk.storage.audit.record_event` makes for ``action``."""
    permission = ACTION_PERMISSIONS.get(action)
    if permission is not None:
        require(session, permission)
    elif action not in ANYONE:
        # An action nobody classified: a coordinator's, until someone decides otherwise.
        require(session, Permission.MANAGE_PEOPLE)


def require_in(database, permission: Permission) -> None:
    """:func:`require` in a read transaction of its own (for work that starts by writing a
    file, or replaces the project)."""
    with database.read_session() as session:
        require(session, permission)
