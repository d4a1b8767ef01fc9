"""The functions an expression may call, with their argument counts.

Each implementation takes already-evaluated arguments and returns a value; none raises for any
input (bad input gives NaN or ``''`` as in JavaRosa) and none takes time or memory beyond a bound
set here. ``if``, ``once``, ``today``, ``now`` and ``jr:choice-name`` need laziness, the clock
or the choice lists and are evaluated by :mod:`evaluator`; they are listed here only for their
argument counts.
"""

from __future__ import annotations

import itertools
import math
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from duodesk.i18n import translate

from . import nodesets, safe_regex
from .conversions import is_blank, to_boolean, to_datetime, to_number, to_string
from .dates import format_date, parse_iso, to_days

MAX_STRING_LENGTH = 1_000_000
"""Longest text ``concat`` builds; longer results are cut (a bound on memory, not a format)."""

NAN = math.nan
Impl = Callable[..., object]


@dataclass(frozen=True)
class FunctionSpec:
    minimum: int
    maximum: int | None  # None: any number of arguments
    impl: Impl | None  # None: evaluated specially by the evaluator

    def accepts(self, count: int) -> bool:
        return count >= self.minimum and (self.maximum is None or count <= self.maximum)

    def arity_text(self) -> str:
        """'takes 2 arguments' etc., for messages about a wrong count, in the interface
        language (English says "argument" for one, the other languages choose by ``%n``)."""
        minimum, maximum = self.minimum, self.maximum
        if maximum is None:
            if minimum == 1:
                return translate("Core", "takes at least %n argument", None, minimum)
            return translate("Core", "takes at least %n arguments", None, minimum)
        if minimum == maximum:
            if not minimum:
                return translate("Core", "takes no arguments")
            if minimum == 1:
                return translate("Core", "takes %n argument", None, minimum)
            return translate("Core", "takes %n arguments", None, minimum)
        if maximum == 1:
            words = translate("Core", "takes {minimum} to %n argument", None, maximum)
        else:
            words = translate("Core", "takes {minimum} to %n arguments", None, maximum)
        return words.format(minimum=minimum)


def _names(value: object) -> list[str]:
    return to_string(value).split()


def _selected(value: object, choice: object) -> bool:
    return to_string(choice).strip() in _names(value)


def _count_selected(value: object) -> int:
    return len(_names(value))


def _selected_at(value: object, index: object) -> str:
    names = _names(value)
    i = to_number(index)
    if not math.isfinite(i) or not i.is_integer() or not 0 <= i < len(names):
        return ""
    return names[int(i)]


def _coalesce(a: object, b: object) -> object:
    return b if is_blank(a) else a


def _regex(value: object, pattern: object) -> bool:
    """Unanchored search, as ODK's regex(); False for an unusable pattern or oversize text."""
    try:
        program = safe_regex.compile_pattern(to_string(pattern))
    except safe_regex.PatternError:
        return False
    return safe_regex.search(program, to_string(value)) is True


def _int(value: object) -> int | float:
    number = to_number(value)
    return number if not math.isfinite(number) else math.trunc(number)


def _round(value: object, digits: object = 0.0) -> float:
    """Half away from zero, like JavaRosa's BigDecimal ROUND_HALF_UP."""
    number, places = to_number(value), to_number(digits)
    if not math.isfinite(number) or math.isnan(places):
        return number
    places = max(-400.0, min(400.0, places))
    with localcontext() as context:
        context.prec = 1_000
        try:
            rounded = Decimal(repr(number)).quantize(
                Decimal(1).scaleb(-int(places)), rounding=ROUND_HALF_UP
            )
        except InvalidOperation:  # pragma: no cover - precision is ample for any double
            return number
    return float(rounded)


def _concat(*values: object) -> str:
    total = 0
    parts: list[str] = []
    for value in values:
        text = to_string(value)
        parts.append(text[: MAX_STRING_LENGTH - total])
        total += len(parts[-1])
    return "".join(parts)


def _substr(value: object, start: object, end: object = None) -> str:
    """0-based ``start``, exclusive ``end`` (ODK's substr, not XPath's 1-based substring)."""
    text = to_string(value)
    first = to_number(start)
    last = float(len(text)) if end is None else to_number(end)
    if math.isnan(first) or math.isnan(last):
        return ""
    first = max(0.0, min(first, float(len(text))))
    last = max(0.0, min(last, float(len(text))))
    return text[int(first) : int(last)]


