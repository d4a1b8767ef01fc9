"""The interview window: the page view, with every answer saved to the project as it is given.

Saving runs on the project worker (in order, so the last answer given is the last saved); the
screen never waits for it, and never says an answer is saved before the worker has confirmed
it. An answer whose save failed stays marked as not saved and is sent again (with the next
answer, and by itself a few seconds later); while another program keeps the project busy the
screen says so. Closing the window keeps the draft; finishing marks the interview complete in
one transaction. Opened on a finished interview, the same window corrects it, and every change
is recorded (who, when, question, old and new value); "The corrections are saved" is shown only
once every one of them is.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.engine import FormEngine, FormState
from duodesk.core.interview_date import interview_date_question
from duodesk.core.questionnaire import Questionnaire, QuestionType, split_key, text_in
from duodesk.core.records import AnswerRecord, AnswerStatus, AttachedFile, FormChange
from duodesk.gui.direction import own_direction
from duodesk.gui.entry import operations as ops
from duodesk.gui.entry.duplicate_banner import DuplicateBanner, readable_date
from duodesk.gui.entry.form_view import InterviewFormView
from duodesk.gui.entry.laptop import device_id, remember_skipped, skipped_for_now
from duodesk.gui.entry.overview import AnswersOverview, answer_lines, ask_corrector
from duodesk.gui.entry.question_widgets import label_text
from duodesk.gui.screen_fit import fit_to_screen
from duodesk.gui.tasks import ProjectWorker
from duodesk.gui.text_size import follow
from duodesk.logs import where_details_are
from duodesk.storage.corrections import Correction
from duodesk.storage.database import Database, is_busy
from duodesk.storage.drafts import OpenedInterview
from duodesk.storage.models import InterviewStatus

RESEND_AFTER_MS = 5_000  # an answer whose save failed is sent again after this long
CLOSE_WAIT_MS = 3_000  # how long closing waits for saves on their way before asking

ALL_SAVED = QT_TRANSLATE_NOOP("InterviewWindow", "Every answer is saved.")
CODE_NOT_KEPT = QT_TRANSLATE_NOOP(
    "InterviewWindow", "Saved; the participant code is kept once all its parts are given."
)
NOT_READABLE = QT_TRANSLATE_NOOP(
    "InterviewWindow", "The answer in the box is not saved yet: put it right first."
)
KEPT_TO_PUT_RIGHT = QT_TRANSLATE_NOOP(
    "InterviewWindow", "Saved for now; an answer must be put right before the end."
)
CODE_INCOMPLETE_AT_FINISH = QT_TRANSLATE_NOOP(
    "InterviewWindow",
    "The participant code is not complete: give its other parts, or clear the parts given, "
    "before finishing (its parts are kept only all together).",
)
CODE_INCOMPLETE_AT_CLOSE = QT_TRANSLATE_NOOP(
    "InterviewWindow",
    "Only part of the participant code is given: its parts are kept only all together, so "
    "they would have to be asked again. Close the window again to close it anyway.",
)
STILL_SAVING_AT_CLOSE = QT_TRANSLATE_NOOP(
    "InterviewWindow",
    "An answer is still being saved. Wait a moment; close the window again to close it anyway.",
)
SAVING = QT_TRANSLATE_NOOP("InterviewWindow", "Saving…")
SLOW_AFTER_MS = 10_000  # a save on its way for this long is said to be slow
SLOW = QT_TRANSLATE_NOOP(
    "InterviewWindow",
    "Still saving: the project is slow to answer. Your answers are kept in this window; keep "
    "it open.",
)
SLOW_ON_SERVER = QT_TRANSLATE_NOOP(
    "InterviewWindow",
    "Still saving: the project is slow to answer (the server may be unreachable). Your answers "
    "are kept in this window; keep it open.",
)
BUSY = QT_TRANSLATE_NOOP(
    "InterviewWindow", "Waiting for another program to finish saving. Your answers are kept here."
)


def _words(text: str) -> str:
    """One of the sentences above, in the interface language."""
    return QCoreApplication.translate("InterviewWindow", text)


class InterviewWindow(QWidget):
    saved = Signal()  # after each save reaches the project
    interview_finished = Signal(int)  # the interview id
    closed = Signal()

    def __init__(
        self,
        database: Database,
        tasks: ProjectWorker,
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
        self.pending_saves = 0  # sent to the worker, not confirmed yet
        self.finishing = False
        self._close_warning: str | None = None  # said once when closing; closing again closes
        # Answers whose save failed, to send again; _sent[question] is the number of the last
        # save that carried the question, so an older failure never overwrites a newer answer.
        self.unsent: dict[str, AnswerRecord] = {}
        self._unsent_code: tuple[str, ...] | None = None
        self._unsent_files: dict[str, AttachedFile] = {}
        self._sent: dict[str, int] = {}
        self._sends = 0
        self._corrections: tuple[Correction, ...] = ()
        self._confirming_corrections = False
        self._resend_timer = QTimer(self, singleShot=True, interval=RESEND_AFTER_MS)
        self._resend_timer.timeout.connect(self.resend)
        self._slow = False  # a save has been on its way for longer than SLOW_AFTER_MS
        self._slow_timer = QTimer(self, singleShot=True, interval=SLOW_AFTER_MS)
        self._slow_timer.timeout.connect(self._saving_is_slow)
        tasks.busy_changed.connect(self._project_busy)
        questionnaire = opened.version.questionnaire
        self.code_names = tuple(questionnaire.settings.participant_code)
        # The interview's own date follows this question, which starts from it.
        self.date_question = interview_date_question(questionnaire)
        self.interview_date = opened.interview_date
        self._date_sent: str | None = opened.interview_date  # what the project has
        self._settling = False  # the answers on screen are being left: see _follow_the_date
        self.setWindowTitle(
            self.tr("Interview: {title} – DuoDesk").format(title=questionnaire.title)
        )
        fit_to_screen(self, (1280, 760))

        new = not opened.records and not self.correcting
        metadata = {
            QuestionType.DEVICEID: device_id(),
            QuestionType.USERNAME: opened.interviewer,
        }
        self.view = InterviewFormView(
            questionnaire,
            answers=_first_answers(questionnaire, opened, metadata) if new else opened.answers,
            # A correction reports only what the person changes from here on.
            saved_records=None if self.correcting else {} if new else opened.records,
            current_question=opened.current_question,
            on_change=self._save,
            on_finish=self._finish,
            code_recorded=opened.code_recorded,
            finish_text=(
                self.tr("Save the corrections")
                if self.correcting
                else self.tr("Finish the interview")
            ),
            metadata=metadata,
        )
        # "Skip for now" is kept with the draft (see _save), so that a resumed interview still
        # lists those questions at Finish, on any laptop; drafts saved before that kept it on
        # the laptop that skipped them.
        # Leaving a page settles its answers: the interview's date may follow its question.
        self.view.page_shown.connect(lambda _first: self._follow_the_date())
        self.view.skipped = [
            name
            for name in opened.skipped_for_now or skipped_for_now(opened.uuid)
            if name in self.view.state.states
        ]
        self._skips_sent = tuple(self.view.skipped) if opened.skipped_for_now else ()
        if not self.correcting:  # kept with the draft at once, not only at the next page
            self.view.skipped_changed.connect(lambda _: self.resend())
        self.duplicate_banner = DuplicateBanner()
        self.view.add_banner(self.duplicate_banner)
        self.error_label = QLabel()
        self.error_label.setObjectName("questionError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.view.add_banner(self.error_label)

        self.details_label = QLabel(self._details())
        self.details_label.setObjectName("progress")
        self.details_label.setWordWrap(True)
        self.save_state = QLabel(_words(ALL_SAVED))
        self.save_state.setObjectName("progress")
        self.save_state.setAccessibleName(self.tr("Whether the answers are saved"))
        self.close_button = QPushButton(self.tr("Save and close"))
        self.close_button.setAccessibleName(
            self.tr("Close the interview; everything given so far is kept")
        )
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        self.view.title_column.addWidget(self.details_label)
        self.save_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.save_state.setWordWrap(True)
        self.view.navigation.middle.addWidget(self.save_state)
        top = self.view.header
        top.addSpacing(16)
        if self.correcting:
            self.overview_button = QPushButton(self.tr("All answers"))
            self.overview_button.setAccessibleName(self.tr("Back to the list of all answers"))
            self.overview_button.setToolTip(
                self.tr("Every question and its answer, to choose another")
            )
            self.overview_button.setAutoDefault(False)
            self.overview_button.clicked.connect(lambda: self.show_overview())
            top.addWidget(self.overview_button)
            self.view.header_buttons.append(self.overview_button)
            # Back to the end without paging through every question: the answers are checked
            # and the corrections confirmed as "Save the corrections" on the last page does.
            self.end_button = QPushButton(self.tr("Done correcting"))
            self.end_button.setObjectName("endButton")
            self.end_button.setAccessibleName(
                self.tr("Done correcting: check the answers and save the corrections")
            )
            self.end_button.setToolTip(
                self.tr("Check every answer and save the corrections, as on the last page")
            )
            self.end_button.clicked.connect(self.done_correcting)
            self.view.navigation.add_button(self.end_button)
        top.addWidget(self.close_button)
        self.view.header_buttons.append(self.close_button)
        self.view.order_tabs()
        self.corrections_label = QLabel()
        self.corrections_label.setWordWrap(True)
        self.corrections_label.setObjectName("notice")
        self.corrections_label.setVisible(self.correcting)

        self.view.add_banner(self.corrections_label)

        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        self.form_page = page
        self.done_page = self._build_done_page()
        self.stack = QStackedWidget()
        self.stack.addWidget(page)
        self.stack.addWidget(self.done_page)
        if self.correcting:  # a finished interview opens on all its answers, to read
            self.overview_page = self._build_overview_page(self._details())
            self.stack.addWidget(self.overview_page)
            self.show_overview()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        QShortcut(QKeySequence("Ctrl+W"), self, self.close)
        if self.correcting:
            self._show_corrections(())
            self.tasks.read(
                lambda: ops.list_corrections(self.database, self.opened.interview_id),
                self._show_corrections,
            )
        else:
            self.view.flush()  # the first save brings the draft up to date (statuses, position)

    def _build_overview_page(self, details: str) -> QWidget:
        page = QWidget()
        number = self.tr("Interview No. {number}").format(number=self.opened.interview_id)
        title = QLabel(f"{number} · {details}" if details else number)
        title.setObjectName("progress")
        title.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close the interview"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        top = QHBoxLayout()
        top.setContentsMargins(24, 12, 24, 0)
        top.addWidget(title, 1)
        top.addWidget(close)
        self.overview = AnswersOverview()
        self.overview.change_asked.connect(self.change_answer)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.overview, 1)
        # Escape closes the list of answers, as it closes every other window (it only reads;
        # on a question's page Escape stays the question's own key).
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), page, self.close)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return page

    def show_overview(self, message: str = "") -> None:
        """The list of every question and its answer, as they stand now."""
        self.overview.show_lines(answer_lines(self.view))
        self.overview.message.setText(message)
        self.overview.message.setVisible(bool(message))
        self.stack.setCurrentWidget(self.overview_page)
        self.overview.table.setFocus()

    def change_answer(self, question: str) -> None:
        """Go to ``question`` to change its answer; the first time, ask who is correcting (and
        stay on the list if the person would rather only read)."""
        if not self.corrected_by:
            name = ask_corrector(self)
            if name is None:
                return
            self.corrected_by = name
        self.view.go_to_question(question)
        self.stack.setCurrentWidget(self.form_page)
        self.view.focus_first()

    def done_correcting(self) -> None:
        """Check every answer and save the corrections, from any page: what "Save the
        corrections" on the last page does (a problem shows at its question)."""
        if self.correcting and self.stack.currentWidget() is self.form_page:
            self.view.finish()

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        self.done_label = QLabel()
        self.done_label.setObjectName("questionLabel")
        follow(self.done_label, "font-size: 17pt; font-weight: 600;")
        self.done_label.setWordWrap(True)
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_button = QPushButton(self.tr("Close"))
        self.done_button.setMinimumSize(220, 52)
        self.done_button.setAutoDefault(True)  # Enter closes the page, as it says
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

    def _details(self) -> str:
        opened = self.opened
        return " · ".join(
            part
            for part in (
                opened.interviewer
                and self.tr("Interviewer: {name}").format(name=own_direction(opened.interviewer)),
                opened.site and self.tr("Site: {site}").format(site=own_direction(opened.site)),
                readable_date(self.interview_date),
            )
            if part
        )

    def _follow_the_date(self) -> None:
        """Give the interview the date its "date of the interview" question holds, once the
        answer is settled (its page is left, the interview finished or the window closed: a
        date half typed, "25/12/20" on the way to 25/12/2026, is not one) and passed the
        question's checks (a date in the future, refused, never becomes the interview's date).
        An answer refused, emptied or skipped leaves the date it had. The top of the window
        says it at once; the next save gives it to the project."""
        answer = (
            None if self.date_question is None else self.view.checked_answer(self.date_question)
        )
        if answer is not None:
            with contextlib.suppress(ValueError):
                day = date.fromisoformat(str(answer)[:10]).isoformat()
                if day != self.interview_date:
                    self.interview_date = day
                    self.details_label.setText(self._details())

    def _date_to_send(self) -> str | None:
        """The interview's date, when the project does not have it yet, else None."""
        return None if self.interview_date == self._date_sent else self.interview_date

    # -- saving ----------------------------------------------------------------------------------

    def _save(self, change: FormChange) -> None:
        # What failed before goes again, unless this change carries a newer answer.
        records = {**self.unsent, **{record.key: record for record in change.records}}
        files = {**self._unsent_files, **{file.question: file for file in change.attachments}}
        code = change.code_elements if change.code_elements is not None else self._unsent_code
        if self.correcting and records and (self._breaks_a_rule() or self.view.unreadable()):
            # A finished interview keeps an answer that breaks its question's rule (an age of
            # 150), or that cannot be read yet (a date half typed), out of the project until
            # it is put right; meanwhile it counts as not saved.
            self.unsent, self._unsent_files, self._unsent_code = records, files, code
            self._show_save_state()
            return
        skips = () if self.correcting else tuple(self.view.skipped)
        new_skips = skips != getattr(self, "_skips_sent", ())
        moved = self._moved(change)
        if self._settling:
            self._follow_the_date()
        day = self._date_to_send()
        if not records and not files and code is None and not moved and not new_skips and not day:
            self._show_save_state()  # what is in the boxes (or a code part) changed
            return
        self._date_sent = self.interview_date
        self._last_position = change.current_question
        self._skips_sent = skips
        self.unsent, self._unsent_code, self._unsent_files = {}, None, {}
        self._resend_timer.stop()
        self._sends += 1
        number = self._sends
        for question in records:
            self._sent[question] = number
        for question in files:
            self._sent[f"file:{question}"] = number
        sent = FormChange(
            tuple(records.values()),
            change.current_question,
            code,
            tuple(files.values()),
            skips,
        )
        self.pending_saves += 1
        self._show_save_state()
        interview_id = self.opened.interview_id
        if self.correcting:
            work = lambda: ops.correct_answers(  # noqa: E731
                self.database,
                interview_id,
                sent,
                self.corrected_by,
                self.code_names,
                day,
            )
        else:
            work = lambda: ops.save_answers(  # noqa: E731
                self.database, interview_id, sent, self.code_names, day
            )
        self.tasks.run(work, self._saved, lambda error: self._save_failed(error, sent, number))

    def _breaks_a_rule(self) -> bool:
        """Whether an answer on screen breaks its question's rule (not a blank: a finished
        interview may hold "no answer" to a required question)."""
        return any(
            state.error is not None and state.value is not None
            for state in self.view.state.states.values()
            if state.applicable
        )

    def resend(self) -> None:
        """Send again the answers whose save failed (also done by itself after a pause)."""
        position = getattr(self, "_last_position", None) or self.view.pages[self.view.index].first
        self._save(FormChange((), position))

    def _settled_flush(self) -> None:
        """Save what is on screen as the person leaves it (the answers are settled)."""
        self._settling = True
        try:
            self.view.flush()
        finally:
            self._settling = False

    def _moved(self, change: FormChange) -> bool:
        return change.current_question != getattr(self, "_last_position", None)

    def _saved(self, outcome: ops.SaveOutcome) -> None:
        self.pending_saves -= 1
        if outcome.corrections:
            self._show_corrections((*self._corrections, *outcome.corrections))
        if outcome.duplicates is not None:
            self.duplicate_banner.show_duplicates(outcome.duplicates)
        if not self.unsent and self._unsent_code is None:
            self.error_label.hide()
        self._show_save_state()
        self.saved.emit()
        self._corrections_confirmed()

    def _save_failed(self, error: Exception, sent: FormChange, number: int) -> None:
        self.pending_saves -= 1
        self.finishing = False
        self._date_sent = None  # sent again with the next save
        for record in sent.records:
            if self._sent.get(record.key) == number:  # not sent again since
                self.unsent.setdefault(record.key, record)
        for file in sent.attachments:
            if self._sent.get(f"file:{file.question}") == number:
                self._unsent_files.setdefault(file.question, file)
        if sent.code_elements is not None and self._unsent_code is None:
            self._unsent_code = sent.code_elements
        self._report_unsaved(error)
        self._show_save_state()
        self._resend_timer.start()
        self._corrections_confirmed()

    def _unsent_count(self) -> int:
        return len(self.unsent) + len(self._unsent_files) + (self._unsent_code is not None)

    def _report_unsaved(self, error: Exception) -> None:
        count = self._unsent_count()
        if not count:
            return
        self.error_label.setText(unsaved_message(count, error, server=not self.database.is_sqlite))
        self.error_label.show()

    def _show_save_state(self) -> None:
        # A save that takes long (a server that stopped answering) is said, not left at
        # "Saving…": the answers stay in the window whatever happens.
        if not self.pending_saves:
            self._slow_timer.stop()
            self._slow = False
        elif not self._slow and not self._slow_timer.isActive():
            self._slow_timer.start()
        count = self._unsent_count()
        if count:
            self.save_state.setText(self.tr("%n answers not saved yet", "", count))
        elif self.pending_saves and self._slow:
            self.save_state.setText(_words(SLOW if self.database.is_sqlite else SLOW_ON_SERVER))
        elif self.pending_saves:
            self.save_state.setText(_words(BUSY if self.tasks.project_busy() else SAVING))
        elif self.view.unreadable():  # "abc" for an age: nothing of it is recorded
            self.save_state.setText(_words(NOT_READABLE))
        elif not self.correcting and self._breaks_a_rule():  # kept in the draft, not finished
            self.save_state.setText(_words(KEPT_TO_PUT_RIGHT))
        elif self.view.code_incomplete():
            self.save_state.setText(_words(CODE_NOT_KEPT))
        else:
            self.save_state.setText(_words(ALL_SAVED))

    def _saving_is_slow(self) -> None:
        if self.pending_saves:
            self._slow = True
            self._show_save_state()

    def _project_busy(self, _busy: bool) -> None:
        self._show_save_state()

    def _corrections_confirmed(self) -> None:
        """Once every correction sent is confirmed, say so; if one failed, stay on the page."""
        if not self._confirming_corrections or self.pending_saves:
            return
        self._confirming_corrections = False
        if self._unsent_count():
            return  # the error is on screen, and the answers will be sent again
        self.show_overview(self.tr("The corrections are saved."))

    def _show_corrections(self, corrections: Sequence[Correction]) -> None:
        self._corrections = tuple(corrections)
        questionnaire = self.opened.version.questionnaire
        lines = [self.tr("<b>Correcting a finished interview.</b> Every change is recorded.")]
        for c in self._corrections[-5:]:
            question = _question_words(questionnaire, c.question, self.view.language)
            when = c.corrected_at.strftime("%d/%m/%Y %H:%M")
            old = _shown(c.old_status, c.old_value)
            new = _shown(c.new_status, c.new_value)
            who = f", {c.corrected_by}" if c.corrected_by else ""
            lines.append(
                f"{when}{html.escape(who)}: “{html.escape(question)}” "
                f"{html.escape(old)} → {html.escape(new)}"
            )
        if len(self._corrections) > 5:
            lines.insert(
                1, self.tr("%n corrections so far; the latest:", "", len(self._corrections))
            )
        self.corrections_label.setText("<br>".join(lines))

    def _finish(self, state: FormState) -> None:
        if self.correcting:
            self._settled_flush()
            if self._unsent_count():
                self.resend()
            self._confirming_corrections = True
            self._corrections_confirmed()
            return
        if self.finishing:
            return  # Enter pressed again while the interview is being finished
        if self.view.code_incomplete():
            # Its parts are kept only as the whole code: finishing now would lose them.
            missing = next(n for n in self.code_names if self.view.answers.get(n) is None)
            self.error_label.setText(_words(CODE_INCOMPLETE_AT_FINISH))
            self.error_label.show()
            self.view.go_to_question(missing)
            return
        self.finishing = True
        if self._unsent_code is not None or self._unsent_files:
            self.resend()  # the participant code's digests and files go first, in their own save
        records = self.view.final_records()
        position = self.view.pages[self.view.index].first
        interview_id = self.opened.interview_id
        self._follow_the_date()
        day = self.interview_date
        self.pending_saves += 1
        self._show_save_state()
        self.tasks.run(
            lambda: ops.finish_interview(self.database, interview_id, records, position, day),
            self._finished,
            self._finish_failed,
        )

    def _finish_failed(self, error: Exception) -> None:
        self.pending_saves -= 1
        self.finishing = False
        if is_busy(error):
            why = self.tr(
                "another program kept the project busy for a long time. Every answer "
                "saved so far is safe; press Finish again."
            )
        elif not self.database.is_sqlite:
            why = self.tr(
                "the server cannot be reached. Every answer saved so far is safe on the "
                "server, and the answers on this screen stay here: keep this window open and "
                "press Finish again when the server is back."
            )
        else:
            why = self.tr(
                "the project could not store it. {details} Every answer saved so "
                "far is safe; press Finish again."
            ).format(details=where_details_are())
        self.error_label.setText(
            self.tr("The interview is not finished yet: {why}").format(why=why)
        )
        self.error_label.show()
        self._show_save_state()

    def _finished(self, finished: ops.Finished) -> None:
        remember_skipped(self.opened.uuid, [])
        self.pending_saves -= 1
        self.unsent = {}  # every record went with the finish
        if not self._unsent_count():
            self._resend_timer.stop()
        self._show_save_state()
        self.done_label.setText(
            self.tr("The interview is finished and saved.\nThank you. You can close this window.")
        )
        self.stack.setCurrentWidget(self.done_page)
        self.done_button.setFocus()
        self.interview_finished.emit(finished.interview_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # focus set before the window showed does not stick
            if self.correcting and self.stack.currentWidget() is self.overview_page:
                self.overview.table.setFocus()
            else:
                self.view.focus_first()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.stack.currentWidget() is not self.done_page:
            self._settled_flush()  # a typed answer still waiting for the typing pause
        self._wait_for_saves(CLOSE_WAIT_MS)
        if self._unsent_count() and not self._ask_close_unsaved():
            event.ignore()
            return
        # Still saving, or a participant code given in part: say so and keep the window open
        # once; closing again closes (no box that blocks everything else).
        warning = None
        if self.pending_saves:
            warning = _words(STILL_SAVING_AT_CLOSE)
        elif self.stack.currentWidget() is not self.done_page and self.view.code_incomplete():
            warning = _words(CODE_INCOMPLETE_AT_CLOSE)
        if warning is not None and self._close_warning != warning:
            self._close_warning = warning
            self.error_label.setText(warning)
            self.error_label.show()
            event.ignore()
            return
        self._resend_timer.stop()
        self.closed.emit()
        super().closeEvent(event)

    def _wait_for_saves(self, msecs: int) -> None:
        """Give the saves on their way a moment to arrive (they usually take milliseconds)."""
        deadline = QDeadlineTimer(msecs)
        while self.pending_saves and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def _ask_close_unsaved(self) -> bool:
        """Whether to close although some answers are not saved (they would be lost)."""
        self.resend()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Some answers are not saved"),
            self.tr(
                "Some answers are not saved yet, and would be lost if the window closed now. "
                "Keep the window open: DuoDesk keeps trying to save them."
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep the window open"))
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("Close and lose them"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.unsaved_prompt = box
        return box.exec() == QMessageBox.StandardButton.Close


def unsaved_message(count: int, error: Exception, *, server: bool) -> str:
    """What happened to answers whose save failed, and what to do: they are kept in this
    window (in its memory, not on the laptop's disk) and sent again by themselves."""
    if is_busy(error):
        why = QCoreApplication.translate(
            "InterviewWindow", "another program has kept the project busy for a long time."
        )
    elif server:
        why = QCoreApplication.translate(
            "InterviewWindow",
            "the server cannot be reached (it may be stopped, or this laptop may have lost "
            "the network).",
        )
    else:
        why = QCoreApplication.translate(
            "InterviewWindow", "the project file could not be written. {details}"
        ).format(details=where_details_are())
    if server:
        said = QCoreApplication.translate(
            "InterviewWindow",
            "%n answers are not saved yet: {why} DuoDesk keeps them in this window and sends "
            "them by itself every few seconds; this line goes away once they are on the "
            "server. Keep this window open until then: closing it would lose them. Answers "
            "saved before are safe on the server.",
            "",
            count,
        )
    else:
        said = QCoreApplication.translate(
            "InterviewWindow",
            "%n answers are not saved yet: {why} DuoDesk keeps them in this window and sends "
            "them by itself every few seconds; this line goes away once they are in the "
            "project. Keep this window open until then: closing it would lose them. Answers "
            "saved before are safe in the project.",
            "",
            count,
        )
    return said.format(why=why)


def _first_answers(
    questionnaire, opened: OpenedInterview, metadata: dict[QuestionType, str]
) -> dict[str, object]:
    """A new interview's answers: the questionnaire's defaults, and the date given at the start
    in the questionnaire's own "date of the interview" question, so the two never disagree."""
    answers = FormEngine(questionnaire).initial_answers(metadata=metadata)
    name = interview_date_question(questionnaire)
    if name is not None and opened.interview_date:
        # An imported interview with a date that is not one leaves the question empty.
        with contextlib.suppress(ValueError):
            answers[name] = date.fromisoformat(opened.interview_date)
    return answers


def _question_words(questionnaire: Questionnaire, name: str, language: str) -> str:
    """How a corrected question is named to a person: its label; a calculation (which has
    none) by its name in words, "age group (worked out)", never "age_group"."""
    try:
        question = questionnaire.question(split_key(name)[0])
    except KeyError:
        return name.replace("_", " ")
    if not question.type.takes_answer and not text_in(question.label, language):
        return QCoreApplication.translate("InterviewWindow", "{name} (worked out)").format(
            name=name.replace("_", " ")
        )
    return label_text(question, questionnaire, language)


def _shown(status: int | None, value: str | None) -> str:
    if value is not None:
        return value
    if status == AnswerStatus.NOT_APPLICABLE:
        return QCoreApplication.translate("InterviewWindow", "(not asked, skipped)")
    return QCoreApplication.translate("InterviewWindow", "(no answer)")
