"""A pulldata() or choice_filter naming a column its file does not have: pyxform takes such a
form and ODK Collect fails only in the interview, with the calculation empty or no answer to
choose. DuoDesk takes the form too, but says at once which file lacks which column and which
columns it has."""

from __future__ import annotations

from duodesk.core.external_choices import missing_column_notes
from duodesk.core.xlsform import read_xlsform
from tests.cli.in_process import duodesk_here as duodesk
from tests.core.forms import write_form

SURVEY = [
    ["type", "name", "label", "choice_filter", "calculation"],
    ["select_one dist", "district", "District", "", ""],
    ["select_one_external vil", "village", "Village", "district=${district}", ""],
    ["text", "code", "Code", "", ""],
    ["calculate", "pop", "", "", "pulldata('popdata','population','code',${code})"],
    ["note", "n1", "Pop ${pop}", "", ""],
]
CHOICES = [["list_name", "name", "label"], ["dist", "d1", "North"], ["dist", "d2", "South"]]


def _form(tmp_path, popdata: str, itemsets: str):
    (tmp_path / "popdata.csv").write_text(popdata)
    (tmp_path / "itemsets.csv").write_text(itemsets)
    return write_form(tmp_path / "itemsets_t.xlsx", SURVEY, CHOICES)


def test_a_pulldata_file_without_its_columns_is_named_with_the_columns_it_has(tmp_path):
    form = _form(tmp_path, "id,pop\nA,5\nB,7\n", "list_name,name,label,district\nvil,v1,Alpha,d1\n")
    result = duodesk("--db", str(tmp_path / "p.duodesk"), "import-form", str(form))
    assert result.returncode == 0 and result.stdout.strip() == "itemsets_t"
    notes = [line for line in result.stderr.splitlines() if "popdata.csv" in line]
    assert len(notes) == 1, result.stderr
    (note,) = notes
    assert '"population", "code"' in note and "pop" in note
    assert 'the file\'s columns are "id", "pop"' in note
    assert "district" not in result.stderr  # itemsets.csv has its filter column


def test_a_choice_filter_column_missing_from_itemsets_is_named(tmp_path):
    form = _form(
        tmp_path,
        "code,population\nA,5\n",
        "list_name,name,label\nvil,v1,Alpha\n",  # no "district" column
    )
    result = duodesk("--db", str(tmp_path / "p.duodesk"), "import-form", str(form))
    assert result.returncode == 0, result.stderr
    (note,) = [line for line in result.stderr.splitlines() if "itemsets.csv" in line]
    assert 'no column "district"' in note and "“village”" in note
    assert '"list_name", "name", "label"' in note
    assert "popdata" not in result.stderr  # the pulldata file has both its columns


def test_a_form_whose_files_have_their_columns_gets_no_note(tmp_path):
    form = _form(
        tmp_path, "code,population\nA,5\n", "list_name,name,label,district\nvil,v1,Alpha,d1\n"
    )
    assert missing_column_notes(read_xlsform(form)) == []
    result = duodesk("--db", str(tmp_path / "p.duodesk"), "import-form", str(form))
    assert result.returncode == 0 and "note" not in result.stderr


def test_the_external_choices_sheet_is_named_when_the_lists_come_from_it(tmp_path):
    path = write_form(tmp_path / "sheet.xlsx", SURVEY, CHOICES)
    import openpyxl

    book = openpyxl.load_workbook(path)
    sheet = book.create_sheet("external_choices")
    for row in (["list_name", "name", "label"], ["vil", "v1", "Alpha"]):
        sheet.append(row)
    book.save(path)
    (tmp_path / "popdata.csv").write_text("code,population\nA,5\n")
    result = duodesk("--db", str(tmp_path / "p.duodesk"), "import-form", str(path))
    assert result.returncode == 0, result.stderr
    assert 'the "external_choices" sheet of sheet.xlsx has no column "district"' in result.stderr


def test_a_pulldata_file_added_later_without_its_columns_is_named(tmp_path):
    folder = tmp_path / "form"
    folder.mkdir()
    (folder / "itemsets.csv").write_text("list_name,name,label,district\nvil,v1,Alpha,d1\n")
    form = write_form(folder / "itemsets_t.xlsx", SURVEY, CHOICES)
    db = str(tmp_path / "p.duodesk")
    first = duodesk("--db", db, "import-form", str(form))
    assert first.returncode == 0 and "popdata.csv" in first.stderr  # missing: add it later
    later = tmp_path / "popdata.csv"
    later.write_text("id,pop\nA,5\n")
    result = duodesk("--db", db, "add-form-file", "itemsets_t", str(later))
    assert result.returncode == 0, result.stderr
    assert 'popdata.csv has no columns "population", "code"' in result.stderr
