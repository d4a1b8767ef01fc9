"""Copying a Results table never puts a formula on the clipboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from duodesk.gui.results.window import ResultsWindow
from tests.exports.conftest import hostile_project  # noqa: F401  (a fixture)

FORMULA_STARTS = ("=", "+", "-", "@")


def copied(qtbot, window: ResultsWindow, name: str, wait_for: str | None = None) -> list[str]:
    if wait_for is None:
        assert window.questions.choose(name)
    else:
        with qtbot.waitSignal(window.details_shown, timeout=20_000):
            assert window.questions.choose(name)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(window.view.copy_button, Qt.MouseButton.LeftButton)
    return [
        cell
        for line in QGuiApplication.clipboard().text().splitlines()
        for cell in line.split("\t")
    ]


def test_copied_table_neutralises_text_a_spreadsheet_would_run(qtbot, hostile_project):  # noqa: F811
    database, form = hostile_project
    window = ResultsWindow(database, form.form_id)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.summary_shown, timeout=30_000):
        window.show()

    cells = copied(qtbot, window, "answer")
    assert "'=Yes" in cells  # the answer's label, kept readable but inert
    assert "=Yes" not in cells

    cells = copied(qtbot, window, "comment", wait_for="text")
    assert "'=Centre" in cells  # a site name
    assert any(c.startswith("'=HYPERLINK") for c in cells)
    assert "'+1+2" in cells and "'-3+4" in cells and "'@SUM(A1:A2)" in cells
    for cell in cells:
        assert not cell.startswith(FORMULA_STARTS) or cell.lstrip("-").replace(".", "").isdigit(), (
            cell
        )
