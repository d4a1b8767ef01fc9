"""Counts in plain English: "1 interview", "2 interviews", never "1 interviews".

Written by hand: the screens need only a word's singular and plural, which the caller knows;
a grammar library would add a dependency for one line.
"""

from __future__ import annotations


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """``number`` and the word that goes with it, with thousands separated: ``counted(1,
    "interview")`` is "1 interview", ``counted(1200, "person", "people")`` "1,200 people"."""
    word = singular if number == 1 else (plural if plural is not None else f"{singular}s")
    return f"{number:,} {word}"
