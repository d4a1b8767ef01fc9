"""A summary as JSON (``duodesk summary --json``) and as a plain-text table."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from duodesk.analysis.results import Crosstab, OptionCount, QuestionSummary, Summary
from duodesk.analysis.tables import percentile_method_words, rounded_text
from duodesk.i18n import translate

if TYPE_CHECKING:
    from duodesk.exports.disclosure import TableProtection

_SELECT_ONE_FIELDS = (
    "name",
    "label",
    "count",
    "percent",
    "valid_percent",
    "cumulative_percent",
    "is_missing_code",
)
_MULTIPLE_FIELDS = ("name", "label", "count", "percent_of_cases", "percent_of_responses")


def summary_to_json(summary: Summary) -> dict:
    """The summary as JSON-ready values: per question ``name``, ``label``, ``type``,
    ``interviews``, ``asked``, ``not_applicable``, ``answered``, ``missing``,
    ``not_in_version``, ``not_in_file`` (the part of ``not_in_version`` an imported file
    left out, whose version has the question), ``valid``, ``options`` (select_one:
    ``name``, ``label``, ``count``, ``percent``, ``valid_percent``, ``cumulative_percent``,
    ``is_missing_code``;
    select_multiple: ``name``, ``label``, ``count``, ``percent_of_cases``,
    ``percent_of_responses``, most ticked first), ``combinations``, ``stats`` (``n``,
    ``mean``, ``sd``, ``median``, ``q1``, ``q3``, ``min``, ``max``, and ``method``, how the
    quartiles were found: ``"HAVERAGE"``) and ``bins``.
    Percentages are 0-100 at full precision; a value that cannot be computed is null.

    A statistic that no double holds exactly (a mean of 4503599627370511.75, a minimum of
    9007199254740993) is a string of its digits, as the workbook writes it as text; see
    :func:`_exact`."""
    return {
        "form_id": summary.form_id,
        "title": summary.title,
        "subset": summary.subset.describe(),
        "versions": list(summary.versions),
        "interviews": summary.interviews,
        "questions": [_question(q) for q in summary.questions],
        "grids": [
            {
                "name": grid.name,
                "label": grid.label,
                "scale": [asdict(point) for point in grid.scale],
                "rows": [asdict(row) for row in grid.rows],
            }
            for grid in summary.grids
        ],
    }


def _question(question: QuestionSummary) -> dict:
    fields = _MULTIPLE_FIELDS if question.type == "select_multiple" else _SELECT_ONE_FIELDS
    data: dict = {
        "name": question.name,
        "label": question.label,
        "type": question.type,
        "group": question.group,
        "interviews": question.interviews,
        "asked": question.asked,
        "not_applicable": question.not_applicable,
        "answered": question.answered,
        "missing": question.missing,
        "not_in_version": question.not_in_version,
        "not_in_file": question.not_in_file,
        "valid": question.valid,
        "percent_not_applicable": question.percent_of_interviews(question.not_applicable),
        "percent_missing": question.percent_of_interviews(question.missing),
        "denominators": question.denominators_in_words(),
        "options": [_option(option, fields) for option in question.options],
    }
    if question.type == "select_multiple":
        data["responses"] = question.responses
        data["cases"] = question.answered
        data["cases_with_only_missing_codes"] = question.answered - question.valid
        data["percent_of_cases_denominator"] = question.cases_in_words()
        data["combinations"] = [
            {
                "names": list(c.names),
                "label": c.label,
                "count": c.count,
                "percent_of_cases": c.percent_of_cases,
            }
            for c in question.combinations
        ]
    if question.repeat:  # counted over the repeat's instances: "interviews" counts those
        data["repeat"] = question.repeat
        data["instances"] = question.interviews
        data["people"] = question.people
    if question.stats is not None:
        data["stats"] = {name: _exact(v) for name, v in asdict(question.stats).items()}
    if question.bins:
        data["bins"] = [_option(option, _SELECT_ONE_FIELDS[:-1]) for option in question.bins]
    return data


def _exact(value: object) -> object:
    """A statistic as a JSON number when a double holds it exactly (what any reader gets is
    then the value), else as a string of its digits (a mean of 9007199254740994.5, a minimum
    of 9007199254740993), as the workbook's Summary sheet writes it as text: no reader ever
    gets a nearby number in its place."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        return value
    if isinstance(value, int):
        return value if -(2**53) <= value <= 2**53 else str(value)
    if value.is_finite() and Decimal(repr(float(value))) == value:
        return value
    return f"{value:f}"


