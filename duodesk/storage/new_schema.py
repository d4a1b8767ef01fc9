"""A new local project made in one step from the schema its migrations build.

Running every migration to make an empty file loads Alembic and replays each change (about a
second on an old laptop, more in a program that has just started). Instead, the schema the
migrations end with is kept as SQL in ``migrations/new_project.sql``, stamped with the revision
it was dumped at, and a new SQLite project is made by running it in one transaction — the way
Rails loads ``schema.rb`` rather than replaying its migrations. The file is used only while its
revision is the newest one, so a migration added without dumping the file again costs speed,
never correctness; a test checks that a project made either way has the same schema.

Regenerate after adding a migration: ``python -m duodesk.storage.new_schema``.
Server databases are always made by the migrations.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

# The driver's own SQLite parser: the bundled program has no Python sqlite3 (projects are
# opened with sqlcipher3 only).
from sqlcipher3 import dbapi2 as driver

from duodesk.storage.schema_version import VERSIONS, head_revision

if TYPE_CHECKING:
    import sqlite3

SCHEMA_FILE = VERSIONS.parent / "new_project.sql"
_STAMP = "-- revision: "


def schema_objects(connection: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(type, name, SQL) of every table, index, trigger and view, in the order made."""
    return connection.execute(
        "SELECT type, name, sql FROM sqlite_master "
        "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    ).fetchall()


def dump(connection: sqlite3.Connection) -> str:
    """The SQL that makes ``connection``'s schema and its Alembic revision again."""
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    statements = [sql.rstrip(";") + ";" for _, _, sql in schema_objects(connection)]
    statements.append(f"INSERT INTO alembic_version (version_num) VALUES ('{revision}');")
    return f"{_STAMP}{revision}\n" + "\n".join(statements) + "\n"


def current_schema() -> str | None:
    """The stored schema, or None when it is missing or older than the newest migration."""
    try:
        text = SCHEMA_FILE.read_text(encoding="utf-8")
    except OSError:
        return None
    first, _, rest = text.partition("\n")
    if first != f"{_STAMP}{head_revision()}":
        return None
    return rest


def make(raw: sqlite3.Connection) -> bool:
    """Make the schema in the empty project behind ``raw`` (a driver connection in autocommit
    mode), all or nothing. False when the stored schema cannot be used (then migrate)."""
    schema = current_schema()
    if schema is None:
        return False
    raw.execute("BEGIN IMMEDIATE")
    try:
        for statement in _statements(schema):
            raw.execute(statement)
    except BaseException:
        raw.execute("ROLLBACK")
        raise
    raw.execute("COMMIT")
    return True


def _statements(schema: str) -> list[str]:
    """The schema's statements one by one (a trigger's body holds semicolons of its own)."""
    statements, pending = [], ""
    for line in schema.splitlines(keepends=True):
        pending += line
        if driver.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError("new_project.sql ends inside a statement")
    return statements


def write() -> Path:
    """Dump the schema of a project made by the migrations into :data:`SCHEMA_FILE`."""
    from duodesk.storage.database import Database

    SCHEMA_FILE.unlink(missing_ok=True)  # so that the migrations make the project dumped
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "new.duodesk"
        Database.open(path, create=True).close()
        connection = driver.connect(str(path))
        try:
            SCHEMA_FILE.write_text(dump(connection), encoding="utf-8")
        finally:
            connection.close()
    return SCHEMA_FILE


if __name__ == "__main__":
    sys.stdout.write(f"Wrote {write()}\n")
