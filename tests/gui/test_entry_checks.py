"""Mistakes are caught at the question: Next does not leave a missing or wrong answer behind,
"Skip for now" is the deliberate way on, and typing meant for a box never picks an option."""

from __future__ import annotations

from PySide6.QtCore import Qt

from duodesk.core.records import AnswerStatus
from duodesk.gui.entry import operations as ops
from duodesk.storage.interviews import stored_answers
from tests.gui.entry_helpers import answer_page_by_keyboard, focused, settle, show, start


def _answers(database, window):
    settle(qtbot=window._test_qtbot, window=window)
    with database.session() as session:
        return stored_answers(session, window.opened.interview_id)


def _inside(widget) -> bool:
    current = focused()
    return current is not None and (current is widget or widget.isAncestorOf(current))


def _start(qtbot, database, form_id):
    window = start(qtbot, database, form_id)
    window._test_qtbot = qtbot
    return window


def test_next_does_not_leave_a_required_question_blank(qtbot, database):
    window = _start(qtbot, database, "training_employment_barriers")
    view = window.view
    view.go_to_question("sex")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert view.pages[view.index].first == "sex"  # still here
    assert view.widgets["sex"].error() is not None  # and the person is told why
    assert _inside(view.widgets["sex"])
    assert view.navigation.skip_button.isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_2)  # answered: the message goes, Next works
    assert view.widgets["sex"].error() is None
    assert not view.navigation.skip_button.isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert view.pages[view.index].first == "age"


def test_next_does_not_leave_an_answer_that_breaks_its_rule(qtbot, database):
    window = _start(qtbot, database, "hepc_peer_survey")
    view = window.view
    view.go_to_question("age")
    qtbot.keyClicks(focused(), "150")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert view.pages[view.index].first == "age"
    assert "between 16 and 90" in (view.widgets["age"].error() or "")
    assert focused() is view.widgets["age"].editor
    view.navigation.next_button.click()  # the mouse is refused as well
    assert view.pages[view.index].first == "age"


def test_skip_for_now_records_nothing_and_lists_the_question_at_finish(qtbot, database):
    window = _start(qtbot, database, "training_employment_barriers")
    view = window.view
    with qtbot.waitSignal(window.interview_finished, timeout=20_000):
        for _ in range(len(view.pages) + 3):
            if window.finishing:
                break
            if view.pages[view.index].first == "age" and "age" not in view.skipped:
                qtbot.keyClicks(focused(), "150")
                qtbot.keyClick(focused(), Qt.Key.Key_Return)
                assert view.pages[view.index].first == "age"
                qtbot.mouseClick(view.navigation.skip_button, Qt.MouseButton.LeftButton)
                assert view.pages[view.index].first != "age"
                continue
            if view.notice.isVisible() and "Skipped for now" in view.notice.text():
                assert "How old are you?" in view.notice.text()
                assert window.stack.currentWidget() is not window.done_page
                qtbot.keyClick(focused(), Qt.Key.Key_Return)  # finish without it
                continue
            answer_page_by_keyboard(qtbot, window)
    answers = _answers(database, window)
    assert answers["age"].status is AnswerStatus.NO_ANSWER
    assert answers["age"].value is None  # 150 was never recorded


def test_a_skipped_required_question_is_named_when_finishing_is_refused(qtbot, database):
    window = _start(qtbot, database, "training_employment_barriers")
    view = window.view
    view.go_to_question("sex")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.mouseClick(view.navigation.skip_button, Qt.MouseButton.LeftButton)
    assert view.skipped == ["sex"]
    view.go_to_question("end_note")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert "Skipped for now" in view.notice.text()
    assert "Are you male or female" in view.notice.text()


def test_a_question_skipped_for_now_is_still_listed_after_the_interview_is_resumed(qtbot, database):
    window = _start(qtbot, database, "training_employment_barriers")
    view = window.view
    view.go_to_question("age")
    qtbot.keyClicks(focused(), "150")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.mouseClick(view.navigation.skip_button, Qt.MouseButton.LeftButton)
    assert view.skipped == ["age"]
    window.close()
    settle(qtbot, window)
    resumed = show(qtbot, database, ops.open_interview(database, window.opened.interview_id))
    assert resumed.view.skipped == ["age"]
    view = resumed.view
    view.show_page(0)
    for _ in range(len(view.pages) + 2):
        if view.notice.isVisible() and "Skipped for now" in view.notice.text():
            break
        if view.pages[view.index].first == "age":
            qtbot.keyClick(focused(), Qt.Key.Key_Return)  # still blank: it is not asked again
            continue
        answer_page_by_keyboard(qtbot, resumed)
    assert "Skipped for now" in resumed.view.notice.text()
    assert "How old are you?" in resumed.view.notice.text()
    assert resumed.stack.currentWidget() is not resumed.done_page


