"""The right-hand side of the Results screen: one question's (or grid's) table and chart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from duodesk.analysis.results import GridTable, QuestionSummary, TextAnswer
from duodesk.gui.results.operations import QuestionEntry
from duodesk.gui.results.pages import (
    ChoicePage,
    GridPage,
    MultiplePage,
    NumberPage,
    OtherPage,
    Page,
    TextPage,
)
from duodesk.gui.results.question_list import kind_of
from duodesk.gui.screen_fit import scrolling


class QuestionView(QWidget):
    """Heading, denominators in words, then the page for the question's kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Choose a question in the list to see its answers."))
        self.title.setObjectName("heading")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = QLabel("")
        self.kind.setStyleSheet("color: #444;")
        self.denominators = QLabel("")
        self.denominators.setWordWrap(True)
        self.denominators.setAccessibleName(self.tr("Who these numbers are about"))
        self.denominators.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.choice = ChoicePage()
        self.multiple = MultiplePage()
        self.number = NumberPage()
        self.grid = GridPage()
        self.text = TextPage()
        self.other = OtherPage()
        self.pages = QStackedWidget()
        for page in (self.other, self.choice, self.multiple, self.number, self.grid, self.text):
            self.pages.addWidget(page)

        self.copy_button = QPushButton(self.tr("&Copy the table"))
        self.copy_button.setAccessibleName(self.tr("Copy the table, to paste into a document"))
        self.copy_button.setToolTip(self.tr("Copies the table as text with tabs (Ctrl+Shift+C)"))
        self.copy_button.clicked.connect(self.copy_table)
        self.save_button = QPushButton(self.tr("Save the c&hart as a picture…"))
        self.save_button.setAccessibleName(self.tr("Save the chart as a PNG picture"))
        self.save_button.clicked.connect(self.choose_chart_file)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, self.copy_table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.message = QLabel("")
        self.message.setStyleSheet("color: #1c5e20;")
        buttons.addWidget(self.message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The kind of answer beside the question, not on a line of its own: on a 1366x768
        # laptop every line above the table pushes the chart further down.
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.kind, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(heading)
        layout.addWidget(self.denominators)
        layout.addWidget(scrolling(self.pages), 1)  # the buttons below stay on a small screen
        layout.addLayout(buttons)
        self._entry: QuestionEntry | None = None
        self._question: QuestionSummary | None = None
        self.counted = ""  # "Counting 60 complete interviews: ...", set by the window
        self._update_buttons()

    # -- what is shown ---------------------------------------------------------------------------

    @property
    def entry(self) -> QuestionEntry | None:
        return self._entry

    @property
    def page(self) -> Page:
        return self.pages.currentWidget()  # type: ignore[return-value]

    def show_question(self, entry: QuestionEntry, question: QuestionSummary) -> None:
        self._entry, self._question = entry, question
        self._heading(entry)
        self.denominators.setText(question.denominators_in_words())
        if question.type == "select_one":
            self.choice.show_question(question)
            self.pages.setCurrentWidget(self.choice)
        elif question.type == "select_multiple":
            self.multiple.show_question(question)
            self.pages.setCurrentWidget(self.multiple)
        elif question.type in ("integer", "decimal", "range"):
            self.number.show_question(question)
            self.pages.setCurrentWidget(self.number)
        elif question.type == "text":
            self.text.model.clear()
            self.text.waiting.setText(self.tr("Reading the written answers…"))
            self.pages.setCurrentWidget(self.text)
        else:
            self.other.show_question(question)
            self.pages.setCurrentWidget(self.other)
        self._update_buttons()

    def show_grid(self, entry: QuestionEntry, grid: GridTable, interviews: int) -> None:
        self._entry, self._question = entry, None
        self._heading(entry)
        answered = max((row.answered for row in grid.rows), default=0)
        rows = len(grid.rows)  # (Qt's lupdate reads only a plain name as the count)
        self.denominators.setText(
            self.tr(
                "{statements} on the same scale, in {interviews}; up to {people} answered each "
                "one. Percentages are of the people who answered that statement (its row)."
            ).format(
                statements=self.tr("%Ln statements", "", rows),
                interviews=self.tr("%Ln interviews", "", interviews),
                people=self.tr("%Ln people", "", answered),
            )
        )
        self.grid.show_grid(grid)
        self.pages.setCurrentWidget(self.grid)
        self._update_buttons()

    def show_bins(self, question: QuestionSummary) -> None:
        if self._entry is not None and self._entry.name == question.name:
            self.number.show_bins(question)
            self._update_buttons()

    def show_months(self, question: QuestionSummary) -> None:
        """A date question's answers by month (asked for when the question was shown)."""
        if self._entry is not None and self._entry.name == question.name:
            self.other.show_months(question)
            self._update_buttons()

    def show_text_answers(self, name: str, answers: tuple[TextAnswer, ...]) -> None:
        if self._entry is not None and self._entry.name == name:
            self.text.show_answers(answers)
            self._update_buttons()

    def show_nothing(self, sentence: str) -> None:
        self._entry = self._question = None
        self.title.setText(sentence)
        self.kind.setText("")
        self.denominators.setText("")
        self.pages.setCurrentWidget(self.other)
        self.other.text.setText("")
        self._update_buttons()

    def _heading(self, entry: QuestionEntry) -> None:
        self.title.setText(entry.label)
        group = " · " + self.tr("in “{group}”").format(group=entry.group) if entry.group else ""
        # The question's name is for whoever edits the questionnaire file, not for the screen.
        self.kind.setText(self.tr("Kind of answer: {kind}").format(kind=kind_of(entry)) + group)
        self.kind.setToolTip(
            self.tr("Its name in the questionnaire file: {name}").format(name=entry.name)
        )
        self.message.setText("")

    def _update_buttons(self) -> None:
        page = self.page
        self.copy_button.setEnabled(
            self._entry is not None and (page is not self.other or self.other.has_table)
        )
        self.save_button.setEnabled(page.chart is not None and page.chart.has_chart)

    # -- copy and save ---------------------------------------------------------------------------

    def table_text(self) -> str:
        """The shown table(s) as tab-separated text, with the question and denominators."""
        if self._entry is None:
            return ""
        return self.page.copy_text(self._entry.label, [self.denominators.text()])

    def copy_table(self) -> None:
        text = self.table_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.message.setText(self.tr("Copied. Paste it into a document or a spreadsheet."))

    def choose_chart_file(self) -> None:
        if self._entry is None:
            return
        suggested = str(Path.home() / f"{self._entry.name}.png")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the chart as a picture"), suggested, self.tr("PNG pictures (*.png)")
        )
        if path:
            self.save_chart(Path(path))

    def chart_heading(self) -> list[str]:
        """What a saved chart says above it: the question, and which interviews it counts."""
        if self._entry is None:
            return []
        return [self._entry.label, self.counted]

    def save_chart(self, path: Path) -> Path | None:
        chart = self.page.chart
        if chart is None:
            return None
        try:
            saved = chart.save_png(path, heading=self.chart_heading())
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, self.tr("The chart was not saved"), str(error))
            return None
        self.message.setText(self.tr("Saved as {file}.").format(file=saved.name))
        return saved
