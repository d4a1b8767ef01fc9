"""Opening a project database: SQLite (SQLCipher when it has a passphrase) or PostgreSQL.

One project is one database. A local project is a single SQLite file; every connection to it is
set up for durability (WAL, ``synchronous=FULL``) so that a saved interview survives a crash or a
power cut, and keeps temporary tables in memory so that no answer is ever written to disk
unencrypted. A project with a passphrase is a SQLCipher file: without the passphrase nothing in
it, its WAL or its journal can be read.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import platformdirs
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

APP_NAME = "DuoDesk"
DEFAULT_FILE_NAME = "project.duodesk"

SQLITE_PRAGMAS = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("temp_store", "MEMORY"),
    ("busy_timeout", "10000"),
)


class ProjectError(Exception):
    """A project that cannot be opened; ``str()`` is a sentence for the person at the keyboard."""


class WrongPassphraseError(ProjectError):
    pass


def default_project_path() -> Path:
    """The local project used when no other is named: a file in the user's data folder."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILE_NAME


def quote_sql_string(value: str) -> str:
    """``value`` as an SQL string literal: quotes doubled, so any passphrase is taken whole."""
    return "'" + value.replace("'", "''") + "'"


def _check_passphrase(passphrase: str | None) -> None:
    if passphrase is not None and ("\x00" in passphrase or passphrase == ""):
        raise ProjectError("A passphrase cannot be empty or contain a NUL character.")


def _connect_sqlite(
    path: Path, passphrase: str | None, *, configure: bool = True
) -> sqlcipher.Connection:
    """A DB-API connection to the project file, unlocked and (``configure``) set up.

    The key must be the first statement on a SQLCipher connection, before SQLAlchemy's dialect
    runs anything, which is why this is a ``creator`` and not a connect event. Without
    ``configure`` nothing is written to the file (WAL mode is stored in it), which is how a
    file is looked at before it is known to be a DuoDesk project.
    """
    connection = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        if passphrase is not None:
            connection.execute(f"PRAGMA key = {quote_sql_string(passphrase)}")
        # Reading the schema is what fails when the key is wrong (or missing).
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for name, value in SQLITE_PRAGMAS if configure else ():
            connection.execute(f"PRAGMA {name} = {value}").fetchall()
    except sqlcipher.DatabaseError as error:
        connection.close()
        if "not a database" in str(error) or "encrypted" in str(error):
            if passphrase is None:
                raise WrongPassphraseError(
                    f"{path.name} is locked with a passphrase. Enter the project's passphrase."
                ) from None
            raise WrongPassphraseError(
                f"The passphrase for {path.name} is not right, or the file is not a DuoDesk "
                "project. Check the passphrase (capital letters count) and try again."
            ) from None
        raise ProjectError(f"{path.name} cannot be opened: {error}") from None
    return connection


def _sqlite_engine(path: Path, passphrase: str | None) -> Engine:
    # The URL says "sqlite://" only to pick the dialect: the creator opens the file. Name the
    # pool, or SQLAlchemy would take the URL for an in-memory database and share one connection
    # between everything on a thread.
    engine = create_engine(
        "sqlite://",
        creator=lambda: _connect_sqlite(path, passphrase),
        module=sqlcipher,
        poolclass=QueuePool,
    )
    # The connection is in autocommit mode (isolation_level=None) and SQLAlchemy emits BEGIN
    # itself: the DB-API's own implicit transactions do not cover DDL or SAVEPOINTs.
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def _create_private_file(path: Path) -> None:
    """An empty file only its owner can read or write (on systems with such permissions).

    SQLite gives its write-ahead log and journal the permissions of the database file, so
    other accounts on a shared laptop cannot read any of them, encrypted or not.
    """
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _check_sqlite_file(path: Path, passphrase: str | None) -> None:
    """Refuse, with a plain message and without writing to it, a file that cannot be opened
    with this passphrase, is another program's database, or was made by a newer DuoDesk."""
    if not path.exists():
        return
    connection = _connect_sqlite(path, passphrase, configure=False)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        revision = None
        if "alembic_version" in tables:
            found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = found[0] if found else None
    except sqlcipher.DatabaseError as error:
        raise ProjectError(f"{path.name} cannot be opened: {error}") from None
    finally:
        connection.close()
    _refuse_foreign_or_newer(str(path), revision, bool(tables))


def _refuse_foreign_or_newer(where: str, revision: str | None, has_tables: bool) -> None:
    from duodesk.storage.migrations import known_revisions

    if revision is not None and revision not in known_revisions():
        raise ProjectError(
            f"{where} was made by a newer version of DuoDesk. Install the newer version to "
            "open it; nothing was changed."
        )
    if revision is None and has_tables:
        raise ProjectError(
            f"{where} is a database, but not a DuoDesk project; nothing was changed."
        )


