"""Charts of the Results screen, drawn with Qt Charts.

Bars for the answers to a choice question, bars sorted largest first for a multiple-response
question, a histogram (bars that touch) for numbers, and 100% stacked bars for a grid of
statements. Every chart is built from plain labels and numbers, so the same functions serve any
table; :class:`ChartPanel` shows one and saves it as a PNG picture.
"""

from __future__ import annotations

import html
import math
import textwrap
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QBoxPlotSeries,
    QBoxSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalPercentBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from duodesk.analysis.tables import rounded_text
from duodesk.i18n import translate  # the words drawn into charts: the command line draws them too

LABEL_CHARACTERS = 28
# A range's name on lines of this many characters ("more than 40" / "to 45").
RANGE_CHARACTERS = 12
# The height of a chart that is not its bars: the title, the value axis and its name.
CHART_FURNITURE = 130
# Significant digits of a bar's label: every digit of any count below 10**15; a percentage,
# rounded to one decimal first, shows as the table shows it.
LABEL_PRECISION = 15
BAR_COLOUR = QColor("#1f6fb2")
# Colour-blind-safe, printable in grey: an ordered scale from one end to the other.
SCALE_COLOURS = (
    "#b2182b",
    "#ef8a62",
    "#fddbc7",
    "#d1e5f0",
    "#67a9cf",
    "#2166ac",
    "#999999",
    "#666666",
    "#333333",
)


def short_label(text: str, limit: int = LABEL_CHARACTERS) -> str:
    """A label short enough for a bar's name in a legend (the table beside it shows it in
    full)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def wrapped_label(text: str, width: int = LABEL_CHARACTERS) -> str:
    """A whole label for a chart axis, on lines of about ``width`` characters: Qt Charts draws
    an axis label as rich text, so the lines are joined with <br> (and the words escaped).
    A label cut to "I thought the treatment wou…" or "under …" left the reader guessing."""
    lines = textwrap.wrap(" ".join(text.split()), width, break_long_words=False) or [""]
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def _unique(labels: Sequence[str]) -> list[str]:
    # Qt Charts merges equal category names; two shortened labels may collide.
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


def _base_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setPointSize(12)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 12, 4))
    chart.setBackgroundRoundness(0)
    return chart


def _axis_font(categories: int = 0) -> QFont:
    # Qt Charts shortens a category label to "..." when its line is taller than the room per
    # bar, so long lists of answers get a smaller font (the table beside it stays large).
    font = QFont()
    font.setPointSize(11 if categories <= 8 else 9 if categories <= 14 else 8)
    return font


def nice_step(top: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about ``ticks`` steps to ``top``."""
    raw = max(top, 1e-9) / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def axis_range(maximum: float, *, whole: bool, percent: bool) -> tuple[float, float]:
    """(upper end, step) of a value axis from 0: room past the longest bar for its number;
    whole steps for counts (never "2.5 people"); never past 100 for percentages."""
    top = max(maximum * 1.15, 1.0)
    if whole:
        top = max(top, maximum + 1, 2)
    step = nice_step(top)
    if whole or percent:
        step = max(1.0, round(step))
    upper = math.ceil(top / step) * step
    if percent:
        upper = min(upper, 100.0)
    return upper, step


def _value_axis(maximum: float, title: str, *, whole: bool, percent: bool = False) -> QValueAxis:
    axis = QValueAxis()
    upper, step = axis_range(maximum, whole=whole, percent=percent)
    axis.setRange(0, upper)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d%%" if percent else "%d" if whole or step >= 1 else "%.1f")
    axis.setTitleText(title)
    axis.setLabelsFont(_axis_font())
    return axis


