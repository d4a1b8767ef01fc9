"""A server that cannot be reached is said in a sentence, not "Something went wrong" or the
driver's own words (which name the driver, the address and a web page of SQLAlchemy's)."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import create_engine
from sqlalchemy.exc import OperationalError

from duodesk.gui.failures import show_failure


def _refused_connection() -> OperationalError:
    """The real error of a server that is not running: a port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    engine = create_engine(f"postgresql+psycopg://team@127.0.0.1:{port}/survey")
    try:
        with pytest.raises(OperationalError) as refused:
            engine.connect()
    finally:
        engine.dispose()
    return refused.value


def test_a_server_that_does_not_answer_is_said_in_a_sentence(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[str, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, read_and_close)
            return
        seen.append((box.windowTitle(), box.text()))
        box.accept()

    QTimer.singleShot(0, read_and_close)
    show_failure(parent, _refused_connection(), "add the name")
    [(title, text)] = seen
    assert title == "The server does not answer"
    assert text.startswith("DuoDesk could not add the name: the team's server cannot be reached")
    assert "Nothing was lost" in text
    for jargon in ("psycopg", "sqlalche.me", "OperationalError", "127.0.0.1"):
        assert jargon not in text


def test_after_the_switch_to_the_laptop_work_left_on_the_lost_server_ends_without_a_box(
    qtbot, database
):
    """The line at the top has said the server is lost and the person chose the laptop: the
    server work still waiting gives up later, and must not open a box over the interview."""
    from duodesk.gui import operations
    from duodesk.gui.main_window import MainWindow

    operations.remove_examples(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home_loaded, timeout=10_000):
        window.show()
    refused = _refused_connection()
    assert not window.server_away.explains(refused)  # a laptop project: the box says it
    window.server_away.away = database  # as after "Interview on this laptop"
    assert window.server_away.explains(refused)
    assert not window.server_away.explains(ValueError("a fault of another kind"))


def test_results_and_the_interviews_list_say_a_lost_server_in_words(qtbot, database):
    """Results said "Something went wrong" in a box, and the interviews list printed the
    driver's error with the server's address and a web link."""
    from duodesk.gui import operations
    from duodesk.gui.interviews.browser import InterviewsWindow
    from duodesk.gui.main_window import MainWindow

    operations.add_examples(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home_loaded, timeout=10_000):
        window.show()
    chosen = window.selected_questionnaire()
    results = window.open_results(chosen)
    refused = _refused_connection()
    results._fail(refused)  # as when its count fails on a server gone away
    assert QApplication.activeModalWidget() is None
    assert "server cannot be reached" in results.counting.text()

    browser = InterviewsWindow(database, window.tasks, form_id=chosen.form_id)
    qtbot.addWidget(browser)
    browser._load_failed(browser._generation, refused)
    said = browser.count_label.text()
    assert "server cannot be reached" in said
    assert "psycopg" not in said and "sqlalche.me" not in said
