"""Entering a form with a repeat through the real interview window: instances added with the
keyboard, removed after a confirmation, skip logic inside an instance, and a draft that
reopens with every instance."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from duodesk.core.records import AnswerStatus
from duodesk.gui.entry import operations as ops
from duodesk.gui.operations import add_questionnaire_file
from duodesk.storage.database import Database
from duodesk.storage.interviews import stored_answers
from tests.core.forms import write_form
from tests.core.test_repeats import DRUG_CHOICES, DRUG_SURVEY
from tests.gui.entry_helpers import settle, show

ROOT = Path(__file__).resolve().parents[2]


def _start(qtbot, database, tmp_path):
    add_questionnaire_file(database, write_form(tmp_path / "drugs.xlsx", DRUG_SURVEY, DRUG_CHOICES))
    opened = ops.start_interview(
        database, ops.InterviewDetails("drugs", "Sam", "Centre B", date(2024, 7, 12))
    )
    return show(qtbot, database, opened)


def _focused():
    return QApplication.focusWidget()


def _heading(view) -> str:
    return view.page_area.widget().findChild(type(view.notice), "repeatHeading").text()


def _enter_drug(qtbot, view, drug_key, route_keys) -> None:
    """On the drug question of an instance: choose, then how often (1), then routes."""
    qtbot.keyClick(_focused(), drug_key)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(_focused(), Qt.Key.Key_1)  # every day
    qtbot.keyClick(view, Qt.Key.Key_Return)
    for key in route_keys:
        qtbot.keyClick(_focused(), key)
    qtbot.keyClick(view, Qt.Key.Key_Return)


def test_three_drugs_entered_one_removed_and_the_draft_reopens_with_the_rest(
    qtbot, database, tmp_path
):
    window = _start(qtbot, database, tmp_path)
    view = window.view
    qtbot.keyClicks(_focused(), "Drop-in")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClicks(_focused(), "34")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.pages[view.index].first == "drug[1]"
    assert _heading(view) == "Drug: 1 of 1"

    _enter_drug(qtbot, view, Qt.Key.Key_1, [Qt.Key.Key_1])  # heroin, injected
    # injecting: the equipment question applies in this instance
    assert view.pages[view.index].first == "equipment[1]"
    qtbot.keyClick(_focused(), Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.pages[view.index].add_prompt is not None
    assert (
        "Drug: add another one?"
        in view.page_area.widget().findChild(type(view.notice), "questionLabel").text()
    )

    qtbot.keyClick(view, Qt.Key.Key_1)  # add another
    assert view.pages[view.index].first == "drug[2]"
    assert _heading(view) == "Drug: 2 of 2"
    _enter_drug(qtbot, view, Qt.Key.Key_2, [Qt.Key.Key_2])  # crack, smoked
    # smoked: no equipment question in this instance, straight to "add another?"
    assert view.pages[view.index].add_prompt is not None
    assert not view.state.states["equipment[2]"].applicable
    qtbot.keyClick(view, Qt.Key.Key_1)
    _enter_drug(qtbot, view, Qt.Key.Key_3, [Qt.Key.Key_2])  # benzos, smoked
    assert view.state.instances["drugs"] == ("1", "2", "3")

    view.go_to_question("drug[2]")
    assert _heading(view) == "Drug: 2 of 3"
    refusal = {}

    def refuse_then_accept(answer: str) -> None:
        box = view.remove_prompt
        refusal["text"] = box.text()
        chosen = next(b for b in box.buttons() if b.text().startswith(answer))
        chosen.click()

    QTimer.singleShot(0, lambda: refuse_then_accept("Keep"))
    assert not view.remove_instance("drugs", "2")
    assert refusal["text"] == "Remove number 2 (Drug) and all its answers?"
    assert view.state.instances["drugs"] == ("1", "2", "3")
    QTimer.singleShot(0, lambda: refuse_then_accept("Remove"))
    view.repeat_buttons["remove"].click()
    assert view.state.instances["drugs"] == ("1", "2")
    assert view.answers["drug[2]"] == "benzos"  # the third moved up
    assert "drug[3]" not in view.answers
    window.close()
    settle(qtbot, window)

    with database.session() as session:
        stored = stored_answers(session, window.opened.interview_id)
    assert stored["drugs"].number == 2
    assert stored["drug[1]"].value == "heroin" and stored["drug[2]"].value == "benzos"
    assert "drug[3]" not in stored
    assert stored["how[1]"].choices == ("inject",)
    assert stored["equipment[2]"].status is AnswerStatus.NOT_APPLICABLE
    assert stored["site"].instance == "" and stored["drug[2]"].instance == "2"

    opened = ops.open_interview(database, window.opened.interview_id)
    assert opened.answers["drugs"] == 2
    again = show(qtbot, database, opened)
    assert again.view.state.instances["drugs"] == ("1", "2")
    again.view.go_to_question("drug[2]")
    assert again.view.widgets["drug[2]"].value() == "benzos"
    assert _heading(again.view) == "Drug: 2 of 2"
    again.close()


def test_no_more_moves_on_and_removing_the_only_instance_asks_if_there_is_one(
    qtbot, database, tmp_path, monkeypatch
):
    window = _start(qtbot, database, tmp_path)
    view = window.view
    view.go_to_question("drug[1]")
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: next(b for b in box.buttons() if b.text().startswith("Remove")).click(),
    )
    assert view.remove_instance("drugs", "1")
    assert view.state.instances["drugs"] == ()
    page = view.pages[view.index]
    assert page.add_prompt is not None
    assert view.repeat_buttons["add"].text().endswith("Add one")
    with qtbot.waitSignal(window.interview_finished, timeout=20_000):
        qtbot.keyClick(view, Qt.Key.Key_2)  # no more: the repeat was the last thing asked
    settle(qtbot, window)
    with database.session() as session:
        stored = stored_answers(session, window.opened.interview_id)
    assert stored["drugs"].number == 0
    assert not any(record.instance for record in stored.values())


def test_the_repeat_screens_render_at_laptop_size(qtbot, database, tmp_path):
    window = _start(qtbot, database, tmp_path)
    window.resize(1366, 768)
    view = window.view
    view.go_to_question("drug[1]")
    window.grab().save(str(tmp_path / "instance.png"))
    view.go_to_question("+drugs")
    window.grab().save(str(tmp_path / "add_another.png"))
    assert view.repeat_buttons["add"].height() >= 60
    assert (tmp_path / "add_another.png").stat().st_size > 0
    window.close()


def test_a_repeat_inside_a_repeat_counted_by_an_answer(qtbot, tmp_path):
    from duodesk.core.xlsform import read_xlsform
    from duodesk.gui.entry.form_view import InterviewFormView
    from tests.core.test_repeats import SUM_FORM

    form = read_xlsform(write_form(tmp_path / "household.xlsx", SUM_FORM))
    changes = []
    view = InterviewFormView(form, on_change=changes.append)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.focus_first()
    qtbot.waitUntil(lambda: _focused() is not None)
    qtbot.keyClicks(_focused(), "2")  # two people: repeat_count makes two instances
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert _heading(view) == "Person: 1 of 2"
    assert "removeInstance" not in {b.objectName() for b in view.repeat_buttons.values()}
    qtbot.keyClicks(_focused(), "40")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert _heading(view) == "Person: 1 of 2 › Job: 1 of 1"
    qtbot.keyClicks(_focused(), "30")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.pages[view.index].first == "+job[1]"  # another job for person 1?
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert _heading(view) == "Person: 1 of 2 › Job: 2 of 2"
    qtbot.keyClicks(_focused(), "8")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_2)  # no more jobs for person 1
    assert _heading(view) == "Person: 2 of 2"
    assert view.state.answers["person_hours[1]"] == "38"
    assert view.state.instances["job"] == ("1.1", "1.2", "2.1")
    saved = {record.key: record for change in changes for record in change.records}
    assert saved["hours[1.2]"].value == "8" and saved["job[1]"].number == 2


@pytest.mark.slow
def test_a_killed_interview_reopens_with_every_instance(qtbot, tmp_path):
    path = tmp_path / "crash.duodesk"
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.entry_crash_repeat_child", str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        line = child.stdout.readline()
        assert line.startswith("READY"), line + child.stderr.read()
        _, interview_id, where = line.split()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    assert where == "how[2]"
    database = Database.open(path)
    try:
        opened = ops.open_interview(database, int(interview_id))
        assert opened.current_question == "how[2]"
        assert opened.answers["drugs"] == 2
        assert (opened.answers["drug[1]"], opened.answers["drug[2]"]) == ("heroin", "crack")
        assert opened.answers["how[1]"] == ("inject",)
        window = show(qtbot, database, opened)
        view = window.view
        assert view.pages[view.index].first == "how[2]"
        assert _heading(view) == "Drug: 2 of 2"
        window.close()
    finally:
        database.close()


def test_an_answer_in_an_instance_of_a_finished_interview_is_corrected_and_recorded(
    qtbot, database, tmp_path
):
    from PySide6.QtWidgets import QInputDialog

    from tests.gui.test_corrections import _answer_dialogs
    from tests.repeat_project import add_drug_interviews

    add_drug_interviews(database, tmp_path, count=6, seed=4)
    with database.session() as session:
        interview_id = next(
            i
            for (i,) in session.execute(sqlalchemy.text("SELECT id FROM interviews"))
            if "drug[2]" in stored_answers(session, i)
        )
    window = show(qtbot, database, ops.open_interview(database, interview_id))
    lines = [window.overview.model.row_at(r) for r in range(window.overview.model.rowCount())]
    assert any(line.question.endswith("(Drug: 2)") for line in lines)

    def jo(dialog: QInputDialog) -> None:
        dialog.setTextValue("Jo")
        dialog.accept()

    _answer_dialogs(qtbot, [jo])
    window.change_answer("drug[2]")
    qtbot.waitUntil(lambda: window.corrected_by == "Jo", timeout=10_000)
    view = window.view
    assert view.pages[view.index].first == "drug[2]"
    before = view.answers["drug[2]"]
    other = next(c for c in ("heroin", "crack", "benzos") if c != before)
    view.widgets["drug[2]"].set_value(other)
    view._answered("drug[2]")
    view.go_to_question("+drugs")
    qtbot.mouseClick(view.navigation.next_button, Qt.MouseButton.LeftButton)  # Save
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview_page, timeout=10_000)
    recorded = ops.list_corrections(database, interview_id)
    assert ("drug[2]", other, "Jo") in {(c.question, c.new_value, c.corrected_by) for c in recorded}
    with database.session() as session:
        assert stored_answers(session, interview_id)["drug[2]"].value == other
    window.close()


def _progress(view) -> str:
    return view.navigation.progress_label.text()


def test_a_repeat_labelled_in_the_plural_reads_well_and_the_progress_says_which_one(
    qtbot, tmp_path
):
    """Authors label a repeat "Places" as often as "Place": the screen shows the label as a
    name ("Places: add another one?"), never in a sentence ("Add another places?"), and while
    in an instance the line under the page says which one, as well as the question number."""
    from duodesk.core.xlsform import read_xlsform
    from duodesk.gui.entry.form_view import InterviewFormView

    survey = [
        ["type", "name", "label"],
        ["text", "area", "Which area do you live in?"],
        ["begin_repeat", "places", "Places"],
        ["text", "place", "Where did you sleep?"],
        ["integer", "nights", "How many nights?"],
        ["end_repeat", "", ""],
        ["text", "last", "Anything else?"],
    ]
    view = InterviewFormView(read_xlsform(write_form(tmp_path / "places.xlsx", survey)))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.focus_first()
    qtbot.waitUntil(lambda: _focused() is not None)
    assert "·" not in _progress(view).split("more to go")[-1]  # not in a repeat: no place

    qtbot.keyClicks(_focused(), "North")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert _heading(view) == "Places: 1 of 1"  # the first one is there from the start
    assert _progress(view) == "Question 2 · 3 more to go · Places: 1 of 1"
    qtbot.keyClicks(_focused(), "Hostel")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClicks(_focused(), "3")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    prompt = view.page_area.widget().findChild(type(view.notice), "questionLabel").text()
    assert prompt == "Places: add another one?"
    view.repeat_buttons["add"].click()
    qtbot.keyClicks(_focused(), "Friend's flat")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.pages[view.index].first == "nights[2]"
    assert _heading(view) == "Places: 2 of 2"
    assert _progress(view).endswith(" · Places: 2 of 2")
    assert _progress(view).startswith("Question ")
    qtbot.keyClicks(_focused(), "3")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    page = view.page_area.widget()
    assert page.findChild(type(view.notice), "questionLabel").text() == ("Places: add another one?")
    assert page.findChild(type(view.notice), "repeatSoFar").text() == ("Places: 2 recorded so far.")
    assert view.repeat_buttons["add"].text().endswith("Add another one")
    view.go_to_question("place[1]")
    assert _progress(view).endswith(" · Places: 1 of 2")
