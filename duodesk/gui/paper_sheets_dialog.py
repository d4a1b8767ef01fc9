"""Paper datasheets entered twice: each sheet's state, the differences between its two
entries, the answer read on the paper for each, and how often the entries agree."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duodesk.analysis.tables import share_text
from duodesk.core.records import AnswerRecord, AnswerStatus
from duodesk.gui import paper_operations as ops
from duodesk.gui.failures import show_failure
from duodesk.gui.rows_model import select_row
from duodesk.gui.tasks import ProjectWorker
from duodesk.storage.database import Database
from duodesk.storage.double_entry import Difference, DoubleEntryError

# Kept here too for callers of the screen's module; the words come from the operations.
answer_in_words = ops.answer_in_words

#: What the "On the paper" column says for each choice: none yet, the first entry, the check.
PICKED = (
    QT_TRANSLATE_NOOP("PaperSheetsDialog", "Choose…"),
    QT_TRANSLATE_NOOP("PaperSheetsDialog", "First entry"),
    QT_TRANSLATE_NOOP("PaperSheetsDialog", "Check"),
)
translate = QCoreApplication.translate


def _table(headers: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
    return table


def _keep_headings_whole(table: QTableWidget) -> None:
    """Never narrower than its column headings: at 150% they were cut ("uestion or perso")."""
    header = table.horizontalHeader()
    width = sum(header.sectionSizeHint(column) for column in range(table.columnCount()))
    table.setMinimumWidth(width + 2 * table.frameWidth() + 4)


class PaperSheetsDialog(QDialog):
    loaded = Signal()
    differences_shown = Signal()

    def __init__(self, parent: QWidget, database: Database, tasks: ProjectWorker, form_id: str):
        super().__init__(parent)
        self.database, self.tasks, self.form_id = database, tasks, form_id
        self.data: ops.PaperSheets | None = None
        self.differences: tuple[Difference, ...] = ()
        self.shown: tuple[ops.ShownDifference, ...] = ()
        self.choices: list[int] = []  # per difference: 0 not chosen, 1 first entry, 2 check
        self._asked = 0  # differences asked for; only the latest answer is shown
        self.setWindowTitle(self.tr("Paper datasheets"))
        self.resize(1200, 700)
        heading = QLabel(self.tr("Paper datasheets typed in twice"))
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "Each datasheet is typed in twice, by two people. Choose a checked datasheet, "
                "look at the paper and choose the right answer for each difference, then "
                "resolve it: only resolved datasheets are counted in results and exports."
            )
        )
        intro.setWordWrap(True)
        self.sheets = _table((self.tr("Datasheet"), self.tr("State")), self.tr("Paper datasheets"))
        self.sheets.itemSelectionChanged.connect(self._sheet_chosen)
        self.diff_table = _table(
            (
                self.tr("Question"),
                translate("PaperSheetsDialog", PICKED[1]),
                translate("PaperSheetsDialog", PICKED[2]),
                self.tr("On the paper"),
            ),
            self.tr("Differences"),
        )
        self.diff_table.itemSelectionChanged.connect(self._difference_chosen)
        for column in (1, 2, 3):  # the question gets the room, the answers what they need
            self.diff_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        # The answer on the paper for the difference chosen in the table, by keyboard too:
        # Alt+F and Alt+C, then the next difference is chosen.
        self.first_choice = QRadioButton(self.tr("&First entry"))
        self.check_choice = QRadioButton(self.tr("&Check"))
        self.paper_choice = QButtonGroup(self)
        self.paper_choice.addButton(self.first_choice, 1)
        self.paper_choice.addButton(self.check_choice, 2)
        self.paper_choice.idClicked.connect(self._paper_chosen)
        self.resolved_by = QLineEdit()
        self.resolved_by.setPlaceholderText(self.tr("Your name"))
        self.resolved_by.setAccessibleName(self.tr("Resolved by"))
        self.resolve_button = QPushButton(self.tr("&Resolve this datasheet"))
        self.resolve_button.clicked.connect(self.resolve)
        self.count_box = QCheckBox(
            self.tr(
                "Count datasheets not checked yet (coordinator's choice; the check never counts)"
            )
        )
        self.count_box.clicked.connect(self._count_changed)
        self.agreement = _table(
            (
                self.tr("Question or person"),
                self.tr("Compared"),
                self.tr("Alike"),
                self.tr("Agreement"),
            ),
            self.tr("Agreement"),
        )
        header = self.agreement.horizontalHeader()
        for column in (1, 2, 3):  # the names get the room, the numbers what they need
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for table in (self.agreement, self.diff_table):
            _keep_headings_whole(table)
        on_paper = QHBoxLayout()
        on_paper.addWidget(QLabel(self.tr("On the paper:")))
        on_paper.addWidget(self.first_choice)
        on_paper.addSpacing(24)
        on_paper.addWidget(self.check_choice)
        on_paper.addStretch(1)
        resolved_label = QLabel(self.tr("Resolved &by:"))
        resolved_label.setBuddy(self.resolved_by)
        resolving = QHBoxLayout()
        resolving.addWidget(resolved_label)
        resolving.addWidget(self.resolved_by, 1)
        resolve_line = QHBoxLayout()  # a line of its own: the name box keeps room for a name
        resolve_line.addStretch(1)
        resolve_line.addWidget(self.resolve_button)
        left = QVBoxLayout()
        left.addWidget(self.sheets, 1)
        left.addWidget(QLabel(self.tr("Agreement between the two entries (as typed):")))
        left.addWidget(self.agreement, 1)
        right = QVBoxLayout()
        right.addWidget(self.diff_table, 1)
        right.addLayout(on_paper)
        right.addLayout(resolving)
        right.addLayout(resolve_line)
        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addLayout(right, 1)
        close = QPushButton(self.tr("Close"))
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
        self._difference_chosen()
        order = (
            self.sheets,
            self.agreement,
            self.diff_table,
            self.first_choice,
            self.check_choice,
            self.resolved_by,
            self.resolve_button,
            self.count_box,
            close,
        )
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
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
        questions = len(data.agreement.questions)
        self.agreement.setRowCount(len(rows))
        for row, matched in enumerate(rows):
            percent = share_text(matched.matched, matched.compared)
            name = data.labels.get(matched.name, matched.name) if row < questions else matched.name
            for column, value in enumerate((name, matched.compared, matched.matched, percent)):
                self.agreement.setItem(row, column, QTableWidgetItem(str(value)))
        numbers = [s.sheet_number for s in data.sheets]
        self.sheets.blockSignals(True)
        if chosen in numbers:
            select_row(self.sheets, numbers.index(chosen))
        elif numbers:
            select_row(self.sheets, 0)
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
        self.differences, self.shown, self.choices = (), (), []
        self.resolve_button.setEnabled(False)
        self._difference_chosen()
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

    def _show_differences(self, shown: tuple[ops.ShownDifference, ...]) -> None:
        self.shown = shown
        self.differences = tuple(d.difference for d in shown)
        self.choices = [0] * len(shown)
        self.diff_table.setRowCount(len(shown))
        for row, difference in enumerate(shown):
            for column, text in enumerate(
                (
                    difference.label,
                    difference.first,
                    difference.check,
                    translate("PaperSheetsDialog", PICKED[0]),
                )
            ):
                self.diff_table.setItem(row, column, QTableWidgetItem(text))
        self.resolve_button.setEnabled(True)
        if shown:
            select_row(self.diff_table, 0)
        self._difference_chosen()
        self.differences_shown.emit()

    def _chosen_difference(self) -> int | None:
        rows = self.diff_table.selectionModel().selectedRows()
        return rows[0].row() if rows and rows[0].row() < len(self.shown) else None

    def _difference_chosen(self) -> None:
        """Show the chosen difference's two answers on the "On the paper" buttons."""
        row = self._chosen_difference()
        self.paper_choice.setExclusive(False)  # so that neither can be checked
        for button, which in ((self.first_choice, 1), (self.check_choice, 2)):
            button.setEnabled(row is not None)
            button.setChecked(row is not None and self.choices[row] == which)
        self.paper_choice.setExclusive(True)
        if row is None:
            self.first_choice.setText(self.tr("&First entry"))
            self.check_choice.setText(self.tr("&Check"))
            return
        shown = self.shown[row]
        # "&" in an answer would make a shortcut of it: doubled, it shows as itself.
        self.first_choice.setText(
            self.tr("&First entry: {answer}").format(answer=shown.first.replace("&", "&&"))
        )
        self.check_choice.setText(
            self.tr("&Check: {answer}").format(answer=shown.check.replace("&", "&&"))
        )
        self.first_choice.setAccessibleName(
            self.tr("On the paper for {question}: the first entry").format(question=shown.label)
        )
        self.check_choice.setAccessibleName(
            self.tr("On the paper for {question}: the check").format(question=shown.label)
        )

    def _paper_chosen(self, which: int) -> None:
        row = self._chosen_difference()
        if row is None:
            return
        self.pick(row, which)
        undecided = [r for r in range(len(self.choices)) if not self.choices[r]]
        later = [r for r in undecided if r > row] or undecided
        if later:
            select_row(self.diff_table, later[0])  # on to the next difference to decide

    def pick(self, row: int, which: int) -> None:
        """Choose the first entry's answer (1) or the check's (2) for a difference."""
        self.choices[row] = which
        self.diff_table.item(row, 3).setText(translate("PaperSheetsDialog", PICKED[which]))
        if row == self._chosen_difference():
            self._difference_chosen()

    def resolve(self) -> None:
        number = self.chosen_sheet()
        name = " ".join(self.resolved_by.text().split())
        if number is None:
            return
        if not name:
            QMessageBox.warning(
                self, self.tr("Paper datasheets"), self.tr("Type your name under Resolved by.")
            )
            self.resolved_by.setFocus()
            return
        decisions = {}
        for row, difference in enumerate(self.differences):
            if not self.choices[row]:
                select_row(self.diff_table, row)
                QMessageBox.warning(
                    self,
                    self.tr("Paper datasheets"),
                    self.tr("Choose the answer on the paper for “{question}”.").format(
                        question=self.shown[row].label
                    ),
                )
                return
            chosen = difference.first if self.choices[row] == 1 else difference.second
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
            QMessageBox.warning(self, self.tr("Paper datasheets"), str(error))
            return
        show_failure(self, error, self.tr("show the paper datasheets"))
