"""The audit trail: every change to the project leaves a record that cannot be quietly
rewritten. Driven through the real command line and the real storage functions; tampering is
done by hand on the file, as someone with the file and a SQLite tool would."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from duodesk.core.records import AnswerRecord, AnswerStatus
from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.xlsform import read_xlsform
from duodesk.storage.audit import list_events, verify
from duodesk.storage.corrections import correct_answers
from duodesk.storage.database import Database
from duodesk.storage.interview_list import delete_interviews, purge_deleted, restore_interviews
from tests.analysis.projects import store_interviews
from tests.cli.test_cli import duodesk

PASS = {"DUODESK_PASSPHRASE": "the team passphrase"}


@pytest.fixture(scope="module")
def busy_project_made(tmp_path_factory, example_paths) -> Path:
    """A project that has seen a questionnaire, an import and an export, all by command (made
    once: each command on an encrypted project takes seconds)."""
    folder = tmp_path_factory.mktemp("busy")
    db = str(folder / "p.duodesk")
    form_path = example_paths["training_employment_barriers"]
    assert duodesk("--db", db, "import-form", str(form_path), env=PASS).returncode == 0
    form = read_xlsform(form_path)
    data = folder / "kobo.csv"
    write_responses_csv(form, simulate_answers(form, 15, seed=2), data)
    imported = duodesk("--db", db, "import-data", form.form_id, str(data), env=PASS)
    assert imported.returncode == 0, imported.stderr
    exported = duodesk(
        "--db", db, "export", form.form_id, "--csv", str(folder / "out.csv"), env=PASS
    )
    assert exported.returncode == 0, exported.stderr
    return Path(db)


@pytest.fixture
def busy_project(busy_project_made: Path, tmp_path: Path) -> str:
    """A copy of that project of the test's own, to read or tamper with."""
    for part in busy_project_made.parent.glob(busy_project_made.name + "*"):
        shutil.copy2(part, tmp_path / part.name)
    return str(tmp_path / busy_project_made.name)


def test_the_trail_lists_what_was_done_and_verifies(busy_project):
    shown = duodesk("--db", busy_project, "audit", env=PASS)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert [line.strip().split("  ")[2] for line in lines] == [
        "questionnaire saved",
        "interviews imported",
        "exported",
    ]
    assert "kobo.csv" in lines[1] and "imported: 15" in lines[1]
    assert "out.csv" in lines[2] and "All complete interviews" in lines[2]

    checked = duodesk("--db", busy_project, "audit", "--verify", env=PASS)
    assert checked.returncode == 0, checked.stderr
    assert "intact: 3 records" in checked.stdout


def _tamper(db: str, *statements: str) -> None:
    """What someone with the file, the passphrase and a SQLite tool could do."""
    import sqlcipher3.dbapi2 as sqlcipher

    connection = sqlcipher.connect(db, isolation_level=None)
    connection.execute("PRAGMA key = 'the team passphrase'")
    connection.execute("DROP TRIGGER audit_log_no_update")
    connection.execute("DROP TRIGGER audit_log_no_delete")
    for statement in statements:
        connection.execute(statement)
    connection.close()


@pytest.mark.parametrize(
    ("statements", "reason"),
    [
        (
            ["UPDATE audit_log SET actor = 'someone else' WHERE sequence = 2"],
            "record 2 was changed",
        ),
        (["UPDATE audit_log SET details = '{}' WHERE sequence = 3"], "record 3 was changed"),
        (["DELETE FROM audit_log WHERE sequence = 2"], "record 2 is missing"),
        (
            [  # removed, and the later records renumbered to hide the gap
                "DELETE FROM audit_log WHERE sequence = 2",
                "UPDATE audit_log SET sequence = 2 WHERE sequence = 3",
            ],
            "record 2 does not follow",
        ),
    ],
)
def test_a_record_changed_or_removed_by_hand_is_found(busy_project, statements, reason):
    _tamper(busy_project, *statements)
    checked = duodesk("--db", busy_project, "audit", "--verify", env=PASS)
    assert checked.returncode == 1
    assert "audit trail is broken" in checked.stderr and reason in checked.stderr


def test_the_database_itself_refuses_to_change_the_trail(tmp_path):
    database = Database.open(tmp_path / "p.duodesk")
    with database.session() as session:
        from duodesk.storage.audit import record_event

        record_event(session, "test event")
    for statement in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(DatabaseError, match="append-only"), database.session() as session:
            session.execute(text(statement))
    with database.session() as session:
        assert verify(session).intact and verify(session).records == 1
    database.close()


def test_interviews_corrected_deleted_restored_and_purged_are_recorded_without_answers(
    tmp_path, example_paths
):
    database = Database.open(tmp_path / "p.duodesk")
    form = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    store_interviews(database, form, simulate_answers(form, 3, seed=5))
    secret = "Told Morag about the needles at Central Station"
    text_question = next(q.name for q in form.questions() if q.type.name == "TEXT")
    with database.session() as session:
        ids = list(session.scalars(text("SELECT id FROM interviews ORDER BY id")))
        correct_answers(
            session,
            ids[0],
            [AnswerRecord(text_question, AnswerStatus.ANSWERED, secret)],
            "Jo (coordinator)",
        )
        delete_interviews(session, ids[1:], by="Jo (coordinator)")
        restore_interviews(session, ids[1:2], by="Sam")
        purge_deleted(session, by="Jo (coordinator)")
    with database.session() as session:
        events = list_events(session)
        assert verify(session).intact
    actions = [(e.action, e.actor) for e in events]
    assert actions[-4:] == [
        ("answers corrected", "Jo (coordinator)"),
        ("interviews deleted", "Jo (coordinator)"),
        ("interviews restored", "Sam"),
        ("deleted interviews purged", "Jo (coordinator)"),
    ]
    assert events[-4].details == {"questions": [text_question]}
    assert events[-1].details["count"] == 1
    database.close()
    raw = sqlite3.connect(tmp_path / "p.duodesk")
    trail = " ".join(str(row) for row in raw.execute("SELECT * FROM audit_log"))
    raw.close()
    assert "Morag" not in trail and "needles" not in trail
