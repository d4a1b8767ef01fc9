"""How the designer joins the main window: "New questionnaire…" beside "Add a questionnaire
from a file…" (and in the File menu), and "Edit…" for the selected questionnaire."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from duodesk.core import form_edits
from duodesk.gui.designer import operations
from duodesk.gui.designer.window import DesignerWindow
from duodesk.storage.questionnaires import QuestionnaireSummary

if TYPE_CHECKING:
    from duodesk.gui.main_window import MainWindow

NEW_TITLE = "New questionnaire"


class DesignerHooks(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.designers: list[DesignerWindow] = []
        self.new_button = QPushButton("New questionnaire…")
        self.new_button.setAccessibleName("Make a new questionnaire")
        self.new_button.clicked.connect(self.new_questionnaire)
        window.file_buttons.insertWidget(1, self.new_button)
        self.edit_button = window.add_questionnaire_button("Edit…", self.edit)

    def new_questionnaire(self) -> DesignerWindow:
        designer = DesignerWindow(self.window.database, form_edits.empty_questionnaire(NEW_TITLE))
        self._show(designer)
        designer.settings_editor.title.setFocus()
        designer.settings_editor.title.selectAll()
        return designer

    def edit(self, summary: QuestionnaireSummary) -> None:
        database = self.window.database
        self.window.tasks.run(
            lambda: operations.open_for_design(database, summary.form_id),
            self._opened,
            self.window._fail,
        )

    def _opened(self, source: operations.DesignSource) -> None:
        designer = DesignerWindow(
            self.window.database,
            source.questionnaire,
            stored=True,
            interviews=source.interviews,
        )
        self._show(designer)

    def _show(self, designer: DesignerWindow) -> None:
        designer.saved.connect(lambda _result: self.window.refresh())
        designer.destroyed.connect(lambda: self._forget(designer))
        self.designers.append(designer)
        designer.show()

    def _forget(self, designer: DesignerWindow) -> None:
        if designer in self.designers:
            self.designers.remove(designer)


def install(window: MainWindow) -> DesignerHooks:
    return DesignerHooks(window)
