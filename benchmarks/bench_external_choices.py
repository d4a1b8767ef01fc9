"""A cascading select over a long village list read from a CSV next to the form.

Writes a form (region -> district -> village, the villages in ``villages.csv``) with
``--villages`` rows (50,000 by default), then times:

* reading the form with its CSV (``read_xlsform``), against reading the CSV alone with the
  ``csv`` module (the baseline);
* the stored questionnaire's JSON written and read back;
* the choices the village question offers after each answer (the form engine's
  ``visible_choices``, what entry asks on every answer), against a bare Python list
  comprehension over the same rows comparing one column (the baseline);
* a ``pulldata()`` lookup in the same file, first (index built) and then.

Run by hand, never as a test::

    python benchmarks/bench_external_choices.py [--villages 50000]

Target: the choices after an answer within 10x of the bare comprehension and under 100 ms, so
entry never freezes.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import tempfile
import time
from pathlib import Path

import openpyxl

from duodesk.core.engine import FormEngine
from duodesk.core.serialize import questionnaire_from_json, questionnaire_to_json
from duodesk.core.xlsform import read_xlsform


def write_project(folder: Path, villages: int) -> Path:
    rng = random.Random(7)
    districts = [f"d{n}" for n in range(max(1, villages // 250))]
    with (folder / "villages.csv").open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["name", "label", "district", "population"])
        for n in range(villages):
            writer.writerow([f"v{n}", f"Village {n}", rng.choice(districts), rng.randint(50, 9000)])
    with (folder / "districts.csv").open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["name", "label"])
        writer.writerows([d, f"District {d}"] for d in districts)
    workbook = openpyxl.Workbook()
    survey = workbook.active
    survey.title = "survey"
    for row in [
        ["type", "name", "label", "choice_filter", "calculation"],
        ["select_one_from_file districts.csv", "district", "District", "", ""],
        ["select_one_from_file villages.csv", "village", "Village", "district=${district}", ""],
        ["calculate", "people", "", "", "pulldata('villages', 'population', 'name', ${village})"],
    ]:
        survey.append(row)
    path = folder / "villages.xlsx"
    workbook.save(path)
    return path


def timed(action, repeat: int = 1) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--villages", type=int, default=50_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        form = write_project(Path(folder), args.villages)

        def bare_read() -> list[list[str]]:
            with (Path(folder) / "villages.csv").open(newline="", encoding="utf-8") as file:
                return list(csv.reader(file))

        base, rows = timed(bare_read)
        took, questionnaire = timed(lambda: read_xlsform(form))
        print(f"read the form and its {args.villages:,} villages: {took * 1000:8.1f} ms")
        print(f"  baseline, csv.reader alone:          {base * 1000:8.1f} ms ({took / base:.0f}x)")
        took, text = timed(lambda: questionnaire_to_json(questionnaire))
        print(
            f"stored definition: {len(text) / 1e6:.1f} MB written in {took * 1000:.1f} ms", end=""
        )
        took, _ = timed(lambda: questionnaire_from_json(text))
        print(f", read in {took * 1000:.1f} ms")

        engine = FormEngine(questionnaire)
        districts = [c.name for c in questionnaire.choice_lists["districts.csv"].choices]
        states = [engine.evaluate({"district": d}) for d in districts[:20]]
        took, _ = timed(lambda: [engine.visible_choices("village", s) for s in states], 3)
        per_answer = took / len(states)
        body = rows[1:]
        base, _ = timed(lambda: [[r for r in body if r[2] == d] for d in districts[:20]], 3)
        base /= len(states)
        print(f"choices offered after an answer:       {per_answer * 1000:8.2f} ms")
        print(
            f"  baseline, a bare comprehension:      {base * 1000:8.2f} ms "
            f"({per_answer / base:.1f}x)"
        )
        fresh = FormEngine(questionnaire_from_json(text))
        first, _ = timed(lambda: fresh.evaluate({"district": "d0", "village": "v1"}))
        then, _ = timed(lambda: fresh.evaluate({"district": "d0", "village": "v2"}), 20)
        print(f"pulldata(): first evaluation {first * 1000:.1f} ms, then {then * 1000:.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
