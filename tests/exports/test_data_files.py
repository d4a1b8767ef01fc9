"""The data as CSV and as an SPSS file, read back by real readers (PSPP for the .sav)."""

from __future__ import annotations

import csv
import subprocess

import pyreadstat
import pytest

from duodesk.analysis import summarize
from duodesk.cli import main
from duodesk.exports.export import export
from duodesk.exports.layout import NOT_ASKED, ExportOptions
from duodesk.exports.spss import NO_ANSWER_CODE, NOT_ASKED_CODE
from tests.exports.conftest import HOSTILE
from tests.reference_tools import require_program


def test_csv_has_a_bom_and_no_cell_a_spreadsheet_would_run(hostile_project, tmp_path):
    database, form = hostile_project
    path = tmp_path / "data.csv"
    export(database, form.form_id, path, ExportOptions(deidentified=False))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    header, rows = rows[0], rows[1:]
    comments = [row[header.index("comment")] for row in rows]
    for cell in (c for row in rows for c in row):
        assert not cell.startswith(("=", "+", "@", "\t", "{")), cell
        assert not (cell.startswith("-") and not cell.lstrip("-").replace(".", "").isdigit())
    assert f"'{HOSTILE[0]}" in comments and "'{=1+1}" in comments
    assert "Привет, 你好, مرحبا, שלום" in comments


@pytest.mark.slow
def test_pspp_frequencies_agree_with_duodesk(hepatitis_project, tmp_path):
    pspp = require_program("pspp", "pspp")
    database, form = hepatitis_project
    path = tmp_path / "data.sav"
    export(database, form.form_id, path)
    syntax = tmp_path / "check.sps"
    syntax.write_text(f"GET FILE='{path}'.\nFREQUENCIES /VARIABLES=sex referred.\n")
    output = tmp_path / "out.csv"
    done = subprocess.run(
        [pspp, "-O", "format=csv", "-o", str(output), str(syntax)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in (done.stdout + done.stderr).lower()
    table = list(csv.reader(output.read_text(encoding="utf-8").splitlines()))
    summary = summarize(database, form.form_id)
    for name in ("sex", "referred"):
        question = summary.question(name)
        counts = _pspp_counts(table, question.label)
        for option in question.options:
            if option.count:
                assert counts[option.label] == option.count, (name, option.label)
        if question.not_applicable:
            assert counts["Not asked (skipped)"] == question.not_applicable


def _pspp_counts(table: list[list[str]], title: str) -> dict[str, int]:
    """Label -> frequency from PSPP's CSV output of one FREQUENCIES table."""
    counts: dict[str, int] = {}
    inside = False
    for row in table:
        if row and row[0].startswith("Table:"):
            inside = title in row[0]
            continue
        if inside and len(row) >= 3 and row[2].strip().isdigit():
            counts[row[1]] = int(row[2])
    assert counts, f"no PSPP table for {title}"
    return counts


def test_sav_declares_labels_and_missing_codes(hepatitis_project, tmp_path):
    database, form = hepatitis_project
    path = tmp_path / "data.sav"
    export(database, form.form_id, path)
    frame, meta = pyreadstat.read_sav(str(path), user_missing=True)
    labels = dict(zip(meta.column_names, meta.column_labels, strict=True))
    assert "male or female" in labels["sex"]
    assert meta.variable_value_labels["referred"][NOT_ASKED_CODE] == "Not asked (skipped)"
    assert meta.variable_value_labels["referred"][NO_ANSWER_CODE] == "No answer"
    assert meta.missing_ranges["referred"][0]["lo"] == NO_ANSWER_CODE
    assert set(frame["not_referred_reasons_in_prison"].dropna()) <= {0, 1, -99, -98, -97}
    assert len(frame) == 60


@pytest.mark.slow
def test_export_command_writes_the_workbook(hepatitis_project, project_path, tmp_path, capsys):
    _, form = hepatitis_project
    out = tmp_path / "board.xlsx"
    status = main(
        [
            "--db",
            str(project_path),
            "export",
            form.form_id,
            "--xlsx",
            str(out),
            "--where",
            "sex=female",
        ]
    )
    assert status == 0
    said = capsys.readouterr().out
    import openpyxl

    cover = openpyxl.load_workbook(out)["Cover"]
    values = {r[0]: r[1] for r in cover.iter_rows(min_row=3, values_only=True)}
    assert values["Interviews included"] == "sex = female"
    # The Cover hides how many women were interviewed (to protect a small count beside
    # it): the message does not give it either.
    assert str(values["Interviews"]).startswith("*")
    # ... in words that do not say whether it is small (it is not: the Cover said it was)
    assert "or hidden so that such a small number cannot be worked out" in values["Interviews"]
    assert said.startswith("Exported to board.xlsx; the number of interviews is hidden")
    assert "interviews exported" not in said


@pytest.mark.parametrize("name", ["board.pdf", "board"])
def test_export_command_refuses_an_unknown_file_ending(
    hepatitis_project, project_path, tmp_path, capsys, name
):
    _, form = hepatitis_project
    status = main(
        ["--db", str(project_path), "export", form.form_id, "--csv", str(tmp_path / name)]
    )
    assert status == 1
    assert ".xlsx, .csv and .sav" in capsys.readouterr().err
    assert not (tmp_path / name).exists()


def test_not_asked_is_written_in_the_csv(hepatitis_project, tmp_path):
    database, form = hepatitis_project
    path = tmp_path / "data.csv"
    export(database, form.form_id, path)
    text = path.read_text(encoding="utf-8-sig")
    assert NOT_ASKED in text
