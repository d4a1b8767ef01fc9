"""Taking names and numbers out of a written answer before it is quoted.

A quote is a person's own words, and people name names and give numbers ("ask John Smith at
07700 900123"). Before a quote is shown or written, what could tell who someone is is replaced
with "[…]", by rules simple enough to explain to the group:

- web and e-mail addresses, and handles such as ``@name``;
- phone numbers (7 or more digits, with spaces, dots, dashes, brackets or a leading ``+``);
- dates written with figures (``12/03/2026``), and any run of 4 or more digits;
- words mixing letters and figures (postcodes such as ``G2 4JP``, flat numbers such as ``3B``);
- likely names: a word that starts with a capital letter and is not the first word of its
  sentence nor a word of the questionnaire's own questions and answers (one or more such words
  in a row become one "[…]"), together with a house number just before them
  ("12 Hope Street").

The rules can miss a name (one that starts a sentence, or is written in small letters, or in a
script without capitals) and can take out a word that was not one, so the group still reads
every quote before passing it on: the report and the Quotes screen say so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from duodesk.core.questionnaire import Group, Question, Questionnaire
from duodesk.i18n import translate

__all__ = ["deidentified", "questionnaire_words"]

_GAP = "\x00"  # stands for a part taken out, until neighbouring ones are joined

_ADDRESSES = re.compile(
    r"(?:https?://|www\.)\S+"  # web addresses
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|info|io|co|uk|ie|fr|es|ru|de|eu)\b\S*"
    r"|@\w+",  # handles
    re.IGNORECASE,
)
_PHONE = re.compile(r"\+?\(?\d[\d\s().-]{5,}\d")
_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
_LONG_NUMBER = re.compile(r"\d{4,}")
_MIXED = re.compile(r"\b(?=\w*\d)(?=\w*[^\W\d_])\w+\b")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_HOUSE_NUMBER = re.compile(r"\b\d{1,4}[a-zA-Z]?,?\s+" + _GAP)
_GAPS = re.compile(_GAP + r"(?:[\s,]*" + _GAP + ")*")
_SENTENCE_END = ".!?\n"
_OPENERS = " \t\"'“‘«([-–—"


def deidentified(text: str, known_words: Iterable[str] = ()) -> str:
    """``text`` with names, numbers and addresses replaced by "[…]" (see the module's rules).
    ``known_words`` are the questionnaire's own words (:func:`questionnaire_words`), never
    taken for names."""
    known = {word.casefold() for word in known_words}
    text = text.replace(_GAP, "")
    text = _ADDRESSES.sub(_GAP, text)
    text = _PHONE.sub(_phone_or_kept, text)
    text = _DATE.sub(_GAP, text)
    text = _LONG_NUMBER.sub(_GAP, text)
    text = _MIXED.sub(_GAP, text)
    text = _WORD.sub(lambda match: _name_or_kept(match, known), text)
    text = _HOUSE_NUMBER.sub(_GAP, text)
    return _GAPS.sub(translate("Quotes", "[…]"), text)


def _phone_or_kept(match: re.Match[str]) -> str:
    digits = sum(c.isdigit() for c in match.group())
    return _GAP if digits >= 7 else match.group()


def _name_or_kept(match: re.Match[str], known: set[str]) -> str:
    word = match.group()
    if not word[0].isupper() or len(word) < 2 or word.isupper():
        return word  # not capitalised, "I", or letters such as "NHS"
    if word.casefold() in known or _starts_sentence(match.string, match.start()):
        return word
    return _GAP


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(_OPENERS)
    return not before or before[-1] in _SENTENCE_END


def questionnaire_words(questionnaire: Questionnaire) -> set[str]:
    """Every word of the questionnaire's titles, questions, hints and answers to choose from
    (in every language it has), which a quote may use without naming anyone. Lists read from
    a file (villages, places) are left out: their words are places."""
    texts: list[str] = [questionnaire.title]
    for item, _groups in questionnaire.walk():
        if isinstance(item, Question | Group):
            texts += list(item.label.values())
            texts += list(getattr(item, "hint", {}).values())
    for choices in questionnaire.choice_lists.values():
        if choices.source:
            continue
        for choice in choices.rows:
            texts += list(choice.label.values())
    return {word for text in texts for word in _WORD.findall(str(text))}
