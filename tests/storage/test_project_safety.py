"""A project in the hands of real people: passphrase files from Notepad, a passphrase changed
while another window writes, backups that follow the passphrase, restoring over a crash, damaged
files and upgrades that must not lose answers. Real files and real processes throughout."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import text

from duodesk.core.simulate import simulate_answers
from duodesk.core.xlsform import read_xlsform
from duodesk.storage import migrations, schema_version
from duodesk.storage.audit import list_events, verify
from duodesk.storage.database import (
    DamagedProjectError,
    Database,
    ProjectError,
    WrongPassphraseError,
    is_plain_file,
    sqlite_pragmas,
)
from tests.analysis.projects import store_interviews
from tests.cli.test_cli import duodesk

SECRET = "Shared needles at Central Station with Morag"


def _project_with_interviews(path: Path, example_paths, passphrase=None, count=12) -> Database:
    database = Database.open(path, passphrase=passphrase)
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    store_interviews(database, questionnaire, simulate_answers(questionnaire, count, seed=3))
    with database.session() as session:
        session.execute(
            text("INSERT INTO project_settings (key, value) VALUES ('note', :v)"), {"v": SECRET}
        )
    return database


def _row_counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        tables = [
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            )
        ]
        return {
            table: connection.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar()
            for table in tables
        }


def _without_trail(counts: dict[str, int]) -> dict[str, int]:
    """Row counts apart from the audit trail, which records the restore itself."""
    return {table: n for table, n in counts.items() if table != "audit_log"}


def _note(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT value FROM project_settings WHERE key = 'note'"
        ).scalar()


# -- passphrases as people type and save them -------------------------------------------------


def test_a_passphrase_file_saved_by_notepad_opens_the_project(tmp_path, example_paths):
    db = str(tmp_path / "p.duodesk")
    plain = tmp_path / "plain.txt"
    plain.write_text("café au lait 42\n", encoding="utf-8")
    form = str(example_paths["training_employment_barriers"])
    assert duodesk("--db", db, "--passphrase-file", str(plain), "import-form", form).returncode == 0

    # The same words with a byte-order mark, Windows line ends, trailing spaces and the "é"
    # as "e" plus a combining accent (how some keyboards type it).
    notepad = tmp_path / "notepad.txt"
    decomposed = unicodedata.normalize("NFD", "café au lait 42")
    notepad.write_bytes(b"\xef\xbb\xbf" + (decomposed + "  \r\nsecond line\r\n").encode())
    listed = duodesk("--db", db, "--passphrase-file", str(notepad), "list")
    assert listed.returncode == 0, listed.stderr
    assert "training_employment_barriers" in listed.stdout


def test_a_raw_key_or_a_short_passphrase_is_refused_and_nothing_changes(tmp_path):
    path = tmp_path / "p.duodesk"
    database = Database.open(path, passphrase="the first passphrase")
    for bad, why in (("x'00112233445566778899aabbccddeeff'", "raw keys"), ("short", "at least")):
        with pytest.raises(ProjectError, match=why):
            database.change_passphrase(bad)
    database.close()
    Database.open(path, passphrase="the first passphrase").close()


def test_a_wrong_passphrase_prints_one_sentence_and_no_sqlcipher_log(tmp_path, example_paths):
    db = str(tmp_path / "p.duodesk")
    form = str(example_paths["training_employment_barriers"])
    env = {"DUODESK_PASSPHRASE": "the right passphrase"}
    assert duodesk("--db", db, "import-form", form, env=env).returncode == 0
    wrong = duodesk("--db", db, "list", env={"DUODESK_PASSPHRASE": "a wrong passphrase"})
    assert wrong.returncode == 1
    assert wrong.stderr.count("\n") == 1 and "not right" in wrong.stderr
    assert "ERROR" not in wrong.stderr and "hmac" not in wrong.stderr.lower()


# -- damaged files ------------------------------------------------------------------------------


def test_a_plain_project_with_a_damaged_header_is_called_damaged_not_locked(
    tmp_path, example_paths
):
    path = tmp_path / "p.duodesk"
    database = _project_with_interviews(path, example_paths)
    database.backup("daily")
    database.close()
    content = bytearray(path.read_bytes())
    content[0:6] = b"XXXXXX"  # the "SQLite format 3" magic
    path.write_bytes(bytes(content))
    with pytest.raises(DamagedProjectError, match=r"damaged.*duodesk restore"):
        Database.open(path)
    # With no backup beside it, the message does not send the person to look for one there.
    for backup in tmp_path.glob("p.duodesk.*.backup"):
        backup.unlink()
    with pytest.raises(DamagedProjectError, match=r"no backup of it beside it") as said:
        Database.open(path)
    assert "duodesk restore" not in str(said.value)


def test_an_encrypted_project_with_a_damaged_page_is_called_damaged(tmp_path, example_paths):
    path = tmp_path / "p.duodesk"
    _project_with_interviews(path, example_paths, passphrase="the right passphrase").close()
    content = bytearray(path.read_bytes())
    content[200] ^= 0xFF  # inside the first page, after its salt
    path.write_bytes(bytes(content))
    with pytest.raises(DamagedProjectError):
        Database.open(path, passphrase="the right passphrase")
    # while a wrong passphrase on an intact file is still a wrong passphrase
    intact = tmp_path / "intact.duodesk"
    _project_with_interviews(intact, example_paths, passphrase="the right passphrase").close()
    with pytest.raises(WrongPassphraseError):
        Database.open(intact, passphrase="not the passphrase")


def test_a_damaged_b_tree_is_refused_before_anything_is_written(tmp_path, example_paths):
    path = tmp_path / "p.duodesk"
    database = _project_with_interviews(path, example_paths, count=60)
    database.close()
    content = bytearray(path.read_bytes())
    page_size = int.from_bytes(content[16:18], "big")
    # the page-type byte of every other page after the schema: quick_check notices
    for page in range(2, len(content) // page_size, 2):
        content[page * page_size] = 0x07
    path.write_bytes(bytes(content))
    before = path.read_bytes()
    with pytest.raises(DamagedProjectError):
        Database.open(path)
    assert path.read_bytes() == before
    refused = duodesk("--db", str(path), "list")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "damaged" in refused.stderr


# -- changing the passphrase while another process writes ---------------------------------------

WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from sqlalchemy import text
    from duodesk.storage.database import Database
    database = Database.open(sys.argv[1], passphrase=sys.argv[2])
    stop = Path(sys.argv[3])
    print("open", flush=True)
    for number in range(100000):
        if stop.exists():
            break
        with database.session() as session:
            session.execute(
                text("INSERT INTO project_settings (key, value) VALUES (:k, 'v')"),
                {"k": f"save-{number}"},
            )
        print(f"saved {number}", flush=True)  # acknowledged only after the commit
        time.sleep(0.01)
    database.close()
    """
)


