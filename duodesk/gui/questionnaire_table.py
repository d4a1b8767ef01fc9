"""The table of questionnaires on the main window."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from duodesk.gui.direction import own_direction
from duodesk.gui.rows_model import AnyIndex, RowsModel

if TYPE_CHECKING:
    from duodesk.storage.questionnaires import QuestionnaireSummary


class Column(enum.IntEnum):
    TITLE = 0
    FORM_ID = 1
    VERSIONS = 2
    COMPLETE = 3
    UNFINISHED = 4


HEADERS = {
    Column.TITLE: QT_TRANSLATE_NOOP("QuestionnaireTable", "Questionnaire"),
    Column.FORM_ID: QT_TRANSLATE_NOOP("QuestionnaireTable", "Name in files"),
    Column.VERSIONS: QT_TRANSLATE_NOOP("QuestionnaireTable", "Versions"),
    Column.COMPLETE: QT_TRANSLATE_NOOP("QuestionnaireTable", "Finished"),
    Column.UNFINISHED: QT_TRANSLATE_NOOP("QuestionnaireTable", "Unfinished"),
}
# Short headers leave the title room on a small screen; the whole words are the tooltips.
HEADER_TIPS = {
    Column.FORM_ID: QT_TRANSLATE_NOOP(
        "QuestionnaireTable", "The questionnaire's name in the data files and in commands (form_id)"
    ),
    Column.VERSIONS: QT_TRANSLATE_NOOP(
        "QuestionnaireTable", "How many versions of the questionnaire the project keeps"
    ),
    Column.COMPLETE: QT_TRANSLATE_NOOP("QuestionnaireTable", "Finished interviews"),
    Column.UNFINISHED: QT_TRANSLATE_NOOP("QuestionnaireTable", "Unfinished interviews (drafts)"),
}


class QuestionnaireTableModel(RowsModel):
    """The questionnaires of the project (rows: QuestionnaireSummary)."""

    columns = Column

    def row_at(self, row: int) -> QuestionnaireSummary:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row: QuestionnaireSummary | None = self.row_of(index)
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.TITLE: own_direction(row.title),
                Column.FORM_ID: own_direction(row.form_id),
                Column.VERSIONS: row.versions,
                Column.COMPLETE: row.complete,
                Column.UNFINISHED: row.drafts,
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.FORM_ID:
            return row.form_id  # whole, when the column is too narrow for it
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Column.VERSIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(Column)
        ):
            tip = HEADER_TIPS.get(Column(section))
            return QCoreApplication.translate("QuestionnaireTable", tip) if tip else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            return QCoreApplication.translate("QuestionnaireTable", HEADERS[Column(section)])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


# The short name's column takes at most this share of the list's width; the title takes the
# rest. Sized to its contents, "training_employment_barriers" took 490 pixels at the largest
# text size and squeezed the titles to a word per line.
SHORT_NAME_SHARE = 0.22
ROWS_ALWAYS_SHOWN = 3


def fit_columns(table: QTableView) -> None:
    """Give the questionnaire's title every pixel the other columns do not need: the counts
    as wide as their heading or number, the short name at most a share of the width (cut in
    the middle, whole in its tooltip). Then keep room for three whole rows, however many
    lines a title takes."""
    header = table.horizontalHeader()
    model = table.model()
    if model is None or header.count() < len(Column):
        return
    header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
    width = table.viewport().width()
    for column in Column:
        if column == Column.TITLE:
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        heading = header.sectionSizeFromContents(column).width()
        wanted = max(heading, table.sizeHintForColumn(column))
        if column == Column.FORM_ID:
            wanted = min(wanted, max(heading, int(width * SHORT_NAME_SHARE)))
        header.resizeSection(column, wanted)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    table.resizeRowsToContents()
    rows = min(model.rowCount(), ROWS_ALWAYS_SHOWN)
    line = table.verticalHeader().defaultSectionSize()
    tall = sum(table.rowHeight(row) for row in range(rows)) + (ROWS_ALWAYS_SHOWN - rows) * line
    table.setMinimumHeight(header.sizeHint().height() + tall + 2 * table.frameWidth())
