"""The findings report's charts and PDF, drawn with Qt; and the report written to its files.

The charts are the Results screen's (:mod:`duodesk.gui.results.charts`), drawn offscreen into
pictures; the PDF is the same content laid out by Qt's text engine on A4 pages (as the paper
questionnaire is), so no PDF library is needed. Qt's charts are widgets of a graphics scene:
they are drawn on the GUI thread (the Export screen computes the report on its worker first,
then draws and writes it here).
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from html import escape as html_escape
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QGraphicsScene

from duodesk.exports.disclosure import PUBLISHED_KEY, ranges_text
from duodesk.exports.findings import build_findings_report
from duodesk.exports.layout import ExportOptions
from duodesk.exports.report_content import (
    Chart,
    FindingsReport,
    Table,
    without_direction_controls,
)
from duodesk.exports.report_docx import write_docx
from duodesk.gui.pdf import a4_writer, text_document
from duodesk.gui.results import charts
from duodesk.storage.audit import record_event
from duodesk.storage.database import Database

log = logging.getLogger("duodesk.exports")

CHART_WIDTH = 760  # points of the chart's own layout: its text reads well at 15 cm wide
PIXEL_RATIO = 2  # drawn at twice that many pixels, sharp on paper and on screen
_application: QApplication | None = None


def escape(text: str) -> str:
    """``text`` for the PDF's HTML, without the direction controls the Word file leaves out
    too (they would turn a sentence's numbers around)."""
    return html_escape(without_direction_controls(text))


def _ensure_application() -> None:
    """Qt's charts need an application object; the command line has none of its own."""
    global _application
    if QApplication.instance() is None:
        _application = QApplication(["duodesk"])


def _qt_chart(spec: Chart):
    spec = replace(
        spec,
        labels=tuple(without_direction_controls(label) for label in spec.labels),
        value_title=without_direction_controls(spec.value_title),
    )
    if spec.kind == "bars":
        return charts.bar_chart(spec.title, spec.labels, spec.values, value_title=spec.value_title)
    if spec.kind == "ranked":
        return charts.sorted_bar_chart(
            spec.title, spec.labels, spec.values, value_title=spec.value_title
        )
    if spec.kind == "range":
        return charts.range_chart(
            spec.title, spec.labels[0], spec.values, value_title=spec.value_title
        )
    return charts.stacked_bar_chart(spec.title, spec.labels, spec.scale)


def chart_picture(spec: Chart) -> bytes:
    """The chart as PNG bytes, 1520 pixels wide and as tall as its bars need."""
    _ensure_application()
    rows = len(spec.labels)
    height = (
        300
        if spec.kind == "range"
        else max(240, 100 + 30 * rows + (50 if spec.kind == "stacked" else 0))
    )
    chart = _qt_chart(spec)
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(CHART_WIDTH, height)
    image = QImage(CHART_WIDTH * PIXEL_RATIO, height * PIXEL_RATIO, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(PIXEL_RATIO)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, CHART_WIDTH, height), QRectF(0, 0, CHART_WIDTH, height))
    painter.end()
    scene.removeItem(chart)
    # Freed now: a program without an event loop (the command line) never runs deleteLater,
    # and a report's dozens of charts would stay in memory to the end.
    shiboken6.delete(chart)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def chart_pictures(report: FindingsReport) -> dict[str, bytes]:
    return {spec.key: chart_picture(spec) for spec in report.charts}


