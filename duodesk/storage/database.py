"""Opening a project database: SQLite (SQLCipher when it has a passphrase) or PostgreSQL.

One project is one database. A local project is a single SQLite file; every connection to it is
set up for durability (WAL, ``synchronous=FULL``) so that a saved interview survives a crash or a
power cut, and keeps temporary tables in memory so that no answer is ever written to disk
unencrypted. A project with a passphrase is a SQLCipher file: without the passphrase nothing in
it, its WAL or its journal can be read.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
import re
import threading
import weakref
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

import platformdirs
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from duodesk.core.passphrase import earlier_forms, normalise, problem_with_new
from duodesk.i18n import translate
from duodesk.storage.project_lock import ProjectBusyError, ProjectLock

log = logging.getLogger("duodesk.project")

APP_NAME = "DuoDesk"
DEFAULT_FILE_NAME = "project.duodesk"

SQLITE_PRAGMAS = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("temp_store", "MEMORY"),
    ("busy_timeout", "10000"),
    # A purged interview is overwritten with zeros, not merely marked free in the file.
    ("secure_delete", "ON"),
)

# How many backups of each kind are kept (the oldest beyond that are removed).
BACKUPS_KEPT = {"daily": 7}
BACKUPS_KEPT_OTHERWISE = 5

_SQLITE_MAGIC = b"SQLite format 3\x00"


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


class DamagedProjectError(ProjectError):
    pass


class ReadsStoppedError(ProjectError):
    """A read stopped because the window is closing (see :meth:`Database.stop_reads`)."""


class PasswordNeededError(ProjectError):
    """A server project whose user needs a password that was not given (or was not right:
    :class:`WrongPasswordError`); ``user`` and ``host`` say whose and where, for a prompt."""

    def __init__(self, message: str, *, user: str = "", host: str = "") -> None:
        super().__init__(message)
        self.user, self.host = user, host


class WrongPasswordError(PasswordNeededError):
    """The server refused the user name or password given."""


class ServerUnreachableError(ProjectError):
    """The server does not answer (stopped, unknown, or this laptop is off its network)."""


# How long a server may take to answer before the person is told (seconds / milliseconds).
SERVER_CONNECT_TIMEOUT = 10
SERVER_STATEMENT_TIMEOUT_MS = 300_000  # a full summary of a very large project fits
SERVER_LOCK_TIMEOUT_MS = 30_000
_SCHEMA_LOCK = 4242000  # the advisory lock held while a server database gets its tables


def default_project_path() -> Path:
    """The local project used when no other is named: a file in the user's data folder."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILE_NAME


def quote_sql_string(value: str) -> str:
    """``value`` as an SQL string literal: quotes doubled, so any passphrase is taken whole."""
    return "'" + value.replace("'", "''") + "'"


def _check_passphrase(passphrase: str | None) -> None:
    if passphrase is not None and ("\x00" in passphrase or passphrase == ""):
        raise ProjectError(
            translate("Storage", "A passphrase cannot be empty or contain a NUL character.")
        )


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
    # A damaged byte inside stored text would otherwise fail the whole read with an error that
    # quotes the text (an answer) on its way to the log; it reads as a replacement mark instead.
    connection.text_factory = _text
    try:
        # SQLCipher would otherwise print its own errors (a failed page check) on stderr.
        connection.execute("PRAGMA cipher_log_level = NONE").fetchall()
        if passphrase is not None:
            connection.execute(f"PRAGMA key = {quote_sql_string(passphrase)}")
        # Reading the schema is what fails when the key is wrong (or missing).
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for name, value in SQLITE_PRAGMAS if configure else ():
            if name == "busy_timeout":
                value = str(_busy_timeout_ms(value))
            connection.execute(f"PRAGMA {name} = {value}").fetchall()
        connection.create_function(EXACT_ORDER, 2, exact_order, deterministic=True)
        encrypted = int(passphrase is not None)
        connection.create_function(ENCRYPTED, 0, lambda: encrypted, deterministic=True)
    except sqlcipher.DatabaseError as error:
        problem = _why_it_does_not_open(connection, path, passphrase, error)
        connection.close()
        raise problem from None
    except UnicodeDecodeError:  # a damaged byte in the schema's text
        connection.close()
        raise _damaged(path) from None
    return connection


def _text(value: bytes) -> str:
    """Stored text as a string; bytes that are not UTF-8 (a damaged file) become U+FFFD."""
    return value.decode("utf-8", errors="replace")


EXACT_ORDER = "duodesk_exact_order"  # SQL name of exact_order on SQLite connections
# SQL function that says whether the connection's file is encrypted. The connection is asked,
# never the file: opening and closing the project file in this process, even only to read
# its header, would drop every lock SQLite holds on it here (POSIX locks belong to the
# process), and another program could then checkpoint and delete the shared memory file that
# this process's connections still use.
ENCRYPTED = "duodesk_encrypted"


def exact_order(stored: object, value: object) -> int | None:
    """-1, 0 or 1 as the number written ``stored`` is below, equal to or above the number
    written ``value``, compared exactly as decimals (SQLite has no exact decimal type; a
    double cannot tell 1.2345678901234567 from 1.234567890123456789); None for text that
    is not a number."""
    try:
        order = Decimal(str(stored)).compare(Decimal(str(value)))
    except InvalidOperation:
        return None
    return None if order.is_nan() else int(order)


def _why_it_does_not_open(
    connection: sqlcipher.Connection, path: Path, passphrase: str | None, error: Exception
) -> ProjectError:
    """Tell a wrong (or missing) passphrase apart from a damaged file.

    A plain SQLite file keeps a recognisable header; an encrypted one is noise from its first
    byte. With the right key only the damaged pages of an encrypted file fail their check, with
    a wrong key every page does.
    """
    if "not a database" not in str(error) and "encrypted" not in str(error):
        return _damaged(path)
    if _looks_plain(path):
        if passphrase is None:
            return _damaged(path)
        return WrongPassphraseError(
            translate(
                "Storage", "{name} is not locked with a passphrase: open it without one."
            ).format(name=path.name)
        )
    if passphrase is None:
        return WrongPassphraseError(
            translate(
                "Storage", "{name} is locked with a passphrase. Enter the project's passphrase."
            ).format(name=path.name)
        )
    try:
        # Measured before and after: another program saving meanwhile grows the file, and
        # pages added after the check would make a wrong passphrase look like damage.
        before = path.stat().st_size
        failures = connection.execute("PRAGMA cipher_integrity_check").fetchall()
        pages = min(before, path.stat().st_size) // 4096
    except sqlcipher.DatabaseError:
        failures, pages = [], 0
    if failures and pages > 1 and len(failures) < pages:
        return _damaged(path)
    if _salt_changed(path):
        # Every page fails with a wrong key, and with a damaged salt (the file's first 16
        # bytes, from which the key is made) too: only what this laptop last opened there
        # tells the two apart.
        return DamagedProjectError(
            translate(
                "Storage",
                "The first bytes of {name} are not those of the project this laptop last "
                "opened there: the file is damaged, or another project was copied over it. "
                "If it is another project, type that project's passphrase; otherwise restore "
                "a backup: duodesk restore BACKUP (the backups are the files {name}.*.backup "
                "beside it).",
            ).format(name=path.name)
        )
    return WrongPassphraseError(
        translate(
            "Storage",
            "The passphrase for {name} is not right, or the file is not a DuoDesk "
            "project. Check the passphrase (capital letters count) and try again.",
        ).format(name=path.name)
    )


def is_plain_file(path: Path) -> bool:
    """True for a file that starts as an unencrypted SQLite database does."""
    try:
        with path.open("rb") as file:
            return file.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False


def _looks_plain(path: Path) -> bool:
    """True for a plain SQLite file, even when its first bytes were damaged: the rest of its
    100-byte header (page size, format numbers, payload fractions) has fixed values that an
    encrypted file matches by chance about once in a trillion."""
    with path.open("rb") as file:
        header = file.read(100)
    if len(header) < 100:
        return False
    if header.startswith(_SQLITE_MAGIC):
        return True
    page_size = int.from_bytes(header[16:18], "big")
    return (
        (page_size == 1 or (512 <= page_size <= 32768 and page_size & (page_size - 1) == 0))
        and header[18] in (1, 2)
        and header[19] in (1, 2)
        and header[21:24] == bytes((64, 32, 32))
    )


