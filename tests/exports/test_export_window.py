"""The Export screen: choices, a real export on the worker, Cancel, and how it looks."""

from __future__ import annotations

import os
import stat

import openpyxl
import pytest
from PySide6.QtCore import Qt

from duodesk.exports.layout import ExportFormat, interviews_path
from duodesk.gui.export.window import INTERVIEW_DATA_WARNING, INTERVIEW_LEVEL_NOTE, ExportWindow
from duodesk.storage.disclosure_policy import require_threshold


def make_window(qtbot, project) -> ExportWindow:
    database, form = project
    window = ExportWindow(database, form.form_id, form.title)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.subset_bar.site.count() > 1, timeout=10_000)
    return window


@pytest.mark.slow
def test_export_screen_writes_the_workbook_with_safe_defaults(qtbot, hepatitis_project, tmp_path):
    window = make_window(qtbot, hepatitis_project)
    assert window.hide_small.isChecked() and window.threshold.value() == 4
    assert window.deidentified.isChecked() and window.labels.isChecked()
    target = tmp_path / "board.xlsx"
    window.path_edit.setText(str(target))
    with qtbot.waitSignal(window.finished, timeout=60_000) as done:
        qtbot.mouseClick(window.export_button, qtbot_button())
    assert done.args[0] is not None
    assert "60 interviews exported" in window.status.text()
    assert openpyxl.load_workbook(target).sheetnames == ["Cover", "Summary", "Charts", "Codebook"]
    assert not window.interview_data.isChecked()
    assert not interviews_path(target).exists()  # no row per interview unless asked for
    picture = tmp_path / "export_1366x768.png"
    assert window.grab().save(str(picture)) and picture.stat().st_size > 0


def test_choosing_a_file_type_changes_the_file_name(qtbot, hepatitis_project):
    window = make_window(qtbot, hepatitis_project)
    window.format_buttons[ExportFormat.SAV].setChecked(True)
    assert window.path_edit.text().endswith(".sav")
    assert window.chosen_format() is ExportFormat.SAV


def test_cancel_leaves_no_file(qtbot, hepatitis_project, tmp_path):
    window = make_window(qtbot, hepatitis_project)
    target = tmp_path / "board.csv"
    window.format_buttons[ExportFormat.CSV].setChecked(True)
    window.path_edit.setText(str(target))
    window._cancel.set()  # as if Cancel were pressed before the first rows were read
    window.start()
    window.cancel()
    with qtbot.waitSignal(window.finished, timeout=60_000) as done:
        pass
    assert done.args[0] is None
    assert "cancelled" in window.status.text()
    assert not target.exists()


@pytest.mark.skipif(os.name != "posix", reason="owner-only modes are POSIX permissions")
def test_interview_data_is_a_separate_file_chosen_with_a_warning(
    qtbot, hepatitis_project, tmp_path
):
    window = make_window(qtbot, hepatitis_project)
    assert not window.interview_data_warning.isVisible()
    window.interview_data.setChecked(True)
    assert window.interview_data_warning.isVisible()
    assert "identify" in INTERVIEW_DATA_WARNING
    target = tmp_path / "board.xlsx"
    window.path_edit.setText(str(target))
    with qtbot.waitSignal(window.finished, timeout=60_000) as done:
        qtbot.mouseClick(window.export_button, qtbot_button())
    assert done.args[0] is not None
    data = interviews_path(target)
    assert data.name == "board-interviews.xlsx"
    assert "board-interviews.xlsx" in window.status.text()
    assert "Data" not in openpyxl.load_workbook(target).sheetnames
    rows = list(openpyxl.load_workbook(data)["Data"].iter_rows(values_only=True))
    assert len(rows) == 61  # a header and the 60 interviews
    for path in (target, data):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_csv_and_spss_say_they_are_interview_level_files(qtbot, hepatitis_project):
    window = make_window(qtbot, hepatitis_project)
    assert not window.interview_level_note.isVisible()
    for kind in (ExportFormat.CSV, ExportFormat.SAV):
        window.format_buttons[kind].setChecked(True)
        assert window.interview_level_note.isVisible()
        assert window.interview_level_note.text() == INTERVIEW_LEVEL_NOTE
        assert "one row each" in window.format_buttons[kind].text()
        assert not window.interview_data.isEnabled()
    window.format_buttons[ExportFormat.XLSX].setChecked(True)
    assert not window.interview_level_note.isVisible() and window.interview_data.isEnabled()


def test_a_threshold_the_project_requires_cannot_be_lowered(qtbot, hepatitis_project, tmp_path):
    database, form = hepatitis_project
    with database.session() as session:
        require_threshold(session, 6)
    window = ExportWindow(database, form.form_id, form.title)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.policy_loaded, timeout=10_000):
        window.show()
    assert window.threshold.minimum() == 6 and window.threshold.value() == 6
    assert window.hide_small.isChecked() and not window.hide_small.isEnabled()
    assert "requires numbers from 1 to 6" in window.required_note.text()
    window.threshold.setValue(3)
    assert window.threshold.value() == 6
    window.resize(1366, 768)
    window.grab().save(str(tmp_path / "export_required.png"))


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


