"""The numbers written on the Results window's bars are the numbers of its tables."""

from __future__ import annotations

from PySide6.QtCharts import QAbstractBarSeries

from duodesk.gui.results import charts


def bar_labels(chart) -> list[str]:
    """The labels Qt writes on the bars, top to bottom: each value in C's ``%g`` form with the
    series' label precision (Qt's QString::number(value, 'g', precision))."""
    (series,) = chart.series()
    assert isinstance(series, QAbstractBarSeries) and series.labelsFormat() in ("@value", "")
    (bars,) = series.barSets()
    precision = series.labelsPrecision()
    return [f"{bars.at(i):.{precision}g}" for i in reversed(range(bars.count()))]


def test_counts_on_bars_keep_every_digit(qtbot):
    chart = charts.bar_chart("Counts", ["a", "b", "c"], [1234, 56789, 7], value_title="People")
    assert bar_labels(chart) == ["1234", "56789", "7"]  # never "1.23e+03"


def test_percents_on_bars_are_rounded_half_up_as_the_tables_print_them(qtbot):
    chart = charts.sorted_bar_chart(
        "Ticked", ["a", "b", "c"], [100 / 16, 18.75, 0.15], value_title="Percent"
    )
    assert bar_labels(chart) == ["18.8", "6.3", "0.2"]  # 6.25 is 6.3, 0.15 is 0.2


def test_histogram_counts_keep_every_digit(qtbot):
    chart = charts.histogram("Ages", ["0-9", "10-19"], [1_234_567, 3], value_title="Age")
    assert bar_labels(chart) == ["1234567", "3"]  # top to bottom; never "1.23457e+06"
