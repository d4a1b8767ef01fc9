"""File > "Send interviews to the team…" / "Add a transfer file…", and the duplicates review."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from duodesk.gui import operations
from duodesk.gui.duplicates_dialog import Column, open_duplicates
from duodesk.gui.main_window import MainWindow
from duodesk.gui.team_transfer import READ, SEND, open_transfer
from duodesk.storage.cross_site import list_cross_site_duplicates
from duodesk.storage.database import Database
from tests.storage.team import PASSPHRASE, import_csv, make_team, simulated

# Every test derives scrypt keys (64 MiB each) for its transfer files.
pytestmark = pytest.mark.slow

SHOTS = None  # set to a folder (e.g. "/tmp") to save pictures of the screens at 1366x768


def _window(qtbot, database) -> MainWindow:
    operations.keep_examples(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home_loaded, timeout=20_000):
        window.show()
    return window


def _run(qtbot, dialog) -> str:
    with qtbot.waitSignal(dialog.finished_work, timeout=120_000) as done:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    return done.args[0]


def _shot(widget, name: str) -> None:
    if SHOTS:
        from PySide6.QtWidgets import QApplication

        from duodesk.gui.style import apply_style

        apply_style(QApplication.instance())
        widget.resize(1366, 768)
        widget.grab().save(f"{SHOTS}/{name}.png")


def test_interviews_sent_from_one_window_are_added_in_another(qtbot, tmp_path, example_paths):
    team = make_team(tmp_path, example_paths["hepatitis_c_peer_survey"])
    form_id = team.questionnaire.form_id
    try:
        team.read(team.north, team.send(team.coordinator, "q.duodesk-transfer", interviews=False))
        import_csv(
            team.north,
            form_id,
            team.interviews_csv("n.csv", simulated(team.questionnaire, 12, seed=3), "North"),
        )
        north = _window(qtbot, team.north)
        assert [a.text() for a in north.team_actions][:2] == [
            "&Send interviews to the team…",
            "Add a &transfer file…",
        ]
        send = open_transfer(north, SEND)
        qtbot.addWidget(send)
        assert not send.start_button.isEnabled()
        send.set_path(tmp_path / "for the coordinator")
        qtbot.keyClicks(send.passphrase, PASSPHRASE)
        qtbot.keyClicks(send.again, PASSPHRASE[:-1])
        assert not send.start_button.isEnabled()
        assert "not the same" in send.message.text()
        qtbot.keyClicks(send.again, PASSPHRASE[-1])
        assert send.start_button.isEnabled()
        _shot(send, "team-send")
        told = _run(qtbot, send)
        written = tmp_path / "for the coordinator.duodesk-transfer"
        assert written.exists()
        assert told.startswith(f"{written.name} was written: 12 interview(s)")
        assert send.message.text() == told

        coordinator = _window(qtbot, team.coordinator)
        read = open_transfer(coordinator, READ)
        qtbot.addWidget(read)
        read.set_path(written)
        qtbot.keyClicks(read.passphrase, "the wrong one")
        told = _run(qtbot, read)
        assert "does not open" in told and "Nothing was changed" in told
        read.passphrase.setText(PASSPHRASE)
        with qtbot.waitSignal(coordinator.home_loaded, timeout=20_000):
            told = _run(qtbot, read)
        assert told.startswith("12 new interviews, 0 updated, 0 already here")
        assert read.message.text() == told
        _shot(read, "team-read")
        (row,) = [
            coordinator.model.row_at(i)
            for i in range(coordinator.model.rowCount())
            if coordinator.model.row_at(i).form_id == form_id
        ]
        assert row.complete == 12  # the list on the main window counts them
        assert _run(qtbot, read).startswith("0 new interviews, 0 updated, 12 already here")
    finally:
        team.close()


def test_the_coordinator_reviews_a_possible_duplicate(
    qtbot, tmp_path, example_paths, qtmodeltester
):
    team = make_team(tmp_path, example_paths["hepatitis_c_peer_survey"])
    form_id = team.questionnaire.form_id
    try:
        out = team.send(team.coordinator, "q.duodesk-transfer", interviews=False)
        north, south = (
            simulated(team.questionnaire, 6, seed=1),
            simulated(team.questionnaire, 6, seed=2),
        )
        code = {"code_first_letter": "R", "code_mother_letter": "E", "code_birth_day": 2}
        north[2].update(code, code_birth_month=9)
        south[3].update(code, code_birth_month=9)
        for laptop, answers, site in ((team.north, north, "North"), (team.south, south, "South")):
            team.read(laptop, out)
            import_csv(laptop, form_id, team.interviews_csv(f"{site}.csv", answers, site))
            team.read(team.coordinator, team.send(laptop, f"{site}.duodesk-transfer"))

        window = _window(qtbot, team.coordinator)
        dialog = open_duplicates(window, form_id)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=20_000)
        qtmodeltester.check(dialog.model)
        decision = dialog.model.index(0, Column.DECISION)
        assert decision.data() == "Not reviewed yet"
        assert dialog.model.index(0, Column.MATCH).data() == "The same"
        assert (
            "North"
            in dialog.model.index(0, Column.FIRST).data()
            + dialog.model.index(0, Column.SECOND).data()
        )
        _shot(dialog, "team-duplicates")
        with qtbot.waitSignal(dialog.loaded, timeout=20_000):
            qtbot.mouseClick(dialog.decision_buttons["same_person"], Qt.MouseButton.LeftButton)
        assert dialog.model.index(0, Column.DECISION).data() == "The same person"
        check = Database.open(tmp_path / "coordinator.duodesk")
        try:
            with check.session() as session:
                (pair,) = list_cross_site_duplicates(session, form_id)
            assert pair.decision == "same_person"
        finally:
            check.close()
    finally:
        team.close()
