"""Exporting the Data sheet: DuoDesk's workbook export against a bare openpyxl write-only loop.

Imports N interviews x 50 questions (the benchmark form) into a project once (in a process of
its own, so that the process starting the measured phases stays small), then, each in a fresh
process so that peak memory is its own (Linux's ``VmHWM``, which unlike ``ru_maxrss`` does not
carry over the peak of the process that started it):

- ``duodesk``: the data part of the workbook export (rows streamed from the database, cells
  made safe, select_multiple split into 0/1 columns, written in write-only mode);
- ``full``: the whole export as a person asks for it (``export()``: summary, disclosure
  control, the summary workbook and the interview file with its Data sheet);
- ``baseline``: the same cells, read beforehand from the CSV export into memory, appended to a
  write-only openpyxl worksheet in a plain loop.

The Data sheet and the bare loop run in turn ``--rounds`` times, each round in the other order,
and their medians are compared. Prints time and peak memory of each beside the bare loop, and
the ratios. Target: the Data
sheet within 1.2x of the bare loop, every peak under 500 MB at 100,000 interviews. Beside the
wall-clock time, the processor time of each (what the process itself used): on a machine that
others share, the wall-clock ratio moves with their load, the processor-time ratio much less.

    python benchmarks/bench_export.py --interviews 20000 --rounds 5
    python benchmarks/bench_export.py --keep FOLDER   # build once into FOLDER, reuse it after
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_import import generate_csv
from benchmarks.benchmark_form import benchmark_questionnaire


def build_project(db: Path, data: Path) -> None:
    from duodesk.storage.database import Database
    from duodesk.storage.importer import import_responses
    from duodesk.storage.questionnaires import save_questionnaire

    database = Database.open(db)
    with database.session() as session:
        save_questionnaire(session, benchmark_questionnaire())
    import_responses(database, "bench", data)
    database.close()


def run_duodesk(db: Path, out: Path) -> dict:
    from openpyxl import Workbook

    from duodesk.exports.layout import ExportOptions
    from duodesk.exports.prepare import prepare
    from duodesk.exports.workbook import _data
    from duodesk.storage.database import Database

    database = Database.open(db)
    prepared = prepare(database, "bench", ExportOptions(labels=False), with_summary=False)
    start, cpu = time.perf_counter(), time.process_time()
    workbook = Workbook(write_only=True)
    _data(workbook, database, prepared, lambda _f: None, None)
    workbook.save(out)
    elapsed = time.perf_counter() - start
    database.close()
    return {"seconds": elapsed, "cpu": time.process_time() - cpu, "rows": prepared.interviews}


def run_full(db: Path, out: Path) -> dict:
    from duodesk.exports.export import export
    from duodesk.exports.layout import ExportOptions
    from duodesk.storage.database import Database

    database = Database.open(db)
    start, cpu = time.perf_counter(), time.process_time()
    report = export(
        database, "bench", out, ExportOptions(labels=False, include_interview_data=True)
    )
    elapsed = time.perf_counter() - start
    database.close()
    return {"seconds": elapsed, "cpu": time.process_time() - cpu, "rows": report.interviews}


def run_baseline(source_csv: Path, out: Path) -> dict:
    from openpyxl import Workbook

    with source_csv.open(encoding="utf-8-sig", newline="") as handle:
        rows = [
            [int(v) if v.isdigit() else (None if v == "" else v) for v in row]
            for row in csv.reader(handle)
        ]
    start, cpu = time.perf_counter(), time.process_time()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Data")
    for row in rows:
        sheet.append(row)
    workbook.save(out)
    return {
        "seconds": time.perf_counter() - start,
        "cpu": time.process_time() - cpu,
        "rows": len(rows) - 1,
    }


def set_up(kept: Path, interviews: int) -> None:
    """Generate the interviews, import them and export the CSV the baseline reads (all in
    this process, so that the parent that starts the measured phases stays small)."""
    data, db = kept / "interviews.csv", kept / "project.duodesk"
    start = time.perf_counter()
    generate_csv(data, interviews)
    build_project(db, data)
    print(f"set up {interviews:,} interviews in {time.perf_counter() - start:.0f} s")
    # The baseline writes exactly the cells DuoDesk writes: take them from its CSV.
    from duodesk.exports.export import export
    from duodesk.exports.layout import ExportOptions
    from duodesk.storage.database import Database

    database = Database.open(db)
    export(database, "bench", kept / "cells.csv", ExportOptions(labels=False))
    database.close()


def peak_mb() -> float:
    """This process's own peak resident memory, in MB. Linux's ``VmHWM`` counts only what this
    program used; ``ru_maxrss`` also keeps the peak of the process it was started from (the
    parent's memory is counted until the new program replaces it), so it is the fallback."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(args: argparse.Namespace) -> None:
    if args.phase == "setup":
        set_up(Path(args.out), args.interviews)
        return
    if args.phase == "duodesk":
        result = run_duodesk(Path(args.db), Path(args.out))
    elif args.phase == "full":
        result = run_full(Path(args.db), Path(args.out))
    else:
        result = run_baseline(Path(args.source), Path(args.out))
    result["peak_mb"] = peak_mb()
    print(json.dumps(result))


def _median(results) -> dict:
    """The median of each figure over the runs (peak memory: the highest)."""
    results = list(results)
    middle = len(results) // 2
    merged = {key: sorted(r[key] for r in results)[middle] for key in ("seconds", "cpu")}
    merged["peak_mb"] = max(r["peak_mb"] for r in results)
    merged["rows"] = results[0]["rows"]
    return merged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--interviews", type=int, default=100_000)
    parser.add_argument(
        "--keep", help="build the project in this folder once and reuse it on later runs"
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="how many times to run each (default 3)"
    )
    parser.add_argument(
        "--phase", choices=("setup", "duodesk", "full", "baseline"), help=argparse.SUPPRESS
    )
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--source", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        child(args)
        return
    with tempfile.TemporaryDirectory(prefix="duodesk-bench-") as folder:
        work = Path(folder)
        kept = Path(args.keep) if args.keep else work
        kept.mkdir(parents=True, exist_ok=True)
        db = kept / "project.duodesk"
        if not (kept / "cells.csv").exists():
            # In a process of its own: a parent that had imported 100,000 interviews would
            # pass its memory on to the peak of every phase it starts.
            setup = ["--phase", "setup", "--out", str(kept), "--interviews", str(args.interviews)]
            subprocess.run([sys.executable, __file__, *setup], check=True)

        def phase(*extra: str) -> dict:
            out = subprocess.run(
                [sys.executable, __file__, *extra], capture_output=True, text=True, check=True
            )
            return json.loads(out.stdout.strip().splitlines()[-1])

        def ours_once() -> dict:
            return phase("--phase", "duodesk", "--db", str(db), "--out", str(work / "a.xlsx"))

        def base_once() -> dict:
            source = str(kept / "cells.csv")
            return phase("--phase", "baseline", "--source", source, "--out", str(work / "b.xlsx"))

        # The two are run in turn, several times, each round in the other order, and the
        # medians compared: on a shared machine one run of each moved the ratio by 0.2.
        rounds: list[tuple[dict, dict]] = []
        for number in range(args.rounds):
            if number % 2:
                base_round = base_once()
                rounds.append((ours_once(), base_round))
            else:
                ours_round = ours_once()
                rounds.append((ours_round, base_once()))
        full = phase("--phase", "full", "--db", str(db), "--out", str(work / "full.xlsx"))
        ours, base = _median(r[0] for r in rounds), _median(r[1] for r in rounds)
        for number, (one, other) in enumerate(rounds, start=1):
            print(
                f"round {number}: Data sheet {one['seconds']:6.1f} s, bare loop "
                f"{other['seconds']:6.1f} s: {one['seconds'] / other['seconds']:4.2f}x  "
                f"(processor {one['cpu'] / other['cpu']:4.2f}x)"
            )
        ratio = ours["seconds"] / base["seconds"]
        print(f"medians of {args.rounds} rounds:")
        for name, result, what in (
            ("duodesk export", ours, f"({ours['rows']:,} interviews)"),
            ("whole export", full, "(summary, disclosure, summary workbook and interview file)"),
            ("bare openpyxl", base, f"({base['rows']:,} rows)"),
        ):
            print(
                f"{name:<15}: {result['seconds']:7.1f} s  processor {result['cpu']:7.1f} s  "
                f"peak {result['peak_mb']:6.0f} MB {what}"
            )
        print(
            f"Data sheet / bare loop   : {ratio:5.2f}x  processor "
            f"{ours['cpu'] / base['cpu']:5.2f}x  (target: within 1.2x)"
        )
        print(
            f"whole export / bare loop : {full['seconds'] / base['seconds']:5.2f}x  processor "
            f"{full['cpu'] / base['cpu']:5.2f}x"
        )
        print("target: every peak under 500 MB at 100,000 interviews")


if __name__ == "__main__":
    main()
