"""The Summary and Charts sheets, laid out like a published results annex.

Per question a block: its title, a line saying what the percentages are of, then a row per
answer with "Results in numbers", "Results in percentages" and "Valid percentage"; the
question's "Number / Percentage of answers not available" stand on its title row. Numbers are
number cells with number formats; hidden numbers are the text marker. A statistic no double
holds (a mean of 4503599627370511.75, a largest answer of 2**53 + 1) is text with every digit,
as the Data sheet writes such an answer. The Charts sheet holds a
native bar chart per choice question, drawn from the Summary sheet's cells.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, TwoCellAnchor
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from duodesk.analysis import Summary
from duodesk.core.spreadsheet import clean_text
from duodesk.exports.blocks import Block, Shown, fixed_words, grid_block, line_label
from duodesk.exports.rows import fits_a_cell
from duodesk.i18n import translate


def headings() -> tuple[str, ...]:
    """The Summary sheet's column headings, in the interface language."""
    return (
        translate("Workbook", "Question and answers"),
        translate("Workbook", "Results in numbers"),
        translate("Workbook", "Results in percentages"),
        translate("Workbook", "Valid percentage"),
        translate("Workbook", "Number of answers not available"),
        translate("Workbook", "Percentage of answers not available"),
    )


def sheet_name(text: str) -> str:
    """A translated sheet name as a spreadsheet accepts it: at most 31 characters, and none of
    the characters a sheet name may not hold (``[ ] : * ? / \\``)."""
    for bad, good in (("[", "("), ("]", ")"), (":", "-"), ("*", "-"), ("?", ""), ("/", "-")):
        text = text.replace(bad, good)
    return text.replace("\\", "-")[:31]


PERCENT = "0.0%"
COUNT = "#,##0"
STATISTIC = "#,##0.0#"
SIGNIFICANT = 3  # digits a small statistic shows at least (a mean of 0.000412 as 0.000412)
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=12)
NOTE = Font(italic=True, color="555555")
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
WRAP = Alignment(wrap_text=True, vertical="top")


def cell(sheet, value: Shown, *, number_format: str = "", font: Font | None = None, fill=None):
    """A write-only cell: text always stored as text, numbers with their format (a number no
    number cell keeps exactly as text, every digit kept; see :func:`fits_a_cell`)."""
    is_number = isinstance(value, Decimal | int) and not isinstance(value, bool)
    if is_number and not fits_a_cell(value):  # type: ignore[arg-type]
        value = f"{value:f}" if isinstance(value, Decimal) else str(value)
    made = WriteOnlyCell(sheet, clean_text(value) if isinstance(value, str) else value)
    if isinstance(value, str):
        made.data_type = "s"
    elif value is not None and number_format:
        made.number_format = number_format
    if font is not None:
        made.font = font
    if fill is not None:
        made.fill = fill
    return made


def setup_printing(sheet, title_rows: str = "1:1") -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = title_rows


def fit_columns(sheet, rows: Sequence[Sequence[object]], *, widest: int = 70) -> None:
    """Set column widths from the text they will hold (write-only sheets need it first)."""
    widths: dict[int, int] = {}
    for row in rows:
        for i, value in enumerate(row, start=1):
            if value is None:
                continue
            text = f"{value:.1%}" if isinstance(value, float) else str(value)
            widths[i] = max(widths.get(i, 0), min(len(text), widest))
    for i, width in widths.items():
        sheet.column_dimensions[get_column_letter(i)].width = max(10, width + 2)


