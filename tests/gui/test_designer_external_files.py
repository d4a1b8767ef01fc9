"""The designer with a questionnaire whose choices come from files: brought in with them, and
saved as an XLSForm with them written next to it."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox
from pyxform.xls2xform import convert

from duodesk.core import form_edits
from duodesk.core.xlsform import read_xlsform
from duodesk.gui.designer.window import DesignerWindow
from tests.core.forms import write_form
from tests.gui.test_external_choices_entry import SURVEY, write_project_files


def _designer(qtbot, database, questionnaire=None) -> DesignerWindow:
    questionnaire = questionnaire or form_edits.empty_questionnaire("New questionnaire")
    designer = DesignerWindow(database, questionnaire)
    qtbot.addWidget(designer, before_close_func=lambda w: w.document.mark_saved())
    return designer


def test_saving_as_xlsform_writes_the_choices_files_next_to_it(qtbot, database, tmp_path):
    write_project_files(tmp_path / "form")
    questionnaire = read_xlsform(write_form(tmp_path / "form" / "villages.xlsx", SURVEY))
    designer = _designer(qtbot, database, questionnaire)
    out = tmp_path / "shared"
    out.mkdir()
    assert designer.export_xlsform(out / "villages.xlsx")
    assert sorted(p.name for p in out.iterdir()) == [
        "districts.csv",
        "villages.csv",
        "villages.xlsx",
    ]
    assert "districts.csv, villages.csv next to it" in designer.statusBar().currentMessage()
    assert "mill,Mill (south),south" in (out / "villages.csv").read_text(encoding="utf-8")
    xform = convert(xlsform=str(out / "villages.xlsx"), validate=False).xform
    assert 'src="jr://file-csv/villages.csv"' in xform
    assert read_xlsform(out / "villages.xlsx") == designer.document.questionnaire


def test_bringing_in_a_form_asks_for_its_missing_file(qtbot, database, tmp_path, monkeypatch):
    form = write_form(tmp_path / "villages.xlsx", SURVEY)
    elsewhere = tmp_path / "usb"
    write_project_files(elsewhere)
    chosen = [str(elsewhere / "districts.csv"), str(elsewhere / "villages.csv")]
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Open)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    designer = _designer(qtbot, database)
    with qtbot.waitSignal(designer.form_imported, timeout=20_000):
        designer.import_xlsform(form)
    lists = designer.document.questionnaire.choice_lists
    assert [c.name for c in lists["villages.csv"].rows] == ["mill", "ford", "mill"]


def test_a_form_brought_in_without_its_file_can_still_be_designed_and_saved(
    qtbot, database, tmp_path, monkeypatch
):
    form = write_form(tmp_path / "villages.xlsx", SURVEY)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel)
    designer = _designer(qtbot, database)
    with qtbot.waitSignal(designer.form_imported, timeout=20_000):
        designer.import_xlsform(form)
    questionnaire = designer.document.questionnaire
    assert questionnaire.missing_files == ("districts.csv", "villages.csv")
    designer.document.select((0,))
    note = designer.question_editor.choices.sharing_note.text()
    assert "These options come from districts.csv, which was not added" in note
    out = tmp_path / "shared"
    out.mkdir()
    assert designer.export_xlsform(out / "villages.xlsx")
    assert sorted(p.name for p in out.iterdir()) == ["villages.xlsx"]  # no empty lists
    assert read_xlsform(out / "villages.xlsx").missing_files == questionnaire.missing_files
