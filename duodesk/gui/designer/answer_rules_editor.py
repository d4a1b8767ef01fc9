"""Rules on an answer as plain settings: lowest and highest number, no future dates, at most
N ticks, an option that cannot be combined with others. A constraint these cannot show (typed
by hand or imported) is shown as text, checked as it is typed, and kept as written."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.answer_rules import AnswerRules, from_constraint, to_constraint
from duodesk.core.expressions import ExpressionError, parse
from duodesk.core.questionnaire import Question, Questionnaire, QuestionType, text_in
from duodesk.gui.designer.fields import calm_wheel, set_checked, set_text, small_combo


class AnswerRulesEditor(QWidget):
    """Emits ``changed(constraint)`` after every edit."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._constraint = ""
        self.minimum = QLineEdit()
        self.minimum.setAccessibleName(self.tr("Lowest number allowed"))
        self.maximum = QLineEdit()
        self.maximum.setAccessibleName(self.tr("Highest number allowed"))
        self.not_in_future = QCheckBox(self.tr("The date cannot be in the future"))
        self.at_most = calm_wheel(QSpinBox())
        self.at_most.setRange(0, 99)
        self.at_most.setSpecialValueText(self.tr("no limit"))
        self.at_most.setAccessibleName(self.tr("Most answers that can be ticked"))
        self.exclusive = small_combo()
        self.exclusive.setAccessibleName(self.tr("Option that cannot be ticked with others"))
        self.written = QLineEdit()
        self.written.setAccessibleName(self.tr("Answer rule written by hand"))
        self.written_status = QLabel()
        self.written_status.setWordWrap(True)
        self.write_button = QPushButton(self.tr("Write the rule by hand instead…"))
        self.write_button.clicked.connect(self._switch_to_written)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Lowest allowed:"), self.minimum)
        self.form.addRow(self.tr("Highest allowed:"), self.maximum)
        self.form.addRow("", self.not_in_future)
        self.form.addRow(self.tr("At most this many ticks:"), self.at_most)
        self.form.addRow(self.tr("Cannot be ticked with others:"), self.exclusive)
        self.form.addRow(self.tr("Rule:"), self.written)
        self.form.addRow("", self.written_status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.write_button)

        for edit in (self.minimum, self.maximum):
            edit.textEdited.connect(self._fields_edited)
        self.not_in_future.toggled.connect(self._fields_edited)
        self.at_most.valueChanged.connect(self._fields_edited)
        self.exclusive.currentIndexChanged.connect(self._fields_edited)
        self.written.textEdited.connect(self._written_edited)
        self._kind = QuestionType.TEXT
        self._by_hand = False

    def load(self, questionnaire: Questionnaire, question: Question, language: str) -> None:
        self._kind = question.type
        self.exclusive.blockSignals(True)
        self.exclusive.clear()
        self.exclusive.addItem(self.tr("(none)"), "")
        choice_list = questionnaire.choices_for(question)
        for choice in choice_list.choices if choice_list else ():
            self.exclusive.addItem(text_in(choice.label, language) or choice.name, choice.name)
        self.exclusive.blockSignals(False)
        rules = from_constraint(question.constraint)
        if question.constraint != self._constraint or rules is None:
            self._by_hand = rules is None
        self._constraint = question.constraint
        if rules is not None and not self._by_hand:
            set_text(self.minimum, rules.minimum)
            set_text(self.maximum, rules.maximum)
            set_checked(self.not_in_future, rules.not_in_future)
            self.at_most.blockSignals(True)
            self.at_most.setValue(rules.at_most)
            self.at_most.blockSignals(False)
            self.exclusive.blockSignals(True)
            self.exclusive.setCurrentIndex(max(0, self.exclusive.findData(rules.exclusive)))
            self.exclusive.blockSignals(False)
        set_text(self.written, question.constraint)
        self._check_written(question.constraint)
        self._show_rows()

    def _show_rows(self) -> None:
        kind = self._kind
        numeric = kind.is_numeric and not self._by_hand
        rows = {
            self.minimum: numeric,
            self.maximum: numeric,
            self.not_in_future: kind in (QuestionType.DATE, QuestionType.DATETIME)
            and not self._by_hand,
            self.at_most: kind is QuestionType.SELECT_MULTIPLE and not self._by_hand,
            self.exclusive: kind is QuestionType.SELECT_MULTIPLE and not self._by_hand,
            self.written: self._by_hand,
            self.written_status: self._by_hand,
        }
        for widget, visible in rows.items():
            self.form.setRowVisible(widget, visible)
        self.write_button.setVisible(not self._by_hand)

    def _switch_to_written(self) -> None:
        self._by_hand = True
        self._show_rows()
        self.written.setFocus()

    def _fields_edited(self) -> None:
        rules = AnswerRules(
            minimum=self.minimum.text().strip() if self._kind.is_numeric else "",
            maximum=self.maximum.text().strip() if self._kind.is_numeric else "",
            not_in_future=self.not_in_future.isChecked()
            and self._kind in (QuestionType.DATE, QuestionType.DATETIME),
            exclusive=(self.exclusive.currentData() or "")
            if self._kind is QuestionType.SELECT_MULTIPLE
            else "",
            at_most=self.at_most.value() if self._kind is QuestionType.SELECT_MULTIPLE else 0,
        )
        self._emit(to_constraint(rules))

    def _written_edited(self, text: str) -> None:
        self._check_written(text)
        self._emit(text)

    def _check_written(self, text: str) -> None:
        if not text.strip():
            self.written_status.setText(self.tr("Empty: any answer is allowed."))
            return
        try:
            parse(text)
        except ExpressionError as error:
            self.written_status.setText(
                self.tr("⚠ {problem} (at character {position})").format(
                    problem=error.message, position=error.position + 1
                )
            )
        else:
            self.written_status.setText(self.tr("✓ This rule can be used."))

    def _emit(self, constraint: str) -> None:
        if constraint != self._constraint:
            self._constraint = constraint
            self.changed.emit(constraint)
