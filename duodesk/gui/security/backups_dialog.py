"""Restoring a backup from the window: the backups listed in words, newest first."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
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
    "daily": "Daily backup",
    "before-upgrade": "Before DuoDesk was updated",
    "before-purge": "Before deleted interviews were removed for good",
    "before-restore": "Before a backup was restored",
    "before-transfer": "Before interviews from the team were added",
}


def describe_backup(path: Path) -> str:
    """``"1 December 2026 at 09:14: daily backup"`` for a backup file's name."""
    parts = path.name.rsplit(".", 3)
    stamp, reason = (parts[-3], parts[-2]) if len(parts) >= 4 else ("", path.name)
    kind = KINDS.get(re.sub(r"-from-.*$", "", reason), reason.replace("-", " ").capitalize())
    try:
        when = datetime.strptime(stamp[:15], "%Y%m%d-%H%M%S").replace(tzinfo=UTC).astimezone()
    except ValueError:
        return kind
    return f"{when.day} {when:%B %Y} at {when:%H:%M}: {kind[0].lower()}{kind[1:]}"


class RestoreBackupDialog(QDialog):
    """Lists ``backups``; ``chosen()`` is the one to restore after ``exec()`` accepts."""

    def __init__(self, backups: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore a backup")
        heading = QLabel("Restore a backup")
        heading.setObjectName("heading")
        text = QLabel(
            "The project goes back to how it was when the backup was made. What it holds now "
            "is kept as another backup first, so this can be undone. Close interview and "
            "Results windows first."
        )
        text.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Backups, newest first")
        self.list.setWordWrap(True)
        for backup in reversed(backups):
            item = QListWidgetItem(describe_backup(backup))
            item.setData(Qt.ItemDataRole.UserRole, str(backup))
            item.setToolTip(str(backup))
            self.list.addItem(item)
        empty = QLabel("This project has no backups yet.")
        empty.setVisible(not backups)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton("Restore this backup")
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
