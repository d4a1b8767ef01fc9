"""A team of laptops merged through transfer files: coordinator, two laptops, no network."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select, update

from duodesk.core.records import AnswerRecord, AnswerStatus
from duodesk.core.transfer_file import TransferFileError, WrongTeamPassphrase
from duodesk.gui.interviews.table_model import status_text
from duodesk.storage.corrections import correct_answers, list_corrections
from duodesk.storage.cross_site import list_cross_site_duplicates, review_duplicate
from duodesk.storage.database import Database
from duodesk.storage.interview_list import (
    InterviewFilter,
    delete_interviews,
    interview_rows,
    restore_interviews,
)
from duodesk.storage.interviews import stored_answers
from duodesk.storage.models import (
    AnswerCorrection,
    Interview,
    ParticipantCodeDigest,
    ProjectSetting,
)
from duodesk.storage.questionnaires import all_versions, save_questionnaire
from duodesk.storage.team import TeamKeyConflict, current_key
from duodesk.storage.transfer import import_transfer
from tests.storage.team import (
    PASSPHRASE,
    Team,
    import_csv,
    logical_state,
    make_team,
    simulated,
    snapshot,
    summary,
)

# Every test derives scrypt keys (64 MiB each) for its transfer files.
pytestmark = pytest.mark.slow


@pytest.fixture
def team(tmp_path, example_paths):
    made = make_team(tmp_path, example_paths["hepatitis_c_peer_survey"])
    yield made
    made.close()


@pytest.fixture
def joined(team: Team) -> Team:
    """The coordinator has sent the questionnaire and both laptops have read it."""
    out = team.send(team.coordinator, "questionnaire.duodesk-transfer", interviews=False)
    for laptop in (team.north, team.south):
        report = team.read(laptop, out)
        assert report.questionnaires == (team.questionnaire.form_id,)
        assert report.key_joined
    return team


def _key(database) -> str:
    """The project's participant-code key (kept on the laptop, not in the project)."""
    with database.session() as session:
        return current_key(session).hex()


def _uuid_of_first(database) -> tuple[int, str]:
    with database.session() as session:
        row = session.scalars(select(Interview).order_by(Interview.id).limit(1)).one()
        return row.id, str(row.uuid)


def _id_of(database, identity: str) -> int:
    with database.session() as session:
        return session.scalar(select(Interview.id).where(Interview.uuid == _as_uuid(identity)))


def _as_uuid(text: str):
    import uuid

    return uuid.UUID(text)


def test_laptops_get_the_coordinators_questionnaire_and_code_key(joined: Team):
    form_id = joined.questionnaire.form_id
    for laptop in (joined.north, joined.south):
        with laptop.session() as session:
            (version,) = all_versions(session, form_id)
        assert version.questionnaire == joined.questionnaire
        assert _key(laptop) == _key(joined.coordinator)


def test_merged_laptops_give_the_summary_of_one_project_and_reading_again_adds_nothing(
    joined: Team, tmp_path
):
    form_id = joined.questionnaire.form_id
    north_answers = simulated(joined.questionnaire, 60, seed=11)
    south_answers = simulated(joined.questionnaire, 45, seed=12)
    north_csv = joined.interviews_csv("north.csv", north_answers, "North")
    south_csv = joined.interviews_csv("south.csv", south_answers, "South")
    import_csv(joined.north, form_id, north_csv)
    import_csv(joined.south, form_id, south_csv)

    from_north = joined.send(joined.north, "north.duodesk-transfer")
    from_south = joined.send(joined.south, "south.duodesk-transfer")
    first = joined.read(joined.coordinator, from_north)
    second = joined.read(joined.coordinator, from_south)
    assert (first.new, first.updated, first.already_here) == (60, 0, 0)
    assert (second.new, second.updated, second.already_here) == (45, 0, 0)
    assert first.describe().startswith("60 new interviews, 0 updated, 0 already here")

    one = Database.open(tmp_path / "all-in-one.duodesk")
    try:
        with one.session() as session:
            save_questionnaire(session, joined.questionnaire)
        import_csv(one, form_id, north_csv)
        import_csv(one, form_id, south_csv)
        expected = summary(one, form_id)
    finally:
        one.close()
    assert summary(joined.coordinator, form_id) == expected
    assert summary(joined.coordinator, form_id)["interviews"] == 105

    before = snapshot(joined.coordinator)
    again = joined.read(joined.coordinator, from_south)
    assert (again.new, again.updated, again.already_here) == (0, 0, 45)
    assert snapshot(joined.coordinator) == before

    # The other way round, into the laptop that already has its own: the same numbers.
    assert joined.read(joined.south, from_north).new == 60
    assert summary(joined.south, form_id) == expected


