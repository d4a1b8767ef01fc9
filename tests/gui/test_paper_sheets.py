"""Paper datasheets: typed in with their number, checked, differences resolved on screen."""

from __future__ import annotations

from datetime import date

import pytest

from duodesk.analysis import summarize
from duodesk.gui.entry import operations as entry_ops
from duodesk.gui.entry.start_dialog import StartInterviewDialog
from duodesk.gui.paper_sheets_dialog import PaperSheetsDialog
from duodesk.gui.tasks import ProjectWorker
from duodesk.storage.double_entry import DoubleEntryError, list_sheets
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
    rows = {dialog.diff_table.item(r, 0).text(): r for r in range(3)}
    assert dialog.diff_table.item(rows["centre"], 1).text() == "glasgow"
    assert dialog.diff_table.item(rows["centre"], 2).text() == "dundee"
    assert dialog.diff_table.item(rows["why_not"], 2).text() == "Not asked (skipped)"
    dialog.pick(rows["centre"], 2)
    dialog.pick(rows["referred"], 1)
    dialog.pick(rows["why_not"], 1)
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
