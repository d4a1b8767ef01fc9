"""The health-board workbook, read back with openpyxl and opened by gnumeric."""

from __future__ import annotations

import gzip
import subprocess

import openpyxl
import pytest

from duodesk.analysis import AnalysisCancelled, summarize
from duodesk.exports.disclosure import DisclosureRule
from duodesk.exports.export import export
from duodesk.exports.layout import NOT_ASKED, ExportOptions, interviews_path
from tests.exports.conftest import HOSTILE
from tests.reference_tools import require_program

OPEN = ExportOptions(disclosure=DisclosureRule(enabled=False))


def summary_rows(path):
    sheet = openpyxl.load_workbook(path)["Summary"]
    return list(sheet.iter_rows(values_only=False))


def block_counts(rows, title_start: str) -> dict[str, object]:
    """label -> "Results in numbers" of the block whose title starts with ``title_start``."""
    found: dict[str, object] = {}
    inside = False
    for row in rows:
        label = row[0].value
        if isinstance(label, str) and label.startswith(title_start):
            inside = True
            continue
        if inside:
            if label is None:
                break
            found[label] = row[1].value
    return found


def test_workbook_numbers_equal_the_summary(hepatitis_project, tmp_path):
    database, form = hepatitis_project
    path = tmp_path / "board.xlsx"
    export(database, form.form_id, path, OPEN)
    summary = summarize(database, form.form_id)
    rows = summary_rows(path)
    for name in ("sex", "referred", "not_referred_reasons"):
        question = summary.question(name)
        shown = block_counts(rows, f"{name}. ")
        for option in question.options:
            missing = option.is_missing_code and question.type == "select_one"
            label = option.label + (" (missing code)" if missing else "")
            assert shown[label] == option.count, (name, label)
        assert shown["No answer"] == question.missing
        assert shown["Not asked (skipped)"] == question.not_applicable
        assert shown["Total interviews"] == summary.interviews
    cover = openpyxl.load_workbook(path)["Cover"]
    cover_values = {r[0]: r[1] for r in cover.iter_rows(min_row=3, values_only=True)}
    assert cover_values["Interviews"] == 60
    assert "NOT hidden" in cover_values["Small numbers"]


def test_percentages_are_number_cells_with_a_percent_format(hepatitis_project, tmp_path):
    database, form = hepatitis_project
    path = tmp_path / "board.xlsx"
    export(database, form.form_id, path, OPEN)
    summary = summarize(database, form.form_id)
    sex = summary.question("sex")
    for row in summary_rows(path):
        if row[0].value == sex.options[0].label:
            assert row[1].data_type == "n" and row[1].number_format == "#,##0"
            assert row[2].value == pytest.approx(sex.options[0].percent / 100)
            assert row[2].number_format == "0.0%"
            assert row[3].value == pytest.approx(sex.options[0].valid_percent / 100)
            break
    else:
        pytest.fail("no row for the first answer to sex")


def test_default_workbook_shows_no_count_from_1_to_4(hepatitis_project, tmp_path):
    database, form = hepatitis_project
    path = tmp_path / "board.xlsx"
    export(database, form.form_id, path)
    workbook = openpyxl.load_workbook(path)
    hidden = 0
    for row in workbook["Summary"].iter_rows():
        for cell in row:
            if cell.number_format == "#,##0" and isinstance(cell.value, int):
                assert not 1 <= cell.value <= 4, cell.coordinate
            hidden += cell.value == "*"
    assert hidden > 0
    cover = {r[0]: r[1] for r in workbook["Cover"].iter_rows(min_row=3, values_only=True)}
    assert "from 1 to 4" in cover["Small numbers"]


def test_no_formula_and_no_hyperlink_anywhere_even_for_hostile_answers(hostile_project, tmp_path):
    database, form = hostile_project
    path = tmp_path / "hostile.xlsx"
    export(
        database,
        form.form_id,
        path,
        ExportOptions(deidentified=False, include_interview_data=True),
    )
    for written in (path, interviews_path(path)):
        for sheet in openpyxl.load_workbook(written).worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                    assert cell.hyperlink is None
    workbook = openpyxl.load_workbook(interviews_path(path))
    data = list(workbook["Data"].iter_rows(values_only=True))
    header, rows = data[0], data[1:]
    comments = [row[header.index("comment")] for row in rows]
    assert comments[0] == HOSTILE[0]
    assert "{=1+1}" in comments and "\tstarts with a tab" in comments
    assert "Привет, 你好, مرحبا, שלום" in comments
    assert "bell and nul characters" in comments
    long = next(c for c in comments if c.startswith("xxx"))
    assert len(long) == 32_767 and long.endswith("[cut]")
    assert {row[header.index("_site")] for row in rows} == {"=Centre", "Centre B"}
    assert rows[0][header.index("answer")] == "=Yes"


