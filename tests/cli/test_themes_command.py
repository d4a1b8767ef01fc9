"""``duodesk themes FORM QUESTION --export / --import``: coding in a spreadsheet."""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest

from duodesk.core.questionnaire import QuestionType
from duodesk.storage.database import Database
from tests.analysis.hcv_themes import FORM, QUESTION, store_hcv
from tests.cli.in_process import duodesk_here as duodesk


@pytest.fixture
def db(project_path):
    database = Database.open(project_path)
    store_hcv(database)
    database.close()
    return str(project_path)


def read_sheet(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def write_sheet(path, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)


def themes_of(db) -> dict[str, dict]:
    result = duodesk("--db", db, "summary", FORM, "--json")
    assert result.returncode == 0, result.stderr
    question = next(
        q for q in json.loads(result.stdout)["questions"] if q["name"].endswith("_themes")
    )
    return question


def test_an_exported_sheet_imported_unchanged_changes_nothing(db, tmp_path):
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert duodesk("--db", db, "themes", FORM, QUESTION, "--export", str(first)).returncode == 0
    rows = read_sheet(first)
    assert rows[0] == ["interview", "answer", "themes", "not_codable"]
    assert len(rows) == 42  # the header and 41 written answers
    before = themes_of(db)
    result = duodesk("--db", db, "themes", FORM, QUESTION, "--import", str(first))
    assert result.returncode == 0, result.stderr
    assert "41 answer(s) read: 40 coded, 1 not codable" in result.stdout
    assert themes_of(db) == before
    duodesk("--db", db, "themes", FORM, QUESTION, "--export", str(second))
    assert read_sheet(second) == rows


def test_a_sheet_edited_in_a_spreadsheet_recodes_the_answers(db, tmp_path):
    sheet = tmp_path / "coding.csv"
    duodesk("--db", db, "themes", FORM, QUESTION, "--export", str(sheet))
    rows = read_sheet(sheet)
    edited = rows[1:]
    was_coded = next(r for r in edited if r[2] and not r[3])
    was_coded[2] = "No symptoms; Waiting list too long"  # a new theme, made on import
    not_codable = next(r for r in edited if r[3] == "yes")
    not_codable[2], not_codable[3] = "no symptoms", ""  # a theme's short name works too
    xlsx = tmp_path / "coding.xlsx"
    workbook = openpyxl.Workbook()
    for row in [rows[0], *edited]:
        workbook.active.append(row)
    workbook.save(xlsx)
    result = duodesk("--db", db, "themes", FORM, QUESTION, "--import", str(xlsx))
    assert result.returncode == 0, result.stderr
    assert "New themes: Waiting list too long." in result.stdout
    themes = themes_of(db)
    assert themes["answered"] == 41 and themes["missing"] == 0
    by_label = {o["label"]: o["count"] for o in themes["options"]}
    assert by_label["Waiting list too long"] == 1
    again = tmp_path / "again.csv"
    duodesk("--db", db, "themes", FORM, QUESTION, "--export", str(again))
    after = {r[0]: r for r in read_sheet(again)}
    assert after[was_coded[0]][2] == "No symptoms; Waiting list too long"
    assert after[not_codable[0]][2:] == ["No symptoms", ""]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r.__setitem__(0, "not-an-id"), 'row 5, column "interview": "not-an-id" is not'),
        (
            lambda r: r.__setitem__(0, "00000000-0000-4000-8000-000000000000"),
            'row 5, column "interview": the interview "00000000',
        ),
        (lambda r: r.__setitem__(3, "perhaps"), 'row 5, column "not_codable": "perhaps" should'),
        (
            lambda r: r.__setitem__(3, "yes"),
            'row 5, column "themes": an answer marked not codable cannot have themes too',
        ),
    ],
)
def test_a_bad_row_is_named_and_nothing_changes(db, tmp_path, change, message):
    sheet = tmp_path / "coding.csv"
    duodesk("--db", db, "themes", FORM, QUESTION, "--export", str(sheet))
    rows = read_sheet(sheet)
    rows[1][2] = "A theme that must not be made"  # a good row before the bad one
    target = next(i for i, r in enumerate(rows) if i >= 4 and r[2] and not r[3])
    rows[4], rows[target] = rows[target], rows[4]
    change(rows[4])
    write_sheet(sheet, rows)
    before = themes_of(db)
    result = duodesk("--db", db, "themes", FORM, QUESTION, "--import", str(sheet))
    assert result.returncode == 1
    assert result.stderr.startswith("duodesk: coding.csv, " + message), result.stderr
    assert "Traceback" not in result.stderr
    assert themes_of(db) == before


def test_the_same_interview_twice_is_refused(db, tmp_path):
    sheet = tmp_path / "coding.csv"
    duodesk("--db", db, "themes", FORM, QUESTION, "--export", str(sheet))
    rows = read_sheet(sheet)
    write_sheet(sheet, [*rows, rows[1]])
    result = duodesk("--db", db, "themes", FORM, QUESTION, "--import", str(sheet))
    assert result.returncode == 1
    assert 'row 43, column "interview": this interview is already on row 2.' in result.stderr


