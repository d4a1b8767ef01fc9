"""Participant codes: spotting a person interviewed twice without storing who they are.

A participant code is built from a few things a participant can say the same way every time
(first letter of their first name, of their mother's first name, day and month of birth, ...):
the questions a questionnaire names in its ``participant_code`` setting. The elements are
normalised (case, accents and spaces do not count) and only one keyed digest of the whole code
is stored per interview.

A digest is HMAC-SHA256 with the team's random key, stretched by scrypt salted with the same
key (:func:`stretch`). The elements are few and guessable, so the digests are only as private
as the key: the key is never kept in a plain project file (see
:mod:`duodesk.storage.code_keys`), so a copy of the file alone confirms no guess at all; and
with the key, each guess still costs a scrypt (milliseconds and megabytes) instead of a
microsecond HMAC. The digests never leave the project (they are not part of any export).

Nothing stored depends on part of a code. A code that differs in one element (a mistyped
letter, a day typed 13 for 3) is found at entry time, while the typed code is on screen: the
digests of its near neighbours (:func:`near_codes`) are computed then, looked up among the
stored whole-code digests, and forgotten. Storing a digest per element left out, as DuoDesk
once did, let someone holding the key confirm all but one element first and the last one
after: a few thousand guesses instead of the whole space of codes. Now every guess anyone can
check is a whole code, at the price of a scrypt each.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import unicodedata
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from duodesk.i18n import translate

if TYPE_CHECKING:
    from duodesk.core.questionnaire import Questionnaire

KEY_BYTES = 32
# scrypt's cost for each digest: 2 MiB and a few milliseconds on a laptop. A code has at most a
# handful of digests, so saving an interview hardly notices; guessing a million codes takes
# hours per processor core instead of a second or two.
STRETCH_N, STRETCH_R, STRETCH_P = 2**11, 8, 1
MIN_ELEMENTS_FOR_NEAR_MATCH = 3  # with fewer, "all but one" matches far too many people
_SEPARATOR = "\x1f"


def new_key() -> bytes:
    """A fresh random key for a project."""
    return secrets.token_bytes(KEY_BYTES)


def key_id(key: bytes) -> str:
    """A name for ``key`` that can be kept in the project without giving the key away (it is
    itself keyed: knowing it does not help guess codes)."""
    return hmac.new(key, b"duodesk-code-key-id", hashlib.sha256).hexdigest()[:32]


def stretch(key: bytes, quick_digest: str) -> str:
    """The stored digest for the HMAC ``quick_digest`` (hex): scrypt salted with the key, so
    that confirming one guessed code costs a scrypt even to someone who has the key. Also
    turns the HMAC-only digests of older projects into today's, without the codes."""
    stretched = hashlib.scrypt(
        bytes.fromhex(quick_digest),
        salt=key,
        n=STRETCH_N,
        r=STRETCH_R,
        p=STRETCH_P,
        maxmem=8 * 1024 * 1024,
        dklen=32,
    )
    return stretched.hex()


