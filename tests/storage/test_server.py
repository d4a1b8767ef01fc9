"""A shared PostgreSQL server used by several people at once, on a real server started for the
tests: readers that add up while others write, races that end in success, connection trouble
as a sentence, UTC times whatever the server's zone, and no tables made by a command that only
reads."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import psycopg
import pytest
from sqlalchemy import make_url, select, text

from duodesk.analysis.summary import summarize
from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.xlsform import read_xlsform
from duodesk.storage.database import (
    Database,
    PasswordNeededError,
    ProjectError,
    ServerUnreachableError,
    _server_engine,
    _server_problem,
)
from duodesk.storage.importer import import_responses
from duodesk.storage.interviewers import add_interviewer, list_interviewers
from duodesk.storage.models import Answer
from duodesk.storage.questionnaires import list_questionnaires, save_questionnaire
from duodesk.storage.server_watch import ServerStoppedAnswering
from tests.analysis.projects import store_interviews
from tests.cli.test_cli import duodesk
from tests.storage.postgres_server import FIELDWORKER, FIELDWORKER_PASSWORD


def _tables(url: str) -> list[str]:
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as connection:
        return [
            row[0]
            for row in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            )
        ]


def test_commands_that_only_read_create_nothing_in_an_empty_database(postgres_url):
    for command in (["list"], ["summary", "anything"], ["audit"]):
        done = duodesk("--db", postgres_url, *command)
        assert done.returncode == 1
        assert "There is no DuoDesk project in the database" in done.stderr
        assert "Traceback" not in done.stderr
    assert _tables(postgres_url) == []


def test_many_people_opening_a_new_shared_project_at_once(postgres_url, example_paths):
    questionnaire = read_xlsform(example_paths["training_employment_barriers"])
    failures: list[BaseException] = []

    def first_day() -> None:
        try:
            database = Database.open(postgres_url)
            with database.session() as session:
                save_questionnaire(session, questionnaire)
                add_interviewer(session, "Morag")
            database.close()
        except BaseException as error:  # collected and shown below
            failures.append(error)

    people = [threading.Thread(target=first_day) for _ in range(8)]
    for person in people:
        person.start()
    for person in people:
        person.join(120)
    assert failures == []
    database = Database.open(postgres_url)
    with database.session() as session:
        assert [q.form_id for q in list_questionnaires(session)] == [questionnaire.form_id]
        assert list_interviewers(session) == ["Morag"]
    database.close()


def test_summaries_add_up_while_others_save(postgres_url, example_paths):
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    database = Database.open(postgres_url)
    store_interviews(database, questionnaire, simulate_answers(questionnaire, 20, seed=1))
    stop = threading.Event()

    def keep_saving() -> None:
        writer = Database.open(postgres_url)
        seed = 100
        while not stop.is_set():
            store_interviews(writer, questionnaire, simulate_answers(questionnaire, 3, seed=seed))
            seed += 1
        writer.close()

    saver = threading.Thread(target=keep_saving)
    saver.start()
    try:
        checked = 0
        for _ in range(25):
            summary = summarize(database, questionnaire.form_id)
            for question in summary.questions:
                assert question.asked + question.not_applicable + question.not_in_version == (
                    summary.interviews
                ), question.name
                assert question.answered + question.missing == question.asked, question.name
                if question.options and question.type == "select_one":
                    assert sum(o.count for o in question.options) == question.answered
                checked += 1
    finally:
        stop.set()
        saver.join(120)
    assert checked > 0
    with database.session() as session:
        total = session.scalar(text("SELECT count(*) FROM interviews"))
    assert total > 20  # the other person really was saving meanwhile
    database.close()


def test_times_are_stored_in_utc_whatever_the_servers_zone(
    postgres_url, postgres_server_url, example_paths
):
    name = make_url(postgres_url).database
    with psycopg.connect(postgres_server_url, autocommit=True) as connection:
        connection.execute(f"ALTER DATABASE \"{name}\" SET timezone TO 'America/New_York'")
    database = Database.open(postgres_url)
    questionnaire = read_xlsform(example_paths["training_employment_barriers"])
    before = datetime.now(UTC).replace(tzinfo=None)
    store_interviews(database, questionnaire, simulate_answers(questionnaire, 1, seed=1))
    after = datetime.now(UTC).replace(tzinfo=None)
    with database.session() as session:
        started = session.scalar(text("SELECT started_at FROM interviews"))
    database.close()
    assert before.replace(microsecond=0) <= started.replace(tzinfo=None) <= after


def test_connection_trouble_is_a_sentence(postgres_url, tmp_path):
    cases = {
        postgres_url.replace("/t_", "/no_such_"): "has no database called no_such_",
        # A folder with no server's socket in it (short: a socket's path has at most 107
        # bytes, and tmp_path under several test processes can be longer).
        "postgresql://duodesk@/duodesk?host=/nonexistent-duodesk": "does not answer",
        "postgresql://someone:s3cret-pw@no-such-server.invalid/survey": "is not known",
        # A setting misspelt in the address is named, not taken for a server without TLS.
        postgres_url + "&sslmode=bogus": "sslmode=bogus, which is not a setting PostgreSQL",
    }
    for url, expected in cases.items():
        with pytest.raises(ProjectError) as raised:
            Database.open(url)
        assert expected in str(raised.value)
        assert "s3cret" not in str(raised.value)
        done = duodesk("--db", url, "list")
        assert done.returncode == 1 and expected in done.stderr
        assert "Traceback" not in done.stderr and "s3cret-pw" not in done.stderr
    refused = duodesk("--db", "mysql://someone:s3cret-pw@server/survey", "list")
    assert refused.returncode == 1 and "s3cret" not in refused.stderr


def test_a_stopped_server_is_recognised_on_a_computer_set_to_another_language(monkeypatch):
    """The window's Qt sets the C library's locale from the environment at start; the
    driver's "No such file or directory" then came in Russian here, and a stopped server was
    called a broken project."""
    import locale

    monkeypatch.setenv("LANGUAGE", "ru_RU")
    before = locale.setlocale(locale.LC_ALL)
    locale.setlocale(locale.LC_ALL, "")  # as QApplication does
    try:
        with pytest.raises(ServerUnreachableError, match="does not answer"):
            Database.open("postgresql://duodesk@/duodesk?host=/nonexistent-duodesk")
    finally:
        locale.setlocale(locale.LC_ALL, before)


@pytest.mark.parametrize(
    "cause",
    [
        psycopg.errors.CannotConnectNow("the database system is starting up"),
        psycopg.errors.AdminShutdown("terminating connection due to administrator command"),
        ServerStoppedAnswering(60, during_commit=False),
    ],
)
def test_a_server_starting_stopping_or_silent_is_one_that_cannot_be_reached(cause):
    """Such a server is offered as away (interview on this laptop), never as a broken
    project: the laptop's person can do nothing about it but wait or go on here."""
    from sqlalchemy.exc import OperationalError

    url = make_url("postgresql+psycopg://team@survey.example.org/peer")
    problem = _server_problem(url, OperationalError("SELECT 1", {}, cause))
    assert isinstance(problem, ServerUnreachableError)
    assert "survey.example.org does not answer" in str(problem)


