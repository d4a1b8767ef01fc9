"""Building a "worked out" question from bands of a number answer, without an expression.

The table says "less than 25: under 25", "less than 40: 25 to 39", "everything else: 40 and
over"; the editor writes the calculation (see :mod:`duodesk.core.number_bands`). A calculation
of another shape, typed by hand or brought in from a form, is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.expressions.conversions import number_text
from duodesk.core.number_bands import Band, NumberBands, from_expression, to_expression
from duodesk.gui.designer.fields import calm_wheel

LIMIT, NAME = 0, 1


class BandsEditor(QWidget):
    """Emits ``changed(expression)`` whenever the bands make a complete calculation."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.question_box = calm_wheel(QComboBox())
        self.question_box.setAccessibleName(self.tr("Number question the bands are made from"))
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Bands"))
        self.table.setHorizontalHeaderLabels([self.tr("Less than"), self.tr("Call it")])
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(140)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.inclusive = QCheckBox(self.tr("Include the number itself (“up to 50”)"))
        self.otherwise = QLineEdit()
        self.otherwise.setAccessibleName(self.tr("Name for every other answer"))
        self.otherwise.setPlaceholderText(self.tr("for example: 40 and over"))
        self.add_button = QPushButton(self.tr("Add a band"))
        self.remove_button = QPushButton(self.tr("Remove the chosen band"))
        self.note = QLabel()
        self.note.setWordWrap(True)

        self.question_box.currentIndexChanged.connect(self._edited)
        self.table.itemChanged.connect(self._edited)
        self.inclusive.toggled.connect(self._edited)
        self.otherwise.textEdited.connect(self._edited)
        self.add_button.clicked.connect(self.add_band)
        self.remove_button.clicked.connect(self._remove_band)

        # Labels above their fields: the editor column is narrow on a laptop screen.
        self.question_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.question_box.setMinimumContentsLength(20)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(QLabel(self.tr("Put the answers to this number question:")))
        layout.addWidget(self.question_box)
        layout.addWidget(QLabel(self.tr("into these bands:")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.inclusive)
        layout.addWidget(QLabel(self.tr("Every other answer is called:")))
        layout.addWidget(self.otherwise)

    def load(self, calculation: str, numbers: Sequence[tuple[str, str]]) -> None:
        """Show ``calculation`` if it is bands; ``numbers`` are (name, label) of the number
        questions it may use."""
        self._loading = True
        try:
            self.question_box.clear()
            self.question_box.addItem(self.tr("(choose a number question)"), "")
            for name, label in numbers:
                self.question_box.addItem(f"{label} ({name})" if label else name, name)
            bands = from_expression(calculation) if calculation.strip() else None
            uniform = bands is not None and len({b.inclusive for b in bands.bands}) == 1
            self.table.setRowCount(0)
            if bands is not None and uniform:
                found = self.question_box.findData(bands.question)
                self.question_box.setCurrentIndex(max(0, found))
                for band in bands.bands:
                    self._append(number_text(band.limit), band.name)
                self.inclusive.setChecked(bands.bands[0].inclusive)
                self.otherwise.setText(bands.otherwise)
                self.note.setText("")
            else:
                self.inclusive.setChecked(False)
                self.otherwise.setText("")
                self.note.setText(
                    self.tr(
                        "This calculation was written by hand and is kept as it is. Fill in the "
                        "bands below to replace it."
                    )
                    if calculation.strip()
                    else self.tr("Choose a number question and the bands to put its answers into.")
                )
        finally:
            self._loading = False

    def bands(self) -> NumberBands | None:
        """The bands as filled in, or None while something is missing or not a number."""
        question = self.question_box.currentData()
        rows: list[Band] = []
        for row in range(self.table.rowCount()):
            limit_item, name_item = self.table.item(row, LIMIT), self.table.item(row, NAME)
            limit = (limit_item.text() if limit_item else "").strip().replace(",", ".")
            name = (name_item.text() if name_item else "").strip()
            if not limit and not name:
                continue  # an empty row being filled in
            try:
                number = float(limit)
            except ValueError:
                return None
            if not name:
                return None
            rows.append(Band(number, name, self.inclusive.isChecked()))
        otherwise = self.otherwise.text().strip()
        if not question or not rows or not otherwise:
            return None
        if any(b.limit <= a.limit for a, b in pairwise(rows)):
            return None  # bands must go up
        return NumberBands(question, tuple(rows), otherwise)

    def add_band(self) -> None:
        self._append("", "")
        self.table.setCurrentCell(self.table.rowCount() - 1, LIMIT)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, LIMIT))

    def _remove_band(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._edited()

    def _append(self, limit: str, name: str) -> None:
        was = self._loading
        self._loading = True
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, LIMIT, QTableWidgetItem(limit))
        self.table.setItem(row, NAME, QTableWidgetItem(name))
        self._loading = was

    def _edited(self, *_: object) -> None:
        if self._loading:
            return
        bands = self.bands()
        if bands is None:
            self.note.setText(
                self.tr("Fill in a number question, each band and every other answer.")
            )
            return
        try:
            expression = to_expression(bands)
        except ValueError as error:
            self.note.setText(str(error))
            return
        self.note.setText("")
        self.changed.emit(expression)
