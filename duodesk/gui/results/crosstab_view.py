"""The crosstab builder: two questions against each other, with chi-square."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duodesk.analysis.fisher import is_estimated
from duodesk.analysis.report import by_people_in_words
from duodesk.analysis.results import Crosstab
from duodesk.exports.disclosure import TableProtection
from duodesk.gui.results.numbers import shown_number
from duodesk.gui.results.operations import ResultsSetup
from duodesk.gui.results.pages import table_view
from duodesk.gui.results.table_model import table_as_tsv
from duodesk.gui.results.tables import CrosstabModel, CrosstabShows, hidden_word, shows_text
from duodesk.storage.themes import THEMES_SUFFIX

translate = QCoreApplication.translate

CROSSTAB_TYPES = ("select_one", "integer", "text")


def _p(value: float) -> str:
    if value < 0.001:
        return translate("CrosstabView", "less than 0.001")
    return shown_number(f"{value:.3f}")


def describe_tests(table: Crosstab) -> str:
    """Chi-square (and Fisher's exact test) in a sentence a reader can check."""
    if table.multiple_response or table.counted_over:
        return ""  # the warning says why there is no test
    if table.chi_square is None or table.p_value is None:
        return translate(
            "CrosstabView",
            "Chi-square cannot be worked out for this table: it needs at least two answers "
            "given for each question.",
        )
    text = translate(
        "CrosstabView", "Chi-square = {chi_square} with {degrees} degrees of freedom, p = {p}."
    ).format(
        chi_square=shown_number(f"{table.chi_square:.3f}"),
        degrees=table.degrees_of_freedom,
        p=_p(table.p_value),
    )
    if table.fisher_p is not None:
        text += " " + translate("CrosstabView", "Fisher's exact test (two-sided): p = {p}.").format(
            p=_p(table.fisher_p)
        )
        if is_estimated(table.fisher_method):  # (said in any language, not just English)
            text += " " + table.fisher_method
    return f"{text}\n{p_in_words(table)}"  # on a line of its own, for a reader to find


def p_in_words(table: Crosstab) -> str:
    """What the p value means, for a reader who is not a statistician. Fisher's p when there
    is one: it is given because the chi-square's is not to be trusted for this table."""
    p = table.fisher_p if table.fisher_p is not None else table.p_value
    if p is not None and p < 0.05:
        return translate(
            "CrosstabView", "p below 0.05: the answers to the two questions are probably related."
        )
    return translate(
        "CrosstabView",
        "p of 0.05 or more: no clear sign that the answers to the two questions are related.",
    )


def hiding_in_words(hidden: TableProtection | None, threshold: int | None, things: str = "") -> str:
    """The sentence under a crosstab whose small numbers are hidden; "" when none are.
    ``things``: what a repeat question's table counts ("drugs"), hidden by people."""
    if hidden is None or threshold is None:
        return ""
    text = translate(
        "CrosstabView",
        "This project hides numbers from 1 to {threshold} in everything that leaves the "
        "group, so this table hides them as the workbook would: “{hidden}” marks a number "
        "fewer than {above}, or one hidden so that such a number cannot be worked out "
        "from the totals (which is which is not said: that too would help to work them out). "
        "Their percentages are hidden too.",
    ).format(threshold=threshold, above=threshold + 1, hidden=hidden_word())
    if things:
        text += " " + by_people_in_words(threshold, things)
    return text


class CrosstabView(QWidget):
    """Emits ``asked(row_question, column_question)``; shows what :meth:`show_crosstab` gets."""

    asked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row_question = QComboBox()
        self.row_question.setAccessibleName(self.tr("Question down the side (rows)"))
        self.column_question = QComboBox()
        self.column_question.setAccessibleName(self.tr("Question across the top (columns)"))
        for combo in (self.row_question, self.column_question):
            combo.setMinimumContentsLength(30)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.shows = QComboBox()
        self.shows.setAccessibleName(self.tr("What each cell shows"))
        for choice in CrosstabShows:
            self.shows.addItem(shows_text(choice), choice)
        self.shows.currentIndexChanged.connect(self._redraw)
        self.make_button = QPushButton(self.tr("&Make the table"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.ask)
        self.copy_button = QPushButton(self.tr("&Copy the table"))
        self.copy_button.setAccessibleName(
            self.tr("Copy the table of two questions, to paste into a document")
        )
        self.copy_button.clicked.connect(self.copy_table)
        self.copy_button.setEnabled(False)

        form = QGridLayout()
        for row, (text, widget) in enumerate(
            (
                (self.tr("&Rows (down the side):"), self.row_question),
                (self.tr("Col&umns (across the top):"), self.column_question),
                (self.tr("&Each cell shows:"), self.shows),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addWidget(label, row, 0)
            form.addWidget(widget, row, 1)
        form.setColumnStretch(1, 1)
        form.addWidget(self.make_button, 0, 2)

        self.about = QLabel(self.tr("Choose two questions and press “Make the table”."))
        self.about.setWordWrap(True)
        self.tests = QLabel("")
        self.tests.setWordWrap(True)
        self.tests.setAccessibleName(self.tr("Chi-square test"))
        self.warning = QLabel("")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00;")
        self.warning.setAccessibleName(self.tr("Warning about small numbers"))
        self.hiding = QLabel("")
        self.hiding.setWordWrap(True)
        self.hiding.setAccessibleName(self.tr("Small numbers hidden"))
        self.hiding.setVisible(False)
        self.model = CrosstabModel(self)
        self.table = table_view(self.model, self.tr("Two questions compared"), first_column=240)

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.about)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.tests)
        layout.addWidget(self.hiding)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        self._table: Crosstab | None = None
        self._hidden: TableProtection | None = None
        self._threshold: int | None = None

    def set_setup(self, setup: ResultsSetup) -> None:
        written = {e.name for e in setup.questions if e.type == "text"}
        for combo in (self.row_question, self.column_question):
            combo.clear()
            for entry in setup.questions:
                # One answer per person, or per repeat instance (counted over instances,
                # against a question asked once per person); a themes variable (written
                # answers coded into themes) can be compared too.
                if entry.type in CROSSTAB_TYPES and entry.repeat:
                    combo.addItem(
                        self.tr("{question} (each instance of “{repeat}”)").format(
                            question=entry.label, repeat=entry.repeat
                        ),
                        entry.name,
                    )
                elif entry.type in CROSSTAB_TYPES or (
                    entry.name.endswith(THEMES_SUFFIX)
                    and entry.name.removesuffix(THEMES_SUFFIX) in written
                ):
                    combo.addItem(entry.label, entry.name)
        if self.column_question.count() > 1:
            self.column_question.setCurrentIndex(1)
        self.model.clear()
        self._table = None

    def choose(self, row_question: str, column_question: str) -> None:
        self.row_question.setCurrentIndex(self.row_question.findData(row_question))
        self.column_question.setCurrentIndex(self.column_question.findData(column_question))

    def ask(self) -> None:
        row, column = self.row_question.currentData(), self.column_question.currentData()
        if not row or not column:
            return
        if row == column:
            self.about.setText(self.tr("Choose two different questions."))
            return
        self.about.setText(self.tr("Working it out…"))
        self.asked.emit(row, column)

    def show_crosstab(
        self,
        table: Crosstab,
        hidden: TableProtection | None = None,
        threshold: int | None = None,
    ) -> None:
        """Show ``table``; with ``hidden`` (the project hides numbers from 1 to
        ``threshold`` in everything that leaves it), its cells are hidden as the workbook
        would hide them, and a sentence says so."""
        self._table, self._hidden, self._threshold = table, hidden, threshold
        things = table.counted_over
        if things:
            people = table.people  # (Qt's lupdate reads only a plain name as the count)
            self.about.setText(
                self.tr(
                    "“{rows}” (rows) by “{columns}” (columns): the {total} {things} named by "
                    "%Ln people with an answer to both (answers counted as no answer left out).",
                    "",
                    people,
                ).format(
                    rows=table.row_label,
                    columns=table.column_label,
                    total=QLocale().toString(table.total),
                    things=things,
                )
            )
        else:
            total = table.total
            self.about.setText(
                self.tr(
                    "“{rows}” (rows) by “{columns}” (columns): the %Ln people who gave an "
                    "answer to both (answers counted as no answer left out).",
                    "",
                    total,
                ).format(rows=table.row_label, columns=table.column_label)
            )
        # What the cells count: people, or the repeat's instances.
        counts_at = self.shows.findData(CrosstabShows.COUNTS)
        total_at = self.shows.findData(CrosstabShows.TOTAL)
        self.shows.setItemText(
            counts_at,
            self.tr("Number of {things}").format(things=things)
            if things
            else shows_text(CrosstabShows.COUNTS),
        )
        self.shows.setItemText(
            total_at,
            self.tr("% of all {things}").format(things=things)
            if things
            else shows_text(CrosstabShows.TOTAL),
        )
        hides_cells = hidden is not None and any(any(row) for row in hidden.cells)
        if hides_cells:
            # Tried against each value the hidden cells could take, a test's statistic, its
            # p-value or the count of small expected cells would give the hidden numbers back.
            self.tests.setText(
                self.tr(
                    "No chi-square or Fisher test is shown: with some numbers hidden, its result "
                    "could be used to work them out."
                )
            )
        else:
            self.tests.setText(describe_tests(table))
        self.hiding.setText(hiding_in_words(hidden, threshold, table.counted_over))
        self.hiding.setVisible(hidden is not None)
        warning = "" if hides_cells else table.warning
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        self.copy_button.setEnabled(True)
        self._redraw()

    def show_problem(self, text: str) -> None:
        self.about.setText(text)

    def _redraw(self) -> None:
        if self._table is not None:
            self.model.set_crosstab(
                self._table, self.shows.currentData(), self._hidden, self._threshold
            )

    def table_text(self) -> str:
        if self._table is None:
            return ""
        notes = [
            self.tr("Each cell shows: {shows}").format(shows=self.shows.currentText()),
            self.about.text(),
        ]
        notes += [
            self.tests.text(),
            self.hiding.text() if self._hidden else "",
            self.warning.text(),
        ]
        title = self.tr("{rows} by {columns}").format(
            rows=self._table.row_label, columns=self._table.column_label
        )
        return table_as_tsv(self.model, title=title, notes=notes)

    def copy_table(self) -> None:
        text = self.table_text()
        if text:
            QGuiApplication.clipboard().setText(text)
