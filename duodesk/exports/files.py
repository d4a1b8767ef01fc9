"""Writing an export file whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

OWNER_ONLY = 0o600


@contextlib.contextmanager
def replaced_when_complete(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` to write to; it becomes ``path`` only when the block
    ends without an error. A cancelled or failed export leaves no file, half-written or not,
    and an existing file at ``path`` untouched. The file is readable by its owner only (like
    the project): whatever wrote it, it is made so before it gets its real name."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.stem}-", suffix=f"{path.suffix}.part", dir=path.parent
    )
    os.close(handle)
    temporary_path = Path(temporary)
    try:
        yield temporary_path
        os.chmod(temporary_path, OWNER_ONLY)
        os.replace(temporary_path, path)
    finally:
        temporary_path.unlink(missing_ok=True)
