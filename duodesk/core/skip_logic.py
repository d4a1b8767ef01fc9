"""Skip logic as conditions a person picks from lists, and back to the XLSForm expression.

"Ask this question only if [question] [is / is not / includes / does not include / is more
than / is less than] [value]", several conditions joined by *all* (``and``) or *any* (``or``).
:func:`to_expression` writes the ``relevant`` text; :func:`from_expression` recognises that text
again, through the real expression parser, so the builder can show it. An expression it cannot
show (written by hand, or imported) gives ``None``: the designer then keeps the text as it is.

``from_expression(to_expression(logic)) == logic`` for every logic whose values are plain text
or numbers, and the expression trees of ``to_expression(from_expression(text))`` and ``text``
are the same whenever ``from_expression(text)`` is not None.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from .expressions import Binary, Call, Expr, ExpressionError, Literal, Reference, parse
from .expressions.nodes import children


class Operator(StrEnum):
    """How a condition compares a question's answer with a value; the text is what the builder
    shows."""

    IS = "is"
    IS_NOT = "is not"
    INCLUDES = "includes"
    EXCLUDES = "does not include"
    MORE_THAN = "is more than"
    LESS_THAN = "is less than"


_COMPARISONS = {"=": Operator.IS, "!=": Operator.IS_NOT, ">": Operator.MORE_THAN}
_COMPARISONS["<"] = Operator.LESS_THAN
_SYMBOLS = {operator: symbol for symbol, operator in _COMPARISONS.items()}


@dataclass(frozen=True)
class Condition:
    """``question`` is the name of the question compared; ``value`` a choice name or a number
    written as text (``"18"``)."""

    question: str
    operator: Operator
    value: str


@dataclass(frozen=True)
class SkipLogic:
    """Conditions joined by *all* (``match_all``) or *any*; no conditions means always asked."""

    conditions: tuple[Condition, ...] = ()
    match_all: bool = True

    @property
    def always(self) -> bool:
        return not self.conditions


def to_expression(logic: SkipLogic, numeric: frozenset[str] = frozenset()) -> str:
    """The ``relevant`` expression for ``logic`` (``""`` when it has no conditions).

    ``numeric`` names the number questions: "is" / "is not" compare them with a number rather
    than a text, so that ``${age} = 18`` is true for the answer 18.
    """
    joiner = " and " if logic.match_all else " or "
    return joiner.join(_condition_text(c, c.question in numeric) for c in logic.conditions)


def _condition_text(condition: Condition, numeric: bool) -> str:
    reference = f"${{{condition.question}}}"
    if condition.operator is Operator.INCLUDES:
        return f"selected({reference}, {_quoted(condition.value)})"
    if condition.operator is Operator.EXCLUDES:
        return f"not(selected({reference}, {_quoted(condition.value)}))"
    symbol = _SYMBOLS[condition.operator]
    as_number = condition.operator in (Operator.MORE_THAN, Operator.LESS_THAN) or numeric
    value = _number_text(condition.value) if as_number else None
    return f"{reference} {symbol} {value if value is not None else _quoted(condition.value)}"


def _quoted(value: str) -> str:
    return f'"{value}"' if "'" in value else f"'{value}'"


def _number_text(value: str) -> str | None:
    try:
        number = float(value.strip())
    except ValueError:
        return None
    if not math.isfinite(number):
        return None
    return str(int(number)) if number.is_integer() else repr(number)


def from_expression(text: str) -> SkipLogic | None:
    """The conditions ``text`` says, or None if the builder cannot show them exactly.

    Raises nothing: an expression that does not parse is also None (the designer shows it as
    text with the parser's message).
    """
    if not text.strip():
        return SkipLogic()
    try:
        tree = parse(text)
    except ExpressionError:
        return None
    parts, match_all = _flatten(tree, "and"), True
    if len(parts) == 1:
        parts = _flatten(tree, "or")
        match_all = len(parts) == 1
    conditions = [_condition(part) for part in parts]
    if any(c is None for c in conditions):
        return None
    return SkipLogic(tuple(c for c in conditions if c is not None), match_all)


def _flatten(tree: Expr, op: str) -> list[Expr]:
    """``a op b op c`` (parsed left-associative) as ``[a, b, c]``."""
    if isinstance(tree, Binary) and tree.op == op:
        return [*_flatten(tree.left, op), *_flatten(tree.right, op)]
    return [tree]


def _condition(node: Expr) -> Condition | None:
    if isinstance(node, Call) and node.name == "not" and len(node.args) == 1:
        inner = _condition(node.args[0])
        if inner is not None and inner.operator is Operator.INCLUDES:
            return Condition(inner.question, Operator.EXCLUDES, inner.value)
        return None
    if isinstance(node, Call) and node.name == "selected" and len(node.args) == 2:
        reference, value = node.args
        literal = value.value if isinstance(value, Literal) else None
        if isinstance(reference, Reference) and isinstance(literal, str):
            return Condition(reference.name, Operator.INCLUDES, literal)
        return None
    if not (
        isinstance(node, Binary)
        and node.op in _COMPARISONS
        and isinstance(node.left, Reference)
        and isinstance(node.right, Literal)
    ):
        return None
    raw = node.right.value
    operator = _COMPARISONS[node.op]
    if isinstance(raw, float):
        value = str(int(raw)) if raw.is_integer() else repr(raw)
    elif operator in (Operator.MORE_THAN, Operator.LESS_THAN):
        return None  # ${a} > 'b' compares as text in ODK: not what the builder writes
    else:
        value = raw
    return Condition(node.left.name, operator, value)


def same_expression(first: str, second: str) -> bool:
    """True if both texts parse to the same tree (spacing and quote style aside)."""
    try:
        return _shape(parse(first)) == _shape(parse(second))
    except ExpressionError:
        return first.strip() == second.strip()


def _shape(node: Expr) -> tuple:
    own = tuple(getattr(node, name) for name in ("op", "name", "value") if hasattr(node, name))
    return (type(node).__name__, own, tuple(_shape(child) for child in children(node)))


def builder_can_show(text: str, numeric: frozenset[str] = frozenset()) -> bool:
    """True if the builder's conditions mean exactly ``text`` (so writing them back loses
    nothing)."""
    logic = from_expression(text)
    return logic is not None and same_expression(to_expression(logic, numeric) or "", text)
