"""``duodesk import-data`` says on stderr how far a long import has got; stdout keeps the
report alone."""

from __future__ import annotations

import csv
import uuid

from tests.cli.test_cli import duodesk
from tests.core.forms import write_form

ROWS = 3_500


def _project_and_data(tmp_path):
    db = str(tmp_path / "p.duodesk")
    form = write_form(
        tmp_path / "f.xlsx",
        [["type", "name", "label"], ["integer", "age", "Age"]],
        settings=[["form_id"], ["f"]],
    )
    assert duodesk("--db", db, "import-form", str(form)).returncode == 0
    data = tmp_path / "interviews.csv"
    with open(data, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["_uuid", "age"])
        writer.writerows([str(uuid.uuid4()), 20 + n % 50] for n in range(ROWS))
    return db, data


def test_a_long_import_writes_how_far_it_has_got_to_stderr(tmp_path):
    db, data = _project_and_data(tmp_path)
    result = duodesk(
        "--db", db, "import-data", "f", str(data), env={"DUODESK_PROGRESS_ROWS": "1000"}
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "1,000 rows of interviews.csv read so far…",
        "2,000 rows of interviews.csv read so far…",
        "3,000 rows of interviews.csv read so far…",
    ]
    assert "read so far" not in result.stdout
    assert "3500" in result.stdout.replace(",", "")


def test_a_short_import_prints_no_progress(tmp_path):
    db, data = _project_and_data(tmp_path)
    result = duodesk("--db", db, "import-data", "f", str(data))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
