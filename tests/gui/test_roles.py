"""People and roles in the window: nothing of a project that lists people is shown before
someone signs in; an interviewer reaches interview entry and their own interviews only, by no
button, menu, shortcut or direct call; the start dialog names the signed-in person; sign-in,
wrong PINs, lock-out and sign-out go in the audit trail. Real widgets, a real project file."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from duodesk.core.roles import Permission, Role, SignedIn
from duodesk.gui import operations
from duodesk.gui.designer.window import DesignerWindow
from duodesk.gui.entry import operations as entry_ops
from duodesk.gui.entry.start_dialog import StartInterviewDialog
from duodesk.gui.export.window import ExportWindow
from duodesk.gui.interviews.browser import InterviewsWindow
from duodesk.gui.main_window import MainWindow
from duodesk.gui.people.sign_in_dialog import SignInDialog
from duodesk.gui.results.window import ResultsWindow
from duodesk.gui.team_transfer import READ, SEND, open_transfer
from duodesk.resources import example_forms
from duodesk.storage import audit
from duodesk.storage.audit import set_signed_in
from duodesk.storage.interview_list import InterviewFilter, count_interviews, interview_rows
from duodesk.storage.people import MAX_WRONG_TRIES, add_person

CTRL = Qt.KeyboardModifier.ControlModifier
COORDINATOR_PASSWORD = "harbour lights 7"
SAM_PIN = "4821"
COORDINATOR_WINDOWS = (ResultsWindow, ExportWindow, DesignerWindow)


@pytest.fixture
def team(database):
    """A project with examples, a coordinator, two interviewers and one interview by each."""
    operations.add_example_questionnaires(database)
    operations.keep_examples(database)
    with database.session() as session:
        add_person(session, "Morag", Role.COORDINATOR, COORDINATOR_PASSWORD)
        set_signed_in(SignedIn("Morag", Role.COORDINATOR))  # Morag lists the others
        add_person(session, "Sam", Role.INTERVIEWER, SAM_PIN)
        add_person(session, "Jo", Role.INTERVIEWER, "5555")
    for who, site in (("Sam", "Centre B"), ("Jo", "Centre C")):
        details = entry_ops.InterviewDetails("hepc_peer_survey", who, site, date(2024, 7, 1))
        entry_ops.start_interview(database, details)
    set_signed_in(None)  # the window asks who is there
    return database


def _shown(*kinds):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kinds) and w.isVisible()]


def _window(qtbot, database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.access.roster is not None, timeout=20_000)
    return window


def _sign_in_dialog(qtbot, window: MainWindow) -> SignInDialog:
    qtbot.waitUntil(lambda: window.access.sign_in_dialog is not None, timeout=20_000)
    dialog = window.access.sign_in_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    return dialog


def _try(qtbot, window: MainWindow, name: str, secret: str) -> SignInDialog:
    dialog = _sign_in_dialog(qtbot, window)
    dialog.choose(name)
    qtbot.keyClicks(dialog.secret, secret)
    with qtbot.waitSignal(dialog.answered, timeout=20_000):
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    return dialog


def _sign_in(qtbot, window: MainWindow, name: str, secret: str) -> None:
    with qtbot.waitSignal(window.home_loaded, timeout=20_000):
        _try(qtbot, window, name, secret)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)


def _choose(window: MainWindow, form_id: str) -> None:
    rows = [window.model.row_at(r).form_id for r in range(window.model.rowCount())]
    window.table.selectRow(rows.index(form_id))


def _trail(database) -> list[tuple[str, str, str]]:
    with database.session() as session:
        return [(e.action, e.actor, e.subject) for e in audit.list_events(session)]


def _visible_actions(window: MainWindow) -> set[str]:
    return {
        action.text().replace("&", "")
        for menu_action in window.menuBar().actions()
        if menu_action.menu() is not None
        for action in menu_action.menu().actions()
        if action.isVisible() and action.text()
    }


def test_a_project_with_nobody_listed_opens_as_before_with_every_right(qtbot, database):
    operations.add_example_questionnaires(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home_loaded, timeout=20_000):
        window.show()
    assert window.access.sign_in_dialog is None
    texts = {b.text() for b in window._questionnaire_dependent if b.isVisible()}
    assert {"Results…", "Export…", "Edit…", "Start an interview…"} <= texts
    actions = _visible_actions(window)
    assert "People and roles…" in actions and "Audit trail…" in actions
    assert "Sign out" not in actions


def test_nothing_of_the_project_shows_until_someone_signs_in(qtbot, team):
    window = _window(qtbot, team)
    dialog = _sign_in_dialog(qtbot, window)
    assert window.model.rowCount() == 0  # no questionnaire listed behind the dialog
    assert not window.centralWidget().isEnabled() and not window.menuBar().isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape does not get past it
    dialog.close()
    assert dialog.isVisible() and window.model.rowCount() == 0
    _try(qtbot, window, "Sam", "0000")
    assert "not right" in dialog.message.text() and dialog.isVisible()
    assert window.model.rowCount() == 0
    _sign_in(qtbot, window, "Sam", SAM_PIN)
    assert window.model.rowCount() == 3
    assert window.access.who.text() == "Signed in: Sam (interviewer)"
    trail = _trail(team)
    assert ("sign-in failed", trail[-2][1], "Sam") in trail
    assert ("signed in", "Sam", "Sam") in trail


def test_an_interviewer_sees_only_interview_entry(qtbot, team):
    window = _window(qtbot, team)
    _sign_in(qtbot, window, "Sam", SAM_PIN)
    shown = {b.text() for b in window._questionnaire_dependent if b.isVisible()}
    assert shown == {"Start an interview…", "Interviews…"}
    assert not window.add_button.isVisible() and not window.designer.new_button.isVisible()
    actions = _visible_actions(window)
    for coordinators_only in (
        "Results…",
        "Export…",
        "Edit…",
        "New questionnaire…",
        "Add a questionnaire from a file…",
        "Add the example questionnaires",
        "Send interviews to the team…",
        "Add a transfer file…",
        "Audit trail…",
        "Restore a backup…",
        "Lock the project with a passphrase…",
        "People and roles…",
    ):
        assert coordinators_only not in actions, coordinators_only
    assert {"Start an interview…", "Interviews…", "Lock now", "Sign out"} <= actions


@pytest.mark.parametrize("key", [Qt.Key.Key_R, Qt.Key.Key_E, Qt.Key.Key_D, Qt.Key.Key_N])
def test_a_coordinators_shortcut_opens_the_screen(qtbot, team, key):
    """The control for the attack below: the same keys do open the screens for a coordinator."""
    window = _window(qtbot, team)
    _sign_in(qtbot, window, "Morag", COORDINATOR_PASSWORD)
    qtbot.keyClick(window, key, CTRL)
    qtbot.waitUntil(lambda: bool(_shown(*COORDINATOR_WINDOWS)), timeout=20_000)
    for opened in _shown(*COORDINATOR_WINDOWS):
        opened.close()


def test_an_interviewer_cannot_reach_coordinator_screens_by_keys_menus_or_calls(
    qtbot, team, monkeypatch, tmp_path
):
    # Were Ctrl+O let through, its file dialog would answer at once (and add a questionnaire).
    form = tmp_path / "other.xlsx"
    form.write_bytes(example_forms()[0].read_bytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(form), ""))
    window = _window(qtbot, team)
    _sign_in(qtbot, window, "Sam", SAM_PIN)
    before = _trail(team)
    for key in (Qt.Key.Key_R, Qt.Key.Key_E, Qt.Key.Key_D, Qt.Key.Key_N, Qt.Key.Key_O):
        qtbot.keyClick(window, key, CTRL)
    # every action, hidden or not, triggered as a menu would
    for action in window.findChildren(type(window.access.people_action)):
        if action.text().replace("&", "") in ("Quit", "Lock now", "Sign out"):
            continue
        if not action.isVisible():
            action.trigger()
    # and the screens' own entry points, called directly
    chosen = window.selected_questionnaire()
    assert chosen is not None
    assert window.open_results(chosen) is None
    assert window.open_export(chosen) is None
    assert window.designer.new_questionnaire() is None
    window.designer.edit(chosen)
    window.security.show_audit()
    window.security.choose_passphrase()
    window.security.remove_passphrase()
    window.security.restore_backup()
    window.access.show_people()
    assert open_transfer(window, SEND) is None and open_transfer(window, READ) is None
    window.remove_examples()
    window.add_questionnaire_file(example_forms()[0])
    window.tasks.wait()
    qtbot.wait(200)  # let any reply from the worker arrive
    assert _shown(*COORDINATOR_WINDOWS) == []
    assert window.child_windows.windows() == []
    dialogs = [d for d in _shown(QDialog) if d.windowTitle() != "Not for this role"]
    assert dialogs == []
    assert "Only a coordinator can" in window.refusal_box.text()
    with team.session() as session:
        assert count_interviews(session, InterviewFilter()) == 2
    assert window.model.rowCount() == 3  # the examples were not removed
    assert _trail(team) == before  # nothing was done


def test_an_interviewers_list_holds_their_own_interviews_and_cannot_delete(qtbot, team):
    window = _window(qtbot, team)
    _sign_in(qtbot, window, "Sam", SAM_PIN)
    _choose(window, "hepc_peer_survey")
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: bool(_shown(InterviewsWindow)), timeout=20_000)
    browser = _shown(InterviewsWindow)[0]
    qtbot.waitUntil(lambda: browser.count_label.text() != "Loading…", timeout=20_000)
    people = {browser.model.row_at(r).interviewer for r in range(browser.model.rowCount())}
    assert people == {"Sam"}
    assert not browser.delete_button.isVisible() and not browser.purge_button.isVisible()
    browser.table.selectRow(0)
    browser.delete_selected(confirm=False)
    browser.purge(confirm=False)
    window.tasks.wait()
    with team.session() as session:
        assert count_interviews(session, InterviewFilter()) == 2
    browser.close()


def test_the_start_dialog_names_the_signed_in_interviewer(qtbot, team):
    window = _window(qtbot, team)
    _sign_in(qtbot, window, "Jo", "5555")
    _choose(window, "hepc_peer_survey")
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(lambda: bool(_shown(StartInterviewDialog)), timeout=20_000)
    dialog = _shown(StartInterviewDialog)[0]
    assert dialog.interviewer_box.currentText() == "Jo"
    assert dialog.interviewer_box.count() == 1 and not dialog.interviewer_box.isVisible()
    assert dialog.signed_in_label.isVisible() and dialog.signed_in_label.text() == "Jo (signed in)"
    assert not dialog.add_name_button.isVisible()
    dialog.site_box.setCurrentText("Centre D")
    with qtbot.waitSignal(window.entry.window_opened, timeout=20_000) as opened:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    opened.args[0].close()
    with team.session() as session:
        rows = interview_rows(session, InterviewFilter(text="Centre D"), 0, 50)
    assert [row.interviewer for row in rows] == ["Jo"]


def test_repeated_wrong_pins_lock_the_name_out(qtbot, team):
    window = _window(qtbot, team)
    for _ in range(MAX_WRONG_TRIES):
        dialog = _try(qtbot, window, "Sam", "1111")
    assert "cannot sign in for 5 minutes" in dialog.message.text()
    dialog = _try(qtbot, window, "Sam", SAM_PIN)  # the right PIN, too late
    assert "Too many wrong tries" in dialog.message.text()
    assert dialog.isVisible() and window.model.rowCount() == 0
    actions = [action for action, _, subject in _trail(team) if subject == "Sam"]
    assert actions.count("sign-in failed") == MAX_WRONG_TRIES
    assert "locked out" in actions and "sign-in refused (locked out)" in actions


def test_signing_out_closes_every_screen_and_asks_who_is_next(qtbot, team):
    window = _window(qtbot, team)
    _sign_in(qtbot, window, "Morag", COORDINATOR_PASSWORD)
    chosen = window.selected_questionnaire()
    results = window.open_results(chosen)
    assert results is not None and results.isVisible()
    with qtbot.waitSignal(window.access.signed_out, timeout=20_000):
        window.access.sign_out_action.trigger()
    assert window.child_windows.windows() == [] and not _shown(ResultsWindow)
    assert window.model.rowCount() == 0
    _sign_in_dialog(qtbot, window)
    _sign_in(qtbot, window, "Sam", SAM_PIN)
    assert not window.may(Permission.EXPORT)
    trail = _trail(team)
    assert ("signed out", "Morag", "Morag") in trail


def test_the_people_screen_lists_a_team_whose_members_then_sign_in(qtbot, database):
    operations.add_example_questionnaires(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home_loaded, timeout=20_000):
        window.show()
    window.access.people_action.trigger()
    qtbot.waitUntil(lambda: window.access.people_dialog is not None, timeout=20_000)
    people = window.access.people_dialog
    assert people.chosen_role() is Role.COORDINATOR  # the first must be a coordinator
    qtbot.keyClicks(people.name, "Morag")
    qtbot.keyClicks(people.secret, COORDINATOR_PASSWORD)
    qtbot.keyClicks(people.again, COORDINATOR_PASSWORD)
    with qtbot.waitSignal(people.changed, timeout=20_000):
        qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    assert window.access.who.text() == "Signed in: Morag (coordinator)"
    people.role.setCurrentIndex(people.role.findData(Role.INTERVIEWER.value))
    qtbot.keyClicks(people.name, "Sam")
    qtbot.keyClicks(people.secret, "12")
    qtbot.keyClicks(people.again, "12")
    with qtbot.waitSignal(people.changed, timeout=20_000):
        qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    assert "4 to 12 digits" in people.message.text()
    people.secret.clear()
    people.again.clear()
    qtbot.keyClicks(people.secret, SAM_PIN)
    qtbot.keyClicks(people.again, SAM_PIN)
    with qtbot.waitSignal(people.changed, timeout=20_000):
        qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    listed = [people.list.item(r).text() for r in range(people.list.count())]
    assert listed == ["Morag   ·   Coordinator", "Sam   ·   Interviewer"]
    people.close()
    window.close()
    trail = _trail(database)
    assert ("person added", "Morag", "Sam") in trail
    assert ("signed out", "Morag", "Morag") in trail  # closing DuoDesk signs out

    again = _window(qtbot, database)  # the next start asks who it is
    _sign_in(qtbot, again, "Sam", SAM_PIN)
    assert again.access.who.text() == "Signed in: Sam (interviewer)"


def test_the_lock_screen_opens_with_the_signed_in_interviewers_pin(qtbot, team):
    """An interviewer does not know the project's passphrase: their PIN unlocks (and with
    people listed even a project without a passphrase can be locked)."""
    window = _window(qtbot, team)
    _sign_in(qtbot, window, "Sam", SAM_PIN)
    qtbot.waitUntil(lambda: window.security.guard is not None, timeout=20_000)
    guard = window.security.guard
    assert window.security.lock_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert guard.is_locked and not window.isVisible()
    unlock = guard.dialog
    qtbot.addWidget(unlock)
    qtbot.keyClicks(unlock.passphrase, "5555")  # Jo's PIN, not Sam's
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert guard.is_locked and "not right" in unlock.message.text()
    qtbot.keyClicks(unlock.passphrase, SAM_PIN)
    with qtbot.waitSignal(guard.unlocked, timeout=5_000):
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert window.isVisible() and window.access.who.text() == "Signed in: Sam (interviewer)"


def test_an_interviewer_resumes_and_corrects_only_their_own_interviews(qtbot, team):
    window = _window(qtbot, team)
    with qtbot.waitSignal(window.entry.drafts_loaded, timeout=20_000):
        _sign_in(qtbot, window, "Sam", SAM_PIN)
    assert window.entry.drafts_label.text() == "1 unfinished interview"  # Jo's is not offered
    assert [d.interviewer for d in window.entry.drafts] == ["Sam"]
    _choose(window, "hepc_peer_survey")
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: bool(_shown(InterviewsWindow)), timeout=20_000)
    browser = _shown(InterviewsWindow)[0]
    qtbot.waitUntil(lambda: browser.model.rowCount() == 1, timeout=20_000)
    qtbot.waitUntil(lambda: len(browser.selected_ids()) == 1, timeout=20_000)  # the first row
    with qtbot.waitSignal(window.entry.window_opened, timeout=20_000) as opened:
        browser.open_selected()
    interview = opened.args[0]
    assert interview.corrected_by == "Sam"  # nobody is asked who is correcting
    interview.close()
    browser.close()


def _answer_input_dialogs(qtbot, *answers: str) -> None:
    """Type each answer into the next PIN dialog that opens, and press OK."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog

    remaining = list(answers)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(50, fill)
            return
        dialog.setTextValue(remaining.pop(0))
        dialog.accept()
        if remaining:
            QTimer.singleShot(50, fill)

    QTimer.singleShot(50, fill)


