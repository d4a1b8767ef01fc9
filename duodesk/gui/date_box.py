"""A date box that Tab leaves, as every other box does.

Qt's :class:`QDateEdit` takes Tab to move between its own day, month and year parts (and,
while it shows a special value such as "Any date", swallows Tab altogether), so a person
working with the keyboard stays inside the box and never reaches the next control. In
:class:`DateBox` Tab and Shift+Tab move to the next and previous control; the parts are
reached with the Left and Right arrow keys (or typed in order), and Up and Down change them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDateEdit, QWidget


class DateBox(QDateEdit):
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            backwards = event.key() == Qt.Key.Key_Backtab or (
                event.key() == Qt.Key.Key_Tab
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            if backwards or event.key() == Qt.Key.Key_Tab:
                QWidget.focusNextPrevChild(self, not backwards)
                return True
        return super().event(event)
