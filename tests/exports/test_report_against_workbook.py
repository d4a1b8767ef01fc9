"""The findings report checked from outside against the health-board workbook, on a fresh data
set built from a published table (INPUD 2007, 38 organisations: ``inpud_survey``).

Both files are written by the command line and read back (openpyxl, python-docx). Every
number the report prints is the number the workbook shows in the same place; every number the
workbook hides is hidden in the report too; the key findings state only shown numbers, with
their shown denominators. The attacks: a subset (one region of 10 organisations), theme counts
and their quotes, percentages of small groups, and working a hidden number out by difference,
within a table and between two tables linked by the questionnaire's skip logic.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from duodesk.storage.database import Database
from tests.cli.test_cli import duodesk
from tests.exports.inpud_survey import FORM, store_inpud

MARKER = "*"
Block = dict[str, tuple[object, object, object]]  # answer -> (number, percent, third)


@pytest.fixture(scope="module")
def inpud(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("inpud")
    database = Database.open(folder / "inpud.duodesk")
    store_inpud(database)
    database.close()
    return folder / "inpud.duodesk"


def written(project: Path, name: str, *subset: str) -> tuple[dict, docx.document.Document]:
    """The workbook's Summary sheet (blocks by question title) and the report, both for the
    interviews ``subset`` chooses."""
    xlsx, report = project.with_name(f"{name}.xlsx"), project.with_name(f"{name}.docx")
    for args in (("export", FORM, "--xlsx", str(xlsx)), ("report", FORM, "--docx", str(report))):
        result = duodesk("--db", str(project), *args, *subset)
        assert result.returncode == 0, result.stderr
    return workbook_blocks(xlsx), docx.Document(str(report))


def workbook_blocks(path: Path) -> dict[str, dict]:
    sheet = openpyxl.load_workbook(path, read_only=True)["Summary"]
    blocks: dict[str, dict] = {}
    current: dict | None = None
    for cells in sheet.iter_rows(min_row=3, values_only=True):
        row = (*cells, *([None] * 6))[:6]
        label = row[0]
        if label is None:
            continue
        if re.match(r"^[a-z_0-9]+\. ", str(label)) and row[1] is None:
            current = {"title": label, "not_available": (row[4], row[5]), "lines": {}}
            blocks[str(label).split(". ")[0]] = current
        elif current is not None and row[1] is not None:
            current["lines"][str(label)] = tuple(row[1:4])
    return blocks


def report_tables(document) -> list[tuple[str, list[list[str]]]]:
    """Each table of the report with the Heading 2 above it ("" for none)."""
    found, heading = [], ""
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            paragraph = Paragraph(child, document)
            if paragraph.style.name == "Heading 2":
                heading = paragraph.text
        elif child.tag.endswith("}tbl"):
            table = DocxTable(child, document)
            found.append((heading, [[c.text for c in row.cells] for row in table.rows]))
    return found


def same_number(shown: object, printed: str) -> bool:
    """The workbook's cell (a count, a share 0-1, or the marker) as the report prints it."""
    if shown is None:
        return printed == ""
    if shown == MARKER:
        return printed == MARKER
    if printed.endswith("%"):
        exact = Decimal(str(shown)) * 100
        return Decimal(printed[:-1]) == exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return float(printed.replace(",", "")) == pytest.approx(float(shown), abs=0.005)


def check_tables(blocks: dict, document) -> int:
    """Every row of every question table of the report, and of the annex, against the
    workbook; returns how many cells were compared."""
    compared = 0
    tables = report_tables(document)
    annex = tables[-1][1]
    for heading, rows in tables[:-1]:
        name = heading.split(". ")[0]
        if name not in blocks:
            continue  # a grid: none in this questionnaire
        lines = blocks[name]["lines"]
        for row in rows[1:]:
            assert row[0] in lines, (name, row)
            for shown, printed in zip(lines[row[0]], row[1:4], strict=True):
                if shown is None and printed == "":
                    continue
                assert same_number(shown, printed), (name, row, lines[row[0]])
                compared += 1
    current = None
    for row in annex[1:]:
        name = row[0].split(". ")[0]
        if name in blocks and row[0] == blocks[name]["title"]:
            current = blocks[name]
            for shown, printed in zip(current["not_available"], row[4:6], strict=True):
                assert same_number(shown, printed), row
            continue
        if current is None or row[0] not in current["lines"]:
            continue  # a note under a question
        for shown, printed in zip(current["lines"][row[0]], row[1:4], strict=True):
            if shown is None and printed == "":
                continue
            assert same_number(shown, printed), (current["title"], row)
            compared += 1
    return compared


def findings(document) -> list[str]:
    texts = [(p.style.name, p.text) for p in document.paragraphs]
    start = texts.index(("Heading 1", "Key findings"))
    end = next(i for i in range(start + 1, len(texts)) if texts[i][0] == "Heading 1")
    return [t for style, t in texts[start + 2 : end] if style != "Heading 2" and t.strip()]


