"""The findings report as an editable Word document, written with python-docx.

The document uses Word's own styles (Title, Heading 1 and 2, List Bullet, Table Grid), so the
group can restyle it in one place; A4 pages with 2 cm margins. Charts are pictures drawn
beforehand (PNG bytes by chart key), so this module needs no Qt.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Mm, Pt, RGBColor

from duodesk.core.spreadsheet import clean_text
from duodesk.exports.report_content import FindingsReport, Table

CHART_WIDTH = Cm(15)
NOTE_COLOUR = RGBColor(0x44, 0x44, 0x44)
TABLE_TEXT = Pt(9)
GRID_TEXT = Pt(7.5)


def _text(value: str) -> str:
    """Text Word can hold: control characters, which XML refuses, are taken out."""
    return clean_text(value, 100_000)


def write_docx(report: FindingsReport, path: Path, pictures: Mapping[str, bytes]) -> None:
    """Write ``report`` to ``path`` (the caller gives a temporary name); ``pictures`` are the
    charts as PNG bytes by :attr:`~duodesk.exports.findings.Chart.key` (a missing one is
    left out)."""
    document = Document()
    document.core_properties.title = _text(report.title)
    document.core_properties.author = "DuoDesk"
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))

    document.add_paragraph(_text(report.title), style="Title")
    for line in report.title_page:
        document.add_paragraph(_text(line))
    _page_break(document)

    document.add_heading(_text(report.method_heading), level=1)
    for paragraph in report.method:
        document.add_paragraph(_text(paragraph))

    document.add_heading(_text(report.findings_heading), level=1)
    _note(document, report.findings_intro)
    section_heading = None
    for finding in report.findings:
        if finding.section != section_heading:
            section_heading = finding.section
            document.add_heading(_text(section_heading), level=2)
        document.add_paragraph(_text(finding.text), style="List Bullet")

    for part_section in report.sections:
        _page_break(document)
        document.add_heading(_text(part_section.heading), level=1)
        _note(document, report.marker_note)
        for part in part_section.parts:
            document.add_heading(_text(part.title), level=2)
            _note(document, part.note)
            _table(document, part.table)
            picture = pictures.get(part.chart.key) if part.chart is not None else None
            if picture is not None:
                document.add_picture(io.BytesIO(picture), width=CHART_WIDTH)
                document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if part.chart_note:
                _note(document, part.chart_note)

    if report.quotes_heading:
        _page_break(document)
        document.add_heading(_text(report.quotes_heading), level=1)
        _note(document, report.quotes_intro)
        question = None
        for group in report.quotes:
            if group.question != question:
                question = group.question
                document.add_heading(_text(question), level=2)
            document.add_heading(_text(group.theme), level=3)
            if group.description:
                _note(document, group.description)
            for quote in group.quotes:
                document.add_paragraph(_text(f"“{quote}”"), style="Quote")
            if group.note:
                _note(document, group.note)

    _page_break(document)
    document.add_heading(_text(report.annex_heading), level=1)
    _note(document, report.annex_intro)
    _note(document, report.marker_note)
    _table(document, report.annex)
    document.save(str(path))


def _page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _note(document, text: str) -> None:
    if not text:
        return
    run = document.add_paragraph().add_run(_text(text))
    run.italic = True
    run.font.color.rgb = NOTE_COLOUR


def _table(document, table: Table) -> None:
    columns = table.columns
    grid = document.add_table(rows=len(table.rows), cols=columns)
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    size = GRID_TEXT if columns > 6 else TABLE_TEXT
    for row, kind, cells in zip(table.rows, table.kinds, grid.rows, strict=True):
        values = list(row) + [""] * (columns - len(row))
        if kind == "note":  # a sentence across the whole row
            merged = cells.cells[0].merge(cells.cells[-1])
            values = [row[0]]
            targets = [merged]
        else:
            targets = list(cells.cells)
        for i, (cell, value) in enumerate(zip(targets, values, strict=False)):
            paragraph = cell.paragraphs[0]
            run = paragraph.add_run(_text(value))
            run.font.size = size
            run.bold = kind in ("header", "title", "total")
            run.italic = kind == "note"
            if i > 0 and kind != "note":
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # The answers get the room, the numbers share the rest of the 17 cm between margins;
    # Word reads the cells' widths, LibreOffice the grid's: both are set.
    first = 7.0 if columns <= 4 else 5.0 if columns <= 6 else 4.0
    widths = [Cm(first)] + [Cm((17.0 - first) / max(1, columns - 1))] * (columns - 1)
    grid.autofit = False
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width
