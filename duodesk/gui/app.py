"""Starting the window: the application object, the project, the passphrase if it has one."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from duodesk.gui.main_window import MainWindow
from duodesk.gui.style import apply_style
from duodesk.storage.database import (
    Database,
    PasswordNeededError,
    ProjectError,
    WrongPassphraseError,
)

MAX_PASSPHRASE_TRIES = 5


def open_project(db: str | None, passphrase: str | None) -> Database | None:
    """Open the project, asking for its passphrase when it is locked; None if the person
    gives up or the project cannot be opened (they have been told why)."""
    password = None
    for _ in range(MAX_PASSPHRASE_TRIES):
        try:
            return Database.open(db, passphrase=passphrase, daily_backup=True, password=password)
        except PasswordNeededError as error:
            text, ok = QInputDialog.getText(
                None,
                "The server asks for a password",
                f"{error}\n\nPassword:",
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
            password = text
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
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("DuoDesk")
    apply_style(app)
    database = open_project(db, passphrase)
    if database is None:
        return 1
    window = MainWindow(database)
    window.show()
    try:
        return app.exec()
    finally:
        database.close()
