"""People and roles in the project file: PINs kept only as slow salted hashes, sign-in with
lock-out after repeated wrong PINs, and every attempt in the audit trail. Real project files."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from duodesk.core.roles import Permission, Role, SignedIn
from duodesk.storage import audit
from duodesk.storage.audit import set_signed_in
from duodesk.storage.database import Database
from duodesk.storage.people import (
    LOCKOUT,
    MAX_WRONG_TRIES,
    PeopleError,
    add_person,
    change_secret,
    has_people,
    list_people,
    remove_person,
    sign_in,
)


def _trail(database: Database) -> list[audit.AuditEvent]:
    with database.session() as session:
        return audit.list_events(session)


def test_a_new_project_has_nobody_listed_and_so_every_right(database):
    with database.session() as session:
        assert not has_people(session)
        assert list_people(session) == []


def test_a_pin_is_never_stored_only_a_salted_slow_hash(database, project_path):
    with database.session() as session:
        add_person(session, "Morag", Role.COORDINATOR, "harbour lights 7")
        set_signed_in(SignedIn("Morag", Role.COORDINATOR))  # Morag lists the others
        add_person(session, "Sam", Role.INTERVIEWER, "4821")
        add_person(session, "Jo", Role.INTERVIEWER, "4821")
    database.close()
    raw = project_path.read_bytes()
    assert b"4821" not in raw and b"harbour lights" not in raw
    with sqlite3.connect(project_path) as connection:
        hashes = dict(connection.execute("SELECT name, secret_hash FROM people"))
    assert all(value.startswith("scrypt$16384$8$1$") for value in hashes.values())
    assert hashes["Sam"] != hashes["Jo"]  # the same PIN, different salts


def test_the_first_person_must_be_a_coordinator(database):
    with database.session() as session, pytest.raises(PeopleError, match="coordinator first"):
        add_person(session, "Sam", Role.INTERVIEWER, "4821")
    with database.session() as session:
        assert not has_people(session)


@pytest.mark.parametrize(
    ("role", "secret", "message"),
    [
        (Role.INTERVIEWER, "12", "4 to 12 digits"),
        (Role.INTERVIEWER, "12ab", "4 to 12 digits"),
        (Role.COORDINATOR, "short", "at least 8"),
    ],
)
def test_a_too_weak_pin_or_password_is_refused(database, role, secret, message):
    with database.session() as session:
        add_person(session, "Morag", Role.COORDINATOR, "harbour lights 7")
        set_signed_in(SignedIn("Morag", Role.COORDINATOR))  # Morag lists the others
    with database.session() as session, pytest.raises(PeopleError, match=message):
        add_person(session, "Sam", role, secret)


def test_signing_in_checks_the_pin_and_records_every_try(database):
    with database.session() as session:
        add_person(session, "Morag", Role.COORDINATOR, "harbour lights 7")
        set_signed_in(SignedIn("Morag", Role.COORDINATOR))  # Morag lists the others
        add_person(session, "Sam", Role.INTERVIEWER, "4821")
    with database.session() as session:
        wrong = sign_in(session, "sam", "1111")
    assert wrong.person is None and "not right" in wrong.message
    with database.session() as session:
        right = sign_in(session, " Sam ", "4821")
    assert right.person is not None and right.person.name == "Sam"
    assert right.person.role is Role.INTERVIEWER
    assert not right.person.may(Permission.EXPORT)
    assert right.person.may(Permission.ENTER_INTERVIEWS)
    actions = [(e.action, e.subject) for e in _trail(database)]
    assert ("sign-in failed", "Sam") in actions and ("signed in", "Sam") in actions
    with database.session() as session:
        assert audit.verify(session).intact


def test_repeated_wrong_pins_lock_the_name_out_even_for_the_right_pin(database):
    with database.session() as session:
        add_person(session, "Morag", Role.COORDINATOR, "harbour lights 7")
        set_signed_in(SignedIn("Morag", Role.COORDINATOR))  # Morag lists the others
        add_person(session, "Sam", Role.INTERVIEWER, "4821")
    now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    for _ in range(MAX_WRONG_TRIES):
        with database.session() as session:
            result = sign_in(session, "Sam", "0000", now=now)
    assert "cannot sign in for 5 minutes" in result.message
    with database.session() as session:
        locked = sign_in(session, "Sam", "4821", now=now + timedelta(minutes=1))
    assert locked.person is None and "Too many wrong tries" in locked.message
    with database.session() as session:
        later = sign_in(session, "Sam", "4821", now=now + LOCKOUT + timedelta(seconds=1))
    assert later.person is not None
    assert "locked out" in [e.action for e in _trail(database)]


def test_a_new_pin_from_a_coordinator_lifts_a_lock_out(database):
    with database.session() as session:
        add_person(session, "Morag", Role.COORDINATOR, "harbour lights 7")
        set_signed_in(SignedIn("Morag", Role.COORDINATOR))  # Morag lists the others
        add_person(session, "Sam", Role.INTERVIEWER, "4821")
    for _ in range(MAX_WRONG_TRIES):
        with database.session() as session:
            sign_in(session, "Sam", "0000")
    with database.session() as session:
        change_secret(session, "Sam", "7777", by="Morag")
    with database.session() as session:
        assert sign_in(session, "Sam", "7777").person is not None
        assert sign_in(session, "Sam", "4821").person is None


def test_the_only_coordinator_stays_while_others_are_listed(database):
    with database.session() as session:
        add_person(session, "Morag", Role.COORDINATOR, "harbour lights 7")
        set_signed_in(SignedIn("Morag", Role.COORDINATOR))  # Morag lists the others
        add_person(session, "Sam", Role.INTERVIEWER, "4821")
    with database.session() as session, pytest.raises(PeopleError, match="only coordinator"):
        remove_person(session, "Morag")
    with database.session() as session:
        remove_person(session, "Sam", by="Morag")
        remove_person(session, "Morag", by="Morag")
    with database.session() as session:
        assert not has_people(session)  # back to one person with every right


def test_the_people_table_comes_with_an_upgrade_of_an_older_project(tmp_path):
    import sqlalchemy

    from duodesk.storage.migrations import current_revision, head_revision, upgrade

    path = tmp_path / "old.duodesk"
    old = sqlalchemy.create_engine(f"sqlite:///{path}")
    with old.begin() as connection:
        upgrade(connection, "0007")  # a project as the program before people made it
    old.dispose()
    with sqlite3.connect(path) as connection:
        assert not connection.execute(
            "SELECT name FROM sqlite_master WHERE name = 'people'"
        ).fetchall()
    database = Database.open(path)
    try:
        with database.engine.connect() as connection:
            assert current_revision(connection) == head_revision()
        with database.session() as session:
            add_person(session, "Morag", Role.COORDINATOR, "harbour lights 7")
            set_signed_in(SignedIn("Morag", Role.COORDINATOR))  # Morag lists the others
            assert has_people(session)
    finally:
        database.close()


def test_a_new_role_needs_a_new_secret_of_its_kind_and_keeps_a_coordinator(database):
    from duodesk.storage.people import change_role

    with database.session() as session:
        add_person(session, "Morag", Role.COORDINATOR, "harbour lights 7")
        set_signed_in(SignedIn("Morag", Role.COORDINATOR))  # Morag lists the others
        add_person(session, "Sam", Role.INTERVIEWER, "4821")
    with database.session() as session, pytest.raises(PeopleError, match="only coordinator"):
        change_role(session, "Morag", Role.INTERVIEWER, "1234")
    with database.session() as session, pytest.raises(PeopleError, match="at least 8"):
        change_role(session, "Sam", Role.COORDINATOR, "4821")
    with database.session() as session:
        change_role(session, "Sam", Role.COORDINATOR, "green door 12", by="Morag")
    with database.session() as session:
        assert sign_in(session, "Sam", "4821").person is None
        promoted = sign_in(session, "Sam", "green door 12").person
    assert promoted is not None and promoted.role is Role.COORDINATOR
    assert ("role changed", "Morag", "Sam") in [
        (e.action, e.actor, e.subject) for e in _trail(database)
    ]
