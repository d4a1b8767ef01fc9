"""Paper datasheets: typed in with their number, checked, differences resolved on screen."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from duodesk.analysis import summarize
from duodesk.gui.entry import operations as entry_ops
from duodesk.gui.entry.start_dialog import StartInterviewDialog
from duodesk.gui.paper_sheets_dialog import PaperSheetsDialog
from duodesk.gui.tasks import ProjectWorker
from duodesk.storage.double_entry import DoubleEntryError, EntryAgreement, Matched, list_sheets
from duodesk.storage.models import PaperEntry
from tests.analysis.hcv_themes import FORM
from tests.storage.test_double_entry import MISTYPED, PAPER, enter
from tests.storage.test_double_entry import version as version  # the fixture

SHOTS = None  # set to a folder (e.g. "/tmp") to save a picture of the screen at 1366x768


def test_the_start_dialog_ties_the_interview_to_its_datasheet(qtbot, database, version):
    worker = ProjectWorker()
    choices = entry_ops.load_start_choices(database, FORM)
    dialog = StartInterviewDialog(database, worker, choices, today=date(2007, 4, 2))
    qtbot.addWidget(dialog)
    dialog.interviewer_box.addItem("Ann")
    dialog.interviewer_box.setCurrentText("Ann")
    dialog.site_box.setCurrentText("Glasgow")
    dialog.sheet_edit.setText(" 0042 ")
    dialog.try_accept()
    assert not dialog.message.isHidden() and "who is typing" in dialog.message.text()
    dialog.typed_by_box.setCurrentText("Bob")
    details = dialog.details()
    assert (details.sheet_number, details.typed_by) == ("0042", "Bob")
    opened = entry_ops.start_interview(database, details)
    with database.read_session() as session:
        entry = session.get(PaperEntry, opened.interview_id)
        assert (entry.sheet_number, entry.entry, entry.entered_by) == ("0042", 1, "Bob")
    with pytest.raises(DoubleEntryError, match="somebody else checks it"):
        entry_ops.start_interview(database, details)
    worker.stop()


def test_differences_are_resolved_from_the_paper_on_screen(qtbot, database, version):
    enter(database, version, PAPER, "0001", "Ann")
    enter(database, version, MISTYPED, "0001", "Bob")
    worker = ProjectWorker()
    dialog = PaperSheetsDialog(None, database, worker, FORM)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.differences_shown, timeout=10_000):
        dialog.show()
    assert dialog.sheets.item(0, 1).text() == "Checked, 3 differences"
    # The questionnaire's words: question labels and option labels, not names and codes.
    rows = {dialog.diff_table.item(r, 0).text(): r for r in range(3)}
    why_not = "Why do you think you were not referred?"
    assert set(rows) == {"Centre", "Referred?", why_not}
    assert dialog.diff_table.item(rows["Centre"], 1).text() == "Glasgow"
    assert dialog.diff_table.item(rows["Centre"], 2).text() == "Dundee"
    assert dialog.diff_table.item(rows[why_not], 2).text() == "Not asked (skipped)"
    agreement = [dialog.agreement.item(r, 0).text() for r in range(dialog.agreement.rowCount())]
    assert agreement[:3] == ["Centre", "Referred?", why_not] and "centre" not in agreement
    dialog.pick(rows["Centre"], 2)
    dialog.pick(rows["Referred?"], 1)
    dialog.pick(rows[why_not], 1)
    dialog.resolved_by.setText("Cat")
    if SHOTS:
        from PySide6.QtWidgets import QApplication

        from duodesk.gui.style import apply_style

        apply_style(QApplication.instance())
        dialog.resize(1366, 768)
        dialog.grab().save(f"{SHOTS}/paper_sheets.png")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.resolve_button.click()
    assert dialog.sheets.item(0, 1).text() == "Resolved"
    assert summarize(database, FORM).interviews == 3
    centres = {o.name: o.count for o in summarize(database, FORM).question("centre").options}
    assert centres == {"glasgow": 2, "dundee": 1}
    with database.read_session() as session:
        assert list_sheets(session, FORM)[0].resolved
    worker.stop()


def test_entry_agreement_percents_are_rounded_half_up_from_the_counts(qtbot, database, version):
    """1 of 16 alike is 6.25%, shown 6.3% (a float's ``:.1f`` gives 6.2); 3 of 2,000 is
    0.15%, shown 0.2% (``:.1f`` gives 0.1)."""
    enter(database, version, PAPER, "0001", "Ann")
    enter(database, version, MISTYPED, "0001", "Bob")
    worker = ProjectWorker()
    dialog = PaperSheetsDialog(None, database, worker, FORM)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.differences_shown, timeout=10_000):
        dialog.show()
    counted = EntryAgreement(1, (Matched("centre", 16, 1),), (Matched("Ann", 2000, 3),))
    dialog._show(replace(dialog.data, agreement=counted))
    assert [dialog.agreement.item(r, 3).text() for r in range(2)] == ["6.3%", "0.2%"]
    worker.stop()


def test_the_questionnaire_menu_opens_the_paper_datasheets(qtbot, database, version):
    from PySide6.QtCore import Qt

    from duodesk.gui.main_window import MainWindow

    main = MainWindow(database)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.home_loaded, timeout=20_000):
        main.show()
    action = main.questionnaire_actions["Ctrl+Shift+P"]
    assert action.text() == "Paper datasheets…" and action.isEnabled()
    with qtbot.waitSignal(main.child_windows.opened, timeout=10_000) as opened:
        qtbot.keyClick(
            main,
            Qt.Key.Key_P,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert isinstance(opened.args[0], PaperSheetsDialog)


def test_the_differences_are_settled_with_the_keyboard_alone(qtbot, database, version):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    enter(database, version, PAPER, "0001", "Ann")
    enter(database, version, MISTYPED, "0001", "Bob", site="Dundee")
    worker = ProjectWorker()
    dialog = PaperSheetsDialog(None, database, worker, FORM)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.differences_shown, timeout=10_000):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    labels = [dialog.diff_table.item(r, 0).text() for r in range(dialog.diff_table.rowCount())]
    assert labels[0] == "Site"  # the start dialog's details are compared too
    assert dialog.sheets.item(0, 1).text() == "Checked, 4 differences"
    dialog.sheets.setFocus()
    qtbot.keyClick(dialog.sheets, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.agreement  # Tab leaves the table
    qtbot.keyClick(dialog.agreement, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.diff_table
    assert dialog.check_choice.text() == "&Check: Dundee"

    # Alt+C takes the check's answer, Alt+F the first entry's; each moves to the next one.
    def picked():
        return [dialog.diff_table.item(r, 3).text() for r in range(4)]

    for count, key in enumerate((Qt.Key.Key_C, Qt.Key.Key_F, Qt.Key.Key_F, Qt.Key.Key_F), 1):
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        # A shortcut clicks its button the way a click looks: a moment later.
        qtbot.waitUntil(lambda n=count: "Choose…" not in picked()[:n], timeout=5_000)
    assert picked() == ["Check", "First entry", "First entry", "First entry"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.resolved_by
    qtbot.keyClicks(dialog.resolved_by, "Cat")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.keyClick(dialog.resolved_by, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert dialog.sheets.item(0, 1).text() == "Resolved"
    with database.read_session() as session:
        from duodesk.storage.models import Interview

        first = session.get(Interview, list_sheets(session, FORM)[0].first_interview)
        assert first.site == "Dundee"
    if SHOTS:
        dialog.resize(1366, 768)
        dialog.grab().save(f"{SHOTS}/paper_sheets_resolved.png")
    worker.stop()


def test_a_sheet_typed_alike_twice_is_resolved_when_the_check_is_finished(database, version):
    from duodesk.core.engine import FormEngine
    from duodesk.core.records import records_from_state
    from tests.analysis.hcv_themes import questionnaire

    form = questionnaire()
    records = records_from_state(form, FormEngine(form).evaluate(PAPER))
    for typist, number in (("Ann", "0003"), ("Bob", "3")):
        details = entry_ops.InterviewDetails(
            FORM, "Morag", "Glasgow", date(2007, 4, 2), sheet_number=number, typed_by=typist
        )
        opened = entry_ops.start_interview(database, details)
        entry_ops.finish_interview(database, opened.interview_id, records, "why_not")
    with database.read_session() as session:
        (sheet,) = list_sheets(session, FORM)
    assert (sheet.differences, sheet.in_words) == (0, "Resolved")
    assert summarize(database, FORM).interviews == 3  # counted once, with no more to do


@pytest.mark.parametrize("person", ["Ivan", "Morag"])
def test_signed_in_the_typist_is_the_person_signed_in_and_cannot_be_changed(
    qtbot, database, version, person
):
    """Ivan (an interviewer) or Morag (a coordinator) signed in: the "Typed in by" box shows
    their name and takes no other (Ivan typed "Cora" there, and the trail believed it)."""
    worker = ProjectWorker()
    choices = entry_ops.load_start_choices(database, FORM)
    dialog = StartInterviewDialog(
        database, worker, choices, today=date(2007, 4, 2), signed_in=person
    )
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    assert not dialog.typed_by_box.isEnabled()
    dialog.sheet_edit.setText("0042")
    assert dialog.details().typed_by == person
    if SHOTS:
        dialog.grab().save(f"{SHOTS}/start_signed_in_{person}.png")
    worker.stop()
