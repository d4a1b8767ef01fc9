"""One widget per question type, all with the same small interface.

:func:`make_question_widget` is the public entry point, used by the interview screen and by
anything else that shows a question (a preview, a practice run). Every widget is a
:class:`QuestionWidget`: ``value()`` gives the typed answer (see :mod:`duodesk.core.values`;
None for no answer), ``set_value(v)`` shows one without emitting ``answer_changed``,
``set_error(text)`` shows a plain message under the question (None hides it), and
``answer_changed`` is emitted with the question's name whenever the person changes the answer.

Keyboard: number keys 1-9 choose the options of a select question; the arrow keys move along
all the options (the only way to options 10 and after), Space toggles a check box; every
control can be reached with Tab and has an accessible name. Typing meant for a box (a
date such as "25/12/2026", a number of three digits) that lands on a select question instead
is not taken as choices: the answer goes back to what it was before that typing began and
``stray_typing`` says what was typed. A key that fits no answer and no box (a letter) changes
nothing: what is ticked stays ticked, ``stray_typing`` says what was typed, and the next number
key chooses again (``typing_ended`` then says the message about it can go).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.questionnaire import (
    Choice,
    Question,
    Questionnaire,
    QuestionType,
    first_of_each_name,
    text_in,
)
from duodesk.core.values import AnswerError, parse_answer, to_text

_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})")
TYPE_HINTS = {
    QuestionType.INTEGER: QT_TRANSLATE_NOOP("QuestionWidget", "Type a whole number"),
    QuestionType.DECIMAL: QT_TRANSLATE_NOOP("QuestionWidget", "Type a number"),
    QuestionType.DATE: QT_TRANSLATE_NOOP(
        "QuestionWidget", "Type a date like 25/12/2024, or choose it on the calendar"
    ),
    QuestionType.TIME: QT_TRANSLATE_NOOP("QuestionWidget", "Type a time like 14:30"),
    QuestionType.DATETIME: QT_TRANSLATE_NOOP(
        "QuestionWidget", "Type a date and time like 2024-12-25 14:30"
    ),
    QuestionType.BARCODE: QT_TRANSLATE_NOOP("QuestionWidget", "Type the code"),
}
# Inside the box, shorter than the message above so that it is never cut (the calendar button
# beside a date box says the rest).
BOX_HINTS = {
    QuestionType.DATE: QT_TRANSLATE_NOOP("QuestionWidget", "Day/month/year, like 25/12/2024"),
    QuestionType.DATETIME: QT_TRANSLATE_NOOP("QuestionWidget", "Like 2024-12-25 14:30"),
}

translate = QCoreApplication.translate


def label_text(question: Question, questionnaire: Questionnaire, language: str) -> str:
    """The question's label in ``language``, or its name when the form gives no label."""
    default = questionnaire.settings.default_language
    return text_in(question.label, language, default) or question.name


def choice_text(choice: Choice, questionnaire: Questionnaire, language: str) -> str:
    return text_in(choice.label, language, questionnaire.settings.default_language) or choice.name


def _as_written(text: str) -> str:
    return text


