"""Interview entry with a big project: saving an answer, finishing, opening the interview list.

Builds a project with N interviews of the hepatitis C example (answers made by the form engine
for a few hundred simulated interviews, repeated; rows written with ``executemany``), then
times, on the worker's code path (the operations the screens call):

- ``save one answer``: :func:`operations.save_answers` of one changed answer of a draft;
- ``finish``: :func:`operations.finish_interview` with every record of the interview;
- ``list open``: the interview window from construction until its first page of rows is on
  screen (count + first page, offscreen).

The baseline is the same operations on a project holding one interview, measured in the same
run. Targets: save and finish under 30 ms, list open under 1 s, with 100,000 interviews.

    .venv/bin/python benchmarks/bench_entry.py [--interviews 100000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from duodesk.core.engine import FormEngine
from duodesk.core.records import AnswerRecord, AnswerStatus, FormChange, records_from_state
from duodesk.core.simulate import simulate_answers
from duodesk.gui.entry import operations as ops
from duodesk.gui.operations import add_example_questionnaires
from duodesk.storage.database import Database
from duodesk.storage.interviews import insert_answer_rows
from duodesk.storage.questionnaires import latest_version

FORM = "hepc_peer_survey"
DISTINCT = 300
BATCH = 5_000


def fill(database: Database, count: int) -> None:
    """``count`` complete interviews, written in batches with executemany."""
    add_example_questionnaires(database)
    with database.session() as session:
        version = latest_version(session, FORM)
    assert version is not None
    questionnaire = version.questionnaire
    engine = FormEngine(questionnaire)
    code = set(questionnaire.settings.participant_code)
    answer_sets = [
        [
            r
            for r in records_from_state(questionnaire, engine.evaluate(answers))
            if r.question not in code
        ]
        for answers in simulate_answers(questionnaire, min(DISTINCT, count), seed=3)
    ]
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ")
    sites = ["Centre A", "Centre B", "Drop-in North", "Outreach van"]
    done = 0
    while done < count:
        size = min(BATCH, count - done)
        with database.session() as session:
            connection = session.connection()
            first_id = (
                connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM interviews").scalar()
                or 0
            ) + 1
            rows = [
                (
                    first_id + i,
                    uuid.uuid4().hex,
                    version.version_id,
                    "complete",
                    sites[(done + i) % 4],
                    f"Interviewer {(done + i) % 7}",
                    date.fromordinal(738000 + (done + i) % 700).isoformat(),
                    now,
                    now,
                    now,
                    "end_note",
                )
                for i in range(size)
            ]
            connection.exec_driver_sql(
                "INSERT INTO interviews (id, uuid, version_id, status, site, interviewer,"
                " interview_date, started_at, finished_at, updated_at, current_question)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            insert_answer_rows(
                session,
                [
                    (first_id + i, record)
                    for i in range(size)
                    for record in answer_sets[(done + i) % len(answer_sets)]
                ],
            )
        done += size
        print(f"  {done:,} interviews written", end="\r", flush=True)
    print()


def median_ms(work, repeats: int) -> float:
    times = []
    for n in range(repeats):
        start = time.perf_counter()
        work(n)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(database: Database) -> dict[str, float]:
    with database.session() as session:
        questionnaire = latest_version(session, FORM).questionnaire  # type: ignore[union-attr]
    engine = FormEngine(questionnaire)
    state = engine.evaluate(next(iter(simulate_answers(questionnaire, 1, seed=9))))
    records = [
        r for r in records_from_state(questionnaire, state) if not r.question.startswith("code_")
    ]
    details = ops.InterviewDetails(FORM, "Sam", "Centre B", date(2024, 7, 12))
    draft = ops.start_interview(database, details).interview_id

    def save(n: int) -> None:
        record = AnswerRecord("age", AnswerStatus.ANSWERED, str(20 + n % 50), float(20 + n % 50))
        ops.save_answers(database, draft, FormChange((record,), "age"))

    def finish(n: int) -> None:
        interview_id = ops.start_interview(database, details).interview_id
        start = time.perf_counter()
        ops.finish_interview(database, interview_id, records, "end_note")
        finish.elapsed.append((time.perf_counter() - start) * 1000)  # type: ignore[attr-defined]

    finish.elapsed = []  # type: ignore[attr-defined]
    save_ms = median_ms(save, 60)
    for n in range(25):
        finish(n)
    finish_ms = statistics.median(finish.elapsed)  # type: ignore[attr-defined]
    return {"save one answer": save_ms, "finish": finish_ms, "list open": list_open_ms(database)}


def list_open_ms(database: Database) -> float:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from duodesk.gui.interviews.browser import InterviewsWindow
    from duodesk.gui.tasks import ProjectWorker

    app = QApplication.instance() or QApplication([])
    times = []
    for _ in range(3):
        tasks = ProjectWorker()
        loop = QEventLoop()
        start = time.perf_counter()
        window = InterviewsWindow(database, tasks)
        window.loaded.connect(loop.quit)
        window.show()
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        assert window.model.rowCount() > 0
        window.close()
        tasks.wait()
        window.deleteLater()
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interviews", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        small = Database.open(Path(folder) / "baseline.duodesk")
        fill(small, 1)
        baseline = measure(small)
        small.close()
        big = Database.open(Path(folder) / "big.duodesk")
        start = time.perf_counter()
        fill(big, args.interviews)
        print(
            f"made a project of {args.interviews:,} interviews"
            f" in {time.perf_counter() - start:.0f} s"
        )
        result = measure(big)
        big.close()
    targets = {"save one answer": 30.0, "finish": 30.0, "list open": 1000.0}
    print(
        f"{'':18}{'1 interview':>14}{f'{args.interviews:,} interviews':>20}"
        f"{'ratio':>8}{'target':>10}"
    )
    for name, value in result.items():
        ok = "ok" if value < targets[name] else "SLOW"
        print(
            f"{name:18}{baseline[name]:>11.1f} ms{value:>17.1f} ms"
            f"{value / baseline[name]:>8.2f}{targets[name]:>7.0f} ms {ok}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
