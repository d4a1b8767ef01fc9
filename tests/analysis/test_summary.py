"""Summaries of a small survey whose numbers are worked out by hand (see tests/analysis/survey.py:
five complete interviews, plus a draft and a deleted interview that must never count)."""

from __future__ import annotations

import math
from datetime import date

import pytest

from duodesk.analysis import (
    AnalysisCancelled,
    AnalysisError,
    Condition,
    ConditionError,
    Subset,
    bins_from_cut_points,
    summarize,
)
from duodesk.storage.models import InterviewStatus
from tests.analysis.projects import store_interviews, store_questionnaire
from tests.analysis.survey import INTERVIEWS, store_survey, survey


@pytest.fixture
def views(database):
    store_survey(database)
    return database


def options(summary, name):
    return {o.name: o for o in summary.question(name).options}


def test_frequency_table_has_percent_valid_percent_and_cumulative(views):
    sex = summarize(views, "views").question("sex")
    assert (sex.interviews, sex.asked, sex.answered, sex.valid) == (5, 5, 5, 4)
    rows = [
        (o.name, o.count, o.percent, o.valid_percent, o.cumulative_percent) for o in sex.options
    ]
    # "Refused" is a declared missing code: shown, counted in percent, not in valid percent.
    assert rows == [
        ("male", 2, 40.0, 50.0, 50.0),
        ("female", 2, 40.0, 50.0, 100.0),
        ("refused", 1, 20.0, None, None),
    ]
    assert sex.options[2].is_missing_code


def test_skipped_question_counts_as_not_asked_not_as_no_answer(views):
    reasons = summarize(views, "views").question("reasons")
    # Asked only of the two people not referred; one of them left it blank.
    assert (reasons.asked, reasons.answered, reasons.missing, reasons.not_applicable) == (
        2,
        1,
        1,
        3,
    )
    assert reasons.denominators_in_words().startswith(
        "1 of the 2 people asked answered; 1 gave no answer; 3 were not asked (skipped)"
    )


def test_multiple_response_percent_of_cases_differs_from_percent_of_responses(views):
    funding = summarize(views, "views").question("funding")
    # Four people answered (one left it blank) and ticked six boxes between them.
    assert (funding.answered, funding.missing, funding.responses) == (4, 1, 6)
    table = [(o.name, o.count, o.percent_of_cases, o.percent_of_responses) for o in funding.options]
    assert table == [
        ("city", 3, 75.0, 50.0),
        ("regional", 2, 50.0, pytest.approx(100 / 3)),
        ("national", 1, 25.0, pytest.approx(100 / 6)),
        ("other", 0, 0.0, 0.0),  # never ticked, still listed
    ]
    assert [(c.label, c.count) for c in funding.combinations] == [
        ("City + Regional", 2),
        ("City", 1),
        ("National", 1),
    ]
    assert funding.combinations[0].percent_of_cases == 50.0


def test_number_descriptives_quartiles_and_bins(views):
    age = summarize(views, "views", bins={"age": bins_from_cut_points([30, 45])}).question("age")
    stats = age.stats
    assert (stats.n, stats.mean, stats.min, stats.max) == (4, 35.0, 20.0, 50.0)
    assert stats.sd == pytest.approx(math.sqrt(500 / 3))  # divisor n - 1
    # Quartiles at position (n + 1)p of 20, 30, 40, 50: SPSS's HAVERAGE.
    assert (stats.q1, stats.median, stats.q3) == (22.5, 35.0, 47.5)
    assert stats.method == "HAVERAGE"
    assert [(b.label, b.count, b.valid_percent) for b in age.bins] == [
        ("less than 30", 1, 25.0),
        ("30 to 45", 2, 50.0),
        ("more than 45", 1, 25.0),
    ]
    assert age.bins[-1].cumulative_percent == 100.0
    assert age.missing == 1


def test_number_frequencies_on_request(views):
    age = summarize(views, "views", frequencies=["age"]).question("age")
    assert [(o.name, o.count) for o in age.options] == [("20", 1), ("30", 1), ("40", 1), ("50", 1)]


