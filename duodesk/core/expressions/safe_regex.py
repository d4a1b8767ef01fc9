"""``regex()`` in time proportional to the text, whatever the pattern.

Python's ``re`` backtracks, so a pattern such as ``(a+)+$`` takes exponential time on
``'aaaa…b'``, and a questionnaire is untrusted input. ``regex()`` only needs to know *whether*
the pattern matches somewhere (ODK's ``regex`` is an unanchored search), so the pattern is
compiled to a Thompson NFA and run as a set of states (Pike VM): at most one visit per state per
character. Patterns keep Python/Java syntax and meaning; back-references, look-arounds, inline
flags, atomic groups and possessive quantifiers (which cannot be run this way) are refused with a
:class:`PatternError`. Single-character atoms (classes like ``[a-z]`` and escapes like ``\\d``)
are still tested with ``re``, which cannot backtrack on one character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from duodesk.i18n import translate

MAX_PATTERN_LENGTH = 500
MAX_SUBJECT_LENGTH = 10_000
_MAX_PROGRAM = 5_000  # NFA states after expanding {n,m} counts
_MAX_GROUP_NESTING = 32
_STEP_BUDGET = 1_000_000  # state visits per search: well under a second in the worst case

# Instructions: (opcode, argument, second argument).
_CHAR, _ANY, _SET, _SPLIT, _JMP, _ASSERT, _MATCH = range(7)
_BRACES = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")

Node = tuple[object, ...]


class PatternError(Exception):
    """A pattern that is invalid or cannot be run safely; ``position`` is an offset into it."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message, position)
        self.message = message
        self.position = position


@dataclass(frozen=True)
class Program:
    instructions: tuple[tuple[int, object, object], ...]


@lru_cache(maxsize=256)
def compile_pattern(pattern: str) -> Program:
    """The NFA program for ``pattern``; raises :class:`PatternError` (and nothing else)."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise PatternError(
            translate(
                "Core",
                "This regex pattern is too long ({pattern:,} characters; the limit is "
                "{max_pattern_length})",
            ).format(pattern=len(pattern), max_pattern_length=MAX_PATTERN_LENGTH),
            MAX_PATTERN_LENGTH,
        )
    pattern = _literal_class_hyphens(pattern)
    tree = _RegexParser(pattern).parse()
    try:  # catches what the small parser lets through: [z-a], bad escapes, a** ...
        re.compile(pattern)
    except re.error as exc:
        raise PatternError(
            translate("Core", "This regex pattern is not valid: {msg}").format(msg=exc.msg),
            exc.pos or 0,
        ) from None
    except (OverflowError, RecursionError, ValueError):
        raise PatternError(translate("Core", "This regex pattern is not valid"), 0) from None
    emitter = _Emitter()
    emitter.emit(tree)
    emitter.add(_MATCH)
    return Program(tuple(emitter.program))


_CLASS_ESCAPES = frozenset("wWdDsS")


def _literal_class_hyphens(pattern: str) -> str:
    """``pattern`` with each ``-`` in a character class that touches a class escape written
    ``\\-``: Java (ODK Collect) and JavaScript (Enketo) read ``[\\w-.]`` as "a word character,
    '-' or '.'", where Python refuses it as a bad range. Nothing else changes."""
    if "-" not in pattern or "[" not in pattern:
        return pattern
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    previous_was_class_escape = False  # the last item of the class was \w, \d, \s ...
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            out.append(pattern[i : i + 2])
            previous_was_class_escape = in_class and pattern[i + 1] in _CLASS_ESCAPES
            i += 2
            continue
        if not in_class:
            if c == "[":
                in_class = True
                out.append(c)
                i += 1
                if i < n and pattern[i] == "^":
                    out.append("^")
                    i += 1
                if i < n and pattern[i] == "]":  # a ']' first in a class is itself
                    out.append("]")
                    i += 1
                previous_was_class_escape = False
                continue
            out.append(c)
            i += 1
            continue
        if c == "]":
            in_class = False
        elif c == "-":
            next_is_class_escape = (
                pattern.startswith("\\", i + 1) and i + 2 < n and pattern[i + 2] in _CLASS_ESCAPES
            )
            if previous_was_class_escape or next_is_class_escape:
                out.append("\\-")
                previous_was_class_escape = False
                i += 1
                continue
        out.append(c)
        previous_was_class_escape = False
        i += 1
    return "".join(out)