def test_a_question_skipped_for_now_travels_with_the_draft_to_another_laptop(
    qtbot, database, tmp_path, monkeypatch
):
    """The project file taken to another laptop (or a shared server's draft opened again):
    that laptop's own settings know nothing of the skip, the draft does."""
    window = _start(qtbot, database, "training_employment_barriers")
    view = window.view
    view.go_to_question("age")
    qtbot.keyClicks(focused(), "150")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.mouseClick(view.navigation.skip_button, Qt.MouseButton.LeftButton)
    assert view.skipped == ["age"]
    window.close()
    settle(qtbot, window)
    monkeypatch.setenv("DUODESK_SETTINGS", str(tmp_path / "another laptop.ini"))
    opened = ops.open_interview(database, window.opened.interview_id)
    assert opened.skipped_for_now == ("age",)
    resumed = show(qtbot, database, opened)
    assert resumed.view.skipped == ["age"]
    view = resumed.view
    view.show_page(0)
    for _ in range(len(view.pages) + 2):
        if view.notice.isVisible() and "Skipped for now" in view.notice.text():
            break
        if view.pages[view.index].first == "age":
            qtbot.keyClick(focused(), Qt.Key.Key_Return)  # still blank: it is not asked again
            continue
        answer_page_by_keyboard(qtbot, resumed)
    assert "Skipped for now" in resumed.view.notice.text()
    assert "How old are you?" in resumed.view.notice.text()


def test_typing_a_date_after_enter_on_a_blank_date_never_changes_the_place(qtbot, database):
    # The field report: Enter on a blank date, then "25/12/2026" typed, set "Where is this
    # interview taking place?" to option 2.
    window = _start(qtbot, database, "hepc_peer_survey")
    view = window.view
    view.go_to_question("interview_date")
    view.widgets["interview_date"].editor.clear()
    view.widgets["interview_date"].editor.textEdited.emit("")
    place_before = view.answers.get("interview_place")
    assert place_before is not None  # the form's default, as in the report
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert view.pages[view.index].first == "interview_date"  # Enter did not turn the page
    qtbot.keyClicks(focused(), "25/12/2026")
    assert view.widgets["interview_date"].editor.text() == "25/12/2026"
    assert view.answers.get("interview_place") == place_before


def test_typing_meant_for_a_box_on_a_choice_page_is_undone_and_explained(qtbot, database):
    window = _start(qtbot, database, "hepc_peer_survey")
    view = window.view
    view.go_to_question("interview_place")  # as if the page had just turned
    place_before = view.answers.get("interview_place")
    qtbot.keyClicks(focused(), "25/12/2026")
    assert view.answers.get("interview_place") == place_before
    assert view.notice.isVisible()
    assert "25/12/2026" in view.notice.text()
    assert "left as it was" in view.notice.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)  # another key ends that typing
    qtbot.keyClick(focused(), Qt.Key.Key_2)  # a single number key still chooses
    second = list(view.widgets["interview_place"].buttons)[1]
    assert view.answers.get("interview_place") == second
    assert _answers(database, window)["interview_place"].value == second


def test_the_cannot_be_finished_banner_goes_once_the_problems_are_fixed(qtbot, database):
    window = _start(qtbot, database, "training_employment_barriers")
    view = window.view
    view.go_to_question("end_note")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert view.notice.isVisible() and "cannot be finished" in view.notice.text()
    for _ in range(10):
        if not view.notice.isVisible():
            break
        name = view.problems()[0][0]
        assert view.pages[view.index].first == name or name in view.pages[view.index].names()
        widget = view.widgets[name]
        if widget.question.type.is_select:
            qtbot.keyClick(focused(), Qt.Key.Key_1)
        else:
            widget.editor.clear()
            qtbot.keyClicks(widget.editor, "01/02/2024" if name.endswith("date") else "A")
        if view.problems():
            view.go_to_question(view.problems()[0][0])
    assert not view.notice.isVisible()
    assert view.problems() == []


def test_enter_closes_the_interview_finished_page(qtbot, database):
    window = _start(qtbot, database, "training_employment_barriers")
    view = window.view
    with qtbot.waitSignal(window.interview_finished, timeout=20_000):
        for _ in range(len(view.pages) + 2):
            if window.finishing:
                break
            answer_page_by_keyboard(qtbot, window)
    assert window.stack.currentWidget() is window.done_page
    assert window.done_button.hasFocus() or window.focusWidget() is window.done_button
    qtbot.keyClick(window.done_button, Qt.Key.Key_Return)
    assert not window.isVisible()


