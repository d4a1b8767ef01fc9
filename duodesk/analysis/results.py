"""What a summary is made of: plain, immutable values, safe to hand to another thread.

Every percentage is a float from 0 to 100 at full precision (round only when showing it), and
each field's docstring says what it is a percentage *of*. ``None`` means "cannot be computed"
(a percentage of nobody, the standard deviation of one number), never zero.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from decimal import Decimal

from duodesk.analysis.subset import Subset
from duodesk.i18n import translate


class AnalysisError(ValueError):
    """A summary that cannot be made as asked (unknown questionnaire or question, a question
    of the wrong type); ``str()`` is a sentence for the person at the keyboard."""


class AnalysisCancelled(Exception):
    """The computation was cancelled through its ``cancelled`` check; nothing was returned."""


@dataclass(frozen=True)
class OptionCount:
    """One row of a frequency table: a choice, a value, or a user-defined bin.

    - ``count``: interviews that gave this answer (for select_multiple: that ticked it).
    - ``percent``: of all interviews in the subset (SPSS/PSPP "Percent").
    - ``valid_percent``: of the valid answers, i.e. answered and not a declared missing code
      (SPSS/PSPP "Valid Percent"); None for a missing code, or when nobody gave a valid answer.
    - ``cumulative_percent``: running total of ``valid_percent`` in table order; None for a
      missing code (SPSS/PSPP "Cumulative Percent").
    - ``percent_of_cases`` (select_multiple): of the interviews that answered the question
      (ticked at least one option, a missing code such as "Don't know" included: see
      :meth:`QuestionSummary.cases_in_words`); None for other types.
    - ``percent_of_responses`` (select_multiple): of all ticks given to the question, so these
      add up to 100; None for other types.
    """

    name: str
    label: str
    count: int
    percent: float | None
    valid_percent: float | None = None
    cumulative_percent: float | None = None
    is_missing_code: bool = False
    percent_of_cases: float | None = None
    percent_of_responses: float | None = None


@dataclass(frozen=True)
class Combination:
    """One combination of options ticked together for a select_multiple question."""

    names: tuple[str, ...]
    labels: tuple[str, ...]
    count: int
    percent_of_cases: float | None  # of the interviews that answered the question

    @property
    def label(self) -> str:
        """``"City + Regional"``."""
        return " + ".join(self.labels)


@dataclass(frozen=True)
class NumberBin:
    """A range of numbers the user groups answers into, e.g. "1 to 5".

    ``low`` / ``high`` of None mean no limit on that side; the ``*_inclusive`` flags say
    whether the limit itself belongs to the bin. See :func:`bins_from_cut_points` for the
    usual "less than 1 / 1 to 5 / more than 5".
    """

    label: str
    low: float | None = None
    high: float | None = None
    low_inclusive: bool = True
    high_inclusive: bool = True

    def contains(self, number: float) -> bool:
        if self.low is not None and (
            number < self.low or (number == self.low and not self.low_inclusive)
        ):
            return False
        return not (
            self.high is not None
            and (number > self.high or (number == self.high and not self.high_inclusive))
        )


def _number_text(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else repr(float(number))


def bins_from_cut_points(cuts: list[float] | tuple[float, ...]) -> tuple[NumberBin, ...]:
    """Bins from cut points: ``[1, 5]`` gives "less than 1", "1 to 5" (both ends included)
    and "more than 5"; a further cut point 10 adds "more than 5 to 10" before "more than 10".
    One cut point ``[c]`` gives "less than c" and "c or more"."""
    points = sorted({float(c) for c in cuts})
    if not points:
        return ()
    first, text = points[0], _number_text
    less = translate("Results", "less than {number}").format(number=text(first))
    bins = [NumberBin(less, None, first, high_inclusive=False)]
    if len(points) == 1:
        more = translate("Results", "{number} or more").format(number=text(first))
        return (*bins, NumberBin(more, first, None))
    between = translate("Results", "{low} to {high}")
    bins.append(NumberBin(between.format(low=text(first), high=text(points[1])), first, points[1]))
    above = translate("Results", "more than {low} to {high}")
    for low, high in itertools.pairwise(points[1:]):
        label = above.format(low=text(low), high=text(high))
        bins.append(NumberBin(label, low, high, low_inclusive=False))
    last = points[-1]
    label = translate("Results", "more than {number}").format(number=text(last))
    bins.append(NumberBin(label, last, None, low_inclusive=False))
    return tuple(bins)


@dataclass(frozen=True)
class NumberStats:
    """Descriptives of the answered numbers (``n`` of them; missing codes do not apply).

    Computed exactly from the stored answers and rounded once (see
    :func:`duodesk.analysis.tables.number_stats`); a value that is a whole number is an
    ``int``, so integers above 2**53 keep every digit. ``sd`` is the sample standard deviation
    (divisor n-1), None when n < 2. ``median``, ``q1`` and ``q3`` follow ``method``:
    ``"HAVERAGE"``, SPSS's default, the weighted average at position (n+1)p of the sorted
    answers (Hyndman and Fan's type 6; PSPP's EXAMINE ``/PERCENTILES ... HAVERAGE``). All but
    ``n`` are None when n = 0.
    """

    n: int
    mean: float | None
    sd: float | Decimal | None
    median: float | None
    q1: float | None
    q3: float | None
    min: float | None
    max: float | None
    method: str = "HAVERAGE"


@dataclass(frozen=True)
class QuestionSummary:
    """The summary of one question over the interviews of a subset.

    Counts, which always add up: ``interviews = asked + not_applicable + not_in_version`` and
    ``asked = answered + missing``.

    - ``interviews``: interviews in the subset.
    - ``asked``: interviews where the question applied (answered or left blank).
    - ``not_applicable``: "Not asked (skipped)" by the questionnaire's logic.
    - ``answered``: gave an answer (a missing code such as "Don't know" counts as an answer).
    - ``missing``: "No answer": the question applied but was left blank.
    - ``not_in_version``: interviews with nothing stored for this question: made with a
      questionnaire version without it, or (``not_in_file`` of them) imported from a file that
      had no column for it although their version has it.
    - ``not_in_file``: the part of ``not_in_version`` that an imported file left out; 0 when
      every such interview's version lacks the question (and inside repeats).
    - ``valid``: answered with something other than a declared missing code.
    - ``options``: select_one: every choice in list order (count 0 included), then any stored
      value not in the list; select_multiple: every choice, most ticked first; numbers: only
      when frequencies were asked for; text: when asked for, most frequent first.
    - ``responses`` (select_multiple): ticks given in all.
    - ``stats`` (integer/decimal): :class:`NumberStats`; None for other types.
    - ``bins`` (integer/decimal): the user's bins as a frequency table, when asked for.
    - ``combinations`` (select_multiple): combinations ticked together, most frequent first.
    """

    name: str
    label: str
    type: str
    interviews: int
    asked: int
    not_applicable: int
    answered: int
    missing: int
    not_in_version: int = 0
    not_in_file: int = 0
    valid: int = 0
    options: tuple[OptionCount, ...] = ()
    responses: int = 0
    stats: NumberStats | None = None
    bins: tuple[OptionCount, ...] = ()
    combinations: tuple[Combination, ...] = ()
    group: str = ""  # label of the enclosing group(s), "" at top level
    # Inside a repeat: what one instance is ("drug"). ``interviews`` and every count above are
    # then of instances (drugs named), and ``people`` the interviews they came from.
    repeat: str = ""
    people: int = 0
    repeat_language: str = ""  # the language of ``repeat``, "" when not known

    @property
    def unit(self) -> str:
        """What the counts count: "people", or the repeat's instances ("drugs")."""
        if not self.repeat:
            return translate("Results", "people")
        from duodesk.analysis.catalogue import plural

        return plural(self.repeat, self.repeat_language)

    @property
    def count_heading(self) -> str:
        """The heading of a count column: "Number of people", or "Number of drugs"."""
        if not self.repeat:
            return translate("Results", "Number of people")
        return translate("Results", "Number of {things}").format(things=self.unit)

    @property
    def total_word(self) -> str:
        """What ``interviews`` counts: "interviews", or the repeat's instances ("drugs")."""
        return self.unit if self.repeat else translate("Results", "interviews")

    def repeat_in_words(self) -> str:
        """``"Counted over 212 drugs named by 87 people"``; ``""`` outside repeats."""
        if not self.repeat:
            return ""
        things = self.repeat if self.interviews == 1 else self.unit
        if self.people == 1:
            words = translate("Results", "Counted over {count} {things} named by {people} person")
        else:
            words = translate("Results", "Counted over {count} {things} named by {people} people")
        return words.format(count=self.interviews, things=things, people=self.people)

    def percent_of_interviews(self, count: int) -> float | None:
        return 100.0 * count / self.interviews if self.interviews else None

    def denominators_in_words(self) -> str:
        """``"40 of the 66 people asked answered; 13 were not asked"``: what the percentages
        of this question are percentages of."""
        parts = [
            translate("Results", "{answered} of the {asked} {unit} asked about answered").format(
                answered=self.answered, asked=self.asked, unit=self.unit
            )
        ]
        if not self.repeat and self.asked == 1:
            parts = [
                translate("Results", "1 person was asked and answered")
                if self.answered
                else translate("Results", "1 person was asked")
            ]
        elif not self.repeat:
            parts = [
                translate("Results", "{answered} of the {asked} people asked answered").format(
                    answered=self.answered, asked=self.asked
                )
            ]
        if self.missing:
            missing = self.missing  # (lupdate reads only a plain name as the count)
            parts.append(translate("Results", "%n gave no answer", None, missing))
        if self.not_applicable:
            if self.not_applicable == 1:
                words = translate("Results", "{count} was not asked (skipped)")
            else:
                words = translate("Results", "{count} were not asked (skipped)")
            parts.append(words.format(count=self.not_applicable))
        if self.not_in_version > self.not_in_file:
            parts.append(
                translate(
                    "Results", "{count} had a version of the questionnaire without this question"
                ).format(count=self.not_in_version - self.not_in_file)
            )
        if self.not_in_file:
            parts.append(
                translate(
                    "Results",
                    "{count} came from an imported file that had no column for this question",
                ).format(count=self.not_in_file)
            )
        if self.answered != self.valid and self.type == "select_one":
            parts.append(
                translate(
                    "Results", "{count} answered {codes}, which is left out of valid percent"
                ).format(count=self.answered - self.valid, codes=self._missing_codes_said())
            )
        text = "; ".join(parts)
        if self.type == "select_multiple" and self.answered:
            text += ". " + self.cases_in_words()
        if self.repeat:
            text = f"{self.repeat_in_words()}: {text}"
        return text + "."

    def _missing_codes_said(self) -> str:
        either = translate("Results", "{left} or {right}").format(left="", right="")
        return either.join(f'"{option.label}"' for option in self.options if option.is_missing_code)

    def cases_in_words(self) -> str:
        """For select_multiple: what percent of cases and percent of responses are out of.

        DuoDesk's convention (as SPSS MULT RESPONSE counts a case with any tick): the cases
        are everybody who ticked something, *including* those who ticked only a missing code
        such as "Don't know"; the responses are all the ticks, missing codes included."""
        only = self.answered - self.valid
        ticks = self.responses
        # In the words of the table's headings ("% of people", "% of all answers ticked"),
        # not the analysts' "cases" and "responses"; one answer ticked is said as one.
        if only and ticks == 1:
            text = translate(
                "Results",
                "“% of people” is out of the {answered} who ticked at least one answer "
                "(including {only} who ticked only {codes}); “% of all answers ticked” is out "
                "of the %n answer ticked",
                None,
                ticks,
            )
        elif only:
            text = translate(
                "Results",
                "“% of people” is out of the {answered} who ticked at least one answer "
                "(including {only} who ticked only {codes}); “% of all answers ticked” is out "
                "of the %n answers ticked",
                None,
                ticks,
            )
        elif ticks == 1:
            text = translate(
                "Results",
                "“% of people” is out of the {answered} who ticked at least one answer; "
                "“% of all answers ticked” is out of the %n answer ticked",
                None,
                ticks,
            )
        else:
            text = translate(
                "Results",
                "“% of people” is out of the {answered} who ticked at least one answer; "
                "“% of all answers ticked” is out of the %n answers ticked",
                None,
                ticks,
            )
        return text.format(
            answered=self.answered,
            only=only,
            codes=self._missing_codes_said() if only else "",
        )