def _option(option: OptionCount, fields: tuple[str, ...]) -> dict:
    return {name: getattr(option, name) for name in fields}


def json_text(data: object) -> str:
    """``data`` as indented JSON (UTF-8 text kept as it is) in which a
    :class:`~decimal.Decimal` is a JSON number with all its digits, never a float's nearest
    value nor a string. Hand-written because the standard ``json`` writes only floats: each
    Decimal goes out as a string between two markers no text can hold (they are made afresh
    for each call), and the quotes and markers are then taken off."""
    marker = uuid.uuid4().hex

    def exact(value: object) -> str:
        if isinstance(value, Decimal) and value.is_finite():
            return f"{marker}{value:f}{marker}"
        raise TypeError(f"{type(value).__name__} is not JSON serializable")

    text = json.dumps(data, indent=2, ensure_ascii=False, default=exact)
    return re.sub(f'"{marker}(-?[0-9]+(?:\\.[0-9]+)?){marker}"', r"\1", text)


def _number(value: int | float | Decimal | None, places: int = 1) -> str:
    """A number as the tables print it: a whole number with every digit, others with
    ``places`` decimals (from the exact value, halves rounded up as SPSS prints them, never
    in exponent form); "-" for None."""
    if value is None:
        return "-"
    if isinstance(value, int):
        return str(value)
    return rounded_text(value, places)


def summary_to_text(summary: Summary) -> str:
    """The summary as readable plain-text tables, one per question."""
    versions = ", ".join(str(v) for v in summary.versions)
    if not summary.versions:
        counted = translate("Summary text", "{subset}: {count} interviews")
    elif len(summary.versions) == 1:
        counted = translate(
            "Summary text", "{subset}: {count} interviews (questionnaire version {versions})"
        )
    else:
        counted = translate(
            "Summary text", "{subset}: {count} interviews (questionnaire versions {versions})"
        )
    lines = [
        summary.title,
        counted.format(
            subset=summary.subset.describe(), count=summary.interviews, versions=versions
        ),
        "",
    ]
    for question in summary.questions:
        lines += _question_text(question)
    return "\n".join(lines)


