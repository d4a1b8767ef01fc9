"""Shared test set-up: offscreen Qt, a private data folder, a fresh project per test."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Set before anything imports Qt: GUI tests draw offscreen, whoever runs them.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The default project lives in the user's data folder: never let a test touch the real one.
_HOME = tempfile.mkdtemp(prefix="duodesk-tests-")
os.environ["XDG_DATA_HOME"] = _HOME
os.environ.pop("DUODESK_DB", None)
os.environ.pop("DUODESK_PASSPHRASE", None)

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
    db.close()


@pytest.fixture(scope="session")
def example_paths() -> dict[str, Path]:
    """The shipped example questionnaires by file stem."""
    paths = {path.stem: path for path in example_forms()}
    assert len(paths) == 3, paths
    return paths


@pytest.fixture(autouse=True)
def laptop_settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """What a laptop remembers (last interviewer, site) goes to a file of the test's own."""
    path = tmp_path / "laptop.ini"
    monkeypatch.setenv("DUODESK_SETTINGS", str(path))
    return path
