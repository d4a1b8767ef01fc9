"""The project worker: where every screen's operations run, off the GUI thread.

One :class:`ProjectWorker` is made when the project opens and handed to every window. It has
two kinds of thread:

- one **writer** thread, on which every operation that changes the project runs, in the order
  it was asked for, so that two writes never race and the last answer given is the last saved.
  Write sessions start with ``BEGIN IMMEDIATE`` (see :mod:`duodesk.storage.database`). When
  another program (a command-line import, a second window) holds the project's write lock for
  longer than the busy timeout, the operation is tried again until it goes through or
  :attr:`ProjectWorker.busy_patience` seconds have passed, and :attr:`ProjectWorker.busy_changed`
  tells the screens that the project is busy in the meantime; later writes wait behind it, so
  their order is kept.
- a small pool of **reader** threads for work that only reads and may take long (a screen's
  list, a summary, an export). Reads use read sessions, which take no lock, so a long summary
  never delays saving an answer.

The result (or the error) comes back to the GUI thread by signal, where the caller's callback
runs. Only plain values cross: operations return frozen dataclasses, never widgets or live ORM
objects. A result that carries a :class:`~duodesk.storage.changes.Changes` is announced once on
:attr:`ProjectWorker.changed`, after the caller's callback, and every open screen decides from it
whether to refresh. Every failure is written to the log with its traceback.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from duodesk.logs import traceback_without_messages

if TYPE_CHECKING:
    from duodesk.storage.changes import Changes

log = logging.getLogger("duodesk.worker")

BUSY_PATIENCE_S = 600.0  # how long a write keeps waiting for a busy project before failing
RETRY_PAUSE_S = 0.5  # between tries, on top of the busy timeout each try already waited
READER_THREADS = 2


class _Relay(QObject):
    """Lives in the GUI thread; its signals carry a task's outcome back there."""

    succeeded = Signal(object)
    failed = Signal(object)
    waiting = Signal(bool)  # True: the project is busy and the task will be tried again


class _Task(QRunnable):
    def __init__(
        self,
        work: Callable[[], Any],
        relay: _Relay,
        name: str,
        patience: float,
        stopping: threading.Event,
    ) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._name = name
        self._patience = patience
        self._stopping = stopping

    def run(self) -> None:
        from duodesk.storage.database import is_busy

        give_up_at = time.monotonic() + self._patience
        waited = False
        while True:
            try:
                result = self._work()
            except Exception as error:  # reported to the screen that asked, and logged
                if is_busy(error) and time.monotonic() < give_up_at and not self._stopping.is_set():
                    if not waited:
                        log.info("The project is busy; %s will be tried again", self._name)
                        self._relay.waiting.emit(True)
                        waited = True
                    self._stopping.wait(RETRY_PAUSE_S)
                    continue
                log_failure(self._name, error)
                # Still "waiting" until the failure is reported: the screen is told the wait
                # ended in a save given up, not that the project is free.
                self._relay.failed.emit(error)
                return
            if waited:
                self._relay.waiting.emit(False)
            self._relay.succeeded.emit(result)
            return


