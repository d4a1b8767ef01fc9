"""Statistics work for the Results screen, off the GUI thread, with the newest request winning.

Unlike the writer thread of :class:`duodesk.gui.tasks.ProjectWorker`, which runs every task in
turn, a :class:`LatestOnlyRunner` keeps one *current* job per purpose: starting a new one asks the
previous one to stop (through the ``cancelled()`` check it was given) and drops whatever it
returns afterwards, so a table never shows numbers for a subset the user has already changed.
Nothing on the screen says "working" unless a job takes longer than :data:`PROGRESS_DELAY_MS`.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

PROGRESS_DELAY_MS = 500

Work = Callable[[Callable[[float], None], Callable[[], bool]], Any]
"""``work(progress, cancelled)``: ``progress(fraction)`` with 0..1, ``cancelled()`` polled."""


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(float)


class _Job(QRunnable):
    def __init__(self, work: Work, relay: _Relay, stop: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._stop = stop

    def run(self) -> None:
        if self._stop.is_set():
            self._relay.failed.emit(None)  # superseded before it started
            return
        try:
            result = self._work(self._relay.progressed.emit, self._stop.is_set)
        except Exception as error:  # shown by the screen that asked, never lost
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class LatestOnlyRunner(QObject):
    """Runs jobs on one background thread; a new job on a channel cancels the channel's last.

    ``working`` is emitted with True when a job has run for more than half a second without
    finishing (the screen then shows its progress indicator) and with False when the channel's
    newest job ends. ``progress`` carries the newest job's fraction done (0..1).
    """

    working = Signal(str, bool)  # channel, show the progress indicator
    progress = Signal(str, float)  # channel, fraction done

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._current: dict[str, tuple[threading.Event, _Relay]] = {}
        self._relays: set[_Relay] = set()
        self._timers: dict[str, QTimer] = {}
        self._shown: set[str] = set()

    def start(
        self,
        channel: str,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Cancel the channel's running job (its outcome is dropped) and start ``work``."""
        self.cancel(channel)
        stop = threading.Event()
        relay = _Relay()
        self._relays.add(relay)
        self._current[channel] = (stop, relay)

        def is_current() -> bool:
            current = self._current.get(channel)
            return current is not None and current[1] is relay

        def finished(callback: Callable[[Any], None] | None, value: Any) -> None:
            self._relays.discard(relay)
            if not is_current() or stop.is_set():
                return  # superseded: someone already asked for something else
            del self._current[channel]
            self._end_working(channel)
            if callback is not None:
                callback(value)

        relay.succeeded.connect(lambda result: finished(on_done, result))
        relay.failed.connect(lambda error: finished(on_error, error))
        relay.progressed.connect(
            lambda fraction: self.progress.emit(channel, fraction) if is_current() else None
        )
        self._begin_working(channel)
        self._pool.start(_Job(work, relay, stop))

    def cancel(self, channel: str) -> None:
        current = self._current.pop(channel, None)
        if current is not None:
            current[0].set()
        self._end_working(channel)

    def is_working_shown(self, channel: str) -> bool:
        return channel in self._shown

    def stop(self, msecs: int = 10_000) -> bool:
        """Cancel everything and wait for the thread (when the window closes)."""
        for channel in list(self._current):
            self.cancel(channel)
        return self._pool.waitForDone(msecs)

    def _begin_working(self, channel: str) -> None:
        timer = self._timers.get(channel)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda: self._show_working(channel))
            self._timers[channel] = timer
        timer.start(PROGRESS_DELAY_MS)

    def _show_working(self, channel: str) -> None:
        if channel in self._current:
            self._shown.add(channel)
            self.working.emit(channel, True)

    def _end_working(self, channel: str) -> None:
        timer = self._timers.get(channel)
        if timer is not None:
            timer.stop()
        if channel in self._shown:
            self._shown.discard(channel)
            self.working.emit(channel, False)
