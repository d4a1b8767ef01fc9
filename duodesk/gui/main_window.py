"""The main window: the project's questionnaires, and the way to add more."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.input_files import InputFileError
from duodesk.core.roles import Permission
from duodesk.gui.actions import build_menus, build_questionnaire_menu, settle_table_keys
from duodesk.gui.away_mode import install as install_server_away
from duodesk.gui.designer.hooks import install as install_designer
from duodesk.gui.direction import own_direction
from duodesk.gui.entry.hooks import install as install_interview_entry
from duodesk.gui.entry.laptop import QUESTIONNAIRE, remember, remembered
from duodesk.gui.failures import show_failure
from duodesk.gui.people.access import install as install_access
from duodesk.gui.people.access import refused
from duodesk.gui.questionnaire_table import QuestionnaireTableModel, fit_columns
from duodesk.gui.rows_model import select_row
from duodesk.gui.screen_fit import fit_to_screen, scrolling
from duodesk.gui.security.hooks import install as install_security
from duodesk.gui.style import banner, set_banner_compact
from duodesk.gui.tasks import ProjectWorker
from duodesk.gui.team_transfer import install as install_team
from duodesk.gui.windows import ChildWindows
from duodesk.logs import where_details_are

if TYPE_CHECKING:  # the storage layer (SQLAlchemy) loads with the project, not with the window
    from duodesk.core.questionnaire import Questionnaire
    from duodesk.gui import operations
    from duodesk.storage.changes import Changes
    from duodesk.storage.database import Database
    from duodesk.storage.questionnaires import QuestionnaireSummary, SaveResult


FINISH_SAVING_S = 10.0  # how long closing waits for a save on its way before saying so
READ_AGAIN_AFTER_S = 3.0  # coming back to the window reads the list again, at most this often
FINISHING_SAVING = QT_TRANSLATE_NOOP(
    "MainWindow", "Finishing saving… DuoDesk closes by itself as soon as it is done."
)
SAVING_TAKES_LONG = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Saving is taking longer than it should. Wait, or close the window again to close "
    "DuoDesk anyway: anything not saved by then is not kept, and its window said so.",
)


class MainWindow(QMainWindow):
    """Lists the questionnaires; on first start, offers the example questionnaires.

    ``tasks`` is the project's worker, handed on to every window opened from here (one is made
    when none is given); ``child_windows`` opens, tracks and forgets those windows.
    """

    home_loaded = Signal()  # after every refresh of the list (tests wait for it)
    form_files_added = Signal(object)  # a SaveResult, once missing choices files are added

    def __init__(self, database: Database | None, tasks: ProjectWorker | None = None) -> None:
        super().__init__()
        self.database: Database = database  # type: ignore[assignment]  # set by set_project
        self.tasks = tasks if tasks is not None else ProjectWorker(self)
        self.tasks.changed.connect(self._project_changed)
        self.tasks.busy_changed.connect(self._project_busy)
        self.tasks.unhandled.connect(self._task_failed)
        self.child_windows = ChildWindows(self)
        self._closing = False  # the window is closing: reads are stopped, saves finish
        self._read_at = 0.0  # when the list of questionnaires was last asked for
        self._welcome_focused = False  # the examples' buttons took the focus once
        self._just_added: str | None = None  # a questionnaire added from a file, to choose
        self._close_anyway = False  # said that saving takes long: closing again closes
        self.finish_saving_s = FINISH_SAVING_S
        self._finishing_since = 0.0
        self._finishing = QTimer(self, interval=100)
        self._finishing.timeout.connect(self._check_finished_saving)
        self.setWindowTitle("DuoDesk")
        fit_to_screen(self, (1100, 700))

        self.welcome = self._build_welcome()
        heading = QLabel(self.tr("Questionnaires"))
        heading.setObjectName("heading")
        self.heading = heading
        self.model = QuestionnaireTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self._questionnaire_dependent: list[QPushButton] = []
        self.table.selectionModel().selectionChanged.connect(self._update_questionnaire_buttons)
        self.table.setAccessibleName(self.tr("Questionnaires in this project"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.model.modelReset.connect(lambda: fit_columns(self.table))
        # A long title wraps onto a second line rather than being cut (150% scaling).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # At least three rows, whatever the banners above take (the page scrolls instead), and
        # the chosen row brought into sight when the list gets the focus.
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + 3 * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        self.table.installEventFilter(self)
        self.empty_label = QLabel(
            self.tr(
                "There are no questionnaires in this project yet. Add one from a file "
                "(an XLSForm made in DuoDesk, ODK or KoboToolbox)."
            )
        )
        self.empty_label.setObjectName("empty")
        self.empty_label.setWordWrap(True)

        self.add_button = QPushButton(self.tr("Add a questionnaire from a file…"))
        self.add_button.setAccessibleName(self.tr("Add a questionnaire from a file"))
        self.add_button.clicked.connect(self.choose_questionnaire_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self.file_buttons = buttons
        # What can be done with the selected questionnaire; each screen adds its own button
        # with add_questionnaire_button().
        self.questionnaire_buttons = QHBoxLayout()
        self.questionnaire_buttons.setSpacing(12)
        self.questionnaire_buttons.addStretch(1)

        # The banners, the heading and the list scroll when a small screen (150%) has no room
        # for them all; the buttons below them stay in sight. Banners go into page_layout.
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 0)
        layout.setSpacing(12)
        layout.addWidget(self.welcome)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self.page_layout = layout
        self.page_area = scrolling(page)
        self.page_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page_area.viewport().installEventFilter(self)  # banners fitted to its height
        bottom = QVBoxLayout()
        bottom.setContentsMargins(24, 0, 24, 16)
        bottom.setSpacing(12)
        bottom.addWidget(
            QLabel(self.tr("With the chosen questionnaire:"))
        )  # above: the row fits at 150%
        bottom.addLayout(self.questionnaire_buttons)
        bottom.addLayout(buttons)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        outer.addWidget(self.page_area, 1)
        outer.addLayout(bottom)
        self.setCentralWidget(central)

        build_menus(self)
        # The buttons below the list, in the order a group needs them.
        self.entry = install_interview_entry(self)
        self.add_questionnaire_button(
            QT_TRANSLATE_NOOP("MainWindow", "Results…"), self.open_results, Permission.SEE_RESULTS
        )
        self.add_questionnaire_button(
            QT_TRANSLATE_NOOP("MainWindow", "Export…"), self.open_export, Permission.EXPORT
        )
        self.designer = install_designer(self)
        # The designer's button beside "Add a questionnaire from a file…", in these words.
        self.designer.new_button.setText(self.tr("New questionnaire…"))
        self.designer.new_button.setAccessibleName(self.tr("Make a new questionnaire"))
        build_questionnaire_menu(self)
        settle_table_keys(self)
        # A permanent widget, not a message: a menu's hints and "… was added" replace
        # messages and hide ordinary widgets, and this line must stay.
        self.project_label = QLabel("")
        self.statusBar().addPermanentWidget(self.project_label)
        # While a questionnaire file is read (a large one takes a minute before it is added
        # or refused), a line and a moving bar say so; permanent too, for the same reason.
        self.reading_label = QLabel("")
        self.reading_label.setAccessibleName(self.tr("What DuoDesk is doing"))
        self.reading_bar = QProgressBar()
        self.reading_bar.setRange(0, 0)  # moves to and fro: how long it takes is not known
        self.reading_bar.setMaximumWidth(160)
        # No taller than a line of text: the status bar takes the height of its tallest
        # widget, shown or not, and every pixel is a row of the list on a laptop at 150%.
        self.reading_bar.setMaximumHeight(self.fontMetrics().height())
        self.reading_bar.setTextVisible(False)
        self.reading_bar.setAccessibleName(self.tr("Reading the questionnaire file"))
        for widget in (self.reading_label, self.reading_bar):
            self.statusBar().insertPermanentWidget(0, widget)
            widget.hide()
        install_team(self)
        self.server_away = install_server_away(self)  # the line when the server is lost
        self.security = install_security(self)
        self.access = install_access(self)  # who is signed in, and what they may reach
        self._order_tabs()
        if database is None:  # shown first, while the project opens (see gui/app.py)
            self.centralWidget().setEnabled(False)
            self.menuBar().setEnabled(False)
            self.statusBar().showMessage(self.tr("Opening the project…"))
            self.empty_label.hide()  # not known to be empty yet
        else:
            self.set_project(database)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.FocusIn:
            QTimer.singleShot(0, self._show_chosen_row)  # once the focus has settled
        elif watched is self.table and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.FontChange,
        ):
            fit_columns(self.table)  # the title gets the width, three rows the height
        elif event.type() == QEvent.Type.Resize and watched is self.page_area.viewport():
            self._fit_banners()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "page_area"):
            self._fit_banners()  # larger text (View menu) needs the room a larger screen has
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._read_again_if_shown()

    def _read_again_if_shown(self) -> None:
        """Coming back to the window: interviews imported on the command line, or saved from
        other laptops to a shared server, are counted in the list too (at most every few
        seconds, and only while the project is shown)."""
        if (
            self.database is None
            or self._closing
            or not self.isVisible()
            or not self.centralWidget().isEnabled()
            or time.monotonic() - self._read_at < READ_AGAIN_AFTER_S
        ):
            return
        self.refresh()

    def _fit_banners(self) -> None:
        """On a short window (a laptop at 125% or 150%) the banners above the list become
        one low line each and the heading goes (the list's own header names it), so that
        the list keeps at least three rows in sight under them."""
        room = self.page_area.viewport().height()
        # What the banners, the heading and three rows take at full size, in lines of text
        # (measured at every text size: the welcome's three lines and buttons, a line of
        # unfinished interviews, the heading, and the gaps between them).
        wanted = self.table.minimumHeight() + 16 * self.fontMetrics().lineSpacing()
        compact = room < wanted
        self.heading.setHidden(compact)
        self.page_layout.setSpacing(6 if compact else 12)
        self.page_layout.setContentsMargins(24, 6 if compact else 16, 24, 0)
        for frame in self.page_area.widget().findChildren(QFrame, "welcome"):
            set_banner_compact(frame, compact)

    def _show_chosen_row(self) -> None:
        """Scroll the page and the list so that the chosen row, and the rows around it as far
        as the list has room, are in sight."""
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current)
        self.page_area.ensureWidgetVisible(self.table, 0, 0)

    def _order_tabs(self) -> None:
        """Tab follows the screen, top to bottom and left to right (the layouts' order), not
        the order in which the parts of the window were made."""

        def walk(layout):
            for i in range(layout.count()):
                item = layout.itemAt(i)
                if item.widget() is self.page_area:
                    yield from walk(self.page_layout)
                elif item.widget() is not None:
                    yield item.widget()
                    if item.widget().layout() is not None:
                        yield from walk(item.widget().layout())
                elif item.layout() is not None:
                    yield from walk(item.layout())

        chain = [
            widget
            for widget in walk(self.centralWidget().layout())
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def set_project(self, database: Database) -> None:
        """Show ``database``'s questionnaires once it is open and, if the project lists people,
        once someone has signed in."""
        self.database = database
        self.project_label.setText(
            self.tr("Project: {project} ({protection})").format(
                project=own_direction(database.describe()), protection=database.protection()
            )
        )
        self.hide_project()
        self.server_away.project_opened(database)
        self.access.project_opened()  # then show_project(), or the sign-in first

    def may(self, permission: Permission) -> bool:
        """Whether the person using the window may ``permission`` (see core.roles)."""
        access = getattr(self, "access", None)  # None while the window is being built
        return access is not None and access.may(permission)

    def show_project(self) -> None:
        self.centralWidget().setEnabled(True)
        self.menuBar().setEnabled(True)
        self.statusBar().clearMessage()
        self.refresh()

    def hide_project(self) -> None:
        """Nothing of the project on the screen (before anyone signs in, after signing out)."""
        self.centralWidget().setEnabled(False)
        self.menuBar().setEnabled(False)
        self.model.set_rows([])
        self.welcome.hide()
        self.empty_label.hide()  # not known to be empty: simply not shown yet
        self._update_questionnaire_buttons()

    def _build_welcome(self) -> QFrame:
        self.keep_examples_button = QPushButton(self.tr("Keep the examples"))
        self.keep_examples_button.setDefault(True)
        self.keep_examples_button.clicked.connect(self.keep_examples)
        self.remove_examples_button = QPushButton(self.tr("Remove the examples"))
        self.remove_examples_button.clicked.connect(self.remove_examples)
        return banner(
            self.tr(
                "<b>Welcome to DuoDesk.</b> Three example questionnaires are ready for you to "
                "try: a hepatitis C peer survey, a survey of barriers to training and "
                "employment, and a profile of a drug user organisation. Keep them to practise "
                "with, or remove them if this project is for your own survey only."
            ),
            self.keep_examples_button,
            self.remove_examples_button,
            short=self.tr("<b>Welcome to DuoDesk.</b> Three example questionnaires to try."),
        )

    # -- the selected questionnaire ------------------------------------------------------------

    def selected_questionnaire(self) -> QuestionnaireSummary | None:
        """The questionnaire chosen in the table (the only one, if there is just one)."""
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.model.row_at(rows[0].row())
        return self.model.row_at(0) if self.model.rowCount() == 1 else None

    def add_questionnaire_button(
        self,
        text: str,
        handler: Callable[[QuestionnaireSummary], None],
        permission: Permission = Permission.ENTER_INTERVIEWS,
    ) -> QPushButton:
        """A button below the table that calls ``handler`` with the selected questionnaire.

        ``text`` is in English, as in :data:`duodesk.gui.actions.QUESTIONNAIRE_KEYS`: the button
        says it in the interface language.

        It is enabled only while a questionnaire is selected (or the project has just one), and
        shown only to people whose role has ``permission``.
        """
        text = QCoreApplication.translate("MainWindow", text)
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setEnabled(False)

        def clicked() -> None:
            chosen = self.selected_questionnaire()
            if chosen is not None:
                handler(chosen)

        button.clicked.connect(clicked)
        button.setProperty("permission", permission.value)
        self.questionnaire_buttons.insertWidget(self.questionnaire_buttons.count() - 1, button)
        self._questionnaire_dependent.append(button)
        return button

    def _update_questionnaire_buttons(self) -> None:
        rows = self.model.rowCount()
        if rows and not self.table.selectionModel().selectedRows():
            # Nothing chosen any more (Ctrl+Tab, a click on the empty part of the list): keep
            # the row the list is on, so the buttons never all go grey with questionnaires there.
            current = self.table.currentIndex()
            select_row(self.table, current.row() if current.isValid() else 0)
            return  # selecting calls this again
        summary = self.selected_questionnaire()
        chosen = summary is not None
        if summary is not None and self.model.rowCount() > 1:
            remember(QUESTIONNAIRE, summary.form_id)
        for button in self._questionnaire_dependent:
            permitted = self.may(Permission(button.property("permission")))
            # Only on a change: a button shown before its window is on screen took the keyboard
            # focus away from the other windows.
            if button.isHidden() == permitted:
                button.setVisible(permitted)
            button.setEnabled(chosen and permitted)
        for key, action in getattr(self, "questionnaire_actions", {}).items():
            button = self.questionnaire_action_buttons[key]  # type: ignore[attr-defined]
            if button is None:  # a menu entry with no button
                permitted = self.may(Permission(action.property("permission")))
                action.setVisible(permitted)
                action.setEnabled(chosen and permitted)
                continue
            action.setVisible(button.isVisibleTo(self))
            action.setEnabled(button.isEnabled())

    # -- the screens (each module is imported when its screen first opens) --------------------

    def open_results(self, chosen: QuestionnaireSummary) -> QWidget | None:
        from duodesk.gui.results.window import ResultsWindow

        if refused(self, Permission.SEE_RESULTS):
            return None
        if (open_already := self.child_windows.bring_up(ResultsWindow, chosen.form_id)) is not None:
            return open_already
        window = ResultsWindow(self.database, chosen.form_id, tasks=self.tasks)
        return self.child_windows.open(window)

    def open_themes(self, chosen: QuestionnaireSummary) -> QWidget | None:
        from duodesk.gui.themes.window import CodingWindow

        if refused(self, Permission.SEE_RESULTS):  # every interviewer's written answers
            return None
        if (open_already := self.child_windows.bring_up(CodingWindow, chosen.form_id)) is not None:
            return open_already
        window = CodingWindow(self.database, chosen.form_id, chosen.title, tasks=self.tasks)
        return self.child_windows.open(window)

    def open_form_files(self, chosen: QuestionnaireSummary) -> None:
        """Ask for the files of answer options or data the chosen questionnaire lacks."""
        from duodesk.core.external_choices import empty_files
        from duodesk.gui import operations

        if refused(self, Permission.CHANGE_QUESTIONNAIRES):
            return

        def loaded(questionnaire: Questionnaire) -> None:
            # A file added before that gave no choices is asked for too: the new one replaces it.
            empty = sorted(empty_files(questionnaire))
            needed = (*questionnaire.missing_files, *empty)
            if needed:
                found_empty = (*questionnaire.found_empty, *empty)
                self.ask_for_form_files(
                    replace(questionnaire, missing_files=needed, found_empty=found_empty)
                )
            else:
                self.statusBar().showMessage(
                    self.tr("“{title}” has every file it needs.").format(title=questionnaire.title),
                    10_000,
                )

        self.tasks.read(
            lambda: operations.latest_questionnaire(self.database, chosen.form_id),
            loaded,
            self._fail,
        )

    def add_interviews_from_file(self, chosen: QuestionnaireSummary) -> QWidget | None:
        """Ask for a file of interviews collected elsewhere and add them to ``chosen``."""
        from duodesk.gui.import_dialog import add_interviews_from_file

        return add_interviews_from_file(self, chosen)

    def open_paper_sheets(self, chosen: QuestionnaireSummary) -> QWidget | None:
        from duodesk.gui.paper_sheets_dialog import PaperSheetsDialog

        if refused(self, Permission.SEE_EVERY_INTERVIEW):  # both entries of every sheet
            return None
        if (
            open_already := self.child_windows.bring_up(PaperSheetsDialog, chosen.form_id)
        ) is not None:
            return open_already
        dialog = PaperSheetsDialog(self, self.database, self.tasks, chosen.form_id)
        return self.child_windows.open(dialog)

    def open_export(self, chosen: QuestionnaireSummary) -> QWidget | None:
        from duodesk.gui.export.window import ExportWindow

        if refused(self, Permission.EXPORT):
            return None
        if (open_already := self.child_windows.bring_up(ExportWindow, chosen.form_id)) is not None:
            return open_already
        window = ExportWindow(self.database, chosen.form_id, chosen.title, tasks=self.tasks)
        return self.child_windows.open(window)

    # -- actions -------------------------------------------------------------------------------

    def refresh(self) -> None:
        from duodesk.gui import operations

        self._read_at = time.monotonic()

        self.tasks.run(lambda: operations.load_home(self.database), self._show_home, self._fail)

    def _project_changed(self, changes: Changes) -> None:
        # The list shows every questionnaire with its interview counts: anything may matter.
        if changes and not self._closing:
            self.refresh()

    def _project_busy(self, busy: bool) -> None:
        if self._finishing.isActive():  # the window is closing: that line stays
            self.statusBar().showMessage(
                self.tr(SAVING_TAKES_LONG if self._close_anyway else FINISHING_SAVING)
            )
        elif busy:
            self.statusBar().showMessage(
                self.tr(
                    "Waiting for another program to finish saving to the project. What you do "
                    "here is kept."
                )
            )
        elif self.tasks.gave_up:  # each interview window says which answers wait to be saved
            self.statusBar().showMessage(
                self.tr(
                    "DuoDesk stopped waiting for the project. What could not be saved is kept "
                    "in its window and tried again."
                ),
                30_000,
            )
        else:
            self.statusBar().showMessage(self.tr("The project is free again."), 10_000)

    def _task_failed(self, _error: Exception) -> None:
        """A refresh in the background failed (a list, a banner): say so in a line rather than
        in a box, since nothing the person did was lost."""
        if self._closing or self.server_away.explains(_error):
            return  # a read stopped because the window closes; the server line says why
        self.statusBar().showMessage(
            self.tr("DuoDesk could not read something from the project. {details}").format(
                details=where_details_are()
            ),
            30_000,
        )

    def _show_home(self, home: operations.HomeData) -> None:
        chosen = self.selected_questionnaire()
        self.model.set_rows(home.questionnaires)
        # Choose the questionnaire just added from a file, else keep the one that was chosen;
        # otherwise choose the first, so that the buttons below the list are ready to use.
        forms = [row.form_id for row in home.questionnaires]
        if forms:
            # The one chosen now, else the one chosen last time on this laptop, else the first.
            last = remembered(QUESTIONNAIRE)
            added = self._just_added
            if added in forms:  # a list read before it was added does not forget it
                self._just_added = None
            keep = (
                added
                if added in forms
                else chosen.form_id
                if chosen is not None and chosen.form_id in forms
                else last
                if last in forms
                else forms[0]
            )
            select_row(self.table, forms.index(keep))
        self._update_questionnaire_buttons()
        self.welcome.setVisible(
            home.examples_just_added and self.may(Permission.CHANGE_QUESTIONNAIRES)
        )
        self.empty_label.setVisible(not home.questionnaires)
        self.table.setVisible(bool(home.questionnaires))
        if home.examples_just_added and not self._welcome_focused:
            self._welcome_focused = True  # not again each time the list is read
            self.keep_examples_button.setFocus()
        self.home_loaded.emit()

    def choose_questionnaire_file(self) -> None:
        if refused(self, Permission.CHANGE_QUESTIONNAIRES):
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a questionnaire"),
            str(Path.home()),
            self.tr("XLSForm workbooks (*.xlsx *.xls)"),
        )
        if path:
            self.add_questionnaire_file(Path(path))

    def add_questionnaire_file(self, path: Path, files: dict[str, Path] | None = None) -> None:
        """Add the XLSForm at ``path``; ``files`` are the files it reads choices or data from
        that the person chose elsewhere (by file name)."""
        from duodesk.gui import operations

        if refused(self, Permission.CHANGE_QUESTIONNAIRES):
            return
        self._show_reading(path)
        database = self.database

        def add() -> tuple[SaveResult, list[str]]:
            from duodesk.core.external_choices import missing_column_notes
            from duodesk.core.xlsform import external_choices_place

            result = operations.add_questionnaire_file(database, path, files)
            questionnaire = result.version.questionnaire
            return result, missing_column_notes(questionnaire, lambda: external_choices_place(path))

        self.tasks.run(
            add,
            lambda done: self._questionnaire_added(*done),
            lambda error: self._questionnaire_failed(path, files or {}, error),
        )

    def _show_reading(self, path: Path | None) -> None:
        """Say that the questionnaire file ``path`` is being read (None: it is done)."""
        if path is not None:
            self.reading_label.setText(
                self.tr("Reading “{file}”… A large file can take a minute.").format(file=path.name)
            )
        self.reading_label.setVisible(path is not None)
        self.reading_bar.setVisible(path is not None)
        self.add_button.setEnabled(path is None)

    def _questionnaire_failed(self, path: Path, files: dict[str, Path], error: Exception) -> None:
        self._show_reading(None)
        self._fail(error)

    def _questionnaire_added(self, result: SaveResult, notes: list[str] | None = None) -> None:
        """``notes``: columns the form's files lack (a pulldata() or choice_filter column),
        said at once: the form works, but those answers would stay empty."""
        self._show_reading(None)
        title = result.version.questionnaire.title
        if result.new_version:
            message = self.tr(
                "“{title}” was changed. Interviews already entered keep the questionnaire "
                "they were entered with; new interviews use version {version}."
            ).format(title=title, version=result.version.number)
        elif result.created:
            message = self.tr("“{title}” was added.").format(title=title)
        else:
            message = self.tr("“{title}” is already in this project, unchanged.").format(
                title=title
            )
        self.statusBar().showMessage(message, 10_000)
        # The questionnaire added is the one the person goes on with: choose it in the list
        # once the list shows it (the one chosen before stayed chosen).
        self._just_added = result.version.questionnaire.form_id
        self.refresh()
        if notes:
            QMessageBox.warning(
                self,
                self.tr("A file of “{title}” lacks a column").format(title=title),
                "\n\n".join(notes),
            )
        if result.version.questionnaire.missing_files:
            self.ask_for_form_files(result.version.questionnaire)

    def ask_for_form_files(self, questionnaire: Questionnaire) -> None:
        """Say which choices or data files ``questionnaire`` lacks and add those the person
        chooses."""
        from duodesk.gui import operations
        from duodesk.gui.missing_files import ask_for_missing_files

        chosen = ask_for_missing_files(self, questionnaire)
        if chosen:
            self.tasks.run(
                lambda: operations.add_form_files(self.database, questionnaire.form_id, chosen),
                lambda result: self.form_files_added_from(result, chosen),
                self.form_files_failed,
            )

    def form_files_added_from(self, result: SaveResult, added: dict[str, Path]) -> None:
        still = result.version.questionnaire.missing_files
        message = self.tr("{files} added to “{title}”.").format(
            files=", ".join(added), title=result.version.questionnaire.title
        )
        if still:
            message += " " + self.tr("It still needs {files}.").format(files=", ".join(still))
        self.statusBar().showMessage(message, 10_000)
        self.form_files_added.emit(result)

    def form_files_failed(self, error: Exception) -> None:
        if isinstance(error, InputFileError | ValueError):
            QMessageBox.warning(self, self.tr("This file cannot be used"), str(error))
        else:
            self._fail(error)

    def add_examples(self) -> None:
        from duodesk.gui import operations

        if refused(self, Permission.CHANGE_QUESTIONNAIRES):
            return
        self.tasks.run(lambda: operations.add_examples(self.database), None, self._fail)

    def keep_examples(self) -> None:
        from duodesk.gui import operations

        if refused(self, Permission.CHANGE_QUESTIONNAIRES):
            return
        self.tasks.run(lambda: operations.keep_examples(self.database), None, self._fail)

    def remove_examples(self) -> None:
        from duodesk.gui import operations

        if refused(self, Permission.CHANGE_QUESTIONNAIRES):
            return
        self.tasks.run(
            lambda: operations.remove_examples(self.database),
            self._examples_removed,
            self._fail,
        )

    def _examples_removed(self, removed: operations.ExamplesRemoved) -> None:
        if removed.kept:
            QMessageBox.information(
                self,
                self.tr("Some examples were kept"),
                self.tr(
                    "Interviews were entered with these examples, so they were kept: {titles}"
                ).format(titles=", ".join(removed.kept)),
            )

    def _fail(self, error: Exception) -> None:
        from duodesk.storage.database import ReadsStoppedError

        if isinstance(error, ReadsStoppedError):
            return  # stopped because the window closes: nobody is waiting for it
        if self.server_away.explains(error):
            return  # the line at the top says the server cannot be reached, and what to do
        show_failure(self, error)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Outside dialogs Qt presses a focused button with Space only; people press Enter.
        focused = self.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(focused, QPushButton) and focused.isEnabled():
            focused.click()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close without freezing: a read nobody will see is stopped; a save on its way is
        given a short while to finish, with the window saying so and still redrawing, and
        nothing is said to be saved that is not. While other DuoDesk windows stay open, the
        program (and its worker) goes on, so nothing needs waiting for."""
        if not self._closing and not self._close_anyway and not self.server_away.may_close():
            event.ignore()  # interviews entered on this laptop wait: send them first
            return
        if not self.child_windows.windows() and not self._close_anyway:
            self._closing = True
            self.tasks.drop_queued_reads()
            if self.database is not None:  # else still opening: nothing to save yet
                self.database.stop_reads()
            if self.database is not None and self.tasks.writing():
                event.ignore()
                self._finish_saving()
                return
        self._finishing.stop()
        self.access.closing()
        super().closeEvent(event)
        event.accept()

    def _finish_saving(self) -> None:
        if self._finishing.isActive():
            return
        self._finishing_since = time.monotonic()
        self.centralWidget().setEnabled(False)  # nothing new starts while the window closes
        self.menuBar().setEnabled(False)
        self.project_label.hide()  # the line must not be cut short
        self.statusBar().showMessage(self.tr(FINISHING_SAVING))
        self._finishing.start()

    def _check_finished_saving(self) -> None:
        if not self.tasks.writing():
            self._finishing.stop()
            self.close()
            return
        if time.monotonic() - self._finishing_since < self.finish_saving_s:
            return
        # Taking too long: a save waiting for another program gives up (and its window says
        # it is not saved); one under way may be left, if the person closes again.
        self.tasks.stop_waiting()
        self._close_anyway = True
        self.statusBar().showMessage(self.tr(SAVING_TAKES_LONG))
