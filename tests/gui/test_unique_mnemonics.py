"""Alt+O was bound twice in Results (“Choose interviews…” and “Columns” on the Compare tab):
the second press moved the focus and the button was never pressed. No two things on screen
share an Alt key."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget

from duodesk.gui import operations
from duodesk.gui.results.window import ResultsWindow
from duodesk.gui.screen_fit import fit_to_screen
from tests.gui.test_questionnaire_list_columns import LAPTOP

_MNEMONIC = re.compile(r"&([^&\s])")


def _key(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def alt_keys(window: QWidget) -> dict[str, list[str]]:
    """Each Alt key of the window's visible buttons, labels and tabs, with what it names."""
    keys: dict[str, list[str]] = {}

    def add(text: str) -> None:
        key = _key(text)
        if key:
            keys.setdefault(key, []).append(text)

    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.isVisible():
            add(button.text())
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            add(label.text())
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            for index in range(bar.count()):
                add(bar.tabText(index))
    return keys


def _shared(window: QWidget) -> dict[str, list[str]]:
    QApplication.processEvents()
    return {key: texts for key, texts in alt_keys(window).items() if len(texts) > 1}


def test_no_two_things_in_results_share_an_alt_key(qtbot, database, program_look):
    operations.add_example_questionnaires(database)
    window = ResultsWindow(database, "hepc_peer_survey")
    qtbot.addWidget(window)
    fit_to_screen(window, available=LAPTOP)
    with qtbot.waitSignal(window.summary_shown, timeout=30_000):
        window.show()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        assert _shared(window) == {}, window.tabs.tabText(tab)
        window.choose_button.click()  # the choice of interviews open above
        assert window.subset_bar.isVisible()
        assert _shared(window) == {}, window.tabs.tabText(tab)
        window.choose_button.click()


def test_alt_o_opens_the_choice_of_interviews_on_the_compare_tab(qtbot, database, program_look):
    operations.add_example_questionnaires(database)
    window = ResultsWindow(database, "hepc_peer_survey")
    qtbot.addWidget(window)
    fit_to_screen(window, available=LAPTOP)
    with qtbot.waitSignal(window.summary_shown, timeout=30_000):
        window.show()
    window.activateWindow()
    window.tabs.setCurrentIndex(1)
    window.crosstab.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.subset_bar.isVisible, timeout=5_000)
