"""The bundled program finds its files in its own folder, and nowhere else.

PyInstaller marks a bundled program with ``sys.frozen`` and unpacks its files to
``sys._MEIPASS``; here both are set by hand over a folder holding copies of some of the shipped
files, so the test can tell the copies from the source tree's.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from duodesk.resources import (
    application_icon_file,
    bundle_dir,
    example_forms,
    migrations_dir,
    resources_dir,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake unpacked bundle with one example, the icons and only the first migration."""
    unpacked = tmp_path / "DuoDesk" / "_internal"
    (unpacked / "resources" / "examples").mkdir(parents=True)
    shutil.copy2(
        ROOT / "resources" / "examples" / "hepatitis_c_peer_survey.xlsx",
        unpacked / "resources" / "examples",
    )
    shutil.copytree(ROOT / "resources" / "icons", unpacked / "resources" / "icons")
    source = ROOT / "duodesk" / "storage" / "migrations"
    target = unpacked / "duodesk" / "storage" / "migrations"
    (target / "versions").mkdir(parents=True)
    shutil.copy2(source / "env.py", target)
    shutil.copy2(source / "script.py.mako", target)
    (first,) = (source / "versions").glob("0001_*.py")
    shutil.copy2(first, target / "versions")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(unpacked), raising=False)
    return unpacked


def test_run_by_python_there_is_no_bundle_folder():
    assert bundle_dir() is None
    assert (resources_dir() / "icons" / "duodesk.svg").is_file()


def test_bundled_program_takes_examples_and_icon_from_its_own_folder(bundle):
    assert bundle_dir() == bundle
    assert resources_dir() == bundle / "resources"
    # One example was copied: the source tree's three are not looked at.
    assert [path.name for path in example_forms()] == ["hepatitis_c_peer_survey.xlsx"]
    assert application_icon_file() == bundle / "resources" / "icons" / "duodesk.svg"
    assert application_icon_file().is_file()


def test_bundled_program_migrates_with_its_own_copy_of_the_migrations(bundle, tmp_path):
    from sqlalchemy import create_engine, inspect

    from duodesk.storage.migrations import current_revision, head_revision, upgrade

    assert migrations_dir() == bundle / "duodesk" / "storage" / "migrations"
    # The copy stops at the first revision; the source tree goes further. (The program's own
    # code here is the source tree's, which expects the later tables: the migrations alone
    # are run, as the bundle would run its own.)
    assert head_revision() == "0001"
    engine = create_engine(f"sqlite:///{tmp_path / 'project.duodesk'}")
    try:
        with engine.begin() as connection:
            upgrade(connection)
        with engine.connect() as connection:
            assert current_revision(connection) == "0001"
            assert "interviews" in inspect(connection).get_table_names()
            assert "participant_code_digests" not in inspect(connection).get_table_names()
    finally:
        engine.dispose()


def test_a_bundle_without_its_files_finds_none_rather_than_the_source_tree(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert example_forms() == []
    assert not application_icon_file().exists()
