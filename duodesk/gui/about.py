"""Help > About: the version, the licence, and where the project file and the log are.

Whoever looks after a laptop needs these three things when something goes wrong, so the paths
can be selected and copied.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMainWindow, QMessageBox

import duodesk
from duodesk.logs import log_folder
from duodesk.resources import application_icon_file

if TYPE_CHECKING:
    from duodesk.storage.database import Database

LICENCE = "GPL-3.0-or-later"
translate = QCoreApplication.translate


def about_text(database: Database | None) -> str:
    """The about box's text (Qt rich text); paths are escaped, never interpreted."""
    if database is None:
        project = translate("About", "still opening")
    else:
        backups = (
            "<br>"
            + translate(
                "About",
                "Backups are kept beside it: one a day, and before every upgrade, purge and "
                "restore.",
            )
            if database.path is not None
            else ""
        )
        project = f"{html.escape(database.describe())} ({database.protection()}){backups}"
    return (
        f"<p><b>DuoDesk {html.escape(duodesk.__version__)}</b></p>"
        + "<p>"
        + translate(
            "About",
            "Surveys by peer researchers, offline: questionnaires, interviews, summary tables "
            "and exports for the health board.",
        )
        + "</p><p>"
        + translate(
            "About",
            "Licence: GNU General Public License, version 3 or later ({licence}). You may "
            "share and change DuoDesk under its terms; it comes with no warranty.",
        ).format(licence=LICENCE)
        + "</p><p>"
        + translate("About", "<b>This project:</b> {project}").format(project=project)
        + "</p><p>"
        + translate("About", "<b>Log files:</b> {folder}").format(
            folder=html.escape(str(log_folder()))
        )
        + "</p>"
    )


def show_about(window: QMainWindow, database: Database | None) -> QMessageBox:
    """Open the about box over ``window`` (not blocking) and return it."""
    box = QMessageBox(window)
    box.setWindowTitle(translate("About", "About DuoDesk"))
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
    action = QAction(translate("About", "&About DuoDesk"), window)
    action.setMenuRole(QAction.MenuRole.AboutRole)
    action.triggered.connect(lambda: show_about(window, getattr(window, "database", None)))
    return action