class ProjectWorker(QObject):
    """The one background worker of an open project (see the module's description)."""

    changed = Signal(object)  # a Changes: what an operation changed in the project
    busy_changed = Signal(bool)  # True while a write waits for another program to finish
    failed = Signal(object)  # every failed task's exception, after its own on_error
    unhandled = Signal(object)  # the exception of a failed task that had no on_error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(READER_THREADS)
        self._relays: set[_Relay] = set()
        self._writes: set[_Relay] = set()  # writes that have not reported back yet
        self._waiting: set[_Relay] = set()
        self._stopping = threading.Event()
        self.busy_patience = BUSY_PATIENCE_S
        self.gave_up = False  # whether the last wait for a busy project ended in a failure

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run ``work()`` on the writer thread, after everything asked for before it; then
        ``on_done(result)`` or ``on_error(error)`` on the GUI thread."""
        self._start(self._writer, work, on_done, on_error)

    def read(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run ``work()``, which only reads the project, on a reader thread (it may overtake
        writes asked for earlier; it sees what was committed when it starts)."""
        self._start(self._readers, work, on_done, on_error)

    def announce(self, changes: Changes) -> None:
        """Tell every screen about changes made outside the worker's own tasks."""
        if changes:
            self.changed.emit(changes)

    def _start(
        self,
        pool: QThreadPool,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[Exception], None] | None,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)  # keep it alive until the task reports back
        if pool is self._writer:
            self._writes.add(relay)
        name = getattr(work, "__qualname__", "a task")

        def finished(callback: Callable[[Any], None] | None, value: Any) -> None:
            self._relays.discard(relay)
            self._writes.discard(relay)
            self._set_waiting(relay, False)
            if callback is not None and _owner_alive(callback):
                callback(value)

        def succeeded(result: Any) -> None:
            from duodesk.storage.changes import changes_of

            finished(on_done, result)
            changes = changes_of(result)
            if changes:
                self.changed.emit(changes)

        def failed(error: Exception) -> None:
            if relay in self._waiting:
                self.gave_up = True  # read by busy_changed(False)'s receivers
            finished(on_error, error)
            if on_error is None:  # logged already; the main window says so in a line
                self.unhandled.emit(error)
            self.failed.emit(error)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        relay.waiting.connect(lambda waiting: self._set_waiting(relay, waiting))
        pool.start(_Task(work, relay, name, self.busy_patience, self._stopping))

    def _set_waiting(self, relay: _Relay, waiting: bool) -> None:
        before = bool(self._waiting)
        if waiting:
            if not before:
                self.gave_up = False
            self._waiting.add(relay)
        else:
            self._waiting.discard(relay)
        if bool(self._waiting) != before:
            self.busy_changed.emit(bool(self._waiting))

    def busy(self) -> bool:
        """Whether any task has not reported back yet."""
        return bool(self._relays)

    def writing(self) -> bool:
        """Whether a write has not reported back yet (saved, or failed and said so)."""
        return bool(self._writes)

    def drop_queued_reads(self) -> None:
        """Forget the reads that have not started yet (the window is closing: nobody would see
        them); they report nothing."""
        self._readers.clear()

    def stop_waiting(self) -> None:
        """Stop waiting for a busy project: a write waiting for another program fails (and is
        reported as not saved) instead of waiting up to :attr:`busy_patience`. For when the
        window closes; a write already under way is not stopped."""
        self._stopping.set()

    def project_busy(self) -> bool:
        """Whether a write is waiting for another program to release the project."""
        return bool(self._waiting)

    def wait(self, msecs: int = -1) -> bool:
        """Block until queued work is done (when the project closes); True if it all finished."""
        readers = self._readers.waitForDone(msecs)
        return self._writer.waitForDone(msecs) and readers

    def stop(self, msecs: int = 30_000) -> bool:
        """Stop waiting for a busy project (the write then fails and is reported) and wait for
        the threads; for when the program closes."""
        self._stopping.set()
        return self.wait(msecs)


def log_failure(name: str, error: Exception) -> None:
    """Write the traceback of a failed task to the log (without the exception's message, which
    may quote an answer) and keep it on the error as ``__traceback_text__``."""
    from duodesk.core.input_files import InputFileError
    from duodesk.exports.disclosure import BelowRequiredThreshold, SubsetTooCloseToWhole

    error.__traceback_text__ = traceback_without_messages(error)  # type: ignore[attr-defined]
    if isinstance(error, InputFileError):
        # A file refused with a sentence for the person (a bad row, a formula without its
        # result) is not a fault of DuoDesk's: no traceback, which reads as a crash.
        log.info("%s: the file was refused (%s)", name, type(error).__name__)
        return
    if isinstance(error, (SubsetTooCloseToWhole, BelowRequiredThreshold)):
        # An export refused by the rules on small numbers, with a sentence for the person.
        log.info("%s: refused to protect small numbers (%s)", name, type(error).__name__)
        return
    from duodesk.gui.away_mode import server_unreachable

    if server_unreachable(error):
        # Expected while a laptop is away from the server (it is tried every 15 seconds):
        # one line each time, not a page of traceback that buries the log's real faults.
        log.warning("%s: the server could not be reached (%s)", name, type(error).__name__)
        return
    log.error("%s failed:\n%s", name, error.__traceback_text__)  # type: ignore[attr-defined]


def _owner_alive(callback: Callable[[Any], None]) -> bool:
    """False when ``callback`` is a method of a widget that was closed and deleted while its
    work ran, or a lambda that uses one (``lambda page: self.show_page(page)``): the work
    itself is done; there is just no one left to tell."""
    owners = [getattr(callback, "__self__", None)]
    for cell in getattr(callback, "__closure__", None) or ():
        with contextlib.suppress(ValueError):  # a cell not filled yet
            owners.append(cell.cell_contents)
    return all(shiboken6.isValid(owner) for owner in owners if isinstance(owner, QObject))
