"""People and roles (coordinators only): who can sign in, with which role, and their PINs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.roles import Role
from duodesk.gui.people import operations as ops
from duodesk.gui.screen_fit import fit_to_screen, scrolling
from duodesk.gui.tasks import ProjectWorker
from duodesk.storage.access import NotAllowed
from duodesk.storage.database import Database
from duodesk.storage.people import PASSWORD_LENGTH, PIN_DIGITS, PeopleError

EXPLANATION = QT_TRANSLATE_NOOP(
    "PeopleDialog",
    "Interviewers enter interviews and see only their own. Coordinators also see Results, "
    "export, change questionnaires, delete interviews, and manage passphrase, backups and "
    "this list. Once someone is listed, DuoDesk asks who is signing in every time it starts.",
)


class PeopleDialog(QDialog):
    changed = Signal(object)  # the new Roster, after every change made here

    def __init__(
        self,
        database: Database,
        tasks: ProjectWorker,
        roster: ops.Roster,
        by: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database, self.tasks, self.by = database, tasks, by
        self.roster = roster
        self.setWindowTitle(self.tr("People and roles – DuoDesk"))
        self.setMinimumWidth(720)
        heading = QLabel(self.tr("People and roles"))
        heading.setObjectName("heading")
        intro = QLabel(self.tr(EXPLANATION))
        intro.setWordWrap(True)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("People who can sign in"))
        self.list.setSpacing(3)
        self.list.currentRowChanged.connect(lambda _: self._update_buttons())
        self.empty = QLabel(
            self.tr(
                "Nobody is listed yet: DuoDesk opens without asking who is using it, with every "
                "right. Add a coordinator first (yourself), then the interviewers."
            )
        )
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)
        self.new_pin_button = QPushButton(self.tr("Give a new PIN…"))
        self.new_pin_button.clicked.connect(self.ask_new_secret)
        self.remove_button = QPushButton(self.tr("Take off the list…"))
        self.remove_button.clicked.connect(self.ask_remove)
        self.role_button = QPushButton(self.tr("Change role…"))
        self.role_button.clicked.connect(self.ask_change_role)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.new_pin_button)
        row_buttons.addWidget(self.role_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the new person"))
        self.name.setPlaceholderText(self.tr("A first name is enough"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role of the new person"))
        self.role.addItem(Role.INTERVIEWER.label, Role.INTERVIEWER.value)
        self.role.addItem(Role.COORDINATOR.label, Role.COORDINATOR.value)
        self.role.currentIndexChanged.connect(lambda _: self._role_chosen())
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label, self.again_label = QLabel(), QLabel()
        self.secret_label.setBuddy(self.secret)
        self.again_label.setBuddy(self.again)
        self.add_button = QPushButton(self.tr("Add this person"))
        self.add_button.clicked.connect(self.add)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.secret_label, self.secret)
        form.addRow(self.again_label, self.again)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        form.addRow(add_row)
        adding = QGroupBox(self.tr("Add a person"))
        adding.setLayout(form)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)

        # All but Close scrolls when a small screen (150%) has no room for it: squeezed, the
        # boxes were cut and the dialog ran off the bottom of the screen.
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(12)
        page_layout.addWidget(heading)
        page_layout.addWidget(intro)
        page_layout.addWidget(self.list, 1)
        page_layout.addWidget(self.empty)
        page_layout.addLayout(row_buttons)
        page_layout.addWidget(adding)
        page_layout.addWidget(self.message)
        self.page_area = scrolling(page)
        self.page_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.page_area, 1)
        layout.addLayout(bottom)
        self._show_roster(roster)
        self._role_chosen()
        self.name.setFocus()
        # As tall as its content, as the screen allows; the rest scrolls.
        wanted = page.sizeHint().height() + close.sizeHint().height() + 20 + 20 + 12 + 8
        fit_to_screen(self, (max(self.sizeHint().width(), 900), wanted))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.page_area.ensureWidgetVisible(self.name)  # the box the typing goes to

    # -- showing -----------------------------------------------------------------------------------

    def _show_roster(self, roster: ops.Roster) -> None:
        self.roster = roster
        self.list.clear()
        for person in roster.people:
            item = QListWidgetItem(f"{person.name}   ·   {person.role.label}")
            item.setData(Qt.ItemDataRole.UserRole, person.name)
            self.list.addItem(item)
        self.list.setVisible(roster.has_people)
        self.empty.setVisible(not roster.has_people)
        if not roster.has_people:  # the first person must be a coordinator
            self.role.setCurrentIndex(self.role.findData(Role.COORDINATOR.value))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.new_pin_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        # The only coordinator cannot become an interviewer: nobody could manage the list.
        person = self.chosen_person()
        last = person is not None and person.role is Role.COORDINATOR and self._coordinators() <= 1
        self.role_button.setEnabled(chosen and not last)
        self.role_button.setToolTip(
            self.tr("The only coordinator stays one: make someone else a coordinator first.")
            if last
            else ""
        )
        if person is not None:
            self.role_button.setText(
                self.tr("Make an interviewer…")
                if person.role is Role.COORDINATOR
                else self.tr("Make a coordinator…")
            )
        else:
            self.role_button.setText(self.tr("Change role…"))

    def _coordinators(self) -> int:
        return sum(p.role is Role.COORDINATOR for p in self.roster.people)

    def chosen_person(self):
        name = self.chosen_name()
        return next((p for p in self.roster.people if p.name == name), None)

    def _role_chosen(self) -> None:
        if self.chosen_role() is Role.INTERVIEWER:
            low, high = PIN_DIGITS
            self.secret_label.setText(self.tr("&PIN:"))
            self.secret.setPlaceholderText(
                self.tr("{low} to {high} digits").format(low=low, high=high)
            )
            self.again_label.setText(self.tr("PIN &again:"))
        else:
            self.secret_label.setText(self.tr("&Password:"))
            self.secret.setPlaceholderText(
                self.tr("at least {count} characters").format(count=PASSWORD_LENGTH)
            )
            self.again_label.setText(self.tr("Password &again:"))

    def chosen_role(self) -> Role:
        return Role(self.role.currentData())

    def chosen_name(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def choose(self, name: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(row)

    def _tell(self, text: str, *, problem: bool = False) -> None:
        self.message.setStyleSheet("color: #8a1c1c;" if problem else "color: #1d5e20;")
        self.message.setText(text)
        self.message.show()

    # -- changing ----------------------------------------------------------------------------------

    def add(self) -> None:
        name, role = self.name.text(), self.chosen_role()
        secret, again = self.secret.text(), self.again.text()
        if secret != again:
            self._tell(self.tr("The two are not the same: type them again."), problem=True)
            self.secret.clear()
            self.again.clear()
            self.secret.setFocus()
            return

        def added(roster: ops.Roster) -> None:
            self.name.clear()
            self.secret.clear()
            self.again.clear()
            self._tell(
                self.tr("{name} was added as {role}.").format(
                    name=" ".join(name.split()), role=role.label.lower()
                )
            )
            self._changed(roster)

        self._run(lambda: ops.add_person(self.database, name, role, secret, self.by), added)

    def ask_new_secret(self) -> None:
        name = self.chosen_name()
        if not name:
            return
        secret, ok = QInputDialog.getText(
            self,
            self.tr("Give a new PIN"),
            self.tr("The new PIN or password for {name}:").format(name=name),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self.give_new_secret(name, secret)

    def give_new_secret(self, name: str, secret: str) -> None:
        def done(roster: ops.Roster) -> None:
            self._tell(self.tr("{name} has a new PIN and can sign in at once.").format(name=name))
            self._changed(roster)

        self._run(lambda: ops.change_secret(self.database, name, secret, self.by), done)

    def ask_change_role(self) -> None:
        """Ask for the new role's PIN or password (typed twice), then change the role."""
        person = self.chosen_person()
        if person is None:
            return
        role = Role.INTERVIEWER if person.role is Role.COORDINATOR else Role.COORDINATOR
        low, high = PIN_DIGITS
        if role is Role.INTERVIEWER:
            title = self.tr("Make {name} an interviewer")
            asked = self.tr(
                "{name} becomes an interviewer and signs in with a new PIN ({low} to {high} "
                "digits). Their new PIN:"
            )
            again_title, again_asked = self.tr("The new PIN again"), self.tr("The same PIN again:")
        else:
            title = self.tr("Make {name} a coordinator")
            asked = self.tr(
                "{name} becomes a coordinator and signs in with a new password (at least "
                "{count} characters). Their new password:"
            )
            again_title = self.tr("The new password again")
            again_asked = self.tr("The same password again:")
        words = {"name": person.name, "low": low, "high": high, "count": PASSWORD_LENGTH}
        secret, ok = QInputDialog.getText(
            self, title.format(**words), asked.format(**words), QLineEdit.EchoMode.Password
        )
        if not ok:
            return
        again, ok = QInputDialog.getText(
            self, again_title, again_asked, QLineEdit.EchoMode.Password
        )
        if not ok:
            return
        if secret != again:
            self._tell(self.tr("The two are not the same: nothing was changed."), problem=True)
            return
        self.change_role(person.name, role, secret)

    def change_role(self, name: str, role: Role, secret: str) -> None:
        def done(roster: ops.Roster) -> None:
            now = (
                self.tr("{name} is now an interviewer.")
                if role is Role.INTERVIEWER
                else self.tr("{name} is now a coordinator.")
            )
            self._tell(now.format(name=name))
            self._changed(roster)

        self._run(lambda: ops.change_role(self.database, name, role, secret, self.by), done)

    def ask_remove(self) -> None:
        name = self.chosen_name()
        if not name:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Take off the list?"),
            self.tr(
                "Take {name} off the list? They can no longer sign in; the interviews they "
                "entered keep their name."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(name)

    def remove(self, name: str) -> None:
        def done(roster: ops.Roster) -> None:
            self._tell(self.tr("{name} was taken off the list.").format(name=name))
            self._changed(roster)

        self._run(lambda: ops.remove_person(self.database, name, self.by), done)

    def _changed(self, roster: ops.Roster) -> None:
        self._show_roster(roster)
        self.changed.emit(roster)

    def _run(self, work, done) -> None:
        def failed(error: Exception) -> None:
            if isinstance(error, PeopleError | NotAllowed):
                self._tell(str(error), problem=True)
                self.changed.emit(self.roster)  # answered, even if nothing changed
            else:
                self._tell(self.tr("That did not work: {error}").format(error=error), problem=True)
                self.changed.emit(self.roster)

        self.tasks.run(work, done, failed)
