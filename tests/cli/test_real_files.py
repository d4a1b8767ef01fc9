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


def test_summary_and_export_use_the_first_language_unless_told_another(tmp_path):
    db = str(tmp_path / "p.duodesk")
    form = write_form(
        tmp_path / "f.xlsx",
        [
            ["type", "name", "label::English (en)", "label::Arabic (ar)"],
            ["select_one yn", "used", "Used?", "\u0627\u0633\u062a\u062e\u062f\u0645\u061f"],
        ],
        [
            ["list_name", "name", "label::English (en)", "label::Arabic (ar)"],
            ["yn", "yes", "Yes", "\u0646\u0639\u0645"],
            ["yn", "no", "No", "\u0644\u0627"],
        ],
        [["form_id"], ["f"]],
    )
    assert duodesk("--db", db, "import-form", str(form)).returncode == 0
    data = _csv(tmp_path / "d.csv", [["used"], ["yes"], ["no"], ["yes"]])
    assert duodesk("--db", db, "import-data", "f", str(data)).returncode == 0

    english = duodesk("--db", db, "summary", "f")
    assert "Used?" in english.stdout and "\u0646\u0639\u0645" not in english.stdout
    arabic = duodesk("--db", db, "summary", "f", "--language", "ar")
    assert "\u0646\u0639\u0645" in arabic.stdout and "Used?" not in arabic.stdout

    out = tmp_path / "out.csv"
    exported = duodesk("--db", db, "export", "f", "--csv", str(out), "--language", "Arabic")
    assert exported.returncode == 0, exported.stderr
    assert "\u0646\u0639\u0645" in out.read_text(encoding="utf-8-sig")

    unknown = duodesk("--db", db, "summary", "f", "--language", "French")
    assert unknown.returncode != 0
    assert unknown.stderr.strip() == (
        'duodesk: --language "French": the questionnaire\'s languages are "English (en)", '
        '"Arabic (ar)"'
    )


def test_a_text_summary_adds_up_when_some_interviews_had_a_version_without_the_question(
    tmp_path,
):
    db = str(tmp_path / "p.duodesk")
    yes_no = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]
    survey = [["type", "name", "label"], ["select_one yn", "a", "A?"]]
    first = write_form(tmp_path / "v1.xlsx", survey, yes_no, [["form_id"], ["f"]])
    survey.append(["select_one yn", "b", "B?"])
    second = write_form(tmp_path / "v2.xlsx", survey, yes_no, [["form_id"], ["f"]])
    old_data = _csv(tmp_path / "1.csv", [["a"], ["yes"], ["no"], ["yes"]])
    new_data = _csv(tmp_path / "2.csv", [["a", "b"], ["yes", "no"], ["no", "yes"]])
    for command in (
        ("import-form", str(first)),
        ("import-data", "f", str(old_data)),
        ("import-form", str(second)),
        ("import-data", "f", str(new_data)),
    ):
        assert duodesk("--db", db, *command).returncode == 0
    text = duodesk("--db", db, "summary", "f").stdout
    table = text[text.index("B? [b]") :].splitlines()
    counts = {line[:28].strip(): int(line[28:].split()[0]) for line in table[3:8]}
    assert counts == {
        "Yes": 1,
        "No": 1,
        "Not asked (skipped)": 0,
        "No answer": 0,
        "Not in their version": 3,
    }
    assert table[8].split() == ["Interviews", "5"]
