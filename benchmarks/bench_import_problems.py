"""Peak memory of an import that is refused because every row is bad.

Writes a CSV of N rows, each with two problems (a choice that is not on the list and an age
outside the question's rule), imports it into a new project in a fresh process, and reports
time and peak memory (maximum resident set size). The baseline, measured in the same run, is the
same import of a file of 10,000 such rows: the memory should not grow with the number of bad
rows (before the problems were bounded, 1 million bad rows took 1.3 GB).

    python benchmarks/bench_import_problems.py --rows 1000000
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FORM = [
    ["type", "name", "label", "constraint"],
    ["select_one sex", "sex", "Sex", ""],
    ["integer", "age", "Age", ". >= 16 and . <= 90"],
]
CHOICES = [["list_name", "name", "label"], ["sex", "male", "Male"], ["sex", "female", "Female"]]

CHILD = """
import json, resource, sys, time
from pathlib import Path
from duodesk.core.xlsform import read_xlsform
from duodesk.storage.database import Database
from duodesk.storage.importer import ImportRefused, import_responses
from duodesk.storage.questionnaires import save_questionnaire

folder = Path(sys.argv[1])
database = Database.open(folder / "project.duodesk")
with database.session() as session:
    save_questionnaire(session, read_xlsform(folder / "form.xlsx"))
start = time.perf_counter()
try:
    import_responses(database, "bench_problems", folder / sys.argv[2])
    outcome = "imported"
except ImportRefused as error:
    outcome = f"refused, {error.total_problems} problems, {len(error.problems)} kept"
seconds = time.perf_counter() - start
database.close()
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "outcome": outcome}))
"""


def write_form(path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    survey = book.active
    survey.title = "survey"
    for row in FORM:
        survey.append(row)
    choices = book.create_sheet("choices")
    for row in CHOICES:
        choices.append(row)
    settings = book.create_sheet("settings")
    settings.append(["form_id", "form_title"])
    settings.append(["bench_problems", "Bad rows"])
    book.save(path)


def write_rows(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sex", "age"])
        writer.writerows(["robot", "12"] for _ in range(rows))


def measure(folder: Path, name: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), name],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="bad rows (1,000,000)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        results = {}
        for label, rows in (("baseline", 10_000), ("large", args.rows)):
            folder = Path(temporary) / label
            folder.mkdir()
            write_form(folder / "form.xlsx")
            write_rows(folder / "bad.csv", rows)
            results[label] = measure(folder, "bad.csv")
            print(
                f"{label:>8}: {rows:>9,} bad rows  {results[label]['seconds']:7.1f} s  "
                f"peak {results[label]['peak_mb']:7.0f} MB  ({results[label]['outcome']})"
            )
        ratio = results["large"]["peak_mb"] / results["baseline"]["peak_mb"]
        print(f"peak memory, large / baseline: {ratio:.2f}x")


if __name__ == "__main__":
    main()
