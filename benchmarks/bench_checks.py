"""Timings that used to be assertions in the tests (they failed under coverage or a loaded
machine): the form engine on a 200-question form, and refusing hostile workbooks quickly.

Each is measured against a baseline in the same run:

- ``evaluate 200 questions``: :meth:`FormEngine.evaluate` of a 200-question form with skip
  logic, constraints and calculations on every question (target: under 5 ms), against the same
  on a 10-question form;
- ``refuse row 99,999,999,999`` and ``refuse 3 GiB member``: reading a small XLSForm whose
  sheet numbers a row far past Excel's limit, or whose zip declares a 3 GiB part (targets:
  refused in under 5 s and 1 s, never counted to or inflated), against reading the same
  workbook unaltered.

    .venv/bin/python benchmarks/bench_checks.py
"""

from __future__ import annotations

import struct
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from duodesk.core.engine import FormEngine
from duodesk.core.questionnaire import QuestionType
from duodesk.core.tabular import InputFileError, check_xlsx_archive, open_table
from tests.core.test_engine import NOW, _big_form
from tests.core.test_tabular import make_workbook, rewrite_member


def best_of(runs: int, work: Callable[[], object]) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append(time.perf_counter() - start)
    return min(timings)


def engine_timings() -> tuple[float, float]:
    def answers_for(engine: FormEngine) -> dict[str, object]:
        answers: dict[str, object] = {"consent": "yes"}
        for question in engine.questionnaire.questions():
            if question.type is QuestionType.INTEGER:
                answers[question.name] = 30
            elif question.type is QuestionType.SELECT_ONE and question.name != "consent":
                answers[question.name] = "no"
            elif question.type is QuestionType.SELECT_MULTIPLE:
                answers[question.name] = ("heroin", "crack")
        return answers

    timings = []
    for size in (10, 200):
        engine = FormEngine(_big_form(size))
        answers = answers_for(engine)
        timings.append(best_of(20, lambda e=engine, a=answers: e.evaluate(a, now=NOW)))
    return timings[0], timings[1]


def refused(path: Path, call: Callable[[Path], object]) -> None:
    try:
        result = call(path)
        if hasattr(result, "rows"):
            list(result.rows())  # type: ignore[attr-defined]
    except InputFileError:
        return
    raise AssertionError(f"{path.name} was not refused")


def hostile_timings(folder: Path) -> tuple[float, float, float]:
    sheets = {
        "survey": [["type", "name", "label"], ["integer", "age", "Age"]],
        "choices": [["list_name", "name", "label"]],
    }
    plain = make_workbook(folder / "plain.xlsx", sheets)
    baseline = best_of(5, lambda: list(open_table(plain).rows()))

    far = make_workbook(folder / "far.xlsx", sheets)
    import zipfile

    with zipfile.ZipFile(far) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    rewrite_member(
        far, "xl/worksheets/sheet1.xml", sheet.replace(b'<row r="2"', b'<row r="99999999999"')
    )
    far_row = best_of(5, lambda: refused(far, open_table))

    huge = make_workbook(folder / "huge.xlsx", sheets)
    data = bytearray(huge.read_bytes())
    entry = data.index(b"PK\x01\x02")
    struct.pack_into("<L", data, entry + 24, 3 * 1024**3)
    huge.write_bytes(bytes(data))
    huge_member = best_of(5, lambda: refused(huge, check_xlsx_archive))
    return baseline, far_row, huge_member


def main() -> None:
    small, big = engine_timings()
    print(f"evaluate 10 questions      {small * 1000:8.2f} ms  (baseline)")
    print(f"evaluate 200 questions     {big * 1000:8.2f} ms  (target < 5 ms)")
    with tempfile.TemporaryDirectory() as folder:
        baseline, far_row, huge_member = hostile_timings(Path(folder))
    print(f"read a small XLSForm       {baseline * 1000:8.2f} ms  (baseline)")
    print(f"refuse row 99,999,999,999  {far_row * 1000:8.2f} ms  (target < 5 s)")
    print(f"refuse 3 GiB member        {huge_member * 1000:8.2f} ms  (target < 1 s)")


if __name__ == "__main__":
    main()
