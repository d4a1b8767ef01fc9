"""How far two coders agree: per theme the percent of answers where they agree and Cohen's
kappa, then every answer they coded differently, to settle together."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duodesk.analysis.tables import rounded_text, share_text
from duodesk.analysis.themes import Agreement
from duodesk.gui.failures import show_failure
from duodesk.gui.tasks import ProjectWorker
from duodesk.gui.themes import operations as ops
from duodesk.storage.database import Database

THEME_HEADERS = ("Theme", "Both gave it", "Main only", "Second only", "Neither", "Agree", "Kappa")
KAPPA_WORDS = (
    (0.8, "almost perfect"),
    (0.6, "substantial"),
    (0.4, "moderate"),
    (0.2, "fair"),
    (0.0, "slight"),
)


def kappa_in_words(kappa: float | None) -> str:
    """Kappa with Landis and Koch's words for it ("0.41 moderate"); "cannot say" when
    undefined (both coders always gave, or never gave, the theme)."""
    if kappa is None:
        return "cannot say"
    # Judged as shown, rounded half up as every figure is (0.125 is 0.13): a tiny negative
    # value such as -0.001 is 0.00 ("slight"), never "-0.00 poor"; adding 0 turns the -0.00
    # that rounding leaves into 0.00.
    shown = Decimal(rounded_text(kappa, 2)) + 0
    words = next((w for limit, w in KAPPA_WORDS if shown > limit or limit == shown == 0), "poor")
    return f"{shown:.2f} {words}"


class AgreementDialog(QDialog):
    loaded = Signal()

    def __init__(
        self, parent: QWidget, database: Database, tasks: ProjectWorker, data: ops.CodingData
    ) -> None:
        super().__init__(parent)
        self.database, self.tasks, self.data = database, tasks, data
        self.agreement: Agreement | None = None
        self.setWindowTitle("Agreement between coders")
        self.resize(1100, 640)
        heading = QLabel("Agreement between coders")
        heading.setObjectName("heading")
        self.coder_box = QComboBox()
        self.coder_box.setAccessibleName("Second coder")
        self.coder_box.addItems(list(data.coders))
        self.coder_box.activated.connect(lambda _: self.reload())
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel("The main coding compared with:"))
        chooser.addWidget(self.coder_box, 1)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.themes = QTableWidget(0, len(THEME_HEADERS))
        self.themes.setHorizontalHeaderLabels(THEME_HEADERS)
        self.themes.setAccessibleName("Agreement per theme")
        self.differences = QTableWidget(0, 3)
        self.differences.setHorizontalHeaderLabels(("Answer", "Main coding", "Second coder"))
        self.differences.setAccessibleName("Answers coded differently")
        for table in (self.themes, self.differences):
            table.verticalHeader().setVisible(False)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.settle_button = QPushButton("Use the second coder's themes for this answer")
        self.settle_button.clicked.connect(self.settle)
        close = QPushButton("Close")
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.settle_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addLayout(chooser)
        layout.addWidget(self.summary)
        layout.addWidget(self.themes, 1)
        layout.addWidget(QLabel("Answers coded differently (settle them together):"))
        layout.addWidget(self.differences, 1)
        layout.addLayout(buttons)
        if data.coders:
            self.reload()
        else:
            self.summary.setText(
                "Nobody has coded these answers as a second coder yet. A second coder types "
                "their name in the coding screen's Coder box and codes the answers blind."
            )
            self.settle_button.setEnabled(False)

    def reload(self) -> None:
        coder = self.coder_box.currentText()
        database, form_id, question = self.database, self.data.form_id, self.data.question
        self.tasks.read(
            lambda: ops.load_agreement(database, form_id, question, coder),
            self._show,
            lambda error: show_failure(self, error, "compare the coders"),
        )

    def _show(self, found: Agreement) -> None:
        self.agreement = found
        self.summary.setText(
            f"{found.answers} answers coded by both. "
            + (
                f"{found.identical} ({share_text(found.identical, found.answers)}) were given "
                "exactly the same themes."
                if found.answers
                else ""
            )
            + " Kappa: 1 is perfect agreement, 0 no better than chance."
        )
        self.themes.setRowCount(len(found.themes))
        for row, theme in enumerate(found.themes):
            compared = theme.both + theme.first_only + theme.second_only + theme.neither
            agree = share_text(theme.both + theme.neither, compared)
            cells = (
                theme.theme,
                theme.both,
                theme.first_only,
                theme.second_only,
                theme.neither,
                agree,
                kappa_in_words(theme.kappa),
            )
            for column, value in enumerate(cells):
                self.themes.setItem(row, column, QTableWidgetItem(str(value)))
        self.differences.setRowCount(len(found.disagreements))
        for row, difference in enumerate(found.disagreements):
            cells = (
                difference.text,
                "; ".join(difference.first) or "no theme",
                "; ".join(difference.second) or "no theme",
            )
            for column, value in enumerate(cells):
                self.differences.setItem(row, column, QTableWidgetItem(value))
        self.settle_button.setEnabled(bool(found.disagreements))
        if found.disagreements:
            self.differences.selectRow(0)
        self.loaded.emit()

    def settle(self) -> None:
        rows = self.differences.selectionModel().selectedRows()
        if self.agreement is None or not rows:
            return
        difference = self.agreement.disagreements[rows[0].row()]
        database, form_id, question = self.database, self.data.form_id, self.data.question
        self.tasks.run(
            lambda: ops.settle(database, form_id, question, difference),
            lambda _: self.reload(),
            lambda error: show_failure(self, error, "save the coding"),
        )


def open_agreement(
    parent: QWidget, database: Database, tasks: ProjectWorker, data: ops.CodingData
) -> AgreementDialog:
    dialog = AgreementDialog(parent, database, tasks, data)
    dialog.show()
    return dialog
