"""Answer values: the one place that converts between typed answers and text.

Typed answers, by question type (``None`` always means "no answer"):

========================  =====================================================================
text, calculate,          ``str`` (a calculation's result is kept as the text ODK would store)
deviceid, username
integer                   ``int`` within 64-bit signed range
decimal                   ``float``, finite (an :class:`ExactDecimal` when typed with more
                          digits than a float holds)
select_one                ``str``, the choice *name*
select_multiple           ``tuple[str, ...]`` of choice names in the choice list's order, no
                          duplicates, never empty
date, today               ``datetime.date``
time                      ``datetime.time`` (with its offset if it had one)
dateTime, start, end      ``datetime.datetime`` (aware or naive, as given)
geopoint, start-geopoint  ``str``: ``"latitude longitude [altitude [accuracy]]"``, checked
geotrace, geoshape        ``str``: points as above joined by ``";"`` (a line needs 2, a shape 3)
image, audio, video,      ``str``, the attached file's name
file, background-audio
barcode, hidden, phone    ``str``
metadata
range                     ``int``, or ``float`` when a bound or the step has decimals; within
                          its bounds and on a step
acknowledge, trigger      ``"OK"``
note, audit               always ``None``
========================  =====================================================================

:func:`parse_answer` reads what people and other tools write (ODK/KoboToolbox exports, Excel
cells) and explains refusals in plain English; :func:`to_text` / :func:`from_text` are the exact,
canonical storage form; :func:`to_xpath` is the value as expressions see it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal, localcontext

from duodesk.i18n import translate

from .expressions.conversions import number_text
from .expressions.dates import parse_iso, parse_iso_time
from .questionnaire import EXTERNAL_CHOICES, ChoiceList, Question, QuestionType

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1

_WHOLE = re.compile(r"[+-]?(\d{1,30})(?:\.0*)?")
_DECIMAL = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,4})?")
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:[, ]\d{3})+(?:\.\d*)?")
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d+")
_DAY_FIRST = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
_DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")
# openpyxl gives a time-only Excel cell one of these dates when it returns a datetime.
_EXCEL_TIME_BASES = (date(1899, 12, 30), date(1899, 12, 31), date(1900, 1, 1))
_MAX_CHOICES_SHOWN = 12
# What DuoDesk's own exports write in a question's cell when there is no answer to give: the
# question was skipped by the logic, or the interview's questionnaire version did not have it
# (duodesk.exports.layout.NOT_ASKED / NOT_IN_VERSION). Read back as "no answer given".
EXPORT_MARKERS = ("not asked", "not in version")


class AnswerError(ValueError):
    """An answer that does not fit its question; ``reason`` is a sentence for a person."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def parse_answer(question: Question, raw: object, choices: ChoiceList | None = None) -> object:
    """The typed answer (see the module table) for ``raw``, or None for a blank.

    ``raw`` may be text as typed or exported by ODK/KoboToolbox, or a native value from a
    spreadsheet cell (int, float, ``date``/``datetime``/``time``). Blank or whitespace-only text,
    ``None`` and NaN are "no answer". With ``choices``, select answers must name choices in it;
    without, any names are taken. Raises :class:`AnswerError` with the reason otherwise.
    """
    if raw is None or (isinstance(raw, float) and math.isnan(raw)):
        return None
    if isinstance(raw, str):
        raw = raw.strip()
        if not raw:
            return None
    if question.type.is_select:
        return _select(question, raw, choices)
    if question.type is QuestionType.RANGE:
        return _range(question)(raw)
    return _READERS.get(question.type, _text)(raw)


