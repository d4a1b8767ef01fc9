"""Functions over the answers of a question in every instance of a repeat (ODK node-sets).

Inside a repeat, ``${q}`` of the same repeat is the answer in the current instance; from outside
it, ``${q}`` names every instance's answer at once. ``count()``, ``sum()``, ``max()``,
``min()``, ``join()`` and ``count-non-empty()`` take such a :class:`NodeSet`; anywhere else
the reference is one value, the first instance's, as in ODK Collect. ``position(..)`` and
``indexed-repeat()`` need the interview's instances and are evaluated by :mod:`evaluator`.
"""

from __future__ import annotations

import math

from .conversions import is_blank, to_number, to_string

NAN = math.nan


class NodeSet(tuple):
    """The values of one question in several repeat instances, in instance order."""

    __slots__ = ()


def flatten(values: tuple[object, ...]) -> list[object]:
    """The arguments with every node-set spread into its values."""
    flat: list[object] = []
    for value in values:
        if isinstance(value, NodeSet):
            flat.extend(value)
        else:
            flat.append(value)
    return flat


def count(value: object) -> float:
    if isinstance(value, NodeSet):
        return float(len(value))
    return 0.0 if is_blank(value) else 1.0


def count_non_empty(value: object) -> float:
    values = value if isinstance(value, NodeSet) else (value,)
    return float(sum(1 for v in values if not is_blank(v)))


def total(*values: object) -> float:
    """``sum()``: as in JavaRosa, a blank answer among the values makes the sum NaN."""
    return float(sum(to_number(v) for v in flatten(values)))


def extreme(pick):
    def chosen(*values: object) -> float:
        numbers = [to_number(v) for v in flatten(values)]
        if not numbers or any(math.isnan(n) for n in numbers):
            return NAN
        return pick(numbers)

    return chosen


def join(separator: object, *values: object) -> str:
    return to_string(separator).join(to_string(v) for v in flatten(values))


NODESET_ARGUMENTS = frozenset({"count", "count-non-empty", "sum", "max", "min", "join"})
"""Functions whose ``${q}`` arguments are node-sets rather than single values."""
