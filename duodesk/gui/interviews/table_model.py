"""The interview list as a model that loads rows a page at a time, as they are needed.

The model never reads the project itself: ``request(offset, limit)`` asks for rows (the window
runs :func:`duodesk.gui.entry.operations.load_interview_page` on the worker) and
:meth:`InterviewTableModel.add_page` takes them when they arrive. Views ask for more through
``canFetchMore`` / ``fetchMore`` as the person scrolls, so opening a list of 100,000 interviews
reads one page.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import UTC

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from duodesk.gui.entry.duplicate_banner import readable_date
from duodesk.gui.rows_model import AnyIndex, RowsModel
from duodesk.storage.interview_list import InterviewRow
from duodesk.storage.models import InterviewStatus

PAGE_SIZE = 200


class Column(enum.IntEnum):
    NUMBER = 0
    DATE = 1
    SITE = 2
    INTERVIEWER = 3
    STATUS = 4
    QUESTIONNAIRE = 5


HEADERS = {
    Column.NUMBER: QT_TRANSLATE_NOOP("InterviewTable", "Interview"),
    Column.DATE: QT_TRANSLATE_NOOP("InterviewTable", "Date and time"),
    Column.SITE: QT_TRANSLATE_NOOP("InterviewTable", "Site"),
    Column.INTERVIEWER: QT_TRANSLATE_NOOP("InterviewTable", "Interviewer"),
    Column.STATUS: QT_TRANSLATE_NOOP("InterviewTable", "How complete"),
    Column.QUESTIONNAIRE: QT_TRANSLATE_NOOP("InterviewTable", "Questionnaire"),
}
translate = QCoreApplication.translate


def status_text(row: InterviewRow) -> str:
    """ "Finished · 23 answers", "Unfinished · 4 answers so far" or "Deleted"."""
    if row.deleted_at is not None:
        return translate("InterviewTable", "Deleted")
    answered = row.answered  # (Qt's lupdate reads only a plain name as the count)
    if row.status is InterviewStatus.COMPLETE:
        text = translate("InterviewTable", "Finished · %n answers", "", answered)
    else:
        text = translate("InterviewTable", "Unfinished · %n answers so far", "", answered)
    if row.paper:
        text = f"{text} · {row.paper}"
    if row.had_conflict:
        text += " · " + translate("InterviewTable", "changed on two laptops")
    return text


def when_text(row: InterviewRow) -> str:
    """The interview's date and, when known, the time it was started (local time)."""
    day = readable_date(row.interview_date)
    if row.started_at is None or not row.interview_date:
        return day  # read from a data file: the time it was read in would mislead
    started = row.started_at
    if started.tzinfo is None:
        started = started.replace(tzinfo=UTC)
    return f"{day}, {started.astimezone().strftime('%H:%M')}"


class InterviewTableModel(RowsModel):
    """The interviews of a questionnaire, a page at a time as the list scrolls."""

    columns = Column

    def __init__(self, request: Callable[[int, int], None], parent=None) -> None:
        super().__init__(parent)
        self._request = request
        self._rows: list[InterviewRow] = []
        self._total: int | None = None  # None until the first page arrives
        self._loading = False

    # -- loading ---------------------------------------------------------------------------------

    def reload(self, at_least: int = 0) -> None:
        """Forget the rows and ask for the first page (after a filter or a change); at least
        ``at_least`` rows in it, so that a list read again reaches as far as it had."""
        self.beginResetModel()
        self._rows, self._total, self._loading = [], None, False
        self.endResetModel()
        self._ask(max(PAGE_SIZE, at_least))

    def _ask(self, limit: int = PAGE_SIZE) -> None:
        self._loading = True
        self._request(len(self._rows), limit)

    def row_of_interview(self, interview_id: int) -> int | None:
        """The row showing interview ``interview_id``, None if it is not loaded."""
        return next(
            (row for row, shown in enumerate(self._rows) if shown.interview_id == interview_id),
            None,
        )

    def add_page(self, offset: int, rows: tuple[InterviewRow, ...], total: int) -> None:
        """Rows read from ``offset``; pages that no longer fit (the list was reloaded
        meanwhile) are dropped."""
        if offset != len(self._rows):
            return
        self._loading = False
        self._total = total
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def loading_failed(self) -> None:
        self._loading = False

    @property
    def total(self) -> int | None:
        return self._total

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._loading or self._total is None:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._ask()

    # -- the model -------------------------------------------------------------------------------

    def row_at(self, row: int) -> InterviewRow:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row: InterviewRow | None = self.row_of(index)
        if row is None:
            return None
        column = Column(index.column())
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,  # the whole text of a cell too narrow for it
        ):
            return {
                Column.NUMBER: translate("InterviewTable", "No. {number}").format(
                    number=row.interview_id
                ),
                Column.DATE: when_text(row),
                Column.QUESTIONNAIRE: row.title,
                Column.SITE: row.site,
                Column.INTERVIEWER: row.interviewer,
                Column.STATUS: status_text(row),
            }[column]
        if role == Qt.ItemDataRole.UserRole:
            return row.interview_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            return translate("InterviewTable", HEADERS[Column(section)])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None
