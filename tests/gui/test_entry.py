"""Entering interviews through the real interview window, with the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from duodesk.core.records import AnswerStatus
from duodesk.gui.entry import operations as ops
from duodesk.storage.interviews import stored_answers
from duodesk.storage.models import Interview, InterviewStatus
from tests.gui.entry_helpers import answer_page_by_keyboard, focused, settle, start

FORMS = ["hepc_peer_survey", "training_employment_barriers", "duo_profile"]


def _interview(database, interview_id) -> Interview:
    with database.session() as session:
        return session.get_one(Interview, interview_id)


@pytest.mark.parametrize("form_id", FORMS)
def test_a_whole_interview_can_be_entered_with_the_keyboard_only(qtbot, database, form_id):
    window = start(qtbot, database, form_id)
    view = window.view
    seen = []
    with qtbot.waitSignal(window.interview_finished, timeout=20_000):
        for _ in range(len(view.pages) + 2):
            if window.finishing:
                break
            seen.append(view.pages[view.index].first)
            answer_page_by_keyboard(qtbot, window)
    assert "finished and saved" in window.done_label.text()
    interview_id = window.opened.interview_id
    assert _interview(database, interview_id).status is InterviewStatus.COMPLETE
    with database.session() as session:
        answers = stored_answers(session, interview_id)
    answered = [a for a in answers.values() if a.status is AnswerStatus.ANSWERED]
    assert len(answered) >= 10
    # the participant code's elements are never stored as answers
    assert not any(name.startswith("code_") for name in answers)
    assert len(seen) == len(set(seen)), " ".join(seen)


def test_progress_says_which_question_of_how_many(qtbot, database):
    window = start(qtbot, database, "training_employment_barriers")
    answer_page_by_keyboard(qtbot, window)  # the introduction
    text = window.view.navigation.progress_label.text()
    assert text.startswith("Question 1 of ")


def test_skip_logic_follows_answers_and_clears_answers_that_stop_applying(qtbot, database):
    window = start(qtbot, database, "hepc_peer_survey")
    view = window.view
    view.go_to_question("hcv_diagnosed")
    qtbot.keyClick(focused(), Qt.Key.Key_1)  # yes: the care questions apply
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert view.pages[view.index].first == "diagnosis_when"
    qtbot.keyClick(focused(), Qt.Key.Key_2)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert view.pages[view.index].first == "diagnosis_place"

    # back twice with Alt+Left, then change the answer to "no"
    qtbot.keyClick(focused(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.pages[view.index].first == "hcv_diagnosed"
    qtbot.keyClick(focused(), Qt.Key.Key_2)
    assert view.notice.isVisible()
    assert "cleared" in view.notice.text()
    assert "When were you first told you have hepatitis C?" in view.notice.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert view.pages[view.index].first == "ever_injected"  # the care group is skipped
    settle(qtbot, window)
    with database.session() as session:
        answers = stored_answers(session, window.opened.interview_id)
    assert answers["diagnosis_when"].status is AnswerStatus.NOT_APPLICABLE
    assert answers["hcv_diagnosed"].value == "no"


def test_a_broken_constraint_shows_the_forms_message_beside_the_question(qtbot, database):
    window = start(qtbot, database, "hepc_peer_survey")
    view = window.view
    view.go_to_question("age")
    qtbot.keyClicks(focused(), "12")
    message = view.widgets["age"].error()
    assert message is not None and "between 16 and 90" in message
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
    qtbot.keyClicks(focused(), "abc")
    assert view.widgets["age"].error() == "Type a whole number"


def test_finishing_with_a_required_answer_missing_goes_to_it(qtbot, database):
    window = start(qtbot, database, "training_employment_barriers")
    view = window.view
    view.go_to_question("end_note")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # "Finish the interview"
    assert window.stack.currentWidget() is not window.done_page
    assert view.pages[view.index].first == "interview_date"
    assert "cannot be finished yet" in view.notice.text()
    assert view.widgets["interview_date"].error() is not None
    assert _interview(database, window.opened.interview_id).status is InterviewStatus.DRAFT


def test_the_language_can_be_switched_during_the_interview(qtbot, database):
    window = start(qtbot, database, "hepc_peer_survey")
    view = window.view
    view.go_to_question("sex")
    qtbot.keyClick(focused(), Qt.Key.Key_2)
    view.language_box.setCurrentIndex(view.language_box.findData("Español (es)"))
    widget = view.widgets["sex"]
    assert widget.label.text().startswith("¿Es usted hombre o mujer")
    assert widget.value() == "female"  # the answer stays


def test_a_likert_grid_is_answered_with_number_keys_row_by_row(qtbot, database):
    window = start(qtbot, database, "hepc_peer_survey")
    view = window.view
    view.go_to_question("view_treatment_works")
    assert view.grid is not None
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_1):
        qtbot.keyClick(focused(), key)
    values = [view.grid.value_of(name) for name in view.grid.names]
    scale = [c.name for c in view.grid.scale]
    assert values == [scale[0], scale[1], scale[2], scale[0]]
    settle(qtbot, window)
    with database.session() as session:
        answers = stored_answers(session, window.opened.interview_id)
    assert answers["view_side_effects"].value == scale[1]


def test_every_answer_is_in_the_draft_as_soon_as_it_is_saved_and_reopens_there(qtbot, database):
    window = start(qtbot, database, "hepc_peer_survey")
    view = window.view
    view.go_to_question("age")
    qtbot.keyClicks(focused(), "44")
    window.close()  # the typing pause has not passed: closing saves it anyway
    settle(qtbot, window)
    drafts = ops.list_drafts(database)
    assert [d.interview_id for d in drafts] == [window.opened.interview_id]
    opened = ops.open_interview(database, window.opened.interview_id)
    assert opened.answers["age"] == 44
    assert opened.current_question == "age"


def test_number_keys_choose_options_and_check_boxes_toggle(qtbot, database):
    window = start(qtbot, database, "training_employment_barriers")
    view = window.view
    view.go_to_question("barriers")
    qtbot.keyClick(focused(), Qt.Key.Key_2)
    qtbot.keyClick(focused(), Qt.Key.Key_3)
    qtbot.keyClick(focused(), Qt.Key.Key_3)  # again: unticked
    widget = view.widgets["barriers"]
    assert len(widget.value()) == 1
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # the focused box (3) again
    assert len(widget.value()) == 2
