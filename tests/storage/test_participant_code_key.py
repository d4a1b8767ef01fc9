"""The participant-code key is kept apart from the project: attacked with a copy of the file.

Each test is what someone holding a copy of a project file (a stolen laptop's disk image, a
backup on a memory stick) would try: find the key in it, or confirm a guessed code cheaply.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import delete, func, select

from duodesk.core.participant_code import code_digests, key_id
from duodesk.core.records import FormChange
from duodesk.gui.entry import operations as ops
from duodesk.gui.operations import add_example_questionnaires
from duodesk.storage import code_keys, participant_codes
from duodesk.storage.database import Database
from duodesk.storage.models import ParticipantCodeDigest, ProjectSetting
from duodesk.storage.transfer import export_transfer, import_transfer

CODE = ("code_first_letter", "code_mother_letter", "code_birth_day", "code_birth_month")
TRUE_CODE = ("Q", "Z", "29", "2")
TEAM = "a long team passphrase for the test"


def _quick_digest(key: bytes, elements: tuple[str, ...]) -> str:
    """The whole code's digest as DuoDesk made it before (HMAC only: a microsecond a guess)."""
    parts = [f"{name}={value.casefold()}" for name, value in zip(CODE, elements, strict=True)]
    message = ("duodesk-code-1" + "\x1f" + "\x1f".join(parts)).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def _interview(database: Database, elements: tuple[str, ...], *, finish: bool = False):
    add_example_questionnaires(database)
    details = ops.InterviewDetails("hepc_peer_survey", "Sam", "Centre B", date(2024, 7, 12))
    interview_id = ops.start_interview(database, details).interview_id
    outcome = ops.save_answers(database, interview_id, FormChange((), "x", elements), CODE)
    if finish:
        ops.finish_interview(database, interview_id, (), "x")
    return interview_id, outcome


def _another_laptop(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str) -> None:
    """From now on this process is another laptop: its own (empty) store of keys."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / name))


def _stolen_copy(database: Database, tmp_path: Path) -> Path:
    database.close()
    stolen = tmp_path / "stolen"
    stolen.mkdir()
    for part in database.path.parent.glob(database.path.name + "*"):
        shutil.copy2(part, stolen / part.name)
    return stolen / database.path.name


def _everything_in(copy: Path) -> tuple[list[str], list[str], bytes]:
    """What the attacker reads: every setting, every digest, and the raw bytes."""
    raw = b"".join(p.read_bytes() for p in copy.parent.glob(copy.name + "*"))
    connection = sqlite3.connect(copy)
    try:
        settings = [v for (v,) in connection.execute("SELECT value FROM project_settings")]
        digests = [d for (d,) in connection.execute("SELECT digest FROM participant_code_digests")]
    finally:
        connection.close()
    return settings, digests, raw


def _candidate_keys(settings: list[str]) -> list[bytes]:
    keys = [b"", b"\0" * 32]
    for value in settings:
        keys.append(value.encode())
        with contextlib.suppress(ValueError):
            keys.append(bytes.fromhex(value))
    return keys


def test_a_copy_of_the_project_file_alone_confirms_no_guessed_code(
    project_path, tmp_path, monkeypatch
):
    database = Database.open(project_path)
    _interview(database, TRUE_CODE)
    with database.session() as session:
        real_key = participant_codes.project_key(session)
    copy = _stolen_copy(database, tmp_path)
    _another_laptop(monkeypatch, tmp_path, "thief")

    settings, digests, raw = _everything_in(copy)
    assert len(digests) == 1  # the whole code only: nothing that depends on part of it
    # The key is nowhere in the file, in any form.
    assert real_key not in raw
    assert real_key.hex().encode() not in raw
    assert real_key.hex() not in settings
    # Nothing in the file works as a key: the true code, guessed right, is not confirmed.
    for candidate in _candidate_keys(settings):
        assert _quick_digest(candidate, TRUE_CODE) not in digests
        assert code_digests(candidate, CODE, TRUE_CODE).full not in digests
    # Even with the key (taken from the laptop), the cheap HMAC guess confirms nothing: each
    # guess costs a scrypt.
    assert _quick_digest(real_key, TRUE_CODE) not in digests
    # ... while the stored digest is indeed that of the true code, so the attack above would
    # have succeeded had the key been in the file.
    assert code_digests(real_key, CODE, TRUE_CODE).full in digests


def test_a_copied_project_refuses_codes_until_a_team_transfer_file_brings_the_key(
    project_path, tmp_path, monkeypatch
):
    database = Database.open(project_path)
    first, _ = _interview(database, TRUE_CODE, finish=True)
    transfer = tmp_path / "team.duodesk-transfer"
    export_transfer(database, transfer, TEAM)
    copy = _stolen_copy(database, tmp_path)
    _another_laptop(monkeypatch, tmp_path, "second-laptop")

    moved = Database.open(copy)
    try:
        with pytest.raises(code_keys.CodeKeyMissing, match="not on this laptop"):
            _interview(moved, ("Q", "Z", "29", "3"))
        # The refused save changed nothing: no digest was made with a new key.
        with moved.session() as session:
            assert session.scalar(select(func.count()).select_from(ParticipantCodeDigest)) == 1
        import_transfer(moved, transfer, TEAM)
        # One element different from the first interview's code: found as the same person.
        _, outcome = _interview(moved, ("Q", "Z", "29", "3"))
        assert [(d.interview_id, d.exact) for d in outcome.duplicates] == [(first, False)]
    finally:
        moved.close()


def test_a_team_laptop_gets_the_key_from_the_transfer_file_and_finds_duplicates(
    tmp_path, monkeypatch
):
    _another_laptop(monkeypatch, tmp_path, "coordinator")
    coordinator = Database.open(tmp_path / "coordinator.duodesk")
    _interview(coordinator, TRUE_CODE, finish=True)
    transfer = tmp_path / "coordinator.duodesk-transfer"
    export_transfer(coordinator, transfer, TEAM)
    coordinator.close()

    _another_laptop(monkeypatch, tmp_path, "north")
    north = Database.open(tmp_path / "north.duodesk")
    try:
        import_transfer(north, transfer, TEAM)
        assert code_keys.recall_key(_key_name(north)) is not None
        _, outcome = _interview(north, ("q", "z", "29", "2"))  # case does not count
        assert [d.exact for d in outcome.duplicates] == [True]
        assert not any(tmp_path.joinpath("north.duodesk").parent.glob("*key*"))
    finally:
        north.close()


def _key_name(database: Database) -> str:
    with database.session() as session:
        return session.get(ProjectSetting, participant_codes.KEY_SETTING).value


def test_an_older_project_loses_its_stored_key_and_still_finds_its_people(
    project_path, tmp_path, monkeypatch
):
    database = Database.open(project_path)
    old_id, _ = _interview(database, ("A", "B", "1", "1"))  # makes the tables and a key
    old_key = bytes(range(32))
    # The project as DuoDesk left it before: the key itself in the project, HMAC-only digests.
    with database.session() as session:
        session.execute(delete(ParticipantCodeDigest))
        setting = session.get(ProjectSetting, participant_codes.KEY_SETTING)
        session.delete(setting)
        session.add(ProjectSetting(key=participant_codes.OLD_KEY_SETTING, value=old_key.hex()))
        session.flush()
        for slot in range(len(CODE) + 1):  # the whole code, then each element left out
            left_out = None if slot == 0 else slot - 1
            elements = tuple("*" if i == left_out else v for i, v in enumerate(TRUE_CODE))
            quick = _quick_digest(old_key, elements)
            session.add(ParticipantCodeDigest(interview_id=old_id, slot=slot, digest=quick))
    database.close()

    reopened = Database.open(project_path)
    try:
        settings, digests, raw = _everything_in(project_path)
        assert old_key.hex() not in settings
        assert old_key.hex().encode() not in raw
        assert _quick_digest(old_key, TRUE_CODE) not in digests
        assert len(digests) == 1  # the per-element digests, which narrowed guesses, are gone
        assert key_id(old_key) in settings
        # The same person again, with the day mistyped: found by the upgraded digests.
        _, outcome = _interview(reopened, ("Q", "Z", "28", "2"))
        assert [(d.interview_id, d.exact) for d in outcome.duplicates] == [(old_id, False)]
    finally:
        reopened.close()


class _MemoryKeyring(KeyringBackend):
    """A keyring such as Windows or macOS provide, held in memory for the test."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


