"""The program's log: what went wrong, and what was imported, exported or upgraded, kept in a
small rotating file in the user's log folder so that nothing fails silently.

What is written here may be read by whoever looks after the laptop, so it never holds an answer,
a participant code or a passphrase: only what happened, to which questionnaire or file, and the
traceback of a failure. Messages are built from counts, names of files and questionnaires and
exception types; the text of an exception raised while reading answers could quote an answer,
so failed tasks log their traceback with the exception's message left out (see
:func:`traceback_without_messages`).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path

import platformdirs

APP_NAME = "DuoDesk"
LOG_FILE_NAME = "duodesk.log"
MAX_BYTES = 1_000_000
BACKUPS = 3

logger = logging.getLogger("duodesk")
_DRIVER = logging.getLogger("psycopg")
_DRIVER.addHandler(logging.NullHandler())  # never on the terminal, even with no log file
_handler: logging.Handler | None = None


def log_folder() -> Path:
    """Where the log is kept: ``DUODESK_LOG_DIR`` if set, else the user log folder."""
    chosen = os.environ.get("DUODESK_LOG_DIR")
    if chosen:
        return Path(chosen)
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_folder() / LOG_FILE_NAME


def start_logging() -> Path | None:
    """Send the program's log to the rotating file (once per process); its path, or None when
    the folder cannot be written (the program still runs, it just keeps no log)."""
    global _handler
    path = log_file()
    if _handler is not None and Path(getattr(_handler, "baseFilename", "")) == path:
        return path
    stop_logging()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    # The driver's own warnings (a query whose cancelling a Ctrl+C cut short) go to the log
    # too: with no handler of its own, Python would print them on the terminal, in the middle
    # of what DuoDesk says.
    _DRIVER.addHandler(handler)
    _handler = handler
    return path


def stop_logging() -> None:
    global _handler
    if _handler is not None:
        logger.removeHandler(_handler)
        _DRIVER.removeHandler(_handler)
        _handler.close()
        _handler = None


def traceback_without_messages(error: BaseException) -> str:
    """The traceback of ``error`` (and of what it was raised while handling): file names,
    lines and exception types, but not the exceptions' messages, which may quote the data
    being handled. A database error keeps the database's own message (such as "database is
    locked"), which names tables and columns but never values; its parameters are left out."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or current.__context__
    parts: list[str] = []
    for exc in reversed(chain):
        if parts:
            parts.append("\nWhile handling that, this was raised:\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(exc.__traceback__))
        parts.append(f"{type(exc).__module__}.{type(exc).__qualname__}{_database_message(exc)}\n")
    return "".join(parts).rstrip()


def _database_message(error: BaseException) -> str:
    orig = getattr(error, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's error
    if orig is not None and type(orig).__name__ in {"OperationalError", "IntegrityError"}:
        message = str(orig).splitlines()[0] if str(orig) else ""
        # The driver's decoding error quotes the stored text it could not read (an answer).
        if "decode" in message.lower() or " with text " in message:
            return ": (the driver's message quotes stored text, so it is left out)"
        return f": {message}"
    return ""


def where_details_are() -> str:
    """A sentence for error messages: where the details of the failure were written."""
    from duodesk.i18n import translate

    return translate("Log", "The details are in DuoDesk's log: {file}").format(file=log_file())