def test_no_questionnaire_text_answer_or_code_can_be_read_in_the_file(joined: Team):
    form_id = joined.questionnaire.form_id
    answers = simulated(joined.questionnaire, 30, seed=5)
    answers[0]["comments"] = "waiting list at the Gorbals clinic far too long"
    import_csv(joined.north, form_id, joined.interviews_csv("n.csv", answers, "Possilpark"))
    path = joined.send(joined.north, "north.duodesk-transfer")
    data = path.read_bytes()
    with joined.north.session() as session:
        digest = session.scalar(select(ParticipantCodeDigest.digest).limit(1))
    secrets = [
        "Gorbals",
        "Possilpark",
        "hepatitis",
        "First letter of your first name",
        form_id,
        "code_first_letter",
        digest,
        _key(joined.north),
    ]
    for secret in secrets:
        assert secret.encode() not in data, secret
        assert secret.encode("utf-16-le") not in data, secret
    # ... and they are all in what the file carries, once opened with the passphrase.
    from duodesk.core.transfer_file import read_records

    opened = "\n".join(str(record) for record in read_records(path, PASSPHRASE))
    for secret in secrets:
        assert secret in opened, secret


@pytest.mark.parametrize(
    "damage",
    [
        "wrong passphrase",
        "byte in the header",
        "byte in the middle",
        "last byte",
        "cut in half",
        "last byte missing",
        "bytes added",
        "not a transfer file",
    ],
)
def test_a_damaged_or_foreign_file_is_refused_and_changes_nothing(joined: Team, damage):
    form_id = joined.questionnaire.form_id
    import_csv(
        joined.north,
        form_id,
        joined.interviews_csv("n.csv", simulated(joined.questionnaire, 40, seed=2), "North"),
    )
    path = joined.send(joined.north, "north.duodesk-transfer")
    data = bytearray(path.read_bytes())
    passphrase = PASSPHRASE
    if damage == "wrong passphrase":
        passphrase = "blue kettle on the third shelf"
    elif damage == "byte in the header":
        data[40] ^= 0x01
    elif damage == "byte in the middle":
        data[len(data) // 2] ^= 0x20
    elif damage == "last byte":
        data[-1] ^= 0x80
    elif damage == "cut in half":
        data = data[: len(data) // 2]
    elif damage == "last byte missing":
        data = data[:-1]
    elif damage == "bytes added":
        data += b"\x00" * 20
    else:
        data = bytearray(b"_uuid,sex,age\n1,male,40\n")
    path.write_bytes(bytes(data))
    before = snapshot(joined.south)
    with pytest.raises(TransferFileError) as refused:
        import_transfer(joined.south, path, passphrase)
    message = str(refused.value)
    assert path.name in message
    assert "\n" not in message and "Traceback" not in message
    expected = {
        "wrong passphrase": "another passphrase",
        "cut in half": "cut short",
        "last byte missing": "cut short",
        "not a transfer file": "not a DuoDesk transfer file",
    }.get(damage, "changed or damaged")
    assert expected in message
    if damage == "wrong passphrase":
        assert isinstance(refused.value, WrongTeamPassphrase)
    assert snapshot(joined.south) == before


def test_a_laptop_with_interviews_keyed_by_itself_is_refused_and_told_the_order(team: Team):
    form_id = team.questionnaire.form_id
    with team.north.session() as session:
        save_questionnaire(session, team.questionnaire)
    import_csv(
        team.north,
        form_id,
        team.interviews_csv("early.csv", simulated(team.questionnaire, 10, seed=3), "North"),
    )
    out = team.send(team.coordinator, "questionnaire.duodesk-transfer", interviews=False)
    before = snapshot(team.north)
    with pytest.raises(TeamKeyConflict) as refused:
        team.read(team.north, out)
    assert "order of steps" in str(refused.value)
    assert "first" in str(refused.value)
    assert snapshot(team.north) == before
    # A laptop without interviews simply joins.
    assert team.read(team.south, out).key_joined


def _shared_interview(joined: Team) -> str:
    """One interview entered on North and carried to South; its UUID."""
    form_id = joined.questionnaire.form_id
    answers = simulated(joined.questionnaire, 3, seed=8)
    answers[0]["age"] = 30
    import_csv(joined.north, form_id, joined.interviews_csv("n.csv", answers, "North"))
    joined.read(joined.south, joined.send(joined.north, "first.duodesk-transfer"))
    _, identity = _uuid_of_first(joined.north)
    return identity


def test_a_correction_made_on_two_laptops_keeps_both_and_applies_the_later(joined: Team, tmp_path):
    identity = _shared_interview(joined)
    north_id, south_id = _id_of(joined.north, identity), _id_of(joined.south, identity)
    with joined.north.session() as session:
        correct_answers(
            session, north_id, [AnswerRecord("age", AnswerStatus.ANSWERED, "31", 31.0)], "Ann"
        )
    time.sleep(0.01)  # the second correction is later: the clock must move on
    with joined.south.session() as session:
        correct_answers(
            session, south_id, [AnswerRecord("age", AnswerStatus.ANSWERED, "35", 35.0)], "Bob"
        )
    from_north = joined.send(joined.north, "north.duodesk-transfer")
    from_south = joined.send(joined.south, "south.duodesk-transfer")

    for order, (first, second) in enumerate(((from_north, from_south), (from_south, from_north))):
        project = Database.open(tmp_path / f"order-{order}.duodesk")
        try:
            joined.read(project, first)
            assert joined.read(project, second).updated == 1
            project_id = _id_of(project, identity)
            with project.session() as session:
                age = stored_answers(session, project_id)["age"]
                made = list_corrections(session, project_id)
                interview = session.get(Interview, project_id)
                assert (age.value, age.number) == ("35", 35.0)
                assert sorted((c.corrected_by, c.new_value) for c in made) == [
                    ("Ann", "31"),
                    ("Bob", "35"),
                ]
                assert interview.had_conflict
        finally:
            project.close()

    # The laptops learn of each other's correction and agree; the list of interviews says so.
    assert joined.read(joined.north, from_south).updated == 1
    with joined.north.session() as session:
        assert stored_answers(session, north_id)["age"].value == "35"
        rows = interview_rows(session, InterviewFilter(), 0, 10)
    (shown,) = [row for row in rows if row.interview_id == north_id]
    assert status_text(shown).startswith("Finished")
    assert status_text(shown).endswith("changed on two laptops")
    others = {status_text(row) for row in rows if row.interview_id != north_id}
    assert all(text.startswith("Finished") for text in others)
    assert not any("two laptops" in text for text in others)


def test_corrections_made_at_the_same_moment_are_settled_by_laptop_id(joined: Team):
    identity = _shared_interview(joined)
    for laptop, value in ((joined.north, "40"), (joined.south, "50")):
        with laptop.session() as session:
            interview_id = _id_of(laptop, identity)
            correct_answers(
                session,
                interview_id,
                [AnswerRecord("age", AnswerStatus.ANSWERED, value, float(value))],
                "",
            )
            session.execute(
                update(AnswerCorrection).values(corrected_at=_as_datetime("2026-03-01T10:00:00"))
            )
    laptops = {}
    for laptop in (joined.north, joined.south):
        with laptop.session() as session:
            laptops[laptop] = session.get(ProjectSetting, "laptop_id").value
    later = "40" if laptops[joined.north] > laptops[joined.south] else "50"
    joined.read(joined.coordinator, joined.send(joined.north, "n.duodesk-transfer"))
    joined.read(joined.coordinator, joined.send(joined.south, "s.duodesk-transfer"))
    with joined.coordinator.session() as session:
        age = stored_answers(session, _id_of(joined.coordinator, identity))["age"]
    assert age.value == later


def _as_datetime(text: str):
    from datetime import datetime

    return datetime.fromisoformat(text)


def _deleted(database, identity: str) -> bool:
    with database.session() as session:
        row = session.scalars(select(Interview).where(Interview.uuid == _as_uuid(identity))).one()
        return row.deleted_at is not None


def test_a_deletion_wins_over_an_older_correction_and_loses_to_a_newer_one(joined: Team):
    identity = _shared_interview(joined)
    north_id, south_id = _id_of(joined.north, identity), _id_of(joined.south, identity)
    with joined.south.session() as session:  # corrected first ...
        correct_answers(
            session, south_id, [AnswerRecord("age", AnswerStatus.ANSWERED, "33", 33.0)], "Bob"
        )
    time.sleep(0.01)
    with joined.north.session() as session:  # ... then deleted elsewhere
        delete_interviews(session, [north_id])
    older_edit = joined.send(joined.south, "s.duodesk-transfer")
    deletion = joined.send(joined.north, "n.duodesk-transfer")
    joined.read(joined.coordinator, deletion)
    joined.read(joined.coordinator, older_edit)
    assert _deleted(joined.coordinator, identity)
    assert summary(joined.coordinator, joined.questionnaire.form_id)["interviews"] == 2
    with joined.coordinator.session() as session:  # South's correction is undone: flagged
        assert session.get(Interview, _id_of(joined.coordinator, identity)).had_conflict

    # A correction made after the deletion brings the interview back, everywhere.
    time.sleep(0.01)
    with joined.south.session() as session:
        correct_answers(
            session, south_id, [AnswerRecord("age", AnswerStatus.ANSWERED, "34", 34.0)], "Bob"
        )
    newer_edit = joined.send(joined.south, "s2.duodesk-transfer")
    assert joined.read(joined.coordinator, newer_edit).updated == 1
    assert not _deleted(joined.coordinator, identity)
    joined.read(joined.north, newer_edit)
    assert not _deleted(joined.north, identity)
    with joined.coordinator.session() as session:
        interview = session.get(Interview, _id_of(joined.coordinator, identity))
        assert interview.had_conflict
        assert stored_answers(session, interview.id)["age"].value == "34"


def test_a_restored_interview_travels_as_restored(joined: Team):
    identity = _shared_interview(joined)
    north_id = _id_of(joined.north, identity)
    with joined.north.session() as session:
        delete_interviews(session, [north_id])
    joined.read(joined.south, joined.send(joined.north, "deleted.duodesk-transfer"))
    assert _deleted(joined.south, identity)
    time.sleep(0.01)
    with joined.north.session() as session:
        restore_interviews(session, [north_id])
    joined.read(joined.south, joined.send(joined.north, "restored.duodesk-transfer"))
    assert not _deleted(joined.south, identity)


def test_possible_duplicates_across_sites_are_listed_and_the_decision_travels(joined: Team):
    form_id = joined.questionnaire.form_id
    north = simulated(joined.questionnaire, 10, seed=21)
    south = simulated(joined.questionnaire, 10, seed=22)
    code = {"code_first_letter": "J", "code_mother_letter": "M", "code_birth_day": 7}
    north[0].update(code, code_birth_month=3)
    south[4].update(code, code_birth_month=3)  # the same person, it seems
    north[1].update(code_first_letter="Q", code_mother_letter="Z", code_birth_day=30)
    north[1]["code_birth_month"] = 11
    south[5].update(code_first_letter="q", code_mother_letter="Z", code_birth_day=30)
    south[5]["code_birth_month"] = 12  # one element different
    import_csv(joined.north, form_id, joined.interviews_csv("n.csv", north, "North"))
    import_csv(joined.south, form_id, joined.interviews_csv("s.csv", south, "South"))

    joined.read(joined.coordinator, joined.send(joined.north, "n.duodesk-transfer"))
    report = joined.read(joined.coordinator, joined.send(joined.south, "s.duodesk-transfer"))
    # Codes one element apart are found only while a code is typed (nothing stored depends on
    # part of a code), so across sites only the same code is listed.
    assert report.duplicates == 1
    assert report.describe().endswith(
        "; 1 possible duplicate across sites is waiting to be looked at."
    )
    with joined.coordinator.session() as session:
        pairs = list_cross_site_duplicates(session, form_id)
    assert [(p.exact, {p.first.site, p.second.site}) for p in pairs] == [
        (True, {"North", "South"}),
    ]
    assert all(p.decision is None for p in pairs)

    with joined.coordinator.session() as session:
        review_duplicate(session, pairs[0].first.uuid, pairs[0].second.uuid, "same_person", "Cat")
    decisions = joined.send(joined.coordinator, "decisions.duodesk-transfer")
    joined.read(joined.north, decisions)
    with joined.north.session() as session:
        seen = list_cross_site_duplicates(session, form_id)
    assert [(p.decision, p.decided_by) for p in seen] == [("same_person", "Cat")]
    # Reading the laptops' files again does not bring the reviewed pair back.
    again = joined.read(joined.coordinator, joined.send(joined.south, "s2.duodesk-transfer"))
    assert again.duplicates == 0


def test_a_new_questionnaire_version_joins_the_versions(joined: Team, tmp_path):
    from dataclasses import replace

    form_id = joined.questionnaire.form_id
    import_csv(
        joined.north,
        form_id,
        joined.interviews_csv("n.csv", simulated(joined.questionnaire, 5, seed=1), "North"),
    )
    settings = replace(joined.questionnaire.settings, form_title="Hepatitis C survey, spring")
    changed = replace(joined.questionnaire, settings=settings)
    with joined.north.session() as session:
        assert save_questionnaire(session, changed).new_version
    report = joined.read(joined.coordinator, joined.send(joined.north, "n.duodesk-transfer"))
    assert report.new_versions == 1
    with joined.coordinator.session() as session:
        versions = all_versions(session, form_id)
    assert [v.number for v in versions] == [1, 2]
    assert versions[1].questionnaire.title == "Hepatitis C survey, spring"
    again = joined.read(joined.coordinator, joined.send(joined.north, "n2.duodesk-transfer"))
    assert again.new_versions == 0


def test_the_passphrase_file_may_have_a_byte_order_mark_and_a_line_break(tmp_path):
    from duodesk.core.transfer_file import read_passphrase_file

    path = tmp_path / "team.txt"
    path.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    assert read_passphrase_file(path) == PASSPHRASE
    path.write_text("\n")
    with pytest.raises(TransferFileError, match="holds no passphrase"):
        read_passphrase_file(path)


def test_reading_the_files_in_any_order_gives_the_same_project(joined: Team, tmp_path):
    from itertools import permutations

    form_id = joined.questionnaire.form_id
    north = simulated(joined.questionnaire, 8, seed=31)
    south = simulated(joined.questionnaire, 6, seed=32)
    code = {"code_first_letter": "A", "code_mother_letter": "B", "code_birth_day": 5}
    north[0].update(code, code_birth_month=5)
    south[0].update(code, code_birth_month=5)
    import_csv(joined.north, form_id, joined.interviews_csv("n.csv", north, "North"))
    import_csv(joined.south, form_id, joined.interviews_csv("s.csv", south, "South"))
    joined.read(joined.south, joined.send(joined.north, "n0.duodesk-transfer"))
    with joined.north.session() as session:
        first, second = session.scalars(select(Interview.id).order_by(Interview.id).limit(2))
        correct_answers(
            session, first, [AnswerRecord("age", AnswerStatus.ANSWERED, "21", 21.0)], "Ann"
        )
        delete_interviews(session, [second])
    with joined.north.session() as session:
        identity = str(session.get(Interview, first).uuid)
    time.sleep(0.01)
    with joined.south.session() as session:
        correct_answers(
            session,
            _id_of(joined.south, identity),
            [AnswerRecord("age", AnswerStatus.NO_ANSWER)],
            "Bob",
        )
    files = [
        joined.send(joined.north, "n.duodesk-transfer"),
        joined.send(joined.south, "s.duodesk-transfer"),
    ]
    for path in files:
        joined.read(joined.coordinator, path)
    with joined.coordinator.session() as session:
        (pair,) = [
            p for p in list_cross_site_duplicates(session, form_id) if p.first.site != p.second.site
        ]
        review_duplicate(session, pair.first.uuid, pair.second.uuid, "not_same", "Cat")
    files.append(joined.send(joined.coordinator, "c.duodesk-transfer"))

    states = []
    for number, order in enumerate(permutations(files)):
        project = Database.open(tmp_path / f"order{number}.duodesk")
        try:
            for path in order:
                joined.read(project, path)
            states.append(logical_state(project))
            if number == 0:
                before = snapshot(project)
                assert [joined.read(project, path).new for path in files] == [0, 0, 0]
                assert snapshot(project) == before
        finally:
            project.close()
    assert all(state == states[0] for state in states[1:])
    state = states[0]
    assert len(state["interviews"]) == 14
    assert sum(deleted for _, deleted, *_ in state["interviews"]) == 1
    assert sum(conflict for _, _, conflict, *_ in state["interviews"]) == 1
    assert [decision for *_, decision in state["reviews"]] == ["not_same"]
    assert state == logical_state(joined.coordinator)


def test_reading_a_file_reports_its_progress(joined: Team):
    from benchmarks.bench_import import generate_csv
    from benchmarks.benchmark_form import benchmark_questionnaire
    from duodesk.storage.importer import import_responses

    with joined.north.session() as session:
        save_questionnaire(session, benchmark_questionnaire())
    data = joined.folder / "many.csv"
    generate_csv(data, 1_200)
    assert import_responses(joined.north, "bench", data).imported == 1_200
    path = joined.send(joined.north, "many.duodesk-transfer", form_id="bench")
    seen: list[float] = []
    report = import_transfer(joined.coordinator, path, PASSPHRASE, progress=seen.append)
    assert report.new == 1_200
    assert seen == sorted(seen) and len(seen) >= 3
    assert 0 < seen[0] < 1 and seen[-1] == 1.0
