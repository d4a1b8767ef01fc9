"""A crash mid-interview loses nothing: the draft reopens on the same question, every answer
in place."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from duodesk.gui.entry import operations as ops
from duodesk.storage.database import Database
from tests.gui.entry_helpers import show

ROOT = Path(__file__).resolve().parents[2]


def test_a_killed_interview_reopens_on_the_same_question_with_every_answer(qtbot, tmp_path):
    path = tmp_path / "crash.duodesk"
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.entry_crash_child", str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        line = child.stdout.readline()
        assert line.startswith("READY"), line + child.stderr.read()
        _, interview_id, where = line.split()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    assert where == "diagnosis_place"

    database = Database.open(path)
    try:
        drafts = ops.list_drafts(database)
        assert [d.interview_id for d in drafts] == [int(interview_id)]
        opened = ops.open_interview(database, int(interview_id))
        assert opened.current_question == "diagnosis_place"
        assert {k: str(v) for k, v in opened.answers.items() if k != "age_group"} == {
            "interview_date": "2024-07-12",
            "interview_place": "sdf_office",
            "sex": "female",
            "age": "44",
            "hcv_diagnosed": "yes",
            "diagnosis_when": opened.answers["diagnosis_when"],
        }
        window = show(qtbot, database, opened)
        view = window.view
        assert view.pages[view.index].first == "diagnosis_place"
        view.go_back()
        assert view.widgets["diagnosis_when"].value() == opened.answers["diagnosis_when"]
        view.go_to_question("age")
        assert view.widgets["age"].value() == 44
    finally:
        database.close()
