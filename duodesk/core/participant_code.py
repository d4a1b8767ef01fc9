"""Participant codes: spotting a person interviewed twice without storing who they are.

A participant code is built from a few things a participant can say the same way every time
(first letter of their first name, of their mother's first name, day and month of birth, ...):
the questions a questionnaire names in its ``participant_code`` setting. The elements are
normalised (case, accents and spaces do not count) and only keyed digests are stored: one of
the whole code, and one per element of the code with that element left out, so that a code that
differs in exactly one element (a mistyped letter, a day and month swapped in one place) is
found by looking digests up, never by comparing raw elements.

A digest is HMAC-SHA256 with the team's random key, stretched by scrypt salted with the same
key (:func:`stretch`). The elements are few and guessable, so the digests are only as private
as the key: the key is never kept in the project file (see
:mod:`duodesk.storage.code_keys`), so a copy of the file alone confirms no guess at all; and
with the key, each guess still costs a scrypt (milliseconds and megabytes) instead of a
microsecond HMAC. The digests never leave the project (they are not part of any export).
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
    """The digests of one participant code (hex text).

    ``partial[i]`` is the digest with element ``i`` left out; empty when the code has too few
    elements for near matches to mean anything.
    """

    full: str
    partial: tuple[str, ...]

    def slots(self) -> list[tuple[int, str]]:
        """(slot, digest) pairs as stored: 0 for the full code, ``i + 1`` for ``partial[i]``."""
        return [(0, self.full), *((i + 1, d) for i, d in enumerate(self.partial))]


def code_digests(key: bytes, names: Sequence[str], elements: Sequence[str]) -> CodeDigests:
    """The digests of the code whose elements (answers to the questions ``names``) are
    ``elements``. ValueError if the two differ in length or there are none."""
    return many_code_digests(key, names, [elements])[0]


def many_code_digests(
    key: bytes, names: Sequence[str], codes: Sequence[Sequence[str]]
) -> list[CodeDigests]:
    """:func:`code_digests` of each of ``codes`` (an import's batch), stretched side by side:
    scrypt lets go of the interpreter lock, so every processor core works on them."""
    if not names or any(len(names) != len(elements) for elements in codes):
        raise ValueError(
            translate("Core", "a participant code needs one answer per element, and some elements")
        )
    left_outs: list[int | None] = [None]
    if len(names) >= MIN_ELEMENTS_FOR_NEAR_MATCH:
        left_outs += list(range(len(names)))

    def quick_digest(cleaned: list[str], left_out: int | None) -> str:
        parts = [
            f"{name}={'*' if i == left_out else value}"
            for i, (name, value) in enumerate(zip(names, cleaned, strict=True))
        ]
        message = ("duodesk-code-1" + _SEPARATOR + _SEPARATOR.join(parts)).encode("utf-8")
        return hmac.new(key, message, hashlib.sha256).hexdigest()

    quick = []
    for elements in codes:
        cleaned = [normalise_element(str(element)) for element in elements]
        quick.extend(quick_digest(cleaned, left_out) for left_out in left_outs)
    workers = min(len(quick), os.cpu_count() or 1)
    if workers > 1:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            stretched = list(pool.map(lambda d: stretch(key, d), quick))
    else:
        stretched = [stretch(key, d) for d in quick]
    size = len(left_outs)
    return [
        CodeDigests(stretched[i], tuple(stretched[i + 1 : i + size]))
        for i in range(0, len(stretched), size)
    ]


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