def bar_chart(
    title: str,
    labels: Sequence[str],
    values: Sequence[float],
    *,
    value_title: str,
    whole: bool = True,
    percent: bool = False,
) -> QChart:
    """Horizontal bars, first label on top (choices read top-down as in the table).
    ``percent``: the values are percentages (the axis stops at 100%)."""
    chart = _base_chart(title)
    series = QHorizontalBarSeries()
    bars = QBarSet(value_title)
    bars.setColor(BAR_COLOUR)
    # Qt draws the first category at the bottom; reverse so the order matches the table.
    # A bar's label is its value as the table shows it: a percentage with one decimal, halves
    # rounded up; a count with every digit (Qt writes a label with as many significant
    # digits as the labels' precision, so 3 made 1,234 people "1.23e+03").
    for value in reversed(values):
        bars.append(float(rounded_text(value, 1)) if percent else float(value))
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.setLabelsPrecision(LABEL_PRECISION)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    bars.setLabelColor(QColor("black"))
    bars.setLabelFont(_axis_font(len(labels)))
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(_unique([wrapped_label(label) for label in reversed(labels)]))
    categories.setLabelsFont(_axis_font(len(labels)))
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    axis = _value_axis(max(values, default=0.0), value_title, whole=whole, percent=percent)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    chart.legend().hide()
    return chart


def sorted_bar_chart(
    title: str, labels: Sequence[str], values: Sequence[float], *, value_title: str
) -> QChart:
    """Bars ranked largest first (multiple response); ties keep their questionnaire order.
    The values are percentages."""
    order = sorted(range(len(values)), key=lambda i: -values[i])
    return bar_chart(
        title,
        [labels[i] for i in order],
        [values[i] for i in order],
        value_title=value_title,
        whole=False,
        percent=True,
    )


def histogram(
    title: str, labels: Sequence[str], counts: Sequence[int], *, value_title: str
) -> QChart:
    """Bars that touch, one per range of values, lowest range on top as in the table beside
    it. Lying down, each range has the room to be named in the table's own words ("less
    than 25", "25 to 30"): standing up, a dozen ranges were cut to "under …", "3…"."""
    chart = _base_chart(title)
    series = QHorizontalBarSeries()
    series.setBarWidth(1.0)
    bars = QBarSet(translate("Charts", "Number of people"))
    bars.setColor(BAR_COLOUR)
    bars.setBorderColor(QColor("white"))
    for count in reversed(counts):  # Qt draws the first category at the bottom
        bars.append(float(count))
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPrecision(LABEL_PRECISION)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    bars.setLabelColor(QColor("black"))
    bars.setLabelFont(_axis_font(len(labels)))
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    # Short lines: Qt Charts cuts a label wider than the room the narrow chart of a laptop at
    # 125% leaves it, and two ranges both read "more than …".
    categories.append(
        _unique([wrapped_label(label, RANGE_CHARACTERS) for label in reversed(labels)])
    )
    categories.setTruncateLabels(False)
    categories.setLabelsFont(_axis_font(len(labels)))
    categories.setTitleText(value_title)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    axis = _value_axis(max(counts, default=0), translate("Charts", "People"), whole=True)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    chart.legend().hide()
    return chart


def range_chart(title: str, label: str, five: Sequence[float], *, value_title: str) -> QChart:
    """A box of the middle half of the answers: ``five`` is (low end, lower quartile, median,
    upper quartile, high end), drawn as Qt's box plot (whiskers to the two ends). Only
    summary numbers, so no bar stands for a few people."""
    chart = _base_chart(title)
    series = QBoxPlotSeries()
    box = QBoxSet(*(float(v) for v in five), short_label(label, 60))
    box.setBrush(QColor("#9ecae1"))
    series.append(box)
    series.setBoxWidth(0.35)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([wrapped_label(label, 60)])
    categories.setLabelsFont(_axis_font())
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    low, high = float(min(five)), float(max(five))
    pad = (high - low) * 0.1 or max(abs(high) * 0.1, 1.0)
    step = nice_step(high - low + 2 * pad)
    axis = QValueAxis()
    axis.setRange(math.floor((low - pad) / step) * step, math.ceil((high + pad) / step) * step)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d" if step >= 1 else "%.1f")
    axis.setTitleText(value_title)
    axis.setLabelsFont(_axis_font())
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis)
    chart.legend().hide()
    return chart


