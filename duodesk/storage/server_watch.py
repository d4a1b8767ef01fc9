"""Noticing a server that stops answering in the middle of a statement.

A frozen server (its processes stopped, a virtual machine paused, a machine hung) keeps its
connections open, and its computer's kernel still answers TCP keepalives, so neither the
server's own statement timeout nor the network's timeouts ever fire: a read would wait for
ever. Every wait for the server on a DuoDesk connection is therefore watched, by one thread per
open server project:

- when a wait has lasted :func:`notice_after_s`, the server is asked whether it answers at all,
  on a new connection of its own (let in or refused, the server has answered). A server busy
  with a long summary answers at once, and the wait goes on untouched;
- a server that does not answer is reported to the listeners (:meth:`ServerWatch.listen`): the
  command line says so in a sentence, the window shows its outage line;
- after :func:`give_up_after_s` seconds of silence (``DUODESK_SERVER_WAIT_S``) the connection's
  socket is shut down, so that the blocked read returns and the statement fails with
  :class:`ServerStoppedAnswering`. Its transaction was never committed, so nothing of it is
  stored; only when the silence began during the commit itself is the outcome unknown until
  the server answers again (all or nothing either way), which the error says.

Written here rather than taken from a library: psycopg waits in its own loop, and no library
watches it; the one place every wait passes through is :meth:`psycopg.Connection.wait`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psycopg

log = logging.getLogger("duodesk.server")

NOTICE_AFTER_S = 5.0  # a wait this long makes DuoDesk ask whether the server answers at all
GIVE_UP_AFTER_S = 60.0  # silence for this long ends the wait (DUODESK_SERVER_WAIT_S)
PING_TIMEOUT_S = 2  # libpq's shortest connect_timeout
# A busy laptop or server may miss one ping's 2 seconds while answering every query: the
# person is told only when pings in a row find no answer.
PINGS_BEFORE_SAYING = 2
CHECK_EVERY_S = 0.25


def give_up_after_s() -> float:
    """How long a wait may go without the server answering (``DUODESK_SERVER_WAIT_S``, else
    60 seconds) before it is given up."""
    try:
        return max(1.0, float(os.environ.get("DUODESK_SERVER_WAIT_S", GIVE_UP_AFTER_S)))
    except ValueError:
        return GIVE_UP_AFTER_S


def notice_after_s() -> float:
    """How long a wait lasts before the server is asked whether it answers (at most half the
    time given before giving up, so that the person is told before DuoDesk stops)."""
    return min(NOTICE_AFTER_S, give_up_after_s() / 2)


class ServerStoppedAnswering(psycopg.OperationalError):
    """A wait for the server given up after ``seconds`` without an answer. ``during_commit``:
    the silence began while the transaction was being committed, so whether it was stored is
    known only once the server answers again."""

    def __init__(self, seconds: float, *, during_commit: bool) -> None:
        super().__init__(f"the server did not answer for {seconds:.0f} seconds")
        self.seconds, self.during_commit = seconds, during_commit


@dataclass(eq=False)
class _Wait:
    connection: WatchedConnection
    socket: int
    heard: float  # when the server was last known to answer
    committing: bool
    said: bool = False
    given_up: float | None = None  # the seconds of silence when it was given up
    unanswered_pings: int = 0  # checks in a row that found no answer


class ServerWatch:
    """The waits of one server project's connections (see the module's description).

    Listeners are called on the watch's own thread: ``silent(seconds)`` once per wait that has
    gone that long without an answer, ``answering()`` when such a wait gets its answer after
    all.
    """

    def __init__(self) -> None:
        _WATCHES.add(self)
        self._waits: set[_Wait] = set()
        self._lock = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._listeners: list[tuple[Callable[[float], None], Callable[[], None]]] = []

    def listen(
        self, silent: Callable[[float], None], answering: Callable[[], None] = lambda: None
    ) -> Callable[[], None]:
        """Call ``silent`` and ``answering`` (see the class); returns what stops it."""
        pair = (silent, answering)
        self._listeners.append(pair)
        return lambda: self._listeners.remove(pair) if pair in self._listeners else None

    def connect(self, dialect: Any, record: Any, cargs: list, cparams: dict) -> WatchedConnection:
        """SQLAlchemy's ``do_connect`` event: a connection whose waits this watch sees."""
        connection = WatchedConnection.connect(*cargs, **cparams)
        connection.watch = self
        return connection

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._lock.notify_all()

    # -- the waits ---------------------------------------------------------------------------

    def begin(self, connection: WatchedConnection) -> _Wait:
        if connection.address is None:  # read here, in the thread that owns the connection
            connection.address = connection.info.dsn
        wait = _Wait(connection, socket_of(connection), time.monotonic(), connection.committing)
        with self._lock:
            first = not self._waits
            self._waits.add(wait)
            if self._thread is None and not self._closed:
                self._thread = threading.Thread(target=self._run, name="server watch", daemon=True)
                self._thread.start()
            if first:
                self._lock.notify_all()
        return wait

    def end(self, wait: _Wait) -> None:
        with self._lock:
            self._waits.discard(wait)
        if wait.said and wait.given_up is None:
            log.info("The server answers again")
            self._tell(lambda _silent, answering: answering())

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._waits and not self._closed:
                    self._lock.wait()
                if self._closed:
                    return
                self._lock.wait(CHECK_EVERY_S)
                now = time.monotonic()
                due = [w for w in self._waits if now - w.heard >= notice_after_s()]
            if due:
                self._check(due)

    def _check(self, due: list[_Wait]) -> None:
        answered = _server_answers(due[0].connection)
        now = time.monotonic()
        with self._lock:
            due = [w for w in due if w in self._waits]  # those still waiting
            for wait in due:
                if answered:
                    wait.heard, wait.unanswered_pings = now, 0
                else:
                    wait.unanswered_pings += 1
        if answered:
            return
        limit = give_up_after_s()
        for wait in due:
            silence = now - wait.heard
            if wait.unanswered_pings < PINGS_BEFORE_SAYING and silence < limit:
                continue
            if not wait.said:
                wait.said = True
                log.warning("The server has not answered for %.0f seconds", silence)
                self._tell(lambda silent, _answering, s=silence: silent(s))
            if silence >= limit:
                self._give_up(wait, silence)

    def give_up_now(self) -> None:
        """End every wait at once (Ctrl+C): a wait for a silent server would otherwise end
        only when it is given up, since psycopg first asks the server to cancel."""
        now = time.monotonic()
        with self._lock:
            waits = list(self._waits)
        for wait in waits:
            self._give_up(wait, now - wait.heard)

    def _give_up(self, wait: _Wait, silence: float) -> None:
        """Shut the connection's socket down, so that the read blocked on it returns."""
        with self._lock:
            if wait not in self._waits or wait.given_up is not None:
                return
            wait.given_up = silence
            wait.connection.given_up = True
            log.warning("Stopped waiting for a server silent for %.0f seconds", silence)
            # Closed meanwhile (OSError): the wait is over anyway.
            # fromfd duplicates the descriptor (a socket handle on Windows); shutting the
            # duplicate down shuts the connection's socket down.
            with (
                contextlib.suppress(OSError),
                socket.fromfd(wait.socket, socket.AF_INET, socket.SOCK_STREAM) as duplicate,
            ):
                duplicate.shutdown(socket.SHUT_RDWR)

    def _tell(self, call: Callable[[Callable[[float], None], Callable[[], None]], None]) -> None:
        for silent, answering in list(self._listeners):
            try:
                call(silent, answering)
            except Exception:  # a listener's fault must not stop the watch
                log.exception("A listener of the server watch failed")


