"""Interviewing on the laptop while the team's server is down, in the real windows, and sending
the interviews when it is back (a real PostgreSQL server, stopped and started again)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from duodesk.core.records import AnswerStatus
from duodesk.core.xlsform import read_xlsform
from duodesk.gui.app import ProjectOpening
from duodesk.gui.away_mode import AWAY, BACK, CANNOT_BE_REACHED, KEPT_HERE, SENT, TROUBLE
from duodesk.gui.entry import operations as ops
from duodesk.gui.main_window import MainWindow
from duodesk.gui.tasks import ProjectWorker
from duodesk.storage.away import (
    away_path,
    copy_questionnaires,
    has_away_project,
    open_away_project,
    waiting_interviews,
)
from duodesk.storage.database import Database
from duodesk.storage.interviews import stored_answers
from duodesk.storage.models import Interview, InterviewStatus
from duodesk.storage.questionnaires import save_questionnaire
from tests.gui.entry_helpers import answer_page_by_keyboard
from tests.storage.test_server_frozen import fresh_database

FORM = "hepc_peer_survey"


def _server_project(server_url: str, name: str, example_paths) -> str:
    url = fresh_database(server_url, name)
    database = Database.open(url)
    with database.session() as session:
        save_questionnaire(session, read_xlsform(example_paths["hepatitis_c_peer_survey"]))
    database.close()
    return url


def _window(qtbot) -> MainWindow:
    worker = ProjectWorker()
    window = MainWindow(None, worker)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.server_away.retry_ms = 500  # the server is tried often, so the test is short
    return window


def _complete_on_server(url: str) -> dict[str, tuple[str, str | None]]:
    database = Database.open(url, create=False)
    try:
        with database.read_session() as session:
            rows = session.execute(
                select(Interview.id, Interview.uuid, Interview.site).where(
                    Interview.status == InterviewStatus.COMPLETE
                )
            ).all()
            found = {}
            for interview_id, uuid, site in rows:
                age = stored_answers(session, interview_id)["age"]
                found[str(uuid)] = (
                    site,
                    age.value if age.status is AnswerStatus.ANSWERED else None,
                )
            return found
    finally:
        database.close()


def test_an_interview_entered_on_the_laptop_while_the_server_is_down_is_sent_when_it_is_back(
    qtbot, stoppable_server, example_paths
):
    server_url, server = stoppable_server
    url = _server_project(server_url, "away_during_entry", example_paths)
    window = _window(qtbot)
    away = window.server_away
    opening = ProjectOpening(window, window.tasks, url)
    with qtbot.waitSignal(away.kept_on_laptop, timeout=30_000):
        opening.start(None)  # opening the server keeps its questionnaires on the laptop
    on_server = opening.database

    boxes: list[str] = []

    def close_any_box() -> None:  # a box would stop the test: note it and close it
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            boxes.append(box.text())
            box.close()

    closer = QTimer(window, interval=100)
    closer.timeout.connect(close_any_box)
    closer.start()
    server.stop()
    try:
        window.refresh()  # the window reads the server, which is gone
        window.entry.refresh_drafts()
        qtbot.waitUntil(lambda: away.state == TROUBLE, timeout=30_000)
        qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30_000)
        assert boxes == []  # the line says it, calmly; no box on top
        assert away.frame.isVisible()
        assert away.label.text() == f"<b>{CANNOT_BE_REACHED}</b> {KEPT_HERE}"
        assert away.laptop_button.isVisible()

        away.laptop_button.click()
        qtbot.waitUntil(lambda: away.state == AWAY, timeout=30_000)
        assert window.database.path == away_path(url)
        assert window.project_label.text() == (
            "Project: kept on this laptop while the server cannot be reached (locked)"
        )
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
        assert window.model.row_at(0).form_id == FORM

        details = ops.InterviewDetails(FORM, "Sam", "Drop-in north", date(2026, 11, 30))
        with qtbot.waitSignal(window.entry.window_opened, timeout=20_000) as opened:
            window.entry.start(details)
        interview = opened.args[0]
        uuid = str(interview.opened.uuid)
        # Answered with the keys a person presses (an age of 30), and finished.
        with qtbot.waitSignal(interview.interview_finished, timeout=60_000):
            for _ in range(len(interview.view.pages) + 2):
                if interview.finishing:
                    break
                answer_page_by_keyboard(qtbot, interview)
        interview.close()
        qtbot.waitUntil(lambda: away.waiting == 1, timeout=10_000)
        assert away.label.text() == (
            "<b>Interviewing on this laptop:</b> the server cannot be reached, so the "
            "interviews are kept here, locked. 1 interview entered on this laptop waits to be "
            "sent to the server. DuoDesk tries the server every 1 seconds."
        )
    finally:
        server.start()

    qtbot.waitUntil(lambda: away.state == BACK, timeout=60_000)
    assert away.label.text() == (
        "<b>The server answers again.</b> 1 interview entered on this laptop waits to be sent "
        "to the server: until it is sent, only this laptop has it."
    )
    assert away.send_button.text() == "Send it to the server"
    assert _complete_on_server(url) == {}  # not sent before the person says so

    away.send_button.click()
    qtbot.waitUntil(lambda: away.state == SENT, timeout=60_000)
    assert away.label.text() == (
        "<b>The interview entered on this laptop was sent to the server.</b> DuoDesk is back "
        "on the shared project."
    )
    assert window.database is on_server
    assert _complete_on_server(url) == {uuid: ("Drop-in north", "30")}
    laptop = open_away_project(url)  # once on the server, the laptop's copy is gone
    try:
        assert waiting_interviews(laptop) == 0
    finally:
        laptop.close()
    qtbot.waitUntil(lambda: window.centralWidget().isEnabled(), timeout=20_000)
    # The server's list counts it now.
    qtbot.waitUntil(
        lambda: window.model.rowCount() == 1 and window.model.row_at(0).complete == 1,
        timeout=20_000,
    )
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30_000)  # its lists are read
    window.close()


def test_a_server_down_at_the_start_offers_the_laptop_and_goes_back_when_it_answers(
    qtbot, stoppable_server, example_paths
):
    server_url, server = stoppable_server
    url = _server_project(server_url, "away_at_start", example_paths)
    on_server = Database.open(url)
    try:
        copy_questionnaires(on_server)  # as the window does whenever it opens the server
    finally:
        on_server.close()
    assert has_away_project(url)

    server.stop()
    window = _window(qtbot)
    away = window.server_away
    offered: list[str] = []

    def choose_the_laptop() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and not offered:
            offered.append(box.text())
            laptop = box.button(QMessageBox.StandardButton.Yes)
            if laptop is None:  # not the offer: closed, or the test would wait for ever
                box.close()
            else:
                laptop.click()

    chooser = QTimer(window, interval=100)
    chooser.timeout.connect(choose_the_laptop)
    chooser.start()
    try:
        ProjectOpening(window, window.tasks, url).start(None)
        qtbot.waitUntil(lambda: away.state == AWAY, timeout=60_000)
        assert offered[0].endswith(
            "You can go on interviewing on this laptop: the interviews are kept here, locked, "
            "and DuoDesk offers to send them to the server once it answers again."
        )
        assert offered[0].startswith("The server at ")
        assert window.isVisible()
        assert window.database.path == away_path(url)
    finally:
        chooser.stop()
        server.start()
    # Nothing was entered on the laptop: back on the server by itself.
    qtbot.waitUntil(lambda: away.state == SENT, timeout=60_000)
    assert away.label.text() == (
        "<b>The server answers again:</b> DuoDesk is back on the shared project."
    )
    assert window.database.path is None  # the server project
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=30_000)  # its lists are read
    window.close()
