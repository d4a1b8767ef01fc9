"""Questionnaire > "Add interviews from a file…": interviews collected elsewhere, added to the
chosen questionnaire.

The file may come from ODK Collect / ODK Central (CSV, or Central's zip with a CSV per repeat),
KoboToolbox (xlsx or CSV), DuoDesk's own exports or another laptop's CSV. The import is the one
``duodesk import-data`` runs (:func:`duodesk.storage.importer.import_responses`, repeat files
beside the CSV included), run on the project worker so that the window stays alive; the dialog
then shows the same report in the same words. A refused file changes nothing, and the dialog
says why as the command line does, row and column included.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from duodesk.core.roles import Permission
from duodesk.gui.direction import own_direction
from duodesk.gui.failures import show_failure
from duodesk.gui.people.access import refused
from duodesk.gui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from duodesk.gui import operations as ops
    from duodesk.gui.main_window import MainWindow
    from duodesk.storage.questionnaires import QuestionnaireSummary

translate = QCoreApplication.translate


class _RowsRead(QObject):
    """Lives in the GUI thread; the import calls :meth:`report` from the worker, the dialog
    gets the count by signal."""

    moved = Signal(int)

    def report(self, rows: int) -> None:
        self.moved.emit(rows)


class ImportDialog(QDialog):
    """Adds the interviews of ``path`` to ``chosen`` (:meth:`start`) and says what happened."""

    finished_work = Signal(str)  # the report shown when the work ended (tests wait for it)

    def __init__(self, window: MainWindow, chosen: QuestionnaireSummary, path: Path) -> None:
        super().__init__(window)
        self.window_ = window
        self.form_id = chosen.form_id
        self.path = path
        self.result: ops.InterviewsAdded | None = None
        self.refusal: Exception | None = None
        self._stop = threading.Event()
        self._rows = _RowsRead(self)
        self.setWindowTitle(self.tr("Add interviews from a file"))

        self.heading = QLabel(
            self.tr("Adding interviews to “{title}”").format(title=own_direction(chosen.title))
        )
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Interviews already in the project are not added again. If any row has a "
                "problem, nothing is added and every problem is listed here, with its row and "
                "column."
            )
        )
        intro.setWordWrap(True)
        self.file_label = QLabel(str(path))
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # the number of rows is not known until the file is read
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.rows_label = QLabel("")
        self.rows_label.hide()  # shown while rows are being read: no empty line otherwise
        self._rows.moved.connect(self._show_rows)
        self.outcome = QLabel("")
        self.outcome.setObjectName("result")
        self.outcome.setStyleSheet("font-weight: 600;")
        self.outcome.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("What happened"))
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.keep_valid_button = QPushButton(self.tr("Add only the rows without problems"))
        self.keep_valid_button.setToolTip(
            self.tr(
                "Adds the rows without problems and writes the others, with why, to a file "
                "beside this one (its name ends in .rejected.csv)"
            )
        )
        self.keep_valid_button.clicked.connect(lambda: self.start(keep_valid=True))
        self.keep_valid_button.hide()
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self._stop.set)
        self.stop_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_valid_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addWidget(self.file_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.rows_label)
        layout.addWidget(self.outcome)
        layout.addWidget(self.report, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, (820, 560))

    def _show_rows(self, rows: int) -> None:
        self.rows_label.setText(self.tr("{rows} rows read…").format(rows=rows))
        self.rows_label.show()

    def start(self, *, keep_valid: bool = False) -> None:
        """Add the interviews on the project worker; :attr:`finished_work` says how it went."""
        from duodesk.gui import operations as ops

        database, form_id, path = self.window_.database, self.form_id, self.path
        self._stop.clear()
        self.refusal = None
        self.bar.show()
        self.stop_button.show()
        self.keep_valid_button.hide()
        self.rows_label.hide()
        self.outcome.setText(self.tr("Reading the file and adding the interviews…"))
        self.report.setPlainText("")
        rows, stopped = self._rows.report, self._stop.is_set
        self.window_.tasks.run(
            lambda: ops.add_interviews_from_file(
                database,
                form_id,
                path,
                keep_valid=keep_valid,
                progress=rows,
                cancelled=stopped,
            ),
            self._done,
            lambda error: self._failed(error, keep_valid),
        )

    def _done(self, result: ops.InterviewsAdded) -> None:
        self.result = result
        report = result.report
        self.outcome.setText(
            self.tr("The interviews were added.")
            if report.imported
            else self.tr("No new interviews were added.")
        )
        self._finish(report.describe())

    def _failed(self, error: Exception, keep_valid: bool) -> None:
        from duodesk.core.input_files import InputFileError
        from duodesk.storage.access import NotAllowed
        from duodesk.storage.importer import ImportCancelled, ImportRefused

        nothing = self.tr("Nothing was added.")
        if isinstance(error, ImportCancelled):
            self.outcome.setText(self.tr("Stopped. Nothing was added."))
            self._finish("")
        elif isinstance(error, InputFileError | NotAllowed):
            self.refusal = error
            self.outcome.setText(nothing)
            rows = getattr(error, "rejected_rows", 0)
            self.keep_valid_button.setVisible(isinstance(error, ImportRefused) and rows > 0)
            self._finish(str(error))
        elif isinstance(error, OSError):
            self.refusal = error
            self.outcome.setText(nothing)
            # The command line's words (see duodesk.cli._import_data).
            self._finish(
                translate("Command line", "cannot read {path}: {reason}").format(
                    path=self.path, reason=error.strerror
                )
            )
        else:
            self.outcome.setText(nothing)
            self._finish("")
            show_failure(self, error, self.tr("add the interviews"))
        if keep_valid:
            self.keep_valid_button.hide()  # asked already: it would be refused again

    def _finish(self, text: str) -> None:
        self.bar.hide()
        self.stop_button.hide()
        self.rows_label.hide()
        self.report.setPlainText(text)
        self.close_button.setFocus()
        self.finished_work.emit(text)

    def closeEvent(self, event) -> None:
        self._stop.set()  # an import still running stops; nothing of it is stored
        super().closeEvent(event)


def add_interviews_from_file(
    window: MainWindow, chosen: QuestionnaireSummary
) -> ImportDialog | None:
    """Ask for a file of interviews and add them to ``chosen`` (None: refused or no file)."""
    if refused(window, Permission.IMPORT_INTERVIEWS):
        return None
    name, _ = QFileDialog.getOpenFileName(
        window,
        translate("ImportDialog", "Add interviews to “{title}”").format(title=chosen.title),
        str(Path.home()),
        translate("ImportDialog", "Interviews from ODK, KoboToolbox or DuoDesk")
        + " (*.csv *.xlsx *.zip);;"
        + translate("ImportDialog", "All files (*)"),
    )
    if not name:
        return None
    dialog = ImportDialog(window, chosen, Path(name))
    window.child_windows.open(dialog)
    dialog.start()
    return dialog
