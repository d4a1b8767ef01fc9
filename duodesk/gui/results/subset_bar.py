"""Choosing which interviews the Results count: site, interviewer, version, dates, answers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from duodesk.analysis.subset import Condition, ConditionError, Subset
from duodesk.gui.date_box import DateBox
from duodesk.gui.direction import own_direction
from duodesk.gui.results.operations import QuestionEntry, ResultsSetup

ALL = ""
NO_DATE = QDate(2000, 1, 1)  # the earliest date offered reads "Any date"

# What a person reads -> the condition's operator.
COMPARISONS = (
    (QT_TRANSLATE_NOOP("SubsetBar", "is"), "="),
    (QT_TRANSLATE_NOOP("SubsetBar", "is not"), "!="),
    (QT_TRANSLATE_NOOP("SubsetBar", "includes"), "includes"),
    (QT_TRANSLATE_NOOP("SubsetBar", "is more than"), ">"),
    (QT_TRANSLATE_NOOP("SubsetBar", "is less than"), "<"),
    (QT_TRANSLATE_NOOP("SubsetBar", "is at least"), ">="),
    (QT_TRANSLATE_NOOP("SubsetBar", "is at most"), "<="),
)
translate = QCoreApplication.translate


def _combo(name: str, all_text: str, values: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem(all_text, ALL)
    for text, data in values:
        combo.addItem(text, data)
    # Wide enough for "All interviewers" in the longer languages ("Tous les enquêteurs").
    combo.setMinimumContentsLength(max(10, len(all_text)))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def _date_edit(name: str) -> QDateEdit:
    edit = DateBox()
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(translate("SubsetBar", "Any date"))
    edit.setDate(NO_DATE)
    return edit


class SubsetBar(QWidget):
    """Emits ``subset_changed`` with the new :class:`Subset` whenever a choice changes."""

    subset_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup: ResultsSetup | None = None
        self._conditions: tuple[Condition, ...] = ()
        self._quiet = False

        self.site = _combo(self.tr("Site"), self.tr("All sites"), [])
        self.interviewer = _combo(self.tr("Interviewer"), self.tr("All interviewers"), [])
        self.version = _combo(self.tr("Questionnaire version"), self.tr("All versions"), [])
        self.date_from = _date_edit(self.tr("Interviews from"))
        self.date_to = _date_edit(self.tr("Interviews up to"))
        for widget in (self.site, self.interviewer, self.version):
            widget.currentIndexChanged.connect(self._changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._changed)

        self.condition_question = QComboBox()
        self.condition_question.setAccessibleName(self.tr("Question for a condition"))
        self.condition_question.setMinimumContentsLength(16)
        self.condition_question.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.condition_question.currentIndexChanged.connect(self._question_chosen)
        self.comparison = QComboBox()
        self.comparison.setAccessibleName(self.tr("Comparison"))
        self.condition_value = QComboBox()
        self.condition_value.setEditable(True)
        self.condition_value.setAccessibleName(self.tr("Answer for the condition"))
        self.condition_value.setMinimumContentsLength(10)
        self.condition_value.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.add_condition_button = QPushButton(self.tr("Add"))
        self.add_condition_button.setAccessibleName(self.tr("Add this condition"))
        self.add_condition_button.clicked.connect(self.add_condition)
        self.conditions_label = QLabel("")
        self.conditions_label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Count everyone again"))
        self.clear_button.setAccessibleName(self.tr("Remove every choice of interviews"))
        self.clear_button.clicked.connect(self.clear)
        self.problem = QLabel("")
        self.problem.setStyleSheet("color: #a40000;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        for edit in (self.date_from, self.date_to):
            edit.unreadable.connect(self._date_problem)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        # Three short lines rather than two long ones: the bar fits a 1366x768 screen at 150%.
        first, dates = QHBoxLayout(), QHBoxLayout()
        for line, text, widget in (
            (first, self.tr("&Site:"), self.site),
            (first, self.tr("&Interviewer:"), self.interviewer),
            (first, self.tr("&Version:"), self.version),
            (dates, self.tr("&From:"), self.date_from),
            (dates, self.tr("&To:"), self.date_to),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            line.addWidget(label)
            line.addWidget(widget)
            line.addSpacing(8)
        first.addStretch(1)
        dates.addStretch(1)
        second = QHBoxLayout()
        only = QLabel(self.tr("O&nly people whose answer to"))
        only.setBuddy(self.condition_question)
        second.addWidget(only)
        second.addWidget(self.condition_question, 2)
        second.addWidget(self.comparison)
        second.addWidget(self.condition_value, 1)
        second.addWidget(self.add_condition_button)
        dates.addWidget(self.clear_button)
        grid.addLayout(first, 0, 0)
        grid.addLayout(dates, 1, 0)
        grid.addLayout(second, 2, 0)
        grid.addWidget(self.conditions_label, 3, 0)
        grid.addWidget(self.problem, 4, 0)
        # Tab follows the lines as they read: the dates, "Count everyone again", then the
        # condition.
        QWidget.setTabOrder(self.date_to, self.clear_button)
        QWidget.setTabOrder(self.clear_button, self.condition_question)
        self._show_conditions()

    # -- filling in ----------------------------------------------------------------------------

    def set_setup(self, setup: ResultsSetup) -> None:
        self._setup = setup
        self._quiet = True
        try:
            for combo, values in (
                (self.site, [(own_direction(s), s) for s in setup.sites]),
                (self.interviewer, [(own_direction(w), w) for w in setup.interviewers]),
                (
                    self.version,
                    [(self.tr("Version {number}").format(number=v), v) for v in setup.versions],
                ),
            ):
                while combo.count() > 1:
                    combo.removeItem(1)
                for text, data in values:
                    combo.addItem(text, data)
            self.version.setEnabled(len(setup.versions) > 1)
            self.condition_question.clear()
            for entry in setup.questions:
                if entry.type in ("select_one", "select_multiple", "integer", "decimal"):
                    self.condition_question.addItem(own_direction(_short(entry.label)), entry)
        finally:
            self._quiet = False
        self._question_chosen()

    def _question_chosen(self) -> None:
        entry: QuestionEntry | None = self.condition_question.currentData()
        self.comparison.clear()
        self.condition_value.clear()
        if entry is None:
            return
        if entry.type == "select_one":
            allowed = ("=", "!=")
        elif entry.type == "select_multiple":
            allowed = ("includes",)
        else:
            allowed = (">", "<", ">=", "<=", "=", "!=")
        for text, operator in COMPARISONS:
            if operator in allowed:
                self.comparison.addItem(translate("SubsetBar", text), operator)
        for name, label in entry.choices:
            self.condition_value.addItem(own_direction(label), name)
        self.condition_value.setEditable(not entry.choices)

    # -- reading -------------------------------------------------------------------------------

    def subset(self) -> Subset:
        def picked(combo: QComboBox) -> tuple:
            data = combo.currentData()
            return () if data == ALL or data is None else (data,)

        def day(edit: QDateEdit) -> date | None:
            value = edit.date()
            return None if value == NO_DATE else date(value.year(), value.month(), value.day())

        return Subset(
            sites=picked(self.site),
            interviewers=picked(self.interviewer),
            date_from=day(self.date_from),
            date_to=day(self.date_to),
            versions=picked(self.version),
            conditions=self._conditions,
        )

    def add_condition(self) -> None:
        entry: QuestionEntry | None = self.condition_question.currentData()
        if entry is None:
            return
        index = self.condition_value.currentIndex()
        text = self.condition_value.currentText().strip()
        value = (
            self.condition_value.itemData(index)
            if entry.choices and index >= 0 and self.condition_value.itemText(index) == text
            else text
        )
        try:
            condition = Condition(entry.name, self.comparison.currentData(), str(value))
        except ConditionError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        if not value:
            self.problem.setText(self.tr("Choose or type the answer for the condition first."))
            self.problem.show()
            return
        self.problem.hide()
        if condition not in self._conditions:
            self._conditions = (*self._conditions, condition)
            self._show_conditions()
            self._changed()

    def _date_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def clear(self) -> None:
        self._quiet = True
        try:
            for combo in (self.site, self.interviewer, self.version):
                combo.setCurrentIndex(0)
            for edit in (self.date_from, self.date_to):
                edit.setDate(NO_DATE)
            self._conditions = ()
            self._show_conditions()
        finally:
            self._quiet = False
        self._changed()

    def describe_conditions(self) -> str:
        return "; ".join(self._describe(c) for c in self._conditions)

    def _describe(self, condition: Condition) -> str:
        entry = None
        if self._setup is not None:
            entry = next((e for e in self._setup.entries if e.name == condition.question), None)
        question = _short(entry.label, 40) if entry else condition.question
        value = dict(entry.choices).get(condition.value, condition.value) if entry else ""
        words = next(t for t, op in COMPARISONS if op == condition.operator)
        return self.tr("“{question}” {comparison} {answer}").format(
            question=question,
            comparison=translate("SubsetBar", words),
            answer=value or condition.value,
        )

    def _show_conditions(self) -> None:
        if self._conditions:
            text = self.tr("Only people whose answer to {conditions}").format(
                conditions=self.describe_conditions()
            )
            self.conditions_label.setText(text)
            self.conditions_label.show()
        else:
            self.conditions_label.hide()

    def _changed(self) -> None:
        if not self._quiet:
            self.subset_changed.emit(self.subset())


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