def _question_text(question: QuestionSummary) -> list[str]:
    lines = [f"{question.label} [{question.name}]", f"  {question.denominators_in_words()}"]
    rows: list[tuple[str, ...]] = []
    answer, count = translate("Summary text", "Answer"), translate("Summary text", "Count")
    percent, valid = translate("Summary text", "Percent"), translate("Summary text", "Valid %")
    cumulative = translate("Summary text", "Cumulative %")
    if question.type == "select_multiple":
        rows.append(
            (
                answer,
                count,
                translate("Summary text", "% of cases"),
                translate("Summary text", "% of responses"),
            )
        )
        rows += [
            (o.label, str(o.count), _number(o.percent_of_cases), _number(o.percent_of_responses))
            for o in question.options
        ]
    elif question.options:
        rows.append((answer, count, percent, valid, cumulative))
        rows += [_frequency_row(o) for o in question.options]
    if question.options:
        if question.type != "select_multiple":
            not_asked = translate("Summary text", "Not asked (skipped)")
            rows.append((not_asked, str(question.not_applicable), *_share(question)))
            no_answer = translate("Summary text", "No answer")
            rows.append(
                (no_answer, str(question.missing), _number(_pct(question, question.missing)))
            )
            # so that the rows add up to the interviews
            left = question.not_in_version - question.not_in_file
            if left:
                not_in = translate("Summary text", "Not in their version")
                rows.append((not_in, str(left), _number(_pct(question, left))))
            if question.not_in_file:
                not_in = translate("Summary text", "Not in the imported file")
                left = question.not_in_file
                rows.append((not_in, str(left), _number(_pct(question, left))))
        total = (
            question.unit.capitalize()
            if question.repeat
            else translate("Summary text", "Interviews")
        )
        rows.append((total, str(question.interviews)))
    if question.stats is not None:
        s = question.stats
        rows.append(
            (
                translate("Summary text", "n"),
                translate("Summary text", "mean"),
                translate("Summary text", "sd"),
                translate("Summary text", "median"),
                translate("Summary text", "q1"),
                translate("Summary text", "q3"),
                translate("Summary text", "min"),
                translate("Summary text", "max"),
            )
        )
        rows.append(
            (
                str(s.n),
                *(_number(v, 2) for v in (s.mean, s.sd, s.median, s.q1, s.q3, s.min, s.max)),
            )
        )
        rows.append((percentile_method_words(),))
    if question.bins:
        rows.append((translate("Summary text", "Range"), count, percent, valid, cumulative))
        rows += [_frequency_row(o) for o in question.bins]
    lines += _aligned(rows)
    if question.combinations:
        lines.append("  " + translate("Summary text", "Answered together:"))
        lines += [f"    {c.label}: {c.count}" for c in question.combinations[:10]]
    return [*lines, ""]


def _pct(question: QuestionSummary, count: int) -> float | None:
    return question.percent_of_interviews(count)


def _share(question: QuestionSummary) -> tuple[str]:
    return (_number(_pct(question, question.not_applicable)),)


def _frequency_row(option: OptionCount) -> tuple[str, ...]:
    label = (
        translate("Summary text", "{label} (missing)").format(label=option.label)
        if option.is_missing_code
        else option.label
    )
    return (
        label,
        str(option.count),
        _number(option.percent),
        _number(option.valid_percent),
        _number(option.cumulative_percent),
    )


COLUMN_GAP = 3  # spaces between two columns, however wide their numbers


def _aligned(rows: list[tuple[str, ...]]) -> list[str]:
    """The rows as lines: the first column left-aligned, the others right-aligned, each as
    wide as its widest cell and at least COLUMN_GAP spaces apart, so that cells never touch.
    A row of one cell (a note) is printed as it is and does not widen the first column."""
    if not rows:
        return []
    columns = max(len(row) for row in rows)
    widths = [0] * columns
    for row in rows:
        if len(row) == 1:
            continue
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    lines = []
    for row in rows:
        if len(row) == 1:
            lines.append("  " + row[0])
            continue
        cells = [row[0].ljust(widths[0])]
        cells += [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=False)]
        lines.append(("  " + (" " * COLUMN_GAP).join(cells)).rstrip())
    return lines


