"""The text size every screen follows: View > Larger text / Smaller text / Normal text.

One setting per laptop (kept with the last interviewer and site, see
:mod:`duodesk.gui.entry.laptop`), in steps of 15% from 70% to 175% of the normal size. It
changes the application's font, which every widget without a style of its own follows, and
the sizes written in points in the style sheets: a widget with a style sheet of its own gives
it to :func:`follow`, which sets it at the current size now and again after every change.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QRect, QSize, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from duodesk.gui.entry.laptop import laptop_settings, save

TEXT_SIZE = "view/text_size"
STEP = 0.15
SMALLEST, LARGEST = -2, 5
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")


def stored_step() -> int:
    value = laptop_settings().value(TEXT_SIZE, 0)
    try:
        step = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0
    return min(max(step, SMALLEST), LARGEST)


def scale_of(step: int) -> float:
    """The text size asked for at ``step``, capped to what the screen has room for."""
    return min(1.0 + STEP * step, max(1.0, room_for_text()))


# The largest text fits a 1366x700 area (a 1366x768 laptop less its taskbar) at 100%
# scaling. A smaller area (the same laptop at 125% or 150%, where every pixel is already
# larger) gets no more than the same size on the glass: larger text would make the main
# window wider than the screen and leave the interview no room for its question.
LARGEST_FITS = QSize(1366, 700)


def room_for_text(area: QRect | None = None) -> float:
    """The largest text scale windows can follow on ``area`` (the primary screen's available
    area if None); the normal size is always allowed."""
    area = area if area is not None else screen_area()
    if area is None:
        return scale_of_step(LARGEST)
    share = min(area.width() / LARGEST_FITS.width(), area.height() / LARGEST_FITS.height())
    return scale_of_step(LARGEST) * share


def screen_area() -> QRect | None:
    """The available area of the primary screen, in the pixels windows are measured in."""
    screen = QGuiApplication.primaryScreen() if QGuiApplication.instance() else None
    return screen.availableGeometry() if screen is not None else None


def scale_of_step(step: int) -> float:
    """The text size ``step`` asks for, whatever the screen."""
    return 1.0 + STEP * step


def scaled(sheet: str, scale: float | None = None) -> str:
    """``sheet`` with every size in points multiplied by ``scale`` (the current one if None)."""
    factor = scale_of(stored_step()) if scale is None else scale
    return _POINTS.sub(lambda found: f"{round(float(found.group(1)) * factor, 1)}pt", sheet)


class TextSize(QObject):
    """The application's one text size; ``changed`` carries the new scale (1.0 is normal)."""

    changed = Signal(float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.step = stored_step()

    @property
    def scale(self) -> float:
        return scale_of(self.step)

    def set_step(self, step: int) -> None:
        step = min(max(step, SMALLEST), LARGEST)
        self.step = step
        settings = laptop_settings()
        settings.setValue(TEXT_SIZE, step)
        save(settings)
        from duodesk.gui.style import apply_style  # the style reads the size just stored

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_style(app)
        self.changed.emit(self.scale)

    def larger(self) -> None:
        self.set_step(self.step + 1)

    def smaller(self) -> None:
        self.set_step(self.step - 1)

    def normal(self) -> None:
        self.set_step(0)


def text_size() -> TextSize:
    """The application's :class:`TextSize` (made on first use, owned by the application)."""
    app = QApplication.instance()
    found = app.findChild(TextSize) if app is not None else None
    if found is None:
        found = TextSize(app)
    return found


class _Follower(QObject):
    """Lives as the widget's child, so the connection ends when the widget is deleted."""

    def __init__(self, widget: QWidget, sheet: str) -> None:
        super().__init__(widget)
        self.widget, self.sheet = widget, sheet

    def apply(self, scale: float) -> None:
        self.widget.setStyleSheet(scaled(self.sheet, scale))


def follow(widget: QWidget, sheet: str) -> None:
    """Give ``widget`` the style sheet ``sheet`` at the current text size, now and after every
    change of it."""
    follower = _Follower(widget, sheet)
    follower.apply(text_size().scale)
    text_size().changed.connect(follower.apply)
