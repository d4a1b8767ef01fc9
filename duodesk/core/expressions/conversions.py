"""XPath 1.0 / JavaRosa conversions and comparisons between the value types.

Values are ``str``, ``float``, ``int``, ``bool``, ``date``, ``datetime`` and ``time``. ``None``
and ``''`` both mean "no answer". Numbers follow IEEE doubles: a blank in arithmetic gives NaN,
NaN makes ``=``, ``<`` and ``>`` false (and therefore ``!=`` true), and is shown as ``''``.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time
from decimal import Decimal

from .dates import DateLike, datetime_from_days, iso_text, parse_iso, to_days

NAN = math.nan
# XPath's Number production, plus the leading '+' that Java's parser also takes.
_NUMBER_TEXT = re.compile(r"\s*[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*")
_MAX_NUMBER_TEXT = 1_000  # longer text cannot be a sensible number; skip parsing it


def to_boolean(value: object) -> bool:
    """XPath ``boolean()``: non-empty text, a non-zero non-NaN number, any date -> True."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value != ""
    if isinstance(value, int | float):
        return value == value and value != 0  # NaN != NaN
    if value is None:
        return False
    if isinstance(value, tuple | list):
        return len(value) > 0
    return True  # dates and times


def to_number(value: object) -> float:
    """XPath ``number()``: text that is not a plain decimal number (``''`` too) gives NaN;
    true/false give 1/0; a date gives days since 1970-01-01 (see :mod:`dates`)."""
    if isinstance(value, float):
        return value
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int):
        try:
            return float(value)
        except OverflowError:
            return math.inf if value > 0 else -math.inf
    if isinstance(value, str):
        if len(value) > _MAX_NUMBER_TEXT or not _NUMBER_TEXT.fullmatch(value):
            return NAN
        return float(value)
    if isinstance(value, date | time):
        return to_days(value)
    if value is None:
        return NAN
    return to_number(to_string(value))


def number_text(value: float | int) -> str:
    """A number as XPath writes it: no exponent, no ``.0`` on whole numbers, NaN as ``NaN``."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value) if abs(value) < 10**300 else number_text(to_number(value))
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "0"
    if value.is_integer():
        return str(int(value))
    # Decimal(repr()) keeps the shortest digits that round-trip, without 1e-05 style exponents.
    return format(Decimal(repr(value)), "f")


def to_string(value: object) -> str:
    """XPath ``string()``: numbers as :func:`number_text`, booleans ``true``/``false``, dates
    ISO 8601, a select_multiple tuple as space-separated names, None as ``''``."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, date | time):
        return iso_text(value)
    if value is None:
        return ""
    if isinstance(value, tuple | list):
        return " ".join(to_string(v) for v in value)
    return str(value)


def to_display_string(value: object) -> str:
    """The value as a person should see it (and as a calculation stores it): like
    :func:`to_string`, except that NaN (a calculation over a blank answer) is ``''``."""
    if isinstance(value, float) and math.isnan(value):
        return ""
    return to_string(value)


def is_blank(value: object) -> bool:
    """True for the values that mean "no answer": None, ``''``, NaN, an empty tuple."""
    if value is None or value == "":
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return isinstance(value, tuple | list) and not value


def _as_date(value: object) -> DateLike | None:
    if isinstance(value, date | time):
        return value
    if isinstance(value, str):
        return parse_iso(value)
    return None


def _dates_pair(a: object, b: object) -> tuple[float, float] | None:
    """Day counts for ``a`` and ``b`` if one is a date and the other a date or ISO date text."""
    if not (isinstance(a, date | time) or isinstance(b, date | time)):
        return None
    first, second = _as_date(a), _as_date(b)
    if first is None or second is None:
        return None
    return to_days(first), to_days(second)


def equals(a: object, b: object) -> bool:
    """XPath ``=`` between two single values.

    Booleans if either side is a boolean; dates (as day counts) if one side is a date and the
    other a date or ISO date text; numbers if either side is a number (or a date); else text.
    """
    if type(a) is str and type(b) is str:  # the common case, checked first for speed
        return a == b
    if isinstance(a, bool) or isinstance(b, bool):
        return to_boolean(a) == to_boolean(b)
    if isinstance(a, date | time) or isinstance(b, date | time):
        days = _dates_pair(a, b)
        if days is not None:
            return days[0] == days[1]
        if _is_number(a) or _is_number(b):
            return to_number(a) == to_number(b)
        return to_string(a) == to_string(b)
    if _is_number(a) or _is_number(b):
        return to_number(a) == to_number(b)
    return to_string(a) == to_string(b)


def compare(op: str, a: object, b: object) -> bool:
    """XPath ``<``, ``<=``, ``>``, ``>=``: both sides as numbers (dates and ISO date texts as
    day counts when compared with a date or with each other); NaN makes the result false."""
    if type(a) in _PLAIN_NUMBERS and type(b) in _PLAIN_NUMBERS:  # fast path: no conversion
        x, y = a, b
    else:
        x, y = _relational_numbers(a, b)
    if op == "<":
        return x < y  # type: ignore[operator]
    if op == "<=":
        return x <= y  # type: ignore[operator]
    if op == ">":
        return x > y  # type: ignore[operator]
    return x >= y  # type: ignore[operator]


_PLAIN_NUMBERS = (int, float)


def _relational_numbers(a: object, b: object) -> tuple[float, float]:
    days = _dates_pair(a, b)
    if days is None and isinstance(a, str) and isinstance(b, str):
        # Two ISO date texts (a calculation's result is text) compare as the dates they name.
        first, second = parse_iso(a), parse_iso(b)
        if first is not None and second is not None:
            days = to_days(first), to_days(second)
    return days if days is not None else (to_number(a), to_number(b))


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def to_datetime(value: object) -> datetime | None:
    """A date-time for ``format-date`` and ``decimal-date-time``: dates at midnight, ISO texts,
    numbers as day counts; None when the value names no moment (blank, NaN, other text)."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, time):
        return None
    if isinstance(value, str):
        parsed = parse_iso(value)
        if isinstance(parsed, datetime):
            return parsed
        if isinstance(parsed, date):
            return datetime(parsed.year, parsed.month, parsed.day)
        return None
    if _is_number(value) or isinstance(value, bool):
        return datetime_from_days(to_number(value))
    return None
