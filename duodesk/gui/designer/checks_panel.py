"""The checks before use: a list of problems, each a click away from its question."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from duodesk.core.design_checks import DesignIssue, check_design
from duodesk.core.questionnaire import Questionnaire

CHECK_DELAY_MS = 300  # checks run once typing pauses, not on every letter


class ChecksPanel(QWidget):
    go_to = Signal(str)  # the name of the question or group to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issues: list[DesignIssue] = []
        self._pending: Questionnaire | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Problems found in the questionnaire"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)

    def schedule(self, questionnaire: Questionnaire) -> None:
        self._pending = questionnaire
        self._timer.start()

    def check_now(self, questionnaire: Questionnaire | None = None) -> list[DesignIssue]:
        self._timer.stop()
        questionnaire = questionnaire or self._pending
        if questionnaire is None:
            return []
        self.issues = check_design(questionnaire)
        self.list.clear()
        for issue in self.issues:
            if issue.blocking:
                words = self.tr("Must be fixed: {problem}").format(problem=issue.message)
            else:
                words = self.tr("Check: {problem}").format(problem=issue.message)
            item = QListWidgetItem(words)
            item.setData(Qt.ItemDataRole.UserRole, issue.name)
            item.setToolTip(self.tr("Click to go to it"))
            self.list.addItem(item)
        count = len(self.issues)
        self.summary.setText(
            self.tr("No problems found.")
            if not count
            else self.tr("%n things to look at (click one to go there):", "", count)
        )
        self.list.setVisible(bool(count))
        return self.issues

    def _chosen(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        if name:
            self.go_to.emit(name)
