"""DuoDesk reads back its own exports: a CSV (labels or codes) or the Data sheet of the
workbook's interview file, imported into an empty project, gives exactly the summary of the
project it came from, for every example questionnaire and for random interviews; and numbers
keep every digit."""

from __future__ import annotations

import csv
import random
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from duodesk.analysis import Subset, summarize, summary_to_json
from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    Question,
    Questionnaire,
    QuestionType,
    Settings,
)
from duodesk.core.responses import EXPORT_MARKERS
from duodesk.core.simulate import simulate_answers
from duodesk.core.values import parse_answer
from duodesk.core.xlsform import read_xlsform
from duodesk.exports.disclosure import DisclosureRule
from duodesk.exports.export import export
from duodesk.exports.layout import NOT_ASKED, NOT_IN_VERSION, ExportOptions, interviews_path
from duodesk.storage.database import Database
from duodesk.storage.importer import ImportRefused, import_responses
from duodesk.storage.models import InterviewStatus
from duodesk.storage.questionnaires import save_questionnaire
from tests.analysis.projects import store_interviews
from tests.core.forms import write_form
from tests.core.test_repeats import SUM_FORM
from tests.exports.test_sav_file import INTERVIEWS, negatives_form
from tests.repeat_project import add_drug_interviews

FORMATS = {
    "labels.csv": ExportOptions(deidentified=False),
    "codes.csv": ExportOptions(deidentified=False, labels=False),
    # the rows per interview, beside the group's workbook: small numbers shown, as the
    # surveys here have only a few interviews (too few for tables with them hidden)
    "data.xlsx": ExportOptions(
        deidentified=False, include_interview_data=True, disclosure=DisclosureRule(enabled=False)
    ),
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


def two_version_forms() -> tuple[Questionnaire, Questionnaire]:
    """Version 2 adds a choice question (with missing codes), a multiple-choice question and a
    number question skipped by logic, and a text question; version 1 has the rest."""
    used = ChoiceList(
        "used",
        (
            Choice("yes", {"": "Yes"}),
            Choice("no", {"": "No"}),
            Choice("dont_know", {"": "Don't know"}, missing=True),
        ),
    )
    where = ChoiceList(
        "where",
        (
            Choice("pharmacy", {"": "Pharmacy"}),
            Choice("van", {"": "Van"}),
            Choice("nsp", {"": "NSP"}),
        ),
    )
    common = (
        Question("age", QuestionType.INTEGER, {"": "Age"}),
        Question("used", QuestionType.SELECT_ONE, {"": "Used?"}, list_name="used"),
    )
    added = (
        Question("tested", QuestionType.SELECT_ONE, {"": "Tested?"}, list_name="used"),
        Question(
            "places",
            QuestionType.SELECT_MULTIPLE,
            {"": "Where?"},
            list_name="where",
            relevant="${used} = 'yes'",
        ),
        Question("times", QuestionType.DECIMAL, {"": "How often?"}, relevant="${used} = 'yes'"),
        Question("why", QuestionType.TEXT, {"": "Why?"}),
    )
    first = Questionnaire(Settings("versions", "Versions", "1"), common, {"used": used})
    second = Questionnaire(
        Settings("versions", "Versions", "2"), common + added, {"used": used, "where": where}
    )
    return first, second


def figures(summary: dict) -> dict:
    """Every figure of a summary, by question; the versions list is the projects' own."""
    return {q["name"]: q for q in summary["questions"]}


@pytest.mark.parametrize("file_name", sorted(FORMATS))
def test_an_export_over_two_versions_comes_back_with_every_figure_the_same(
    database, tmp_path, file_name
):
    """Interviews made with version 1 did not have version 2's questions: in the export
    those cells say "not in version". The empty project, given only version 2, gets version
    1 back from the file (version 2 without those questions), each interview is stored with
    its own version, and the summary is the same figure for figure, versions included (all
    interviews went to one version, and `summary --version 2` found none)."""
    first, second = two_version_forms()
    store_interviews(database, first, simulate_answers(first, 40, seed=7, blank_rate=0.2))
    store_interviews(database, second, simulate_answers(second, 60, seed=8, blank_rate=0.2))
    expected = summary_to_json(summarize(database, "versions"))
    assert expected["versions"] == [1, 2]
    assert figures(expected)["times"]["not_in_version"] == 40
    assert figures(expected)["times"]["not_applicable"] > 0
    exported = tmp_path / file_name
    export(database, "versions", exported, FORMATS[file_name])
    data = interviews_path(exported) if file_name.endswith(".xlsx") else exported
    target = Database.open(tmp_path / "target.duodesk")
    try:
        with target.session() as session:
            save_questionnaire(session, second)
        report = import_responses(target, "versions", data)
        assert (report.imported, report.rejected, report.not_in_version) == (100, 0, 160)
        said = report.describe()
        assert "came from (40 with version 1, 60 with version 2)" in said
        assert "here 40 with version 1, 60 with version 2" in said
        assert "the file's older versions were added (1)" in said
        assert "now version 2, as in the file" in said
        assert 'stay "not in version" here' in said
        assert (report.stored_versions, report.versions_made) == (((1, 40), (2, 60)), (1,))
        assert summary_to_json(summarize(target, "versions")) == expected
        for number in (1, 2):
            alone = Subset(versions=(number,))
            assert summary_to_json(summarize(target, "versions", alone)) == summary_to_json(
                summarize(database, "versions", alone)
            )
    finally:
        target.close()


def test_a_project_with_the_same_versions_keeps_each_interviews_version(database, tmp_path):
    """Imported into a project that has both versions (version 1 in use there already), each
    interview goes back to its own version, and the summary says both contributed."""
    first, second = two_version_forms()
    store_interviews(database, first, simulate_answers(first, 10, seed=3))
    store_interviews(database, second, simulate_answers(second, 15, seed=4))
    expected = figures(summary_to_json(summarize(database, "versions")))
    exported = tmp_path / "codes.csv"
    export(database, "versions", exported, FORMATS["codes.csv"])
    target = Database.open(tmp_path / "target.duodesk")
    try:
        store_interviews(target, first, [{"age": 30, "used": "no"}])
        with target.session() as session:
            assert save_questionnaire(session, second).new_version
        report = import_responses(target, "versions", exported)
        assert report.stored_versions == ((1, 10), (2, 15))
        assert "here 10 with version 1, 15 with version 2" in report.describe()
        summary = summary_to_json(summarize(target, "versions"))
        assert summary["versions"] == [1, 2]
        got = figures(summary)
        assert got["times"]["not_in_version"] == expected["times"]["not_in_version"] + 1
        counts = [(o["name"], o["count"], o["valid_percent"]) for o in got["tested"]["options"]]
        assert counts == [
            (o["name"], o["count"], o["valid_percent"]) for o in expected["tested"]["options"]
        ]
        assert got["age"]["answered"] == expected["age"]["answered"] + 1
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


def test_interviews_of_a_form_with_a_repeat_keep_their_version_too(database, tmp_path):
    """A repeat's number of instances travels in the export under the repeat's name: it is
    something the version stores, not a question it lacks."""
    from duodesk.core.questionnaire import Repeat

    first, second = two_version_forms()
    drugs = Repeat(
        "drugs",
        {"": "Drugs used"},
        children=(Question("drug", QuestionType.TEXT, {"": "Which drug?"}),),
    )
    first = replace(first, children=(*first.children, drugs))
    second = replace(second, children=(*second.children, drugs))
    store_interviews(database, first, [{"age": 30, "used": "no", "drugs": 1, "drug[1]": "x"}] * 3)
    store_interviews(database, second, [{"age": 40, "used": "yes", "tested": "no"}] * 4)
    exported = tmp_path / "codes.csv"
    export(database, "versions", exported, FORMATS["codes.csv"])
    target = Database.open(tmp_path / "target.duodesk")
    try:
        store_interviews(target, first, [{"age": 20, "used": "no"}])
        with target.session() as session:
            assert save_questionnaire(session, second).new_version
        report = import_responses(target, "versions", exported)
        assert report.stored_versions == ((1, 3), (2, 4)), report.describe()
    finally:
        target.close()


def forms_with_a_question_dropped() -> tuple[Questionnaire, Questionnaire]:
    """Version 1 asks "oldq" (a choice question, asked of those who used) and "oldnum";
    version 2 drops both and asks "tested" instead."""
    first, second = two_version_forms()
    yes_no = second.choice_lists["used"]
    dropped = (
        Question(
            "oldq",
            QuestionType.SELECT_ONE,
            {"": "Old question"},
            list_name="used",
            relevant="${used} = 'yes'",
        ),
        Question("oldnum", QuestionType.DECIMAL, {"": "Old number"}),
    )
    first = replace(first, children=(*first.children, *dropped))
    second = replace(second, choice_lists={**second.choice_lists, "used": yes_no})
    second = replace(
        second, children=tuple(q for q in second.children if q.name not in ("places", "times"))
    )
    return first, second


@pytest.mark.parametrize("file_name", sorted(FORMATS))
def test_answers_to_a_question_only_an_older_version_has_come_back_with_that_version(
    database, tmp_path, file_name
):
    """Interviews made with version 1 answered "oldq", which version 2 no longer asks. In a
    project with both versions their answers come back, stored with version 1, and the
    summary is the same figure for figure; no column is left out."""
    first, second = forms_with_a_question_dropped()
    store_interviews(database, first, simulate_answers(first, 30, seed=11, blank_rate=0.2))
    store_interviews(database, second, simulate_answers(second, 25, seed=12, blank_rate=0.2))
    expected = summary_to_json(summarize(database, "versions"))
    assert figures(expected)["oldq"]["answered"] > 0
    assert figures(expected)["oldq"]["not_in_version"] == 25
    exported = tmp_path / file_name
    export(database, "versions", exported, FORMATS[file_name])
    data = interviews_path(exported) if file_name.endswith(".xlsx") else exported
    target = Database.open(tmp_path / "target.duodesk")
    try:
        # Version 1 is kept in the target by an interview someone has begun with it (a
        # draft, which no summary counts); version 2 is then a version of its own.
        store_interviews(target, first, [{"age": 30}], status=InterviewStatus.DRAFT)
        with target.session() as session:
            assert save_questionnaire(session, second).new_version
        report = import_responses(target, "versions", data)
        assert (report.imported, report.rejected) == (55, 0), report.describe()
        assert report.ignored_columns == ()
        assert "Columns left out" not in report.describe()
        assert report.stored_versions == ((1, 30), (2, 25))
        assert summary_to_json(summarize(target, "versions")) == expected
    finally:
        target.close()


def test_rows_that_do_not_fit_the_projects_version_of_that_number_go_to_the_newest(
    database, tmp_path
):
    """The target's version 1 is another questionnaire (it asks "tested", which the file's
    version 1 rows say they did not have): those rows are stored with the newest version,
    and the columns whose answers it cannot keep are listed as left out."""
    first, second = forms_with_a_question_dropped()
    store_interviews(database, first, simulate_answers(first, 30, seed=11, blank_rate=0.2))
    store_interviews(database, second, simulate_answers(second, 25, seed=12, blank_rate=0.2))
    exported = tmp_path / "codes.csv"
    export(database, "versions", exported, FORMATS["codes.csv"])
    other_first = replace(second, children=tuple(q for q in second.children if q.name != "why"))
    target = Database.open(tmp_path / "target.duodesk")
    try:
        store_interviews(target, other_first, [{"age": 30}], status=InterviewStatus.DRAFT)
        with target.session() as session:
            assert save_questionnaire(session, second).new_version
        report = import_responses(target, "versions", exported)
        assert (report.imported, report.rejected) == (55, 0), report.describe()
        assert report.stored_versions == ((2, 55),)
        assert report.ignored_columns == ("oldq", "oldnum")
        assert "Columns left out: oldq, oldnum." in report.describe()
    finally:
        target.close()


def nested_repeat_interviews(count: int, seed: int) -> list[dict[str, object]]:
    """Households: each person's age, and the hours of each of their jobs (0 to 2)."""
    rng = random.Random(seed)
    interviews = []
    for _ in range(count):
        people = rng.randint(0, 3)
        answers: dict[str, object] = {"people": people}
        for p in range(1, people + 1):
            answers[f"age[{p}]"] = rng.randint(16, 80)
            jobs = rng.randint(0, 2)
            answers[f"job[{p}]"] = jobs
            for j in range(1, jobs + 1):
                if rng.random() < 0.8:
                    answers[f"hours[{p}.{j}]"] = rng.randint(1, 40)
        interviews.append(answers)
    return interviews


@pytest.mark.parametrize("file_name", sorted(FORMATS))
def test_a_form_with_a_repeat_survives_export_and_import(database, tmp_path, file_name):
    """The repeat's instances travel in a file (CSV) or sheet (workbook) of their own, joined
    by _interview and _instance: read back with the interviews, every figure of the repeat's
    questions (over instances, and by person) is as it was."""
    form = add_drug_interviews(database, tmp_path, count=40, seed=3)
    expected = summary_to_json(summarize(database, form.form_id))
    drug = figures(expected)["drug"]
    assert drug["answered"] > 40 and drug["people"] > 0
    assert round_trip(database, form, tmp_path, file_name) == expected


@pytest.mark.parametrize("file_name", sorted(FORMATS))
def test_a_repeat_inside_a_repeat_survives_export_and_import(database, tmp_path, file_name):
    """A job belongs to the person ("2.1" is person 2's first job), not only to the
    interview: the hours come back under the right person."""
    form = read_xlsform(write_form(tmp_path / "household.xlsx", SUM_FORM))
    store_interviews(database, form, nested_repeat_interviews(30, seed=4))
    expected = summary_to_json(summarize(database, form.form_id))
    assert figures(expected)["hours"]["answered"] > 10
    assert round_trip(database, form, tmp_path, file_name) == expected


def test_the_repeats_count_column_is_read_not_left_out_and_checked(database, tmp_path):
    """The interviews' file gives each repeat's number of instances in a column named after
    it: with the repeat's file beside it that column is not listed as left out, and an
    interview whose count disagrees with the repeat's file (a file from another export) is
    named and nothing is stored."""
    form = add_drug_interviews(database, tmp_path, count=12, seed=5)
    exported = tmp_path / "codes.csv"
    export(database, form.form_id, exported, FORMATS["codes.csv"])
    target = Database.open(tmp_path / "target.duodesk")
    try:
        with target.session() as session:
            save_questionnaire(session, form)
        report = import_responses(target, form.form_id, exported)
        assert (report.imported, report.ignored_columns) == (12, ())
        assert "Columns left out" not in report.describe()
    finally:
        target.close()
    with exported.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    at = rows[0].index("drugs")
    rows[3][at] = str(int(rows[3][at]) + 1)
    with exported.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    other = Database.open(tmp_path / "other.duodesk")
    try:
        with other.session() as session:
            save_questionnaire(session, form)
        with pytest.raises(ImportRefused) as refused:
            import_responses(other, form.form_id, exported)
        assert 'row 4: one of its repeat instances has a problem: column "drugs" says' in str(
            refused.value
        )
        assert summary_to_json(summarize(other, form.form_id))["interviews"] == 0
    finally:
        other.close()


def test_without_the_repeats_file_its_questions_are_left_out(database, tmp_path):
    """Only the interviews' file, its repeat file not brought along: the interviews come in
    with no instances, the repeat's count column is listed as left out, and the import says
    which file was missing (the number of instances is not known, not 0)."""
    form = add_drug_interviews(database, tmp_path, count=6, seed=6)
    exported = tmp_path / "codes.csv"
    export(database, form.form_id, exported, FORMATS["codes.csv"])
    (tmp_path / "codes-drugs.csv").unlink()
    target = Database.open(tmp_path / "target.duodesk")
    try:
        with target.session() as session:
            save_questionnaire(session, form)
        report = import_responses(target, form.form_id, exported)
        assert (report.imported, report.ignored_columns) == (6, ("drugs",))
        assert "there is no file codes-drugs.csv beside it" in report.describe()
        count = summarize(target, form.form_id).question("drugs")
        assert (count.answered, count.missing) == (0, 6)
    finally:
        target.close()


def test_numbers_with_more_digits_than_excel_keeps_are_text_in_the_data_sheet(database, tmp_path):
    """Excel keeps 15 significant digits: 1000000000000007 (which a double holds) would be
    read as 1000000000000010 and saved so. Such numbers are text cells, every digit kept;
    numbers of 15 digits stay numbers."""
    from duodesk.core.questionnaire import Question, Questionnaire, QuestionType, Settings
    from duodesk.exports.export import export
    from duodesk.exports.layout import ExportOptions
    from tests.analysis.projects import store_interviews, store_questionnaire

    form = Questionnaire(
        Settings("digits", "Digits", "1"),
        (Question("count", QuestionType.INTEGER, {"": "Count"}),),
        {},
    )
    store_questionnaire(database, form)
    store_interviews(database, form, [{"count": 10**15 + 7}, {"count": 10**15 - 1}] * 5)
    path = tmp_path / "digits.xlsx"
    export(database, "digits", path, ExportOptions(include_interview_data=True))
    sheet = openpyxl.load_workbook(interviews_path(path), read_only=True)["Data"]
    rows = list(sheet.iter_rows(values_only=True))
    column = rows[0].index("count")
    assert [row[column] for row in rows[1:3]] == ["1000000000000007", 999999999999999]
