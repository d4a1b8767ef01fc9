"""What a participant code costs: to the person guessing codes, and to the person importing.

Measured in the same run:

- ``guess (HMAC only)``: digests per second as DuoDesk made them before (what someone with the
  project file, which then held the key, could check);
- ``guess (stretched)``: digests per second as stored now (what someone who also took the key
  from the laptop can check);
- ``entry``: seconds to check one typed 4-part code for near matches (its own digest and
  those of its near neighbours, each stretched), against the same number of HMAC-only digests;
- ``import``: seconds to import N interviews of the example hepatitis C survey (a 4-part code,
  one digest each) into a new project, and the same import with the digests left
  unstretched (the baseline: what the stretching adds).

Prints the numbers and the ratios. Run from the repository root::

    python benchmarks/bench_participant_codes.py [--interviews 200]
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from duodesk.core import participant_code
from duodesk.core.participant_code import code_digests


def _per_second(work, seconds: float = 2.0) -> float:
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        work(done)
        done += 1
    return done / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--interviews", type=int, default=200)
    args = parser.parse_args()
    key = os.urandom(32)
    names = ("a", "b", "c", "d")

    def quick(i: int) -> None:
        hmac.new(key, f"code {i}".encode(), hashlib.sha256).hexdigest()

    def stretched(i: int) -> None:
        code_digests(key, names[:2], ("q", str(i)))  # 1 digest: fewer than 3 parts

    fast, slow = _per_second(quick), _per_second(stretched)
    print(f"guess (HMAC only):  {fast:12,.0f} digests/s")
    print(f"guess (stretched):  {slow:12,.0f} digests/s   ({fast / slow:,.0f}x slower)")
    million = 1_000_000 / slow
    print(f"  a million guessed codes: {million / 3600:.1f} h on one core (was {1e6 / fast:.1f} s)")

    typed = ("q", "z", "29", "2")
    start = time.perf_counter()
    checked = code_digests(key, names, typed, near=True)
    entry = time.perf_counter() - start
    print(
        f"entry: one typed code and its {len(checked.near)} near neighbours in {entry:.2f} s "
        f"(HMAC only: {(len(checked.near) + 1) / fast * 1000:.1f} ms)"
    )

    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_DATA_HOME"] = folder  # the key goes to a scratch folder, not the keyring
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
        from duodesk.core.simulate import simulate_answers, write_responses_csv
        from duodesk.core.xlsform import read_xlsform
        from duodesk.resources import example_forms
        from duodesk.storage.database import Database
        from duodesk.storage.importer import import_responses
        from duodesk.storage.questionnaires import save_questionnaire

        form = next(p for p in example_forms() if "hepatitis" in p.name)
        questionnaire = read_xlsform(form)
        data = Path(folder) / "data.csv"
        answers = list(simulate_answers(questionnaire, args.interviews, seed=1))
        write_responses_csv(questionnaire, answers, data)

        def timed_import(name: str) -> tuple[int, float]:
            database = Database.open(Path(folder) / name)
            with database.session() as session:
                save_questionnaire(session, questionnaire)
            start = time.perf_counter()
            report = import_responses(database, questionnaire.form_id, data)
            took = time.perf_counter() - start
            database.close()
            return report.imported, took

        imported, took = timed_import("stretched.duodesk")
        kept = participant_code.stretch
        participant_code.stretch = lambda key, digest: digest  # the baseline: HMAC only
        try:
            _, baseline = timed_import("baseline.duodesk")
        finally:
            participant_code.stretch = kept
    print(
        f"import: {imported} interviews with a participant code in {took:.1f} s "
        f"({took / max(imported, 1) * 1000:.0f} ms each); unstretched {baseline:.1f} s "
        f"({(took - baseline) / max(imported, 1) * 1000:.0f} ms more per interview)"
    )


if __name__ == "__main__":
    main()