def test_a_date_typed_on_a_grid_does_not_answer_its_rows(qtbot, database):
    window = _start(qtbot, database, "hepc_peer_survey")
    view = window.view
    view.go_to_question("view_treatment_works")
    assert view.grid is not None
    before = {name: view.answers.get(name) for name in view.grid.names}
    qtbot.keyClicks(focused(), "12/05/2026")
    assert {name: view.answers.get(name) for name in view.grid.names} == before
    assert "12/05/2026" in view.notice.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)  # ends that typing
    qtbot.keyClick(focused(), Qt.Key.Key_2)  # a number key still answers a row
    first = view.grid.names[0]
    assert view.answers.get(first) == view.grid.scale[1].name


def test_the_screen_never_says_every_answer_is_saved_while_a_refused_answer_is_in_its_box(
    qtbot, database
):
    from duodesk.gui.entry.entry_window import ALL_SAVED, KEPT_TO_PUT_RIGHT, NOT_READABLE

    window = _start(qtbot, database, "hepc_peer_survey")
    view = window.view
    view.go_to_question("age")
    editor = view.widgets["age"].editor
    qtbot.keyClicks(editor, "3O")  # a letter O for a zero: not a number, nothing recorded
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.save_state.text() == NOT_READABLE, timeout=10_000)
    assert window.save_state.isVisible()
    assert _answers(database, window)["age"].status is not AnswerStatus.ANSWERED

    editor.clear()
    qtbot.keyClicks(editor, "150")  # a number, but not an age: kept in the draft to put right
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.save_state.text() == KEPT_TO_PUT_RIGHT, timeout=10_000)
    assert _answers(database, window)["age"].value == "150"  # "saved for now" is true

    editor.clear()
    qtbot.keyClicks(editor, "30")
    qtbot.waitUntil(lambda: window.save_state.text() == ALL_SAVED, timeout=10_000)
    assert _answers(database, window)["age"].value == "30"


def test_a_number_key_after_a_date_typed_on_a_list_chooses_an_option(qtbot, database):
    window = _start(qtbot, database, "hepc_peer_survey")
    view = window.view
    view.go_to_question("interview_place")
    widget = view.widgets["interview_place"]
    default = view.answers.get("interview_place")
    qtbot.keyClicks(focused(), "25/12/2026")  # meant for the date box just left
    assert view.answers.get("interview_place") == default
    assert "25/12/2026" in view.notice.text()
    qtbot.keyClick(focused(), Qt.Key.Key_2)  # the interviewer's choice: option 2
    second = widget.choice_names()[1]
    assert second != default
    assert view.answers.get("interview_place") == second
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert view.pages[view.index].first != "interview_place"
    assert _answers(database, window)["interview_place"].value == second


def test_a_number_key_after_a_time_typed_on_a_grid_answers_a_row(qtbot, database):
    window = _start(qtbot, database, "hepc_peer_survey")
    view = window.view
    view.go_to_question("view_treatment_works")
    first = view.grid.names[0]
    before = view.answers.get(first)
    qtbot.keyClicks(focused(), "14:30")
    assert view.answers.get(first) == before
    qtbot.keyClick(focused(), Qt.Key.Key_2)
    assert view.answers.get(first) == view.grid.scale[1].name


def test_a_question_skipped_for_now_is_one_key_away_from_the_finish_list(qtbot, database, tmp_path):
    window = _start(qtbot, database, "training_employment_barriers")
    view = window.view
    for _ in range(len(view.pages) + 3):
        if view.notice.isVisible() and "Skipped for now" in view.notice.text():
            break
        if view.pages[view.index].first == "age" and "age" not in view.skipped:
            qtbot.keyClicks(focused(), "150")
            qtbot.keyClick(focused(), Qt.Key.Key_Return)
            view.navigation.skip_button.click()
            continue
        answer_page_by_keyboard(qtbot, window)
    assert view.skip_links.isVisible()
    window.resize(1366, 768)
    assert window.grab().save(str(tmp_path / "skips.png"))
    # From where the focus is after Finish, the keyboard reaches the question's button.
    for _ in range(40):
        current = focused()
        if isinstance(current, type(view.navigation.next_button)) and view.skip_links.isAncestorOf(
            current
        ):
            break
        qtbot.keyClick(current, Qt.Key.Key_Tab)
    assert view.skip_links.isAncestorOf(focused())
    assert "How old are you?" in focused().accessibleName()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert view.pages[view.index].first == "age"
    assert not view.skip_links.isVisible()
    assert _inside(view.widgets["age"])
