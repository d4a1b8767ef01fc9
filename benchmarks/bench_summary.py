"""Summaries: DuoDesk's full summary against a bare GROUP BY over the same answers table.

Builds (once, cached under ``benchmarks/out/``) a project of N interviews x 50 questions with
DuoDesk's own import of the generated CSV that ``bench_import.py`` uses (mixed types, skip
logic, about 10% blank); each interview's site is the answer to its "site" question. Then,
each in a fresh process so that peak memory is its own:

- ``baseline``: ``SELECT question, value, count(*) FROM answers GROUP BY question, value``,
  every row fetched;
- ``full``: ``summarize()`` of every question over all complete interviews;
- ``site``: ``summarize()`` over the interviews of one site (about 1 in 9);
- ``where``: ``summarize()`` over the interviews with one answer to a question
  (``gate0 = yes``, about 1 in 3);
- ``most``: ``summarize()`` over seven sites of eight (the subset is most of the project, so
  the counts of the few interviews left out are taken away from the whole).

Prints each time, peak memory and the ratio to the baseline. Targets: full within 2x,
subset within 2.5x, peak memory under 300 MB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_import import generate_csv
from benchmarks.benchmark_form import benchmark_questionnaire

OUT = Path(__file__).resolve().parent / "out"
REPEATS = 3


def project_path(interviews: int) -> Path:
    return OUT / f"summary-{interviews}.duodesk"


def build_project(interviews: int) -> Path:
    """The cached benchmark project, made with DuoDesk's import if it is not there yet."""
    from sqlalchemy import text

    from duodesk.storage.database import Database
    from duodesk.storage.importer import import_responses
    from duodesk.storage.questionnaires import save_questionnaire

    path = project_path(interviews)
    if path.exists():
        return path
    OUT.mkdir(parents=True, exist_ok=True)
    data = OUT / f"summary-{interviews}.csv"
    partial = path.with_suffix(".partial")
    for leftover in OUT.glob(partial.name + "*"):
        leftover.unlink()
    start = time.perf_counter()
    generate_csv(data, interviews, seed=7)
    database = Database.open(partial)
    with database.session() as session:
        save_questionnaire(session, benchmark_questionnaire())
    import_responses(database, "bench", data)
    with database.session() as session:
        session.execute(
            text(
                "UPDATE interviews SET site = coalesce((SELECT value FROM answers"
                " WHERE answers.interview_id = interviews.id AND question = 'site'"
                " AND status = 1), '')"
            )
        )
    with database.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
    database.close()
    partial.rename(path)
    data.unlink()
    print(f"built {path.name} in {time.perf_counter() - start:.0f} s")
    return path


def run_phase(phase: str, path: Path) -> dict:
    from duodesk.analysis import Condition, Subset, summarize
    from duodesk.storage.database import Database

    database = Database.open(path, create=False)
    subsets = {
        "full": Subset(),
        "site": Subset(sites=("site3",)),
        "where": Subset(conditions=(Condition("gate0", "=", "yes"),)),
        "most": Subset(sites=tuple(f"site{i}" for i in range(1, 9) if i != 3)),
    }
    best = float("inf")
    detail: dict = {}
    for _ in range(REPEATS):
        start = time.perf_counter()
        if phase == "baseline":
            with database.engine.connect() as connection:
                rows = connection.exec_driver_sql(
                    "SELECT question, value, count(*) FROM answers GROUP BY question, value"
                ).fetchall()
            detail = {"rows": len(rows)}
        else:
            summary = summarize(database, "bench", subsets[phase])
            detail = {"interviews": summary.interviews, "questions": len(summary.questions)}
        best = min(best, time.perf_counter() - start)
    database.close()
    return {"seconds": best, **detail}


def child(args: argparse.Namespace) -> None:
    result = run_phase(args.phase, Path(args.db))
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--interviews", type=int, default=100_000)
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        child(args)
        return

    path = build_project(args.interviews)
    print(f"project: {path} ({path.stat().st_size / 1e6:.0f} MB), best of {REPEATS} runs each")

    def phase(name: str) -> dict:
        out = subprocess.run(
            [sys.executable, __file__, "--phase", name, "--db", str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(out.stdout.strip().splitlines()[-1])

    base = phase("baseline")
    print(
        f"bare GROUP BY      : {base['seconds']:6.2f} s  peak {base['peak_mb']:5.0f} MB "
        f"({base['rows']:,} groups)"
    )
    targets = {"full": 2.0, "site": 2.5, "where": 2.5, "most": 2.5}
    names = {
        "full": "full summary",
        "site": "one site",
        "where": "gate0 = yes",
        "most": "seven sites",
    }
    for name, target in targets.items():
        ours = phase(name)
        ratio = ours["seconds"] / base["seconds"]
        verdict = "ok" if ratio <= target and ours["peak_mb"] < 300 else "MISSED"
        print(
            f"{names[name]:<19}: {ours['seconds']:6.2f} s  peak {ours['peak_mb']:5.0f} MB "
            f"({ours['interviews']:,} interviews)  {ratio:5.2f}x  "
            f"(target {target}x, 300 MB) {verdict}"
        )


if __name__ == "__main__":
    main()