@pytest.mark.parametrize("lock_file", ["kept", "deleted"])
def test_the_passphrase_cannot_change_while_another_process_writes(
    tmp_path, example_paths, lock_file
):
    """Also when someone deleted the project's lock file while the other process had the
    project open (it looked stale): the other process kept saving into the file the change
    replaced, and lost 51 of 150 acknowledged saves."""
    path = tmp_path / "p.duodesk"
    _project_with_interviews(path, example_paths, passphrase="the old passphrase").close()
    stop = tmp_path / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), "the old passphrase", str(stop)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout.readline().strip() == "open"
    if lock_file == "deleted":
        Path(f"{path}.lock").unlink()
    new = tmp_path / "new.txt"
    new.write_text("the new passphrase\n", encoding="utf-8")
    attempt = duodesk(
        "--db",
        str(path),
        "change-passphrase",
        "--new-passphrase-file",
        str(new),
        env={"DUODESK_PASSPHRASE": "the old passphrase"},
    )
    stop.touch()
    acknowledged = [line for line in writer.communicate(timeout=120)[0].splitlines() if line]
    assert writer.returncode == 0
    assert attempt.returncode == 1
    assert "Another DuoDesk window or command has this project open" in attempt.stderr

    database = Database.open(path, passphrase="the old passphrase")  # still the old one
    with database.engine.connect() as connection:
        saved = connection.exec_driver_sql(
            "SELECT count(*) FROM project_settings WHERE key LIKE 'save-%'"
        ).scalar()
    assert saved == len(acknowledged) > 0
    with database.read_session() as session:  # the trail does not read as a change made
        refused = [e for e in list_events(session) if e.action == "passphrase not changed"]
    assert len(refused) == 1 and "Another DuoDesk window" in refused[0].details["reason"]
    # with the other process gone, the change goes through
    database.change_passphrase("the new passphrase")
    database.close()
    Database.open(path, passphrase="the new passphrase").close()


