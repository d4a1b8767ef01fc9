"""The command line follows the project's people and roles as the window does: with people
listed, a command says who runs it, an interviewer can run none of the coordinators' commands,
wrong PINs count towards the lock-out, and the audit trail names the person. Real processes."""

from __future__ import annotations

import csv

import pytest

from duodesk.core.roles import Role, SignedIn
from duodesk.storage import audit
from duodesk.storage.audit import set_signed_in
from duodesk.storage.database import Database
from duodesk.storage.people import MAX_WRONG_TRIES, add_person, remove_person
from tests.cli.in_process import duodesk_here as duodesk

PASSWORD = "harbour lights 7"


@pytest.fixture
def team_project(tmp_path, example_paths):
    path = tmp_path / "team.duodesk"
    form = str(example_paths["hepatitis_c_peer_survey"])
    assert duodesk("--db", str(path), "import-form", form).returncode == 0
    database = Database.open(path)
    with database.session() as session:
        add_person(session, "Morag", Role.COORDINATOR, PASSWORD)
        set_signed_in(SignedIn("Morag", Role.COORDINATOR))  # Morag lists the others
        add_person(session, "Sam", Role.INTERVIEWER, "4821")
    set_signed_in(None)
    database.close()
    return path


def _events(path) -> list[audit.AuditEvent]:
    database = Database.open(path)
    try:
        with database.session() as session:
            return audit.list_events(session)
    finally:
        database.close()


def test_a_command_on_a_project_with_people_must_say_who_runs_it(team_project):
    result = duodesk("--db", str(team_project), "summary", "hepc_peer_survey")
    assert result.returncode == 1
    assert "--person NAME" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (("summary", "hepc_peer_survey"), "Only a coordinator can see the results"),
        (("export", "hepc_peer_survey", "--csv", "{out}"), "Only a coordinator can export"),
        (("change-passphrase", "--remove"), "only a coordinator can run"),
        (("audit",), "only a coordinator can run"),
        (("import-form", "{form}"), "Only a coordinator can change the questionnaires"),
        (
            ("import-data", "hepc_peer_survey", "{form}"),
            "Only a coordinator can import interviews from a data file",
        ),
        (
            ("import-transfer", "{form}", "--team-passphrase-file", "{team}"),
            "Only a coordinator can send or add team transfer files",
        ),
        (
            ("import-transfer", "{missing}", "--team-passphrase-file", "{team}"),
            "Only a coordinator can send or add team transfer files",
        ),
        (
            ("duplicates", "hepc_peer_survey"),
            "Only a coordinator can see every interviewer's interviews",
        ),
        (("restore", "{form}"), "only a coordinator can run"),
        (("require-threshold", "--none"), "only a coordinator can run"),
    ],
)
def test_an_interviewer_is_refused_every_coordinators_command(
    team_project, tmp_path, example_paths, command, expected
):
    out = tmp_path / "all.csv"
    form = str(example_paths["training_employment_barriers"])
    team = tmp_path / "team.txt"
    team.write_text("a long team passphrase\n", encoding="utf-8")
    missing = tmp_path / "no such transfer.duodesk-transfer"
    args = [part.format(out=out, form=form, team=team, missing=missing) for part in command]
    result = duodesk(
        "--db", str(team_project), "--person", "Sam", *args, env={"DUODESK_PIN": "4821"}
    )
    assert result.returncode == 1, result.stdout
    assert expected in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
    listing = duodesk(
        "--db", str(team_project), "--person", "Sam", "list", env={"DUODESK_PIN": "4821"}
    )
    assert listing.returncode == 0, listing.stderr
    assert "training" not in listing.stdout  # the form was not added


