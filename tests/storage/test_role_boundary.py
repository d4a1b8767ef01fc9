"""Roles hold below the screens: an interviewer calling the operations directly is refused.

Each attack is a call a hostile volunteer could make with the project open (a script, a
modified window): the operation that a screen hides from them. Each must raise NotAllowed and
leave the project exactly as it was; the same call by a coordinator goes through, so the test
would notice the check going away.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from duodesk.core.records import AnswerRecord, AnswerStatus, FormChange
from duodesk.core.roles import Role, SignedIn
from duodesk.exports.export import export
from duodesk.gui import operations
from duodesk.gui.entry import operations as entry_ops
from duodesk.gui.people import operations as people_ops
from duodesk.gui.report_render import write_findings_report
from duodesk.resources import example_forms
from duodesk.storage import access
from duodesk.storage.access import ACTION_PERMISSIONS, ANYONE, NotAllowed
from duodesk.storage.audit import set_signed_in
from duodesk.storage.coding_sheet import export_coding_sheet
from duodesk.storage.database import Database
from duodesk.storage.disclosure_policy import require_threshold
from duodesk.storage.importer import import_responses
from duodesk.storage.models import (
    Answer,
    AuditRecord,
    Interview,
    PersonRecord,
    ProjectSetting,
    QuestionnaireVersion,
)
from duodesk.storage.people import add_person
from duodesk.storage.transfer import export_transfer, import_transfer

FORM = "hepc_peer_survey"
MORAG = SignedIn("Morag", Role.COORDINATOR)
SAM = SignedIn("Sam", Role.INTERVIEWER)
TEAM = "a long team passphrase for the test"


def _finished(database: Database, who: str) -> int:
    details = entry_ops.InterviewDetails(FORM, who, "Centre B", date(2024, 7, 1))
    interview_id = entry_ops.start_interview(database, details).interview_id
    entry_ops.finish_interview(database, interview_id, (), "")
    return interview_id


@pytest.fixture
def team(database, tmp_path):
    """Morag (coordinator), Sam and Jo (interviewers), one finished interview each, and the
    files a coordinator made: a transfer file and an export of the interviews."""
    operations.add_example_questionnaires(database)
    operations.keep_examples(database)
    with database.session() as session:
        add_person(session, "Morag", Role.COORDINATOR, "harbour lights 7")
        set_signed_in(MORAG)
        add_person(session, "Sam", Role.INTERVIEWER, "4821")
        add_person(session, "Jo", Role.INTERVIEWER, "5555")
    ids = {who: _finished(database, who) for who in ("Sam", "Jo")}
    export_transfer(database, tmp_path / "team.duodesk-transfer", TEAM)
    export(database, FORM, tmp_path / "interviews.csv")
    set_signed_in(SAM)
    return database, ids


def _state(database: Database) -> tuple:
    """Everything a refused change could have touched."""
    with database.read_session() as session:
        return (
            session.scalar(select(func.count()).select_from(Interview)),
            session.scalar(select(func.count()).where(Interview.deleted_at.is_not(None))),
            session.scalar(select(func.count()).select_from(Answer)),
            session.scalar(select(func.count()).select_from(QuestionnaireVersion)),
            session.scalar(select(func.count()).select_from(AuditRecord)),
            sorted(session.execute(select(PersonRecord.name, PersonRecord.role)).all()),
            sorted(session.execute(select(ProjectSetting.key, ProjectSetting.value)).all()),
        )


def _attacks(database: Database, ids: dict[str, int], tmp_path: Path) -> dict[str, Callable]:
    jo, sam = ids["Jo"], ids["Sam"]
    answer = AnswerRecord("comments", AnswerStatus.ANSWERED, "changed by someone else")
    training = next(p for p in example_forms() if "training" in p.name)
    return {
        "export the interviews": lambda: export(database, FORM, tmp_path / "stolen.csv"),
        "write the findings report": lambda: write_findings_report(
            database, FORM, pdf=tmp_path / "stolen.pdf"
        ),
        "export a coding sheet": lambda: export_coding_sheet(
            database, FORM, "comments", tmp_path / "stolen-coding.csv"
        ),
        "add a questionnaire": lambda: operations.add_questionnaire_file(database, training),
        "remove the examples": lambda: operations.remove_examples(database),
        "delete another's interview": lambda: entry_ops.delete_interviews(database, [jo]),
        "delete their own interview": lambda: entry_ops.delete_interviews(database, [sam]),
        "correct another's interview": lambda: entry_ops.correct_answers(
            database, jo, FormChange((answer,), "comments"), "Sam"
        ),
        "read a transfer file": lambda: import_transfer(
            database, tmp_path / "team.duodesk-transfer", TEAM
        ),
        "send a transfer file": lambda: export_transfer(
            database, tmp_path / "stolen.duodesk-transfer", TEAM
        ),
        "import a data file": lambda: import_responses(database, FORM, tmp_path / "interviews.csv"),
        "list a new coordinator": lambda: people_ops.add_person(
            database, "Eve", Role.COORDINATOR, "eve's own password", "Sam"
        ),
        "make themselves coordinator": lambda: people_ops.change_role(
            database, "Sam", Role.COORDINATOR, "sam's own password", "Sam"
        ),
        "give Jo a new PIN": lambda: people_ops.change_secret(database, "Jo", "1111", "Sam"),
        "lower the small-numbers rule": lambda: _in_session(
            database, lambda s: require_threshold(s, None)
        ),
        "put a passphrase on the project": lambda: database.change_passphrase(
            "a passphrase the coordinator never chose"
        ),
    }


def _in_session(database: Database, work: Callable) -> None:
    with database.session() as session:
        work(session)


ATTACKS = [
    "export the interviews",
    "write the findings report",
    "export a coding sheet",
    "add a questionnaire",
    "remove the examples",
    "delete another's interview",
    "delete their own interview",
    "correct another's interview",
    "read a transfer file",
    "send a transfer file",
    "import a data file",
    "list a new coordinator",
    "make themselves coordinator",
    "give Jo a new PIN",
    "lower the small-numbers rule",
    "put a passphrase on the project",
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_an_interviewer_calling_an_operation_directly_is_refused_and_nothing_changes(
    team, tmp_path, attack
):
    database, ids = team
    before = _state(database)
    with pytest.raises(NotAllowed, match="coordinator"):
        _attacks(database, ids, tmp_path)[attack]()
    assert _state(database) == before
    assert not list(tmp_path.glob("stolen*"))
    assert not database.is_encrypted


@pytest.mark.parametrize(
    "attack", ["export the interviews", "delete another's interview", "read a transfer file"]
)
def test_the_same_calls_by_a_coordinator_go_through(team, tmp_path, attack):
    database, ids = team
    set_signed_in(MORAG)
    before = _state(database)
    _attacks(database, ids, tmp_path)[attack]()
    assert _state(database) != before  # at least the audit trail grew


def test_an_interviewer_corrects_their_own_interview(team):
    database, ids = team
    answer = AnswerRecord("comments", AnswerStatus.ANSWERED, "my own correction")
    entry_ops.correct_answers(database, ids["Sam"], FormChange((answer,), "comments"), "Sam")
    with database.read_session() as session:
        kept = session.scalar(
            select(Answer.value).where(
                Answer.interview_id == ids["Sam"], Answer.question == "comments"
            )
        )
    assert kept == "my own correction"


def test_nobody_signed_in_may_change_a_project_that_lists_people(team, tmp_path):
    database, ids = team
    set_signed_in(None)
    before = _state(database)
    with pytest.raises(NotAllowed, match="sign in first"):
        entry_ops.delete_interviews(database, [ids["Jo"]])
    with pytest.raises(NotAllowed, match="sign in first"):
        export(database, FORM, tmp_path / "stolen.csv")
    assert _state(database) == before


def test_a_coordinator_made_an_interviewer_loses_the_rights_at_once(team, tmp_path):
    database, _ = team
    set_signed_in(MORAG)
    people_ops.add_person(database, "Ali", Role.COORDINATOR, "ali's long password", "Morag")
    set_signed_in(SignedIn("Ali", Role.COORDINATOR))  # Ali signed in as a coordinator ...
    people_ops.change_role(database, "Ali", Role.INTERVIEWER, "2468", "Morag")  # ... demoted
    with pytest.raises(NotAllowed, match="Only a coordinator can export"):
        export(database, FORM, tmp_path / "stolen.csv")
    assert not (tmp_path / "stolen.csv").exists()


def test_every_audited_action_in_the_code_is_checked_against_a_role():
    """A new kind of change recorded in the audit trail must say who may make it."""
    root = Path(access.__file__).parents[1]
    pattern = re.compile(r'(?:record_event\(\s*session,|_record\(\s*(?:session,)?)\s*"([^"]+)"')
    found = {
        action
        for path in root.rglob("*.py")
        for action in pattern.findall(path.read_text(encoding="utf-8"))
    }
    assert len(found) > 20
    unclassified = found - set(ACTION_PERMISSIONS) - ANYONE
    assert unclassified == set()


def _draft(database: Database, who: str) -> int:
    details = entry_ops.InterviewDetails(FORM, who, "Centre B", date(2024, 7, 2))
    return entry_ops.start_interview(database, details).interview_id


def _deleted(database: Database, interview_id: int) -> bool:
    with database.read_session() as session:
        return session.get(Interview, interview_id).deleted_at is not None


def test_an_interviewer_discards_their_own_unfinished_interview_only(team):
    database, ids = team
    set_signed_in(MORAG)
    jo_draft = _draft(database, "Jo")
    set_signed_in(SAM)
    own = _draft(database, "Sam")
    entry_ops.discard_draft(database, own)
    assert _deleted(database, own)
    with pytest.raises(NotAllowed, match="entered by someone else"):
        entry_ops.discard_draft(database, jo_draft)
    with pytest.raises(ValueError, match="Only an unfinished interview"):
        entry_ops.discard_draft(database, ids["Sam"])  # finished: a coordinator deletes it
    assert not _deleted(database, jo_draft) and not _deleted(database, ids["Sam"])


def test_an_interviewer_cannot_start_or_fill_in_interviews_in_someone_elses_name(team):
    database, _ = team
    set_signed_in(MORAG)
    jo_draft = _draft(database, "Jo")
    set_signed_in(SAM)
    before = _state(database)
    with pytest.raises(NotAllowed, match="entered by someone else"):
        _draft(database, "Jo")
    answer = AnswerRecord("comments", AnswerStatus.ANSWERED, "typed into Jo's interview")
    with pytest.raises(NotAllowed, match="entered by someone else"):
        entry_ops.save_answers(database, jo_draft, FormChange((answer,), "comments"))
    with pytest.raises(NotAllowed, match="entered by someone else"):
        entry_ops.finish_interview(database, jo_draft, (answer,), "comments")
    assert _state(database) == before