SALTS_SERVICE = "DuoDesk project salts"
SALTS_FOLDER = "project-salts"


def _salt_place(path: Path) -> str:
    """The name under which this laptop remembers the salt of the encrypted project at
    ``path`` (not a secret: it is the file's first 16 bytes)."""
    return "salt-" + hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:32]


def _salt_changed(path: Path) -> bool:
    """Whether the encrypted file at ``path`` begins with another salt than the one it had
    when this laptop last opened it (False when it never opened it)."""
    from duodesk.storage import code_keys

    remembered = code_keys.get_secret(SALTS_SERVICE, SALTS_FOLDER, _salt_place(path))
    if not remembered:
        return False
    try:
        with path.open("rb") as file:
            return file.read(16).hex() != remembered
    except OSError:
        return False


def _damaged(path: Path) -> DamagedProjectError:
    if not any(path.parent.glob(f"{glob_escape(path.name)}.*.backup")):
        return DamagedProjectError(
            translate(
                "Storage",
                "{name} is damaged (its contents fail SQLite's checks), so DuoDesk will not "
                "use it; nothing was changed. There is no backup of it beside it (files named "
                "{name}.*.backup): look for a copy elsewhere, such as a memory stick or another "
                "laptop of the team.",
            ).format(name=path.name)
        )
    return DamagedProjectError(
        translate(
            "Storage",
            "{name} is damaged (its contents fail SQLite's checks), so DuoDesk will not use "
            "it; nothing was changed. Restore a backup: duodesk restore BACKUP (the backups are "
            "the files {name}.*.backup beside it).",
        ).format(name=path.name)
    )


def _sqlite_engine(path: Path, passphrase: str | None) -> Engine:
    # The URL says "sqlite://" only to pick the dialect: the creator opens the file. Name the
    # pool, or SQLAlchemy would take the URL for an in-memory database and share one connection
    # between everything on a thread.
    engine = create_engine(
        "sqlite://",
        creator=lambda: _connect_sqlite(path, passphrase),
        module=sqlcipher,
        poolclass=QueuePool,
        # As on a server: an error (which may reach a log or a report) never carries the
        # answers, names or participant-code digests being written.
        hide_parameters=True,
    )
    # The connection is in autocommit mode (isolation_level=None) and SQLAlchemy emits BEGIN
    # itself: the DB-API's own implicit transactions do not cover DDL or SAVEPOINTs.
    event.listen(engine, "begin", _begin)
    return engine


WRITES = "duodesk_writes"  # execution option of the connections of write sessions
READS = "duodesk_reads"  # and of read sessions (stopped when the window closes)


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
        # A damaged file must not be written to: a write can spread the damage, and a read
        # can give a different summary without any error. An encrypted file's pages each
        # carry a keyed checksum, so reading every page (quick_check) finds any changed byte;
        # a plain file has none, and the full check also compares every index with its table
        # (an answer changed in one but not the other), which costs more and finds far more.
        check = "quick_check" if passphrase is not None else "integrity_check"
        verdict = connection.execute(f"PRAGMA {check}").fetchall()
    except (sqlcipher.DatabaseError, UnicodeDecodeError):
        raise _damaged(path) from None
    finally:
        connection.close()
    if verdict != [("ok",)]:
        raise _damaged(path)
    _refuse_foreign_or_newer(str(path), revision, bool(tables))


def _refuse_foreign_or_newer(where: str, revision: str | None, has_tables: bool) -> None:
    from duodesk.storage.schema_version import known_revisions

    if revision is not None and revision not in known_revisions():
        raise ProjectError(
            translate(
                "Storage",
                "{where} was made by a newer version of DuoDesk. Install the newer "
                "version to open it; nothing was changed.",
            ).format(where=where)
        )
    if revision is None and has_tables:
        raise ProjectError(
            translate(
                "Storage", "{where} is a database, but not a DuoDesk project; nothing was changed."
            ).format(where=where)
        )


