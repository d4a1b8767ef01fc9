"""Questionnaires built to hurt: they must be refused (or stored) cheaply.

Each runs the real command in a child process under a CPU-time and memory limit set by the
operating system, so a regression shows as a killed process rather than a slow test.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys

import pytest
from openpyxl import Workbook

from duodesk.core.engine import MAX_CALCULATED_TEXT, MAX_CALCULATED_TEXT_PER_INTERVIEW

pytestmark = pytest.mark.skipif(os.name != "posix", reason="uses POSIX resource limits")

CPU_SECONDS = 20  # each takes under 2 s of CPU; before the fixes, minutes
MEMORY_BYTES = 1_500_000_000


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


def _duodesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "duodesk.cli", *args],
        capture_output=True,
        text=True,
        preexec_fn=_limited,
        stdin=subprocess.DEVNULL,
        timeout=600,
    )


def _form(path, rows, form_id="hostile") -> None:
    book = Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(["type", "name", "label", "calculation"])
    for row in rows:
        survey.append(row)
    settings = book.create_sheet("settings")
    settings.append(["form_id", "form_title"])
    settings.append([form_id, "Hostile"])
    book.save(path)


def test_thousands_of_unknown_references_are_refused_cheaply(tmp_path):
    form = tmp_path / "refs.xlsx"
    rows = [["text", "name_of_the_centre", "Centre"]]
    rows += [  # 8,000 references to questions that do not exist
        [
            "calculate",
            f"calc_{i}",
            "",
            f"concat(${{missing_question_{i}}}, ${{other_missing_{i}}}, ${{name_of_centr}})",
        ]
        for i in range(4000)
    ]
    _form(form, rows)
    done = _duodesk("--db", str(tmp_path / "p.duodesk"), "import-form", str(form))
    assert done.returncode == 1, done.stderr[-500:]
    assert "Traceback" not in done.stderr
    assert 'There is no question called "missing_question_0"' in done.stderr
    assert "did you mean ${name_of_the_centre}?" in done.stderr


def test_doubling_calculations_cannot_fill_the_project(tmp_path):
    form = tmp_path / "doubling.xlsx"
    rows = [["text", "seed", "Seed"], ["calculate", "c0", "", "concat(${seed}, ${seed})"]]
    rows += [
        ["calculate", f"c{i}", "", f"concat(${{c{i - 1}}}, ${{c{i - 1}}}, ${{c{i - 1}}})"]
        for i in range(1, 60)
    ]
    _form(form, rows)
    db = tmp_path / "p.duodesk"
    assert _duodesk("--db", str(db), "import-form", str(form)).returncode == 0
    data = tmp_path / "data.csv"
    data.write_text("_uuid,seed\n1b4e28ba-2fa1-11d2-883f-0016d3cca427," + "x" * 1000 + "\n")
    done = _duodesk("--db", str(db), "import-data", "hostile", str(data))
    assert done.returncode == 0, done.stderr[-500:]

    import sqlite3

    with sqlite3.connect(db) as connection:
        lengths = [
            row[0]
            for row in connection.execute(
                "SELECT length(value) FROM answers WHERE question LIKE 'c%' AND value IS NOT NULL"
            )
        ]
    assert lengths and max(lengths) <= MAX_CALCULATED_TEXT
    assert sum(lengths) <= MAX_CALCULATED_TEXT_PER_INTERVIEW
    size = sum(p.stat().st_size for p in tmp_path.iterdir() if p.name.startswith("p.duodesk"))
    assert size < 20_000_000
