"""The same project code on a shared PostgreSQL server (a real one, started for the tests)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import func, select

from duodesk.core.records import AnswerStatus
from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.xlsform import read_xlsform
from duodesk.storage.database import Database
from duodesk.storage.importer import import_responses
from duodesk.storage.models import Answer, AnswerChoice
from duodesk.storage.questionnaires import list_questionnaires, save_questionnaire


@pytest.mark.slow
def test_a_project_on_postgresql_imports_and_lists_interviews(
    postgres_url, tmp_path, example_paths
):
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    database = Database.open(postgres_url)
    try:
        with database.session() as session:
            save_questionnaire(session, questionnaire)
        answers = list(simulate_answers(questionnaire, 60, seed=3))
        data = tmp_path / "hep.csv"
        write_responses_csv(questionnaire, iter(answers), data)

        assert import_responses(database, questionnaire.form_id, data).imported == 60
        again = import_responses(database, questionnaire.form_id, data)
        assert (again.imported, again.already_imported) == (0, 60)

        with database.session() as session:
            (summary,) = list_questionnaires(session)
            skipped = session.scalar(
                select(func.count()).where(
                    Answer.question == "not_referred_reasons",
                    Answer.status == AnswerStatus.NOT_APPLICABLE,
                )
            )
            chosen = session.scalar(select(func.count()).select_from(AnswerChoice))
        assert summary.complete == 60
        assert skipped == sum(1 for a in answers if a.get("referred") != "no")
        assert chosen == sum(len(v) for a in answers for v in a.values() if isinstance(v, tuple))
    finally:
        database.close()


@pytest.mark.slow
def test_the_command_line_takes_a_postgresql_url(postgres_url, example_paths):
    form = example_paths["drug_user_organisation_profile"]
    run = [sys.executable, "-m", "duodesk.cli", "--db", postgres_url]
    added = subprocess.run([*run, "import-form", str(form)], capture_output=True, text=True)
    assert added.returncode == 0, added.stderr
    listed = subprocess.run([*run, "list"], capture_output=True, text=True)
    assert listed.returncode == 0, listed.stderr
    assert "duo_profile" in listed.stdout


@pytest.mark.slow
def test_two_outputs_side_by_side_give_nobody_away_on_a_server(postgres_url, tmp_path):
    """The earlier output's interviews are passed to the server as one list (see
    duodesk.analysis.subset.listed_interviews): the protection works there too."""
    from duodesk.exports.export import export
    from duodesk.exports.layout import ExportOptions
    from tests.exports.test_outputs_side_by_side import (
        FORM,
        NORTH,
        NORTH_FIRST_DAY,
        given_away,
        store_two_days,
    )

    database = Database.open(postgres_url)
    try:
        store_two_days(database)
        bigger, smaller = tmp_path / "north.xlsx", tmp_path / "north-first-day.xlsx"
        export(database, FORM, bigger, ExportOptions(subset=NORTH))
        export(database, FORM, smaller, ExportOptions(subset=NORTH_FIRST_DAY))
        assert given_away(bigger, smaller) == []
    finally:
        database.close()
