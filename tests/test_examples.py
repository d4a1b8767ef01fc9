"""The shipped example questionnaires are what ``packaging/build_examples.py`` makes from their
modules in ``packaging/example_forms/``, with DuoDesk's own reader, checks and writer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl

from duodesk.core.checks import check_questionnaire
from duodesk.core.xlsform import read_xlsform
from duodesk.resources import example_forms

ROOT = Path(__file__).resolve().parents[1]


def _cells(path: Path) -> dict[str, list[tuple[object, ...]]]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in workbook}
    finally:
        workbook.close()


def test_regenerating_the_examples_gives_the_committed_workbooks(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_examples.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    committed = {path.name: path for path in example_forms()}
    made = sorted(tmp_path.glob("*.xlsx"))
    assert [path.name for path in made] == sorted(committed), built.stdout
    for path in made:
        # The content, not the bytes: a workbook records when it was saved.
        assert _cells(path) == _cells(committed[path.name]), path.name
        assert read_xlsform(path) == read_xlsform(committed[path.name])


def test_every_example_passes_the_checks_a_users_form_gets() -> None:
    for path in example_forms():
        assert check_questionnaire(read_xlsform(path)) == [], path.name