def _extreme(pick: Callable[..., float]) -> Impl:
    def extreme(*values: object) -> float:
        numbers = [to_number(v) for v in values]
        return NAN if any(math.isnan(n) for n in numbers) else pick(numbers)

    return extreme


def _date(value: object) -> object:
    """A date from a date, a date-time, ISO text or a day count; ``''`` when there is none."""
    if isinstance(value, str):
        parsed = parse_iso(value)
        if parsed is None:
            return ""
        value = parsed
    moment = to_datetime(value)
    return "" if moment is None else moment.date()


def _decimal_date_time(value: object) -> float:
    moment = to_datetime(value)
    return NAN if moment is None else to_days(moment)


def _format_date(value: object, pattern: object) -> str:
    moment = to_datetime(value)
    return "" if moment is None else format_date(moment, to_string(pattern))


def _pow(base: object, exponent: object) -> float:
    try:
        return math.pow(to_number(base), to_number(exponent))
    except OverflowError:
        return math.inf
    except ValueError:  # a negative number to a fractional power, for instance
        return NAN


def _real(operation: Callable[..., float]) -> Impl:
    """ODK's functions of real numbers (``cos()``, ``log()``, ``atan2()``...), with Java's
    answers where Python's ``math`` raises: NaN outside the domain (``acos(2)``,
    ``cos(inf)``), infinity on overflow (``exp(1000)``)."""

    def apply(*values: object) -> float:
        try:
            return float(operation(*(to_number(v) for v in values)))
        except OverflowError:
            return math.inf
        except ValueError:
            return NAN

    return apply


def _log(operation: Callable[[float], float]) -> Callable[[float], float]:
    """``log(0)`` is minus infinity, as in Java (Python's ``math.log`` raises)."""
    return lambda number: -math.inf if number == 0 else operation(number)


def _math(operation: Callable[[float], float]) -> Impl:
    def apply(value: object) -> float:
        number = to_number(value)
        if math.isnan(number):
            return NAN
        if math.isinf(number):  # floor(inf) would raise; the XPath answer is inf itself
            if operation is math.sqrt:
                return number if number > 0 else NAN
            return abs(number) if operation is abs else number
        try:
            return float(operation(number))
        except ValueError:  # sqrt of a negative number
            return NAN

    return apply


def _boolean_from_string(value: object) -> bool:
    return to_string(value).strip() in ("true", "1")


# ODK's earth: JavaRosa measures on a sphere of the equatorial radius, in metres.
EARTH_RADIUS_METRES = 6_378_100.0
MAX_POINTS = 100_000


def _points(*values: object) -> list[tuple[float, float]] | None:
    """(latitude, longitude) of each point of a geotrace / geoshape text, or of several
    geopoints; None when any point is not one."""
    texts = [part for value in values for part in to_string(value).split(";")]
    points = []
    for text in texts[:MAX_POINTS]:
        numbers = text.split()
        if not numbers:
            continue
        try:
            latitude, longitude = float(numbers[0]), float(numbers[1])
        except (IndexError, ValueError):
            return None
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            return None
        points.append((latitude, longitude))
    return points


def _area(value: object) -> float:
    """ODK's area() of a shape, in square metres (JavaRosa's formula: each point projected onto
    a plane through the first, then the shoelace sum); NaN for text that is not a shape."""
    points = _points(value)
    if points is None:
        return NAN
    if len(points) < 3:
        return 0.0
    circumference = 2 * math.pi * EARTH_RADIUS_METRES
    first_lat, first_lon = points[0]
    xs, ys = [], []
    for latitude, longitude in points[1:]:
        ys.append((latitude - first_lat) * circumference / 360.0)
        xs.append(
            (longitude - first_lon) * circumference * math.cos(math.radians(latitude)) / 360.0
        )
    total = sum((ys[i - 1] * xs[i] - xs[i - 1] * ys[i]) / 2 for i in range(1, len(xs)))
    return abs(total)


def _distance(*values: object) -> float:
    """ODK's distance() along a line, a shape's outline or several points, in metres
    (great-circle distance between consecutive points); NaN for text that is not points."""
    points = _points(*values)
    if points is None:
        return NAN
    total = 0.0
    for (lat1, lon1), (lat2, lon2) in itertools.pairwise(points):
        phi1, phi2 = math.radians(lat1), math.radians(lat2)
        half = (
            math.sin((phi2 - phi1) / 2) ** 2
            + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
        )
        total += 2 * EARTH_RADIUS_METRES * math.asin(min(1.0, math.sqrt(half)))
    return total


