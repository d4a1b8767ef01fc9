"""Which DuoDesk processes have a local project open.

Every process that opens a project file holds a shared lock on a small lock file beside it
(``project.duodesk.lock``) for as long as it is open. Work that replaces the whole file
(changing the passphrase, restoring a backup) needs an exclusive lock: it is refused while
another window or command has the project open, and nobody can open the project while it runs.
SQLite's own locks cannot do this: between transactions an open connection holds none, so a
re-key would pull the file from under a process that is about to write.

Locks are the operating system's (``flock`` / ``LockFileEx`` through portalocker), so they
vanish with the process, even after ``kill -9``.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import IO

import portalocker

# How long opening waits for a re-key or restore run by another process to finish.
OPEN_WAIT_SECONDS = 30.0


class ProjectBusyError(Exception):
    """Another process holds the lock that this one needs."""


def lock_path(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


class ProjectLock:
    """The lock this process holds on one project file."""

    def __init__(self, project: Path) -> None:
        self._path = lock_path(project)
        self._file: IO[bytes] | None = None
        self.exclusive = False

    def _open(self) -> IO[bytes]:
        if self._file is None:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
            self._file = os.fdopen(fd, "r+b")
        return self._file

    def share(self, wait: float = OPEN_WAIT_SECONDS) -> None:
        """Hold a shared lock, waiting up to ``wait`` seconds for an exclusive holder."""
        deadline = time.monotonic() + wait
        while True:
            try:
                portalocker.lock(self._open(), portalocker.LOCK_SH | portalocker.LOCK_NB)
            except portalocker.exceptions.LockException:
                if time.monotonic() >= deadline:
                    raise ProjectBusyError from None
                time.sleep(0.1)
            else:
                self.exclusive = False
                return

    def take_whole(self) -> None:
        """Trade the shared lock for an exclusive one, or raise :class:`ProjectBusyError` (and
        keep the shared lock) when another process has the project open."""
        handle = self._open()
        portalocker.unlock(handle)
        try:
            portalocker.lock(handle, portalocker.LOCK_EX | portalocker.LOCK_NB)
        except portalocker.exceptions.LockException:
            self.share()
            raise ProjectBusyError from None
        self.exclusive = True

    def release(self) -> None:
        if self._file is not None:
            portalocker.unlock(self._file)
            self._file.close()
            self._file = None
        self.exclusive = False
