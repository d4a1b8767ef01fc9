"""Removing the passphrase writes the answers in plain only where the plain project was asked
for: watched from outside while it runs, and killed at its worst moment."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from sqlalchemy import text

from duodesk.core.simulate import simulate_answers
from duodesk.core.xlsform import read_xlsform
from duodesk.storage.database import Database
from tests.analysis.projects import store_interviews

SECRET = b"Shared needles at Central Station with Morag"
PASSPHRASE = "the passphrase of the north team"
PLAIN_HEADER = b"SQLite format 3\x00"


def _encrypted_project(path: Path, example_paths, count: int = 150) -> None:
    database = Database.open(path, passphrase=PASSPHRASE)
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    store_interviews(database, questionnaire, simulate_answers(questionnaire, count, seed=5))
    with database.session() as session:
        for number in range(200):  # answers enough to take the export a moment
            session.execute(
                text("INSERT INTO project_settings (key, value) VALUES (:k, :v)"),
                {"k": f"note-{number}", "v": SECRET.decode() * 4},
            )
    database.backup("before-purge")  # a backup is made plain too, so it is watched as well
    database.close()


def _plain_copies(folder: Path, project: Path) -> list[str]:
    """Files that hold the answers in plain, or are a plain database, other than those asked
    to be plain: the project and its backups (the command takes a backup of the day too)."""
    found = []
    for file in folder.iterdir():
        if file == project or (file.name.endswith(".backup") and not file.name.startswith(".")):
            continue
        if not file.is_file():
            continue
        try:
            raw = file.read_bytes()
        except OSError:  # removed while being read
            continue
        if SECRET in raw or raw.startswith(PLAIN_HEADER):
            found.append(file.name)
    return found


def test_no_plain_copy_appears_beside_the_project_while_the_passphrase_is_removed(
    tmp_path, example_paths
):
    path = tmp_path / "p.duodesk"
    _encrypted_project(path, example_paths)
    backups = set(tmp_path.glob("p.duodesk.*.backup"))
    seen: list[str] = []
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            seen.extend(_plain_copies(tmp_path, path))

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        removed = subprocess.run(
            [
                sys.executable,
                "-m",
                "duodesk.cli",
                "--db",
                str(path),
                "change-passphrase",
                "--remove",
            ],
            capture_output=True,
            text=True,
            timeout=300,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "DUODESK_PASSPHRASE": PASSPHRASE},
        )
    finally:
        done.set()
        watcher.join()
    assert removed.returncode == 0, removed.stderr
    assert sorted(set(seen)) == []
    # What was asked for: the project and its backup, plain.
    assert path.read_bytes().startswith(PLAIN_HEADER)
    assert all(b.read_bytes().startswith(PLAIN_HEADER) for b in backups)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


KILLED_AFTER_THE_PLAIN_COPY = textwrap.dedent(
    """
    import os, signal, sys
    from duodesk.storage import database as module

    real = module._rekeyed_copy

    def copy_then_die(*args, **kwargs):
        real(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)  # the plain copy is whole: the worst moment

    module._rekeyed_copy = copy_then_die
    project = module.Database.open(sys.argv[1], passphrase=sys.argv[2])
    project.change_passphrase(None)
    """
)


def test_a_removal_killed_at_its_worst_moment_leaves_one_plain_copy_and_then_none(
    tmp_path, example_paths
):
    path = tmp_path / "p.duodesk"
    _encrypted_project(path, example_paths, count=20)
    backups = set(tmp_path.glob("p.duodesk.*.backup"))
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_THE_PLAIN_COPY, str(path), PASSPHRASE], timeout=300
    )
    assert killed.returncode == -signal.SIGKILL
    # The only plain copy is at the project's own place, the one the person asked for; the
    # encrypted project is kept aside, whole.
    assert _plain_copies(tmp_path, path) == []
    assert path.read_bytes().startswith(PLAIN_HEADER)
    assert (tmp_path / ".p.duodesk.unlocking").exists()

    # The next open puts the encrypted project back, with every answer, and wipes the plain one.
    database = Database.open(path, passphrase=PASSPHRASE)
    try:
        with database.session() as session:
            notes = session.scalar(
                text("SELECT count(*) FROM project_settings WHERE key LIKE 'note-%'")
            )
        assert notes == 200
    finally:
        database.close()
    for file in tmp_path.iterdir():
        if file.is_file():
            assert SECRET not in file.read_bytes(), file.name
    assert {p for p in tmp_path.iterdir() if p.name.startswith(".")} == set()
    assert all(not b.read_bytes().startswith(PLAIN_HEADER) for b in backups)
