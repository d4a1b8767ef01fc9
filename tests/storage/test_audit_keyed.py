"""The audit trail is keyed with a key the project does not hold: someone with a copy of the
file and the passphrase rewrites it whole, as DuoDesk itself would, and is found out."""

from __future__ import annotations

import json
import secrets

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from duodesk.storage import audit
from duodesk.storage.audit import KEYS_SETTING, record_event, verify
from duodesk.storage.database import Database
from tests.cli.test_cli import duodesk

PASSPHRASE = "the team passphrase"


def _project(path, events: int = 4) -> None:
    database = Database.open(path, passphrase=PASSPHRASE)
    for number in range(events):
        with database.session() as session:
            record_event(session, "exported", details={"file": f"out-{number}.csv"})
    database.close()


def _rewrite(path, *, key: bytes | None = None, keys_setting: str | None = "keep") -> None:
    """What someone with the file, the passphrase, a SQLite tool and DuoDesk's source does:
    drop the triggers, change a record, and compute every hash again (plain SHA-256, or an
    HMAC with a key of their own), so that the chain links up."""
    connection = sqlcipher.connect(str(path), isolation_level=None)
    connection.execute(f"PRAGMA key = '{PASSPHRASE}'")
    triggers = connection.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
    ).fetchall()
    connection.execute("DROP TRIGGER audit_log_no_update")
    connection.execute("DROP TRIGGER audit_log_no_delete")
    connection.execute("UPDATE audit_log SET actor = 'someone else' WHERE sequence = 2")
    rows = connection.execute(
        "SELECT sequence, at, actor, action, subject, details FROM audit_log ORDER BY sequence"
    ).fetchall()
    previous = audit.GENESIS
    for sequence, at, actor, action, subject, details in rows:
        digest = audit._digest(sequence, at, actor, action, subject, details, previous, key)
        connection.execute(
            "UPDATE audit_log SET previous_hash = ?, hash = ? WHERE sequence = ?",
            (previous, digest, sequence),
        )
        previous = digest
    if keys_setting is None:
        connection.execute("DELETE FROM project_settings WHERE key = ?", (KEYS_SETTING,))
    elif keys_setting != "keep":
        connection.execute(
            "UPDATE project_settings SET value = ? WHERE key = ?", (keys_setting, KEYS_SETTING)
        )
    for (sql,) in triggers:  # and put the triggers back, so that nothing looks amiss
        connection.execute(sql)
    connection.close()


def _verify(path) -> tuple[int, str]:
    checked = duodesk(
        "--db", str(path), "audit", "--verify", env={"DUODESK_PASSPHRASE": PASSPHRASE}
    )
    return checked.returncode, checked.stdout + checked.stderr


def test_an_untouched_keyed_trail_verifies(tmp_path):
    path = tmp_path / "p.duodesk"
    _project(path)
    code, said = _verify(path)
    assert code == 0, said
    assert "intact: 4 records" in said


def test_a_trail_rewritten_whole_with_plain_hashes_is_found(tmp_path):
    path = tmp_path / "p.duodesk"
    _project(path)
    _rewrite(path)
    code, said = _verify(path)
    assert code == 1 and "audit trail is broken" in said and "record 1 was changed" in said


def test_a_trail_rewritten_whole_with_the_rewriters_own_key_is_found(tmp_path):
    path = tmp_path / "p.duodesk"
    _project(path)
    _rewrite(path, key=secrets.token_bytes(32))
    code, said = _verify(path)
    assert code == 1 and "record 1 was changed" in said


def test_a_trail_stripped_of_its_keys_and_rewritten_plain_is_found(tmp_path):
    path = tmp_path / "p.duodesk"
    _project(path)
    _rewrite(path, keys_setting=None)  # now it looks like a trail from before keying
    code, said = _verify(path)
    assert code == 1 and "not the one this laptop wrote" in said


def test_a_copy_stripped_of_its_keys_and_rewritten_plain_elsewhere_is_not_vouched_for(tmp_path):
    # At a place where this laptop never began a trail, a copy rewritten with plain hashes
    # looks like a trail from before keying: its chain holds, but the check must not vouch.
    original, copy = tmp_path / "p.duodesk", tmp_path / "elsewhere" / "copy.duodesk"
    _project(original)
    copy.parent.mkdir()
    copy.write_bytes(original.read_bytes())
    _rewrite(copy, keys_setting=None)
    _, said = _verify(copy)
    assert "intact: 4 records" in said, said
    assert "first 4 record(s) carry no key" in said and "cannot vouch" in said


