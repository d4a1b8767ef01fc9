"""The people who sign in to a project: names, roles, PINs, and signing in.

PINs and passwords are kept only as a slow salted hash (``hashlib.scrypt``, from the standard
library), compared in constant time. After :data:`MAX_WRONG_TRIES` wrong tries in a row a name
cannot sign in for :data:`LOCKOUT` (the count starts again after a right one). Every sign-in,
wrong try, lock-out and sign-out, and every change to the list, goes in the audit trail (names
and roles only, never a PIN).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duodesk.core.roles import Permission, Role, SignedIn
from duodesk.i18n import translate
from duodesk.storage.access import require
from duodesk.storage.audit import forget_people_listed, record_event, remember_people_listed
from duodesk.storage.models import PersonRecord

MAX_WRONG_TRIES = 5
LOCKOUT = timedelta(minutes=5)
PIN_DIGITS = (4, 12)
PASSWORD_LENGTH = 8

# scrypt's cost: 16 MiB of memory and about a twentieth of a second per try on a laptop,
# which makes guessing every 4-digit PIN from a stolen file take minutes, not milliseconds.
_N, _R, _P = 2**14, 8, 1
_MAXMEM = 64 * 1024 * 1024


class PeopleError(ValueError):
    """A change to the list of people that cannot be made; the message says why."""


@dataclass(frozen=True)
class Person:
    name: str
    role: Role
    locked_until: datetime | None = None


@dataclass(frozen=True)
class SignInResult:
    """``person`` when the PIN was right; otherwise ``message`` says why not."""

    person: SignedIn | None
    message: str = ""


def hash_secret(secret: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, maxmem=_MAXMEM)
    encode = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${encode(salt).decode()}${encode(digest).decode()}"


def secret_matches(secret: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        expected = base64.b64decode(digest)
        found = hashlib.scrypt(
            secret.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=_MAXMEM,
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(found, expected)


def check_secret(role: Role, secret: str) -> None:
    """PeopleError unless ``secret`` is a PIN (interviewers) or password (coordinators) that
    DuoDesk accepts."""
    if role is Role.INTERVIEWER:
        low, high = PIN_DIGITS
        if not (secret.isascii() and secret.isdigit() and low <= len(secret) <= high):
            raise PeopleError(
                translate("Storage", "A PIN is {low} to {high} digits (only numbers).").format(
                    low=low, high=high
                )
            )
    elif len(secret) < PASSWORD_LENGTH:
        raise PeopleError(
            translate(
                "Storage", "A coordinator's password needs at least {password_length} characters."
            ).format(password_length=PASSWORD_LENGTH)
        )


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise PeopleError(translate("Storage", "A person needs a name."))
    if len(name) > 200:
        raise PeopleError(translate("Storage", "That name is too long (200 characters at most)."))
    return name


def _find(session: Session, name: str) -> PersonRecord | None:
    return session.scalar(
        select(PersonRecord).where(func.lower(PersonRecord.name) == " ".join(name.split()).lower())
    )


def has_people(session: Session) -> bool:
    """Whether anyone is listed: if not, the project works as one person with every right."""
    return session.scalar(select(PersonRecord.id).where(PersonRecord.active.is_(True))) is not None


def list_people(session: Session) -> list[Person]:
    """Everyone who can sign in, alphabetically."""
    rows = session.scalars(
        select(PersonRecord)
        .where(PersonRecord.active.is_(True))
        .order_by(func.lower(PersonRecord.name))
    )
    return [Person(row.name, Role(row.role), _aware(row.locked_until)) for row in rows]


def _coordinators(session: Session) -> int:
    return session.scalar(
        select(func.count())
        .select_from(PersonRecord)
        .where(PersonRecord.active.is_(True), PersonRecord.role == Role.COORDINATOR.value)
    )


def add_person(session: Session, name: str, role: Role, secret: str, *, by: str = "") -> Person:
    """List ``name`` with ``role`` and PIN or password ``secret``. The first person listed must
    be a coordinator, so that someone can always manage the list."""
    require(session, Permission.MANAGE_PEOPLE)
    name = _clean_name(name)
    check_secret(role, secret)
    if role is Role.INTERVIEWER and _coordinators(session) == 0:
        raise PeopleError(
            translate(
                "Storage",
                "Add a coordinator first: once people are listed, only a coordinator can "
                "change the list.",
            )
        )
    existing = _find(session, name)
    if existing is not None and existing.active:
        raise PeopleError(
            translate("Storage", "{name} is already on the list.").format(name=existing.name)
        )
    if existing is None:
        existing = PersonRecord(name=name, role=role.value, secret_hash=hash_secret(secret))
        session.add(existing)
    else:  # taken off earlier: listed again, with the new role and PIN
        existing.name, existing.role, existing.active = name, role.value, True
        existing.secret_hash = hash_secret(secret)
        existing.failed_sign_ins, existing.locked_until = 0, None
    session.flush()
    record_event(session, "person added", actor=by or None, subject=name, details={"role": role})
    remember_people_listed(session)
    return Person(name, role)


def change_secret(session: Session, name: str, secret: str, *, by: str = "") -> None:
    """Give ``name`` a new PIN or password (and let them try again at once if locked out)."""
    require(session, Permission.MANAGE_PEOPLE)
    person = _listed(session, name)
    check_secret(Role(person.role), secret)
    person.secret_hash = hash_secret(secret)
    person.failed_sign_ins, person.locked_until = 0, None
    record_event(session, "PIN changed", actor=by or None, subject=person.name)


def change_role(session: Session, name: str, role: Role, secret: str, *, by: str = "") -> None:
    """Make ``name`` a ``role``; a new role needs a new secret of its kind (a PIN or password).
    The last coordinator stays one, so that someone can always manage the list."""
    require(session, Permission.MANAGE_PEOPLE)
    person = _listed(session, name)
    if Role(person.role) is role:
        return
    if role is Role.INTERVIEWER and _coordinators(session) <= 1:
        raise PeopleError(
            translate("Storage", "{name} is the only coordinator: add another one first.").format(
                name=person.name
            )
        )
    check_secret(role, secret)
    before = person.role
    person.role, person.secret_hash = role.value, hash_secret(secret)
    person.failed_sign_ins, person.locked_until = 0, None
    record_event(
        session,
        "role changed",
        actor=by or None,
        subject=person.name,
        details={"role": role, "was": before},
    )


def remove_person(session: Session, name: str, *, by: str = "") -> None:
    """Take ``name`` off the list (interviews they entered keep their name). The last
    coordinator stays while anyone else is listed."""
    require(session, Permission.MANAGE_PEOPLE)
    person = _listed(session, name)
    others = session.scalar(
        select(func.count())
        .select_from(PersonRecord)
        .where(PersonRecord.active.is_(True), PersonRecord.id != person.id)
    )
    if person.role == Role.COORDINATOR.value and _coordinators(session) <= 1 and others:
        raise PeopleError(
            translate(
                "Storage",
                "{name} is the only coordinator: add another coordinator first, or take "
                "everyone else off the list.",
            ).format(name=person.name)
        )
    person.active = False
    record_event(session, "person removed", actor=by or None, subject=person.name)
    if not has_people(session):  # everyone taken off: one person with every right again
        forget_people_listed(session)


def _listed(session: Session, name: str) -> PersonRecord:
    person = _find(session, name)
    if person is None or not person.active:
        raise PeopleError(
            translate("Storage", "{name} is not on the list of people.").format(
                name=" ".join(name.split())
            )
        )
    return person


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite gives back the UTC time it was given without its zone
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def sign_in(
    session: Session, name: str, secret: str, *, now: datetime | None = None
) -> SignInResult:
    """Check ``name``'s PIN or password. A wrong one is counted (and written to the audit
    trail) in the caller's transaction, which must be committed either way."""
    now = now or datetime.now(UTC)
    person = _find(session, name)
    if person is None or not person.active:
        record_event(session, "sign-in failed", actor=None, subject=" ".join(name.split()))
        return SignInResult(
            None, translate("People", "That name is not on this project's list of people.")
        )
    locked = _aware(person.locked_until)
    if locked is not None and locked > now:
        minutes = max(1, round((locked - now).total_seconds() / 60))
        record_event(session, "sign-in refused (locked out)", actor=None, subject=person.name)
        return SignInResult(
            None,
            (
                translate(
                    "People",
                    "Too many wrong tries: {name} can try again in %n minute, or a "
                    "coordinator can give a new PIN.",
                    None,
                    minutes,
                )
                if minutes == 1
                else translate(
                    "People",
                    "Too many wrong tries: {name} can try again in %n minutes, or a "
                    "coordinator can give a new PIN.",
                    None,
                    minutes,
                )
            ).format(name=person.name),
        )
    if secret_matches(secret, person.secret_hash):
        person.failed_sign_ins, person.locked_until = 0, None
        record_event(
            session,
            "signed in",
            actor=person.name,
            subject=person.name,
            details={"role": person.role},
        )
        remember_people_listed(session)  # a project listed here earlier, or brought here
        return SignInResult(SignedIn(person.name, Role(person.role)))
    person.failed_sign_ins = (person.failed_sign_ins or 0) + 1
    left = MAX_WRONG_TRIES - person.failed_sign_ins
    record_event(
        session,
        "sign-in failed",
        actor=None,
        subject=person.name,
        details={"wrong tries in a row": person.failed_sign_ins},
    )
    word = (
        translate("People", "PIN")
        if person.role == Role.INTERVIEWER.value
        else translate("People", "password")
    )
    if left <= 0:
        person.locked_until = now + LOCKOUT
        person.failed_sign_ins = 0
        record_event(session, "locked out", actor=None, subject=person.name)
        minutes = int(LOCKOUT.total_seconds() // 60)
        return SignInResult(
            None,
            translate(
                "People",
                "That {word} is not right. After {tries} wrong tries {name} cannot sign in for "
                "{minutes} minutes.",
            ).format(word=word, tries=MAX_WRONG_TRIES, name=person.name, minutes=minutes),
        )
    return SignInResult(
        None,
        (
            translate(
                "People",
                "That {word} is not right. %n more wrong try and {name} cannot sign in for "
                "{minutes} minutes.",
                None,
                left,
            )
            if left == 1
            else translate(
                "People",
                "That {word} is not right. %n more wrong tries and {name} cannot sign in for "
                "{minutes} minutes.",
                None,
                left,
            )
        ).format(word=word, name=person.name, minutes=int(LOCKOUT.total_seconds() // 60)),
    )


def sign_out(session: Session, person: SignedIn) -> None:
    record_event(session, "signed out", actor=person.name, subject=person.name)
