"""Opening a project database: SQLite (SQLCipher when it has a passphrase) or PostgreSQL.

One project is one database. A local project is a single SQLite file; every connection to it is
set up for durability (WAL, ``synchronous=FULL``) so that a saved interview survives a crash or a
power cut, and keeps temporary tables in memory so that no answer is ever written to disk
unencrypted. A project with a passphrase is a SQLCipher file: without the passphrase nothing in
it, its WAL or its journal can be read.
"""

from __future__ import annotations

import contextlib
import logging
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

log = logging.getLogger("duodesk.project")

APP_NAME = "DuoDesk"
DEFAULT_FILE_NAME = "project.duodesk"

SQLITE_PRAGMAS = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("temp_store", "MEMORY"),
    ("busy_timeout", "10000"),
)


def _busy_timeout_ms(default: str) -> int:
    """How long a write waits for another connection's write (``DUODESK_BUSY_TIMEOUT_MS``,
    else 10 s) before it fails with "database is locked" (see :func:`is_busy`)."""
    try:
        return max(0, int(os.environ.get("DUODESK_BUSY_TIMEOUT_MS", default)))
    except ValueError:
        return int(default)


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
            if name == "busy_timeout":
                value = str(_busy_timeout_ms(value))
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
    event.listen(engine, "begin", _begin)
    return engine


WRITES = "duodesk_writes"  # execution option of the connections of write sessions


def _begin(connection) -> None:
    """Start a transaction: ``BEGIN IMMEDIATE`` for a write session, a plain ``BEGIN`` else.

    A plain ``BEGIN`` takes the write lock only at the first write; when two connections have
    both read and then both want to write, SQLite fails one of them at once ("database is
    locked") and the busy timeout cannot help, because waiting could deadlock. ``BEGIN
    IMMEDIATE`` takes the write lock first, so a second writer waits (up to the busy timeout)
    for the first to finish instead. Reads take no lock: in WAL mode they see the last commit
    and never delay a writer.
    """
    writes = connection.get_execution_options().get(WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


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
    from duodesk.storage.schema_version import known_revisions

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
        self._make_session_factories()

    def _make_session_factories(self) -> None:
        self._sessions = sessionmaker(
            self.engine.execution_options(**{WRITES: True}), expire_on_commit=False
        )
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)

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
        from duodesk.storage.schema_version import head_revision

        with self.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            existing = None
            if "alembic_version" in tables:
                existing = connection.exec_driver_sql(
                    "SELECT version_num FROM alembic_version"
                ).scalar()
        has_tables = bool(tables)
        if existing == head_revision():
            return  # the usual case: no Alembic to load
        from duodesk.storage.migrations import upgrade

        _refuse_foreign_or_newer(self.describe(), existing, has_tables)
        if existing is not None and self.path is not None:
            backup = self.backup(f"before-upgrade-from-{existing}")
            log.info("Backed up %s to %s before upgrading it", self.describe(), backup)
        log.info("Upgrading %s from schema %s to %s", self.describe(), existing, head_revision())
        with self.engine.begin() as connection:
            upgrade(connection)
        log.info("Upgraded %s to schema %s", self.describe(), head_revision())

    # -- use -----------------------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one unit of work that writes: committed when the block ends, rolled
        back on error.

        On SQLite it holds the project's write lock from its first statement (``BEGIN
        IMMEDIATE``), so keep it short; another writer waits for it up to the busy timeout and
        then gets ``OperationalError`` ("database is locked", see :func:`is_busy`).
        """
        with self._sessions.begin() as session:
            yield session

    @contextlib.contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session that only reads (summaries, exports, lists): it takes no write lock, so a
        long read never delays saving an answer. It sees the project as of its first read."""
        with self._read_sessions() as session:  # closing it rolls back: nothing to keep
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
            self._checkpoint()
        self.engine.dispose()

    def _checkpoint(self) -> None:
        """Copy the write-ahead log into the file and empty it. Outside a write transaction:
        a checkpoint inside one finds the database locked by itself."""
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def backup(self, reason: str) -> Path:
        """Copy the project file beside itself (same key, if any) and return the copy's path."""
        if self.path is None:
            raise ProjectError("Backups of a shared server database are made on the server.")
        self._checkpoint()
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
        self._make_session_factories()


def is_busy(error: BaseException) -> bool:
    """Whether ``error`` means another connection (perhaps another program) held the project's
    write lock for longer than the busy timeout: the work can be tried again later."""
    from sqlalchemy.exc import OperationalError

    if not isinstance(error, OperationalError | sqlcipher.OperationalError):
        return False
    message = str(error).lower()
    return "database is locked" in message or "database is busy" in message


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
    "is_busy",
]