class QuestionWidget(QWidget):
    """A question: its label, hint, answer controls and a place for a message."""

    answer_changed = Signal(str)  # the question's name
    stray_typing = Signal(str, str)  # the question's name, what was typed that is not a choice
    typing_ended = Signal(str)  # the question's name: a number key chose again after stray typing

    def __init__(
        self,
        question: Question,
        questionnaire: Questionnaire,
        language: str,
        *,
        show_label: bool = True,
        required: bool = False,
    ) -> None:
        super().__init__()
        self.question = question
        self.questionnaire = questionnaire
        self.language = language
        # Fills in the ${...} of the texts shown (see fill_texts); as written until then.
        self.fill: Callable[[str], str] = _as_written
        self._required = required
        default = questionnaire.settings.default_language
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 4)
        self._layout.setSpacing(8)
        self.label = QLabel()
        self.label.setObjectName("questionLabel")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.set_required(required)
        self.label.setVisible(show_label)
        self._layout.addWidget(self.label)
        hint = text_in(question.hint, language, default)
        self._hint = hint  # as written, with its ${...}
        self.hint = QLabel(hint)
        self.hint.setObjectName("questionHint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        self._layout.addWidget(self.hint)
        # A calm line for an answer that is kept but not shown (a participant code's part).
        self.kept_note = QLabel()
        self.kept_note.setObjectName("keptNote")
        self.kept_note.setWordWrap(True)
        self.kept_note.hide()
        self._layout.addWidget(self.kept_note)
        self._box_hint: str | None = None  # the box's own placeholder, while kept_note shows
        self.missing_file_notice = QLabel(_missing_file_words(questionnaire, question))
        self.missing_file_notice.setObjectName("notice")
        self.missing_file_notice.setWordWrap(True)
        self.missing_file_notice.setVisible(bool(self.missing_file_notice.text()))
        self._layout.addWidget(self.missing_file_notice)
        # The message goes above the answers, where it is seen even when a long list of
        # options runs past the bottom of the page.
        self.error_label = QLabel()
        self.error_label.setObjectName("questionError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self._layout.addWidget(self.error_label)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        self._layout.addLayout(self.body)
        self._quiet = False  # True while set_value() fills the controls
        # A run of printable keys with nothing else between them, and the answer before it.
        self._typed = ""
        self._before_typing: object | None = None
        self._choosing_by_key = False
        self._stray = ""  # letters typed in a row that chose nothing and undid nothing

    # -- the public interface --------------------------------------------------------------------

    def value(self) -> object | None:
        """The typed answer, or None for no answer (or for text that is not a valid answer:
        see :meth:`input_problem`)."""
        raise NotImplementedError

    def set_value(self, value: object | None) -> None:
        """Show ``value`` (a typed answer, None for none) without emitting ``answer_changed``."""
        self._quiet = True
        try:
            self._show(value)
        finally:
            self._quiet = False

    def set_error(self, text: str | None) -> None:
        self.error_label.setText(text or "")
        self.error_label.setVisible(bool(text))
        self.setAccessibleDescription(text or "")

    def error(self) -> str | None:
        return self.error_label.text() if self.error_label.isVisible() else None

    def input_problem(self) -> str | None:
        """Why what was typed is not an answer of this type (``"Type a whole number"``), or
        None when it is one (or nothing was typed)."""
        return None

    def fill_texts(self, fill: Callable[[str], str]) -> None:
        """Show the label, hint and choices with their ``${...}`` filled in by ``fill`` (the
        answers as they stand); call again whenever the answers change."""
        self.fill = fill
        self.set_required(self._required)
        hint = fill(self._hint)
        if hint != self.hint.text():
            self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self._fill_choice_texts()

    def set_kept_note(self, text: str | None) -> None:
        """Say under the question that its answer is kept though its box is empty (None: not)."""
        self.kept_note.setText(text or "")
        self.kept_note.setVisible(bool(text))
        editor = getattr(self, "editor", None)
        if isinstance(editor, QLineEdit):  # the empty box says so too, not "Type a number"
            if self._box_hint is None:
                self._box_hint = editor.placeholderText()
            kept = translate("QuestionWidget", "Recorded (hidden)")
            editor.setPlaceholderText(kept if text else self._box_hint)

    def set_required(self, required: bool) -> None:
        self._required = required
        text = self.fill(label_text(self.question, self.questionnaire, self.language))
        self.label.setText(f"{text}  *" if required else text)
        self.label.setAccessibleName(
            translate("QuestionWidget", "{question} (answer needed)").format(question=text)
            if required
            else text
        )

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """Only for select questions: the options to offer (after a choice filter)."""

    def focus_input(self) -> None:
        """Put the keyboard focus on the first control of the answer."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_by_number(self, number: int) -> bool:
        """Pick option ``number`` (1-based) of a select question; False if there is none."""
        return False

    def choice_names(self) -> list[str]:
        """The options offered now (select questions only)."""
        return []

    # -- for subclasses --------------------------------------------------------------------------

    def _fill_choice_texts(self) -> None:
        """Select questions: show the options' labels through :attr:`fill`."""

    def _show(self, value: object | None) -> None:
        raise NotImplementedError

    def _changed(self) -> None:
        if not self._choosing_by_key:
            self._typed = ""  # a click, an arrow key or Space ends a run of typing
            self._stray = ""
        if not self._quiet:
            self.answer_changed.emit(self.question.name)

    def _typing_for_a_box(self) -> bool:
        """Whether the keys typed so far in this run look like a date, time or number."""
        return bool(self._typed) and _is_typing_for_a_box(
            self._typed, multiple=self.question.type is QuestionType.SELECT_MULTIPLE
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        modifiers = event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if not self.question.type.is_select:
            super().keyPressEvent(event)
            return
        if not (plain and len(text) == 1 and text.isprintable() and not text.isspace()):
            # Backspace or Escape ends the typing, and goes on to the page, which takes the
            # message about it away.
            self._typed = ""
            self._stray = ""
            super().keyPressEvent(event)
            return
        if is_complete_entry(self._typed):
            self._typed = ""  # a whole date or time was typed: the next key starts afresh
        if is_stray_key(text) and not self._typing_for_a_box():
            # A letter after number keys does not make them typing for a box: the options
            # they chose stay chosen, as the message says, and the next number key chooses.
            self._typed = ""
            self._stray += text
            self.stray_typing.emit(self.question.name, self._stray)
            event.accept()
            return
        self._stray = ""
        if not self._typed:
            self._before_typing = self.value()
        self._typed += text
        if self._typing_for_a_box():
            # Not choices: undo whatever this run of keys chose, and say so.
            if self.value() != self._before_typing:
                self._choosing_by_key = True
                try:
                    self.set_value(self._before_typing)
                    self.answer_changed.emit(self.question.name)
                finally:
                    self._choosing_by_key = False
                self.focus_input()  # on the option ticked again, not on one the keys chose
            self.stray_typing.emit(self.question.name, self._typed)
            event.accept()
            return
        if text.isdigit() and text != "0":
            self._choosing_by_key = True
            try:
                chosen = self.choose_by_number(int(text))
            finally:
                self._choosing_by_key = False
            if chosen:
                self.typing_ended.emit(self.question.name)
                event.accept()
                return
        super().keyPressEvent(event)


class NoteWidget(QuestionWidget):
    """A note: text to read out, no answer."""

    def value(self) -> object | None:
        return None

    def _show(self, value: object | None) -> None:
        pass


class TypedWidget(QuestionWidget):
    """Text, numbers, dates and times typed into a box (one line, or several: ``multiline``)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        q = self.question
        multiline = q.type is QuestionType.TEXT and "multiline" in q.appearance.split()
        self.editor: QLineEdit | QPlainTextEdit
        if multiline:
            self.editor = QPlainTextEdit()
            self.editor.setTabChangesFocus(True)
            self.editor.setMinimumHeight(120)
            self.editor.textChanged.connect(self._changed)
        else:
            self.editor = QLineEdit()
            self.editor.textEdited.connect(self._changed)
            if q.type is not QuestionType.TEXT:
                self.editor.setMaximumWidth(420)
            self.editor.setPlaceholderText(
                translate("QuestionWidget", BOX_HINTS.get(q.type, TYPE_HINTS.get(q.type, "")))
            )
        self.editor.setAccessibleName(label_text(q, self.questionnaire, self.language))
        row = QHBoxLayout()
        row.addWidget(self.editor, 1)
        if q.type is QuestionType.DATE:
            self.calendar_button = QPushButton(translate("QuestionWidget", "Calendar…"))
            self.calendar_button.setObjectName("calendarButton")
            self.calendar_button.setAccessibleName(
                translate("QuestionWidget", "Choose the date on a calendar")
            )
            self.calendar_button.clicked.connect(self.choose_date)
            row.addWidget(self.calendar_button)
        if q.type is not QuestionType.TEXT:
            row.addStretch(1)
        self.body.addLayout(row)
        self.setFocusProxy(self.editor)

    def text(self) -> str:
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        return self.editor.text()

    def _parse(self) -> object | None:
        text = self.text()
        if self.question.type is QuestionType.DATE:
            found = _DAY_FIRST.fullmatch(text.strip())
            if found:  # typed on the screen: day first, as people write dates here
                day, month, year = (int(part) for part in found.groups())
                try:
                    return date(year + 2000 if year < 100 else year, month, day)
                except ValueError:
                    raise AnswerError(translate("QuestionWidgets", "not a real date")) from None
        return parse_answer(self.question, text)

    def value(self) -> object | None:
        try:
            return self._parse()
        except AnswerError:
            return None

    def input_problem(self) -> str | None:
        try:
            self._parse()
        except AnswerError:
            return translate(
                "QuestionWidget",
                TYPE_HINTS.get(self.question.type, "This answer cannot be used here"),
            )
        return None

    def _show(self, value: object | None) -> None:
        text = "" if value is None else to_text(self.question, value)
        if self.question.type is QuestionType.DATE and value is not None:
            text = value.strftime("%d/%m/%Y")  # type: ignore[attr-defined]
        if isinstance(self.editor, QPlainTextEdit):
            if self.editor.toPlainText() != text:
                self.editor.setPlainText(text)
        elif self.editor.text() != text:
            self.editor.setText(text)

    def focus_input(self) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(self.editor, QLineEdit):
            self.editor.selectAll()  # typing replaces an answer given before (or filled in)

    def choose_date(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(translate("QuestionWidget", "Choose a date"))
        calendar = QCalendarWidget()
        calendar.setGridVisible(True)
        current = self.value()
        if current is not None:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))  # type: ignore[attr-defined]
        calendar.activated.connect(dialog.accept)
        ok = QPushButton(translate("QuestionWidget", "Use this date"))
        ok.setDefault(True)
        ok.clicked.connect(dialog.accept)
        layout = QVBoxLayout(dialog)
        layout.addWidget(calendar)
        layout.addWidget(ok)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = calendar.selectedDate().toPython()
            self.set_value(chosen)
            self._changed()


class ChoiceButtonsWidget(QuestionWidget):
    """select_one as large radio buttons, select_multiple as check boxes, numbered 1, 2, 3..."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.multiple = self.question.type is QuestionType.SELECT_MULTIPLE
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        self.group.buttonToggled.connect(lambda *_: self._changed())
        self.buttons: dict[str, QAbstractButton] = {}
        self.options = QVBoxLayout()
        self.options.setSpacing(4)
        self.body.addLayout(self.options)
        # Only nine options have a number key: say how to reach the others.
        self.more_keys = QLabel(
            translate(
                "QuestionWidget", "Options after 9: press the ↓ arrow key, then Space to tick one."
            )
            if self.multiple
            else translate(
                "QuestionWidget",
                "Options after 9: press the ↓ arrow key, then Space to choose one.",
            )
        )
        self.more_keys.setObjectName("questionHint")
        self.more_keys.setWordWrap(True)
        self.more_keys.hide()
        self.body.addWidget(self.more_keys)
        if not self.multiple:
            self.clear_button = QPushButton(translate("QuestionWidget", "Clear this answer"))
            self.clear_button.setObjectName("clearAnswer")
            question_label = label_text(self.question, self.questionnaire, self.language)
            self.clear_button.setAccessibleName(
                translate("QuestionWidget", "Clear the answer to {question}").format(
                    question=question_label
                )
            )
            self.clear_button.clicked.connect(self.clear)
            row = QHBoxLayout()
            row.addWidget(self.clear_button)
            row.addStretch(1)
            self.body.addLayout(row)
            # Nothing to clear while the options' file is missing.
            self.clear_button.setHidden(bool(self.missing_file_notice.text()))
        choices = self.questionnaire.choices_for(self.question)
        self.set_choices(choices.choices if choices else ())

    def set_choices(self, choices: Sequence[Choice]) -> None:
        choices = _first_of_each_name(choices)
        names = [choice.name for choice in choices]
        if names == list(self.buttons):
            return
        keep = self.value()
        for button in self.buttons.values():
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons = {}
        question_label = self.fill(label_text(self.question, self.questionnaire, self.language))
        for number, choice in enumerate(choices, start=1):
            written = choice_text(choice, self.questionnaire, self.language)
            text = self.fill(written)
            shown = f"{number}   {text}" if number <= 9 else f"     {text}"
            button: QAbstractButton = QCheckBox(shown) if self.multiple else QRadioButton(shown)
            button.setObjectName("choice")
            button.setAccessibleName(text)
            button.setAccessibleDescription(question_label)
            button.setProperty("choice_name", choice.name)
            button.setProperty("written", written)
            self.group.addButton(button)
            if self.multiple:
                # Qt moves along a button group with the arrow keys only when it lets one
                # button be chosen: check boxes get the same keys here.
                button.installEventFilter(self)
            self.options.addWidget(button)
            # Shown now, not when the layout gets to it: a choice filter makes the buttons
            # again on a page already on screen, and the first of them takes the focus.
            button.show()
            self.buttons[choice.name] = button
        self.more_keys.setVisible(len(self.buttons) > 9)
        self.set_value(keep)

    def _fill_choice_texts(self) -> None:
        for number, button in enumerate(self.buttons.values(), start=1):
            text = self.fill(button.property("written"))
            shown = f"{number}   {text}" if number <= 9 else f"     {text}"
            if button.text() != shown:
                button.setText(shown)
                button.setAccessibleName(text)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in self.buttons.values():
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}
            if event.key() in step and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                buttons = list(self.buttons.values())
                target = buttons.index(watched) + step[event.key()]
                if 0 <= target < len(buttons):
                    buttons[target].setFocus(Qt.FocusReason.TabFocusReason)
                    _scroll_to(buttons[target])
                return True
        return super().eventFilter(watched, event)

    def value(self) -> object | None:
        chosen = tuple(name for name, button in self.buttons.items() if button.isChecked())
        if not chosen:
            return None
        return chosen if self.multiple else chosen[0]

    def _show(self, value: object | None) -> None:
        chosen: set[object] = set()
        if self.multiple:
            chosen.update(value or ())  # type: ignore[call-overload]
        elif value is not None:
            chosen.add(value)
        self.group.setExclusive(False)
        for name, button in self.buttons.items():
            button.setChecked(name in chosen)
        self.group.setExclusive(not self.multiple)

    def clear(self) -> None:
        if self.value() is not None:
            self.set_value(None)
            self._changed()

    def choice_names(self) -> list[str]:
        return list(self.buttons)

    def choose_by_number(self, number: int) -> bool:
        buttons = list(self.buttons.values())
        if not 1 <= number <= min(9, len(buttons)):
            return False
        button = buttons[number - 1]
        if self.multiple:
            button.toggle()
        else:
            button.setChecked(True)
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def focus_input(self) -> None:
        buttons = list(self.buttons.values())
        checked = [b for b in buttons if b.isChecked()]
        target = (checked or buttons or [None])[0]
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)


class DropDownWidget(QuestionWidget):
    """select_one with the ``minimal`` appearance: a drop-down list."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.combo = QComboBox()
        self.combo.setAccessibleName(label_text(self.question, self.questionnaire, self.language))
        self.combo.setMinimumWidth(360)
        if "minimal" not in self.question.appearance.split():
            # A long list: typing part of a name finds it ("vill" finds "Little Village").
            self.combo.setEditable(True)
            self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self.combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            self.combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.combo.lineEdit().setPlaceholderText(
                translate("QuestionWidget", "Type part of the name")
            )
            self.combo.setMinimumWidth(480)
        self.combo.currentIndexChanged.connect(lambda _: self._changed())
        row = QHBoxLayout()
        row.addWidget(self.combo)
        row.addStretch(1)
        self.body.addLayout(row)
        self.setFocusProxy(self.combo)
        choices = self.questionnaire.choices_for(self.question)
        self.set_choices(choices.choices if choices else ())

    def set_choices(self, choices: Sequence[Choice]) -> None:
        choices = _first_of_each_name(choices)
        names = [choice.name for choice in choices]
        current = [self.combo.itemData(i) for i in range(1, self.combo.count())]
        if names == current:
            return
        keep = self.value()
        self._quiet = True
        self.combo.clear()
        self.combo.addItem(
            "" if self.combo.isEditable() else translate("QuestionWidget", "(choose one)"), None
        )
        self._written = [choice_text(c, self.questionnaire, self.language) for c in choices]
        for choice, written in zip(choices, self._written, strict=True):
            self.combo.addItem(self.fill(written), choice.name)
        self._quiet = False
        self.set_value(keep)

    def _fill_choice_texts(self) -> None:
        for position, written in enumerate(getattr(self, "_written", ()), start=1):
            text = self.fill(written)
            if self.combo.itemText(position) != text:
                self.combo.setItemText(position, text)

    def value(self) -> object | None:
        return self.combo.currentData()

    def _show(self, value: object | None) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))

    def choice_names(self) -> list[str]:
        return [self.combo.itemData(i) for i in range(1, self.combo.count())]

    def choose_by_number(self, number: int) -> bool:
        if not 1 <= number < self.combo.count():
            return False
        self.combo.setCurrentIndex(number)
        return True

    def focus_input(self) -> None:
        self.combo.setFocus(Qt.FocusReason.OtherFocusReason)


def _scroll_to(widget: QWidget) -> None:
    """Bring ``widget`` into view in the scroll area it is in (moving the focus by code does
    not scroll, as Tab does)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)