def crosstab_to_json(
    table: Crosstab, hidden: TableProtection | None = None, threshold: int | None = None
) -> dict:
    """A crosstab as JSON-ready values (``duodesk crosstab --json``): the categories, then
    per cell (``cells[r][c]``) ``count``, ``row_percent``, ``column_percent``,
    ``total_percent`` and ``expected``; the totals; ``chi_square`` (Pearson: ``statistic``,
    ``df``, ``p``) and ``fisher`` (``p`` and ``method``, for 2x2 tables and larger ones with
    an expected count under 5), each null when it cannot be computed. Percentages are 0-100
    at full precision. Only interviews with a valid answer to both questions are counted.
    ``multiple_response`` is true when one side is a themes variable: a person given several
    themes counts once in each, the totals count people, and no test is given.
    ``counted_over`` says what the cells count: ``"people"``, or, when one side is a question
    asked once per repeat instance, the instances (``"drugs"``), given by ``people`` people;
    then the percentages are of instances and no test is given. With ``hidden`` (the
    project requires small numbers hidden), a hidden cell or total is null with its
    percentages, ``hidden`` says so, and the tests and expected counts are null when a
    cell is hidden."""
    marks = _hidden_marks(table, hidden, threshold)
    if marks.threshold is not None:
        return _hidden_json(crosstab_to_json(table), marks)
    return {
        "form_id": table.form_id,
        "subset": table.subset.describe(),
        "row_question": table.row_question,
        "row_label": table.row_label,
        "column_question": table.column_question,
        "column_label": table.column_label,
        "rows": [{"name": p.name, "label": p.label} for p in table.rows],
        "columns": [{"name": p.name, "label": p.label} for p in table.columns],
        "cells": [[asdict(cell) for cell in row] for row in table.cells],
        "row_totals": list(table.row_totals),
        "column_totals": list(table.column_totals),
        "total": table.total,
        "chi_square": None
        if table.chi_square is None
        else {
            "statistic": table.chi_square,
            "df": table.degrees_of_freedom,
            "p": table.p_value,
        },
        "fisher": None
        if table.fisher_p is None
        else {"p": table.fisher_p, "method": table.fisher_method},
        "cells_expected_under_5": table.cells_expected_under_5,
        "warning": table.warning,
        "multiple_response": table.multiple_response,
        "counted_over": table.counted_over or "people",
        "people": table.people,
    }


@dataclass(frozen=True)
class _Marks:
    """Which numbers of a crosstab are hidden (none when ``threshold`` is None)."""

    threshold: int | None
    cells: tuple[tuple[bool, ...], ...]
    row_totals: tuple[bool, ...]
    column_totals: tuple[bool, ...]
    things: str = ""  # a repeat question's table: what it counts, hidden by people

    @property
    def any_cell(self) -> bool:
        return any(any(row) for row in self.cells)

    def hides(self, row: int, column: int, kind: str) -> bool:
        """A cell's count or percentage; a row percentage also gives its row's total away,
        and a column percentage its column's."""
        if self.cells[row][column]:
            return True
        return (kind == "row" and self.row_totals[row]) or (
            kind == "column" and self.column_totals[column]
        )


def _hidden_marks(table: Crosstab, hidden: TableProtection | None, threshold: int | None) -> _Marks:
    rows, columns = len(table.rows), len(table.columns)
    if hidden is None or threshold is None or not rows or not columns:
        none = ((False,) * columns,) * rows
        return _Marks(None, none, (False,) * rows, (False,) * columns)
    return _Marks(
        threshold, hidden.cells, hidden.row_totals, hidden.column_totals, table.counted_over
    )


def by_people_in_words(threshold: int, things: str) -> str:
    """What a repeat question's crosstab hides: its cells count ``things`` (drugs), but a
    repeat instance belongs to a person, so small numbers are hidden by people."""
    return translate(
        "Summary text",
        "The cells count {things}, but a number is hidden by the people behind it: one "
        "named by 1 to {threshold} people is hidden, however many {things} it counts.",
    ).format(threshold=threshold, things=things)


def _hiding_words(threshold: int | None, things: str = "") -> str:
    if things and threshold is not None:
        return _hiding_words(threshold) + " " + by_people_in_words(threshold, things)
    return translate(
        "Summary text",
        "The project hides numbers from 1 to {threshold} in everything that leaves the group, "
        "so this table hides them as the workbook would (and a number that would let one be "
        "worked out). No chi-square or Fisher test is given when a number is hidden: its "
        "result could be used to work the hidden numbers out.",
    ).format(threshold=threshold)


def _hidden_json(data: dict, marks: _Marks) -> dict:
    for r, row in enumerate(data["cells"]):
        for c, cell in enumerate(row):
            if marks.any_cell:
                cell["expected"] = None
            for key, kind in (
                ("count", "count"),
                ("total_percent", "count"),
                ("row_percent", "row"),
                ("column_percent", "column"),
            ):
                if marks.hides(r, c, kind):
                    cell[key] = None
            cell["hidden"] = marks.cells[r][c]
    for key, marked in (("row_totals", marks.row_totals), ("column_totals", marks.column_totals)):
        data[key] = [None if hide else total for hide, total in zip(marked, data[key], strict=True)]
    if marks.any_cell:
        data.update(chi_square=None, fisher=None, cells_expected_under_5=None, warning="")
    data["hidden"] = {
        "threshold": marks.threshold,
        "note": _hiding_words(marks.threshold, marks.things),
    }
    return data


