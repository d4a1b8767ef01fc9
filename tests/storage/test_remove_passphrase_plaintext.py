"""Removing the passphrase never leaves the answers in plain beside the encrypted project while
the export runs: the plain database is built in memory and reaches the disk only in the last
write and rename. Watched from inside the command at every SQL statement, file flush and
rename, and killed (``kill -9``) at many of them."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from duodesk.core.simulate import simulate_answers
from duodesk.core.xlsform import read_xlsform
from duodesk.storage.database import Database
from tests.analysis.projects import store_interviews

SECRET = b"Shared needles at Central Station with Morag"
PASSPHRASE = "the passphrase of the north team"
PLAIN_HEADER = b"SQLite format 3\x00"
NOTES = 200

# Runs the real command (``change-passphrase`` and the arguments given) in a process that
# notes, at every SQL statement (nested ones too), every fsync and every rename, which plain
# copies are on disk beside an encrypted one and which files are plain at all, and kills
# itself with SIGKILL at the event numbered KILL_AT (0: never).
WATCHED_COMMAND = textwrap.dedent(
    """
    import json, os, signal, sys
    from pathlib import Path

    import sqlcipher3.dbapi2 as dbapi

    folder, project, log_file, kill_at, secret, *arguments = sys.argv[1:]
    folder, kill_at, secret = Path(folder), int(kill_at), secret.encode()
    log = open(log_file, "a", buffering=1)
    count = 0

    def plain(file):
        try:
            raw = file.read_bytes()
        except OSError:  # removed meanwhile
            return False
        return secret in raw or raw.startswith(b"SQLite format 3\\x00")

    def exposed():
        files = [f for f in folder.iterdir() if f.is_file()]
        # A hidden working file in plain...
        found = [f.name for f in files if f.name.startswith(".") and plain(f)]
        # ...or a plain file while an encrypted copy of it is kept aside.
        for target in files:
            if target.name.startswith(".") or not plain(target):
                continue
            if any(
                f.name.startswith(f".{target.name}") and f.stat().st_size and not plain(f)
                for f in files
            ):
                found.append(target.name)
        return found

    def event(kind):
        global count
        count += 1
        plain_files = sorted(f.name for f in folder.iterdir() if f.is_file() and plain(f))
        log.write(json.dumps([kind, exposed(), plain_files]) + "\\n")
        if count == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    real_connect, real_replace, real_fsync = dbapi.connect, os.replace, os.fsync

    def connect(*args, **kwargs):
        connection = real_connect(*args, **kwargs)
        connection.set_trace_callback(lambda statement: event("sql"))
        return connection

    def replace(*args, **kwargs):
        event("rename")
        return real_replace(*args, **kwargs)

    def fsync(*args):
        event("fsync")
        return real_fsync(*args)

    dbapi.connect, os.replace, os.fsync = connect, replace, fsync
    from duodesk.cli import main

    sys.exit(main(["--db", project, "change-passphrase", *arguments]))
    """
)


def _encrypted_project(path: Path, example_paths, count: int) -> None:
    database = Database.open(path, passphrase=PASSPHRASE)
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    store_interviews(database, questionnaire, simulate_answers(questionnaire, count, seed=5))
    with database.session() as session:
        for number in range(NOTES):  # answers enough to take the export a moment
            session.execute(
                text("INSERT INTO project_settings (key, value) VALUES (:k, :v)"),
                {"k": f"note-{number}", "v": SECRET.decode() * 4},
            )
    database.backup("before-purge")  # a backup is made plain too, so it is watched as well
    database.close()


def _run(
    folder: Path,
    log: Path,
    kill_at: int = 0,
    arguments: tuple[str, ...] = ("--remove",),
    passphrase: str | None = PASSPHRASE,
) -> subprocess.CompletedProcess:
    env = {**os.environ}
    if passphrase is not None:
        env["DUODESK_PASSPHRASE"] = passphrase
    return subprocess.run(
        [
            sys.executable,
            "-c",
            WATCHED_COMMAND,
            str(folder),
            str(folder / "p.duodesk"),
            str(log),
            str(kill_at),
            SECRET.decode(),
            *arguments,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        env=env,
    )


def _events(log: Path) -> list[tuple[str, list[str]]]:
    """(kind, plain copies beside an encrypted one) for each event, in order."""
    return [tuple(json.loads(line)[:2]) for line in log.read_text().splitlines()]


def _plain_files(log: Path) -> list[tuple[str, list[str]]]:
    """(kind, every plain file in the folder) for each event, in order."""
    return [(line[0], line[2]) for line in map(json.loads, log.read_text().splitlines())]


def _plain_anywhere(folder: Path) -> list[str]:
    return [
        f.name
        for f in folder.iterdir()
        if f.is_file() and (SECRET in f.read_bytes() or f.read_bytes().startswith(PLAIN_HEADER))
    ]


def test_no_statement_runs_while_a_plain_copy_sits_beside_the_encrypted_project(
    tmp_path, example_paths
):
    folder = tmp_path / "project"
    folder.mkdir()
    _encrypted_project(folder / "p.duodesk", example_paths, count=60)
    backups = set(folder.glob("p.duodesk.*.backup"))
    removed = _run(folder, tmp_path / "events.log")
    assert removed.returncode == 0, removed.stderr
    events = _events(tmp_path / "events.log")
    assert sum(kind == "sql" for kind, _ in events) > 100  # the export itself was watched
    # While the encrypted project is exported, not one page of it is plain on disk: a plain
    # copy may exist only in the last flush and rename.
    assert [(n, e) for n, (kind, e) in enumerate(events, 1) if e and kind == "sql"] == []
    path = folder / "p.duodesk"
    assert path.read_bytes().startswith(PLAIN_HEADER)
    assert backups and all(b.read_bytes().startswith(PLAIN_HEADER) for b in backups)
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []
    database = Database.open(path)
    try:
        with database.session() as session:
            notes = session.scalar(
                text("SELECT count(*) FROM project_settings WHERE key LIKE 'note-%'")
            )
        assert notes == NOTES
    finally:
        database.close()


def _open_and_count_notes(path: Path) -> int:
    plain = path.read_bytes().startswith(PLAIN_HEADER)
    database = Database.open(path, passphrase=None if plain else PASSPHRASE, create=False)
    try:
        with database.session() as session:
            return session.scalar(
                text("SELECT count(*) FROM project_settings WHERE key LIKE 'note-%'")
            )
    finally:
        database.close()


def test_a_removal_killed_at_any_point_leaves_no_plain_copy_once_the_project_is_opened(
    tmp_path, example_paths
):
    original = tmp_path / "original"
    original.mkdir()
    _encrypted_project(original / "p.duodesk", example_paths, count=20)
    first = tmp_path / "first"
    shutil.copytree(original, first)
    assert _run(first, tmp_path / "first.log").returncode == 0
    events = _events(tmp_path / "first.log")
    statements = [n for n, (kind, _) in enumerate(events, 1) if kind == "sql"]
    # Statements spread over the whole command (the export among them), and every flush and
    # rename, where the last write of the plain project happens. A flush just before a
    # rename leaves the same files as a kill at that rename (a killed process's writes are
    # in the system's cache either way), so the rename stands for both.
    kinds = [kind for kind, _ in events]
    points = sorted(
        {statements[len(statements) * share // 10] for share in range(1, 10)}
        | {
            n
            for n, kind in enumerate(kinds, 1)
            if kind == "rename" or (kind == "fsync" and kinds[n : n + 1] != ["rename"])
        }
    )
    window = 0
    for point in points:
        folder = tmp_path / f"killed-{point}"
        shutil.copytree(original, folder)
        log = tmp_path / f"killed-{point}.log"
        killed = _run(folder, log, kill_at=point)
        if killed.returncode == 0:  # this run did fewer things (no daily backup to take)
            continue
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        kind, exposed = _events(log)[-1]
        path = folder / "p.duodesk"
        still_encrypted = not path.read_bytes().startswith(PLAIN_HEADER)
        hidden_plain = [n for n in _plain_anywhere(folder) if n.startswith(".")]
        if kind == "sql":  # killed while a statement ran: nothing plain beside the project
            assert exposed == [] and hidden_plain == [], (point, exposed, hidden_plain)
        elif hidden_plain:
            window += 1  # killed in the last write of a plain file, before its rename
        assert _open_and_count_notes(path) == NOTES, point
        # The next open removed every partial copy; an encrypted project has no plain file
        # beside it, not even a backup.
        assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == [], point
        if still_encrypted:
            assert _plain_anywhere(folder) == [], point
    assert len(points) > 10 and {kinds[n - 1] for n in points} == {"sql", "fsync", "rename"}
    # The last write was among the points, and what it left was removed at the next open.
    assert window >= 1


@pytest.mark.parametrize("encrypted", [False, True], ids=["adding", "changing"])
def test_adding_or_changing_a_passphrase_writes_no_plain_copy(tmp_path, example_paths, encrypted):
    folder = tmp_path / "project"
    folder.mkdir()
    path = folder / "p.duodesk"
    if encrypted:
        _encrypted_project(path, example_paths, count=20)
    else:
        database = Database.open(path)
        database.backup("before-purge")
        with database.session() as session:
            session.execute(
                text("INSERT INTO project_settings (key, value) VALUES ('note', :v)"),
                {"v": SECRET.decode()},
            )
        database.close()
    new = tmp_path / "new-passphrase.txt"
    new.write_text("a new passphrase for the team\n")
    log = tmp_path / "events.log"
    arguments = ("--new-passphrase-file", str(new))
    changed = _run(folder, log, arguments=arguments, passphrase=PASSPHRASE if encrypted else None)
    assert changed.returncode == 0, changed.stderr
    seen = _plain_files(log)
    assert len(seen) > 50
    if encrypted:
        # From an encrypted project to an encrypted project: nothing plain, ever.
        assert {name for _, names in seen for name in names} == set()
    else:
        # The plain project is the person's own file; no other plain copy is made of it but
        # the day's backup, taken (plain, like the project) as the command opens it.
        made = {name for _, names in seen for name in names if name.startswith(".")}
        assert {name for name in made if not name.endswith(".daily.backup.partial")} == set()
    assert _plain_anywhere(folder) == []
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []
