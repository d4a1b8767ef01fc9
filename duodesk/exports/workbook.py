"""The health-board workbook: Cover, Summary, Charts, Data and Codebook sheets.

Written with openpyxl in write-only mode: the Data sheet's rows stream from the database to the
file, so an export of 100,000 interviews never holds them all in memory. Every text cell is
stored as text (never a formula, never a hyperlink); see :mod:`duodesk.core.spreadsheet`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

import duodesk
from duodesk.core.spreadsheet import write_only_text
from duodesk.exports.blocks import summary_blocks
from duodesk.exports.chart_parts import declare_namespaces_on_top
from duodesk.exports.codebook import HEADER, cell_meanings, codebook_rows
from duodesk.exports.prepare import Prepared
from duodesk.exports.rows import detail_cells, row_converters, stream_interviews
from duodesk.exports.summary_sheet import (
    BOLD,
    HEADER_FILL,
    NOTE,
    TITLE,
    WRAP,
    cell,
    fit_columns,
    setup_printing,
    write_summary,
)
from duodesk.storage.database import Database

PROGRESS_EVERY = 1000


def write_workbook(
    database: Database,
    prepared: Prepared,
    path: Path,
    *,
    progress: Callable[[float], None],
    cancelled: Callable[[], bool] | None,
) -> None:
    """Write the workbook to ``path`` (the caller makes that a temporary name)."""
    options = prepared.options
    workbook = Workbook(write_only=True)
    _cover(workbook, prepared)
    rule = options.disclosure
    marker_note = (
        f"“{rule.marker}” = hidden to protect the people interviewed (see the Cover sheet)."
        if rule.enabled
        else "Small numbers are NOT hidden in this workbook (see the Cover sheet)."
    )
    write_summary(workbook, prepared.summary, summary_blocks(prepared.summary, rule), marker_note)
    progress(0.1)
    _data(workbook, database, prepared, progress, cancelled)
    _codebook(workbook, prepared)
    workbook.save(path)
    declare_namespaces_on_top(path)
    progress(1.0)


def _cover(workbook: Workbook, prepared: Prepared) -> None:
    sheet = workbook.create_sheet("Cover")
    summary, options = prepared.summary, prepared.options
    dates = prepared.dates
    rows = [
        ("Questionnaire", summary.title),
        ("Questionnaire id", summary.form_id),
        ("Versions", ", ".join(str(v) for v in summary.versions) or "none"),
        ("Version labels", ", ".join(prepared.version_labels) or "none"),
        ("Interviews", summary.interviews),
        ("Dates of the interviews", f"{dates[0]} to {dates[1]}" if dates else "not recorded"),
        ("Sites", ", ".join(prepared.sites) or "not recorded"),
        ("Interviews included", summary.subset.describe()),
        ("Small numbers", options.disclosure.describe()),
        (
            "De-identified",
            "Yes: written answers, locations, questions marked as identifying and interviewer "
            "names are left out."
            if options.deidentified
            else "No: written answers are included; this file may identify people.",
        ),
        ("Answers in the data", "labels" if options.labels else "codes"),
        ("Participant codes", "Never exported."),
        ("Made", datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")),
        ("Made with", f"DuoDesk {duodesk.__version__}"),
        (
            "Sheets",
            "Summary: the results, question by question. Charts: a chart per question with a "
            "list of answers. Data: one row per interview. Codebook: what each column means.",
        ),
    ]
    fit_columns(sheet, [("Dates of the interviews", "x" * 90)])
    sheet.column_dimensions["B"].width = 90
    setup_printing(sheet, "1:1")
    sheet.append([cell(sheet, summary.title, font=TITLE)])
    sheet.append([])
    for label, value in rows:
        shown = cell(sheet, value, number_format="#,##0")
        shown.alignment = WRAP
        sheet.append([cell(sheet, label, font=BOLD), shown])


def _data(workbook, database, prepared: Prepared, progress, cancelled) -> None:
    sheet = workbook.create_sheet("Data")
    layout, options = prepared.layout, prepared.options
    sheet.freeze_panes = "B2"
    for i in range(1, len(layout.columns) + 1):
        sheet.column_dimensions[get_column_letter(i)].width = 14
    sheet.append([cell(sheet, c.header, font=BOLD, fill=HEADER_FILL) for c in layout.columns])

    def text(value: str) -> object:
        return write_only_text(sheet, value)

    converters = row_converters(layout, options.labels, text)
    with_interviewer = not options.deidentified
    total = max(1, prepared.interviews)
    append = sheet.append
    with database.read_session() as session:
        for details, stored in stream_interviews(
            session,
            prepared.form_id,
            prepared.subset,
            layout.question_names,
            cancelled=cancelled,
        ):
            row = detail_cells(details, with_interviewer, text)
            for convert in converters:
                row.extend(convert(stored))
            append(row)
            if details.number % PROGRESS_EVERY == 0:
                progress(0.1 + 0.85 * details.number / total)


def _codebook(workbook, prepared: Prepared) -> None:
    sheet = workbook.create_sheet("Codebook")
    rows = codebook_rows(prepared.layout, prepared.versions, prepared.options.language or "")
    meanings = cell_meanings(prepared.options.labels)
    fit_columns(sheet, [HEADER, *rows], widest=60)
    header_row = len(meanings) + 2
    sheet.freeze_panes = f"A{header_row + 1}"
    setup_printing(sheet, f"{header_row}:{header_row}")
    for line in meanings:
        sheet.append([cell(sheet, line, font=NOTE)])
    sheet.append([])
    sheet.append([cell(sheet, h, font=BOLD, fill=HEADER_FILL) for h in HEADER])
    for row in rows:
        sheet.append([cell(sheet, v) for v in row])
