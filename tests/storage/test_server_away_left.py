"""Interviews entered on the laptop while the server was down, left there when DuoDesk closed:
the window says so when it opens the server again, and when it closes with them unsent (a real
PostgreSQL server)."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from duodesk.core.xlsform import read_xlsform
from duodesk.gui.app import ProjectOpening
from duodesk.gui.away_mode import AWAY, BACK, CANNOT_BE_REACHED, SENT, TROUBLE, _answers
from duodesk.storage.away import (
    away_path,
    copy_questionnaires,
    has_away_project,
    open_away_project,
    waiting_interviews,
)
from duodesk.storage.code_keys import CodeKeyMissing
from duodesk.storage.database import Database
from duodesk.storage.participant_codes import project_key
from duodesk.storage.questionnaires import save_questionnaire
from tests.storage.postgres_server import FIELDWORKER, FIELDWORKER_PASSWORD
from tests.storage.test_server_away import _interview_on, _server_ages
from tests.storage.test_server_away_window import _server_project, _window


def test_interviews_left_on_the_laptop_are_offered_when_the_window_opens_the_server(
    qtbot, stoppable_server, example_paths
):
    server_url, _server = stoppable_server
    url = _server_project(server_url, "left_on_laptop", example_paths)
    on_server = Database.open(url)
    try:
        copy_questionnaires(on_server)
    finally:
        on_server.close()
    laptop = open_away_project(url)  # finished on the laptop while the server was down
    try:
        uuid = _interview_on(laptop, "44")
    finally:
        laptop.close()

    window = _window(qtbot)
    away = window.server_away
    ProjectOpening(window, window.tasks, url).start(None)
    qtbot.waitUntil(lambda: away.state == BACK, timeout=30_000)
    assert away.frame.isVisible()
    assert away.label.text() == (
        "<b>Interviews entered on this laptop earlier have not been sent yet.</b> 1 interview "
        "entered on this laptop waits to be sent to the server: until it is sent, only this "
        "laptop has it."
    )
    assert away.send_button.isVisible()

    # Closing now says they are not sent; the person stays to send them.
    said: list[str] = []

    def answer_box(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and not said:
            said.append(box.text())
            box.button(button).click()

    stay = QTimer(window, interval=100)
    stay.timeout.connect(lambda: answer_box(QMessageBox.StandardButton.Cancel))
    stay.start()
    window.close()
    stay.stop()
    assert said == [
        "1 interview entered on this laptop has not been sent to the server. It stays safe on "
        "this laptop, locked, and DuoDesk offers to send it the next time it opens the server."
    ]
    assert window.isVisible()

    away.send_button.click()
    qtbot.waitUntil(lambda: away.state == SENT, timeout=30_000)
    assert away.label.text() == (
        "<b>The interview entered on this laptop was sent to the server.</b> DuoDesk is back "
        "on the shared project."
    )
    server = Database.open(url, create=False)
    try:
        assert _server_ages(server) == {uuid: "44"}
    finally:
        server.close()
    laptop = open_away_project(url)
    try:
        assert waiting_interviews(laptop) == 0
    finally:
        laptop.close()
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30_000)
    window.close()  # nothing waits now: no question
    assert not window.isVisible()


def test_a_laptop_without_the_team_key_is_never_offered_the_laptop_and_is_told_why(
    qtbot, stoppable_server, example_paths, monkeypatch, tmp_path
):
    server_url, server = stoppable_server
    url = _server_project(server_url, "no_team_key", example_paths)
    team = Database.open(url)
    try:
        with team.session() as session:
            project_key(session)  # the team's participant-code key, made on another laptop
    finally:
        team.close()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "another-laptop"))  # without that key

    window = _window(qtbot)
    away = window.server_away
    opening = ProjectOpening(window, window.tasks, url)
    opening.start(None)
    qtbot.waitUntil(lambda: away.copy_error is not None, timeout=30_000)
    assert not has_away_project(url)  # no laptop project with questionnaires of its own
    assert not away_path(url).exists()

    server.stop()
    try:
        window.refresh()  # the window reads the server, which is gone
        qtbot.waitUntil(lambda: away.state == TROUBLE, timeout=30_000)
        assert not away.laptop_button.isVisible()
        assert away.label.text() == (
            f"<b>{CANNOT_BE_REACHED}</b> Interviews cannot be entered on this laptop "
            "meanwhile: it does not have the team's participant-code key, so the server's "
            "questionnaires could not be copied to it. Read a team transfer file made on a "
            "laptop of the team (it carries the key) while the server answers."
        )
        qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30_000)
    finally:
        server.start()
    window.close()


def test_a_first_copy_that_fails_leaves_no_laptop_project_behind(
    postgres_url, example_paths, monkeypatch, tmp_path
):
    team = Database.open(postgres_url)
    try:
        with team.session() as session:
            save_questionnaire(session, read_xlsform(example_paths["hepatitis_c_peer_survey"]))
            project_key(session)
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "another-laptop"))
        with pytest.raises(CodeKeyMissing):
            copy_questionnaires(team)
        assert not has_away_project(postgres_url)
        assert not away_path(postgres_url).exists()
        assert list(away_path(postgres_url).parent.glob("*")) == []
    finally:
        team.close()


def test_the_laptop_gets_back_to_a_server_that_needs_a_password_typed_in_the_window(
    qtbot, stoppable_server, example_paths, monkeypatch, tmp_path
):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-file"))
    server_url, server = stoppable_server
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute("DROP DATABASE IF EXISTS away_password")
        connection.execute(f"CREATE DATABASE away_password OWNER {FIELDWORKER}")
    url = f"postgresql://{FIELDWORKER}@/away_password?host={server_url.split('host=')[1]}"
    team = Database.open(url, password=FIELDWORKER_PASSWORD)
    try:
        with team.session() as session:
            save_questionnaire(session, read_xlsform(example_paths["hepatitis_c_peer_survey"]))
        copy_questionnaires(team)  # as the window did when it last opened the server
    finally:
        team.close()

    server.stop()
    window = _window(qtbot)
    away = window.server_away
    asked: list[str] = []

    unexpected: list[str] = []

    def answer_boxes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            laptop = box.button(QMessageBox.StandardButton.Yes)
            if laptop is None:  # not the offer: note it and close it, or the test would wait
                unexpected.append(box.text())
                box.close()
            else:
                laptop.click()  # interview on this laptop
        elif isinstance(box, QInputDialog) and box.isVisible():
            asked.append(box.windowTitle())
            box.setTextValue(FIELDWORKER_PASSWORD)
            box.accept()

    answering = QTimer(window, interval=100)
    answering.timeout.connect(answer_boxes)
    answering.start()
    try:
        ProjectOpening(window, window.tasks, url).start(None)
        qtbot.waitUntil(lambda: away.state == AWAY or bool(unexpected), timeout=60_000)
        assert unexpected == []
        assert asked == []  # a stopped server never asks for a password
    finally:
        server.start()
    # The server asks for the password now: typed once, and DuoDesk is back on it.
    qtbot.waitUntil(lambda: away.state == SENT or bool(unexpected), timeout=60_000)
    answering.stop()
    assert unexpected == []
    assert asked == ["Password for the shared project"]
    assert window.database.path is None  # the server project
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30_000)
    window.close()


def test_interview_on_this_laptop_does_not_wait_for_work_stuck_on_a_frozen_server(
    qtbot, stoppable_server, example_paths, monkeypatch
):
    server_url, server = stoppable_server
    url = _server_project(server_url, "away_frozen", example_paths)
    window = _window(qtbot)
    away = window.server_away
    opening = ProjectOpening(window, window.tasks, url)
    with qtbot.waitSignal(away.kept_on_laptop, timeout=30_000):
        opening.start(None)
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30_000)
    on_server = opening.database
    # Long enough that the switch, queued behind the stuck work, would never come in time.
    monkeypatch.setenv("DUODESK_SERVER_WAIT_S", "600")
    failed: list[Exception] = []
    server.freeze()
    try:
        window.tasks.run(lambda: _answers(on_server), lambda _db: None, failed.append)
        qtbot.waitUntil(lambda: away.state == TROUBLE, timeout=30_000)
        assert away.laptop_button.isVisible()
        away.laptop_button.click()
        qtbot.waitUntil(lambda: away.state == AWAY, timeout=30_000)
        assert window.database.path == away_path(url)
        assert len(failed) == 1  # the stuck work was given up (and said so), not left hanging
    finally:
        server.thaw()
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30_000)
    window.close()
