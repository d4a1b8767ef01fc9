"""A stolen laptop without a keyring: what its files give up about participant codes.

The thief copies everything the laptop's user could read (the project, its write-ahead log, the
user's DuoDesk data folder with any key file) and tries to recover participant codes. Each test
counts the thief's scrypt evaluations: the price of checking one guess.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import shutil
import sqlite3
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest

from duodesk.core.participant_code import code_digests, normalise_element, stretch
from duodesk.core.records import FormChange
from duodesk.gui.entry import operations as ops
from duodesk.gui.operations import add_example_questionnaires
from duodesk.storage import code_keys, participant_codes
from duodesk.storage.database import Database, WrongPassphraseError
from duodesk.storage.models import ProjectSetting

CODE = ("code_first_letter", "code_mother_letter", "code_birth_day", "code_birth_month")
PASSPHRASE = "kettle on at the drop-in, seven sugars"
# What the thief guesses from (a narrow guess, so that the test runs in seconds; the real space
# is 26 x 26 x 31 x 12 whole codes).
GUESSES = (
    ("q", "m", "a", "j"),
    ("z", "k", "b", "x"),
    tuple(str(d) for d in range(1, 9)),
    ("1", "2", "3", "11"),
)
PEOPLE = [("Q", "Z", "7", "2"), ("M", "K", "3", "11"), ("A", "X", "8", "1")]


def _laptop(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The laptop user's data folder (where DuoDesk keeps a key file when there is no
    keyring: the tests' keyring keeps nothing)."""
    home = tmp_path / "laptop-data"
    home.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def _enter(database: Database, codes: Iterable[tuple[str, ...]]) -> list:
    add_example_questionnaires(database)
    outcomes = []
    for elements in codes:
        details = ops.InterviewDetails("hepc_peer_survey", "Sam", "Centre B", date(2024, 7, 12))
        interview_id = ops.start_interview(database, details).interview_id
        outcomes.append(
            ops.save_answers(database, interview_id, FormChange((), "x", elements), CODE)
        )
    return outcomes


def _steal(project: Path, home: Path, tmp_path: Path) -> tuple[Path, Path]:
    loot = tmp_path / "loot"
    shutil.copytree(home, loot / "data")
    for part in project.parent.glob(project.name + "*"):
        shutil.copy2(part, loot / part.name)
    return loot / project.name, loot / "data"


def _keys_found(data: Path) -> list[bytes]:
    """Every participant-code key in the data folder (the audit trail's key, kept beside
    them, is another matter: see test_audit_keyed.py)."""
    found = []
    for file in data.rglob("*"):
        if code_keys.FOLDER_NAME not in file.parts:
            continue
        if file.is_file():
            try:
                found.append(bytes.fromhex(file.read_text().strip()))
            except (UnicodeDecodeError, ValueError):
                continue
    return found


def _digest_of(key: bytes, elements: Iterable[str]) -> str:
    """One guess checked: the digest of a code (``"*"`` for an element left out), as DuoDesk
    makes it and as older versions made their per-element digests. One scrypt."""
    parts = [
        f"{n}={normalise_element(v) if v != '*' else '*'}"
        for n, v in zip(CODE, elements, strict=True)
    ]
    quick = hmac.new(
        key, ("duodesk-code-1\x1f" + "\x1f".join(parts)).encode(), hashlib.sha256
    ).hexdigest()
    return stretch(key, quick)


def _element_by_element(key: bytes, stored: set[str]) -> tuple[set[tuple[str, ...]], int]:
    """The attack that took 33 codes in 88 s: confirm all elements but one (the one with the
    most values) against a digest of the code with that element left out, then guess that one
    alone. Returns the codes recovered and the scrypts spent."""
    recovered, spent = set(), 0
    left_out = max(range(len(CODE)), key=lambda i: len(GUESSES[i]))
    others = [g for i, g in enumerate(GUESSES) if i != left_out]
    for partial in itertools.product(*others):
        guess = list(partial)
        guess.insert(left_out, "*")
        spent += 1
        if _digest_of(key, guess) not in stored:
            continue
        for last in GUESSES[left_out]:
            guess[left_out] = last
            spent += 1
            if _digest_of(key, guess) in stored:
                recovered.add(tuple(guess))
    return recovered, spent