def test_drafts_and_deleted_interviews_are_not_counted(views):
    summary = summarize(views, "views")
    assert summary.interviews == 5
    # The draft and the deleted interview both ticked "other" and were aged 99.
    assert options(summary, "funding")["other"].count == 0
    assert summary.question("age").stats.max == 50


def test_likert_grid_is_one_table_of_statements_by_scale(views):
    (grid,) = summarize(views, "views").grids
    assert grid.label == "Your views"
    assert [p.label for p in grid.scale] == ["Agree", "Neutral", "Disagree"]
    assert [(r.label, r.answered, r.counts) for r in grid.rows] == [
        ("Staff listen", 4, (2, 1, 1)),
        ("Easy to reach", 3, (2, 0, 1)),
    ]
    assert grid.rows[1].row_percents == pytest.approx((200 / 3, 0.0, 100 / 3))


@pytest.mark.parametrize(
    ("subset", "interviews"),
    [
        (Subset(), 5),
        (Subset(sites=("A",)), 3),
        (Subset(sites=("A", "B")), 5),
        (Subset(interviewers=("Bob",)), 3),
        (Subset(date_from=date(2026, 2, 1)), 3),
        (Subset(date_to=date(2026, 1, 31)), 2),
        (Subset(date_from=date(2026, 1, 15), date_to=date(2026, 2, 7)), 2),
        (Subset(conditions=(Condition.parse("sex=male"),)), 2),
        (Subset(conditions=(Condition.parse("sex = Female"),)), 2),  # a label works too
        # As SPSS's SELECT IF: "Don't know" is a missing code, so it is not "not yes"...
        (Subset(conditions=(Condition.parse("referred != yes"),)), 2),
        # ...but can be asked for by name.
        (Subset(conditions=(Condition.parse("referred = dont_know"),)), 1),
        (Subset(conditions=(Condition.parse("funding includes regional"),)), 2),
        (Subset(conditions=(Condition.parse("age > 30"),)), 2),
        (Subset(conditions=(Condition.parse("age >= 30"),)), 3),
        (Subset(sites=("B",), conditions=(Condition.parse("sex=female"),)), 1),
        (Subset(versions=(2,)), 0),
    ],
)
def test_subsets_count_only_their_interviews(views, subset, interviews):
    summary = summarize(views, "views", subset)
    assert summary.interviews == interviews
    assert summary.question("sex").interviews == interviews
    assert sum(o.count for o in summary.question("sex").options) == interviews


def test_subset_counts_match_counting_by_hand(views):
    """Site A: three interviews, read by looking their answers up (a small subset)."""
    summary = summarize(views, "views", Subset(sites=("A",)))
    expected = {}
    for site, _, _, answers in INTERVIEWS:
        if site == "A":
            for name in answers["funding"]:
                expected[name] = expected.get(name, 0) + 1
    assert {n: o.count for n, o in options(summary, "funding").items() if o.count} == expected
    assert summary.question("comment").answered == 2
    assert summary.subset.describe() == "Site: A"


def test_every_way_of_counting_gives_the_same_summary(database):
    """Without drafts every stored interview counts; with them, the few left out are taken
    away from the whole; a small subset is counted interview by interview."""
    store_survey(database, drafts=False)
    whole = summarize(database, "views")
    version_id = store_questionnaire(database, survey())
    store_interviews(
        database,
        survey(),
        [dict(sex="male", funding=("other",))],
        version_id=version_id,
        status=InterviewStatus.DRAFT,
    )
    assert summarize(database, "views") == whole
    both_sites = summarize(database, "views", Subset(sites=("A", "B")))
    assert both_sites.questions == whole.questions
    site_b = summarize(database, "views", Subset(sites=("B",)))
    assert options(site_b, "sex")["refused"].count == 1
    assert options(site_b, "funding")["national"].count == 1