class Database:
    """An open project: an engine and a session factory.

    Sessions are short-lived and owned by the caller (one per user action); never share one
    between threads.
    """

    def __init__(
        self,
        engine: Engine,
        path: Path | None,
        passphrase: str | None,
        lock: ProjectLock | None = None,
    ) -> None:
        self.engine = engine
        self.path = path
        self._passphrase = passphrase
        self._lock = lock
        self.people_restored: list[str] = []  # what the last restore changed in the list
        self._reading: set[object] = set()  # the driver connections of the reads running now
        self._reading_lock = threading.Lock()
        self._stopped: set[object] = set()  # those of them told to stop
        self._make_session_factories()

    def _make_session_factories(self) -> None:
        self._sessions = sessionmaker(
            self.engine.execution_options(**{WRITES: True}), expire_on_commit=False
        )
        event.listen(self.engine, "before_cursor_execute", self._refuse_stopped_read)

    def _refuse_stopped_read(self, connection, cursor, statement, parameters, context, many):
        """A stopped read that goes on to its next query ends there."""
        if self._stopped and connection.get_execution_options().get(READS, False):
            with self._reading_lock:
                stopped = connection.connection.dbapi_connection in self._stopped
            if stopped:
                raise ReadsStoppedError(translate("Storage", "The project is closing."))

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        location: str | Path | None = None,
        *,
        passphrase: str | None = None,
        create: bool = True,
        daily_backup: bool = False,
        password: str | None = None,
    ) -> Database:
        """Open (and, when ``create``, make) the project at ``location``.

        ``location`` is a file path, a ``postgresql://`` URL, or None for the default local
        project. The schema is brought up to date, with a backup copy of the file taken first
        when an existing SQLite project needs changing; with ``daily_backup`` an existing
        project also gets its first backup of the day. ``password`` is a server user's
        password (kept out of the URL, which other accounts can see in the process list).
        Without ``create`` nothing is created: a missing file or an empty server database is
        refused. Raises :class:`ProjectError` with a plain message when the project cannot be
        opened.
        """
        _check_passphrase(passphrase)
        existed = False
        if isinstance(location, str) and "://" in location:
            database = cls(_server_engine(location, password), None, None)
        else:
            path = _project_file(location)
            existed = path.exists()
            if not existed and not create:
                raise ProjectError(
                    translate("Storage", "There is no DuoDesk project at {path}.").format(path=path)
                )
            _make_private_file(path)
            lock = _share_lock(path)
            try:
                _remove_unfinished_rekey(path)
                _remove_unfinished_backups(path, lock)
                passphrase = _working_passphrase(path, passphrase)
                database = cls(_sqlite_engine(path, passphrase), path, passphrase, lock)
            except BaseException:
                lock.release()
                raise
        try:
            database._migrate(create=create)
            if database.path is not None and not existed:
                database._forget_an_earlier_trail_here()
            database._remember_salt()
            database._keep_code_key_apart()
            database._refuse_a_list_of_people_emptied_by_hand()
            database._settle_an_unfinished_passphrase_change()
            database._encrypt_plain_backups()
            if daily_backup and existed:
                database.take_daily_backup()
        except BaseException:
            database.engine.dispose()
            if database.server_watch is not None:
                database.server_watch.close()
            if database._lock is not None:
                database._lock.release()
            raise
        return database

    @classmethod
    def open_for_restore(
        cls, location: str | Path | None = None, *, passphrase: str | None = None
    ) -> Database:
        """The project at ``location`` held for :meth:`restore` only: not checked, not
        upgraded, because a damaged or missing file is exactly what a backup replaces."""
        if isinstance(location, str) and "://" in location:
            raise ProjectError(
                translate("Storage", "A shared server database is restored on the server.")
            )
        path = _project_file(location)
        _make_private_file(path)
        lock = _share_lock(path)
        _remove_unfinished_rekey(path)
        key = None if passphrase is None else normalise(passphrase)
        return cls(_sqlite_engine(path, key), path, key, lock)

    def _migrate(self, *, create: bool = True) -> None:
        from duodesk.storage.schema_version import head_revision

        if not self.is_sqlite:
            self._migrate_server(create)
            return
        with self.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            existing = None
            if "alembic_version" in tables:
                existing = connection.exec_driver_sql(
                    "SELECT version_num FROM alembic_version"
                ).scalar()
        if existing == head_revision():
            return  # the usual case: no Alembic to load
        _refuse_foreign_or_newer(self.describe(), existing, bool(tables))
        if existing is None and self._make_from_stored_schema():
            return
        from duodesk.storage.migrations import upgrade

        if existing is not None and self.path is not None:
            backup = self.backup(f"before-upgrade-from-{existing}")
            log.info("Backed up %s to %s before upgrading it", self.describe(), backup)
        log.info("Upgrading %s from schema %s to %s", self.describe(), existing, head_revision())
        # SQLite alters a table by copying it and dropping the old one: with foreign keys on,
        # the drop would cascade to every answer. The setting cannot change inside a
        # transaction, so it is turned off first and the keys are checked before committing.
        with self.engine.execution_options(**{WRITES: True}).connect() as connection:
            # On the driver's connection, which is in autocommit mode: SQLAlchemy's would
            # start a transaction first, where the setting is silently ignored.
            raw = connection.connection.driver_connection
            raw.execute("PRAGMA foreign_keys = OFF")
            try:
                with connection.begin():
                    upgrade(connection)
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise ProjectError(
                            translate(
                                "Storage",
                                "Upgrading {value} would leave {broken} rows pointing at "
                                "nothing, so it "
                                "was not upgraded; nothing was changed.",
                            ).format(value=self.describe(), broken=len(broken))
                        )
            finally:
                raw.execute("PRAGMA foreign_keys = ON")
        log.info("Upgraded %s to schema %s", self.describe(), head_revision())

    def _make_from_stored_schema(self) -> bool:
        """Make a new project's tables in one step (see :mod:`duodesk.storage.new_schema`)."""
        from duodesk.storage import new_schema
        from duodesk.storage.schema_version import head_revision

        with self.engine.execution_options(**{WRITES: True}).connect() as connection:
            made = new_schema.make(connection.connection.driver_connection)
        if made:
            log.info("Made the tables of %s at schema %s", self.describe(), head_revision())
        return made

    def _remember_salt(self) -> None:
        """Remember the salt of this encrypted project file (see :func:`_salt_changed`);
        forget it for a plain one. Asked of SQLCipher, never read from the file (see
        :data:`ENCRYPTED`)."""
        if self.path is None:
            return
        from duodesk.storage import code_keys

        salt = ""
        if self._passphrase is not None:
            with self.engine.connect() as connection:
                salt = connection.exec_driver_sql("PRAGMA cipher_salt").scalar() or ""
        place = _salt_place(self.path)
        if (code_keys.get_secret(SALTS_SERVICE, SALTS_FOLDER, place) or "") != salt:
            code_keys.put_secret(SALTS_SERVICE, SALTS_FOLDER, place, salt)

    def _forget_an_earlier_trail_here(self) -> None:
        """A new project file: what the laptop remembers of the audit trail of a project
        that was here before (deleted after a training day) is not this one's."""
        from duodesk.storage.audit import forget_trail_here

        with self.read_session() as session:
            forget_trail_here(session)

    def _refuse_a_list_of_people_emptied_by_hand(self) -> None:
        """A project that listed its people at this place and lists nobody now was replaced
        by hand (an older copy put over it) or emptied: opened, it would give anyone every
        right. Only a restore (of a backup that lists them) opens it again."""
        if self.path is None or not self.people_gone_by_hand():
            return
        raise ProjectError(
            translate(
                "Storage",
                "{where} listed its people on this laptop and lists nobody now: it was replaced "
                "or changed by hand. A coordinator can restore a backup that lists them "
                "(duodesk restore BACKUP --person NAME, a coordinator listed in the backup).",
            ).format(where=self.describe())
        )

    def people_gone_by_hand(self) -> bool:
        from duodesk.storage.audit import people_listed_here
        from duodesk.storage.people import has_people

        if self.path is None or not people_listed_here(_place_name(self.path)):
            return False
        try:
            with self.read_session() as session:
                return not has_people(session)
        except Exception:  # damaged: restore says what it needs
            return False

    def _settle_an_unfinished_passphrase_change(self) -> None:
        """A change whose program stopped after it was asked for and before it was recorded
        (the trail's newest record): say in the trail what became of it, now that the file
        shows it."""
        if self.path is None:
            return
        from sqlalchemy import select

        from duodesk.storage.audit import AuditRecord, record_event

        with self.read_session() as session:
            newest = session.execute(
                select(AuditRecord.action, AuditRecord.details)
                .order_by(AuditRecord.sequence.desc())
                .limit(1)
            ).first()
        if newest is None or newest.action != PASSPHRASE_ASKED:
            return
        asked = json.loads(newest.details or "{}").get("change")
        if asked == "passphrase removed" and self._passphrase is None:
            action = "passphrase removed"
        elif asked == "new passphrase" and self._passphrase is not None:
            action = "passphrase changed"  # (or left as it was: the same words cannot tell)
        else:
            action = PASSPHRASE_NOT_CHANGED
        with self.session() as session:
            details = {"found": "when the project was next opened"}
            record_event(session, action, details=details, permitted=True)

    def _keep_code_key_apart(self) -> None:
        """A project made before participant-code keys were kept on the laptop still holds
        its key: move it out (see :func:`duodesk.storage.participant_codes.move_key_out`), and
        so does one that an earlier version sealed it into
        (:func:`~duodesk.storage.participant_codes.settle_key`)."""
        from duodesk.storage.participant_codes import (
            OLD_KEY_SETTING,
            key_unsettled,
            move_key_out,
            settle_key,
        )

        with self.read_session() as session:
            old = session.scalar(
                text("SELECT 1 FROM project_settings WHERE key = :key"), {"key": OLD_KEY_SETTING}
            )
            if not old and not key_unsettled(session):
                return
        with self.session() as session:
            if old:
                move_key_out(session)
                log.info("Moved the participant-code key of %s out of the project", self.describe())
            settle_key(session)
        if self.is_sqlite:
            self._checkpoint()  # a removed key's page leaves the write-ahead log as well

    def _migrate_server(self, create: bool) -> None:
        """Bring a server database up to date in one transaction, under an advisory lock, so
        that several laptops opening a new shared project at once create its tables once."""
        from duodesk.storage.migrations import current_revision, upgrade
        from duodesk.storage.schema_version import head_revision

        try:
            with self.engine.connect() as connection:
                existing = current_revision(connection)
            if existing == head_revision():
                return
            with self.engine.begin() as connection:
                connection.execute(text(f"SELECT pg_advisory_xact_lock({_SCHEMA_LOCK})"))
                existing = current_revision(connection)
                if existing == head_revision():
                    return
                has_tables = bool(inspect(connection).get_table_names())
                _refuse_foreign_or_newer(self.describe(), existing, has_tables)
                if existing is None and not create:
                    raise ProjectError(
                        translate(
                            "Storage",
                            "There is no DuoDesk project in the database {value}; nothing was "
                            "changed. Add a questionnaire to it first.",
                        ).format(value=self.describe())
                    )
                upgrade(connection)
        except DBAPIError as error:
            self.engine.dispose()
            raise _server_problem(self.engine.url, error) from None

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
        long read never delays saving an answer, and all its queries see the project as it was
        at its first read, so a summary's counts add up while others save. SQLite gives one
        transaction one snapshot; PostgreSQL needs REPEATABLE READ for that.
        """
        with self.engine.connect() as connection:
            connection.execution_options(**{READS: True})
            raw = connection.connection.dbapi_connection
            with self._reading_lock:
                self._reading.add(raw)
            try:
                if self.is_sqlite:
                    # closing the session rolls back: nothing to keep
                    with Session(bind=connection, expire_on_commit=False) as session:
                        yield session
                    return
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
                with connection.begin():
                    connection.exec_driver_sql("SET TRANSACTION READ ONLY")
                    session = Session(bind=connection, expire_on_commit=False)
                    try:
                        yield session
                    finally:
                        session.close()
            finally:
                with self._reading_lock:
                    self._reading.discard(raw)
                    self._stopped.discard(raw)

    def stop_reads(self) -> None:
        """Stop every read running now (a long summary, an export): its query is interrupted
        and it may run no other. For when the window closes, which must not wait minutes for
        a read nobody will see. Writes are not touched: a save on its way still goes through;
        reads started afterwards run as usual."""
        with self._reading_lock:
            running = list(self._reading)
            self._stopped.update(running)
        for raw in running:
            with contextlib.suppress(Exception):  # already finished, or the server is gone
                if self.is_sqlite:
                    raw.interrupt()
                else:
                    raw.cancel()

    @property
    def server_watch(self):
        """The :class:`~duodesk.storage.server_watch.ServerWatch` of a server project's
        connections (None for a project file)."""
        return _SERVER_WATCHES.get(self.engine)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def is_encrypted(self) -> bool:
        return self._passphrase is not None

    def passphrase_matches(self, candidate: str) -> bool:
        """True when ``candidate`` is this project's passphrase (to unlock a locked window)."""
        if self._passphrase is None:
            return False
        return any(
            hmac.compare_digest(form.encode(), self._passphrase.encode())
            for form in (normalise(candidate), *earlier_forms(candidate))
        )

    def describe(self) -> str:
        """The project's file, or its server address without any password."""
        if self.path is not None:
            return str(self.path)
        return shown_address(self.engine.url)

    def protection(self) -> str:
        """How the project is protected, in words for the status bar."""
        if self.path is not None:
            if self.is_encrypted:
                return translate("Storage", "locked with a passphrase")
            return translate("Storage", "not encrypted")
        mode = self.engine.url.query.get("sslmode", "")
        host = self.engine.url.host or self.engine.url.query.get("host", "")
        if _is_local(str(host)) and not mode:
            return translate("Storage", "on this computer's own server")
        if mode in ("disable", "allow", "prefer"):
            return translate("Storage", "server connection NOT encrypted")
        return translate("Storage", "server connection encrypted (TLS)")

    def close(self) -> None:
        """Write the log into the file and let the project go (its connections and its lock,
        even when the file is too damaged to write the log into)."""
        try:
            if self.is_sqlite:
                self._checkpoint()
        finally:
            self.engine.dispose()
            if self.server_watch is not None:
                self.server_watch.close()
            if self._lock is not None:
                self._lock.release()

    def _checkpoint(self) -> None:
        """Copy the write-ahead log into the file and empty it. Outside a write transaction:
        a checkpoint inside one finds the database locked by itself."""
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- backups -------------------------------------------------------------------------------

    def backup(self, reason: str) -> Path:
        """Write a consistent copy of the project beside it (same key, if any) and return its
        path. Older backups of the same kind beyond the few kept are removed.

        The copy is made with SQLite's backup API from a live connection, so it includes
        everything committed (write-ahead log too) and never a half-written transaction.
        """
        if self.path is None:
            raise ProjectError(
                translate("Storage", "Backups of a shared server database are made on the server.")
            )
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
        target = self.path.with_name(f"{self.path.name}.{stamp}.{reason}.backup")
        _copy_with_backup_api(self.path, target, self._passphrase)
        self._rotate_backups(reason)
        return target

    def plain_backups(self) -> list[Path]:
        """The backups of an encrypted project that are not encrypted (taken before it had a
        passphrase, and left so by a change stopped half way)."""
        if self._passphrase is None:
            return []
        return [backup for backup in self.backups() if is_plain_file(backup)]

    def backups_under_another_passphrase(self) -> list[Path]:
        """The encrypted backups that the project's passphrase does not open: left under an
        earlier passphrase by a change stopped half way. Whoever knew that passphrase (it is
        often changed because it got out) can still read them."""
        if self._passphrase is None:
            return []
        found = []
        for backup in self.backups():
            if is_plain_file(backup):
                continue
            connection = sqlcipher.connect(str(backup))
            try:
                connection.execute("PRAGMA cipher_log_level = NONE").fetchall()
                connection.execute(f"PRAGMA key = {quote_sql_string(self._passphrase)}")
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher.DatabaseError:
                found.append(backup)
            finally:
                connection.close()
        return found

    def _encrypt_plain_backups(self) -> None:
        """Finish a passphrase change stopped after the project was encrypted and before its
        backups were (``kill -9``, a power cut, another window taking the project meanwhile):
        plain copies of an encrypted project must not stay beside it. Done only while no other
        process has the project open (another may be re-encrypting them now); else at the
        next open. Backups under an earlier passphrase cannot be re-encrypted without it:
        the change names them, and :meth:`change_passphrase` run again with it finishes."""
        if self.path is None or self._lock is None or not self.plain_backups():
            return
        try:
            self._lock.take_whole()
        except ProjectBusyError:  # given back shared, unless a re-key took it meanwhile
            _share(self._lock, self.path)
            return
        try:
            for backup in self.plain_backups():
                try:
                    _rekey_in_place(backup, (None,), self._passphrase)
                except (ProjectError, OSError, sqlcipher.Error) as error:
                    log.warning("A plain backup could not be encrypted: %s (%s)", backup, error)
                    continue
                log.warning(
                    "A backup was still plain beside the encrypted project (a passphrase "
                    "change was stopped before its backups): now encrypted: %s",
                    backup,
                )
        finally:
            _share(self._lock, self.path)

    def backups(self) -> list[Path]:
        """This project's backups, oldest first."""
        if self.path is None:
            return []
        # Only its own: not the backups of a backup opened as a project, named after it.
        own = re.compile(re.escape(self.path.name) + r"\.\d{8}-\d{6}(-\d{6})?\.[^.]+\.backup")
        return sorted(
            path
            for path in self.path.parent.glob(f"{glob_escape(self.path.name)}.*.backup")
            if own.fullmatch(path.name)
        )

    def take_daily_backup(self) -> Path | None:
        """A backup once a day (the first time the project is opened that day); none of a
        backup opened as a project (to look into it), whose own backups would be its
        project's too."""
        if self.path is None or self.path.name.endswith(".backup"):
            return None
        today = datetime.now(UTC).strftime("%Y%m%d")
        if any(f".{today}-" in p.name and p.name.endswith(".daily.backup") for p in self.backups()):
            return None
        return self.backup("daily")

    def _rotate_backups(self, reason: str) -> None:
        kind = _backup_kind(reason)
        same_kind = [p for p in self.backups() if _backup_kind(_backup_reason(p)) == kind]
        kept = BACKUPS_KEPT.get(kind, BACKUPS_KEPT_OTHERWISE)
        for old in same_kind[:-kept]:
            old.unlink(missing_ok=True)

    def restore(
        self,
        backup: Path,
        *,
        passphrase: str | None = None,
        coordinator: tuple[str, str] | None = None,
    ) -> Path | None:
        """Replace the project with ``backup`` (a backup file of it, or any copy), keeping a
        backup of what is replaced; return that backup's path (None when the project was too
        damaged to copy, in which case it is kept as ``*.damaged``).

        ``passphrase`` is the backup's own, when it differs from the project's; the restored
        project gets the project's current passphrase. Refused while another window or
        command has the project open. A project too damaged to read its list of people is
        restored only by a coordinator listed in the backup (``coordinator``: name and
        password), from a copy of its own trail as far as this laptop knows it.
        """
        if self.path is None:
            raise ProjectError(
                translate("Storage", "A shared server database is restored on the server.")
            )
        self._require_coordinator(may_be_damaged=True)
        backup = backup.expanduser().resolve()
        if not backup.is_file():
            raise ProjectError(
                translate("Storage", "There is no backup file at {backup}.").format(backup=backup)
            )
        # Both refuse a damaged or foreign file.
        if passphrase is None:
            source_key = self._passphrase
            _check_sqlite_file(backup, source_key)
        else:
            source_key = _working_passphrase(backup, passphrase)
        code_key = self._code_key_to_keep()
        emptied = self.people_gone_by_hand()
        replaced, place, people_before = self._trail_to_carry()
        listed_after = _check_restorable(
            backup,
            source_key,
            replaced,
            people_before or emptied,
            place,
            coordinator,
            backups_list_decides=replaced is None or emptied,
        )
        listed_now = self._people_listed()
        with self._whole_file():
            kept = None
            if self.path.stat().st_size:
                try:
                    _check_sqlite_file(self.path, self._passphrase)
                    kept = self.backup("before-restore")
                except (ProjectError, sqlcipher.DatabaseError):
                    damaged = self.path.with_name(self.path.name + ".damaged")
                    os.replace(self.path, damaged)
            # A write-ahead log left by a crash belongs to the file being replaced: applied
            # to the restored copy it would make it "malformed".
            for suffix in ("-wal", "-shm", "-journal"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            fresh = self.path.with_name(f".{self.path.name}.restore")
            fresh.unlink(missing_ok=True)
            _rekeyed_copy(backup, source_key, fresh, self._passphrase)
            try:
                recorded = _record_restore_in(
                    fresh, self._passphrase, backup, replaced, place, coordinator
                )
            except BaseException:
                _wipe(fresh)
                raise
            os.replace(fresh, self.path)
            _sync_folder(self.path.parent)
        self._migrate()
        self._remember_salt()
        if code_key is not None:
            from duodesk.storage.participant_codes import keep_after_restore

            with self.session() as session:
                keep_after_restore(session, code_key)
        self._keep_code_key_apart()
        from duodesk.storage.audit import remember_trail_here

        with self.session() as session:
            # Over a damaged project, the records this laptop wrote after the copy are lost:
            # the laptop goes on remembering the newest, so that the check says so.
            remember_trail_here(session, keep_newest=replaced is None)
        if not recorded:  # a backup from before the trail: its record comes after
            self._record("backup restored", file=backup.name)
        self.people_restored = _people_changes(listed_now, listed_after)
        return kept

    def _people_listed(self) -> dict[str, str] | None:
        """Who the project lists (name -> role), or None when it cannot be read."""
        from duodesk.storage.people import list_people

        try:
            with self.read_session() as session:
                return {p.name: p.role.value for p in list_people(session)}
        except Exception:  # a damaged project is exactly what a restore is for
            return None

    def _trail_to_carry(self) -> tuple[list[list] | None, str | None, bool]:
        """The project's trail, which a restore carries into the restored copy (None when the
        project cannot be read), the place the laptop knows it by, and whether it lists its
        people (or, unreadable, the laptop remembers that it did)."""
        from duodesk.storage.audit import people_listed_here, project_place, trail_rows
        from duodesk.storage.people import has_people

        try:
            with self.read_session() as session:
                return trail_rows(session), project_place(session), has_people(session)
        except Exception:  # a damaged project is exactly what a restore is for
            place = _place_name(self.path)
            return None, place, people_listed_here(place)

    def _code_key_to_keep(self) -> tuple[str, bytes] | None:
        """The participant-code key the project holds now (a backup made before it was kept
        inside the project lacks it), or None when there is none or the file cannot say."""
        from duodesk.storage.participant_codes import keep_through_restore

        try:
            with self.read_session() as session:
                return keep_through_restore(session)
        except Exception:  # a damaged project is exactly what a restore is for
            return None

    # -- the passphrase ------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str | None) -> list[Path]:
        """Re-encrypt the project and its backups with ``new_passphrase`` (None removes the
        encryption). Returns the backups that could not be re-encrypted (made under a
        passphrase that is neither the current one nor none), which the caller reports.

        Under a new passphrase, the data are exported into a new file under the new key, which
        then replaces the old one; the old file is never left half re-keyed. Removing the
        passphrase builds the plain project in memory and writes it to disk only in the last
        write and rename (:func:`_decrypt_in_place`), never beside the encrypted one while it
        is exported. Refused while another window or command has the project open, because it
        would go on writing into the replaced file.
        """
        if new_passphrase is not None:
            new_passphrase = normalise(new_passphrase)
            problem = problem_with_new(new_passphrase)
            if problem:
                raise ProjectError(problem)
        if self.path is None:
            raise ProjectError(
                translate("Storage", "A shared server database is protected by the server.")
            )
        self._require_coordinator()
        path = self.path
        # Noted before the file is replaced, so that the new file carries it: a program stopped
        # between the replacing and the record below leaves the change recorded as asked for.
        self._record(
            PASSPHRASE_ASKED, change="new passphrase" if new_passphrase else "passphrase removed"
        )
        with self._refusal_recorded(), self._whole_file():
            # Left by a backup stopped half way, made under the old passphrase (or none).
            _wipe_with_journals(_unfinished_backups(path))
            if new_passphrase is None and self._passphrase is not None:
                _decrypt_in_place(path, self._passphrase)
            else:
                # Under a new key the copy is encrypted from its first page: nothing plain.
                fresh = path.with_name(f".{path.name}.rekey")
                fresh.unlink(missing_ok=True)
                _rekeyed_copy(path, self._passphrase, fresh, new_passphrase)
                for suffix in ("-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
                os.replace(fresh, path)
                _sync_folder(path.parent)
            old_passphrase, self._passphrase = self._passphrase, new_passphrase
        self._remember_salt()  # the new file's, or none: the old one would call it damaged
        # The project itself is changed: say so in the audit trail now, not only once the
        # backups are done (the program may be stopped while they are re-encrypted).
        self._keep_code_key_apart()
        self._record("passphrase changed" if new_passphrase else "passphrase removed")
        left = []
        try:
            with self._whole_file():
                for backup in self.backups():
                    try:
                        _rekey_in_place(backup, (old_passphrase, None), new_passphrase)
                    except ProjectError:
                        left.append(backup)
        except ProjectError:  # opened by another window meanwhile: the backups stay as they are
            return self.backups()
        return left

    @contextlib.contextmanager
    def _refusal_recorded(self) -> Iterator[None]:
        """A passphrase change refused after it was asked for (another program has the project
        open) says so in the trail, or "asked for" would read as done."""
        try:
            yield
        except ProjectError as refusal:
            with contextlib.suppress(Exception):
                self._record(PASSPHRASE_NOT_CHANGED, reason=str(refusal))
            raise

    def _require_coordinator(self, *, may_be_damaged: bool = False) -> None:
        """NotAllowed unless the person signed in may change the passphrase and restore
        backups. A project too damaged to read its list of people can still be restored (the
        passphrase, needed to open it, is then the only check)."""
        from duodesk.core.roles import Permission
        from duodesk.storage.access import NotAllowed, require_in

        try:
            require_in(self, Permission.PROJECT_SAFETY)
        except NotAllowed:
            raise
        except Exception:
            if not may_be_damaged:
                raise

    def _record(self, action: str, **details: object) -> None:
        from duodesk.storage.audit import record_event

        with self.session() as session:
            record_event(session, action, details=details)

    @contextlib.contextmanager
    def _whole_file(self) -> Iterator[None]:
        """Hold the project alone: no connection of ours, no other process."""
        assert self.path is not None and self._lock is not None
        try:
            self._lock.take_whole()
        except ProjectBusyError:
            raise ProjectError(
                translate(
                    "Storage",
                    "Another DuoDesk window or command has this project open. Close it and "
                    "try again; nothing was changed.",
                )
            ) from None
        self.engine.dispose()
        try:
            if not _alone_with(self.path, self._passphrase):
                raise ProjectError(
                    translate(
                        "Storage",
                        "Another DuoDesk window or command has this project open. Close it and "
                        "try again; nothing was changed.",
                    )
                )
            yield
        finally:
            self.engine = _sqlite_engine(self.path, self._passphrase)
            self._make_session_factories()
            self._lock.share()


def _alone_with(path: Path, passphrase: str | None) -> bool:
    """Whether no other connection, in any process, has the project file open: SQLite's own
    lock, asked for on its own. The lock file says the same while every program plays by it;
    this still holds when someone has deleted a lock file that looked stale (a program that
    opened the project before keeps writing to it, and would lose its saves to a re-key). A
    connection in WAL mode holds a shared lock on the file for as long as it is open, so an
    exclusive one is refused while any other has it open."""
    connection = sqlcipher.connect(str(path), timeout=1.0, isolation_level=None)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE").fetchall()
        if passphrase is not None:
            connection.execute(f"PRAGMA key = {quote_sql_string(passphrase)}")
        # Set before the file is first read, so that no shared memory is used: the lock taken
        # is on the file itself.
        connection.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("ROLLBACK")
        return True
    except sqlcipher.OperationalError as error:
        return "locked" not in str(error) and "busy" not in str(error)
    except sqlcipher.DatabaseError:
        return True  # a damaged file, which no other program can have open either
    finally:
        connection.close()


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def _backup_reason(path: Path) -> str:
    # name.YYYYmmdd-HHMMSS[-ffffff].REASON.backup
    return path.name.rsplit(".", 2)[-2]


def _backup_kind(reason: str) -> str:
    """Backups before an upgrade from any revision are one kind, and so on."""
    return re.sub(r"-from-.*$", "", reason)


def _project_file(location: str | Path | None) -> Path:
    """The project file named by ``location`` (the default project when None); a folder is
    refused."""
    path = Path(location) if location is not None else default_project_path()
    path = path.expanduser().resolve()
    if path.is_dir():
        raise ProjectError(
            translate("Storage", "{path} is a folder, not a DuoDesk project file.").format(
                path=path
            )
        )
    return path


def _make_private_file(path: Path) -> None:
    """Create ``path`` (and its folder) readable by its owner only, if it is not there yet."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _create_private_file(path)


def _share_lock(path: Path) -> ProjectLock:
    lock = ProjectLock(path)
    _share(lock, path)
    return lock


def _share(lock: ProjectLock, path: Path) -> None:
    """Hold ``lock`` shared, or release it and say that another DuoDesk is changing the whole
    project."""
    try:
        lock.share()
    except ProjectBusyError:
        lock.release()
        raise ProjectError(
            translate(
                "Storage",
                "{name} is being changed by another DuoDesk (a new passphrase or a "
                "restored backup). Try again in a minute; nothing was changed.",
            ).format(name=path.name)
        ) from None


# An older DuoDesk set the encrypted file aside under this ending while it wrote the plain one
# at its place; the next open still puts such a file back.
UNLOCKING = ".unlocking"


def _wipe(path: Path) -> None:
    """Overwrite ``path`` with zeros and remove it (its pages may be plain)."""
    if path.exists():
        with contextlib.suppress(OSError):
            size = path.stat().st_size
            with path.open("r+b") as file:
                file.write(b"\x00" * size)
                file.flush()
                os.fsync(file.fileno())
        path.unlink(missing_ok=True)


def _decrypt_in_place(path: Path, key: str) -> None:
    """Turn the encrypted file ``path`` into a plain one, with no plain copy beside it.

    The plain database is built in memory (:func:`_plain_image`); only when it is whole is it
    written to a new file beside the project (``.NAME.rekey``, owner-only, no journal), which
    is flushed to disk and at once renamed over the encrypted file. So the plain pages reach
    the disk only in that last write and rename (about 0.1 s for 2,000 interviews), not
    while the export runs. Stopped in that last step (power cut, ``kill -9``), the encrypted
    project is still whole at its place and the next open overwrites and removes the partial
    plain file (:func:`_remove_unfinished_rekey`). The cost: the whole project is held in
    memory once while it is exported.
    """
    partial = path.with_name(f".{path.name}.rekey")
    _wipe(partial)
    connection = _connect_sqlite(path, key, configure=False)
    try:
        _plain_image(connection)
        _create_private_file(partial)
        try:
            _write_image(connection, partial)
        except BaseException:
            connection.close()
            _wipe(partial)
            raise
    finally:
        connection.close()  # the last connection: SQLite folds in and removes the -wal
    try:
        _fsync(partial)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(partial, path)
    except BaseException:
        _wipe(partial)
        raise
    _sync_folder(path.parent)


PLAIN = "duodesk_plain"  # the in-memory database a passphrase is removed into


def _plain_image(connection: sqlcipher.Connection) -> None:
    """Export the encrypted database of ``connection`` into a plain in-memory database
    attached to it as ``PLAIN``; nothing is written to any file."""
    from duodesk.storage.participant_codes import SEALED_KEY_SETTING

    # Sorting for the indexes would otherwise spill into temporary files on disk.
    connection.execute("PRAGMA temp_store = MEMORY").fetchall()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    connection.execute(f"ATTACH DATABASE ':memory:' AS {PLAIN} KEY ''")
    connection.execute(f"SELECT sqlcipher_export('{PLAIN}')")
    version = connection.execute("PRAGMA main.user_version").fetchone()[0]
    connection.execute(f"PRAGMA {PLAIN}.user_version = {int(version)}")
    # A key kept inside the encrypted file must not reach a plain one, not even in a free page.
    connection.execute(f"PRAGMA {PLAIN}.secure_delete = ON").fetchall()
    with contextlib.suppress(sqlcipher.DatabaseError):  # not a DuoDesk project's table
        connection.execute(
            f"DELETE FROM {PLAIN}.project_settings WHERE key = ?", (SEALED_KEY_SETTING,)
        )


def _write_image(connection: sqlcipher.Connection, target: Path) -> None:
    """Copy the in-memory ``PLAIN`` database into the empty file ``target`` in one go: with
    SQLite's backup API, no journal and no statement run on ``connection`` meanwhile."""
    writer = sqlcipher.connect(str(target), isolation_level=None)
    try:
        writer.execute("PRAGMA cipher_log_level = NONE").fetchall()
        # The file is thrown away if the copy stops: no journal, and one flush at the end.
        writer.execute("PRAGMA journal_mode = OFF").fetchall()
        writer.execute("PRAGMA synchronous = OFF").fetchall()
        connection.backup(writer, name=PLAIN)
    finally:
        writer.close()


def _put_back_unfinished_decryption(path: Path) -> None:
    """Undo a :func:`_decrypt_in_place` of ``path`` (or of a backup beside it) that was
    stopped half way."""
    folder = path.parent
    for aside in folder.glob(f".{glob_escape(path.name)}*{UNLOCKING}"):
        target = folder / aside.name[1 : -len(UNLOCKING)]
        if target.name != path.name and not (
            target.name.startswith(f"{path.name}.") and target.name.endswith(".backup")
        ):
            continue  # another project's, with a name that starts like this one's
        for end in ("", "-journal", "-wal", "-shm"):
            _wipe(Path(f"{target}{end}"))
        os.replace(aside, target)
        for end in ("-journal", "-wal", "-shm"):
            if Path(f"{aside}{end}").exists():
                os.replace(f"{aside}{end}", f"{target}{end}")
        _sync_folder(folder)
        log.warning("Put back %s: its passphrase was being removed when DuoDesk stopped", target)


def _remove_unfinished_rekey(path: Path) -> None:
    """A re-key or restore stopped half way (power cut, ``kill -9``) leaves its partial copy,
    which may be unencrypted, and SQLite's journal of it: overwrite and remove them. Only
    called under the shared lock, so no re-key is running."""
    _put_back_unfinished_decryption(path)
    copies = [path.with_name(f".{path.name}.rekey"), path.with_name(f".{path.name}.restore")]
    # A backup's passphrase is changed under the same lock as the project's.
    copies += path.parent.glob(f".{glob_escape(path.name)}.*.backup.rekey")
    _wipe_with_journals(copies)


def _wipe_with_journals(copies: Iterable[Path]) -> None:
    """Overwrite and remove each partial copy, and SQLite's own files beside it, which hold
    its pages (plaintext too) as well."""
    for copy in copies:
        for end in ("", "-journal", "-wal", "-shm"):
            _wipe(Path(f"{copy}{end}"))


def _unfinished_backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f".{glob_escape(path.name)}.*.backup.partial"))