def test_a_coordinator_exports_and_the_trail_names_them(team_project, tmp_path):
    pin = tmp_path / "pin.txt"
    pin.write_text(PASSWORD + "\n", encoding="utf-8")
    out = tmp_path / "all.csv"
    result = duodesk(
        "--db",
        str(team_project),
        "--person",
        "morag",
        "--pin-file",
        str(pin),
        "export",
        "hepc_peer_survey",
        "--csv",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig") as file:
        assert next(csv.reader(file))  # a real file with its header
    events = _events(team_project)
    exports = [e for e in events if "export" in e.action]
    assert exports and exports[-1].actor == "Morag"
    assert any(e.action == "signed in" and e.actor == "Morag" for e in events)


def test_wrong_pins_on_the_command_line_lock_the_name_out(team_project):
    for _ in range(MAX_WRONG_TRIES):
        wrong = duodesk(
            "--db", str(team_project), "--person", "Sam", "list", env={"DUODESK_PIN": "0000"}
        )
        assert wrong.returncode == 1 and "not right" in wrong.stderr
    right = duodesk(
        "--db", str(team_project), "--person", "Sam", "list", env={"DUODESK_PIN": "4821"}
    )
    assert right.returncode == 1 and "Too many wrong tries" in right.stderr
    failed = [e for e in _events(team_project) if e.action == "sign-in failed"]
    assert len(failed) == MAX_WRONG_TRIES


def test_a_backup_from_before_the_people_is_not_restored_over_them(tmp_path, example_paths):
    """An interviewer damages the project, then restores a backup from before people were
    listed (a damaged project needs only the passphrase to be restored): that would give
    everyone every right. Refused, damaged or not, and nothing is changed."""
    path = tmp_path / "team.duodesk"
    form = str(example_paths["hepatitis_c_peer_survey"])
    assert duodesk("--db", str(path), "import-form", form).returncode == 0
    database = Database.open(path)
    before_people = database.backup("before-purge")
    with database.session() as session:
        add_person(session, "Morag", Role.COORDINATOR, PASSWORD)
        set_signed_in(SignedIn("Morag", Role.COORDINATOR))
        add_person(session, "Sam", Role.INTERVIEWER, "4821")
    set_signed_in(None)
    database.close()

    by_coordinator = duodesk(
        "--db", str(path), "--person", "Morag", "restore", str(before_people),
        env={"DUODESK_PIN": PASSWORD},
    )  # fmt: skip
    assert by_coordinator.returncode != 0
    assert "from before this project listed its people" in by_coordinator.stderr

    whole = path.read_bytes()
    path.write_bytes(whole[:4096])  # damaged by hand
    by_anyone = duodesk("--db", str(path), "restore", str(before_people))
    assert by_anyone.returncode != 0
    assert "from before this project listed its people" in by_anyone.stderr
    assert "Nothing was changed" in by_anyone.stderr
    assert len(path.read_bytes()) == 4096  # still the damaged file: nothing restored
    assert sorted(p.name for p in tmp_path.glob("team.duodesk.damaged*")) == []


def _damage(path) -> None:
    path.write_bytes(path.read_bytes()[:8192])


def test_a_damaged_project_is_restored_only_by_a_coordinator_listed_in_the_backup(
    team_project, tmp_path
):
    """Damaging the project skipped every check of who restores it, and of what."""
    database = Database.open(team_project)
    backup = database.backup("before-purge")
    database.close()
    other = Database.open(tmp_path / "other.duodesk")  # another project, Morag's too
    with other.session() as session:
        add_person(session, "Morag", Role.COORDINATOR, PASSWORD)
    foreign = other.backup("before-purge")
    other.close()
    _damage(team_project)

    nobody = duodesk("--db", str(team_project), "restore", str(backup))
    assert nobody.returncode != 0
    assert "give the name and password of a coordinator listed there" in nobody.stderr
    interviewer = duodesk(
        "--db", str(team_project), "--person", "Sam", "restore", str(backup),
        env={"DUODESK_PIN": "4821"},
    )  # fmt: skip
    assert interviewer.returncode != 0
    assert "coordinator listed there" in interviewer.stderr
    stranger = duodesk(
        "--db", str(team_project), "--person", "Morag", "restore", str(foreign),
        env={"DUODESK_PIN": PASSWORD},
    )  # fmt: skip
    assert stranger.returncode != 0
    assert "is not an earlier copy of this project" in stranger.stderr
    assert len(team_project.read_bytes()) == 8192  # still the damaged file

    coordinator = duodesk(
        "--db", str(team_project), "--person", "Morag", "restore", str(backup),
        env={"DUODESK_PIN": PASSWORD},
    )  # fmt: skip
    assert coordinator.returncode == 0, coordinator.stderr
    listed = duodesk(
        "--db", str(team_project), "--person", "Morag", "audit",
        env={"DUODESK_PIN": PASSWORD},
    )  # fmt: skip
    restored_line = next(line for line in listed.stdout.splitlines() if "backup restored" in line)
    assert "by Morag" in restored_line  # the coordinator the backup's list vouched for
    checked = duodesk(
        "--db", str(team_project), "--person", "Morag", "audit", "--verify",
        env={"DUODESK_PIN": PASSWORD},
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_coordinator_taken_off_who_restores_an_older_copy_over_damage_is_found(team_project):
    """Taken off the list, a coordinator damages the project and restores a backup from
    when they were on it: their old password works there, but the check of the trail says
    that what this laptop wrote since (their removal) was lost."""
    database = Database.open(team_project)
    with database.session() as session:
        set_signed_in(SignedIn("Morag", Role.COORDINATOR))
        add_person(session, "Carl", Role.COORDINATOR, "carl's own password")
    with_carl = database.backup("before-purge")
    with database.session() as session:
        remove_person(session, "Carl", by="Morag")
    set_signed_in(None)
    database.close()
    _damage(team_project)
    restored = duodesk(
        "--db", str(team_project), "--person", "Carl", "restore", str(with_carl),
        env={"DUODESK_PIN": "carl's own password"},
    )  # fmt: skip
    assert restored.returncode == 0, restored.stderr
    checked = duodesk(
        "--db", str(team_project), "--person", "Carl", "audit", "--verify",
        env={"DUODESK_PIN": "carl's own password"},
    )  # fmt: skip
    assert checked.returncode == 1
    assert "which this laptop wrote, were lost: a damaged project was replaced" in checked.stderr


def test_a_project_brought_to_this_laptop_is_remembered_as_listing_people_at_sign_in(
    team_project, tmp_path
):
    """The laptop learnt that a project lists people only when someone was added on it; a
    project copied here is learnt at its first sign-in, and a backup from before its people
    is then refused over it, damaged or not."""
    from duodesk.storage.database import _place_name

    elsewhere = tmp_path / "elsewhere" / "team.duodesk"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(team_project.read_bytes())  # brought here on a memory stick
    assert not audit.people_listed_here(_place_name(elsewhere))
    used = duodesk("--db", str(elsewhere), "--person", "Sam", "list", env={"DUODESK_PIN": "4821"})
    assert used.returncode == 0, used.stderr
    assert audit.people_listed_here(_place_name(elsewhere))
    fresh = Database.open(tmp_path / "fresh.duodesk")  # lists nobody
    nobody_listed = fresh.backup("before-purge")
    fresh.close()
    _damage(elsewhere)
    restored = duodesk("--db", str(elsewhere), "restore", str(nobody_listed))
    assert restored.returncode != 0
    assert "from before this project listed its people" in restored.stderr
    assert len(elsewhere.read_bytes()) == 8192


def test_restoring_a_backup_says_who_comes_back_on_the_list(team_project):
    """An honest restore brings back the people and PINs of the backup: a coordinator taken
    off since comes back, and the person restoring is told so."""
    database = Database.open(team_project)
    with database.session() as session:
        set_signed_in(SignedIn("Morag", Role.COORDINATOR))
        add_person(session, "Carl", Role.COORDINATOR, "carl's own password")
    with_carl = database.backup("before-purge")
    with database.session() as session:
        remove_person(session, "Carl", by="Morag")
        add_person(session, "Ines", Role.INTERVIEWER, "7731")
    set_signed_in(None)
    database.close()
    restored = duodesk(
        "--db", str(team_project), "--person", "Morag", "restore", str(with_carl),
        env={"DUODESK_PIN": PASSWORD},
    )  # fmt: skip
    assert restored.returncode == 0, restored.stderr
    assert "Carl is on the list again, as coordinator." in restored.stdout
    assert "Ines is no longer on the list." in restored.stdout
    assert "Morag" not in restored.stdout.replace("Morag's", "")


def test_an_older_copy_put_over_the_project_by_hand_does_not_drop_the_roles(
    tmp_path, example_paths
):
    """`cp` of a backup from before the people over the project took every role away, with
    no passphrase needed: the project now stays shut until a coordinator restores it."""
    path = tmp_path / "team.duodesk"
    form = str(example_paths["hepatitis_c_peer_survey"])
    assert duodesk("--db", str(path), "import-form", form).returncode == 0
    database = Database.open(path)
    before_people = database.backup("before-purge")
    with database.session() as session:
        add_person(session, "Morag", Role.COORDINATOR, PASSWORD)
        set_signed_in(SignedIn("Morag", Role.COORDINATOR))
        add_person(session, "Sam", Role.INTERVIEWER, "4821")
    set_signed_in(None)
    with_people = database.backup("before-purge")
    database.close()
    path.write_bytes(before_people.read_bytes())  # by hand
    for part in tmp_path.glob("team.duodesk-*"):
        part.unlink()

    opened = duodesk("--db", str(path), "require-threshold", "4")
    assert opened.returncode != 0
    assert "listed its people on this laptop and lists nobody now" in opened.stderr
    again = duodesk("--db", str(path), "restore", str(before_people))
    assert again.returncode != 0 and "from before this project listed its people" in again.stderr
    by_sam = duodesk(
        "--db", str(path), "--person", "Sam", "restore", str(with_people),
        env={"DUODESK_PIN": "4821"},
    )  # fmt: skip
    assert by_sam.returncode != 0 and "coordinator listed there" in by_sam.stderr
    by_morag = duodesk(
        "--db", str(path), "--person", "Morag", "restore", str(with_people),
        env={"DUODESK_PIN": PASSWORD},
    )  # fmt: skip
    assert by_morag.returncode == 0, by_morag.stderr
    listed = duodesk("--db", str(path), "--person", "Sam", "list", env={"DUODESK_PIN": "4821"})
    assert listed.returncode == 0, listed.stderr


def test_a_project_whose_people_were_all_taken_off_opens_as_one_person_again(team_project):
    database = Database.open(team_project)
    with database.session() as session:
        set_signed_in(SignedIn("Morag", Role.COORDINATOR))
        remove_person(session, "Sam", by="Morag")
        remove_person(session, "Morag", by="Morag")
    set_signed_in(None)
    database.close()
    opened = duodesk("--db", str(team_project), "require-threshold", "4")
    assert opened.returncode == 0, opened.stderr


def test_an_interviewer_made_coordinator_by_hand_is_found_by_the_check(team_project):
    """With the passphrase and a SQLite tool, an interviewer changed their own role in the
    list of people; the check said "intact"."""
    import sqlite3

    assert duodesk("--db", str(team_project), "--person", "Morag", "audit", "--verify",
                   env={"DUODESK_PIN": PASSWORD}).returncode == 0  # fmt: skip
    connection = sqlite3.connect(team_project)
    connection.execute("UPDATE people SET role = 'coordinator' WHERE name = 'Sam'")
    connection.commit()
    connection.close()
    checked = duodesk(
        "--db", str(team_project), "--person", "Morag", "audit", "--verify",
        env={"DUODESK_PIN": PASSWORD},
    )  # fmt: skip
    assert checked.returncode == 1
    assert "Sam is coordinator in the list and interviewer in the trail" in checked.stderr
