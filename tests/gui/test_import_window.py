"""Questionnaire > "Add interviews from a file…": interviews collected elsewhere added from the
window, as ``duodesk import-data`` adds them. Real widgets, a real project file; the only thing
stood in for is the system's file chooser."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from duodesk.core.roles import Role, SignedIn
from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.xlsform import read_xlsform
from duodesk.gui import operations
from duodesk.gui.import_dialog import ImportDialog
from duodesk.gui.interviews.browser import InterviewsWindow
from duodesk.gui.main_window import MainWindow
from duodesk.resources import example_forms
from duodesk.storage.audit import set_signed_in
from duodesk.storage.interview_list import InterviewFilter, count_interviews
from duodesk.storage.people import add_person

KEY = "Ctrl+Shift+I"
FORM = "hepc_peer_survey"


def _window(qtbot, database) -> MainWindow:
    operations.add_example_questionnaires(database)
    operations.keep_examples(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home_loaded, timeout=20_000):
        window.show()
    forms = [window.model.row_at(r).form_id for r in range(window.model.rowCount())]
    window.table.selectRow(forms.index(FORM))
    return window


def _interviews_file(tmp_path: Path, name: str, count: int, *, seed: int = 1) -> Path:
    form = read_xlsform(next(p for p in example_forms() if "hepatitis" in p.name))
    path = tmp_path / name
    write_responses_csv(form, simulate_answers(form, count, seed=seed), path)
    return path


def _add_from(qtbot, window: MainWindow, monkeypatch, path: Path) -> ImportDialog:
    """Choose "Add interviews from a file…" as the menu does, pick ``path``, wait for the
    report."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    action = window.questionnaire_actions[KEY]
    assert action.text() == "Add interviews from a file…" and action.isVisible()
    with qtbot.waitSignal(window.child_windows.opened, timeout=10_000) as opened:
        action.trigger()
    dialog = opened.args[0]
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(
        lambda: dialog.stop_button.isHidden() and bool(dialog.report.toPlainText()),
        timeout=60_000,
    )
    return dialog


def _stored(database) -> int:
    with database.read_session() as session:
        return count_interviews(session, InterviewFilter(form_id=FORM))


def test_interviews_from_a_file_are_added_and_the_screens_follow(
    qtbot, database, tmp_path, monkeypatch
):
    window = _window(qtbot, database)
    assert window.questionnaire_actions[KEY].shortcut().toString() == KEY
    listing = window.entry.browse(window.selected_questionnaire())
    assert isinstance(listing, InterviewsWindow)
    data = _interviews_file(tmp_path, "from the other laptop.csv", 7)
    # A right click on the questionnaire offers it too, in the Questionnaire menu.
    window.table.customContextMenuRequested.emit(
        window.table.visualRect(window.table.currentIndex()).center()
    )
    menu = window.questionnaire_menu
    qtbot.waitUntil(menu.isVisible, timeout=5_000)
    assert window.questionnaire_actions[KEY] in menu.actions()
    menu.close()

    with qtbot.waitSignal(window.home_loaded, timeout=20_000):
        dialog = _add_from(qtbot, window, monkeypatch, data)
    assert dialog.outcome.text() == "The interviews were added."
    report = dialog.report.toPlainText()
    assert report.startswith("7 interviews imported from from the other laptop.csv.")
    assert dialog.close_button.isDefault() and dialog.close_button.hasFocus()
    assert _stored(database) == 7
    (row,) = [
        window.model.row_at(r)
        for r in range(window.model.rowCount())
        if window.model.row_at(r).form_id == FORM
    ]
    assert row.complete == 7  # the main window's list counts them
    qtbot.waitUntil(lambda: listing.model.rowCount() == 7, timeout=20_000)  # and the list
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter closes the report
    qtbot.waitUntil(lambda: not window.child_windows.windows(ImportDialog), timeout=5_000)

    again = _add_from(qtbot, window, monkeypatch, data)
    assert again.outcome.text() == "No new interviews were added."
    assert "7 were already in the project and were skipped." in again.report.toPlainText()
    assert _stored(database) == 7


def test_a_file_with_bad_rows_is_refused_in_the_command_lines_words_and_stores_nothing(
    qtbot, database, project_path, tmp_path, monkeypatch
):
    window = _window(qtbot, database)
    data = _interviews_file(tmp_path, "kobo.csv", 6, seed=2)
    with data.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    age = rows[0].index("age")
    rows[3][age] = "about forty"  # the third interview, on the file's fourth row
    rows[0].append("favourite_colour")  # a column the questionnaire does not have
    for row in rows[1:]:
        row.append("green")
    with data.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)

    dialog = _add_from(qtbot, window, monkeypatch, data)
    refusal = dialog.report.toPlainText()
    assert dialog.outcome.text() == "Nothing was added."
    assert refusal.startswith("kobo.csv: nothing was imported, because 1 row has problems.")
    assert 'row 4, column "age", value "about forty"' in refusal
    assert _stored(database) == 0
    # From the report, Tab goes to the buttons as they stand, left to right; no empty line
    # is left where the rows were counted.
    after = dialog.report.nextInFocusChain()
    while not after.focusPolicy() & Qt.FocusPolicy.TabFocus:  # the report's own viewport
        after = after.nextInFocusChain()
    assert after is dialog.keep_valid_button
    assert not dialog.rows_label.isVisible()
    arguments = ["--db", str(project_path), "import-data", FORM, str(data)]
    command = subprocess.run(
        [sys.executable, "-m", "duodesk.cli", *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DUODESK_LANGUAGE": "en"},
        stdin=subprocess.DEVNULL,
    )
    assert command.returncode != 0
    assert refusal in command.stderr  # the same words as the command line

    with qtbot.waitSignal(window.home_loaded, timeout=20_000):
        qtbot.mouseClick(dialog.keep_valid_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.stop_button.isHidden(), timeout=60_000)
    report = dialog.report.toPlainText()
    assert report.startswith("5 interviews imported from kobo.csv.")
    assert "1 row was not imported; see " in report and "kobo.rejected.csv" in report
    assert "Columns left out: favourite_colour." in report
    assert _stored(database) == 5


def test_an_interviewer_may_not_add_interviews_from_a_file(qtbot, database, tmp_path, monkeypatch):
    operations.add_example_questionnaires(database)
    operations.keep_examples(database)
    with database.session() as session:
        add_person(session, "Morag", Role.COORDINATOR, "harbour lights 7")
        set_signed_in(SignedIn("Morag", Role.COORDINATOR))
        add_person(session, "Sam", Role.INTERVIEWER, "4821")
    set_signed_in(None)
    data = _interviews_file(tmp_path, "odk.csv", 3)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(data), ""))
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.access.sign_in_dialog is not None, timeout=20_000)
    dialog = window.access.sign_in_dialog
    dialog.choose("Sam")
    qtbot.keyClicks(dialog.secret, "4821")
    with qtbot.waitSignal(window.home_loaded, timeout=20_000):
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)

    action = window.questionnaire_actions[KEY]
    assert not action.isVisible()
    qtbot.keyClick(
        window,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    action.trigger()
    assert window.add_interviews_from_file(window.selected_questionnaire()) is None
    window.tasks.wait()
    qtbot.wait(100)
    assert window.child_windows.windows(ImportDialog) == []
    assert window.refusal_box.text() == (
        "Only a coordinator can import interviews from a data file. Ask your coordinator."
    )
    assert _stored(database) == 0