def _whole_codes(key: bytes, stored: set[str]) -> tuple[dict[tuple[str, ...], int], int]:
    """Every whole code in the guesses, one scrypt each: the codes recovered (with the scrypts
    spent when each was found) and the total."""
    recovered, spent = {}, 0
    for guess in itertools.product(*GUESSES):
        spent += 1
        if _digest_of(key, guess) in stored:
            recovered[guess] = spent
    return recovered, spent


def _stored_digests(copy: Path) -> set[str]:
    connection = sqlite3.connect(copy)
    try:
        return {d for (d,) in connection.execute("SELECT digest FROM participant_code_digests")}
    finally:
        connection.close()


def test_a_stolen_plain_project_costs_a_whole_code_guess_per_code(
    tmp_path, monkeypatch, project_path
):
    home = _laptop(monkeypatch, tmp_path)
    database = Database.open(project_path)
    _enter(database, PEOPLE)
    database.close()
    copy, data = _steal(project_path, home, tmp_path)

    # Without a keyring and without a passphrase, the key file is on the disk: the thief has it.
    (key,) = _keys_found(data)
    stored = _stored_digests(copy)
    truth = {tuple(normalise_element(e) for e in person) for person in PEOPLE}
    assert stored == {code_digests(key, CODE, person).full for person in PEOPLE}

    # What an older version stored besides (a digest per element left out) let the element by
    # element attack recover every code for a fraction of the whole codes' price ...
    older = stored | {
        _digest_of(key, [*(p[:i]), "*", *(p[i + 1 :])]) for p in PEOPLE for i in range(len(CODE))
    }
    early, early_cost = _element_by_element(key, older)
    assert early == truth
    # ... today it finds nothing: no stored digest depends on part of a code.
    found, _ = _element_by_element(key, stored)
    assert found == set()
    # The only way left is to guess whole codes, one scrypt each; a code is found only once
    # the whole of it has been guessed.
    whole, total = _whole_codes(key, stored)
    assert set(whole) == truth
    assert total == len(list(itertools.product(*GUESSES)))
    assert early_cost < total / 3  # what the per-element digests saved the thief


def test_a_stolen_encrypted_laptop_gives_up_no_digest_without_the_passphrase(
    tmp_path, monkeypatch, project_path
):
    home = _laptop(monkeypatch, tmp_path)
    database = Database.open(project_path, passphrase=PASSPHRASE)
    _enter(database, PEOPLE)
    with database.session() as session:
        real_key = participant_codes.project_key(session)
    database.close()
    copy, data = _steal(project_path, home, tmp_path)

    # Without a keyring the key file is on the disk, but the digests it would test guesses
    # against are under the passphrase, and nothing outside the project holds one.
    assert _keys_found(data) == [real_key]
    for file in copy.parent.glob(copy.name + "*"):
        raw = file.read_bytes()
        assert real_key not in raw and real_key.hex().encode() not in raw, file.name
        for person in PEOPLE:
            assert code_digests(real_key, CODE, person).full.encode() not in raw, file.name
    with pytest.raises(sqlite3.DatabaseError):
        _stored_digests(copy)
    with pytest.raises(WrongPassphraseError):
        Database.open(copy, passphrase="a guessed passphrase")

    # The team, with the passphrase, still finds the same person again (one element mistyped).
    reopened = Database.open(project_path, passphrase=PASSPHRASE)
    try:
        (outcome,) = _enter(reopened, [("Q", "Z", "7", "3")])
        assert [d.exact for d in outcome.duplicates] == [False]
    finally:
        reopened.close()


