"""A finished interview at a glance: every question and its answer, a click to change one.

The first page of a finished interview opened from the Interviews list. Reading needs no
name; the first time a person chooses an answer to change, :func:`ask_corrector` asks who is
correcting (every change is recorded under that name).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.questionnaire import QuestionType
from duodesk.gui.entry.form_view import InterviewFormView
from duodesk.gui.entry.laptop import INTERVIEWER, remembered
from duodesk.gui.entry.question_widgets import choice_text
from duodesk.gui.rows_model import AnyIndex, RowsModel, select_row

NOT_ASKED = QT_TRANSLATE_NOOP("AnswersOverview", "Not asked (skipped)")
NO_ANSWER = QT_TRANSLATE_NOOP("AnswersOverview", "No answer")
CODE_HIDDEN = QT_TRANSLATE_NOOP(
    "AnswersOverview", "Recorded (not shown, to protect the participant)"
)
translate = QCoreApplication.translate


class Column(enum.IntEnum):
    QUESTION = 0
    ANSWER = 1


@dataclass(frozen=True)
class AnswerLine:
    name: str
    question: str
    answer: str
    given: bool = True  # False for "Not asked (skipped)" and "No answer", shown in grey


def answer_lines(view: InterviewFormView) -> list[AnswerLine]:
    """One line per question the interview screen shows, in its order, with the answer as the
    person would read it."""
    questionnaire, language = view.questionnaire, view.language
    lines = []
    for page in view.pages:
        for question, name in zip(page.questions, page.names(), strict=True):
            if not question.type.takes_answer:
                continue
            state = view.state.states[name]
            value = view.answers.get(name)
            if name in view.code_questions and view.code_recorded and value is None:
                shown = translate("AnswersOverview", CODE_HIDDEN)
            elif not state.applicable:
                shown = translate("AnswersOverview", NOT_ASKED)
            elif value is None:
                shown = translate("AnswersOverview", NO_ANSWER)
            elif question.type.is_select:
                chosen = value if isinstance(value, tuple) else (value,)
                choices = questionnaire.choices_for(question)
                by_name = {c.name: c for c in (choices.choices if choices else ())}
                shown = "; ".join(
                    view.engine.fill_in(
                        choice_text(by_name[c], questionnaire, language), view.state, name
                    )
                    if c in by_name
                    else str(c)
                    for c in chosen
                )
            elif question.type is QuestionType.DATE and isinstance(value, date):
                shown = value.strftime("%d/%m/%Y")
            else:
                shown = str(value)
            given = state.applicable and (value is not None or name in view.code_questions)
            lines.append(AnswerLine(name, view._label(name), shown, given))
    return lines


class AnswersModel(RowsModel):
    """The answers of one interview, a line per question (rows: AnswerLine)."""

    columns = Column

    def row_at(self, row: int) -> AnswerLine:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line: AnswerLine | None = self.row_of(index)
        if line is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return line.question if index.column() == Column.QUESTION else line.answer
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("AnswersOverview", "Click (or press Enter) to change this answer")
        if role == Qt.ItemDataRole.ForegroundRole and not line.given:
            return Qt.GlobalColor.darkGray
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            return (
                translate("AnswersOverview", "Question"),
                translate("AnswersOverview", "Answer"),
            )[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


class AnswersOverview(QWidget):
    """The overview page; ``change_asked`` carries the name of the question to change."""

    change_asked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(
            self.tr(
                "Every answer of this interview. To change one, click it (or choose it and "
                "press Enter). Every change is recorded with the name of who made it."
            )
        )
        self.intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("notice")
        self.message.setWordWrap(True)
        self.message.hide()
        self.model = AnswersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Questions and answers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self._chosen)
        self.table.activated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 16)
        layout.addWidget(self.intro)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def show_lines(self, lines: Sequence[AnswerLine]) -> None:
        current = self.table.currentIndex().row()
        self.model.set_rows(lines)
        if self.model.rowCount():
            select_row(self.table, max(0, min(current, self.model.rowCount() - 1)))

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.change_asked.emit(self.model.row_at(index.row()).name)


def ask_corrector(parent: QWidget) -> str | None:
    """Ask "Who is correcting?"; the name, or None when the person would rather only read.

    OK with no name does not go on: the person is told why a name is needed and asked again.
    """
    suggested = remembered(INTERVIEWER)
    while True:
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(translate("AnswersOverview", "Who is correcting?"))
        dialog.setLabelText(
            translate(
                "AnswersOverview",
                "Every change to a finished interview is recorded with the name of who made "
                "it.\nYour name:",
            )
        )
        dialog.setComboBoxEditable(True)
        dialog.setComboBoxItems([suggested] if suggested else [])
        dialog.setOkButtonText(translate("AnswersOverview", "Change answers"))
        dialog.setCancelButtonText(translate("AnswersOverview", "Only read"))
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return None
        name = " ".join(dialog.textValue().split())
        if name:
            return name
        QMessageBox.information(
            parent,
            translate("AnswersOverview", "A name is needed"),
            translate(
                "AnswersOverview",
                "Nothing can be changed without a name, because every change is recorded with "
                "the name of who made it. Type your name, or choose “Only read”.",
            ),
        )
