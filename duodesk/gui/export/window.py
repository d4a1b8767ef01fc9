"""The Export screen: choose the interviews, how safe the file must be, its type and name; the
export runs on the background worker with a progress bar and a Cancel button.

The file is written under a temporary name and renamed only when complete (see
:mod:`duodesk.exports.files`), so Cancel or a failure leaves nothing half-written.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from duodesk.analysis import AnalysisCancelled, AnalysisError
from duodesk.exports.disclosure import DEFAULT_THRESHOLD, DisclosureRule
from duodesk.exports.export import ExportReport, export, record_export
from duodesk.exports.layout import ExportFormat, ExportOptions
from duodesk.gui.direction import own_direction
from duodesk.gui.failures import show_failure
from duodesk.gui.results import operations as results_operations
from duodesk.gui.results.subset_bar import SubsetBar
from duodesk.gui.screen_fit import fit_to_screen, scrolling
from duodesk.gui.tasks import ProjectWorker
from duodesk.logs import where_details_are
from duodesk.storage.database import Database
from duodesk.storage.disclosure_policy import required_threshold


class _Progress(QObject):
    """Lives in the GUI thread; the worker emits, the bar updates (queued across threads)."""

    changed = Signal(float)


CLOSE, CANCEL = (
    QT_TRANSLATE_NOOP("ExportWindow", "Close"),
    QT_TRANSLATE_NOOP("ExportWindow", "Cancel"),
)
INTERVIEW_DATA_WARNING = QT_TRANSLATE_NOOP(
    "ExportWindow",
    "A row per interview can identify the person interviewed in a small survey (the site, "
    "the date, sex and age are often enough), even without names. Keep that file within the "
    "group; the summary workbook is the one to pass on.",
)
REPORT_CHOICE = QT_TRANSLATE_NOOP("ExportWindow", "Findings report (Word)")
REPORT_NOTE = QT_TRANSLATE_NOOP(
    "ExportWindow",
    "A draft for the group to edit: how the survey was done, a sentence per question, the "
    "tables and charts, and an annex of every result. Its numbers are the workbook's, small "
    "numbers hidden the same way; it has no row per interview.",
)
INTERVIEW_LEVEL_NOTE = QT_TRANSLATE_NOOP(
    "ExportWindow",
    "This file has one row per interview: in a small survey a row can identify the person "
    "interviewed. Keep it within the group; give the health board the workbook instead.",
)


def load_required_threshold(database: Database) -> int | None:
    """The lowest threshold the project allows (runs on the worker)."""
    with database.read_session() as session:
        return required_threshold(session)


class ExportWindow(QWidget):
    finished = Signal(object)  # the ExportReport, or None when cancelled or failed
    policy_loaded = Signal(object)  # the project's required threshold, or None

    def __init__(
        self, database: Database, form_id: str, title: str, *, tasks: ProjectWorker | None = None
    ) -> None:
        super().__init__()
        self.database, self.form_id = database, form_id
        self._own_worker = tasks is None  # shown on its own (a preview): nothing else uses it
        self.tasks = tasks if tasks is not None else ProjectWorker(self)
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self.setWindowTitle(self.tr("Export: {title}").format(title=title))
        fit_to_screen(self, (1100, 700))

        heading = QLabel(self.tr("Export “{title}”").format(title=own_direction(title)))
        heading.setObjectName("heading")
        heading.setWordWrap(True)

        self.subset_bar = SubsetBar()
        who = QGroupBox(self.tr("Which interviews"))
        QVBoxLayout(who).addWidget(self.subset_bar)

        self.hide_small = QCheckBox(self.tr("Hide small numbers, from 1 to"))
        self.hide_small.setChecked(True)
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 9)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.threshold.setAccessibleName(self.tr("Hide numbers up to"))
        self.hide_small.toggled.connect(self.threshold.setEnabled)
        self.deidentified = QCheckBox(
            self.tr(
                "De-identified: leave out written answers, locations, identifying questions "
                "and interviewer names"
            )
        )
        self.deidentified.setChecked(True)
        self.required_note = _note("")
        self.required_note.hide()
        self.interview_data = QCheckBox(
            self.tr("Also save one row per interview, in a separate file (…-interviews.xlsx)")
        )
        self.interview_data.setChecked(False)
        self.interview_data_warning = _note(self.tr(INTERVIEW_DATA_WARNING))
        self.interview_data.toggled.connect(self.interview_data_warning.setVisible)
        self.interview_data_warning.hide()
        safety = QGroupBox(self.tr("Keeping people safe"))
        safety_layout = QVBoxLayout(safety)
        row = QHBoxLayout()
        row.addWidget(self.hide_small)
        row.addWidget(self.threshold)
        row.addStretch(1)
        safety_layout.addLayout(row)
        safety_layout.addWidget(self.required_note)
        safety_layout.addWidget(self.deidentified)
        safety_layout.addWidget(self.interview_data)
        safety_layout.addWidget(self.interview_data_warning)
        safety_layout.addWidget(
            _note(
                self.tr(
                    "The participant code is never exported. For a file that leaves the group, "
                    "keep small numbers hidden and the data de-identified, and leave out the "
                    "rows per interview."
                )
            )
        )

        self.labels = QRadioButton(self.tr("Labels (easier to read)"))
        self.codes = QRadioButton(self.tr("Codes"))
        self.labels.setChecked(True)
        self.answers_group = QButtonGroup(self)
        self.format_buttons: dict[ExportFormat, QRadioButton] = {}
        self.format_group = QButtonGroup(self)
        answers = QHBoxLayout()
        answers.addWidget(QLabel(self.tr("Answers as:")))
        for button in (self.labels, self.codes):
            self.answers_group.addButton(button)
            answers.addWidget(button)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of questions and answers"))
        self.language_label = QLabel(self.tr("&Language:"))
        self.language_label.setBuddy(self.language)
        answers.addSpacing(24)
        answers.addWidget(self.language_label)
        answers.addWidget(self.language)
        answers.addStretch(1)
        self._show_languages(())
        # One kind of file a line: side by side they made the window wider than a laptop screen.
        kinds = QVBoxLayout()
        kinds.setSpacing(4)
        kinds.addWidget(QLabel(self.tr("File:")))
        for kind in ExportFormat:
            button = QRadioButton(kind.description)
            self.format_group.addButton(button)
            self.format_buttons[kind] = button
            button.toggled.connect(self._format_changed)
            kinds.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)  # a click anywhere on it counts
        # The findings report is not a data file: a Word draft of the report (and a PDF of it),
        # from the same numbers as the workbook, small numbers hidden the same way.
        self.report_button = QRadioButton(self.tr(REPORT_CHOICE))
        self.format_group.addButton(self.report_button)
        self.report_button.toggled.connect(self._format_changed)
        kinds.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.report_pdf = QCheckBox(self.tr("Also save it as a PDF (A4), beside the Word document"))
        self.report_pdf.setChecked(True)
        self.group_name = QLineEdit()
        self.group_name.setAccessibleName(self.tr("The group's name, for the title page"))
        self.group_name.setPlaceholderText(self.tr("e.g. Glasgow Involvement Group"))
        self.report_options = QWidget()
        report_layout = QVBoxLayout(self.report_options)
        report_layout.setContentsMargins(0, 0, 0, 0)
        group_row = QHBoxLayout()
        group_row.addWidget(QLabel(self.tr("The group's name (for the title page):")))
        group_row.addWidget(self.group_name, 1)
        report_layout.addLayout(group_row)
        report_layout.addWidget(self.report_pdf)
        report_layout.addWidget(_note(self.tr(REPORT_NOTE)))
        self.report_options.hide()
        self.path_edit = QLineEdit(str(Path.home() / f"{form_id}.xlsx"))
        self.path_edit.setAccessibleName(self.tr("Save the file as"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose where to save the file"))
        self.choose_button.clicked.connect(self.choose_path)
        where = QHBoxLayout()
        save_as = QLabel(self.tr("Save &as:"))
        save_as.setBuddy(self.path_edit)
        where.addWidget(save_as)
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.choose_button)
        output = QGroupBox(self.tr("The file"))
        output_layout = QVBoxLayout(output)
        output_layout.addLayout(kinds)
        self.interview_level_note = _note(self.tr(INTERVIEW_LEVEL_NOTE))
        self.interview_level_note.hide()
        output_layout.addWidget(self.interview_level_note)
        output_layout.addWidget(self.report_options)
        output_layout.addLayout(answers)
        self.format_buttons[ExportFormat.XLSX].setChecked(True)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.hide()  # until an export starts: no empty line between Save as and Export
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        # "Close" while nothing runs (a greyed Cancel said nothing), "Cancel" during an export.
        self.cancel_button = QPushButton(self.tr(CLOSE))
        self.cancel_button.setAccessibleName(self.tr("Close the export window"))
        self.cancel_button.clicked.connect(self._cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        options = QWidget()
        options_layout = QVBoxLayout(options)
        options_layout.setContentsMargins(0, 0, 0, 0)
        options_layout.setSpacing(12)
        options_layout.addWidget(who)
        options_layout.addWidget(safety)
        options_layout.addWidget(output)
        options_layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(scrolling(options), 1)  # Export and Cancel stay on a small screen
        layout.addLayout(where)  # where the file goes is always in sight, by the buttons
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._progress.changed.connect(lambda f: self.progress.setValue(round(100 * f)))
        self.required: int | None = None
        self.tasks.read(
            lambda: results_operations.load_results_setup(database, form_id),
            self._setup_loaded,
            self._failed,
        )
        self.tasks.read(lambda: load_required_threshold(database), self.set_required, self._failed)
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")):
            QShortcut(keys, self, self.close)

    def _setup_loaded(self, setup: results_operations.ResultsSetup) -> None:
        self.subset_bar.set_setup(setup)
        self._show_languages(setup.languages)

    def _show_languages(self, languages: tuple[str, ...]) -> None:
        """The questionnaire's languages, its default first; hidden for a one-language form."""
        self.language.clear()
        self.language.addItems(list(languages))
        self.language.setVisible(bool(languages))
        self.language_label.setVisible(bool(languages))

    # -- choices --------------------------------------------------------------------------

    def set_required(self, required: int | None) -> None:
        """The project requires hiding numbers up to ``required``: offer nothing less."""
        self.required = required
        if required is not None:
            self.threshold.setMinimum(required)
            self.threshold.setValue(max(self.threshold.value(), required))
            self.hide_small.setChecked(True)
            self.hide_small.setEnabled(False)
            self.threshold.setEnabled(True)
            self.required_note.setText(
                self.tr(
                    "This project requires numbers from 1 to {required} to be hidden in every "
                    "workbook: you can hide more, not fewer."
                ).format(required=required)
            )
            self.required_note.show()
        self.policy_loaded.emit(required)

    def chosen_format(self) -> ExportFormat | None:
        """The data file chosen; None for the findings report."""
        return next((k for k, b in self.format_buttons.items() if b.isChecked()), None)

    def _format_changed(self) -> None:
        path = Path(self.path_edit.text() or f"{self.form_id}.xlsx")
        kind = self.chosen_format()
        report = kind is None
        self.report_options.setVisible(report)
        self.labels.setEnabled(not report)
        self.codes.setEnabled(not report)
        self.path_edit.setText(str(path.with_suffix(".docx" if report else f".{kind.value}")))
        workbook = kind is ExportFormat.XLSX
        # The CSV and .sav files are one row per interview by nature: say so; the choice
        # of adding interview-level data is the workbook's.
        self.interview_level_note.setVisible(not workbook and not report)
        self.interview_data.setEnabled(workbook)
        if not workbook:
            self.interview_data.setChecked(False)

    def choose_path(self) -> None:
        kind = self.chosen_format()
        kinds = f"{kind.description} (*.{kind})" if kind else self.tr("Word document (*.docx)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the export as"), self.path_edit.text(), kinds
        )
        if path:
            self.path_edit.setText(path)

    def options(self) -> ExportOptions:
        return ExportOptions(
            subset=self.subset_bar.subset(),
            disclosure=DisclosureRule(
                enabled=self.hide_small.isChecked(), threshold=self.threshold.value()
            ),
            deidentified=self.deidentified.isChecked(),
            labels=self.labels.isChecked(),
            language=self.language.currentText() or None,
            include_interview_data=self.interview_data.isChecked(),
        )

    # -- running --------------------------------------------------------------------------

    def start(self) -> None:
        path = Path(self.path_edit.text()).expanduser()
        options = self.options()
        self._cancel.clear()
        self._set_running(True)
        self.status.setText(self.tr("Exporting to {file}…").format(file=path.name))
        progress = self._progress.changed.emit
        if self.chosen_format() is None:
            self._start_report(path.with_suffix(".docx"), options, progress)
            return
        self.tasks.read(
            lambda: export(
                self.database,
                self.form_id,
                path,
                options,
                progress=progress,
                cancelled=self._cancel.is_set,
                record=False,  # a write: noted below, on the project's one writer
            ),
            lambda report: self._written(report, options),
            self._failed,
        )

    def _export_on_enter(self) -> None:
        if self.export_button.isEnabled():
            self.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter exports, as the default button does in a dialog (this window is not one, so
        the Export button alone cannot take it): from a box, a tick box or an option. On another
        button Enter presses that button; a combo box's open list keeps its Enter."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            super().keyPressEvent(event)
            return
        focus = self.focusWidget()
        if isinstance(focus, QPushButton) and focus is not self.export_button:
            focus.click()
        else:
            self._export_on_enter()
        event.accept()

    def _cancel_or_close(self) -> None:
        if self.export_button.isEnabled():
            self.close()
        else:
            self.cancel()

    def _start_report(self, path: Path, options: ExportOptions, progress) -> None:
        """Count on the worker; draw the charts here (Qt's charts belong to the GUI thread);
        write the files on the worker."""
        from duodesk.exports.findings import build_findings_report

        pdf = path.with_suffix(".pdf") if self.report_pdf.isChecked() else None
        group = self.group_name.text()

        def write(report) -> None:
            from duodesk.gui.report_render import chart_pictures, write_report_files

            if self._cancel.is_set():
                self._failed(AnalysisCancelled())
                return
            pictures = chart_pictures(report)
            self.tasks.read(
                lambda: write_report_files(
                    self.database,
                    self.form_id,
                    report,
                    options,
                    docx=path,
                    pdf=pdf,
                    pictures=pictures,
                    record=False,  # a write: noted on the project's one writer, below
                ),
                lambda written: self._report_written(written, options, report),
                self._failed,
            )

        self.tasks.read(
            lambda: build_findings_report(
                self.database,
                self.form_id,
                options,
                group_name=group,
                progress=progress,
                cancelled=self._cancel.is_set,
            ),
            write,
            self._failed,
        )

    def _report_written(self, written, options: ExportOptions, report) -> None:
        from duodesk.gui.report_render import record_report

        self.tasks.run(
            lambda: record_report(
                self.database, self.form_id, written, options, report.interviews, report.published
            ),
            lambda _none: self._report_done(written),
            lambda _error: (self._report_done(written), self._say_not_recorded()),
        )

    def _report_done(self, written) -> None:
        self._set_running(False)
        self.status.setText(
            self.tr("Done. {what} Saved in {folder}.").format(
                what=written.describe(), folder=written.docx.parent
            )
        )
        self.finished.emit(written)

    def cancel(self) -> None:
        self._cancel.set()
        self.status.setText(self.tr("Stopping… nothing will be saved."))

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.status.show()  # what the export is doing, and then what it did
        self.progress.setValue(0)
        self.export_button.setEnabled(not running)
        self.cancel_button.setText(self.tr(CANCEL if running else CLOSE))
        self.cancel_button.setAccessibleName(
            self.tr("Stop the export; nothing will be saved")
            if running
            else self.tr("Close the export window")
        )

    def _written(self, report: ExportReport, options: ExportOptions) -> None:
        """The file is written: note it in the project's record, then say it is done."""
        self.tasks.run(
            lambda: record_export(self.database, self.form_id, report, options),
            lambda _none: self._done(report),
            lambda error: self._not_recorded(report, error),
        )

    def _not_recorded(self, report: ExportReport, error: Exception) -> None:
        self._done(report)
        self._say_not_recorded()

    def _say_not_recorded(self) -> None:
        self.status.setText(
            self.status.text()
            + " "
            + self.tr(
                "It could not be noted in the project's record of who did what ({details})."
            ).format(details=where_details_are())
        )

    def _done(self, report: ExportReport) -> None:
        self._set_running(False)
        self.status.setText(
            self.tr("Done. {what} Saved as {file}.").format(
                what=report.describe(), file=report.path
            )
        )
        self.finished.emit(report)

    def _failed(self, error: Exception) -> None:
        self._set_running(False)
        if isinstance(error, AnalysisCancelled):
            self.status.setText(self.tr("The export was cancelled. No file was saved."))
            self.finished.emit(None)
            return
        if isinstance(error, AnalysisError | ValueError | OSError):
            self.status.setText(
                self.tr("The export could not be made: {error}").format(error=error)
            )
        else:
            show_failure(self, error, self.tr("make the export"))
        self.finished.emit(None)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._cancel.set()  # stop a running export (its file is never left half-written)
        if self._own_worker:
            self.tasks.wait()
        super().closeEvent(event)


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("empty")
    return label


if __name__ == "__main__":  # a preview: python -m duodesk.gui.export.window PROJECT FORM_ID
    import sys

    from PySide6.QtWidgets import QApplication

    from duodesk.gui.style import apply_style

    app = QApplication(sys.argv)
    apply_style(app)
    preview = ExportWindow(Database.open(sys.argv[1]), sys.argv[2], sys.argv[2])
    preview.show()
    app.exec()
