"""Importing interviews: DuoDesk's import against a raw ``executemany`` of the same rows.

Generates a CSV of N interviews x 50 questions (skip logic, about 10% blank) in the layout ODK
exports, then, each in a fresh process so that peak memory is its own:

- ``duodesk``: ``import_responses`` into a new project (read, check every row with the form
  engine, store answers and chosen options);
- ``baseline``: the answer and choice rows DuoDesk stored, read back into memory beforehand,
  inserted into an identical empty project with one ``executemany`` per table.

Prints time and peak memory of each, and the ratio. Target: within 3x, under 1 GB.

With ``--server postgresql://USER@HOST/DATABASE`` (the user may create databases; the password,
if one is needed, from PGPASSWORD or ~/.pgpass) the same import also runs into a scratch
database made on that server for the run and dropped after it, and is compared with the import
into SQLite. Target: within 1.5x of SQLite.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import closing, contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.benchmark_form import benchmark_questionnaire

SERVER_VARIABLE = "DUODESK_BENCH_SERVER"


def generate_csv(path: Path, interviews: int, seed: int = 1) -> None:
    """Write answers that follow the benchmark form's logic, fast (no engine needed)."""
    rng = random.Random(seed)
    questions = benchmark_questionnaire().questions()
    names = [q.name for q in questions]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["_uuid", *names])
        for _ in range(interviews):
            row: dict[str, str] = {}
            gate_open = False
            for name in names:
                blank = rng.random() < 0.1
                if name.startswith("gate"):
                    value = rng.choice(("yes", "no", "dont_know"))
                    gate_open = value == "yes" and not blank
                elif name.startswith("b") and not gate_open:
                    value = ""  # not asked
                elif name == "site":
                    value = f"site{rng.randint(1, 8)}"
                elif name == "age":
                    value = str(rng.randint(16, 90))
                elif name.endswith("_scale"):
                    value = f"s{rng.randint(1, 5)}"
                elif name.endswith("_why"):
                    value = " ".join(f"r{i}" for i in sorted(rng.sample(range(1, 9), 2)))
                elif name.endswith("_count"):
                    value = str(rng.randint(0, 30))
                elif name.endswith("_amount"):
                    value = f"{rng.uniform(0, 500):.2f}"
                else:
                    value = "some words about the service"
                row[name] = "" if blank else value
            writer.writerow([str(uuid.uuid4()), *(row[n] for n in names)])


def run_duodesk(db: Path | str, data: Path) -> dict:
    from duodesk.storage.database import Database
    from duodesk.storage.importer import import_responses
    from duodesk.storage.questionnaires import save_questionnaire

    database = Database.open(db)
    with database.session() as session:
        save_questionnaire(session, benchmark_questionnaire())
    start = time.perf_counter()
    report = import_responses(database, "bench", data)
    elapsed = time.perf_counter() - start
    database.close()
    return {"seconds": elapsed, "imported": report.imported}


def run_baseline(source_db: Path, db: Path) -> dict:
    from duodesk.storage.database import Database, _connect_sqlite

    # An identical empty project (same tables, indexes and pragmas) to insert into.
    database = Database.open(db)
    database.close()
    with closing(_connect_sqlite(source_db, None)) as source:
        interviews = source.execute(
            "SELECT id, uuid, version_id, status, site, interviewer, interview_date, started_at,"
            " finished_at, updated_at, current_question, source_key FROM interviews"
        ).fetchall()
        answers = source.execute(
            "SELECT interview_id, question, status, value, number FROM answers"
        ).fetchall()
        choices = source.execute(
            "SELECT interview_id, question, choice FROM answer_choices"
        ).fetchall()
        versions = source.execute("SELECT * FROM questionnaire_versions").fetchall()
        forms = source.execute("SELECT * FROM questionnaires").fetchall()
    # The same SQLite library, with the same pragmas, that DuoDesk's own connections use.
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
        "INSERT INTO interviews (id, uuid, version_id, status, site, interviewer, interview_date,"
        " started_at, finished_at, updated_at, current_question, source_key)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        interviews,
    )
    connection.executemany("INSERT INTO answers VALUES (?,?,?,?,?)", answers)
    connection.executemany("INSERT INTO answer_choices VALUES (?,?,?)", choices)
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return {"seconds": elapsed, "rows": len(answers) + len(choices) + len(interviews)}


def child(args: argparse.Namespace) -> None:
    if args.phase == "duodesk":
        # A server's address comes in the environment: the process list shows arguments.
        db = os.environ[SERVER_VARIABLE] if args.db == "server" else Path(args.db)
        result = run_duodesk(db, Path(args.data))
    else:
        result = run_baseline(Path(args.source), Path(args.db))
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result["peak_mb"] = peak_kib / 1024
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--interviews", type=int, default=100_000)
    parser.add_argument(
        "--server",
        metavar="URL",
        help="also import into a scratch database on this PostgreSQL server and compare",
    )
    parser.add_argument("--phase", choices=("duodesk", "baseline"), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    parser.add_argument("--source", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        child(args)
        return

    with tempfile.TemporaryDirectory(prefix="duodesk-bench-") as folder:
        work = Path(folder)
        data = work / "interviews.csv"
        start = time.perf_counter()
        generate_csv(data, args.interviews)
        print(
            f"generated {args.interviews:,} interviews x 50 questions "
            f"({data.stat().st_size / 1e6:.0f} MB CSV) in {time.perf_counter() - start:.1f} s"
        )

        def phase(*extra: str, server: str = "") -> dict:
            env = {**os.environ, SERVER_VARIABLE: server}
            out = subprocess.run(
                [sys.executable, __file__, *extra],
                capture_output=True,
                text=True,
                check=True,
                env=env,
            )
            return json.loads(out.stdout.strip().splitlines()[-1])

        ours = phase("--phase", "duodesk", "--db", str(work / "a.duodesk"), "--data", str(data))
        base = phase(
            "--phase",
            "baseline",
            "--source",
            str(work / "a.duodesk"),
            "--db",
            str(work / "b.duodesk"),
        )
        ratio = ours["seconds"] / base["seconds"]
        print(
            f"duodesk import : {ours['seconds']:7.1f} s  peak {ours['peak_mb']:6.0f} MB "
            f"({ours['imported']:,} interviews)"
        )
        print(
            f"raw executemany: {base['seconds']:7.1f} s  peak {base['peak_mb']:6.0f} MB "
            f"({base['rows']:,} rows)"
        )
        print(f"ratio          : {ratio:7.2f}x  (target: within 3x; peak under 1024 MB)")
        if args.server:
            with scratch_database(args.server) as url:
                server = phase(
                    "--phase", "duodesk", "--db", "server", "--data", str(data), server=url
                )
            print(
                f"postgresql     : {server['seconds']:7.1f} s  peak {server['peak_mb']:6.0f} MB "
                f"({server['imported']:,} interviews)"
            )
            print(
                f"server / sqlite: {server['seconds'] / ours['seconds']:7.2f}x  "
                "(target: within 1.5x)"
            )


@contextmanager
def scratch_database(server: str):
    """A new empty database on ``server`` for one run (its URL), dropped afterwards. The URL is
    never used as a file name, and printed without any password."""
    import psycopg
    from sqlalchemy import make_url

    url = make_url(server)
    if url.get_backend_name() != "postgresql":
        raise SystemExit("--server takes a postgresql:// address")
    name = f"duodesk_bench_{uuid.uuid4().hex[:12]}"
    plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
    print(f"server         : {url.render_as_string(hide_password=True)} (scratch database {name})")
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(plain, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')


if __name__ == "__main__":
    main()
