"""The Results screen: a questionnaire's answers as tables and charts, for a chosen subset.

Choosing which interviews to count (the subset bar) recomputes the whole summary on the
background worker, cancelling a computation still running for the previous choice; moving
through the question list only shows what is already computed. Grouping a number into ranges,
the written answers and crosstabs are computed on request, also in the background.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from duodesk.analysis import (
    AnalysisError,
    NumberStats,
    QuestionSummary,
    Subset,
    Summary,
    TextAnswer,
)
from duodesk.gui.direction import own_direction
from duodesk.gui.results import operations
from duodesk.gui.results.crosstab_view import CrosstabView
from duodesk.gui.results.operations import QuestionEntry, ResultsSetup
from duodesk.gui.results.question_list import QuestionList
from duodesk.gui.results.question_view import QuestionView
from duodesk.gui.results.runner import LatestOnlyRunner
from duodesk.gui.results.subset_bar import SubsetBar
from duodesk.gui.screen_fit import fit_to_screen, scrolling
from duodesk.gui.tasks import ProjectWorker
from duodesk.logs import where_details_are
from duodesk.storage.changes import Changes
from duodesk.storage.database import Database


def parse_cut_points(text: str) -> tuple[float, ...]:
    """``"1, 5"`` -> (1.0, 5.0); raises ValueError with a sentence for the person typing."""
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p]
    if not parts:
        raise ValueError(
            QCoreApplication.translate(
                "ResultsWindow", "Type one or more numbers to split at, for example: 1, 5"
            )
        )
    try:
        numbers = tuple(float(p) for p in parts)
    except ValueError:
        raise ValueError(
            QCoreApplication.translate(
                "ResultsWindow",
                "“{typed}” is not a list of numbers. Type them with commas, for example: 1, 5",
            ).format(typed=text)
        ) from None
    if not all(math.isfinite(n) for n in numbers):
        raise ValueError(
            QCoreApplication.translate("ResultsWindow", "Type ordinary numbers, for example: 1, 5")
        )
    return numbers


def default_cut_points(stats: NumberStats | None) -> tuple[float, ...]:
    """About six ranges of a round width between the smallest and largest answer."""
    if stats is None or stats.min is None or stats.max is None or stats.max <= stats.min:
        return ()
    raw = (stats.max - stats.min) / 6
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(stats.min / step + 1) * step
    cuts = []
    value = first
    while value < stats.max and len(cuts) < 12:
        cuts.append(round(value, 10))
        value += step
    return tuple(cuts)


class _PlainVBoxLayout(QVBoxLayout):
    """A column that asks its scroll area for its minimum size only: by the height its wrapped
    labels would need at their narrowest, the window would scroll on every screen."""

    def hasHeightForWidth(self) -> bool:
        return False


class OneLineHeading(QLabel):
    """The window's heading on one line, cut at the end with the whole of it in the tooltip
    (and in the window title): wrapped beside the buttons, a long questionnaire title took
    half the height of Results on a laptop at 150% and left no row of a table in sight."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.full_text = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._fit()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideRight, max(self.width(), 0)
        )
        self.setToolTip("" if shown == self.full_text else self.full_text)
        if shown != self.text():
            self.setText(shown)


