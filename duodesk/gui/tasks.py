"""Running work off the GUI thread.

Every operation that touches the project runs on one background thread, in the order it was
asked for, so that two writes never race and the window never freezes. The result (or the
error) comes back to the GUI thread by signal, where the caller's callback runs. Only plain
values cross: operations return frozen dataclasses, never widgets or live ORM objects.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives in the GUI thread; its signals carry a task's outcome back there."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # reported to the screen that asked, never lost
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """A single background worker for one window's operations."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run ``work()`` in the background; then ``on_done(result)`` or ``on_error(error)``
        on the GUI thread."""
        relay = _Relay()
        self._relays.add(relay)  # keep it alive until the task reports back

        def finished(callback: Callable[[Any], None] | None, value: Any) -> None:
            self._relays.discard(relay)
            if callback is not None and _owner_alive(callback):
                callback(value)

        relay.succeeded.connect(lambda result: finished(on_done, result))
        relay.failed.connect(lambda error: finished(on_error or _raise_later, error))
        self._pool.start(_Task(work, relay))

    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = -1) -> bool:
        """Block until queued work is done (when a window closes); True if it all finished."""
        return self._pool.waitForDone(msecs)


def _owner_alive(callback: Callable[[Any], None]) -> bool:
    """False when ``callback`` is a method of a widget that was closed and deleted while its
    work ran (the work itself is done; there is just no one left to tell)."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


def _raise_later(error: Exception) -> None:
    raise error
