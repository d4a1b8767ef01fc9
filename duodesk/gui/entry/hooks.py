"""What interview entry adds to the main window: "Start an interview…", "Interviews…" and
the line of unfinished interviews ("3 unfinished interviews" with Resume… / Discard…)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
)

from duodesk.gui.failures import show_failure

if TYPE_CHECKING:
    from duodesk.gui.entry import operations as ops
    from duodesk.gui.entry.entry_window import InterviewWindow
    from duodesk.gui.interviews.browser import InterviewsWindow
    from duodesk.gui.main_window import MainWindow
    from duodesk.storage.database import Database
    from duodesk.storage.drafts import DraftSummary, OpenedInterview
    from duodesk.storage.questionnaires import QuestionnaireSummary, SaveResult


class EntryHooks(QObject):
    window_opened = Signal(object)  # an InterviewWindow or InterviewsWindow
    drafts_loaded = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tasks = window.tasks
        self.drafts: tuple[DraftSummary, ...] = ()
        # In English: the main window says them in the interface language (see gui/actions.py).
        self.start_button = window.add_questionnaire_button(
            QT_TRANSLATE_NOOP("MainWindow", "Start an interview…"), self.ask_start
        )
        self.browse_button = window.add_questionnaire_button(
            QT_TRANSLATE_NOOP("MainWindow", "Interviews…"), self.browse
        )
        self.drafts_frame = QFrame()
        self.drafts_frame.setObjectName("welcome")
        self.drafts_label = QLabel()
        self.resume_button = QPushButton(
            QCoreApplication.translate("MainWindow", "Resume or discard…")
        )
        self.resume_button.setAccessibleName(self.tr("Resume or discard an unfinished interview"))
        self.resume_button.clicked.connect(self.show_drafts)
        row = QHBoxLayout(self.drafts_frame)
        row.setContentsMargins(16, 8, 16, 8)
        row.addWidget(self.drafts_label, 1)
        row.addWidget(self.resume_button)
        self.drafts_frame.hide()
        layout = window.page_layout
        layout.insertWidget(1, self.drafts_frame)
        window.home_loaded.connect(self.refresh_drafts)

    @property
    def database(self) -> Database:
        return self.window.database

    # -- unfinished interviews -------------------------------------------------------------------

    def refresh_drafts(self) -> None:
        from duodesk.gui.entry import operations as ops

        self.tasks.read(lambda: ops.list_drafts(self.database), self._show_drafts)

    def _show_drafts(self, drafts: tuple[DraftSummary, ...]) -> None:
        own = self.window.access.own_interviews_only
        if own is not None:  # an interviewer resumes only their own
            drafts = tuple(d for d in drafts if d.interviewer == own)
        self.drafts = drafts
        count = len(drafts)
        self.drafts_label.setText(self.tr("%n unfinished interviews", "", count))
        self.drafts_frame.setVisible(bool(count))
        self.drafts_loaded.emit()

    def show_drafts(self) -> None:
        from duodesk.gui.entry import operations as ops

        # Read again: an interview open in its own window has saved answers since the list was
        # read, and the dialog counts them as the Interviews list does.
        self.tasks.read(lambda: ops.list_drafts(self.database), self._open_drafts)

    def _open_drafts(self, drafts: tuple[DraftSummary, ...]) -> None:
        from duodesk.gui.entry.drafts_dialog import DraftsDialog

        self._show_drafts(drafts)
        self.drafts_dialog = dialog = DraftsDialog(
            self.drafts, self.resume, self.discard, self.window
        )
        dialog.finished.connect(lambda _: dialog.deleteLater())
        dialog.open()

    def resume(self, interview_id: int) -> None:
        from duodesk.gui.entry import operations as ops

        if not self._may_open(interview_id):
            return
        self.tasks.read(
            lambda: ops.open_interview(self.database, interview_id),
            self._open_window,
            self._fail,
        )

    def discard(self, interview_id: int) -> None:
        from duodesk.gui.entry import operations as ops

        if not self._may_open(interview_id):
            return
        self.tasks.run(
            lambda: ops.discard_draft(self.database, interview_id),
            None,
            self._fail,
        )

    # -- starting ----------------------------------------------------------------------------------

    def ask_start(self, questionnaire: QuestionnaireSummary) -> None:
        self._load_start(questionnaire.form_id)

    def _load_start(self, form_id: str) -> None:
        from duodesk.gui.entry import operations as ops

        self.tasks.read(
            lambda: ops.load_start_choices(self.database, form_id),
            self._show_start_dialog,
            self._fail,
        )

    def _files_added(self, result: SaveResult, added: dict[str, Path]) -> None:
        self.window.form_files_added_from(result, added)
        self._load_start(result.version.form_id)

    def _show_start_dialog(self, choices: ops.StartChoices) -> None:
        from duodesk.core.roles import Permission
        from duodesk.gui.entry.start_dialog import StartInterviewDialog
        from duodesk.gui.missing_files import ask_for_missing_files

        questionnaire = choices.questionnaire
        if (
            questionnaire is not None
            and questionnaire.missing_files
            and self.window.may(Permission.CHANGE_QUESTIONNAIRES)
        ):
            chosen = ask_for_missing_files(self.window, questionnaire, interview=True)
            if chosen is None:
                return
            if chosen:  # added first; then the dialog, with the questionnaire as it is now
                from duodesk.gui import operations

                self.tasks.run(
                    lambda: operations.add_form_files(self.database, choices.form_id, chosen),
                    lambda result: self._files_added(result, chosen),
                    self.window.form_files_failed,
                )
                return

        dialog = StartInterviewDialog(
            self.database,
            self.tasks,
            choices,
            self.window,
            signed_in=self.window.access.interviewer_name,
        )
        dialog.accepted.connect(lambda: self.start(dialog.details()))
        dialog.finished.connect(lambda _: dialog.deleteLater())
        self.start_dialog = dialog
        dialog.open()

    def start(self, details: ops.InterviewDetails) -> None:
        from dataclasses import replace

        from duodesk.core.roles import Permission
        from duodesk.gui.entry import operations as ops
        from duodesk.gui.people.access import refused

        if refused(self.window, Permission.ENTER_INTERVIEWS):
            return
        name = self.window.access.interviewer_name
        if name is not None:  # the signed-in person is the interviewer, whatever was typed
            details = replace(details, interviewer=name)
        self.tasks.run(
            lambda: ops.start_interview(self.database, details), self._open_window, self._fail
        )

    def _open_window(self, opened: OpenedInterview, corrected_by: str = "") -> InterviewWindow:
        from duodesk.gui.entry.entry_window import InterviewWindow

        interview = InterviewWindow(self.database, self.tasks, opened, corrected_by=corrected_by)
        interview.closed.connect(self._after_interview)
        self.window.child_windows.open(interview)
        self.window_opened.emit(interview)
        return interview

    def _after_interview(self) -> None:
        """Back in the main window after an interview, the keyboard is on "Interviews…": the
        Enter that closed the interview, pressed once or twice more, then opens the list of
        interviews to read, never the start of another interview."""
        if self.browse_button.isEnabled():
            self.browse_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.window.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- browsing ----------------------------------------------------------------------------------

    def browse(self, questionnaire: QuestionnaireSummary | None) -> InterviewsWindow:
        from duodesk.gui.interviews.browser import InterviewsWindow

        form_id = questionnaire.form_id if questionnaire else None
        title = questionnaire.title if questionnaire else ""
        from duodesk.core.roles import Permission

        open_already = self.window.child_windows.bring_up(InterviewsWindow, form_id)
        if open_already is not None:
            return open_already

        browser = InterviewsWindow(
            self.database,
            self.tasks,
            form_id=form_id,
            title=title,
            open_interview=self.open_for_reading,
            interviewer=self.window.access.own_interviews_only,
            may_delete=self.window.may(Permission.DELETE_INTERVIEWS),
        )
        self.window.child_windows.open(browser)
        self.window_opened.emit(browser)
        return browser

    def open_for_reading(self, interview_id: int, corrected_by: str | None = None) -> None:
        """Open an interview. A finished one opens on the list of its answers, to read with no
        name asked; who is correcting is asked when a change is first chosen."""
        from duodesk.gui.entry import operations as ops

        # Whoever is signed in is the one correcting; nobody to ask.
        corrected_by = corrected_by or self.window.access.interviewer_name
        own = self.window.access.own_interviews_only

        def opened(result: OpenedInterview) -> None:
            if own is not None and result.interviewer != own:
                QMessageBox.warning(
                    self.window,
                    "DuoDesk",
                    self.tr("An interviewer can open only their own interviews."),
                )
                return
            self._open_window(result, corrected_by or "")

        self.tasks.read(lambda: ops.open_interview(self.database, interview_id), opened, self._fail)

    def _may_open(self, interview_id: int) -> bool:
        own = self.window.access.own_interviews_only
        if own is None or any(
            d.interview_id == interview_id and d.interviewer == own for d in self.drafts
        ):
            return True
        QMessageBox.warning(
            self.window, "DuoDesk", self.tr("An interviewer can open only their own interviews.")
        )
        return False

    def _fail(self, error: Exception) -> None:
        from duodesk.storage.double_entry import DoubleEntryError

        if self.window.server_away.explains(error):
            return  # the line at the top says the server cannot be reached, and what to do
        if isinstance(error, LookupError):  # the interview or questionnaire is gone meanwhile
            QMessageBox.warning(self.window, "DuoDesk", str(error))
        elif isinstance(error, DoubleEntryError):  # a paper datasheet already entered twice
            QMessageBox.warning(self.window, self.tr("Paper datasheet"), str(error))
        else:
            show_failure(self.window, error)


def install(window: MainWindow) -> EntryHooks:
    return EntryHooks(window)
