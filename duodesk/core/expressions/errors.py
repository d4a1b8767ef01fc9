"""The one error the expression language raises, and the limits that keep hostile input cheap."""

from __future__ import annotations

from duodesk.i18n import translate

MAX_EXPRESSION_LENGTH = 4_000
"""Longest expression text accepted, in characters. Real XLSForm expressions are far shorter."""

MAX_NESTING = 64
"""Deepest nesting of parentheses, function calls and unary minus the parser follows."""

MAX_TREE_HEIGHT = 200
"""Tallest expression tree accepted (a chain of 200 ``+`` is fine, 201 is refused).

The evaluator recurses once per level, so this bound keeps it far from Python's recursion limit.
"""


class ExpressionError(Exception):
    """An expression that cannot be read.

    ``message`` says what is wrong in plain words, ``position`` is the 0-based character offset
    into ``text`` where the problem is (``len(text)`` for "ends too early"), and ``text`` is the
    whole expression. ``str()`` adds the position and an excerpt with a caret under it.
    """

    def __init__(self, message: str, position: int, text: str) -> None:
        super().__init__(message, position, text)
        self.message = message
        self.position = position
        self.text = text

    def __str__(self) -> str:
        where = translate("Core", "{message} (at position {position})").format(
            message=self.message, position=self.position
        )
        return f"{where}\n{excerpt(self.text, self.position)}"


def excerpt(text: str, position: int, width: int = 30) -> str:
    """Two lines: up to ``width`` characters either side of ``position``, and a caret under it.

    Line breaks and tabs become spaces so that the caret stays aligned; very long texts are cut
    with an ellipsis so that a hostile 1 MB expression does not end up in a message box.
    """
    position = max(0, min(position, len(text)))
    start = max(0, position - width)
    end = min(len(text), position + width)
    shown = "".join(" " if c.isspace() else c for c in text[start:end])
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    caret = " " * (len(prefix) + position - start) + "^"
    return f"  {prefix}{shown}{suffix}\n  {caret}"
