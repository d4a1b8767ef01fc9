"""A new local project is made from the stored schema, and is the project the migrations make."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from duodesk.storage import new_schema
from duodesk.storage.audit import record_event
from duodesk.storage.database import Database
from duodesk.storage.schema_version import head_revision


def _objects(path, passphrase: str | None = None) -> list[tuple[str, str, str]]:
    if passphrase is None:
        connection = sqlite3.connect(path)
    else:
        connection = sqlcipher.connect(str(path))
        connection.execute("PRAGMA key = " + "'" + passphrase.replace("'", "''") + "'")
    try:
        return new_schema.schema_objects(connection) + [
            ("version", row[0], "")
            for row in connection.execute("SELECT version_num FROM alembic_version")
        ]
    finally:
        connection.close()


def test_the_stored_schema_is_dumped_at_the_newest_migration():
    assert new_schema.current_schema() is not None, (
        "migrations/new_project.sql is older than the newest migration: "
        "run python -m duodesk.storage.new_schema"
    )


@pytest.mark.parametrize("passphrase", [None, "a passphrase for the schema test"])
def test_a_project_made_from_the_stored_schema_is_the_one_the_migrations_make(
    tmp_path, monkeypatch, passphrase
):
    made_in_one_step = tmp_path / "one-step.duodesk"
    Database.open(made_in_one_step, passphrase=passphrase).close()

    monkeypatch.setattr(new_schema, "SCHEMA_FILE", tmp_path / "no-such-file.sql")
    migrated = tmp_path / "migrated.duodesk"
    Database.open(migrated, passphrase=passphrase).close()

    one_step = _objects(made_in_one_step, passphrase)
    assert one_step == _objects(migrated, passphrase)
    assert ("version", head_revision(), "") in one_step
    assert any(kind == "trigger" for kind, _, _ in one_step)  # the audit trail's guards too


def test_a_stored_schema_older_than_the_migrations_is_not_used(tmp_path, monkeypatch):
    stale = tmp_path / "stale.sql"
    stale.write_text("-- revision: 0001\nCREATE TABLE alembic_version (version_num TEXT);\n")
    monkeypatch.setattr(new_schema, "SCHEMA_FILE", stale)
    path = tmp_path / "project.duodesk"
    Database.open(path).close()
    names = {name for kind, name, _ in _objects(path) if kind == "table"}
    assert {"interviews", "answers", "audit_log"} <= names


def test_a_new_project_made_from_the_stored_schema_keeps_its_audit_trail_append_only(
    tmp_path,
):
    path = tmp_path / "project.duodesk"
    database = Database.open(path)
    with database.session() as session:
        record_event(session, "exported", details={"file": "out.csv"})
    database.close()
    connection = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            connection.execute("DELETE FROM audit_log")
    finally:
        connection.close()


def test_a_new_project_is_made_without_loading_the_migrations(tmp_path):
    """What makes a first start quick on an old laptop: no Alembic, no migration replayed;
    and no Python sqlite3, which the bundled program leaves out (it has sqlcipher3 only)."""
    script = (
        "import sys; from duodesk.storage.database import Database; "
        f"Database.open({str(tmp_path / 'new.duodesk')!r}).close(); "
        "print('alembic' in sys.modules or 'sqlite3' in sys.modules)"
    )
    found = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == "False"
