"""Shift+Tab from the designer's preview put the keyboard on the preview pane itself, where
nothing showed it, and Tab stopped in the preview's answer box. The preview is only to look
at: Tab goes round the designer's own boxes, each marked."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.gui.test_designer_keyboard import _choose_first_kind, _designer


def test_tab_never_stops_in_the_preview(qtbot, database, program_look):
    designer = _designer(qtbot, database)
    designer.tree.setFocus()
    QTimer.singleShot(200, lambda: _choose_first_kind(qtbot))
    qtbot.keyClick(
        designer.tree,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: designer.document.selected is not None, timeout=5_000)
    preview = designer.preview
    qtbot.waitUntil(lambda: preview.shown is not None and preview.shown.isVisible())
    for key, modifier in (
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
    ):
        for _ in range(40):
            qtbot.keyClick(QApplication.focusWidget(), key, modifier)
            focused = QApplication.focusWidget()
            assert focused is not preview and not preview.isAncestorOf(focused)
            assert focused.isVisible(), type(focused).__name__
