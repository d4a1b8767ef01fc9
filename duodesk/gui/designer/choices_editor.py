"""The answer options of a question: labels in every language, codes, missing codes.

Codes are made from the labels (lower case, underscores, unique in the list) and follow the
label while nobody has changed them by hand; they stay editable. Options such as "Don't know"
or "Prefer not to say" are marked as missing codes: shown and counted, but left out of the
valid percent. Several questions may share one list (a yes/no list, a Likert scale).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duodesk.core import form_edits
from duodesk.core.questionnaire import (
    EXTERNAL_CHOICES,
    ITEMSETS,
    Choice,
    ChoiceList,
    Questionnaire,
    text_in,
)
from duodesk.gui.designer.document import DesignDocument
from duodesk.gui.designer.fields import (
    designer_words,
    language_name,
    set_combo_data,
    set_text,
    small_combo,
)

# Added in the interface language: the person designing writes the questionnaire in it.
MISSING_SUGGESTIONS = (
    QT_TRANSLATE_NOOP("Designer", "Don't know"),
    QT_TRANSLATE_NOOP("Designer", "Prefer not to say"),
)


class ChoicesEditor(QWidget):
    """Edits the choice list called ``list_name``; ``list_chosen(name)`` asks for the
    question to use another list (or a new one, for ``""``)."""

    list_chosen = Signal(str)
    list_renamed = Signal(str)

    def __init__(self, document: DesignDocument, *, shared_picker: bool = True) -> None:
        super().__init__()
        self.document = document
        self.list_name = ""
        self._shown: tuple = ()
        self.share_box = small_combo()
        self.share_box.setAccessibleName(self.tr("Answer options to use"))
        self.share_box.activated.connect(
            lambda _i: self.list_chosen.emit(self.share_box.currentData())
        )
        self.list_name_edit = QLineEdit()
        self.list_name_edit.setAccessibleName(self.tr("Name of this list of options"))
        self.list_name_edit.editingFinished.connect(self._rename_list)
        # The choice of list and its name on two lines: side by side, at 125% both boxes
        # were cut to a few letters.
        top = QGridLayout()
        top.setColumnStretch(1, 1)
        if shared_picker:
            top.addWidget(QLabel(self.tr("Options:")), 0, 0)
            top.addWidget(self.share_box, 0, 1)
        top.addWidget(QLabel(self.tr("Name of the answer list:")), 1, 0)
        top.addWidget(self.list_name_edit, 1, 1)

        self.table = QTableWidget(0, 0)
        self.table.setAccessibleName(self.tr("Answer options"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemChanged.connect(self._cell_changed)
        self.table.setMinimumHeight(160)
        # Tab leaves the table (arrows move between cells, F2 or typing edits one): with Tab
        # cycling through the cells, the keyboard could not get out of it.
        self.table.setTabKeyNavigation(False)

        self.new_option = QLineEdit()
        self.new_option.setAccessibleName(self.tr("New option"))
        self.new_option.setPlaceholderText(self.tr("Type a new option and press Enter"))
        self.new_option.returnPressed.connect(self.add_typed_option)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_typed_option)
        adding = QHBoxLayout()
        adding.addWidget(self.new_option, 1)
        adding.addWidget(add)
        missing_row = QHBoxLayout()
        self.missing_buttons: dict[str, QPushButton] = {}
        for suggestion in MISSING_SUGGESTIONS:
            label = designer_words(suggestion)
            button = QPushButton(self.tr("Add “{label}”").format(label=label))
            button.setAccessibleName(
                self.tr("Add {label} as a code for no answer").format(label=label)
            )
            button.clicked.connect(lambda _c=False, text=label: self.add_option(text, missing=True))
            missing_row.addWidget(button)
            self.missing_buttons[suggestion] = button
        missing_row.addStretch(1)

        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        ordering = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            ordering.addWidget(button)
        ordering.addStretch(1)
        self.sharing_note = QLabel()
        self.sharing_note.setWordWrap(True)
        self.sharing_note.setObjectName("empty")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(adding)
        layout.addLayout(missing_row)
        layout.addLayout(ordering)
        layout.addWidget(self.sharing_note)

    # -- showing -------------------------------------------------------------------------------

    @property
    def choice_list(self) -> ChoiceList:
        found = self.document.questionnaire.choice_lists.get(self.list_name)
        return found if found is not None else ChoiceList(self.list_name, ())

    def load(self, list_name: str) -> None:
        questionnaire = self.document.questionnaire
        languages = self.document.languages
        self.list_name = list_name
        set_text(self.list_name_edit, list_name)
        self._fill_share_box(questionnaire)
        users = form_edits.users_of_list(questionnaire, list_name)
        notes = []
        if len(users) > 1:
            notes.append(
                self.tr(
                    "These options are shared by %n questions: a change here changes them all.",
                    "",
                    len(users),
                )
            )
        source = self.choice_list.source
        needed = ITEMSETS if source == EXTERNAL_CHOICES else source
        if needed and needed in questionnaire.missing_files:
            notes.append(
                self.tr(
                    "These options come from {file}, which was not added with the "
                    "questionnaire. DuoDesk asks for it when an interview starts."
                ).format(file=needed)
            )
        self.sharing_note.setText(" ".join(notes))
        shown = (languages, self.choice_list.choices)
        if shown == self._shown:
            return
        self._shown = shown
        self.table.blockSignals(True)
        headers = [
            self.tr("Option ({language})").format(language=language_name(lang))
            if lang
            else self.tr("Option")
            for lang in languages
        ]
        self.table.setColumnCount(len(languages) + 2)
        # On two lines: the column is as wide as its heading, and the labels need the room.
        self.table.setHorizontalHeaderLabels(
            [*headers, self.tr("Code"), self.tr("Code for\nno answer")]
        )
        header = self.table.horizontalHeader()
        for column in range(len(languages)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(len(languages), QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(len(languages) + 1, QHeaderView.ResizeMode.ResizeToContents)
        # The options' words wrap onto more lines rather than being cut to "Between 10 and
        # 30 …" (the codes, cut in the middle, took most of the width at 1366x768).
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setRowCount(len(self.choice_list.choices))
        for row, choice in enumerate(self.choice_list.choices):
            for column, language in enumerate(languages):
                self.table.setItem(row, column, QTableWidgetItem(choice.label.get(language, "")))
            self.table.setItem(row, len(languages), QTableWidgetItem(choice.name))
            # The tick says it under the heading; words beside it would take the room the
            # options' labels need on a small screen.
            missing = QTableWidgetItem("")
            missing.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("Code for no answer")
                if choice.missing
                else self.tr("Not a code for no answer"),
            )
            missing.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            missing.setCheckState(
                Qt.CheckState.Checked if choice.missing else Qt.CheckState.Unchecked
            )
            self.table.setItem(row, len(languages) + 1, missing)
        self.table.blockSignals(False)
        self._size_code_column()

    def _size_code_column(self) -> None:
        """The codes as wide as they need, but never more than a quarter of the table: the
        options' own words come first."""
        code = self.table.columnCount() - 2
        if code < 1:
            return
        wanted = max(
            self.table.sizeHintForColumn(code),
            self.table.horizontalHeader().sectionSizeFromContents(code).width(),
        )
        self.table.setColumnWidth(code, min(wanted, max(self.table.viewport().width() // 4, 90)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._size_code_column()

    def _fill_share_box(self, questionnaire: Questionnaire) -> None:
        self.share_box.blockSignals(True)
        self.share_box.clear()
        language = self.document.default_language
        for name, choice_list in questionnaire.choice_lists.items():
            sample = ", ".join(
                text_in(c.label, language) or c.name for c in choice_list.choices[:3]
            )
            more = "…" if len(choice_list.choices) > 3 else ""
            self.share_box.addItem(f"{name}: {sample}{more}", name)
        if self.list_name not in questionnaire.choice_lists:
            self.share_box.addItem(
                self.tr("{name}: (no options yet)").format(name=self.list_name), self.list_name
            )
        self.share_box.addItem(self.tr("New list of options"), "")
        self.share_box.blockSignals(False)
        set_combo_data(self.share_box, self.list_name)

    # -- editing -------------------------------------------------------------------------------

    def _apply(self, choices: tuple[Choice, ...], text: str, merge: object = None) -> None:
        new_list = ChoiceList(self.list_name, choices, self.choice_list.source)  # still its file
        self.document.edit(
            text,
            lambda q: form_edits.set_choice_list(q, new_list),
            merge_key=("choices", self.list_name, merge) if merge else None,
        )

    def add_typed_option(self) -> None:
        label = self.new_option.text().strip()
        if label:
            self.add_option(label)
            self.new_option.clear()

    def add_option(self, label: str, *, missing: bool = False) -> None:
        choice = form_edits.choice_from_label(
            self.choice_list, label, self.document.default_language, missing
        )
        self._apply(
            (*self.choice_list.choices, choice),
            self.tr("Add the option “{label}”").format(label=label),
        )

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.table.currentRow()

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        choices = list(self.choice_list.choices)
        target = row + step
        if not (0 <= row < len(choices) and 0 <= target < len(choices)):
            return
        choices[row], choices[target] = choices[target], choices[row]
        self._apply(tuple(choices), self.tr("Move an option"))
        self.table.selectRow(target)

    def remove_selected(self) -> None:
        row = self.selected_row()
        choices = list(self.choice_list.choices)
        if 0 <= row < len(choices):
            removed = choices.pop(row)
            self._apply(
                tuple(choices), self.tr("Remove the option “{code}”").format(code=removed.name)
            )

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        row, column = item.row(), item.column()
        languages = self.document.languages
        choices = list(self.choice_list.choices)
        if not 0 <= row < len(choices):
            return
        choice_list = self.choice_list
        if column < len(languages):
            changed = form_edits.relabel_choice(
                choice_list, row, languages[column], item.text().strip(), languages[0]
            )
            self._apply(changed.choices, self.tr("Change an option"), merge=(row, column))
            return
        if column == len(languages):
            code = item.text().strip()
            others = [c.name for i, c in enumerate(choices) if i != row]
            code = form_edits.unique(code or form_edits.slug("", "option"), others)
            choices[row] = replace(choices[row], name=code)
            self._apply(tuple(choices), self.tr("Change an option's code"), merge=(row, column))
            return
        missing = item.checkState() == Qt.CheckState.Checked
        choices[row] = replace(choices[row], missing=missing)
        self._apply(
            tuple(choices),
            self.tr("Mark a code for no answer")
            if missing
            else self.tr("Unmark a code for no answer"),
        )

    def _rename_list(self) -> None:
        new = self.list_name_edit.text().strip()
        old = self.list_name
        if not new or new == old:
            return
        if new in self.document.questionnaire.choice_lists:
            set_text(self.list_name_edit, old)
            return
        self.list_name = new
        self.list_renamed.emit(new)
        self.document.edit(
            self.tr("Rename the list “{name}”").format(name=old),
            lambda q: _rename_or_point(q, old, new),
        )


def _rename_or_point(questionnaire: Questionnaire, old: str, new: str) -> Questionnaire:
    if old in questionnaire.choice_lists:
        return form_edits.rename_choice_list(questionnaire, old, new)
    # The list has no options yet: only the questions point at it.
    return form_edits.rename_choice_list(
        form_edits.set_choice_list(questionnaire, ChoiceList(old, ())), old, new
    )