@dataclass(frozen=True)
class ScalePoint:
    name: str
    label: str
    is_missing_code: bool = False


@dataclass(frozen=True)
class GridRow:
    """One statement of a Likert grid, as the statement's own frequency table counts it:
    ``row_percents`` are of ``answered`` (missing codes such as "Don't know" included; None
    if 0); ``valid_percents`` are of ``valid``, the answers that are not a missing code
    (None for a missing code's column, or when nobody gave a valid answer)."""

    name: str
    label: str
    answered: int
    counts: tuple[int, ...]
    row_percents: tuple[float | None, ...]
    valid: int = 0
    valid_percents: tuple[float | None, ...] = ()


@dataclass(frozen=True)
class GridTable:
    """A Likert grid (a one-page group of select_one questions on one list) as one table:
    statements (rows) x scale points (columns)."""

    name: str
    label: str
    scale: tuple[ScalePoint, ...]
    rows: tuple[GridRow, ...]


@dataclass(frozen=True)
class Summary:
    """The summary of a questionnaire over a subset of its complete interviews.

    ``versions``: the questionnaire version numbers of the interviews counted (empty when there
    were none); questions are matched across versions by name, and labels come from the newest
    version that has the question.
    """

    form_id: str
    title: str
    versions: tuple[int, ...]
    interviews: int
    subset: Subset
    questions: tuple[QuestionSummary, ...]
    grids: tuple[GridTable, ...] = ()

    def question(self, name: str) -> QuestionSummary:
        """The summary of the question called ``name``; KeyError if there is none."""
        for item in self.questions:
            if item.name == name:
                return item
        raise KeyError(name)


