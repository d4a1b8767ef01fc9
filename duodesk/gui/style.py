"""The calm, large look every screen shares: big text, big targets, visible focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
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
QComboBox:focus { border: 2px solid #1f6fb2; border-radius: 3px; }
QFrame#welcome { background: #eef5fb; border: 1px solid #9cc3e5; border-radius: 6px; }
QFrame#welcome[compact="true"] QPushButton { min-height: 26px; padding: 2px 12px; }
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


def banner(text: str, *buttons: QPushButton, short: str = "") -> QFrame:
    """A calm, hidden-until-needed box across the top of a window: a sentence (rich text)
    and the buttons that answer it. ``short`` is what it says when the window is short of
    room (see :func:`set_banner_compact`)."""
    frame = QFrame()
    frame.setObjectName("welcome")
    label = QLabel(text)
    label.setObjectName("bannerText")
    label.setWordWrap(True)
    label.setProperty(FULL_TEXT, text)
    label.setProperty(SHORT_TEXT, short)
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


FULL_TEXT = "duodesk_full_text"
SHORT_TEXT = "duodesk_short_text"
FULL_MARGINS = "duodesk_full_margins"
FULL_DIRECTION = "duodesk_full_direction"


def set_banner_compact(frame: QFrame, compact: bool) -> None:
    """Make a banner one low line (its short sentence, the whole one as a tooltip, beside
    smaller buttons) or give it back its full size. A window short of room (a laptop at
    150%) makes its banners compact so that they do not push its main list out of sight."""
    if bool(frame.property("compact")) == compact:
        return
    frame.setProperty("compact", compact)
    layout = frame.layout()
    if layout is not None:
        if frame.property(FULL_MARGINS) is None:
            frame.setProperty(FULL_MARGINS, layout.contentsMargins())
        full = frame.property(FULL_MARGINS)
        layout.setContentsMargins(QMargins(full.left(), 4, full.right(), 4) if compact else full)
        if isinstance(layout, QBoxLayout):
            if frame.property(FULL_DIRECTION) is None:
                frame.setProperty(FULL_DIRECTION, layout.direction())
            layout.setDirection(
                QBoxLayout.Direction.LeftToRight if compact else frame.property(FULL_DIRECTION)
            )
    for label in frame.findChildren(QLabel, "bannerText"):
        if isinstance(layout, QBoxLayout) and layout.indexOf(label) >= 0:
            layout.setStretch(layout.indexOf(label), 1 if compact else 0)  # beside the buttons
        short = label.property(SHORT_TEXT)
        if short:
            label.setText(short if compact else label.property(FULL_TEXT))
            label.setToolTip(label.property(FULL_TEXT) if compact else "")
    for button in frame.findChildren(QPushButton):  # the style sheet's compact buttons
        button.style().unpolish(button)
        button.style().polish(button)
        QApplication.sendEvent(button, QEvent(QEvent.Type.StyleChange))  # its size, again
