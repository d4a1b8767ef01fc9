"""Two writers on one project: threads of this process and a second process, on a real file.

Write sessions start with BEGIN IMMEDIATE, so a writer that would have read and then found the
project taken waits for it instead of failing at once with "database is locked".
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from duodesk.core.records import AnswerRecord, AnswerStatus, FormChange
from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.xlsform import read_xlsform
from duodesk.gui.entry import operations as ops
from duodesk.gui.operations import add_example_questionnaires
from duodesk.storage.models import Interview, InterviewerRecord, InterviewStatus

ROOT = Path(__file__).resolve().parents[2]
FORM = "hepc_peer_survey"


def _cli(*args: str, busy_timeout_ms: int | None = None, wait_s: float | None = None):
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    if busy_timeout_ms is not None:
        environment["DUODESK_BUSY_TIMEOUT_MS"] = str(busy_timeout_ms)
    if wait_s is not None:
        environment["DUODESK_IMPORT_WAIT_S"] = str(wait_s)
    return subprocess.Popen(
        [sys.executable, "-m", "duodesk.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )


def test_two_threads_that_read_then_write_never_fail(database):
    failures: list[Exception] = []

    def writer(prefix: str) -> None:
        for number in range(60):
            try:
                with database.session() as session:
                    count = session.scalar(select(func.count(InterviewerRecord.id)))
                    session.add(InterviewerRecord(name=f"{prefix} {number} after {count}"))
            except Exception as error:  # counted, not raised: the test says how many
                failures.append(error)

    threads = [threading.Thread(target=writer, args=(name,)) for name in ("Sam", "Alex")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with database.session() as session:
        assert session.scalar(select(func.count(InterviewerRecord.id))) == 120


@pytest.mark.slow
def test_an_import_in_another_process_and_answers_saved_here_both_go_through(
    database, project_path, example_paths, tmp_path
):
    add_example_questionnaires(database)
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    data = tmp_path / "responses.csv"
    write_responses_csv(questionnaire, simulate_answers(questionnaire, 400, seed=3), data)
    details = ops.InterviewDetails(FORM, "Sam", "Centre B", date(2024, 7, 12))
    draft = ops.start_interview(database, details).interview_id

    importer = _cli("--db", str(project_path), "import-data", FORM, str(data))
    failures: list[Exception] = []
    saved = 0
    while importer.poll() is None or saved < 20:
        age = AnswerRecord("age", AnswerStatus.ANSWERED, str(20 + saved % 50), 20.0 + saved % 50)
        try:
            ops.save_answers(database, draft, FormChange((age,), "age"))
            saved += 1
        except Exception as error:
            failures.append(error)
    out, err = importer.communicate()
    assert importer.returncode == 0, err
    assert "Traceback" not in err
    assert failures == []
    assert "400 interviews imported" in out
    with database.session() as session:
        complete = session.scalar(
            select(func.count(Interview.id)).where(Interview.status == InterviewStatus.COMPLETE)
        )
    assert complete == 400


@pytest.mark.slow
def test_two_imports_at_once_both_succeed_or_say_why_in_a_sentence(
    database, project_path, example_paths, tmp_path
):
    add_example_questionnaires(database)
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    files = []
    for seed in (1, 2):
        path = tmp_path / f"responses-{seed}.csv"
        write_responses_csv(questionnaire, simulate_answers(questionnaire, 150, seed=seed), path)
        files.append(path)
    # Each waits only 0.3 s at a time for the other, and so must wait again and again.
    runs = [
        _cli("--db", str(project_path), "import-data", FORM, str(path), busy_timeout_ms=300)
        for path in files
    ]
    outcomes = [(run.wait(), *run.communicate()) for run in runs]
    for code, out, err in outcomes:
        assert code == 0, err
        assert "Traceback" not in err
        assert "150 interviews imported" in out
    with database.session() as session:
        assert session.scalar(select(func.count(Interview.id))) == 300


def test_a_second_import_waits_for_the_first_and_says_so(
    database, project_path, example_paths, tmp_path, lock_holder
):
    add_example_questionnaires(database)
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    data = tmp_path / "responses.csv"
    write_responses_csv(questionnaire, simulate_answers(questionnaire, 5, seed=4), data)
    first = lock_holder(project_path)  # the first import, still saving
    second = _cli("--db", str(project_path), "import-data", FORM, str(data), busy_timeout_ms=300)
    assert second.stderr is not None
    line = second.stderr.readline()  # printed while it waits, before it can import
    assert line.startswith("duodesk: waiting for another import")
    first.release()
    out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    assert "5 interviews imported" in out
    assert "Traceback" not in err


@pytest.mark.slow
def test_a_project_held_by_another_process_is_a_sentence_on_the_command_line(
    database, project_path, example_paths, tmp_path, lock_holder
):
    add_example_questionnaires(database)
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    data = tmp_path / "responses.csv"
    write_responses_csv(questionnaire, simulate_answers(questionnaire, 5, seed=4), data)
    lock_holder(project_path)  # and never lets go
    run = _cli(
        "--db", str(project_path), "import-data", FORM, str(data), busy_timeout_ms=300, wait_s=3
    )
    _out, err = run.communicate(timeout=120)
    assert run.returncode == 1
    assert "Traceback" not in err
    waiting, gave_up = err.strip().splitlines()
    assert waiting.startswith("duodesk: waiting for another import")
    assert gave_up == (
        "duodesk: another import (or a DuoDesk window) kept the project busy for 3 seconds, "
        "so DuoDesk stopped waiting; nothing was imported. Run the command again when the "
        "other one has finished."
    )
    with database.read_session() as session:  # nothing half-stored
        assert session.scalar(select(func.count(Interview.id))) == 0
