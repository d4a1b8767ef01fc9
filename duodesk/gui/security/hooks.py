"""What project safety adds to the main window: File > Lock now, the passphrase, backups and the
audit trail, a warning while the project is not encrypted, and the offer of a passphrase the
first time a group starts its own survey."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
)

from duodesk.core.roles import Permission
from duodesk.gui.people.access import refused
from duodesk.gui.style import FULL_TEXT, SHORT_TEXT, banner

if TYPE_CHECKING:  # the project's modules (SQLAlchemy) load with the project, not the window
    from duodesk.gui.main_window import MainWindow
    from duodesk.gui.security import operations as ops
    from duodesk.gui.security.lock import LockGuard

NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "SecurityHooks",
    "⚠ This project is not locked with a passphrase: anyone who copies the file can read the "
    "interviews. Security > Lock the project with a passphrase…",
)


class SecurityHooks(QObject):
    protection_checked = Signal()  # the offer and the warning are up to date (tests wait)
    passphrase_changed = Signal()
    backup_restored = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tasks = window.tasks
        self.guard: LockGuard | None = None  # made once the project is open
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #8a4b00; font-weight: 600;")
        self.warning.setWordWrap(True)
        self.warning.hide()
        window.statusBar().addPermanentWidget(self.warning, 1)
        self.offer = self._build_offer()
        window.page_layout.insertWidget(0, self.offer)
        self._build_menu()
        window.home_loaded.connect(self.check_protection)

    def _build_offer(self) -> QFrame:
        """The banner that asks for a passphrase once the group's own survey has started."""
        self.offer_button = QPushButton(self.tr("Choose a passphrase…"))
        self.offer_button.setToolTip(
            self.tr(
                "Encrypt the project, so that nobody who copies the file can read the interviews"
            )
        )
        self.offer_button.clicked.connect(lambda: self.choose_passphrase(first_time=True))
        self.later_button = QPushButton(self.tr("Not now"))
        self.later_button.setToolTip(self.tr("A reminder stays at the bottom of the window."))
        self.later_button.clicked.connect(self.later)
        full, short = self._offer_words(interviews=False)
        return banner(
            full,
            self.offer_button,
            self.later_button,
            # On a short screen (150%, or the largest text) the banner is one line: the whole
            # sentence pushed the list of questionnaires out of sight.
            short=short,
        )

    def _offer_words(self, *, interviews: bool) -> tuple[str, str]:
        """The offer's sentence and its one-line form. It comes with the group's first
        questionnaire of its own, before any interview: then it speaks of the interviews to
        come (it said the project held interviews while it held none)."""
        if interviews:
            return (
                self.tr(
                    "<b>This project now holds interviews.</b> They will be about people's "
                    "health and drug use: lock the project with a passphrase so that nobody who "
                    "copies the file from this laptop can read them."
                ),
                self.tr("<b>This project now holds interviews.</b> Lock it with a passphrase."),
            )
        return (
            self.tr(
                "<b>This project now holds a questionnaire of your own.</b> Its interviews "
                "will be about people's health and drug use: lock the project with a passphrase "
                "before the first one, so that nobody who copies the file from this laptop can "
                "read them."
            ),
            self.tr("<b>Before the first interview,</b> lock this project with a passphrase."),
        )

    def _say_offer(self, *, interviews: bool) -> None:
        full, short = self._offer_words(interviews=interviews)
        label = self.offer.findChild(QLabel, "bannerText")
        label.setProperty(FULL_TEXT, full)
        label.setProperty(SHORT_TEXT, short)
        compact = bool(self.offer.property("compact"))
        label.setText(short if compact else full)
        label.setToolTip(full if compact else "")

    def later(self) -> None:
        from duodesk.gui.security import operations as ops

        if not self.window.may(Permission.PROJECT_SAFETY):
            return
        self.offer.hide()
        self.tasks.run(lambda: ops.passphrase_later(self.database), lambda _: None)

    def _build_menu(self) -> None:
        bar = self.window.menuBar()
        menus = [a for a in bar.actions() if a.menu() is not None]
        menu = bar.addMenu(self.tr("&Security"))
        self.menu = menu  # People and roles are added to it (gui/people/access.py)
        if len(menus) > 1:  # before Help, which stays last
            bar.insertMenu(menus[-1], menu)
        self.lock_action = QAction(self.tr("&Lock now"), self.window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.lock_action.triggered.connect(self.lock_now)
        self.idle_action = QAction(self.tr("Lock af&ter…"), self.window)
        self.idle_action.triggered.connect(self.choose_idle_minutes)
        self.passphrase_action = QAction(self._passphrase_words(), self.window)
        self.passphrase_action.triggered.connect(self.choose_passphrase)
        self.remove_action = QAction(self.tr("&Remove the passphrase…"), self.window)
        self.remove_action.triggered.connect(self.remove_passphrase)
        restore = QAction(self.tr("Restore a &backup…"), self.window)
        restore.triggered.connect(self.restore_backup)
        audit = QAction(self.tr("&Audit trail…"), self.window)
        audit.triggered.connect(self.show_audit)
        # Only coordinators see these (gui/people/access.py); Lock now is everyone's.
        self.coordinator_actions = (
            self.idle_action,
            self.passphrase_action,
            self.remove_action,
            restore,
            audit,
        )
        for action in (
            self.lock_action,
            self.idle_action,
            self.passphrase_action,
            self.remove_action,
        ):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(restore)
        menu.addAction(audit)
        # Lock now from whichever window is in front: the interview window above all, where
        # an interviewer is when they step away.
        self.window.child_windows.opened.connect(lambda child: child.addAction(self.lock_action))

    def _passphrase_words(self) -> str:
        encrypted = self.database is not None and self.database.is_encrypted
        if encrypted:
            return self.tr("&Change the passphrase…")
        return self.tr("Lock the project with a &passphrase…")

    def _update_actions(self) -> None:
        self.passphrase_action.setText(self._passphrase_words())
        self.remove_action.setEnabled(self.database.is_encrypted)
        self.lock_action.setEnabled(self.guard is not None and self.guard.can_lock)

    # -- the offer and the warning ---------------------------------------------------------------

    @property
    def database(self):
        return self.window.database

    def check_protection(self) -> None:
        from duodesk.gui.security import operations as ops
        from duodesk.gui.security.lock import LockGuard

        if self.guard is None:
            self.guard = LockGuard(self.database, self)
        self.guard.person_check = self.window.access.pin_check()  # then only they unlock
        self.guard.restart_timer()
        self._update_actions()
        database = self.database
        self.tasks.read(lambda: ops.protection_state(database), self._protection_known)

    def _protection_known(self, state: ops.ProtectionState) -> None:
        coordinator = self.window.may(Permission.PROJECT_SAFETY)
        self.warning.setText(self.tr(NOT_ENCRYPTED))
        self.warning.setVisible(coordinator and state.warn and not state.ask_now)
        self._say_offer(interviews=state.interviews)
        self.offer.setVisible(coordinator and state.ask_now)
        self.protection_checked.emit()

    # -- actions -------------------------------------------------------------------------------

    def choose_idle_minutes(self) -> None:
        """Ask after how many idle minutes the windows lock themselves (0: never)."""
        from PySide6.QtWidgets import QInputDialog

        from duodesk.gui.security.lock import idle_minutes

        if refused(self.window, Permission.PROJECT_SAFETY):
            return  # an interviewer could otherwise turn the lock off
        minutes, ok = QInputDialog.getInt(
            self.window,
            self.tr("Lock after"),
            self.tr(
                "Lock every window after this many minutes with nobody using DuoDesk (0: never):"
            ),
            idle_minutes(),
            0,
            240,
        )
        if ok:
            self.set_idle_minutes(minutes)

    def set_idle_minutes(self, minutes: int) -> None:
        from duodesk.gui.security.lock import set_idle_minutes

        set_idle_minutes(minutes)
        if self.guard is not None:
            self.guard.restart_timer()

    def lock_now(self) -> None:
        if self.guard is not None and self.guard.can_lock:
            self.guard.lock()
            return
        if not self.database.is_encrypted:
            self.choose_passphrase()
            return
        self.guard.lock()

    def _others_open(self) -> bool:
        others = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not self.window and w.isWindow() and w.windowTitle()
        ]
        if others:
            self._tell(
                self.tr("Close the other windows first"),
                self.tr(
                    "Close the interview, Results, Export and designer windows first, then try "
                    "again. Nothing was changed."
                ),
            )
        return bool(others)

    def choose_passphrase(self, *, first_time: bool = False) -> None:
        from duodesk.gui.security.passphrase_dialog import ChoosePassphraseDialog

        if refused(self.window, Permission.PROJECT_SAFETY):
            return
        if not first_time and self._others_open():
            return
        dialog = ChoosePassphraseDialog(
            self.window,
            title=(
                self.tr("Change the passphrase")
                if self.database.is_encrypted
                else self.tr("Lock the project with a passphrase")
            ),
            allow_later=first_time,
        )
        dialog.accepted.connect(lambda: self._change(dialog.passphrase()))
        dialog.rejected.connect(lambda: dialog.chose_later and self.later())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.passphrase_dialog = dialog
        dialog.open()

    def remove_passphrase(self) -> None:
        if refused(self.window, Permission.PROJECT_SAFETY) or self._others_open():
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Remove the passphrase?"),
            self.tr(
                "Without a passphrase anyone who copies the project file can read every "
                "interview. Remove it only if the project is moving to a laptop that is itself "
                "encrypted."
            ),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        remove = box.addButton(
            self.tr("Remove the passphrase"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _: box.clickedButton() is remove and self._change(None))
        self.confirmation = box
        box.open()

    def _change(self, passphrase: str | None) -> None:
        from duodesk.gui.security import operations as ops

        if refused(self.window, Permission.PROJECT_SAFETY):
            return

        def done(left) -> None:
            self._update_actions()
            label = getattr(self.window, "project_label", None)
            if label is not None:  # "(not encrypted)" must not stay after locking
                label.setText(
                    QCoreApplication.translate(
                        "MainWindow", "Project: {project} ({protection})"
                    ).format(
                        project=self.database.describe(), protection=self.database.protection()
                    )
                )
            self.guard.restart_timer()
            self.check_protection()
            if not left:
                message = (
                    self.tr("The project and its backups are now locked with the new passphrase.")
                    if passphrase
                    else self.tr("The project and its backups are no longer encrypted.")
                )
            else:
                message = (
                    self.tr("The project is now locked with the new passphrase.")
                    if passphrase
                    else self.tr("The project is no longer encrypted.")
                )
                message += "\n\n" + self.tr(
                    "%n older backups use an earlier passphrase and were not changed.",
                    "",
                    len(left),
                )
            self._tell(self.tr("Passphrase"), message)
            self.passphrase_changed.emit()

        self.tasks.run(lambda: ops.change_passphrase(self.database, passphrase), done, self._failed)

    def restore_backup(self) -> None:
        from duodesk.gui.security.backups_dialog import RestoreBackupDialog

        if refused(self.window, Permission.PROJECT_SAFETY) or self._others_open():
            return
        dialog = RestoreBackupDialog(self.database.backups(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._restore(dialog.chosen()))
        self.backups_dialog = dialog
        dialog.open()

    def _restore(self, backup) -> None:
        from duodesk.gui.security import operations as ops

        if backup is None:
            return

        def done(_kept) -> None:
            from duodesk.storage.changes import Changes

            self.tasks.announce(Changes(questionnaires=True, interviews_added=True, settings=True))
            self.window.refresh()
            self._tell(
                self.tr("Backup restored"), self.tr("The project is back as the backup has it.")
            )
            self.backup_restored.emit()

        self.tasks.run(lambda: ops.restore_backup(self.database, backup), done, self._failed)

    def show_audit(self) -> None:
        from duodesk.gui.security.audit_dialog import AuditDialog, load_trail

        if refused(self.window, Permission.PROJECT_SAFETY):
            return

        def loaded(result) -> None:
            events, check = result
            dialog = AuditDialog(events, check, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.resize(1000, 560)
            self.audit_dialog = dialog
            dialog.open()

        database = self.database
        self.tasks.read(lambda: load_trail(database), loaded, self._failed)

    def _failed(self, error: Exception) -> None:
        self._tell("DuoDesk", str(error), QMessageBox.Icon.Warning)

    def _tell(self, title: str, text: str, icon=QMessageBox.Icon.Information) -> None:
        """A message that does not hold up the window (it closes with Enter or Escape)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()


def install(window: MainWindow) -> SecurityHooks:
    return SecurityHooks(window)
