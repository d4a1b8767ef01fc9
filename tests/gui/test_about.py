"""Help > About: what whoever looks after the laptop needs when something goes wrong."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from duodesk.gui import operations
from duodesk.gui.app import describe_application
from duodesk.gui.main_window import MainWindow
from duodesk.logs import log_folder
from duodesk.storage.database import Database

ROOT = Path(__file__).resolve().parents[2]


def _declared_version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)["project"]["version"]


def _open_about(qtbot, database: Database) -> QMessageBox:
    operations.remove_examples(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home_loaded, timeout=10_000):
        window.show()
    help_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "&Help"
    )
    about = next(action for action in help_menu.actions() if "About" in action.text())
    about.trigger()
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    return box


def test_about_names_version_licence_project_file_and_log_folder(qtbot, database):
    box = _open_about(qtbot, database)
    text = box.text()
    assert f"DuoDesk {_declared_version()}" in text
    assert "GPL-3.0-or-later" in text
    assert str(database.path) in text
    assert "not encrypted" in text
    assert str(log_folder()) in text
    assert "DuoDesk" in log_folder().parts
    box.close()


def test_about_says_when_the_project_is_locked(qtbot, tmp_path):
    database = Database.open(tmp_path / "locked.duodesk", passphrase="correct horse")
    try:
        box = _open_about(qtbot, database)
        assert "locked with a passphrase" in box.text()
        box.close()
    finally:
        database.close()


def test_a_path_is_shown_as_written_never_read_as_markup(qtbot, tmp_path):
    database = Database.open(tmp_path / "<b>odd</b> & name.duodesk")
    try:
        box = _open_about(qtbot, database)
        assert "&lt;b&gt;odd&lt;/b&gt; &amp; name.duodesk" in box.text()
        box.close()
    finally:
        database.close()


def test_the_application_carries_its_name_version_and_icon(qtbot):
    app = QApplication.instance()
    describe_application(app)
    assert app.applicationVersion() == _declared_version()
    assert not app.windowIcon().isNull()
    assert not app.windowIcon().pixmap(64, 64).toImage().isNull()