@dataclass(frozen=True)
class CrosstabCell:
    count: int
    row_percent: float | None  # of the row's total
    column_percent: float | None  # of the column's total
    total_percent: float | None  # of all interviews in the table
    expected: float | None  # expected count under independence


@dataclass(frozen=True)
class Crosstab:
    """Two questions against each other, over the interviews that gave a valid answer
    (not blank, not a missing code) to both.

    ``cells[r][c]`` is row category ``r`` x column category ``c``. Categories are every
    choice (for select_one) or every value found. Chi-square (Pearson) is computed over the
    rows and columns with a non-zero total; ``fisher_p`` (two-sided) is given for a 2x2 table
    and for a larger one with an expected count under 5 (Freeman-Halton; exact, or a Monte
    Carlo estimate with its seed for a table too large, as ``fisher_method`` says).
    ``warning`` is a plain sentence when expected counts are too small to trust chi-square
    ("" otherwise).
    """

    form_id: str
    row_question: str
    row_label: str
    column_question: str
    column_label: str
    rows: tuple[ScalePoint, ...]
    columns: tuple[ScalePoint, ...]
    cells: tuple[tuple[CrosstabCell, ...], ...]
    row_totals: tuple[int, ...]
    column_totals: tuple[int, ...]
    total: int
    chi_square: float | None
    degrees_of_freedom: int | None
    p_value: float | None
    fisher_p: float | None
    cells_expected_under_5: int
    warning: str
    subset: Subset = field(default_factory=Subset)
    fisher_method: str = ""  # how fisher_p was found, in words ("" when there is none)
    # A themes variable on one side: a person may count in several cells (no test is given).
    multiple_response: bool = False
    # A repeat question on one side: what the cells count, in the plural ("drugs"), "" when
    # they count people; then ``people`` says how many people gave them (no test is given).
    counted_over: str = ""
    people: int = 0
    # With a repeat question: the distinct people behind each cell, row total and column
    # total (the counts are of instances). Small numbers are hidden by these.
    cell_people: tuple[tuple[int, ...], ...] = ()
    row_people: tuple[int, ...] = ()
    column_people: tuple[int, ...] = ()


@dataclass(frozen=True)
class TextAnswer:
    """One written answer, for quoting in reports."""

    interview_date: str  # ISO date, "" when not known
    site: str
    text: str


__all__ = [
    "AnalysisCancelled",
    "AnalysisError",
    "Combination",
    "Crosstab",
    "CrosstabCell",
    "GridRow",
    "GridTable",
    "NumberBin",
    "NumberStats",
    "OptionCount",
    "QuestionSummary",
    "ScalePoint",
    "Summary",
    "TextAnswer",
    "bins_from_cut_points",
]
