"""What the designer does with files: the paper questionnaire (PDF), saving as an XLSForm and
bringing one in. A part of :class:`~duodesk.gui.designer.window.DesignerWindow`, kept in its
own module."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMessageBox, QWidget

from duodesk.core import form_edits
from duodesk.core.checks import QuestionnaireError
from duodesk.core.questionnaire import Questionnaire
from duodesk.core.tabular import InputFileError
from duodesk.gui.designer import operations
from duodesk.gui.designer.paper_pdf import sheet_numbers, write_paper_pdf
from duodesk.gui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QStatusBar

    from duodesk.gui.designer.document import DesignDocument
    from duodesk.gui.designer.settings_editor import SettingsEditor
    from duodesk.gui.tasks import ProjectWorker


# Wide enough for a number box and its buttons, narrow enough for a 150% laptop screen.
QUESTION_WIDTH = 520


def ask_number(
    parent: QWidget, title: str, question: str, value: int, lowest: int, highest: int
) -> int | None:
    """Ask for a whole number; None on Cancel. Unlike ``QInputDialog.getInt`` the question
    wraps over several lines, so the dialog stays as narrow as the screen allows (a long
    question made it wider than the laptop screen, with OK and Cancel off its edge)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    dialog.setIntRange(lowest, highest)
    dialog.setIntValue(value)
    dialog.setLabelText(question)
    for label in dialog.findChildren(QLabel):
        label.setWordWrap(True)
    fit_to_screen(dialog, (QUESTION_WIDTH, dialog.sizeHint().height()))
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.intValue()


class DesignerFiles:
    """Mixed into the designer window, whose document, worker and status bar it uses."""

    if TYPE_CHECKING:  # provided by DesignerWindow and QMainWindow
        document: DesignDocument
        tasks: ProjectWorker
        settings_editor: SettingsEditor
        form_imported: SignalInstance

        def statusBar(self) -> QStatusBar: ...

        def _cannot_save(self, error: QuestionnaireError) -> None: ...

    def choose_paper_file(self) -> None:
        name = f"{self.document.questionnaire.form_id}.pdf"
        title = QCoreApplication.translate("Designer", "Print on paper")
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), "PDF (*.pdf)")
        if not path:
            return
        copies = ask_number(
            self,
            title,
            QCoreApplication.translate(
                "Designer",
                "How many numbered copies? Each gets its own datasheet number, so a sheet typed "
                "in can be found again (0: one copy with a space to write the number).",
            ),
            0,
            0,
            2000,
        )
        if copies is None:
            return
        first = 1
        if copies:
            first = ask_number(
                self,
                title,
                QCoreApplication.translate("Designer", "Number of the first copy:"),
                1,
                1,
                999_999,
            )
            if first is None:
                return
        self.write_paper(Path(path), copies=copies, first_number=first)

    def write_paper(
        self, path: Path, language: str = "", *, copies: int = 0, first_number: int = 1
    ) -> Path:
        write_paper_pdf(
            self.document.questionnaire,
            path,
            language or self.document.default_language,
            sheet_numbers(copies, first_number),
        )
        self.statusBar().showMessage(
            QCoreApplication.translate("Designer", "The paper questionnaire is in {path}").format(
                path=path
            ),
            15_000,
        )
        return path

    def choose_xlsform_to_export(self) -> None:
        name = f"{self.document.questionnaire.form_id}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Designer", "Save as XLSForm"),
            str(Path.home() / name),
            QCoreApplication.translate("Designer", "XLSForm workbooks (*.xlsx)"),
        )
        if path:
            self.export_xlsform(Path(path))

    def export_xlsform(self, path: Path) -> bool:
        try:
            written = operations.export_xlsform(self.document.questionnaire, path)
        except QuestionnaireError as error:
            self._cannot_save(error)
            return False
        files = [p.name for p in written[1:]]
        if files:
            message = QCoreApplication.translate(
                "Designer", "Saved as an XLSForm in {path}, with {files} next to it"
            ).format(path=path, files=", ".join(files))
        else:
            message = QCoreApplication.translate("Designer", "Saved as an XLSForm in {path}")
            message = message.format(path=path)
        self.statusBar().showMessage(message, 15_000)
        return True

    def choose_xlsform_to_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("Designer", "Bring in an XLSForm"),
            str(Path.home()),
            QCoreApplication.translate("Designer", "XLSForm workbooks (*.xlsx)"),
        )
        if path:
            self.import_xlsform(Path(path))

    def import_xlsform(self, path: Path, files: dict[str, Path] | None = None) -> None:
        """Replace what is in the designer with the form in ``path`` (undoable). The file is
        read on the worker: a large or hostile one can take seconds to check. The
        questionnaire keeps its own short name when it is already stored. ``files``: the
        files it reads choices or data from, chosen elsewhere by the person."""
        self.tasks.read(
            lambda: operations.import_xlsform(path, files),
            lambda imported: self._apply_imported(imported, path),
            self._import_failed,
        )

    def _apply_imported(self, imported: Questionnaire, path: Path) -> None:
        if imported.missing_files:  # asked now; without them the rest can still be designed
            from duodesk.core.external_choices import add_files
            from duodesk.gui.missing_files import ask_for_missing_files

            chosen = ask_for_missing_files(self, imported)
            try:
                imported = add_files(imported, chosen) if chosen else imported
            except (InputFileError, ValueError) as error:
                QMessageBox.warning(
                    self,
                    QCoreApplication.translate("Designer", "This file cannot be used"),
                    str(error),
                )
        if self.settings_editor.form_id_fixed:
            imported = form_edits.set_settings(
                imported, form_id=self.document.questionnaire.form_id
            )
        languages = tuple(lang for lang in imported.languages()) or ("",)
        what = QCoreApplication.translate("Designer", "Bring in {file}").format(file=path.name)
        self.document.apply(imported, what, select=None, languages=languages)
        self.form_imported.emit()

    def _import_failed(self, error: Exception) -> None:
        if not isinstance(error, InputFileError):
            raise error
        QMessageBox.warning(
            self, QCoreApplication.translate("Designer", "This file cannot be used"), str(error)
        )
