"""Merging a team's transfer files: DuoDesk's merge against a raw ``executemany`` of the rows.

Builds F transfer files of N interviews x 50 questions each (the benchmark form), as F laptops
that first read the coordinator's questionnaire file would send them. Then, each in a fresh
process so that peak memory is its own:

- ``duodesk``: ``import_transfer`` of the F files, one after the other, into a new project
  (derive the key, decrypt, decompress, parse, match by UUID, store interviews, answers, chosen
  options, participant codes, count possible duplicates);
- ``baseline``: the interview, answer and choice rows that merge stored, read back into memory
  beforehand, inserted into an identical empty project with one ``executemany`` per table.

Prints time and peak memory of each, and the ratio. Target: within 3x, under 500 MB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_import import generate_csv
from benchmarks.benchmark_form import benchmark_questionnaire

PASSPHRASE = "benchmark team passphrase"


def build_files(work: Path, files: int, interviews: int) -> list[Path]:
    """One laptop's project is built the way a team does it (questionnaire file first, then
    an import of N interviews); the F files are its records with each file's interviews given
    their own UUIDs and laptop, as F laptops would have sent them."""
    import uuid

    from duodesk.core.transfer_file import TransferWriter
    from duodesk.storage.database import Database
    from duodesk.storage.importer import import_responses
    from duodesk.storage.questionnaires import save_questionnaire
    from duodesk.storage.transfer import export_transfer, import_transfer, project_records

    coordinator = Database.open(work / "coordinator.duodesk")
    with coordinator.session() as session:
        save_questionnaire(session, benchmark_questionnaire())
    questionnaire_file = work / "questionnaire.transfer"
    export_transfer(coordinator, questionnaire_file, PASSPHRASE, interviews=False)
    coordinator.close()
    laptop = Database.open(work / "laptop.duodesk")
    import_transfer(laptop, questionnaire_file, PASSPHRASE)
    data = work / "laptop.csv"
    generate_csv(data, interviews)
    import_responses(laptop, "bench", data)
    with laptop.session() as session:
        records = list(project_records(session))
    laptop.close()
    made = []
    for number in range(files):
        out = work / f"laptop{number}.transfer"
        laptop_id = uuid.uuid4().hex
        with TransferWriter(out, PASSPHRASE) as writer:
            for record in records:
                if record["t"] == "interview":
                    record = {
                        **record,
                        "uuid": str(uuid.uuid5(uuid.UUID(record["uuid"]), str(number))),
                        "source_key": f"{record['source_key']}:{number}",
                        "origin": laptop_id,
                    }
                elif record["t"] == "team":
                    record = {**record, "laptop": laptop_id}
                writer.write(record)
        made.append(out)
    return made


def run_duodesk(db: Path, files: list[Path]) -> dict:
    from duodesk.storage.database import Database
    from duodesk.storage.transfer import import_transfer

    database = Database.open(db)
    start = time.perf_counter()
    new = 0
    for path in files:
        new += import_transfer(database, path, PASSPHRASE).new
    elapsed = time.perf_counter() - start
    database.close()
    return {"seconds": elapsed, "interviews": new}


def run_baseline(source_db: Path, db: Path) -> dict:
    from duodesk.storage.database import Database, _connect_sqlite

    database = Database.open(db)
    database.close()
    columns = (
        "id, uuid, version_id, status, site, interviewer, interview_date, started_at, "
        "finished_at, updated_at, current_question, source_key, origin_laptop, had_conflict"
    )
    with closing(_connect_sqlite(source_db, None)) as source:
        interviews = source.execute(f"SELECT {columns} FROM interviews").fetchall()
        answers = source.execute(
            "SELECT interview_id, question, status, value, number FROM answers"
        ).fetchall()
        choices = source.execute(
            "SELECT interview_id, question, choice FROM answer_choices"
        ).fetchall()
        versions = source.execute("SELECT * FROM questionnaire_versions").fetchall()
        forms = source.execute("SELECT * FROM questionnaires").fetchall()
    connection = _connect_sqlite(db, None)
    connection.execute("BEGIN")
    connection.executemany("INSERT INTO questionnaires VALUES (?,?,?,?)", forms)
    connection.executemany(
        f"INSERT INTO questionnaire_versions VALUES ({','.join('?' * len(versions[0]))})",
        versions,
    )
    connection.execute("COMMIT")
    start = time.perf_counter()
    connection.execute("BEGIN")
    connection.executemany(
        f"INSERT INTO interviews ({columns}) VALUES ({','.join('?' * 14)})", interviews
    )
    connection.executemany("INSERT INTO answers VALUES (?,?,?,?,?)", answers)
    connection.executemany("INSERT INTO answer_choices VALUES (?,?,?)", choices)
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return {"seconds": elapsed, "rows": len(answers) + len(choices) + len(interviews)}


def child(args: argparse.Namespace) -> None:
    if args.phase == "duodesk":
        result = run_duodesk(Path(args.db), [Path(p) for p in args.paths])
    else:
        result = run_baseline(Path(args.source), Path(args.db))
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--interviews", type=int, default=5_000, help="per file")
    parser.add_argument("--phase", choices=("duodesk", "baseline"), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--source", help=argparse.SUPPRESS)
    parser.add_argument("--file", dest="paths", action="append", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        child(args)
        return

    with tempfile.TemporaryDirectory(prefix="duodesk-bench-") as folder:
        work = Path(folder)
        start = time.perf_counter()
        files = build_files(work, args.files, args.interviews)
        size = sum(p.stat().st_size for p in files) / 1e6
        print(
            f"built {args.files} transfer files of {args.interviews:,} interviews x 50 questions "
            f"({size:.0f} MB in all) in {time.perf_counter() - start:.0f} s"
        )

        def phase(*extra: str) -> dict:
            out = subprocess.run([sys.executable, __file__, *extra], capture_output=True, text=True)
            if out.returncode:
                sys.exit(out.stderr)
            return json.loads(out.stdout.strip().splitlines()[-1])

        merged = work / "merged.duodesk"
        file_args = [arg for path in files for arg in ("--file", str(path))]
        ours = phase("--phase", "duodesk", "--db", str(merged), *file_args)
        base = phase(
            "--phase", "baseline", "--source", str(merged), "--db", str(work / "b.duodesk")
        )
        ratio = ours["seconds"] / base["seconds"]
        print(
            f"duodesk merge  : {ours['seconds']:7.1f} s  peak {ours['peak_mb']:6.0f} MB "
            f"({ours['interviews']:,} interviews)"
        )
        print(
            f"raw executemany: {base['seconds']:7.1f} s  peak {base['peak_mb']:6.0f} MB "
            f"({base['rows']:,} rows)"
        )
        print(f"ratio          : {ratio:7.2f}x  (target: within 3x; peak under 500 MB)")


if __name__ == "__main__":
    main()
