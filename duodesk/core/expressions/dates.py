"""Dates and times as the expression language sees them.

JavaRosa turns a date into a number of days since 1970-01-01 for arithmetic and ``<``/``>``, so
``today() - ${dob}`` is an age in days; a date-time is a fractional day count (UTC when the value
carries an offset, taken as written when it does not), and a time of day is a fraction of a day.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime, time, timedelta

DateLike = date | datetime | time
EPOCH = date(1970, 1, 1)
_EPOCH_DATETIME = datetime(1970, 1, 1)
_EPOCH_AWARE = datetime(1970, 1, 1, tzinfo=UTC)
_SECONDS_PER_DAY = 86_400.0

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?"
)
_ISO_TIME = re.compile(r"\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?")

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def parse_iso(text: str) -> date | datetime | None:
    """``'YYYY-MM-DD'`` -> date, an ISO 8601 date-time -> datetime, anything else -> None.

    Only the forms ODK and KoboToolbox write are accepted; nothing is guessed.
    """
    text = text.strip()
    if len(text) > 40:
        return None
    try:
        if _ISO_DATE.fullmatch(text):
            return date.fromisoformat(text)
        if _ISO_DATETIME.fullmatch(text):
            return datetime.fromisoformat(text)
    except ValueError:  # 2024-02-30 has the right shape but is no date
        return None
    return None


def parse_iso_time(text: str) -> time | None:
    """``'HH:MM'``, ``'HH:MM:SS'``, ``'HH:MM:SS.fff'``, optionally with ``Z`` or an offset."""
    text = text.strip()
    if len(text) > 30 or not _ISO_TIME.fullmatch(text):
        return None
    try:
        return time.fromisoformat(text)
    except ValueError:
        return None


def to_days(value: DateLike) -> float:
    """Days since 1970-01-01 (whole for a date; a fraction of one day for a time of day)."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return (value - _EPOCH_AWARE).total_seconds() / _SECONDS_PER_DAY
        return (value - _EPOCH_DATETIME).total_seconds() / _SECONDS_PER_DAY
    if isinstance(value, date):
        return float((value - EPOCH).days)
    seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
    return seconds / _SECONDS_PER_DAY


def datetime_from_days(days: float) -> datetime | None:
    """The naive date-time ``days`` after 1970-01-01T00:00, or None if out of range."""
    if not math.isfinite(days) or abs(days) > 3_000_000:
        return None
    try:
        return _EPOCH_DATETIME + timedelta(days=days)
    except OverflowError:
        return None


def format_date(value: datetime, pattern: str) -> str:
    """ODK ``format-date``: %Y %y %m %n %b %d %e %a %H %h %M %S %3; other text is copied."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c != "%" or i + 1 == len(pattern):
            out.append(c)
            i += 1
            continue
        code = pattern[i + 1]
        i += 2
        out.append(_FORMATTERS[code](value) if code in _FORMATTERS else "%" + code)
    return "".join(out)


_FORMATTERS = {
    "Y": lambda v: f"{v.year:04d}",
    "y": lambda v: f"{v.year % 100:02d}",
    "m": lambda v: f"{v.month:02d}",
    "n": lambda v: str(v.month),
    "b": lambda v: _MONTHS[v.month - 1],
    "d": lambda v: f"{v.day:02d}",
    "e": lambda v: str(v.day),
    "a": lambda v: _WEEKDAYS[v.weekday()],
    "H": lambda v: f"{v.hour:02d}",
    "h": lambda v: str(v.hour),
    "M": lambda v: f"{v.minute:02d}",
    "S": lambda v: f"{v.second:02d}",
    "3": lambda v: f"{v.microsecond // 1000:03d}",
    "%": lambda v: "%",
}


def iso_text(value: DateLike) -> str:
    """ISO 8601 text: ``2024-01-05``, ``2024-01-05T10:20:30`` (+ offset), ``10:20:30``."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="milliseconds" if value.microsecond else "seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value.isoformat(timespec="milliseconds" if value.microsecond else "seconds")
