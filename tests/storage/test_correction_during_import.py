"""A correction made here while another process imports a large file into the same project:
both go through, no correction is lost, and the audit trail stays one unbroken chain. A real
second process, a real project file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from duodesk.core.records import AnswerRecord, AnswerStatus, FormChange
from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.xlsform import read_xlsform
from duodesk.gui.entry import operations as ops
from duodesk.gui.operations import add_example_questionnaires
from duodesk.storage import audit
from duodesk.storage.importer import import_responses
from duodesk.storage.models import Interview, InterviewStatus

ROOT = Path(__file__).resolve().parents[2]
FORM = "hepc_peer_survey"


@pytest.mark.slow
def test_corrections_made_during_another_processs_import_are_all_kept(
    database, project_path, example_paths, tmp_path
):
    add_example_questionnaires(database)
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    first = tmp_path / "first.csv"
    write_responses_csv(questionnaire, simulate_answers(questionnaire, 3, seed=11), first)
    assert import_responses(database, FORM, first).imported == 3
    with database.session() as session:
        corrected = session.scalar(select(Interview.id).order_by(Interview.id))
    large = tmp_path / "large.csv"
    write_responses_csv(questionnaire, simulate_answers(questionnaire, 600, seed=12), large)

    importer = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "duodesk.cli",
            "--db",
            str(project_path),
            "import-data",
            FORM,
            str(large),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    made: list[int] = []
    during = 0
    failures: list[Exception] = []
    while importer.poll() is None or len(made) < 20:
        age = 20 + len(made) % 2 * 10 + len(made) % 7  # differs from the one before
        record = AnswerRecord("age", AnswerStatus.ANSWERED, str(age), float(age))
        try:
            outcome = ops.correct_answers(
                database, corrected, FormChange((record,), "age"), "Morag"
            )
        except Exception as error:  # counted, not raised: the test says how many
            failures.append(error)
            continue
        if outcome.corrections:
            made.append(age)
            during += importer.poll() is None
    out, err = importer.communicate()
    assert importer.returncode == 0, err
    assert "Traceback" not in err and "600 interviews imported" in out
    assert failures == []
    assert during > 0  # corrections really were made while the other process imported

    stored = ops.list_corrections(database, corrected)
    assert len([c for c in stored if c.question == "age"]) == len(made)
    opened = ops.open_interview(database, corrected)
    assert opened.answers["age"] == made[-1]
    with database.session() as session:
        complete = session.scalar(
            select(func.count(Interview.id)).where(Interview.status == InterviewStatus.COMPLETE)
        )
        assert complete == 603
        check = audit.verify(session)
        actions = [e.action for e in audit.list_events(session)]
    assert check.intact, check.reason
    assert actions.count("interviews imported") == 2
    assert sum("correct" in action for action in actions) == len(made)
