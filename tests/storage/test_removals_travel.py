"""Removals travel in transfer files: a theme merged away and a coding cleared on one laptop
stay gone after another laptop's file is read, in either order, unless a later change on the
other laptop wins; and an older project gains the tables that record them."""

from __future__ import annotations

import pytest
import sqlalchemy
from alembic import command
from sqlalchemy import select

from duodesk.storage.database import Database
from duodesk.storage.migrations import config
from duodesk.storage.models import Interview, Theme, ThemeRemoval
from duodesk.storage.themes import answers_to_code, clear_coding, code_answer, merge_themes
from tests.analysis.hcv_themes import FORM, QUESTION, THEMES, store_hcv
from tests.storage.test_themes_transfer import (
    answer_on,
    coding_state,
    read,
    send,
    theme_counts,
)

pytestmark = pytest.mark.slow  # scrypt keys for every file


@pytest.fixture
def pair(tmp_path):
    """Laptop A coded the HCV answers; laptop B has read A's file."""
    a = Database.open(tmp_path / "a.duodesk")
    b = Database.open(tmp_path / "b.duodesk")
    store_hcv(a)
    read(b, send(a, tmp_path / "a1.transfer"))
    yield a, b, tmp_path
    a.close()
    b.close()


def theme_ids(database: Database) -> dict[str, int]:
    with database.read_session() as session:
        return {t.label: t.id for t in session.scalars(select(Theme))}


def coding_of(database: Database, interview_id: int):
    with database.read_session() as session:
        return next(
            x for x in answers_to_code(session, FORM, QUESTION) if x.interview_id == interview_id
        )


def exchange(a: Database, b: Database, folder) -> list[dict]:
    """A's and B's files read into two new projects in both orders, and into each other;
    returns the four coding states (which must all be the same)."""
    from_a, from_b = send(a, folder / "a2.transfer"), send(b, folder / "b2.transfer")
    first = Database.open(folder / "first.duodesk")
    second = Database.open(folder / "second.duodesk")
    try:
        for path in (from_a, from_b, from_a):
            read(first, path)
        for path in (from_b, from_a, from_b):
            read(second, path)
        read(a, from_b)
        read(b, from_a)
        counts = [theme_counts(db) for db in (first, second, a, b)]
        states = [coding_state(db) for db in (first, second, a, b)]
    finally:
        first.close()
        second.close()
    assert all(state == states[0] for state in states)
    assert all(count == counts[0] for count in counts)
    return counts


def test_a_merged_theme_does_not_come_back_and_later_codes_follow_the_merge(pair):
    a, b, folder = pair
    before = theme_counts(a)
    with a.session() as session:
        themes = theme_ids(a)
        merge_themes(session, themes["Afraid of the result"], themes["No symptoms"])
    # B, not knowing of the merge, later gives "No symptoms" to an answer that had only
    # "Did not know where to go".
    on_b = theme_ids(b)
    with b.read_session() as session:
        target = next(
            x
            for x in answers_to_code(session, FORM, QUESTION)
            if x.themes == {on_b["Did not know where to go"]}
        )
    with b.session() as session:
        code_answer(session, FORM, QUESTION, target.interview_id, [on_b["No symptoms"]])
    counts = exchange(a, b, folder)[0]
    assert "No symptoms" not in counts
    assert set(counts) == set(THEMES) - {"No symptoms"}
    # Every answer that had either theme has the kept one once, B's later answer included.
    with a.read_session() as session:
        answers = answers_to_code(session, FORM, QUESTION)
    kept = theme_ids(a)["Afraid of the result"]
    assert counts["Afraid of the result"] == sum(1 for x in answers if kept in x.themes)
    assert counts["Afraid of the result"] > before["Afraid of the result"]
    assert counts["Did not know where to go"] == before["Did not know where to go"] - 1
    assert coding_of(a, answer_on(a, b, target.interview_id)).themes == {kept}
    with a.read_session() as session:
        assert session.scalar(select(ThemeRemoval.merged_into)) is not None


