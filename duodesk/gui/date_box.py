"""A date box that Tab leaves, as every other box does, and that takes a date typed whole.

Qt's :class:`QDateEdit` takes Tab to move between its own day, month and year parts (and,
while it shows a special value such as "Any date", swallows Tab altogether), so a person
working with the keyboard stays inside the box and never reaches the next control. In
:class:`DateBox` Tab and Shift+Tab move to the next and previous control; the parts are
reached with the Left and Right arrow keys, and Up and Down change them.

Typing into a :class:`QDateEdit` edits one part at a time and mixes the typed characters with
what the box showed ("Any date" and a typed 15/11/2026 became "late5/11/2026", then silently
"Any date" again). Here the first character typed starts a fresh text, edited freely, and
leaving the box (Tab, Enter, a click elsewhere) reads it in any of the usual forms
(15/11/2026, 2026-11-15, 15 Nov 2026, 15 November 2026). A text that is not such a date, or
a date outside the ones allowed, changes nothing and the box says why (``unreadable``); the
Enter that finished such a text stays in the box rather than pressing the window's default
button (a start dialog would otherwise go on with the date the box kept, often today).
Up and Down from "Any date" start at today rather than at the earliest date allowed.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QToolTip, QWidget

# The usual ways of writing a date (day first, as on the forms, or year first).
FORMS = (
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%d %b %Y",
    "%d %B %Y",
    "%d %b, %Y",
    "%d %B, %Y",
    "%b %d %Y",
    "%B %d %Y",
    "%b %d, %Y",
    "%B %d, %Y",
)

_FINISH = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Up, Qt.Key.Key_Down)


def read_date(text: str) -> date | None:
    """The date ``text`` writes in one of the usual forms, or None."""
    text = " ".join(text.replace(",", ", ").split()).replace(" ,", ",")
    for form in FORMS:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None


class DateBox(QDateEdit):
    unreadable = Signal(str)  # a sentence saying why the typed text was not taken

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self._typing = False
        self._validator = None
        self.problem_text = ""

    # -- typing a date whole ------------------------------------------------------------
    def _start_typing(self) -> None:
        self._typing = True
        edit = self.lineEdit()
        self._validator = edit.validator()
        edit.setValidator(None)  # the text is read once, when the person leaves the box
        self.setKeyboardTracking(False)
        # QDateEdit listens to its line to keep the cursor in one part: not while typing.
        edit.blockSignals(True)
        edit.setText("")

    def _stop_typing(self) -> None:
        self._typing = False
        self.lineEdit().blockSignals(False)
        self.lineEdit().setValidator(self._validator)
        self.setKeyboardTracking(True)

    def _finish_typing(self) -> None:
        """Take the typed text as the date, or keep the date and say why not."""
        if not self._typing:
            return
        text = self.lineEdit().text().strip()
        self._stop_typing()
        empty = self.minimumDate() if self.specialValueText() else None
        if not text and empty is not None:
            self._set(empty)
            return
        typed = read_date(text)
        if typed is None:
            self._refuse(
                self.tr(
                    "“{typed}” is not a date DuoDesk can read: type it like 15/11/2026 or "
                    "15 Nov 2026. The date was not changed."
                ).format(typed=text)
            )
            return
        wanted = QDate(typed.year, typed.month, typed.day)
        if (
            wanted > self.maximumDate()
            or wanted < self.minimumDate()
            or (wanted == self.minimumDate() and self.specialValueText())
        ):
            self._refuse(
                self.tr(
                    "{date} is not allowed here: choose a date from {first} to {last}. The "
                    "date was not changed."
                ).format(
                    date=self._shown(wanted),
                    first=self._shown(self.minimumDate(), later=True),
                    last=self._shown(self.maximumDate()),
                )
            )
            return
        self._set(wanted)

    def _shown(self, day: QDate, later: bool = False) -> str:
        if later and self.specialValueText():
            day = day.addDays(1)
        return QLocale().toString(day, "d MMMM yyyy")  # "15 November 2026", in the language

    def _set(self, day: QDate) -> None:
        self.problem_text = ""
        self.unreadable.emit("")
        if day == self.date():
            self._redisplay()
        else:
            self.setDate(day)

    def _redisplay(self) -> None:
        """Show the kept date again in place of the typed text, reporting no change."""
        day = self.date()
        self.blockSignals(True)
        self.setDate(day.addDays(1) if day < self.maximumDate() else day.addDays(-1))
        self.setDate(day)
        self.blockSignals(False)

    def _refuse(self, message: str) -> None:
        self._redisplay()
        self.problem_text = message
        self.unreadable.emit(message)
        if self.isVisible():
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), message, self)

    # -- keys ---------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            backwards = event.key() == Qt.Key.Key_Backtab or (
                event.key() == Qt.Key.Key_Tab
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            if backwards or event.key() == Qt.Key.Key_Tab:
                self._finish_typing()
                QWidget.focusNextPrevChild(self, not backwards)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        text = event.text()
        if plain and text and text.isprintable() and not self._typing:
            self._start_typing()
        if self._typing:
            if event.key() == Qt.Key.Key_Escape:
                self._stop_typing()
                self._redisplay()
                return
            if event.key() in _FINISH:
                self._finish_typing()
                # Enter goes on to the window's default button only with a date taken: after
                # a refusal it stops here, so the kept date is not used without a look.
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.problem_text:
                    super().keyPressEvent(event)
                return
            self.lineEdit().event(event)  # the plain line: no day/month/year parts
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._finish_typing()
        super().focusOutEvent(event)

    def stepBy(self, steps: int) -> None:
        if self.specialValueText() and self.date() == self.minimumDate():
            today = QDate.currentDate()
            self.setDate(min(today, self.maximumDate()))
            return
        super().stepBy(steps)