def search(program: Program, subject: str) -> bool | None:
    """True if the pattern matches anywhere in ``subject``; None when the text is longer than
    :data:`MAX_SUBJECT_LENGTH` or the search runs past its step budget (a refusal, not a no)."""
    if len(subject) > MAX_SUBJECT_LENGTH:
        return None
    code = program.instructions
    n = len(subject)
    budget = _STEP_BUDGET
    seeds: list[int] = []
    for i in range(n + 1):
        seeds.append(0)  # a new attempt starts at every position: search, not match
        waiting: list[int] = []
        seen: set[int] = set()
        stack = seeds
        while stack:
            pc = stack.pop()
            if pc in seen:
                continue
            seen.add(pc)
            budget -= 1
            if budget < 0:
                return None
            op, a, b = code[pc]
            if op == _JMP:
                stack.append(a)  # type: ignore[arg-type]
            elif op == _SPLIT:
                stack.append(b)  # type: ignore[arg-type]
                stack.append(a)  # type: ignore[arg-type]
            elif op == _ASSERT:
                if _holds(a, subject, i):
                    stack.append(pc + 1)
            elif op == _MATCH:
                return True
            else:
                waiting.append(pc)
        if i == n:
            return False
        c = subject[i]
        seeds = []
        for pc in waiting:
            op, a, _ = code[pc]
            if (
                (op == _CHAR and c == a)
                or (op == _ANY and c != "\n")
                or (op == _SET and a.fullmatch(c) is not None)  # type: ignore[attr-defined]
            ):
                seeds.append(pc + 1)
    return False  # pragma: no cover - the loop returns at i == n


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _holds(kind: object, s: str, i: int) -> bool:
    n = len(s)
    if kind == "start":
        return i == 0
    if kind == "end":
        return i == n
    if kind == "eol":  # Python and Java: at the end, or before a final line break
        return i == n or (i == n - 1 and s[i] == "\n")
    boundary = (i > 0 and _is_word(s[i - 1])) != (i < n and _is_word(s[i]))
    return boundary if kind == "word" else not boundary


class _RegexParser:
    """Recursive descent over the pattern into nodes: ('char', c), ('any',), ('set', re),
    ('assert', kind), ('cat', [...]), ('alt', [...]), ('rep', node, lo, hi|None)."""

    def __init__(self, pattern: str) -> None:
        self.p = pattern
        self.i = 0
        self.depth = 0

    def error(self, message: str, position: int | None = None) -> PatternError:
        return PatternError(message, self.i if position is None else position)

    def parse(self) -> Node:
        node = self.alternation()
        if self.i < len(self.p):
            raise self.error(
                translate("Core", "This regex pattern has a ')' with no '(' before it")
            )
        return node

    def alternation(self) -> Node:
        branches = [self.sequence()]
        while self.i < len(self.p) and self.p[self.i] == "|":
            self.i += 1
            branches.append(self.sequence())
        return ("alt", branches) if len(branches) > 1 else branches[0]

    def sequence(self) -> Node:
        items: list[Node] = []
        while self.i < len(self.p) and self.p[self.i] not in "|)":
            items.append(self.quantified())
        return ("cat", items)

    def quantified(self) -> Node:
        if self.p[self.i] in "*+?":
            raise self.error(
                translate("Core", "In this regex pattern a '*', '+' or '?' has nothing to repeat")
            )
        node = self.atom()
        while self.i < len(self.p):
            bounds = self.quantifier()
            if bounds is None:
                break
            if self.i < len(self.p) and self.p[self.i] == "+":
                raise self.error(
                    translate(
                        "Core", "Possessive quantifiers (*+, ++) are not supported in regex()"
                    )
                )
            if self.i < len(self.p) and self.p[self.i] == "?":
                self.i += 1  # lazy or greedy: the same answer to "does it match?"
            node = ("rep", node, *bounds)
        return node

    def quantifier(self) -> tuple[int, int | None] | None:
        c = self.p[self.i]
        simple = {"*": (0, None), "+": (1, None), "?": (0, 1)}
        if c in simple:
            self.i += 1
            return simple[c]
        braces = _BRACES.match(self.p, self.i) if c == "{" else None
        if braces is None or not (braces.group(1) or braces.group(2)):
            return None  # Python reads such a '{' as a plain character
        low_text, comma, high_text = braces.groups()
        if len(low_text) > 5 or len(high_text or "") > 5:
            raise self.error(
                translate("Core", "This regex pattern repeats too many times to check quickly")
            )
        low = int(low_text or 0)
        high = int(high_text) if high_text else (None if comma else low)
        self.i = braces.end()
        return low, high

    def atom(self) -> Node:
        start = self.i
        c = self.p[start]
        if c == "(":
            return self.group()
        if c == "[":
            end = start + 1
            if end < len(self.p) and self.p[end] == "^":
                end += 1
            if end < len(self.p) and self.p[end] == "]":
                end += 1
            while end < len(self.p) and self.p[end] != "]":
                end += 2 if self.p[end] == "\\" else 1
            if end >= len(self.p):
                raise self.error(
                    translate("Core", "This regex pattern has a '[' that is never closed"), start
                )
            self.i = end + 1
            return ("set", self.single(self.p[start : end + 1], start))
        self.i += 1
        if c == ".":
            return ("any",)
        if c == "^":
            return ("assert", "start")
        if c == "$":
            return ("assert", "eol")
        if c == "\\":
            return self.escape(start)
        return ("char", c)

    def escape(self, start: int) -> Node:
        if self.i >= len(self.p):
            raise self.error(
                translate("Core", "This regex pattern ends with a lone backslash"), start
            )
        c = self.p[self.i]
        self.i += 1
        assertions = {"A": "start", "Z": "end", "b": "word", "B": "nonword"}
        if c in assertions:
            return ("assert", assertions[c])
        if c in "123456789":
            raise self.error(
                translate("Core", "Back-references like \\1 are not supported in regex()"), start
            )
        if not c.isalnum():
            return ("char", c)
        extra = {"x": 2, "u": 4, "U": 8}.get(c, 0)
        if c == "N":
            close = self.p.find("}", self.i)
            extra = close - self.i + 1 if close >= 0 else 0
        elif c == "0":
            while (
                extra < 2 and self.i + extra < len(self.p) and self.p[self.i + extra] in "01234567"
            ):
                extra += 1
        self.i = min(len(self.p), self.i + extra)
        return ("set", self.single(self.p[start : self.i], start))

    def group(self) -> Node:
        start = self.i
        if self.p.startswith("(?:", start):
            self.i += 3
        elif self.p.startswith("(?P<", start):
            close = self.p.find(">", start)
            if close < 0:
                raise self.error(
                    translate("Core", "This regex pattern has a group name that is never closed")
                )
            self.i = close + 1
        elif self.p.startswith("(?", start):
            raise self.error(_group_refusal(self.p[start + 2 : start + 4]), start)
        else:
            self.i += 1
        self.depth += 1
        if self.depth > _MAX_GROUP_NESTING:
            raise self.error(translate("Core", "This regex pattern nests groups too deeply"), start)
        inner = self.alternation()
        if self.i >= len(self.p) or self.p[self.i] != ")":
            raise self.error(
                translate("Core", "This regex pattern has a '(' that is never closed"), start
            )
        self.i += 1
        self.depth -= 1
        return inner

    def single(self, text: str, position: int) -> re.Pattern[str]:
        try:
            return re.compile(text)
        except (re.error, OverflowError, ValueError) as exc:
            raise self.error(
                translate("Core", "This regex pattern is not valid: {text}").format(text=text),
                position,
            ) from exc


