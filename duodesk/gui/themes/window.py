"""The coding screen: the written answers to one question, one at a time, large, with the
interview's site and date; the question's themes beside them, made on the fly.

Keys: 1 to 9 give or take away the theme with that number, 0 marks the answer not codable,
Enter or Right goes to the next answer, Left to the one before, Page Down / Page Up scroll a long
answer on a small screen. Every change is saved at once.
A second coder types their name and codes blind to the main coding; "Agreement…" compares.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duodesk.gui.failures import show_failure
from duodesk.gui.screen_fit import fit_to_screen, scrolling
from duodesk.gui.tasks import ProjectWorker
from duodesk.gui.themes import operations as ops
from duodesk.storage.database import Database
from duodesk.storage.themes import AnswerToCode, ThemeError, ThemeInfo, theme_label_problem

STATE_WORDS = {
    "todo": QT_TRANSLATE_NOOP("CodingWindow", "Not coded yet"),
    "coded": QT_TRANSLATE_NOOP("CodingWindow", "Coded"),
    "not_codable": QT_TRANSLATE_NOOP("CodingWindow", "Not codable"),
}


def identifying_sentence(questions: tuple[tuple[str, str], ...]) -> str:
    """Why the questions marked identifying are not in the list of questions to code."""
    if not questions:
        return ""
    names = ", ".join(f"“{label}” ({name})" for name, label in questions)
    if len(questions) == 1:
        sentence = QCoreApplication.translate(
            "CodingWindow",
            "Not offered for coding: {names}. The questionnaire marks this question as "
            "identifying (the answers could tell who a person is), so they are never coded "
            "into themes or quoted.",
        )
    else:
        sentence = QCoreApplication.translate(
            "CodingWindow",
            "Not offered for coding: {names}. The questionnaire marks these questions as "
            "identifying (the answers could tell who a person is), so they are never coded "
            "into themes or quoted.",
        )
    return sentence.format(names=names)


class CodingWindow(QWidget):
    loaded = Signal()  # after every (re)load (tests wait for it)

    def __init__(self, database: Database, form_id: str, title: str, *, tasks: ProjectWorker):
        super().__init__()
        self.database, self.form_id, self.tasks = database, form_id, tasks
        self.data: ops.CodingData | None = None
        self.position = 0
        self.setWindowTitle(
            self.tr("Code written answers into themes: {title}").format(title=title)
        )
        fit_to_screen(self, (1280, 720))

        heading = QLabel(self.tr("Code written answers into themes"))
        heading.setObjectName("heading")
        self.question_box = QComboBox()
        self.question_box.setAccessibleName(self.tr("Question"))
        self.question_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.question_box.setMinimumContentsLength(24)  # a long question must not widen it
        self.question_box.activated.connect(lambda _: self.reload())
        self.coder_box = QLineEdit()
        self.coder_box.setPlaceholderText(self.tr("Main coding"))
        self.coder_box.setAccessibleName(self.tr("Second coder's name (empty: the main coding)"))
        self.coder_box.setToolTip(
            self.tr(
                "Leave empty for the main coding, the one counted in Results. A second coder "
                "types their name and codes without seeing the main coding."
            )
        )
        self.coder_box.editingFinished.connect(self._coder_changed)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Question:")))
        top.addWidget(self.question_box, 3)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Coder:")))
        top.addWidget(self.coder_box, 1)

        # The answer, large.
        self.where = QLabel("")
        self.where.setAccessibleName(self.tr("Which answer, site and date"))
        self.answer = QLabel("")
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The answer holds the focus while coding, so that number keys code it.
        self.answer.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.answer.setAccessibleName(self.tr("The written answer: press 1 to 9 to give a theme"))
        font = QFont(self.answer.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.answer.setFont(font)
        card = QFrame()
        card.setObjectName("welcome")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(20, 16, 20, 16)
        card_layout.addWidget(self.answer, 1)
        self.state = QLabel("")
        self.state.setStyleSheet("font-weight: 600;")
        self.state.setAccessibleName(self.tr("Coding of this answer"))
        self.given = QLabel("")
        self.given.setWordWrap(True)
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.clicked.connect(lambda: self.go(self.position - 1))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.clicked.connect(lambda: self.go(self.position + 1))
        self.next_todo_button = QPushButton(self.tr("Next not coded"))
        self.next_todo_button.clicked.connect(self.go_to_next_todo)
        self.not_codable_button = QPushButton(self.tr("Not codable (0)"))
        self.not_codable_button.setCheckable(True)
        self.not_codable_button.clicked.connect(self.toggle_not_codable)
        moves = QHBoxLayout()
        for button in (self.previous_button, self.next_button, self.next_todo_button):
            moves.addWidget(button)
        moves.addStretch(1)
        # "Not codable" beside the answer's coding rather than in the row of moves: one row of
        # seven buttons made the window wider than a laptop at 125%.
        state_line = QHBoxLayout()
        state_line.addWidget(self.state, 1)
        state_line.addWidget(self.not_codable_button)
        left = QVBoxLayout()
        left.addWidget(self.where)
        left.addWidget(card, 1)
        left.addLayout(state_line)
        left.addWidget(self.given)
        left.addLayout(moves)

        # The themes.
        self.theme_list = QListWidget()
        self.theme_list.setAccessibleName(self.tr("Themes: press a theme's number to give it"))
        self.theme_list.setStyleSheet("QListWidget::item { padding: 6px; }")
        list_font = QFont(self.theme_list.font())
        list_font.setPointSizeF(list_font.pointSizeF() * 1.15)
        self.theme_list.setFont(list_font)
        self.theme_list.itemChanged.connect(self._item_changed)
        self.theme_list.currentRowChanged.connect(lambda _: self._show_description())
        self.description = QLabel("")
        self.description.setWordWrap(True)
        self.new_theme = QLineEdit()
        self.new_theme.setPlaceholderText(self.tr("A new theme"))
        self.new_theme.setAccessibleName(self.tr("Name of a new theme"))
        self.new_theme.returnPressed.connect(self.add_theme)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_theme)
        adding = QHBoxLayout()
        adding.addWidget(self.new_theme, 1)
        adding.addWidget(add)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self.rename_theme)
        self.describe_button = QPushButton(self.tr("Describe…"))
        self.describe_button.clicked.connect(self.describe_theme)
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.merge_button.clicked.connect(self.merge_theme)
        editing = QHBoxLayout()
        for button in (self.rename_button, self.describe_button, self.merge_button):
            editing.addWidget(button)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Themes (press 1 to 9 to give or take one away)")))
        right.addWidget(self.theme_list, 1)
        right.addWidget(self.description)
        right.addLayout(adding)
        right.addLayout(editing)

        middle = QHBoxLayout()
        middle.setSpacing(16)
        middle.addLayout(left, 3)
        middle.addLayout(right, 2)

        self.progress = QLabel("")
        self.agreement_button = QPushButton(self.tr("Agreement between coders…"))
        self.agreement_button.clicked.connect(self.show_agreement)
        self.quotes_button = QPushButton(self.tr("Quotes…"))
        self.quotes_button.clicked.connect(self.show_quotes)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.quotes_button)
        bottom.addWidget(self.agreement_button)
        bottom.addWidget(close)

        self.empty = QLabel(
            self.tr(
                "This questionnaire has no question answered in words, so there is nothing to code."
            )
        )
        self.empty.setObjectName("empty")
        self.empty.hide()
        self.left_out = QLabel("")
        self.left_out.setWordWrap(True)
        self.left_out.setAccessibleName(self.tr("Questions not offered for coding"))
        self.left_out.hide()
        # The note, the answer and the themes scroll when a small screen (150%) has no room
        # for the whole answer; the question and the buttons at the bottom stay in sight.
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(12)
        page_layout.addWidget(self.empty)
        page_layout.addLayout(middle, 1)
        page_layout.addWidget(self.left_out)  # below: the answer comes first
        self.page_area = scrolling(page)
        self.page_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Room for a few themes even when the answer is long.
        self.theme_list.setMinimumHeight(4 * self.theme_list.fontMetrics().lineSpacing() + 24)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.page_area, 1)
        layout.addLayout(bottom)

        for number in range(1, 10):
            QShortcut(QKeySequence(str(number)), self, lambda n=number: self.toggle_theme(n - 1))
        QShortcut(QKeySequence("0"), self, self.toggle_not_codable)
        QShortcut(QKeySequence("Right"), self, lambda: self.go(self.position + 1))
        QShortcut(QKeySequence("Left"), self, lambda: self.go(self.position - 1))
        QShortcut(QKeySequence("Return"), self, self._return_pressed)
        QShortcut(QKeySequence("Ctrl+W"), self, self.close)
        # A long answer on a small screen scrolls; the answer keeps the keyboard meanwhile.
        bar = self.page_area.verticalScrollBar()
        for key, step in (
            (Qt.Key.Key_PageDown, bar.SliderAction.SliderPageStepAdd),
            (Qt.Key.Key_PageUp, bar.SliderAction.SliderPageStepSub),
        ):
            QShortcut(QKeySequence(key), self, lambda s=step: bar.triggerAction(s))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)  # as Results and Export
        tasks.changed.connect(self._project_changed)
        self._listening = True
        self.reload()

    # -- loading -------------------------------------------------------------------------------

    @property
    def question(self) -> str:
        return self.question_box.currentData() or ""

    @property
    def coder(self) -> str:
        return " ".join(self.coder_box.text().split())

    def reload(self) -> None:
        database, form_id, question, coder = self.database, self.form_id, self.question, self.coder
        self.tasks.read(
            lambda: ops.load_coding(database, form_id, question, coder), self._show, self._failed
        )

    def _project_changed(self, changes) -> None:
        if changes.counted_interviews and changes.concerns(self.form_id):
            self.reload()

    def _coder_changed(self) -> None:
        if self.data is not None and self.coder != self.data.coder:
            self.position = 0
            self.reload()

    def _show(self, data: ops.CodingData) -> None:
        changed_question = self.data is None or data.question != self.data.question
        self.data = data
        self.question_box.blockSignals(True)
        self.question_box.clear()
        for name, label in data.questions:
            self.question_box.addItem(f"{label} ({name})", name)
        self.question_box.setCurrentIndex(max(0, self.question_box.findData(data.question)))
        self.question_box.blockSignals(False)
        self.empty.setVisible(not data.questions and not data.identifying)
        self.left_out.setText(identifying_sentence(data.identifying))
        self.left_out.setVisible(bool(data.identifying))
        # A second coder codes blind: agreement and quotes both show the main coding.
        self.agreement_button.setVisible(not data.coder)
        self.quotes_button.setVisible(not data.coder)
        if changed_question:
            self.position = 0
        self.position = max(0, min(self.position, len(data.answers) - 1))
        self._show_answer()
        self.loaded.emit()

    def current(self) -> AnswerToCode | None:
        if self.data is None or not self.data.answers:
            return None
        return self.data.answers[self.position]

    def _show_answer(self) -> None:
        data, answer = self.data, self.current()
        assert data is not None
        total = len(data.answers)
        coded = sum(1 for a in data.answers if a.coded)
        whose = (
            self.tr("{coder}'s coding").format(coder=data.coder)
            if data.coder
            else self.tr("the main coding")
        )
        self.progress.setText(
            self.tr("{coded} of %Ln answers coded ({whose}).", "", total).format(
                coded=QLocale().toString(coded), whose=whose
            )
        )
        for button in (self.previous_button, self.next_button, self.next_todo_button):
            button.setEnabled(answer is not None)
        self.not_codable_button.setEnabled(answer is not None)
        if answer is None:
            self.where.setText("")
            if data.questions or not data.identifying:
                nothing = self.tr("Nobody has answered this question in words yet.")
            elif len(data.identifying) == 1:
                nothing = self.tr(
                    "There is nothing to code here: the only question answered in words is "
                    "marked as identifying (see above)."
                )
            else:
                nothing = self.tr(
                    "There is nothing to code here: every question answered in words is marked "
                    "as identifying (see above)."
                )
            self.answer.setText(nothing)
            self.state.setText("")
            self.given.setText("")
        else:
            locale = QLocale()
            parts = [
                self.tr("Answer {number} of {total}").format(
                    number=locale.toString(self.position + 1), total=locale.toString(total)
                )
            ]
            parts.append(answer.site or self.tr("no site"))
            parts.append(answer.interview_date or self.tr("no date"))
            self.where.setText(" · ".join(parts))
            self.answer.setText(answer.text)
            state = "not_codable" if answer.not_codable else "coded" if answer.coded else "todo"
            self.state.setText(QCoreApplication.translate("CodingWindow", STATE_WORDS[state]))
            labels = [t.label for t in data.themes if t.id in answer.themes]
            self.given.setText(
                self.tr("Themes: {themes}").format(themes="; ".join(labels)) if labels else ""
            )
            self.not_codable_button.setChecked(answer.not_codable)
            self.previous_button.setEnabled(self.position > 0)
            self.next_button.setEnabled(self.position < total - 1)
        self._fill_themes(answer)

    def _fill_themes(self, answer: AnswerToCode | None) -> None:
        assert self.data is not None
        row = self.theme_list.currentRow()
        self.theme_list.blockSignals(True)
        self.theme_list.clear()
        for number, theme in enumerate(self.data.themes, start=1):
            key = f"{number}. " if number <= 9 else ""
            count = self.data.counts.get(theme.id, 0)
            item = QListWidgetItem(f"{key}{theme.label}   ({count})")
            item.setData(Qt.ItemDataRole.UserRole, theme.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            given = answer is not None and theme.id in answer.themes
            item.setCheckState(Qt.CheckState.Checked if given else Qt.CheckState.Unchecked)
            if answer is None or answer.not_codable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            self.theme_list.addItem(item)
        self.theme_list.blockSignals(False)
        if self.data.themes:
            self.theme_list.setCurrentRow(max(0, min(row, len(self.data.themes) - 1)))
        has = bool(self.data.themes)
        for button in (self.rename_button, self.describe_button):
            button.setEnabled(has)
        self.merge_button.setEnabled(len(self.data.themes) > 1)
        self.new_theme.setEnabled(bool(self.data.question))
        self._show_description()

    def selected_theme(self) -> ThemeInfo | None:
        row = self.theme_list.currentRow()
        if self.data is None or not 0 <= row < len(self.data.themes):
            return None
        return self.data.themes[row]

    def _show_description(self) -> None:
        theme = self.selected_theme()
        self.description.setText(
            f"{theme.label}: {theme.description}" if theme and theme.description else ""
        )

    # -- moving --------------------------------------------------------------------------------

    def go(self, position: int) -> None:
        if self.data is None or not self.data.answers:
            return
        self.position = max(0, min(position, len(self.data.answers) - 1))
        self._show_answer()

    def _return_pressed(self) -> None:
        # Enter goes to the next answer, except in the boxes where it ends what is typed.
        focused = self.focusWidget()
        if focused is self.new_theme:
            self.add_theme()
        elif focused is self.coder_box:
            self._coder_changed()
            self.answer.setFocus()  # number keys must code, not type into the box
        else:
            self.go(self.position + 1)

    def go_to_next_todo(self) -> None:
        if self.data is None:
            return
        answers = self.data.answers
        for step in range(1, len(answers) + 1):
            index = (self.position + step) % len(answers)
            if not answers[index].coded:
                self.go(index)
                return
        self.progress.setText(self.tr("Every answer is coded."))

    # -- coding --------------------------------------------------------------------------------

    def toggle_theme(self, index: int) -> None:
        answer = self.current()
        if answer is None or self.data is None or not 0 <= index < len(self.data.themes):
            return
        theme_id = self.data.themes[index].id
        themes = set(answer.themes) ^ {theme_id}
        self._save(answer, themes, False)

    def toggle_not_codable(self) -> None:
        answer = self.current()
        if answer is None:
            return
        self._save(answer, set(), not answer.not_codable)

    def _item_changed(self, item: QListWidgetItem) -> None:
        answer = self.current()
        if answer is None:
            return
        theme_id = item.data(Qt.ItemDataRole.UserRole)
        themes = set(answer.themes)
        if item.checkState() == Qt.CheckState.Checked:
            themes.add(theme_id)
        else:
            themes.discard(theme_id)
        self._save(answer, themes, False)

    def _save(self, answer: AnswerToCode, themes: set[int], not_codable: bool) -> None:
        assert self.data is not None
        database, form_id, question, coder = (
            self.database,
            self.form_id,
            self.data.question,
            self.data.coder,
        )
        interview_id = answer.interview_id
        self.tasks.run(
            lambda: ops.code_answer(
                database,
                form_id,
                question,
                interview_id,
                themes,
                not_codable=not_codable,
                coder=coder,
            ),
            None,
            self._failed,
        )

    # -- themes --------------------------------------------------------------------------------

    def add_theme(self) -> None:
        label = " ".join(self.new_theme.text().split())
        if not label or self.data is None or not self.data.question:
            return
        if problem := theme_label_problem(label):
            # Said before anything is sent, and the name is left in the box to be mended.
            QMessageBox.warning(self, self.tr("Themes"), problem)
            self.new_theme.setFocus()
            return
        self.new_theme.clear()
        self.answer.setFocus()  # number keys must code the answer, not type into the box
        database, form_id, question = self.database, self.form_id, self.data.question
        self.tasks.run(
            lambda: ops.add_theme(database, form_id, question, label), None, self._failed
        )

    def rename_theme(self) -> None:
        theme = self.selected_theme()
        if theme is None:
            return
        label, ok = QInputDialog.getText(
            self, self.tr("Rename the theme"), self.tr("New name:"), text=theme.label
        )
        if ok and label.strip():
            database, form_id = self.database, self.form_id
            self.tasks.run(
                lambda: ops.rename_theme(database, form_id, theme.id, label), None, self._failed
            )

    def describe_theme(self) -> None:
        theme = self.selected_theme()
        if theme is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Describe the theme"),
            self.tr("What answers given “{theme}” have in common (shown in the codebook):").format(
                theme=theme.label
            ),
            theme.description,
        )
        if ok:
            database, form_id = self.database, self.form_id
            self.tasks.run(
                lambda: ops.describe_theme(database, form_id, theme.id, text), None, self._failed
            )

    def merge_theme(self) -> None:
        theme = self.selected_theme()
        if theme is None or self.data is None:
            return
        others = [t for t in self.data.themes if t.id != theme.id]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Merge the theme"),
            self.tr(
                "Every answer given “{theme}” gets this theme instead, and “{theme}” is removed:"
            ).format(theme=theme.label),
            [t.label for t in others],
            0,
            False,
        )
        if ok:
            keep = next(t for t in others if t.label == label)
            database, form_id = self.database, self.form_id
            self.tasks.run(
                lambda: ops.merge_themes(database, form_id, keep.id, theme.id), None, self._failed
            )

    def _blind(self) -> bool:
        """True (after saying why) while coding as a second coder, who must not see the
        main coding through agreement or quotes."""
        if self.data is None or not self.data.coder:
            return False
        QMessageBox.information(
            self,
            self.tr("Themes"),
            self.tr(
                "A second coder codes without seeing the main coding, so agreement and quotes "
                "are shown only in the main coding: empty the second coder's name to see them."
            ),
        )
        return True

    def show_agreement(self) -> None:
        from duodesk.gui.themes.agreement_dialog import open_agreement

        if self._blind():
            return
        if self.data is not None and self.data.question:
            open_agreement(self, self.database, self.tasks, self.data)

    def show_quotes(self) -> None:
        from duodesk.gui.themes.quotes_dialog import QuotesDialog

        if self._blind():
            return
        if self.data is not None and self.data.question:
            QuotesDialog(self, self.database, self.tasks, self.form_id, self.data.question).show()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ThemeError):
            QMessageBox.warning(self, self.tr("Themes"), str(error))
            self.reload()
            return
        show_failure(self, error, self.tr("save the coding"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._listening:  # a window can be closed twice (by the person, then the program)
            self.tasks.changed.disconnect(self._project_changed)
            self._listening = False
        super().closeEvent(event)
