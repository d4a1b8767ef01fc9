"""One page per kind of question: its tables and its chart, side by side.

A page only shows values it is given (frozen dataclasses from :mod:`duodesk.analysis`); the
Results window decides what to compute. ``copy_text()`` is what "Copy the table" puts on the
clipboard; ``chart`` (None when the kind has no chart) is what "Save the chart" saves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duodesk.analysis.results import GridTable, QuestionSummary, TextAnswer
from duodesk.gui.results import charts
from duodesk.gui.results.table_model import ResultsTableModel, table_as_tsv
from duodesk.gui.results.tables import (
    CombinationsModel,
    FrequencyTableModel,
    GridTableModel,
    MultipleResponseModel,
    NumberStatsModel,
    OpenTextModel,
    statistic_names,
)

FIT_SAMPLE_ROWS = 200
"""How many rows (from the top) a column's width is fitted to: a table of 200,000 written
answers must not be read through on the screen's thread just to size its columns."""

ROWS_SIZED_AT_ONCE = 200
"""At most this many rows of a long table have their height fitted to their text at once (the
rows in view; the others when they are scrolled to)."""


class ResultsTableView(QTableView):
    """A table view that, for a model handing its rows over step by step, fits the height of
    the rows in view only, whenever the rows in view change."""

    def __init__(self, long: bool) -> None:
        super().__init__()
        self._long = long
        self._size_rows = QTimer(self)
        self._size_rows.setSingleShot(True)
        self._size_rows.setInterval(0)
        self._size_rows.timeout.connect(self.size_rows_in_view)
        if long:
            self.verticalScrollBar().valueChanged.connect(lambda *_: self._size_rows.start())

    @property
    def long(self) -> bool:
        return self._long

    def fit_rows(self) -> None:
        """Fit the rows' heights to their wrapped text: every row of a short table, the rows
        in view of a long one (the others as they come into view)."""
        if self._long:
            self._size_rows.start()
        else:
            self.resizeRowsToContents()

    def size_rows_in_view(self) -> None:
        count = self.model().rowCount() if self.model() is not None else 0
        if not count:
            return
        first = max(self.rowAt(0), 0)
        end = min(count, first + ROWS_SIZED_AT_ONCE)  # past the last row to fit
        fitted = first
        # A row that shrinks brings more rows into view: fit those too, until none comes in.
        while fitted < end:
            last = self.rowAt(self.viewport().height() - 1)
            last = end - 1 if last < 0 else min(last, end - 1)
            if last < fitted:
                break
            for row in range(fitted, last + 1):
                self.resizeRowToContents(row)
            fitted = last + 1

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._long:
            self._size_rows.start()