def test_versions_are_matched_by_question_name(database):
    older = survey(older=True)
    first = store_questionnaire(database, older)
    store_interviews(database, older, [dict(sex="male", funding=("city",))] * 2, version_id=first)
    newer = survey()
    second = store_questionnaire(database, newer)
    assert second != first
    store_interviews(
        database, newer, [dict(sex="female", funding=("other",), comment="Hi")], version_id=second
    )
    summary = summarize(database, "views")
    assert summary.versions == (1, 2)
    assert options(summary, "sex")["male"].count == 2
    assert options(summary, "funding")["other"].count == 1
    comment = summary.question("comment")
    assert (comment.answered, comment.not_in_version) == (1, 2)
    assert "version of the questionnaire without this question" in comment.denominators_in_words()
    only_first = summarize(database, "views", Subset(versions=(1,)))
    assert (only_first.versions, only_first.interviews) == ((1,), 2)


def test_progress_is_reported_and_cancel_stops_the_work(views):
    seen: list[float] = []
    summarize(views, "views", progress=seen.append)
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(AnalysisCancelled):
        summarize(views, "views", cancelled=lambda: True)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (dict(form_id="nope"), 'There is no questionnaire "nope"'),
        (dict(questions=["shoe_size"]), 'There is no question called "shoe_size"'),
        (dict(subset=Subset(conditions=(Condition.parse("shoe=9"),))), '"shoe"'),
        (dict(subset=Subset(conditions=(Condition.parse("sex=martian"),))), "male, female"),
        (dict(subset=Subset(conditions=(Condition.parse("sex>3"),))), "not a number question"),
        (dict(subset=Subset(conditions=(Condition.parse("funding=city"),))), "includes"),
        (dict(bins={"sex": bins_from_cut_points([1])}), "cannot have bins"),
    ],
)
def test_bad_requests_get_a_plain_message(views, kwargs, message):
    form_id = kwargs.pop("form_id", "views")
    with pytest.raises(AnalysisError, match=message):
        summarize(views, form_id, **kwargs)


@pytest.mark.parametrize("text", ["sex", "=male", "age > old", "sex ~ male"])
def test_unreadable_conditions_are_refused(text):
    with pytest.raises(ConditionError, match="is not a"):
        Condition.parse(text)


def test_participant_code_questions_are_not_summarised(database, example_paths, tmp_path):
    """Their answers are kept only as digests, so there is nothing to count, and a table of
    "0 answered" would wrongly suggest the question was never asked."""
    from duodesk.core.simulate import simulate_answers, write_responses_csv
    from duodesk.core.xlsform import read_xlsform
    from duodesk.storage.importer import import_responses

    form = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    store_questionnaire(database, form)
    data = tmp_path / "hep.csv"
    write_responses_csv(form, simulate_answers(form, 20, seed=2), data)
    import_responses(database, form.form_id, data)

    names = {q.name for q in summarize(database, form.form_id).questions}
    assert "sex" in names
    assert not names & set(form.settings.participant_code)


def test_one_person_asked_is_said_in_plain_words(views):
    from dataclasses import replace

    reasons = summarize(views, "views").question("reasons")
    answered = replace(reasons, asked=1, answered=1, missing=0, not_applicable=4)
    assert answered.denominators_in_words().startswith(
        "1 person was asked and answered; 4 were not asked (skipped)"
    )
    blank = replace(reasons, asked=1, answered=0, missing=1, not_applicable=4)
    assert blank.denominators_in_words().startswith("1 person was asked; 1 gave no answer")


@pytest.mark.parametrize(
    ("code", "one", "two"),
    [
        ("fr", "1 n'a pas répondu", "2 n'ont pas répondu"),
        ("es", "1 no respondió", "2 no respondieron"),
        ("ru", "1 не ответил", "2 не ответили"),
        ("ar", "لم يُجب شخص واحد", "لم يُجب شخصان"),
    ],
)
def test_how_many_gave_no_answer_agrees_with_the_count(views, code, one, two):
    """ "1 n'ont pas répondu" read as a mistake: the count chooses the verb's form."""
    from dataclasses import replace

    from duodesk import i18n

    reasons = summarize(views, "views").question("reasons")
    i18n.set_language(code)
    try:
        for missing, words in ((1, one), (2, two)):
            said = replace(reasons, asked=3, answered=3 - missing, missing=missing)
            assert words in said.denominators_in_words()
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
