"""Reading and correcting a finished interview: an overview of every answer, no name needed to
read, "Who is correcting?" at the first change; one interview date; the last questionnaire
chosen comes back after a restart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from duodesk.core.records import AnswerStatus
from duodesk.gui import operations
from duodesk.gui.entry import operations as ops
from duodesk.gui.entry.overview import NOT_ASKED
from duodesk.gui.entry.start_dialog import StartInterviewDialog
from duodesk.gui.main_window import MainWindow
from duodesk.gui.tasks import ProjectWorker
from duodesk.storage.interviews import stored_answers
from duodesk.storage.models import Interview
from tests.gui.entry_helpers import answer_page_by_keyboard, settle, show, start


def _finished_interview(qtbot, database) -> int:
    """An interview entered with the keyboard and finished (age 30, first options chosen)."""
    window = start(qtbot, database, "hepc_peer_survey")
    with qtbot.waitSignal(window.interview_finished, timeout=20_000):
        for _ in range(len(window.view.pages) + 2):
            if window.finishing:
                break
            answer_page_by_keyboard(qtbot, window)
    interview_id = window.opened.interview_id
    window.close()
    return interview_id


def _open(qtbot, database, interview_id):
    return show(qtbot, database, ops.open_interview(database, interview_id))


def _row(window, label: str) -> int:
    model = window.overview.model
    return next(r for r in range(model.rowCount()) if model.row_at(r).question == label)


def _answer_dialogs(qtbot, steps: list[Callable[[object], None]]) -> list[str]:
    """Answer the modal dialogs that come up, one step each, in order; the texts they showed."""
    seen: list[str] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, step)
            return
        seen.append(dialog.labelText() if isinstance(dialog, QInputDialog) else dialog.text())
        steps.pop(0)(dialog)
        if steps:
            QTimer.singleShot(20, step)

    QTimer.singleShot(0, step)
    return seen


def test_a_finished_interview_opens_on_every_answer_without_asking_a_name(qtbot, database):
    interview_id = _finished_interview(qtbot, database)
    window = _open(qtbot, database, interview_id)  # no dialog comes up: this returns
    assert window.stack.currentWidget() is window.overview_page
    assert window.corrected_by == ""
    model = window.overview.model
    answers = {model.row_at(r).question: model.row_at(r).answer for r in range(model.rowCount())}
    assert answers["How old are you?"] == "30"
    assert answers["Date of the interview"] == "01/02/2024"
    assert answers["Are you male or female, or do you describe yourself in another way?"] == "Male"
    for r in range(model.rowCount()):
        line = model.row_at(r)
        if not window.view.state.states[line.name].applicable:
            assert line.answer == NOT_ASKED
    assert (
        f"No. {interview_id}" in window.overview_page.findChild(type(window.details_label)).text()
    )


def test_an_empty_name_is_explained_and_only_reading_changes_nothing(qtbot, database):
    interview_id = _finished_interview(qtbot, database)
    window = _open(qtbot, database, interview_id)

    def empty_name(dialog: QInputDialog) -> None:
        dialog.setTextValue("  ")
        dialog.accept()

    seen = _answer_dialogs(
        qtbot,
        [empty_name, lambda box: box.accept(), lambda dialog: dialog.reject()],
    )
    window.overview.change_asked.emit("age")  # what a click on the age row does
    assert "recorded with the name" in seen[0]
    assert "Nothing can be changed without a name" in seen[1]
    assert window.stack.currentWidget() is window.overview_page  # still only reading
    assert window.corrected_by == ""


def test_a_click_on_an_answer_asks_who_once_and_the_change_is_recorded(qtbot, database):
    interview_id = _finished_interview(qtbot, database)
    window = _open(qtbot, database, interview_id)

    def jo(dialog: QInputDialog) -> None:
        dialog.setTextValue("Jo")
        dialog.accept()

    _answer_dialogs(qtbot, [jo])
    table = window.overview.table
    row = _row(window, "How old are you?")
    rect = table.visualRect(window.overview.model.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.corrected_by == "Jo"
    assert window.stack.currentWidget() is window.form_page
    view = window.view
    assert view.pages[view.index].first == "age"
    editor = view.widgets["age"].editor
    editor.selectAll()
    qtbot.keyClicks(editor, "52")
    view.go_to_question("end_note")
    qtbot.mouseClick(view.navigation.next_button, Qt.MouseButton.LeftButton)  # Save
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview_page, timeout=10_000)
    assert "corrections are saved" in window.overview.message.text()
    assert window.overview.model.row_at(row).answer == "52"
    recorded = ops.list_corrections(database, interview_id)
    assert {(c.question, c.new_value, c.corrected_by) for c in recorded} >= {("age", "52", "Jo")}

    window.show_overview()  # a second change: no second question
    window.change_answer("sex")
    assert window.stack.currentWidget() is window.form_page


def test_the_questionnaires_date_question_takes_the_date_given_at_the_start(qtbot, database):
    window = start(qtbot, database, "hepc_peer_survey", on=date(2024, 3, 9))
    assert window.view.answers["interview_date"] == date(2024, 3, 9)
    settle(qtbot, window)
    with database.session() as session:
        answers = stored_answers(session, window.opened.interview_id)
    assert answers["interview_date"].status is AnswerStatus.ANSWERED
    assert answers["interview_date"].value == "2024-03-09"


def test_the_last_questionnaire_chosen_is_chosen_again_after_a_restart(qtbot, database):
    operations.add_example_questionnaires(database)
    operations.keep_examples(database)
    first = MainWindow(database)
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.home_loaded, timeout=10_000):
        first.show()
    first.table.selectRow(2)
    chosen = first.selected_questionnaire()
    first.close()
    again = MainWindow(database)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.home_loaded, timeout=10_000):
        again.show()
    assert again.selected_questionnaire() == chosen


def test_the_start_dialog_names_the_questionnaire_in_large_text(qtbot, database):
    operations.add_example_questionnaires(database)
    choices = ops.load_start_choices(database, "hepc_peer_survey")
    dialog = StartInterviewDialog(database, ProjectWorker(), choices)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.heading.text() == choices.title
    dialog.heading.ensurePolished()
    normal = QApplication.font().pointSizeF()
    assert dialog.heading.font().pointSizeF() >= 1.5 * normal


def test_an_empty_name_box_can_be_closed_with_escape(qtbot, database):
    interview_id = _finished_interview(qtbot, database)
    window = _open(qtbot, database, interview_id)
    seen = _answer_dialogs(qtbot, [lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape)])
    window.change_answer("age")
    assert window.stack.currentWidget() is window.overview_page
    assert len(seen) == 1  # only the question: Escape means "only read", with no message
    assert QApplication.activeModalWidget() is None


def test_a_correction_that_breaks_the_questions_rule_is_not_stored(qtbot, database):
    interview_id = _finished_interview(qtbot, database)
    window = _open(qtbot, database, interview_id)
    window.corrected_by = "Jo"
    window.change_answer("age")
    editor = window.view.widgets["age"].editor
    editor.selectAll()
    qtbot.keyClicks(editor, "150")  # the questionnaire allows 16 to 90
    qtbot.waitUntil(lambda: "not saved yet" in window.save_state.text(), timeout=10_000)
    settle(qtbot, window)
    with database.read_session() as session:
        assert stored_answers(session, interview_id)["age"].value == "30"
    assert ops.list_corrections(database, interview_id) == ()

    editor.selectAll()
    qtbot.keyClicks(editor, "52")  # put right: now it goes in
    qtbot.waitUntil(lambda: window.save_state.text() == "Every answer is saved.", timeout=10_000)
    with database.read_session() as session:
        assert stored_answers(session, interview_id)["age"].value == "52"
    assert "52" in [c.new_value for c in ops.list_corrections(database, interview_id)]


def test_changing_the_date_question_changes_the_interviews_date(qtbot, database):
    window = start(qtbot, database, "hepc_peer_survey", on=date(2026, 12, 1))
    settle(qtbot, window)
    window.view.go_to_question("interview_date")
    editor = window.view.widgets["interview_date"].editor
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "30/11/2026")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the date is the interview's once it is left
    assert window.view.pages[window.view.index].first != "interview_date"
    qtbot.waitUntil(lambda: window.save_state.text() == "Every answer is saved.", timeout=10_000)
    settle(qtbot, window)
    with database.read_session() as session:
        interview = session.get(Interview, window.opened.interview_id)
        assert interview.interview_date == "2026-11-30"
        assert stored_answers(session, interview.id)["interview_date"].value == "2026-11-30"
    assert "30 November 2026" in window.details_label.text()
    assert "1 December" not in window.details_label.text()


def test_escape_closes_the_list_of_answers_but_not_a_question_being_changed(qtbot, database):
    """Escape did nothing on the read-only list of answers (only Ctrl+W closed it)."""
    interview_id = _finished_interview(qtbot, database)
    window = _open(qtbot, database, interview_id)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.overview.table.hasFocus(), timeout=5_000)
    qtbot.keyClick(window.overview.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
