"""The expression tree: immutable nodes, and walks over them.

Every node records ``position``, the 0-based offset in the expression text where it starts (for a
binary operator: where the operator is), so that later checks can point at the right place.
The walks are iterative, so they are safe on the tallest tree the parser accepts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Literal:
    """A string (``'yes'``) or number (``18``, always a float) written in the expression."""

    value: str | float
    position: int


@dataclass(frozen=True, slots=True)
class Reference:
    """``${name}``: the value of another question."""

    name: str
    position: int


@dataclass(frozen=True, slots=True)
class Current:
    """``.``: the value of the question the expression belongs to."""

    position: int


@dataclass(frozen=True, slots=True)
class BareName:
    """A name without ``${}``. In a ``choice_filter`` it is a column of the choice being
    filtered (``region = ${region}``); elsewhere it evaluates to ``''``."""

    name: str
    position: int


@dataclass(frozen=True, slots=True)
class Negate:
    """Unary minus."""

    operand: Expr
    position: int


@dataclass(frozen=True, slots=True)
class Binary:
    """``left op right`` with ``op`` one of ``or and = != < <= > >= + - * div mod``."""

    op: str
    left: Expr
    right: Expr
    position: int


@dataclass(frozen=True, slots=True)
class Call:
    """A function call. The parser has already checked the name and the number of arguments."""

    name: str
    args: tuple[Expr, ...]
    position: int


Expr = Literal | Reference | Current | BareName | Negate | Binary | Call

INSTANCE_ITEM = "instance()/root/item"
"""The name of the call an ``instance('list')/root/item[...]/column`` path parses to: a name
no one can type, so it is never taken for a function of the form."""


def children(node: Expr) -> tuple[Expr, ...]:
    """The direct sub-expressions of ``node``, left to right."""
    if isinstance(node, Binary):
        return (node.left, node.right)
    if isinstance(node, Call):
        return node.args
    if isinstance(node, Negate):
        return (node.operand,)
    return ()


def walk(expr: Expr) -> Iterator[Expr]:
    """Every node of ``expr`` in pre-order (a node before its children, left to right)."""
    stack = [expr]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(children(node)))


def references(expr: Expr) -> frozenset[str]:
    """The question names used as ``${name}`` anywhere in ``expr``."""
    return frozenset(node.name for node in walk(expr) if isinstance(node, Reference))


def reference_nodes(expr: Expr) -> list[Reference]:
    """Every ``${name}`` node in text order (with positions, for messages)."""
    return sorted(
        (node for node in walk(expr) if isinstance(node, Reference)), key=lambda n: n.position
    )


def bare_names(expr: Expr) -> list[BareName]:
    """Every bare name node in text order, except those in the predicate of an
    ``instance('list')/root/item[...]`` path (they are the item's columns)."""
    found, stack = [], [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, BareName):
            found.append(node)
        elif isinstance(node, Call) and node.name == INSTANCE_ITEM:
            stack.extend(node.args[:2])
        else:
            stack.extend(children(node))
    return sorted(found, key=lambda n: n.position)


def instance_paths(expr: Expr) -> list[Call]:
    """Every ``instance('list')/root/item[...]/column`` in ``expr``; ``args`` are the list's
    name and the column (literals) and the predicate."""
    return [node for node in walk(expr) if isinstance(node, Call) and node.name == INSTANCE_ITEM]


def uses_current(expr: Expr) -> bool:
    """True if ``expr`` uses ``.`` (the question's own value)."""
    return any(isinstance(node, Current) for node in walk(expr))


def height(expr: Expr) -> int:
    """Number of nodes on the longest path from ``expr`` down to a leaf (a leaf has height 1)."""
    best = 0
    stack = [(expr, 1)]
    while stack:
        node, depth = stack.pop()
        best = max(best, depth)
        stack.extend((child, depth + 1) for child in children(node))
    return best