def _remove_unfinished_backups(path: Path, lock: ProjectLock) -> None:
    """A backup stopped half way leaves its partial copy: plain when the project was plain,
    and still plain beside it once the project gets a passphrase. Removed only while no other
    process has the project open, because another one may be writing its backup now."""
    leftovers = _unfinished_backups(path)
    if not leftovers:
        return
    try:
        lock.take_whole()
    except ProjectBusyError:  # given back shared, unless a re-key took the project meanwhile
        _share(lock, path)
        return
    try:
        _wipe_with_journals(_unfinished_backups(path))
    finally:
        _share(lock, path)


def _working_passphrase(path: Path, passphrase: str | None) -> str | None:
    """The passphrase normalised (NFC, no spaces or line break at either end), or as an older
    DuoDesk keyed it (:func:`~duodesk.core.passphrase.earlier_forms`) when the project was
    locked by one."""
    if passphrase is None:
        _check_sqlite_file(path, None)
        return None
    first, *earlier = [normalise(passphrase), *earlier_forms(passphrase)]
    for form in earlier:
        try:
            _check_sqlite_file(path, first)
            return first
        except WrongPassphraseError:
            first = form
    _check_sqlite_file(path, first)
    return first


def _copy_with_backup_api(source: Path, target: Path, passphrase: str | None) -> None:
    """A consistent copy of ``source`` at ``target`` under the same key."""
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    _create_private_file(partial)
    reader = _connect_sqlite(source, passphrase)
    try:
        writer = sqlcipher.connect(str(partial), isolation_level=None)
        try:
            writer.execute("PRAGMA cipher_log_level = NONE").fetchall()
            if passphrase is not None:
                writer.execute(f"PRAGMA key = {quote_sql_string(passphrase)}")
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode = DELETE").fetchall()
        finally:
            writer.close()
    finally:
        reader.close()
    _fsync(partial)
    os.replace(partial, target)
    _sync_folder(target.parent)