_WATCHES: weakref.WeakSet[ServerWatch] = weakref.WeakSet()


def give_up_every_wait() -> None:
    """End every wait for a server in this process at once (see
    :meth:`ServerWatch.give_up_now`)."""
    for watch in list(_WATCHES):
        watch.give_up_now()


def _server_answers(connection: WatchedConnection) -> bool:
    """Whether the server at ``connection``'s address answers a new connection at all.

    Asked with psycopg's own connect, which waits in Python and lets the other threads (the
    window) run meanwhile; libpq's ``PQping`` holds the interpreter for its whole timeout. A
    refusal the server itself gives (a wrong password, too many connections) is an answer.
    """
    try:
        psycopg.connect(connection.address or "", connect_timeout=PING_TIMEOUT_S).close()
    except psycopg.Error as error:
        return error.sqlstate is not None or "password" in str(error).lower()
    return True


def socket_of(connection: psycopg.Connection) -> int:
    """The connection's socket, or -1 once it is closed or lost."""
    try:
        return connection.pgconn.socket
    except psycopg.OperationalError:
        return -1


class WatchedConnection(psycopg.Connection):
    """A psycopg connection whose every wait for the server its :class:`ServerWatch` sees."""

    watch: ServerWatch | None = None
    committing = False
    address: str | None = None  # the connection's parameters, without the password
    given_up = False  # its socket was shut down: it is of no more use

    def wait(self, gen, *args: Any, **kwargs: Any):  # type: ignore[override]
        if self.watch is None or socket_of(self) < 0:  # closed or lost: psycopg says so
            return super().wait(gen, *args, **kwargs)
        wait = self.watch.begin(self)
        try:
            return super().wait(gen, *args, **kwargs)
        except psycopg.Error:
            if wait.given_up is not None:
                raise ServerStoppedAnswering(wait.given_up, during_commit=wait.committing) from None
            raise
        finally:
            self.watch.end(wait)

    def _try_cancel(self, *, timeout: float = 5.0) -> None:
        # A cancel request goes to the server on a new connection: one that does not answer
        # would hold Ctrl+C up for seconds. With the socket shut, the server drops the
        # transaction by itself.
        if not self.given_up:
            super()._try_cancel(timeout=timeout)

    def commit(self) -> None:
        self.committing = True
        try:
            super().commit()
        finally:
            self.committing = False


def stopped_answering(error: BaseException) -> ServerStoppedAnswering | None:
    """The :class:`ServerStoppedAnswering` behind ``error`` (as SQLAlchemy wraps it), if any."""
    return _found_in(error, ServerStoppedAnswering)  # type: ignore[return-value]


def _found_in(error: BaseException | None, kind: type[BaseException]) -> BaseException | None:
    """The first ``kind`` among ``error``, what it wraps and what it was raised from or
    while handling."""
    waiting, seen = [error], set()
    while waiting:
        error = waiting.pop(0)
        if error is None or id(error) in seen:
            continue
        seen.add(id(error))
        if isinstance(error, kind):
            return error
        waiting += [getattr(error, "orig", None), error.__cause__, error.__context__]
    return None


def interrupted(error: BaseException) -> bool:
    """Whether ``error`` came while a Ctrl+C was being handled (a rollback on a connection
    whose wait Ctrl+C ended fails in its turn)."""
    return _found_in(error, KeyboardInterrupt) is not None
