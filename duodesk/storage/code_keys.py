"""Where the team's participant-code key is kept: on the laptop, never in the project.

The key makes the digests of participant codes (:mod:`duodesk.core.participant_code`). With the
key and the digests, codes can be guessed one by one, so the two are kept apart: the project
holds only the key's name (:func:`~duodesk.core.participant_code.key_id`), and the key itself is
kept by the laptop, where a copied or stolen project file (or one of its backups) does not take
it along:

- in the operating system's keyring (Windows Credential Manager, the macOS Keychain, the
  desktop's Secret Service on Linux), through the ``keyring`` library;
- where there is no keyring (a Linux laptop without a desktop keyring), in a file of its own in
  the user's data folder, readable by that user only (mode 600), beside no project. Whoever can
  read that user's files (a stolen laptop's disk) has the key; the digests are then still under
  the project's passphrase, if it has one, and each whole code guessed costs a scrypt.

Not inside the project, even an encrypted one: every member of the team knows its passphrase,
and a copy of the file (a backup on a memory stick) with the passphrase would then give up both
the key and the digests.

The key travels between the team's laptops inside transfer files, which are locked with the
team passphrase: reading one on a laptop puts the key in that laptop's keyring. A project file
copied by hand to another laptop therefore finds its key there once a transfer file from the
team has been read on it; until then, participant codes cannot be checked there, and DuoDesk
says so (:class:`CodeKeyMissing`) instead of making a new key that would never match the old
digests.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs

from duodesk.core.participant_code import key_id
from duodesk.i18n import translate

log = logging.getLogger(__name__)

SERVICE = "DuoDesk participant codes"
FOLDER_NAME = "participant-code-keys"


class CodeKeyMissing(Exception):
    """The project's participant codes were made with a key this laptop does not have."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Storage",
                "The key that keeps this project's participant codes secret is not on this "
                "laptop (it is never kept in the project file, so a copied file does not bring "
                "it). Read a team transfer file made on a laptop of the team, which carries the "
                "key, and try again; nothing was changed.",
            )
        )


def key_folder() -> Path:
    """The folder of key files, for laptops without a keyring."""
    return Path(platformdirs.user_data_dir("DuoDesk", appauthor=False)) / FOLDER_NAME


def remember_key(key: bytes) -> str:
    """Keep ``key`` on this laptop; returns its name, the only thing the project keeps."""
    name = key_id(key)
    if recall_key(name) == key:
        return name
    if not keyring_put(name, key.hex()):
        file_put(name, key.hex())
    return name


def in_keyring(name: str) -> bool:
    return bool(_keyring_get(name))


def in_file(name: str) -> bool:
    return bool(_file_get(name))


def forget_file(name: str) -> None:
    """Overwrite and remove the key file ``name`` (its key now lives somewhere safer)."""
    target = key_folder() / name
    try:
        size = target.stat().st_size
        with target.open("r+b") as file:
            file.write(b"\0" * size)
            file.flush()
            os.fsync(file.fileno())
        target.unlink()
    except OSError:
        return


def recall_key(name: str) -> bytes | None:
    """The key called ``name``, if this laptop has it."""
    for found in (_keyring_get(name), _file_get(name)):
        if not found:
            continue
        try:
            key = bytes.fromhex(found.strip())
        except ValueError:
            continue
        if key_id(key) == name:
            return key
    return None


def keyring_put(name: str, value: str, service: str = SERVICE) -> bool:
    try:
        import keyring

        keyring.set_password(service, name, value)
        # Some keyrings accept a password and keep nothing: only one read back counts.
        return keyring.get_password(service, name) == value
    except Exception as error:  # no keyring on this laptop, or it refused: the file instead
        log.info("No keyring for the participant-code key (%s)", type(error).__name__)
        return False


def _keyring_get(name: str, service: str = SERVICE) -> str | None:
    try:
        import keyring

        return keyring.get_password(service, name)
    except Exception:
        return None


def file_put(name: str, value: str, folder_name: str = FOLDER_NAME) -> None:
    folder = key_folder().with_name(folder_name)
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    target = folder / name
    partial = folder / f".{name}.new"
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as file:
        file.write(value)
        file.flush()
        os.fsync(file.fileno())
    os.chmod(partial, 0o600)
    os.replace(partial, target)


def _file_get(name: str, folder_name: str = FOLDER_NAME) -> str | None:
    try:
        return (key_folder().with_name(folder_name) / name).read_text(encoding="ascii")
    except (OSError, ValueError):
        return None


def put_secret(service: str, folder_name: str, name: str, value: str) -> None:
    """Keep ``value`` under ``name`` on this laptop, as keys are kept: in the keyring, else in
    an owner-only file of the folder ``folder_name`` beside the key folder."""
    if not keyring_put(name, value, service):
        file_put(name, value, folder_name)


def get_secret(service: str, folder_name: str, name: str) -> str | None:
    """What :func:`put_secret` kept under ``name``, if this laptop has it."""
    return _keyring_get(name, service) or _file_get(name, folder_name)
