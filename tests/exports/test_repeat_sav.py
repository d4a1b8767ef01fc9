"""A ``.sav`` file per repeat beside the interview file: a row per instance keyed by the
interview's number, with the same variable labels, value labels and missing codes, read back
with pyreadstat and checked against the stored answers."""

from __future__ import annotations

import collections

import pyreadstat
from sqlalchemy import select

from duodesk.exports.export import export
from duodesk.exports.spss import codebook_path
from duodesk.storage.models import Answer
from tests.repeat_project import add_drug_interviews


def test_each_repeat_gets_a_sav_keyed_by_the_interview_number(database, tmp_path):
    add_drug_interviews(database, tmp_path, count=25)
    path = tmp_path / "out" / "drugs.sav"
    path.parent.mkdir()
    report = export(database, "drugs", path)
    drugs = path.with_name("drugs-drugs.sav")
    assert report.repeat_files == (drugs,)
    assert "One row per repeat instance in drugs-drugs.sav (joined to the interviews by " in (
        report.describe()
    )
    assert codebook_path(drugs).exists()
    assert codebook_path(drugs).name in report.describe()

    frame, meta = pyreadstat.read_sav(str(drugs), user_missing=True)
    interviews, _ = pyreadstat.read_sav(str(path))
    with database.read_session() as session:
        stored = session.execute(
            select(Answer.interview_id, Answer.instance, Answer.value).where(
                Answer.question == "drug", Answer.instance != ""
            )
        ).all()
    assert len(frame) == len(stored) > 0
    # Every row belongs to an interview of the interview file, by its number.
    assert set(frame["v_interview"]) <= set(interviews["v_interview"])
    per_interview = collections.Counter(interview for interview, _, _ in stored)
    assert collections.Counter(int(n) for n in frame["v_interview"]) == per_interview
    codes = {"heroin": 1, "crack": 2, "benzos": 3}
    expected = {(i, instance): codes[value] for i, instance, value in stored}
    got = {
        (int(n), instance): drug
        for n, instance, drug in zip(
            frame["v_interview"], frame["v_instance"], frame["drug"], strict=True
        )
    }
    assert got == expected

    labels = dict(zip(meta.column_names, meta.column_labels, strict=True))
    assert labels["drug"] == "Which drug did you use in the last month?"
    assert labels["v_interview"] == "Interview number"
    assert meta.variable_value_labels["drug"][3] == "Benzodiazepines"
    assert meta.variable_value_labels["equipment"][-98] == "Not asked (skipped)"
    # Equipment is asked only of those who injected: the others are declared "not asked".
    injected = frame["how_inject"] == 1
    assert set(frame.loc[~injected, "equipment"]) == {-98}
    assert meta.missing_ranges["equipment"] == [{"lo": -99.0, "hi": -1.0}]
    assert "how_often" in frame.columns and "age" not in frame.columns


def test_a_form_without_repeats_writes_no_repeat_file(database, tmp_path):
    from duodesk.gui.operations import add_example_questionnaires

    add_example_questionnaires(database)
    path = tmp_path / "out" / "hepc.sav"
    path.parent.mkdir()
    report = export(database, "hepc_peer_survey", path)
    assert report.repeat_files == ()
    assert sorted(p.name for p in path.parent.iterdir()) == ["hepc-codebook.csv", "hepc.sav"]


def test_questions_written_to_a_repeats_file_are_not_said_to_be_left_out(database, tmp_path):
    """Only the written answer "Where are we?" is left out of de-identified data; the
    repeat's questions are in its own file."""
    add_drug_interviews(database, tmp_path, count=25)
    for name in ("drugs.csv", "drugs.sav"):
        report = export(database, "drugs", tmp_path / name)
        assert "1 question was left out (see the codebook)." in report.describe(), name
