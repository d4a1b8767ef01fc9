"""An answer refused by its question's checks is kept in the draft to be put right, as ODK
keeps it, but nothing else takes it: not the interview's own date, not a calculation, and
never a finished interview."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from duodesk.core.records import AnswerStatus
from duodesk.gui.entry import operations as ops
from duodesk.storage.interviews import stored_answers
from duodesk.storage.models import Interview, InterviewStatus
from tests.gui.entry_helpers import answer_page_by_keyboard, focused, settle, show, start


def _wait_until_stored(database, window, question: str, value: str) -> None:
    """Wait for the answer typed to reach the project (saved once the typing pauses)."""

    def stored() -> bool:
        with database.read_session() as session:
            return stored_answers(session, window.opened.interview_id)[question].value == value

    window._test_qtbot.waitUntil(stored, timeout=10_000)


def _stored(database, window):
    """The interview's status, date and answers as the project has them, once saved."""
    qtbot = window._test_qtbot
    settle(qtbot, window)
    with database.read_session() as session:
        interview = session.get_one(Interview, window.opened.interview_id)
        stored = interview.status, interview.interview_date, stored_answers(session, interview.id)
    # While waiting, the offscreen test screen may take the window's activation away; the
    # keys typed next go to the window again.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    return stored


def _start(qtbot, database, on=date(2024, 7, 12)):
    window = start(qtbot, database, "hepc_peer_survey", on=on)
    window._test_qtbot = qtbot
    return window


def _finish_by_keyboard(qtbot, window) -> None:
    """Answer every page left with the keys, finishing without the questions skipped for now."""
    view = window.view
    with qtbot.waitSignal(window.interview_finished, timeout=20_000):
        for _ in range(len(view.pages) + 3):
            if window.finishing:
                break
            if view.notice.isVisible() and "Skipped for now" in view.notice.text():
                qtbot.keyClick(focused(), Qt.Key.Key_Return)  # finish without them
                continue
            answer_page_by_keyboard(qtbot, window)


