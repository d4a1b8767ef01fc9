"""The designer window: the question list, the editor of what is selected, a preview with the
interview screen's own widgets, and the checks before use."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QWidget,
)

from duodesk.core import form_edits
from duodesk.core.checks import QuestionnaireError
from duodesk.core.form_edits import Path as ItemPath
from duodesk.core.questionnaire import Group, Question, Questionnaire, QuestionType
from duodesk.gui.designer import operations
from duodesk.gui.designer.checks_panel import ChecksPanel
from duodesk.gui.designer.document import DesignDocument
from duodesk.gui.designer.fields import TYPE_WORDS, designer_words
from duodesk.gui.designer.files import DesignerFiles
from duodesk.gui.designer.group_editor import GroupEditor
from duodesk.gui.designer.preview import QuestionPreview, TryDialog, problems_before_trying
from duodesk.gui.designer.question_editor import QuestionEditor
from duodesk.gui.designer.question_list import QuestionTreeModel, QuestionTreeView
from duodesk.gui.designer.settings_editor import SettingsEditor
from duodesk.gui.designer.window_layout import (
    CurrentPageStack,
    build_actions,
    build_layout,
    share_width,
    wrap_toolbars,
)
from duodesk.gui.screen_fit import fit_to_screen
from duodesk.gui.tasks import ProjectWorker
from duodesk.storage.database import Database
from duodesk.storage.questionnaires import SaveResult


class DesignerWindow(DesignerFiles, QMainWindow):
    saved = Signal(object)  # SaveResult, after a save finished
    save_failed = Signal(str)
    form_imported = Signal()  # an XLSForm was read and is now in the designer

    def __init__(
        self,
        database: Database,
        questionnaire: Questionnaire,
        *,
        stored: bool = False,
        interviews: int = 0,
        tasks: ProjectWorker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.interviews = interviews
        self._own_worker = tasks is None  # shown on its own (tests, a preview)
        self.tasks = tasks if tasks is not None else ProjectWorker(self)
        self._close_after_save = False
        self.try_dialog: TryDialog | None = None
        self.document = DesignDocument(questionnaire, parent=self)
        fit_to_screen(self, (1366, 768))

        self.model = QuestionTreeModel(self)
        self.tree = QuestionTreeView()
        self.tree.setModel(self.model)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.model.move_requested.connect(self.move_item)
        self.tree.step_requested.connect(self.move_selected)
        self.model.modelReset.connect(self._restore_tree_selection)

        self.settings_editor = SettingsEditor(self.document)
        self.settings_editor.form_id_fixed = stored
        self.question_editor = QuestionEditor(self.document)
        self.group_editor = GroupEditor(self.document)
        self.grid_editor = GroupEditor(self.document, grid=True)
        self.editors = CurrentPageStack()
        for editor in (
            self.settings_editor,
            self.question_editor,
            self.group_editor,
            self.grid_editor,
        ):
            self.editors.addWidget(editor)
        # A field too wide to sit beside its label goes under it, so that the editor pane
        # never scrolls sideways on a small screen (labels cut, boxes out of sight).
        for form in self.editors.findChildren(QFormLayout):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setWidget(self.editors)
        editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.editor_scroll = editor_scroll
        # The box the keyboard reaches is scrolled into view (Tab alone never scrolls).
        QApplication.instance().focusChanged.connect(self._show_focused)

        self.preview = QuestionPreview()
        self.checks = ChecksPanel()
        self.checks.go_to.connect(self.go_to_name)

        build_actions(self)
        self.panes = build_layout(self)
        self.panes_shared = False  # the panes got their first shares (see share_width)
        self._balance = QTimer(self, singleShot=True, interval=0)
        self._balance.timeout.connect(self.give_the_editor_its_width)
        self.setCentralWidget(self.panes)
        self.document.changed.connect(self._document_changed)
        self.document.selection_changed.connect(self._selection_changed)
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        # "Undo" names the last change ("Annuler Ajouter une partie répétée" in French): the
        # toolbars wrap again once it has its new width, or Close went behind a ».
        self._rewrap = QTimer(self, singleShot=True, interval=0)
        self._rewrap.timeout.connect(self.wrap_toolbars)
        self.document.undo_stack.indexChanged.connect(lambda _index: self._rewrap.start())
        self._document_changed()
        self._selection_changed()
        self.checks.check_now(self.document.questionnaire)
        self.statusBar().showMessage(
            self.tr(
                "%n interviews use this questionnaire: saving a change makes a new version, "
                "and those interviews keep theirs.",
                "",
                interviews,
            )
            if interviews
            else self.tr("Changes are kept when you press Save.")
        )

    # -- layout --------------------------------------------------------------------------------

    # -- keeping the screen in step with the document ------------------------------------------

    def _document_changed(self) -> None:
        questionnaire = self.document.questionnaire
        self.model.set_questionnaire(questionnaire, self.document.default_language)
        self.tree.expandAll()
        self._show_editor()
        self.checks.schedule(questionnaire)
        self._update_title()

    def _selection_changed(self) -> None:
        self._restore_tree_selection()
        self._show_editor()

    def _restore_tree_selection(self) -> None:
        path = self.document.selected
        index = self.model.index_of(path) if path else None
        selection = self.tree.selectionModel()
        selection.blockSignals(True)
        if index is not None and index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        else:
            self.tree.clearSelection()
        selection.blockSignals(False)

    def _show_editor(self) -> None:
        item = self.document.selected_item()
        questionnaire = self.document.questionnaire
        if item is None:
            self.settings_editor.load()
            self.editors.setCurrentWidget(self.settings_editor)
        elif isinstance(item, Question):
            self.question_editor.load(self.document.selected)
            self.editors.setCurrentWidget(self.question_editor)
        else:
            editor = (
                self.grid_editor
                if item.on_one_page and _looks_like_grid(item)
                else self.group_editor
            )
            editor.load(self.document.selected)
            self.editors.setCurrentWidget(editor)
        self.editors.updateGeometry()  # its size is the page's, which just changed
        self.give_the_editor_its_width()
        self.preview.show_item(item, questionnaire, self.document.default_language)

    def _tree_current_changed(self, current, _previous) -> None:
        self.document.select(self.model.path_of(current) if current.isValid() else None)

    def _update_title(self) -> None:
        title = self.document.questionnaire.title
        if self.document.is_modified():
            words = self.tr("Designing “{title}” (not saved) — DuoDesk")
        else:
            words = self.tr("Designing “{title}” — DuoDesk")
        self.setWindowTitle(words.format(title=title))

    def _show_focused(self, _old, new) -> None:
        with contextlib.suppress(RuntimeError):  # the window may be gone already
            if new is not None and self.editors.isAncestorOf(new):
                self.editor_scroll.ensureWidgetVisible(new)

    def go_to_name(self, name: str) -> None:
        path = form_edits.path_of(self.document.questionnaire, name)
        if path is not None:
            # A statement of a grid is edited in its grid.
            parent = path[:-1]
            if parent:
                group = form_edits.item_at(self.document.questionnaire, parent)
                if isinstance(group, Group) and group.is_grid:
                    path = parent
            self.document.select(path)
            self.tree.setFocus()

    # -- adding, moving, copying, deleting ----------------------------------------------------

    def _insertion_point(self) -> tuple[ItemPath, int]:
        path = self.document.selected
        if path is None:
            return (), len(self.document.questionnaire.children)
        item = form_edits.item_at(self.document.questionnaire, path)
        if isinstance(item, Group) and not item.is_grid:
            return path, len(item.children)
        return path[:-1], path[-1] + 1

    def _insert(self, item: Question | Group, text: str) -> ItemPath:
        parent, index = self._insertion_point()
        questionnaire, path = form_edits.insert_item(
            self.document.questionnaire, parent, index, item
        )
        self.document.apply(questionnaire, text, select=path)
        self._type_the_label()
        return path

    def _type_the_label(self) -> None:
        """After adding, the keyboard goes to the new item's text (it stayed on "Add a
        question", and the mouse was needed to start typing the question)."""
        editor = self.editors.currentWidget()
        label = getattr(editor, "label", None)
        if label is not None and hasattr(label, "type_here"):
            label.type_here()
            self.editor_scroll.ensureWidgetVisible(label)

    def add_question(self, kind: QuestionType) -> ItemPath:
        item = form_edits.new_question(self.document.questionnaire, kind)
        kind_words = designer_words(TYPE_WORDS[kind]).lower()
        return self._insert(item, self.tr("Add a question ({kind})").format(kind=kind_words))

    def add_section(self) -> ItemPath:
        return self._insert(
            form_edits.new_group(self.document.questionnaire), self.tr("Add a section")
        )

    def add_repeat(self) -> ItemPath:
        questionnaire = self.document.questionnaire
        return self._insert(
            form_edits.new_group(questionnaire, repeat=True), self.tr("Add a repeated section")
        )

    def add_grid(self) -> ItemPath:
        return self._insert(
            form_edits.new_group(self.document.questionnaire, grid=True), self.tr("Add a grid")
        )

    def move_item(self, path: tuple, parent: tuple, index: int) -> None:
        try:
            questionnaire, new_path = form_edits.move_item(
                self.document.questionnaire, tuple(path), tuple(parent), index
            )
        except (ValueError, IndexError):
            return
        self.document.apply(questionnaire, self.tr("Move a question"), select=new_path)

    def move_selected(self, step: int) -> None:
        path = self.document.selected
        if path is None:
            return
        target = form_edits.step_path(self.document.questionnaire, path, step)
        if target is not None:
            self.move_item(path, *target)

    def duplicate_selected(self) -> None:
        path = self.document.selected
        if path is not None:
            questionnaire, new_path = form_edits.duplicate(self.document.questionnaire, path)
            self.document.apply(questionnaire, self.tr("Duplicate a question"), select=new_path)

    def delete_selected(self) -> None:
        path = self.document.selected
        if path is None:
            return
        questionnaire = form_edits.remove_item(self.document.questionnaire, path)
        siblings = form_edits.children_at(questionnaire, path[:-1])
        if siblings:
            select: ItemPath | None = (*path[:-1], min(path[-1], len(siblings) - 1))
        else:
            select = path[:-1] or None
        self.document.apply(questionnaire, self.tr("Delete a question"), select=select)

    # -- saving, trying, files -----------------------------------------------------------------

    def save(self) -> None:
        questionnaire = self.document.questionnaire
        try:
            operations.ready_to_store(questionnaire)
        except QuestionnaireError as error:
            self._cannot_save(error)
            return
        self.save_action.setEnabled(False)
        index = self.document.undo_stack.index()
        self.tasks.run(
            lambda: operations.save_design(
                self.database, questionnaire, new=not self.settings_editor.form_id_fixed
            ),
            lambda result: self._saved(result, index),
            self._save_error,
        )

    def _saved(self, result: SaveResult, index: int) -> None:
        self.save_action.setEnabled(True)
        if self.document.undo_stack.index() == index:
            self.document.mark_saved()
        self.settings_editor.form_id_fixed = True
        self._show_editor()
        if result.new_version:
            message = self.tr(
                "Saved as version {number}. Interviews already entered keep the version they "
                "were entered with."
            ).format(number=result.version.number)
        elif result.created:
            message = self.tr("Saved.")
        else:
            message = self.tr("Saved (nothing had changed).")
        self.statusBar().showMessage(message, 15_000)
        self.saved.emit(result)
        if self._close_after_save and not self.document.is_modified():
            self.close()

    def _save_error(self, error: Exception) -> None:
        self._close_after_save = False
        self.save_action.setEnabled(True)
        self.save_failed.emit(str(error))
        QMessageBox.critical(
            self,
            self.tr("Not saved"),
            self.tr("The questionnaire could not be saved. Nothing was changed.\n\n{error}").format(
                error=error
            ),
        )

    def _cannot_save(self, error: QuestionnaireError) -> None:
        self._close_after_save = False
        self.checks.check_now(self.document.questionnaire)
        self.save_failed.emit(str(error))
        self.statusBar().showMessage(
            self.tr(
                "Not saved yet: fix the problems marked “Must be fixed” under Checks before use."
            ),
            15_000,
        )

    def try_questionnaire(self) -> TryDialog | None:
        questionnaire = self.document.questionnaire
        problems = problems_before_trying(questionnaire)
        if problems or not questionnaire.questions():
            self.checks.check_now(questionnaire)
            self.statusBar().showMessage(
                self.tr("It cannot be tried yet: fix the problems marked “Must be fixed” first."),
                15_000,
            )
            return None
        dialog = TryDialog(questionnaire, self.document.default_language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.try_dialog = dialog
        return dialog

    # -- closing -------------------------------------------------------------------------------

    def ask_about_unsaved_changes(self) -> QMessageBox.StandardButton:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Save the changes?"),
            self.tr("“{title}” has changes that are not saved.").format(
                title=self.document.questionnaire.title
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        self.unsaved_prompt = box
        return QMessageBox.StandardButton(box.exec())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.wrap_toolbars()
        self._balance.start()  # once the panes have their new sizes

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # View > Larger text / Smaller text
            self.wrap_toolbars()
            self._balance.start()

    def wrap_toolbars(self) -> None:
        wrap_toolbars(self)

    def give_the_editor_its_width(self) -> None:
        share_width(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape is the close action's key, but the question list keeps Escape from shortcuts
        # (it would end an edit): the key comes here instead.
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.document.is_modified():
            answer = self.ask_about_unsaved_changes()
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                # Closed once the save has finished (and not if it is refused or fails).
                event.ignore()
                self._close_after_save = True
                self.save()
                return
        if self._own_worker:
            self.tasks.wait()
        event.accept()


def _looks_like_grid(group: Group) -> bool:
    """A table-list section (a grid, possibly still without statements)."""
    return "table-list" in group.appearance.split()
