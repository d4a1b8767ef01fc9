"""Differencing: a published part of the survey and the published whole must not give away,
by subtraction, the answers of the few people the part leaves out; and a tiny part's Cover
does not print the days its few interviews were made.

The attack: a reader has the health board's workbook for all 60 interviews, and asks for the
same workbook (or report) for "every site but the Harbour", which has 3 interviews. Subtracting
the two gives the Harbour people's answers. Every published route refuses that part; with small
numbers not hidden (a file that stays in the group) the same subtraction does recover them,
which shows the attack is real.
"""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from duodesk.analysis import Condition, Subset
from duodesk.cli import main
from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    Question,
    Questionnaire,
    QuestionType,
    Settings,
)
from duodesk.exports.disclosure import DisclosureRule, SubsetTooCloseToWhole
from duodesk.exports.export import export
from duodesk.exports.findings import build_findings_report
from duodesk.exports.layout import ExportOptions
from tests.analysis.projects import store_interviews, store_questionnaire

FORM = "harbour"
HARBOUR = 3  # interviews at the small site: the hidden group


def questionnaire() -> Questionnaire:
    yes_no = ChoiceList("yes_no", (Choice("yes", {"": "Yes"}), Choice("no", {"": "No"})))
    return Questionnaire(
        Settings(FORM, "Harbour survey", "1"),
        (
            Question(
                "positive", QuestionType.SELECT_ONE, {"": "Tested positive?"}, list_name="yes_no"
            ),
            Question(
                "shared", QuestionType.SELECT_ONE, {"": "Shared needles?"}, list_name="yes_no"
            ),
        ),
        {"yes_no": yes_no},
    )


@pytest.fixture
def harbour(database):
    """57 interviews at the Centre (20 positive) in March, 3 at the Harbour (all positive,
    two of them shared needles) on 2 and 9 April."""
    form = questionnaire()
    version = store_questionnaire(database, form)
    centre = [dict(positive="yes", shared="no")] * 20 + [dict(positive="no", shared="no")] * 37
    store_interviews(
        database, form, centre, version_id=version, site="Centre", interview_date="2024-03-05"
    )
    store_interviews(
        database,
        form,
        [dict(positive="yes", shared="yes")] * 2,
        version_id=version,
        site="Harbour",
        interview_date="2024-04-02",
    )
    store_interviews(
        database,
        form,
        [dict(positive="yes", shared="no")],
        version_id=version,
        site="Harbour",
        interview_date="2024-04-09",
    )
    return database


def count_in_summary(path, title_start: str, label: str) -> object:
    """The count shown for ``label`` in the block of the Summary sheet whose title starts so."""
    rows = list(openpyxl.load_workbook(path)["Summary"].iter_rows(values_only=True))
    start = next(
        i for i, r in enumerate(rows) if isinstance(r[0], str) and r[0].startswith(title_start)
    )
    for row in rows[start + 1 :]:
        if row[0] is None:
            break
        if row[0] == label:
            return row[1]
    raise AssertionError(f"{label} not in {title_start}")


def cover_of(path) -> dict[str, object]:
    sheet = openpyxl.load_workbook(path)["Cover"]
    return {r[0]: r[1] for r in sheet.iter_rows(min_row=3, values_only=True)}


ALL_BUT_A_FEW = (
    Subset(sites=("Centre",)),
    Subset(date_to=date(2024, 3, 31)),
    Subset(conditions=(Condition("shared", "=", "no"),)),
)


def test_differencing_the_whole_and_a_part_recovers_the_hidden_group_without_the_rule(
    harbour, tmp_path
):
    """The attack works when nothing stops it: proof that the refusal below is what protects."""
    whole, part = tmp_path / "whole.xlsx", tmp_path / "part.xlsx"
    rule = DisclosureRule(enabled=False)
    export(harbour, FORM, whole, ExportOptions(disclosure=rule))
    export(harbour, FORM, part, ExportOptions(subset=Subset(sites=("Centre",)), disclosure=rule))
    recovered = count_in_summary(whole, "positive", "Yes") - count_in_summary(
        part, "positive", "Yes"
    )
    assert recovered == HARBOUR  # every Harbour person tested positive: disclosed


@pytest.mark.parametrize("subset", ALL_BUT_A_FEW[:2])
def test_a_workbook_for_all_but_a_few_interviews_is_refused(harbour, tmp_path, subset):
    whole, part = tmp_path / "whole.xlsx", tmp_path / "part.xlsx"
    export(harbour, FORM, whole)
    assert count_in_summary(whole, "positive", "Yes") == 23  # the whole is published
    with pytest.raises(SubsetTooCloseToWhole) as refused:
        export(harbour, FORM, part, ExportOptions(subset=subset))
    message = str(refused.value)
    assert "leaves out only 1 to 4 of the interviews" in message
    # The sentence does not tell how many are left out: that number is the one protected.
    assert not any(f" {n} " in message for n in (3, 57, 60))
    assert "at least 5 of them" in message and "\n" not in message
    assert not part.exists()  # nothing to subtract from the whole


def test_a_condition_that_leaves_out_a_few_is_refused_in_the_report_too(harbour, tmp_path):
    # "shared = no" leaves out the 2 who shared needles.
    with pytest.raises(SubsetTooCloseToWhole, match="leaves out only 1 to 4 of the interviews"):
        build_findings_report(
            harbour, FORM, ExportOptions(subset=Subset(conditions=ALL_BUT_A_FEW[2].conditions))
        )


