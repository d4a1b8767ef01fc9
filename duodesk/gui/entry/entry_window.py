"""The interview window: the page view, with every answer saved to the project as it is given.

Saving runs on the background worker (in order, so the last answer given is the last saved);
the screen never waits for it. Closing the window keeps the draft; finishing marks the
interview complete in one transaction. Opened on a finished interview, the same window
corrects it, and every change is recorded (who, when, question, old and new value).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.engine import FormState
from duodesk.core.questionnaire import QuestionType
from duodesk.core.records import AnswerStatus
from duodesk.gui import entry_operations as ops
from duodesk.gui.entry.duplicate_banner import DuplicateBanner, readable_date
from duodesk.gui.entry.form_view import FormChange, InterviewFormView
from duodesk.gui.entry.laptop import device_id
from duodesk.gui.entry.question_widgets import label_text
from duodesk.gui.tasks import TaskRunner
from duodesk.storage.corrections import Correction
from duodesk.storage.database import Database
from duodesk.storage.drafts import OpenedInterview
from duodesk.storage.models import InterviewStatus


class InterviewWindow(QWidget):
    saved = Signal()  # after each save reaches the project
    interview_finished = Signal(int)  # the interview id
    closed = Signal()

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        opened: OpenedInterview,
        *,
        corrected_by: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.database = database
        self.tasks = tasks
        self.opened = opened
        self.correcting = opened.status is InterviewStatus.COMPLETE
        self.corrected_by = corrected_by
        self.pending_saves = 0
        self.finishing = False
        questionnaire = opened.version.questionnaire
        self.code_names = tuple(questionnaire.settings.participant_code)
        self.setWindowTitle(f"Interview: {questionnaire.title} – DuoDesk")
        self.resize(1280, 760)

        new = not opened.records and not self.correcting
        self.view = InterviewFormView(
            questionnaire,
            answers=None if new else opened.answers,
            # A correction reports only what the person changes from here on.
            saved_records=None if self.correcting else {} if new else opened.records,
            current_question=opened.current_question,
            on_change=self._save,
            on_finish=self._finish,
            code_recorded=opened.code_recorded,
            finish_text="Save the corrections" if self.correcting else "Finish the interview",
            metadata={
                QuestionType.DEVICEID: device_id(),
                QuestionType.USERNAME: opened.interviewer,
            },
        )
        self.duplicate_banner = DuplicateBanner()
        self.view.add_banner(self.duplicate_banner)
        self.error_label = QLabel()
        self.error_label.setObjectName("questionError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.view.add_banner(self.error_label)

        details = " · ".join(
            part
            for part in (
                opened.interviewer and f"Interviewer: {opened.interviewer}",
                opened.site and f"Site: {opened.site}",
                readable_date(opened.interview_date),
            )
            if part
        )
        self.details_label = QLabel(details)
        self.details_label.setObjectName("progress")
        self.close_button = QPushButton("Save and close")
        self.close_button.setAccessibleName("Close the interview; everything given so far is kept")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        top = QHBoxLayout()
        top.setContentsMargins(24, 12, 24, 0)
        top.addWidget(self.details_label, 1)
        top.addWidget(self.close_button)
        self.corrections_label = QLabel()
        self.corrections_label.setWordWrap(True)
        self.corrections_label.setObjectName("notice")
        self.corrections_label.setVisible(self.correcting)

        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        if self.correcting:
            corrections = QHBoxLayout()
            corrections.setContentsMargins(24, 0, 24, 0)
            corrections.addWidget(self.corrections_label)
            column.addLayout(corrections)
        column.addWidget(self.view, 1)
        self.done_page = self._build_done_page()
        self.stack = QStackedWidget()
        self.stack.addWidget(page)
        self.stack.addWidget(self.done_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        QShortcut(QKeySequence("Ctrl+W"), self, self.close)
        if self.correcting:
            self._show_corrections(())
            self.tasks.run(
                lambda: ops.list_corrections(self.database, self.opened.interview_id),
                self._show_corrections,
            )
        else:
            self.view.flush()  # the first save brings the draft up to date (statuses, position)

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        self.done_label = QLabel()
        self.done_label.setObjectName("questionLabel")
        self.done_label.setStyleSheet("font-size: 17pt; font-weight: 600;")
        self.done_label.setWordWrap(True)
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_button = QPushButton("Close")
        self.done_button.setMinimumSize(220, 52)
        self.done_button.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.done_button)
        row.addStretch(1)
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addWidget(self.done_label)
        column.addSpacing(24)
        column.addLayout(row)
        column.addStretch(2)
        return page

    # -- saving ----------------------------------------------------------------------------------

    def _save(self, change: FormChange) -> None:
        nothing_new = not change.records and not change.attachments
        if nothing_new and change.code_elements is None and not self._moved(change):
            return
        self._last_position = change.current_question
        self.pending_saves += 1
        interview_id = self.opened.interview_id
        if self.correcting:
            self.tasks.run(
                lambda: ops.correct_answers(
                    self.database, interview_id, change, self.corrected_by, self.code_names
                ),
                self._corrected,
                self._save_failed,
            )
        else:
            self.tasks.run(
                lambda: ops.save_answers(self.database, interview_id, change, self.code_names),
                self._saved,
                self._save_failed,
            )

    def _moved(self, change: FormChange) -> bool:
        return change.current_question != getattr(self, "_last_position", None)

    def _saved(self, outcome: ops.SaveOutcome) -> None:
        self.pending_saves -= 1
        self.error_label.hide()
        if outcome.duplicates is not None:
            self.duplicate_banner.show_duplicates(outcome.duplicates)
        self.saved.emit()

    def _corrected(self, result: tuple[tuple[Correction, ...], ops.SaveOutcome]) -> None:
        made, outcome = result
        if made:
            self._corrections = (*getattr(self, "_corrections", ()), *made)
            self._show_corrections(self._corrections)
        self._saved(outcome)

    def _show_corrections(self, corrections: Sequence[Correction]) -> None:
        self._corrections = tuple(corrections)
        questionnaire = self.opened.version.questionnaire
        lines = ["<b>Correcting a finished interview.</b> Every change is recorded."]
        for c in self._corrections[-5:]:
            try:
                asked = questionnaire.question(c.question)
                question = label_text(asked, questionnaire, self.view.language)
            except KeyError:
                question = c.question
            when = c.corrected_at.strftime("%d/%m/%Y %H:%M")
            old = _shown(c.old_status, c.old_value)
            new = _shown(c.new_status, c.new_value)
            who = f", {c.corrected_by}" if c.corrected_by else ""
            lines.append(f"{when}{who}: “{_escape(question)}” {_escape(old)} → {_escape(new)}")
        if len(self._corrections) > 5:
            lines.insert(1, f"{len(self._corrections)} corrections so far; the latest:")
        self.corrections_label.setText("<br>".join(lines))

    def _save_failed(self, error: Exception) -> None:
        self.pending_saves -= 1
        self.finishing = False
        self.error_label.setText(
            "The last answer could not be saved. Answers given before it are safe. "
            f"Try again, or close and reopen the interview. ({error})"
        )
        self.error_label.show()

    def _finish(self, state: FormState) -> None:
        if self.correcting:
            self.view.flush()
            self.done_label.setText("The corrections are saved.")
            self.stack.setCurrentWidget(self.done_page)
            self.done_button.setFocus()
            return
        if self.finishing:
            return  # Enter pressed again while the interview is being finished
        self.finishing = True
        records = self.view.final_records()
        position = self.view.pages[self.view.index].first
        interview_id = self.opened.interview_id
        self.pending_saves += 1
        self.tasks.run(
            lambda: ops.finish_interview(self.database, interview_id, records, position),
            self._finished,
            self._save_failed,
        )

    def _finished(self, interview_id: int) -> None:
        self.pending_saves -= 1
        self.done_label.setText(
            "The interview is finished and saved.\nThank you. You can close this window."
        )
        self.stack.setCurrentWidget(self.done_page)
        self.done_button.setFocus()
        self.interview_finished.emit(interview_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.view.focus_first()  # focus set before the window showed does not stick

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.stack.currentWidget() is not self.done_page:
            self.view.flush()  # a typed answer still waiting for the typing pause
        self.closed.emit()
        super().closeEvent(event)


def _shown(status: int | None, value: str | None) -> str:
    if value is not None:
        return value
    if status == AnswerStatus.NOT_APPLICABLE:
        return "(not asked, skipped)"
    return "(no answer)"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
