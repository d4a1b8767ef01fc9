"""A data file with a great many bad rows: the import counts them all, keeps only the first
problems for its message, and writes every rejected row out as it goes instead of holding them
(the memory it needs is measured by benchmarks/bench_import_problems.py)."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import func, select

from duodesk.core.xlsform import read_xlsform
from duodesk.storage.importer import (
    MAX_PROBLEMS_SHOWN,
    ImportCancelled,
    ImportRefused,
    import_responses,
)
from duodesk.storage.models import Interview
from duodesk.storage.questionnaires import save_questionnaire
from tests.core.forms import write_form
from tests.storage.test_import_responses import CHOICES, SURVEY

BAD_ROWS = 3_000


@pytest.fixture
def hep(tmp_path, database):
    path = write_form(tmp_path / "hep.xlsx", SURVEY, CHOICES, [["form_id"], ["hep"]])
    with database.session() as session:
        save_questionnaire(session, read_xlsform(path))
    return database


def _data(path, bad: int, good: int = 0):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sex", "age"])
        for _ in range(good):
            writer.writerow(["female", "30"])
        for _ in range(bad):
            writer.writerow(["robot", "12"])  # two problems in each row
    return path


def _stored(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Interview))


def test_every_bad_row_is_counted_but_only_the_first_problems_are_kept(tmp_path, hep):
    data = _data(tmp_path / "bad.csv", BAD_ROWS, good=5)
    with pytest.raises(ImportRefused) as raised:
        import_responses(hep, "hep", data)
    error = raised.value
    assert len(error.problems) == MAX_PROBLEMS_SHOWN
    assert error.total_problems == 2 * BAD_ROWS
    message = str(error)
    assert f"because {BAD_ROWS:,} rows have problems" in message
    assert message.endswith(f"... and {2 * BAD_ROWS - MAX_PROBLEMS_SHOWN:,} more problems")
    assert 'row 7, column "sex", value "robot"' in message  # the first bad row, named
    assert _stored(hep) == 0
    assert not list(tmp_path.glob("*rejected*"))  # a refused import writes no rejected rows


def test_keep_valid_writes_every_rejected_row_of_a_large_file(tmp_path, hep):
    data = _data(tmp_path / "mixed.csv", BAD_ROWS, good=10)
    report = import_responses(hep, "hep", data, keep_valid=True)
    assert (report.imported, report.rejected) == (10, BAD_ROWS)
    with report.rejected_file.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 1 + BAD_ROWS  # every rejected row, not only the first problems
    assert rows[1][0] == "12" and rows[-1][0] == str(11 + BAD_ROWS)
    assert "robot" in rows[-1][1]
    assert not list(tmp_path.glob(".*rejected*"))
    assert _stored(hep) == 10


def test_a_cancelled_import_leaves_no_file_of_rejected_rows(tmp_path, hep):
    data = _data(tmp_path / "stop.csv", BAD_ROWS, good=10)
    rows_read = []

    def cancelled() -> bool:
        rows_read.append(1)
        return len(rows_read) > 3

    with pytest.raises(ImportCancelled):
        import_responses(hep, "hep", data, keep_valid=True, cancelled=cancelled)
    assert not list(tmp_path.glob("*rejected*"))
    assert not list(tmp_path.glob(".*rejected*"))
    assert _stored(hep) == 0