def _check_restorable(
    backup: Path,
    key: str | None,
    replaced: list[list] | None,
    people_before: bool,
    place: str | None = None,
    coordinator: tuple[str, str] | None = None,
    *,
    backups_list_decides: bool = False,
) -> dict[str, str]:
    """Refuse, before anything is touched, a copy whose trail is not an earlier state of the
    project's (``replaced``: its trail, None when unreadable), or that lists nobody while the
    project lists its people (``people_before``): restored, it would give anyone every right,
    a way round the roles for someone who damages the project first (its passphrase alone
    then allows a restore)."""
    from duodesk.storage.audit import known_records

    connection = _connect_sqlite(backup, key, configure=False)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        lists_people = (
            "people" in tables
            and connection.execute("SELECT 1 FROM people WHERE active LIMIT 1").fetchone()
            is not None
        )
        rows = (
            connection.execute("SELECT sequence, hash FROM audit_log ORDER BY sequence").fetchall()
            if "audit_log" in tables
            else []
        )
        if backups_list_decides and lists_people:
            _check_coordinator_of_copy(connection, backup, coordinator)
        listed_after = (
            dict(connection.execute("SELECT name, role FROM people WHERE active").fetchall())
            if "people" in tables
            else {}
        )
        keys = (
            connection.execute(
                "SELECT value FROM project_settings WHERE key = 'audit_keys'"
            ).fetchone()
            if "project_settings" in tables
            else None
        )
    finally:
        connection.close()
    if people_before and not lists_people:
        raise ProjectError(
            translate(
                "Storage",
                "{file} is from before this project listed its people: restored, it would "
                "let anyone do everything. Choose a later backup. Nothing was changed.",
            ).format(file=backup.name)
        )
    if replaced is None and not _same_trail_as_remembered(place, keys[0] if keys else None):
        raise ProjectError(_not_an_earlier_copy(backup, 1))
    # A copy that carries on the project's trail (a later backup put back over an older copy)
    # loses nothing of it either.
    continues = replaced is not None and {(r[0], r[-1]) for r in replaced} <= set(map(tuple, rows))
    if replaced is not None and not continues:
        known = known_records(replaced)
        for number, (sequence, digest) in enumerate(rows, start=1):
            if sequence != number or (sequence, digest) not in known:
                raise ProjectError(_not_an_earlier_copy(backup, number))
    return listed_after