def test_a_password_on_the_command_line_is_warned_about(postgres_url):
    url = postgres_url.replace("postgresql://duodesk@", "postgresql://duodesk:pw@")
    done = duodesk("--db", url, "list")
    assert "can be seen by other accounts" in done.stderr and ":pw@" not in done.stderr


def test_a_server_across_the_network_must_use_tls():
    remote = _server_engine("postgresql://team@survey.example.org/peer", None)
    assert remote.url.query["sslmode"] == "require"
    chosen = _server_engine("postgresql://team@survey.example.org/peer?sslmode=disable", None)
    assert chosen.url.query["sslmode"] == "disable"  # an explicit choice is kept
    local = _server_engine("postgresql://team@/peer?host=/run/postgresql", None)
    assert "sslmode" not in local.url.query
    assert Database(remote, None, None).protection() == "server connection encrypted (TLS)"
    assert Database(chosen, None, None).protection() == "server connection NOT encrypted"


def test_a_wrong_password_is_a_sentence_and_creates_nothing(postgres_server_url, example_paths):
    """The test server asks every user but its owner for a password (scram-sha-256)."""
    with psycopg.connect(postgres_server_url, autocommit=True) as connection:
        connection.execute("DROP DATABASE IF EXISTS field_survey")
        connection.execute(f"CREATE DATABASE field_survey OWNER {FIELDWORKER}")
    socket = make_url(postgres_server_url).query["host"]
    url = f"postgresql://{FIELDWORKER}@/field_survey?host={socket}"
    owner_url = postgres_server_url.replace("/duodesk?", "/field_survey?")
    form = str(example_paths["drug_user_organisation_profile"])

    with pytest.raises(ProjectError) as raised:
        Database.open(url, password="Wrong horse battery 7")
    assert str(raised.value) == f"The server at {socket} refused the user name or password."
    with pytest.raises(PasswordNeededError):
        Database.open(url)

    for env in ({"PGPASSWORD": "Wrong horse battery 7"}, {"PGPASSWORD": FIELDWORKER_PASSWORD[:-1]}):
        done = duodesk("--db", url, "import-form", form, env=env)
        assert done.returncode == 1
        assert "refused the user name or password" in done.stderr
        assert "Traceback" not in done.stderr and "horse" not in done.stderr
    asked = duodesk("--db", url, "import-form", form, env={"PGPASSWORD": ""})
    assert asked.returncode == 1 and "asks for fieldworker's password" in asked.stderr
    assert _tables(owner_url) == []

    # The same command with the right password works, so the refusals above were the server's.
    done = duodesk("--db", url, "import-form", form, env={"PGPASSWORD": FIELDWORKER_PASSWORD})
    assert done.returncode == 0, done.stderr
    listed = duodesk("--db", url, "list", env={"PGPASSWORD": FIELDWORKER_PASSWORD})
    assert listed.returncode == 0 and "duo_profile" in listed.stdout


