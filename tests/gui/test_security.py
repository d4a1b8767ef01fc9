"""Project safety from the window: the passphrase offered when a group starts its own survey,
choosing and removing it, locking the screen by hand and when idle, restoring a backup and the
audit trail. Real widgets, a real project file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from duodesk.gui import operations
from duodesk.gui.main_window import MainWindow
from duodesk.gui.security.audit_dialog import AuditDialog
from duodesk.gui.security.backups_dialog import RestoreBackupDialog
from duodesk.gui.security.passphrase_dialog import ChoosePassphraseDialog
from duodesk.storage.audit import verify
from duodesk.storage.database import Database, WrongPassphraseError

PASSPHRASE = "blue kettle morning bus"


def _own_survey(database) -> None:
    """The group's own questionnaire, the examples gone: the survey has begun."""
    from dataclasses import replace

    from duodesk.core.xlsform import read_xlsform
    from duodesk.resources import example_forms
    from duodesk.storage.questionnaires import save_questionnaire

    operations.remove_examples(database)
    example = read_xlsform(next(iter(example_forms())))
    settings = replace(example.settings, form_id="our_survey", form_title="Our survey")
    with database.session() as session:
        save_questionnaire(session, replace(example, settings=settings))


def _window(qtbot, database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.security.protection_checked, timeout=20_000):
        window.show()
    return window


def _choose(qtbot, window: MainWindow, first: str, second: str) -> ChoosePassphraseDialog:
    dialog = window.security.passphrase_dialog
    qtbot.keyClicks(dialog.first, first)
    qtbot.keyClicks(dialog.second, second)
    return dialog


def test_starting_an_own_survey_offers_a_passphrase_and_not_now_leaves_a_warning(qtbot, database):
    _own_survey(database)
    window = _window(qtbot, database)
    hooks = window.security
    assert hooks.offer.isVisible() and not hooks.warning.isVisible()
    with qtbot.waitSignal(hooks.protection_checked, timeout=20_000):
        qtbot.mouseClick(hooks.later_button, Qt.MouseButton.LeftButton)
        window.refresh()
    assert not hooks.offer.isVisible()
    assert hooks.warning.isVisible() and "not locked" in hooks.warning.text()
    window.statusBar().showMessage("a menu's tip")  # the warning stays beside such messages
    assert hooks.warning.isVisible()

    again = _window(qtbot, database)  # the next start: no question, the warning again
    assert not again.security.offer.isVisible() and again.security.warning.isVisible()


def test_the_offer_before_any_interview_does_not_say_the_project_holds_interviews(qtbot, database):
    """Offered with the group's own questionnaire, before any interview, the banner said
    "This project now holds interviews"; it speaks of the interviews to come."""
    _own_survey(database)
    window = _window(qtbot, database)
    offer = window.security.offer
    assert offer.isVisible()
    words = " ".join(label.text() for label in offer.findChildren(QLabel))
    assert "holds interviews" not in words
    assert "questionnaire of your own" in words or "Before the first interview" in words


def test_the_examples_alone_are_not_an_own_survey(qtbot, database):
    window = _window(qtbot, database)
    assert window.welcome.isVisible()
    assert not window.security.offer.isVisible() and not window.security.warning.isVisible()


def test_removing_the_examples_is_not_an_own_survey(qtbot, database):
    operations.remove_examples(database)
    window = _window(qtbot, database)
    assert not window.security.offer.isVisible() and not window.security.warning.isVisible()


def test_a_first_interview_even_with_an_example_offers_a_passphrase(qtbot, database):
    from datetime import date

    from duodesk.gui.entry import operations as entry_ops

    operations.add_example_questionnaires(database)
    details = entry_ops.InterviewDetails("hepc_peer_survey", "Sam", "Centre B", date.today())
    entry_ops.start_interview(database, details)
    window = _window(qtbot, database)
    assert window.security.offer.isVisible()
    words = " ".join(label.text() for label in window.security.offer.findChildren(QLabel))
    assert "holds interviews" in words


