"""A number's ranges drawn at 125%: two different bars were both labelled "more than …", cut by
the chart, so a reader could not tell them apart. Each bar carries the table's words, whole."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtGui import QFontMetrics

from duodesk.analysis.results import bins_from_cut_points
from duodesk.gui.results import charts

# About what the Results window gives its chart on a 1366x768 laptop at 125%.
CHART_WIDTH = 400


def test_every_range_is_named_whole_in_the_tables_words(qtbot, program_look):
    labels = [b.label for b in bins_from_cut_points([35, 40, 45, 50])]  # the table's rows
    chart = charts.histogram(
        "Number of people in each range", labels, [1, 0, 0, 0, 1], value_title="Answer"
    )
    view = QChartView(chart)
    qtbot.addWidget(view)
    view.resize(CHART_WIDTH, 300)
    view.show()
    qtbot.waitExposed(view)
    [axis] = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    named = [" ".join(c.split("<br>")) for c in reversed(axis.categories())]
    assert named == labels  # "more than 40 to 45" and "more than 45 to 50", as in the table
    assert not axis.truncateLabels()
    metrics = QFontMetrics(axis.labelsFont())
    widest = max(
        metrics.horizontalAdvance(line) for c in axis.categories() for line in c.split("<br>")
    )
    title = QFontMetrics(axis.titleFont()).height()
    qtbot.waitUntil(lambda: chart.plotArea().left() >= widest + title, timeout=5_000)
