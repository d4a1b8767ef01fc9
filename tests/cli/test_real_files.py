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
