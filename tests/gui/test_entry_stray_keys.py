"""A key that fits no answer, pressed on a question in the real interview window, changes
nothing: what is ticked stays ticked on screen and in the draft, the message about the key says
so truly, and the number keys choose again straight after (or after Backspace or Escape)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from duodesk.core.records import AnswerStatus
from duodesk.gui.entry import operations as ops
from duodesk.gui.operations import add_questionnaire_file
from duodesk.storage.interviews import stored_answers
from tests.core.forms import write_form
from tests.gui.entry_helpers import focused, settle, show, start

BACKSPACE_HINT = "press Backspace or Escape first"


def _stored(qtbot, database, window):
    settle(qtbot, window)
    with database.session() as session:
        stored = stored_answers(session, window.opened.interview_id)
    window.activateWindow()  # waiting for the save lets the window go inactive offscreen
    qtbot.waitUntil(lambda: focused() is not None)
    return stored


def _stored_once_typing_pauses(qtbot, database, window, name: str, value: str | None):
    """The stored record of ``name`` once it holds ``value`` (typed answers are saved when the
    typing pauses, not on every key)."""

    def saved() -> bool:
        with database.session() as session:
            return stored_answers(session, window.opened.interview_id)[name].value == value

    qtbot.waitUntil(saved, timeout=10_000)
    return _stored(qtbot, database, window)[name]


def _ticked(view, name: str) -> list[str]:
    return [choice for choice, button in view.widgets[name].buttons.items() if button.isChecked()]


def _on(qtbot, database, question: str):
    window = start(qtbot, database, "hepc_peer_survey")
    window.view.go_to_question(question)
    return window, window.view


def test_a_letter_after_a_choice_keeps_the_choice_on_screen_and_in_the_draft(qtbot, database):
    window, view = _on(qtbot, database, "hcv_diagnosed")
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    assert _ticked(view, "hcv_diagnosed") == ["yes"]
    qtbot.keyClick(focused(), Qt.Key.Key_X)
    assert _ticked(view, "hcv_diagnosed") == ["yes"]
    assert view.answers["hcv_diagnosed"] == "yes"
    assert _stored(qtbot, database, window)["hcv_diagnosed"].value == "yes"
    said = view.notice.text()
    assert view.notice.isVisible() and "“x” was typed" in said and "left as it was" in said
    assert BACKSPACE_HINT not in said  # the next number key chooses at once
    # The group that applies only when the answer is yes still applies: Next goes into it.
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert view.pages[view.index].first == "diagnosis_when"


def test_number_keys_choose_again_straight_after_a_stray_letter(qtbot, database):
    window, view = _on(qtbot, database, "hcv_diagnosed")
    qtbot.keyClicks(focused(), "1x")
    qtbot.keyClick(focused(), Qt.Key.Key_2)
    assert _ticked(view, "hcv_diagnosed") == ["no"]
    assert not view.notice.isVisible()  # the message was about the letter: it goes
    assert _stored(qtbot, database, window)["hcv_diagnosed"].value == "no"
    qtbot.keyClicks(focused(), "zz")
    assert "“zz” was typed" in view.notice.text()
    qtbot.keyClick(focused(), Qt.Key.Key_2)  # the answer already ticked: the message goes too
    assert not view.notice.isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    assert _ticked(view, "hcv_diagnosed") == ["yes"]
    assert _stored(qtbot, database, window)["hcv_diagnosed"].value == "yes"


def test_backspace_and_escape_take_the_message_away_and_keep_the_answer(qtbot, database):
    window, view = _on(qtbot, database, "hcv_diagnosed")
    qtbot.keyClicks(focused(), "1x")
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
    assert not view.notice.isVisible()
    assert _ticked(view, "hcv_diagnosed") == ["yes"]
    qtbot.keyClick(focused(), Qt.Key.Key_Q)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not view.notice.isVisible()
    assert window.isVisible()  # Escape took the message away and closed nothing
    assert _ticked(view, "hcv_diagnosed") == ["yes"]
    assert _stored(qtbot, database, window)["hcv_diagnosed"].value == "yes"

    # A number meant for a box is undone; later number keys are more of it until Escape.
    qtbot.keyClicks(focused(), "123")
    assert _ticked(view, "hcv_diagnosed") == ["yes"]
    assert focused() is view.widgets["hcv_diagnosed"].buttons["yes"]  # not on option 3
    assert BACKSPACE_HINT in view.notice.text()
    qtbot.keyClick(focused(), Qt.Key.Key_2)
    assert "“1232” was typed" in view.notice.text()
    assert _ticked(view, "hcv_diagnosed") == ["yes"]
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not view.notice.isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_2)
    assert _ticked(view, "hcv_diagnosed") == ["no"]
    assert _stored(qtbot, database, window)["hcv_diagnosed"].value == "no"


def test_a_letter_on_a_several_answer_question_keeps_every_ticked_box(qtbot, database):
    window, view = _on(qtbot, database, "hcv_diagnosed")
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    view.go_to_question("treatment_barriers")
    qtbot.keyClicks(focused(), "13x")
    options = view.widgets["treatment_barriers"].choice_names()
    assert _ticked(view, "treatment_barriers") == [options[0], options[2]]
    assert "“x” was typed" in view.notice.text()
    stored = _stored(qtbot, database, window)["treatment_barriers"]
    assert set(stored.choices) == {options[0], options[2]}
    qtbot.keyClick(focused(), Qt.Key.Key_2)
    assert not view.notice.isVisible()
    assert _ticked(view, "treatment_barriers") == options[:3]
    assert set(_stored(qtbot, database, window)["treatment_barriers"].choices) == set(options[:3])


def test_a_letter_on_a_grid_keeps_the_rows_answered(qtbot, database):
    window, view = _on(qtbot, database, "view_treatment_works")
    qtbot.keyClicks(focused(), "1x")
    first, second = view.grid.names[:2]
    assert view.grid.value_of(first) == view.grid.scale[0].name
    assert "“x” was typed" in view.notice.text()
    qtbot.keyClick(focused(), Qt.Key.Key_2)  # the next row is answered by the key
    assert not view.notice.isVisible()
    assert view.grid.value_of(second) == view.grid.scale[1].name
    stored = _stored(qtbot, database, window)
    assert stored[first].value == view.grid.scale[0].name
    assert stored[second].value == view.grid.scale[1].name


def test_a_letter_in_a_number_box_is_said_and_never_stored_as_an_answer(qtbot, database):
    window, view = _on(qtbot, database, "age")
    editor = view.widgets["age"].editor
    qtbot.keyClicks(editor, "34")
    assert _stored_once_typing_pauses(qtbot, database, window, "age", "34").number == 34
    qtbot.keyClick(editor, Qt.Key.Key_X)
    assert editor.text() == "34x"  # on screen as typed, with the reason it is not an answer
    assert view.widgets["age"].error() == "Type a whole number"
    # Not recorded as a number the screen does not show (the window says it is not readable).
    record = _stored_once_typing_pauses(qtbot, database, window, "age", None)
    assert record.status is not AnswerStatus.ANSWERED
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.text() == "34" and view.widgets["age"].error() is None
    assert _stored_once_typing_pauses(qtbot, database, window, "age", "34").number == 34


def test_a_letter_in_a_date_box_is_said_and_never_stored_as_an_answer(qtbot, database):
    window, view = _on(qtbot, database, "interview_date")
    editor = view.widgets["interview_date"].editor
    editor.clear()
    qtbot.keyClicks(editor, "01/02/2024")
    _stored_once_typing_pauses(qtbot, database, window, "interview_date", "2024-02-01")
    qtbot.keyClick(editor, Qt.Key.Key_X)
    assert editor.text() == "01/02/2024x"
    assert view.widgets["interview_date"].error() is not None
    record = _stored_once_typing_pauses(qtbot, database, window, "interview_date", None)
    assert record.status is not AnswerStatus.ANSWERED
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert view.widgets["interview_date"].error() is None
    _stored_once_typing_pauses(qtbot, database, window, "interview_date", "2024-02-01")


SURVEY = [
    ["type", "name", "label", "relevant"],
    ["begin_repeat", "drugs", "Drug", ""],
    ["text", "dname", "Name of the drug", ""],
    ["select_one yn", "inject", "Inject ${dname}?", ""],
    ["begin_repeat", "sites", "Injection site", "${inject} = 'yes'"],
    ["text", "site", "Site for ${dname}", ""],
    ["end_repeat", "", "", ""],
    ["end_repeat", "", "", ""],
]
CHOICES = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]


def test_a_letter_in_a_repeat_keeps_the_answer_its_inner_repeat_depends_on(
    qtbot, database, tmp_path
):
    settings = [["form_title", "form_id"], ["Entry test", "ent"]]
    add_questionnaire_file(database, write_form(tmp_path / "ent.xlsx", SURVEY, CHOICES, settings))
    opened = ops.start_interview(
        database, ops.InterviewDetails("ent", "Sam", "Centre B", date(2024, 7, 12))
    )
    window = show(qtbot, database, opened)
    view = window.view
    qtbot.keyClicks(focused(), "heroin")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.pages[view.index].first == "inject[1]"
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    qtbot.keyClicks(focused(), "arm")
    assert _ticked(view, "inject[1]") == ["yes"]
    assert "“arm” was typed" in view.notice.text()
    assert _stored(qtbot, database, window)["inject[1]"].value == "yes"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.pages[view.index].first == "site[1.1]"  # the inner repeat applies
    qtbot.keyClick(view, Qt.Key.Key_Backspace)  # nothing to take away: the box gets it
    view.go_back()
    assert view.pages[view.index].first == "inject[1]"
    assert _ticked(view, "inject[1]") == ["yes"]


def test_a_key_held_with_alt_or_ctrl_is_no_stray_letter(qtbot, database):
    """Alt+S or Ctrl+S pressed on a choice page or a grid (a shortcut tried, or one of
    another program) is not typing: no message that "s" was typed, and the answers stay."""
    for question in ("hcv_diagnosed", "view_treatment_works"):
        window, view = _on(qtbot, database, question)
        qtbot.keyClick(focused(), Qt.Key.Key_1)
        for modifier in (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier):
            qtbot.keyClick(focused(), Qt.Key.Key_S, modifier)
            assert "was typed" not in view.notice.text(), (question, modifier)
        window.close()
