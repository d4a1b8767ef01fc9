"""The findings report at 100,000 interviews, against the health-board workbook of the same run.

Imports N interviews x 50 questions (the benchmark form) into a project once, then, each in a
fresh process so that peak memory is its own:

- ``report``: ``duodesk report --docx --pdf`` as a person asks for it (the summary, small
  numbers hidden across every table, the key findings, the charts drawn with Qt offscreen, the
  Word document and the PDF);
- ``workbook`` (the baseline): the summary workbook (``export()`` to .xlsx: the same summary
  and the same protection of small numbers, its tables and native charts).

Prints time and peak memory of each and their ratio. Target: the report in under a minute and
under 500 MB at 100,000 interviews.

    python benchmarks/bench_report.py --interviews 20000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_export import build_project
from benchmarks.bench_import import generate_csv


def run_report(db: Path, out: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from duodesk.gui.report_render import write_findings_report
    from duodesk.storage.database import Database

    database = Database.open(db)
    start = time.perf_counter()
    written = write_findings_report(
        database, "bench", docx=out.with_suffix(".docx"), pdf=out.with_suffix(".pdf")
    )
    elapsed = time.perf_counter() - start
    database.close()
    return {"seconds": elapsed, "interviews": written.interviews, "charts": written.charts}


def run_workbook(db: Path, out: Path) -> dict:
    from duodesk.exports.export import export
    from duodesk.storage.database import Database

    database = Database.open(db)
    start = time.perf_counter()
    report = export(database, "bench", out.with_suffix(".xlsx"))
    elapsed = time.perf_counter() - start
    database.close()
    return {"seconds": elapsed, "interviews": report.interviews}


def child(args: argparse.Namespace) -> None:
    run = run_report if args.phase == "report" else run_workbook
    result = run(Path(args.db), Path(args.out))
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--interviews", type=int, default=100_000)
    parser.add_argument("--phase", choices=("report", "workbook"), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        child(args)
        return
    with tempfile.TemporaryDirectory(prefix="duodesk-bench-") as folder:
        work = Path(folder)
        data, db = work / "interviews.csv", work / "project.duodesk"
        start = time.perf_counter()
        generate_csv(data, args.interviews)
        build_project(db, data)
        print(f"set up {args.interviews:,} interviews in {time.perf_counter() - start:.0f} s")

        def phase(name: str) -> dict:
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--phase",
                    name,
                    "--db",
                    str(db),
                    "--out",
                    str(work / name),
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            return json.loads(out.stdout.strip().splitlines()[-1])

        base = phase("workbook")
        ours = phase("report")
        sizes = {
            suffix: (work / "report").with_suffix(suffix).stat().st_size / 1e6
            for suffix in (".docx", ".pdf")
        }
        print(
            f"findings report : {ours['seconds']:7.1f} s  peak {ours['peak_mb']:6.0f} MB "
            f"({ours['interviews']:,} interviews, {ours['charts']} charts; "
            f".docx {sizes['.docx']:.1f} MB, .pdf {sizes['.pdf']:.1f} MB)"
        )
        print(
            f"summary workbook: {base['seconds']:7.1f} s  peak {base['peak_mb']:6.0f} MB "
            "(the baseline: same summary and protection of small numbers)"
        )
        print(f"report / workbook: {ours['seconds'] / base['seconds']:5.2f}x")
        print("target: the report under 60 s and under 500 MB at 100,000 interviews")


if __name__ == "__main__":
    main()