def _people_changes(before: dict[str, str] | None, after: dict[str, str]) -> list[str]:
    """What a restore changed in the list of people, said in a sentence each: someone taken
    off since the backup comes back with the backup's role and PIN."""
    if before is None:
        return []
    said = []
    for name, role in sorted(after.items()):
        if name not in before:
            said.append(
                translate("Storage", "{name} is on the list again, as {role}.").format(
                    name=name, role=_role_words(role)
                )
            )
        elif before[name] != role:
            said.append(
                translate("Storage", "{name} is {role} again.").format(
                    name=name, role=_role_words(role)
                )
            )
    for name in sorted(set(before) - set(after)):
        said.append(translate("Storage", "{name} is no longer on the list.").format(name=name))
    return said


def _role_words(role: str) -> str:
    from duodesk.core.roles import Role

    try:
        return Role(role).label.lower()
    except ValueError:
        return role


def _not_an_earlier_copy(backup: Path, number: int) -> str:
    return translate(
        "Storage",
        "{file} is not an earlier copy of this project: its audit trail is not the project's "
        "(record {number} was changed, removed or never written here). Nothing was changed.",
    ).format(file=backup.name, number=number)


def _same_trail_as_remembered(place: str | None, keys: str | None) -> bool:
    """Whether a copy to restore over a project too damaged to read carries the trail this
    laptop began at the project's place (its first key), as far as the laptop remembers
    one; a copy of another project is not."""
    from duodesk.storage.audit import began_here

    began = began_here(place)
    if not began:
        return True  # nothing remembered here: nothing to tell the copy by
    try:
        listed = {f"{name}:{first}" for first, name in json.loads(keys or "[]")}
    except (ValueError, TypeError):
        return False
    return began in listed


