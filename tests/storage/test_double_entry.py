"""Paper datasheets entered twice, compared, resolved and counted once."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from duodesk.analysis import summarize
from duodesk.core.engine import FormEngine
from duodesk.core.records import AnswerStatus, records_from_state
from duodesk.storage.audit import list_events
from duodesk.storage.database import Database
from duodesk.storage.double_entry import (
    DoubleEntryError,
    agreement_report,
    compare_sheet,
    count_unchecked_sheets,
    list_sheets,
    record_paper_entry,
    resolve_sheet,
    settle_if_alike,
)
from duodesk.storage.interviews import NewInterview, add_interview, write_answers
from duodesk.storage.models import AnswerCorrection, InterviewStatus
from tests.analysis.hcv_themes import FORM, questionnaire
from tests.analysis.projects import store_interviews, store_questionnaire

PAPER = dict(centre="glasgow", referred="no", why_not="Nobody asked me")
# The check of sheet 1 differs in three answers: a centre, "referred" (so why_not is skipped).
MISTYPED = dict(centre="dundee", referred="yes")


def enter(
    database: Database,
    version: int,
    answers: dict,
    sheet: str,
    person: str,
    *,
    site: str = "Glasgow",
    interviewer: str = "Morag",  # written on the paper; ``person`` types it in
    interview_date: str = "2007-04-02",
) -> int:
    form = questionnaire()
    with database.session() as session:
        interview = add_interview(
            session,
            NewInterview(
                version_id=version,
                site=site,
                interviewer=interviewer,
                interview_date=interview_date,
                status=InterviewStatus.COMPLETE,
            ),
        )
        state = FormEngine(form).evaluate(answers)
        write_answers(session, interview, records_from_state(form, state))
        record_paper_entry(session, interview, sheet, person)
        settle_if_alike(session, interview)  # as finishing an interview does
    return interview


@pytest.fixture
def version(database: Database) -> int:
    version = store_questionnaire(database, questionnaire())
    store_interviews(database, questionnaire(), [PAPER, PAPER], version_id=version)
    return version


def centres(database: Database) -> dict[str, int]:
    return {o.name: o.count for o in summarize(database, FORM).question("centre").options}


def test_a_sheet_entered_twice_with_three_differences_is_listed_resolved_and_counted_once(
    database, version
):
    enter(database, version, PAPER, "0001", "Ann")
    assert summarize(database, FORM).interviews == 2  # entered once: not counted yet
    enter(database, version, MISTYPED, " 0001 ", "Bob")
    assert summarize(database, FORM).interviews == 2  # checked, not resolved: still not
    with database.read_session() as session:
        (state,) = list_sheets(session, FORM)
        differences = {d.question: d for d in compare_sheet(session, FORM, "0001")}
    assert state.in_words == "Checked, 3 differences"
    assert set(differences) == {"centre", "referred", "why_not"}
    assert (differences["centre"].first.value, differences["centre"].second.value) == (
        "glasgow",
        "dundee",
    )
    assert differences["why_not"].second.status is AnswerStatus.NOT_APPLICABLE

    # The person resolving reads the paper: the check had the centre right, the first entry
    # the rest.
    decisions = {
        "centre": differences["centre"].second,
        "referred": differences["referred"].first,
    }
    refused = pytest.raises(DoubleEntryError, match="choose the answer on the paper for why_not")
    with refused, database.session() as session:
        resolve_sheet(session, FORM, "0001", decisions, "Cat")
    assert summarize(database, FORM).interviews == 2  # nothing changed
    decisions["why_not"] = differences["why_not"].first
    with database.session() as session:
        changed = resolve_sheet(session, FORM, "0001", decisions, "Cat")
    assert changed == 1  # only the centre differed from the first entry
    assert centres(database) == {"glasgow": 2, "dundee": 1}
    assert summarize(database, FORM).interviews == 3  # the sheet counts once
    with database.read_session() as session:
        assert list_sheets(session, FORM)[0].in_words == "Resolved"
        corrections = session.scalars(select(AnswerCorrection)).all()
        events = [e.action for e in list_events(session)]
    assert [(c.question, c.old_value, c.new_value, c.corrected_by) for c in corrections] == [
        ("centre", "glasgow", "dundee", "Cat")
    ]
    assert "paper datasheet resolved" in events and "answers corrected" in events


def test_the_check_is_typed_by_somebody_else_and_a_third_entry_is_refused(database, version):
    enter(database, version, PAPER, "7", "Ann")
    with pytest.raises(DoubleEntryError, match="somebody else checks it"):
        enter(database, version, PAPER, "7", "Ann")
    enter(database, version, PAPER, "7", "Bob")
    with pytest.raises(DoubleEntryError, match="entered twice already"):
        enter(database, version, PAPER, "7", "Cat")
    with database.read_session() as session:
        assert list_sheets(session, FORM)[0].in_words == "Resolved"  # nothing to settle
    assert summarize(database, FORM).interviews == 3  # so it counts, once


def test_a_coordinator_can_count_sheets_not_checked_yet(database, version):
    enter(database, version, PAPER, "12", "Ann")
    assert summarize(database, FORM).interviews == 2
    with database.session() as session:
        count_unchecked_sheets(session, True)
    assert summarize(database, FORM).interviews == 3
    enter(database, version, MISTYPED, "12", "Bob")
    assert summarize(database, FORM).interviews == 3  # a check entry never counts
    with database.session() as session:
        count_unchecked_sheets(session, False)
    assert summarize(database, FORM).interviews == 2


def test_agreement_per_question_and_per_person_matches_a_hand_count(database, version):
    # Sheet 1 (Ann, checked by Bob): centre, referred and why_not all differ: 0 of 3 alike.
    # Sheet 2 (Cat, checked by Bob): only why_not differs: 2 of 3 alike.
    # Per question: centre 1 of 2 (50%), referred 1 of 2 (50%), why_not 0 of 2 (0%).
    # Per person: Ann 0 of 3 (0%), Cat 2 of 3 (66.7%), Bob 2 of 6 (33.3%).
    enter(database, version, PAPER, "1", "Ann")
    enter(database, version, MISTYPED, "1", "Bob")
    enter(database, version, PAPER, "2", "Cat")
    enter(database, version, {**PAPER, "why_not": "Nobody asked"}, "2", "Bob")
    with database.session() as session:
        differences = {d.question: d for d in compare_sheet(session, FORM, "1")}
        resolve_sheet(session, FORM, "1", {q: d.second for q, d in differences.items()}, "Dee")
    with database.read_session() as session:
        report = agreement_report(session, FORM)
    assert report.sheets == 2
    questions = {m.name: (m.compared, m.matched) for m in report.questions}
    assert questions == {"centre": (2, 1), "referred": (2, 1), "why_not": (2, 0)}
    people = {m.name: m.percent for m in report.people}
    assert people == {
        "Ann": 0.0,
        "Bob": pytest.approx(100 * 2 / 6),
        "Cat": pytest.approx(100 * 2 / 3),
    }


def test_the_interviews_list_shows_each_sheets_state(database, version):
    from duodesk.gui.interviews.table_model import status_text
    from duodesk.storage.interview_list import InterviewFilter, interview_rows

    first = enter(database, version, PAPER, "0001", "Ann")
    check = enter(database, version, MISTYPED, "0001", "Bob")
    with database.read_session() as session:
        rows = {r.interview_id: r for r in interview_rows(session, InterviewFilter(), 0, 50)}
    assert status_text(rows[first]).endswith("datasheet 0001, first entry: checked, 3 differences")
    assert rows[check].paper == "datasheet 0001, the check: checked, 3 differences"
    assert sum(1 for r in rows.values() if r.paper) == 2


@pytest.mark.slow  # scrypt keys for the transfer files
def test_a_sheet_travels_to_the_team_once_resolved_as_its_first_entry(tmp_path):
    from duodesk.storage.transfer import export_transfer, import_transfer
    from tests.storage.team import PASSPHRASE

    coordinator = Database.open(tmp_path / "coordinator.duodesk")
    laptop = Database.open(tmp_path / "laptop.duodesk")
    store_questionnaire(coordinator, questionnaire())
    export_transfer(coordinator, tmp_path / "form.transfer", PASSPHRASE, interviews=False)
    import_transfer(laptop, tmp_path / "form.transfer", PASSPHRASE)
    version = store_questionnaire(laptop, questionnaire())
    store_interviews(laptop, questionnaire(), [PAPER], version_id=version)
    enter(laptop, version, PAPER, "0001", "Ann")
    enter(laptop, version, MISTYPED, "0001", "Bob")
    export_transfer(laptop, tmp_path / "first.transfer", PASSPHRASE)
    import_transfer(coordinator, tmp_path / "first.transfer", PASSPHRASE)
    assert summarize(coordinator, FORM).interviews == 1  # the sheet stays on the laptop
    with laptop.session() as session:
        differences = {d.question: d for d in compare_sheet(session, FORM, "0001")}
        resolve_sheet(session, FORM, "0001", {q: d.first for q, d in differences.items()}, "Cat")
    export_transfer(laptop, tmp_path / "second.transfer", PASSPHRASE)
    import_transfer(coordinator, tmp_path / "second.transfer", PASSPHRASE)
    assert summarize(coordinator, FORM).interviews == 2
    assert centres(coordinator) == {"glasgow": 2, "dundee": 0}
    coordinator.close()
    laptop.close()


@pytest.mark.parametrize("spelling", ["1", "0001", "0 0 0 1", " 001 "])
def test_a_sheet_number_is_the_same_sheet_however_it_is_typed(database, version, spelling):
    enter(database, version, PAPER, "0001", "Ann")
    enter(database, version, MISTYPED, spelling, "Bob")
    with database.read_session() as session:
        (state,) = list_sheets(session, FORM)
        assert state.sheet_number == "0001" and state.check_interview is not None
        assert len(compare_sheet(session, FORM, "1")) == 3


@pytest.mark.parametrize("same", ["ann", "ANN", "  Ann  ", "ann "])
def test_the_first_typist_cannot_check_their_own_sheet_by_changing_capitals(
    database, version, same
):
    enter(database, version, PAPER, "0001", "Ann")
    with pytest.raises(DoubleEntryError, match="somebody else checks it"):
        enter(database, version, PAPER, "1", same)
    with database.read_session() as session:
        assert list_sheets(session, FORM)[0].in_words == "Entered once"


def test_the_site_date_and_interviewer_of_the_check_are_compared(database, version):
    enter(database, version, PAPER, "0001", "Ann")
    enter(
        database,
        version,
        PAPER,
        "0001",
        "Bob",
        site="Dundee",
        interviewer="morag",  # the same interviewer in other capitals: not a difference
        interview_date="2007-04-03",
    )
    with database.read_session() as session:
        differences = {d.question: d for d in compare_sheet(session, FORM, "0001")}
        assert list_sheets(session, FORM)[0].in_words == "Checked, 2 differences"
    assert set(differences) == {"interview site", "interview date"}
    assert (
        differences["interview site"].first.value,
        differences["interview site"].second.value,
    ) == (
        "Glasgow",
        "Dundee",
    )
    with database.session() as session:
        decisions = {
            "interview site": differences["interview site"].second,
            "interview date": differences["interview date"].first,
        }
        assert resolve_sheet(session, FORM, "0001", decisions, "Dee") == 1
    assert summarize(database, FORM).interviews == 3
    with database.read_session() as session:
        resolved = [e for e in list_events(session) if e.action == "paper datasheet resolved"]
        assert resolved[-1].details["details changed"] == {"Site": ["Glasgow", "Dundee"]}
        assert list_sheets(session, FORM)[0].in_words == "Resolved"


def test_deleting_the_first_entry_leaves_the_check_as_the_sheets_entry(database, version):
    from duodesk.storage.interview_list import delete_interviews

    first = enter(database, version, PAPER, "0001", "Ann")
    check = enter(database, version, MISTYPED, "0001", "Bob")
    with database.session() as session:
        delete_interviews(session, [first])
    with database.read_session() as session:
        (state,) = list_sheets(session, FORM)
    assert (state.first_interview, state.check_interview, state.in_words) == (
        check,
        None,
        "Entered once",
    )
    from duodesk.storage.double_entry import paper_states

    with database.read_session() as session:
        assert paper_states(session, [check]) == {
            check: "datasheet 0001, first entry: entered once"
        }
    with database.session() as session:
        count_unchecked_sheets(session, True)
    assert summarize(database, FORM).interviews == 3  # the check now stands for the sheet
    with database.session() as session:
        count_unchecked_sheets(session, False)
    with pytest.raises(DoubleEntryError, match="somebody else checks it"):
        enter(database, version, MISTYPED, "1", "bob")
    enter(database, version, MISTYPED, "1", "Cat")  # checked again by somebody else
    with database.read_session() as session:
        (state,) = list_sheets(session, FORM)
    assert (state.first_interview, state.in_words) == (check, "Resolved")
    assert summarize(database, FORM).interviews == 3


def test_a_sheet_typed_twice_alike_is_coded_once(database, version):
    """The blind check of a paper sheet is kept for the agreement report only: its written
    answer is not offered for coding a second time, nor quoted twice."""
    from duodesk.storage.themes import answers_to_code

    enter(database, version, PAPER, "7", "Ann")
    enter(database, version, PAPER, "7", "Bob")
    with database.read_session() as session:
        texts = [a.text for a in answers_to_code(session, FORM, "why_not")]
    assert texts == ["Nobody asked me"] * 3  # the two typed interviews and sheet 7 once


def test_the_audit_trail_names_who_typed_each_entry_of_a_sheet(database, version):
    """Morag asked the questions on paper; Ann typed the sheet in and Bob typed the check:
    the trail says who typed each (it said Morag twice)."""
    from datetime import date

    from duodesk.gui.entry import operations as ops

    form = questionnaire()
    for person in ("Ann", "Bob"):
        opened = ops.start_interview(
            database,
            ops.InterviewDetails(FORM, "Morag", "Glasgow", date(2007, 4, 2), "12", person),
        )
        state = FormEngine(form).evaluate(PAPER)
        ops.finish_interview(
            database, opened.interview_id, records_from_state(form, state), "why_not"
        )
    with database.read_session() as session:
        finished = [e for e in list_events(session) if e.action == "interview finished"]
    assert [e.actor for e in finished][-2:] == ["Ann", "Bob"]


@pytest.fixture
def people(database, version):
    """Morag coordinates; Ivan and Sam interview."""
    from duodesk.core.roles import Role, SignedIn
    from duodesk.storage.audit import set_signed_in
    from duodesk.storage.people import add_person

    with database.session() as session:
        add_person(session, "Morag", Role.COORDINATOR, "harbour lights 7")
    set_signed_in(SignedIn("Morag", Role.COORDINATOR))
    with database.session() as session:
        add_person(session, "Ivan", Role.INTERVIEWER, "4821")
        add_person(session, "Sam", Role.INTERVIEWER, "5932")
    set_signed_in(None)


def _type_sheet(database, person, typed_by: str, interviewer: str = "") -> int:
    """``person`` signs in, starts the sheet 77 with ``typed_by`` in the box, finishes it."""
    from datetime import date

    from duodesk.gui.entry import operations as ops
    from duodesk.storage.audit import set_signed_in

    set_signed_in(person)
    form = questionnaire()
    opened = ops.start_interview(
        database,
        ops.InterviewDetails(
            FORM, interviewer or person.name, "Glasgow", date.today(), "77", typed_by
        ),
    )
    state = FormEngine(form).evaluate(PAPER)
    ops.finish_interview(database, opened.interview_id, records_from_state(form, state), "")
    return opened.interview_id


@pytest.mark.parametrize("role", ["interviewer", "coordinator"])
def test_with_named_accounts_the_typist_is_the_person_signed_in_whatever_the_box_says(
    database, version, people, role
):
    """Ivan typed "Cora" in the box: the trail said the sheet was entered by Cora. It is the
    person signed in who typed it, for either role."""
    from duodesk.core.roles import Role, SignedIn

    person = SignedIn("Ivan", Role.INTERVIEWER) if role == "interviewer" else None
    person = person or SignedIn("Morag", Role.COORDINATOR)
    _type_sheet(database, person, "Cora")
    with database.read_session() as session:
        events = list_events(session)
    assert [e.actor for e in events if "paper" in e.action] == [person.name]
    assert "Cora" not in {e.actor for e in events}


def test_one_interviewer_cannot_type_both_entries_by_giving_two_names(database, version, people):
    from duodesk.core.roles import Role, SignedIn

    ivan = SignedIn("Ivan", Role.INTERVIEWER)
    _type_sheet(database, ivan, "Cora")
    with pytest.raises(DoubleEntryError, match="somebody else checks it"):
        _type_sheet(database, ivan, "Cora2")


def test_an_interviewer_finishes_a_check_that_matches_the_first_entry(database, version, people):
    """Morag typed Sam's paper sheet; Sam's check agrees: finishing it settles the sheet (it
    was refused with "Only a coordinator can see every interviewer's interviews")."""
    from duodesk.core.roles import Role, SignedIn

    _type_sheet(database, SignedIn("Morag", Role.COORDINATOR), "Morag", interviewer="Sam")
    _type_sheet(database, SignedIn("Sam", Role.INTERVIEWER), "Sam")
    with database.read_session() as session:
        (state,) = list_sheets(session, FORM)
        actors = [e.actor for e in list_events(session) if "paper" in e.action]
    assert state.in_words == "Resolved"
    assert actors == ["Morag", "Sam", "Sam"]