def write_summary(
    workbook, summary: Summary, blocks: dict[str, Block], marker_note: str, marker: str = "*"
):
    """Add the Summary and Charts sheets. Returns nothing; charts refer to Summary cells."""
    sheet = workbook.create_sheet(sheet_name(translate("Workbook", "Summary")))
    charts_sheet = workbook.create_sheet(sheet_name(translate("Workbook", "Charts")))
    in_grids = {row.name for grid in summary.grids for row in grid.rows}
    plan: list[list[object]] = [list(headings())]
    chart_specs: list[tuple[str, int, int]] = []  # title, first row, last row
    styles: list[str] = ["header"]

    def add(row: list[object], style: str) -> None:
        plan.append(row)
        styles.append(style)

    add([marker_note], "note")
    add([], "blank")
    for question in summary.questions:
        block = blocks.get(question.name)
        if block is None or question.name in in_grids:
            continue
        add(
            [block.title, None, None, None, block.not_available, block.not_available_percent],
            "title",
        )
        add([block.note], "note")
        if block.type == "select_multiple":
            add([translate("Workbook", "Answer"), *map(fixed_words, block.headings)], "subheader")
        first = len(plan) + 1
        for line in block.lines:
            add([line_label(line), line.count, line.percent, line.third], line.kind)
        charted = [i for i, line in enumerate(block.lines) if line.chart]
        if charted:
            chart_specs.append((block.title, first + charted[0], first + charted[-1]))
        add([], "blank")
    for grid in summary.grids:
        header, rows = grid_block(grid, blocks, marker)
        add([f"{grid.name}. {grid.label}"], "title")
        add(
            [
                translate(
                    "Workbook",
                    "Each statement's answers: numbers, then percentages of those who answered "
                    "it, then valid percentages (missing codes left out).",
                )
                if any(p.is_missing_code for p in grid.scale)
                else translate(
                    "Workbook",
                    "Each statement's answers: numbers, then percentages of those who answered it.",
                )
            ],
            "note",
        )
        add(header, "subheader")
        for row in rows:
            add(row, f"grid {len(grid.scale)}")
        add([], "blank")

    sheet.column_dimensions["A"].width = min(
        80, max(30, *(len(str(r[0])) for r in plan if r and r[0]))
    )
    for letter in "BCDEF":
        sheet.column_dimensions[letter].width = 16
    sheet.freeze_panes = "B2"
    setup_printing(sheet)
    for row, style in zip(plan, styles, strict=True):
        sheet.append(_styled(sheet, row, style))
    for position, (title, first, last) in enumerate(chart_specs):
        chart = BarChart()
        chart.type = "bar"
        chart.title = clean_text(title, 200)
        chart.legend = None
        chart.y_axis.title = translate("Workbook", "Number of people")
        chart.add_data(Reference(sheet, min_col=2, min_row=first, max_row=last))
        chart.set_categories(Reference(sheet, min_col=1, min_row=first, max_row=last))
        # A two-cell anchor: gnumeric and LibreOffice drop charts with a one-cell anchor.
        top = 1 + position * 22
        chart.anchor = TwoCellAnchor(
            _from=AnchorMarker(col=0, row=top), to=AnchorMarker(col=10, row=top + 20)
        )
        charts_sheet.add_chart(chart)
    charts_sheet.append(
        [
            cell(
                charts_sheet,
                translate(
                    "Workbook",
                    "Charts of the Summary sheet's numbers (hidden numbers show no bar).",
                ),
            )
        ]
    )


def _exact(value: object) -> object:
    """A statistic that is exactly its shortest float form (a mean of 1000000000000004.5)
    as that Decimal, so that :func:`cell` writes it as text when a cell's 16 digits would
    drop some; other floats (a standard deviation, 1/3) are already rounded and stay."""
    if isinstance(value, float) and math.isfinite(value):
        shortest = Decimal(repr(value))
        if shortest == Decimal(value):
            return shortest
    return value


def statistic_format(value: object) -> str:
    """The number format of a statistic's cell: two decimals, or for a number below 0.1 as
    many as its first :data:`SIGNIFICANT` significant digits need (a mean of 0.0004 shows as
    0.0004, not 0.0), and powers of ten below 1e-9. Only what is shown changes: the cell keeps
    the exact value."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return STATISTIC
    size = abs(value)
    if not math.isfinite(size) or not size or size >= Decimal("0.1"):
        return STATISTIC
    first = -math.floor(math.log10(size))  # the decimal place of the first significant digit
    if first > 9:
        return "0.00E+00"
    return "#,##0." + "0" * first + "#" * (SIGNIFICANT - 1)


def _styled(sheet, row: list[object], style: str) -> list[object]:
    if style == "header":
        return [cell(sheet, v, font=BOLD, fill=HEADER_FILL) for v in row]
    if style == "note":
        return [cell(sheet, v, font=NOTE) for v in row]
    if style == "title":
        return [
            cell(sheet, v, font=TITLE, number_format=PERCENT if i == 5 else COUNT)
            for i, v in enumerate(row)
        ]
    if style == "subheader":
        return [cell(sheet, v, font=BOLD) for v in row]
    if style.startswith("grid "):
        answered = int(style.split()[1]) + 1  # the statement, its counts, then "Answered"
        return [
            cell(sheet, v, number_format=PERCENT if i > answered else COUNT)
            for i, v in enumerate(row)
        ]
    if style == "statistic":
        return [cell(sheet, _exact(v), number_format=statistic_format(v)) for v in row]
    font = BOLD if style == "total" else None
    return [
        cell(sheet, v, font=font, number_format=COUNT if i == 1 else PERCENT)
        for i, v in enumerate(row)
    ]
