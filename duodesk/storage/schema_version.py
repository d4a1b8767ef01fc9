"""Which schema revisions this program knows, read from the migration scripts without loading
Alembic, so that opening a project whose schema is current costs one query and no import.

Alembic itself (:mod:`duodesk.storage.migrations`) is loaded only when a project has to be
created or upgraded. A test checks that these answers agree with Alembic's.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)


@functools.cache
def _graph() -> dict[str, str | None]:
    """Each revision and the one it follows (None for the first)."""
    graph: dict[str, str | None] = {}
    for script in sorted(VERSIONS.glob("*.py")):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is not None:
            graph[revision.group(1)] = down.group(1) if down is not None else None
    return graph


def known_revisions() -> set[str]:
    return set(_graph())


def head_revision() -> str:
    """The newest revision: the one no other revision follows."""
    graph = _graph()
    heads = set(graph) - {down for down in graph.values() if down is not None}
    if len(heads) != 1:
        raise RuntimeError(f"The migration scripts have {len(heads)} newest revisions: {heads}")
    return heads.pop()
