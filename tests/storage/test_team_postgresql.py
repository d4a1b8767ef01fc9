"""A team whose coordinator keeps the survey on a shared PostgreSQL server (a real one)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from duodesk.core.transfer_file import WrongTeamPassphrase
from duodesk.storage.database import Database
from duodesk.storage.questionnaires import save_questionnaire
from duodesk.storage.sync import sync_with_server
from tests.storage.team import PASSPHRASE, import_csv, make_team, simulated, snapshot, summary

# Every test derives scrypt keys (64 MiB each) for its transfer files.
pytestmark = pytest.mark.slow


@pytest.fixture
def team(tmp_path, example_paths):
    made = make_team(tmp_path, example_paths["hepatitis_c_peer_survey"])
    yield made
    made.close()


def test_transfer_files_read_into_a_postgresql_project_as_into_a_file(team, postgres_url, tmp_path):
    form_id = team.questionnaire.form_id
    questionnaire_file = team.send(team.coordinator, "q.duodesk-transfer", interviews=False)
    team.read(team.north, questionnaire_file)
    team.read(team.south, questionnaire_file)
    import_csv(
        team.north,
        form_id,
        team.interviews_csv("n.csv", simulated(team.questionnaire, 40, seed=1), "North"),
    )
    import_csv(
        team.south,
        form_id,
        team.interviews_csv("s.csv", simulated(team.questionnaire, 30, seed=2), "South"),
    )
    from_north = team.send(team.north, "n.duodesk-transfer")
    from_south = team.send(team.south, "s.duodesk-transfer")
    team.read(team.coordinator, from_north)
    team.read(team.coordinator, from_south)

    server = Database.open(postgres_url)
    try:
        team.read(server, questionnaire_file)
        assert team.read(server, from_south).new == 30
        assert team.read(server, from_north).new == 40
        again = team.read(server, from_north)
        assert (again.new, again.already_here) == (0, 40)
        assert summary(server, form_id) == summary(team.coordinator, form_id)

        damaged = tmp_path / "damaged.duodesk-transfer"
        data = bytearray(from_north.read_bytes())
        data[len(data) // 2] ^= 1
        damaged.write_bytes(bytes(data))
        before = snapshot(server)
        with pytest.raises(Exception, match="changed or damaged"):
            team.read(server, damaged)
        assert snapshot(server) == before
    finally:
        server.close()


def test_sync_pushes_interviews_to_the_server_and_brings_the_questionnaire_back(
    team, postgres_url, tmp_path
):
    form_id = team.questionnaire.form_id
    server = Database.open(postgres_url)
    try:
        with server.session() as session:
            save_questionnaire(session, team.questionnaire)
        first = sync_with_server(team.north, server, PASSPHRASE)  # joins: questionnaire back
        assert first.new_versions == 1
        import_csv(
            team.north,
            form_id,
            team.interviews_csv("n.csv", simulated(team.questionnaire, 20, seed=1), "North"),
        )
        report = sync_with_server(team.north, server, PASSPHRASE)
        assert report.pushed.new == 20
        assert report.counts[0].this_laptop == 20 and report.counts[0].others == 0
        assert sync_with_server(team.north, server, PASSPHRASE).pushed.already_here == 20

        sync_with_server(team.south, server, PASSPHRASE)
        import_csv(
            team.south,
            form_id,
            team.interviews_csv("s.csv", simulated(team.questionnaire, 15, seed=2), "South"),
        )
        report = sync_with_server(team.south, server, PASSPHRASE)
        assert (report.counts[0].this_laptop, report.counts[0].others) == (15, 20)
        assert summary(server, form_id)["interviews"] == 35

        before = snapshot(server)
        with pytest.raises(WrongTeamPassphrase):
            sync_with_server(team.south, server, "not the team passphrase")
        assert snapshot(server) == before
    finally:
        server.close()

    team_file = tmp_path / "team.txt"
    team_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    command = [
        sys.executable, "-m", "duodesk.cli", "--db", str(tmp_path / "north.duodesk"),
        "sync", "--server", postgres_url, "--team-passphrase-file", str(team_file),
    ]  # fmt: skip
    team.north.close()
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "20 from this laptop and 15 from others" in done.stdout
