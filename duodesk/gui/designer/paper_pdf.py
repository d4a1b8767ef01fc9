"""The paper questionnaire as a PDF (Qt's PDF writer): numbered questions, tick boxes, lines
for written answers, skip instructions in words, page numbers."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from duodesk.core.paper import PaperForm, PaperItem, paper_form
from duodesk.core.questionnaire import Questionnaire
from duodesk.gui.pdf import a4_writer, text_document

translate = QCoreApplication.translate

_BOX = "☐"
NUMBER_WIDTH = 8  # % of a repeat table's width for its row numbers: "12" on one line
_LINE = "_" * 60

_CSS = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; }
h1 { font-size: 17pt; }
h2 { font-size: 13pt; margin-top: 14px; }
p.q { font-size: 12pt; font-weight: bold; margin-top: 14px; margin-bottom: 2px; }
p.hint { font-style: italic; color: #444; margin: 0; }
p.only { color: #333; margin: 0; }
p.skip { font-weight: bold; margin: 2px 0 0 24px; }
p.opt { margin: 0 0 0 24px; }
p.line { margin: 6px 0 0 24px; color: #555; }
p.note { font-style: italic; margin-top: 12px; }
p.sheet { font-size: 12pt; border: 1px solid #000; padding: 4px; }
td { padding: 3px 6px; }
th { font-size: 9pt; padding: 2px; }
"""


def paper_html(form: PaperForm, sheet_numbers: Sequence[str] = ()) -> str:
    """The printable form; with ``sheet_numbers``, one copy per number, each starting on a new
    page with its datasheet number printed, so that a typed-in sheet can be found again."""
    parts = [f"<html><head><style>{_CSS}</style></head><body>"]
    for index, number in enumerate(sheet_numbers or [""]):
        if index:
            parts.append("<div style='page-break-before: always'></div>")
        parts.append(_copy_html(form, number))
    parts.append("</body></html>")
    return "".join(parts)


def _copy_html(form: PaperForm, sheet_number: str) -> str:
    number = escape(sheet_number) if sheet_number else "__________"
    sheet = translate(
        "PaperPdf",
        "Datasheet number: <b>{number}</b> &nbsp;&nbsp; Interviewer: ________________ "
        "&nbsp;&nbsp; Date: ____ / ____ / ________",
    ).format(number=number)
    guide = translate(
        "PaperPdf",
        "Interviewer: read each question out. Tick one box unless it says <i>tick all that "
        "apply</i>. Follow the arrows: they say which question comes next.",
    )
    parts = [f"<p class='sheet'>{sheet}</p>", f"<h1>{escape(form.title)}</h1>", f"<p>{guide}</p>"]
    for item in form.items:
        parts.append(_item_html(item))
    return "".join(parts)


def sheet_numbers(copies: int, first: int = 1) -> tuple[str, ...]:
    """``copies`` datasheet numbers from ``first``, written with at least four digits."""
    return tuple(f"{number:04d}" for number in range(first, first + copies))


def _repeat_html(item: PaperItem) -> str:
    """A repeat as a table: a numbered row per instance, a column per question with its
    answer options as numbers to write in the box (no room for tick boxes in a table)."""
    html = [f"<h2>{escape(item.text)}</h2>", _only(item)]
    if item.hint:
        html.append(f"<p class='hint'>{escape(item.hint)}</p>")
    outer = 12 if item.outer else 0  # a repeat inside another: the outer row's number
    width = (100 - NUMBER_WIDTH - outer) // max(1, len(item.columns))
    number_heading = translate("PaperPdf", "No.")
    header = [f"<th width='{NUMBER_WIDTH}%' style='white-space: nowrap'>{number_heading}</th>"]
    if item.outer:
        header.append(f"<th width='{outer}%' valign='top'>{escape(item.outer)}</th>")
    for column in item.columns:
        words = [f"<b>{column.number}. {escape(column.text)}</b>"]
        if column.ask_only_if:
            words.append(f"<br/><i>{escape(column.ask_only_if)}</i>")
        if column.kind in ("one", "many"):
            codes = "".join(f"<br/>{i} = {escape(o)}" for i, o in enumerate(column.options, 1))
            how = (
                translate("PaperPdf", "Write the number:")
                if column.kind == "one"
                else translate("PaperPdf", "Write each number that applies:")
            )
            words.append(f"<br/>{how}{codes}")
        elif column.kind in _WRITE_AS:
            how = translate("PaperPdf", _WRITE_AS[column.kind])
            words.append(f"<br/>{how}")
        header.append(
            f"<th width='{width}%' align='left' valign='top' style='font-size: 10.5pt; "
            f"font-weight: normal'>{''.join(words)}</th>"
        )
    # Qt's tables take no row height: one tall line makes a box big enough to write in, and,
    # being one line, it is never cut in two by the end of a page (two lines were).
    tall = "<span style='font-size: 30pt'>&nbsp;</span>"
    rows = "".join(
        "<tr><td align='center' valign='middle' style='white-space: nowrap'>"
        f"{tall}<b style='font-size: 13pt'>{row}</b></td>"
        + "".join(f"<td>{tall}</td>" for _ in range(len(item.columns) + bool(item.outer)))
        + "</tr>"
        for row in range(1, item.rows + 1)
    )
    # The heading row in <thead>: Qt repeats it at the top of each page the table goes on to.
    html.append(
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<thead><tr>{''.join(header)}</tr></thead>{rows}</table>"
    )
    return "".join(html)