def _check_coordinator_of_copy(connection, backup: Path, coordinator) -> None:
    """The project cannot be read, so its list of people cannot say who may restore it: the
    copy's list does. Refused unless ``coordinator`` (name, password) is a coordinator in it."""
    from duodesk.core.roles import Role
    from duodesk.storage.people import secret_matches

    refusal = translate(
        "Storage",
        "The project cannot be read, so who may restore it is checked against the list of "
        "people in {file}: give the name and password of a coordinator listed there "
        "(--person and --pin-file). Nothing was changed.",
    ).format(file=backup.name)
    if coordinator is None:
        raise ProjectError(refusal)
    name, secret = coordinator
    wanted = " ".join(name.split()).lower()
    for listed, role, stored in connection.execute(
        "SELECT name, role, secret_hash FROM people WHERE active"
    ):
        if (
            listed.lower() == wanted
            and role == Role.COORDINATOR.value
            and secret_matches(secret, stored)
        ):
            return
    raise ProjectError(refusal)


PASSPHRASE_ASKED = "passphrase change asked for"
PASSPHRASE_NOT_CHANGED = "passphrase not changed"


def _record_restore_in(
    copy: Path,
    passphrase: str | None,
    backup: Path,
    replaced: list[list] | None,
    place,
    coordinator: tuple[str, str] | None = None,
) -> bool:
    """Write the restore's record into ``copy`` before it replaces the project (a program
    stopped in between leaves the project as it was, or restored with its record). False
    when the copy is from before the audit trail (its record is written once it is
    upgraded)."""
    from sqlalchemy.orm import Session

    from duodesk.storage.audit import record_restore

    engine = _sqlite_engine(copy, passphrase)
    try:
        if not inspect(engine).has_table("audit_log"):
            return False
        with Session(engine) as session, session.begin():
            # over a damaged project, the coordinator the backup's list vouched for
            actor = coordinator[0] if coordinator else None
            record_restore(session, backup.name, replaced, place, actor)
    finally:
        engine.dispose()
    return True


def _place_name(path: Path | None) -> str | None:
    """The place the laptop knows the project file at ``path`` by, without opening it."""
    from duodesk.storage.audit import place_of_file

    return None if path is None else place_of_file(str(path))


def _rekeyed_copy(
    source: Path,
    source_key: str | None,
    target: Path,
    target_key: str | None,
    *,
    configure: bool = True,
) -> None:
    """Write ``source``'s data into the new file ``target`` under ``target_key``
    (``configure``: see :func:`_connect_sqlite`)."""
    _create_private_file(target)
    connection = _connect_sqlite(source, source_key, configure=configure)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        key = quote_sql_string(target_key or "")
        connection.execute(f"ATTACH DATABASE {quote_sql_string(str(target))} AS fresh KEY {key}")
        connection.execute("SELECT sqlcipher_export('fresh')")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute(f"PRAGMA fresh.user_version = {int(version)}")
        connection.execute("DETACH DATABASE fresh")
    except BaseException:
        connection.close()
        _wipe(target)  # it may hold plain pages
        raise
    connection.close()
    _fsync(target)


def _rekey_in_place(path: Path, keys: tuple[str | None, ...], new_key: str | None) -> None:
    """Re-encrypt the backup ``path`` (under one of ``keys``) with ``new_key``."""
    for key in dict.fromkeys(keys):
        try:
            _check_sqlite_file(path, key)
        except ProjectError:
            continue
        if key == new_key:
            return
        if new_key is None and key is not None:
            _decrypt_in_place(path, key)
            return
        fresh = path.with_name(f".{path.name}.rekey")
        fresh.unlink(missing_ok=True)
        _rekeyed_copy(path, key, fresh, new_key)
        os.replace(fresh, path)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    raise ProjectError(
        translate("Storage", "{name} opens with neither the old passphrase nor none.").format(
            name=path.name
        )
    )


