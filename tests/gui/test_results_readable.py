"""Results a person can read: whole answers, every range row, whole-number and at-most-100%
axes, saved charts that say what they show, and a by-month table for dates."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QImage

from duodesk.analysis import summarize
from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.xlsform import read_xlsform
from duodesk.gui.results import charts
from duodesk.storage.importer import import_responses
from duodesk.storage.questionnaires import save_questionnaire
from tests.gui.test_results import choose, open_results

FORM = "hepc_peer_survey"


@pytest.fixture
def hepc_project(database, example_paths, tmp_path):
    """The hepatitis C example with 60 simulated interviews."""
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    with database.session() as session:
        save_questionnaire(session, questionnaire)
    data = tmp_path / "interviews.csv"
    write_responses_csv(questionnaire, simulate_answers(questionnaire, 60, seed=1), data)
    import_responses(database, FORM, data)
    return database


def _wrapped_text_fits(view, row: int, column: int) -> bool:
    text = str(view.model().index(row, column).data() or "")
    metrics = QFontMetrics(view.font())
    room = QRect(0, 0, view.columnWidth(column) - 8, 10_000)
    needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text).height()
    return needed <= view.rowHeight(row)


def test_every_answer_of_a_choice_table_is_shown_whole(qtbot, hepc_project):
    window = open_results(qtbot, hepc_project)
    window.resize(1350, 728)
    choose(qtbot, window, "sex")
    table = window.view.choice.table
    qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() == 0, timeout=5_000)
    assert table.textElideMode() == Qt.TextElideMode.ElideNone
    labels = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert "Prefer not to say (counted as no answer)" in labels
    for row in range(table.model().rowCount()):
        assert _wrapped_text_fits(table, row, 0), labels[row]
    assert table.columnWidth(0) >= QFontMetrics(table.font()).horizontalAdvance("In another way")


def test_the_grouped_ranges_table_shows_every_row(qtbot, hepc_project):
    window = open_results(qtbot, hepc_project)
    choose(qtbot, window, "age", wait_for="bins")
    bins = window.view.number.bins_table
    qtbot.waitUntil(lambda: bins.model().rowCount() > 0, timeout=5_000)
    qtbot.waitUntil(lambda: bins.verticalScrollBar().maximum() == 0, timeout=5_000)
    visible_rows = sum(bins.rowHeight(r) for r in range(bins.model().rowCount()))
    assert bins.viewport().height() >= visible_rows


@pytest.mark.parametrize("largest", [1, 2, 3, 7, 13, 60, 250])
def test_count_axes_step_in_whole_people(largest):
    upper, step = charts.axis_range(largest, whole=True, percent=False)
    assert step >= 1 and float(step).is_integer()
    assert upper > largest and float(upper / step).is_integer()


@pytest.mark.parametrize("largest", [3.3, 40.0, 87.5, 95.0, 100.0])
def test_percentage_axes_never_go_past_100(largest):
    upper, step = charts.axis_range(largest, whole=False, percent=True)
    assert largest <= upper <= 100
    assert step >= 1


def test_a_multiple_response_chart_axis_stops_at_100_percent(qtbot):
    chart = charts.sorted_bar_chart("t", ["a", "b"], [100.0, 45.0], value_title="%")
    axis = chart.axes(Qt.Orientation.Horizontal)[0]
    assert axis.max() <= 100
    assert "%" in axis.labelFormat()


def test_a_saved_chart_names_its_question_and_the_interviews_counted(
    qtbot, hepc_project, tmp_path: Path
):
    window = open_results(qtbot, hepc_project)
    choose(qtbot, window, "sex")
    saved = window.view.save_chart(tmp_path / "sex")
    image = QImage(str(saved))
    assert (
        image.text("Title") == "Are you male or female, or do you describe yourself in another way?"
    )
    assert "Counting 60 complete interviews" in image.text("Description")
    # The heading is drawn: the band above the chart is not blank.
    band = {image.pixel(x, y) for x in range(20, 1000, 7) for y in range(10, 50, 3)}
    assert len(band) > 1


def test_a_date_question_gets_a_table_by_month(qtbot, hepc_project):
    window = open_results(qtbot, hepc_project)
    choose(qtbot, window, "interview_date", wait_for="months")
    page = window.view.other
    assert page.has_table
    expected = summarize(hepc_project, FORM, frequencies=("interview_date",)).question(
        "interview_date"
    )
    by_month: dict[str, int] = {}
    for option in expected.options:
        by_month[option.name[:7]] = by_month.get(option.name[:7], 0) + option.count
    rows = page.model.rowCount()
    labels = [page.model.index(r, 0).data() for r in range(rows)]
    counts = [page.model.index(r, 1).data(Qt.ItemDataRole.EditRole) for r in range(rows)]
    months = sorted(by_month)
    assert counts[: len(months)] == [by_month[m] for m in months]
    assert labels[0].split()[-1] == months[0][:4]  # "July 2024": a month name and the year
    assert labels[-1] == "Total"
    assert "no table" not in page.text.text()
    assert window.view.copy_button.isEnabled()


def _words_on_screen(window) -> str:
    """Every header, cell, label and tab title of the Results window, as one text."""
    from PySide6.QtWidgets import QLabel, QTableView

    texts = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    texts += [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    for table in window.findChildren(QTableView):
        model = table.model()
        for column in range(model.columnCount()):
            texts.append(str(model.headerData(column, Qt.Orientation.Horizontal)))
            for row in range(model.rowCount()):
                texts.append(str(model.index(row, column).data()))
    return "\n".join(texts)


@pytest.mark.parametrize(("name", "wait_for"), [("sex", None), ("age", "bins")])
def test_results_speak_plain_words_not_internal_names(qtbot, hepc_project, name, wait_for):
    window = open_results(qtbot, hepc_project)
    choose(qtbot, window, "interview_date", wait_for="months")
    assert "interview_date" not in _words_on_screen(window)
    choose(qtbot, window, name, wait_for=wait_for)
    qtbot.wait(50)
    words = _words_on_screen(window)
    assert not re.search(rf"\b{name}\b", words)  # "age" the name, not "Language"
    for internal in ("Valid %", "HAVERAGE", "Crosstab", "crosstab"):
        assert internal not in words, internal
    if name == "sex":
        assert "% of the" in words and "who answered" in words
    else:
        assert "How quartiles are found" in words and "quarter of the answers" in words


def _labels_drawn(panel) -> set[str]:
    """The words Qt Charts draws on ``panel``'s chart, each label's lines joined by spaces."""
    import shiboken6
    from PySide6.QtWidgets import QGraphicsTextItem

    drawn = set()
    for item in panel.view.scene().items():
        thing = item.toGraphicsObject()
        if thing is not None and thing.inherits("QGraphicsTextItem"):
            pointer = shiboken6.getCppPointer(thing)[0]
            text = shiboken6.wrapInstance(pointer, QGraphicsTextItem).toPlainText()
            drawn.add(" ".join(text.split()))
    return drawn


@pytest.mark.parametrize(
    ("name", "wait_for", "page"),
    [("treatment_barriers", None, "multiple"), ("age", "bins", "number"), ("sex", None, "choice")],
)
def test_chart_labels_are_drawn_whole_as_the_table_words_them(
    qtbot, hepc_project, name, wait_for, page
):
    """Chart labels were cut: "I thought the treatment wou…", a histogram's "under …"."""
    window = open_results(qtbot, hepc_project)
    window.resize(1350, 660)  # a 1366x768 laptop
    choose(qtbot, window, name, wait_for=wait_for)
    shown = getattr(window.view, page)
    model = shown.bins if page == "number" else shown.model
    table_words = {
        str(model.index(row, 0).data())
        for row in range(model.rowCount())
        if model.index(row, 1).data(Qt.ItemDataRole.EditRole)  # those with a bar
    }
    # The chart draws the answers given: not the totals, nor the rows of those who gave none.
    table_words = {
        words
        for words in table_words
        if not words.startswith("Total") and "no answer" not in words.lower()
    }
    assert len(table_words) >= 3
    qtbot.waitUntil(lambda: shown.chart.view.height() >= shown.chart.view.minimumHeight())
    qtbot.wait(50)
    drawn = _labels_drawn(shown.chart)
    assert table_words <= drawn, table_words - drawn
    assert not any(text.endswith(("…", "...")) for text in drawn), drawn


def test_a_dozen_ranges_and_long_answers_get_the_room_to_be_read(qtbot):
    panel = charts.ChartPanel()
    qtbot.addWidget(panel)
    ranges = ["less than 10"] + [f"{n} to {n + 2.5}" for n in range(10, 40, 3)] + ["more than 40"]
    answers = [
        "Worried about side effects, and what people would say about me at the clinic",
        *(f"Reason number {n}, which takes a few words to say" for n in range(13)),
    ]
    for chart, labels in (
        (charts.histogram("Ages", ranges, list(range(12)), value_title="Age"), ranges),
        (charts.sorted_bar_chart("Why", answers, list(range(14)), value_title="%"), answers),
    ):
        panel.set_chart(chart)
        panel.resize(600, panel.minimumSizeHint().height())
        panel.show()
        qtbot.waitUntil(lambda: panel.view.height() >= panel.view.minimumHeight())
        qtbot.wait(50)
        assert set(labels) <= _labels_drawn(panel)