def test_a_question_not_answered_in_words_is_refused(db, tmp_path):
    result = duodesk("--db", db, "themes", FORM, "referred", "--export", str(tmp_path / "x.csv"))
    assert result.returncode == 1
    assert "is not a question answered in words" in result.stderr
    assert not (tmp_path / "x.csv").exists()


def exported_rows(db, tmp_path):
    sheet = tmp_path / "exported.csv"
    assert duodesk("--db", db, "themes", FORM, QUESTION, "--export", str(sheet)).returncode == 0
    return read_sheet(sheet)


def as_workbook(path, rows):
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)  # openpyxl stores a str starting with "=" as a formula
    workbook.save(path)


def test_a_formula_cell_in_a_workbook_is_refused_and_nothing_changes(db, tmp_path):
    rows = exported_rows(db, tmp_path)
    target = next(i for i, r in enumerate(rows) if i >= 1 and r[2] and not r[3])
    rows[target][2] = "=1+1"  # read with cached values, it would be empty: coding wiped
    xlsx = tmp_path / "coding.xlsx"
    as_workbook(xlsx, rows)
    before = themes_of(db)
    result = duodesk("--db", db, "themes", FORM, QUESTION, "--import", str(xlsx))
    assert result.returncode == 1
    assert f'coding.xlsx, sheet "Sheet", row {target + 1}, column "themes"' in result.stderr
    assert "formula" in result.stderr and "Traceback" not in result.stderr
    assert themes_of(db) == before


@pytest.mark.parametrize("hostile", ["=cmd|' /C calc'!A0", "@SUM(1+1)", "+1+2", "-2+3"])
def test_a_theme_name_that_looks_like_a_formula_is_refused(db, tmp_path, hostile):
    rows = exported_rows(db, tmp_path)
    rows[1][2] = hostile
    sheet = tmp_path / "coding.csv"
    write_sheet(
        sheet, [[("'" + c if c.startswith(("=", "@", "+")) else c) for c in r] for r in rows]
    )
    before = themes_of(db)
    result = duodesk("--db", db, "themes", FORM, QUESTION, "--import", str(sheet))
    assert result.returncode == 1, result.stdout
    assert 'row 2, column "themes"' in result.stderr and "formula" in result.stderr
    assert themes_of(db) == before
    assert hostile not in "".join(r[2] for r in exported_rows(db, tmp_path))


def test_the_coding_sheet_is_private_and_its_export_is_in_the_audit_trail(db, tmp_path):
    import os
    import stat

    from duodesk.storage.audit import list_events

    sheet = tmp_path / "coding.csv"
    assert duodesk("--db", db, "themes", FORM, QUESTION, "--export", str(sheet)).returncode == 0
    if os.name == "posix":
        assert stat.S_IMODE(sheet.stat().st_mode) == 0o600
    database = Database.open(db)
    try:
        with database.read_session() as session:
            events = [e for e in list_events(session) if e.action == "coding_sheet_exported"]
    finally:
        database.close()
    assert len(events) == 1 and "coding.csv" in str(events[0].details)
    assert list(tmp_path.glob("*.part")) == []


def test_a_blank_coder_is_refused_and_the_coding_changed_is_named(db, tmp_path):
    rows = exported_rows(db, tmp_path)
    for row in rows[1:]:
        row[2], row[3] = "", ""
    sheet = tmp_path / "coding.csv"
    write_sheet(sheet, rows)
    before = themes_of(db)
    result = duodesk("--db", db, "themes", FORM, QUESTION, "--import", str(sheet), "--coder", "  ")
    assert result.returncode == 1
    assert "--coder needs a name" in result.stderr and "Traceback" not in result.stderr
    assert themes_of(db) == before
    second = duodesk("--db", db, "themes", FORM, QUESTION, "--import", str(sheet), "--coder", "Ann")
    assert second.returncode == 0 and "Changed Ann's coding." in second.stdout
    assert themes_of(db) == before  # a second coder never changes the main coding
    exported = duodesk("--db", db, "themes", FORM, QUESTION, "--export", str(sheet))
    assert "from the main coding" in exported.stdout


def test_a_choice_question_with_other_points_to_its_written_other_answers(project_path, tmp_path):
    import dataclasses

    from tests.analysis.hcv_themes import questionnaire
    from tests.analysis.projects import store_questionnaire

    form = questionnaire()
    referred = next(q for q in form.questions() if q.name == "referred")
    other = dataclasses.replace(referred, name="referred_other", type=QuestionType.TEXT)
    database = Database.open(project_path)
    store_questionnaire(database, dataclasses.replace(form, children=(*form.children, other)))
    database.close()
    result = duodesk(
        "--db", str(project_path), "themes", FORM, "referred", "--export", str(tmp_path / "x.csv")
    )
    assert result.returncode == 1
    assert "is not a question answered in words" in result.stderr
    assert '"referred_other"' in result.stderr
