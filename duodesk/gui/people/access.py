"""Who is signed in, and what the window lets them reach.

Installed in the main window. When a project opens, the list of people is read: with nobody
listed the window works as it always has (one person, every right); otherwise nothing of the
project is loaded until someone signs in. Every screen and command that only coordinators may
use checks :func:`refused` itself, so a hidden button, a greyed menu entry and a keyboard
shortcut all end in the same refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox

from duodesk.core.roles import Permission, Role, SignedIn, refusal

if TYPE_CHECKING:
    from duodesk.gui.main_window import MainWindow
    from duodesk.gui.people import operations as ops
    from duodesk.gui.people.people_dialog import PeopleDialog
    from duodesk.gui.people.sign_in_dialog import SignInDialog


def refused(window: MainWindow, permission: Permission) -> bool:
    """True (after telling the person why) when whoever is signed in may not ``permission``."""
    if window.may(permission):
        return False
    text = refusal(permission)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("AccessHooks", "Not for this role"),
        text,
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.refusal_box = box  # type: ignore[attr-defined]
    window.statusBar().showMessage(text, 10_000)
    box.open()
    return True


class AccessHooks(QObject):
    ready = Signal()  # the project may be shown (nobody is listed, or someone signed in)
    signed_out = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tasks = window.tasks
        self.roster: ops.Roster | None = None  # None until read: nothing is allowed yet
        self.person: SignedIn | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.people_dialog: PeopleDialog | None = None
        self.who = QLabel()
        self.who.setObjectName("signedIn")
        self.who.hide()
        window.statusBar().addPermanentWidget(self.who)
        self._build_menu()

    def _build_menu(self) -> None:
        menu: QMenu = self.window.security.menu
        self.people_action = QAction(self.tr("P&eople and roles…"), self.window)
        self.people_action.triggered.connect(self.show_people)
        self.sign_out_action = QAction(self.tr("Sign &out"), self.window)
        self.sign_out_action.triggered.connect(self.sign_out)
        menu.addSeparator()
        menu.addAction(self.people_action)
        menu.addAction(self.sign_out_action)
        self.sign_out_action.setVisible(False)

    # -- what is allowed ---------------------------------------------------------------------------

    def may(self, permission: Permission) -> bool:
        if self.roster is None:
            return False
        if not self.roster.has_people:
            return True
        return self.person is not None and self.person.may(permission)

    @property
    def interviewer_name(self) -> str | None:
        """The signed-in person's name, which every interview they start carries."""
        return self.person.name if self.person is not None else None

    @property
    def own_interviews_only(self) -> str | None:
        """The name whose interviews alone may be listed (None: everyone's)."""
        if self.person is None or self.may(Permission.SEE_EVERY_INTERVIEW):
            return None
        return self.person.name

    def pin_check(self) -> Callable[[str], str | None] | None:
        """With someone signed in, a check of their PIN for the lock screen (None when it is
        right, else why not); a wrong one counts towards the lock-out as at sign-in."""
        if self.person is None:
            return None
        person, database = self.person, self.window.database

        def check(secret: str) -> str | None:
            from duodesk.gui.people import operations as ops

            result = ops.sign_in(database, person.name, secret)
            return None if result.person is not None else result.message

        return check

    def apply(self) -> None:
        """Show what the signed-in person may use, and hide the rest."""
        window = self.window
        guard = window.security.guard
        if guard is not None:
            guard.person_check = self.pin_check()
            guard.restart_timer()
            window.security.lock_action.setEnabled(guard.can_lock)
        designing = self.may(Permission.CHANGE_QUESTIONNAIRES)
        for widget in (window.add_button, window.designer.new_button):
            if widget.isHidden() == designing:  # only a change (see _update_questionnaire_buttons)
                widget.setVisible(designing)
        for action in getattr(window, "design_actions", ()):
            action.setVisible(designing)
        if not designing:
            window.welcome.hide()
        for action in getattr(window, "team_actions", ()):
            action.setVisible(self.may(Permission.TEAM_TRANSFER))
        safety = self.may(Permission.PROJECT_SAFETY)
        for action in window.security.coordinator_actions:
            action.setVisible(safety)
        if not safety:
            window.security.offer.hide()
            window.security.warning.hide()
        self.people_action.setVisible(self.may(Permission.MANAGE_PEOPLE))
        self.sign_out_action.setVisible(self.person is not None)
        self.who.setVisible(self.person is not None)
        if self.person is not None:
            self.who.setText(self.tr("Signed in: {person}").format(person=self.person.describe()))
        window._update_questionnaire_buttons()

    # -- opening and signing in --------------------------------------------------------------------

    def project_opened(self) -> None:
        """Read the list of people; then let the window show the project, or ask who it is."""
        from duodesk.gui.people import operations as ops

        database = self.window.database
        self.tasks.run(lambda: ops.load_roster(database), self._roster_known, self.window._fail)

    def _roster_known(self, roster: ops.Roster) -> None:
        self.roster = roster
        if roster.has_people and self.person is None:
            self.ask_sign_in()
        else:
            self._open_up()

    def ask_sign_in(self) -> None:
        from duodesk.gui.people.sign_in_dialog import SignInDialog

        self.window.hide_project()
        self.apply()  # nobody signed in: every button and menu entry of the project hidden
        dialog = SignInDialog(self.window.database, self.tasks, self.roster, self.window)
        dialog.signed_in.connect(self._signed_in)
        dialog.close_requested.connect(self.window.close)
        dialog.finished.connect(lambda _: dialog.deleteLater())
        self.sign_in_dialog = dialog
        dialog.open()

    def _signed_in(self, person: SignedIn) -> None:
        self.person = person
        self.sign_in_dialog = None
        self._open_up()

    def _open_up(self) -> None:
        self.apply()
        self.window.show_project()
        self.apply()
        self.ready.emit()

    def sign_out(self) -> None:
        """Close every screen (an unfinished interview stays as a draft) and ask who is next."""
        from duodesk.gui.people import operations as ops

        if self.person is None:
            return
        for child in self.window.child_windows.windows():
            if not child.close():
                return  # an interview with unsaved answers asked to stay open
        person, database = self.person, self.window.database
        self.person = None
        self.apply()

        def done(roster: ops.Roster) -> None:
            self.roster = roster
            self.signed_out.emit()
            if roster.has_people:
                self.ask_sign_in()
            else:
                self._open_up()

        def work() -> ops.Roster:
            ops.sign_out(database, person)
            return ops.load_roster(database)

        self.window.hide_project()
        self.tasks.run(work, done, self.window._fail)

    def closing(self) -> None:
        """The window closes (every save has gone through): the person signs out."""
        if self.person is None:
            return
        import logging

        from duodesk.gui.people import operations as ops
        from duodesk.storage.audit import set_signed_in

        person, self.person = self.person, None
        try:
            ops.sign_out(self.window.database, person)
        except Exception:  # the project may already be closed; never stop the window closing
            logging.getLogger(__name__).warning("The sign-out could not be recorded.")
        finally:
            set_signed_in(None)

    # -- the list of people ------------------------------------------------------------------------

    def show_people(self) -> None:
        from duodesk.gui.people import operations as ops
        from duodesk.gui.people.people_dialog import PeopleDialog

        if refused(self.window, Permission.MANAGE_PEOPLE):
            return
        database = self.window.database

        def loaded(roster: ops.Roster) -> None:
            by = self.person.name if self.person is not None else ""
            dialog = PeopleDialog(database, self.tasks, roster, by, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.changed.connect(self._roster_changed)
            self.people_dialog = dialog
            dialog.open()

        self.tasks.read(lambda: ops.load_roster(database), loaded, self.window._fail)

    def _roster_changed(self, roster: ops.Roster) -> None:
        from duodesk.storage.audit import set_signed_in

        had_people = self.roster is not None and self.roster.has_people
        self.roster = roster
        if roster.has_people and self.person is None and not had_people:
            # The first coordinator was just listed by the one person using DuoDesk: that is
            # them, and they go on as that coordinator (the next start asks for the password).
            first = next(p for p in roster.people if p.role is Role.COORDINATOR)
            self.person = SignedIn(first.name, first.role)
            set_signed_in(self.person)
        elif not roster.has_people and self.person is not None:
            self.person = None  # everyone taken off: one person, every right, as before
            set_signed_in(None)
        elif self.person is not None and self.person.name not in {p.name for p in roster.people}:
            self.sign_out()  # took themselves off the list
            return
        elif self.person is not None:
            # A coordinator who made themselves an interviewer has an interviewer's window now.
            now = next(p for p in roster.people if p.name == self.person.name)
            if now.role is not self.person.role:
                self.person = SignedIn(now.name, now.role)
                set_signed_in(self.person)
        self.apply()


def install(window: MainWindow) -> AccessHooks:
    return AccessHooks(window)
