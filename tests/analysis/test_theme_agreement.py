"""Two coders' agreement on themes (percent and Cohen's kappa), and quotes per theme."""

from __future__ import annotations

import pytest

from duodesk.analysis.themes import agreement, cohen_kappa, theme_quotes
from duodesk.storage.database import Database
from duodesk.storage.disclosure_policy import require_threshold
from duodesk.storage.themes import add_theme, answers_to_code, code_answer
from tests.analysis.hcv_themes import FORM, QUESTION, questionnaire, store_hcv
from tests.analysis.projects import store_interviews

# The textbook example (as in Wikipedia's "Cohen's kappa"): 50 answers, both coders said yes
# to 20, only the first to 5, only the second to 10, neither to 15.
# p_o = (20 + 15) / 50 = 0.70; first says yes to 25/50, second to 30/50, so
# p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.50 and kappa = (0.70 - 0.50) / (1 - 0.50) = 0.40.
BOTH, FIRST_ONLY, SECOND_ONLY, NEITHER = 20, 5, 10, 15
FIRST = [True] * BOTH + [True] * FIRST_ONLY + [False] * SECOND_ONLY + [False] * NEITHER
SECOND = [True] * BOTH + [False] * FIRST_ONLY + [True] * SECOND_ONLY + [False] * NEITHER


def test_kappa_of_the_textbook_example_is_0_4():
    assert cohen_kappa(FIRST, SECOND) == pytest.approx(0.40)


def test_kappa_agrees_with_scikit_learn():
    from sklearn.metrics import cohen_kappa_score

    uneven = [True, False, False, True, True, False, True, False, False, False, True]
    other = [True, False, True, True, False, False, True, False, False, True, True]
    for first, second in ((FIRST, SECOND), (uneven, other)):
        assert cohen_kappa(first, second) == pytest.approx(cohen_kappa_score(first, second))


def test_kappa_is_undefined_when_both_coders_never_vary():
    assert cohen_kappa([True] * 5, [True] * 5) is None
    assert cohen_kappa([], []) is None


def test_agreement_per_theme_between_the_main_coding_and_a_second_coder(database: Database):
    form = questionnaire()
    store_interviews(
        database,
        form,
        [dict(centre="glasgow", referred="no", why_not=f"Reason {n:02d}") for n in range(50)],
    )
    with database.session() as session:
        stigma = add_theme(session, FORM, QUESTION, "Stigma").id
        cost = add_theme(session, FORM, QUESTION, "Cost").id
        answers = sorted(answers_to_code(session, FORM, QUESTION), key=lambda a: a.text)
        for answer, first, second in zip(answers, FIRST, SECOND, strict=True):
            # Cost: both coders give it to the first ten answers only.
            both = [cost] if answer.text < "Reason 10" else []
            code_answer(session, FORM, QUESTION, answer.interview_id, both + [stigma] * first)
            code_answer(
                session,
                FORM,
                QUESTION,
                answer.interview_id,
                both + [stigma] * second,
                coder="Bob",
            )
    found = agreement(database, FORM, QUESTION, "Bob")
    assert found.answers == 50
    rows = {row.theme: row for row in found.themes}
    assert (rows["Stigma"].both, rows["Stigma"].first_only) == (BOTH, FIRST_ONLY)
    assert (rows["Stigma"].second_only, rows["Stigma"].neither) == (SECOND_ONLY, NEITHER)
    assert rows["Stigma"].percent == pytest.approx(70.0)
    assert rows["Stigma"].kappa == pytest.approx(0.40)
    assert rows["Cost"].percent == 100.0 and rows["Cost"].kappa == pytest.approx(1.0)
    assert found.identical == 35 and len(found.disagreements) == 15
    pairs = [(d.first, d.second) for d in found.disagreements]
    assert pairs.count((("Stigma",), ())) == FIRST_ONLY
    assert pairs.count(((), ("Stigma",))) == SECOND_ONLY


