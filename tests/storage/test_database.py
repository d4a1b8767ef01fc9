"""Opening projects: durability settings, encryption, migrations, the default location."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import StatementError

from duodesk.core.xlsform import read_xlsform
from duodesk.storage.database import (
    Database,
    ProjectError,
    WrongPassphraseError,
    default_project_path,
    sqlite_pragmas,
)
from duodesk.storage.migrations import current_revision, head_revision
from duodesk.storage.questionnaires import list_questionnaires, save_questionnaire

SECRET_ANSWER = "Shared needles at Central Station with Morag"


def test_every_connection_is_durable_and_keeps_temp_data_in_memory(database):
    pragmas = sqlite_pragmas(database)
    assert pragmas["journal_mode"].lower() == "wal"
    assert pragmas["synchronous"] == "2"  # FULL
    assert pragmas["foreign_keys"] == "1"
    assert pragmas["temp_store"] == "2"  # MEMORY
    # and so is a second connection from the pool, opened while the first is busy
    with database.engine.connect() as first, database.engine.connect() as second:
        for connection in (first, second):
            assert connection.execute(text("PRAGMA synchronous")).scalar() == 2
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_new_project_is_at_the_newest_schema(database):
    with database.engine.connect() as connection:
        assert current_revision(connection) == head_revision()


def test_default_project_is_created_in_the_user_data_folder():
    path = default_project_path()
    assert str(path).startswith(os.environ["XDG_DATA_HOME"])
    database = Database.open()
    try:
        assert database.path == path.resolve() and path.exists()
    finally:
        database.close()


def test_a_folder_or_a_foreign_database_is_refused_without_change(tmp_path):
    with pytest.raises(ProjectError, match="folder"):
        Database.open(tmp_path)
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE people (name TEXT)")
    before = foreign.read_bytes()
    with pytest.raises(ProjectError, match="not a DuoDesk project"):
        Database.open(foreign)
    assert foreign.read_bytes() == before


def test_garbage_file_is_refused_with_a_plain_message(tmp_path):
    path = tmp_path / "garbage.duodesk"
    path.write_bytes(os.urandom(8192))
    with pytest.raises(ProjectError) as raised:
        Database.open(path)
    assert "Traceback" not in str(raised.value)


def _store_secret(database: Database, example_paths) -> None:
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    with database.session() as session:
        save_questionnaire(session, questionnaire)
    with database.session() as session:
        session.execute(
            text("INSERT INTO project_settings (key, value) VALUES ('note', :v)"),
            {"v": SECRET_ANSWER},
        )


def _project_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())


@pytest.mark.parametrize(
    "passphrase",
    ["correct horse", 'it\'s "quoted" ; DROP TABLE x; --', "Fünf Äpfel für Żółć 🔐", " spaces "],
)
def test_encrypted_project_reveals_nothing_without_its_passphrase(
    tmp_path, example_paths, passphrase
):
    folder = tmp_path / "project"
    folder.mkdir()
    path = folder / "locked.duodesk"
    database = Database.open(path, passphrase=passphrase)
    _store_secret(database, example_paths)
    # look at every file while the project is open (WAL and shared memory included) and after
    for when in ("open", "closed"):
        content = _project_bytes(folder)
        assert SECRET_ANSWER.encode() not in content, when
        assert b"hepatitis" not in content.lower(), when
        assert b"SQLite format 3" not in content, when
        if when == "open":
            database.close()

    with pytest.raises(WrongPassphraseError, match="not right"):
        Database.open(path, passphrase=passphrase + "x")
    with pytest.raises(WrongPassphraseError, match="locked with a passphrase"):
        Database.open(path)
    reopened = Database.open(path, passphrase=passphrase)
    with reopened.session() as session:
        assert [q.form_id for q in list_questionnaires(session)] == ["hepc_peer_survey"]
    reopened.close()


@pytest.mark.skipif(os.name != "posix", reason="file permissions are POSIX modes")
def test_only_the_owner_can_read_the_project_files(tmp_path, example_paths):
    path = tmp_path / "private" / "p.duodesk"
    database = Database.open(path, passphrase="a secret")
    _store_secret(database, example_paths)
    backup = database.backup("test")
    database.change_passphrase("another secret")
    with database.session() as session:
        list_questionnaires(session)  # the re-keyed file in use, with its write-ahead log
    files = [p for p in path.parent.iterdir() if p.is_file()]
    assert {p.name for p in files} >= {"p.duodesk", "p.duodesk-wal", backup.name}
    for file in files:
        assert file.stat().st_mode & 0o077 == 0, f"{file.name} can be read by others"
    assert path.parent.stat().st_mode & 0o077 == 0
    database.close()


@pytest.mark.slow
def test_changing_the_passphrase_re_keys_the_file(tmp_path, example_paths):
    path = tmp_path / "p.duodesk"
    database = Database.open(path, passphrase="old one")
    _store_secret(database, example_paths)
    database.change_passphrase("the new one")
    database.close()
    with pytest.raises(WrongPassphraseError):
        Database.open(path, passphrase="old one")
    reopened = Database.open(path, passphrase="the new one")
    with reopened.session() as session:
        assert len(list_questionnaires(session)) == 1
    # and removing the passphrase gives a plain SQLite file again
    reopened.change_passphrase(None)
    reopened.close()
    assert path.read_bytes().startswith(b"SQLite format 3")
    Database.open(path).close()


def test_an_unencrypted_project_can_be_locked(tmp_path, example_paths):
    path = tmp_path / "p.duodesk"
    database = Database.open(path)
    _store_secret(database, example_paths)
    assert SECRET_ANSWER.encode() in _project_bytes(tmp_path)
    database.change_passphrase("now locked")
    database.close()
    assert SECRET_ANSWER.encode() not in _project_bytes(tmp_path)
    with pytest.raises(WrongPassphraseError):
        Database.open(path)


def test_project_from_a_newer_duodesk_is_refused_without_change(tmp_path):
    path = tmp_path / "newer.duodesk"
    Database.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="newer version of DuoDesk"):
        Database.open(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.backup"))


def test_the_schema_revisions_read_without_alembic_agree_with_alembic():
    from duodesk.storage import migrations, schema_version

    assert schema_version.head_revision() == migrations.head_revision()
    assert schema_version.known_revisions() == migrations.known_revisions()


def test_opening_a_current_project_does_not_load_alembic(project_path):
    import subprocess
    import sys

    Database.open(project_path).close()
    script = (
        "import sys; from duodesk.storage.database import Database; "
        f"Database.open({str(project_path)!r}).close(); "
        "print('alembic' in sys.modules)"
    )
    here = str(Path(__file__).resolve().parents[2])  # this checkout's duodesk, first
    environment = {**os.environ, "PYTHONPATH": here}
    opened = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=environment
    )
    assert opened.stdout.strip() == "False"


def test_a_failed_statement_never_carries_the_values_it_was_writing(tmp_path):
    # Errors reach logs and the failure report; the answers and names being written must not.
    database = Database.open(tmp_path / "p.duodesk")
    try:
        with pytest.raises(StatementError) as raised, database.session() as session:
            session.execute(
                text("INSERT INTO no_such_table (x) VALUES (:secret)"),
                {"secret": "Participant AB12 uses heroin"},
            )
    finally:
        database.close()
    assert "AB12" not in str(raised.value)
    assert "parameters hidden" in str(raised.value)
