"""``export-transfer``, ``import-transfer`` and ``duplicates``, run as a team runs them."""

from __future__ import annotations

import json
import os

import pytest

from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.xlsform import read_xlsform
from tests.cli.in_process import duodesk_here as duodesk

# Every test derives scrypt keys (64 MiB each) for its transfer files.
pytestmark = pytest.mark.slow


def _ok(*args: str) -> str:
    result = duodesk(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_team_sends_the_questionnaire_out_and_the_interviews_back(tmp_path, example_paths):
    form = example_paths["hepatitis_c_peer_survey"]
    questionnaire = read_xlsform(form)
    team = tmp_path / "team.txt"
    team.write_text("\ufeffpurple stapler\n", encoding="utf-8")
    coordinator, north = tmp_path / "coordinator.duodesk", tmp_path / "north.duodesk"
    form_id = _ok("--db", str(coordinator), "import-form", str(form)).strip()

    sent = tmp_path / "questionnaire.transfer"
    told = _ok(
        "--db", str(coordinator), "export-transfer", str(sent),
        "--team-passphrase-file", str(team), "--form", form_id, "--questionnaire-only",
    )  # fmt: skip
    assert "0 interview(s) and 1 questionnaire version(s)" in told
    told = _ok(
        "--db", str(north), "import-transfer", str(sent), "--team-passphrase-file", str(team)
    )
    assert "0 new interviews" in told and "1 new questionnaire version" in told

    data = tmp_path / "north.csv"
    write_responses_csv(questionnaire, simulate_answers(questionnaire, 25, seed=4), data)
    _ok("--db", str(north), "import-data", form_id, str(data))
    back = tmp_path / "north.transfer"
    _ok("--db", str(north), "export-transfer", str(back), "--team-passphrase-file", str(team))
    read = ["--db", str(coordinator), "import-transfer", str(back)]
    told = _ok(*read, "--team-passphrase-file", str(team))
    assert told.strip() == "25 new interviews, 0 updated, 0 already here."
    told = _ok(*read, "--team-passphrase-file", str(team))
    assert told.startswith("0 new interviews, 0 updated, 25 already here")
    merged = json.loads(_ok("--db", str(coordinator), "summary", form_id, "--json"))
    alone = json.loads(_ok("--db", str(north), "summary", form_id, "--json"))
    assert merged == alone
    assert "No possible duplicates" in _ok("--db", str(coordinator), "duplicates", form_id)

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("purple Stapler\n", encoding="utf-8")
    refused = duodesk(*read, "--team-passphrase-file", str(wrong))
    assert refused.returncode == 1
    assert "another passphrase" in refused.stderr
    assert "Traceback" not in refused.stderr
    # A laptop that tries to join with the wrong passphrase is not left with an empty project.
    joining = tmp_path / "west.duodesk"
    refused = duodesk(
        "--db", str(joining), "import-transfer", str(sent), "--team-passphrase-file", str(wrong)
    )
    assert refused.returncode == 1 and "another passphrase" in refused.stderr
    assert list(tmp_path.glob("west.duodesk*")) == []


def test_transfer_commands_fail_plainly(tmp_path, example_paths):
    db = tmp_path / "p.duodesk"
    _ok("--db", str(db), "import-form", str(example_paths["hepatitis_c_peer_survey"]))
    team = tmp_path / "team.txt"
    team.write_text("", encoding="utf-8")
    out = tmp_path / "out.transfer"
    empty = duodesk(
        "--db", str(db), "export-transfer", str(out), "--team-passphrase-file", str(team)
    )
    assert empty.returncode == 1 and "holds no passphrase" in empty.stderr
    team.write_text("a passphrase", encoding="utf-8")
    unknown = duodesk(
        "--db", str(db), "export-transfer", str(out),
        "--team-passphrase-file", str(team), "--form", "no_such_form",
    )  # fmt: skip
    assert unknown.returncode == 1 and 'no questionnaire "no_such_form"' in unknown.stderr
    assert not out.exists()
    garbage = tmp_path / "garbage.transfer"
    garbage.write_bytes(b"PK\x03\x04 not at all")
    foreign = duodesk(
        "--db", str(db), "import-transfer", str(garbage), "--team-passphrase-file", str(team)
    )
    assert foreign.returncode == 1
    assert "garbage.transfer is not a DuoDesk transfer file" in foreign.stderr
    for result in (empty, unknown, foreign):
        assert "Traceback" not in result.stderr


def test_a_transfer_file_is_never_written_over_a_project(tmp_path, example_paths):
    project = tmp_path / "own.duodesk"
    team = tmp_path / "team.txt"
    team.write_text("purple stapler\n", encoding="utf-8")
    form = str(example_paths["hepatitis_c_peer_survey"])
    assert duodesk("--db", str(project), "import-form", form).returncode == 0
    before = duodesk("--db", str(project), "list").stdout

    send = ("--db", str(project), "export-transfer", "--team-passphrase-file", str(team))
    refused = duodesk(*send, str(project))  # the project's own name, by a slip
    assert refused.returncode == 1 and "is not a transfer file" in refused.stderr
    assert duodesk("--db", str(project), "list").stdout == before

    sent = tmp_path / "to-the-team.transfer"
    for _ in range(2):  # a transfer file may be replaced by a newer one
        assert duodesk(*send, str(sent)).returncode == 0
    if os.name == "posix":
        assert sent.stat().st_mode & 0o077 == 0


def test_a_decision_on_interviews_that_are_not_here_is_refused(tmp_path, example_paths):
    project = tmp_path / "p.duodesk"
    form = example_paths["hepatitis_c_peer_survey"]
    assert duodesk("--db", str(project), "import-form", str(form)).returncode == 0
    form_id = read_xlsform(form).form_id
    for pair in (
        ("00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002"),
        ("1", "2"),
    ):
        refused = duodesk(
            "--db", str(project), "duplicates", form_id, "--decide", *pair, "same_person"
        )
        assert refused.returncode == 1 and "duodesk duplicates" in refused.stderr
        assert "Traceback" not in refused.stderr


def test_a_one_letter_team_passphrase_writes_and_sends_nothing(tmp_path, example_paths):
    form = example_paths["hepatitis_c_peer_survey"]
    project = tmp_path / "coordinator.duodesk"
    _ok("--db", str(project), "import-form", str(form))
    short = tmp_path / "short.txt"
    short.write_text("a\n", encoding="utf-8")
    out = tmp_path / "team.transfer"
    refused = duodesk(
        "--db", str(project), "export-transfer", str(out), "--team-passphrase-file", str(short)
    )
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "at least 8 characters" in refused.stderr
    assert not out.exists() and not list(tmp_path.glob("*.partial"))
    refused = duodesk(
        "--db", str(project), "sync", "--server", "postgresql://nobody@127.0.0.1:9/none",
        "--team-passphrase-file", str(short),
    )  # fmt: skip
    assert refused.returncode == 1 and "at least 8 characters" in refused.stderr


def test_a_transfer_file_written_before_the_rule_is_still_read(
    tmp_path, example_paths, monkeypatch
):
    from duodesk.core import transfer_file
    from duodesk.storage.database import Database
    from duodesk.storage.transfer import export_transfer

    form = example_paths["hepatitis_c_peer_survey"]
    old = tmp_path / "old.duodesk"
    form_id = _ok("--db", str(old), "import-form", str(form)).strip()
    # An older DuoDesk wrote files under any passphrase.
    monkeypatch.setattr(transfer_file, "require_strong_team_passphrase", lambda passphrase: None)
    database = Database.open(old)
    try:
        export_transfer(database, tmp_path / "old.transfer", "a", interviews=False)
    finally:
        database.close()
    short = tmp_path / "short.txt"
    short.write_text("a\n", encoding="utf-8")
    told = _ok(
        "--db", str(tmp_path / "new.duodesk"), "import-transfer", str(tmp_path / "old.transfer"),
        "--team-passphrase-file", str(short),
    )  # fmt: skip
    assert "1 new questionnaire version" in told
    assert form_id in _ok("--db", str(tmp_path / "new.duodesk"), "list")
