"""The findings report's parts as plain values (its tables, charts, sentences and sections),
how its numbers are written, and the order its answers are given in. See
:mod:`duodesk.exports.findings` for how they are made from the workbook's protected blocks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from duodesk import i18n
from duodesk.analysis.tables import rounded_text
from duodesk.exports.blocks import Block, Line, Shown

# Unicode's embedding, override and isolate controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI,
# PDI). One copied into a label with it ("\u202eRTL") turns the rest of its line around: a
# key finding's "7 of the 12 people asked (58%)" read "(%85) deksa elpoep 21 eht fo 7".
_DIRECTION_CONTROLS = str.maketrans(
    dict.fromkeys(range(0x202A, 0x202F)) | dict.fromkeys(range(0x2066, 0x206A))
)


def without_direction_controls(text: str) -> str:
    """``text`` as the report writes it: without the controls that reorder the text around
    them (the plain right-to-left and left-to-right marks, which do not, are kept)."""
    return text.translate(_DIRECTION_CONTROLS)


MOST_ANSWERS_SAID = 6  # answers named in one key-finding sentence; the table has them all


@dataclass(frozen=True)
class Table:
    """Rows of text as they are printed; ``kinds[i]`` styles row i (``"header"``,
    ``"title"``, ``"note"``, ``"option"``, ``"status"``, ``"total"``, ``"statistic"``)."""

    rows: tuple[tuple[str, ...], ...]
    kinds: tuple[str, ...]

    @property
    def columns(self) -> int:
        return max((len(row) for row in self.rows), default=0)


@dataclass(frozen=True)
class Chart:
    """A chart to draw, from shown numbers only. ``kind``: ``"bars"`` (counts, in the table's
    order), ``"ranked"`` (percentages, largest first), ``"stacked"`` (a grid: ``labels`` are
    the statements, ``scale`` each scale point's label with its count per statement) or
    ``"range"`` (a number question: ``values`` are the low end, lower quartile, median, upper
    quartile and high end, each a number its table shows)."""

    key: str
    kind: str
    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...] = ()
    value_title: str = ""
    scale: tuple[tuple[str, tuple[int, ...]], ...] = ()
    description: str = ""


@dataclass(frozen=True)
class QuestionPart:
    title: str
    note: str
    table: Table
    chart: Chart | None = None
    chart_note: str = ""


@dataclass(frozen=True)
class Section:
    heading: str
    parts: tuple[QuestionPart, ...]


@dataclass(frozen=True)
class Finding:
    question: str  # the question's name
    section: str
    text: str


@dataclass(frozen=True)
class QuoteGroup:
    """A few written answers coded with one theme: words only (no site, date, interviewer or
    interview), and none for a theme given by too few people."""

    question: str  # the question's words
    theme: str
    description: str
    quotes: tuple[str, ...]
    note: str  # why no quotes are given, when none are


@dataclass(frozen=True)
class FindingsReport:
    title: str
    title_page: tuple[str, ...]  # the lines under the title
    method_heading: str
    method: tuple[str, ...]  # paragraphs
    findings_heading: str
    findings_intro: str
    findings: tuple[Finding, ...]
    marker_note: str
    sections: tuple[Section, ...]
    annex_heading: str
    annex_intro: str
    annex: Table
    interviews: int
    interviews_hidden: bool = False  # the report hides ``interviews`` (a small part of them)
    quotes_heading: str = ""
    quotes_intro: str = ""
    quotes: tuple[QuoteGroup, ...] = ()
    quotes_note: str = ""  # under the quotes: what was taken out of them, and to check them
    published: tuple[int, ...] = ()  # the interviews counted, kept in the audit trail

    @property
    def charts(self) -> tuple[Chart, ...]:
        return tuple(p.chart for s in self.sections for p in s.parts if p.chart is not None)


def whole_percent(count: int, of: int) -> str:
    """``count / of`` as a whole percentage, halves rounded up (66 of 79: "84%")."""
    value = (Decimal(count) * 100 / Decimal(of)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return i18n.percent_text(f"{value}%")


def exact_share(value: float) -> Fraction:
    """The fraction ``count / of`` a share was computed from, exactly: two fractions with
    denominators up to a million differ by far more than a float's error, so the nearest
    such fraction is the one divided."""
    return Fraction(value).limit_denominator(1_000_000)


def percent_text(value: Shown) -> str:
    """A share as a percentage with one decimal, halves rounded up exactly (1 of 16: 6.3%),
    as :func:`whole_percent` rounds the sentences' percentages."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    share = exact_share(value)
    percent = Decimal(share.numerator * 100) / Decimal(share.denominator)
    return i18n.percent_text(f"{percent.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%")


def count_text(value: Shown | Decimal) -> str:
    """A count with thousands separators; a statistic (a float or an exact Decimal) with at
    most two decimals, halves rounded up from its exact value as the summary's tables print
    it (2.675 is 2.68, where ``f"{2.675:.2f}"`` gives 2.67), trailing zeros left off."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float | Decimal):
        text = rounded_text(value, 2).lstrip("-")
        whole, _, decimals = text.partition(".")
        decimals = decimals.rstrip("0")
        sign = "-" if value < 0 and (whole.strip("0") or decimals) else ""
        return i18n.number_text(f"{sign}{int(whole):,}" + (f".{decimals}" if decimals else ""))
    return i18n.number_text(f"{value:,}")


def largest_first(lines: Sequence[Line]) -> list[Line]:
    """The answers shown, largest number first (questionnaire order among equals); only
    numbers that are shown are ordered, so the order says nothing of the hidden ones."""
    return sorted(lines, key=lambda line: -line.count)  # type: ignore[operator]


def question_words(label: str) -> str:
    """A question as a sentence starts with it, before a colon: without a closing full stop
    or colon of its own ("I am worried about the side effects." -> "... side effects")."""
    label = " ".join(label.split())
    return label[:-1] if label.endswith((".", ":")) else label


def line_of(block: Block, label: str) -> Line:
    return next(line for line in block.lines if line.label == label)


def choice_lines(block: Block) -> list[Line]:
    return [line for line in block.lines if line.chart]


def ranked(block: Block) -> list[Line]:
    """A multiple-answer question's answers in descending order of the numbers shown; the
    hidden ones after them in alphabetical order, so that their order says nothing of their
    size."""
    options = choice_lines(block)
    shown = sorted(
        (line for line in options if isinstance(line.count, int)),
        key=lambda line: -line.count,  # type: ignore[operator]
    )
    hidden = sorted(
        (line for line in options if not isinstance(line.count, int)),
        key=lambda line: line.label.casefold(),
    )
    return shown + hidden
