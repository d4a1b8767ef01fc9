"""'Ask this question only if ...': skip logic picked from lists, never typed.

The builder shows the conditions of a ``relevant`` expression it recognises (see
:mod:`duodesk.core.skip_logic`) as rows of [question] [is / is not / includes / ...] [value].
An expression it cannot show (typed by hand, or from an imported form) is shown as text,
checked as it is typed, and kept exactly as written.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.expressions import ExpressionError, parse
from duodesk.core.questionnaire import Question, Questionnaire, QuestionType, text_in
from duodesk.core.skip_logic import (
    Condition,
    Operator,
    SkipLogic,
    builder_can_show,
    from_expression,
    to_expression,
)
from duodesk.gui.designer.fields import designer_words, set_text, small_combo

ALWAYS, ALL, ANY, WRITTEN = "always", "all", "any", "written"
#: How each comparison reads in the builder (the core's own words are its English ones).
OPERATOR_WORDS: dict[Operator, str] = {
    Operator.IS: QT_TRANSLATE_NOOP("Designer", "is"),
    Operator.IS_NOT: QT_TRANSLATE_NOOP("Designer", "is not"),
    Operator.INCLUDES: QT_TRANSLATE_NOOP("Designer", "includes"),
    Operator.EXCLUDES: QT_TRANSLATE_NOOP("Designer", "does not include"),
    Operator.MORE_THAN: QT_TRANSLATE_NOOP("Designer", "is more than"),
    Operator.LESS_THAN: QT_TRANSLATE_NOOP("Designer", "is less than"),
}


def operators_for(question: Question) -> list[Operator]:
    if question.type is QuestionType.SELECT_MULTIPLE:
        return [Operator.INCLUDES, Operator.EXCLUDES]
    if question.type.is_numeric:
        return [Operator.IS, Operator.IS_NOT, Operator.MORE_THAN, Operator.LESS_THAN]
    return [Operator.IS, Operator.IS_NOT]


class ConditionRow(QWidget):
    changed = Signal()
    remove_requested = Signal()

    def __init__(self, questionnaire: Questionnaire, candidates: list[Question], language: str):
        super().__init__()
        self.questionnaire = questionnaire
        self.language = language
        self.candidates = {q.name: q for q in candidates}
        self.question_box = small_combo()
        self.question_box.setAccessibleName(self.tr("Question the condition looks at"))
        for question in candidates:
            label = text_in(question.label, language) or question.name
            self.question_box.addItem(
                " ".join(label.split()), question.name
            )  # whole: see small_combo
        self.operator_box = small_combo()
        self.operator_box.setAccessibleName(self.tr("How the answer is compared"))
        self.value_box = small_combo()
        self.value_box.setAccessibleName(self.tr("Answer"))
        self.value_edit = QLineEdit()
        self.value_edit.setAccessibleName(self.tr("Value"))
        self.value_edit.setPlaceholderText(self.tr("a number"))
        self.has_choices = False
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove this condition"))
        remove.clicked.connect(self.remove_requested)
        # The question on a line of its own, then how it is compared: side by side, the
        # question was cut to a few words in the designer's narrow editor.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(self.question_box)
        comparison = QHBoxLayout()
        comparison.addSpacing(24)
        comparison.addWidget(self.operator_box, 1)
        comparison.addWidget(self.value_box, 2)
        comparison.addWidget(self.value_edit, 2)
        layout.addLayout(comparison)
        # Remove on a line of its own too, so that the row fits a narrow editor (150%).
        removing = QHBoxLayout()
        removing.addStretch(1)
        removing.addWidget(remove)
        layout.addLayout(removing)
        self.question_box.currentIndexChanged.connect(self._question_changed)
        self.operator_box.currentIndexChanged.connect(self.changed)
        self.value_box.currentIndexChanged.connect(self.changed)
        self.value_edit.textEdited.connect(self.changed)
        self._fill_for_question()

    def show_condition(self, condition: Condition) -> None:
        for box in (self.question_box, self.operator_box, self.value_box, self.value_edit):
            box.blockSignals(True)
        index = self.question_box.findData(condition.question)
        if index < 0:  # a question that comes later or no longer exists: still shown
            self.question_box.addItem(condition.question, condition.question)
            index = self.question_box.count() - 1
        self.question_box.setCurrentIndex(index)
        self._fill_for_question()
        self.operator_box.setCurrentIndex(max(0, self.operator_box.findData(condition.operator)))
        value_index = self.value_box.findData(condition.value)
        if value_index < 0 and self.has_choices:
            self.value_box.addItem(condition.value, condition.value)
            value_index = self.value_box.count() - 1
        self.value_box.setCurrentIndex(value_index)
        self.value_edit.setText(condition.value)
        for box in (self.question_box, self.operator_box, self.value_box, self.value_edit):
            box.blockSignals(False)

    def _question_changed(self) -> None:
        self._fill_for_question()
        self.changed.emit()

    def _fill_for_question(self) -> None:
        question = self.candidates.get(self.question_box.currentData())
        self.operator_box.blockSignals(True)
        self.value_box.blockSignals(True)
        self.operator_box.clear()
        for operator in operators_for(question) if question else list(Operator):
            self.operator_box.addItem(designer_words(OPERATOR_WORDS[operator]), operator)
        self.value_box.clear()
        choice_list = self.questionnaire.choices_for(question) if question else None
        if choice_list is not None:
            for choice in choice_list.choices:
                self.value_box.addItem(
                    text_in(choice.label, self.language) or choice.name, choice.name
                )
        self.has_choices = choice_list is not None
        self.value_box.setVisible(self.has_choices)
        self.value_edit.setVisible(not self.has_choices)
        self.operator_box.blockSignals(False)
        self.value_box.blockSignals(False)

    def condition(self) -> Condition | None:
        """The condition shown, or None while it is incomplete."""
        name = self.question_box.currentData()
        operator = self.operator_box.currentData()
        if not self.has_choices:
            value = self.value_edit.text().strip()
        else:
            value = self.value_box.currentData() or ""
        if not name or operator is None or not value:
            return None
        return Condition(name, Operator(operator), value)  # the combo hands back plain text


class SkipLogicBuilder(QWidget):
    """Emits ``changed(expression)`` with the new ``relevant`` text after every edit."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.questionnaire: Questionnaire | None = None
        self.candidates: list[Question] = []
        self.language = ""
        self.numeric: frozenset[str] = frozenset()
        self._expression = ""
        self.rows: list[ConditionRow] = []

        self.mode = small_combo()
        self.mode.setAccessibleName(self.tr("When to ask this question"))
        self.mode.addItem(self.tr("Always"), ALWAYS)
        self.mode.addItem(self.tr("Only if all of these are true"), ALL)
        self.mode.addItem(self.tr("Only if any of these is true"), ANY)
        self.mode.addItem(self.tr("Only if a rule written by hand is true"), WRITTEN)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add a condition"))
        self.add_button.clicked.connect(self.add_condition)
        self.written = QLineEdit()
        self.written.setAccessibleName(self.tr("Rule written by hand"))
        self.written.setPlaceholderText(self.tr("for example  ${age} >= 18 and ${sex} = 'female'"))
        self.written.textEdited.connect(self._written_edited)
        self.written_status = QLabel()
        self.written_status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ask this question:")))
        top.addWidget(self.mode, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.add_button)
        layout.addWidget(self.written)
        layout.addWidget(self.written_status)

    # -- showing -------------------------------------------------------------------------------

    def load(
        self,
        questionnaire: Questionnaire,
        candidates: list[Question],
        expression: str,
        language: str,
    ) -> None:
        """Show ``expression`` for an item that may look at the ``candidates`` (the questions
        before it)."""
        same_form = self.questionnaire is not None and (
            [q.name for q in self.candidates] == [q.name for q in candidates]
        )
        self.questionnaire = questionnaire
        self.candidates = candidates
        self.language = language
        self.numeric = frozenset(q.name for q in questionnaire.questions() if q.type.is_numeric)
        if same_form and expression == self._expression:
            return  # what this builder itself just wrote: leave the rows as they are
        self._expression = expression
        logic = from_expression(expression) if builder_can_show(expression, self.numeric) else None
        self._clear_rows()
        if logic is None:
            self._set_mode(WRITTEN)
            set_text(self.written, expression)
            self._check_written(expression)
        else:
            self._set_mode(ALWAYS if logic.always else ALL if logic.match_all else ANY)
            for condition in logic.conditions:
                self._add_row().show_condition(condition)
            self.written.clear()
        self._update_visibility()

    def _set_mode(self, mode: str) -> None:
        self.mode.blockSignals(True)
        self.mode.setCurrentIndex(self.mode.findData(mode))
        self.mode.blockSignals(False)

    def _clear_rows(self) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = []

    def _add_row(self) -> ConditionRow:
        assert self.questionnaire is not None
        row = ConditionRow(self.questionnaire, self.candidates, self.language)
        row.changed.connect(self._rows_edited)
        row.remove_requested.connect(lambda: self._remove_row(row))
        self.rows_layout.addWidget(row)
        self.rows.append(row)
        return row

    def _update_visibility(self) -> None:
        mode = self.mode.currentData()
        for row in self.rows:
            row.setVisible(mode in (ALL, ANY))
        self.add_button.setVisible(mode in (ALL, ANY))
        self.add_button.setEnabled(bool(self.candidates))
        self.written.setVisible(mode == WRITTEN)
        self.written_status.setVisible(mode == WRITTEN)

    # -- editing -------------------------------------------------------------------------------

    def add_condition(self) -> ConditionRow | None:
        """A new condition on the nearest question before this one that has answer options."""
        if not self.candidates:
            return None
        if self.mode.currentData() not in (ALL, ANY):
            self._set_mode(ALL)
        row = self._add_row()
        choice = next((q for q in reversed(self.candidates) if q.type.is_select), None)
        chosen = choice or self.candidates[-1]
        row.question_box.setCurrentIndex(row.question_box.findData(chosen.name))
        self._update_visibility()
        self._rows_edited()
        return row

    def _remove_row(self, row: ConditionRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        if not self.rows:
            self._set_mode(ALWAYS)
        self._update_visibility()
        self._rows_edited()

    def _mode_changed(self) -> None:
        mode = self.mode.currentData()
        if mode in (ALL, ANY) and not self.rows:
            self.add_condition()
            return
        if mode == WRITTEN:
            set_text(self.written, self._expression)
            self._check_written(self._expression)
        self._update_visibility()
        if mode == ALWAYS:
            self._emit("")
        elif mode in (ALL, ANY):
            self._rows_edited()

    def _rows_edited(self) -> None:
        conditions = tuple(c for c in (row.condition() for row in self.rows) if c is not None)
        logic = SkipLogic(conditions, match_all=self.mode.currentData() != ANY)
        self._emit(to_expression(logic, self.numeric))

    def _written_edited(self, text: str) -> None:
        self._check_written(text)
        self._emit(text)

    def _check_written(self, text: str) -> None:
        if not text.strip():
            self.written_status.setText(self.tr("Empty: the question is always asked."))
            return
        try:
            parse(text)
        except ExpressionError as error:
            self.written_status.setText(
                self.tr("⚠ {problem} (at character {position})").format(
                    problem=error.message, position=error.position + 1
                )
            )
            return
        names = {q.name for q in self.questionnaire.questions()} if self.questionnaire else set()
        unknown = [n for n in _references(text) if n not in names]
        if unknown:
            self.written_status.setText(
                self.tr('⚠ There is no question called "{name}".').format(name=unknown[0])
            )
        else:
            self.written_status.setText(self.tr("✓ This rule can be used."))

    def _emit(self, expression: str) -> None:
        if expression != self._expression:
            self._expression = expression
            self.changed.emit(expression)


def _references(text: str) -> list[str]:
    from duodesk.core.expressions import reference_nodes

    return [node.name for node in reference_nodes(parse(text))]
