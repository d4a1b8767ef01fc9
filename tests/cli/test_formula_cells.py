"""``duodesk import-data`` and ``import-form`` on workbooks a script wrote with formulas in
them (openpyxl saves a formula without its result): refused with the cell named and the
project unchanged, never "imported" with the answers lost."""

from __future__ import annotations

from duodesk.storage.database import Database
from tests.cli.in_process import duodesk_here as duodesk
from tests.core.forms import with_formula_results, write_form, write_workbook
from tests.storage.team import snapshot

SURVEY = [["type", "name", "label"], ["text", "q1", "Q1"], ["select_one yn", "q2", "Q2"]]
CHOICES = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]


def _project(tmp_path) -> str:
    db = str(tmp_path / "p.duodesk")
    form = write_form(tmp_path / "form.xlsx", SURVEY, CHOICES, [["form_id"], ["f"]])
    assert duodesk("--db", db, "import-form", str(form)).returncode == 0
    first = write_workbook(tmp_path / "first.xlsx", {"Sheet": [["q1", "q2"], ["poster", "no"]]})
    assert duodesk("--db", db, "import-data", "f", str(first)).returncode == 0
    return db


def _tables(db: str) -> dict[str, list]:
    database = Database.open(db)
    try:
        return snapshot(database)
    finally:
        database.close()


def test_import_data_refuses_formulas_without_results_and_imports_nothing(tmp_path):
    db = _project(tmp_path)
    data = write_workbook(
        tmp_path / "data.xlsx",
        {
            "Notes": [["read me"]],
            "Data": [["q1", "q2"], ["radio", "yes"], ['=HYPERLINK("https://x.org","a")', "no"]],
        },
    )
    before = _tables(db)
    result = duodesk("--db", db, "import-data", "f", str(data))
    assert result.returncode == 1, result.stdout
    assert result.stdout == ""
    assert result.stderr.startswith(
        'duodesk: data.xlsx, sheet "Data", row 3, column "q1": this cell holds a formula '
        '(=HYPERLINK("https://x.org","a")) but not its result'
    )
    assert "Traceback" not in result.stderr
    assert _tables(db) == before


def test_import_data_reads_formulas_saved_with_their_results(tmp_path):
    db = _project(tmp_path)
    data = write_workbook(
        tmp_path / "data.xlsx", {"Data": [["q1", "q2"], ["radio", '=IF(1,"yes","no")']]}
    )
    with_formula_results(data, 1, {"B2": ("str", "yes")})
    result = duodesk("--db", db, "import-data", "f", str(data))
    assert result.returncode == 0, result.stderr
    assert "1 interview imported" in result.stdout


def test_import_form_refuses_formula_labels_and_title_and_adds_nothing(tmp_path):
    db = _project(tmp_path)
    form = write_form(
        tmp_path / "inject.xlsx",
        [["type", "name", "label"], ["text", "q", '=HYPERLINK("https://x.org","Q")']],
        None,
        [["form_title", "form_id"], ["=2+2", "=3+3"]],
    )
    before = _tables(db)
    result = duodesk("--db", db, "import-form", str(form))
    assert result.returncode == 1, result.stdout
    assert result.stderr.startswith("duodesk: inject.xlsx, sheet ")
    assert result.stderr.count("inject.xlsx") == 1
    assert "this cell holds a formula (=" in result.stderr and "row 2, column " in result.stderr
    assert _tables(db) == before


def test_a_refused_import_names_the_file_once_and_the_sheet(tmp_path):
    db = _project(tmp_path)
    data = write_workbook(
        tmp_path / "data_multisheet.xlsx",
        {"Notes": [["read me"]], "Data": [["q1", "q2"], ["radio", "yes"], ["friend", "maybe"]]},
    )
    before = _tables(db)
    result = duodesk("--db", db, "import-data", "f", str(data))
    assert result.returncode == 1
    assert result.stderr.startswith(
        'duodesk: data_multisheet.xlsx, sheet "Data": nothing was imported, because 1 row has'
    )
    assert result.stderr.count("data_multisheet.xlsx") == 1
    assert '  - row 3, column "q2", value "maybe"' in result.stderr
    assert _tables(db) == before
