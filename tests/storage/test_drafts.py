"""Drafts, participant codes, corrections and interviewers as stored in a real project file."""

from __future__ import annotations

from datetime import date

from sqlalchemy import create_engine, func, inspect, select

from duodesk.core.participant_code import code_digests, normalise_element
from duodesk.core.records import AnswerRecord, AnswerStatus, FormChange
from duodesk.gui.entry import operations as ops
from duodesk.gui.operations import add_example_questionnaires, load_home
from duodesk.storage import participant_codes
from duodesk.storage.corrections import list_corrections
from duodesk.storage.database import Database
from duodesk.storage.migrations import current_revision, head_revision, upgrade
from duodesk.storage.models import (
    Answer,
    Interview,
    InterviewStatus,
    ParticipantCodeDigest,
    ProjectSetting,
)

CODE = ("code_first_letter", "code_mother_letter", "code_birth_day", "code_birth_month")


def _start(database: Database, form_id: str = "hepc_peer_survey", site: str = "Centre B") -> int:
    add_example_questionnaires(database)
    details = ops.InterviewDetails(form_id, "Sam", site, date(2024, 7, 12))
    return ops.start_interview(database, details).interview_id


def test_saving_a_code_stores_digests_and_never_the_elements(database):
    interview_id = _start(database)
    change = FormChange((), "code_birth_month", ("Q", "Z", "29", "2"))
    ops.save_answers(database, interview_id, change, CODE)
    with database.session() as session:
        digests = session.scalars(
            select(ParticipantCodeDigest.digest).where(
                ParticipantCodeDigest.interview_id == interview_id
            )
        ).all()
        answers = session.scalars(select(Answer.question)).all()
    assert len(digests) == 1  # the whole code only: nothing that depends on part of it
    assert all(len(d) == 64 and "Q" not in d for d in digests)
    assert not set(CODE) & set(answers)


def test_digests_depend_on_the_projects_key():
    names, elements = CODE, ("Q", "Z", "29", "2")
    one = code_digests(b"k" * 32, names, elements)
    assert one == code_digests(b"k" * 32, names, ("q ", "z", "29", "2"))
    assert one.full != code_digests(b"j" * 32, names, elements).full
    assert normalise_element("  Ñ ") == "n"


def test_a_near_match_is_found_by_lookup_and_deleted_interviews_are_ignored(database):
    first = _start(database, site="Centre B")
    ops.save_answers(database, first, FormChange((), "x", ("Q", "Z", "29", "2")), CODE)
    second = _start(database, site="Centre A")
    outcome = ops.save_answers(database, second, FormChange((), "x", ("Q", "Y", "29", "2")), CODE)
    assert [(d.interview_id, d.site, d.exact) for d in outcome.duplicates] == [
        (first, "Centre B", False)
    ]
    ops.delete_interviews(database, [first])
    again = ops.save_answers(database, second, FormChange((), "x", ("Q", "Z", "29", "2")), CODE)
    assert again.duplicates == ()


def test_the_key_is_made_once_per_project(database):
    with database.session() as session:
        key = participant_codes.project_key(session)
    with database.session() as session:
        assert participant_codes.project_key(session) == key
    assert len(key) == 32


def test_finishing_marks_complete_and_corrections_are_recorded(database):
    interview_id = _start(database)
    age = AnswerRecord("age", AnswerStatus.ANSWERED, "34", 34.0)
    ops.finish_interview(database, interview_id, [age], "end_note")
    with database.session() as session:
        assert session.get_one(Interview, interview_id).status is InterviewStatus.COMPLETE
    fixed = AnswerRecord("age", AnswerStatus.ANSWERED, "43", 43.0)
    made = ops.correct_answers(
        database, interview_id, FormChange((fixed,), "age"), "Jo"
    ).corrections
    assert [(c.question, c.old_value, c.new_value, c.corrected_by) for c in made] == [
        ("age", "34", "43", "Jo")
    ]
    # the same answer again is not a correction
    again = ops.correct_answers(database, interview_id, FormChange((fixed,), "age"), "Jo")
    assert again.corrections == () and not again.changes
    with database.session() as session:
        assert len(list_corrections(session, interview_id)) == 1


def test_discarded_drafts_leave_the_list_and_can_be_restored(database):
    interview_id = _start(database)
    assert [d.interview_id for d in ops.list_drafts(database)] == [interview_id]
    ops.discard_draft(database, interview_id)
    assert ops.list_drafts(database) == ()
    ops.restore_interviews(database, [interview_id])
    assert len(ops.list_drafts(database)) == 1
    ops.delete_interviews(database, [interview_id])
    assert ops.purge_deleted(database).removed == 1
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Interview)) == 0
        assert session.scalar(select(func.count()).select_from(Answer)) == 0


def test_interviewers_are_listed_once_whatever_the_capitals(database):
    assert ops.add_interviewer(database, " sam  ")[1] == ("sam",)
    listed, names = ops.add_interviewer(database, "SAM")
    assert listed == "sam" and names == ("sam",)


def test_a_project_at_revision_0001_is_upgraded_with_a_backup_and_its_data_kept(tmp_path):
    path = tmp_path / "old.duodesk"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        upgrade(connection, "0001")
        connection.exec_driver_sql(
            "INSERT INTO questionnaires (id, form_id, title, created_at) "
            "VALUES (1, 'f', 'Old form', '2024-01-01 00:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO project_settings (key, value) VALUES ('examples_offered', 'yes')"
        )
    with engine.connect() as connection:
        assert current_revision(connection) == "0001"
    engine.dispose()

    database = Database.open(path)
    try:
        backups = list(tmp_path.glob("old.duodesk.*.before-upgrade-from-0001.backup"))
        assert len(backups) == 1
        with database.engine.connect() as connection:
            assert current_revision(connection) == head_revision()
            tables = set(inspect(connection).get_table_names())
        assert {"participant_code_digests", "answer_corrections", "interviewers"} <= tables
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(Interview)) == 0
        home = load_home(database)
        assert [q.title for q in home.questionnaires] == ["Old form"]
        with database.session() as session:
            assert session.get_one(ProjectSetting, "examples_offered").value == "yes"
    finally:
        database.close()
    old = create_engine(f"sqlite:///{backups[0]}")
    with old.connect() as connection:
        assert current_revision(connection) == "0001"
    old.dispose()


def test_questions_skipped_for_now_are_kept_with_the_draft_and_dropped_when_finished(database):
    interview_id = _start(database)
    ops.save_answers(database, interview_id, FormChange((), "age", skipped_for_now=("sex", "age")))
    opened = ops.open_interview(database, interview_id)
    assert opened.skipped_for_now == ("sex", "age")
    assert opened.current_question == "age"  # the page to reopen on, as before
    # A later save gives the whole list again: one that says none forgets them.
    ops.save_answers(database, interview_id, FormChange((), "hcv_tested"))
    opened = ops.open_interview(database, interview_id)
    assert (opened.current_question, opened.skipped_for_now) == ("hcv_tested", ())
    ops.save_answers(database, interview_id, FormChange((), "age", skipped_for_now=("age",)))
    ops.finish_interview(database, interview_id, (), "end_note")
    finished = ops.open_interview(database, interview_id)
    assert (finished.current_question, finished.skipped_for_now) == ("end_note", ())