def _fsync(path: Path) -> None:
    with path.open("rb") as file:
        os.fsync(file.fileno())


def _sync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` survive a power cut (where the system allows it)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _is_local(host: str) -> bool:
    return not host or host.startswith("/") or host in ("localhost", "127.0.0.1", "::1")


def server_connect_timeout() -> int:
    """How long a new connection may wait for the server: ``DUODESK_SERVER_WAIT_S`` when it is
    set (the same wait as for a statement: see :mod:`duodesk.storage.server_watch`), else
    :data:`SERVER_CONNECT_TIMEOUT` seconds."""
    from duodesk.storage.server_watch import give_up_after_s

    if os.environ.get("DUODESK_SERVER_WAIT_S") is None:
        return SERVER_CONNECT_TIMEOUT
    return max(2, round(give_up_after_s()))  # libpq's shortest wait is 2 seconds


def _server_engine(location: str, password: str | None) -> Engine:
    """An engine for a ``postgresql://`` project, set up for a shared server: UTC times,
    timeouts, TLS unless the server is on this computer, no password in the URL needed."""
    try:
        url = make_url(location)
    except ArgumentError:
        raise ProjectError(
            translate("Storage", "That is not a database address DuoDesk understands.")
        ) from None
    if url.get_backend_name() != "postgresql":
        raise ProjectError(
            translate(
                "Storage",
                "DuoDesk cannot open a database at {url}: it works with SQLite files and "
                "PostgreSQL servers (postgresql://...).",
            ).format(url=shown_address(url))
        )
    try:
        import psycopg  # noqa: F401 - only to say plainly when it is missing
    except ImportError:
        raise ProjectError(
            translate(
                "Storage",
                "This copy of DuoDesk cannot open a database on a server: its PostgreSQL "
                "driver (psycopg) is not installed. Install DuoDesk with its postgresql "
                'extra (pip install "duodesk[postgresql]") to use one.',
            )
        ) from None
    url = url.set(drivername="postgresql+psycopg")
    _driver_messages_in_english()
    query = dict(url.query)
    if not _is_local(str(url.host or query.get("host", ""))) and "sslmode" not in query:
        query["sslmode"] = "require"  # a server across a network: encrypted, or no connection
        url = url.set(query=query)
    # timezone=UTC: the server stores the times DuoDesk gives it as they are, in UTC,
    # whatever time zone the server itself is set to.
    options = (
        f"-c timezone=UTC -c statement_timeout={SERVER_STATEMENT_TIMEOUT_MS} "
        f"-c lock_timeout={SERVER_LOCK_TIMEOUT_MS}"
    )
    connect_args: dict[str, object] = {
        "connect_timeout": server_connect_timeout(),
        "options": options,
        # A network that goes away mid-save is noticed within about half a minute, not after
        # the system's TCP timeout (many minutes): the save then fails and is sent again.
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
        "tcp_user_timeout": 30_000,
    }
    if password is not None:
        connect_args["password"] = password
    # hide_parameters: an error must never carry the values being written (interviewer
    # names, sites, participant-code digests) to the screen or a log.
    engine = create_engine(url, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args)
    # A frozen server never trips the timeouts above: every wait for it is watched.
    from duodesk.storage.server_watch import ServerWatch

    watch = ServerWatch()
    event.listen(engine, "do_connect", watch.connect)
    _SERVER_WATCHES[engine] = watch
    return engine


_SERVER_WATCHES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _driver_messages_in_english() -> None:
    """Have the C library and libpq write their messages in English, in this process.

    :func:`_server_problem` reads what went wrong from the driver's message ("No such file or
    directory", "no password supplied"); on a computer set to another language (or with
    ``LANGUAGE`` set) those words come translated, a stopped server was then called a broken
    project, and the laptop was never offered. DuoDesk's own sentences come from its own
    translations, which this does not touch (nor Qt's locale for numbers and dates)."""
    import locale

    with contextlib.suppress(locale.Error):
        locale.setlocale(locale.LC_MESSAGES, "C")


def shown_address(url) -> str:
    """A server's address as a person would write it: without the password, and without the
    name of the driver DuoDesk uses (``postgresql://``, not ``postgresql+psycopg://``)."""
    return url.set(drivername=url.get_backend_name()).render_as_string(hide_password=True)


def _server_problem(url, error: DBAPIError) -> ProjectError:
    """A sentence for a server that cannot be used, from the driver's message."""
    where = shown_address(url)
    # ``host`` stays as the address gives it ("" for this computer): the password box tells
    # this computer from others by it; ``said`` is how the sentences name it.
    host = url.host or url.query.get("host") or ""
    said = host or translate("Storage", "this computer")
    text_ = str(error.orig or error).lower()
    if "no password supplied" in text_ or "password is required" in text_:
        return PasswordNeededError(
            translate(
                "Storage",
                "The server asks for {user}'s password. Type it when asked, or keep it in "
                "the PGPASSWORD variable or a ~/.pgpass file.",
            ).format(user=url.username),
            user=url.username or "",
            host=str(host),
        )
    if "password authentication failed" in text_:
        return WrongPasswordError(
            translate("Storage", "The server at {host} refused the user name or password.").format(
                host=said
            ),
            user=url.username or "",
            host=str(host),
        )
    if "role" in text_ and "does not exist" in text_:
        return ProjectError(
            translate("Storage", "The server at {host} has no user called {user}.").format(
                host=said, user=url.username
            )
        )
    if "database" in text_ and "does not exist" in text_:
        return ProjectError(
            translate(
                "Storage",
                "The server at {host} has no database called {database}. Ask whoever runs "
                "the server to create it.",
            ).format(host=said, database=url.database)
        )
    if "translate host name" in text_ or "name or service not known" in text_:
        return ServerUnreachableError(
            translate(
                "Storage",
                "The server name {host} is not known: check its spelling and the network.",
            ).format(host=said)
        )
    if "timeout" in text_:
        return ServerUnreachableError(
            translate(
                "Storage",
                "The server at {host} did not answer within {seconds} seconds. "
                "Check the network, or try again later.",
            ).format(host=said, seconds=server_connect_timeout())
        )
    if "invalid sslmode value" in text_:
        return ProjectError(
            translate(
                "Storage",
                "The address of the server says sslmode={mode}, which is "
                "not a setting PostgreSQL knows: use sslmode=require, verify-ca or verify-full "
                "(or sslmode=disable, only on a network you trust).",
            ).format(mode=url.query.get("sslmode", ""))
        )
    if "ssl" in text_:
        return ProjectError(
            translate(
                "Storage",
                "The server at {host} does not offer an encrypted connection. Ask whoever runs "
                "it to turn TLS on (only on a network you trust, add sslmode=disable to the "
                "address).",
            ).format(host=said)
        )
    if (
        "connection refused" in text_
        or "no route to host" in text_
        or "network is unreachable" in text_
        or "no such file" in text_
        or "could not connect" in text_
        or _server_not_serving(error.orig)
    ):
        return ServerUnreachableError(
            translate(
                "Storage",
                "The server at {host} does not answer: is it running, and is this laptop on "
                "its network?",
            ).format(host=said)
        )
    return ProjectError(
        translate("Storage", "DuoDesk cannot use the server database {where}.").format(where=where)
    )


def _server_not_serving(error: BaseException | None) -> bool:
    """Whether the server is there but not serving for now: shutting down, starting up or
    recovering (SQLSTATE class 57P: "the database system is starting up"), the connection
    lost (class 08), or a wait for it given up (:class:`ServerStoppedAnswering`). Each is a
    server that cannot be reached now, as a stopped one is, not a problem with the project."""
    from duodesk.storage.server_watch import ServerStoppedAnswering

    if isinstance(error, ServerStoppedAnswering):
        return True
    state = getattr(error, "sqlstate", None) or ""
    return state.startswith(("08", "57P"))


def is_busy(error: BaseException) -> bool:
    """Whether ``error`` means another connection (perhaps another program) held the project's
    write lock for longer than the busy timeout: the work can be tried again later."""
    from sqlalchemy.exc import OperationalError

    if not isinstance(error, OperationalError | sqlcipher.OperationalError):
        return False
    if getattr(getattr(error, "orig", None), "sqlstate", None) == "55P03":
        return True  # a server's lock_timeout: another transaction held the rows too long
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
