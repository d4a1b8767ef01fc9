"""Tokenizer for the ODK XPath subset: text -> tokens with their 0-based positions.

Operator words (``and``, ``or``, ``div``, ``mod``) come out as :attr:`TokenKind.NAME`; the parser
decides from where they stand whether they are operators or names, as XPath 1.0 does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from duodesk.i18n import translate

from .errors import MAX_EXPRESSION_LENGTH, ExpressionError


class TokenKind(Enum):
    NUMBER = "number"
    STRING = "string"
    REFERENCE = "reference"  # ${name}
    CURRENT = "current"  # .
    NAME = "name"  # function names, operator words, bare choice columns
    OPERATOR = "operator"  # = != < <= > >= + - *
    LPAREN = "("
    RPAREN = ")"
    COMMA = ","
    INSTANCE = "instance"  # instance('list')/root/item[predicate]/column, as one token
    END = "end"


@dataclass(frozen=True, slots=True)
class Token:
    """One token. ``value`` is the number for NUMBER, the unquoted text for STRING, the question
    name for REFERENCE and the token text otherwise; ``position`` is where it starts."""

    kind: TokenKind
    value: str | float
    position: int
    text: str


NAME_PATTERN = r"[^\W\d][\w.\-]*"
_NAME = re.compile(rf"{NAME_PATTERN}(?::{NAME_PATTERN})?")
_QUESTION_NAME = re.compile(NAME_PATTERN)
# XPath numbers have no exponent and no sign; the sign is the unary minus operator.
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")
_OPERATORS = ("!=", "<=", ">=", "=", "<", ">", "+", "-", "*")
_SINGLE = {"(": TokenKind.LPAREN, ")": TokenKind.RPAREN, ",": TokenKind.COMMA}
LAST_SAVED = "last-saved#"
"""``${last-saved#q}``: in ODK, q's answer in the last saved interview. DuoDesk does not fill
answers from another interview, so it is always empty (as in ODK's first interview)."""
_SINGLE_CLOSERS, _DOUBLE_CLOSERS = "\u2018\u2019'", '\u201c\u201d"'
_CURLY_QUOTES = {
    "\u2018": _SINGLE_CLOSERS,
    "\u2019": _SINGLE_CLOSERS,
    "\u201c": _DOUBLE_CLOSERS,
    "\u201d": _DOUBLE_CLOSERS,
}
"""Curly quotes opening a text, and the quotes that close it (curly either way round, or the
straight one, as in ’hostel' where only the first quote was autocorrected)."""


def _path_hint() -> str:
    return translate("Core", "DuoDesk does not support ODK paths; refer to a question as ${name}")


def _in_position_call(tokens: list[Token], text: str, i: int) -> bool:
    """``..`` as the whole argument of ``position(..)``."""
    return (
        len(tokens) >= 2
        and tokens[-1].kind is TokenKind.LPAREN
        and tokens[-2].kind is TokenKind.NAME
        and tokens[-2].text == "position"
        and text[i + 2 :].lstrip().startswith(")")
    )


def is_question_name(name: str) -> bool:
    """True if ``name`` could appear between ``${`` and ``}``."""
    return _QUESTION_NAME.fullmatch(name) is not None


def tokenize(text: str) -> list[Token]:
    """All tokens of ``text``, ending with one END token at ``len(text)``.

    Raises :class:`ExpressionError` for text longer than :data:`MAX_EXPRESSION_LENGTH`, an
    unclosed string or ``${``, and characters that have no meaning in the language.
    """
    if len(text) > MAX_EXPRESSION_LENGTH:
        raise ExpressionError(
            translate(
                "Core",
                "This expression is too long ({text:,} characters; the limit is "
                "{max_expression_length:,})",
            ).format(text=len(text), max_expression_length=MAX_EXPRESSION_LENGTH),
            MAX_EXPRESSION_LENGTH,
            text,
        )
    tokens: list[Token] = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        if c in ("'", '"'):
            end = text.find(c, i + 1)
            if end < 0:
                raise ExpressionError(
                    translate("Core", "This text is never closed: add a {c} at its end").format(
                        c=c
                    ),
                    i,
                    text,
                )
            tokens.append(Token(TokenKind.STRING, text[i + 1 : end], i, text[i : end + 1]))
            i = end + 1
            continue
        if c in _CURLY_QUOTES:
            # Excel turns ' and " into curly quotes as they are typed: outside a text they have
            # no other meaning, so read them as the straight quotes the author typed.
            closers = _CURLY_QUOTES[c]
            end = next((j for j in range(i + 1, n) if text[j] in closers), -1)
            if end < 0:
                raise ExpressionError(
                    translate("Core", "This text is never closed: add a {c} at its end").format(
                        c=closers[1]
                    ),
                    i,
                    text,
                )
            tokens.append(Token(TokenKind.STRING, text[i + 1 : end], i, text[i : end + 1]))
            i = end + 1
            continue
        if c == "$":
            i = _reference(text, i, tokens)
            continue
        number = _NUMBER.match(text, i)
        if number:
            tokens.append(Token(TokenKind.NUMBER, float(number.group()), i, number.group()))
            i = number.end()
            continue
        if c == ".":
            if text.startswith("..", i) and _in_position_call(tokens, text, i):
                i += 2  # position(..): the instance of the repeat the question is in
                continue
            if text.startswith("..", i):
                raise ExpressionError(
                    translate("Core", "'..' cannot be used here: {path_hint}").format(
                        path_hint=_path_hint()
                    ),
                    i,
                    text,
                )
            tokens.append(Token(TokenKind.CURRENT, ".", i, "."))
            i += 1
            continue
        name = _NAME.match(text, i)
        if name:
            if name.group() == "instance" and _INSTANCE.match(text, i):
                i = _instance_path(text, i, tokens)
                continue
            tokens.append(Token(TokenKind.NAME, name.group(), i, name.group()))
            i = name.end()
            continue
        if c in _SINGLE:
            tokens.append(Token(_SINGLE[c], c, i, c))
            i += 1
            continue
        operator = next((op for op in _OPERATORS if text.startswith(op, i)), None)
        if operator:
            tokens.append(Token(TokenKind.OPERATOR, operator, i, operator))
            i += len(operator)
            continue
        raise ExpressionError(_unexpected(c), i, text)
    tokens.append(Token(TokenKind.END, "", n, ""))
    return tokens


def _reference(text: str, start: int, tokens: list[Token]) -> int:
    """Read ``${name}`` starting at ``start``; append its token and return where it ends."""
    if not text.startswith("${", start):
        raise ExpressionError(
            translate("Core", "A '$' must start a question reference like ${age}"), start, text
        )
    end = text.find("}", start + 2)
    inner = text[start + 2 : end] if end >= 0 else ""
    if end < 0 or "$" in inner or "{" in inner:
        raise ExpressionError(translate("Core", "This '${' is never closed with '}'"), start, text)
    name = inner.strip()
    if not name:
        raise ExpressionError(
            translate("Core", "'${}' needs a question name between the braces"), start, text
        )
    if name.startswith(LAST_SAVED) and is_question_name(name[len(LAST_SAVED) :]):
        # ODK's answer of the last saved interview; the parser reads it as no answer.
        tokens.append(Token(TokenKind.REFERENCE, name, start, text[start : end + 1]))
        return end + 1
    # A name the form uses in several groups is known by its group path (household/age).
    if not all(is_question_name(part) for part in name.split("/")):
        raise ExpressionError(
            translate(
                "Core",
                "'{value}' is not a question reference: put just one question name "
                "between ${{ and }}",
            ).format(value=text[start : end + 1]),
            start,
            text,
        )
    tokens.append(Token(TokenKind.REFERENCE, name, start, text[start : end + 1]))
    return end + 1


_INSTANCE = re.compile(r"""instance\s*\(\s*(?:'([^']*)'|"([^"]*)")\s*\)\s*/\s*root\s*/\s*item\s*""")
_COLUMN = re.compile(rf"\s*/\s*({NAME_PATTERN})")


@dataclass(frozen=True, slots=True)
class InstancePath:
    """What an INSTANCE token holds: the list, the predicate's text and where it starts in the
    expression ("" and -1 when there is none), and the column read ("" when none is named)."""

    list_name: str
    predicate: str
    predicate_start: int
    column: str


def _instance_path(text: str, start: int, tokens: list[Token]) -> int:
    """Read ``instance('list')/root/item[predicate]/column`` from ``start`` (where _INSTANCE
    matches); append its token and return where it ends. The predicate's text is parsed later,
    by the parser, as an expression of its own."""
    match = _INSTANCE.match(text, start)
    assert match is not None
    list_name = match[1] if match[1] is not None else match[2]
    i, predicate, predicate_start = match.end(), "", -1
    if i < len(text) and text[i] == "[":
        depth, j, quote = 0, i, ""
        while j < len(text):
            c = text[j]
            if quote:
                quote = "" if c == quote else quote
            elif c in "'\"":
                quote = c
            elif c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        else:
            raise ExpressionError(translate("Core", "This '[' is never closed with ']'"), i, text)
        predicate, predicate_start, i = text[i + 1 : j], i + 1, j + 1
        if not predicate.strip():
            raise ExpressionError(
                translate("Core", "'[]' needs a condition between the brackets"), i - 2, text
            )
    column = _COLUMN.match(text, i)
    name = ""
    if column is not None:
        name, i = column[1], column.end()
    value = InstancePath(list_name, predicate, predicate_start, name)
    tokens.append(Token(TokenKind.INSTANCE, value, start, text[start:i]))  # type: ignore[arg-type]
    return i


def _unexpected(c: str) -> str:
    if c == "!":
        return translate("Core", "'!' must be followed by '=' (to negate, write not(...))")
    if c in "/@[]:":
        return translate("Core", "'{c}' cannot be used here: {path_hint}").format(
            c=c, path_hint=_path_hint()
        )
    if c == "|":
        return translate("Core", "'|' (node-set union) is not supported")
    return translate("Core", "Unexpected character {c}").format(c=repr(c))
