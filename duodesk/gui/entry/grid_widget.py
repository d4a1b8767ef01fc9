"""A Likert grid: statements down the side, the shared scale across the top, radio buttons.

Each statement row is its own question. Number keys choose a scale point for the row that has
the focus and move on to the next row, so a whole grid can be answered with the number keys.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.questionnaire import Group, Question, Questionnaire, text_in
from duodesk.gui.entry.question_widgets import (
    choice_text,
    is_complete_entry,
    is_stray_key,
    label_text,
)


class LikertGrid(QWidget):
    answer_changed = Signal(str)  # the statement's question name
    stray_typing = Signal(str, str)  # the first statement changed, what was typed
    typing_ended = Signal(str)  # the statement answered by a number key after stray typing

    def __init__(
        self,
        group: Group,
        questions: tuple[Question, ...],
        questionnaire: Questionnaire,
        language: str,
    ) -> None:
        super().__init__()
        self.group = group
        self.questionnaire = questionnaire
        default = questionnaire.settings.default_language
        list_name = group.grid_list_name() or questions[0].list_name
        self.scale = questionnaire.choice_lists[list_name].choices
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        hint = text_in(group.hint, language, default)
        # Texts as written, with their ${...}: see fill_texts.
        self._written: dict[QLabel, tuple[str, str]] = {}
        if hint:
            hint_label = QLabel(hint)
            hint_label.setObjectName("questionHint")
            hint_label.setWordWrap(True)
            layout.addWidget(hint_label)
            self._written[hint_label] = ("", hint)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 3)
        for column, choice in enumerate(self.scale, start=1):
            number = f"{column}\n" if column <= 9 else ""
            header = QLabel(number + choice_text(choice, questionnaire, language))
            self._written[header] = ("", header.text())
            header.setObjectName("gridHeader")
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, column)
            grid.setColumnStretch(column, 1)
        # The scale again at the top of the screen once the grid is scrolled past its own
        # heading (a short screen shows a few rows), so every row's buttons stay named.
        self.scale_headers = [
            grid.itemAtPosition(0, column).widget() for column in range(1, len(self.scale) + 1)
        ]
        self.sticky_scale = QWidget(self)
        self.sticky_scale.setObjectName("gridScale")
        self.sticky_scale.setAutoFillBackground(True)
        self.sticky_copies = []
        for header in self.scale_headers:
            copy = QLabel(header.text(), self.sticky_scale)
            copy.setObjectName("gridHeader")
            copy.setWordWrap(True)
            copy.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.sticky_copies.append(copy)
        self.sticky_scale.hide()
        self.groups: dict[str, QButtonGroup] = {}
        self.rows: dict[str, list[QRadioButton]] = {}
        self.row_labels: dict[str, QLabel] = {}
        self._quiet = False
        # A run of printable keys with nothing else between them, and the rows before it.
        self._typed = ""
        self._stray = ""  # letters typed in a row that answered nothing and undid nothing
        self._before: dict[str, str | None] = {}
        self._by_key = False
        for row, question in enumerate(questions, start=1):
            statement = label_text(question, questionnaire, language)
            row_label = QLabel(statement)
            row_label.setWordWrap(True)
            row_label.setObjectName("gridStatement")
            grid.addWidget(row_label, row, 0)
            self.row_labels[question.name] = row_label
            self._written[row_label] = (question.name, statement)
            buttons = QButtonGroup(self)
            self.groups[question.name] = buttons
            self.rows[question.name] = []
            for column, choice in enumerate(self.scale, start=1):
                button = QRadioButton()
                button.setObjectName("gridChoice")
                button.setAccessibleName(
                    f"{statement}: {choice_text(choice, questionnaire, language)}"
                )
                button.setProperty("choice_name", choice.name)
                buttons.addButton(button)
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignCenter)
                self.rows[question.name].append(button)
            buttons.buttonToggled.connect(
                lambda _button, checked, name=question.name: checked and self._changed(name)
            )
        layout.addLayout(grid)
        self.error_label = QLabel()
        self.error_label.setObjectName("questionError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self._errors: dict[str, str] = {}

    def keep_scale_in_sight(self, viewport: QWidget) -> None:
        """Show the scale at the top of ``viewport`` (the scroll area's) while the grid's own
        heading is scrolled out of it and rows are still in sight; hide it otherwise."""
        top = -self.mapTo(viewport, QPoint(0, 0)).y()  # the viewport's top, in the grid
        height = self.scale_height()
        first = self.scale_headers[0]
        if top <= first.y() or top + height >= self.height() or not self.isVisible():
            self.sticky_scale.hide()
            return
        self.sticky_scale.setGeometry(0, top, self.width(), height)
        for copy, header in zip(self.sticky_copies, self.scale_headers, strict=True):
            copy.setGeometry(header.x(), 2, header.width(), header.height())
        self.sticky_scale.show()
        self.sticky_scale.raise_()

    def scale_height(self) -> int:
        """How tall the scale's heading is (what the scale kept in sight covers)."""
        return max(header.height() for header in self.scale_headers) + 4

    def fill_texts(self, fill: Callable[[str, str], str]) -> None:
        """Show the hint, the scale and the statements with their ``${...}`` filled in by
        ``fill(text, name)`` (``name``: the statement's question, ``""`` for the others)."""
        for label, (name, written) in self._written.items():
            text = fill(written, name)
            if label.text() != text:
                label.setText(text)
        for copy, header in zip(self.sticky_copies, self.scale_headers, strict=True):
            copy.setText(header.text())  # the scale kept in sight says what the scale says

    @property
    def names(self) -> list[str]:
        return list(self.rows)

    def value_of(self, name: str) -> str | None:
        for button in self.rows[name]:
            if button.isChecked():
                return button.property("choice_name")
        return None

    def set_value_of(self, name: str, value: object | None) -> None:
        self._quiet = True
        group = self.groups[name]
        group.setExclusive(False)
        for button in self.rows[name]:
            button.setChecked(button.property("choice_name") == value)
        group.setExclusive(True)
        self._quiet = False

    def set_error_of(self, name: str, text: str | None) -> None:
        if text:
            self._errors[name] = text
        else:
            self._errors.pop(name, None)
        lines = [
            f"{self.row_labels[n].text()}: {message}"
            for n, message in self._errors.items()
            if n in self.row_labels
        ]
        self.error_label.setText("\n".join(lines))
        self.error_label.setVisible(bool(lines))

    def set_row_visible(self, name: str, visible: bool) -> None:
        self.row_labels[name].setVisible(visible)
        for button in self.rows[name]:
            button.setVisible(visible)

    def focus_input(self) -> None:
        for name in self.names:
            buttons = [b for b in self.rows[name] if b.isVisible() or not self.isVisible()]
            if buttons:
                checked = [b for b in buttons if b.isChecked()]
                (checked or buttons)[0].setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _changed(self, name: str) -> None:
        if not self._by_key:
            self._typed = ""  # a click or an arrow key ends a run of typing
            self._stray = ""
        if not self._quiet:
            self.answer_changed.emit(name)

    def _focused_row(self) -> str | None:
        focused = self.focusWidget()
        for name, buttons in self.rows.items():
            if focused in buttons:
                return name
        return None

    def _undo_typing(self) -> None:
        """Typing meant for a box (a date such as 25/12/2026) is not a row of choices: put
        back what the rows held before it began, and say so."""
        changed = [n for n, value in self._before.items() if self.value_of(n) != value]
        self._by_key = True
        try:
            for name in changed:
                self.set_value_of(name, self._before[name])
                self.answer_changed.emit(name)
        finally:
            self._by_key = False
        first = changed[0] if changed else self.names[0]
        self.rows[first][0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.stray_typing.emit(first, self._typed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        name = self._focused_row()
        # A key held with Alt or Ctrl is a shortcut tried, not typing.
        modifiers = event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        printable = plain and len(text) == 1 and text.isprintable() and not text.isspace()
        if not printable:
            self._typed = ""
            self._stray = ""
        elif name is not None:
            if is_complete_entry(self._typed):
                self._typed = ""  # a whole date or time was typed: the next key starts afresh
            if is_stray_key(text) and (not self._typed or self._typed.isdigit()):
                # A letter: the rows answered just before keep their answers, and the next
                # number key answers a row again.
                self._typed = ""
                self._stray += text
                self.stray_typing.emit(name, self._stray)
                event.accept()
                return
            self._stray = ""
            if not self._typed:
                self._before = {n: self.value_of(n) for n in self.names}
            self._typed += text
            if not self._typed.isdigit():
                self._undo_typing()
                event.accept()
                return
        if name is not None and text.isdigit() and text != "0":
            number = int(text)
            if number <= len(self.scale):
                self._by_key = True
                try:
                    self.rows[name][number - 1].setChecked(True)
                finally:
                    self._by_key = False
                names = self.names
                following = names[names.index(name) + 1 :]
                target = next((n for n in following if self.rows[n][0].isVisible()), None)
                if target is not None:
                    self.rows[target][0].setFocus(Qt.FocusReason.TabFocusReason)
                else:
                    self.rows[name][number - 1].setFocus(Qt.FocusReason.ShortcutFocusReason)
                self.typing_ended.emit(name)
                event.accept()
                return
        super().keyPressEvent(event)
