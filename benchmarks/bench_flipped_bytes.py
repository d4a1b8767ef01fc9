"""What one flipped byte does to a plain (unencrypted) project: refused at open, an error, the
same summary, or a silently different summary.

Each trial copies a project of the example hepatitis C survey, flips one random byte after the
file header, opens the copy as DuoDesk does (a plain project gets SQLite's full
``integrity_check``, which also compares every index with its table) and computes the summary.
The baseline, in the same run: how many of the copies refused would have passed the lighter
``quick_check`` that DuoDesk ran before, and how many of those then gave a different summary.
Run from the repository root::

    python benchmarks/bench_flipped_bytes.py [--interviews 60] [--trials 200] [--seed 1]
        [--encrypted]

With ``--encrypted`` the project has a passphrase (SQLCipher keeps a keyed checksum per page);
the quick_check baseline is then not measured.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _passes(path: Path, check: str) -> bool:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        connection.text_factory = bytes
        try:
            return connection.execute(f"PRAGMA {check}").fetchall() == [(b"ok",)]
        finally:
            connection.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--interviews", type=int, default=60)
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--encrypted", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_DATA_HOME"] = folder
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
        from duodesk.analysis import json_text, summarize, summary_to_json
        from duodesk.core.simulate import simulate_answers, write_responses_csv
        from duodesk.core.xlsform import read_xlsform
        from duodesk.resources import example_forms
        from duodesk.storage.database import Database, ProjectError
        from duodesk.storage.importer import import_responses
        from duodesk.storage.questionnaires import save_questionnaire

        form = next(p for p in example_forms() if "hepatitis" in p.name)
        questionnaire = read_xlsform(form)
        data = Path(folder) / "data.csv"
        write_responses_csv(
            questionnaire, simulate_answers(questionnaire, args.interviews, seed=1), data
        )
        original = Path(folder) / "original.duodesk"
        passphrase = "a passphrase for the benchmark" if args.encrypted else None
        database = Database.open(original, passphrase=passphrase)
        with database.session() as session:
            save_questionnaire(session, questionnaire)
        import_responses(database, questionnaire.form_id, data)

        def summary_of(db) -> str:
            return json_text(summary_to_json(summarize(db, questionnaire.form_id)))

        expected = summary_of(database)
        database.close()
        size = original.stat().st_size
        rng = random.Random(args.seed)
        outcomes: Counter[str] = Counter()
        refused_only_now = silent_before = 0

        def _summary_without_checks(copy: Path) -> str | None:
            """The summary of ``copy`` read past the checks (what quick_check let through)."""
            from duodesk.storage import database as module

            kept = module._check_sqlite_file
            module._check_sqlite_file = lambda path, passphrase: None
            try:
                opened = Database.open(copy, create=False)
                try:
                    return summary_of(opened)
                finally:
                    opened.close()
            except Exception:
                return None
            finally:
                module._check_sqlite_file = kept

        start = time.perf_counter()
        for trial in range(args.trials):
            copy = Path(folder) / f"copy-{trial}.duodesk"
            shutil.copy(original, copy)
            offset = rng.randrange(100, size)
            with copy.open("r+b") as file:
                file.seek(offset)
                byte = file.read(1)[0]
                file.seek(offset)
                file.write(bytes([byte ^ (1 << rng.randrange(8))]))
            quick_ok = not args.encrypted and _passes(copy, "quick_check")
            try:
                opened = Database.open(copy, create=False, passphrase=passphrase)
            except ProjectError:
                outcomes["refused at open"] += 1
                if quick_ok:
                    refused_only_now += 1
                    if _summary_without_checks(copy) != expected:
                        silent_before += 1
                copy.unlink()
                continue
            try:
                got = summary_of(opened)
                outcome = "same summary" if got == expected else "DIFFERENT summary, no error"
            except Exception as error:
                outcome = f"error while summarising ({type(error).__name__})"
            finally:
                opened.close()
            outcomes[outcome] += 1
            for part in Path(folder).glob(f"copy-{trial}.duodesk*"):
                part.unlink()
        took = time.perf_counter() - start
    kind = "encrypted" if args.encrypted else "plain"
    print(f"{args.trials} copies of a {size // 1024} KiB {kind} project, one flipped byte each:")
    for outcome, count in outcomes.most_common():
        print(f"  {outcome:32} {count:5}")
    print(
        f"  refused now but passing quick_check: {refused_only_now}, of which "
        f"{silent_before} gave a different summary (error or not) past quick_check"
    )
    print(f"  ({took:.1f} s)")


if __name__ == "__main__":
    main()
