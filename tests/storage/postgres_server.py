"""A throw-away PostgreSQL server for the tests that check DuoDesk on a shared server.

The server binaries come from the system (Debian's ``postgresql`` package, installed by
``.ci/run``). The cluster lives in a temporary folder, listens only on a Unix socket and is
stopped when the tests end. PostgreSQL refuses to run as root, so as root it runs as the
``postgres`` user that the package creates.

The owner, ``duodesk``, connects without a password (trust); every other user must give a
password (scram-sha-256), as on a real team server. ``fieldworker`` is such a user, with the
password :data:`FIELDWORKER_PASSWORD`.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FIELDWORKER = "fieldworker"
FIELDWORKER_PASSWORD = "Right horse battery 7"

MISSING = (
    "PostgreSQL's server programs (initdb, pg_ctl) were not found. Install them "
    "(Debian: apt-get install postgresql) or run .ci/run, which does."
)


def _server_bin() -> Path | None:
    # Debian keeps the server programs out of PATH, in a folder per major version.
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


class ServerControl:
    """Stops and starts a server that :func:`running_postgres` made, as an outage would."""

    def __init__(self, pg_ctl: list[str], data: Path, options: str, log: Path) -> None:
        self._pg_ctl, self._data, self._options, self._log = pg_ctl, data, options, log

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self._pg_ctl, "-D", str(self._data), *args],
                              capture_output=True, text=True, timeout=120)  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"pg_ctl {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")

    def stop(self) -> None:
        """Stop at once, as a power cut or a crash would (open connections are cut)."""
        self._run("-m", "immediate", "-w", "stop")

    def start(self) -> None:
        self._run("-o", self._options, "-w", "-l", str(self._log), "start")

    def _processes(self) -> list[int]:
        postmaster = int((self._data / "postmaster.pid").read_text().split()[0])
        children = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            with contextlib.suppress(OSError, ValueError, IndexError):
                if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == postmaster:
                    children.append(int(stat.parent.name))
        return [postmaster, *children]

    def freeze(self) -> None:
        """The server stops answering without closing anything (a hung machine)."""
        for pid in self._processes():
            with contextlib.suppress(ProcessLookupError):  # a backend that has just ended
                os.kill(pid, signal.SIGSTOP)

    def thaw(self) -> None:
        for pid in self._processes():
            with contextlib.suppress(ProcessLookupError):  # reaped as the server went on
                os.kill(pid, signal.SIGCONT)


@contextmanager
def running_postgres(control: list[ServerControl] | None = None) -> Iterator[str]:
    """Start a server and yield a database URL for it; with ``control``, a
    :class:`ServerControl` for it is appended to that list.

    Raises FileNotFoundError when PostgreSQL is not installed, RuntimeError when it fails.
    """
    bin_dir = _server_bin()
    if bin_dir is None:
        raise FileNotFoundError(MISSING)
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    folder = Path(tempfile.mkdtemp(prefix="duodesk-pg-"))
    data, socket_dir = folder / "data", folder / "socket"
    socket_dir.mkdir()
    if as_root:
        shutil.chown(folder, "postgres")
        shutil.chown(socket_dir, "postgres")

    def run(*args: str) -> None:
        done = subprocess.run([*prefix, *args], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")

    try:
        run(str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "duodesk", "-E", "UTF8")
        hba = data / "pg_hba.conf"
        hba.write_text("local all duodesk trust\nlocal all all scram-sha-256\n", encoding="utf-8")
        options = f"-c listen_addresses='' -k {socket_dir} -c fsync=off"
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-l",
            str(folder / "server.log"), "start")  # fmt: skip
        try:
            run(str(bin_dir / "createdb"), "-h", str(socket_dir), "-U", "duodesk", "duodesk")
            password = FIELDWORKER_PASSWORD.replace("'", "''")
            run(str(bin_dir / "psql"), "-h", str(socket_dir), "-U", "duodesk", "-d", "duodesk",
                "-v", "ON_ERROR_STOP=1", "-c",
                f"CREATE ROLE {FIELDWORKER} LOGIN CREATEDB PASSWORD '{password}'")  # fmt: skip
            if control is not None:
                pg_ctl = [*prefix, str(bin_dir / "pg_ctl")]
                control.append(ServerControl(pg_ctl, data, options, folder / "server.log"))
            yield f"postgresql://duodesk@/duodesk?host={socket_dir}"
        finally:
            with contextlib.suppress(RuntimeError):  # stopped already by a test's outage
                run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
            time.sleep(0.1)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
