"""Starting the window: the log, the application object, the main window, then the project
(and its passphrase if it has one) and the project's worker, which every window uses and which
is stopped (after the last save has gone through) when the program ends.

The main window is shown before the project is opened: opening it loads the storage layer
(SQLAlchemy, SQLCipher), which takes longer than drawing the window, so it runs on the worker
while the window says "Opening the project…".
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

import duodesk
from duodesk.gui.failures import show_failure
from duodesk.gui.language import start_language
from duodesk.gui.main_window import MainWindow
from duodesk.gui.screen_fit import ScreenFitter
from duodesk.gui.style import apply_style
from duodesk.gui.tasks import ProjectWorker
from duodesk.logs import start_logging
from duodesk.resources import application_icon_file

if TYPE_CHECKING:
    from duodesk.storage.database import Database, PasswordNeededError

MAX_PASSPHRASE_TRIES = 5
translate = QCoreApplication.translate
log = logging.getLogger("duodesk.app")


class ProjectOpening:
    """Opens the project on the worker, asking for its passphrase when it is locked; on
    success the main window shows it, and if the person gives up (or the project cannot be
    opened, which they are told) the program ends."""

    def __init__(self, window: MainWindow, worker: ProjectWorker, db: str | None) -> None:
        self.window, self.worker, self.db = window, worker, db
        self.tries = 0
        self.database: Database | None = None
        self.passphrase: str | None = None
        self.password: str | None = None  # a server user's, when the server asks for one

    def start(self, passphrase: str | None) -> None:
        db, password = self.db, self.password
        self.passphrase = passphrase

        def work() -> Database | Exception:
            from duodesk.storage.database import Database, PasswordNeededError, WrongPassphraseError

            try:
                return Database.open(
                    db, passphrase=passphrase, daily_backup=True, password=password
                )
            except (WrongPassphraseError, PasswordNeededError) as error:
                # Expected (a locked project asks for its passphrase): no failure to log.
                log.info("The project needs a passphrase or password: asking for it")
                return error

        self.worker.run(work, self._opened, self._failed)

    def _opened(self, database: Database | Exception) -> None:
        if isinstance(database, Exception):
            self._failed(database)
            return
        self.database = database
        self.window.set_project(database)

    def _failed(self, error: Exception) -> None:
        from duodesk.storage.database import (
            PasswordNeededError,
            ProjectError,
            WrongPassphraseError,
        )

        if isinstance(error, PasswordNeededError) and self.tries < MAX_PASSPHRASE_TRIES:
            self.tries += 1
            text, ok = QInputDialog.getText(
                self.window,
                translate("ProjectOpening", "Password for the shared project"),
                password_request(error),
                QLineEdit.EchoMode.Password,
            )
            if ok:
                self.password = text
                self.start(self.passphrase)
                return
        elif isinstance(error, WrongPassphraseError) and self.tries < MAX_PASSPHRASE_TRIES:
            self.tries += 1
            text, ok = QInputDialog.getText(
                self.window,
                translate("ProjectOpening", "This project is locked"),
                translate("ProjectOpening", "{reason}\n\nPassphrase:").format(reason=error),
                QLineEdit.EchoMode.Password,
            )
            if ok:
                self.start(text)
                return
        elif isinstance(error, WrongPassphraseError):
            QMessageBox.critical(
                self.window,
                "DuoDesk",
                translate("ProjectOpening", "The passphrase was not right. DuoDesk will close."),
            )
        elif isinstance(error, ProjectError):
            if self._interview_on_this_laptop(error):
                return
            QMessageBox.critical(
                self.window,
                translate("ProjectOpening", "DuoDesk cannot open the project"),
                str(error),
            )
        else:
            show_failure(self.window, error, translate("ProjectOpening", "open the project"))
        self.window.close()

    def _interview_on_this_laptop(self, error: Exception) -> bool:
        """Offer to interview on this laptop when the team's server cannot be reached and
        its questionnaires were kept here; True if the person chose to."""
        from duodesk.storage.away import has_away_project
        from duodesk.storage.database import ServerUnreachableError

        if not isinstance(error, ServerUnreachableError) or not has_away_project(self.db or ""):
            return False
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("ProjectOpening", "The server cannot be reached"),
            f"{error}\n\n"
            + translate(
                "ProjectOpening",
                "You can go on interviewing on this laptop: the interviews are kept here, "
                "locked, and DuoDesk offers to send them to the server once it answers again.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Close,
            self.window,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(
            translate("ProjectOpening", "Interview on this laptop")
        )
        box.button(QMessageBox.StandardButton.Close).setText(
            translate("ProjectOpening", "Close DuoDesk")
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        self.offer = box
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        self.window.server_away.work_on_laptop(self.db, self.password)
        return True


def password_request(error: PasswordNeededError) -> str:
    """What the password box says, in plain words: whose password, for which computer."""
    from duodesk.storage.database import WrongPasswordError

    here = error.host in ("", "this computer") or error.host.startswith("/")
    if isinstance(error, WrongPasswordError):
        first = translate(
            "ProjectOpening",
            "That password was not right (or the user name is not known there). Type it again.",
        )
    elif here and error.user:
        first = translate(
            "ProjectOpening",
            "The shared project on this computer needs the password of the user “{user}”.",
        )
    elif here:
        first = translate(
            "ProjectOpening", "The shared project on this computer needs the password of the user."
        )
    elif error.user:
        first = translate(
            "ProjectOpening",
            "The shared project on {host} needs the password of the user “{user}”.",
        )
    else:
        first = translate(
            "ProjectOpening", "The shared project on {host} needs the password of the user."
        )
    return translate(
        "ProjectOpening",
        "{first}\n\nDuoDesk keeps the password only while the project is open.\n\nPassword:",
    ).format(first=first.format(host=error.host, user=error.user))


def describe_application(app: QApplication) -> None:
    """Name, version and icon, for window titles, task bars and the desktop entry."""
    app.setApplicationName("DuoDesk")
    app.setApplicationVersion(duodesk.__version__)
    app.setDesktopFileName("duodesk")  # packaging/linux/duodesk.desktop
    app.setWindowIcon(QIcon(str(application_icon_file())))


def run_gui(db: str | None = None, passphrase: str | None = None) -> int:
    start_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    describe_application(app)
    apply_style(app)
    start_language(app)  # asked on this laptop's first start
    app.installEventFilter(ScreenFitter(app))  # no window opens larger than its screen
    worker = ProjectWorker()
    window = MainWindow(None, worker)
    window.show()
    opening = ProjectOpening(window, worker, db)
    QTimer.singleShot(0, lambda: opening.start(passphrase))  # once the window is drawn
    try:
        return app.exec()
    finally:
        worker.stop()
        if opening.database is not None:
            opening.database.close()