def test_choosing_a_passphrase_encrypts_the_project(qtbot, database, project_path):
    _own_survey(database)
    window = _window(qtbot, database)
    qtbot.mouseClick(window.security.offer_button, Qt.MouseButton.LeftButton)
    dialog = _choose(qtbot, window, "short", "short")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "at least 8" in dialog.problem.text()
    dialog.first.clear()
    dialog.second.clear()
    qtbot.keyClicks(dialog.first, PASSPHRASE)
    qtbot.keyClicks(dialog.second, PASSPHRASE + " typo")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "not the same" in dialog.problem.text()
    assert dialog.meter.format() == "Strong"
    dialog.second.clear()
    qtbot.keyClicks(dialog.second, PASSPHRASE)
    with qtbot.waitSignal(window.security.passphrase_changed, timeout=30_000):
        qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert database.is_encrypted
    with qtbot.waitSignal(window.security.protection_checked, timeout=20_000):
        pass
    assert not window.security.offer.isVisible() and not window.security.warning.isVisible()
    assert window.security.lock_action.isEnabled()
    assert "locked with a passphrase" in window.project_label.text()
    try:
        Database.open(project_path).close()
        raise AssertionError("opened without the passphrase")
    except WrongPassphraseError:
        pass
    Database.open(project_path, passphrase=PASSPHRASE).close()


