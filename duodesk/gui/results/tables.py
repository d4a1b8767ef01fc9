"""The Results screen's tables: what each shows, and what each percentage is a percentage of.

Each model fills a :class:`~duodesk.gui.results.table_model.ResultsTableModel` from one value
of :mod:`duodesk.analysis` (a frozen dataclass), so a table never computes a number itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import overload

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from duodesk.analysis.results import (
    Crosstab,
    GridTable,
    NumberStats,
    OptionCount,
    QuestionSummary,
    TextAnswer,
)
from duodesk.exports.disclosure import TableProtection
from duodesk.gui.results.numbers import shown_number
from duodesk.gui.results.table_model import (
    FETCH_STEP,
    ResultsTableModel,
    TableRow,
    format_value,
)

NOT_ASKED = QT_TRANSLATE_NOOP("ResultsTables", "Not asked (skipped)")
NO_ANSWER = QT_TRANSLATE_NOOP("ResultsTables", "No answer")
NOT_IN_VERSION = QT_TRANSLATE_NOOP("ResultsTables", "Not in this version of the questionnaire")
NOT_IN_FILE = QT_TRANSLATE_NOOP("ResultsTables", "Not in the imported file")
# On screen in plain words; the workbook and the command line keep SPSS's name for the method.
QUARTILES_IN_WORDS = QT_TRANSLATE_NOOP(
    "ResultsTables",
    "A quarter of the answers are at or below the lower quartile, half at or below the "
    "median, three quarters at or below the upper quartile (worked out as SPSS does).",
)

translate = QCoreApplication.translate
CODE_FOR_NO_ANSWER = QT_TRANSLATE_NOOP("ResultsTables", "{answer} (counted as no answer)")
# In a grid, whose "Answered" counts such answers too: they are left out of the valid % only.
CODE_LEFT_OUT_OF_VALID = QT_TRANSLATE_NOOP("ResultsTables", "{answer} (left out of the valid %)")


def _say(text: str) -> str:
    """``text``, marked where it is written (QT_TRANSLATE_NOOP), in the interface language."""
    return translate("ResultsTables", text)


def _answer_label(label: str, is_missing_code: bool) -> str:
    return _say(CODE_FOR_NO_ANSWER).format(answer=label) if is_missing_code else label


class FrequencyTableModel(ResultsTableModel):
    """A choice question (or a number's bins): one row per answer, then "No answer", "Not
    asked (skipped)" and the total, with percent, valid percent and cumulative percent as
    SPSS and PSPP print them."""

    def set_question(
        self, question: QuestionSummary, options: Sequence[OptionCount] | None = None
    ) -> None:
        """Show ``options`` (default: the question's options; pass ``question.bins`` for a
        number grouped into ranges)."""
        options = question.options if options is None else options
        locale = QLocale()
        interviews = question.interviews  # (Qt's lupdate reads only a plain name as the count)
        of_all = (
            translate("ResultsTables", "% of all {count} {things}").format(
                count=locale.toString(question.interviews), things=question.total_word
            )
            if question.repeat
            else translate("ResultsTables", "% of all %Ln interviews", "", interviews)
        )
        of_valid = (
            translate(
                "ResultsTables", "% of the {count} who answered (codes for no answer left out)"
            )
            if question.answered != question.valid
            else translate("ResultsTables", "% of the {count} who answered")
        ).format(count=question.valid)
        headers = (
            translate("ResultsTables", "Answer"),
            question.count_heading,
            of_all,
            of_valid,
            translate("ResultsTables", "Adding up, % of those who answered"),
        )
        rows = [
            TableRow(
                (
                    _answer_label(option.label, option.is_missing_code),
                    option.count,
                    option.percent,
                    option.valid_percent,
                    option.cumulative_percent,
                ),
                tooltip=(
                    translate(
                        "ResultsTables",
                        "A code for no answer: counted and shown, but left out of the valid "
                        "percent.",
                    )
                    if option.is_missing_code
                    else ""
                ),
            )
            for option in options
        ]
        for label, count in (
            (NO_ANSWER, question.missing),
            (NOT_ASKED, question.not_applicable),
            (NOT_IN_VERSION, question.not_in_version - question.not_in_file),
            (NOT_IN_FILE, question.not_in_file),
        ):
            if count or label not in (NOT_IN_VERSION, NOT_IN_FILE):
                shown = _say(label)
                rows.append(
                    TableRow((shown, count, question.percent_of_interviews(count), None, None))
                )
        total = 100.0 if question.interviews else None
        rows.append(
            TableRow(
                (translate("ResultsTables", "Total"), question.interviews, total, None, None),
                emphasis=True,
            )
        )
        self.set_table(headers, rows)


class MultipleResponseModel(ResultsTableModel):
    """A question where several answers can be ticked: per answer, most ticked first, the
    percent of cases (people who answered) and the percent of responses (ticks)."""

    def set_question(self, question: QuestionSummary) -> None:
        ticks = question.responses  # (Qt's lupdate reads only a plain name as the count)
        of_cases = (
            translate(
                "ResultsTables",
                "% of people (of the {count} who answered, {codes} of them only a code for no "
                "answer)",
            ).format(count=question.answered, codes=question.answered - question.valid)
            if question.answered != question.valid
            else translate("ResultsTables", "% of people (of the {count} who answered)").format(
                count=question.answered
            )
        )
        headers = (
            translate("ResultsTables", "Answer"),
            question.count_heading,
            of_cases,
            translate("ResultsTables", "% of all answers ticked (%Ln answers)", "", ticks),
        )
        rows = [
            TableRow(
                (
                    _answer_label(option.label, option.is_missing_code),
                    option.count,
                    option.percent_of_cases,
                    option.percent_of_responses,
                )
            )
            for option in question.options
        ]
        cases = 100.0 * question.responses / question.answered if question.answered else None
        responses = 100.0 if question.responses else None
        rows.append(
            TableRow(
                (
                    translate("ResultsTables", "Total answers ticked"),
                    question.responses,
                    cases,
                    responses,
                ),
                emphasis=True,
                tooltip=translate(
                    "ResultsTables",
                    "“% of people” adds up to more than 100: people could tick several.",
                ),
            )
        )
        self.set_table(headers, rows)


class CombinationsModel(ResultsTableModel):
    """Which answers were ticked together ("City + Regional: 5"), most frequent first."""

    def set_question(self, question: QuestionSummary) -> None:
        headers = (
            translate("ResultsTables", "Answers ticked together"),
            question.count_heading,
            translate("ResultsTables", "% of the {count} who answered").format(
                count=question.answered
            ),
        )
        rows = [
            TableRow((combination.label, combination.count, combination.percent_of_cases))
            for combination in question.combinations
        ]
        self.set_table(headers, rows)


STATISTICS = (
    ("n", QT_TRANSLATE_NOOP("ResultsTables", "Number who answered")),
    ("mean", QT_TRANSLATE_NOOP("ResultsTables", "Mean (average)")),
    ("sd", QT_TRANSLATE_NOOP("ResultsTables", "Standard deviation")),
    ("median", QT_TRANSLATE_NOOP("ResultsTables", "Median (middle value)")),
    ("q1", QT_TRANSLATE_NOOP("ResultsTables", "Lower quartile (25%)")),
    ("q3", QT_TRANSLATE_NOOP("ResultsTables", "Upper quartile (75%)")),
    ("min", QT_TRANSLATE_NOOP("ResultsTables", "Smallest")),
    ("max", QT_TRANSLATE_NOOP("ResultsTables", "Largest")),
)


STATISTIC = QT_TRANSLATE_NOOP("ResultsTables", "Statistic")


def statistic_names() -> list[str]:
    """The names of the statistics and the heading over them, in the interface language."""
    names = [_say(label) for _, label in STATISTICS]
    return [*names, translate("ResultsTables", "How quartiles are found"), _say(STATISTIC)]


class NumberStatsModel(ResultsTableModel):
    """The descriptives of a number question, one statistic per row (the standard deviation
    divides by n-1, as SPSS and PSPP do)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, decimals=2)

    def set_stats(self, stats: NumberStats) -> None:
        rows = [TableRow((_say(label), getattr(stats, field))) for field, label in STATISTICS]
        rows.append(
            TableRow(
                (translate("ResultsTables", "How quartiles are found"), _say(QUARTILES_IN_WORDS))
            )
        )
        self.set_table((_say(STATISTIC), translate("ResultsTables", "Value")), rows)