def _everything_inside(copy: Path, passphrase: str) -> str:
    """Every value of every table of an encrypted project, read with its passphrase."""
    from sqlcipher3 import dbapi2 as sqlcipher

    connection = sqlcipher.connect(str(copy))
    try:
        connection.execute("PRAGMA key = " + "'" + passphrase.replace("'", "''") + "'")
        tables = [
            t for (t,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return "\n".join(
            repr(row) for table in tables for row in connection.execute(f'SELECT * FROM "{table}"')
        )
    finally:
        connection.close()


def test_a_copy_of_an_encrypted_project_and_its_passphrase_confirm_no_guessed_code(
    tmp_path, monkeypatch, project_path
):
    """The team's passphrase is known to every member: a copy of the project (a backup on a
    memory stick) read with it must still not let anyone test guesses, here without a
    keyring, where an earlier version kept the key inside the encrypted project."""
    home = _laptop(monkeypatch, tmp_path)
    database = Database.open(project_path, passphrase=PASSPHRASE)
    _enter(database, PEOPLE)
    with database.session() as session:
        real_key = participant_codes.project_key(session)
    backup = database.backup("daily")
    database.close()
    del home  # the copier has the project and its backup, not the laptop user's data folder

    for copy in (project_path, backup):
        inside = _everything_inside(copy, PASSPHRASE)
        # What a guess would be tested against is there, read with the passphrase ...
        assert _stored_digests_with(copy, PASSPHRASE) == {
            code_digests(real_key, CODE, p).full for p in PEOPLE
        }
        # ... but not the key to make a guess's digest.
        assert real_key.hex() not in inside and repr(real_key) not in inside, copy.name

    # On another laptop, with the passphrase, the copy cannot even check a code.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "another-laptop"))
    elsewhere = Database.open(project_path, passphrase=PASSPHRASE)
    try:
        with pytest.raises(code_keys.CodeKeyMissing):
            _enter(elsewhere, PEOPLE[:1])
    finally:
        elsewhere.close()


def _stored_digests_with(copy: Path, passphrase: str) -> set[str]:
    from sqlcipher3 import dbapi2 as sqlcipher

    connection = sqlcipher.connect(str(copy))
    try:
        connection.execute("PRAGMA key = " + "'" + passphrase.replace("'", "''") + "'")
        return {d for (d,) in connection.execute("SELECT digest FROM participant_code_digests")}
    finally:
        connection.close()


def _seal_as_an_earlier_version(database: Database) -> tuple[str, bytes]:
    """Put the project's key inside the encrypted project and wipe the key file, as an
    earlier version did on a laptop without a keyring."""
    with database.session() as session:
        name = session.get(ProjectSetting, participant_codes.KEY_SETTING).value
        key = participant_codes.find_key(session, name)
        session.add(ProjectSetting(key=participant_codes.SEALED_KEY_SETTING, value=key.hex()))
    code_keys.forget_file(name)
    return name, key


def test_a_key_an_earlier_version_sealed_inside_moves_out_to_the_laptop(
    tmp_path, monkeypatch, project_path
):
    home = _laptop(monkeypatch, tmp_path)
    database = Database.open(project_path, passphrase=PASSPHRASE)
    _enter(database, PEOPLE[:1])
    name, key = _seal_as_an_earlier_version(database)
    database.close()
    assert not code_keys.in_file(name)
    assert key.hex() in _everything_inside(project_path, PASSPHRASE)

    reopened = Database.open(project_path, passphrase=PASSPHRASE)
    try:
        assert _keys_found(home) == [key]
        assert key.hex() not in _everything_inside(project_path, PASSPHRASE)
        (outcome,) = _enter(reopened, PEOPLE[:1])
        assert [d.exact for d in outcome.duplicates] == [True]
    finally:
        reopened.close()


def test_removing_the_passphrase_takes_the_key_out_of_the_project_first(
    tmp_path, monkeypatch, project_path
):
    home = _laptop(monkeypatch, tmp_path)
    database = Database.open(project_path, passphrase=PASSPHRASE)
    _enter(database, PEOPLE[:1])
    with database.session() as session:
        key = participant_codes.project_key(session)
    backup = database.backup("before-purge")
    database.change_passphrase(None)
    try:
        for file in [project_path, backup]:
            raw = file.read_bytes()
            assert raw.startswith(b"SQLite format 3\x00")  # plain, as asked
            assert key.hex().encode() not in raw, file.name
        assert _keys_found(home) == [key]  # where a plain project's key must live
        (outcome,) = _enter(database, PEOPLE[:1])
        assert [d.exact for d in outcome.duplicates] == [True]
    finally:
        database.close()


def test_restoring_a_backup_that_holds_a_sealed_key_moves_it_out(
    tmp_path, monkeypatch, project_path
):
    home = _laptop(monkeypatch, tmp_path)
    database = Database.open(project_path, passphrase=PASSPHRASE)
    _enter(database, PEOPLE[:1])
    _, key = _seal_as_an_earlier_version(database)
    backup = database.backup("daily")  # this backup holds the key, as an earlier one did
    database.close()
    database = Database.open(project_path, passphrase=PASSPHRASE)  # the key moves out
    try:
        database.restore(backup)
        assert key.hex() not in _everything_inside(project_path, PASSPHRASE)
        assert _keys_found(home) == [key]
        (outcome,) = _enter(database, PEOPLE[:1])
        assert [d.exact for d in outcome.duplicates] == [True]
    finally:
        database.close()