def test_a_trail_whose_keyed_part_is_moved_past_its_end_is_found(tmp_path):
    path = tmp_path / "p.duodesk"
    _project(path)
    database = Database.open(path, passphrase=PASSPHRASE)
    with database.session() as session:
        ((_, name),) = audit._segments(session)
    database.close()
    _rewrite(path, keys_setting=json.dumps([[99, name]]))  # "keyed only from record 99"
    code, said = _verify(path)
    assert code == 1 and "not the one this laptop wrote" in said


def test_the_trail_key_is_nowhere_in_the_project(tmp_path):
    path = tmp_path / "p.duodesk"
    database = Database.open(path)  # plain, so its bytes can be searched
    with database.session() as session:
        record_event(session, "exported", details={"file": "out.csv"})
        ((_, name),) = audit._segments(session)
    database.close()
    key = audit._laptop_key(name)
    assert key is not None
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("p.duodesk*"))
    assert key not in raw and key.hex().encode() not in raw


def test_records_written_where_the_key_is_not_cannot_be_vouched_for(tmp_path, monkeypatch):
    path = tmp_path / "p.duodesk"
    _project(path, events=2)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "another-laptop"))
    monkeypatch.setattr(audit, "_known", {})
    database = Database.open(path, passphrase=PASSPHRASE)
    try:
        with database.session() as session:
            record_event(session, "exported", details={"file": "there.csv"})  # its own key
        with database.session() as session:
            check = verify(session)
            assert len(audit._segments(session)) == 2
    finally:
        database.close()
    assert not check.intact and check.first_break == 1
    assert "cannot be vouched for" in check.reason


def test_an_older_trail_goes_on_keyed_and_still_verifies(tmp_path):
    path = tmp_path / "p.duodesk"
    database = Database.open(path, passphrase=PASSPHRASE)
    database.close()
    # Two records as an older DuoDesk wrote them: plain SHA-256, no keys listed.
    connection = sqlcipher.connect(str(path), isolation_level=None)
    connection.execute(f"PRAGMA key = '{PASSPHRASE}'")
    previous = audit.GENESIS
    for sequence in (1, 2):
        at = f"2024-01-0{sequence}T00:00:00.000000+00:00"
        digest = audit._digest(sequence, at, "Sam", "exported", "", "{}", previous)
        connection.execute(
            "INSERT INTO audit_log (sequence, at, actor, action, subject, details,"
            " previous_hash, hash) VALUES (?, ?, 'Sam', 'exported', '', '{}', ?, ?)",
            (sequence, at, previous, digest),
        )
        previous = digest
    connection.close()
    database = Database.open(path, passphrase=PASSPHRASE)
    try:
        with database.session() as session:
            record_event(session, "exported", details={"file": "new.csv"})
        with database.session() as session:
            assert [first for first, _ in audit._segments(session)] == [3]
            check = verify(session)
        assert check.intact and check.records == 3
        assert check.unvouched == 2  # the older records cannot be vouched for
    finally:
        database.close()


def test_a_restored_backup_keeps_a_trail_that_verifies(tmp_path):
    path = tmp_path / "p.duodesk"
    _project(path, events=2)
    database = Database.open(path, passphrase=PASSPHRASE)
    try:
        backup = database.backup("before-purge")
        with database.session() as session:
            record_event(session, "exported", details={"file": "after.csv"})
        database.restore(backup)
        with database.session() as session:
            check = verify(session)
        assert check.intact and check.records == 3  # the backup's two, and the restore
    finally:
        database.close()


def test_the_command_says_a_trail_it_holds_no_key_for_cannot_be_checked_not_broken(tmp_path):
    path = tmp_path / "p.duodesk"
    _project(path, events=2)
    # The same project file on a laptop that never held the trail's key.
    another_laptop = {"DUODESK_PASSPHRASE": PASSPHRASE, "XDG_DATA_HOME": str(tmp_path / "other")}
    checked = duodesk("--db", str(path), "audit", "--verify", env=another_laptop)
    said = checked.stdout + checked.stderr
    assert checked.returncode == 1
    assert "cannot be checked on this laptop from record 1 on" in said, said
    assert "broken" not in said.replace("does not mean it is broken", "")
    # Back on the laptop that wrote it, the same file checks.
    code, said = _verify(path)
    assert code == 0 and "intact: 2 records" in said, said


def _empty_the_trail(path, *, keep: int = 0) -> None:
    """Drop the triggers, delete the records (all, or all after the first ``keep``) and put
    the triggers back, as someone with the file and the passphrase can."""
    connection = sqlcipher.connect(str(path), isolation_level=None)
    connection.execute(f"PRAGMA key = '{PASSPHRASE}'")
    triggers = connection.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
    ).fetchall()
    connection.execute("DROP TRIGGER audit_log_no_update")
    connection.execute("DROP TRIGGER audit_log_no_delete")
    connection.execute("DELETE FROM audit_log WHERE sequence > ?", (keep,))
    for (sql,) in triggers:
        connection.execute(sql)
    connection.close()


