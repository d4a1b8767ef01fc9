"""The calm, large look every screen shares: big text, big targets, visible focus."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 12

STYLE_SHEET = """
QPushButton { min-height: 36px; padding: 4px 16px; }
QPushButton:focus { border: 3px solid #1f6fb2; border-radius: 4px; }
QTableView:focus { border: 2px solid #1f6fb2; }
QFrame#welcome { background: #eef5fb; border: 1px solid #9cc3e5; border-radius: 6px; }
QLabel#heading { font-size: 16pt; font-weight: 600; }
QLabel#empty { color: #444; }
"""


def apply_style(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), BASE_POINT_SIZE))
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