@pytest.mark.slow
def test_an_export_is_written_while_another_program_writes_and_noted_after(
    qtbot, hepatitis_project, tmp_path, lock_holder
):
    """The export only reads: it does not wait for (or hold up) anyone saving answers. Its
    note in the project's record is a write, made on the project's one writer."""
    from duodesk.storage.audit import list_events

    database, _ = hepatitis_project
    window = make_window(qtbot, hepatitis_project)
    target = tmp_path / "board.xlsx"
    window.path_edit.setText(str(target))
    holder = lock_holder(database.path)  # as if an interview were being saved elsewhere
    qtbot.mouseClick(window.export_button, qtbot_button())
    qtbot.waitUntil(target.exists, timeout=60_000)  # written although the project is busy
    assert "Done" not in window.status.text()  # not said before it is noted
    with qtbot.waitSignal(window.finished, timeout=60_000) as done:
        holder.release()
    assert done.args[0] is not None and "exported" in window.status.text()
    with database.read_session() as session:
        noted = [e for e in list_events(session) if e.action == "exported"]
    assert [e.details["file"] for e in noted] == [str(target.resolve())]


def _scroll_areas(window) -> list:
    from PySide6.QtWidgets import QScrollArea

    return [area for area in window.findChildren(QScrollArea) if area.isVisible()]


@pytest.mark.parametrize("screen", ["1366x768", "1366x768 at 125%"])
def test_the_export_window_fits_a_laptop_screen_without_scrolling_sideways(
    qtbot, database, program_look, screen
):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    from duodesk.gui.operations import add_example_questionnaires
    from duodesk.gui.screen_fit import FRAME, fit_to_screen

    add_example_questionnaires(database)
    area = {"1366x768": QRect(0, 0, 1366, 728), "1366x768 at 125%": QRect(0, 0, 1093, 582)}
    window = ExportWindow(database, "hepc_peer_survey", "Hepatitis C peer survey")
    qtbot.addWidget(window)
    fit_to_screen(window, available=area[screen])
    window.show()
    qtbot.waitUntil(lambda: window.subset_bar.condition_question.count() > 1, timeout=10_000)
    QApplication.processEvents()
    assert window.width() + FRAME.width() <= area[screen].width()
    [options] = _scroll_areas(window)
    content = options.widget()
    assert content.minimumSizeHint().width() <= options.viewport().width()
    assert options.horizontalScrollBar().maximum() == 0
    for button in (window.choose_button, window.export_button, window.cancel_button):
        right = button.mapTo(window, button.rect().bottomRight()).x()
        assert right < window.width(), button.text()  # the options may scroll down, not across


@pytest.mark.parametrize("keys", ["Escape", "Ctrl+W", "Close button"])
def test_escape_ctrl_w_and_close_close_the_export_window(qtbot, database, keys):
    from PySide6.QtCore import Qt

    from duodesk.gui.operations import add_example_questionnaires

    add_example_questionnaires(database)
    window = ExportWindow(database, "hepc_peer_survey", "Hepatitis C peer survey")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.policy_loaded, timeout=10_000):
        window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.path_edit.setFocus()
    assert window.cancel_button.isEnabled() and window.cancel_button.text() == "Close"
    if keys == "Escape":
        qtbot.keyClick(window.path_edit, Qt.Key.Key_Escape)
    elif keys == "Ctrl+W":
        qtbot.keyClick(window.path_edit, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_while_exporting_the_second_button_cancels_instead_of_closing(qtbot, database):
    from duodesk.gui.operations import add_example_questionnaires

    add_example_questionnaires(database)
    window = ExportWindow(database, "hepc_peer_survey", "Hepatitis C peer survey")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.policy_loaded, timeout=10_000):
        window.show()
    window._set_running(True)
    assert window.cancel_button.text() == "Cancel"
    window.cancel_button.click()
    assert window.isVisible() and window._cancel.is_set()
    assert "nothing will be saved" in window.status.text()


def test_enter_in_the_save_as_box_exports_and_the_message_counts_in_plain_words(
    qtbot, hepatitis_project, tmp_path
):
    window = make_window(qtbot, hepatitis_project)
    target = tmp_path / "board.csv"
    window.format_buttons[ExportFormat.CSV].setChecked(True)
    window.path_edit.setText(str(target))
    with qtbot.waitSignal(window.finished, timeout=60_000) as done:
        qtbot.keyClick(window.path_edit, Qt.Key.Key_Return)
    assert done.args[0] is not None and target.exists()
    message = window.status.text()
    assert "60 interviews exported" in message
    assert "(s)" not in message
    assert "questions were left out" in message or "1 question was left out" in message


@pytest.mark.parametrize("start_from", ["deidentified", "path_edit"])
def test_enter_exports_from_a_tick_box_or_the_file_name(
    qtbot, hepatitis_project, tmp_path, start_from
):
    window = make_window(qtbot, hepatitis_project)
    target = tmp_path / "board.xlsx"
    window.path_edit.setText(str(target))
    widget = getattr(window, start_from)
    widget.setFocus()
    reports = []
    window.finished.connect(reports.append)
    with qtbot.waitSignal(window.finished, timeout=60_000):
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert reports and reports[0] is not None
    assert openpyxl.load_workbook(target).sheetnames == ["Cover", "Summary", "Charts", "Codebook"]
    qtbot.wait(200)
    assert len(reports) == 1  # one press, one export


def test_enter_on_another_button_presses_that_button(qtbot, hepatitis_project):
    window = make_window(qtbot, hepatitis_project)
    window.cancel_button.setFocus()
    qtbot.keyClick(window.cancel_button, Qt.Key.Key_Return)
    assert not window.isVisible()  # "Close", not an export
