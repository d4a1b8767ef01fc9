"""Passphrases as people type them and as files hold them.

A passphrase reaches DuoDesk from a dialog, a file (``--passphrase-file``) or the environment
(``DUODESK_PASSPHRASE``). The same words must give the same key whichever way they came: a
file saved by Notepad starts with a byte-order mark and ends with a line break, and an "é"
typed on one keyboard may be one code point on another and two on a third. So every passphrase
is read through :func:`normalise` before it becomes a key.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from duodesk.i18n import translate

MINIMUM_LENGTH = 8

# SQLCipher takes a key written as x'<hex>' as raw key bytes, not as a passphrase: someone who
# chose such a passphrase would get a different protection than they think.
_RAW_KEY = re.compile(r"^\s*[xX]'.*'\s*$", re.DOTALL)


class PassphraseError(ValueError):
    """A passphrase that cannot be used; ``str()`` is a sentence for the person."""


def normalise(passphrase: str) -> str:
    """The passphrase as DuoDesk keys it: Unicode NFC, without a byte-order mark or the spaces
    and line breaks at either end. Both ends alike: spaces cannot be seen at the start of a
    file's line any more than at its end, nor in a dialog's dots."""
    return unicodedata.normalize("NFC", passphrase.strip("\ufeff").strip())


def earlier_forms(passphrase: str) -> list[str]:
    """The forms an older DuoDesk keyed ``passphrase`` with, tried after :func:`normalise`'s
    when a project does not open with it: NFC without the spaces at the end only (so spaces
    at the start counted), then the text exactly as given."""
    forms = [earlier_normal(passphrase), passphrase]
    normal = normalise(passphrase)
    return [
        form for number, form in enumerate(forms) if form != normal and form not in forms[:number]
    ]


def earlier_normal(passphrase: str) -> str:
    """How passphrases were normalised before both ends were trimmed (still how a team
    passphrase file is read: transfer files keep their keys)."""
    return unicodedata.normalize("NFC", passphrase.lstrip("\ufeff").rstrip())


def read_passphrase_file(path: Path) -> str:
    """The passphrase on the first line of ``path``, normalised; a sentence on failure."""
    try:
        content = path.read_bytes()
    except OSError as error:
        raise PassphraseError(
            translate("Core", "cannot read the passphrase file {path}: {strerror}").format(
                path=path, strerror=error.strerror
            )
        ) from None
    # Notepad saves "Unicode" as UTF-16 with a byte-order mark; everything else is UTF-8.
    encoding = "utf-16" if content.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        text = content.decode(encoding)
    except UnicodeDecodeError:
        raise PassphraseError(
            translate(
                "Core",
                "the passphrase file {path} is not UTF-8 text; save it as UTF-8 and try again",
            ).format(path=path)
        ) from None
    first = text.splitlines()[0] if text.strip() else ""
    if not normalise(first):
        raise PassphraseError(
            translate("Core", "the passphrase file {path} is empty").format(path=path)
        )
    # The line as written (without its line break): normalised where it is used, and kept
    # whole so that a project locked by an older DuoDesk still opens (see earlier_forms).
    return first


def problem_with_new(passphrase: str) -> str | None:
    """Why ``passphrase`` should not become a project's passphrase, or None if it may."""
    if "\x00" in passphrase:
        return translate("Passphrase", "A passphrase cannot contain a NUL character.")
    if len(normalise(passphrase)) < MINIMUM_LENGTH:
        return translate("Passphrase", "A passphrase needs at least {count} characters.").format(
            count=MINIMUM_LENGTH
        )
    if _RAW_KEY.match(passphrase):
        return translate(
            "Passphrase",
            "A passphrase cannot have the form x'...': that is how raw keys are written.",
        )
    return None


def strength(passphrase: str) -> int:
    """A rough strength from 0 (weak) to 4 (strong), for the meter beside the passphrase box.

    Counts length and the kinds of characters used; a passphrase of several words scores well
    on length alone, which is the advice given to the people choosing one.
    """
    text = normalise(passphrase)
    if len(text) < MINIMUM_LENGTH:
        return 0
    kinds = sum(
        bool(re.search(pattern, text))
        for pattern in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]")
    )
    score = 1 + (len(text) >= 12) + (len(text) >= 16) + (kinds >= 3 or len(text) >= 20)
    return min(score, 4)