def test_a_chain_of_merges_on_two_laptops_ends_in_one_theme(pair):
    a, b, folder = pair
    with a.session() as session:
        themes = theme_ids(a)
        merge_themes(session, themes["In prison at the time"], themes["Not offered a test"])
    with b.session() as session:
        themes = theme_ids(b)
        merge_themes(session, themes["Did not know where to go"], themes["In prison at the time"])
    counts = exchange(a, b, folder)[0]
    assert "Not offered a test" not in counts and "In prison at the time" not in counts
    # The three themes' answers (4 + 6 + 10, none sharing two of them) are in the last one.
    assert counts["Did not know where to go"] == 20


def test_two_laptops_merging_two_themes_into_each_other_keep_the_same_one(pair):
    a, b, folder = pair
    with a.session() as session:  # first
        themes = theme_ids(a)
        merge_themes(session, themes["In prison at the time"], themes["Not offered a test"])
    with b.session() as session:  # later, the other way round
        themes = theme_ids(b)
        merge_themes(session, themes["Not offered a test"], themes["In prison at the time"])
    counts = exchange(a, b, folder)[0]
    # A's removal came first, so it is undone: "Not offered a test" stays, with both themes'
    # answers, on every laptop.
    assert "In prison at the time" not in counts
    assert counts["Not offered a test"] == 10


def test_a_cleared_coding_stays_cleared_unless_recoded_later_elsewhere(pair):
    a, b, folder = pair
    with a.read_session() as session:
        answers = answers_to_code(session, FORM, QUESTION)
    first, second = answers[0].interview_id, answers[1].interview_id
    themes_b = theme_ids(b)
    with a.session() as session:
        clear_coding(session, QUESTION, first)
        clear_coding(session, QUESTION, second)
    # B codes the second answer again after A cleared it: B's coding is the later change.
    with b.session() as session:
        code_answer(session, FORM, QUESTION, answer_on(b, a, second), [themes_b["No symptoms"]])
    exchange(a, b, folder)
    assert not coding_of(a, first).coded  # A's clearing won over B's older coding
    recoded = coding_of(a, second)
    assert recoded.coded and recoded.themes == {theme_ids(a)["No symptoms"]}
    assert not coding_of(b, answer_on(b, a, first)).coded


def test_a_coding_made_after_a_clearing_on_the_same_laptop_travels(pair):
    a, b, folder = pair
    with a.read_session() as session:
        answer = answers_to_code(session, FORM, QUESTION)[3].interview_id
    themes = theme_ids(a)
    with a.session() as session:
        clear_coding(session, QUESTION, answer)
    with a.session() as session:
        code_answer(session, FORM, QUESTION, answer, [themes["Drug use held against me"]])
    read(b, send(a, folder / "a3.transfer"))
    assert coding_of(b, answer_on(b, a, answer)).themes == {
        theme_ids(b)["Drug use held against me"]
    }


def test_a_project_from_before_removals_travelled_upgrades_with_its_coding(tmp_path):
    path = tmp_path / "old.duodesk"
    project = Database.open(path)
    try:
        store_hcv(project)
    finally:
        project.close()
    # The project as the program before this change left it: schema 0009, coding stored.
    engine = sqlalchemy.create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(config(connection), "0009")
        tables = sqlalchemy.inspect(connection).get_table_names()
        assert "theme_removals" not in tables and "coding_clearings" not in tables
    engine.dispose()
    project = Database.open(path)  # upgraded again, after a backup
    try:
        assert sum(theme_counts(project).values()) == 46
        themes = theme_ids(project)
        with project.session() as session:
            merge_themes(session, themes["Afraid of the result"], themes["No symptoms"])
            interview = session.scalar(select(Interview.id).limit(1))
            clear_coding(session, QUESTION, interview)
        with project.read_session() as session:
            assert session.scalar(select(ThemeRemoval.name)) == "no_symptoms"
        assert "No symptoms" not in theme_counts(project)
    finally:
        project.close()
    assert list(tmp_path.glob("old.duodesk.*before-upgrade-from-0009*"))
