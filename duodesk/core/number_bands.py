"""A calculation that puts a number answer into bands ("under 25", "25 to 39", "40 and over").

This is the calculation peer researchers need most (age groups, how many times, how many
members), so the designer builds it from a table instead of an expression. It is written as
the XLSForm expression ODK uses for it::

    if(${age} = '', '', if(${age} < 25, 'under 25', if(${age} < 40, '25 to 39', '40 and over')))

and :func:`from_expression` recognises exactly that shape (``<`` or ``<=`` for each band), so
that a form made elsewhere in the same way opens in the table too. Anything else is not bands,
and the designer keeps it as the expression it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from duodesk.core.expressions import Binary, Call, Expr, ExpressionError, Literal, Reference, parse
from duodesk.core.expressions.conversions import number_text
from duodesk.i18n import translate


@dataclass(frozen=True)
class Band:
    """The answers below ``limit`` (or up to it, when ``inclusive``) are called ``name``."""

    limit: float
    name: str
    inclusive: bool = False

    def describe(self) -> str:
        if self.inclusive:
            bound = translate("Core", "up to {number}: {name}")
        else:
            bound = translate("Core", "less than {number}: {name}")
        return bound.format(number=number_text(self.limit), name=self.name)


@dataclass(frozen=True)
class NumberBands:
    """Bands of the answers to ``question``, checked in order; ``otherwise`` names the rest.

    A blank answer gives a blank result (the person was not asked, or did not answer).
    """

    question: str
    bands: tuple[Band, ...]
    otherwise: str


def to_expression(bands: NumberBands) -> str:
    """The XLSForm calculation for ``bands``. ValueError if there is no band or no question."""
    if not bands.question or not bands.bands:
        raise ValueError(translate("Core", "bands need a question and at least one band"))
    reference = f"${{{bands.question}}}"
    text = _quoted(bands.otherwise)
    for band in reversed(bands.bands):
        operator = "<=" if band.inclusive else "<"
        text = f"if({reference} {operator} {number_text(band.limit)}, {_quoted(band.name)}, {text})"
    return f"if({reference} = '', '', {text})"


def from_expression(text: str) -> NumberBands | None:
    """The bands ``text`` was written for, or None when it is not a calculation of this shape."""
    try:
        tree = parse(text)
    except ExpressionError:
        return None
    if not (_is_if(tree) and _is_blank_test(tree.args[0]) and _is_empty(tree.args[1])):
        return None
    question = tree.args[0].left.name
    bands: list[Band] = []
    node = tree.args[2]
    while _is_if(node):
        test, name, rest = node.args
        if not (
            isinstance(test, Binary)
            and test.op in ("<", "<=")
            and isinstance(test.left, Reference)
            and test.left.name == question
            and isinstance(test.right, Literal)
            and isinstance(test.right.value, float)
            and isinstance(name, Literal)
            and isinstance(name.value, str)
        ):
            return None
        bands.append(Band(test.right.value, name.value, inclusive=test.op == "<="))
        node = rest
    if not bands or not (isinstance(node, Literal) and isinstance(node.value, str)):
        return None
    return NumberBands(question, tuple(bands), node.value)


def _is_if(node: Expr) -> bool:
    return isinstance(node, Call) and node.name == "if" and len(node.args) == 3


def _is_blank_test(node: Expr) -> bool:
    return (
        isinstance(node, Binary)
        and node.op == "="
        and isinstance(node.left, Reference)
        and _is_empty(node.right)
    )


def _is_empty(node: Expr) -> bool:
    return isinstance(node, Literal) and node.value == ""


def _quoted(text: str) -> str:
    # XPath string literals have no escapes: a name containing ' is written in double quotes.
    if "'" in text and '"' in text:
        raise ValueError(
            translate("Core", "a band's name cannot hold both ' and \": {text}").format(text=text)
        )
    return f'"{text}"' if "'" in text else f"'{text}'"
