"""File > "Send interviews to the team…" and "Add a transfer file…": one dialog for both.

The work runs on the project worker; the dialog shows its progress (a bar fed by a signal from
the worker thread, never by processing events) and, when it is done, what happened in a
sentence. "Stop" asks the work to stop; nothing is written or changed then.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from duodesk.gui.failures import show_failure

if TYPE_CHECKING:  # the storage layer loads with the project, not with the window
    from duodesk.gui import team_operations as ops
    from duodesk.gui.main_window import MainWindow

SEND, READ = "send", "read"
SUFFIX = ".duodesk-transfer"
translate = QCoreApplication.translate


class _Progress(QObject):
    """Lives in the GUI thread; the worker calls :meth:`report`, the bar gets the signal."""

    moved = Signal(int)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._last = -1

    def report(self, fraction: float) -> None:
        percent = int(fraction * 100)
        if percent != self._last:  # a signal per percent, not per chunk
            self._last = percent
            self.moved.emit(percent)


class TransferDialog(QDialog):
    """Send the project to the team (``mode`` SEND) or read a team member's file (READ)."""

    finished_work = Signal(str)  # the sentence shown when the work ended (tests wait for it)

    def __init__(self, window: MainWindow, mode: str) -> None:
        super().__init__(window)
        self.window_ = window
        self.mode = mode
        self.path: Path | None = None
        self.result: ops.Read | ops.Sent | None = None
        self._stop = threading.Event()
        self._progress = _Progress(self)
        sending = mode == SEND
        self.setWindowTitle(
            self.tr("Send interviews to the team") if sending else self.tr("Add a transfer file")
        )
        self.resize(760, 520)

        heading = QLabel(
            self.tr("Send interviews to the team")
            if sending
            else self.tr("Add a team member's transfer file")
        )
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "DuoDesk writes a file you can carry on a USB stick to the coordinator or to "
                "another laptop. It holds the questionnaire, the finished interviews, their "
                "corrections and deletions, locked with the team passphrase: without the "
                "passphrase nobody can read it."
            )
            if sending
            else self.tr(
                "Interviews from the file are added to this project; ones already here are "
                "brought up to date, never added twice. Reading the same file again changes "
                "nothing. Use the team passphrase the file was made with."
            )
        )
        intro.setWordWrap(True)

        form = QFormLayout()
        form.setSpacing(10)
        self.file_label = QLabel(self.tr("No file chosen yet"))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(
            self.tr("Choose where to save…") if sending else self.tr("Choose the file…")
        )
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        form.addRow(self.tr("File:"), file_row)

        self.what = QComboBox()
        self.only_questionnaire = QCheckBox(
            self.tr("Only the questionnaire, no interviews (for laptops joining the team)")
        )
        if sending:
            self.what.addItem(self.tr("Every questionnaire in this project"), None)
            for index in range(window.model.rowCount()):
                row = window.model.row_at(index)
                self.what.addItem(row.title, row.form_id)
            chosen = window.selected_questionnaire()
            if chosen is not None:
                self.what.setCurrentIndex(max(self.what.findData(chosen.form_id), 0))
            self.what.setAccessibleName(self.tr("What to send"))
            form.addRow(self.tr("Send:"), self.what)
            form.addRow("", self.only_questionnaire)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Team passphrase"))
        self.passphrase.textChanged.connect(self._update)
        form.addRow(self.tr("Team passphrase:"), self.passphrase)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Team passphrase again"))
        self.again.textChanged.connect(self._update)
        if sending:
            form.addRow(self.tr("Type it again:"), self.again)

        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.hide()
        self._progress.moved.connect(self.bar.setValue)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("result")
        self.message.setStyleSheet("font-weight: 600;")
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.start_button = QPushButton(
            self.tr("Write the file") if sending else self.tr("Add the interviews")
        )
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self._stop.set)
        self.stop_button.hide()
        self.duplicates_button = QPushButton(self.tr("Review possible duplicates…"))
        self.duplicates_button.clicked.connect(self._review_duplicates)
        self.duplicates_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.duplicates_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.message, 1)
        layout.addLayout(buttons)
        self._update()

    # -- choosing ------------------------------------------------------------------------------

    def choose_file(self) -> None:
        if self.mode == SEND:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the transfer file"),
                str(Path.home() / f"interviews{SUFFIX}"),
                self.tr("DuoDesk transfer files (*{suffix})").format(suffix=SUFFIX),
            )
        else:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose a transfer file"),
                str(Path.home()),
                self.tr("DuoDesk transfer files (*{suffix})").format(suffix=SUFFIX)
                + ";;"
                + self.tr("All files (*)"),
            )
        if name:
            self.set_path(Path(name))

    def set_path(self, path: Path) -> None:
        if self.mode == SEND and not path.name.endswith(SUFFIX):
            path = path.with_name(path.name + SUFFIX)
        self.path = path
        self.file_label.setText(str(path))
        self._update()

    def _update(self) -> None:
        ready = self.path is not None and bool(self.passphrase.text())
        if self.mode == SEND:
            ready = ready and self.passphrase.text() == self.again.text()
            not_same = self.tr("The two passphrases are not the same yet.")
            if self.passphrase.text() and self.again.text() and not ready and self.path:
                self.message.setText(not_same)
            elif self.message.text() == not_same:
                self.message.setText("")
        self.start_button.setEnabled(ready)

    # -- the work ------------------------------------------------------------------------------

    def start(self) -> None:
        if self.path is None or not self.start_button.isEnabled():
            return
        path, passphrase, database = self.path, self.passphrase.text(), self.window_.database
        self._stop.clear()
        self.bar.setValue(0)
        self.bar.show()
        self.stop_button.show()
        self.start_button.setEnabled(False)
        self.duplicates_button.hide()
        self.message.setText(
            self.tr("Writing the file…")
            if self.mode == SEND
            else self.tr("Reading the file and adding the interviews…")
        )
        progress, stopped = self._progress.report, self._stop.is_set
        from duodesk.gui import team_operations as ops

        if self.mode == SEND:
            form_id = self.what.currentData()
            interviews = not self.only_questionnaire.isChecked()
            self.window_.tasks.run(
                lambda: ops.send_to_team(
                    database,
                    path,
                    passphrase,
                    form_id=form_id,
                    interviews=interviews,
                    progress=progress,
                    cancelled=stopped,
                ),
                self._done,
                self._failed,
            )
        else:
            self.window_.tasks.run(
                lambda: ops.add_transfer_file(
                    database, path, passphrase, progress=progress, cancelled=stopped
                ),
                self._done,
                self._failed,
            )

    def _done(self, result: ops.Read | ops.Sent) -> None:
        self.result = result
        self._finish(result.report.describe())
        if getattr(result.report, "duplicates", 0):
            self.duplicates_button.show()

    def _failed(self, error: Exception) -> None:
        from duodesk.core.transfer_file import TransferFileError
        from duodesk.storage.team import TeamKeyConflict
        from duodesk.storage.transfer import TransferCancelled

        if isinstance(error, TransferCancelled):
            self._finish(self.tr("Stopped. Nothing was written or changed."))
        elif isinstance(error, TransferFileError | TeamKeyConflict):
            self._finish(str(error))
        elif isinstance(error, OSError) and self.mode == SEND:
            self._finish(
                self.tr("The file could not be written there: {reason}. Nothing was saved.").format(
                    reason=error.strerror
                )
            )
        else:
            self._finish("")
            show_failure(
                self,
                error,
                self.tr("send the interviews") if self.mode == SEND else self.tr("read the file"),
            )

    def _finish(self, sentence: str) -> None:
        self.bar.hide()
        self.stop_button.hide()
        self.message.setText(sentence)
        self._update()
        self.finished_work.emit(sentence)

    def _review_duplicates(self) -> None:
        from duodesk.gui.duplicates_dialog import open_duplicates

        if self.result is not None and self.result.report.questionnaires:
            open_duplicates(self.window_, self.result.report.questionnaires[0])

    def closeEvent(self, event) -> None:
        self._stop.set()  # a transfer still running stops; nothing half-done is kept
        super().closeEvent(event)


