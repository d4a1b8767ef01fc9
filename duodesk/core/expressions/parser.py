"""Precedence-climbing parser: tokens -> :mod:`nodes` tree.

Precedence, loosest first, all left-associative (XPath 1.0): ``or``; ``and``; ``= !=``;
``< <= > >=``; ``+ -``; ``* div mod``; unary ``-``. Function names and argument counts are
checked here, so an expression that parses can always be evaluated.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from duodesk.i18n import translate

from . import safe_regex
from .errors import MAX_NESTING, MAX_TREE_HEIGHT, ExpressionError
from .functions import FUNCTIONS, FunctionSpec
from .nodes import (
    INSTANCE_ITEM,
    BareName,
    Binary,
    Call,
    Current,
    Expr,
    Literal,
    Negate,
    Reference,
    children,
)
from .nodesets import NODESET_ARGUMENTS
from .tokens import LAST_SAVED, InstancePath, Token, TokenKind, tokenize


def _shifted(expr: Expr, offset: int) -> Expr:
    """``expr`` with every position moved by ``offset`` (a predicate parsed on its own)."""
    from dataclasses import replace

    if isinstance(expr, Binary):
        left, right = _shifted(expr.left, offset), _shifted(expr.right, offset)
        return replace(expr, left=left, right=right, position=expr.position + offset)
    if isinstance(expr, Negate):
        operand = _shifted(expr.operand, offset)
        return replace(expr, operand=operand, position=expr.position + offset)
    if isinstance(expr, Call):
        args = tuple(_shifted(arg, offset) for arg in expr.args)
        return replace(expr, args=args, position=expr.position + offset)
    return replace(expr, position=expr.position + offset)


def _heights(expr: Expr) -> dict[int, int]:
    """The height of every node of a tree parsed on its own, keyed by id()."""
    found: dict[int, int] = {}

    def height(node: Expr) -> int:
        found[id(node)] = 1 + max((height(c) for c in children(node)), default=0)
        return found[id(node)]

    height(expr)
    return found


_PRECEDENCE = {
    "or": 1,
    "and": 2,
    "=": 3,
    "!=": 3,
    "<": 4,
    "<=": 4,
    ">": 4,
    ">=": 4,
    "+": 5,
    "-": 5,
    "*": 6,
    "div": 6,
    "mod": 6,
}
_OPERATOR_WORDS = frozenset({"and", "or", "div", "mod"})
# Functions other survey programs add to the language; ODK Collect does not know them either.
_SURVEYCTO = "SurveyCTO"
OTHER_PROGRAMS_FUNCTIONS = {
    "duration": _SURVEYCTO,
    "device-info": _SURVEYCTO,
    "plug-in-metadata": _SURVEYCTO,
    "phone-call-log": _SURVEYCTO,
    "phone-call-duration": _SURVEYCTO,
    "sms-log": _SURVEYCTO,
    "choice-label": _SURVEYCTO,
    "index": _SURVEYCTO,
}
_OTHER_PROGRAMS_PREFIXES = {"wq": "the wq framework", "cht": "the Community Health Toolkit"}
_ANY_ARGUMENTS = FunctionSpec(0, None, None)
_CHOICE_NAME = "jr:choice-name"


def other_program(name: str) -> str | None:
    """The program a function of another survey program belongs to (``duration`` ->
    SurveyCTO), or None. Such a call parses; its value is always empty in DuoDesk, and the
    form's checks allow it only where an empty value hides or blocks nothing."""
    return OTHER_PROGRAMS_FUNCTIONS.get(name) or _OTHER_PROGRAMS_PREFIXES.get(
        name.partition(":")[0] if ":" in name else ""
    )


_QUOTED_REFERENCE = re.compile(r"\s*\$\{\s*([^{}\s]+)\s*\}\s*")