def normalise_element(text: str) -> str:
    """``"  Ñ "`` -> ``"n"``: case, accents and spaces make no difference."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


@dataclass(frozen=True)
class CodeDigests:
    """The digest of one participant code (hex text), and, at entry time only, those of its
    near neighbours.

    ``near`` is empty unless asked for (:func:`code_digests` with ``near=True``) and is never
    stored: it is looked up among the stored digests and forgotten.
    """

    full: str
    near: tuple[str, ...] = ()

    def slots(self) -> list[tuple[int, str]]:
        """(slot, digest) pairs as stored: only slot 0, the whole code."""
        return [(0, self.full)]


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_DIGITS = "0123456789"
MAX_NEAR_PER_ELEMENT = 120  # alternatives tried per element: each costs one scrypt at entry


def near_values(value: str) -> list[str]:
    """The values one slip of the keyboard away from the normalised element ``value``: one
    character changed (a letter for a letter, a digit for a digit), two neighbours swapped,
    one character left out, and, for numbers, one digit added ("3" for "13"). At most
    :data:`MAX_NEAR_PER_ELEMENT`, closest slips first."""
    found: dict[str, None] = {}
    for i, char in enumerate(value):
        pool = _DIGITS if char in _DIGITS else _LETTERS if char in _LETTERS else ""
        for other in pool:
            if other != char:
                found[value[:i] + other + value[i + 1 :]] = None
    for i in range(len(value) - 1):
        found[value[:i] + value[i + 1] + value[i] + value[i + 2 :]] = None
    if len(value) > 1:
        for i in range(len(value)):
            found[value[:i] + value[i + 1 :]] = None
    if value.isdigit() and len(value) < 4:
        for i in range(len(value) + 1):
            for digit in _DIGITS:
                found[value[:i] + digit + value[i:]] = None
    found.pop(value, None)
    found.pop("", None)
    return list(found)[:MAX_NEAR_PER_ELEMENT]


def near_codes(elements: Sequence[str]) -> list[list[str]]:
    """Every code that differs from the normalised ``elements`` in exactly one element, by
    one slip (:func:`near_values`). Empty for codes of fewer than
    :data:`MIN_ELEMENTS_FOR_NEAR_MATCH` elements, where "all but one" matches far too many
    people."""
    if len(elements) < MIN_ELEMENTS_FOR_NEAR_MATCH:
        return []
    return [
        [*elements[:i], other, *elements[i + 1 :]]
        for i, value in enumerate(elements)
        for other in near_values(value)
    ]


def _quick_digest(key: bytes, names: Sequence[str], cleaned: Sequence[str]) -> str:
    parts = [f"{name}={value}" for name, value in zip(names, cleaned, strict=True)]
    message = ("duodesk-code-1" + _SEPARATOR + _SEPARATOR.join(parts)).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def _stretch_all(key: bytes, quick: list[str]) -> list[str]:
    """:func:`stretch` of each, side by side: scrypt lets go of the interpreter lock, so every
    processor core works on them."""
    workers = min(len(quick), os.cpu_count() or 1)
    if workers > 1:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(lambda d: stretch(key, d), quick))
    return [stretch(key, d) for d in quick]


def _check(names: Sequence[str], codes: Sequence[Sequence[str]]) -> None:
    if not names or any(len(names) != len(elements) for elements in codes):
        raise ValueError(
            translate("Core", "a participant code needs one answer per element, and some elements")
        )


def code_digests(
    key: bytes, names: Sequence[str], elements: Sequence[str], *, near: bool = False
) -> CodeDigests:
    """The digest of the code whose elements (answers to the questions ``names``) are
    ``elements``; with ``near``, also those of its near neighbours (:func:`near_codes`), one
    scrypt each, for the look-up at entry time. ValueError if the two differ in length or
    there are none."""
    _check(names, [elements])
    cleaned = [normalise_element(str(element)) for element in elements]
    others = near_codes(cleaned) if near else []
    stretched = _stretch_all(key, [_quick_digest(key, names, c) for c in [cleaned, *others]])
    return CodeDigests(stretched[0], tuple(stretched[1:]))


def many_code_digests(
    key: bytes, names: Sequence[str], codes: Sequence[Sequence[str]]
) -> list[CodeDigests]:
    """:func:`code_digests` of each of ``codes`` (an import's batch), without near
    neighbours."""
    _check(names, codes)
    quick = [
        _quick_digest(key, names, [normalise_element(str(e)) for e in elements])
        for elements in codes
    ]
    return [CodeDigests(full) for full in _stretch_all(key, quick)]


def never_stored(questionnaire: Questionnaire) -> frozenset[str]:
    """The questions whose answers are never stored as answers: the participant code's own
    questions (kept only as digests) and every question worked out from them, directly or
    through another such question (a ``calculate`` joining the letters, ``pcode = QX2911``,
    is as telling as the code itself)."""
    from duodesk.core.expressions import ExpressionError, parse
    from duodesk.core.expressions.nodes import references

    hidden = set(questionnaire.settings.participant_code)
    if not hidden:
        return frozenset()
    uses: dict[str, frozenset[str]] = {}
    for question in questionnaire.questions():
        if question.calculation and question.name not in hidden:
            try:
                uses[question.name] = references(parse(question.calculation))
            except ExpressionError:
                continue
    grown = True
    while grown:
        found = {name for name, refs in uses.items() if name not in hidden and refs & hidden}
        hidden |= found
        grown = bool(found)
    return frozenset(hidden)
