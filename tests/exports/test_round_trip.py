"""DuoDesk reads back its own exports: a CSV (labels or codes) or the Data sheet of the
workbook's interview file, imported into an empty project, gives exactly the summary of the
project it came from, for every example questionnaire and for random interviews; and numbers
keep every digit."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from duodesk.analysis import summarize, summary_to_json
from duodesk.core.questionnaire import Question, Questionnaire, QuestionType, Settings
from duodesk.core.responses import EXPORT_MARKERS
from duodesk.core.simulate import simulate_answers
from duodesk.core.values import parse_answer
from duodesk.core.xlsform import read_xlsform
from duodesk.exports.export import export
from duodesk.exports.layout import NOT_ASKED, NOT_IN_VERSION, ExportOptions, interviews_path
from duodesk.storage.database import Database
from duodesk.storage.importer import import_responses
from duodesk.storage.questionnaires import save_questionnaire
from tests.analysis.projects import store_interviews
from tests.exports.test_sav_file import INTERVIEWS, negatives_form

FORMATS = {
    "labels.csv": ExportOptions(deidentified=False),
    "codes.csv": ExportOptions(deidentified=False, labels=False),
    "data.xlsx": ExportOptions(deidentified=False, include_interview_data=True),
}


def round_trip(source: Database, form: Questionnaire, folder: Path, file_name: str) -> dict:
    """Export ``form``'s interviews, import them into a new project; its summary as JSON."""
    exported = folder / file_name
    export(source, form.form_id, exported, FORMATS[file_name])
    target = Database.open(folder / f"{file_name}.duodesk")
    try:
        with target.session() as session:
            save_questionnaire(session, form)
        # A workbook's rows per interview are in a file of their own beside it.
        data = interviews_path(exported) if exported.suffix == ".xlsx" else exported
        report = import_responses(target, form.form_id, data)
        assert report.rejected == 0
        return summary_to_json(summarize(target, form.form_id))
    finally:
        target.close()


def test_the_importer_knows_the_exports_markers():
    assert {NOT_ASKED, NOT_IN_VERSION} == set(EXPORT_MARKERS)


@pytest.mark.parametrize("file_name", list(FORMATS))
@pytest.mark.parametrize(
    "example",
    ["hepatitis_c_peer_survey", "training_employment_barriers", "drug_user_organisation_profile"],
)
def test_every_example_survives_export_and_import(
    example, file_name, example_paths, database, tmp_path
):
    form = read_xlsform(example_paths[example])
    store_interviews(database, form, simulate_answers(form, 120, seed=len(file_name)))
    expected = summary_to_json(summarize(database, form.form_id))
    assert any(q["not_applicable"] for q in expected["questions"]), "skip logic is exercised"
    assert round_trip(database, form, tmp_path, file_name) == expected


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_interviews_with_awkward_numbers_survive_export_and_import(seed, database, tmp_path):
    form = negatives_form()
    answers = list(simulate_answers(form, 80, seed=seed, blank_rate=0.2)) + INTERVIEWS
    store_interviews(database, form, answers)
    expected = summary_to_json(summarize(database, form.form_id))
    for file_name in FORMATS:
        assert round_trip(database, form, tmp_path, file_name) == expected, file_name


def huge_numbers_form() -> Questionnaire:
    return Questionnaire(
        Settings("huge", "Huge numbers", "1"),
        (
            Question("count", QuestionType.INTEGER, {"": "Count"}),
            Question("amount", QuestionType.DECIMAL, {"": "Amount"}),
        ),
        {},
    )


HUGE = [
    {"count": 2**53 + 1, "amount": 0.1},
    {"count": 9223372036854775807, "amount": 123456789.125},
    {"count": -9223372036854775807, "amount": -97.5},
]


@pytest.mark.parametrize("file_name", ["codes.csv", "data.xlsx"])
def test_integers_past_two_to_the_53_keep_every_digit(file_name, database, tmp_path):
    form = huge_numbers_form()
    store_interviews(database, form, HUGE)
    expected = summary_to_json(summarize(database, form.form_id))
    assert expected["questions"][0]["stats"]["max"] == "9223372036854775807"
    if file_name.endswith(".csv"):
        path = tmp_path / "exact.csv"
        export(database, form.form_id, path)
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert [row["count"] for row in rows] == [
            "9007199254740993",
            "9223372036854775807",
            "-9223372036854775807",
        ]
        assert [row["amount"] for row in rows] == ["0.1", "123456789.125", "-97.5"]
    assert round_trip(database, form, tmp_path, file_name) == expected