class Database:
    """An open project: an engine and a session factory.

    Sessions are short-lived and owned by the caller (one per user action); never share one
    between threads.
    """

    def __init__(self, engine: Engine, path: Path | None, passphrase: str | None) -> None:
        self.engine = engine
        self.path = path
        self._passphrase = passphrase
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        location: str | Path | None = None,
        *,
        passphrase: str | None = None,
        create: bool = True,
    ) -> Database:
        """Open (and, when ``create``, make) the project at ``location``.

        ``location`` is a file path, a ``postgresql://`` URL, or None for the default local
        project. The schema is brought up to date, with a backup copy of the file taken first
        when an existing SQLite project needs changing. Raises :class:`ProjectError` with a
        plain message when the project cannot be opened.
        """
        _check_passphrase(passphrase)
        if isinstance(location, str) and "://" in location:
            if not location.startswith(("postgresql", "sqlite")):
                raise ProjectError(f"DuoDesk cannot open a database at {location!r}.")
            try:
                engine = create_engine(location, pool_pre_ping=True)
            except ImportError as error:  # e.g. the bundled program, which has no driver
                raise ProjectError(
                    f"This copy of DuoDesk cannot open a database on a server: its driver "
                    f"({error.name}) is not installed. Install DuoDesk with its postgresql "
                    "extra to use one."
                ) from None
            database = cls(engine, None, None)
        else:
            path = Path(location) if location is not None else default_project_path()
            path = path.expanduser().resolve()
            if not path.exists():
                if not create:
                    raise ProjectError(f"There is no DuoDesk project at {path}.")
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                _create_private_file(path)
            elif path.is_dir():
                raise ProjectError(f"{path} is a folder, not a DuoDesk project file.")
            _check_sqlite_file(path, passphrase)  # before anything is written to it
            database = cls(_sqlite_engine(path, passphrase), path, passphrase)
        database._migrate()
        return database

    def _migrate(self) -> None:
        from duodesk.storage.migrations import current_revision, head_revision, upgrade

        with self.engine.connect() as connection:
            existing = current_revision(connection)
            has_tables = bool(inspect(connection).get_table_names())
        if existing == head_revision():
            return
        _refuse_foreign_or_newer(self.describe(), existing, has_tables)
        if existing is not None and self.path is not None:
            self.backup(f"before-upgrade-from-{existing}")
        with self.engine.begin() as connection:
            upgrade(connection)

    # -- use -----------------------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one unit of work: committed when the block ends, rolled back on error."""
        with self._sessions.begin() as session:
            yield session

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def is_encrypted(self) -> bool:
        return self._passphrase is not None

    def describe(self) -> str:
        return str(self.path) if self.path is not None else self.engine.url.render_as_string()

    def close(self) -> None:
        if self.is_sqlite:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()

    def backup(self, reason: str) -> Path:
        """Copy the project file beside itself (same key, if any) and return the copy's path."""
        if self.path is None:
            raise ProjectError("Backups of a shared server database are made on the server.")
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.{stamp}.{reason}.backup")
        shutil.copy2(self.path, target)
        return target

    def change_passphrase(self, new_passphrase: str | None) -> None:
        """Re-encrypt the project with ``new_passphrase`` (None removes the encryption).

        The data are exported into a new file under the new key, which then replaces the old
        one; the old file is never left half re-keyed.
        """
        _check_passphrase(new_passphrase)
        if self.path is None:
            raise ProjectError("A shared server database is protected by the server.")
        self.engine.dispose()
        path = self.path
        fresh = path.with_name(f".{path.name}.rekey")
        fresh.unlink(missing_ok=True)
        _create_private_file(fresh)
        connection = _connect_sqlite(path, self._passphrase)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            key = quote_sql_string(new_passphrase or "")
            connection.execute(f"ATTACH DATABASE {quote_sql_string(str(fresh))} AS fresh KEY {key}")
            connection.execute("SELECT sqlcipher_export('fresh')")
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            connection.execute(f"PRAGMA fresh.user_version = {int(version)}")
            connection.execute("DETACH DATABASE fresh")
        finally:
            connection.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(fresh, path)
        self._passphrase = new_passphrase
        self.engine = _sqlite_engine(path, new_passphrase)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)


def sqlite_pragmas(database: Database) -> dict[str, str]:
    """The connection settings in force, as SQLite reports them (for tests and diagnostics)."""
    with database.engine.connect() as connection:
        return {
            name: str(connection.execute(text(f"PRAGMA {name}")).scalar())
            for name, _ in SQLITE_PRAGMAS
        }


__all__ = [
    "Database",
    "ProjectError",
    "WrongPassphraseError",
    "default_project_path",
]
