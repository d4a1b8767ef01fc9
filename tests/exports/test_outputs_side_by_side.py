"""Two published outputs side by side: a part beside a part of it, and the whole survey
published again after new interviews. Subtracting one output's shown counts from the other's
must never give a count of 1 to 4 of the interviews one counts and the other does not.

The attack, cell by cell over every Summary sheet number of the two workbooks (both with small
numbers hidden, both published from the same project, which remembers in its audit trail what
each published output counted).
"""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from duodesk.analysis import Subset
from duodesk.exports.disclosure import DisclosureRule
from duodesk.exports.export import export
from duodesk.exports.findings import build_findings_report
from duodesk.exports.layout import ExportOptions
from tests.analysis.projects import store_interviews, store_questionnaire
from tests.exports.test_part_beside_the_whole import FORM, questionnaire

OPIOIDS = dict(drug="opioids", tested="yes")
STIMULANTS = dict(drug="stimulants", tested="yes")


def store_two_days(database) -> None:
    """The North site on two days (the second day's 2 stimulant users are the few a
    subtraction would find); the South, big enough that the rest of the survey beside any
    North part gives nothing away by itself."""
    form = questionnaire()
    version = store_questionnaire(database, form)
    for site, day, rows in (
        ("North", "2024-05-01", [OPIOIDS] * 20 + [STIMULANTS] * 10),
        ("North", "2024-05-02", [OPIOIDS] * 8 + [STIMULANTS] * 2),
        ("South", "2024-05-01", [OPIOIDS] * 20 + [STIMULANTS] * 10),
    ):
        store_interviews(database, form, rows, version_id=version, site=site, interview_date=day)


@pytest.fixture
def two_days(database):
    store_two_days(database)
    return database


def numbers(path) -> dict[tuple[int, int], int]:
    sheet = openpyxl.load_workbook(path)["Summary"]
    return {
        (cell.row, cell.column): cell.value
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, int)
    }


def given_away(first, second) -> list[int]:
    """The differences of 1 to 4 between counts the two workbooks show in the same place."""
    a, b = numbers(first), numbers(second)
    return [
        abs(a[place] - b[place])
        for place in a.keys() & b.keys()
        if 1 <= abs(a[place] - b[place]) <= 4
    ]


NORTH = Subset(sites=("North",))
NORTH_FIRST_DAY = Subset(sites=("North",), date_to=date(2024, 5, 1))


@pytest.mark.parametrize("bigger_first", [True, False], ids=["bigger-first", "smaller-first"])
def test_a_part_beside_a_part_of_it_gives_nobody_away(two_days, tmp_path, bigger_first):
    bigger, smaller = tmp_path / "north.xlsx", tmp_path / "north-first-day.xlsx"
    outputs = [(bigger, NORTH), (smaller, NORTH_FIRST_DAY)]
    for path, subset in outputs if bigger_first else outputs[::-1]:
        export(two_days, FORM, path, ExportOptions(subset=subset))
    assert given_away(bigger, smaller) == []
    # Each is still worth publishing: the opioids (20 on the first day, 28 in all) are shown.
    assert 20 in numbers(smaller).values() or 28 in numbers(bigger).values()


def test_the_whole_survey_published_again_after_new_interviews_gives_them_nobody_away(
    two_days, tmp_path
):
    before, after = tmp_path / "may.xlsx", tmp_path / "june.xlsx"
    export(two_days, FORM, before)
    store_interviews(
        two_days,
        questionnaire(),
        [OPIOIDS] * 8 + [STIMULANTS] * 2,
        version_id=1,
        site="South",
        interview_date="2024-06-01",
    )
    export(two_days, FORM, after)
    assert given_away(before, after) == []
    assert 80 in numbers(after).values()  # the interviews, and those tested: still shown


def test_the_attack_is_real_against_an_output_not_published_from_the_project(two_days, tmp_path):
    """The same subtraction, against a workbook of the North made with small numbers shown
    (so never recorded as published): the first day's workbook shows the count that gives the
    second day's 2 stimulant users away. This is what the protection above prevents."""
    bigger, smaller = tmp_path / "north.xlsx", tmp_path / "north-first-day.xlsx"
    shown = ExportOptions(subset=NORTH, disclosure=DisclosureRule(enabled=False))
    export(two_days, FORM, bigger, shown)
    export(two_days, FORM, smaller, ExportOptions(subset=NORTH_FIRST_DAY))
    assert 2 in given_away(bigger, smaller)


def test_the_findings_report_beside_an_earlier_output_hides_the_same_count(two_days, tmp_path):
    export(two_days, FORM, tmp_path / "north.xlsx", ExportOptions(subset=NORTH))
    report = build_findings_report(two_days, FORM, ExportOptions(subset=NORTH_FIRST_DAY))
    annex = [row for row in report.annex.rows if row and row[0] == "Stimulants"]
    assert annex[0][1] == "*"