class ResultsWindow(QMainWindow):
    """One questionnaire's results. Signals let tests (and the window) know what is shown."""

    summary_shown = Signal()  # a summary for the current subset is on screen
    details_shown = Signal(str)  # "bins", "months", "text" or "crosstab" arrived and is shown

    def __init__(
        self,
        database: Database,
        form_id: str,
        parent: QWidget | None = None,
        *,
        tasks: ProjectWorker | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.form_id = form_id
        if tasks is not None:  # the project's worker: count again when interviews change
            tasks.changed.connect(self._project_changed)
        self.runner = LatestOnlyRunner(self)
        self.setup: ResultsSetup | None = None
        self.summary: Summary | None = None
        self._compare_again = False  # the crosstab shown before a refresh is made again
        self._cuts: dict[str, tuple[float, ...]] = {}
        self.setWindowTitle(self.tr("Results"))
        fit_to_screen(self, (1366, 768))

        self.heading = OneLineHeading(self.tr("Results"))
        self.heading.setObjectName("heading")
        self.subset_bar = SubsetBar()
        self.subset_bar.subset_changed.connect(self.recompute)
        self.counting = QLabel(self.tr("Reading the questionnaire…"))
        self.counting.setWordWrap(True)
        self.counting.setAccessibleName(self.tr("Which interviews are counted"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(260)
        self.progress.setFormat(self.tr("Working it out… %p%"))
        self.progress.setAccessibleName(self.tr("Working it out"))
        self.progress.hide()
        self.runner.working.connect(self._working)
        self.runner.progress.connect(
            lambda channel, fraction: (
                self.progress.setValue(int(fraction * 100)) if channel == "summary" else None
            )
        )

        self.questions = QuestionList()
        self.questions.chosen.connect(self.show_entry)
        self.view = QuestionView()
        self.view.number.bins_asked.connect(self._bins_typed)
        splitter = QSplitter()
        splitter.addWidget(self.questions)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 1040])
        splitter.setChildrenCollapsible(False)
        self.crosstab = CrosstabView()
        self.crosstab.asked.connect(self.make_crosstab)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("&Questions"))
        self.tabs.addTab(
            scrolling(self.crosstab), self.tr("Compare t&wo questions")
        )  # fits a small screen
        self.tabs.setAccessibleName(self.tr("Results"))

        layout = _PlainVBoxLayout()
        layout.setContentsMargins(18, 10, 18, 10)
        layout.setSpacing(6)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of questions and answers"))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel(self.tr("&Language:"))
        self.language_label.setBuddy(self.language)
        # The choice of interviews starts folded away into this one line, which says what is
        # counted: open, it took 280 of a 1366x768 laptop's pixels and pushed the chart of
        # the question below the bottom of the window.
        self.choose_button = QPushButton(self.tr("Ch&oose interviews…"))
        self.choose_button.setCheckable(True)
        self.choose_button.setToolTip(
            self.tr("Show or hide the choice of site, interviewer and dates")
        )
        self.choose_button.toggled.connect(self.subset_bar.setVisible)
        self.subset_bar.hide()
        # One line for the heading and the buttons beside it, one for what is counted.
        status = QHBoxLayout()
        status.addWidget(self.heading, 1)
        status.addWidget(self.choose_button)
        status.addWidget(self.progress)
        status.addWidget(self.language_label)
        status.addWidget(self.language)
        self._show_languages(())
        layout.addLayout(status)
        layout.addWidget(self.counting)
        layout.addWidget(self.subset_bar)
        layout.addWidget(self.tabs, 1)
        central = QWidget()
        central.setLayout(layout)
        # Scrolls only on a screen too small for it (150% scaling), never cut at the bottom.
        self.setCentralWidget(scrolling(central))
        # Ctrl+L (or Alt+Q) to the list of questions, Ctrl+F to the search box above it.
        QShortcut(QKeySequence("Ctrl+L"), self, self.questions.go_to_list)
        QShortcut(QKeySequence.StandardKey.Find, self, self.questions.find.setFocus)
        QShortcut(QKeySequence("Ctrl+W"), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

        self.runner.start(
            "setup",
            lambda progress, cancelled: operations.load_results_setup(database, form_id),
            self._setup_loaded,
            self._fail,
        )

    # -- the summary ---------------------------------------------------------------------------

    def _setup_loaded(self, setup: ResultsSetup) -> None:
        first = self.setup is None
        self.setup = setup
        self.setWindowTitle(self.tr("Results: {title}").format(title=setup.title))
        self.heading.set_full_text(
            self.tr("Results: {title}").format(title=own_direction(setup.title))
        )
        if first:  # a change of language keeps the interviews chosen
            self.subset_bar.set_setup(setup)
            self._show_languages(setup.languages)
            # The keyboard starts in the list of questions: ↑ and ↓ choose one at once.
            self.questions.list.setFocus(Qt.FocusReason.OtherFocusReason)
        # A refresh keeps the question shown and the two questions compared.
        shown = self.questions.current()
        row, column = (
            self.crosstab.row_question.currentData(),
            self.crosstab.column_question.currentData(),
        )
        compared = self.crosstab.model.rowCount() > 0
        self.questions.blockSignals(True)
        self.questions.set_entries(setup.entries)
        if shown is not None:
            self.questions.choose(shown.name)
        self.questions.blockSignals(False)
        self.crosstab.set_setup(setup)
        if row and column:
            self.crosstab.choose(row, column)
        self._compare_again = compared
        self.recompute(self.subset_bar.subset())

    def _show_languages(self, languages: tuple[str, ...]) -> None:
        """Offer the questionnaire's languages, its default first; hidden for one language."""
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItems(list(languages))
        self.language.blockSignals(False)
        self.language.setVisible(bool(languages))
        self.language_label.setVisible(bool(languages))

    def chosen_language(self) -> str | None:
        return self.language.currentText() or None

    def _language_chosen(self) -> None:
        language = self.chosen_language()
        self.runner.start(
            "setup",
            lambda progress, cancelled: operations.load_results_setup(
                self.database, self.form_id, language
            ),
            self._setup_loaded,
            self._fail,
        )

    def recompute(self, subset: Subset) -> None:
        """Count ``subset`` (cancelling a count still running for an earlier choice)."""
        self.counting.setText(self.tr("Counting: {who}…").format(who=self._in_words(subset)))
        language = self.chosen_language()
        self.runner.start(
            "summary",
            lambda progress, cancelled: operations.compute_summary(
                self.database,
                self.form_id,
                subset,
                progress=progress,
                cancelled=cancelled,
                language=language,
            ),
            self._summary_ready,
            self._fail,
        )

    def _in_words(self, subset: Subset) -> str:
        """The part counted, in the questionnaire's words where a question chooses it."""
        words = self.setup.condition_in_words if self.setup is not None else None
        return subset.describe(condition_words=words)

    def _summary_ready(self, summary: Summary) -> None:
        self.summary = summary
        interviews = summary.interviews  # (Qt's lupdate reads only a plain name as the count)
        self.counting.setText(
            self.tr("Counting %n complete interviews: {who}.", "", interviews).format(
                who=self._in_words(summary.subset)
            )
        )
        self.view.counted = self.counting.text()
        entry = self.questions.current()
        if entry is None and self.questions.entries():
            self.questions.choose(self.questions.entries()[0].name)  # shows it
        elif entry is not None:
            self.show_entry(entry)
        if self.crosstab.model.rowCount() or self._compare_again:
            self._compare_again = False
            self.crosstab.ask()
        self.summary_shown.emit()

    def _project_changed(self, changes: Changes) -> None:
        if changes.counted_interviews and changes.concerns(self.form_id):
            # The questions are read again too: coding written answers can make a new
            # themes variable (QUESTION_themes), and new interviews new sites to choose.
            language = self.chosen_language()
            self.runner.start(
                "setup",
                lambda progress, cancelled: operations.load_results_setup(
                    self.database, self.form_id, language
                ),
                self._setup_loaded,
                self._fail,
            )

    def current_subset(self) -> Subset:
        return self.summary.subset if self.summary is not None else self.subset_bar.subset()

    # -- one question --------------------------------------------------------------------------

    def show_entry(self, entry: QuestionEntry) -> None:
        summary = self.summary
        if summary is None:
            return
        if entry.is_grid:
            grid = next((g for g in summary.grids if g.name == entry.name), None)
            if grid is None:
                self.view.show_nothing(
                    self.tr("“{question}”: no answers to show.").format(question=entry.label)
                )
            else:
                self.view.show_grid(entry, grid, summary.interviews)
            return
        try:
            question = summary.question(entry.name)
        except KeyError:
            self.view.show_nothing(
                self.tr("“{question}”: no answers to show.").format(question=entry.label)
            )
            return
        self.view.show_question(entry, question)
        if question.type in ("integer", "decimal"):
            cuts = self._cuts.get(entry.name) or default_cut_points(question.stats)
            self.view.number.cuts.setText(", ".join(f"{c:g}" for c in cuts))
            if cuts:
                self._ask_bins(entry.name, cuts)
        elif question.type == "text":
            self._ask_text(entry.name)
        elif question.type == "date":
            self._ask_months(entry.name)

    def _bins_typed(self, text: str) -> None:
        entry = self.view.entry
        if entry is None:
            return
        try:
            cuts = parse_cut_points(text)
        except ValueError as error:
            self.view.number.show_problem(str(error))
            return
        self.view.number.cuts_problem.hide()
        self._cuts[entry.name] = cuts
        self._ask_bins(entry.name, cuts)

    def _ask_bins(self, name: str, cuts: tuple[float, ...]) -> None:
        subset, language = self.current_subset(), self.chosen_language()
        self.runner.start(
            "bins",
            lambda progress, cancelled: operations.compute_bins(
                self.database,
                self.form_id,
                name,
                cuts,
                subset,
                cancelled=cancelled,
                language=language,
            ),
            self._bins_ready,
            self._fail,
        )

    def _bins_ready(self, question: QuestionSummary) -> None:
        self.view.show_bins(question)
        self.details_shown.emit("bins")

    def _ask_months(self, name: str) -> None:
        subset = self.current_subset()
        self.runner.start(
            "months",
            lambda progress, cancelled: operations.compute_months(
                self.database, self.form_id, name, subset, cancelled=cancelled
            ),
            self._months_ready,
            self._fail,
        )

    def _months_ready(self, question: QuestionSummary) -> None:
        entry = self.view.entry
        if entry is None or entry.name != question.name:
            return  # another question was chosen meanwhile
        self.view.show_months(question)
        self.details_shown.emit("months")

    def _ask_text(self, name: str) -> None:
        subset = self.current_subset()
        self.runner.start(
            "text",
            lambda progress, cancelled: (
                name,
                operations.load_text_answers(self.database, self.form_id, name, subset),
            ),
            self._text_ready,
            self._fail,
        )

    def _text_ready(self, result: tuple[str, tuple[TextAnswer, ...]]) -> None:
        self.view.show_text_answers(*result)
        self.details_shown.emit("text")

    # -- crosstab ------------------------------------------------------------------------------

    def make_crosstab(self, row_question: str, column_question: str) -> None:
        subset, language = self.current_subset(), self.chosen_language()
        self.runner.start(
            "crosstab",
            lambda progress, cancelled: operations.compute_shown_crosstab(
                self.database, self.form_id, row_question, column_question, subset, language
            ),
            self._crosstab_ready,
            lambda error: (
                self.crosstab.show_problem(str(error))
                if isinstance(error, AnalysisError)
                else self._fail(error)
            ),
        )

    def _crosstab_ready(self, shown: operations.ShownCrosstab) -> None:
        self.crosstab.show_crosstab(shown.table, shown.hidden, shown.threshold)
        self.details_shown.emit("crosstab")

    # -- housekeeping --------------------------------------------------------------------------

    def _working(self, channel: str, shown: bool) -> None:
        if channel == "summary":
            self.progress.setValue(0)
            self.progress.setVisible(shown)

    def _fail(self, error: Exception) -> None:
        if isinstance(error, AnalysisError | LookupError):
            self.counting.setText(str(error))
            return
        if not self.isVisible():
            return  # closed meanwhile (a count the project asked for): the log has it
        from duodesk.gui.away_mode import server_unreachable

        if server_unreachable(error):
            self.counting.setText(
                self.tr(
                    "These results could not be worked out: the team's server cannot be "
                    "reached just now. Nothing in the project was changed; count again once "
                    "it answers."
                )
            )
            return
        QMessageBox.critical(
            self,
            self.tr("Something went wrong"),
            self.tr(
                "DuoDesk could not work out these results. Nothing in the project was "
                "changed.\n\n{details}"
            ).format(details=where_details_are()),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.stop()
        super().closeEvent(event)
