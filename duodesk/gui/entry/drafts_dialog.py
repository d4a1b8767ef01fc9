"""Unfinished interviews: pick one to carry on with, or discard one (after asking)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duodesk.gui.entry.duplicate_banner import readable_date
from duodesk.gui.text_size import follow
from duodesk.storage.drafts import DraftSummary


def describe_draft(draft: DraftSummary, *, lines: bool = False) -> str:
    """The questionnaire, then the date, site, interviewer and how far it got: on one line, or
    on two (``lines``), as the list shows it so that nothing is cut off."""
    parts = [readable_date(draft.interview_date)]
    if draft.site:
        parts.append(draft.site)
    if draft.interviewer:
        parts.append(draft.interviewer)
    answered = draft.answered  # (Qt's lupdate reads only a plain name as the count)
    details = QCoreApplication.translate(
        "DraftsDialog", "{details} — %n answers so far", "", answered
    ).format(details=" · ".join(parts))
    return f"{draft.title}\n{details}" if lines else f"{draft.title} · {details}"


class DraftsDialog(QDialog):
    """Lists the drafts; ``resume(interview_id)`` and ``discard(interview_id)`` do the work."""

    def __init__(
        self,
        drafts: Sequence[DraftSummary],
        resume: Callable[[int], None],
        discard: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unfinished interviews"))
        self.setMinimumSize(760, 420)
        self._resume, self._discard = resume, discard
        intro = QLabel(
            self.tr(
                "These interviews were started but not finished. Everything given so far is "
                "kept. Choose one to carry on with it."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Unfinished interviews"))
        follow(self.list, "QListWidget { font-size: 13pt; } QListWidget::item { padding: 8px; }")
        self.list.setWordWrap(True)  # a long title wraps rather than runs off the side
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for draft in drafts:
            item = QListWidgetItem(describe_draft(draft, lines=True))
            item.setToolTip(describe_draft(draft))
            item.setData(Qt.ItemDataRole.UserRole, draft.interview_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _: self.resume_chosen())
        self.resume_button = QPushButton(self.tr("Carry on with this interview"))
        self.resume_button.setDefault(True)
        self.resume_button.clicked.connect(self.resume_chosen)
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.discard_button.setAccessibleName(self.tr("Discard the chosen interview"))
        self.discard_button.clicked.connect(self.discard_chosen)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.resume_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def resume_chosen(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.accept()
            self._resume(chosen)

    def discard_chosen(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard this interview?"),
            self.tr(
                "Discard “{interview}”?\n\nIt moves to the deleted interviews, where it can "
                "still be restored until they are removed for good."
            ).format(interview=self.list.currentItem().toolTip()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.list.takeItem(self.list.currentRow())
            self._discard(chosen)
            if self.list.count() == 0:
                self.accept()
