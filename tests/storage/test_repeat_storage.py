"""Answers in repeat instances on disk: the upgrade that adds their key, and their journey
through transfer files and merges (corrections included)."""

from __future__ import annotations

import uuid

import sqlalchemy

from duodesk.core.records import AnswerRecord, AnswerStatus
from duodesk.storage.corrections import correct_answers
from duodesk.storage.database import Database
from duodesk.storage.interviews import stored_answers
from duodesk.storage.migrations import upgrade
from duodesk.storage.models import Interview
from duodesk.storage.transfer import export_transfer, import_transfer
from tests.repeat_project import add_drug_interviews

PASSPHRASE = "Blue kettle on the third shelf"


def _old_project_with_an_answer(url: str) -> None:
    """A project as the program before repeats left it: schema 0008, one interview."""
    engine = sqlalchemy.create_engine(url)
    with engine.begin() as connection:
        upgrade(connection, "0008")
        connection.exec_driver_sql(
            "INSERT INTO questionnaires (id, form_id, title, created_at) "
            "VALUES (1, 'f', 'F', '2024-01-01')"
        )
        connection.exec_driver_sql(
            "INSERT INTO questionnaire_versions (id, uuid, questionnaire_id, number, "
            "version_label, definition, fingerprint, created_at) VALUES (1, "
            "'00000000000000000000000000000001', 1, 1, '', '{}', 'x', '2024-01-01')"
        )
        connection.exec_driver_sql(
            "INSERT INTO interviews (id, uuid, version_id, status, site, interviewer, "
            "interview_date, started_at, updated_at, current_question, had_conflict) VALUES "
            "(1, '00000000000000000000000000000002', 1, 'complete', '', '', '', "
            "'2024-01-01', '2024-01-01', '', false)"
        )
        connection.exec_driver_sql(
            "INSERT INTO answers (interview_id, question, status, value, number) "
            "VALUES (1, 'age', 1, '44', 44.0)"
        )
        connection.exec_driver_sql(
            "INSERT INTO answer_choices (interview_id, question, choice) VALUES (1, 'why', 'a')"
        )
    engine.dispose()


def _check_upgraded(database: Database) -> None:
    with database.session() as session:
        stored = stored_answers(session, 1)
        assert stored["age"].instance == "" and stored["age"].value == "44"
        choices = session.execute(
            sqlalchemy.text("SELECT question, instance, choice FROM answer_choices")
        ).all()
        assert [tuple(row) for row in choices] == [("why", "", "a")]
        # a second instance of the same question is a row of its own now
        session.execute(
            sqlalchemy.text(
                "INSERT INTO answers (interview_id, question, instance, status, value) "
                "VALUES (1, 'age', '2', 1, '45')"
            )
        )
    with database.session() as session:
        assert stored_answers(session, 1)["age[2]"].value == "45"


def test_an_older_project_keeps_its_answers_outside_repeats_after_the_upgrade(tmp_path):
    path = tmp_path / "old.duodesk"
    _old_project_with_an_answer(f"sqlite:///{path}")
    database = Database.open(path)
    try:
        _check_upgraded(database)
    finally:
        database.close()
    assert list(tmp_path.glob("old.duodesk.*before-upgrade-from-0008*"))  # backed up first


def test_the_upgrade_runs_on_postgresql(postgres_url):
    _old_project_with_an_answer(postgres_url)
    database = Database.open(postgres_url)
    try:
        _check_upgraded(database)
    finally:
        database.close()


def _by_uuid(database: Database) -> dict[str, dict[str, AnswerRecord]]:
    with database.session() as session:
        return {
            str(uuid): stored_answers(session, interview_id)
            for interview_id, uuid in session.execute(
                sqlalchemy.select(Interview.id, Interview.uuid)
            )
        }


def test_instances_and_their_corrections_survive_a_transfer_and_a_merge(tmp_path):
    laptop = Database.open(tmp_path / "laptop.duodesk")
    office = Database.open(tmp_path / "office.duodesk")
    try:
        add_drug_interviews(laptop, tmp_path, count=12, seed=5)
        sent = _by_uuid(laptop)
        assert any(record.instance for records in sent.values() for record in records.values())
        export_transfer(laptop, tmp_path / "first.duodesk-transfer", PASSPHRASE)
        report = import_transfer(office, tmp_path / "first.duodesk-transfer", PASSPHRASE)
        assert report.new == 12
        assert _by_uuid(office) == sent

        # A drug named in instance 2 of some interview is corrected on the laptop.
        identity, records = next(
            (u, r) for u, r in sent.items() if "drug[2]" in r and r["drug[2]"].value != "crack"
        )
        with laptop.session() as session:
            interview_id = session.scalar(
                sqlalchemy.select(Interview.id).where(Interview.uuid == uuid.UUID(identity))
            )
            fixed = AnswerRecord("drug", AnswerStatus.ANSWERED, "crack", instance="2")
            assert correct_answers(session, interview_id, [fixed], "Ann")
        export_transfer(laptop, tmp_path / "second.duodesk-transfer", PASSPHRASE)
        assert (
            import_transfer(office, tmp_path / "second.duodesk-transfer", PASSPHRASE).updated == 1
        )
        merged = _by_uuid(office)[identity]
        assert merged["drug[2]"].value == "crack"
        assert merged["drug[1]"] == records["drug[1]"]  # the other instance is untouched
        assert merged["how[2]"] == records["how[2]"]
    finally:
        laptop.close()
        office.close()


def test_a_flat_file_of_a_repeat_form_imports_its_interview_questions_and_says_what_it_left(
    database, tmp_path
):
    from duodesk.core.xlsform import read_xlsform
    from duodesk.storage.importer import import_responses
    from duodesk.storage.questionnaires import save_questionnaire
    from tests.core.forms import write_form
    from tests.core.test_repeats import DRUG_CHOICES, DRUG_SURVEY

    form = read_xlsform(write_form(tmp_path / "drugs.xlsx", DRUG_SURVEY, DRUG_CHOICES))
    with database.session() as session:
        save_questionnaire(session, form)
    data = tmp_path / "kobo.csv"
    data.write_text("site,age,drugs/drug,drugs/how_often\nDrop-in,30,heroin,daily\n")
    report = import_responses(database, "drugs", data)
    assert report.imported == 1
    assert set(report.ignored_columns) == {"drugs/drug", "drugs/how_often"}
    with database.session() as session:
        interview_id = session.scalar(sqlalchemy.select(Interview.id))
        stored = stored_answers(session, interview_id)
    assert stored["age"].value == "30"
    # The file does not say how many drugs were named: not known, so not counted as 0, and
    # no instance is made up; nor is what is worked out from them, count(${drugs}).
    assert stored["drugs"].status is AnswerStatus.NO_ANSWER
    assert stored["drug_count"].status is AnswerStatus.NO_ANSWER
    assert not any(record.instance for record in stored.values())
    assert (
        "The file has one row per interview, and there is no file kobo-drugs.csv beside it for "
        'the repeat "drugs": its answers were not imported, and how many drugs each interview '
        "had is not known."
    ) in report.describe()