_WRITE_AS = {
    "number": QT_TRANSLATE_NOOP("PaperPdf", "A number"),
    "date": QT_TRANSLATE_NOOP("PaperPdf", "Day / month / year"),
    "time": QT_TRANSLATE_NOOP("PaperPdf", "Hours : minutes"),
    "datetime": QT_TRANSLATE_NOOP("PaperPdf", "Date and time"),
}


def _item_html(item: PaperItem) -> str:
    if item.kind == "repeat":
        return _repeat_html(item)
    if item.kind == "heading":
        return f"<h2>{escape(item.text)}</h2>" + _only(item)
    if item.kind == "note":
        return _only(item) + f"<p class='note'>{escape(item.text)}</p>"
    html = [f"<p class='q'>{item.number}. {escape(item.text)}</p>", _only(item)]
    if item.hint:
        html.append(f"<p class='hint'>{escape(item.hint)}</p>")
    if item.kind in ("one", "many"):
        if item.kind == "many":
            words = translate("PaperPdf", "Tick all that apply.")
            html.append(f"<p class='hint'>{words}</p>")
        html.extend(f"<p class='opt'>{_BOX} {escape(option)}</p>" for option in item.options)
    elif item.kind == "grid":
        # The statements get the widest column, but never so wide that a scale word such as
        # "Strongly" must break inside itself; many scale points get a smaller heading.
        first = 34 if len(item.options) <= 4 else 26
        share = (100 - first) // max(1, len(item.options))
        size = "9pt" if len(item.options) <= 4 else "7.5pt"
        header = "".join(
            f"<th width='{share}%' style='font-size: {size}'>{escape(o)}</th>" for o in item.options
        )
        rows = "".join(
            f"<tr><td>{chr(97 + i % 26)}. {escape(s)}</td>"
            + "".join(f"<td align='center'>{_BOX}</td>" for _ in item.options)
            + "</tr>"
            for i, s in enumerate(item.statements)
        )
        html.append(
            f"<table border='1' cellspacing='0' width='100%'><tr><th width='{first}%'></th>"
            f"{header}</tr>"
            f"{rows}</table>"
        )
    elif item.kind == "text":
        html.extend(f"<p class='line'>{_LINE}</p>" for _ in range(3))
    elif item.kind == "number":
        words = translate("PaperPdf", "Number:")
        html.append(f"<p class='line'>{words} {'_' * 16}</p>")
    elif item.kind == "date":
        words = translate("PaperPdf", "Date: ____ / ____ / ________  (day / month / year)")
        html.append(f"<p class='line'>{words}</p>")
    elif item.kind == "time":
        words = translate("PaperPdf", "Time: ____ : ____")
        html.append(f"<p class='line'>{words}</p>")
    else:
        words = translate("PaperPdf", "Date: ____ / ____ / ________   Time: ____ : ____")
        html.append(f"<p class='line'>{words}</p>")
    html.extend(f"<p class='skip'>➜ {escape(skip)}</p>" for skip in item.skips)
    return "".join(html)


def _only(item: PaperItem) -> str:
    return f"<p class='only'>({escape(item.ask_only_if)})</p>" if item.ask_only_if else ""


def write_paper_pdf(
    questionnaire: Questionnaire,
    path: Path,
    language: str = "",
    numbers: Sequence[str] = (),
) -> Path:
    """Write the printable questionnaire in ``language`` to ``path`` (A4): one copy with a
    space for its datasheet number, or one copy per number in ``numbers`` (see
    :func:`sheet_numbers`). Page numbers are printed at the foot of every page."""
    writer = a4_writer(path, questionnaire.title, 15)
    document = text_document(11)
    document.setHtml(paper_html(paper_form(questionnaire, language), numbers))
    document.print_(writer)
    return path
