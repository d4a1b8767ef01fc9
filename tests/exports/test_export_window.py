"""The Export screen: choices, a real export on the worker, Cancel, and how it looks."""

from __future__ import annotations

import openpyxl

from duodesk.exports.layout import ExportFormat
from duodesk.gui.export.window import ExportWindow


def make_window(qtbot, project) -> ExportWindow:
    database, form = project
    window = ExportWindow(database, form.form_id, form.title)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.subset_bar.site.count() > 1, timeout=10_000)
    return window


def test_export_screen_writes_the_workbook_with_safe_defaults(qtbot, hepatitis_project, tmp_path):
    window = make_window(qtbot, hepatitis_project)
    assert window.hide_small.isChecked() and window.threshold.value() == 4
    assert window.deidentified.isChecked() and window.labels.isChecked()
    target = tmp_path / "board.xlsx"
    window.path_edit.setText(str(target))
    with qtbot.waitSignal(window.finished, timeout=60_000) as done:
        qtbot.mouseClick(window.export_button, qtbot_button())
    assert done.args[0] is not None
    assert "60 interview(s) exported" in window.status.text()
    assert openpyxl.load_workbook(target).sheetnames[0] == "Cover"
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


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