def test_a_trail_emptied_by_hand_and_begun_again_is_found(tmp_path):
    path = tmp_path / "project.duodesk"
    _project(path, events=6)
    assert _verify(path)[0] == 0
    _empty_the_trail(path)
    _project_events_again(path)  # DuoDesk goes on writing: the trail begins at 1 again
    code, said = _verify(path)
    assert code == 1
    assert "missing" in said and "up to record" in said


def test_the_newest_records_cut_off_are_found_on_the_laptop_that_wrote_them(tmp_path):
    path = tmp_path / "project.duodesk"
    _project(path, events=6)
    _empty_the_trail(path, keep=3)
    code, said = _verify(path)
    assert code == 1 and "records from 4 on are missing" in said


def _project_events_again(path) -> None:
    database = Database.open(path, passphrase=PASSPHRASE)
    with database.session() as session:
        record_event(session, "exported", details={"file": "again.csv"})
    database.close()


def test_the_check_says_what_it_found_in_the_chosen_language(tmp_path):
    from duodesk import i18n
    from duodesk.storage.audit import verify

    path = tmp_path / "project.duodesk"
    _project(path, events=6)
    _empty_the_trail(path, keep=3)
    database = Database.open(path, passphrase=PASSPHRASE)
    i18n.set_language("fr")
    try:
        with database.read_session() as session:
            found = verify(session)
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
        database.close()
    assert not found.intact
    assert found.reason.startswith("les enregistrements à partir du 4 manquent")


def _plain_project(path, events: int = 3) -> None:
    database = Database.open(path)
    for number in range(events):
        with database.session() as session:
            record_event(session, "exported", details={"file": f"out-{number}.csv"})
    database.close()


def _plain_verify(path) -> tuple[int, str]:
    checked = duodesk("--db", str(path), "audit", "--verify")
    return checked.returncode, checked.stdout + checked.stderr


def _sqlite(path, statements: str) -> None:
    """What anyone with the plain file and the sqlite3 tool can do."""
    import sqlite3

    connection = sqlite3.connect(path, isolation_level=None)
    connection.executescript(statements)
    connection.close()


def _triggers_of(path) -> str:
    import sqlite3

    connection = sqlite3.connect(path)
    found = connection.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
    ).fetchall()
    connection.close()
    return "".join(f" {sql};" for (sql,) in found)


DROP = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"


def test_a_copy_emptied_by_hand_is_found_before_and_after_the_next_write(tmp_path):
    """The project copied to another name, its triggers dropped and its trail deleted: the
    laptop never wrote at the copy's place, so its memory of the newest record there could
    not help ("intact: 0 records", then "intact: 1 record" after an import)."""
    original, copy = tmp_path / "a.duodesk", tmp_path / "empty.duodesk"
    _plain_project(original)
    copy.write_bytes(original.read_bytes())
    _sqlite(copy, DROP + " DELETE FROM audit_log;" + _triggers_of(original))  # put back
    code, said = _plain_verify(copy)
    assert code == 1 and "records from 1 on are missing" in said, said
    _project_events_again_plain(copy)
    code, said = _plain_verify(copy)
    assert code == 1 and "records from 1 on are missing" in said, said


def test_a_copy_written_to_at_its_new_place_still_verifies(tmp_path):
    original, copy = tmp_path / "a.duodesk", tmp_path / "copy.duodesk"
    _plain_project(original)
    copy.write_bytes(original.read_bytes())
    _project_events_again_plain(copy)
    _project_events_again_plain(original)
    for path in (original, copy):
        code, said = _plain_verify(path)
        assert code == 0 and "intact: 4 records" in said, said


def _project_events_again_plain(path) -> None:
    database = Database.open(path)
    with database.session() as session:
        record_event(session, "exported", details={"file": "again.csv"})
    database.close()


def test_the_append_only_triggers_dropped_by_hand_are_reported(tmp_path):
    path = tmp_path / "a.duodesk"
    _plain_project(path)
    assert _plain_verify(path)[0] == 0
    _sqlite(path, "DROP TRIGGER audit_log_no_delete;")
    code, said = _plain_verify(path)
    assert code == 1 and "audit trail is broken" in said
    assert "the guard that stops records being changed or deleted was removed" in said
    assert "audit_log_no_delete" in said and "audit_log_no_update" not in said


