"""Editing a section (a group of questions) and a Likert grid (statements x one scale)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duodesk.core import form_edits
from duodesk.core.form_edits import Path
from duodesk.core.questionnaire import (
    Group,
    Question,
    Questionnaire,
    QuestionType,
    Repeat,
    text_in,
)
from duodesk.core.xlsform import NAME_PATTERN
from duodesk.gui.designer.choices_editor import ChoicesEditor
from duodesk.gui.designer.document import DesignDocument
from duodesk.gui.designer.fields import (
    LanguageTexts,
    language_name,
    set_checked,
    set_text,
    with_text,
)
from duodesk.gui.designer.question_editor import questions_before
from duodesk.gui.designer.skip_logic_builder import SkipLogicBuilder


class GroupEditor(QWidget):
    """A section: a title, optional help, one page or not, and when it is asked. With
    ``grid=True`` also the scale and the statements of a Likert grid."""

    def __init__(self, document: DesignDocument, *, grid: bool = False) -> None:
        super().__init__()
        self.document = document
        self.grid = grid
        self.path: Path = ()
        self._scales: dict[str, str] = {}  # grid name -> its scale while it has no statements
        self.label = LanguageTexts(
            self.tr("Grid question") if grid else self.tr("Section title"), lines=2
        )
        self.label.edited.connect(lambda lang, text: self._texts("label", lang, text))
        self.hint = LanguageTexts(self.tr("Help for the interviewer"), lines=1)
        self.hint.edited.connect(lambda lang, text: self._texts("hint", lang, text))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name in the data file"))
        self.name_edit.editingFinished.connect(self._name_edited)
        self.one_page = QCheckBox(self.tr("Show all its questions on one page"))
        self.one_page.toggled.connect(self._one_page_toggled)
        self.repeated = QCheckBox(self.tr("Ask its questions for each one (a repeat)"))
        self.repeated.setToolTip(
            self.tr("For each drug used, each service tried: asked once per each one")
        )
        self.repeated.toggled.connect(self._repeated_toggled)
        self.how_many = QComboBox()
        self.how_many.setAccessibleName(self.tr("How many times its questions are asked"))
        self.how_many.activated.connect(self._how_many_chosen)
        self.skip = SkipLogicBuilder()
        self.skip.changed.connect(
            lambda text: self._change(
                self.tr("Change when it is asked"), ("relevant",), relevant=text
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Question:") if grid else self.tr("Title:"), self.label)
        form.addRow(self.tr("Help:"), self.hint)
        form.addRow(self.tr("Name in the data file:"), self.name_edit)
        if not grid:
            form.addRow("", self.one_page)
            form.addRow("", self.repeated)
            form.addRow(self.tr("How many times:"), self.how_many)
        self._form = form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        if grid:
            self.scale = ChoicesEditor(document)
            self.scale.list_chosen.connect(self._scale_chosen)
            self.scale.list_renamed.connect(
                lambda name: self._scales.update({self.group.name: name})
            )
            layout.addWidget(
                _section(self.tr("Scale (the answers for every statement)"), self.scale)
            )
            layout.addWidget(_section(self.tr("Statements"), self._build_statements()))
        layout.addWidget(_section(self.tr("When to ask it"), self.skip))
        layout.addStretch(1)

    def _build_statements(self) -> QWidget:
        self.statements = QTableWidget(0, 0)
        self.statements.setAccessibleName(self.tr("Statements"))
        self.statements.verticalHeader().setVisible(False)
        self.statements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.statements.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.statements.itemChanged.connect(self._statement_changed)
        self.statements.setMinimumHeight(160)
        self.new_statement = QLineEdit()
        self.new_statement.setAccessibleName(self.tr("New statement"))
        self.new_statement.setPlaceholderText(self.tr("Type a new statement and press Enter"))
        self.new_statement.returnPressed.connect(self.add_typed_statement)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_typed_statement)
        up = QPushButton(self.tr("Move up"))
        down = QPushButton(self.tr("Move down"))
        remove = QPushButton(self.tr("Remove"))
        up.clicked.connect(lambda: self.move_statement(-1))
        down.clicked.connect(lambda: self.move_statement(1))
        remove.clicked.connect(self.remove_statement)
        adding = QHBoxLayout()
        adding.addWidget(self.new_statement, 1)
        adding.addWidget(add)
        ordering = QHBoxLayout()
        for button in (up, down, remove):
            ordering.addWidget(button)
        ordering.addStretch(1)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.statements)
        layout.addLayout(adding)
        layout.addLayout(ordering)
        return box

    # -- showing -------------------------------------------------------------------------------

    @property
    def group(self) -> Group:
        item = form_edits.item_at(self.document.questionnaire, self.path)
        assert isinstance(item, Group)
        return item

    def scale_name(self) -> str:
        group = self.group
        lists = [c.list_name for c in group.children if isinstance(c, Question) and c.list_name]
        if lists:
            return lists[0]
        return self._scales.get(group.name, f"{group.name}_scale")

    def load(self, path: Path) -> None:
        self.path = path
        group = self.group
        questionnaire = self.document.questionnaire
        languages = self.document.languages
        for texts, value in ((self.label, group.label), (self.hint, group.hint)):
            texts.set_languages(languages)
            texts.show_texts(value)
        set_text(self.name_edit, group.name)
        set_checked(self.one_page, group.on_one_page)
        if not self.grid:
            self._show_how_many(group, questionnaire, path)
        self.skip.load(
            questionnaire,
            questions_before(questionnaire, path),
            group.relevant,
            self.document.default_language,
        )
        if self.grid:
            self.scale.load(self.scale_name())
            self._show_statements(group, languages)

    def _show_statements(self, group: Group, languages: tuple[str, ...]) -> None:
        table = self.statements
        table.blockSignals(True)
        table.setColumnCount(len(languages) + 1)
        headers = [
            self.tr("Statement ({language})").format(language=language_name(lang))
            if lang
            else self.tr("Statement")
            for lang in languages
        ]
        table.setHorizontalHeaderLabels([*headers, self.tr("Name in the data file")])
        for column in range(len(languages)):
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(
            len(languages), QHeaderView.ResizeMode.ResizeToContents
        )
        table.setRowCount(len(group.children))
        for row, child in enumerate(group.children):
            for column, language in enumerate(languages):
                _set_cell(table, row, column, child.label.get(language, ""))
            _set_cell(table, row, len(languages), child.name)
        table.blockSignals(False)

    # -- editing -------------------------------------------------------------------------------

    def _change(self, text: str, merge: tuple = (), **fields: object) -> None:
        path = self.path
        changed = replace(self.group, **fields)
        self.document.edit(
            text,
            lambda q: form_edits.replace_item(q, path, changed),
            merge_key=(path, *merge) if merge else None,
        )

    def _texts(self, column: str, language: str, text: str) -> None:
        current = getattr(self.group, column)
        what = self.tr("Change the title") if column == "label" else self.tr("Change the help text")
        self._change(what, (column, language), **{column: with_text(current, language, text)})

    def _one_page_toggled(self, on: bool) -> None:
        words = [w for w in self.group.appearance.split() if w not in ("field-list", "table-list")]
        appearance = " ".join([*words, "field-list"] if on else words)
        self._change(self.tr("Change how the section is shown"), appearance=appearance)

    def _show_how_many(self, group: Group, questionnaire: Questionnaire, path: Path) -> None:
        """The repeat's count as choices in plain words: as many as the interviewer adds, the
        answer to a number question asked before it, or a fixed number."""
        repeat = isinstance(group, Repeat)
        set_checked(self.repeated, repeat)
        self._form.setRowVisible(self.how_many, repeat)
        self.how_many.blockSignals(True)
        self.how_many.clear()
        self.how_many.addItem(self.tr("As many as the interviewer adds"), "")
        default = self.document.default_language
        for question in questions_before(questionnaire, path):
            if question.type is QuestionType.INTEGER and not questionnaire.repeats_of(
                question.name
            ):
                label = text_in(question.label, default) or question.name
                self.how_many.addItem(
                    self.tr("The answer to “{question}”").format(question=label),
                    f"${{{question.name}}}",
                )
        for number in range(2, 11):
            self.how_many.addItem(self.tr("Always %n times", "", number), str(number))
        count = group.repeat_count.strip() if repeat else ""
        index = self.how_many.findData(count)
        if index < 0:
            self.how_many.addItem(self.tr("As the form says: {count}").format(count=count), count)
            index = self.how_many.count() - 1
        self.how_many.setCurrentIndex(index)
        self.how_many.blockSignals(False)

    def _repeated_toggled(self, on: bool) -> None:
        if on == isinstance(self.group, Repeat):
            return
        path, changed = self.path, form_edits.as_repeat(self.group, on)
        self.document.edit(
            self.tr("Make it a repeated section") if on else self.tr("Ask its questions once"),
            lambda q: form_edits.replace_item(q, path, changed),
        )

    def _how_many_chosen(self, index: int) -> None:
        group = self.group
        count = self.how_many.itemData(index) or ""
        if isinstance(group, Repeat) and count != group.repeat_count:
            self._change(self.tr("Change how many times it is asked"), repeat_count=count)

    def _name_edited(self) -> None:
        name = self.name_edit.text().strip()
        group = self.group
        taken = form_edits.all_names(self.document.questionnaire) - {group.name}
        if name == group.name or not NAME_PATTERN.match(name) or name in taken:
            set_text(self.name_edit, group.name)
            return
        path = self.path
        self.document.edit(
            self.tr("Change the name in the data file"), lambda q: form_edits.rename(q, path, name)
        )

    def _scale_chosen(self, list_name: str) -> None:
        group = self.group
        if not list_name:
            list_name = form_edits.unique(
                f"{group.name}_scale", self.document.questionnaire.choice_lists
            )
        self._scales[group.name] = list_name
        children = tuple(
            replace(c, list_name=list_name) if isinstance(c, Question) else c
            for c in group.children
        )
        self._change(self.tr("Change the grid's scale"), children=children)
        self.scale.load(list_name)

    def add_typed_statement(self) -> None:
        label = self.new_statement.text().strip()
        if label:
            self.add_statement(label)
            self.new_statement.clear()

    def add_statement(self, label: str) -> None:
        group, path = self.group, self.path
        language = self.document.default_language
        name = form_edits.unique(
            form_edits.slug(label, "statement"), form_edits.all_names(self.document.questionnaire)
        )
        statement = Question(
            name, QuestionType.SELECT_ONE, {language: label}, list_name=self.scale_name()
        )
        self.document.edit(
            self.tr("Add the statement “{statement}”").format(statement=label),
            lambda q: form_edits.insert_item(q, path, len(group.children), statement)[0],
        )

    def _selected_statement(self) -> int:
        rows = self.statements.selectionModel().selectedRows()
        return rows[0].row() if rows else self.statements.currentRow()

    def move_statement(self, step: int) -> None:
        row = self._selected_statement()
        target = row + step
        if not (0 <= row < len(self.group.children) and 0 <= target < len(self.group.children)):
            return
        path = self.path
        self.document.edit(
            self.tr("Move a statement"),
            lambda q: form_edits.move_item(q, (*path, row), path, target + (step > 0))[0],
        )
        self.statements.selectRow(target)

    def remove_statement(self) -> None:
        row = self._selected_statement()
        if 0 <= row < len(self.group.children):
            path = self.path
            self.document.edit(
                self.tr("Remove a statement"), lambda q: form_edits.remove_item(q, (*path, row))
            )

    def _statement_changed(self, item: QTableWidgetItem) -> None:
        row, column = item.row(), item.column()
        languages = self.document.languages
        group, path = self.group, self.path
        if not 0 <= row < len(group.children):
            return
        child = group.children[row]
        text = item.text().strip()
        if column < len(languages):
            changed = replace(child, label=with_text(child.label, languages[column], text))
            self.document.edit(
                self.tr("Change a statement"),
                lambda q: form_edits.replace_item(q, (*path, row), changed),
                merge_key=((*path, row), "label", column),
            )
            return
        taken = form_edits.all_names(self.document.questionnaire) - {child.name}
        if text == child.name or not NAME_PATTERN.match(text) or text in taken:
            self.statements.blockSignals(True)
            item.setText(child.name)
            self.statements.blockSignals(False)
            return
        self.document.edit(
            self.tr("Change a statement's name in the data file"),
            lambda q: form_edits.rename(q, (*path, row), text),
        )


def _set_cell(table: QTableWidget, row: int, column: int, text: str) -> None:
    item = table.item(row, column)
    if item is None:
        table.setItem(row, column, QTableWidgetItem(text))
    elif item.text() != text:
        item.setText(text)


def _section(title: str, content: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(content)
    return box
