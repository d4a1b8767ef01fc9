"""The same submission met again, in one export or in exports of different tools (KoboToolbox's
``_uuid``, ODK Central's ``uuid:``-prefixed ``instanceID`` / ``meta/instanceID`` / ``KEY``):
identical means "already here", different is a conflict shown with both versions, and nothing
is half-imported."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import func, select

from duodesk.core.xlsform import read_xlsform
from duodesk.storage.importer import ImportRefused, import_responses
from duodesk.storage.models import Interview
from duodesk.storage.questionnaires import save_questionnaire
from tests.core.forms import YES_NO, write_form

UUID_A = "0a6c2f4e-1b2d-4c3e-9f80-aa11bb22cc33"
UUID_B = "5d1e7b20-8c3f-4a91-b2d4-ee55ff667788"


@pytest.fixture
def form(tmp_path, database):
    path = write_form(
        tmp_path / "f.xlsx",
        [
            ["type", "name", "label"],
            ["start", "start", ""],
            ["end", "end", ""],
            ["begin_group", "g", "Use"],
            ["select_one yes_no", "used", "Used?"],
            ["integer", "age", "Age"],
            ["end_group", "", ""],
        ],
        YES_NO,
        [["form_id"], ["f"]],
    )
    with database.session() as session:
        save_questionnaire(session, read_xlsform(path))


def _csv(path, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _count(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Interview))


def test_a_kobo_export_then_a_central_export_of_the_same_submissions_adds_nothing(
    tmp_path, database, form
):
    kobo = _csv(
        tmp_path / "kobo.csv",
        [["_uuid", "g/used", "g/age"], [UUID_A, "yes", "34"], [UUID_B, "no", "51"]],
    )
    assert import_responses(database, "f", kobo).imported == 2
    for id_column in ("meta/instanceID", "instanceID", "KEY"):
        central = _csv(
            tmp_path / "central.csv",
            [
                ["g-used", "g-age", id_column],
                ["yes", "34", f"uuid:{UUID_A.upper()}"],
                ["no", "51", f"uuid:{UUID_B}"],
            ],
        )
        report = import_responses(database, "f", central)
        assert (report.imported, report.already_imported) == (0, 2), id_column
    assert _count(database) == 2


def test_the_same_uuid_twice_in_one_export_with_the_same_answers_is_imported_once(
    tmp_path, database, form
):
    data = _csv(
        tmp_path / "twice.csv",
        [["_uuid", "used", "age"], [UUID_A, "yes", "34"], [UUID_A.upper(), "yes", "34"]],
    )
    report = import_responses(database, "f", data)
    assert (report.imported, report.already_imported) == (1, 1)
    assert "1 were already in the project" in report.describe()


def test_the_same_uuid_twice_with_different_answers_is_a_conflict_showing_both(
    tmp_path, database, form
):
    data = _csv(
        tmp_path / "conflict.csv",
        [
            ["_uuid", "used", "age"],
            [UUID_A, "yes", "34"],
            [UUID_B, "no", "51"],
            [UUID_A.upper(), "yes", "35"],
        ],
    )
    with pytest.raises(ImportRefused) as refused:
        import_responses(database, "f", data)
    (problem,) = refused.value.problems
    assert problem == (
        f"row 4: submission {UUID_A} appears twice in this file, in rows 2 and 4, with "
        'different answers: age: "34" (row 2) / "35" (row 4)'
    )
    assert _count(database) == 0

    report = import_responses(database, "f", data, keep_valid=True)
    assert (report.imported, report.rejected) == (2, 1)
    with report.rejected_file.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][:4] == ["4", UUID_A.upper(), "yes", "35"]
    assert "rows 2 and 4" in rows[1][-1]


def test_a_submission_already_stored_with_other_answers_is_a_conflict_not_a_crash(
    tmp_path, database, form
):
    import_responses(database, "f", _csv(tmp_path / "a.csv", [["_uuid", "age"], [UUID_A, "34"]]))
    central = _csv(
        tmp_path / "central.csv",
        [["age", "meta/instanceID"], ["36", f"uuid:{UUID_A}"], ["51", f"uuid:{UUID_B}"]],
    )
    with pytest.raises(ImportRefused) as refused:
        import_responses(database, "f", central)
    assert refused.value.problems == (
        f"row 2: submission {UUID_A} is already in the project with different answers, so "
        'this row was not imported: age: "34" (in the project) / "36" (in this file)',
    )
    assert _count(database) == 1
    report = import_responses(database, "f", central, keep_valid=True)
    assert (report.imported, report.rejected) == (1, 1)
    assert _count(database) == 2