def _group_refusal(marker: str) -> str:
    if marker[:1] in ("=", "!") or marker in ("<=", "<!"):
        return translate("Core", "Look-ahead and look-behind groups are not supported in regex()")
    if marker.startswith("P="):
        return translate("Core", "Back-references are not supported in regex()")
    if marker.startswith(">"):
        return translate("Core", "Atomic groups (?>...) are not supported in regex()")
    return translate(
        "Core", "Inline flags and special groups like (?i) are not supported in regex()"
    )


class _Emitter:
    def __init__(self) -> None:
        self.program: list[tuple[int, object, object]] = []

    def add(self, op: int, a: object = None, b: object = None) -> int:
        if len(self.program) >= _MAX_PROGRAM:
            raise PatternError(
                translate(
                    "Core",
                    "This regex pattern repeats too much to check quickly; use smaller {n,m} "
                    "counts",
                ),
                0,
            )
        self.program.append((op, a, b))
        return len(self.program) - 1

    def patch(self, at: int, op: int, a: object, b: object = None) -> None:
        self.program[at] = (op, a, b)

    def emit(self, node: Node) -> None:
        kind = node[0]
        if kind == "char":
            self.add(_CHAR, node[1])
        elif kind == "any":
            self.add(_ANY)
        elif kind == "set":
            self.add(_SET, node[1])
        elif kind == "assert":
            self.add(_ASSERT, node[1])
        elif kind == "cat":
            for item in node[1]:  # type: ignore[attr-defined]
                self.emit(item)
        elif kind == "alt":
            self.alternatives(node[1])  # type: ignore[arg-type]
        else:
            self.repeat(node[1], node[2], node[3])  # type: ignore[arg-type]

    def alternatives(self, branches: list[Node]) -> None:
        jumps: list[int] = []
        for branch in branches[:-1]:
            split = self.add(_SPLIT)
            self.emit(branch)
            jumps.append(self.add(_JMP))
            self.patch(split, _SPLIT, split + 1, len(self.program))
        self.emit(branches[-1])
        for jump in jumps:
            self.patch(jump, _JMP, len(self.program))

    def repeat(self, body: Node, low: int, high: int | None) -> None:
        for _ in range(low):
            self.emit(body)
        if high is None:
            loop = self.add(_SPLIT)
            self.emit(body)
            self.add(_JMP, loop)
            self.patch(loop, _SPLIT, loop + 1, len(self.program))
            return
        splits = []
        for _ in range(high - low):
            splits.append(self.add(_SPLIT))
            self.emit(body)
        for split in splits:
            self.patch(split, _SPLIT, split + 1, len(self.program))
