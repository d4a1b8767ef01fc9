"""Paper datasheets entered twice: each sheet's state, the differences between its two
entries, the answer read on the paper for each, and how often the entries agree."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.records import AnswerRecord, AnswerStatus
from duodesk.gui import paper_operations as ops
from duodesk.gui.failures import show_failure
from duodesk.gui.tasks import ProjectWorker
from duodesk.storage.database import Database
from duodesk.storage.double_entry import Difference, DoubleEntryError


def answer_in_words(record: AnswerRecord | None) -> str:
    if record is None:
        return "Not in this version"
    if record.status is AnswerStatus.NOT_APPLICABLE:
        return "Not asked (skipped)"
    if record.status is AnswerStatus.NO_ANSWER or record.value is None:
        return "No answer"
    return record.value


def _table(headers: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class PaperSheetsDialog(QDialog):
    loaded = Signal()
    differences_shown = Signal()

    def __init__(self, parent: QWidget, database: Database, tasks: ProjectWorker, form_id: str):
        super().__init__(parent)
        self.database, self.tasks, self.form_id = database, tasks, form_id
        self.data: ops.PaperSheets | None = None
        self.differences: tuple[Difference, ...] = ()
        self._asked = 0  # differences asked for; only the latest answer is shown
        self.setWindowTitle("Paper datasheets")
        self.resize(1200, 700)
        heading = QLabel("Paper datasheets typed in twice")
        heading.setObjectName("heading")
        intro = QLabel(
            "Each datasheet is typed in twice, by two people. Choose a checked datasheet, look "
            "at the paper and choose the right answer for each difference, then resolve it: "
            "only resolved datasheets are counted in results and exports."
        )
        intro.setWordWrap(True)
        self.sheets = _table(("Datasheet", "State"), "Paper datasheets")
        self.sheets.itemSelectionChanged.connect(self._sheet_chosen)
        self.diff_table = _table(
            ("Question", "First entry", "Check", "On the paper"), "Differences"
        )
        self.resolved_by = QLineEdit()
        self.resolved_by.setPlaceholderText("Your name")
        self.resolved_by.setAccessibleName("Resolved by")
        self.resolve_button = QPushButton("Resolve this datasheet")
        self.resolve_button.clicked.connect(self.resolve)
        self.count_box = QCheckBox(
            "Count datasheets not checked yet (coordinator's choice; the check never counts)"
        )
        self.count_box.clicked.connect(self._count_changed)
        self.agreement = _table(
            ("Question or person", "Compared", "Alike", "Agreement"), "Agreement"
        )
        resolving = QHBoxLayout()
        resolving.addWidget(QLabel("Resolved by:"))
        resolving.addWidget(self.resolved_by, 1)
        resolving.addWidget(self.resolve_button)
        left = QVBoxLayout()
        left.addWidget(self.sheets, 1)
        left.addWidget(QLabel("Agreement between the two entries (as typed):"))
        left.addWidget(self.agreement, 1)
        right = QVBoxLayout()
        right.addWidget(self.diff_table, 1)
        right.addLayout(resolving)
        middle = QHBoxLayout()
        middle.addLayout(left, 2)
        middle.addLayout(right, 3)
        close = QPushButton("Close")
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_box, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        self.resolve_button.setEnabled(False)
        self.reload()

    def reload(self) -> None:
        database, form_id = self.database, self.form_id
        self.tasks.read(lambda: ops.load_sheets(database, form_id), self._show, self._failed)

    def _show(self, data: ops.PaperSheets) -> None:
        chosen = self.chosen_sheet()
        self.data = data
        self.count_box.setChecked(data.count_unchecked)
        self.sheets.blockSignals(True)
        self.sheets.setRowCount(len(data.sheets))
        for row, sheet in enumerate(data.sheets):
            self.sheets.setItem(row, 0, QTableWidgetItem(sheet.sheet_number))
            self.sheets.setItem(row, 1, QTableWidgetItem(sheet.in_words))
        self.sheets.blockSignals(False)
        rows = [*data.agreement.questions, *data.agreement.people]
        self.agreement.setRowCount(len(rows))
        for row, matched in enumerate(rows):
            percent = "" if matched.percent is None else f"{matched.percent:.1f}%"
            for column, value in enumerate(
                (matched.name, matched.compared, matched.matched, percent)
            ):
                self.agreement.setItem(row, column, QTableWidgetItem(str(value)))
        numbers = [s.sheet_number for s in data.sheets]
        self.sheets.blockSignals(True)
        if chosen in numbers:
            self.sheets.selectRow(numbers.index(chosen))
        elif numbers:
            self.sheets.selectRow(0)
        self.sheets.blockSignals(False)
        self._sheet_chosen()
        self.loaded.emit()

    def chosen_sheet(self) -> str | None:
        rows = self.sheets.selectionModel().selectedRows()
        if self.data is None or not rows:
            return None
        return self.data.sheets[rows[0].row()].sheet_number

    def _sheet_chosen(self) -> None:
        self.diff_table.setRowCount(0)
        self.differences = ()
        self.resolve_button.setEnabled(False)
        number = self.chosen_sheet()
        sheet = (
            next((s for s in self.data.sheets if s.sheet_number == number), None)
            if (self.data)
            else None
        )
        if sheet is None or sheet.differences is None or sheet.resolved:
            return
        database, form_id = self.database, self.form_id
        self._asked += 1
        asked = self._asked
        self.tasks.read(
            lambda: ops.load_differences(database, form_id, number),
            lambda found: self._show_differences(found) if asked == self._asked else None,
            self._failed,
        )

    def _show_differences(self, differences: tuple[Difference, ...]) -> None:
        self.differences = differences
        self.diff_table.setRowCount(len(differences))
        for row, difference in enumerate(differences):
            first, check = answer_in_words(difference.first), answer_in_words(difference.second)
            self.diff_table.setItem(row, 0, QTableWidgetItem(difference.question))
            self.diff_table.setItem(row, 1, QTableWidgetItem(first))
            self.diff_table.setItem(row, 2, QTableWidgetItem(check))
            pick = QComboBox()
            pick.setAccessibleName(f"The answer on the paper for {difference.question}")
            pick.addItems(["Choose…", f"First entry: {first}", f"Check: {check}"])
            self.diff_table.setCellWidget(row, 3, pick)
        self.resolve_button.setEnabled(True)
        self.differences_shown.emit()

    def pick(self, row: int, which: int) -> None:
        """Choose the first entry's answer (1) or the check's (2) for a difference."""
        box = self.diff_table.cellWidget(row, 3)
        assert isinstance(box, QComboBox)
        box.setCurrentIndex(which)

    def resolve(self) -> None:
        number = self.chosen_sheet()
        name = " ".join(self.resolved_by.text().split())
        if number is None:
            return
        if not name:
            QMessageBox.warning(self, "Paper datasheets", "Type your name under Resolved by.")
            return
        decisions = {}
        for row, difference in enumerate(self.differences):
            box = self.diff_table.cellWidget(row, 3)
            assert isinstance(box, QComboBox)
            chosen = difference.first if box.currentIndex() == 1 else difference.second
            if box.currentIndex() == 0:
                QMessageBox.warning(
                    self,
                    "Paper datasheets",
                    f"Choose the answer on the paper for {difference.question}.",
                )
                return
            if chosen is None:
                chosen = AnswerRecord(difference.question, AnswerStatus.NOT_APPLICABLE)
            decisions[difference.question] = chosen
        database, form_id = self.database, self.form_id
        self.tasks.run(
            lambda: ops.resolve(database, form_id, number, decisions, name),
            lambda _: self.reload(),
            self._failed,
        )

    def _count_changed(self, counted: bool) -> None:
        database, form_id = self.database, self.form_id
        self.tasks.run(
            lambda: ops.count_unchecked(database, form_id, counted),
            lambda _: self.reload(),
            self._failed,
        )

    def _failed(self, error: Exception) -> None:
        if isinstance(error, DoubleEntryError):
            QMessageBox.warning(self, "Paper datasheets", str(error))
            return
        show_failure(self, error, "show the paper datasheets")