def check_findings(blocks: dict, document) -> int:
    """Every count and denominator in a key finding is a number the workbook shows for that
    question; each percentage is of the stated denominator."""
    checked = 0
    by_label = {b["title"].split(". ", 1)[1]: b for b in blocks.values()}
    for sentence in findings(document):
        label = next((lab for lab in by_label if sentence.startswith(lab.rstrip("?.:"))), None)
        assert label is not None, sentence
        shown = {v for line in by_label[label]["lines"].values() for v in line[:1]}
        shown_counts = {v for v in shown if isinstance(v, int)}
        if "numbers hidden" in sentence:
            continue
        denominators = [
            int(d.replace(",", "")) for d in re.findall(r"of (?:all )?the ([\d,]+) ", sentence)
        ]
        assert denominators, sentence
        for denominator in denominators:
            assert denominator in shown_counts, (sentence, denominator)
        for count, percent in re.findall(
            r"([\d,]+) (?:of (?:all )?the [\d,]+ \w+ [^(]*)?\((\d+)%\)", sentence
        ):
            count = int(count.replace(",", ""))
            assert count in shown_counts, (sentence, count)
            expected = (Decimal(count) * 100 / Decimal(denominators[0])).quantize(
                Decimal(1), rounding=ROUND_HALF_UP
            )
            assert int(percent) == expected, sentence
            checked += 1
    return checked


def test_every_number_of_the_report_is_the_workbooks_and_nothing_hidden_shows(inpud):
    blocks, document = written(inpud, "all")
    assert check_tables(blocks, document) > 100
    assert check_findings(blocks, document) >= 8
    sentences = " ".join(findings(document))
    # The published figures that the workbook shows, with their true denominators.
    assert "17 of the 38 organisations asked (45%) answered “European Union”" in sentences
    assert "17 of the 38 organisations asked (45%) answered “Partly”, 16 (42%) “Yes”" in sentences
    assert "20 of the 38 organisations asked (53%) answered “Yes”" in sentences
    # 25 of 37 (67.57%) is published; the one organisation that did not answer is a small
    # number, so the 37 is hidden in the workbook and the sentence gives the 25 of all 38.
    assert not re.search(r"of the 37 ", sentences)
    assert (
        "Have you received governmental funding?: 25 of all the 38 organisations interviewed "
        "(66%) answered “Yes”; how many answered is hidden" in sentences
    )


def test_a_region_of_ten_organisations_shows_what_its_workbook_shows(inpud):
    blocks, document = written(inpud, "asia", "--site", "Asia")
    assert check_tables(blocks, document) > 20
    check_findings(blocks, document)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Quotes from written answers are given only in the report of all interviews" in text


def test_a_hidden_number_cannot_be_worked_out_by_difference(inpud):
    """Within a table (the answers against "Answered"), and between two tables: the answers
    to a question asked only after "Yes" against that "Yes"."""
    blocks, document = written(inpud, "difference")
    for name, block in blocks.items():
        lines = block["lines"]
        if "Answers ticked in all" in lines or "Mean" in lines:
            continue  # several answers, or a number: no answers add up to "Answered"
        answers = [v[0] for label, v in lines.items() if label not in STATUS]
        hidden = [v for v in answers if v == MARKER]
        assert len(hidden) != 1 or lines["Answered"][0] == MARKER, name
    # gov_international was asked of the 25 with governmental funding: its "Yes" (one) would
    # be 25 less its "No"; both are hidden, in the workbook and the report alike.
    assert blocks["gov_funding"]["lines"]["Yes"][0] == 25
    asked = blocks["gov_international"]["lines"]
    assert asked["Yes"][0] == MARKER and asked["No"][0] == MARKER
    table = dict(report_tables(document))
    printed = next(
        rows for heading, rows in table.items() if heading.startswith("gov_international.")
    )
    assert {row[0]: row[1] for row in printed}["No"] == MARKER


def test_themes_counts_and_quotes_tell_no_more_than_the_workbook(inpud):
    blocks, document = written(inpud, "themes")
    themes = blocks["why_started_themes"]["lines"]
    assert themes["Nobody listened"][0] == 30
    assert themes["Police"][0] == MARKER  # two organisations
    assert themes["Friends died"][0] == MARKER  # hidden to protect it
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    quoted: dict[str, list[str]] = {}
    theme = None
    for style, text in paragraphs:
        if style == "Heading 3":
            theme = text
            quoted[theme] = []
        elif style == "Quote" and theme is not None:
            quoted[theme].append(text)
    assert len(quoted["Nobody listened"]) == 5
    assert quoted["Police"] == [] and quoted["Friends died"] == []
    tables = dict(report_tables(document))
    printed = next(rows for heading, rows in tables.items() if heading.startswith("why_started"))
    assert {row[0]: row[1] for row in printed}["Police"] == MARKER


STATUS = {
    "Answered",
    "No answer",
    "Not asked (skipped)",
    "Total interviews",
    "Not in this version",
}
