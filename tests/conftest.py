"""Shared test set-up: offscreen Qt, a private data folder, a fresh project per test."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Set before anything imports Qt: GUI tests draw offscreen, whoever runs them.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The default project lives in the user's data folder: never let a test touch the real one.
_HOME = tempfile.mkdtemp(prefix="duodesk-tests-")
os.environ["XDG_DATA_HOME"] = _HOME
os.environ["XDG_STATE_HOME"] = _HOME  # and the log (platformdirs' user log folder)
os.environ["XDG_CACHE_HOME"] = _HOME  # and the translations compiled at start
os.environ.pop("DUODESK_LOG_DIR", None)
os.environ.pop("DUODESK_BUSY_TIMEOUT_MS", None)
os.environ.pop("DUODESK_DB", None)
os.environ.pop("DUODESK_PASSPHRASE", None)
os.environ.pop("DUODESK_PERSON", None)
os.environ.pop("DUODESK_PIN", None)
# Participant-code keys go to the private data folder above, never to the real keyring.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
# The tests read DuoDesk's English words; a chosen language also means the first-start
# question about the language is never asked (tests of it take this away).
os.environ["DUODESK_LANGUAGE"] = "en"

import pytest  # noqa: E402

from duodesk.resources import example_forms  # noqa: E402


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "project.duodesk"


@pytest.fixture
def database(project_path: Path) -> Iterator:
    """A new, empty, unencrypted project file."""
    from duodesk.storage.database import Database

    db = Database.open(project_path)
    yield db
    _close_windows_of(db)
    db.close()


def _close_windows_of(db) -> None:
    """Close the test's windows on ``db`` and let their work report back before the project
    closes, as when DuoDesk closes. (pytest-qt closes its windows after this fixture is done:
    a read still running then failed on the closed project, and its window opened a real
    "Something went wrong" box that nobody would ever answer.)"""
    if "PySide6.QtWidgets" not in sys.modules:
        return  # no screens in this test process
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    windows = [
        widget
        for widget in app.topLevelWidgets()
        if getattr(widget, "database", None) is db and hasattr(widget, "tasks")
    ]
    for window in windows:
        window.close()
    for window in windows:
        window.tasks.wait(10_000)
    app.processEvents()  # their reports, while the project is still open


@pytest.fixture(scope="session")
def example_paths() -> dict[str, Path]:
    """The shipped example questionnaires by file stem."""
    paths = {path.stem: path for path in example_forms()}
    assert len(paths) == 3, paths
    return paths


@pytest.fixture(autouse=True)
def nobody_signed_in() -> Iterator[None]:
    """Each test starts with nobody signed in to DuoDesk in this process, and ends so."""
    from duodesk.storage.audit import set_signed_in

    set_signed_in(None)
    yield
    set_signed_in(None)


@pytest.fixture(autouse=True)
def english_screens() -> None:
    """Screens built in a test speak English as DuoDesk does when English is chosen: with its
    English file, which says "1 answer" where the code counts "%n answers"."""
    if "PySide6.QtWidgets" not in sys.modules:
        return  # no screens in this test process (yet)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None or app.property("duodesk_english"):
        return
    from duodesk.gui.language import apply_language

    apply_language(app, "en")
    app.setProperty("duodesk_english", True)


@pytest.fixture(autouse=True)
def laptop_settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """What a laptop remembers (last interviewer, site) goes to a file of the test's own."""
    path = tmp_path / "laptop.ini"
    monkeypatch.setenv("DUODESK_SETTINGS", str(path))
    return path


LOCK_HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()  # until told to let go (or the test ends)
connection.execute("COMMIT")
"""


class LockHolder:
    """Another process that holds a project's write lock until :meth:`release`."""

    def __init__(self, path: Path) -> None:
        import subprocess
        import sys

        self.process = subprocess.Popen(
            [sys.executable, "-c", LOCK_HOLDER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("go\n")
            self.process.stdin.flush()
            self.process.wait(30)


@pytest.fixture
def lock_holder() -> Iterator:
    """``lock_holder(path)``: a second process takes the project's write lock and keeps it
    until ``.release()`` (or the end of the test)."""
    holders: list[LockHolder] = []

    def hold(path: Path) -> LockHolder:
        holder = LockHolder(path)
        holders.append(holder)
        return holder

    yield hold
    for holder in holders:
        holder.release()


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Connections opened from now on wait 0.3 s, not 10 s, for another writer."""
    monkeypatch.setenv("DUODESK_BUSY_TIMEOUT_MS", "300")


@pytest.fixture
def program_look() -> Iterator[None]:
    """The program's own font and style sheet (larger than Qt's), as when it starts: screens
    are measured as a person sees them. The shared application gets its look back afterwards."""
    from PySide6.QtWidgets import QApplication

    from duodesk.gui.style import apply_style

    app = QApplication.instance() or QApplication([])
    font, sheet, base = app.font(), app.styleSheet(), app.property("duodesk_base_font")
    apply_style(app)
    yield
    app.setProperty("duodesk_base_font", base)
    app.setStyleSheet(sheet)
    app.setFont(font)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Start the slow tests first: with one test process per core, a slow test collected last
    would leave the other cores idle at the end of the run."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
