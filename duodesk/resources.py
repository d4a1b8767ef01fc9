"""Where the shipped resources (example questionnaires, icons) are.

In a source checkout they are the top-level ``resources/`` folder; in a wheel that folder is
installed as the package ``duodesk._resources`` (see ``pyproject.toml``).
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

_SOURCE_TREE = Path(__file__).resolve().parent.parent / "resources"


def resources_dir() -> Path:
    """The folder holding ``examples/`` and ``icons/``."""
    if _SOURCE_TREE.is_dir():
        return _SOURCE_TREE
    return Path(str(importlib.resources.files("duodesk._resources")))


def example_forms() -> list[Path]:
    """The example questionnaires (XLSForm workbooks), sorted by file name."""
    return sorted((resources_dir() / "examples").glob("*.xlsx"))
