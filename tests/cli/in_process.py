"""The ``duodesk`` command run inside the test's own process: the same code as the program
(``duodesk.cli.main``), its output and exit code, without starting Python each time. Tests of
what only a separate program shows (a crash, a signal, the process list) start one instead
(``tests.cli.test_cli.duodesk``)."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
from collections.abc import Iterator

from duodesk.cli import main


@contextlib.contextmanager
def _environment(changes: dict[str, str] | None) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in changes or {}}
    os.environ.update(changes or {})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def duodesk_here(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    out, err = io.StringIO(), io.StringIO()
    with _environment(env), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as stop:  # --help, or a command line the parser refuses
            code = stop.code if isinstance(stop.code, int) else 1
    return subprocess.CompletedProcess(["duodesk", *args], code, out.getvalue(), err.getvalue())
