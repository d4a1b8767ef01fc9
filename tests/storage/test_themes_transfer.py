"""Coding of written answers travels in transfer files and merges safely: the themes, each
coder's coding, repeatable and independent of the order the files are read in."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from duodesk.analysis import summarize
from duodesk.storage.database import Database
from duodesk.storage.models import Interview, Theme, ThemeCode, ThemeCoding
from duodesk.storage.themes import add_theme, answers_to_code, code_answer, rename_theme
from duodesk.storage.transfer import export_transfer, import_transfer
from tests.analysis.hcv_themes import FORM, QUESTION, store_hcv

pytestmark = pytest.mark.slow  # scrypt keys for every file

PASSPHRASE = "Blue kettle on the third shelf"


def send(database: Database, path) -> object:
    export_transfer(database, path, PASSPHRASE)
    return path


def read(database: Database, path) -> None:
    import_transfer(database, path, PASSPHRASE)


def coding_state(database: Database) -> tuple[dict, dict]:
    """The themes by (question, short name) and every coder's coding by interview UUID."""
    with database.read_session() as session:
        themes = {
            (t.form_id, t.question, t.name): (t.label, t.description)
            for t in session.scalars(select(Theme))
        }
        names = {t.id: t.name for t in session.scalars(select(Theme))}
        uuids = dict(session.execute(select(Interview.id, Interview.uuid)).all())
        codings = {
            (str(uuids[c.interview_id]), c.question, c.coder): [c.not_codable, set()]
            for c in session.scalars(select(ThemeCoding))
        }
        for code in session.scalars(select(ThemeCode)):
            key = (str(uuids[code.interview_id]), code.question, code.coder)
            codings[key][1].add(names[code.theme_id])
    return themes, {k: (v[0], frozenset(v[1])) for k, v in codings.items()}


def theme_counts(database: Database) -> dict[str, int]:
    themes = summarize(database, FORM).question(QUESTION + "_themes")
    return {o.label: o.count for o in themes.options}


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


def test_themes_and_every_coders_coding_travel_in_a_transfer_file(pair):
    a, b, _ = pair
    with a.session() as session:
        answer = answers_to_code(session, FORM, QUESTION)[0]
        code_answer(session, FORM, QUESTION, answer.interview_id, answer.themes, coder="Bob")
    themes_a, codings_a = coding_state(a)
    themes_b, codings_b = coding_state(b)
    assert themes_b == themes_a and len(themes_b) == 6
    assert codings_b == {k: v for k, v in codings_a.items() if k[2] == ""}
    assert theme_counts(b) == theme_counts(a)
    assert sum(theme_counts(b).values()) == 46


def test_reading_the_files_again_and_in_either_order_gives_the_same_coding(pair):
    a, b, folder = pair
    # A renames a theme and codes an answer; B recodes another answer later and makes a theme.
    with a.session() as session:
        themes = {t.label: t.id for t in session.scalars(select(Theme))}
        rename_theme(session, themes["No symptoms"], "Felt well")
        answers = answers_to_code(session, FORM, QUESTION)
        code_answer(
            session, FORM, QUESTION, answers[0].interview_id, [themes["In prison at the time"]]
        )
    with b.session() as session:
        made = add_theme(session, FORM, QUESTION, "Waiting list too long")
        answers = answers_to_code(session, FORM, QUESTION)
        code_answer(session, FORM, QUESTION, answers[1].interview_id, [made.id], coder="Bob")
        code_answer(session, FORM, QUESTION, answers[2].interview_id, [made.id])
    from_a, from_b = send(a, folder / "a2.transfer"), send(b, folder / "b2.transfer")
    first = Database.open(folder / "first.duodesk")
    second = Database.open(folder / "second.duodesk")
    try:
        for path in (from_a, from_b, from_a):
            read(first, path)
        for path in (from_b, from_a, from_b, from_b):
            read(second, path)
        read(a, from_b)
        read(b, from_a)
        states = [coding_state(db) for db in (first, second, a, b)]
        assert all(state == states[0] for state in states)
        themes, _ = states[0]
        labels = {label for label, _ in themes.values()}
        assert "Felt well" in labels and "Waiting list too long" in labels
        assert "No symptoms" not in labels  # the rename travelled
        assert len(themes) == 7
        assert theme_counts(first) == theme_counts(second) == theme_counts(a)
        assert theme_counts(first)["Waiting list too long"] == 1
    finally:
        first.close()
        second.close()


def test_the_same_theme_made_on_two_laptops_becomes_one(pair):
    a, b, folder = pair
    for database in (a, b):
        with database.session() as session:
            add_theme(session, FORM, QUESTION, "Cost of travel")
    read(a, send(b, folder / "b.transfer"))
    themes, _ = coding_state(a)
    assert [key for key in themes if key[2].startswith("cost_of_travel")] == [
        (FORM, QUESTION, "cost_of_travel")
    ]


def test_a_later_coding_of_an_answer_wins_on_both_laptops(pair):
    a, b, folder = pair
    with a.session() as session:
        themes = {t.label: t.id for t in session.scalars(select(Theme))}
        answer = answers_to_code(session, FORM, QUESTION)[5].interview_id
        code_answer(session, FORM, QUESTION, answer, [themes["Afraid of the result"]])
    with b.session() as session:  # later
        themes_b = {t.label: t.id for t in session.scalars(select(Theme))}
        code_answer(session, FORM, QUESTION, answer_on(b, a, answer), (), not_codable=True)
    read(a, send(b, folder / "b.transfer"))
    read(b, send(a, folder / "a.transfer"))
    assert coding_state(a) == coding_state(b)
    with a.read_session() as session:
        coded = next(
            x for x in answers_to_code(session, FORM, QUESTION) if x.interview_id == answer
        )
    assert coded.not_codable and not coded.themes
    assert themes_b  # B had the themes from A's first file


def answer_on(other: Database, here: Database, interview_id: int) -> int:
    """The id, in ``other``, of the interview ``interview_id`` of ``here``."""
    with here.read_session() as session:
        identity = session.get(Interview, interview_id).uuid
    with other.read_session() as session:
        return session.scalar(select(Interview.id).where(Interview.uuid == identity))


def test_a_file_with_a_theme_named_like_a_formula_is_refused_whole(pair):
    from duodesk.core.transfer_file import TransferFileError
    from duodesk.storage.merge import merge_records
    from duodesk.storage.transfer import project_records

    a, b, _ = pair
    with a.session() as session:
        records = list(project_records(session))
    for record in records:
        if record["t"] == "theme":
            record["label"] = "=HYPERLINK(1)"
            break
    before = coding_state(b)
    with pytest.raises(TransferFileError, match="nothing was read"), b.session() as session:
        merge_records(session, iter(records), "hostile.transfer")
    assert coding_state(b) == before
