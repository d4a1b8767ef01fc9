"""Crosstabs and written answers of the hand-worked survey (tests/analysis/survey.py)."""

from __future__ import annotations

import pytest
from scipy import stats

from duodesk.analysis import AnalysisError, Subset, crosstab, open_text_answers
from tests.analysis.survey import store_survey


@pytest.fixture
def views(database):
    store_survey(database)
    return database


def test_crosstab_counts_and_percents_leave_out_missing_codes(views):
    table = crosstab(views, "views", "sex", "referred")
    # "Refused" and "Don't know" are missing codes: neither is a row or a column.
    assert [p.name for p in table.rows] == ["male", "female"]
    assert [p.name for p in table.columns] == ["yes", "no"]
    # male: yes, no; female: no (the other woman said "Don't know"); refused: left out.
    assert [[c.count for c in row] for row in table.cells] == [[1, 1], [0, 1]]
    assert (table.row_totals, table.column_totals, table.total) == ((2, 1), (1, 2), 3)
    male_yes = table.cells[0][0]
    assert (male_yes.row_percent, male_yes.column_percent) == (50.0, 100.0)
    assert male_yes.total_percent == pytest.approx(100 / 3)
    assert male_yes.expected == pytest.approx(2 / 3)


def test_two_by_two_crosstab_has_fisher_test_and_small_count_warning(views):
    table = crosstab(views, "views", "sex", "referred")
    expected = stats.chi2_contingency([[1, 1], [0, 1]], correction=False)
    assert table.chi_square == pytest.approx(expected.statistic)
    assert table.degrees_of_freedom == 1
    assert table.fisher_p == pytest.approx(1.0)
    assert table.cells_expected_under_5 == 4
    assert "4 of the 4 cells" in table.warning and "Fisher" in table.warning


def test_crosstab_on_a_subset(views):
    table = crosstab(views, "views", "sex", "referred", Subset(sites=("A",)))
    assert table.total == 3 and table.chi_square is not None
    table = crosstab(views, "views", "sex", "referred", Subset(sites=("B",)))
    # Site B: one woman who said "Don't know" and one who refused to give her sex.
    assert table.total == 0 and table.chi_square is None and table.warning == ""


@pytest.mark.parametrize(
    ("row", "column", "message"),
    [
        ("funding", "sex", "several answers"),
        ("sex", "sex", "two different questions"),
        ("sex", "shoe", 'no question called "shoe"'),
    ],
)
def test_crosstab_refuses_what_it_cannot_do(views, row, column, message):
    with pytest.raises(AnalysisError, match=message):
        crosstab(views, "views", row, column)


def test_written_answers_are_listed_with_date_and_site(views):
    answers = open_text_answers(views, "views", "comment")
    assert [(a.interview_date, a.site, a.text) for a in answers] == [
        ("2026-01-10", "A", "Kind staff"),
        ("2026-02-05", "A", "Far away"),
    ]
    assert open_text_answers(views, "views", "comment", Subset(sites=("B",))) == ()


def test_small_count_warning_rounds_its_percent_half_up(database):
    """One cell of eight expects fewer than 5 people: 12.5%, said "13%" (``:.0f`` says 12)."""
    from duodesk.core.questionnaire import (
        Choice,
        ChoiceList,
        Question,
        Questionnaire,
        QuestionType,
        Settings,
    )
    from tests.analysis.projects import store_interviews

    def choices(name: str, names: str) -> ChoiceList:
        return ChoiceList(name, tuple(Choice(n, {"": n.upper()}) for n in names.split()))

    form = Questionnaire(
        Settings("cells", "Cells", "1"),
        (
            Question("side", QuestionType.SELECT_ONE, {"": "Side"}, list_name="sides"),
            Question("kind", QuestionType.SELECT_ONE, {"": "Kind"}, list_name="kinds"),
        ),
        {"sides": choices("sides", "a b"), "kinds": choices("kinds", "w x y z")},
    )
    counts = {("a", "w"): 5, ("b", "w"): 5, ("a", "x"): 45, ("b", "x"): 15}
    counts |= {("a", "y"): 45, ("b", "y"): 15, ("a", "z"): 55, ("b", "z"): 15}
    store_interviews(
        database,
        form,
        [{"side": s, "kind": k} for (s, k), n in counts.items() for _ in range(n)],
    )
    table = crosstab(database, "cells", "side", "kind")
    assert table.cells_expected_under_5 == 1  # b and w: 50 x 10 / 200 = 2.5
    assert "1 of the 8 cells (13%) would expect fewer than 5 people" in table.warning
