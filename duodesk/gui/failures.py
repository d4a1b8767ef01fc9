"""Telling the person that something failed: one sentence, and where the details are.

The details (the traceback) are in the log, written by the project worker when the task failed;
the message on screen never repeats them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from duodesk.logs import where_details_are


def show_failure(parent: QWidget, error: Exception, doing: str = "finish this") -> None:
    """Tell the person, in a sentence, that something failed and where the details are."""
    from duodesk.core.tabular import InputFileError
    from duodesk.storage.access import NotAllowed
    from duodesk.storage.code_keys import CodeKeyMissing
    from duodesk.storage.database import is_busy

    if isinstance(error, InputFileError):
        QMessageBox.warning(parent, "This file cannot be used", str(error))
        return
    if isinstance(error, NotAllowed):
        QMessageBox.information(parent, "Not for this role", str(error))
        return
    if isinstance(error, CodeKeyMissing):
        QMessageBox.warning(parent, "Participant codes cannot be checked here", str(error))
        return
    if is_busy(error):
        QMessageBox.warning(
            parent,
            "The project is busy",
            "Another program has been saving to this project for a long time, so DuoDesk "
            f"could not {doing}. Nothing was lost: what was saved before is still there. Try "
            "again when the other program has finished.",
        )
        return
    QMessageBox.critical(
        parent,
        "Something went wrong",
        f"DuoDesk could not {doing}. Nothing was lost: what was saved before is still "
        f"there.\n\n{where_details_are()}",
    )