_CSS = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
h1 { font-size: 16pt; margin-top: 12px; }
h2 { font-size: 12pt; margin-top: 12px; }
h3 { font-size: 10.5pt; margin-top: 8px; }
p.title { font-size: 24pt; font-weight: bold; margin-top: 120px; }
p.note { font-style: italic; color: #444; }
td { padding: 2px 4px; font-size: 8.5pt; }
td.grid { font-size: 7pt; }
li { margin-bottom: 4px; }
"""


def report_html(report: FindingsReport) -> str:
    """The report as HTML for Qt's text engine; pictures are ``chart-KEY.png`` resources."""
    breaks = "<p style='page-break-before: always'></p>"
    parts = [f"<html><head><style>{_CSS}</style></head><body>"]
    parts.append(f"<p class='title'>{escape(report.title)}</p>")
    parts += [f"<p>{escape(line)}</p>" for line in report.title_page]
    parts.append(breaks)
    parts.append(f"<h1>{escape(report.method_heading)}</h1>")
    parts += [f"<p>{escape(paragraph)}</p>" for paragraph in report.method]
    parts.append(f"<h1>{escape(report.findings_heading)}</h1>")
    parts.append(f"<p class='note'>{escape(report.findings_intro)}</p>")
    heading = None
    # One section only (a questionnaire without groups): its heading would only repeat the
    # results section's, so the findings go straight under "Key findings".
    one_section = len({finding.section for finding in report.findings}) == 1
    for finding in report.findings:
        if finding.section != heading:
            if heading is not None:
                parts.append("</ul>")
            heading = finding.section
            parts.append("<ul>" if one_section else f"<h2>{escape(heading)}</h2><ul>")
        parts.append(f"<li>{escape(finding.text)}</li>")
    if heading is not None:
        parts.append("</ul>")
    for section in report.sections:
        parts.append(breaks)
        parts.append(f"<h1>{escape(section.heading)}</h1>")
        parts.append(f"<p class='note'>{escape(report.marker_note)}</p>")
        for part in section.parts:
            parts.append(f"<h2>{escape(part.title)}</h2>")
            parts.append(f"<p class='note'>{escape(part.note)}</p>")
            parts.append(_table_html(part.table) + "<p></p>")
            if part.chart is not None:
                parts.append(
                    f"<p align='center'><img src='chart-{escape(part.chart.key)}.png' "
                    "width='560'></p>"
                )
            if part.chart_note:
                parts.append(f"<p class='note'>{escape(part.chart_note)}</p>")
    if report.quotes_heading:
        parts.append(breaks)
        parts.append(f"<h1>{escape(report.quotes_heading)}</h1>")
        parts.append(f"<p class='note'>{escape(report.quotes_intro)}</p>")
        question = None
        for group in report.quotes:
            if group.question != question:
                question = group.question
                parts.append(f"<h2>{escape(question)}</h2>")
            parts.append(f"<h3>{escape(group.theme)}</h3>")
            if group.description:
                parts.append(f"<p class='note'>{escape(group.description)}</p>")
            parts += [f"<blockquote>“{escape(quote)}”</blockquote>" for quote in group.quotes]
            if group.note:
                parts.append(f"<p class='note'>{escape(group.note)}</p>")
        if report.quotes_note:
            parts.append(f"<p class='note'>{escape(report.quotes_note)}</p>")
    parts.append(breaks)
    parts.append(f"<h1>{escape(report.annex_heading)}</h1>")
    parts.append(f"<p class='note'>{escape(report.annex_intro)}</p>")
    parts.append(f"<p class='note'>{escape(report.marker_note)}</p>")
    parts.append(_table_html(report.annex))
    parts.append("</body></html>")
    return "".join(parts)


def _table_html(table: Table) -> str:
    columns = table.columns
    size = " class='grid'" if columns > 6 else ""
    # The first column (answers, statements) gets the room; the numbers share the rest.
    first = 40 if columns <= 4 else 22 if columns <= 6 else 24
    widths = [first] + [(100 - first) // max(1, columns - 1)] * (columns - 1)
    rows = []
    for number, (row, kind) in enumerate(zip(table.rows, table.kinds, strict=True)):
        if kind == "note":
            rows.append(f"<tr><td colspan='{columns}'{size}><i>{escape(row[0])}</i></td></tr>")
            continue
        cells = []
        for i, value in enumerate(row):
            text = escape(value)
            if kind in ("header", "title", "total"):
                text = f"<b>{text}</b>"
            if kind == "header":
                text = f"<span style='font-size: 6.5pt'>{text}</span>"
            align = " align='right'" if i > 0 else ""
            width = f" width='{widths[i]}%'" if number == 0 and i < columns else ""
            cells.append(f"<td{align}{width}{size}>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (
        "<table border='1' cellspacing='0' cellpadding='2' width='100%'>"
        + "".join(rows)
        + "</table>"
    )


def write_pdf(report: FindingsReport, pictures: Mapping[str, bytes], path: Path) -> None:
    """Write ``report`` as an A4 PDF to ``path`` (the caller gives a temporary name)."""
    _ensure_application()
    # The pages are laid out here with their 2 cm margins: no margin on the writer.
    writer = a4_writer(path, report.title, 0)
    document = text_document(10)
    # Lines break between words only: a narrow table column grows to its longest word
    # rather than splitting it ("Answer|ed").
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    for key, picture in pictures.items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource.value,
            QUrl(f"chart-{key}.png"),
            QImage.fromData(picture, "PNG"),
        )
    _lay_out_on_pages(document, writer)
    _keep_headings_with_what_follows(document, report_html(report))
    _print(document, writer)
    del writer  # the file is complete once the writer is gone


# The margin around each page, as QTextDocument.print_ gives it: 2 cm at Qt's 96 dots per
# inch, which the layout scales to the writer's.
MARGIN = int(2 / 2.54 * 96)


def _lay_out_on_pages(document: QTextDocument, writer: QPdfWriter) -> None:
    """Lay ``document`` out on ``writer``'s pages (their size in its pixels) with 2 cm
    margins, as ``QTextDocument.print_`` lays out a copy of its own: laid out here, where its
    headings fall can be read before it is printed, and is where they are printed."""
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(QSizeF(writer.width(), writer.height()))


def _set_html(document: QTextDocument, html: str) -> None:
    """Set ``html`` in ``document`` with the pages' margins (setting HTML forgets them)."""
    document.setHtml(html)
    frame = document.rootFrame().frameFormat()
    frame.setMargin(MARGIN)
    document.rootFrame().setFrameFormat(frame)


def _keep_headings_with_what_follows(document: QTextDocument, html: str) -> None:
    """Set ``html`` in ``document``, each heading on a new page when the page would end under
    it or through it: Qt's text engine has no "keep with next", and a question's heading was
    left at the foot of one page with its table, or the last word of the heading, on the
    next. A heading moved moves all that follows, so the pages are laid out again after each
    (the HTML with the breaks, set again: a block's format changed in place left the layout
    after it half done)."""
    moved: set[int] = set()
    for _ in range(MOST_HEADINGS_MOVED):
        _set_html(document, _with_breaks(html, moved))
        heading = _heading_at_a_foot(document, after=max(moved, default=-1))
        if heading is None:
            return
        moved.add(heading)


MOST_HEADINGS_MOVED = 200  # each is a layout of the whole report


_HEADING = re.compile(r"<h[1-3]>")


def _with_breaks(html: str, moved: set[int]) -> str:
    """``html`` with a page break before each heading counted in ``moved`` (0 the first)."""
    count = iter(range(1 << 30))

    def heading(match: re.Match[str]) -> str:
        if next(count) in moved:
            return match.group()[:-1] + " style='page-break-before: always'>"
        return match.group()

    return _HEADING.sub(heading, html)


def _heading_at_a_foot(document: QTextDocument, after: int) -> int | None:
    """The first heading after the ``after``-th that a page would end under or through (its
    number among the headings), if any."""
    layout = document.documentLayout()
    height = document.pageSize().height()
    # The room a heading needs under it, down to the paper's edge: the 2 cm margin and about
    # 4 cm of what it heads (a note and the first rows of a table).
    room = height / 5

    def page(y: float) -> int:
        return int(y // height)

    number = -1
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            number += 1
            box = layout.blockBoundingRect(block)
            at_the_top = box.top() - page(box.top()) * height < height / 8
            if number > after and page(box.top()) != page(box.bottom() + room) and not at_the_top:
                return number
        block = block.next()
    return None


def _print(pages: QTextDocument, writer: QPdfWriter) -> None:
    """Print the laid-out ``pages``, each with its number at the foot on the right, where
    ``QTextDocument.print_`` puts it."""
    width, height = pages.pageSize().width(), pages.pageSize().height()
    painter = QPainter(writer)
    try:
        painter.setFont(QFont(pages.defaultFont(), writer))
        scale = writer.logicalDpiY() / 96
        metrics = painter.fontMetrics()
        foot = height - MARGIN * scale + metrics.ascent() + 5 * writer.logicalDpiY() / 72
        for index in range(pages.pageCount()):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, -index * height)
            pages.drawContents(painter, QRectF(0, index * height, width, height))
            painter.restore()
            number = str(index + 1)
            right = width - MARGIN * scale - metrics.horizontalAdvance(number)
            painter.drawText(round(right), round(foot), number)
    finally:
        painter.end()


@dataclass(frozen=True)
class ReportWritten:
    docx: Path | None
    pdf: Path | None
    interviews: int | None  # None when the report hides it (a small part of the interviews)
    charts: int

    def describe(self) -> str:
        """In the interface language through :mod:`duodesk.i18n`, which the command line
        speaks too (it loads no Qt translator)."""
        from duodesk.i18n import translate

        names = [p.name for p in (self.docx, self.pdf) if p is not None]
        written = names[0]
        if len(names) == 2:
            written = translate("ReportWritten", "{first} and {last}").format(
                first=names[0], last=names[1]
            )
        if self.interviews is None:
            how_many = translate("ReportWritten", "the number of interviews hidden")
        else:
            counted = self.interviews
            how_many = translate("ReportWritten", "%n interviews counted", None, counted)
        return translate(
            "ReportWritten",
            "The findings report ({how_many}) was written to {files}. It is a draft: read it "
            "and edit it before it is passed on.",
        ).format(how_many=how_many, files=written)


def write_report_files(
    database: Database,
    form_id: str,
    report: FindingsReport,
    options: ExportOptions,
    *,
    docx: Path | None,
    pdf: Path | None,
    pictures: Mapping[str, bytes] | None = None,
    record: bool = True,
) -> ReportWritten:
    """Write the Word file and/or the PDF, each under a temporary name that becomes the real
    one only when both are complete. Without ``pictures`` the charts are drawn here, which
    must then be the GUI thread (or a program without a window, such as the command line)."""
    from duodesk.exports.files import replaced_when_complete

    if docx is None and pdf is None:
        raise ValueError("Say where to write the report: a .docx file, a .pdf file or both.")
    from duodesk.core.roles import Permission
    from duodesk.storage.access import require_in

    require_in(database, Permission.EXPORT)
    if pictures is None:
        pictures = chart_pictures(report)
    with contextlib.ExitStack() as stack:
        if docx is not None:
            write_docx(report, stack.enter_context(replaced_when_complete(docx)), pictures)
        if pdf is not None:
            write_pdf(report, pictures, stack.enter_context(replaced_when_complete(pdf)))
    shown = None if report.interviews_hidden else report.interviews
    written = ReportWritten(docx, pdf, shown, len(pictures))
    if record:
        record_report(database, form_id, written, options, report.interviews, report.published)
    log.info(
        "Wrote the findings report of %s (%s interviews, small numbers hidden: %s)",
        form_id,
        "a hidden number of" if shown is None else f"{shown:,}",
        options.disclosure.enabled,
    )
    return written


def record_report(
    database: Database,
    form_id: str,
    written: ReportWritten,
    options: ExportOptions,
    interviews: int,
    published: Sequence[int] = (),
) -> None:
    """Note the report's files in the audit trail, with the interviews a report with small
    numbers hidden counted: a later published output is checked against them (a write: the
    window runs it on the project worker's writer once the files are written on a reader
    thread)."""
    docx, pdf = written.docx, written.pdf
    with database.session() as session:
        for path, kind in ((docx, "docx"), (pdf, "pdf")):
            if path is not None:
                record_event(
                    session,
                    "exported",
                    subject=form_id,
                    details={
                        "file": str(Path(path).resolve()),
                        "format": kind,
                        "interviews": interviews,  # the true count: the record stays inside
                        "subset": options.subset.describe(),
                        "de-identified": options.deidentified,
                        **({PUBLISHED_KEY: ranges_text(published)} if published else {}),
                    },
                )


def write_findings_report(
    database: Database,
    form_id: str,
    options: ExportOptions | None = None,
    *,
    docx: Path | None = None,
    pdf: Path | None = None,
    group_name: str = "",
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ReportWritten:
    """Compute and write the findings report in one go (the command line)."""
    from duodesk.core.roles import Permission
    from duodesk.storage.access import require_in

    require_in(database, Permission.EXPORT)
    options = options or ExportOptions()
    report = build_findings_report(
        database, form_id, options, group_name=group_name, progress=progress, cancelled=cancelled
    )
    return write_report_files(database, form_id, report, options, docx=docx, pdf=pdf)
