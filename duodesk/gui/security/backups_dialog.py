"""Restoring a backup from the window: the backups listed in words, newest first."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

KINDS = {
    "daily": QT_TRANSLATE_NOOP("RestoreBackupDialog", "Daily backup"),
    "before-upgrade": QT_TRANSLATE_NOOP("RestoreBackupDialog", "Before DuoDesk was updated"),
    "before-purge": QT_TRANSLATE_NOOP(
        "RestoreBackupDialog", "Before deleted interviews were removed for good"
    ),
    "before-restore": QT_TRANSLATE_NOOP("RestoreBackupDialog", "Before a backup was restored"),
    "before-transfer": QT_TRANSLATE_NOOP(
        "RestoreBackupDialog", "Before interviews from the team were added"
    ),
}
translate = QCoreApplication.translate


def describe_backup(path: Path) -> str:
    """``"1 December 2026 at 09:14: daily backup"`` for a backup file's name."""
    parts = path.name.rsplit(".", 3)
    stamp, reason = (parts[-3], parts[-2]) if len(parts) >= 4 else ("", path.name)
    known = KINDS.get(re.sub(r"-from-.*$", "", reason))
    kind = (
        translate("RestoreBackupDialog", known) if known else reason.replace("-", " ").capitalize()
    )
    try:
        when = datetime.strptime(stamp[:15], "%Y%m%d-%H%M%S").replace(tzinfo=UTC).astimezone()
    except ValueError:
        return kind
    return translate("RestoreBackupDialog", "{day} at {time}: {kind}").format(
        day=QLocale().toString(QDate(when.year, when.month, when.day), "d MMMM yyyy"),
        time=f"{when:%H:%M}",
        kind=kind[0].lower() + kind[1:],
    )


class RestoreBackupDialog(QDialog):
    """Lists ``backups``; ``chosen()`` is the one to restore after ``exec()`` accepts."""

    def __init__(self, backups: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        heading = QLabel(self.tr("Restore a backup"))
        heading.setObjectName("heading")
        text = QLabel(
            self.tr(
                "The project goes back to how it was when the backup was made. What it holds "
                "now is kept as another backup first, so this can be undone. Close interview "
                "and Results windows first."
            )
        )
        text.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setWordWrap(True)
        for backup in reversed(backups):
            item = QListWidgetItem(describe_backup(backup))
            item.setData(Qt.ItemDataRole.UserRole, str(backup))
            item.setToolTip(str(backup))
            self.list.addItem(item)
        empty = QLabel(self.tr("This project has no backups yet."))
        empty.setVisible(not backups)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Restore this backup"))
        self.restore_button.setDefault(True)
        self.restore_button.setEnabled(bool(backups))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        if backups:
            self.list.setCurrentRow(0)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for widget in (heading, text, empty, self.list):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumSize(720, 420)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None