def test_decimals_a_cell_would_round_survive_the_workbook(database, tmp_path):
    """openpyxl writes a number cell with 16 significant digits: 0.30000000000000004 would
    come back as 0.3 and change the summary; such a decimal is written as text."""
    form = huge_numbers_form()
    typed = ["0.30000000000000004", "1.123456789012345678", "0.1", "2.5"]
    amount = form.question("amount")
    store_interviews(database, form, [{"amount": parse_answer(amount, a)} for a in typed])
    expected = summary_to_json(summarize(database, form.form_id))
    exported = tmp_path / "data.xlsx"
    export(database, form.form_id, exported, FORMATS["data.xlsx"])
    sheet = openpyxl.load_workbook(interviews_path(exported), read_only=True)["Data"]
    rows = list(sheet.iter_rows(values_only=True))
    column = rows[0].index("amount")
    assert [row[column] for row in rows[1:]] == [
        "0.30000000000000004",
        "1.123456789012345678",
        0.1,
        2.5,
    ]
    assert round_trip(database, form, tmp_path, "data.xlsx") == expected


def test_reimport_of_an_export_made_over_two_versions_says_what_it_changed(database, tmp_path):
    """Interviews of an older version are imported into the newest one: the cells that said
    "not in version" are counted and the message says what they became."""
    first = Questionnaire(
        Settings("versions", "Versions", "1"), (Question("a", QuestionType.INTEGER, {"": "A"}),), {}
    )
    second = Questionnaire(
        Settings("versions", "Versions", "2"),
        (
            Question("a", QuestionType.INTEGER, {"": "A"}),
            Question("b", QuestionType.INTEGER, {"": "B"}),
        ),
        {},
    )
    store_interviews(database, first, [{"a": 1}, {"a": 2}])
    store_interviews(database, second, [{"a": 3, "b": 4}])
    exported = tmp_path / "versions.csv"
    export(database, "versions", exported, ExportOptions(labels=False))
    target = Database.open(tmp_path / "target.duodesk")
    try:
        with target.session() as session:
            save_questionnaire(session, second)
        report = import_responses(target, "versions", exported)
        assert (report.imported, report.not_in_version) == (3, 2)
        assert '2 answer(s) said "not in version"' in report.describe()
        assert 'count as "No answer"' in report.describe()
        b = summarize(target, "versions").question("b")
        assert (b.answered, b.missing, b.not_in_version) == (1, 2, 0)
    finally:
        target.close()


def test_reimport_of_a_single_version_export_reports_no_version_change(database, tmp_path):
    form = negatives_form()
    store_interviews(database, form, INTERVIEWS)
    exported = tmp_path / "one.csv"
    export(database, form.form_id, exported, ExportOptions(labels=False))
    target = Database.open(tmp_path / "target.duodesk")
    try:
        with target.session() as session:
            save_questionnaire(session, form)
        report = import_responses(target, form.form_id, exported)
        assert report.not_in_version == 0 and "not in version" not in report.describe()
    finally:
        target.close()


@pytest.mark.parametrize("file_name", sorted(FORMATS))
def test_reimport_says_which_interviews_were_made_with_another_version(
    database, tmp_path, file_name
):
    """Versions 1 and 2 ask the same question with other words, version 1 also "old": the
    export's "_version" column says each interview's version. Re-imported into a project
    holding only the newest questionnaire (its version 1 there), every interview is stored as
    that version, and the report says so plainly, with how many came from each version, even
    though no cell said "not in version"."""
    first = Questionnaire(
        Settings("versions", "Versions", "1"),
        (
            Question("a", QuestionType.INTEGER, {"": "A"}),
            Question("old", QuestionType.INTEGER, {"": "Old"}),
        ),
        {},
    )
    second = Questionnaire(
        Settings("versions", "Versions", "2"),
        (Question("a", QuestionType.INTEGER, {"": "A, asked otherwise"}),),
        {},
    )
    store_interviews(database, first, [{"a": 1, "old": 5}, {"a": 99, "old": -99}])
    store_interviews(database, second, [{"a": 3}])
    exported = tmp_path / file_name
    export(database, "versions", exported, FORMATS[file_name])
    source = interviews_path(exported) if file_name.endswith(".xlsx") else exported
    target = Database.open(tmp_path / "target.duodesk")
    try:
        with target.session() as session:
            save_questionnaire(session, second)
        report = import_responses(target, "versions", source)
        assert (report.imported, report.file_versions) == (3, (("1", 2), ("2", 1)))
        said = report.describe()
        assert "came from (2 with version 1, 1 with version 2)" in said
        assert "stored as made with version 1, this project's newest" in said
        assert "answers to questions it does not have are not imported" in said
        assert "Columns left out: old." in said
        summary = summarize(target, "versions")
        assert summary.versions == (1,)
        a = summarize(target, "versions").question("a")
        assert (a.answered, a.stats.min, a.stats.max) == (3, 1, 99)
    finally:
        target.close()


def test_reimport_into_the_same_version_says_nothing_of_versions(database, tmp_path):
    form = negatives_form()
    store_interviews(database, form, INTERVIEWS)
    exported = tmp_path / "one.csv"
    export(database, form.form_id, exported, ExportOptions(labels=False))
    target = Database.open(tmp_path / "target.duodesk")
    try:
        with target.session() as session:
            save_questionnaire(session, form)
        report = import_responses(target, form.form_id, exported)
        assert report.file_versions == () and "version column" not in report.describe()
    finally:
        target.close()