def test_the_commands_refuse_the_part_with_a_sentence_and_write_nothing(
    harbour, project_path, tmp_path, capsys
):
    db = str(project_path)
    workbook, report = tmp_path / "part.xlsx", tmp_path / "part.docx"
    for command in (
        ["export", FORM, "--xlsx", str(workbook), "--site", "Centre"],
        ["report", FORM, "--docx", str(report), "--to", "2024-03-31"],
        ["export", FORM, "--xlsx", str(workbook), "--where", "shared = no"],
    ):
        assert main(["--db", db, *command]) == 1
        error = capsys.readouterr().err
        assert "leaves out only" in error and "Traceback" not in error
    assert not workbook.exists() and not report.exists()


def test_parts_that_leave_out_none_or_enough_are_published(harbour, tmp_path):
    everyone = tmp_path / "everyone.xlsx"
    export(harbour, FORM, everyone, ExportOptions(subset=Subset(sites=("Centre", "Harbour"))))
    assert cover_of(everyone)["Interviews"] == 60
    # Leaving out the 37 negative Centre people: a group far larger than the threshold.
    positives = tmp_path / "positives.xlsx"
    export(
        harbour,
        FORM,
        positives,
        ExportOptions(subset=Subset(conditions=(Condition("positive", "=", "yes"),))),
    )
    assert cover_of(positives)["Interviews"] == 23
    # With a higher threshold, leaving out 5 is refused too.
    with pytest.raises(SubsetTooCloseToWhole, match="at least 6 of them"):
        export(
            harbour,
            FORM,
            tmp_path / "five.xlsx",
            ExportOptions(subset=Subset(sites=("Centre",)), disclosure=DisclosureRule(threshold=5)),
        )


def test_a_tiny_part_is_refused_and_the_whole_keeps_its_days(harbour, tmp_path):
    """The Harbour's 3 interviews alone: "Yes 3, No 0" would tell each one's answer, so the
    part is refused (by the workbook and by the report), and nothing is written."""
    path = tmp_path / "harbour.xlsx"
    only_harbour = ExportOptions(subset=Subset(sites=("Harbour",)))
    with pytest.raises(SubsetTooCloseToWhole, match="holds only 1 to 4 interviews"):
        export(harbour, FORM, path, only_harbour)
    assert not path.exists()
    with pytest.raises(SubsetTooCloseToWhole, match="holds only 1 to 4 interviews"):
        build_findings_report(harbour, FORM, only_harbour)
    whole = tmp_path / "whole.xlsx"
    export(harbour, FORM, whole)
    assert cover_of(whole)["Dates of the interviews"] == "2024-03-05 to 2024-04-09"


def test_the_report_of_a_tiny_part_is_refused_on_the_command_line(
    harbour, project_path, tmp_path, capsys
):
    out = tmp_path / "harbour.docx"
    assert (
        main(["--db", str(project_path), "report", FORM, "--docx", str(out), "--site", "Harbour"])
        != 0
    )
    assert "holds only 1 to 4 interviews" in capsys.readouterr().err
    assert not out.exists()


@pytest.fixture
def three_sites(harbour):
    """The Harbour survey with 20 more interviews at the Dock (5 positive): 80 in all."""
    form = questionnaire()
    store_interviews(
        harbour,
        form,
        [dict(positive="yes", shared="no")] * 5 + [dict(positive="no", shared="no")] * 15,
        site="Dock",
        interview_date="2024-03-20",
    )
    return harbour


def test_two_parts_by_site_and_the_whole_would_give_a_small_site_away_without_the_rule(
    three_sites, tmp_path
):
    rule = DisclosureRule(enabled=False)
    counts = {}
    for name, sites in (("whole", ()), ("centre", ("Centre",)), ("dock", ("Dock",))):
        path = tmp_path / f"{name}.xlsx"
        export(three_sites, FORM, path, ExportOptions(subset=Subset(sites=sites), disclosure=rule))
        counts[name] = count_in_summary(path, "positive", "Yes")
    assert counts["whole"] - counts["centre"] - counts["dock"] == HARBOUR  # disclosed


def test_parts_by_site_are_refused_while_one_site_is_small(three_sites, tmp_path):
    for sites in (("Centre",), ("Dock",), ("Centre", "Harbour"), ("Dock", "Harbour")):
        # Each leaves out 23 or more interviews: the first rule alone would let them pass.
        with pytest.raises(SubsetTooCloseToWhole, match="the site “Harbour” has only 1 to 4"):
            export(
                three_sites, FORM, tmp_path / "part.xlsx", ExportOptions(subset=Subset(sites=sites))
            )
        with pytest.raises(SubsetTooCloseToWhole, match="Choose every site"):
            build_findings_report(three_sites, FORM, ExportOptions(subset=Subset(sites=sites)))
    assert not (tmp_path / "part.xlsx").exists()
    # Every site is published; the small site alone is refused (its zeros would tell).
    export(
        three_sites,
        FORM,
        tmp_path / "all.xlsx",
        ExportOptions(subset=Subset(sites=("Centre", "Dock", "Harbour"))),
    )
    with pytest.raises(SubsetTooCloseToWhole, match=f"holds only 1 to {HARBOUR + 1}"):
        export(
            three_sites,
            FORM,
            tmp_path / "harbour.xlsx",
            ExportOptions(subset=Subset(sites=("Harbour",))),
        )
    assert not (tmp_path / "harbour.xlsx").exists()
