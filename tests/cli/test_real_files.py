"""Files as ODK Central, KoboToolbox and other programs write them, through the ``duodesk``
command: a clear sentence or success, never a traceback or a library's own warning."""

from __future__ import annotations

import zipfile
from pathlib import Path

from tests.cli.test_cli import duodesk
from tests.core.forms import write_form

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _without_default_style(path: Path) -> Path:
    """Rewrite the workbook with a stylesheet that has no named style, as some programs do
    (openpyxl then warns "Workbook contains no default style" from its own source file)."""
    damaged = path.with_name(f"styleless_{path.name}")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/styles.xml":
                data = f'<styleSheet xmlns="{MAIN}"><cellXfs count="1"><xf/></cellXfs></styleSheet>'
                data = data.encode()
            target.writestr(item, data)
    return damaged


def test_a_workbook_openpyxl_warns_about_imports_without_showing_the_warning(tmp_path):
    form = _without_default_style(
        write_form(tmp_path / "form.xlsx", [["type", "name", "label"], ["integer", "age", "Age"]])
    )
    result = duodesk("--db", str(tmp_path / "p.duodesk"), "import-form", str(form))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def _csv(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    return path


def test_a_date_filter_that_meets_undated_interviews_says_so(tmp_path):
    db = str(tmp_path / "p.duodesk")
    form = write_form(
        tmp_path / "f.xlsx",
        [["type", "name", "label"], ["integer", "age", "Age"]],
        settings=[["form_id"], ["f"]],
    )
    assert duodesk("--db", db, "import-form", str(form)).returncode == 0
    data = _csv(
        tmp_path / "d.csv", [["_date", "age"], ["2026-01-05", "30"], ["", "40"], ["", "50"]]
    )
    assert duodesk("--db", db, "import-data", "f", str(data)).returncode == 0
    result = duodesk("--db", db, "summary", "f", "--to", "2030-01-01", "--json")
    assert result.returncode == 0, result.stderr
    assert "2 interview(s) have no date" in result.stderr
    plain = duodesk("--db", db, "summary", "f", "--json")
    assert plain.stderr == ""