def test_the_triggers_checked_are_the_ones_a_new_project_has(tmp_path):
    import sqlite3

    _plain_project(tmp_path / "a.duodesk")
    connection = sqlite3.connect(tmp_path / "a.duodesk")
    names = {
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
        )
    }
    connection.close()
    assert names == set(audit.APPEND_ONLY_TRIGGERS)


def test_a_trail_emptied_in_place_with_its_keys_stays_broken_after_it_grows_again(tmp_path):
    """Triggers dropped, every record and the list of keys deleted, the triggers put back,
    then more records written than there were: the laptop noted the newest record it wrote
    there and its hash, and the new trail's record of that number is not it."""
    path = tmp_path / "a.duodesk"
    _plain_project(path)  # 3 records
    _sqlite(
        path,
        DROP
        + " DELETE FROM audit_log;"
        + f" DELETE FROM project_settings WHERE key = '{KEYS_SETTING}';"
        + _triggers_of(path),
    )
    for _ in range(5):
        _project_events_again_plain(path)
    code, said = _plain_verify(path)
    assert code == 1 and "not the one this laptop wrote" in said, said


def test_a_new_project_made_where_one_was_deleted_verifies(tmp_path):
    """After a training day the project is deleted and a new one made at the same place: the
    laptop's memory of the old trail is not the new one's, and no break is reported."""
    path = tmp_path / "a.duodesk"
    _plain_project(path)
    for part in tmp_path.glob("a.duodesk*"):
        part.unlink()
    _plain_project(path, events=1)
    code, said = _plain_verify(path)
    assert code == 0 and "intact" in said, said


def test_a_copy_wiped_whole_at_a_new_place_is_found_by_its_questionnaires(tmp_path):
    """The copy at a new name, its records and its list of keys deleted, the triggers put
    back, then written to: nothing in the file or on the laptop remembers the old trail, but
    the questionnaire in it was saved with a record, and no record names it now."""
    from duodesk.core.xlsform import read_xlsform
    from duodesk.resources import example_forms
    from duodesk.storage.questionnaires import save_questionnaire

    form = read_xlsform(example_forms()[0])

    original, copy = tmp_path / "a.duodesk", tmp_path / "wiped.duodesk"
    database = Database.open(original)
    with database.session() as session:
        save_questionnaire(session, form)
    database.close()
    _plain_project(original)
    assert _plain_verify(original)[0] == 0
    copy.write_bytes(original.read_bytes())
    _sqlite(
        copy,
        DROP
        + " DELETE FROM audit_log;"
        + f" DELETE FROM project_settings WHERE key = '{KEYS_SETTING}';"
        + _triggers_of(original),
    )
    for check in ("before", "after"):
        code, said = _plain_verify(copy)
        assert code == 1, (check, said)
        assert "the trail has no record of it being added" in said, said
        assert form.title in said
        _project_events_again_plain(copy)


def test_a_questionnaire_a_teams_file_brought_is_accounted_for(tmp_path):
    from duodesk.core.xlsform import read_xlsform
    from duodesk.resources import example_forms
    from duodesk.storage.questionnaires import save_questionnaire

    form = read_xlsform(example_forms()[0])
    from duodesk.storage.transfer import export_transfer, import_transfer

    sender, receiver = tmp_path / "sender.duodesk", tmp_path / "receiver.duodesk"
    database = Database.open(sender)
    with database.session() as session:
        save_questionnaire(session, form)
    export_transfer(database, tmp_path / "out.duodesk-transfer", "team words here")
    database.close()
    database = Database.open(receiver)
    import_transfer(database, tmp_path / "out.duodesk-transfer", "team words here")
    database.close()
    code, said = _plain_verify(receiver)
    assert code == 0 and "intact" in said, said


def _exported(path, name: str) -> None:
    database = Database.open(path)
    with database.session() as session:
        record_event(session, "exported", details={"file": name})
    database.close()


def test_restoring_a_copy_with_a_record_taken_out_is_refused(tmp_path):
    """Restore puts a copy's trail in place: a copy whose "exported" record was deleted by
    hand would make the export vanish while the check said "intact"."""
    path, copy = tmp_path / "a.duodesk", tmp_path / "copy.duodesk"
    _plain_project(path)
    _exported(path, "for-the-press.xlsx")
    _exported(path, "later.csv")
    copy.write_bytes(path.read_bytes())
    _sqlite(
        copy,
        DROP + " DELETE FROM audit_log WHERE details LIKE '%for-the-press%';" + _triggers_of(path),
    )
    restored = duodesk("--db", str(path), "restore", str(copy))
    assert restored.returncode != 0
    assert "copy.duodesk is not an earlier copy of this project" in restored.stderr
    assert "Nothing was changed" in restored.stderr
    listed = duodesk("--db", str(path), "audit")
    assert "for-the-press.xlsx" in listed.stdout
    code, said = _plain_verify(path)
    assert code == 0 and "intact" in said, said


