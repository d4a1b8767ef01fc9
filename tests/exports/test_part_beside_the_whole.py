"""A published part of the survey beside the published whole: subtracting the part's shown
counts from the whole's must never give a count of 1 to 4 of the other interviews.

The attack, cell by cell over every Summary sheet number: a reader holds the health board's
workbook of all 60 interviews and a workbook of the North site's 30 (both with small numbers
hidden), and subtracts. At the South site 2 people used stimulants; the whole shows 12 and the
North 10, which gives the South's 2 away unless the North's 10 is hidden too.
"""

from __future__ import annotations

import openpyxl
import pytest

from duodesk.analysis import Subset
from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    Question,
    Questionnaire,
    QuestionType,
    Settings,
)
from duodesk.exports.disclosure import DisclosureRule
from duodesk.exports.export import export
from duodesk.exports.findings import build_findings_report
from duodesk.exports.layout import ExportOptions
from tests.analysis.projects import store_interviews, store_questionnaire

FORM = "two_sites"


def questionnaire() -> Questionnaire:
    drugs = ChoiceList(
        "drugs",
        (
            Choice("opioids", {"": "Opioids"}),
            Choice("stimulants", {"": "Stimulants"}),
            Choice("other", {"": "Something else"}),
        ),
    )
    yes_no = ChoiceList("yes_no", (Choice("yes", {"": "Yes"}), Choice("no", {"": "No"})))
    return Questionnaire(
        Settings(FORM, "Two sites", "1"),
        (
            Question("drug", QuestionType.SELECT_ONE, {"": "Main drug?"}, list_name="drugs"),
            Question("tested", QuestionType.SELECT_ONE, {"": "Tested?"}, list_name="yes_no"),
        ),
        {"drugs": drugs, "yes_no": yes_no},
    )


@pytest.fixture
def two_sites(database):
    form = questionnaire()
    version = store_questionnaire(database, form)
    north = (
        [dict(drug="opioids", tested="yes")] * 12
        + [dict(drug="opioids", tested="no")] * 8
        + [dict(drug="stimulants", tested="yes")] * 10
    )
    south = (
        [dict(drug="opioids", tested="yes")] * 20
        + [dict(drug="opioids", tested="no")] * 8
        + [dict(drug="stimulants", tested="no")] * 2  # the few the subtraction would find
    )
    for site, rows in (("North", north), ("South", south)):
        store_interviews(
            database, form, rows, version_id=version, site=site, interview_date="2024-05-01"
        )
    return database


def numbers(path) -> dict[tuple[int, int], object]:
    sheet = openpyxl.load_workbook(path)["Summary"]
    return {
        (cell.row, cell.column): cell.value
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    }


def _counts_given_away(whole: dict, part: dict) -> list[tuple[tuple[int, int], int]]:
    """Cells where both show a whole count and their difference is 1 to 4."""
    found = []
    for place, value in part.items():
        other = whole.get(place)
        whole_counts = isinstance(value, int) and isinstance(other, int)
        if whole_counts and 1 <= other - value <= 4:
            found.append((place, other - value))
    return found


def test_the_attack_works_when_the_part_is_not_protected_beside_the_whole(two_sites, tmp_path):
    """Proof that the subtraction is a real attack: the part's own small numbers (none here)
    are not what gives the South away."""
    whole, part = tmp_path / "whole.xlsx", tmp_path / "north.xlsx"
    export(two_sites, FORM, whole)
    rule = DisclosureRule(enabled=False)
    export(two_sites, FORM, part, ExportOptions(subset=Subset(sites=("North",)), disclosure=rule))
    assert 2 in [difference for _, difference in _counts_given_away(numbers(whole), numbers(part))]


def test_a_published_part_hides_what_the_whole_would_give_away_by_subtraction(two_sites, tmp_path):
    whole, part = tmp_path / "whole.xlsx", tmp_path / "north.xlsx"
    export(two_sites, FORM, whole)
    export(two_sites, FORM, part, ExportOptions(subset=Subset(sites=("North",))))
    shown_whole, shown_part = numbers(whole), numbers(part)
    assert _counts_given_away(shown_whole, shown_part) == []
    # The North's own numbers are not all hidden: the part is still worth publishing.
    assert 22 in shown_part.values()  # the North's 22 tested
    # The stimulants are hidden beside the whole's 12, and the opioids with them (else 30
    # answered less the opioids would give the stimulants back).
    assert "*" in shown_part.values() and 10 not in shown_part.values()


def test_the_findings_report_of_a_part_hides_the_same_counts(two_sites):
    report = build_findings_report(two_sites, FORM, ExportOptions(subset=Subset(sites=("North",))))
    drug = next(f.text for f in report.findings if f.question == "drug")
    annex = [row for row in report.annex.rows if row and row[0] == "Stimulants"]
    assert "numbers hidden" in drug and "10" not in drug
    assert annex[0][1] == "*"
