"""A repeat labelled with words already plural ("Drugs used") is not given an "s" of its own:
the summary, the workbook's Repeats sheet and the report say "instances of “drugs used”",
never "drugs useds"."""

from __future__ import annotations

import docx
import openpyxl
import pytest

import tests.repeat_project
from duodesk import i18n
from duodesk.analysis.catalogue import plural
from duodesk.cli import main
from tests.core.test_repeats import DRUG_SURVEY
from tests.repeat_project import add_drug_interviews


@pytest.mark.parametrize(
    ("label", "words"),
    [
        ("drug", "drugs"),
        ("service", "services"),
        ("agency", "agencies"),
        ("drugs", "drugs"),
        ("drugs used", "instances of “drugs used”"),
        ("place slept", "instances of “place slept”"),
    ],
)
def test_plural_of_a_repeat_label(label, words):
    assert plural(label) == words


@pytest.mark.parametrize(
    ("label", "language", "words"),
    [
        ("drug", "English (en)", "drugs"),
        ("drug", "en-GB", "drugs"),
        ("наркотик", "Русский (ru)", "instances of “наркотик”"),
        ("drogue", "Français (fr)", "instances of “drogue”"),
        ("droga", "es", "instances of “droga”"),
        ("drug", "", "drugs"),  # not known, on English screens
    ],
)
def test_an_english_s_only_for_an_english_label(label, language, words):
    assert plural(label, language) == words


def test_a_label_of_unknown_language_is_not_given_an_english_s_on_other_screens():
    previous = i18n.language()
    i18n.set_language("fr")
    try:
        said = plural("drogue")
    finally:
        i18n.set_language(previous)
    assert not said.endswith("drogues")
    assert "drogue" in said


@pytest.fixture
def drugs_used(database, tmp_path, monkeypatch):
    survey = [
        ["begin_repeat", "drugs", "Drugs used", *row[3:]] if row[1] == "drugs" else row
        for row in DRUG_SURVEY
    ]
    monkeypatch.setattr(tests.repeat_project, "DRUG_SURVEY", survey)
    add_drug_interviews(database, tmp_path, count=40, seed=3)
    return database


def test_no_useds_in_the_summary_the_workbook_or_the_report(
    drugs_used, project_path, tmp_path, capsys
):
    db = str(project_path)
    assert main(["--db", db, "summary", "drugs"]) == 0
    text = capsys.readouterr().out
    assert "Number of instances of “drugs used” given" in text
    path = tmp_path / "out.xlsx"
    assert main(["--db", db, "export", "drugs", "--xlsx", str(path)]) == 0
    book = openpyxl.load_workbook(path)
    cells = [
        str(c) for sheet in book.worksheets for r in sheet.iter_rows(values_only=True) for c in r
    ]
    assert any("instances of “drugs used”" in c for c in cells)
    out = tmp_path / "report.docx"
    assert main(["--db", db, "report", "drugs", "--docx", str(out)]) == 0
    document = docx.Document(str(out))
    words = [p.text for p in document.paragraphs]
    words += [c.text for t in document.tables for r in t.rows for c in r.cells]
    for found in (text, *cells, *words):
        assert "useds" not in found


def test_the_repeat_label_is_named_not_put_in_a_sentence(
    drugs_used, project_path, tmp_path, capsys
):
    """A label written in the plural ("Drugs used") read "asked once for each drugs used";
    the workbook and the report name it instead: "for each instance of “drugs used”"."""
    db = str(project_path)
    path = tmp_path / "out.xlsx"
    assert main(["--db", db, "export", "drugs", "--xlsx", str(path)]) == 0
    book = openpyxl.load_workbook(path)
    cells = [
        str(c) for sheet in book.worksheets for r in sheet.iter_rows(values_only=True) for c in r
    ]
    out = tmp_path / "report.docx"
    assert main(["--db", db, "report", "drugs", "--docx", str(out)]) == 0
    document = docx.Document(str(out))
    words = [p.text for p in document.paragraphs]
    words += [c.text for t in document.tables for r in t.rows for c in r.cells]
    said = "\n".join([*cells, *words])
    assert "for each instance of “drugs used”" in said
    for wrong in ("each drugs used", "per drugs used", "row per drugs used"):
        assert wrong not in said