def _first_of_each_name(choices: Sequence[Choice]) -> list[Choice]:
    """Each name once: a list may repeat a name under different parents of a cascading
    select, and an answer is the name alone (before the filter is applied, or without one)."""
    return first_of_each_name(choices)


LONG_LIST = 40
"""A select_one with more options than this (a list of villages read from a file) is a
drop-down to type in rather than a column of buttons."""


def _missing_file_words(questionnaire: Questionnaire, question: Question) -> str:
    """Why the question cannot be answered yet, when a file it needs is missing; else ""."""
    needed = questionnaire.files_needed_by(question)
    if not needed:
        return ""
    names = ", ".join(needed)
    choices = questionnaire.choices_for(question)
    options = choices is not None and choices.source
    if options and len(needed) == 1:
        words = translate(
            "QuestionWidgets",
            "This question cannot be answered yet: its answer options come from {files}, "
            "which was not added with the questionnaire.",
        )
    elif options:
        words = translate(
            "QuestionWidgets",
            "This question cannot be answered yet: its answer options come from {files}, "
            "which were not added with the questionnaire.",
        )
    elif len(needed) == 1:
        words = translate(
            "QuestionWidgets",
            "This question cannot be answered yet: it uses data from {files}, which was not "
            "added with the questionnaire.",
        )
    else:
        words = translate(
            "QuestionWidgets",
            "This question cannot be answered yet: it uses data from {files}, which were not "
            "added with the questionnaire.",
        )
    later = translate(
        "QuestionWidgets",
        "Skip it for now. Once the file is added (DuoDesk asks for it when an interview "
        "starts), this interview can be opened again to answer it.",
    )
    return f"{words.format(files=names)} {later}"


