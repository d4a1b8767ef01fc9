"""``duodesk --version`` prints the version pyproject.toml declares."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from duodesk.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_version_is_the_one_in_pyproject(capsys):
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"DuoDesk {declared['project']['version']}"
