"""The main window's list of questionnaires on a laptop at 150% and at the largest text size:
the title gets the width (the short name took 490 pixels and squeezed the titles to a word a
line), and three whole rows stay in sight (at 150% one row showed)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from duodesk.gui import operations
from duodesk.gui.main_window import MainWindow
from duodesk.gui.questionnaire_table import Column
from duodesk.gui.screen_fit import fit_to_screen
from duodesk.gui.text_size import LARGEST, text_size
from tests.gui.test_fit_at_125 import AT_150

LAPTOP = QRect(0, 0, 1366, 700)


@pytest.fixture
def main(qtbot, database, program_look):
    operations.add_example_questionnaires(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home_loaded, timeout=10_000):
        window.show()
    yield window
    text_size().step = 0


def _rows_whole(window: MainWindow) -> int:
    """How many rows of the list are wholly inside the window's visible page."""
    table, area = window.table, window.page_area.viewport()
    whole = 0
    for row in range(table.model().rowCount()):
        cell = table.visualRect(table.model().index(row, Column.TITLE))
        top_left = table.viewport().mapTo(area, cell.topLeft())
        if area.rect().contains(QRect(top_left, cell.size())) and table.viewport().rect().contains(
            cell
        ):
            whole += 1
    return whole


def _columns(window: MainWindow) -> list[int]:
    header = window.table.horizontalHeader()
    return [header.sectionSize(column) for column in Column]


@pytest.mark.parametrize("screen", ["150%", "largest text"])
def test_the_title_gets_the_width_and_three_rows_stay_in_sight(qtbot, main, screen):
    if screen == "150%":
        fit_to_screen(main, available=AT_150)
    else:
        fit_to_screen(main, available=LAPTOP)
        text_size().set_step(LARGEST)
    if main.security.offer.isVisible():  # the offer of a passphrase, at the top of the page
        main.page_area.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    widths = _columns(main)
    assert widths[Column.TITLE] == max(widths), widths
    assert widths[Column.TITLE] >= 0.3 * main.table.viewport().width()
    main.table.setFocus()  # as Tab or a click brings the list into sight
    qtbot.waitUntil(lambda: _rows_whole(main) == 3, timeout=5_000)
    name = main.model.index(
        next(r for r in range(3) if "training" in str(main.model.index(r, 1).data())),
        Column.FORM_ID,
    )
    assert name.data(Qt.ItemDataRole.ToolTipRole) == "training_employment_barriers"


def test_the_passphrase_banner_is_one_short_line_on_a_short_screen(
    qtbot, database, program_look, tmp_path
):
    """The whole sentence of the passphrase banner pushed the list out of sight at 125% with
    the largest text."""
    from PySide6.QtWidgets import QLabel

    from tests.gui.test_fit_at_125 import _hepc_with_interviews

    _hepc_with_interviews(database, tmp_path, 3, 1)
    window = MainWindow(database)
    qtbot.addWidget(window)
    fit_to_screen(window, available=AT_150)
    with qtbot.waitSignals(
        [window.home_loaded, window.security.protection_checked], timeout=10_000
    ):
        window.show()
    offer = window.security.offer
    qtbot.waitUntil(offer.isVisible, timeout=5_000)
    [text] = [label for label in offer.findChildren(QLabel) if label.objectName() == "bannerText"]
    qtbot.waitUntil(lambda: "Lock it with a passphrase." in text.text(), timeout=5_000)
    assert "drug use" in text.toolTip()  # the whole sentence, on hovering
    window.table.setFocus()  # and the questionnaire's row in sight under it
    qtbot.waitUntil(lambda: _rows_whole(window) == 1, timeout=5_000)
