"""Evaluate a parsed expression against the answers of one interview.

The evaluator never raises for any answer values: a blank in arithmetic gives NaN, division by
zero gives an infinity or NaN as in XPath, and every function has a defined result for every
input. A tree is first turned into nested closures (:func:`compile_expression`, cached), which
recurse once per tree level; the parser bounds that height (:data:`MAX_TREE_HEIGHT`).
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from .conversions import compare, equals, is_blank, to_boolean, to_number, to_string
from .functions import FUNCTIONS
from .nodes import INSTANCE_ITEM, BareName, Binary, Call, Current, Expr, Literal, Negate, Reference
from .nodesets import NODESET_ARGUMENTS, NodeSet


class Context(Protocol):
    """Where an expression finds its values.

    Each method returns a value the language understands (``str``, ``int``, ``float``, ``bool``,
    ``date``, ``datetime``, ``time``); ``None`` and ``''`` both mean "no answer", and a tuple of
    choice names is read as the space-separated text ODK uses for select_multiple answers.
    """

    def value(self, name: str) -> object:
        """The value of the question called ``name`` (``${name}``)."""
        ...

    def current(self) -> object:
        """The value of the question the expression belongs to (``.``)."""
        ...

    def column(self, name: str) -> object:
        """A bare name: a column of the choice being filtered; ``''`` outside choice filters."""
        ...

    # Contexts that know repeat instances also give (optional; see _nodeset and _position):
    #   nodeset(name) -> tuple: ${name} in every instance in reach, in order;
    #   position() -> int: the number of the repeat instance being evaluated (0 outside);
    #   indexed(name, [(repeat, number), ...]) -> object: indexed-repeat().

    # Optionally, ``pull_data(file, column, key_column, key) -> str`` for pulldata(); a context
    # without it gives ``''``.


def choice_label(context: Context, question: str, choice: object) -> str:
    """``jr:choice-name``: the label of ``choice`` among the choices of ``question``, from the
    context's ``choice_label(question, choice)`` if it has one; ``''`` when there is none."""
    find = getattr(context, "choice_label", None)
    if find is None:
        return ""
    label = find(question, to_string(choice).strip())
    return "" if label is None else str(label)


@dataclass
class SimpleContext:
    """A :class:`Context` over plain mappings, for previews, tests and one-off evaluations."""

    values: Mapping[str, object] = field(default_factory=dict)
    current_value: object = ""
    columns: Mapping[str, object] = field(default_factory=dict)
    labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """question -> choice name -> label, for ``jr:choice-name``."""

    def value(self, name: str) -> object:
        return self.values.get(name, "")

    def current(self) -> object:
        return self.current_value

    def column(self, name: str) -> object:
        return self.columns.get(name, "")

    def choice_label(self, question: str, choice: str) -> str:
        return self.labels.get(question, {}).get(choice, "")


Compiled = Callable[[Context, datetime | None], object]
"""An expression turned into nested closures: ``compiled(context, now) -> value``."""

_CACHE_SIZE = 8_192
# id(expr) -> (expr, closures). Keeping expr alive keeps its id from being reused; parse() is
# cached too, so the same trees (and therefore the same ids) come back again and again.
_compiled: dict[int, tuple[Expr, Compiled]] = {}


def evaluate(expr: Expr, context: Context, *, now: datetime | None = None) -> object:
    """The value of ``expr``: ``str``, ``float``, ``int``, ``bool``, ``date``, ``datetime`` or
    ``time``.

    ``now`` is the moment ``now()`` and ``today()`` report (the computer's clock, with its
    offset, when None); pass one to make a whole form see the same instant.
    """
    entry = _compiled.get(id(expr))
    if entry is None or entry[0] is not expr:
        if len(_compiled) >= _CACHE_SIZE:
            _compiled.clear()
        entry = (expr, compile_expression(expr))
        _compiled[id(expr)] = entry
    return entry[1](context, now)


def compile_expression(expr: Expr) -> Compiled:
    """``expr`` as closures, which run several times faster than walking the tree.

    Pure Python closures over the tree's values; no source text is generated or executed.
    Recursion follows the tree's height, which the parser bounds.
    """
    if isinstance(expr, Literal):
        constant = expr.value
        return lambda context, now: constant
    if isinstance(expr, Reference):
        name = expr.name
        return lambda context, now: _normal(context.value(name))
    if isinstance(expr, Current):
        return lambda context, now: _normal(context.current())
    if isinstance(expr, BareName):
        column = expr.name
        return lambda context, now: _normal(context.column(column))
    if isinstance(expr, Negate):
        operand = compile_expression(expr.operand)
        return lambda context, now: -to_number(operand(context, now))
    if isinstance(expr, Binary):
        return _compile_binary(expr)
    if isinstance(expr, Call):
        return _compile_call(expr)
    raise TypeError(f"not an expression node: {expr!r}")


