"""The usual rules on an answer, as settings rather than a ``constraint`` expression.

A number between a lowest and a highest value, a date not in the future, at most N ticks, and
a choice such as "None of these" that cannot be combined with others: the designer offers these
as fields and writes the XLSForm ``constraint``. :func:`from_constraint` recognises them again
(through the expression parser); any other constraint is None and stays as it was written.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .expressions import Binary, Call, Current, Expr, ExpressionError, Literal, parse
from .skip_logic import _flatten, _number_text, _quoted, same_expression


@dataclass(frozen=True)
class AnswerRules:
    """``minimum`` / ``maximum`` are numbers as text (``""``: no limit); ``at_most`` is 0 for
    no limit; ``exclusive`` names the choice that cannot be ticked with others."""

    minimum: str = ""
    maximum: str = ""
    not_in_future: bool = False
    exclusive: str = ""
    at_most: int = 0

    @property
    def empty(self) -> bool:
        return self == AnswerRules()


def to_constraint(rules: AnswerRules) -> str:
    parts = []
    if _number_text(rules.minimum) is not None:
        parts.append(f". >= {_number_text(rules.minimum)}")
    if _number_text(rules.maximum) is not None:
        parts.append(f". <= {_number_text(rules.maximum)}")
    if rules.not_in_future:
        parts.append(". <= today()")
    if rules.exclusive:
        parts.append(f"not(selected(., {_quoted(rules.exclusive)}) and count-selected(.) > 1)")
    if rules.at_most > 0:
        parts.append(f"count-selected(.) <= {rules.at_most}")
    return " and ".join(parts)


def from_constraint(text: str) -> AnswerRules | None:
    """The rules ``text`` says, or None if it says something else (or does not parse)."""
    if not text.strip():
        return AnswerRules()
    try:
        parts = _flatten(parse(text), "and")
    except ExpressionError:
        return None
    rules = AnswerRules()
    for part in parts:
        found = _rule(part)
        if found is None:
            return None
        field, value = found
        if getattr(rules, field) not in ("", 0, False):
            return None  # the same rule twice: leave it as written
        rules = replace(rules, **{field: value})
    return rules if same_expression(to_constraint(rules), text) else None


def _rule(node: Expr) -> tuple[str, object] | None:
    if isinstance(node, Binary) and isinstance(node.left, Current):
        right = node.right
        if node.op == "<=" and isinstance(right, Call) and right.name == "today":
            return "not_in_future", True
        if isinstance(right, Literal) and isinstance(right.value, float):
            number = _number_text(str(right.value)) or ""
            if node.op == ">=":
                return "minimum", number
            if node.op == "<=":
                return "maximum", number
        return None
    if isinstance(node, Binary) and node.op == "<=" and _is_count_selected(node.left):
        limit = node.right.value if isinstance(node.right, Literal) else None
        if isinstance(limit, float) and limit.is_integer() and limit > 0:
            return "at_most", int(limit)
        return None
    if isinstance(node, Call) and node.name == "not" and isinstance(node.args[0], Binary):
        inner = node.args[0]
        chosen, count = inner.left, inner.right
        if (
            inner.op == "and"
            and isinstance(chosen, Call)
            and chosen.name == "selected"
            and isinstance(chosen.args[0], Current)
            and isinstance(chosen.args[1], Literal)
            and isinstance(chosen.args[1].value, str)
            and isinstance(count, Binary)
            and count.op == ">"
            and _is_count_selected(count.left)
            and isinstance(count.right, Literal)
            and count.right.value == 1.0
        ):
            return "exclusive", chosen.args[1].value
    return None


def _is_count_selected(node: Expr) -> bool:
    return (
        isinstance(node, Call)
        and node.name == "count-selected"
        and isinstance(node.args[0], Current)
    )
