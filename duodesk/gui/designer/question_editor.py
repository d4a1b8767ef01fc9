"""Editing one question: its words in every language, its type, answer options, rules, and
when it is asked. Every change is one undoable step on the document."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from duodesk.core import form_edits
from duodesk.core.expressions import ExpressionError, parse
from duodesk.core.form_edits import Path
from duodesk.core.questionnaire import Question, Questionnaire, QuestionType, text_in
from duodesk.core.xlsform import NAME_PATTERN
from duodesk.gui.designer.answer_rules_editor import AnswerRulesEditor
from duodesk.gui.designer.bands_editor import BandsEditor
from duodesk.gui.designer.choices_editor import ChoicesEditor
from duodesk.gui.designer.document import DesignDocument
from duodesk.gui.designer.fields import (
    PHONE_TYPE_WORDS,
    TYPE_WORDS,
    LanguageTexts,
    designer_words,
    set_checked,
    set_combo_data,
    set_text,
    small_combo,
    with_text,
)
from duodesk.gui.designer.skip_logic_builder import SkipLogicBuilder

_PLACEHOLDER = re.compile(r"^question(_\d+)?$")


def questions_before(questionnaire: Questionnaire, path: Path) -> list[Question]:
    """The questions that come before ``path`` and take an answer: what skip logic may use."""
    found = []
    for item_path, item in form_edits.paths(questionnaire):
        if item_path[: len(path)] == path or item_path > path:
            break
        if isinstance(item, Question) and item.type.takes_answer:
            found.append(item)
    return found


class QuestionEditor(QWidget):
    def __init__(self, document: DesignDocument) -> None:
        super().__init__()
        self.document = document
        self.path: Path = ()

        self.type_box = small_combo()
        self.type_box.setAccessibleName(self.tr("Kind of answer"))
        for kind, words in TYPE_WORDS.items():
            self.type_box.addItem(designer_words(words), kind)
        self.type_box.activated.connect(self._type_chosen)
        self.label = LanguageTexts(self.tr("Question"), lines=2)
        self.label.edited.connect(self._label_edited)
        self.hint = LanguageTexts(self.tr("Help for the interviewer"), lines=1)
        self.hint.edited.connect(
            lambda lang, text: self._texts("hint", lang, text, self.tr("Change the help text"))
        )
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name in the data file"))
        self.name_edit.editingFinished.connect(self._name_edited)
        self.name_status = QLabel()
        self.name_status.setWordWrap(True)
        self.required = QCheckBox(self.tr("An answer is needed before going on"))
        self.required.toggled.connect(
            lambda on: self._change(
                self.tr("Change whether an answer is needed"), required="yes" if on else ""
            )
        )
        self.required_message = LanguageTexts(self.tr("Message when it is left blank"), lines=1)
        self.required_message.edited.connect(
            lambda lang, text: self._texts(
                "required_message", lang, text, self.tr("Change a message")
            )
        )
        # The note under the box rather than in it: a check box does not wrap, and the long
        # text made the designer's editor scroll sideways at 150% scaling.
        self.identifying = QCheckBox(self.tr("Answers could identify a person"))
        self.identifying_note = QLabel(self.tr("Left out of shared exports."))
        self.identifying_note.setObjectName("empty")
        self.identifying_note.setWordWrap(True)
        self.identifying.toggled.connect(
            lambda on: self._change(
                self.tr("Change whether answers identify a person"), identifying=on
            )
        )
        self.default = QLineEdit()
        self.default.setAccessibleName(self.tr("Answer filled in at the start"))
        self.default.textEdited.connect(
            lambda text: self._change(
                self.tr("Change the starting answer"), ("default",), default=text
            )
        )
        self.calculation = QLineEdit()
        self.calculation.setAccessibleName(self.tr("Calculation"))
        self.calculation.textEdited.connect(self._calculation_edited)
        self.calculation_status = QLabel()
        self.bands = BandsEditor()
        self.bands.changed.connect(self._bands_edited)

        self.choices = ChoicesEditor(document)
        self.choices.list_chosen.connect(self._list_chosen)
        self.rules = AnswerRulesEditor()
        self.rules.changed.connect(
            lambda text: self._change(
                self.tr("Change the answer rules"), ("constraint",), constraint=text
            )
        )
        self.rules_message = LanguageTexts(
            self.tr("Message when the answer breaks the rule"), lines=1
        )
        self.rules_message.edited.connect(
            lambda lang, text: self._texts(
                "constraint_message", lang, text, self.tr("Change a message")
            )
        )
        self.skip = SkipLogicBuilder()
        self.skip.changed.connect(
            lambda text: self._change(
                self.tr("Change when the question is asked"), ("relevant",), relevant=text
            )
        )

        basics = QFormLayout()
        basics.addRow(self.tr("Kind of answer:"), self.type_box)
        basics.addRow(self.tr("Question:"), self.label)
        basics.addRow(self.tr("Help:"), self.hint)
        basics.addRow(self.tr("Name in the data file:"), self.name_edit)
        basics.addRow("", self.name_status)
        basics.addRow(self.tr("Worked out from:"), self.bands)
        basics.addRow(self.tr("Calculation:"), self.calculation)
        basics.addRow("", self.calculation_status)
        basics.addRow("", self.required)
        basics.addRow(self.tr("If left blank, say:"), self.required_message)
        basics.addRow(self.tr("Starting answer:"), self.default)
        basics.addRow("", self.identifying)
        basics.addRow("", self.identifying_note)
        self.basics = basics
        self.choices_box = _section(self.tr("Answer options"), self.choices)
        rules = QWidget()
        rules_layout = QFormLayout(rules)
        rules_layout.setContentsMargins(0, 0, 0, 0)
        rules_layout.addRow(self.rules)
        rules_layout.addRow(self.tr("If the answer is not allowed, say:"), self.rules_message)
        self.rules_box = _section(self.tr("Answer rules"), rules)
        self.skip_box = _section(self.tr("When to ask it"), self.skip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(basics)
        layout.addWidget(self.choices_box)
        layout.addWidget(self.rules_box)
        layout.addWidget(self.skip_box)
        layout.addStretch(1)

    # -- showing -------------------------------------------------------------------------------

    @property
    def question(self) -> Question:
        item = form_edits.item_at(self.document.questionnaire, self.path)
        assert isinstance(item, Question)
        return item

    def load(self, path: Path) -> None:
        self.path = path
        questionnaire = self.document.questionnaire
        languages = self.document.languages
        language = self.document.default_language
        question = self.question
        kind = question.type
        if self.type_box.findData(kind) < 0 and kind in PHONE_TYPE_WORDS:
            self.type_box.addItem(designer_words(PHONE_TYPE_WORDS[kind]), kind)
        set_combo_data(self.type_box, kind)
        for texts, value in (
            (self.label, question.label),
            (self.hint, question.hint),
            (self.required_message, question.required_message),
            (self.rules_message, question.constraint_message),
        ):
            texts.set_languages(languages)
            texts.show_texts(value)
        # The boxes for each language are made after the rest: put them back in screen order.
        chain = [
            self.type_box,
            *self.label.boxes.values(),
            *self.hint.boxes.values(),
            self.name_edit,
            self.required,
            *self.required_message.boxes.values(),
            self.default,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        set_text(self.name_edit, question.name)
        required = question.required.strip().lower() not in ("", "no", "false()")
        set_checked(self.required, required)
        set_checked(self.identifying, question.identifying)
        set_text(self.default, question.default)
        set_text(self.calculation, question.calculation)
        self._check_calculation(question.calculation)
        if kind is QuestionType.CALCULATE:
            numbers = [
                (q.name, text_in(q.label, language))
                for q in questionnaire.questions()
                if q.type.is_numeric and q.name != question.name
            ]
            self.bands.load(question.calculation, numbers)
        answers = kind.takes_answer
        for widget, visible in (
            (self.required, answers),
            (self.required_message, answers and required),
            (self.default, answers),
            (self.identifying, answers),
            (self.identifying_note, answers),
            (self.bands, kind is QuestionType.CALCULATE),
            (self.calculation, kind is QuestionType.CALCULATE),
            (self.calculation_status, kind is QuestionType.CALCULATE),
            (self.name_status, bool(self.name_status.text())),
        ):
            self.basics.setRowVisible(widget, visible)
        self.choices_box.setVisible(kind.is_select)
        if kind.is_select:
            self.choices.load(question.list_name)
        has_rules = (
            kind.is_numeric
            or kind
            in (
                QuestionType.DATE,
                QuestionType.DATETIME,
                QuestionType.SELECT_MULTIPLE,
            )
            or bool(question.constraint)
        )
        self.rules_box.setVisible(answers and has_rules)
        if answers:
            self.rules.load(questionnaire, question, language)
        self.skip.load(
            questionnaire, questions_before(questionnaire, path), question.relevant, language
        )

    # -- editing -------------------------------------------------------------------------------

    def _change(self, text: str, merge: tuple = (), **fields: object) -> None:
        path = self.path
        changed = replace(self.question, **fields)
        self.document.edit(
            text,
            lambda q: form_edits.replace_item(q, path, changed),
            merge_key=(path, *merge) if merge else None,
        )

    def _texts(self, column: str, language: str, text: str, description: str) -> None:
        current = getattr(self.question, column)
        self._change(
            description, (column, language), **{column: with_text(current, language, text)}
        )

    def _label_edited(self, language: str, text: str) -> None:
        question = self.question
        path = self.path
        labels = with_text(question.label, language, text)
        old_label = question.label.get(language, "")
        follow = language == self.document.default_language and (
            _PLACEHOLDER.match(question.name)
            or question.name == form_edits.slug(old_label, "question")
        )

        def change(q: Questionnaire) -> Questionnaire:
            q = form_edits.replace_item(q, path, replace(question, label=labels))
            if follow and text.strip():
                taken = form_edits.all_names(q) - {question.name}
                q = form_edits.rename(q, path, form_edits.unique(form_edits.slug(text), taken))
            return q

        self.document.edit(
            self.tr("Change the question text"), change, merge_key=(path, "label", language)
        )

    def _name_edited(self) -> None:
        name = self.name_edit.text().strip()
        question = self.question
        if name == question.name:
            return
        taken = form_edits.all_names(self.document.questionnaire) - {question.name}
        if not NAME_PATTERN.match(name) or name in taken:
            reason = (
                self.tr("“{name}” is already used by another question.").format(name=name)
                if name in taken
                else self.tr(
                    "A name in the data file uses letters, digits and _ and starts with a letter."
                )
            )
            self.name_status.setText(reason)
            self.basics.setRowVisible(self.name_status, True)
            set_text(self.name_edit, question.name)
            return
        self.name_status.setText("")
        self.basics.setRowVisible(self.name_status, False)
        path = self.path
        self.document.edit(
            self.tr("Change the name in the data file"), lambda q: form_edits.rename(q, path, name)
        )

    def _type_chosen(self) -> None:
        kind = QuestionType(self.type_box.currentData())
        if kind != self.question.type:
            path = self.path
            self.document.edit(
                self.tr("Change the kind of answer"), lambda q: form_edits.set_type(q, path, kind)
            )

    def _list_chosen(self, list_name: str) -> None:
        question = self.question
        if list_name == question.list_name:
            return
        if not list_name:
            list_name = form_edits.unique(
                f"{question.name}_options", self.document.questionnaire.choice_lists
            )
        path = self.path
        changed = replace(question, list_name=list_name)
        self.document.edit(
            self.tr("Change the answer options"),
            lambda q: form_edits.prune_unused_lists(form_edits.replace_item(q, path, changed)),
        )

    def _bands_edited(self, expression: str) -> None:
        set_text(self.calculation, expression)
        self._calculation_edited(expression)

    def _calculation_edited(self, text: str) -> None:
        self._check_calculation(text)
        self._change(self.tr("Change the calculation"), ("calculation",), calculation=text)

    def _check_calculation(self, text: str) -> None:
        try:
            parse(text)
        except ExpressionError as error:
            self.calculation_status.setText(f"⚠ {error.message}")
        else:
            self.calculation_status.setText(self.tr("✓ This calculation can be used."))


def _section(title: str, content: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(content)
    return box