def _normal(value: object) -> object:
    if type(value) is str:  # by far the most common, so checked first
        return value
    if value is None:
        return ""
    if isinstance(value, tuple | list):
        return " ".join(str(v) for v in value)
    return value


def _compile_binary(expr: Binary) -> Compiled:
    op = expr.op
    left = compile_expression(expr.left)
    right = compile_expression(expr.right)
    if op == "and":
        return lambda c, n: to_boolean(left(c, n)) and to_boolean(right(c, n))
    if op == "or":
        return lambda c, n: to_boolean(left(c, n)) or to_boolean(right(c, n))
    if op == "=":
        return lambda c, n: equals(left(c, n), right(c, n))
    if op == "!=":
        return lambda c, n: not equals(left(c, n), right(c, n))
    if op in ("<", "<=", ">", ">="):
        return lambda c, n: compare(op, left(c, n), right(c, n))
    arithmetic = _ARITHMETIC[op]
    return lambda c, n: arithmetic(to_number(left(c, n)), to_number(right(c, n)))


def _divide(x: float, y: float) -> float:
    """IEEE division: 1 div 0 is Infinity, 0 div 0 is NaN, never an exception."""
    if y == 0:
        if x == 0 or math.isnan(x):
            return math.nan
        return math.copysign(math.inf, x) * math.copysign(1.0, y)
    try:
        return x / y
    except OverflowError:  # pragma: no cover - CPython returns inf, but the spec allows raising
        return math.copysign(math.inf, x) * math.copysign(1.0, y)


def _modulo(x: float, y: float) -> float:
    """XPath ``mod``: the remainder of truncating division, with the sign of ``x``."""
    if y == 0 or math.isnan(x) or math.isnan(y) or math.isinf(x):
        return math.nan
    return math.fmod(x, y)


_ARITHMETIC: dict[str, Callable[[float, float], float]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "div": _divide,
    "mod": _modulo,
}


def _nodeset(context: Context, name: str) -> NodeSet:
    gather = getattr(context, "nodeset", None)
    return NodeSet(gather(name) if gather is not None else (context.value(name),))


def _position(context: Context) -> int:
    position = getattr(context, "position", None)
    return position() if position is not None else 0


def _compile_indexed_repeat(expr: Call) -> Compiled:
    """``indexed-repeat(${q}, ${repeat}, n [, ${inner}, m ...])``: ``${q}`` in instance ``n``
    of ``repeat`` (1 for the first); an instance that does not exist gives ``''``."""
    target = expr.args[0]
    repeats = expr.args[1::2]
    numbers = [compile_expression(arg) for arg in expr.args[2::2]]
    if not isinstance(target, Reference) or not all(isinstance(r, Reference) for r in repeats):
        return lambda c, n: ""
    names = [r.name for r in repeats]  # type: ignore[union-attr]

    def indexed(c: Context, n: datetime | None) -> object:
        lookup = getattr(c, "indexed", None)
        if lookup is None:
            return ""
        wanted = []
        for repeat, number in zip(names, numbers, strict=False):
            value = to_number(number(c, n))
            if not value.is_integer() or value < 1:
                return ""
            wanted.append((repeat, int(value)))
        return _normal(lookup(target.name, wanted))

    return indexed


