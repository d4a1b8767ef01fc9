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

import glob
import os
import shutil
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


@contextmanager
def running_postgres() -> Iterator[str]:
    """Start a server and yield a database URL for it.

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
            yield f"postgresql://duodesk@/duodesk?host={socket_dir}"
        finally:
            run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
            time.sleep(0.1)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