def test_answers_sent_with_copy_come_back_exactly(postgres_url, tmp_path, example_paths):
    """Imports load answers into a server with COPY, whose text format has its own escapes: a
    tab, a line break, a backslash or a literal \\N in an answer must arrive as typed."""
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    question = "comments"  # free text, always asked
    tricky = ["tab\there", "two\nlines", "back\\slash", "\\N", "quote ' \" ok", "café 🙂", r"\."]
    answers = [
        {**interview, question: value}
        for interview, value in zip(
            simulate_answers(questionnaire, len(tricky), seed=4), tricky, strict=True
        )
    ]
    data = tmp_path / "tricky.csv"
    write_responses_csv(questionnaire, iter(answers), data)

    stored = {}
    for where in (postgres_url, str(tmp_path / "laptop.duodesk")):
        database = Database.open(where)
        with database.session() as session:
            save_questionnaire(session, questionnaire)
        assert import_responses(database, questionnaire.form_id, data).imported == len(tricky)
        with database.read_session() as session:
            stored[where] = sorted(
                session.execute(select(Answer.question, Answer.status, Answer.value, Answer.number))
            )
        database.close()
    server, laptop = stored.values()
    assert server == laptop
    assert sorted(v for q, _, v, _ in server if q == question) == sorted(tricky)


def test_a_shared_project_is_named_as_a_person_writes_it_and_offers_no_passphrase(
    postgres_url, example_paths
):
    from dataclasses import replace

    from duodesk.gui.security.operations import protection_state
    from duodesk.storage.questionnaires import save_questionnaire

    form = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    own = replace(form, settings=replace(form.settings, form_id="our_own_survey"))
    database = Database.open(postgres_url)
    try:
        assert database.describe().startswith("postgresql://")  # not postgresql+psycopg://
        with database.session() as session:
            save_questionnaire(session, own)  # a survey of the group's own
        assert not protection_state(database).warn  # the server protects it, not a passphrase
    finally:
        database.close()
    with pytest.raises(ProjectError) as raised:
        Database.open(postgres_url.replace("/t_", "/no_such_"))
    assert "+psycopg" not in str(raised.value)