def test_quotes_carry_only_the_words_and_hide_themes_held_by_few(database: Database):
    store_hcv(database)
    with database.session() as session:
        require_threshold(session, 5)
    quotes = {q.theme: q for q in theme_quotes(database, FORM, QUESTION)}
    small = quotes["Not offered a test"]  # 4 people, at or under the threshold of 5
    assert small.people == 4 and small.hidden and small.quotes == ()
    assert quotes["In prison at the time"].people == 6
    shown = quotes["Did not know where to go"]
    assert not shown.hidden and len(shown.quotes) == 10
    assert list(shown.quotes) == sorted(shown.quotes, key=str.casefold)
    everything = " ".join(q for theme in quotes.values() for q in theme.quotes)
    for detail in ("Glasgow", "Dundee", "2007"):
        assert detail not in everything
    chosen = theme_quotes(database, FORM, QUESTION, show_small_themes=True)
    assert len(next(q for q in chosen if q.theme == "Not offered a test").quotes) == 4


def test_quotes_hide_small_themes_by_default_without_a_project_threshold(database: Database):
    from duodesk.gui.themes.quotes_dialog import quotes_in_words

    store_hcv(database)  # no threshold required by the project
    quotes = {q.theme: q for q in theme_quotes(database, FORM, QUESTION)}
    small = quotes["Not offered a test"]  # 4 people: at the exports' default threshold of 4
    assert small.people == 4 and small.hidden and small.quotes == ()
    assert not quotes["In prison at the time"].hidden  # 6 people
    words = quotes_in_words(tuple(quotes.values()))
    assert "Not offered a test (number hidden, as in the workbook)" in words
    assert "Not offered a test (4 people)" not in words
    assert "In prison at the time (6 people)" in words


def test_a_coordinator_cannot_lower_the_projects_threshold_for_quotes(database: Database):
    store_hcv(database)
    with database.session() as session:
        require_threshold(session, 6)
    quotes = {q.theme: q for q in theme_quotes(database, FORM, QUESTION, threshold=1)}
    assert quotes["In prison at the time"].hidden  # 6 people: hidden at 6 whatever is asked


def test_answers_to_a_question_marked_identifying_are_never_quoted(database: Database):
    from dataclasses import replace

    from tests.analysis.projects import store_questionnaire

    store_hcv(database)
    form = questionnaire()
    marked = tuple(replace(q, identifying=True) if q.name == QUESTION else q for q in form.children)
    store_questionnaire(database, replace(form, children=marked))
    quotes = theme_quotes(database, FORM, QUESTION, show_small_themes=True)
    assert all(theme.hidden and theme.quotes == () for theme in quotes)
    # Not even how many people gave each theme is read from an identifying question.
    assert sum(theme.people for theme in quotes) == 0
    from duodesk.gui.themes.quotes_dialog import quotes_in_words

    words = quotes_in_words(quotes)
    assert "marked as identifying" in words
    assert "too few people" not in words and "people)" not in words


def test_quotes_are_listed_after_a_report_and_one_more_interview(database: Database, tmp_path):
    """Publishing a report, then adding an interview, makes the whole survey a part that a
    new report may not publish yet (it differs by 1 from the first): the group's own Quotes
    screen must still list the quotes, as the tables would show them."""
    from duodesk.cli import main
    from duodesk.gui.themes.quotes_dialog import quotes_as_in_workbook

    store_hcv(database)
    report = ["--db", str(database.path), "report", FORM, "--docx"]
    assert main([*report, str(tmp_path / "first.docx")]) == 0
    store_interviews(database, questionnaire(), [dict(centre="glasgow", referred="yes")])
    assert main([*report, str(tmp_path / "second.docx")]) != 0  # differs by 1 from the first
    quotes = {q.theme: q for q in quotes_as_in_workbook(database, FORM, QUESTION)}
    assert len(quotes["Did not know where to go"].quotes) == 10
