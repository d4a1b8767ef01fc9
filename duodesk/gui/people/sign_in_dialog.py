"""Signing in: who is using DuoDesk now, with their PIN (or a coordinator's password).

Shown when a project that lists people opens, and after Security > Sign out. Nothing of the
project is shown until someone has signed in; Escape does not get past it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.roles import Role
from duodesk.gui.people import operations as ops
from duodesk.gui.tasks import ProjectWorker
from duodesk.gui.text_size import follow
from duodesk.storage.database import Database
from duodesk.storage.people import SignInResult


class SignInDialog(QDialog):
    signed_in = Signal(object)  # the SignedIn person
    answered = Signal()  # a try was checked (right or wrong; tests wait for it)
    close_requested = Signal()

    def __init__(
        self,
        database: Database,
        tasks: ProjectWorker,
        roster: ops.Roster,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.tasks = tasks
        self.roster = roster
        self.setWindowTitle(self.tr("Sign in – DuoDesk"))
        self.setModal(True)
        self.setMinimumWidth(560)
        heading = QLabel(self.tr("Who is using DuoDesk?"))
        heading.setObjectName("heading")
        intro = QLabel(self.tr("Choose your name, then type your PIN."))
        intro.setWordWrap(True)

        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("Your name"))
        self.names.setObjectName("signInNames")
        follow(self.names, "QListWidget#signInNames { font-size: 15pt; }")
        self.names.setSpacing(4)
        for person in roster.people:
            item = QListWidgetItem(f"{person.name}   ·   {person.role.label}")
            item.setData(Qt.ItemDataRole.UserRole, person.name)
            item.setData(Qt.ItemDataRole.UserRole + 1, person.role.value)
            self.names.addItem(item)
        self.names.currentRowChanged.connect(lambda _: self._name_chosen())

        self.secret_label = QLabel(self.tr("&PIN:"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("PIN"))
        self.secret.returnPressed.connect(self.try_sign_in)
        self.secret_label.setBuddy(self.secret)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a1c1c;")
        self.message.hide()

        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.try_sign_in)
        self.close_button = QPushButton(self.tr("Close DuoDesk"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.names, 1)
        layout.addWidget(self.secret_label)
        layout.addWidget(self.secret)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        if self.names.count():
            self.names.setCurrentRow(0)
        self.names.setFocus()

    def chosen_name(self) -> str:
        item = self.names.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def choose(self, name: str) -> None:
        for row in range(self.names.count()):
            if self.names.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.names.setCurrentRow(row)
                return

    def _name_chosen(self) -> None:
        item = self.names.currentItem()
        coordinator = (
            item is not None and item.data(Qt.ItemDataRole.UserRole + 1) == Role.COORDINATOR
        )
        if coordinator:
            self.secret_label.setText(self.tr("&Password:"))
            self.secret.setAccessibleName(self.tr("Password"))
        else:
            self.secret_label.setText(self.tr("&PIN:"))
            self.secret.setAccessibleName(self.tr("PIN"))
        self.message.hide()

    def try_sign_in(self) -> None:
        name, secret = self.chosen_name(), self.secret.text()
        if not name:
            self._show_message(self.tr("Choose your name in the list first."))
            return
        if not secret:
            self._show_message(self.tr("Type your PIN first."))
            self.secret.setFocus()
            return
        self.sign_in_button.setEnabled(False)
        self.tasks.run(
            lambda: ops.sign_in(self.database, name, secret), self._checked, self._failed
        )

    def _checked(self, result: SignInResult) -> None:
        self.sign_in_button.setEnabled(True)
        self.secret.clear()
        if result.person is not None:
            self.message.hide()
            self.accept()
            self.signed_in.emit(result.person)
        else:
            self._show_message(result.message)
            self.secret.setFocus()
        self.answered.emit()

    def _failed(self, error: Exception) -> None:
        self.sign_in_button.setEnabled(True)
        self.secret.clear()
        self._show_message(self.tr("Signing in did not work: {error}").format(error=error))
        self.answered.emit()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def reject(self) -> None:  # Escape or the window's close box must not get past it
        self.secret.setFocus()