def _compile_call(expr: Call) -> Compiled:
    name = expr.name
    if name == "indexed-repeat":
        return _compile_indexed_repeat(expr)
    if name == "position":
        return lambda c, n: _position(c)
    if name in NODESET_ARGUMENTS:
        args = [
            (lambda c, n, ref=arg.name: _nodeset(c, ref))
            if isinstance(arg, Reference)
            else _compile_instance_items(arg)
            if isinstance(arg, Call) and arg.name == INSTANCE_ITEM
            else compile_expression(arg)
            for arg in expr.args
        ]
    else:
        args = [compile_expression(arg) for arg in expr.args]
    if name == "if":
        condition, then, otherwise = args
        return lambda c, n: then(c, n) if to_boolean(condition(c, n)) else otherwise(c, n)
    if name == "today":
        return lambda c, n: (n or datetime.now().astimezone()).date()
    if name == "now":
        return lambda c, n: n or datetime.now().astimezone()
    if name == "pulldata":
        return _compile_pulldata(args)
    if name == INSTANCE_ITEM:
        return _compile_instance_item(expr)
    if name == "once":
        (first,) = args

        def once(c: Context, n: datetime | None) -> object:
            # The calculation keeps the value it already has; only a blank one is computed.
            existing = _normal(c.current())
            return existing if not is_blank(existing) else first(c, n)

        return once
    if name == "jr:choice-name":
        value, question = args[0], expr.args[1]
        # The parser makes the second argument a reference: its name, not its value, counts.
        question_name = question.name if isinstance(question, Reference) else ""
        return lambda c, n: choice_label(c, question_name, value(c, n))
    if name not in FUNCTIONS:  # another program's function (see parser.other_program): empty
        return lambda c, n: ""
    impl = FUNCTIONS[name].impl
    assert impl is not None, name
    if len(args) == 1:
        (only,) = args
        return lambda c, n: impl(only(c, n))
    if len(args) == 2:
        a, b = args
        return lambda c, n: impl(a(c, n), b(c, n))
    return lambda c, n: impl(*[arg(c, n) for arg in args])


def _compile_pulldata(args: list[Compiled]) -> Compiled:
    """ODK's pulldata(): the column of the first row of the file whose key column equals the
    key; ``''`` when none does, or when the context has no files (see :class:`Context`)."""
    file, column, key_column, key = args

    def pulldata(c: Context, n: datetime | None) -> object:
        lookup = getattr(c, "pull_data", None)
        if lookup is None:
            return ""
        return lookup(
            to_string(file(c, n)),
            to_string(column(c, n)),
            to_string(key_column(c, n)),
            to_string(key(c, n)),
        )

    return pulldata


class _ItemContext:
    """The context inside the predicate of an instance path: bare names are the item's
    columns; everything else is the enclosing context's."""

    __slots__ = ("item", "outer")

    def __init__(self, outer: Context) -> None:
        self.outer = outer
        self.item: object = None

    def value(self, name: str) -> object:
        return self.outer.value(name)

    def current(self) -> object:
        return self.outer.current()

    def column(self, name: str) -> object:
        return item_column(self.item, name, getattr(self.outer, "language", ""))

    def pull_data(self, *args: str) -> object:
        lookup = getattr(self.outer, "pull_data", None)
        return "" if lookup is None else lookup(*args)

    def instance_items(self, name: str) -> tuple[object, ...]:
        items = getattr(self.outer, "instance_items", None)
        return () if items is None else items(name)


def item_column(item: object, column: str, language: str = "") -> str:
    """A column of a choice (``name``, ``label`` in ``language``, or another column)."""
    from ..questionnaire import Choice, text_in  # the model builds on the language, not back

    if not isinstance(item, Choice):
        return ""
    if column == "name":
        return item.name
    if column == "label":
        return text_in(item.label, language)
    return item.extra.get(column, "")


def _compile_instance_items(expr: Call) -> Compiled:
    """``instance('list')/root/item[predicate][/column]`` as a node-set (inside ``count()``,
    ``sum()``, ...): the column of every item the predicate keeps (the item's name when no
    column is named), in list order."""
    list_name, column = (str(arg.value) for arg in expr.args[:2])  # type: ignore[union-attr]
    predicate = compile_expression(expr.args[2])

    def gather(c: Context, n: datetime | None) -> NodeSet:
        items = getattr(c, "instance_items", None)
        if items is None:
            return NodeSet()
        inner = _ItemContext(c)
        language = getattr(c, "language", "")
        found = []
        for item in items(list_name):
            inner.item = item
            if to_boolean(predicate(inner, n)):
                found.append(item_column(item, column or "name", language))
        return NodeSet(found)

    return gather


def _compile_instance_item(expr: Call) -> Compiled:
    """``instance('list')/root/item[predicate]/column``: the column of the first item of the
    list for which the predicate is true; ``''`` when none is, or when the context has no
    lists (it may offer ``instance_items(list) -> items``)."""
    list_name, column = (str(arg.value) for arg in expr.args[:2])  # type: ignore[union-attr]
    predicate = compile_expression(expr.args[2])

    def lookup(c: Context, n: datetime | None) -> object:
        items = getattr(c, "instance_items", None)
        if items is None:
            return ""
        inner = _ItemContext(c)
        for item in items(list_name):
            inner.item = item
            if to_boolean(predicate(inner, n)):
                return item_column(item, column, getattr(c, "language", ""))
        return ""

    return lookup
