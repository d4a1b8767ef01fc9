"""The questionnaire being designed, its undo history and what is selected.

Every edit replaces the whole (immutable) questionnaire with a new one through an
:class:`EditCommand` on a ``QUndoStack``; undo puts the previous value back. Typing in one field
makes one undo step, not one per letter: commands with the same ``merge_key`` in a row merge.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from duodesk.core.form_edits import Path, item_at
from duodesk.core.questionnaire import Group, Question, Questionnaire


@dataclass(frozen=True)
class DesignState:
    """What one undo step restores: the questionnaire, its languages (the default first) and
    the selected item (None: the questionnaire's own settings)."""

    questionnaire: Questionnaire
    languages: tuple[str, ...]
    selected: Path | None


class EditCommand(QUndoCommand):
    _MERGING = 1

    def __init__(
        self,
        document: DesignDocument,
        before: DesignState,
        after: DesignState,
        text: str,
        merge_key: Hashable | None,
    ) -> None:
        super().__init__(text)
        self.document = document
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def id(self) -> int:
        return self._MERGING if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.document.restore(self.after)

    def undo(self) -> None:
        self.document.restore(self.before)


class DesignDocument(QObject):
    """Holds the current :class:`DesignState`; screens read it and ask for edits."""

    changed = Signal()  # the questionnaire or the languages changed
    selection_changed = Signal()

    def __init__(
        self, questionnaire: Questionnaire, languages: tuple[str, ...] = (), parent=None
    ) -> None:
        super().__init__(parent)
        known = tuple(lang for lang in questionnaire.languages() if lang)
        default = questionnaire.settings.default_language
        ordered = tuple(dict.fromkeys((default, *languages, *known) if default else known))
        self.state = DesignState(questionnaire, ordered or ("",), None)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)

    # -- reading -------------------------------------------------------------------------------

    @property
    def questionnaire(self) -> Questionnaire:
        return self.state.questionnaire

    @property
    def languages(self) -> tuple[str, ...]:
        return self.state.languages

    @property
    def default_language(self) -> str:
        return self.state.languages[0]

    @property
    def selected(self) -> Path | None:
        return self.state.selected

    def selected_item(self) -> Question | Group | None:
        if self.state.selected is None:
            return None
        try:
            return item_at(self.questionnaire, self.state.selected)
        except IndexError:
            return None

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    # -- changing ------------------------------------------------------------------------------

    def select(self, path: Path | None) -> None:
        if path != self.state.selected:
            self.state = DesignState(self.questionnaire, self.languages, path)
            self.selection_changed.emit()

    def apply(
        self,
        questionnaire: Questionnaire,
        text: str,
        *,
        select: Path | type[...] | None = ...,
        languages: tuple[str, ...] | None = None,
        merge_key: Hashable | None = None,
    ) -> None:
        """Make ``questionnaire`` the current one, as one undoable step called ``text``."""
        after = DesignState(
            questionnaire,
            languages if languages is not None else self.languages,
            self.selected if select is ... else select,  # type: ignore[arg-type]
        )
        if after == self.state:
            return
        self.undo_stack.push(EditCommand(self, self.state, after, text, merge_key))

    def edit(
        self,
        text: str,
        change: Callable[[Questionnaire], Questionnaire],
        merge_key: Hashable | None = None,
    ) -> None:
        self.apply(change(self.questionnaire), text, merge_key=merge_key)

    def restore(self, state: DesignState) -> None:
        selection_moved = state.selected != self.state.selected
        self.state = state
        self.changed.emit()
        if selection_moved:
            self.selection_changed.emit()

    def mark_saved(self) -> None:
        self.undo_stack.setClean()