@lru_cache(maxsize=4096)
def parse(text: str) -> Expr:
    """The tree for ``text``. Raises :class:`ExpressionError` (never anything else) when the text
    is not a valid expression, uses an unknown function or the wrong number of arguments, or goes
    past the length, nesting or height limits in :mod:`errors`.

    Results are cached: trees are immutable, and a form engine parses the same texts repeatedly.
    """
    try:
        return _Parser(text).parse()
    except RecursionError:  # pragma: no cover - the nesting limit is meant to prevent this
        raise ExpressionError(
            translate("Core", "This expression is nested too deeply"), 0, text
        ) from None


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.index = 0
        self.nesting = 0
        # Inside count(), sum() and the other node-set functions an instance path may stop at
        # the item (count(instance('l')/root/item[...])): every item the predicate keeps.
        self.items_allowed = False
        # Heights of the nodes built so far, keyed by id(); the nodes stay alive while parsing.
        self.heights: dict[int, int] = {}

    def parse(self) -> Expr:
        if self.peek.kind is TokenKind.END:
            raise ExpressionError(translate("Core", "The expression is empty"), 0, self.text)
        expr = self.binary(1)
        token = self.peek
        if token.kind is TokenKind.RPAREN:
            raise self.error(translate("Core", "There is a ')' here with no '(' before it"), token)
        if token.kind is not TokenKind.END:
            raise self.error(
                translate(
                    "Core", "Expected an operator such as 'and', '=' or '+' before {token}"
                ).format(token=_shown(token)),
                token,
            )
        return expr

    @property
    def peek(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def error(self, message: str, token: Token) -> ExpressionError:
        return ExpressionError(message, token.position, self.text)

    def built(self, node: Expr) -> Expr:
        height = 1 + max((self.heights[id(c)] for c in children(node)), default=0)
        if height > MAX_TREE_HEIGHT:
            raise ExpressionError(
                translate(
                    "Core",
                    "This expression has too many operators in a row (the limit is "
                    "{max_tree_height}); split it into several calculations",
                ).format(max_tree_height=MAX_TREE_HEIGHT),
                node.position,
                self.text,
            )
        self.heights[id(node)] = height
        return node

    def enter(self, token: Token) -> None:
        self.nesting += 1
        if self.nesting > MAX_NESTING:
            raise self.error(
                translate(
                    "Core",
                    "This expression is nested too deeply (the limit is {max_nesting} levels)",
                ).format(max_nesting=MAX_NESTING),
                token,
            )

    def operator(self) -> str | None:
        """The binary operator at the current token, if one stands there."""
        token = self.peek
        if token.kind is TokenKind.OPERATOR or (
            token.kind is TokenKind.NAME and token.value in _OPERATOR_WORDS
        ):
            return str(token.value)
        return None

    def binary(self, min_precedence: int) -> Expr:
        left = self.unary()
        while True:
            op = self.operator()
            if op is None or _PRECEDENCE[op] < min_precedence:
                return left
            token = self.advance()
            self.expect_operand(token)
            right = self.binary(_PRECEDENCE[op] + 1)
            left = self.built(Binary(op, left, right, token.position))

    def expect_operand(self, token: Token) -> None:
        """Explain a missing operand after operator ``token`` (rather than "unexpected end")."""
        if self.peek.kind in (TokenKind.END, TokenKind.RPAREN, TokenKind.COMMA) or (
            self.operator() is not None and self.peek.value != "-"
        ):
            raise self.error(
                translate("Core", "'{value}' needs a value after it").format(value=token.value),
                token,
            )

    def unary(self) -> Expr:
        token = self.peek
        if token.kind is TokenKind.OPERATOR and token.value == "-":
            self.advance()
            self.enter(token)
            self.expect_operand(token)
            operand = self.unary()
            self.nesting -= 1
            return self.built(Negate(operand, token.position))
        return self.primary()

    def primary(self) -> Expr:
        token = self.advance()
        kind = token.kind
        if kind is TokenKind.NUMBER or kind is TokenKind.STRING:
            return self.built(Literal(token.value, token.position))
        if kind is TokenKind.REFERENCE:
            if str(token.value).startswith(LAST_SAVED):
                return self.built(Literal("", token.position))  # see LAST_SAVED
            return self.built(Reference(str(token.value), token.position))
        if kind is TokenKind.CURRENT:
            return self.built(Current(token.position))
        if kind is TokenKind.LPAREN:
            self.enter(token)
            self.no_value_yet(token, translate("Core", "'(' needs an expression inside it"))
            inner = self.binary(1)
            self.close(token, translate("Core", "This '(' is never closed"))
            self.nesting -= 1
            # Parentheses only group; they leave no node behind.
            return inner
        if kind is TokenKind.NAME:
            if self.peek.kind is TokenKind.LPAREN:
                return self.call(token)
            if token.value in _OPERATOR_WORDS:
                raise self.error(
                    translate("Core", "'{value}' needs a value before it").format(
                        value=token.value
                    ),
                    token,
                )
            return self.built(BareName(str(token.value), token.position))
        if kind is TokenKind.INSTANCE:
            return self.instance_path(token)
        if kind is TokenKind.END:
            raise self.error(
                translate("Core", "The expression ends where a value is expected"), token
            )
        if kind is TokenKind.RPAREN:
            raise self.error(translate("Core", "There is a ')' here with no '(' before it"), token)
        if kind is TokenKind.OPERATOR:
            raise self.error(
                translate("Core", "'{value}' needs a value before it").format(value=token.value),
                token,
            )
        raise self.error(
            translate("Core", "Expected a value here, not {token}").format(token=_shown(token)),
            token,
        )

    def instance_path(self, token: Token) -> Expr:
        """``instance('list')/root/item[predicate]/column``: the column of the first item of the
        list for which the predicate is true (bare names in it are the item's columns), as a
        :data:`INSTANCE_ITEM` call of the list, the column and the predicate. Directly inside
        a node-set function the column may be left out (``""``): the items themselves."""
        path = token.value
        assert isinstance(path, InstancePath)
        if not path.column and not self.items_allowed:
            raise self.error(
                translate(
                    "Core",
                    "Name the column to read after the item, as in "
                    "instance('{list_name}')/root/item[name = ${{q}}]/label",
                ).format(list_name=path.list_name),
                token,
            )
        if path.predicate:
            try:
                predicate = _shifted(_Parser(path.predicate).parse(), path.predicate_start)
            except ExpressionError as error:
                position = path.predicate_start + error.position
                raise ExpressionError(error.message, position, self.text) from None
            self.heights.update(_heights(predicate))
        else:
            predicate = self.built(Call("true", (), token.position))
        name = self.built(Literal(path.list_name, token.position))
        column = self.built(Literal(path.column, token.position))
        return self.built(Call(INSTANCE_ITEM, (name, column, predicate), token.position))

    def no_value_yet(self, opening: Token, message: str) -> None:
        if self.peek.kind is TokenKind.RPAREN:
            raise self.error(message, opening)
        if self.peek.kind is TokenKind.END:
            raise self.error(translate("Core", "This '(' is never closed"), opening)

    def close(self, opening: Token, message: str) -> None:
        token = self.peek
        if token.kind is TokenKind.RPAREN:
            self.advance()
            return
        if token.kind is TokenKind.END:
            raise self.error(message, opening)
        raise self.error(
            translate("Core", "Expected ')' or an operator before {token}").format(
                token=_shown(token)
            ),
            token,
        )

    def call(self, name_token: Token) -> Expr:
        name = str(name_token.value)
        spec = FUNCTIONS.get(name)
        if spec is None and other_program(name):
            spec = _ANY_ARGUMENTS
        if spec is None:
            guess = difflib.get_close_matches(name, FUNCTIONS, n=1)
            hint = (
                translate("Core", "; did you mean {name}()?").format(name=guess[0]) if guess else ""
            )
            raise self.error(
                translate("Core", "Unknown function {name}(){hint}").format(name=name, hint=hint),
                name_token,
            )
        opening = self.advance()
        self.enter(opening)
        args: list[Expr] = []
        outer_allowed, self.items_allowed = self.items_allowed, name in NODESET_ARGUMENTS
        if self.peek.kind is TokenKind.RPAREN:
            self.advance()
        else:
            while True:
                if self.peek.kind is TokenKind.COMMA or self.peek.kind is TokenKind.RPAREN:
                    raise self.error(
                        translate("Core", "{name}() has an empty argument here").format(name=name),
                        self.peek,
                    )
                if self.peek.kind is TokenKind.END:
                    break
                args.append(self.binary(1))
                if self.peek.kind is TokenKind.COMMA:
                    self.advance()
                    continue
                break
            self.close(
                opening, translate("Core", "This '{name}(' is never closed").format(name=name)
            )
        self.items_allowed = outer_allowed
        self.nesting -= 1
        if not spec.accepts(len(args)):
            raise self.error(
                translate("Core", "{name}() {value}, not {args}").format(
                    name=name, value=spec.arity_text(), args=len(args)
                ),
                name_token,
            )
        if name == _CHOICE_NAME:
            args[1] = self.choice_name_question(args[1])
        if name == "regex" and isinstance(args[1], Literal) and isinstance(args[1].value, str):
            self.check_pattern(args[1])
        return self.built(Call(name, tuple(args), name_token.position))

    def choice_name_question(self, argument: Expr) -> Expr:
        """``jr:choice-name(value, '${q}')`` names its question inside a quoted text (pyxform
        turns it into q's path): that question, as a reference, or an error."""
        if isinstance(argument, Literal) and isinstance(argument.value, str):
            match = _QUOTED_REFERENCE.fullmatch(argument.value)
            if match is not None:
                return self.built(Reference(match[1], argument.position + 1 + match.start(1) - 2))
        if isinstance(argument, Reference):
            return argument
        raise ExpressionError(
            translate(
                "Core",
                "jr:choice-name() needs the question whose choice it names in quotes, as "
                "in jr:choice-name(${q}, '${q}')",
            ),
            argument.position,
            self.text,
        )

    def check_pattern(self, literal: Literal) -> None:
        """Refuse a written regex pattern now rather than let every check of it fail later."""
        try:
            safe_regex.compile_pattern(str(literal.value))
        except safe_regex.PatternError as exc:
            position = literal.position + 1 + min(exc.position, len(str(literal.value)))
            raise ExpressionError(exc.message, position, self.text) from None


def _shown(token: Token) -> str:
    if token.kind is TokenKind.END:
        return translate("Core", "the end")
    text = token.text if len(token.text) <= 40 else token.text[:37] + "..."
    return f"'{text}'"