def _spec(minimum: int, maximum: int | None, impl: Impl | None) -> FunctionSpec:
    return FunctionSpec(minimum, maximum, impl)


FUNCTIONS: dict[str, FunctionSpec] = {
    "selected": _spec(2, 2, _selected),
    "count-selected": _spec(1, 1, _count_selected),
    "selected-at": _spec(2, 2, _selected_at),
    "if": _spec(3, 3, None),
    "not": _spec(1, 1, lambda v: not to_boolean(v)),
    "coalesce": _spec(2, 2, _coalesce),
    "regex": _spec(2, 2, _regex),
    "today": _spec(0, 0, None),
    "now": _spec(0, 0, None),
    "once": _spec(1, 1, None),
    "string-length": _spec(1, 1, lambda v: len(to_string(v))),
    "int": _spec(1, 1, _int),
    "number": _spec(1, 1, to_number),
    "round": _spec(1, 2, _round),
    "concat": _spec(0, None, _concat),
    "true": _spec(0, 0, lambda: True),
    "false": _spec(0, 0, lambda: False),
    "boolean": _spec(1, 1, to_boolean),
    "boolean-from-string": _spec(1, 1, _boolean_from_string),
    "string": _spec(1, 1, to_string),
    "contains": _spec(2, 2, lambda s, t: to_string(t) in to_string(s)),
    "starts-with": _spec(2, 2, lambda s, t: to_string(s).startswith(to_string(t))),
    "ends-with": _spec(2, 2, lambda s, t: to_string(s).endswith(to_string(t))),
    "substr": _spec(2, 3, _substr),
    "normalize-space": _spec(1, 1, lambda s: " ".join(to_string(s).split())),
    "min": _spec(1, None, _extreme(min)),
    "max": _spec(1, None, _extreme(max)),
    "date": _spec(1, 1, _date),
    "decimal-date-time": _spec(1, 1, _decimal_date_time),
    "format-date": _spec(2, 2, _format_date),
    "format-date-time": _spec(2, 2, _format_date),
    "abs": _spec(1, 1, _math(abs)),
    "floor": _spec(1, 1, _math(math.floor)),
    "ceiling": _spec(1, 1, _math(math.ceil)),
    "sqrt": _spec(1, 1, _math(math.sqrt)),
    "pow": _spec(2, 2, _pow),
    "sin": _spec(1, 1, _real(math.sin)),
    "cos": _spec(1, 1, _real(math.cos)),
    "tan": _spec(1, 1, _real(math.tan)),
    "asin": _spec(1, 1, _real(math.asin)),
    "acos": _spec(1, 1, _real(math.acos)),
    "atan": _spec(1, 1, _real(math.atan)),
    "atan2": _spec(2, 2, _real(math.atan2)),
    "log": _spec(1, 1, _real(_log(math.log))),
    "log10": _spec(1, 1, _real(_log(math.log10))),
    "exp": _spec(1, 1, _real(math.exp)),
    "exp10": _spec(1, 1, _real(lambda number: math.pow(10, number))),
    "pi": _spec(0, 0, lambda: math.pi),
    "uuid": _spec(0, 0, lambda: str(uuid.uuid4())),
    # A new number at each evaluation, as in ODK; once(random()) keeps the first one.
    "random": _spec(0, 0, random.random),
    # The label of a choice of a question, in the interview's language (ODK's
    # jr:choice-name(${q}, '${q}'); the parser turns the quoted '${q}' into a reference).
    "jr:choice-name": _spec(2, 2, None),
    "area": _spec(1, 1, _area),
    "distance": _spec(1, None, _distance),
    # pulldata('file', 'column', 'key column', key): read from the questionnaire's data file
    # through the context (see the evaluator).
    "pulldata": _spec(4, 4, None),
}
# Node-set functions (answers across repeat instances); see nodesets.py.
FUNCTIONS |= {
    "count": _spec(1, 1, nodesets.count),
    "count-non-empty": _spec(1, 1, nodesets.count_non_empty),
    "sum": _spec(1, 1, nodesets.total),
    "max": _spec(1, None, nodesets.extreme(max)),
    "min": _spec(1, None, nodesets.extreme(min)),
    "join": _spec(2, None, nodesets.join),
    "indexed-repeat": _spec(3, None, None),
    "position": _spec(0, 1, None),
}
