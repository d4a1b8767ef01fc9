"""Telling the person that something failed: one sentence, and where the details are.

The details (the traceback) are in the log, written by the project worker when the task failed;
the message on screen never repeats them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from duodesk.logs import where_details_are

FINISH_THIS = QT_TRANSLATE_NOOP("Failure", "finish this")
translate = QCoreApplication.translate


def show_failure(parent: QWidget, error: Exception, doing: str = "") -> None:
    """Tell the person, in a sentence, that something failed and where the details are.

    ``doing`` says what could not be done, in the interface language ("open the project")."""
    from duodesk.core.tabular import InputFileError
    from duodesk.gui.away_mode import server_unreachable
    from duodesk.storage.access import NotAllowed
    from duodesk.storage.code_keys import CodeKeyMissing
    from duodesk.storage.database import is_busy

    doing = doing or translate("Failure", FINISH_THIS)
    if isinstance(error, InputFileError):
        QMessageBox.warning(parent, translate("Failure", "This file cannot be used"), str(error))
        return
    if isinstance(error, NotAllowed):
        QMessageBox.information(parent, translate("AccessHooks", "Not for this role"), str(error))
        return
    if isinstance(error, CodeKeyMissing):
        QMessageBox.warning(
            parent, translate("Failure", "Participant codes cannot be checked here"), str(error)
        )
        return
    if server_unreachable(error):
        QMessageBox.warning(
            parent,
            translate("Failure", "The server does not answer"),
            translate(
                "Failure",
                "DuoDesk could not {doing}: the team's server cannot be reached just now. "
                "Nothing was lost: what was saved before is still there. Try again in a "
                "moment; while the server stays away, the line at the top of the main window "
                "says what can be done meanwhile.",
            ).format(doing=doing),
        )
        return
    if is_busy(error):
        QMessageBox.warning(
            parent,
            translate("Failure", "The project is busy"),
            translate(
                "Failure",
                "Another program has been saving to this project for a long time, so DuoDesk "
                "could not {doing}. Nothing was lost: what was saved before is still there. "
                "Try again when the other program has finished.",
            ).format(doing=doing),
        )
        return
    QMessageBox.critical(
        parent,
        translate("Failure", "Something went wrong"),
        translate(
            "Failure",
            "DuoDesk could not {doing}. Nothing was lost: what was saved before is still "
            "there.\n\n{details}",
        ).format(doing=doing, details=where_details_are()),
    )
