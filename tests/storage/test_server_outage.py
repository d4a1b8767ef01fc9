"""A shared server that goes away, and one that never answers (a real PostgreSQL server, and a
real socket that accepts connections and says nothing).

While the server is stopped, the interview window keeps the answers that could not be saved,
says so in words a peer interviewer understands, and sends them by itself once the server is
back; the command line and the window never hang on a server that does not answer.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from duodesk.core.records import AnswerStatus
from duodesk.gui.app import ProjectOpening
from duodesk.gui.entry import entry_window
from duodesk.gui.entry.entry_window import ALL_SAVED, SLOW_ON_SERVER, unsaved_message
from duodesk.gui.main_window import MainWindow
from duodesk.gui.tasks import ProjectWorker
from duodesk.storage.database import SERVER_CONNECT_TIMEOUT, Database
from duodesk.storage.interviews import stored_answers
from tests.gui.entry_helpers import start, type_answer

ROOT = Path(__file__).resolve().parents[2]
FORM = "hepc_peer_survey"


@pytest.fixture
def silent_server():
    """The address of a server that accepts connections and never says a word."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"postgresql://duodesk@127.0.0.1:{listener.getsockname()[1]}/duodesk"
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    listener.close()


def _stored_age(url: str, interview_id: int) -> str | None:
    database = Database.open(url, create=False)
    try:
        with database.read_session() as session:
            record = stored_answers(session, interview_id).get("age")
    finally:
        database.close()
    return record.value if record is not None and record.status is AnswerStatus.ANSWERED else None


def test_answers_given_while_the_server_is_down_are_kept_said_so_and_sent_when_it_is_back(
    qtbot, stoppable_server
):
    url, server = stoppable_server
    database = Database.open(url)
    try:
        window = start(qtbot, database, FORM, tasks=ProjectWorker())
        interview_id = window.opened.interview_id
        type_answer(qtbot, window, "age", "33")
        qtbot.waitUntil(lambda: window.save_state.text() == ALL_SAVED, timeout=20_000)

        server.stop()  # the server goes away in the middle of the interview
        try:
            type_answer(qtbot, window, "age", "41")
            # The age, and what the questionnaire works out from it.
            qtbot.waitUntil(
                lambda: window.save_state.text() == "2 answers not saved yet", timeout=60_000
            )
            shown = window.error_label.text()
            assert window.error_label.isVisible()
            assert shown == unsaved_message(2, RuntimeError(), server=True)
            assert shown.startswith(
                "2 answers are not saved yet: the server cannot be reached (it may be stopped, "
                "or this laptop may have lost the network). DuoDesk keeps them in this window "
                "and sends them by itself every few seconds"
            )
            assert "closing it would lose them" in shown
            window.resize(1366, 768)
        finally:
            server.start()

        # Back: the answer goes by itself, and the line goes away.
        qtbot.waitUntil(lambda: window.save_state.text() == ALL_SAVED, timeout=60_000)
        assert not window.error_label.isVisible()
        assert _stored_age(url, interview_id) == "41"
        window.close()
    finally:
        database.close()


def test_a_save_to_a_server_that_stops_answering_is_said_to_be_slow_and_goes_through_after(
    qtbot, stoppable_server, monkeypatch
):
    url, server = stoppable_server
    monkeypatch.setattr(entry_window, "SLOW_AFTER_MS", 1_000)
    database = Database.open(url)
    try:
        window = start(qtbot, database, FORM, tasks=ProjectWorker())
        interview_id = window.opened.interview_id
        server.freeze()  # answers nothing, closes nothing
        try:
            type_answer(qtbot, window, "age", "52")
            qtbot.waitUntil(lambda: window.save_state.text() == SLOW_ON_SERVER, timeout=20_000)
            assert window.pending_saves  # not said to be saved, nor given up
        finally:
            server.thaw()
        qtbot.waitUntil(lambda: window.save_state.text() == ALL_SAVED, timeout=60_000)
        assert _stored_age(url, interview_id) == "52"
        window.close()
    finally:
        database.close()


def test_the_command_line_says_a_silent_server_does_not_answer_and_stops(silent_server):
    run = subprocess.run(
        [sys.executable, "-m", "duodesk.cli", "--db", silent_server, "list"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=SERVER_CONNECT_TIMEOUT * 6,  # a hang fails the test instead of stalling it
        stdin=subprocess.DEVNULL,
    )
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines() == [
        "duodesk: the server has not answered for 5 seconds; DuoDesk is still waiting for it "
        "(Ctrl+C stops the command, and nothing is stored half way).",
        f"duodesk: The server at 127.0.0.1 did not answer within {SERVER_CONNECT_TIMEOUT} "
        "seconds. Check the network, or try again later.",
    ]


def test_the_window_stays_alive_while_a_silent_server_is_tried_and_then_says_why(
    qtbot, silent_server
):
    worker = ProjectWorker()
    window = MainWindow(None, worker)
    qtbot.addWidget(window)
    window.show()
    ticks: list[int] = []
    ticker = QTimer(window, interval=200)
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start()
    said: list[str] = []

    def read_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.close()

    reader = QTimer(window, interval=200)
    reader.timeout.connect(read_the_box)
    reader.start()
    ProjectOpening(window, worker, silent_server).start(None)

    qtbot.waitUntil(lambda: bool(said), timeout=SERVER_CONNECT_TIMEOUT * 6_000)
    assert len(ticks) > 5  # the window went on drawing while the server was tried
    assert said == [
        f"The server at 127.0.0.1 did not answer within {SERVER_CONNECT_TIMEOUT} seconds. "
        "Check the network, or try again later."
    ]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert worker.wait(30_000)
