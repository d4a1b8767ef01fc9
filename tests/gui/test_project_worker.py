"""The project worker seen from the screens: nothing is reported saved before it is, a busy
project is waited for and said so, and open screens follow what changed elsewhere.

A second process holds the project's write lock (``lock_holder``) on the same real file.
"""

from __future__ import annotations

import shiboken6

from duodesk.core.records import AnswerStatus
from duodesk.gui.entry import entry_window
from duodesk.gui.entry import operations as ops
from duodesk.gui.entry.entry_window import ALL_SAVED, BUSY
from duodesk.gui.interviews.browser import InterviewsWindow
from duodesk.gui.main_window import MainWindow
from duodesk.gui.results.window import ResultsWindow
from duodesk.gui.tasks import ProjectWorker
from duodesk.storage.database import Database
from duodesk.storage.interview_list import StatusFilter
from duodesk.storage.interviews import stored_answers
from tests.gui.entry_helpers import answer_page_by_keyboard, settle, show, start, type_answer

FORM = "hepc_peer_survey"


def _stored_age(database: Database, interview_id: int) -> str | None:
    with database.read_session() as session:
        record = stored_answers(session, interview_id).get("age")
    return record.value if record is not None and record.status is AnswerStatus.ANSWERED else None


def _type_age(qtbot, window, age: str) -> None:
    type_answer(qtbot, window, "age", age)


def _finish_by_keyboard(qtbot, window) -> None:
    with qtbot.waitSignal(window.interview_finished, timeout=30_000):
        for _ in range(len(window.view.pages) + 2):
            if window.finishing:
                break
            answer_page_by_keyboard(qtbot, window)


def test_an_answer_saved_while_another_program_holds_the_project_waits_and_says_so(
    qtbot, project_path, short_busy_timeout, lock_holder
):
    database = Database.open(project_path)
    try:
        window = start(qtbot, database, FORM)
        holder = lock_holder(project_path)
        _type_age(qtbot, window, "41")
        qtbot.waitUntil(lambda: window.save_state.text() == BUSY, timeout=10_000)
        assert window.pending_saves > 0
        assert _stored_age(database, window.opened.interview_id) is None
        holder.release()
        qtbot.waitUntil(lambda: window.save_state.text() == ALL_SAVED, timeout=20_000)
        assert not window.error_label.isVisible()
        assert _stored_age(database, window.opened.interview_id) == "41"
    finally:
        database.close()


def test_a_correction_that_could_not_be_saved_is_not_reported_saved_and_is_sent_again(
    qtbot, project_path, short_busy_timeout, lock_holder, monkeypatch
):
    monkeypatch.setattr(entry_window, "RESEND_AFTER_MS", 300)
    database = Database.open(project_path)
    try:
        first = start(qtbot, database, FORM)
        interview_id = first.opened.interview_id
        _finish_by_keyboard(qtbot, first)
        worker = ProjectWorker()
        worker.busy_patience = 1.0  # give up on a busy project after a second, not minutes
        window = show(
            qtbot,
            database,
            ops.open_interview(database, interview_id),
            tasks=worker,
            corrected_by="Jo",
        )
        window.change_answer("age")  # from the list of all answers, the name already given
        holder = lock_holder(project_path)
        _type_age(qtbot, window, "52")
        window.view.finish()  # "Save the corrections"
        qtbot.waitUntil(lambda: window.pending_saves == 0, timeout=20_000)
        # The save failed: the window says so on the page that is on screen, not "saved".
        assert window.stack.currentWidget() is not window.done_page
        assert "not saved yet" in window.error_label.text()
        assert window.error_label.isVisible()
        assert window.save_state.text() == "2 answers not saved yet"  # age and age group
        assert _stored_age(database, interview_id) != "52"

        holder.release()  # the answer is sent again by itself once the project is free
        qtbot.waitUntil(lambda: _stored_age(database, interview_id) == "52", timeout=20_000)
        qtbot.waitUntil(lambda: window.save_state.text() == ALL_SAVED, timeout=10_000)
        assert not window.error_label.isVisible()
        window.view.finish()
        qtbot.waitUntil(
            lambda: window.stack.currentWidget() is window.overview_page, timeout=10_000
        )
        assert window.overview.message.text() == "The corrections are saved."
        assert [c.new_value for c in ops.list_corrections(database, interview_id)][:1] == ["52"]
    finally:
        database.close()


def test_open_interviews_list_and_results_follow_finished_and_corrected_interviews(qtbot, database):
    worker = ProjectWorker()
    window = start(qtbot, database, FORM, tasks=worker)
    browser = InterviewsWindow(database, worker, form_id=FORM, title="Hepatitis C")
    qtbot.addWidget(browser)
    browser.status_box.setCurrentIndex(browser.status_box.findData(StatusFilter.COMPLETE.value))
    qtbot.waitUntil(lambda: browser.count_label.text() == "No interviews match.", timeout=10_000)
    results = ResultsWindow(database, FORM, tasks=worker)
    qtbot.addWidget(results)
    qtbot.waitUntil(lambda: results.summary is not None, timeout=30_000)
    assert results.summary.interviews == 0

    with qtbot.waitSignal(results.summary_shown, timeout=30_000):
        _finish_by_keyboard(qtbot, window)
    assert results.summary.interviews == 1
    qtbot.waitUntil(lambda: browser.count_label.text() == "1 interview", timeout=10_000)

    interview_id = window.opened.interview_id
    correcting = show(
        qtbot, database, ops.open_interview(database, interview_id), tasks=worker, corrected_by="Jo"
    )
    before = results.summary.question("age")
    with qtbot.waitSignal(results.summary_shown, timeout=30_000):
        _type_age(qtbot, correcting, "77")
        settle(qtbot, correcting)
    after = results.summary.question("age")
    assert after != before
    assert after.stats.max == 77
    results.close()  # stops a count still running before the project closes
    worker.wait()


def test_a_closed_designer_window_is_deleted_and_forgotten(qtbot, database):
    main = MainWindow(database)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.home_loaded, timeout=10_000):
        main.show()
    designer = main.designer.new_questionnaire()
    assert main.designer.designers == [designer]
    assert designer.tasks is main.tasks  # no thread pool of its own
    designer.document.mark_saved()
    designer.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(designer), timeout=10_000)
    assert main.designer.designers == []
    assert main.child_windows.windows() == []


def test_closing_while_an_answer_is_still_on_its_way_asks_first(
    qtbot, project_path, short_busy_timeout, lock_holder, monkeypatch
):
    monkeypatch.setattr(entry_window, "CLOSE_WAIT_MS", 300)
    database = Database.open(project_path)
    try:
        window = start(qtbot, database, FORM)
        holder = lock_holder(project_path)
        _type_age(qtbot, window, "41")
        qtbot.waitUntil(lambda: window.pending_saves > 0, timeout=10_000)

        window.close()
        assert window.isVisible()  # not closed as if the answer were saved
        assert window.error_label.text() == entry_window.STILL_SAVING_AT_CLOSE
        holder.release()
        qtbot.waitUntil(lambda: window.save_state.text() == ALL_SAVED, timeout=20_000)
        assert _stored_age(database, window.opened.interview_id) == "41"
        window.close()  # everything saved: closes
        assert not window.isVisible()
    finally:
        database.close()
