"""What signing in and the list of people ask of the project (plain functions, run on the
worker)."""

from __future__ import annotations

from dataclasses import dataclass

from duodesk.core.roles import Role, SignedIn
from duodesk.storage import people
from duodesk.storage.audit import set_signed_in
from duodesk.storage.database import Database


@dataclass(frozen=True)
class Roster:
    """Who can sign in (empty: the project works as one person with every right)."""

    people: tuple[people.Person, ...]
    encrypted: bool

    @property
    def has_people(self) -> bool:
        return bool(self.people)


def load_roster(database: Database) -> Roster:
    with database.session() as session:
        return Roster(tuple(people.list_people(session)), database.is_encrypted)


def sign_in(database: Database, name: str, secret: str) -> people.SignInResult:
    """Check the person's own PIN or password; nothing else signs them in (the project's
    passphrase, which every interviewer of an encrypted project types, never does)."""
    with database.session() as session:
        result = people.sign_in(session, name, secret)
    if result.person is not None:  # a wrong PIN at the lock screen signs nobody out
        set_signed_in(result.person)
    return result


def sign_out(database: Database, person: SignedIn) -> None:
    with database.session() as session:
        people.sign_out(session, person)
    set_signed_in(None)


def add_person(database: Database, name: str, role: Role, secret: str, by: str) -> Roster:
    with database.session() as session:
        people.add_person(session, name, role, secret, by=by)
    return load_roster(database)


def change_secret(database: Database, name: str, secret: str, by: str) -> Roster:
    with database.session() as session:
        people.change_secret(session, name, secret, by=by)
    return load_roster(database)


def remove_person(database: Database, name: str, by: str) -> Roster:
    with database.session() as session:
        people.remove_person(session, name, by=by)
    return load_roster(database)


def change_role(database: Database, name: str, role: Role, secret: str, by: str) -> Roster:
    """Make ``name`` a ``role`` with a new PIN or password of its kind (see
    :func:`duodesk.storage.people.change_role`)."""
    with database.session() as session:
        people.change_role(session, name, role, secret, by=by)
    return load_roster(database)
