"""Themes kept in the project: made, renamed, described, merged; the trail has no answer."""

from __future__ import annotations

import pytest

from duodesk.analysis import summarize
from duodesk.storage.audit import list_events
from duodesk.storage.database import Database
from duodesk.storage.themes import (
    ThemeError,
    add_theme,
    answers_to_code,
    code_answer,
    describe_theme,
    list_themes,
    merge_themes,
    rename_theme,
)
from tests.analysis.hcv_themes import FORM, QUESTION, THEMES, store_hcv


def counts(database: Database) -> dict[str, int]:
    themes = summarize(database, FORM).question(QUESTION + "_themes")
    return {o.label: o.count for o in themes.options}


def ids_by_label(database: Database) -> dict[str, int]:
    with database.read_session() as session:
        return {t.label: t.id for t in list_themes(session, FORM, QUESTION)}


def test_merging_two_themes_counts_each_person_once(database):
    store_hcv(database)
    ids = ids_by_label(database)
    symptoms, afraid = ids["No symptoms"], ids["Afraid of the result"]
    with database.session() as session:
        answer = next(a for a in answers_to_code(session, FORM, QUESTION) if symptoms in a.themes)
        code_answer(session, FORM, QUESTION, answer.interview_id, [symptoms, afraid])
        code_answer(session, FORM, QUESTION, answer.interview_id, [symptoms, afraid], coder="Bob")
    assert counts(database)["Afraid of the result"] == 10
    with database.session() as session:
        merge_themes(session, symptoms, afraid)
    after = counts(database)
    assert "Afraid of the result" not in after
    assert after["No symptoms"] == 9 + 10 - 1  # the person who had both is counted once
    with database.read_session() as session:
        bob = answers_to_code(session, FORM, QUESTION, "Bob")
    assert [a.themes for a in bob if a.coded] == [frozenset({symptoms})]
    with pytest.raises(ThemeError, match="no longer exists"), database.session() as session:
        merge_themes(session, symptoms, afraid)


def test_renaming_keeps_the_coding_and_refuses_a_name_in_use(database):
    store_hcv(database)
    ids = ids_by_label(database)
    with database.session() as session:
        renamed = rename_theme(session, ids["No symptoms"], "  No  symptoms yet ")
        describe_theme(session, ids["No symptoms"], "Felt well, so saw no reason")
    assert renamed.label == "No symptoms yet" and renamed.name == "no_symptoms"
    assert counts(database)["No symptoms yet"] == 9
    with pytest.raises(ThemeError, match="already a theme called"), database.session() as session:
        rename_theme(session, ids["Afraid of the result"], "no symptoms YET")
    with pytest.raises(ThemeError, match="already a theme called"), database.session() as session:
        add_theme(session, FORM, QUESTION, "NO SYMPTOMS YET")
    with database.read_session() as session:
        described = {t.label: t.description for t in list_themes(session, FORM, QUESTION)}
    assert described["No symptoms yet"] == "Felt well, so saw no reason"


def test_recoding_an_answer_updates_the_counts(database):
    store_hcv(database)
    ids = ids_by_label(database)
    with database.read_session() as session:
        answer = next(
            a for a in answers_to_code(session, FORM, QUESTION) if a.themes == {ids["No symptoms"]}
        )
    with database.session() as session:
        code_answer(session, FORM, QUESTION, answer.interview_id, [ids["Not offered a test"]])
    after = counts(database)
    assert after["No symptoms"] == THEMES["No symptoms"] - 1
    assert after["Not offered a test"] == THEMES["Not offered a test"] + 1


def test_an_answer_cannot_be_both_not_codable_and_coded(database):
    store_hcv(database)
    ids = ids_by_label(database)
    with database.read_session() as session:
        answer = answers_to_code(session, FORM, QUESTION)[0]
    with (
        pytest.raises(ThemeError, match="not codable cannot have themes"),
        database.session() as session,
    ):
        code_answer(
            session, FORM, QUESTION, answer.interview_id, [ids["No symptoms"]], not_codable=True
        )


def test_the_audit_trail_names_themes_but_never_an_answer(database):
    store_hcv(database)
    with database.read_session() as session:
        events = list_events(session)
    themed = [e for e in events if e.action.startswith("theme")]
    assert len(themed) == len(THEMES)
    written = " ".join(f"{e.subject} {e.details}" for e in events)
    assert "in my own words" not in written


@pytest.mark.parametrize("label", ["Cost; distance", "=1+1", "@SUM(A1)", "+1+2", "-2+3"])
def test_a_theme_name_that_would_break_a_coding_sheet_is_refused(database, label):
    store_hcv(database)
    with database.session() as session:
        before = list_themes(session, FORM, QUESTION)
        with pytest.raises(ThemeError) as refused:
            add_theme(session, FORM, QUESTION, label)
        with pytest.raises(ThemeError):
            rename_theme(session, before[0].id, label)
    assert str(refused.value).startswith("A theme name cannot")
    with database.read_session() as session:
        assert list_themes(session, FORM, QUESTION) == before


def test_the_other_please_say_text_of_an_or_other_question_can_be_coded(database, tmp_path):
    from duodesk.core.xlsform import read_xlsform
    from tests.analysis.projects import store_interviews
    from tests.core.forms import write_form

    form = read_xlsform(
        write_form(
            tmp_path / "drugs.xlsx",
            [["type", "name", "label"], ["select_one drug or_other", "drug", "Main drug"]],
            [["list_name", "name", "label"], ["drug", "heroin", "Heroin"]],
            [["form_id"], ["drugs"]],
        )
    )
    store_interviews(
        database,
        form,
        [dict(drug="other", drug_other="Ketamine"), dict(drug="heroin")]
        + [dict(drug="other", drug_other="Spice")] * 5,
    )
    with database.session() as session:
        theme = add_theme(session, "drugs", "drug_other", "New psychoactive substances")
        for answer in answers_to_code(session, "drugs", "drug_other"):
            code_answer(session, "drugs", "drug_other", answer.interview_id, [theme.id])
    themes = summarize(database, "drugs").question("drug_other_themes")
    assert themes.answered == 6
    assert [(o.label, o.count) for o in themes.options] == [("New psychoactive substances", 6)]
