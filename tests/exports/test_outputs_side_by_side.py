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
from duodesk.exports.disclosure import DisclosureRule, SubsetTooCloseToWhole
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


@pytest.fixture
def govan_and_leith(database):
    """Two sites that make up the survey: at Govan 8 people, all on opioids; at Leith 12, one
    of them on stimulants (the count of 1 that three outputs side by side would give away:
    the whole's opioids less Govan's give Leith's, and Leith's total less those, its 1)."""
    form = questionnaire()
    version = store_questionnaire(database, form)
    for site, rows in (
        ("Govan", [dict(drug="opioids", tested="yes")] * 8),
        ("Leith", [dict(drug="opioids", tested="no")] * 11 + [STIMULANTS]),
    ):
        store_interviews(
            database, form, rows, version_id=version, site=site, interview_date="2024-05-01"
        )
    return database


@pytest.mark.parametrize("first", ["Govan", "Leith"])
def test_a_part_that_completes_the_whole_with_parts_already_published_is_refused(
    govan_and_leith, tmp_path, first
):
    second = "Leith" if first == "Govan" else "Govan"
    export(
        govan_and_leith, FORM, tmp_path / "first.xlsx", ExportOptions(subset=Subset(sites=(first,)))
    )
    with pytest.raises(SubsetTooCloseToWhole, match="fit together exactly"):
        export(
            govan_and_leith,
            FORM,
            tmp_path / "second.xlsx",
            ExportOptions(subset=Subset(sites=(second,))),
        )
    assert not (tmp_path / "second.xlsx").exists()
    # The findings report is refused the same way.
    with pytest.raises(SubsetTooCloseToWhole):
        build_findings_report(govan_and_leith, FORM, ExportOptions(subset=Subset(sites=(second,))))


def test_the_attack_on_three_outputs_is_real(govan_and_leith, tmp_path):
    """What the refusal prevents: with the second site's workbook written anyway (its
    numbers shown to the group only), the whole's and Govan's shown counts give Leith's 1."""
    whole, govan = tmp_path / "whole.xlsx", tmp_path / "govan.xlsx"
    export(govan_and_leith, FORM, whole)
    export(govan_and_leith, FORM, govan, ExportOptions(subset=Subset(sites=("Govan",))))
    shown_whole, shown_govan = numbers(whole), numbers(govan)
    leith_opioids = [
        shown_whole[place] - shown_govan[place]
        for place in shown_whole.keys() & shown_govan.keys()
        if shown_whole[place] - shown_govan[place] == 11
    ]
    assert leith_opioids  # Leith's 11 on opioids: 12 interviews less 11 leaves the 1


def test_parts_that_complete_the_whole_with_no_small_count_are_published(database, tmp_path):
    form = questionnaire()
    version = store_questionnaire(database, form)
    for site in ("Govan", "Leith"):
        rows = [dict(drug="opioids", tested="yes")] * 10 + [
            dict(drug="stimulants", tested="no")
        ] * 6
        store_interviews(
            database, form, rows, version_id=version, site=site, interview_date="2024-05-01"
        )
    for site in ("Govan", "Leith"):
        export(
            database, FORM, tmp_path / f"{site}.xlsx", ExportOptions(subset=Subset(sites=(site,)))
        )
        assert (tmp_path / f"{site}.xlsx").exists()


def test_a_site_published_after_its_days_is_refused_when_they_make_it_up(two_days, tmp_path):
    """The North's two days published one by one, then the North: its counts less the
    first day's give the second day's, and its 2 stimulant users."""
    second_day = Subset(sites=("North",), date_from=date(2024, 5, 2))
    export(two_days, FORM, tmp_path / "day1.xlsx", ExportOptions(subset=NORTH_FIRST_DAY))
    export(two_days, FORM, tmp_path / "day2.xlsx", ExportOptions(subset=second_day))
    with pytest.raises(SubsetTooCloseToWhole, match="fit together exactly"):
        export(two_days, FORM, tmp_path / "north.xlsx", ExportOptions(subset=NORTH))


def test_the_whole_survey_less_three_months_published_one_by_one_gives_nobody_away(
    database, tmp_path
):
    """The whole survey, then three of its four months one by one: the whole less the three
    would give the fourth month's 1 stimulant user, unless the last month published hides
    what only it completes."""
    form = questionnaire()
    version = store_questionnaire(database, form)
    days = ("2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04")
    for day in days[:3]:
        rows = [OPIOIDS] * 5 + [dict(drug="stimulants", tested="no")] * 5
        store_interviews(database, form, rows, version_id=version, interview_date=day)
    store_interviews(
        database, form, [OPIOIDS] * 5 + [STIMULANTS], version_id=version, interview_date=days[3]
    )
    paths = [tmp_path / "whole.xlsx"] + [tmp_path / f"{day}.xlsx" for day in days[:3]]
    export(database, FORM, paths[0])
    for day, path in zip(days[:3], paths[1:], strict=True):
        one = date.fromisoformat(day)
        export(database, FORM, path, ExportOptions(subset=Subset(date_from=one, date_to=one)))
    shown = [numbers(path) for path in paths]
    fourth = {
        place: shown[0][place] - sum(month[place] for month in shown[1:])
        for place in set.intersection(*(set(s) for s in shown))
    }
    assert not [n for n in fourth.values() if 1 <= n <= 4], fourth


def test_the_groups_sums_and_differences_single_out():
    """Which groups of interviews several outputs single out only with a new one."""
    from duodesk.exports.prepare import singled_out

    jan, feb, mar, apr = (set(range(10 * m, 10 * m + 10)) for m in range(4))
    whole = jan | feb | mar | apr
    # three months one by one after the whole: the fourth
    assert singled_out(mar, [whole, jan, feb]) == [frozenset(apr)]
    # February after the whole, January-February and February-March: each other month
    assert set(singled_out(feb, [whole, jan | feb, feb | mar])) == {
        frozenset(jan),
        frozenset(mar),
        frozenset(apr),
    }
    # the whole after a site's two months: the other sites
    assert singled_out(whole, [jan, feb]) == [frozenset(mar | apr)]
    # nothing new: a month beside the whole and another month alone
    assert singled_out(jan, [whole]) == [frozenset(feb | mar | apr)]
    assert singled_out(jan, [feb]) == []
