"""Several people importing into one shared PostgreSQL project at the same moment (a real server,
each person with their own connections): everything ends in success or "already imported",
never in a traceback and never with an interview stored twice."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select

from duodesk.analysis.summary import summarize
from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.xlsform import read_xlsform
from duodesk.storage.database import Database
from duodesk.storage.importer import SERVER_RETRIES, ImportReport, import_responses
from duodesk.storage.models import Interview, ParticipantCodeDigest, ProjectSetting
from duodesk.storage.questionnaires import save_questionnaire
from tests.storage.team import summary


def _at_once(people: list[Callable[[], object]]) -> list[object]:
    """Run each person's work on its own thread, all starting together; their results (an
    exception is a result too, so that every failure is shown)."""
    start = threading.Barrier(len(people))
    results: list[object] = [None] * len(people)

    def run(index: int) -> None:
        start.wait()
        try:
            results[index] = people[index]()
        except BaseException as error:  # shown by the caller's assertion
            results[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(people))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    return results


@pytest.fixture
def hepatitis(example_paths):
    return read_xlsform(example_paths["hepatitis_c_peer_survey"])


def _csv(folder: Path, questionnaire, name: str, count: int, seed: int) -> Path:
    path = folder / name
    write_responses_csv(questionnaire, simulate_answers(questionnaire, count, seed=seed), path)
    return path


def _import(url: str, form_id: str, path: Path) -> ImportReport:
    database = Database.open(url)  # each person has their own connections
    try:
        return import_responses(database, form_id, path)
    finally:
        database.close()


def test_the_same_file_imported_by_two_people_at_once_is_stored_once(
    postgres_url, hepatitis, tmp_path
):
    database = Database.open(postgres_url)
    with database.session() as session:
        save_questionnaire(session, hepatitis)
    form_id = hepatitis.form_id
    expected = 0
    for round_ in range(3):
        data = _csv(tmp_path, hepatitis, f"round{round_}.csv", 40, seed=round_)
        reports = _at_once([functools.partial(_import, postgres_url, form_id, data)] * 2)
        assert all(isinstance(r, ImportReport) for r in reports), reports
        outcomes = sorted((r.imported, r.already_imported) for r in reports)
        assert outcomes == [(0, 40), (40, 0)]  # one imported it, the other was told so
        assert "40 were already in the project" in min(reports, key=lambda r: r.imported).describe()
        expected += 40
        with database.read_session() as session:
            assert session.scalar(select(func.count()).select_from(Interview)) == expected
            stored_uuids = session.scalar(select(func.count(func.distinct(Interview.uuid))))
            assert stored_uuids == expected
    database.close()


def test_four_people_importing_small_files_at_once_into_a_fresh_project(
    postgres_url, hepatitis, tmp_path
):
    """A fresh project (no participant-code key yet), four people each importing three small
    files one after the other, all four also importing the same shared file, while two others
    read summaries: the server ends with the same project as one laptop that imported every
    file once, and every summary read meanwhile adds up."""
    form_id = hepatitis.form_id
    shared = _csv(tmp_path, hepatitis, "shared.csv", 15, seed=99)
    own = {
        person: [
            _csv(tmp_path, hepatitis, f"{person}{n}.csv", 8, seed=10 * p + n) for n in range(3)
        ]
        for p, person in enumerate(("north", "south", "east", "west"))
    }
    server = Database.open(postgres_url)
    with server.session() as session:
        save_questionnaire(session, hepatitis)
        assert session.get(ProjectSetting, "participant_code_key_id") is None

    finished: list[str] = []
    all_done = threading.Event()

    def person(name: str, files: list[Path]) -> Callable[[], list[ImportReport]]:
        def work() -> list[ImportReport]:
            try:
                return [_import(postgres_url, form_id, f) for f in (files[0], shared, *files[1:])]
            finally:
                finished.append(name)
                if len(finished) == len(own):
                    all_done.set()

        return work

    def reader() -> int:
        """Someone reading summaries meanwhile: each one adds up."""
        database = Database.open(postgres_url)
        read = 0
        while True:
            result = summarize(database, form_id)
            for question in result.questions:
                assert question.asked + question.not_applicable + question.not_in_version == (
                    result.interviews
                ), question.name
                assert question.answered + question.missing == question.asked, question.name
            read += 1
            if all_done.is_set():
                database.close()
                return read

    results = _at_once([*(person(n, f) for n, f in own.items()), reader, reader])
    assert all(isinstance(r, int) for r in results[-2:]), results[-2:]
    results = results[:-2]
    assert all(isinstance(r, list) for r in results), results
    reports = [report for result in results for report in result]
    assert all(r.rejected == 0 for r in reports)
    shared_reports = [r for r in reports if r.path == shared]
    assert sorted(r.imported for r in shared_reports) == [0, 0, 0, 15]
    assert sorted(r.already_imported for r in shared_reports) == [0, 15, 15, 15]

    laptop = Database.open(tmp_path / "laptop.duodesk")
    with laptop.session() as session:
        save_questionnaire(session, hepatitis)
    for files in own.values():
        for path in (shared, *files):
            import_responses(laptop, form_id, path)
    with server.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Interview)) == 15 + 4 * 3 * 8
        codes = session.scalar(
            select(func.count(func.distinct(ParticipantCodeDigest.interview_id)))
        )
    with laptop.read_session() as session:
        assert codes == session.scalar(
            select(func.count(func.distinct(ParticipantCodeDigest.interview_id)))
        )
    assert summary(server, form_id) == summary(laptop, form_id)
    server.close()
    laptop.close()


def test_two_people_importing_the_same_interviews_in_opposite_orders(
    postgres_url, hepatitis, tmp_path
):
    """Each waits for a row the other has just stored (the server calls it a deadlock and
    stops one of them): that one's import is tried again and finds everything imported."""
    database = Database.open(postgres_url)
    with database.session() as session:
        save_questionnaire(session, hepatitis)
    forwards = _csv(tmp_path, hepatitis, "forwards.csv", 600, seed=5)
    header, *lines = forwards.read_text(encoding="utf-8").splitlines(keepends=True)
    backwards = tmp_path / "backwards.csv"
    backwards.write_text(header + "".join(reversed(lines)), encoding="utf-8")
    reports = _at_once(
        [
            functools.partial(_import, postgres_url, hepatitis.form_id, f)
            for f in (forwards, backwards)
        ]
    )
    assert all(isinstance(r, ImportReport) for r in reports), reports
    assert sorted((r.imported, r.already_imported) for r in reports) == [(0, 600), (600, 0)]
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Interview)) == 600
    database.close()