def to_text(question: Question, value: object) -> str:
    """The canonical storage text for a typed answer (``''`` for None); see :func:`from_text`.

    ISO 8601 for dates and times, space-separated names for select_multiple, ``'42'`` for
    integers and the shortest exact decimal for decimals (``'1.5'``, never ``'1.5000000001'``);
    a decimal typed with more digits than a float holds keeps them all (see
    :class:`ExactDecimal`).
    """
    if value is None:
        return ""
    kind = question.type
    if kind is QuestionType.SELECT_MULTIPLE:
        names = value.split() if isinstance(value, str) else value
        return " ".join(str(name) for name in names)  # type: ignore[union-attr]
    if kind.is_numeric:
        whole = kind is QuestionType.INTEGER or (
            kind is QuestionType.RANGE and isinstance(value, int)
        )
        if whole:
            return number_text(_integer(value))
        number = _decimal(value)
        if isinstance(number, ExactDecimal):
            return number.text
        if number.is_integer() and abs(number) > 2**53:
            # The digits of the decimal the double stands for (1e300 typed is 1 and 300
            # zeros), not of the double's binary value (10000000000000000525047602...).
            return format(Decimal(repr(number)), "f")
        return number_text(number)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, str):
        return value
    return _text(value)


def from_text(question: Question, text: str) -> object:
    """The typed answer stored as ``text`` by :func:`to_text` (None for ``''``).

    ``from_text(q, to_text(q, v)) == v`` for every valid typed answer ``v``. Text answers come
    back exactly as stored, spaces included. Raises :class:`AnswerError` for text that is not a
    valid answer of the question's type.
    """
    if text == "":
        return None
    if question.type.is_select:
        names = text.split()
        if question.type is QuestionType.SELECT_ONE:
            return text
        return tuple(dict.fromkeys(names)) or None
    if question.type is not QuestionType.RANGE and _READERS.get(question.type, _text) is _text:
        return text
    return parse_answer(question, text)


