"""Interviews entered on the laptop while the team's server could not be reached, sent to it
when it is back (a real PostgreSQL server)."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import date

import psycopg
import pytest
from sqlalchemy import select

from duodesk.core.records import AnswerRecord, AnswerStatus, FormChange
from duodesk.core.xlsform import read_xlsform
from duodesk.gui.entry import operations as ops
from duodesk.storage.away import (
    away_path,
    copy_questionnaires,
    has_away_project,
    open_away_project,
    send_to_server,
    waiting_interviews,
)
from duodesk.storage.database import Database, ProjectError
from duodesk.storage.interviews import stored_answers
from duodesk.storage.models import Interview, InterviewStatus
from duodesk.storage.participant_codes import project_key
from duodesk.storage.questionnaires import save_questionnaire
from duodesk.storage.team import current_key

FORM = "hepc_peer_survey"


@pytest.fixture
def server(postgres_url, example_paths):
    database = Database.open(postgres_url)
    with database.session() as session:
        save_questionnaire(session, read_xlsform(example_paths["hepatitis_c_peer_survey"]))
    yield database
    database.close()


def _interview_on(database: Database, age: str) -> uuid.UUID:
    details = ops.InterviewDetails(FORM, "Sam", "Drop-in north", date(2026, 11, 30))
    opened = ops.start_interview(database, details)
    answer = AnswerRecord("age", AnswerStatus.ANSWERED, age)
    ops.save_answers(database, opened.interview_id, FormChange((answer,), "age"))
    ops.finish_interview(database, opened.interview_id, [answer], "age")
    return opened.uuid


def _server_ages(server: Database) -> dict[uuid.UUID, str]:
    with server.read_session() as session:
        rows = session.execute(
            select(Interview.id, Interview.uuid).where(Interview.status == InterviewStatus.COMPLETE)
        ).all()
        return {u: stored_answers(session, i)["age"].value for i, u in rows}


def test_the_questionnaires_are_kept_on_the_laptop_locked_and_the_interviews_sent_once(
    server, postgres_url
):
    assert not has_away_project(postgres_url)
    copy_questionnaires(server)
    assert has_away_project(postgres_url)
    path = away_path(postgres_url)
    # Locked: not an SQLite file to anyone who copies it, and no project without its key.
    assert not path.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(ProjectError):
        Database.open(path).close()

    away = open_away_project(postgres_url)
    try:
        first = _interview_on(away, "34")
        second = _interview_on(away, "51")
        assert waiting_interviews(away) == 2
        sent = send_to_server(away, server)
        assert sent.sent == 2
        assert sent.describe() == "The 2 interviews entered on this laptop were sent to the server."
        assert _server_ages(server) == {first: "34", second: "51"}
        assert waiting_interviews(away) == 0  # they left the laptop once on the server
        with away.read_session() as session:
            assert session.scalars(select(Interview.uuid)).all() == []
        # Sending again sends nothing and adds nothing.
        assert send_to_server(away, server).sent == 0
        assert _server_ages(server) == {first: "34", second: "51"}
    finally:
        away.close()


def test_sending_that_fails_half_way_leaves_the_server_as_it_was_and_the_laptop_its_interviews(
    server, postgres_url
):
    copy_questionnaires(server)
    away = open_away_project(postgres_url)
    try:
        kept = _interview_on(away, "29")
        # The answers table is held, so the send stops half way (its interview inserted, its
        # answers not); then its connection is cut, as a network would.
        holder = psycopg.connect(postgres_url)
        holder.execute("LOCK TABLE answers IN ACCESS EXCLUSIVE MODE")
        failure: list[BaseException] = []

        def send() -> None:
            try:
                send_to_server(away, server)
            except Exception as error:
                failure.append(error)

        thread = threading.Thread(target=send)
        thread.start()
        with psycopg.connect(postgres_url, autocommit=True) as watcher:
            for _ in range(400):
                cut = watcher.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE wait_event_type = 'Lock' AND pid <> %s",
                    (holder.info.backend_pid,),
                ).fetchall()
                if cut:
                    break
                time.sleep(0.05)
        thread.join(60)
        holder.rollback()
        holder.close()
        assert cut and failure
        assert _server_ages(server) == {}
        assert waiting_interviews(away) == 1
        # Sent again once the server is there: all of it, once.
        assert send_to_server(away, server).sent == 1
        assert _server_ages(server) == {kept: "29"}
    finally:
        away.close()


def test_what_sending_says_is_true_when_another_window_sent_them_or_they_were_there_already(
    server, postgres_url
):
    from duodesk.storage.merge import merge_records
    from duodesk.storage.transfer import project_records

    copy_questionnaires(server)
    away = open_away_project(postgres_url)
    try:
        first = _interview_on(away, "34")
        # Stored on the server once already, but the laptop stopped before it let them go.
        with away.session() as mine, server.session() as theirs:
            merge_records(theirs, project_records(mine), "this laptop")
        second = _interview_on(away, "51")
        sent = send_to_server(away, server)
        assert sent.describe() == (
            "The 2 interviews entered on this laptop are on the server now: 1 sent just now, 1 "
            "there already (sent before)."
        )
        assert _server_ages(server) == {first: "34", second: "51"}
        # Another window sent them first: nothing is left, and it is not said to be sent.
        assert send_to_server(away, server).describe() == (
            "No interviews entered on this laptop were left to send: they were already sent "
            "to the server (from another DuoDesk window)."
        )
        third = _interview_on(away, "62")
        with away.session() as mine, server.session() as theirs:
            merge_records(theirs, project_records(mine), "this laptop")
        assert send_to_server(away, server).describe() == (
            "The interviews entered on this laptop were already on the server (sent before); "
            "now they are no longer kept on this laptop."
        )
        assert _server_ages(server) == {first: "34", second: "51", third: "62"}
        assert waiting_interviews(away) == 0
    finally:
        away.close()


def test_keeping_the_questionnaires_on_a_laptop_without_a_keyring_leaves_the_server_its_key(
    server, postgres_url
):
    """The laptop copy is encrypted, so it keeps the team's participant-code key inside it;
    the server's own key file on the laptop must stay, or every participant code typed on
    the server afterwards fails ("the key is not on this laptop"), and so does the next copy."""
    with server.session() as session:
        made = project_key(session)  # as the first participant code typed on the server does
    for _ in range(2):  # the second copy needs the key again
        copy_questionnaires(server)
        with server.read_session() as session:
            assert current_key(session) == made
    opened = ops.start_interview(
        server, ops.InterviewDetails(FORM, "Sam", "Drop-in north", date(2026, 11, 30))
    )
    assert opened.interview_id
