"""Export > "Findings report (Word)": the choice, a real report written on the worker, and
how the screen looks."""

from __future__ import annotations

import os
import unicodedata

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from duodesk.exports.layout import ExportFormat
from duodesk.gui.export.window import REPORT_CHOICE
from tests.exports.test_export_window import make_window


def test_choosing_the_findings_report_asks_for_the_group_and_names_a_word_file(
    qtbot, hepatitis_project
):
    window = make_window(qtbot, hepatitis_project)
    assert window.report_button.text() == REPORT_CHOICE
    assert not window.report_options.isVisible()
    qtbot.mouseClick(window.report_button, Qt.MouseButton.LeftButton)
    assert window.chosen_format() is None
    assert window.path_edit.text().endswith(".docx")
    assert window.report_options.isVisible() and window.report_pdf.isChecked()
    assert not window.labels.isEnabled()  # a report shows labels
    window.format_buttons[ExportFormat.XLSX].setChecked(True)
    assert window.path_edit.text().endswith(".xlsx")
    assert not window.report_options.isVisible()


@pytest.mark.slow
def test_export_screen_writes_the_findings_report_and_its_pdf(qtbot, hepatitis_project, tmp_path):
    window = make_window(qtbot, hepatitis_project)
    qtbot.mouseClick(window.report_button, Qt.MouseButton.LeftButton)
    window.group_name.setText("Glasgow Involvement Group")
    target = tmp_path / "findings.docx"
    window.path_edit.setText(str(target))
    picture = os.environ.get("DUODESK_SCREENSHOT_DIR")
    if picture:
        window.grab().save(os.path.join(picture, "export_report_1366x768.png"))
    with qtbot.waitSignal(window.finished, timeout=120_000) as done:
        qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert done.args[0] is not None, window.status.text()
    assert "findings.docx and findings.pdf" in window.status.text()
    document = docx.Document(str(target))
    texts = [p.text for p in document.paragraphs]
    assert "By Glasgow Involvement Group" in texts
    assert "60 interviews were counted (All complete interviews)." in texts
    assert len(document.inline_shapes) > 0 and len(document.tables) > 5
    pdf = PdfReader(str(target.with_suffix(".pdf")))
    pdf_text = " ".join(page.extract_text() for page in pdf.pages[:4])
    pdf_text = " ".join(unicodedata.normalize("NFKC", pdf_text).split())  # "ﬁ" is "fi"
    assert "Key findings" in pdf_text
    assert window.export_button.isEnabled()
