"""The first 16 bytes of an encrypted project are its salt: damaged, every page fails to
decrypt, exactly as with a wrong passphrase. The laptop remembers the salt of the project it
opened at a place, so a damaged start is called damage (restore a backup), not a passphrase
the person would then retype for ever."""

from __future__ import annotations

import shutil

import pytest

from duodesk.storage.database import DamagedProjectError, Database, WrongPassphraseError

PASSPHRASE = "the passphrase of the east team"


def _flip(path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def test_a_damaged_salt_is_called_damage_on_the_laptop_that_opened_the_project(tmp_path):
    path = tmp_path / "project.duodesk"
    Database.open(path, passphrase=PASSPHRASE).close()
    Database.open(path, passphrase=PASSPHRASE).close()
    _flip(path, 5)
    with pytest.raises(DamagedProjectError) as damaged:
        Database.open(path, passphrase=PASSPHRASE)
    assert "restore a backup" in str(damaged.value)


def test_a_wrong_passphrase_is_still_a_wrong_passphrase(tmp_path):
    path = tmp_path / "project.duodesk"
    Database.open(path, passphrase=PASSPHRASE).close()
    with pytest.raises(WrongPassphraseError):
        Database.open(path, passphrase="not the passphrase at all")


def test_after_a_passphrase_change_the_old_passphrase_is_wrong_not_damage(tmp_path):
    path = tmp_path / "project.duodesk"
    database = Database.open(path, passphrase=PASSPHRASE)
    database.change_passphrase("a brand new passphrase")  # a new file, with a new salt
    database.close()
    with pytest.raises(WrongPassphraseError):
        Database.open(path, passphrase=PASSPHRASE)
    Database.open(path, passphrase="a brand new passphrase").close()


def test_a_project_this_laptop_never_opened_cannot_be_told_apart(tmp_path):
    """Honest limit: a copy from elsewhere, damaged in its salt, reads as a wrong passphrase."""
    path = tmp_path / "project.duodesk"
    Database.open(path, passphrase=PASSPHRASE).close()
    elsewhere = tmp_path / "copy.duodesk"
    shutil.copy(path, elsewhere)
    _flip(elsewhere, 5)
    with pytest.raises(WrongPassphraseError):
        Database.open(elsewhere, passphrase=PASSPHRASE)
