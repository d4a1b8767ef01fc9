"""View > Larger text / Smaller text / Normal text: every screen follows, and the laptop
remembers it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from duodesk.gui import operations
from duodesk.gui import text_size as text_size_module
from duodesk.gui.main_window import MainWindow
from duodesk.gui.style import apply_style
from duodesk.gui.text_size import TextSize, stored_step, text_size
from tests.gui.entry_helpers import start

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _restore_the_look(monkeypatch):
    """The application is shared by every test: put its font and style back afterwards. The
    screen is a 1366x768 laptop's, where every text size fits (the test screen is smaller)."""
    monkeypatch.setattr(text_size_module, "screen_area", lambda: QRect(0, 0, 1366, 700))
    app = QApplication.instance()
    font, sheet, base = app.font(), app.styleSheet(), app.property("duodesk_base_font")
    yield
    text_size().step = 0
    app.setProperty("duodesk_base_font", base)
    app.setStyleSheet(sheet)
    app.setFont(font)


def _main(qtbot, database) -> MainWindow:
    apply_style(QApplication.instance())  # as the program does when it starts
    operations.add_example_questionnaires(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home_loaded, timeout=10_000):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    return window


def _points(widget) -> float:
    widget.ensurePolished()
    return widget.font().pointSizeF()


def test_larger_text_reaches_the_main_window_and_the_interview_screen(qtbot, database):
    window = _main(qtbot, database)
    interview = start(qtbot, database, "hepc_peer_survey")
    question = interview.view.widgets["intro_note"].label
    table_before, question_before = _points(window.table), _points(question)

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    assert _points(window.table) > table_before
    assert _points(question) > question_before

    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert _points(window.table) == pytest.approx(table_before)
    assert _points(question) == pytest.approx(question_before)
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert _points(question) < question_before


def test_the_text_size_is_remembered_for_the_next_start(qtbot, database):
    window = _main(qtbot, database)
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    assert stored_step() == 1
    assert TextSize().step == 1  # what the next start reads
    interview = start(qtbot, database, "hepc_peer_survey")  # a screen opened after the change
    label = interview.view.widgets["intro_note"].label
    assert _points(label) == pytest.approx(17 * 1.15, abs=0.2)


def test_the_laptop_settings_file_is_private_from_its_first_write(qtbot, tmp_path, monkeypatch):
    """A text-size change alone writes the file: it is the owner's only, in a folder of
    theirs that nobody else can open (even one an older DuoDesk made open to all)."""
    import stat

    from duodesk.gui.entry.laptop import INTERVIEWER, remember

    monkeypatch.delenv("DUODESK_SETTINGS", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = tmp_path / "config" / "DuoDesk"
    folder.mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)
    TextSize().set_step(2)
    ini = folder / "laptop.ini"
    assert stat.S_IMODE(ini.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    ini.chmod(0o644)
    remember(INTERVIEWER, "Sam")
    TextSize().set_step(1)  # every write, not only the first
    assert stat.S_IMODE(ini.stat().st_mode) == 0o600
