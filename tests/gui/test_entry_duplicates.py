"""The warning when the participant code matches an earlier interview, exactly or nearly."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.gui.entry_helpers import focused, settle, start


def _give_code(qtbot, window, first: str, mother: str, day: str, month: str) -> None:
    view = window.view
    for name, typed in (
        ("code_first_letter", first),
        ("code_mother_letter", mother),
        ("code_birth_day", day),
        ("code_birth_month", month),
    ):
        view.go_to_question(name)
        qtbot.keyClicks(focused(), typed)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    settle(qtbot, window)


def test_the_same_code_at_another_site_warns_with_date_and_site(qtbot, database):
    first = start(qtbot, database, "hepc_peer_survey", site="Centre B", on=date(2024, 7, 12))
    _give_code(qtbot, first, "M", "j", "3", "11")
    assert not first.duplicate_banner.isVisible()
    first.close()

    second = start(qtbot, database, "hepc_peer_survey", site="Centre A", on=date(2024, 8, 2))
    _give_code(qtbot, second, "m", "J", "3", "11")  # capitals make no difference
    banner = second.duplicate_banner
    assert banner.isVisible()
    text = banner.label.text()
    assert "This person may already have been interviewed on 12 July 2024 at Centre B" in text
    assert "one part" not in text
    # nothing is blocked: the interview carries on
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert second.view.pages[second.view.index].first == "sex"


def test_a_code_one_element_different_is_a_near_match(qtbot, database):
    first = start(qtbot, database, "training_employment_barriers", site="Centre B")
    _give_code(qtbot, first, "M", "J", "3", "11")
    first.close()
    second = start(qtbot, database, "training_employment_barriers", site="Drop-in North")
    _give_code(qtbot, second, "M", "K", "3", "11")
    assert second.duplicate_banner.isVisible()
    assert "the same except for one part" in second.duplicate_banner.label.text()
    assert "Centre B" in second.duplicate_banner.label.text()


def test_codes_two_elements_apart_are_different_people(qtbot, database):
    first = start(qtbot, database, "hepc_peer_survey")
    _give_code(qtbot, first, "M", "J", "3", "11")
    first.close()
    second = start(qtbot, database, "hepc_peer_survey")
    _give_code(qtbot, second, "M", "K", "4", "11")
    assert not second.duplicate_banner.isVisible()


def test_part_of_the_code_is_not_called_saved_and_closing_warns(qtbot, database):
    from duodesk.gui.entry.entry_window import ALL_SAVED, CODE_INCOMPLETE_AT_CLOSE, CODE_NOT_KEPT

    window = start(qtbot, database, "hepc_peer_survey")
    view = window.view
    for name, typed in (("code_first_letter", "M"), ("code_mother_letter", "J")):
        view.go_to_question(name)
        qtbot.keyClicks(view.widgets[name].editor, typed)
        view.flush()
    settle(qtbot, window)
    assert window.save_state.text() == CODE_NOT_KEPT

    # Closing says so first, and keeps the window open with the typed letters on screen.
    window.close()
    assert window.isVisible() and window.error_label.text() == CODE_INCOMPLETE_AT_CLOSE
    assert view.answers["code_first_letter"] == "M"

    for name, typed in (("code_birth_day", "3"), ("code_birth_month", "11")):
        view.go_to_question(name)
        qtbot.keyClicks(view.widgets[name].editor, typed)
        view.flush()
    settle(qtbot, window)
    assert window.save_state.text() == ALL_SAVED
    window.close()  # the whole code is kept: it closes
    assert not window.isVisible()


def test_a_calculation_built_from_the_code_is_not_saved_from_the_interview_screen(
    qtbot, example_paths
):
    from duodesk.core.xlsform import read_xlsform
    from duodesk.gui.entry.form_view import InterviewFormView
    from tests.storage.test_import_responses import _with_code_calculations

    questionnaire = _with_code_calculations(read_xlsform(example_paths["hepatitis_c_peer_survey"]))
    sent = []
    view = InterviewFormView(questionnaire, answers={}, on_change=sent.append)
    qtbot.addWidget(view)
    for name, typed in (
        ("code_first_letter", "Q"),
        ("code_mother_letter", "Z"),
        ("code_birth_day", "29"),
        ("code_birth_month", "2"),
        ("age", "40"),
    ):
        view.go_to_question(name)
        qtbot.keyClicks(view.widgets[name].editor, typed)
        view.flush()
    assert view.state.answers.get("pcode") == "QZ292"  # worked out on screen, as asked
    saved = {record.question: record for change in sent for record in change.records}
    assert "age_next_year" in saved  # other calculations are saved
    assert "pcode" not in saved and "pcode_label" not in saved
    assert not {"pcode", "pcode_label"} & {r.question for r in view.final_records()}
    assert any(change.code_elements for change in sent)  # the code itself goes as digests


def test_finishing_with_part_of_the_code_asks_for_the_rest_first(qtbot, database):
    from duodesk.gui.entry.entry_window import CODE_INCOMPLETE_AT_FINISH

    window = start(qtbot, database, "hepc_peer_survey")
    view = window.view
    view.go_to_question("code_first_letter")
    qtbot.keyClicks(view.widgets["code_first_letter"].editor, "M")
    view.flush()
    settle(qtbot, window)
    window._finish(view.state)  # as the Finish button does
    assert window.error_label.text() == CODE_INCOMPLETE_AT_FINISH
    assert not window.finishing and window.stack.currentWidget() is not window.done_page
    assert view.pages[view.index].first == "code_mother_letter"  # where the code goes on