def crosstab_to_text(
    table: Crosstab, hidden: TableProtection | None = None, threshold: int | None = None
) -> str:
    """The crosstab as plain-text tables: counts, then row, column and total percents, then
    the tests in a sentence. With ``hidden`` (the project requires small numbers hidden:
    :func:`duodesk.exports.disclosure.protect_table`), the cells and totals it marks are
    printed as "hidden", with their percentages, and no test is given when a cell is hidden
    (tried against each value the hidden cells could take, a test gives them back)."""
    marks = _hidden_marks(table, hidden, threshold)
    word = translate("Summary text", "hidden")
    lines = [
        translate("Summary text", "{row_label} [{row}] by {column_label} [{column}]").format(
            row_label=table.row_label,
            row=table.row_question,
            column_label=table.column_label,
            column=table.column_question,
        ),
        translate(
            "Summary text", "{subset}: {count} interviews with a valid answer to both"
        ).format(subset=table.subset.describe(), count=table.total)
        if not table.counted_over
        else translate(
            "Summary text",
            "{subset}: {count} {things} with a valid answer to both, named by {people} people",
        ).format(
            subset=table.subset.describe(),
            count=table.total,
            things=table.counted_over,
            people=table.people,
        ),
        "",
    ]
    total_word = translate("Summary text", "Total")
    counted = (
        translate("Summary text", "Number of {things}").format(things=table.counted_over)
        if table.counted_over
        else translate("Summary text", "Number of people")
    )
    header = ("", *(p.label for p in table.columns), total_word)
    shown = (
        (counted, lambda c: str(c.count), "count"),
        (translate("Summary text", "% of the row"), lambda c: _number(c.row_percent), "row"),
        (
            translate("Summary text", "% of the column"),
            lambda c: _number(c.column_percent),
            "column",
        ),
        (
            translate("Summary text", "% of all {things}").format(things=table.counted_over)
            if table.counted_over
            else translate("Summary text", "% of everyone in the table"),
            lambda c: _number(c.total_percent),
            "count",
        ),
    )
    for title, cell, kind in shown:
        lines.append(title)
        rows: list[tuple[str, ...]] = [header]
        for r, (point, cells, row_total) in enumerate(
            zip(table.rows, table.cells, table.row_totals, strict=True)
        ):
            total = (word if marks.row_totals[r] else str(row_total)) if title == counted else ""
            texts = (
                word if marks.hides(r, c, kind) else cell(value) for c, value in enumerate(cells)
            )
            rows.append((point.label, *texts, total))
        if title == counted:
            columns = (
                word if marks.column_totals[c] else str(t)
                for c, t in enumerate(table.column_totals)
            )
            rows.append((total_word, *columns, str(table.total)))
        lines += _aligned(rows)
        lines.append("")
    if marks.any_cell:
        lines.append(_hiding_words(marks.threshold, table.counted_over))
        return "\n".join(lines)
    if marks.threshold is not None:
        lines.append(_hiding_words(marks.threshold, table.counted_over))
    if table.chi_square is not None and table.p_value is not None:
        lines.append(
            translate(
                "Summary text", "Pearson chi-square = {chi:.4f}, df = {df}, p = {p:.4g}."
            ).format(chi=table.chi_square, df=table.degrees_of_freedom, p=table.p_value)
        )
    if table.fisher_p is not None:
        lines.append(
            translate("Summary text", "Fisher's exact test (two-sided): p = {p:.4g}. ").format(
                p=table.fisher_p
            )
            + table.fisher_method
        )
    if table.warning:
        lines.append(table.warning)
    return "\n".join(lines)
