"""Closing the main window never freezes it: a long read is stopped, a save on its way is
given a short while with the window saying so, and nothing unsaved is said to be saved.

The project is a real file; a second process holds its write lock (``lock_holder``).
"""

from __future__ import annotations

import threading

from sqlalchemy import text

from duodesk.gui import operations
from duodesk.gui.main_window import FINISHING_SAVING, SAVING_TAKES_LONG
from duodesk.storage.database import Database
from tests.gui.test_main_window import _window

# About a minute of work for SQLite: far longer than closing may take.
LONG_COUNT = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000000) SELECT count(*) FROM n"  # noqa: E501


def _stored_titles(path) -> list[str]:
    """The questionnaires in the file, as another DuoDesk opening it finds them."""
    database = Database.open(path)
    try:
        return [q.title for q in operations.load_home(database).questionnaires]
    finally:
        database.close()


def test_closing_during_a_long_read_stops_the_read_and_closes_at_once(qtbot, database):
    window = _window(qtbot, database)
    started, outcome = [], []

    def long_read():
        with database.read_session() as session:
            started.append(True)
            return session.execute(text(LONG_COUNT)).scalar()

    window.tasks.read(long_read, lambda n: outcome.append(("done", n)), outcome.append)
    qtbot.waitUntil(lambda: bool(started), timeout=10_000)

    window.close()

    assert not window.isVisible()
    qtbot.waitUntil(lambda: bool(outcome), timeout=30_000)
    assert isinstance(outcome[0], Exception)  # stopped, not finished minutes later
    assert window.tasks.wait(30_000)


def test_a_save_on_its_way_when_closing_is_finished_first_and_the_window_says_so(
    short_busy_timeout, qtbot, database, project_path, lock_holder
):
    window = _window(qtbot, database)
    holder = lock_holder(project_path)  # another program keeps the project busy
    window.tasks.run(lambda: operations.add_examples(database))
    qtbot.waitUntil(window.tasks.project_busy, timeout=10_000)

    window.close()

    assert window.isVisible()  # not closed as if the save were done
    assert window.statusBar().currentMessage() == FINISHING_SAVING
    assert not window.centralWidget().isEnabled()  # nothing new starts meanwhile
    window.resize(1366, 768)
    holder.release()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)  # closed by itself
    assert _stored_titles(project_path)  # the examples the save added are there


def test_a_save_that_cannot_finish_is_given_up_and_said_so_not_left_to_freeze_the_window(
    short_busy_timeout, qtbot, database, project_path, lock_holder
):
    window = _window(qtbot, database)
    window.finish_saving_s = 1.0
    lock_holder(project_path)  # and it never lets go
    failures: list[Exception] = []
    window.tasks.run(lambda: operations.add_examples(database), None, failures.append)
    qtbot.waitUntil(window.tasks.project_busy, timeout=10_000)

    window.close()
    assert window.isVisible()
    assert window.statusBar().currentMessage() == FINISHING_SAVING
    # After the short wait the save gives up and says it is not saved; the window then closes.
    qtbot.waitUntil(lambda: bool(failures), timeout=30_000)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert _stored_titles(project_path) == []  # nothing was stored, and nothing said it was


def test_a_save_still_under_way_after_the_wait_lets_the_person_close_again(qtbot, database):
    window = _window(qtbot, database)
    window.finish_saving_s = 0.5
    release = threading.Event()

    def slow_write():  # a write that is under way, not waiting for another program
        release.wait(60)

    window.tasks.run(slow_write)
    window.close()
    assert window.isVisible()
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == SAVING_TAKES_LONG, timeout=10_000
    )
    window.close()  # the second time closes
    assert not window.isVisible()
    release.set()
    assert window.tasks.wait(30_000)