def test_a_restore_keeps_in_its_record_what_came_after_the_backup(tmp_path):
    """An honest restore of an older backup: the records written after it are carried in
    the restore's record, and the restore can be undone with the backup it made."""
    path = tmp_path / "a.duodesk"
    _plain_project(path)
    database = Database.open(path)
    backup = database.backup("before-purge")
    database.close()
    _exported(path, "for-the-press.xlsx")
    restored = duodesk("--db", str(path), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    database = Database.open(path)
    with database.read_session() as session:
        last = audit.list_events(session)[-1]
    undo = next(b for b in database.backups() if "before-restore" in b.name)
    database.close()
    assert last.action == "backup restored"
    carried = last.details["replaced records"]
    assert [row[3] for row in carried] == ["exported"]
    assert "for-the-press.xlsx" in carried[0][5]
    code, said = _plain_verify(path)
    assert code == 0 and "intact" in said, said
    undone = duodesk("--db", str(path), "restore", str(undo))  # changed her mind
    assert undone.returncode == 0, undone.stderr
    listed = duodesk("--db", str(path), "audit")
    assert "for-the-press.xlsx" in listed.stdout
    code, said = _plain_verify(path)
    assert code == 0 and "intact" in said, said


@pytest.mark.parametrize("moved", [False, True], ids=["here", "moved since the backup"])
def test_a_restore_killed_once_the_file_is_replaced_leaves_a_trail_that_verifies(tmp_path, moved):
    import os
    import signal
    import subprocess
    import sys
    import textwrap
    from pathlib import Path

    path = tmp_path / "a.duodesk"
    _plain_project(path)
    database = Database.open(path)
    backup = database.backup("before-purge")
    database.close()
    if moved:  # the project moved to another folder after the backup, and went on there
        moved_to = tmp_path / "moved" / "a.duodesk"
        moved_to.parent.mkdir()
        moved_to.write_bytes(path.read_bytes())
        path = moved_to
    _exported(path, "after.csv")
    restorer = textwrap.dedent(
        f"""
        import os, signal
        from duodesk.storage import audit
        from duodesk.storage.database import Database
        def killed(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGKILL)
        audit.remember_trail_here = killed  # just after the restored copy took its place
        Database.open({str(path)!r}).restore(Path({str(backup)!r}))
        """
    ).replace("import os, signal", "import os, signal\nfrom pathlib import Path")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    killed = subprocess.run([sys.executable, "-c", restorer], timeout=120, env=env)
    assert killed.returncode == -signal.SIGKILL
    code, said = _plain_verify(path)
    assert code == 0 and "intact" in said, said
    listed = duodesk("--db", str(path), "audit")
    assert "backup restored" in listed.stdout and "after.csv" in listed.stdout


def test_a_noted_fingerprint_finds_records_cut_off_the_end_of_a_copy(tmp_path):
    """The check prints the newest record's fingerprint to note down; given back later it
    finds records cut off the end even where this laptop never wrote (a copy elsewhere)."""
    import re

    path, copy = tmp_path / "a.duodesk", tmp_path / "elsewhere.duodesk"
    _plain_project(path)
    code, said = _plain_verify(path)
    assert code == 0, said
    noted = re.search(r"Fingerprint of the newest record: (\w+)", said).group(1)
    _exported(path, "later.csv")  # the trail grows after it was noted: still fine
    checked = duodesk("--db", str(path), "audit", "--verify", "--noted", noted.upper())
    assert checked.returncode == 0, checked.stderr
    assert "The record you noted down (number 3) is still in it." in checked.stdout
    copy.write_bytes(path.read_bytes())
    _sqlite(copy, DROP + " DELETE FROM audit_log WHERE sequence >= 3;" + _triggers_of(path))
    checked = duodesk("--db", str(copy), "audit", "--verify", "--noted", noted)
    assert checked.returncode == 1
    assert "the record whose fingerprint you noted down is not in the trail" in checked.stderr
    assert "Check that it was copied right" in checked.stderr  # a misread letter reads so too
    for mistyped in (noted[:12], noted[:-1] + "g"):  # copied short, or a letter misread
        checked = duodesk("--db", str(path), "audit", "--verify", "--noted", mistyped)
        assert checked.returncode != 0
        assert "a fingerprint is 64 letters and digits" in checked.stderr
        assert "broken" not in checked.stderr
