"""The selected question as the interview screen will show it (the same widgets), and the
"Try the questionnaire" window: a throw-away interview with live skip logic that stores
nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.checks import check_questionnaire
from duodesk.core.questionnaire import Group, Question, Questionnaire, Repeat
from duodesk.gui.entry.form_view import InterviewFormView
from duodesk.gui.entry.grid_widget import LikertGrid
from duodesk.gui.entry.look import ENTRY_STYLE_SHEET
from duodesk.gui.entry.question_widgets import make_question_widget
from duodesk.gui.screen_fit import fit_to_screen
from duodesk.gui.text_size import follow


class QuestionPreview(QScrollArea):
    """Shows one question or grid with the interview screen's own widgets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The pane is narrower than the interview screen: the question and its hint wrap to
        # its width instead of running off its side.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Preview of the question"))
        # Only to look at (Try the questionnaire is for answering): Tab passed through the
        # pane itself, with nothing marked, and into its answer box.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.shown: QWidget | None = None
        self.show_message(self.tr("Choose a question to see it as the interviewer will."))

    def show_message(self, text: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setObjectName("empty")
        self._show(label)

    def show_item(
        self, item: Question | Group | None, questionnaire: Questionnaire, language: str
    ) -> None:
        if item is None:
            self.show_message(self.tr("Choose a question to see it as the interviewer will."))
            return
        try:
            widget = self._widget_for(item, questionnaire, language)
        except (KeyError, ValueError, IndexError):
            widget = None
        if widget is None:
            if isinstance(item, Question) and not item.type.takes_answer:
                self.show_message(
                    self.tr("This is worked out by DuoDesk; the interviewer does not see it.")
                )
            elif isinstance(item, Repeat):
                self.show_message(
                    self.tr(
                        "A repeated section: its questions are asked once for each one, and the "
                        "interviewer adds each one (or the number set is asked)."
                    )
                )
            elif isinstance(item, Group):
                self.show_message(self.tr("A section: its questions are shown one by one."))
            else:
                self.show_message(self.tr("Add the answer options to see this question."))
            return
        box = QWidget()
        follow(box, ENTRY_STYLE_SHEET)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        layout.addStretch(1)
        self._show(box)

    @staticmethod
    def _widget_for(item, questionnaire: Questionnaire, language: str) -> QWidget | None:
        if isinstance(item, Group):
            statements = tuple(c for c in item.children if isinstance(c, Question))
            if not item.is_grid or not statements:
                return None
            grid_list = questionnaire.choice_lists.get(item.grid_list_name() or "")
            if grid_list is None or not grid_list.choices:
                return None
            return LikertGrid(item, statements, questionnaire, language)
        if item.type.is_select:
            choice_list = questionnaire.choices_for(item)
            if choice_list is None or not choice_list.choices:
                return None
        if item.type.is_select or item.type.takes_answer or item.type.value == "note":
            required = item.required.strip().lower() == "yes"
            return make_question_widget(item, questionnaire, language, required=required)
        return None

    def _show(self, widget: QWidget) -> None:
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.shown = widget
        for part in (widget, *widget.findChildren(QWidget)):
            part.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        widget.setMinimumWidth(1)  # the pane's width, not the widest option's, sets the wrap
        self.setWidget(widget)
        self._wrap_options()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._wrap_options()

    def _wrap_options(self) -> None:
        """Break the answer options' words onto lines as wide as the pane: a button does
        not wrap its text, and "Less than 10 minutes" was cut to "Less than 10 minu"."""
        if self.shown is None:
            return
        for button in self.shown.findChildren(QAbstractButton, "choice"):
            whole = button.property("preview_whole")
            if not isinstance(whole, str) or button.text().replace("\n", " ") != whole:
                whole = button.text()  # first seen, or the widget wrote a new text since
            button.setProperty("preview_whole", whole)
            room = self.viewport().width() - INDICATOR_ROOM
            wrapped = wrap_to_width(whole, button.fontMetrics(), room)
            if wrapped != button.text():
                button.setText(wrapped)


# What a radio button or check box takes beside its text: the circle, gaps, the page margins.
INDICATOR_ROOM = 80


def wrap_to_width(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` with line breaks between words so that no line is wider than ``width``."""
    lines: list[str] = []
    for word in text.replace("\n", " ").split(" "):
        # (an empty word is one of the spaces after the key's number: it stays on its line)
        if lines and (not word or metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width):
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


class TryDialog(QDialog):
    """A practice interview: every answer re-runs the skip logic; nothing is stored."""

    def __init__(self, questionnaire: Questionnaire, language: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Trying “{title}” (nothing is saved)").format(title=questionnaire.title)
        )
        fit_to_screen(self, (1100, 720))
        note = QLabel(
            self.tr(
                "This is a practice run: answer as a participant would. Nothing you type here "
                "is saved. Close this window to go back to the designer."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("empty")
        self.form = InterviewFormView(
            questionnaire,
            language=language,
            on_finish=lambda _state: self.accept(),
            finish_text=self.tr("Finish (nothing is saved)"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.form, 1)


def problems_before_trying(questionnaire: Questionnaire) -> list[str]:
    """What stops the form running at all (an empty list when it can be tried)."""
    return [str(problem) for problem in check_questionnaire(questionnaire)]