def test_deidentified_data_leaves_out_written_answers_and_participant_code(
    hepatitis_project, tmp_path
):
    database, form = hepatitis_project
    path = tmp_path / "board.xlsx"
    export(database, form.form_id, path, ExportOptions(include_interview_data=True))
    workbook = openpyxl.load_workbook(interviews_path(path))
    header = next(workbook["Data"].iter_rows(values_only=True))
    for name in (*form.settings.participant_code, "comments", "not_referred_other"):
        assert name not in header
    assert "_interviewer" not in header
    assert "sex" in header and "not_referred_reasons/in_prison" in header
    codebook = [r[0] for r in workbook["Codebook"].iter_rows(values_only=True)]
    assert "code_first_letter" in codebook  # listed as left out, with the reason


def test_data_tells_not_asked_from_no_answer_and_codebook_says_so(hepatitis_project, tmp_path):
    database, form = hepatitis_project
    path = tmp_path / "board.xlsx"
    export(database, form.form_id, path, ExportOptions(labels=False, include_interview_data=True))
    workbook = openpyxl.load_workbook(interviews_path(path))
    data = list(workbook["Data"].iter_rows(values_only=True))
    header = data[0]
    referred = {row[header.index("referred")] for row in data[1:]}
    codes = {c.name for c in form.choices_for(form.question("referred")).choices}
    assert NOT_ASKED in referred and referred - {NOT_ASKED, None} <= codes
    both = [
        name for i, name in enumerate(header) if {NOT_ASKED, None} <= {row[i] for row in data[1:]}
    ]
    assert both, "some question was skipped for some people and left blank by others"
    ticks = {row[header.index("not_referred_reasons/in_prison")] for row in data[1:]}
    assert ticks <= {0, 1, None, NOT_ASKED}
    codebook = list(workbook["Codebook"].iter_rows(values_only=True))
    text = " ".join(str(v) for row in codebook for v in row if v)
    assert "EMPTY cell means “No answer”" in text
    assert "“not asked” means “Not asked (skipped)”" in text
    row = next(r for r in codebook if r[0] == "not_referred_reasons")
    assert row[3] == "asked only if hcv_diagnosed = Yes and referred = No"
    # A rule on the answer in words, not as ". >= 16 and . <= 90"
    age = next(r for r in codebook if r[0] == "age")
    assert age[4] == "the answer is at least 16 and the answer is at most 90"


@pytest.mark.slow
def test_gnumeric_opens_the_workbook(hepatitis_project, tmp_path):
    ssconvert = require_program("ssconvert", "gnumeric")
    database, form = hepatitis_project
    path = tmp_path / "board.xlsx"
    export(database, form.form_id, path, ExportOptions(include_interview_data=True))
    done = subprocess.run(
        [ssconvert, "-S", str(path), str(tmp_path / "sheet%n.csv")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert not done.stderr.strip(), done.stderr  # not one complaint, charts included
    native = tmp_path / "board.gnumeric"  # gnumeric's own file: does it keep the charts?
    subprocess.run([ssconvert, str(path), str(native)], check=True, timeout=120)
    charts_kept = gzip.decompress(native.read_bytes()).count(b"<gnm:SheetObjectGraph")
    charts_made = len(openpyxl.load_workbook(path)["Charts"]._charts)
    assert charts_made > 0 and charts_kept == charts_made
    data = interviews_path(path)
    subprocess.run(
        [ssconvert, "-S", str(data), str(tmp_path / "data%n.csv")], check=True, timeout=120
    )
    out = tmp_path / "data1.csv"  # About, Data (numbered from 0)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 61


def test_cancelled_export_leaves_no_file(hepatitis_project, tmp_path):
    database, form = hepatitis_project
    path = tmp_path / "board.csv"
    path.write_text("an older export\n")
    with pytest.raises(AnalysisCancelled):
        export(database, form.form_id, path, cancelled=lambda: True)
    assert path.read_text() == "an older export\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
