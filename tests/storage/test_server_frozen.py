"""A server that freezes (its processes stopped with SIGSTOP) in the middle of a command.

A frozen server keeps its connections open and its kernel answers for it, so no timeout of the
server or of the network fires: DuoDesk watches every wait itself, says after a few seconds
that the server does not answer, and gives up after DUODESK_SERVER_WAIT_S seconds with a
sentence, having stored nothing.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy import func, select

from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.xlsform import read_xlsform
from duodesk.storage.database import Database
from duodesk.storage.models import Interview
from duodesk.storage.questionnaires import save_questionnaire

ROOT = Path(__file__).resolve().parents[2]
FORM = "hepc_peer_survey"
WAIT_S = 2  # DUODESK_SERVER_WAIT_S in these tests: short, so the suite stays quick


def fresh_database(server_url: str, name: str) -> str:
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return server_url.replace("/duodesk?", f"/{name}?")


def _interviews(url: str) -> int:
    database = Database.open(url, create=False)
    try:
        with database.read_session() as session:
            return session.scalar(select(func.count(Interview.id)))
    finally:
        database.close()


def _wait_for_a_backend_waiting_for_a_lock(url: str, other_than: int) -> None:
    """Until the command's own connection waits for the table the test holds, inside its
    import (it holds the import's advisory lock by then)."""
    with psycopg.connect(url, autocommit=True) as watcher:
        for _ in range(600):
            found = watcher.execute(
                "SELECT count(*) FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid "
                "WHERE a.wait_event_type = 'Lock' AND a.pid <> %s AND l.locktype = 'advisory'",
                (other_than,),
            ).fetchone()[0]
            if found:
                return
            time.sleep(0.05)
    raise AssertionError("the import never reached the locked table")


def _server_project_and_data(server_url: str, name: str, example_paths, tmp_path) -> tuple:
    url = fresh_database(server_url, name)
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    database = Database.open(url)
    with database.session() as session:
        save_questionnaire(session, questionnaire)
    database.close()
    data = tmp_path / "responses.csv"
    write_responses_csv(questionnaire, simulate_answers(questionnaire, 30, seed=5), data)
    return url, data


@contextmanager
def _import_into_frozen_server(url: str, data: Path, server, wait_s: float):
    """An import run on the command line, stopped half way through its transaction (the test
    holds the answers table, so it has inserted interviews and not yet their answers), and
    then the server frozen; thawed when the block ends."""
    holder = psycopg.connect(url)
    holder.execute("LOCK TABLE answers IN ACCESS EXCLUSIVE MODE")
    command = subprocess.Popen(
        [sys.executable, "-m", "duodesk.cli", "--db", url, "import-data", FORM, str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "DUODESK_SERVER_WAIT_S": str(wait_s)},
    )
    try:
        _wait_for_a_backend_waiting_for_a_lock(url, holder.info.backend_pid)
        server.freeze()
        try:
            yield command
        finally:
            server.thaw()
    finally:
        command.kill()
        command.wait()
        holder.rollback()
        holder.close()


def test_an_import_into_a_frozen_server_says_so_gives_up_and_stores_nothing(
    stoppable_server, example_paths, tmp_path
):
    server_url, server = stoppable_server
    url, data = _server_project_and_data(server_url, "frozen_import", example_paths, tmp_path)
    with _import_into_frozen_server(url, data, server, WAIT_S) as command:
        out, err = command.communicate(timeout=120)  # a hang fails instead of stalling

    assert command.returncode == 1
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 2, err
    assert lines[0].startswith("duodesk: the server has not answered for ")
    assert lines[0].endswith(
        " seconds; DuoDesk is still waiting for it (Ctrl+C stops the command, and nothing is "
        "stored half way)."
    )
    assert lines[1].startswith("duodesk: the server has not answered for ")
    assert lines[1].endswith(
        " seconds (it may be stopped or overloaded), so DuoDesk stopped waiting; nothing was "
        "changed by this command. Run it again once the server answers (DUODESK_SERVER_WAIT_S "
        "sets how long to wait)."
    )
    assert out == ""
    # Back from the freeze, the server dropped the import's transaction: nothing half stored.
    assert _interviews(url) == 0
    # And the same import, run again, now goes through whole.
    again = subprocess.run(
        [sys.executable, "-m", "duodesk.cli", "--db", url, "import-data", FORM, str(data)],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert again.returncode == 0, again.stderr
    assert _interviews(url) == 30


def test_ctrl_c_stops_an_import_waiting_for_a_frozen_server_at_once_storing_nothing(
    stoppable_server, example_paths, tmp_path
):
    server_url, server = stoppable_server
    url, data = _server_project_and_data(server_url, "frozen_ctrl_c", example_paths, tmp_path)
    # Waiting up to 10 minutes: only Ctrl+C can end this wait within the test's time.
    with _import_into_frozen_server(url, data, server, 600) as command:
        with selectors.DefaultSelector() as waiting:
            waiting.register(command.stderr, selectors.EVENT_READ)
            assert waiting.select(60), "the command never said the server does not answer"
        said = command.stderr.readline()
        assert said.startswith("duodesk: the server has not answered for ")
        command.send_signal(signal.SIGINT)
        _, err = command.communicate(timeout=30)  # at once, not after the 10 minutes
    assert command.returncode == 1
    assert err == "duodesk: stopped; nothing was changed by the unfinished command.\n"
    assert _interviews(url) == 0


def test_the_window_says_a_frozen_server_does_not_answer_stays_alive_and_then_recovers(
    qtbot, stoppable_server, example_paths, monkeypatch
):
    from PySide6.QtCore import QTimer

    from duodesk.gui.app import ProjectOpening
    from duodesk.gui.away_mode import HIDDEN, TROUBLE
    from duodesk.gui.main_window import MainWindow
    from duodesk.gui.tasks import ProjectWorker

    monkeypatch.setenv("DUODESK_SERVER_WAIT_S", str(WAIT_S))
    server_url, server = stoppable_server
    url = fresh_database(server_url, "frozen_window")
    database = Database.open(url)
    with database.session() as session:
        save_questionnaire(session, read_xlsform(example_paths["hepatitis_c_peer_survey"]))
    database.close()
    window = MainWindow(None, ProjectWorker())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    away = window.server_away
    away.retry_ms = 500
    opening = ProjectOpening(window, window.tasks, url)
    with qtbot.waitSignal(away.kept_on_laptop, timeout=30_000):
        opening.start(None)
    said: list[str] = []
    away.state_changed.connect(lambda _state: said.append(away.label.text()))
    ticks: list[int] = []
    ticker = QTimer(window, interval=100)
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start()

    # No tries of the server while it is frozen: each would hold the worker for seconds, and
    # under load the worker then never looks idle, which is what the wait below watches for.
    away.retry_ms = 600_000
    server.freeze()
    try:
        window.entry.refresh_drafts()  # a read the frozen server never answers
        qtbot.waitUntil(lambda: away.state == TROUBLE, timeout=30_000)
        qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30_000)  # given up
        assert any(
            text.startswith("<b>The server has not answered for ")
            and f"DuoDesk keeps waiting for it, for up to {WAIT_S} seconds" in text
            for text in said
        ), said
        assert away.laptop_button.isVisible()  # and the laptop is offered meanwhile
        assert len(ticks) > 10  # the window went on drawing all the while
    finally:
        server.thaw()
    # The line goes away by itself once the server answers again (tried now, not in ten
    # minutes).
    away.retry_ms = 500
    away._retry.start(0)
    qtbot.waitUntil(lambda: away.state == HIDDEN, timeout=30_000)
    assert window.database is opening.database
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30_000)  # its lists are read
    window.close()


def test_a_server_frozen_before_the_command_connects_is_waited_for_as_long_as_it_is_set(
    stoppable_server, example_paths, tmp_path
):
    server_url, server = stoppable_server
    url, _data = _server_project_and_data(server_url, "frozen_connect", example_paths, tmp_path)
    server.freeze()
    try:
        run = subprocess.run(
            [sys.executable, "-m", "duodesk.cli", "--db", url, "list"],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT), "DUODESK_SERVER_WAIT_S": str(WAIT_S)},
            timeout=120,  # a hang fails instead of stalling
            stdin=subprocess.DEVNULL,
        )
    finally:
        server.thaw()
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 2, run.stderr
    assert lines[0] == (
        "duodesk: the server has not answered for 1 seconds; DuoDesk is still waiting for it "
        "(Ctrl+C stops the command, and nothing is stored half way)."
    )
    assert lines[1].endswith(
        f"did not answer within {WAIT_S} seconds. Check the network, or try again later."
    )
