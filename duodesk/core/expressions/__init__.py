"""The XLSForm expression language (the ODK XPath subset) as a real parser and evaluator.

Used for the ``relevant``, ``constraint``, ``required``, ``read_only``, ``calculation``,
``default`` and ``choice_filter`` columns. Text is tokenized (:mod:`tokens`), parsed into an
immutable tree (:mod:`nodes`, :mod:`parser`) and evaluated (:mod:`evaluator`) against a
:class:`Context` that supplies answers; nothing is ever passed to ``eval``.

Semantics follow ODK/JavaRosa; see :mod:`conversions` for the comparison and conversion rules
and :mod:`functions` for the function library. Hostile text is refused with an
:class:`ExpressionError` within the limits in :mod:`errors`.
"""

from .conversions import is_blank, to_boolean, to_display_string, to_number, to_string
from .errors import MAX_EXPRESSION_LENGTH, MAX_NESTING, MAX_TREE_HEIGHT, ExpressionError
from .evaluator import Compiled, Context, SimpleContext, compile_expression, evaluate
from .functions import FUNCTIONS
from .nodes import (
    BareName,
    Binary,
    Call,
    Current,
    Expr,
    Literal,
    Negate,
    Reference,
    bare_names,
    reference_nodes,
    references,
    uses_current,
    walk,
)
from .parser import parse

__all__ = [
    "FUNCTIONS",
    "MAX_EXPRESSION_LENGTH",
    "MAX_NESTING",
    "MAX_TREE_HEIGHT",
    "BareName",
    "Binary",
    "Call",
    "Compiled",
    "Context",
    "Current",
    "Expr",
    "ExpressionError",
    "Literal",
    "Negate",
    "Reference",
    "SimpleContext",
    "bare_names",
    "compile_expression",
    "evaluate",
    "is_blank",
    "parse",
    "reference_nodes",
    "references",
    "to_boolean",
    "to_display_string",
    "to_number",
    "to_string",
    "uses_current",
    "walk",
]