def test_lock_now_hides_every_window_until_the_passphrase(qtbot, project_path):
    database = Database.open(project_path, passphrase=PASSPHRASE)
    _own_survey(database)
    window = _window(qtbot, database)
    qtbot.keyClick(
        window,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    guard = window.security.guard
    assert guard.is_locked and not window.isVisible()
    unlock = guard.dialog
    qtbot.addWidget(unlock)
    assert unlock.isVisible()
    qtbot.keyClick(unlock, Qt.Key.Key_Escape)  # Escape does not unlock
    assert guard.is_locked
    qtbot.keyClicks(unlock.passphrase, "a wrong guess")
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert guard.is_locked and "not the passphrase" in unlock.message.text()
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    with qtbot.waitSignal(guard.unlocked, timeout=5_000):
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert window.isVisible() and not guard.is_locked
    database.close()


def test_the_window_locks_itself_when_nobody_uses_it(qtbot, project_path):
    database = Database.open(project_path, passphrase=PASSPHRASE)
    window = _window(qtbot, database)
    guard = window.security.guard
    assert guard.timer.isActive() and guard.timer.interval() == 10 * 60_000  # the default
    guard.timer.setInterval(200)  # ten minutes are too long to wait for in a test
    guard.timer.start()
    qtbot.waitUntil(lambda: guard.is_locked, timeout=10_000)
    qtbot.addWidget(guard.dialog)
    assert not window.isVisible()
    assert all(not w.isVisible() for w in QApplication.topLevelWidgets() if w is not guard.dialog)
    database.close()


def test_a_project_without_a_passphrase_cannot_be_locked_by_idling(qtbot, database):
    window = _window(qtbot, database)
    assert not window.security.guard.timer.isActive()
    assert not window.security.lock_action.isEnabled()


def test_restore_a_backup_from_the_window(qtbot, database):
    operations.remove_examples(database)
    backup = database.backup("daily")  # an empty project
    operations.add_example_questionnaires(database)
    window = _window(qtbot, database)
    assert window.model.rowCount() == 3
    window.security.restore_backup()
    dialog = window.security.backups_dialog
    assert isinstance(dialog, RestoreBackupDialog)
    assert dialog.list.count() == 1 and dialog.list.item(0).text().endswith("daily backup")
    assert dialog.chosen() == backup
    with qtbot.waitSignal(window.security.backup_restored, timeout=30_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=20_000)
    assert any("before-restore" in p.name for p in database.backups())


def test_the_audit_trail_on_screen(qtbot, database):
    operations.add_example_questionnaires(database)
    _own_survey(database)
    window = _window(qtbot, database)
    window.security.show_audit()
    qtbot.waitUntil(lambda: isinstance(getattr(window.security, "audit_dialog", None), AuditDialog))
    dialog = window.security.audit_dialog
    assert "holds together" in dialog.verdict.text()
    # Cutting off the newest records is not found by the check: the screen says so and shows
    # the newest record's fingerprint, as the command line prints it, to note down.
    assert "cut off at the end are not found" in dialog.verdict.text()
    with database.read_session() as session:
        head = verify(session).head
    assert head and dialog.fingerprint.isVisibleTo(dialog)
    assert f"Fingerprint of the newest record: {head}" in dialog.fingerprint.text()
    assert "Note it down" in dialog.fingerprint.text()
    model = dialog.table.model()
    actions = {model.index(row, 2).data() for row in range(model.rowCount())}
    assert {"questionnaire saved", "questionnaire removed"} <= actions


def test_opening_a_locked_project_asks_for_its_passphrase_without_logging_a_failure(
    qtbot, project_path, monkeypatch, caplog
):
    import logging

    from PySide6.QtWidgets import QInputDialog

    from duodesk.gui.app import ProjectOpening
    from duodesk.gui.tasks import ProjectWorker

    Database.open(project_path, passphrase=PASSPHRASE).close()
    asked: list[str] = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(title)
        return PASSPHRASE, True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    worker = ProjectWorker()
    window = MainWindow(None, worker)
    qtbot.addWidget(window)
    window.show()
    opening = ProjectOpening(window, worker, str(project_path))
    with caplog.at_level(logging.INFO), qtbot.waitSignal(window.home_loaded, timeout=30_000):
        opening.start(None)
    worker.wait()
    assert asked == ["This project is locked"]
    assert opening.database is not None and opening.database.is_encrypted
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text
    assert "Traceback" not in caplog.text and "WrongPassphraseError" not in caplog.text
    opening.database.close()


def test_lock_now_works_from_a_window_opened_from_the_main_one(qtbot, project_path):
    """An interviewer steps away from the interview window, not from the main one."""
    database = Database.open(project_path, passphrase=PASSPHRASE)
    _own_survey(database)
    window = _window(qtbot, database)
    child = window.child_windows.open(QWidget())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is child, timeout=5_000)
    qtbot.keyClick(
        child,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    guard = window.security.guard
    assert guard.is_locked and not child.isVisible()
    qtbot.addWidget(guard.dialog)
    qtbot.keyClicks(guard.dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(guard.unlocked, timeout=5_000):
        qtbot.keyClick(guard.dialog.passphrase, Qt.Key.Key_Return)
    assert child.isVisible()
    child.close()
    database.close()


def test_the_idle_minutes_are_chosen_in_the_security_menu_and_kept_on_the_laptop(
    qtbot, project_path, laptop_settings_file
):
    database = Database.open(project_path, passphrase=PASSPHRASE)
    window = _window(qtbot, database)
    assert window.security.idle_action in window.security.menu.actions()
    window.security.set_idle_minutes(3)  # as "Lock after…" does with the number chosen
    guard = window.security.guard
    assert guard.timer.isActive() and guard.timer.interval() == 3 * 60_000
    assert "idle_minutes=3" in laptop_settings_file.read_text(encoding="utf-8")
    window.security.set_idle_minutes(0)  # never
    assert not guard.timer.isActive()
    window.close()
    database.close()

    # Written into the laptop's settings file by hand, as a coordinator might.
    laptop_settings_file.write_text("[security]\nidle_minutes=7\n", encoding="utf-8")
    database = Database.open(project_path, passphrase=PASSPHRASE)
    window = _window(qtbot, database)
    assert window.security.guard.timer.interval() == 7 * 60_000
    database.close()


def test_a_question_open_when_the_window_locks_itself_is_cancelled_and_locking_goes_on(
    qtbot, project_path
):
    """Security > Lock after… (or any question) left open when the window locked itself:
    unlocking failed on the question's deleted window, and the window never locked again."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog

    database = Database.open(project_path, passphrase=PASSPHRASE)
    window = _window(qtbot, database)
    guard = window.security.guard
    guard.timer.setInterval(200)
    answers = []

    def ask() -> None:
        guard.timer.start()
        answers.append(QInputDialog.getInt(window, "Lock after", "Minutes:", 10))

    QTimer.singleShot(0, ask)
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    assert answers == [(10, False)]  # cancelled, as Escape would
    assert guard.is_locked
    unlock = guard.dialog
    qtbot.addWidget(unlock)
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    with qtbot.waitSignal(guard.unlocked, timeout=5_000):
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert window.isVisible() and not guard.is_locked
    window.security.lock_action.trigger()  # Security > Lock now
    assert guard.is_locked and not window.isVisible()  # works still
    qtbot.addWidget(guard.dialog)
    database.close()