def test_a_date_refused_by_the_date_question_never_becomes_the_interviews_date(qtbot, database):
    window = _start(qtbot, database)
    view = window.view
    future = date.today() + timedelta(days=400)
    view.go_to_question("interview_date")
    editor = view.widgets["interview_date"].editor
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, future.strftime("%d/%m/%Y"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "future" in (view.widgets["interview_date"].error() or "")
    assert view.pages[view.index].first == "interview_date"  # Next refused it
    _wait_until_stored(database, window, "interview_date", future.isoformat())  # to put right
    _status, day, answers = _stored(database, window)
    assert day == "2024-07-12"  # but the date given at the start stays the interview's
    assert "12 July 2024" in window.details_label.text()
    assert str(future.year) not in window.details_label.text()

    view.navigation.skip_button.click()
    assert view.pages[view.index].first != "interview_date"
    _status, day, answers = _stored(database, window)
    assert answers["interview_date"].status is AnswerStatus.NO_ANSWER
    assert day == "2024-07-12"
    assert "12 July 2024" in window.details_label.text()

    # The date is required: Finish comes back to it, and the interview is still dated as
    # it was started; a date that passes the checks is the one it is finished with.
    for _ in range(len(view.pages)):
        if view.pages[view.index].first == "interview_date":
            break
        answer_page_by_keyboard(qtbot, window)
    assert "cannot be finished" in view.notice.text()
    status, day, _answers = _stored(database, window)
    assert (status, day) == (InterviewStatus.DRAFT, "2024-07-12")
    qtbot.keyClicks(view.widgets["interview_date"].editor, "10/07/2024")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    _finish_by_keyboard(qtbot, window)
    status, day, _answers = _stored(database, window)
    assert status is InterviewStatus.COMPLETE
    assert day == "2024-07-10"  # what Results, Export and the list go by


def test_the_interview_takes_the_date_put_right_once_the_page_is_left(qtbot, database):
    window = _start(qtbot, database)
    view = window.view
    view.go_to_question("interview_date")
    editor = view.widgets["interview_date"].editor
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, (date.today() + timedelta(days=400)).strftime("%d/%m/%Y"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editor.selectAll()
    qtbot.keyClicks(editor, "11/07/20")  # a pause half way: already a date, 11 July 2020
    _wait_until_stored(database, window, "interview_date", "2020-07-11")
    _status, day, _answers = _stored(database, window)
    assert day == "2024-07-12"  # but not the interview's until the page is left
    assert "12 July 2024" in window.details_label.text()
    qtbot.keyClicks(editor, "24")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert view.pages[view.index].first != "interview_date"
    _status, day, _answers = _stored(database, window)
    assert day == "2024-07-11"
    assert "11 July 2024" in window.details_label.text()


def test_an_age_refused_by_its_rule_gives_no_age_group_and_cannot_be_finished(qtbot, database):
    window = _start(qtbot, database)
    view = window.view
    for _ in range(len(view.pages)):
        if view.pages[view.index].first == "age":
            break
        answer_page_by_keyboard(qtbot, window)
    qtbot.keyClicks(focused(), "3")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert view.pages[view.index].first == "age"
    assert "between 16 and 90" in (view.widgets["age"].error() or "")
    _wait_until_stored(database, window, "age", "3")  # kept in the draft, to be put right
    _status, _day, answers = _stored(database, window)
    assert answers["age_group"].value is None  # but no group is worked out from it
    assert answers["age_group"].status is not AnswerStatus.ANSWERED

    # Even taken straight to the end (as a link to a question skipped for now does), the
    # interview is not finished with it: Finish goes back to it and says why.
    last = max(i for i, page in enumerate(view.pages) if page.first == "end_note")
    view.show_page(last)
    assert view.navigation.next_button.text().startswith("Finish the interview")
    qtbot.mouseClick(view.navigation.next_button, Qt.MouseButton.LeftButton)
    assert view.pages[view.index].first == "age"
    assert "cannot be finished" in view.notice.text()
    assert "How old are you?" in view.notice.text()
    assert not window.finishing
    status, _day, _answers = _stored(database, window)
    assert status is InterviewStatus.DRAFT

    editor = view.widgets["age"].editor
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "30")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _finish_by_keyboard(qtbot, window)
    status, _day, answers = _stored(database, window)
    assert status is InterviewStatus.COMPLETE
    assert answers["age"].value == "30"
    assert answers["age_group"].value == "25 to 39"


def test_a_finished_interview_corrected_to_a_refused_date_keeps_its_date(qtbot, database):
    window = _start(qtbot, database)
    _finish_by_keyboard(qtbot, window)
    _status, finished_on, _answers = _stored(database, window)
    assert finished_on == "2024-02-01"  # the date the keys typed
    interview_id = window.opened.interview_id
    window.close()
    window = show(qtbot, database, ops.open_interview(database, interview_id))
    window._test_qtbot = qtbot
    window.corrected_by = "Jo"
    window.change_answer("interview_date")
    view = window.view
    editor = view.widgets["interview_date"].editor
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, (date.today() + timedelta(days=400)).strftime("%d/%m/%Y"))
    view.go_to_question("end_note")
    qtbot.mouseClick(view.navigation.next_button, Qt.MouseButton.LeftButton)  # Save: refused
    assert view.pages[view.index].first == "interview_date"
    _status, day, answers = _stored(database, window)
    assert day == finished_on
    assert answers["interview_date"].value == finished_on
    assert "1 February 2024" in window.details_label.text()

    editor = view.widgets["interview_date"].editor
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "05/07/2024")
    view.go_to_question("end_note")
    qtbot.mouseClick(view.navigation.next_button, Qt.MouseButton.LeftButton)  # Save
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview_page, timeout=10_000)
    _status, day, answers = _stored(database, window)
    assert day == "2024-07-05"
    assert answers["interview_date"].value == "2024-07-05"
    assert "5 July 2024" in window.details_label.text()
