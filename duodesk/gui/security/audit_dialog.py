"""The audit trail on screen, for coordinators: who did what and when, and whether the trail
is intact."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duodesk.storage.audit import AuditEvent, ChainCheck, list_events, readable_details, verify
from duodesk.storage.database import Database

COLUMNS = (
    QT_TRANSLATE_NOOP("AuditDialog", "When (UTC)"),
    QT_TRANSLATE_NOOP("AuditDialog", "Who"),
    QT_TRANSLATE_NOOP("AuditDialog", "What"),
    QT_TRANSLATE_NOOP("AuditDialog", "About"),
    QT_TRANSLATE_NOOP("AuditDialog", "Details"),
)


def load_trail(database: Database) -> tuple[list[AuditEvent], ChainCheck]:
    """The whole trail and its check, in one read (runs on the worker)."""
    with database.read_session() as session:
        return list_events(session), verify(session)


class AuditModel(QAbstractTableModel):
    def __init__(self, events: list[AuditEvent], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = list(reversed(events))  # newest first

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditDialog", COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        event = self.events[index.row()]
        details = readable_details(event)
        return (
            event.at[:19].replace("T", " "),
            event.actor,
            event.action,
            event.subject,
            details,
        )[index.column()]


class AuditDialog(QDialog):
    def __init__(
        self, events: list[AuditEvent], check: ChainCheck, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit trail"))
        heading = QLabel(self.tr("Audit trail"))
        heading.setObjectName("heading")
        if check.intact:
            records = check.records  # (Qt's lupdate reads only a plain name as the count)
            verdict = self.tr(
                "The trail holds together: %Ln records, none of them changed and none removed "
                "between them. Records cut off at the end are not found this way: compare the "
                "fingerprint below with the one you noted down last time.",
                "",
                records,
            )
            if check.unvouched:
                verdict += " " + self.tr(
                    "But the first {count} carry no key (written by an older DuoDesk, or "
                    "rewritten by someone with the file): DuoDesk cannot vouch for them."
                ).format(count=check.unvouched)
        elif check.elsewhere:
            verdict = self.tr(
                "<b>The trail cannot be checked in full on this laptop: {reason}.</b> "
                "If this project was not used on another laptop, keep a copy of it and tell "
                "the coordinator."
            ).format(reason=check.reason)
        else:
            verdict = self.tr(
                "<b>The trail is broken: {reason}.</b> Someone changed the project file "
                "outside DuoDesk. Keep a copy of it and tell the coordinator."
            ).format(reason=check.reason)
        self.verdict = QLabel(verdict)
        self.verdict.setWordWrap(True)
        # As `duodesk audit --verify` prints it: the only way to find the newest records cut off.
        self.fingerprint = QLabel(
            self.tr("Fingerprint of the newest record: {fingerprint}").format(
                fingerprint=check.head
            )
            + "\n"
            + self.tr(
                "Note it down (on paper, away from this laptop) each time you look: if a later "
                "check shows a fingerprint you did not note down, the newest records may have "
                "been cut off."
            )
        )
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setVisible(bool(check.head))
        self.table = QTableView()
        self.table.setModel(AuditModel(events, self))
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.verdict)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