def _people_screen(qtbot, window: MainWindow):
    window.access.people_action.trigger()
    qtbot.waitUntil(lambda: window.access.people_dialog is not None, timeout=20_000)
    people = window.access.people_dialog
    qtbot.waitUntil(people.isVisible, timeout=5_000)
    return people


def test_a_coordinator_changes_roles_on_the_people_screen_but_never_the_last_one(qtbot, team):
    window = _window(qtbot, team)
    _sign_in(qtbot, window, "Morag", COORDINATOR_PASSWORD)
    people = _people_screen(qtbot, window)
    people.choose("Morag")
    assert not people.role_button.isEnabled()  # the only coordinator
    assert "only coordinator" in people.role_button.toolTip()

    people.choose("Sam")
    assert people.role_button.text() == "Make a coordinator…"
    assert people.role_button.isEnabled()
    _answer_input_dialogs(qtbot, "sam's new password", "sam's new password")
    with qtbot.waitSignal(people.changed, timeout=20_000):
        qtbot.mouseClick(people.role_button, Qt.MouseButton.LeftButton)
    listed = [people.list.item(r).text() for r in range(people.list.count())]
    assert "Sam   ·   Coordinator" in listed
    assert people.message.text() == "Sam is now a coordinator."
    people.resize(1366, 768)

    # Morag, no longer the only coordinator, makes herself an interviewer: her window follows.
    people.choose("Morag")
    assert people.role_button.text() == "Make an interviewer…"
    _answer_input_dialogs(qtbot, "2468", "2468")
    with qtbot.waitSignal(people.changed, timeout=20_000):
        qtbot.mouseClick(people.role_button, Qt.MouseButton.LeftButton)
    assert window.access.who.text() == "Signed in: Morag (interviewer)"
    assert not window.may(Permission.SEE_RESULTS)
    assert not window.access.people_action.isVisible()
    trail = _trail(team)
    assert ("role changed", "Morag", "Sam") in trail
    assert ("role changed", "Morag", "Morag") in trail