class GridTableModel(ResultsTableModel):
    """A grid of statements on one scale: per statement, each answer's count, its percent of
    the people who answered that statement and, beside it, its valid percent (missing codes
    such as "Don't know" left out), as the statement's own table shows them."""

    def set_grid(self, grid: GridTable) -> None:
        headers = (
            translate(
                "ResultsTables",
                "Statement: people (% of those who answered; valid %, codes for no answer "
                "left out)",
            ),
            *(
                _say(CODE_LEFT_OUT_OF_VALID).format(answer=point.label)
                if point.is_missing_code
                else point.label
                for point in grid.scale
            ),
            translate("ResultsTables", "Answered"),
        )
        rows = []
        for row in grid.rows:
            valid = row.valid_percents or (None,) * len(row.counts)
            cells = [
                _grid_cell(count, percent, valid_percent)
                for count, percent, valid_percent in zip(
                    row.counts, row.row_percents, valid, strict=True
                )
            ]
            rows.append(TableRow((row.label, *cells, row.answered)))
        self.set_table(headers, rows)


def _grid_cell(count: int, percent: float | None, valid_percent: float | None) -> str:
    if percent is None:
        return str(count)
    if valid_percent is None:
        return f"{count} ({shown_number(format_value(percent))}%)"
    return translate("ResultsTables", "{count} ({percent}%; valid {valid}%)").format(
        count=count,
        percent=shown_number(format_value(percent)),
        valid=shown_number(format_value(valid_percent)),
    )


HIDDEN = QT_TRANSLATE_NOOP("ResultsTables", "hidden")  # as the workbook hides a count