def table_view(model: ResultsTableModel, name: str, *, first_column: int = 260) -> ResultsTableView:
    """A read-only table whose headers wrap onto several lines instead of being cut off. A
    model that hands its rows over step by step (a long table) gets rows fitted to their text
    as they come into view, never all at once."""
    long = model.fetches_in_steps
    view = ResultsTableView(long)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Tab goes on to the next table (it went from cell to cell and never left the first
    # table of a page); the arrow keys move inside a table.
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    if not long:
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = view.horizontalHeader()
    # A column sized to its contents reads this many rows (those in view first), not all.
    header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
    header.setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
    )
    header.setStretchLastSection(False)
    # Long answers wrap onto more lines rather than being cut to "Pr… not to say".
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    model.modelReset.connect(lambda: _fit_columns(view, first_column))
    if long:
        model.rowsInserted.connect(lambda *_: view.fit_rows())
    header.sectionResized.connect(lambda *_: view.fit_rows())
    view.selectionModel().currentChanged.connect(lambda current, _: _show_row(view, current))
    return view


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    """The scroll area ``widget`` is in (the page's), if any."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    return area


def _show_row(view: QTableView, current: QModelIndex) -> None:
    """Scroll the page a table is on so that the row the arrow keys moved to is in sight (a
    table as tall as its rows does not scroll itself; the page around it does)."""
    area = _scroll_area_of(view)
    if area is None or area.widget() is None or not current.isValid():
        return
    cell = view.visualRect(current)
    centre = view.viewport().mapTo(area.widget(), cell.center())
    area.ensureVisible(centre.x(), centre.y(), cell.width() // 2, cell.height())


def _fit_columns(view: ResultsTableView, first_column: int) -> None:
    model = view.model()
    columns = model.columnCount()
    if not columns:
        return
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.setColumnWidth(0, first_column)
    metrics = QFontMetrics(view.font())
    sample = range(min(model.rowCount(), FIT_SAMPLE_ROWS))
    for column in range(1, columns):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        widest = max(
            (metrics.horizontalAdvance(str(model.index(r, column).data() or "")) for r in sample),
            default=0,
        )
        # A heading wraps between words, never inside one: its longest word must fit
        # ("Накопленный" was cut).
        heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "").split()
        longest_word = max((header.fontMetrics().horizontalAdvance(w) for w in heading), default=0)
        # Wide enough for the heading on three lines: narrower, "% of the 23 who answered
        # (codes for no answer left out)" took six, and pushed the chart out of sight.
        three_lines = header.fontMetrics().horizontalAdvance(" ".join(heading)) // 3 + 24
        view.setColumnWidth(
            column, max(112, min(widest + 24, 260), longest_word + 24, min(three_lines, 180))
        )
    # Headers such as "Valid % (of the 40 who gave a valid answer)" wrap onto several lines:
    # make the header as tall as the tallest one needs.
    # The first column's too: a crosstab's corner names both questions and wraps.
    tallest = metrics.lineSpacing()
    for column in range(columns):
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = view.columnWidth(column) if column else max(view.columnWidth(0), first_column)
        box = metrics.boundingRect(QRect(0, 0, width - 12, 2000), Qt.TextFlag.TextWordWrap, text)
        tallest = max(tallest, box.height())
    header.setFixedHeight(tallest + 14)
    view.fit_rows()


def fit_height(view: QTableView) -> None:
    """Make a short table exactly as tall as its rows (no empty space, no scroll bar)."""
    height = view.horizontalHeader().height() + 2 * view.frameWidth()
    height += sum(view.rowHeight(r) for r in range(view.model().rowCount()))
    view.setFixedHeight(height + 2)


class Page(QWidget):
    """Base of every page: a table column on the left, a chart on the right (or below)."""

    chart: charts.ChartPanel | None = None

    def copy_text(self, title: str, notes: list[str]) -> str:
        return ""


def _refit_later(page: QWidget, *tables: QTableView) -> Callable[[], None]:
    """A function that makes ``tables`` as tall as their rows once the widths have settled."""
    timer = QTimer(page)
    timer.setSingleShot(True)
    timer.setInterval(0)

    def refit() -> None:
        for table in tables:
            table.resizeRowsToContents()
            fit_height(table)
        area = _scroll_area_of(page)
        if area is not None:
            # The page grew, but the scroll area around it is not told by Qt (its widget's
            # layout request goes to the viewport): the last rows of a table were cut off,
            # out of reach even by scrolling, on a short (150%) screen.
            QApplication.sendEvent(area, QEvent(QEvent.Type.LayoutRequest))

    timer.timeout.connect(refit)
    for table in tables:
        table.horizontalHeader().sectionResized.connect(lambda *_: timer.start())
    return timer.start


class ChoicePage(Page):
    """One answer per person: the frequency table across the whole width (every row shown,
    long answers wrapped), the bar chart under it."""

    def __init__(self) -> None:
        super().__init__()
        self.model = FrequencyTableModel(self)
        self.table = table_view(self.model, self.tr("Frequency table"), first_column=320)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart = charts.ChartPanel()  # as tall as its answers need (see ChartPanel)
        self._refit = _refit_later(self, self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.chart, 1)

    def show_question(self, question: QuestionSummary) -> None:
        self.model.set_question(question)
        self._refit()
        answered = [o for o in question.options]
        if question.answered:
            self.chart.set_chart(
                charts.bar_chart(
                    self.tr("{count_heading} giving each answer").format(
                        count_heading=question.count_heading
                    )
                    if not question.repeat
                    else self.tr("{count_heading} with each answer").format(
                        count_heading=question.count_heading
                    ),
                    [o.label for o in answered],
                    [o.count for o in answered],
                    value_title=question.count_heading,
                ),
                self.tr("Bar chart of the answers to: {question}").format(question=question.label),
            )
        else:
            self.chart.show_nothing(self.tr("Nobody answered this question in these interviews."))

    def copy_text(self, title: str, notes: list[str]) -> str:
        return table_as_tsv(self.model, title=title, notes=notes)


class MultiplePage(Page):
    """Several answers per person: ranked table, combinations, sorted bar chart."""

    def __init__(self) -> None:
        super().__init__()
        self.model = MultipleResponseModel(self)
        self.combinations = CombinationsModel(self)
        self.table = table_view(
            self.model, self.tr("Answers ticked, most often first"), first_column=320
        )
        self.combinations_table = table_view(
            self.combinations, self.tr("Answers ticked together"), first_column=320
        )
        for table in (self.table, self.combinations_table):
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart = charts.ChartPanel()
        self.chart.setMinimumHeight(300)
        self._refit = _refit_later(self, self.table, self.combinations_table)
        together = QLabel(self.tr("Answers ticked together"))
        together.setObjectName("subheading")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.chart, 1)
        layout.addWidget(together)
        layout.addWidget(self.combinations_table)

    def show_question(self, question: QuestionSummary) -> None:
        self.model.set_question(question)
        self.combinations.set_question(question)
        self._refit()
        if question.answered:
            self.chart.set_chart(
                charts.sorted_bar_chart(
                    self.tr("Who ticked each answer")
                    if not question.repeat
                    else self.tr("Each answer ticked"),
                    [o.label for o in question.options],
                    [o.percent_of_cases or 0.0 for o in question.options],
                    value_title=self.tr("% of the {things} with an answer").format(
                        things=question.unit
                    )
                    if question.repeat
                    else self.tr("% of the people who answered"),
                ),
                self.tr("Bar chart, most ticked first, of: {question}").format(
                    question=question.label
                ),
            )
        else:
            self.chart.show_nothing(self.tr("Nobody answered this question in these interviews."))

    def copy_text(self, title: str, notes: list[str]) -> str:
        first = table_as_tsv(self.model, title=title, notes=notes)
        if not self.combinations.rowCount():
            return first
        together = self.tr("Answers ticked together")
        return first + "\n" + table_as_tsv(self.combinations, title=together)


class NumberPage(Page):
    """Numbers: descriptives, the answers grouped into ranges the user sets, a histogram."""

    bins_asked = Signal(str)  # the cut points as typed, e.g. "1, 5"

    def __init__(self) -> None:
        super().__init__()
        self.stats = NumberStatsModel(self)
        self.bins = FrequencyTableModel(self)
        self.stats_table = table_view(self.stats, self.tr("Statistics"), first_column=200)
        # Wide enough for the longest word of a statistic's name beside the values (the
        # explanation of quartiles takes up to 260 pixels): "Стандартное" was cut.
        metrics = self.stats_table.horizontalHeader().fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(w) for name in statistic_names() for w in name.split()),
            default=0,
        )
        self.stats_table.setFixedWidth(max(360, longest + 24 + 260 + 8))
        self.bins_table = table_view(
            self.bins, self.tr("Answers grouped into ranges"), first_column=320
        )
        self.bins_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._refit = _refit_later(self, self.stats_table, self.bins_table)
        self.cuts = QLineEdit()
        self.cuts.setAccessibleName(self.tr("Where to split the answers into ranges"))
        self.cuts.setPlaceholderText(self.tr("for example: 1, 5"))
        self.cuts.returnPressed.connect(lambda: self.bins_asked.emit(self.cuts.text()))
        self.group_button = QPushButton(self.tr("Group"))
        self.group_button.setAccessibleName(self.tr("Group the answers into these ranges"))
        self.group_button.clicked.connect(lambda: self.bins_asked.emit(self.cuts.text()))
        self.cuts_problem = QLabel("")
        self.cuts_problem.setStyleSheet("color: #a40000;")
        self.cuts_problem.setWordWrap(True)
        self.cuts_problem.hide()
        split = QLabel(self.tr("&Split at:"))
        split.setBuddy(self.cuts)
        row = QHBoxLayout()
        row.addWidget(split)
        row.addWidget(self.cuts, 1)
        row.addWidget(self.group_button)
        self.chart = charts.ChartPanel()
        self.chart.setMinimumHeight(300)
        top = QHBoxLayout()
        top.addWidget(self.stats_table, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.chart, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addWidget(self.cuts_problem)
        layout.addWidget(self.bins_table)  # as tall as its rows: every range shows
        layout.addStretch(1)
        self._question: QuestionSummary | None = None

    def show_question(self, question: QuestionSummary) -> None:
        self._question = question
        self.cuts_problem.hide()
        if question.stats is not None:
            self.stats.set_stats(question.stats)
        else:
            self.stats.clear()
        self.show_bins(question)
        self._refit()

    def show_bins(self, question: QuestionSummary) -> None:
        """Show ``question.bins`` (a summary of this question computed with bins)."""
        if not question.bins:
            self.bins.clear()
            self.chart.show_nothing(
                self.tr(
                    "Type where to split the answers (for example 1, 5) to group them into "
                    "ranges and draw them."
                )
                if question.answered
                else self.tr("Nobody answered this question in these interviews.")
            )
            return
        self.bins.set_question(question, question.bins)
        self._refit()
        self.chart.set_chart(
            charts.histogram(
                self.tr("{count_heading} in each range").format(
                    count_heading=question.count_heading
                ),
                [b.label for b in question.bins],
                [b.count for b in question.bins],
                value_title=self.tr("Answer"),
            ),
            self.tr("Histogram of the answers to: {question}").format(question=question.label),
        )

    def show_problem(self, text: str) -> None:
        self.cuts_problem.setText(text)
        self.cuts_problem.show()

    def copy_text(self, title: str, notes: list[str]) -> str:
        text = table_as_tsv(self.stats, title=title, notes=notes)
        if self.bins.rowCount():
            text += "\n" + table_as_tsv(self.bins, title=self.tr("Answers grouped into ranges"))
        return text


class GridPage(Page):
    """A grid of statements on one scale: the table above, stacked bars below."""

    def __init__(self) -> None:
        super().__init__()
        self.model = GridTableModel(self)
        self.table = table_view(self.model, self.tr("Grid of statements"), first_column=300)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Rows grow when the statement column narrows; refit once the widths settle.
        refit = QTimer(self)
        refit.setSingleShot(True)
        refit.setInterval(0)
        refit.timeout.connect(self._refit)
        self.model.modelReset.connect(refit.start)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: refit.start())
        self.chart = charts.ChartPanel()
        self.chart.setMinimumHeight(330)
        inside = QWidget()
        column = QVBoxLayout(inside)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.table)
        column.addWidget(self.chart, 1)
        # A long grid is scrolled as a whole rather than squeezed.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inside)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _refit(self) -> None:
        self.table.resizeRowsToContents()
        fit_height(self.table)

    def show_grid(self, grid: GridTable) -> None:
        self.model.set_grid(grid)
        if any(row.answered for row in grid.rows):
            self.chart.set_chart(
                charts.stacked_bar_chart(
                    "",
                    [row.label for row in grid.rows],
                    [
                        (point.label, [row.counts[k] for row in grid.rows])
                        for k, point in enumerate(grid.scale)
                    ],
                ),
                self.tr("Stacked bars of the statements of: {question}").format(
                    question=grid.label
                ),
            )
        else:
            self.chart.show_nothing(
                self.tr("Nobody answered these statements in these interviews.")
            )

    def copy_text(self, title: str, notes: list[str]) -> str:
        return table_as_tsv(self.model, title=title, notes=notes)


class TextPage(Page):
    """Written answers, with date and site, for quoting in reports."""

    def __init__(self) -> None:
        super().__init__()
        self.model = OpenTextModel(self)
        self.table = table_view(self.model, self.tr("Written answers"), first_column=120)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.waiting = QLabel("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.waiting)
        layout.addWidget(self.table, 1)
        self.model.modelReset.connect(self._widths)

    def _widths(self) -> None:
        header = self.table.horizontalHeader()
        if self.model.columnCount() == 3:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            header.setMinimumHeight(0)
        self.table.fit_rows()

    def show_answers(self, answers: tuple[TextAnswer, ...]) -> None:
        self.model.set_answers(answers)
        count = len(answers)  # (Qt's lupdate reads only a plain name as the count)
        self.waiting.setText(
            self.tr("%Ln written answers, oldest first.", "", count)
            if answers
            else self.tr("Nobody wrote an answer to this question in these interviews.")
        )

    def copy_text(self, title: str, notes: list[str]) -> str:
        return table_as_tsv(self.model, title=title, notes=notes)


class OtherPage(Page):
    """Dates: a table of the answers by month. Other answers (times): the counts in words."""

    def __init__(self) -> None:
        super().__init__()
        self.text = QLabel("")
        self.text.setWordWrap(True)
        self.model = FrequencyTableModel(self)
        self.table = table_view(self.model, self.tr("Answers by month"), first_column=260)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.hide()
        self._refit = _refit_later(self, self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.table)
        layout.addStretch(1)

    @property
    def has_table(self) -> bool:
        return self.table.isVisibleTo(self)

    def show_question(self, question: QuestionSummary) -> None:
        self.table.hide()
        self.model.clear()
        if question.type == "date":
            self.text.setText(self.tr("Counting the answers by month…"))
        else:
            self.text.setText(
                self.tr(
                    "DuoDesk has no table for this kind of question yet; the counts above say "
                    "how many answered it."
                )
            )

    def show_months(self, question: QuestionSummary) -> None:
        self.model.set_question(question)
        self.text.setText(self.tr("The dates given, month by month (oldest first)."))
        self.table.show()
        self._refit()

    def copy_text(self, title: str, notes: list[str]) -> str:
        if not self.has_table:
            return ""
        return table_as_tsv(self.model, title=title, notes=notes)
