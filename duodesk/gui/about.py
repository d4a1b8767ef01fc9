"""Help > About: the version, the licence, and where the project file and the log are.

Whoever looks after a laptop needs these three things when something goes wrong, so the paths
can be selected and copied.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMainWindow, QMessageBox

import duodesk
from duodesk.logs import log_folder
from duodesk.resources import application_icon_file

if TYPE_CHECKING:
    from duodesk.storage.database import Database

LICENCE = "GPL-3.0-or-later"


def about_text(database: Database | None) -> str:
    """The about box's text (Qt rich text); paths are escaped, never interpreted."""
    if database is None:
        project = "still opening"
    else:
        backups = (
            "<br>Backups are kept beside it: one a day, and before every upgrade, purge and "
            "restore."
            if database.path is not None
            else ""
        )
        project = f"{html.escape(database.describe())} ({database.protection()}){backups}"
    return (
        f"<p><b>DuoDesk {html.escape(duodesk.__version__)}</b></p>"
        "<p>Surveys by peer researchers, offline: questionnaires, interviews, summary tables "
        "and exports for the health board.</p>"
        f"<p>Licence: GNU General Public License, version 3 or later ({LICENCE}). You may "
        "share and change DuoDesk under its terms; it comes with no warranty.</p>"
        f"<p><b>This project:</b> {project}</p>"
        f"<p><b>Log files:</b> {html.escape(str(log_folder()))}</p>"
    )


def show_about(window: QMainWindow, database: Database | None) -> QMessageBox:
    """Open the about box over ``window`` (not blocking) and return it."""
    box = QMessageBox(window)
    box.setWindowTitle("About DuoDesk")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text(database))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setIconPixmap(QIcon(str(application_icon_file())).pixmap(64, 64))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def about_action(window: QMainWindow) -> QAction:
    """The Help menu's "About DuoDesk" action (about the project ``window`` has open)."""
    action = QAction("&About DuoDesk", window)
    action.setMenuRole(QAction.MenuRole.AboutRole)
    action.triggered.connect(lambda: show_about(window, getattr(window, "database", None)))
    return action