def _as_drop_down(question: Question, questionnaire: Questionnaire) -> bool:
    words = question.appearance.split()
    if "minimal" in words or "autocomplete" in words or "search" in question.appearance:
        return True
    choices = questionnaire.choices_for(question)
    return choices is not None and len(choices.choices) > LONG_LIST


# Beside digits, what a date (25/12/2026), a time (14:30) or a number (-2.5) typed for a box
# holds.
BOX_MARKS = frozenset("/.-:,")


def is_stray_key(text: str) -> bool:
    """Whether a printable key is neither a number key nor part of a date, time or number (a
    letter): it answers nothing, and says nothing about the keys typed before it."""
    return not text.isdigit() and text not in BOX_MARKS


def typing_goes_on(typed: str) -> bool:
    """Whether the next number key after ``typed`` (reported as not choices) is taken as more
    of the same typing rather than as a choice: so for a date, time or number not yet whole;
    after letters alone, a number key chooses at once."""
    started = any(c.isdigit() or c in BOX_MARKS for c in typed)
    return started and not is_complete_entry(typed)


def _is_typing_for_a_box(typed: str, *, multiple: bool) -> bool:
    """Whether keys typed in one run on a select question look like a date, a time or a
    number meant for a box: anything but digits; on a one-answer question also three digits
    or more (one or two are a choice and a change of mind; ticking boxes takes many)."""
    return not typed.isdigit() or (not multiple and len(typed) >= 3)


