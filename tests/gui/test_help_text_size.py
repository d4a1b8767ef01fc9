"""Help at the largest text: the topics were cut to "Correct an intervie", "Export for the
hea" (the list was fixed at 280 pixels) and the window stayed 900x600 whatever the size."""

from __future__ import annotations

from PySide6.QtCore import QRect

from duodesk.gui import text_size as text_size_module
from duodesk.gui.help_guide import HelpWindow
from duodesk.gui.screen_fit import FRAME
from duodesk.gui.text_size import LARGEST, text_size

LAPTOP = QRect(0, 0, 1366, 700)


def _whole_topics(window: HelpWindow) -> bool:
    topics = window.topics
    room = topics.viewport().width()
    return all(
        topics.fontMetrics().horizontalAdvance(topics.item(row).text()) <= room
        for row in range(topics.count())
    )


def test_the_topics_stay_whole_when_the_text_grows(qtbot, monkeypatch, program_look):
    monkeypatch.setattr(text_size_module, "screen_area", lambda: LAPTOP)
    monkeypatch.setattr("duodesk.gui.help_guide.available_area", lambda _window: LAPTOP)
    window = HelpWindow(())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert _whole_topics(window)
    try:
        text_size().set_step(LARGEST)
        qtbot.waitUntil(lambda: _whole_topics(window), timeout=5_000)
        assert window.width() > 900  # the page beside the topics keeps its room
        assert window.width() + FRAME.width() <= LAPTOP.width()
        assert window.height() + FRAME.height() <= LAPTOP.height()
    finally:
        text_size().set_step(0)
