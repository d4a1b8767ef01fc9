"""People and roles on a shared PostgreSQL server (a real one, started for the tests): the
people table's migration (0008) on a server project that already holds interviews, and
signing in, lock-outs and role checks there."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import create_engine, func, inspect, make_url, select, text

from duodesk.core.roles import Role, SignedIn
from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.xlsform import read_xlsform
from duodesk.storage import people
from duodesk.storage.access import NotAllowed
from duodesk.storage.audit import set_signed_in, verify
from duodesk.storage.database import Database
from duodesk.storage.importer import import_responses
from duodesk.storage.migrations import config, current_revision, head_revision
from duodesk.storage.models import Base
from duodesk.storage.questionnaires import save_questionnaire

pytestmark = pytest.mark.slow


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as connection:
            tables = sorted(set(inspect(connection).get_table_names()) - {"alembic_version"})
            return {
                table: connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
                for table in tables
            }
    finally:
        engine.dispose()


def _server_project_at_0007(url: str, tmp_path, example_paths) -> None:
    """A server project as DuoDesk left it before people and roles: a questionnaire and 40
    interviews, then the schema taken back to revision 0007."""
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    database = Database.open(url)
    try:
        with database.session() as session:
            save_questionnaire(session, questionnaire)
        data = tmp_path / "hep.csv"
        write_responses_csv(questionnaire, list(simulate_answers(questionnaire, 40, seed=8)), data)
        assert import_responses(database, questionnaire.form_id, data).imported == 40
    finally:
        database.engine.dispose()
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as connection:
            command.downgrade(config(connection), "0007")
        with engine.connect() as connection:
            assert current_revision(connection) == "0007"
            assert "people" not in inspect(connection).get_table_names()
    finally:
        engine.dispose()


def test_a_server_project_with_interviews_is_upgraded_to_people_and_roles(
    postgres_url, tmp_path, example_paths
):
    _server_project_at_0007(postgres_url, tmp_path, example_paths)
    before = _counts(postgres_url)
    assert before["interviews"] == 40 and before["answers"] > 40 * 10

    database = Database.open(postgres_url)  # the upgrade a laptop makes when it connects
    try:
        with database.engine.connect() as connection:
            assert current_revision(connection) == head_revision()
            columns = {c["name"] for c in inspect(connection).get_columns("people")}
        assert columns == set(Base.metadata.tables["people"].columns.keys())
        after = _counts(postgres_url)
        assert after.pop("people") == 0
        # Not one row of any table lost or added; the tables later revisions add start empty.
        assert {table: after.pop(table) for table in before} == before
        assert set(after.values()) <= {0}
        with database.session() as session:
            assert not people.has_people(session)
            people.add_person(session, "Morag", Role.COORDINATOR, "harbour lights 7")
            set_signed_in(SignedIn("Morag", Role.COORDINATOR))
            people.add_person(session, "Sam", Role.INTERVIEWER, "4821")
        with database.session() as session:
            assert people.sign_in(session, "sam", "4821").person == SignedIn(
                "Sam", Role.INTERVIEWER
            )
            assert verify(session).intact
    finally:
        database.close()


def test_the_same_name_cannot_be_listed_twice_by_two_laptops(postgres_url):
    database = Database.open(postgres_url)
    try:
        with database.session() as session:
            people.add_person(session, "Morag", Role.COORDINATOR, "harbour lights 7")
        set_signed_in(SignedIn("Morag", Role.COORDINATOR))
        with (
            database.session() as session,
            pytest.raises(people.PeopleError, match="already on the list"),
        ):
            people.add_person(session, "morag", Role.COORDINATOR, "another password")
        with database.read_session() as session:
            assert session.scalar(select(func.count()).select_from(people.PersonRecord)) == 1
    finally:
        database.close()


def test_a_lock_out_holds_on_a_server_whose_clock_is_not_utc(postgres_url):
    """PostgreSQL turns a time with a zone into the server's local time when the column has
    none: a lock-out written that way would end hours early (or late) west of Greenwich."""
    import psycopg

    name = make_url(postgres_url).database
    with psycopg.connect(postgres_url, autocommit=True) as connection:
        connection.execute(f"ALTER DATABASE \"{name}\" SET timezone = 'America/Los_Angeles'")
    with psycopg.connect(postgres_url) as connection:
        assert connection.execute("SHOW timezone").fetchone() == ("America/Los_Angeles",)
    database = Database.open(postgres_url)
    try:
        with database.session() as session:
            people.add_person(session, "Morag", Role.COORDINATOR, "harbour lights 7")
            set_signed_in(SignedIn("Morag", Role.COORDINATOR))
            people.add_person(session, "Sam", Role.INTERVIEWER, "4821")
        now = datetime.now(UTC)
        for _ in range(people.MAX_WRONG_TRIES):
            with database.session() as session:
                people.sign_in(session, "Sam", "0000", now=now)
        with database.session() as session:
            refused = people.sign_in(session, "Sam", "4821", now=now + timedelta(minutes=1))
        assert refused.person is None and "Too many wrong tries" in refused.message
        with database.session() as session:
            later = people.sign_in(
                session, "Sam", "4821", now=now + people.LOCKOUT + timedelta(seconds=5)
            )
        assert later.person is not None
    finally:
        database.close()


def test_an_interviewer_is_refused_a_coordinators_change_on_the_server(postgres_url):
    database = Database.open(postgres_url)
    try:
        with database.session() as session:
            people.add_person(session, "Morag", Role.COORDINATOR, "harbour lights 7")
            set_signed_in(SignedIn("Morag", Role.COORDINATOR))
            people.add_person(session, "Sam", Role.INTERVIEWER, "4821")
        set_signed_in(SignedIn("Sam", Role.INTERVIEWER))
        with (
            database.session() as session,
            pytest.raises(NotAllowed, match="Only a coordinator can manage the people"),
        ):
            people.change_role(session, "Sam", Role.COORDINATOR, "a long password")
        with database.read_session() as session:
            assert [p.role for p in people.list_people(session)] == [
                Role.COORDINATOR,
                Role.INTERVIEWER,
            ]
    finally:
        database.close()