def open_transfer(window: MainWindow, mode: str) -> TransferDialog | None:
    from duodesk.core.roles import Permission
    from duodesk.gui.people.access import refused

    if refused(window, Permission.TEAM_TRANSFER):
        return None
    dialog = TransferDialog(window, mode)
    return window.child_windows.open(dialog)


def install(window: MainWindow) -> None:
    """Add the team's actions to the File menu (before Quit)."""
    file_menu = window.menuBar().actions()[0].menu()
    before_quit = file_menu.actions()[-2]  # the line above Quit
    send = QAction(translate("TransferDialog", "&Send interviews to the team…"), window)
    send.triggered.connect(lambda: open_transfer(window, SEND))
    read = QAction(translate("TransferDialog", "Add a &transfer file…"), window)
    read.triggered.connect(lambda: open_transfer(window, READ))
    duplicates = QAction(translate("TransferDialog", "Possible &duplicates across sites…"), window)

    def review() -> None:
        from duodesk.core.roles import Permission
        from duodesk.gui.duplicates_dialog import open_duplicates
        from duodesk.gui.people.access import refused

        if refused(window, Permission.TEAM_TRANSFER):
            return
        chosen = window.selected_questionnaire()
        if chosen is None:
            QMessageBox.information(
                window,
                translate("TransferDialog", "Possible duplicates across sites"),
                translate("TransferDialog", "Choose a questionnaire in the list first."),
            )
            return
        open_duplicates(window, chosen.form_id)

    duplicates.triggered.connect(review)
    file_menu.insertSeparator(before_quit)
    for action in (send, read, duplicates):
        file_menu.insertAction(before_quit, action)
    window.team_actions = (send, read, duplicates)  # type: ignore[attr-defined]
