"""DuoDesk's own words in the person's language, for the parts that must not need Qt.

Translations live in Qt Linguist files, ``resources/translations/<area>_<language>.ts``, made
and refreshed by ``packaging/translations.py`` (``pyside6-lupdate``). The screens translate
through Qt (``self.tr`` and a ``QTranslator`` per compiled ``.qm`` file); the core, the command
line and the exports, which must run without Qt, call :func:`translate` here, which reads the
same ``.ts`` files. A translator therefore keeps one set of files per language.

Write every sentence a person may see as ``translate("Context", "Text with {name}")`` and fill
the names afterwards with ``.format``; counted sentences pass ``n`` and say ``%n`` where the
number goes (``translate("Export", "%n interviews", n=count)``), so each language can choose its
own plural forms (the number is written as the language writes it, see :func:`number`). The
words of a questionnaire (its labels) are the questionnaire's own and are
never translated here.

The language ``"pseudo"`` wraps every sentence in ``[[ ]]``: the tests use it to find words
that do not go through translation.
"""

from __future__ import annotations

import configparser
import locale
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path

import platformdirs
from lxml import etree

from duodesk.resources import resources_dir

SOURCE_LANGUAGE = "en"
PSEUDO = "pseudo"
#: The interface languages, each named in its own words (as a language menu shows them).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ru": "Русский",
    "ar": "العربية",
}
RIGHT_TO_LEFT = frozenset({"ar"})


def _english_plural(n: int) -> int:
    return 0 if n == 1 else 1


def _french_plural(n: int) -> int:
    return 0 if n <= 1 else 1


def _russian_plural(n: int) -> int:
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 10 <= n % 100 <= 19:
        return 1
    return 2


def _arabic_plural(n: int) -> int:
    if n in (0, 1, 2):
        return n
    if 3 <= n % 100 <= 10:
        return 3
    if n % 100 >= 11:
        return 4
    return 5


# Which of a message's plural forms a count takes, in the order Qt Linguist lists the forms for
# the language (Qt's own rules in qtbase/src/corelib/kernel/qtranslator.cpp, written out here
# because the core cannot ask Qt).
_PLURAL_FORM: dict[str, Callable[[int], int]] = {
    "en": _english_plural,
    "es": _english_plural,
    "fr": _french_plural,
    "ru": _russian_plural,
    "ar": _arabic_plural,
}

_language = SOURCE_LANGUAGE


def translations_dir() -> Path:
    """The folder holding the ``.ts`` files (and, once built, the ``.qm`` files)."""
    return resources_dir() / "translations"


def language() -> str:
    """The interface language now in use (a key of :data:`LANGUAGES`, or ``"pseudo"``)."""
    return _language


def set_language(code: str | None) -> None:
    """Speak ``code`` from now on; an unknown or empty code means English."""
    global _language
    _language = code if code in LANGUAGES or code == PSEUDO else SOURCE_LANGUAGE


def is_right_to_left(code: str | None = None) -> bool:
    return (code or _language) in RIGHT_TO_LEFT