def test_with_a_keyring_the_key_is_kept_there_and_nowhere_else(database, tmp_path, monkeypatch):
    _another_laptop(monkeypatch, tmp_path, "with-keyring")
    ring = _MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    try:
        with database.session() as session:
            key = participant_codes.project_key(session)
        assert ring.kept == {(code_keys.SERVICE, key_id(key)): key.hex()}
        assert not code_keys.key_folder().exists()
    finally:
        keyring.set_keyring(previous)


def test_without_a_keyring_the_key_file_is_private_to_the_user(database, tmp_path, monkeypatch):
    _another_laptop(monkeypatch, tmp_path, "no-keyring")
    with database.session() as session:
        key = participant_codes.project_key(session)
    kept = code_keys.key_folder() / key_id(key)
    assert kept.read_text() == key.hex()
    assert kept.stat().st_mode & 0o077 == 0
    assert code_keys.key_folder().stat().st_mode & 0o077 == 0
    assert kept.parent != database.path.parent


def test_another_program_never_finds_an_open_project_alone(database, tmp_path, lock_holder):
    """Opening a project with a participant-code key asks whether it is encrypted. Reading the
    file to tell would drop this process's locks on it: another program closing the project
    would then think itself the last user, and delete the shared memory file that DuoDesk's
    connections still use ("disk I/O error" at the next read)."""
    _interview(database, TRUE_CODE)
    path = database.path
    database.close()
    reopened = Database.open(path)  # settles the code key: is the project encrypted?
    try:
        with reopened.read_session() as session:
            assert session.scalar(select(func.count()).select_from(ProjectSetting)) > 0
        lock_holder(path).release()  # another program writes, commits and closes
        assert Path(f"{path}-shm").exists()
        with reopened.read_session() as session:
            assert session.scalar(select(func.count()).select_from(ProjectSetting)) > 0
    finally:
        reopened.close()