def hidden_word() -> str:
    """What a count hidden as the workbook hides it reads (see CrosstabModel.set_crosstab)."""
    return _say(HIDDEN)


class CrosstabShows(Enum):
    """What each cell of a crosstab shows."""

    COUNTS = QT_TRANSLATE_NOOP("ResultsTables", "Number of people")
    ROW = QT_TRANSLATE_NOOP("ResultsTables", "% of the row")
    COLUMN = QT_TRANSLATE_NOOP("ResultsTables", "% of the column")
    TOTAL = QT_TRANSLATE_NOOP("ResultsTables", "% of everyone in the table")


def shows_text(shows: CrosstabShows) -> str:
    """What a crosstab's cells show, in the interface language."""
    return _say(shows.value)


class CrosstabModel(ResultsTableModel):
    """Row question's answers down, column question's answers across, with totals. A written
    answers question down the side gives a row per different answer: the rows are handed to
    the view as it scrolls to them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, fetch_step=FETCH_STEP)

    def set_crosstab(
        self,
        table: Crosstab,
        shows: CrosstabShows = CrosstabShows.COUNTS,
        hidden: TableProtection | None = None,
        threshold: int | None = None,
    ) -> None:
        """Fill the table; with ``hidden`` (see
        :class:`duodesk.gui.results.operations.ShownCrosstab`), every count the workbook would
        hide reads "hidden", with its percentages; the grand total is always shown. Small
        counts and those hidden to protect them read the same, as the workbook's "*" does:
        telling them apart would tell a reader that the others are larger than the
        threshold, which narrows the small ones down."""
        headers = (
            f"{table.row_label} \u2193 / {table.column_label} \u2192",
            *(column.label for column in table.columns),
            translate("ResultsTables", "Total"),
        )

        def cell(count: int, row_total: int, column_total: int) -> int | float | None:
            if shows is CrosstabShows.COUNTS:
                return count
            base = {
                CrosstabShows.ROW: row_total,
                CrosstabShows.COLUMN: column_total,
                CrosstabShows.TOTAL: table.total,
            }[shows]
            return 100.0 * count / base if base else None

        def mark(count: int, is_hidden: bool, value: int | float | None, base_hidden: bool):
            """The cell as shown: a percentage of a hidden total is hidden as well, since
            with the counts it would give the total away."""
            if hidden is None or threshold is None:
                return value
            if is_hidden or (base_hidden and shows is not CrosstabShows.COUNTS):
                return hidden_word()
            return value

        row_hidden = hidden.row_totals if hidden else (False,) * len(table.rows)
        column_hidden = hidden.column_totals if hidden else (False,) * len(table.columns)

        def base_of(r: int | None, k: int | None) -> bool:
            if shows is CrosstabShows.ROW and r is not None:
                return row_hidden[r]
            if shows is CrosstabShows.COLUMN and k is not None:
                return column_hidden[k]
            return False

        rows = []
        for r, point in enumerate(table.rows):
            cells = [
                mark(
                    c.count,
                    hidden is not None and hidden.cells[r][k],
                    cell(c.count, table.row_totals[r], table.column_totals[k]),
                    base_of(r, k),
                )
                for k, c in enumerate(table.cells[r])
            ]
            total = mark(
                table.row_totals[r],
                row_hidden[r],
                cell(table.row_totals[r], table.row_totals[r], table.total),
                base_of(r, None),
            )
            rows.append(TableRow((point.label, *cells, total)))
        totals = [
            mark(count, column_hidden[k], cell(count, table.total, count), base_of(None, k))
            for k, count in enumerate(table.column_totals)
        ]
        rows.append(
            TableRow(
                (
                    translate("ResultsTables", "Total"),
                    *totals,
                    cell(table.total, table.total, table.total),
                ),
                emphasis=True,
            )
        )
        self.set_table(headers, rows)


class OpenTextModel(ResultsTableModel):
    """Written answers with their date and site, for quoting in reports; there is one per
    interview, so the rows are handed to the view as it scrolls to them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, fetch_step=FETCH_STEP)

    def set_answers(self, answers: Sequence[TextAnswer]) -> None:
        headers = (
            translate("ResultsTables", "Date"),
            translate("ResultsTables", "Site"),
            translate("ResultsTables", "Answer, as written"),
        )
        self.show_rows(headers, _AnswerRows(answers))


class _AnswerRows(Sequence[TableRow]):
    """Each written answer as a table row, made when it is asked for: 200,000 answers are
    not gone through on the screen's thread to show the first few."""

    def __init__(self, answers: Sequence[TextAnswer]) -> None:
        self._answers = answers

    def __len__(self) -> int:
        return len(self._answers)

    @overload
    def __getitem__(self, index: int) -> TableRow: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[TableRow]: ...
    def __getitem__(self, index: int | slice) -> TableRow | Sequence[TableRow]:
        if isinstance(index, slice):
            return _AnswerRows(self._answers[index])
        answer = self._answers[index]
        return TableRow((answer.interview_date or "—", answer.site or "—", answer.text))