def system_language() -> str:
    """The interface language the computer's own settings ask for, English when none fits."""
    candidates = [os.environ.get(name, "") for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")]
    candidates.append(os.environ.get("LANG", ""))
    candidates.append(locale.getlocale()[0] or "")
    for candidate in candidates:
        for part in candidate.split(":"):
            code = part.split("_")[0].split(".")[0].split("-")[0].lower()
            if code in LANGUAGES:
                return code
    return SOURCE_LANGUAGE


def laptop_settings_path() -> Path:
    """The laptop's own settings file (``DUODESK_SETTINGS`` names another one; tests use it)."""
    chosen = os.environ.get("DUODESK_SETTINGS")
    if chosen:
        return Path(chosen)
    return Path(platformdirs.user_config_dir("DuoDesk", appauthor=False)) / "laptop.ini"


#: The laptop setting that keeps the interface language (``[interface] language=fr``).
LANGUAGE_SETTING = "interface/language"


def chosen_language() -> str:
    """The interface language to start in: ``DUODESK_LANGUAGE``, else the one chosen on this
    laptop, else the computer's own."""
    code = os.environ.get("DUODESK_LANGUAGE", "").strip()
    if not code:
        section, key = LANGUAGE_SETTING.split("/")
        settings = configparser.ConfigParser(interpolation=None)
        try:
            settings.read(laptop_settings_path(), encoding="utf-8")
            code = settings.get(section, key, fallback="")
        except (OSError, configparser.Error, UnicodeDecodeError):
            code = ""
    return code if code in LANGUAGES or code == PSEUDO else system_language()


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language; ``%n`` in it becomes ``n``."""
    if _language == PSEUDO:
        return "[[" + _fill_count(text, n) + "]]"
    if _language != SOURCE_LANGUAGE:
        forms = _catalogue(_language).get((context, text, disambiguation or ""))
        if forms:
            index = _PLURAL_FORM.get(_language, _english_plural)(n) if n >= 0 else 0
            chosen = forms[min(index, len(forms) - 1)]
            if chosen:
                return _fill_count(chosen, n)
    return _fill_count(text, n)


# How each language groups the digits of a large number written in a sentence (CLDR's
# separators: French a narrow no-break space, Russian a no-break space, Spanish a full stop
# from five digits on). Cells that hold numbers stay numbers; this is only for words.
_GROUPING: dict[str, tuple[str, int]] = {
    "en": (",", 4),
    "fr": ("\u202f", 4),
    "es": (".", 5),
    "ru": ("\u00a0", 5),
    "ar": (",", 4),  # with the Latin digits DuoDesk writes, as in North Africa and the Gulf
}
_DECIMAL_SEPARATOR = {"fr": ",", "es": ",", "ru": ","}
_BEFORE_PERCENT = {"fr": "\u202f", "es": "\u00a0", "ru": "\u00a0"}


def number(value: int) -> str:
    """A whole number written for a sentence in the interface language (``1,234`` in
    English, ``1 234`` in French)."""
    separator, from_digits = _GROUPING.get(_language, _GROUPING[SOURCE_LANGUAGE])
    digits = str(abs(value))
    if len(digits) >= from_digits:
        digits = f"{abs(value):,}".replace(",", separator)
    return ("-" if value < 0 else "") + digits


def number_text(text: str) -> str:
    """A number written the English way (``"1,234.5"``, ``"-3"``) as the interface language
    writes it in a sentence or a table of text (``"1 234,5"`` in French)."""
    whole, dot, decimals = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-").replace(",", "")
    if not digits.isdigit():
        return text
    whole = sign + number(int(digits)) if digits else sign
    return whole + (_DECIMAL_SEPARATOR.get(_language, ".") + decimals if dot else "")


def percent_text(text: str) -> str:
    """A percentage written the English way (``"25.0%"``) as the interface language writes it
    (``"25,0 %"`` in French)."""
    if not text.endswith("%"):
        return text
    return number_text(text[:-1]) + _BEFORE_PERCENT.get(_language, "") + "%"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Mark ``text`` for translation where it is written (a table of words, made before the
    language is known); :func:`translate` says it later with the same context."""
    del context
    return text


def _fill_count(text: str, n: int) -> str:
    return text.replace("%n", number(n)) if n >= 0 else text


@cache
def _catalogue(code: str) -> dict[tuple[str, str, str], list[str]]:
    """Every finished translation of the ``.ts`` files of ``code``: (context, source,
    disambiguation) -> its forms (one, or one per plural form)."""
    found: dict[tuple[str, str, str], list[str]] = {}
    folder = translations_dir()
    if not folder.is_dir():
        return found
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    for path in sorted(folder.glob(f"*_{code}.ts")):
        root = etree.parse(str(path), parser).getroot()
        for context in root.iter("context"):
            context_name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                    continue
                numerus = translation.findall("numerusform")
                forms = (
                    [form.text or "" for form in numerus] if numerus else [translation.text or ""]
                )
                key = (
                    context_name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                )
                found[key] = forms
    return found