def to_xpath(question: Question, value: object) -> object:
    """The answer as the expression language sees it: ``''`` for None, ``'a c'`` for a
    select_multiple, numbers as numbers, dates as dates."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return " ".join(value)
    return value


def _shown(raw: object) -> str:
    text = raw if isinstance(raw, str) else repr(raw) if isinstance(raw, bool) else str(raw)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"'{text}'"


def _text(raw: object) -> str:
    if isinstance(raw, str):
        return raw
    if isinstance(raw, bool):
        return "true" if raw else "false"
    if isinstance(raw, int | float | Decimal):
        return number_text(float(raw) if isinstance(raw, Decimal) else raw)
    if isinstance(raw, datetime | date | time):
        return raw.isoformat()
    raise AnswerError(translate("Core", "{raw} cannot be read as text").format(raw=_shown(raw)))


def _integer(raw: object) -> int:
    if isinstance(raw, bool | datetime | date | time):
        raise AnswerError(translate("Core", "{raw} is not a whole number").format(raw=_shown(raw)))
    if isinstance(raw, int):
        value = raw
    elif isinstance(raw, float | Decimal):
        if not math.isfinite(raw) or raw != int(raw):
            raise AnswerError(
                translate("Core", "{raw} is not a whole number").format(raw=_shown(raw))
            )
        value = int(raw)
    elif isinstance(raw, str):
        match = _WHOLE.fullmatch(raw)
        if match is None:
            hint = " " + _without_separators() if _THOUSANDS.fullmatch(raw) else ""
            raise AnswerError(
                translate("Core", "{raw} is not a whole number{hint}").format(
                    raw=_shown(raw), hint=hint
                )
            )
        value = int(raw.split(".")[0])
    else:
        raise AnswerError(translate("Core", "{raw} is not a whole number").format(raw=_shown(raw)))
    if not INT64_MIN <= value <= INT64_MAX:
        raise AnswerError(
            translate(
                "Core", "{raw} is too large for a whole number (the limit is {int64_max:,})"
            ).format(raw=_shown(raw), int64_max=INT64_MAX)
        )
    return value


class ExactDecimal(float):
    """A decimal answer that no float holds as typed (``1.123456789012345678``): the nearest
    float, for arithmetic and expressions, carrying the typed digits in ``text`` (no exponent,
    no trailing zeros) so that :func:`to_text` stores them exactly."""

    text: str

    def __new__(cls, value: float, text: str) -> ExactDecimal:
        number = super().__new__(cls, value)
        number.text = text
        return number


EXACT_TEXT_LIMIT = 400  # longest exact text kept; a longer one that no double holds is refused


def _without_separators() -> str:
    return translate("Core", "(write it without commas or spaces)")


def _decimal(raw: object) -> float:
    if isinstance(raw, ExactDecimal):
        return raw
    if isinstance(raw, bool | datetime | date | time):
        raise AnswerError(translate("Core", "{raw} is not a number").format(raw=_shown(raw)))
    if isinstance(raw, str):
        if len(raw) > 400 or not _DECIMAL.fullmatch(raw):
            hint = ""
            if _DECIMAL_COMMA.fullmatch(raw):
                hint = " " + translate("Core", "(use a point for decimals, as in 1.5)")
            if _THOUSANDS.fullmatch(raw):
                hint = " " + _without_separators()
            raise AnswerError(
                translate("Core", "{raw} is not a number{hint}").format(raw=_shown(raw), hint=hint)
            )
    elif not isinstance(raw, int | float | Decimal):
        raise AnswerError(translate("Core", "{raw} is not a number").format(raw=_shown(raw)))
    try:
        value = float(raw)  # type: ignore[arg-type]
    except OverflowError:
        value = math.inf
    if not math.isfinite(value):
        raise AnswerError(
            translate("Core", "{raw} is too large to store as a number").format(raw=_shown(raw))
        )
    if isinstance(raw, str | Decimal):
        exact = Decimal(raw)
        if exact.is_zero():
            return 0.0  # -0 is 0
        if exact != Decimal(repr(value)) and exact != Decimal(value):
            with localcontext() as context:
                context.prec = len(exact.as_tuple().digits)  # normalize() must not round
                text = format(exact.normalize(), "f")
            if len(text) <= EXACT_TEXT_LIMIT:
                return ExactDecimal(value, text)
            # The nearest double would be another number (1e-400 would be 0): refused.
            raise AnswerError(
                translate(
                    "Core",
                    "{raw} would need more than {limit} digits written out; write it with fewer "
                    "digits, or nearer to 1",
                ).format(raw=_shown(raw), limit=EXACT_TEXT_LIMIT)
            )
    return value


def _date(raw: object) -> date:
    if isinstance(raw, datetime):
        if raw.time() != time(0, 0):
            raise AnswerError(
                translate(
                    "Core", "{raw} has a time of day; this question takes a date only"
                ).format(raw=_shown(raw))
            )
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, str):
        parsed = parse_iso(raw)
        if isinstance(parsed, datetime) and parsed.time() == time(0, 0):
            return parsed.date()
        if type(parsed) is date:
            return parsed
        if isinstance(parsed, datetime):
            raise AnswerError(
                translate(
                    "Core", "{raw} has a time of day; this question takes a date only"
                ).format(raw=_shown(raw))
            )
        if _DATE_SHAPE.fullmatch(raw):
            raise AnswerError(translate("Core", "{raw} is not a real date").format(raw=_shown(raw)))
        if _DAY_FIRST.fullmatch(raw):
            raise AnswerError(
                translate(
                    "Core",
                    "{raw} is not written as YYYY-MM-DD; DuoDesk does not guess whether a "
                    "date like 05/01/2024 means 5 January or May 1",
                ).format(raw=_shown(raw))
            )
    raise AnswerError(
        translate("Core", "{raw} is not a date written as YYYY-MM-DD").format(raw=_shown(raw))
    )


def _time(raw: object) -> time:
    if isinstance(raw, datetime):
        if raw.date() in _EXCEL_TIME_BASES:
            return raw.timetz()
        raise AnswerError(
            translate("Core", "{raw} is a date and time; this question takes a time only").format(
                raw=_shown(raw)
            )
        )
    if isinstance(raw, time):
        return raw
    if isinstance(raw, str):
        parsed = parse_iso_time(raw)
        if parsed is not None:
            return parsed
    raise AnswerError(
        translate("Core", "{raw} is not a time written as HH:MM or HH:MM:SS").format(
            raw=_shown(raw)
        )
    )


def _datetime(raw: object) -> datetime:
    if isinstance(raw, datetime):
        return raw
    if isinstance(raw, date):
        return datetime(raw.year, raw.month, raw.day)
    if isinstance(raw, str):
        parsed = parse_iso(raw)
        if isinstance(parsed, datetime):
            return parsed
        if isinstance(parsed, date):
            return datetime(parsed.year, parsed.month, parsed.day)
        if _DAY_FIRST.match(raw):
            raise AnswerError(
                translate(
                    "Core",
                    "{raw} is not written as YYYY-MM-DDTHH:MM:SS; DuoDesk does not guess "
                    "whether a date like 05/01/2024 means 5 January or May 1",
                ).format(raw=_shown(raw))
            )
    raise AnswerError(
        translate("Core", "{raw} is not a date and time written as YYYY-MM-DDTHH:MM:SS").format(
            raw=_shown(raw)
        )
    )


RANGE_LIMIT = 10**15  # a range's bounds and step: beyond these they are a mistake
RANGE_DECIMALS = 10


def range_bounds(question: Question) -> tuple[Decimal, Decimal, Decimal]:
    """A range question's (start, end, step) from its ``parameters`` (ODK's defaults: 1, 10,
    1). ``start`` may be above ``end`` (a scale that counts down). Raises :class:`AnswerError`
    for bounds that are not numbers or a step of 0."""
    parameters = question.parameters
    bounds = []
    for key, default in (("start", "1"), ("end", "10"), ("step", "1")):
        text = parameters.get(key, default)
        try:
            number = Decimal(text)
        except ArithmeticError:
            number = Decimal("NaN")
        if not number.is_finite():
            raise AnswerError(
                translate("Core", 'the range\'s {key} "{text}" is not a number').format(
                    key=key, text=text
                )
            )
        if abs(number) > RANGE_LIMIT or number.as_tuple().exponent < -RANGE_DECIMALS:  # type: ignore[operator]
            raise AnswerError(
                translate(
                    "Core",
                    'the range\'s {key} "{text}" is too large or has too many decimals (at '
                    "most {range_decimals} decimals, and below {range_limit:,})",
                ).format(key=key, text=text, range_decimals=RANGE_DECIMALS, range_limit=RANGE_LIMIT)
            )
        bounds.append(number)
    if bounds[2] == 0:
        raise AnswerError(translate("Core", "the range's step is 0"))
    return bounds[0], bounds[1], abs(bounds[2])


def range_is_whole(question: Question) -> bool:
    """True when a range question takes whole numbers (no bound or step has decimals)."""
    return all(bound == bound.to_integral_value() for bound in range_bounds(question))


def _range(question: Question) -> Callable[[object], object]:
    def read(raw: object) -> object:
        start, end, step = range_bounds(question)
        low, high = min(start, end), max(start, end)
        whole = range_is_whole(question)
        value = _integer(raw) if whole else _decimal(raw)
        exact = Decimal(str(value))
        shown = f"from {number_text(float(low))} to {number_text(float(high))}"
        if not low <= exact <= high:
            raise AnswerError(
                translate("Core", "{raw} is outside the range {shown}").format(
                    raw=_shown(raw), shown=shown
                )
            )
        try:
            on_a_step = (exact - start) % step == 0
        except ArithmeticError:  # beyond Decimal's precision: too fine to be a step
            on_a_step = False
        if not on_a_step:
            raise AnswerError(
                translate(
                    "Core",
                    "{raw} is not one of the steps of the range {shown} (in steps of {value})",
                ).format(raw=_shown(raw), shown=shown, value=number_text(float(step)))
            )
        return value

    return read


def _location(kind: QuestionType) -> Callable[[object], str]:
    at_least = {QuestionType.GEOTRACE: 2, QuestionType.GEOSHAPE: 3}.get(kind, 1)
    several = at_least > 1

    def read(raw: object) -> str:
        if not isinstance(raw, str):
            raise AnswerError(
                translate("Core", "{raw} is not a location written as latitude longitude").format(
                    raw=_shown(raw)
                )
            )
        parts = [part.strip() for part in raw.split(";")]
        points = [part for part in parts if part]
        if not several and len(points) > 1:
            raise AnswerError(
                translate("Core", "{raw} has several points; this question takes one").format(
                    raw=_shown(raw)
                )
            )
        if len(points) < at_least:
            what = "a line" if kind is QuestionType.GEOTRACE else "a shape"
            raise AnswerError(
                translate("Core", "{raw}: {what} needs at least {at_least} points").format(
                    raw=_shown(raw), what=what, at_least=at_least
                )
            )
        return ";".join(_geopoint(point, raw) for point in points)

    return read


def _geopoint(point: str, raw: str) -> str:
    """One point, "latitude longitude [altitude [accuracy]]", in canonical text."""
    numbers = point.replace(",", " ").split()
    if not 2 <= len(numbers) <= 4:
        raise AnswerError(
            translate(
                "Core",
                "{raw} is not a location: write the latitude and longitude, as in 55.95 "
                "-3.19 (altitude and accuracy may follow)",
            ).format(raw=_shown(raw))
        )
    values = []
    for text in numbers:
        if not _DECIMAL.fullmatch(text):
            raise AnswerError(
                translate("Core", "{raw}: {text} is not a number").format(
                    raw=_shown(raw), text=_shown(text)
                )
            )
        values.append(float(text))
    latitude, longitude = values[0], values[1]
    if not -90 <= latitude <= 90:
        raise AnswerError(
            translate("Core", "{raw}: the latitude must be between -90 and 90").format(
                raw=_shown(raw)
            )
        )
    if not -180 <= longitude <= 180:
        raise AnswerError(
            translate("Core", "{raw}: the longitude must be between -180 and 180").format(
                raw=_shown(raw)
            )
        )
    if len(values) == 4 and values[3] < 0:
        raise AnswerError(
            translate("Core", "{raw}: the accuracy cannot be negative").format(raw=_shown(raw))
        )
    return " ".join(number_text(value) for value in values)


def _acknowledged(raw: object) -> str:
    text = _text(raw).strip().lower()
    if text in ("ok", "1", "true", "yes"):
        return "OK"
    raise AnswerError(
        translate("Core", "{raw} should be OK (acknowledged) or empty").format(raw=_shown(raw))
    )


def _no_answer(raw: object) -> None:
    raise AnswerError(
        translate("Core", "A note takes no answer, but it was given {raw}").format(raw=_shown(raw))
    )


def _choice_name(raw: object) -> str:
    if isinstance(raw, str):
        return raw.strip()
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return number_text(raw)  # a cell holding 1 names the choice '1'
    raise AnswerError(translate("Core", "{raw} is not a choice name").format(raw=_shown(raw)))


def _select(question: Question, raw: object, choices: ChoiceList | None) -> object:
    multiple = question.type is QuestionType.SELECT_MULTIPLE
    if isinstance(raw, tuple | list | set | frozenset):
        names = [_choice_name(item) for item in raw]
        names = [part for name in names for part in name.split()]
    else:
        name = _choice_name(raw)
        words = name.split()
        if (
            choices is not None
            and len(words) > 1
            and (not set(words) & choices.names or _is_a_label(name, choices))
        ):
            # Not several choice names: most often a label ("Don't know") exported in place
            # of the choice's name.
            raise AnswerError(_not_a_choice([name], choices))
        if not multiple and len(words) > 1:
            raise AnswerError(
                translate(
                    "Core", "{raw} names more than one choice; this question takes one answer"
                ).format(raw=_shown(raw))
            )
        names = words
    if not names:
        return None
    if choices is not None:
        known = choices.names
        unknown = [name for name in dict.fromkeys(names) if name not in known]
        if unknown:
            raise AnswerError(_not_a_choice(unknown, choices))
        chosen = set(names)
        names = [choice.name for choice in choices.choices if choice.name in chosen]
    if multiple:
        return tuple(dict.fromkeys(names))
    return names[0]


def _is_a_label(text: str, choices: ChoiceList) -> bool:
    folded = text.strip().casefold()
    return any(
        label.strip().casefold() == folded
        for choice in choices.choices
        for label in choice.label.values()
    )


def _not_a_choice(unknown: list[str], choices: ChoiceList) -> str:
    if not choices.choices and choices.source:  # a list whose file was not added yet
        where = choices.source
        if where == EXTERNAL_CHOICES:
            where = translate("Core", "the external choices")
        return translate(
            "Core",
            "the choices come from {where}, which was not added with the questionnaire; add it "
            "first",
        ).format(where=where)
    listed = [choice.name for choice in choices.choices[:_MAX_CHOICES_SHOWN]]
    more = ", ..." if len(choices.choices) > _MAX_CHOICES_SHOWN else ""
    shown = ", ".join(_shown(name) for name in unknown[:5])
    if len(unknown) == 1:
        reason = translate("Core", "{answer} is not one of the choices: {choices}")
    else:
        reason = translate("Core", "{answers} are not among the choices: {choices}")
    reason = reason.format(answer=shown, answers=shown, choices=", ".join(listed) + more)
    label_of = {
        label.strip().casefold(): choice.name
        for choice in choices.choices
        for label in choice.label.values()
    }
    match = label_of.get(unknown[0].casefold())
    if match is not None:
        reason += " " + translate(
            "Core", "({label} is the label of {name}; use choice names)"
        ).format(label=_shown(unknown[0]), name=_shown(match))
    return reason


_READERS: dict[QuestionType, Callable[[object], object]] = {
    QuestionType.TEXT: _text,
    QuestionType.CALCULATE: _text,
    QuestionType.DEVICEID: _text,
    QuestionType.USERNAME: _text,
    QuestionType.PHONENUMBER: _text,
    QuestionType.SUBSCRIBERID: _text,
    QuestionType.SIMSERIAL: _text,
    QuestionType.EMAIL: _text,
    QuestionType.INTEGER: _integer,
    QuestionType.DECIMAL: _decimal,
    QuestionType.DATE: _date,
    QuestionType.TODAY: _date,
    QuestionType.TIME: _time,
    QuestionType.DATETIME: _datetime,
    QuestionType.START: _datetime,
    QuestionType.END: _datetime,
    QuestionType.NOTE: _no_answer,
    QuestionType.AUDIT: _no_answer,
    QuestionType.GEOPOINT: _location(QuestionType.GEOPOINT),
    QuestionType.START_GEOPOINT: _location(QuestionType.GEOPOINT),
    QuestionType.BACKGROUND_GEOPOINT: _location(QuestionType.GEOPOINT),
    QuestionType.GEOTRACE: _location(QuestionType.GEOTRACE),
    QuestionType.GEOSHAPE: _location(QuestionType.GEOSHAPE),
    QuestionType.ACKNOWLEDGE: _acknowledged,
    QuestionType.TRIGGER: _acknowledged,
}


def choice_by_label(question: Question, raw: object, choices: ChoiceList | None) -> object:
    """A choice question's answer written as its label(s), as DuoDesk exports it with labels
    ("Female"; several as "City; Regional"); None when the text names no choice. A choice's
    name always wins over another's label (see :func:`parse_answer`)."""
    if choices is None or not isinstance(raw, str) or not raw.strip():
        return None
    by_label: dict[str, str] = {}
    for choice in choices.choices:
        for label in choice.label.values():
            by_label.setdefault(label.strip().casefold(), choice.name)
    whole = by_label.get(raw.strip().casefold())
    if question.type is QuestionType.SELECT_ONE:
        return whole
    if question.type is not QuestionType.SELECT_MULTIPLE:
        return None
    if whole is not None:
        return (whole,)
    names = [by_label.get(part.strip().casefold()) for part in raw.split(";")]
    if None in names:
        return None
    chosen = set(names)
    return tuple(c.name for c in choices.choices if c.name in chosen)


def is_export_marker(value: object) -> bool:
    """Whether a cell holds one of :data:`EXPORT_MARKERS` (any case, spaces around)."""
    return isinstance(value, str) and value.strip().lower() in EXPORT_MARKERS
