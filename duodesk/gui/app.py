"""Starting the window: the log, the application object, the project (and its passphrase if
it has one), and the project's worker, which every window uses and which is stopped (after the
last save has gone through) when the program ends."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from duodesk.gui.main_window import MainWindow
from duodesk.gui.screen_fit import ScreenFitter
from duodesk.gui.style import apply_style
from duodesk.gui.tasks import ProjectWorker
from duodesk.logs import start_logging
from duodesk.storage.database import Database, ProjectError, WrongPassphraseError

MAX_PASSPHRASE_TRIES = 5


def open_project(db: str | None, passphrase: str | None) -> Database | None:
    """Open the project, asking for its passphrase when it is locked; None if the person
    gives up or the project cannot be opened (they have been told why)."""
    for _ in range(MAX_PASSPHRASE_TRIES):
        try:
            return Database.open(db, passphrase=passphrase)
        except WrongPassphraseError as error:
            text, ok = QInputDialog.getText(
                None,
                "This project is locked",
                f"{error}\n\nPassphrase:",
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
            passphrase = text
        except ProjectError as error:
            QMessageBox.critical(None, "DuoDesk cannot open the project", str(error))
            return None
    QMessageBox.critical(None, "DuoDesk", "The passphrase was not right. DuoDesk will close.")
    return None


def run_gui(db: str | None = None, passphrase: str | None = None) -> int:
    start_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("DuoDesk")
    apply_style(app)
    app.installEventFilter(ScreenFitter(app))  # no window opens larger than its screen
    database = open_project(db, passphrase)
    if database is None:
        return 1
    worker = ProjectWorker()
    window = MainWindow(database, worker)
    window.show()
    try:
        return app.exec()
    finally:
        worker.stop()
        database.close()