def test_an_import_that_meets_deadlocks_every_time_stops_after_its_tries_and_stores_nothing(
    postgres_url, hepatitis, tmp_path
):
    """The server itself stops the import as a deadlock on every try (a trigger raises the
    server's own deadlock error whenever an answer is stored): after its tries the import
    says so in a sentence, and the project holds nothing of the file."""
    database = Database.open(postgres_url)
    with database.session() as session:
        save_questionnaire(session, hepatitis)
    database.close()
    with psycopg.connect(postgres_url, autocommit=True) as connection:
        connection.execute("CREATE SEQUENCE import_tries")
        connection.execute(
            "CREATE FUNCTION in_the_way() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "PERFORM nextval('import_tries'); "
            "RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01'; END $$"
        )
        connection.execute(
            "CREATE TRIGGER in_the_way BEFORE INSERT ON interviews "
            "FOR EACH STATEMENT EXECUTE FUNCTION in_the_way()"
        )
    data = _csv(tmp_path, hepatitis, "crowded.csv", 30, seed=5)
    run = subprocess.run(
        [sys.executable, "-m", "duodesk.cli", "--db", postgres_url, "import-data",
         hepatitis.form_id, str(data)],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )  # fmt: skip
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert run.stderr.strip() == (
        f"duodesk: crowded.csv: other imports to the shared server got in the way of this one "
        f"{SERVER_RETRIES} times, so DuoDesk stopped trying and nothing of this file was "
        "imported. Import it again when the others have finished."
    )
    with psycopg.connect(postgres_url) as connection:
        tries = connection.execute("SELECT last_value FROM import_tries").fetchone()[0]
        stored = connection.execute("SELECT count(*) FROM interviews").fetchone()[0]
        answers = connection.execute("SELECT count(*) FROM answers").fetchone()[0]
    assert tries == SERVER_RETRIES  # tried again, up to the cap, and no more
    assert (stored, answers) == (0, 0)  # nothing half-stored
