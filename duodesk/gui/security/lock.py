"""Locking the window: by hand (Security > Lock now) and after some idle minutes (Security >
Lock after…, 10 unless chosen).

While locked every DuoDesk window is hidden behind a passphrase prompt. Nothing is closed: an
interview being entered stays as it was (its answers are already saved as a draft) and comes
back when the passphrase is given.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duodesk.gui.entry.laptop import laptop_settings

if TYPE_CHECKING:
    from duodesk.storage.database import Database

# In the laptop's settings file (gui/entry/laptop.py): "[security] idle_minutes=5".
IDLE_MINUTES_KEY = "security/idle_minutes"
DEFAULT_IDLE_MINUTES = 10

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def idle_minutes() -> int:
    value = laptop_settings().value(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES)
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES


def set_idle_minutes(minutes: int) -> None:
    """Lock after ``minutes`` without activity from now on (0: never), on this laptop."""
    settings = laptop_settings()
    settings.setValue(IDLE_MINUTES_KEY, max(0, int(minutes)))
    settings.sync()


class UnlockDialog(QDialog):
    """The passphrase prompt shown while the windows are locked."""

    def __init__(
        self, database: Database, person_check: Callable[[str], str | None] | None = None
    ) -> None:
        """``person_check``: with someone signed in, only their PIN or password unlocks (it
        returns None when it is right, else why not)."""
        super().__init__(None)
        self.database = database
        self.person_check = person_check
        self.setWindowTitle(self.tr("DuoDesk is locked"))
        heading = QLabel(self.tr("DuoDesk is locked"))
        heading.setObjectName("heading")
        text = QLabel(
            self.tr(
                "The project is hidden until the signed-in person's PIN or password is typed. "
                "An interview that was open is kept as it was."
            )
            if person_check
            else self.tr(
                "The project is hidden until its passphrase is typed. An interview that was "
                "open is kept as it was."
            )
        )
        text.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        words = self.tr("Your PIN or password") if person_check else self.tr("Passphrase")
        self.passphrase.setAccessibleName(words)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a00000;")
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button = QPushButton(self.tr("Close DuoDesk"))
        self.quit_button.clicked.connect(QApplication.quit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("{key}:").format(key=words)))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)

    def try_unlock(self) -> None:
        typed = self.passphrase.text()
        self.passphrase.clear()
        if self.person_check is None:  # nobody signed in: the passphrase is the only key
            if self.database.is_encrypted and self.database.passphrase_matches(typed):
                self.accept()
                return
            problem = ""
        else:  # only the signed-in person's own PIN or password, never the passphrase
            problem = (
                self.person_check(typed) if typed else self.tr("Type your PIN or password first.")
            )
        if problem is None:
            self.accept()
            return
        self.message.setText(
            problem or self.tr("That is not the passphrase. Capital letters count.")
        )
        self.passphrase.setFocus()

    def reject(self) -> None:  # Escape must not unlock
        self.passphrase.setFocus()


class LockGuard(QObject):
    """Watches for activity and locks after ``idle_minutes()`` without any (0: never)."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._hidden: list[QWidget] = []
        self.dialog: UnlockDialog | None = None
        # Set while someone is signed in (gui/people): their PIN unlocks too, and a project
        # without a passphrase can then be locked.
        self.person_check: Callable[[str], str | None] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.restart_timer()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def can_lock(self) -> bool:
        return self.database.is_encrypted or self.person_check is not None

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def restart_timer(self) -> None:
        minutes = idle_minutes()
        if minutes and self.can_lock:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.is_locked:
            self.timer.start()  # same interval, from now
        return False

    def lock(self) -> None:
        """Hide every window behind the passphrase prompt (only a project with a passphrase
        can be locked: without one there is nothing to unlock with)."""
        if self.is_locked or not self.can_lock:
            return
        self.timer.stop()
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not w.isHidden()]
        # A question waiting for an answer (Lock after…, a message box, a file dialog) is
        # cancelled, as Escape would: hidden, its waiting would end with its window deleted,
        # and showing it again after unlocking failed and left the lock stuck.
        for widget in shown:
            if isinstance(widget, QDialog) and widget.isModal():
                widget.reject()
        self._hidden = [w for w in shown if not (isinstance(w, QDialog) and w.isModal())]
        for widget in self._hidden:
            widget.hide()
        self.dialog = UnlockDialog(self.database, self.person_check)
        self.dialog.accepted.connect(self._unlock)
        self.dialog.show()
        self.dialog.passphrase.setFocus()
        self.locked.emit()

    def _unlock(self) -> None:
        hidden, self._hidden = self._hidden, []
        for widget in hidden:
            if shiboken6.isValid(widget):  # a window closed meanwhile is gone
                widget.show()
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.restart_timer()
        self.unlocked.emit()
