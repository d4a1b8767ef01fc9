"""How the designer joins the main window: "New questionnaire…" beside "Add a questionnaire
from a file…" (and in the File menu), and "Edit…" for the selected questionnaire.

The designer's modules are imported when it first opens, not when the main window starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QPushButton

from duodesk.core.roles import Permission
from duodesk.gui.people.access import refused

if TYPE_CHECKING:
    from duodesk.gui.designer import operations
    from duodesk.gui.designer.window import DesignerWindow
    from duodesk.gui.main_window import MainWindow
    from duodesk.storage.questionnaires import QuestionnaireSummary

#: A new questionnaire's title until it is given one, in the interface language.
NEW_TITLE = QT_TRANSLATE_NOOP("Designer", "New questionnaire")


class DesignerHooks(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new_button = QPushButton(
            "New questionnaire…"
        )  # in the main window's words: see MainWindow
        self.new_button.setAccessibleName("Make a new questionnaire")
        self.new_button.clicked.connect(self.new_questionnaire)
        window.file_buttons.insertWidget(1, self.new_button)
        self.edit_button = window.add_questionnaire_button(
            QT_TRANSLATE_NOOP("MainWindow", "Edit…"), self.edit, Permission.CHANGE_QUESTIONNAIRES
        )

    def new_questionnaire(self) -> DesignerWindow | None:
        from duodesk.core import form_edits
        from duodesk.gui.designer.window import DesignerWindow

        if refused(self.window, Permission.CHANGE_QUESTIONNAIRES):
            return None
        designer = DesignerWindow(
            self.window.database,
            form_edits.empty_questionnaire(QCoreApplication.translate("Designer", NEW_TITLE)),
            tasks=self.window.tasks,
        )
        self._show(designer)
        designer.settings_editor.title.setFocus()
        designer.settings_editor.title.selectAll()
        return designer

    def edit(self, summary: QuestionnaireSummary) -> None:
        from duodesk.gui.designer import operations

        if refused(self.window, Permission.CHANGE_QUESTIONNAIRES):
            return
        database = self.window.database
        self.window.tasks.read(
            lambda: operations.open_for_design(database, summary.form_id),
            self._opened,
            self.window._fail,
        )

    def _opened(self, source: operations.DesignSource) -> None:
        from duodesk.gui.designer.window import DesignerWindow

        designer = DesignerWindow(
            self.window.database,
            source.questionnaire,
            stored=True,
            interviews=source.interviews,
            tasks=self.window.tasks,
        )
        self._show(designer)

    @property
    def designers(self) -> list[DesignerWindow]:
        """The designer windows open now, oldest first."""
        from duodesk.gui.designer.window import DesignerWindow

        return self.window.child_windows.windows(DesignerWindow)

    def _show(self, designer: DesignerWindow) -> None:
        self.window.child_windows.open(designer)


def install(window: MainWindow) -> DesignerHooks:
    return DesignerHooks(window)