def stacked_bar_chart(
    title: str,
    statements: Sequence[str],
    scale: Sequence[tuple[str, Sequence[int]]],
) -> QChart:
    """One bar per statement, split into the scale's answers as percentages of the row.

    ``scale`` holds, for each answer of the scale in order, its label and its count per
    statement.
    """
    chart = _base_chart(title)
    series = QHorizontalPercentBarSeries()
    for number, (label, counts) in enumerate(scale):
        bars = QBarSet(short_label(label, 24))
        bars.setColor(QColor(SCALE_COLOURS[number % len(SCALE_COLOURS)]))
        for count in reversed(counts):
            bars.append(float(count))
        series.append(bars)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(_unique([wrapped_label(s, 30) for s in reversed(statements)]))
    categories.setLabelsFont(_axis_font(len(statements)))
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    axis = QValueAxis()
    axis.setRange(0, 100)
    axis.setLabelFormat("%d%%")
    axis.setTitleText(translate("Charts", "% of those who answered each statement"))
    axis.setLabelsFont(_axis_font())
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setFont(_axis_font())
    return chart


def height_for_labels(chart: QChart) -> int:
    """How tall ``chart`` must be for every line of its side axis's labels: Qt gives each
    answer the same share of the height and writes "..." for a label taller than its share."""
    axis = next(
        (
            a
            for a in chart.axes(Qt.Orientation.Vertical)
            if isinstance(a, QBarCategoryAxis) and a.count()
        ),
        None,
    )
    if axis is None:
        return 0
    lines = max(label.count("<br>") + 1 for label in axis.categories())
    line = QFontMetrics(axis.labelsFont()).lineSpacing()
    return axis.count() * (lines * line + 14) + CHART_FURNITURE


class ChartPanel(QWidget):
    """Shows one chart (or a sentence when there is nothing to draw) and saves it as PNG."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAccessibleName(self.tr("Chart"))
        self.view.setMinimumSize(320, 240)
        self.empty = QLabel(self.tr("There is nothing to draw for this question."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)
        self._has_chart = False
        self.show_nothing()

    @property
    def has_chart(self) -> bool:
        return self._has_chart

    def set_chart(self, chart: QChart, description: str = "") -> None:
        old = self.view.chart()
        self.view.setMinimumHeight(max(240, height_for_labels(chart)))
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
        self.view.setAccessibleDescription(description or chart.title())
        self._has_chart = True
        self._stack.setCurrentWidget(self.view)

    def show_nothing(self, sentence: str = "") -> None:
        self.empty.setText(sentence or self.tr("There is nothing to draw for this question."))
        self._has_chart = False
        self._stack.setCurrentWidget(self.empty)

    def save_png(
        self, path: Path, size: tuple[int, int] = (1200, 800), heading: Sequence[str] = ()
    ) -> Path:
        """Draw the chart at ``size`` pixels (big enough for a report) and save it as PNG.

        ``heading`` lines (the question, and which interviews were counted) are written above
        the chart, so the picture says what it shows wherever it is pasted, and are kept in
        the file's text too ("Title" and "Description").
        Raises ValueError when there is no chart and OSError when the file cannot be written.
        """
        if not self._has_chart:
            raise ValueError(self.tr("There is no chart to save for this question."))
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QImage

        lines = [" ".join(line.split()) for line in heading if line.strip()]
        top = 0
        image = QImage(size[0], size[1], QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for number, line in enumerate(lines):
            font = QFont()
            font.setPixelSize(30 if number == 0 else 22)
            font.setBold(number == 0)
            painter.setFont(font)
            box = painter.boundingRect(
                QRectF(24, top + 12, size[0] - 48, size[1]), Qt.TextFlag.TextWordWrap, line
            )
            painter.drawText(box, Qt.TextFlag.TextWordWrap, line)
            top = int(box.bottom())
        top += 12 if lines else 0
        chart = self.view.chart()
        old_geometry = chart.geometry()
        chart.resize(size[0], size[1] - top)
        target = QRectF(0, top, size[0], size[1] - top)
        chart.scene().render(painter, target, chart.geometry())
        painter.end()
        if lines:
            image.setText("Title", lines[0])
            image.setText("Description", "\n".join(lines[1:]))
        chart.resize(old_geometry.width(), old_geometry.height())
        path = Path(path)
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        if not image.save(str(path), "PNG"):
            raise OSError(
                self.tr("{path}: the picture could not be written there.").format(path=path)
            )
        return path
