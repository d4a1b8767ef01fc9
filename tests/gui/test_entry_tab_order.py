"""The keyboard on an interview page: Tab goes from the answer to Next, then Back, then the
rest, with the language of the questions last; a correction reaches the end in one step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from duodesk.gui.entry import operations as ops
from tests.gui.entry_helpers import answer_page_by_keyboard, focused, show, start


def _tab_stops(qtbot, count: int) -> list:
    stops = []
    for _ in range(count):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        stops.append(focused())
    return stops


def test_tab_from_a_typed_answer_goes_to_next_then_back_and_the_language_last(qtbot, database):
    window = start(qtbot, database, "hepc_peer_survey")
    view = window.view
    view.go_to_question("age")
    assert focused() is view.widgets["age"].editor
    stops = _tab_stops(qtbot, 4)
    navigation = view.navigation
    assert stops[:3] == [navigation.next_button, navigation.back_button, window.close_button]
    assert stops[3] is view.language_box
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # round again, to the answer
    assert focused() is view.widgets["age"].editor


def test_tab_from_a_chosen_option_goes_to_next_before_clear_this_answer(qtbot, database):
    window = start(qtbot, database, "hepc_peer_survey")
    view = window.view
    view.go_to_question("interview_place")
    widget = view.widgets["interview_place"]
    assert widget.isAncestorOf(focused())
    stops = _tab_stops(qtbot, 5)
    navigation = view.navigation
    assert stops == [
        navigation.next_button,
        navigation.back_button,
        widget.clear_button,
        window.close_button,
        view.language_box,
    ]


def _finished_interview(qtbot, database) -> int:
    window = start(qtbot, database, "hepc_peer_survey")
    with qtbot.waitSignal(window.interview_finished, timeout=20_000):
        for _ in range(len(window.view.pages) + 2):
            if window.finishing:
                break
            answer_page_by_keyboard(qtbot, window)
    interview_id = window.opened.interview_id
    window.close()
    return interview_id


def test_a_correction_reaches_the_end_from_the_changed_answer_by_keyboard(qtbot, database):
    interview_id = _finished_interview(qtbot, database)
    window = show(qtbot, database, ops.open_interview(database, interview_id))
    window.corrected_by = "Jo"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.change_answer("age")
    view = window.view
    editor = view.widgets["age"].editor
    qtbot.waitUntil(lambda: focused() is editor)
    editor.selectAll()
    qtbot.keyClicks(editor, "52")
    stops = _tab_stops(qtbot, 3)
    assert stops[2] is window.end_button  # Next, Back, then "Done correcting"
    assert window.end_button.isVisible()
    qtbot.keyClick(window.end_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview_page, timeout=10_000)
    assert "corrections are saved" in window.overview.message.text()
    recorded = ops.list_corrections(database, interview_id)
    assert ("age", "52", "Jo") in {(c.question, c.new_value, c.corrected_by) for c in recorded}


def test_done_correcting_checks_the_answers_as_finish_does(qtbot, database):
    interview_id = _finished_interview(qtbot, database)
    window = show(qtbot, database, ops.open_interview(database, interview_id))
    window.corrected_by = "Jo"
    window.change_answer("age")
    view = window.view
    editor = view.widgets["age"].editor
    editor.selectAll()
    qtbot.keyClicks(editor, "150")  # the questionnaire allows 16 to 90
    view.go_to_question("sex")  # leave the wrong answer behind on an earlier page
    window.end_button.click()
    assert window.stack.currentWidget() is window.form_page  # not saved: the problem shows
    assert view.pages[view.index].first == "age"
    assert "cannot be finished" in view.notice.text()
    editor = view.widgets["age"].editor
    editor.selectAll()
    qtbot.keyClicks(editor, "52")  # put right, so that the window closes without asking
    qtbot.waitUntil(lambda: window.save_state.text() == "Every answer is saved.", timeout=10_000)


def test_done_correcting_is_not_offered_on_the_last_page_nor_in_a_new_interview(qtbot, database):
    interview_id = _finished_interview(qtbot, database)
    window = start(qtbot, database, "hepc_peer_survey")
    assert not hasattr(window, "end_button")
    window.close()
    correcting = show(qtbot, database, ops.open_interview(database, interview_id))
    correcting.corrected_by = "Jo"
    correcting.change_answer("end_note")
    assert not correcting.end_button.isVisible()
    correcting.change_answer("age")
    assert correcting.end_button.isVisible()
