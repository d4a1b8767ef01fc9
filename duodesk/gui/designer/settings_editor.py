"""The questionnaire's own settings: its title, short name, version and languages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duodesk.core import form_edits
from duodesk.core.questionnaire import text_in
from duodesk.core.xlsform import NAME_PATTERN
from duodesk.gui.designer.document import DesignDocument
from duodesk.gui.designer.fields import language_name, set_text
from duodesk.gui.direction import own_direction_on_its_line


class SettingsEditor(QWidget):
    def __init__(self, document: DesignDocument) -> None:
        super().__init__()
        self.document = document
        self.form_id_fixed = False  # True once stored: the short name identifies it
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title of the questionnaire"))
        self.title.textEdited.connect(self._title_edited)
        self.form_id = QLineEdit()
        self.form_id.setAccessibleName(self.tr("Name of the questionnaire in the data files"))
        self.form_id.editingFinished.connect(self._form_id_edited)
        self.version = QLineEdit()
        self.version.setAccessibleName(self.tr("Version"))
        self.version.textEdited.connect(
            lambda text: document.edit(
                self.tr("Change the version"),
                lambda q: form_edits.set_settings(q, version=text.strip()),
                merge_key=("settings", "version"),
            )
        )
        self.languages = QListWidget()
        self.languages.setAccessibleName(self.tr("Languages"))
        self.languages.setMaximumHeight(140)
        self.new_language = QLineEdit()
        self.new_language.setAccessibleName(self.tr("New language"))
        self.new_language.setPlaceholderText(self.tr("for example  Español (es)"))
        self.new_language.returnPressed.connect(self.add_typed_language)
        add = QPushButton(self.tr("Add the language"))
        add.clicked.connect(self.add_typed_language)
        self.make_default = QPushButton(self.tr("Make it the main language"))
        self.make_default.clicked.connect(self._make_default)
        self.remove = QPushButton(self.tr("Remove the language"))
        self.remove.clicked.connect(self._remove_language)
        adding = QHBoxLayout()
        adding.addWidget(self.new_language, 1)
        adding.addWidget(add)
        # One above the other: side by side they made the editor scroll sideways at 150%.
        managing = QVBoxLayout()
        managing.addWidget(self.make_default, 0, Qt.AlignmentFlag.AlignLeft)
        managing.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)
        self.code_questions = QListWidget()
        self.code_questions.setAccessibleName(self.tr("Questions that make the participant code"))
        self.code_questions.setMaximumHeight(140)
        # Long questions wrap rather than scroll sideways out of sight.
        self.code_questions.setWordWrap(True)
        self.code_questions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.code_questions.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.code_questions.itemChanged.connect(self._code_changed)
        intro = QLabel(
            self.tr(
                "Choose a question in the list to change it, or add one with the buttons above "
                "the list. The main language comes first; write each question in every language."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Name in the data files:"), self.form_id)
        form.addRow(self.tr("Version:"), self.version)
        form.addRow(self.tr("Languages:"), self.languages)
        form.addRow("", _wrap(adding))
        form.addRow("", _wrap(managing))
        form.addRow(self.tr("Participant code from:"), self.code_questions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)

    def load(self) -> None:
        settings = self.document.questionnaire.settings
        set_text(self.title, settings.form_title)
        set_text(self.form_id, settings.form_id)
        set_text(self.version, settings.version)
        self.form_id.setReadOnly(self.form_id_fixed)
        names = [
            self.tr("{language}  (main language)").format(language=language_name(lang))
            if i == 0
            else language_name(lang)
            for i, lang in enumerate(self.document.languages)
        ]
        self._show_code_questions()
        if [self.languages.item(i).text() for i in range(self.languages.count())] != names:
            self.languages.clear()
            self.languages.addItems(names)

    def _show_code_questions(self) -> None:
        questionnaire = self.document.questionnaire
        chosen = set(questionnaire.settings.participant_code)
        rows = [
            (q.name, text_in(q.label, self.document.default_language) or q.name)
            for q in questionnaire.top_level_questions()  # asked once per person
            if q.type.takes_answer
        ]
        self.code_questions.blockSignals(True)
        self.code_questions.clear()
        for name, label in rows:
            item = QListWidgetItem(own_direction_on_its_line(label))  # "...place?" in Arabic
            item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            self.code_questions.addItem(item)
        self.code_questions.blockSignals(False)

    def _code_changed(self) -> None:
        names = tuple(
            self.code_questions.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.code_questions.count())
            if self.code_questions.item(row).checkState() == Qt.CheckState.Checked
        )
        self.document.edit(
            self.tr("Change the participant code"),
            lambda q: form_edits.set_settings(q, participant_code=names),
        )

    def _title_edited(self, text: str) -> None:
        follow = not self.form_id_fixed and self.document.questionnaire.settings.form_id in (
            form_edits.slug(self.document.questionnaire.settings.form_title, "questionnaire"),
            "",
        )
        changes: dict[str, str] = {"form_title": text}
        if follow:
            changes["form_id"] = form_edits.slug(text, "questionnaire")
        self.document.edit(
            self.tr("Change the title"),
            lambda q: form_edits.set_settings(q, **changes),
            merge_key=("settings", "title"),
        )

    def _form_id_edited(self) -> None:
        text = self.form_id.text().strip()
        if self.form_id_fixed or text == self.document.questionnaire.form_id:
            return
        if not NAME_PATTERN.match(text):
            set_text(self.form_id, self.document.questionnaire.form_id)
            return
        self.document.edit(
            self.tr("Change the short name"), lambda q: form_edits.set_settings(q, form_id=text)
        )

    def add_typed_language(self) -> None:
        name = self.new_language.text().strip()
        if name:
            self.add_language(name)
            self.new_language.clear()

    def add_language(self, name: str) -> None:
        languages = self.document.languages
        if name in languages:
            return
        document = self.document
        questionnaire = document.questionnaire
        if languages == ("",):
            # The first named language takes over the texts written without one.
            questionnaire = form_edits.rename_language(questionnaire, "", name)
            new = (name,)
            questionnaire = form_edits.set_settings(questionnaire, default_language=name)
        else:
            new = (*languages, name)
        document.apply(
            questionnaire,
            self.tr("Add the language {language}").format(language=name),
            languages=new,
        )

    def _make_default(self) -> None:
        row = self.languages.currentRow()
        languages = list(self.document.languages)
        if row <= 0 or row >= len(languages):
            return
        chosen = languages.pop(row)
        new = (chosen, *languages)
        self.document.apply(
            form_edits.set_settings(self.document.questionnaire, default_language=chosen),
            self.tr("Make {language} the main language").format(language=chosen),
            languages=new,
        )

    def _remove_language(self) -> None:
        row = self.languages.currentRow()
        languages = list(self.document.languages)
        if not 0 <= row < len(languages) or len(languages) == 1:
            return
        gone = languages.pop(row)
        questionnaire = form_edits.drop_language(self.document.questionnaire, gone)
        questionnaire = form_edits.set_settings(questionnaire, default_language=languages[0])
        self.document.apply(
            questionnaire,
            self.tr("Remove the language {language}").format(language=gone),
            languages=tuple(languages),
        )


def _wrap(layout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
