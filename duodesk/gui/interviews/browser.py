"""The interviews window: search and filter the project's interviews, open one to read or
correct it, delete (restorably), restore, and remove deleted interviews for good."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duodesk.gui.direction import own_direction
from duodesk.gui.entry import operations as ops
from duodesk.gui.failures import show_failure
from duodesk.gui.flow_layout import FlowLayout
from duodesk.gui.interviews.table_model import Column, InterviewTableModel
from duodesk.gui.rows_model import select_row
from duodesk.gui.screen_fit import fit_to_screen
from duodesk.gui.tasks import ProjectWorker
from duodesk.storage.changes import Changes
from duodesk.storage.database import Database
from duodesk.storage.interview_list import InterviewFilter, StatusFilter

STATUS_CHOICES = (
    (QT_TRANSLATE_NOOP("InterviewsWindow", "All interviews"), StatusFilter.ALL),
    (QT_TRANSLATE_NOOP("InterviewsWindow", "Complete"), StatusFilter.COMPLETE),
    (QT_TRANSLATE_NOOP("InterviewsWindow", "Unfinished"), StatusFilter.UNFINISHED),
    (QT_TRANSLATE_NOOP("InterviewsWindow", "Deleted (can be restored)"), StatusFilter.DELETED),
)

# How the width is shared: number, date and time, site, interviewer, how complete; the
# questionnaire last, and only when the list shows every questionnaire's interviews.
COLUMN_SHARES = {
    Column.NUMBER: 11,
    Column.DATE: 23,
    Column.SITE: 19,
    Column.INTERVIEWER: 15,
    Column.STATUS: 25,
    Column.QUESTIONNAIRE: 20,
}


@dataclass(frozen=True)
class Place:
    """Where the person was in the list: interviews by number, and the scroll bar."""

    chosen: tuple[int, ...]
    current: int | None
    top: int | None
    scrolled: int
    rows: int


class InterviewsWindow(QWidget):
    loaded = Signal()  # a page of rows arrived
    changed = Signal()  # interviews were deleted, restored or purged here

    def __init__(
        self,
        database: Database,
        tasks: ProjectWorker,
        *,
        form_id: str | None = None,
        title: str = "",
        open_interview: Callable[[int], None] | None = None,
        interviewer: str | None = None,
        may_delete: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """``interviewer``: list only that interviewer's interviews (a signed-in interviewer);
        ``may_delete`` False hides deleting, restoring and removing for good (coordinators
        only)."""
        super().__init__(parent, Qt.WindowType.Window)
        self.database = database
        self.tasks = tasks
        self.form_id = form_id
        self.open_interview = open_interview
        self.interviewer = interviewer
        self.may_delete = may_delete
        self._generation = 0
        self._open_when_loaded = False  # Enter was pressed in the search box before the list
        self._place: Place | None = None  # where to go back to once the list is read again
        tasks.changed.connect(self._project_changed)
        self.setWindowTitle(
            self.tr("Interviews: {title} – DuoDesk").format(title=title)
            if title
            else self.tr("Interviews – DuoDesk")
        )
        fit_to_screen(self, (1200, 720))

        heading = QLabel(
            self.tr("Interviews of “{title}”").format(title=own_direction(title))
            if title
            else self.tr("Interviews")
        )
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search by site, interviewer or date (2024-07)"))
        self.search_box.setAccessibleName(self.tr("Search interviews"))
        self.search_box.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=300)
        self._search_timer.timeout.connect(self.reload)
        self.search_box.textChanged.connect(lambda _: self._search_timer.start())
        self.status_box = QComboBox()
        self.status_box.setAccessibleName(self.tr("Which interviews to show"))
        for text, value in STATUS_CHOICES:
            self.status_box.addItem(
                self.tr(text), value.value
            )  # plain text: findData() compares it
        self.status_box.currentIndexChanged.connect(lambda _: self.reload())
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_box)
        show_label = QLabel(self.tr("S&how:"))
        show_label.setBuddy(self.status_box)
        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search_box, 2)
        filters.addSpacing(16)
        filters.addWidget(show_label)
        filters.addWidget(self.status_box, 1)

        self.model = InterviewTableModel(self._request, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Interviews"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnHidden(Column.QUESTIONNAIRE, form_id is not None)
        # The columns share the list's width (see fit_columns), so that the last one is not cut
        # off on a small screen.
        self.table.viewport().installEventFilter(self)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        # Enter opens the chosen interview; in the search box, Down goes to the list and Enter
        # opens the first interview found.
        self.table.installEventFilter(self)
        self.search_box.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.count_label = QLabel(self.tr("Loading…"))
        self.count_label.setObjectName("empty")

        self.open_button = QPushButton(self.tr("Open to read or correct…"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen interviews"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen deleted interviews"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("Remove deleted interviews for good…"))
        self.purge_button.clicked.connect(self.purge)
        # A row that wraps: in French or Russian at 150% the four side by side are wider
        # than the laptop's screen.
        buttons = FlowLayout(spacing=12)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        if not may_delete:  # only hidden: they show with the window otherwise
            for button in (self.delete_button, self.restore_button, self.purge_button):
                button.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(buttons)
        self._update_buttons()
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")):
            QShortcut(keys, self, self.close)
        self.reload()

    # -- loading ---------------------------------------------------------------------------------

    def current_filter(self) -> InterviewFilter:
        return InterviewFilter(
            form_id=self.form_id,
            text=self.search_box.text(),
            status=self.status_filter(),
            interviewer=self.interviewer,
        )

    def status_filter(self) -> StatusFilter:
        return StatusFilter(self.status_box.currentData() or StatusFilter.ALL.value)

    def reload(self) -> None:
        self._generation += 1
        self._place = None
        self.model.reload()

    def _project_changed(self, changes: Changes) -> None:
        """An interview was started, finished, corrected, deleted or restored (here, in an
        interview window or anywhere else): list the interviews again if they may differ,
        keeping the person's place (see _keep_place)."""
        listed = changes.drafts or changes.counted_interviews
        if listed and changes.concerns(self.form_id):
            self._generation += 1
            self._place = self._keep_place()
            self.model.reload(at_least=self._place.rows)

    def _keep_place(self) -> Place:
        """Which interviews are chosen, and which one is at the top of the list, by number: the
        rows may move when the list is read again (a new interview, one deleted)."""
        index = self.table.currentIndex()
        current = self.model.row_at(index.row()).interview_id if index.isValid() else None
        top = self.table.rowAt(0)
        return Place(
            chosen=tuple(self.selected_ids()),
            current=current,
            top=self.model.row_at(top).interview_id if top >= 0 else None,
            scrolled=self.table.verticalScrollBar().value(),
            rows=self.model.rowCount(),
        )

    def _back_to_place(self, place: Place) -> None:
        """Choose again the interviews chosen before the list was read again, and scroll it
        back to where it was."""
        rows = [self.model.row_of_interview(n) for n in place.chosen]
        rows = [row for row in rows if row is not None]
        current = self.model.row_of_interview(place.current) if place.current else None
        if current is None and rows:
            current = rows[0]
        if current is not None:
            select_row(self.table, current)
            selection = self.table.selectionModel()
            flags = QItemSelectionModel.SelectionFlag.Select
            flags |= QItemSelectionModel.SelectionFlag.Rows
            for row in rows:
                selection.select(self.model.index(row, 0), flags)
        self.table.updateGeometries()  # the scroll bar's range for the rows just read
        top = self.model.row_of_interview(place.top) if place.top is not None else None
        if top is not None:
            self.table.scrollTo(
                self.model.index(top, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )
        else:
            self.table.verticalScrollBar().setValue(place.scrolled)

    def _request(self, offset: int, limit: int) -> None:
        generation, where = self._generation, self.current_filter()
        self.tasks.read(
            lambda: ops.load_interview_page(self.database, where, offset, limit),
            lambda page: self._page_arrived(generation, page),
            lambda error: self._load_failed(generation, error),
        )

    def _page_arrived(self, generation: int, page: ops.InterviewPage) -> None:
        if generation != self._generation:
            return
        self.model.add_page(page.offset, page.rows, page.total)
        total, shown = page.total, self.model.rowCount()
        if total == 0:
            text = self.tr("No interviews match.")
        else:
            text = self.tr("%Ln interviews", "", total)
            if total > shown:
                text += " " + self.tr("(showing {shown}; scroll down for more)").format(
                    shown=QLocale().toString(shown)
                )
        self.count_label.setText(text)
        if page.offset == 0 and self._place is not None:
            place, self._place = self._place, None
            self._back_to_place(place)
        if page.offset == 0 and shown and not self.table.selectionModel().hasSelection():
            select_row(self.table, 0)  # something is always chosen: Enter opens it
        self._update_buttons()
        self.loaded.emit()
        if self._open_when_loaded:
            self._open_when_loaded = False
            self.open_selected()

    def _load_failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.model.loading_failed()
            from duodesk.gui.away_mode import server_unreachable

            if server_unreachable(error):
                self.count_label.setText(
                    self.tr(
                        "The interviews could not be read: the team's server cannot be "
                        "reached just now. Close this window and open it again later."
                    )
                )
            else:
                self.count_label.setText(
                    self.tr("The interviews could not be read: {error}").format(error=error)
                )

    # -- the keyboard ------------------------------------------------------------------------------

    def fit_columns(self) -> None:
        """Share the list's width between the shown columns in the proportions of
        COLUMN_SHARES, each at least as wide as its heading (the person may still drag them)."""
        header = self.table.horizontalHeader()
        shown = [c for c in Column if not self.table.isColumnHidden(c)]
        room = self.table.viewport().width()
        lowest = {c: header.sectionSizeHint(c) for c in shown}
        shares = sum(COLUMN_SHARES[c] for c in shown)
        widths = {c: max(lowest[c], room * COLUMN_SHARES[c] // shares) for c in shown}
        # Headings wider than their share are paid for by the columns with width to spare.
        over = sum(widths.values()) - room
        for column in sorted(shown, key=lambda c: widths[c] - lowest[c], reverse=True):
            if over <= 0:
                break
            give = min(over, widths[column] - lowest[column])
            widths[column] -= give
            over -= give
        for column in shown[:-1]:  # the last one stretches into what is left
            self.table.setColumnWidth(column, widths[column])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport():
            if event.type() == QEvent.Type.Resize:
                self.fit_columns()
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,  # the number pad's Enter
        )
        if watched is self.table and enter and plain:
            self.open_selected()
            return True
        if watched is self.search_box and event.key() == Qt.Key.Key_Down:
            self._go_to_list()
            return True
        if watched is self.search_box and enter:
            self.open_first_match()
            return True
        return False

    def _go_to_list(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            select_row(self.table, 0)

    def open_first_match(self) -> None:
        """Open the first interview the search finds (once the list has caught up with what
        was typed)."""
        if self._search_timer.isActive():  # the list still shows the search before this one
            self._search_timer.stop()
            self._open_when_loaded = True
            self.reload()
            return
        if self.model.rowCount():
            select_row(self.table, 0)
            self.open_selected()

    # -- acting on the chosen rows ---------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row).interview_id for row in rows]

    def _update_buttons(self) -> None:
        chosen = self.selected_ids()
        deleted = self.status_filter() is StatusFilter.DELETED
        self.open_button.setEnabled(len(chosen) == 1 and not deleted)
        self.delete_button.setEnabled(bool(chosen) and not deleted)
        self.restore_button.setEnabled(bool(chosen) and deleted)

    def open_selected(self) -> None:
        chosen = self.selected_ids()
        deleted = self.status_filter() is StatusFilter.DELETED
        if len(chosen) == 1 and self.open_interview is not None and not deleted:
            self.open_interview(chosen[0])

    def delete_selected(self, *, confirm: bool = True) -> None:
        chosen = self.selected_ids()
        if not chosen or not self.may_delete:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete interviews?"),
                self.tr(
                    "Delete these %n interviews? They move to the deleted interviews (choose "
                    "“Deleted” under Show) and can be restored until they are removed for good.",
                    "",
                    len(chosen),
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._change(lambda: ops.delete_interviews(self.database, chosen))

    def restore_selected(self) -> None:
        chosen = self.selected_ids()
        if chosen and self.may_delete:
            self._change(lambda: ops.restore_interviews(self.database, chosen))

    def purge(self, *, confirm: bool = True) -> None:
        if not self.may_delete:
            return
        if confirm:
            answer = QMessageBox.warning(
                self,
                self.tr("Remove deleted interviews for good?"),
                purge_warning(self.database.path),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._change(lambda: ops.purge_deleted(self.database))

    def _change(self, work: Callable[[], object]) -> None:
        # The list is read again when the worker announces the change (_project_changed).
        self.tasks.run(
            work,
            lambda _: self.changed.emit(),
            lambda error: show_failure(self, error, self.tr("change the interviews")),
        )


def purge_warning(project: Path | None) -> str:
    """What purging does, without promising more: copies stay in the project's backups."""
    translate = QCoreApplication.translate
    where = (
        translate(
            "InterviewsWindow",
            "the backup files (ending in “.backup”) beside the project in {folder}",
        ).format(folder=project.parent)
        if project is not None
        else translate("InterviewsWindow", "the server's backups")
    )
    return translate(
        "InterviewsWindow",
        "Every deleted interview and its answers will be removed from the project. Copies "
        "stay in {where}, including one made just before, until newer backups replace "
        "them; delete those files too if the interviews must be gone everywhere now.",
    ).format(where=where)
