"""A form whose choices or data file is missing opens with the file marked missing; the file
can be added later, to every version, without a new version."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import openpyxl
import pytest

from duodesk.core.engine import FormEngine
from duodesk.core.external_choices import add_files
from duodesk.core.input_files import InputFileError
from duodesk.core.xlsform import read_xlsform, write_xlsform
from duodesk.gui.entry import operations as ops
from duodesk.storage.questionnaires import (
    add_questionnaire_files,
    all_versions,
    latest_version,
    save_questionnaire,
)
from tests.core.forms import write_form

FORM = [
    ["type", "name", "label", "calculation"],
    ["text", "nickname", "Nickname", ""],
    ["select_one_from_file villages.csv", "village", "Village", ""],
    ["calculate", "people", "", "pulldata('sizes', 'people', 'name', ${village})"],
    ["integer", "age", "Age", ""],
]
SETTINGS = [["form_id", "form_title"], ["villages", "Villages"]]


def _form(folder):
    folder.mkdir(exist_ok=True)
    return write_form(folder / "villages.xlsx", FORM, settings=SETTINGS)


def _files(folder):
    folder.mkdir(exist_ok=True)
    (folder / "villages.csv").write_text("name,label\nv1,Alpha\nv2,Beta\n", encoding="utf-8")
    (folder / "sizes.csv").write_text("name,people\nv1,120\nv2,45\n", encoding="utf-8")
    return {"villages.csv": folder / "villages.csv", "sizes.csv": folder / "sizes.csv"}


def test_the_form_opens_and_its_other_questions_work_without_the_files(tmp_path):
    questionnaire = read_xlsform(_form(tmp_path / "form"))
    assert questionnaire.missing_files == ("villages.csv", "sizes.csv")
    assert [q.name for q in questionnaire.questions() if questionnaire.files_needed_by(q)] == [
        "village",
        "people",
    ]
    state = FormEngine(questionnaire).evaluate({"nickname": "Jo", "age": 30})
    assert state.answers["age"] == 30
    assert "people" not in state.answers  # pulldata() from a missing file gives nothing


def test_the_written_form_leaves_no_empty_file_in_place_of_a_missing_one(tmp_path):
    questionnaire = read_xlsform(_form(tmp_path / "form"))
    out = tmp_path / "out"
    out.mkdir()
    assert write_xlsform(questionnaire, out / "copy.xlsx") == []
    assert sorted(p.name for p in out.iterdir()) == ["copy.xlsx"]
    again = read_xlsform(out / "copy.xlsx")
    assert again.missing_files == ("villages.csv", "sizes.csv")
    assert again == questionnaire


def test_adding_the_files_fills_the_list_and_the_data(tmp_path):
    questionnaire = read_xlsform(_form(tmp_path / "form"))
    filled = add_files(questionnaire, _files(tmp_path / "downloads"))
    assert filled.missing_files == ()
    assert [c.name for c in filled.choice_lists["villages.csv"].choices] == ["v1", "v2"]
    assert FormEngine(filled).evaluate({"village": "v2"}).answers["people"] == "45"


def test_adding_a_file_the_form_does_not_need_says_which_it_needs(tmp_path):
    questionnaire = read_xlsform(_form(tmp_path / "form"))
    stray = tmp_path / "other.csv"
    stray.write_text("name\nx\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"does not need a file called other\.csv; it needs "):
        add_files(questionnaire, {"other.csv": stray})


def test_adding_a_bad_file_names_it_and_changes_nothing_stored(tmp_path, database):
    with database.session() as session:
        save_questionnaire(session, read_xlsform(_form(tmp_path / "form")))
    bad = tmp_path / "villages.csv"
    bad.write_text("name,label\n=CMD(1),Alpha\n", encoding="utf-8")
    with (
        pytest.raises(InputFileError, match=r'villages\.csv, row 2, column "name"'),
        database.session() as session,
    ):
        add_questionnaire_files(session, "villages", {"villages.csv": bad})
    with database.read_session() as session:
        assert latest_version(session, "villages").questionnaire.missing_files == (
            "villages.csv",
            "sizes.csv",
        )


def test_files_added_later_fill_the_version_interviews_use_without_a_new_one(tmp_path, database):
    with database.session() as session:
        save_questionnaire(session, read_xlsform(_form(tmp_path / "form")))
    details = ops.InterviewDetails("villages", "Sam", "Centre B", date(2024, 7, 12))
    opened = ops.start_interview(database, details)
    with database.session() as session:
        stored = add_questionnaire_files(session, "villages", _files(tmp_path / "downloads"))
    assert stored.number == 1 and stored.questionnaire.missing_files == ()
    reopened = ops.open_interview(database, opened.interview_id)
    choices = reopened.version.questionnaire.choice_lists["villages.csv"].choices
    assert [c.label[""] for c in choices] == ["Alpha", "Beta"]
    with database.read_session() as session:
        assert len(all_versions(session, "villages")) == 1


def test_the_form_read_again_with_its_files_fills_the_version_in_place(tmp_path, database):
    form = _form(tmp_path / "form")
    with database.session() as session:
        save_questionnaire(session, read_xlsform(form))
    details = ops.InterviewDetails("villages", "Sam", "Centre B", date(2024, 7, 12))
    ops.start_interview(database, details)
    _files(form.parent)
    with database.session() as session:
        result = save_questionnaire(session, read_xlsform(form))
    assert not result.new_version and result.version.number == 1
    assert result.version.questionnaire.missing_files == ()
    # A real change to a form with interviews still makes a new version.
    workbook = openpyxl.load_workbook(form)
    workbook["survey"]["C2"] = "Your nickname"
    workbook.save(form)
    with database.session() as session:
        assert save_questionnaire(session, read_xlsform(form)).new_version


@pytest.mark.slow
def test_a_transfer_file_brings_the_added_files_to_a_laptop_with_interviews(tmp_path):
    from duodesk.storage.database import Database
    from duodesk.storage.transfer import export_transfer, import_transfer

    passphrase = "Blue kettle on the third shelf"
    coordinator = Database.open(tmp_path / "coordinator.duodesk")
    laptop = Database.open(tmp_path / "laptop.duodesk")
    try:
        with coordinator.session() as session:
            save_questionnaire(session, read_xlsform(_form(tmp_path / "form")))
        export_transfer(coordinator, tmp_path / "one.transfer", passphrase, interviews=False)
        import_transfer(laptop, tmp_path / "one.transfer", passphrase)
        details = ops.InterviewDetails("villages", "Sam", "Centre B", date(2024, 7, 12))
        ops.start_interview(laptop, details)  # the laptop's version now has an interview
        with coordinator.session() as session:
            add_questionnaire_files(session, "villages", _files(tmp_path / "downloads"))
        export_transfer(coordinator, tmp_path / "two.transfer", passphrase, interviews=False)
        import_transfer(laptop, tmp_path / "two.transfer", passphrase)
        with laptop.read_session() as session:
            versions = all_versions(session, "villages")
        assert len(versions) == 1
        assert versions[0].questionnaire.missing_files == ()
        assert len(versions[0].questionnaire.choice_lists["villages.csv"].choices) == 2
    finally:
        coordinator.close()
        laptop.close()


FILTERED = [
    ["type", "name", "label", "choice_filter"],
    ["select_one region", "region", "Region", ""],
    ["select_one_from_file districts.csv", "district", "District", "region_id=${region}"],
]
REGIONS = [["list_name", "name", "label"], ["region", "n", "North"], ["region", "s", "South"]]


def test_a_choices_file_without_the_column_its_filter_chooses_by_is_refused(tmp_path, database):
    """Without the column the district question would offer nothing: a required district
    could never be passed, and the interview would be stuck."""
    (tmp_path / "form").mkdir()
    form = write_form(tmp_path / "form" / "districts.xlsx", FILTERED, choices=REGIONS)
    with database.session() as session:
        save_questionnaire(session, read_xlsform(form))
    wrong = tmp_path / "districts.csv"
    wrong.write_text("name,label,region\nd1,Harbour,n\nd2,Hills,s\n", encoding="utf-8")
    with (
        pytest.raises(InputFileError) as refused,
        database.session() as session,
    ):
        add_questionnaire_files(session, "districts", {"districts.csv": wrong})
    assert str(refused.value).startswith("districts.csv")
    assert 'no column "region_id", which the question "district" chooses its answers by' in str(
        refused.value
    )
    with database.read_session() as session:
        assert latest_version(session, "districts").questionnaire.missing_files == (
            "districts.csv",
        )

    right = tmp_path / "right" / "districts.csv"
    right.parent.mkdir()
    right.write_text("name,label,region_id\nd1,Harbour,n\nd2,Hills,s\n", encoding="utf-8")
    with database.session() as session:
        add_questionnaire_files(session, "districts", {"districts.csv": right})
    with database.read_session() as session:
        stored = latest_version(session, "districts").questionnaire
    engine = FormEngine(stored)
    shown = engine.visible_choices("district", engine.evaluate({"region": "s"}))
    assert [choice.name for choice in shown] == ["d2"]
    # Given once, the file is not replaced in place: the message says how to change it.
    with (
        pytest.raises(ValueError, match=r"has its file districts\.csv already\. To use another"),
        database.session() as session,
    ):
        add_questionnaire_files(session, "districts", {"districts.csv": right})


def test_a_choices_file_with_no_choices_is_refused_and_nothing_stored(tmp_path, database):
    with database.session() as session:
        save_questionnaire(session, read_xlsform(_form(tmp_path / "form")))
    empty = tmp_path / "villages.csv"
    empty.write_text("name,label\n", encoding="utf-8")
    with (
        pytest.raises(InputFileError, match=r"villages\.csv: this file holds no choices"),
        database.session() as session,
    ):
        add_questionnaire_files(session, "villages", {"villages.csv": empty})
    with database.read_session() as session:
        stored = latest_version(session, "villages").questionnaire
    assert stored.missing_files == ("villages.csv", "sizes.csv")


def test_a_file_that_gave_no_choices_is_replaced_by_the_right_one(tmp_path, database):
    """A project made before header-only choices files were refused may hold a list with no
    options, read from such a file beside the form; the right file replaces it in place, even
    once interviews use the questionnaire."""
    folder = tmp_path / "form"
    form = _form(folder)
    (folder / "villages.csv").write_text("name,label\nv1,One\n", encoding="utf-8")
    (folder / "sizes.csv").write_text("name,people\n", encoding="utf-8")
    read = read_xlsform(form)
    lists = {**read.choice_lists}
    lists["villages.csv"] = replace(lists["villages.csv"], choices=())
    questionnaire = replace(read, choice_lists=lists)
    assert questionnaire.missing_files == ()
    with database.session() as session:
        save_questionnaire(session, questionnaire)
    details = ops.InterviewDetails("villages", "Sam", "Centre B", date(2024, 7, 12))
    ops.start_interview(database, details)
    with database.session() as session:
        stored = add_questionnaire_files(session, "villages", _files(tmp_path / "downloads"))
    assert stored.number == 1
    choices = stored.questionnaire.choice_lists["villages.csv"].choices
    assert [c.label[""] for c in choices] == ["Alpha", "Beta"]
    assert FormEngine(stored.questionnaire).evaluate({"village": "v2"}).answers["people"] == "45"
    with (  # a file with choices is not replaced this way
        pytest.raises(ValueError, match=r"has its file villages\.csv already"),
        database.session() as session,
    ):
        add_questionnaire_files(session, "villages", _files(tmp_path / "again"))
