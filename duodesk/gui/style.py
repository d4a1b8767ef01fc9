"""The calm, large look every screen shares: big text, big targets, visible focus."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

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
    """The shared look at the laptop's text size (View > Larger text; called again on a change)."""
    from duodesk.gui.text_size import scale_of, scaled, stored_step

    base = app.property("duodesk_base_font")
    if not isinstance(base, QFont):
        base = QFont(app.font())
        base.setPointSize(max(base.pointSize(), BASE_POINT_SIZE))
        app.setProperty("duodesk_base_font", base)
    scale = scale_of(stored_step())
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    app.setFont(font)
    app.setStyleSheet(scaled(STYLE_SHEET, scale))


def banner(text: str, *buttons: QPushButton) -> QFrame:
    """A calm, hidden-until-needed box across the top of a window: a sentence (rich text)
    and the buttons that answer it."""
    frame = QFrame()
    frame.setObjectName("welcome")
    label = QLabel(text)
    label.setWordWrap(True)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.addWidget(label)
    layout.addLayout(row)
    frame.hide()
    return frame