def test_typing_two_different_pins_changes_no_role(qtbot, team):
    window = _window(qtbot, team)
    _sign_in(qtbot, window, "Morag", COORDINATOR_PASSWORD)
    people = _people_screen(qtbot, window)
    people.choose("Jo")
    _answer_input_dialogs(qtbot, "jo's new password", "jo's other password")
    qtbot.mouseClick(people.role_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(people.message.isVisible, timeout=5_000)
    assert "not the same" in people.message.text()
    listed = [people.list.item(r).text() for r in range(people.list.count())]
    assert "Jo   ·   Interviewer" in listed
    assert not any(action == "role changed" for action, _, _ in _trail(team))


PROJECT_PASSPHRASE = "river stones 42"


@pytest.fixture
def encrypted_team(tmp_path):
    """A project locked with a passphrase every interviewer knows, and a coordinator."""
    from duodesk.storage.database import Database

    database = Database.open(tmp_path / "locked.duodesk", passphrase=PROJECT_PASSPHRASE)
    operations.add_example_questionnaires(database)
    operations.keep_examples(database)
    with database.session() as session:
        add_person(session, "Cora", Role.COORDINATOR, COORDINATOR_PASSWORD)
        set_signed_in(SignedIn("Cora", Role.COORDINATOR))
        add_person(session, "Sam", Role.INTERVIEWER, SAM_PIN)
    set_signed_in(None)
    yield database
    database.close()


def test_the_project_passphrase_never_signs_anyone_in_as_the_coordinator(qtbot, encrypted_team):
    window = _window(qtbot, encrypted_team)
    dialog = _try(qtbot, window, "Cora", PROJECT_PASSPHRASE)
    assert dialog.isVisible() and window.model.rowCount() == 0
    assert "not right" in dialog.message.text()
    assert window.access.person is None
    assert dialog.secret_label.text() == "&Password:"
    _sign_in(qtbot, window, "Cora", COORDINATOR_PASSWORD)  # her own password still works
    assert window.access.who.text() == "Signed in: Cora (coordinator)"
    assert ("signed in", "Cora", "Cora") in _trail(encrypted_team)


def test_the_lock_screen_refuses_the_project_passphrase_once_someone_signed_in(
    qtbot, encrypted_team
):
    window = _window(qtbot, encrypted_team)
    _sign_in(qtbot, window, "Sam", SAM_PIN)
    qtbot.waitUntil(lambda: window.security.guard is not None, timeout=20_000)
    guard = window.security.guard
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert guard.is_locked
    unlock = guard.dialog
    qtbot.addWidget(unlock)
    qtbot.keyClicks(unlock.passphrase, PROJECT_PASSPHRASE)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert guard.is_locked and not window.isVisible()
    assert "not right" in unlock.message.text()
    qtbot.keyClicks(unlock.passphrase, SAM_PIN)
    with qtbot.waitSignal(guard.unlocked, timeout=5_000):
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert window.access.who.text() == "Signed in: Sam (interviewer)"


def test_the_purge_question_says_the_backups_still_hold_the_interviews(qtbot, team, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = _window(qtbot, team)
    _sign_in(qtbot, window, "Morag", COORDINATOR_PASSWORD)
    _choose(window, "hepc_peer_survey")
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: bool(_shown(InterviewsWindow)), timeout=20_000)
    browser = _shown(InterviewsWindow)[0]
    asked: list[str] = []

    def answer(parent, title, text, buttons, default):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", answer)
    browser.purge()
    assert len(asked) == 1
    assert "cannot be undone" not in asked[0]
    assert "backup" in asked[0] and str(team.path.parent) in asked[0]
    browser.close()
