"""Programs from the system that some tests compare DuoDesk against (PSPP, Gnumeric, ...).

They are not Python packages, so ``pip`` cannot install them. On a developer's machine without
them, the tests that need them are skipped with a message saying what to install; ``.ci/run``
installs them and sets ``DUODESK_REFERENCE_TOOLS=required``, and there a missing program fails
the test instead, so CI can never pass without the comparisons having run.
"""

from __future__ import annotations

import os
import shutil

import pytest


def reference_tools_required() -> bool:
    return os.environ.get("DUODESK_REFERENCE_TOOLS") == "required"


def missing(what: str, package: str) -> None:
    """Skip (or, in CI, fail) the calling test because ``what`` is not installed."""
    message = f"{what} is not installed: apt-get install {package} (.ci/run does this)"
    if reference_tools_required():
        pytest.fail(message)
    pytest.skip(message)


def require_program(program: str, package: str) -> str:
    """The path of ``program``; skips or fails the test (see above) when it is missing."""
    path = shutil.which(program)
    if path is None:
        missing(f"The program {program!r}", package)
    assert path is not None
    return path