def test_an_interrupted_re_key_leaves_no_plaintext_beside_the_project(tmp_path, example_paths):
    path = tmp_path / "p.duodesk"
    _project_with_interviews(path, example_paths, passphrase="the passphrase!").close()
    # what a power cut in the middle of `change-passphrase --remove` leaves behind
    partial = tmp_path / ".p.duodesk.rekey"
    partial.write_bytes(b"SQLite format 3\x00" + SECRET.encode() * 100)
    Database.open(path, passphrase="the passphrase!").close()
    assert not partial.exists()
    assert all(SECRET.encode() not in p.read_bytes() for p in tmp_path.iterdir() if p.is_file())


def test_a_re_key_killed_mid_write_leaves_neither_its_copy_nor_its_journal(tmp_path, example_paths):
    """A process killed (``kill -9``) while writing the plaintext copy leaves the copy and
    SQLite's journal of it; the next open removes both."""
    path = tmp_path / "p.duodesk"
    _project_with_interviews(path, example_paths, passphrase="the passphrase!").close()
    partial = tmp_path / ".p.duodesk.rekey"
    writer = textwrap.dedent(
        f"""
        import os, signal, sqlite3
        connection = sqlite3.connect({str(partial)!r}, isolation_level=None)
        connection.execute("CREATE TABLE answers (text)")
        connection.execute("INSERT INTO answers VALUES (?)", ({SECRET!r} * 50,))
        connection.execute("BEGIN")
        for _ in range(200):
            connection.execute("INSERT INTO answers VALUES (?)", ({SECRET!r} * 50,))
        connection.execute("UPDATE answers SET text = 'x'")  # the old pages go to the journal
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    killed = subprocess.run([sys.executable, "-c", writer], timeout=120)
    assert killed.returncode == -signal.SIGKILL
    journal = tmp_path / ".p.duodesk.rekey-journal"
    assert partial.exists() and journal.exists()  # what the kill left
    Database.open(path, passphrase="the passphrase!").close()
    assert not partial.exists() and not journal.exists()
    assert all(SECRET.encode() not in p.read_bytes() for p in tmp_path.iterdir() if p.is_file())


def _backup_killed_half_way(path: Path, passphrase: str | None) -> None:
    """Take a backup in another process and kill it (``kill -9``) once the partial copy is
    written, before it is renamed into place."""
    script = textwrap.dedent(
        """
        import os, signal, sys
        from duodesk.storage.database import Database

        real_replace = os.replace

        def replace(source, target):
            if str(source).endswith(".partial"):
                os.kill(os.getpid(), signal.SIGKILL)
            real_replace(source, target)

        os.replace = replace
        Database.open(sys.argv[1], passphrase=sys.argv[2] or None).backup("before-purge")
        """
    )
    killed = subprocess.run(
        [sys.executable, "-c", script, str(path), passphrase or ""], timeout=120
    )
    assert killed.returncode == -signal.SIGKILL


def test_a_backup_killed_half_way_leaves_no_plain_copy_beside_a_project_that_gets_a_passphrase(
    tmp_path, example_paths
):
    path = tmp_path / "p.duodesk"
    _project_with_interviews(path, example_paths).close()
    _backup_killed_half_way(path, None)
    partials = list(tmp_path.glob(".p.duodesk.*.backup.partial"))
    assert partials and SECRET.encode() in partials[0].read_bytes()  # what the kill left
    database = Database.open(path)
    database.change_passphrase("the team passphrase")
    database.close()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert all(SECRET.encode() not in p.read_bytes() for p in tmp_path.iterdir() if p.is_file())


def test_a_backup_killed_half_way_is_removed_only_when_no_other_process_has_the_project(
    tmp_path, example_paths
):
    path = tmp_path / "p.duodesk"
    _project_with_interviews(path, example_paths, passphrase="the passphrase!").close()
    # Another window has the project open: its own backup could be the partial file.
    holder = textwrap.dedent(
        """
        import sys
        from duodesk.storage.database import Database

        project = Database.open(sys.argv[1], passphrase=sys.argv[2])
        print("open", flush=True)
        sys.stdin.readline()
        project.close()
        """
    )
    window = subprocess.Popen(
        [sys.executable, "-c", holder, str(path), "the passphrase!"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert window.stdout.readline().strip() == "open"
        _backup_killed_half_way(path, "the passphrase!")
        Database.open(path, passphrase="the passphrase!").close()
        assert list(tmp_path.glob(".p.duodesk.*.backup.partial"))
    finally:
        window.communicate("\n", timeout=120)
    Database.open(path, passphrase="the passphrase!").close()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


# -- backups ------------------------------------------------------------------------------------


def test_backups_follow_the_passphrase(tmp_path, example_paths):
    path = tmp_path / "p.duodesk"
    database = _project_with_interviews(path, example_paths)
    plain_backup = database.backup("before-purge")
    assert SECRET.encode() in plain_backup.read_bytes()

    database.change_passphrase("the team passphrase")
    for file in tmp_path.iterdir():
        if file.is_file():
            assert SECRET.encode() not in file.read_bytes(), file.name
    with pytest.raises(WrongPassphraseError):
        Database.open(plain_backup)

    database.change_passphrase("a later passphrase")
    database.close()
    reopened = Database.open(plain_backup, passphrase="a later passphrase")
    assert _note(reopened) == SECRET
    reopened.close()


def test_a_backup_left_under_an_earlier_passphrase_is_named_by_the_backups_command(
    tmp_path, example_paths
):
    """A change of passphrase stopped before it re-encrypted a backup (kill -9, power cut)
    leaves it readable with the old passphrase, often changed because it got out: the list
    of backups says so, and what to do."""
    path = tmp_path / "p.duodesk"
    database = _project_with_interviews(path, example_paths, passphrase="the old passphrase")
    backup = database.backup("before-purge")
    under_old = backup.read_bytes()
    database.change_passphrase("the new passphrase")
    database.close()
    backup.write_bytes(under_old)  # as the stopped change left it
    listed = duodesk("--db", str(path), "backups", env={"DUODESK_PASSPHRASE": "the new passphrase"})
    assert listed.returncode == 0, listed.stderr
    line = next(line for line in listed.stdout.splitlines() if backup.name in line)
    assert "still locked with an earlier passphrase" in line
    others = [line for line in listed.stdout.splitlines() if backup.name not in line]
    assert all("earlier passphrase" not in line for line in others)


def test_a_backup_of_an_open_project_holds_every_committed_answer(tmp_path, example_paths):
    path = tmp_path / "p.duodesk"
    database = _project_with_interviews(path, example_paths, passphrase="the passphrase!")
    counts = _row_counts(database)
    assert Path(f"{path}-wal").stat().st_size > 0  # recent saves are still in the log
    backup = database.backup("test")
    database.close()
    copy = Database.open(backup, passphrase="the passphrase!")
    assert _row_counts(copy) == counts
    copy.close()


def test_old_backups_of_each_kind_are_rotated(tmp_path, example_paths):
    database = _project_with_interviews(tmp_path / "p.duodesk", example_paths, count=2)
    for _ in range(9):
        database.backup("daily")
        database.backup("before-purge")
    upgrade = database.backup("before-upgrade-from-0001")
    kinds = [p.name.rsplit(".", 2)[-2] for p in database.backups()]
    assert kinds.count("daily") == 7
    assert kinds.count("before-purge") == 5
    assert upgrade in database.backups()
    database.close()


def test_restore_over_a_project_left_with_a_crash_log(tmp_path, example_paths):
    path = tmp_path / "p.duodesk"
    database = _project_with_interviews(path, example_paths, passphrase="the passphrase!")
    before = _row_counts(database)
    backup = database.backup("before-purge")
    database.close()

    # Another process saves more and is killed: its write-ahead log stays beside the file.
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), "the passphrase!", str(tmp_path / "stop")],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout.readline().strip() == "open"
    assert writer.stdout.readline().startswith("saved")
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=60)
    assert Path(f"{path}-wal").exists()

    restored = duodesk(
        "--db", str(path), "restore", str(backup), env={"DUODESK_PASSPHRASE": "the passphrase!"}
    )
    assert restored.returncode == 0, restored.stderr
    assert "before-restore" in restored.stdout
    database = Database.open(path, passphrase="the passphrase!")
    assert _without_trail(_row_counts(database)) == _without_trail(before)
    with database.session() as session:
        assert list_events(session)[-1].action == "backup restored"
    database.close()


def test_restore_replaces_a_damaged_project(tmp_path, example_paths):
    path = tmp_path / "p.duodesk"
    database = _project_with_interviews(path, example_paths)
    before = _row_counts(database)
    backup = database.backup("daily")
    database.close()
    path.write_bytes(b"\x00" * 4096 + path.read_bytes()[4096:])
    assert duodesk("--db", str(path), "list").returncode == 1
    restored = duodesk("--db", str(path), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    database = Database.open(path)
    assert _without_trail(_row_counts(database)) == _without_trail(before)
    database.close()
    assert (tmp_path / "p.duodesk.damaged").exists()


# -- upgrades -----------------------------------------------------------------------------------

BATCH_MIGRATION = textwrap.dedent(
    """
    import sqlalchemy as sa
    from alembic import op

    revision = "9999"
    down_revision = "{head}"
    branch_labels = None
    depends_on = None


    def upgrade() -> None:
        # SQLite cannot add a NOT NULL column in place: the table is copied and replaced
        with op.batch_alter_table("interviews", recreate="always") as batch:
            batch.add_column(sa.Column("checked", sa.Integer(), nullable=False, server_default="0"))
    """
)


@pytest.fixture
def add_future_migration(tmp_path, monkeypatch):
    """Make the project's migrations end with one that rebuilds the interviews table, as a
    later version of DuoDesk might."""

    def add() -> None:
        folder = tmp_path / "migrations"
        shutil.copytree(migrations.migrations_dir(), folder)
        (folder / "versions" / "9999_rebuild_interviews.py").write_text(
            BATCH_MIGRATION.format(head=migrations.head_revision())
        )
        monkeypatch.setattr(migrations, "migrations_dir", lambda: folder)
        # and where the program looks for the newest revision without loading Alembic
        monkeypatch.setattr(schema_version, "VERSIONS", folder / "versions")
        schema_version._graph.cache_clear()

    yield add
    schema_version._graph.cache_clear()  # forget the extra revision after the test


def _without_version(counts: dict[str, int]) -> dict[str, int]:
    return {table: n for table, n in counts.items() if table != "alembic_version"}


def test_an_upgrade_that_rebuilds_a_table_keeps_every_answer(
    tmp_path, example_paths, add_future_migration
):
    old = tmp_path / "old.duodesk"
    project = _project_with_interviews(old, example_paths, count=20)
    before = _row_counts(project)
    project.close()
    assert before["answers"] > 100
    careless = tmp_path / "careless.duodesk"
    shutil.copy(old, careless)

    add_future_migration()
    upgraded = Database.open(old)  # runs the rebuilding migration
    after = _row_counts(upgraded)
    pragmas = sqlite_pragmas(upgraded)
    upgraded.close()
    assert _without_version(after) == _without_version(before)
    assert any(".before-upgrade-from-" in p.name for p in tmp_path.iterdir())
    assert pragmas["foreign_keys"] == "1" and pragmas["secure_delete"] == "1"

    # The same migration run inside an ordinary transaction, foreign keys on, as DuoDesk once
    # ran them: dropping the old table cascades to every answer.
    database = Database(_engine_for(careless), careless, None)
    with database.engine.begin() as connection:
        migrations.upgrade(connection)
    assert _row_counts(database)["answers"] == 0
    database.engine.dispose()


def _engine_for(path: Path):
    from duodesk.storage.database import _sqlite_engine

    return _sqlite_engine(path, None)


@pytest.mark.skipif(os.name != "posix", reason="file permissions are POSIX modes")
def test_backups_and_the_lock_file_are_private(tmp_path, example_paths):
    database = _project_with_interviews(tmp_path / "p.duodesk", example_paths, count=2)
    database.backup("daily")
    database.close()
    for file in tmp_path.iterdir():
        if file.is_file():
            assert file.stat().st_mode & 0o077 == 0, file.name


@pytest.mark.skipif(os.name != "posix", reason="file permissions are POSIX modes")
def test_what_the_laptop_remembers_is_private(laptop_settings_file):
    from duodesk.gui.entry.laptop import INTERVIEWER, remember, remembered

    remember(INTERVIEWER, "Morag")
    assert remembered(INTERVIEWER) == "Morag"
    assert laptop_settings_file.stat().st_mode & 0o077 == 0


def test_a_project_gets_one_backup_a_day_from_the_command_line(tmp_path, example_paths):
    db = str(tmp_path / "p.duodesk")
    form = str(example_paths["training_employment_barriers"])
    assert duodesk("--db", db, "import-form", form).returncode == 0
    assert not list(tmp_path.glob("*.backup"))  # a new project has nothing to keep yet
    for _ in range(2):
        assert duodesk("--db", db, "list").returncode == 0
    daily = list(tmp_path.glob("p.duodesk.*.daily.backup"))
    assert len(daily) == 1
    copy = Database.open(daily[0])
    assert _row_counts(copy)["questionnaires"] == 1
    copy.close()
    listed = duodesk("--db", db, "backups")
    assert listed.returncode == 0 and daily[0].name in listed.stdout


def test_purged_interviews_leave_nothing_in_the_project_file(tmp_path, example_paths):
    from duodesk.core.records import AnswerRecord, AnswerStatus
    from duodesk.gui.entry.operations import purge_deleted
    from duodesk.storage.corrections import correct_answers
    from duodesk.storage.interview_list import delete_interviews

    path = tmp_path / "p.duodesk"
    database = _project_with_interviews(path, example_paths, count=3)
    form = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    text_question = next(q.name for q in form.questions() if q.type.name == "TEXT")
    secret = "Injected with Morag behind the Central Station on Tuesday"
    with database.session() as session:
        first = session.scalar(text("SELECT min(id) FROM interviews"))
        correct_answers(
            session, first, [AnswerRecord(text_question, AnswerStatus.ANSWERED, secret)], "Jo"
        )
    with database.session() as session:
        session.execute(text("DELETE FROM answer_corrections"))  # keep only the answer itself
        delete_interviews(session, [first], by="Jo")
    database._checkpoint()
    assert secret.encode() in path.read_bytes()

    assert purge_deleted(database).removed == 1
    database._checkpoint()
    assert secret.encode() not in path.read_bytes()
    assert secret.encode() not in Path(f"{path}-wal").read_bytes()
    assert any(".before-purge." in p.name for p in database.backups())  # a way back
    database.close()


def test_purging_takes_no_backup_for_an_interviewer_or_with_nothing_deleted(
    tmp_path, example_paths
):
    """Neither an interviewer nor a coordinator pressing Purge again can push the real
    before-purge backup out of the folder."""
    from duodesk.core.roles import Role, SignedIn
    from duodesk.gui.entry.operations import purge_deleted
    from duodesk.storage.access import NotAllowed
    from duodesk.storage.audit import set_signed_in
    from duodesk.storage.interview_list import delete_interviews
    from duodesk.storage.people import add_person

    path = tmp_path / "p.duodesk"
    database = _project_with_interviews(path, example_paths, count=3)
    with database.session() as session:
        add_person(session, "Morag", Role.COORDINATOR, "harbour lights 7")
        set_signed_in(SignedIn("Morag", Role.COORDINATOR))
        add_person(session, "Sam", Role.INTERVIEWER, "4821")
    with database.session() as session:
        first = session.scalar(text("SELECT min(id) FROM interviews"))
        delete_interviews(session, [first], by="Morag")
    assert purge_deleted(database).removed == 1
    kept = sorted(p for p in database.backups() if ".before-purge." in p.name)
    assert len(kept) == 1
    for _ in range(6):  # nothing left to purge: no new backup
        assert purge_deleted(database).removed == 0
    with database.session() as session:
        second = session.scalar(text("SELECT min(id) FROM interviews"))
        delete_interviews(session, [second], by="Morag")
    set_signed_in(SignedIn("Sam", Role.INTERVIEWER))
    for _ in range(6):
        with pytest.raises(NotAllowed):
            purge_deleted(database)
    assert sorted(p for p in database.backups() if ".before-purge." in p.name) == kept
    assert _row_counts(database)["interviews"] == 2  # the deleted one is still there
    database.close()


def test_a_passphrase_file_saved_as_unicode_by_notepad_is_read(tmp_path):
    from duodesk.core.passphrase import read_passphrase_file

    path = tmp_path / "pass.txt"
    path.write_bytes("café au lait 42\r\n".encode("utf-16"))  # with its byte-order mark
    assert read_passphrase_file(path) == "café au lait 42"


def test_plain_backups_left_by_a_killed_change_are_encrypted_at_the_next_open(
    tmp_path, example_paths
):
    """``kill -9`` once the plain project is encrypted, before its backups are: the plain
    backups stayed beside it, and later opens said nothing (``backups`` listed them as if
    they were locked too)."""
    path = tmp_path / "p.duodesk"
    database = _project_with_interviews(path, example_paths, count=3)
    backups = [database.backup("daily"), database.backup("before-purge")]
    database.close()
    changer = textwrap.dedent(
        f"""
        import os, signal
        from duodesk.storage import database as module
        def killed(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGKILL)
        module._rekey_in_place = killed
        opened = module.Database.open({str(path)!r})
        opened.change_passphrase("the new passphrase")
        """
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    killed = subprocess.run([sys.executable, "-c", changer], timeout=120, env=env)
    assert killed.returncode == -signal.SIGKILL
    assert not is_plain_file(path)
    assert all(is_plain_file(backup) for backup in backups)  # what the kill left

    logs = tmp_path / "logs"
    opened_with = {"DUODESK_PASSPHRASE": "the new passphrase", "DUODESK_LOG_DIR": str(logs)}
    listed = duodesk("--db", str(path), "backups", env=opened_with)
    assert listed.returncode == 0, listed.stderr
    assert "not encrypted" not in listed.stdout  # the open finished the job first
    for backup in backups:
        assert not is_plain_file(backup)
        assert SECRET.encode() not in backup.read_bytes()
        Database.open(backup, passphrase="the new passphrase", create=False).close()
    logged = "".join(f.read_text(encoding="utf-8") for f in logs.glob("*"))
    assert logged.count("still plain beside the encrypted project") == 2


def test_spaces_at_either_end_of_a_passphrase_file_are_not_part_of_it(tmp_path):
    """Trailing spaces were dropped but leading ones counted: a file holding
    "  spaced secret phrase" did not open a project locked with "spaced secret phrase"."""
    path = tmp_path / "p.duodesk"
    Database.open(path, passphrase="spaced secret phrase").close()
    for written in ("  spaced secret phrase\n", "\ufeff spaced secret phrase  \r\n"):
        file = tmp_path / "pass.txt"
        file.write_text(written, encoding="utf-8")
        listed = duodesk("--db", str(path), "--passphrase-file", str(file), "list")
        assert listed.returncode == 0, (written, listed.stderr)


def test_a_project_locked_with_leading_spaces_by_an_older_version_still_opens(tmp_path):
    import sqlcipher3.dbapi2 as sqlcipher

    path = tmp_path / "p.duodesk"
    Database.open(path, passphrase="spaced secret phrase").close()
    connection = sqlcipher.connect(str(path), isolation_level=None)
    connection.execute("PRAGMA key = 'spaced secret phrase'")
    connection.execute("PRAGMA journal_mode = DELETE").fetchall()
    connection.execute("PRAGMA rekey = '  spaced secret phrase'")  # as an older one keyed it
    connection.close()
    file = tmp_path / "pass.txt"
    file.write_text("  spaced secret phrase\n", encoding="utf-8")
    listed = duodesk("--db", str(path), "--passphrase-file", str(file), "list")
    assert listed.returncode == 0, listed.stderr
    database = Database.open(path, passphrase="  spaced secret phrase")
    assert database.passphrase_matches("  spaced secret phrase")
    database.close()


def test_a_change_killed_just_after_the_file_is_replaced_is_in_the_trail(tmp_path, example_paths):
    """``kill -9`` once the project is under the new passphrase, before the change is
    recorded: the new file holds the record that the change was asked for."""
    path = tmp_path / "p.duodesk"
    _project_with_interviews(path, example_paths, passphrase="the first passphrase").close()
    # _sync_folder is called just after the new file takes the old's place
    _change_killed_in(path, "_sync_folder", "the second passphrase")
    database = Database.open(path, passphrase="the second passphrase")
    with database.session() as session:
        asked, found = list_events(session)[-2:]
        assert asked.action == "passphrase change asked for"
        assert asked.details == {"change": "new passphrase"}
        # and the next open, which found the file under the new passphrase, says so
        assert found.action == "passphrase changed"
        assert found.details == {"found": "when the project was next opened"}
        assert verify(session).intact
    database.close()


def _change_killed_in(path: Path, function: str, new_passphrase: str | None) -> None:
    """``kill -9`` a process changing the passphrase (from "the first passphrase") when it
    calls ``function`` of the database module, once the project is open."""
    changer = textwrap.dedent(
        f"""
        import os, signal
        from duodesk.storage import database as module
        def killed(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGKILL)
        opened = module.Database.open({str(path)!r}, passphrase="the first passphrase")
        module.{function} = killed
        opened.change_passphrase({new_passphrase!r})
        """
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    killed = subprocess.run([sys.executable, "-c", changer], timeout=120, env=env)
    assert killed.returncode == -signal.SIGKILL


@pytest.mark.parametrize("replaced", [True, False], ids=["after", "before"])
def test_a_removal_killed_around_the_replacing_is_told_truly_at_the_next_open(
    tmp_path, example_paths, replaced
):
    path = tmp_path / "p.duodesk"
    _project_with_interviews(path, example_paths, passphrase="the first passphrase").close()
    _change_killed_in(path, "_sync_folder" if replaced else "_decrypt_in_place", None)
    database = Database.open(path, passphrase=None if replaced else "the first passphrase")
    with database.session() as session:
        asked, found = list_events(session)[-2:]
    database.close()
    assert asked.action == "passphrase change asked for"
    assert found.action == ("passphrase removed" if replaced else "passphrase not changed")


def test_a_change_killed_while_re_encrypting_backups_is_recorded_and_told_truthfully(
    tmp_path, example_paths
):
    """``kill -9`` after the project is under the new passphrase but before its backup: the
    trail must hold the change, and the next change must not say every backup followed."""
    path = tmp_path / "p.duodesk"
    database = _project_with_interviews(path, example_paths, passphrase="the first passphrase")
    backup = database.backup("before-purge")
    database.close()
    _change_killed_in(path, "_rekey_in_place", "the second passphrase")

    database = Database.open(path, passphrase="the second passphrase")
    with database.session() as session:
        assert list_events(session)[-1].action == "passphrase changed"
    database.close()
    Database.open(backup, passphrase="the first passphrase").close()  # left behind

    new = tmp_path / "new.txt"
    new.write_text("the third passphrase\n", encoding="utf-8")
    changed = duodesk(
        "--db",
        str(path),
        "change-passphrase",
        "--new-passphrase-file",
        str(new),
        env={"DUODESK_PASSPHRASE": "the second passphrase"},
    )
    assert changed.returncode == 0, changed.stderr
    assert "its backups are now locked" not in changed.stdout
    assert "not all of its backups" in changed.stdout
    assert backup.name in changed.stderr


def test_a_backup_opened_to_look_into_it_makes_no_backup_the_project_would_count(tmp_path):
    """`--db` on a backup (to look into it) made a backup of the backup, which the project
    then listed as its own and counted in its rotation."""
    path = tmp_path / "p.duodesk"
    database = Database.open(path)
    backup = database.backup("before-purge")
    database.close()
    looked = duodesk("--db", str(backup), "list")
    assert looked.returncode == 0, looked.stderr
    assert sorted(p.name for p in tmp_path.glob("*.backup")) == [backup.name]
    database = Database.open(path)
    assert database.backups() == [backup]
    database.close()
