"""The window asks for a shared project's password in plain words, asks again when it was not
right, and opens the project with the right one (a real PostgreSQL server that asks for it)."""

from __future__ import annotations

import psycopg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from duodesk.gui.app import ProjectOpening
from duodesk.gui.main_window import MainWindow
from duodesk.gui.tasks import ProjectWorker
from tests.storage.postgres_server import FIELDWORKER, FIELDWORKER_PASSWORD

WORDS_PEOPLE_DO_NOT_USE = ("dsn", "url", "psycopg", "postgres", "driver", "pgpass", "libpq", "://")


def test_the_password_box_speaks_plainly_and_asks_again_after_a_wrong_password(
    qtbot, postgres_server_url, monkeypatch, tmp_path
):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-file"))
    with psycopg.connect(postgres_server_url, autocommit=True) as connection:
        connection.execute("DROP DATABASE IF EXISTS window_survey")
        connection.execute(f"CREATE DATABASE window_survey OWNER {FIELDWORKER}")
    socket = postgres_server_url.split("host=")[1]
    url = f"postgresql://{FIELDWORKER}@/window_survey?host={socket}"

    worker = ProjectWorker()
    window = MainWindow(None, worker)
    qtbot.addWidget(window)
    window.show()
    asked: list[tuple[str, str]] = []
    answers = iter(["Wrong horse battery 7", FIELDWORKER_PASSWORD])

    def answer_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QInputDialog) and box.isVisible():
            asked.append((box.windowTitle(), box.labelText()))
            box.setTextValue(next(answers))
            box.accept()

    answering = QTimer(window, interval=100)
    answering.timeout.connect(answer_the_box)
    answering.start()
    opening = ProjectOpening(window, worker, url)
    opening.start(None)

    qtbot.waitUntil(lambda: window.database is not None, timeout=60_000)
    assert len(asked) == 2
    (title, first), (_, second) = asked
    assert title == "Password for the shared project"
    assert first.startswith(
        f"The shared project on this computer needs the password of the user “{FIELDWORKER}”."
    )
    assert second.startswith("That password was not right")
    for said in (title, first, second):
        assert not any(word in said.lower() for word in WORDS_PEOPLE_DO_NOT_USE), said
    window.close()
    worker.stop()
    window.database.close()
