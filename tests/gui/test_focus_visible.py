"""In the designer's "When to ask it", Shift+Tab from the preview put the keyboard on "Ask this
question" without any mark: the person could not see where the keys would go. A drop-down
with the keyboard on it has the same blue frame as a focused button."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from duodesk.gui.designer.skip_logic_builder import SkipLogicBuilder

FOCUS_BLUE = QColor("#1f6fb2")


def _blue_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).rgb() == FOCUS_BLUE.rgb()
    )


def test_the_drop_down_with_the_keyboard_on_it_is_marked(qtbot, program_look):
    window = QWidget()
    layout = QVBoxLayout(window)
    builder = SkipLogicBuilder()
    layout.addWidget(builder)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.setFocus()
    QApplication.processEvents()
    before = _blue_pixels(builder.mode)
    builder.mode.setFocus()
    qtbot.waitUntil(builder.mode.hasFocus, timeout=5_000)
    QApplication.processEvents()
    assert _blue_pixels(builder.mode) > before + 2 * builder.mode.width()  # a frame around it
