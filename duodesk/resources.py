"""Where the shipped files are: example questionnaires, icons, schema migrations.

Three ways DuoDesk runs, three places:

- from a source checkout: the top-level ``resources/`` folder;
- installed from a wheel: that folder installed as the package ``duodesk._resources`` (see
  ``pyproject.toml``);
- as the bundled program (PyInstaller, ``packaging/duodesk.spec``): ``resources/`` inside the
  folder the bundle unpacks to (``sys._MEIPASS``), and nothing outside it: a bundle never reads a
  source tree, a virtual environment or the user's Python packages.
"""

from __future__ import annotations

import importlib.resources
import sys
from pathlib import Path

_SOURCE_TREE = Path(__file__).resolve().parent.parent / "resources"


def bundle_dir() -> Path | None:
    """The folder holding the bundled program's files; None when DuoDesk runs under Python."""
    if not getattr(sys, "frozen", False):
        return None
    unpacked = getattr(sys, "_MEIPASS", None)
    return Path(unpacked) if unpacked else Path(sys.executable).resolve().parent


def resources_dir() -> Path:
    """The folder holding ``examples/`` and ``icons/``."""
    bundle = bundle_dir()
    if bundle is not None:
        return bundle / "resources"
    if _SOURCE_TREE.is_dir():
        return _SOURCE_TREE
    return Path(str(importlib.resources.files("duodesk._resources")))


def migrations_dir() -> Path:
    """The Alembic script folder (``env.py``, ``versions/``), which Alembic reads as files."""
    bundle = bundle_dir()
    if bundle is not None:
        return bundle / "duodesk" / "storage" / "migrations"
    return Path(__file__).resolve().parent / "storage" / "migrations"


def example_forms() -> list[Path]:
    """The example questionnaires (XLSForm workbooks), sorted by file name."""
    return sorted((resources_dir() / "examples").glob("*.xlsx"))


def application_icon_file() -> Path:
    """DuoDesk's icon as SVG (windows, the about box; packaging draws the other formats)."""
    return resources_dir() / "icons" / "duodesk.svg"