# A whole date (25/12/2026, 2026-12-25) or time (14:30): nothing more belongs to it.
_COMPLETE_ENTRY = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{2}|\d{1,2}:\d{2}")


def is_complete_entry(typed: str) -> bool:
    """Whether a run of keys already makes a whole date or time: the key after it is not
    more of it (a number key then chooses an option, with no pause needed)."""
    return _COMPLETE_ENTRY.fullmatch(typed) is not None


def make_question_widget(
    question: Question,
    questionnaire: Questionnaire,
    language: str,
    *,
    show_label: bool = True,
    required: bool = False,
) -> QuestionWidget:
    """The widget that asks ``question`` in ``language`` (a language name of the form, or "").

    select_one: radio buttons (a drop-down with the ``minimal`` appearance); select_multiple:
    check boxes; text (several lines with ``multiline``), numbers, dates (typed, or picked on a
    calendar), times and barcodes: a box to type in; notes: their text; locations, attached
    files, ranges and acknowledgements: see :mod:`duodesk.gui.entry.field_widgets`.
    ``required`` adds a mark to the label. Calculations and metadata are not asked: ValueError.
    """
    from duodesk.gui.entry import field_widgets  # they build on the widgets here

    kind = question.type
    args = (question, questionnaire, language)
    options = {"show_label": show_label, "required": required}
    if kind is QuestionType.NOTE:
        return NoteWidget(*args, **options)
    if kind.is_location:
        return field_widgets.LocationWidget(*args, **options)
    if kind.is_file:
        return field_widgets.FileWidget(*args, **options)
    if kind is QuestionType.RANGE:
        return field_widgets.RangeWidget(*args, **options)
    if kind in (QuestionType.ACKNOWLEDGE, QuestionType.TRIGGER):
        return field_widgets.AcknowledgeWidget(*args, **options)
    if kind is QuestionType.SELECT_ONE and _as_drop_down(question, questionnaire):
        return DropDownWidget(*args, **options)
    if kind.is_select:
        return ChoiceButtonsWidget(*args, **options)
    if kind.takes_answer:
        return TypedWidget(*args, **options)
    raise ValueError(f'"{question.name}" ({kind.value}) is worked out, not asked')
