"""Importing KoboToolbox and ODK Central exports of forms with repeats: the interviews in one
table and each repeat's instances in a table of their own (a sheet of Kobo's xlsx, a CSV file
of Central's zip), joined by ``_parent_index`` / ``PARENT_KEY``. The files are built in the
layout those tools write (their column names, sheet and file names); the summaries of the
imported project are those of the same interviews entered in DuoDesk. A row whose parent
cannot be found is named (file, sheet, row, column) and nothing is stored."""

from __future__ import annotations

import csv
import io
import json
import random
import uuid
import zipfile
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy

from duodesk.analysis import summarize, summary_to_json
from duodesk.core.engine import FormEngine
from duodesk.core.records import AnswerStatus, records_from_state
from duodesk.core.xlsform import read_xlsform
from duodesk.storage.database import Database
from duodesk.storage.importer import ImportRefused, import_responses
from duodesk.storage.interviews import (
    NewInterview,
    add_interview,
    stored_answers,
    write_answers,
)
from duodesk.storage.models import Interview, InterviewStatus
from duodesk.storage.questionnaires import count_interviews, latest_version, save_questionnaire
from tests.core.forms import write_form
from tests.core.test_repeats import DRUG_CHOICES, DRUG_SURVEY, SUM_FORM

KOBO_MAIN_TAIL = [
    "_id",
    "_uuid",
    "_submission_time",
    "_validation_status",
    "_notes",
    "_status",
    "_submitted_by",
    "__version__",
    "_tags",
    "_index",
]
KOBO_REPEAT_TAIL = [
    "_index",
    "_parent_table_name",
    "_parent_index",
    "_submission__id",
    "_submission__uuid",
    "_submission__submission_time",
    "_submission__validation_status",
    "_submission__notes",
    "_submission__status",
    "_submission__submitted_by",
    "_submission___version__",
    "_submission__tags",
]
CENTRAL_MAIN_TAIL = [
    "meta-instanceID",
    "KEY",
    "SubmitterID",
    "SubmitterName",
    "AttachmentsPresent",
    "AttachmentsExpected",
    "Status",
    "ReviewState",
    "DeviceID",
    "Edits",
    "FormVersion",
]


def drug_interviews(count: int, seed: int) -> list[dict]:
    """Interviews naming 0 to 3 drugs each: (id, site, age, [instance answers])."""
    rng = random.Random(seed)
    made = []
    for _ in range(count):
        drugs = []
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            how = sorted(rng.sample(["inject", "smoke"], rng.randint(1, 2)))
            drugs.append(
                {
                    "drug": rng.choice(["heroin", "crack", "benzos"]),
                    "how_often": rng.choice(["daily", "weekly", None]),
                    "how": how,
                    "equipment": rng.choice(["nsp", "friend"]) if "inject" in how else None,
                }
            )
        made.append(
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128))),
                "site": rng.choice(["Centre A", "Centre B"]),
                "age": rng.randint(18, 60),
                "drugs": drugs,
            }
        )
    return made


def enter(database: Database, form, interviews: list[dict]) -> None:
    """The same interviews as DuoDesk's entry stores them (the reference)."""
    engine = FormEngine(form)
    with database.session() as session:
        save_questionnaire(session, form)
    with database.session() as session:
        version = latest_version(session, form.form_id)
        for interview in interviews:
            answers: dict[str, object] = {
                "site": interview["site"],
                "age": interview["age"],
                "drugs": len(interview["drugs"]),
            }
            for k, drug in enumerate(interview["drugs"], start=1):
                for name, value in drug.items():
                    if value is not None:
                        answers[f"{name}[{k}]"] = tuple(value) if name == "how" else value
            interview_id = add_interview(
                session, NewInterview(version.version_id, status=InterviewStatus.COMPLETE)
            )
            write_answers(session, interview_id, records_from_state(form, engine.evaluate(answers)))


def kobo_workbook(path: Path, interviews: list[dict], *, break_row=None) -> Path:
    """A KoboToolbox xlsx export ("XML values and headers", groups separated by "/")."""
    book = openpyxl.Workbook()
    main = book.active
    main.title = "Drug survey"
    main.append(["site", "age", "drug_count", *KOBO_MAIN_TAIL])
    repeat = book.create_sheet("drugs")
    repeat.append(
        [
            "drugs/drug",
            "drugs/how_often",
            "drugs/how",
            "drugs/how/inject",
            "drugs/how/smoke",
            "drugs/equipment",
            "drugs/number",
            "drugs/older",
            *KOBO_REPEAT_TAIL,
        ]
    )
    instance = 0
    for index, interview in enumerate(interviews, start=1):
        main.append(
            [
                interview["site"],
                interview["age"],
                len(interview["drugs"]),
                1000 + index,
                interview["id"],
                "2024-07-12T10:22:01",
                None,
                None,
                "submitted_via_web",
                None,
                "vQ3bVnmcH3rYwPzM8",
                None,
                index,
            ]
        )
        for k, drug in enumerate(interview["drugs"], start=1):
            instance += 1
            repeat.append(
                [
                    drug["drug"],
                    drug["how_often"],
                    " ".join(drug["how"]),
                    int("inject" in drug["how"]),
                    int("smoke" in drug["how"]),
                    drug["equipment"],
                    k,
                    interview["age"] + 1,
                    instance,
                    "Drug survey",
                    index,
                    1000 + index,
                    interview["id"],
                    "2024-07-12T10:22:01",
                    None,
                    None,
                    "submitted_via_web",
                    None,
                    "vQ3bVnmcH3rYwPzM8",
                    None,
                ]
            )
    if break_row is not None:
        break_row(repeat)
    book.save(path)
    return path


def central_zip(path: Path, interviews: list[dict], *, change=None, extra: str = "") -> Path:
    """An ODK Central "all data and media" zip: drugs.csv and drugs-drugs.csv; ``extra``
    names a column of drugs.csv that is none of the form's (left empty)."""
    main, repeat = io.StringIO(), io.StringIO()
    main_rows = csv.writer(main)
    main_rows.writerow(
        [
            "SubmissionDate",
            "site",
            "age",
            "drug_count",
            *CENTRAL_MAIN_TAIL,
            *([extra] if extra else []),
        ]
    )
    repeat_rows = [
        ["drug", "how_often", "how", "equipment", "number", "older", "PARENT_KEY", "KEY"]
    ]
    for interview in interviews:
        key = f"uuid:{interview['id']}"
        main_rows.writerow(
            [
                "2024-07-12T10:22:01.123Z",
                interview["site"],
                interview["age"],
                len(interview["drugs"]),
                key,
                key,
                "5",
                "sam",
                "0",
                "0",
                "",
                "",
                "collect:abc",
                "0",
                "2024071201",
                *([""] if extra else []),
            ]
        )
        for k, drug in enumerate(interview["drugs"], start=1):
            repeat_rows.append(
                [
                    drug["drug"],
                    drug["how_often"] or "",
                    " ".join(drug["how"]),
                    drug["equipment"] or "",
                    str(k),
                    str(interview["age"] + 1),
                    key,
                    f"{key}/drugs[{k}]",
                ]
            )
    if change is not None:
        change(repeat_rows)
    csv.writer(repeat).writerows(repeat_rows)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("drugs.csv", main.getvalue())
        archive.writestr("drugs-drugs.csv", repeat.getvalue())
        archive.writestr("media/photo.jpg", b"\xff\xd8\xff")
    return path


@pytest.fixture
def drug_form(tmp_path):
    return read_xlsform(write_form(tmp_path / "drugs.xlsx", DRUG_SURVEY, DRUG_CHOICES))


def fresh(tmp_path: Path, name: str, form) -> Database:
    database = Database.open(tmp_path / f"{name}.duodesk")
    with database.session() as session:
        save_questionnaire(session, form)
    return database


@pytest.mark.parametrize("layout", ["kobo", "central"])
def test_an_export_with_a_sheet_or_file_per_repeat_gives_the_summaries_of_entry(
    layout, drug_form, tmp_path
):
    interviews = drug_interviews(40, seed=5)
    reference = Database.open(tmp_path / "entered.duodesk")
    imported = fresh(tmp_path, "imported", drug_form)
    try:
        enter(reference, drug_form, interviews)
        expected = summary_to_json(summarize(reference, "drugs"))
        instances = sum(len(i["drugs"]) for i in interviews)
        drug = next(q for q in expected["questions"] if q["name"] == "drug")
        assert drug["interviews"] == instances > 40  # over instances, with the count said
        if layout == "kobo":
            path = kobo_workbook(tmp_path / "kobo.xlsx", interviews)
        else:
            path = central_zip(tmp_path / "drugs.zip", interviews)
        report = import_responses(imported, "drugs", path)
        assert (report.imported, report.rejected) == (40, 0)
        assert summary_to_json(summarize(imported, "drugs")) == expected
        # The same file again adds nothing (the interviews' ids are known).
        assert import_responses(imported, "drugs", path).already_imported == 40
    finally:
        reference.close()
        imported.close()


def test_centrals_own_columns_are_not_listed_as_left_out_but_an_unknown_one_is(drug_form, tmp_path):
    """Central's export adds its bookkeeping (KEY beside meta-instanceID, SubmitterID,
    ReviewState, ...) and its repeat files' PARENT_KEY and KEY: nothing to worry about, so
    not listed under "Columns left out", which is kept for columns of the person's own."""
    interviews = drug_interviews(6, seed=2)
    imported = fresh(tmp_path, "imported", drug_form)
    other = fresh(tmp_path, "other", drug_form)
    try:
        report = import_responses(imported, "drugs", central_zip(tmp_path / "a.zip", interviews))
        assert report.imported == 6
        assert report.ignored_columns == ()
        assert "left out" not in report.describe()
        path = central_zip(tmp_path / "b.zip", interviews, extra="favourite_colour")
        report = import_responses(other, "drugs", path)
        assert report.ignored_columns == ("favourite_colour",)
        assert report.describe().endswith("Columns left out: favourite_colour.")
    finally:
        imported.close()
        other.close()


def test_nested_repeats_join_each_instance_to_the_instance_it_belongs_to(tmp_path):
    """ODK Central names a nested repeat's rows by the KEY of the outer instance."""
    form = read_xlsform(write_form(tmp_path / "household.xlsx", SUM_FORM))
    form_id = form.form_id
    main = "people,KEY\n2,uuid:a\n1,uuid:b\n"
    person = (
        "age,PARENT_KEY,KEY\n"
        "40,uuid:a,uuid:a/person[1]\n19,uuid:a,uuid:a/person[2]\n33,uuid:b,uuid:b/person[1]\n"
    )
    job = (
        "hours,PARENT_KEY,KEY\n"
        "30,uuid:a/person[1],uuid:a/person[1]/job[1]\n"
        "10,uuid:a/person[2],uuid:a/person[2]/job[1]\n"
        "5,uuid:a/person[2],uuid:a/person[2]/job[2]\n"
    )
    path = tmp_path / "household.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{form_id}.csv", main)
        archive.writestr(f"{form_id}-person.csv", person)
        archive.writestr(f"{form_id}-person-job.csv", job)
    database = fresh(tmp_path, "project", form)
    try:
        assert import_responses(database, form_id, path).imported == 2
        summary = summarize(database, form_id)
        hours = summary.question("hours")
        assert (hours.interviews, hours.people, hours.answered) == (3, 1, 3)
        assert (hours.stats.n, hours.stats.mean) == (3, 15)
        # Person b's one instance has no job rows: none are made up for it.
        assert summary.question("job").stats.n == 3
        assert summary.question("age").interviews == 3
    finally:
        database.close()


def test_two_instances_with_one_key_refuse_the_file_rather_than_move_answers(tmp_path):
    """Two person rows of different households with the same KEY: the job rows of the first
    went to the second person (another household) with nothing said."""
    form = read_xlsform(write_form(tmp_path / "household.xlsx", SUM_FORM))
    form_id = form.form_id
    main = "people,KEY\n1,uuid:a\n1,uuid:b\n"
    person = "age,PARENT_KEY,KEY\n40,uuid:a,uuid:p\n33,uuid:b,uuid:p\n"
    job = "hours,PARENT_KEY,KEY\n30,uuid:p,uuid:p/job[1]\n"
    path = tmp_path / "household.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{form_id}.csv", main)
        archive.writestr(f"{form_id}-person.csv", person)
        archive.writestr(f"{form_id}-person-job.csv", job)
    database = fresh(tmp_path, "project", form)
    try:
        for keep_valid in (False, True):
            with pytest.raises(ImportRefused) as refused:
                import_responses(database, form_id, path, keep_valid=keep_valid)
            said = str(refused.value)
            assert f'file "{form_id}-person.csv", row 3, column "KEY", value "uuid:p": ' in said
            assert "another row of person has the same key" in said
            with database.session() as session:
                assert count_interviews(session, form_id) == 0
    finally:
        database.close()


def _point_nowhere(sheet) -> None:
    sheet.cell(row=3, column=11).value = 99  # _parent_index of the second instance


def _blank_parent(rows: list[list[str]]) -> None:
    rows[2][6] = ""  # PARENT_KEY of the second instance


def _unknown_parent(rows: list[list[str]]) -> None:
    rows[1][6] = "uuid:00000000-0000-0000-0000-000000000000"


@pytest.mark.parametrize(
    ("layout", "broken", "said"),
    [
        (
            "kobo",
            _point_nowhere,
            '\n  - sheet "drugs", row 3, column "_parent_index", value "99": no '
            'interview in sheet "Drug survey" has this key',
        ),
        (
            "central",
            _blank_parent,
            '\n  - file "drugs-drugs.csv", row 3, column "PARENT_KEY": empty, so this '
            "instance of drugs belongs to no interview",
        ),
        (
            "central",
            _unknown_parent,
            '\n  - file "drugs-drugs.csv", row 2, column "PARENT_KEY", value '
            '"uuid:00000000-0000-0000-0000-000000000000": no interview in file "drugs.csv"',
        ),
    ],
)
def test_an_instance_that_belongs_to_no_interview_is_named_and_nothing_is_stored(
    layout, broken, said, drug_form, tmp_path
):
    interviews = [i for i in drug_interviews(12, seed=2) if i["drugs"]]
    if layout == "kobo":
        path = kobo_workbook(tmp_path / "kobo.xlsx", interviews, break_row=broken)
    else:
        path = central_zip(tmp_path / "drugs.zip", interviews, change=broken)
    database = fresh(tmp_path, "project", drug_form)
    try:
        for keep_valid in (False, True):
            with pytest.raises(ImportRefused) as refused:
                import_responses(database, "drugs", path, keep_valid=keep_valid)
            assert said in str(refused.value)
            assert str(refused.value).count(path.name) == 1  # at its head
            with database.session() as session:
                assert count_interviews(session, "drugs") == 0
    finally:
        database.close()


def test_a_wrong_answer_inside_an_instance_names_its_sheet_row_and_column(drug_form, tmp_path):
    interviews = [i for i in drug_interviews(12, seed=3) if i["drugs"]]

    def wrong(sheet) -> None:
        sheet.cell(row=2, column=1).value = "ketamine"

    path = kobo_workbook(tmp_path / "kobo.xlsx", interviews, break_row=wrong)
    database = fresh(tmp_path, "project", drug_form)
    try:
        with pytest.raises(ImportRefused) as refused:
            import_responses(database, "drugs", path)
        message = str(refused.value)
        assert "row 2: one of its repeat instances has a problem" in message
        assert 'sheet "drugs", row 2, column "drugs/drug", value "ketamine"' in message
        with database.session() as session:
            assert count_interviews(session, "drugs") == 0
    finally:
        database.close()


def without_repeat_table(path: Path) -> Path:
    """The same export with the repeat's sheet (Kobo) or CSV file (Central) left out, as
    when someone copies only the interviews' sheet or unzips and zips again only one file."""
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        del book["drugs"]
        book.save(path)
        return path
    with zipfile.ZipFile(path) as archive:
        kept = {n: archive.read(n) for n in archive.namelist() if n != "drugs-drugs.csv"}
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in kept.items():
            archive.writestr(name, content)
    return path


@pytest.mark.parametrize(
    ("layout", "said"),
    [
        ("kobo", 'The file has no sheet for the repeat "drugs"'),
        ("central", 'The zip file has no CSV file for the repeat "drugs"'),
    ],
)
def test_without_the_repeats_table_how_many_each_named_is_not_known_and_said(
    layout, said, drug_form, tmp_path
):
    """Not 0 drugs for everyone (a mean of 0 in the summary): the file does not say, so the
    number is no answer, and the import says which repeat was not in the file."""
    from tests.cli.test_cli import duodesk

    interviews = drug_interviews(20, seed=8)
    assert sum(len(i["drugs"]) for i in interviews) > 20
    if layout == "kobo":
        path = without_repeat_table(kobo_workbook(tmp_path / "kobo.xlsx", interviews))
    else:
        path = without_repeat_table(central_zip(tmp_path / "drugs.zip", interviews))
    project = str(tmp_path / "project.duodesk")
    form_file = str(tmp_path / "drugs.xlsx")
    assert duodesk("--db", project, "import-form", form_file).returncode == 0
    imported = duodesk("--db", project, "import-data", "drugs", str(path))
    assert imported.returncode == 0, imported.stderr
    assert "20 interviews imported" in imported.stdout
    assert (
        f"{said}: its answers were not imported, and how many drugs each interview had is not "
        "known."
    ) in imported.stdout
    summary = duodesk("--db", project, "summary", "drugs", "--json")
    questions = {q["name"]: q for q in json.loads(summary.stdout)["questions"]}
    count = questions["drugs"]
    assert (count["asked"], count["answered"], count["missing"]) == (20, 0, 20)
    assert count["stats"]["n"] == 0 and count["stats"]["mean"] is None
    assert questions["drug"]["interviews"] == 0  # no instance made up
    database = Database.open(Path(project))
    try:
        with database.session() as session:
            interview_id = session.scalar(sqlalchemy.select(Interview.id))
            stored = stored_answers(session, interview_id)
    finally:
        database.close()
    # count(${drugs}) is not known either, and no instance was stored.
    assert stored["drug_count"].status is AnswerStatus.NO_ANSWER
    assert not any(record.instance for record in stored.values())


def test_a_repeat_count_makes_no_instances_when_the_repeats_file_is_missing(tmp_path):
    """``repeat_count=${people}`` with the person file left out of the zip: no empty
    instances are made (they would count as people who gave no answer), the number of
    people listed is not known, and nor are the sums over them. With the person file and
    without the job file inside it, each person is there and their jobs are not known."""
    form = read_xlsform(write_form(tmp_path / "household.xlsx", SUM_FORM))
    form_id = form.form_id
    main = "people,KEY\n2,uuid:a\n1,uuid:b\n"
    person = (
        "age,PARENT_KEY,KEY\n"
        "40,uuid:a,uuid:a/person[1]\n19,uuid:a,uuid:a/person[2]\n33,uuid:b,uuid:b/person[1]\n"
    )
    only_main = tmp_path / "only_main.zip"
    with zipfile.ZipFile(only_main, "w") as archive:
        archive.writestr(f"{form_id}.csv", main)
    no_jobs = tmp_path / "no_jobs.zip"
    with zipfile.ZipFile(no_jobs, "w") as archive:
        archive.writestr(f"{form_id}.csv", main)
        archive.writestr(f"{form_id}-person.csv", person)
    first, second = fresh(tmp_path, "first", form), fresh(tmp_path, "second", form)
    try:
        report = import_responses(first, form_id, only_main)
        assert report.imported == 2
        assert 'no CSV file for the repeat "person"' in report.describe()
        summary = summarize(first, form_id)
        assert summary.question("age").interviews == 0  # not 3 empty people
        assert summary.question("person").answered == 0
        with first.session() as session:
            for interview_id in session.scalars(sqlalchemy.select(Interview.id)):
                stored = stored_answers(session, interview_id)
                assert stored["people"].value in ("1", "2")
                assert stored["total_age"].status is AnswerStatus.NO_ANSWER
                assert not any(record.instance for record in stored.values())

        report = import_responses(second, form_id, no_jobs)
        assert 'no CSV file for the repeat "job"' in report.describe()
        assert "person" not in report.describe()
        summary = summarize(second, form_id)
        age = summary.question("age")
        assert (age.interviews, age.stats.n) == (3, 3)
        assert age.stats.mean == pytest.approx(92 / 3)
        assert summary.question("job").answered == 0
        assert summary.question("hours").interviews == 0
        with second.session() as session:
            stored = stored_answers(session, session.scalar(sqlalchemy.select(Interview.id)))
        assert stored["total_age"].value == "59"  # from the people, who are known
        assert stored["jobs[1]"].status is AnswerStatus.NO_ANSWER
        assert stored["all_hours"].status is AnswerStatus.NO_ANSWER
    finally:
        first.close()
        second.close()


def test_a_file_with_the_repeats_table_gives_0_to_an_interview_without_rows_in_it(
    drug_form, tmp_path
):
    """The sheet is there and an interview has no row in it: that person named no drug."""
    interviews = drug_interviews(12, seed=5)
    assert any(not i["drugs"] for i in interviews)
    database = fresh(tmp_path, "project", drug_form)
    try:
        report = import_responses(database, "drugs", kobo_workbook(tmp_path / "k.xlsx", interviews))
        assert "not known" not in report.describe()
        count = summarize(database, "drugs").question("drugs")
        assert (count.answered, count.stats.min) == (12, 0)
    finally:
        database.close()


DAYS_FORM = [
    ["type", "name", "label", "constraint", "constraint_message"],
    ["integer", "age", "How old are you?", "", ""],
    ["begin_repeat", "drugs", "Drug", "", ""],
    ["text", "drug", "Which drug?", "", ""],
    ["integer", "days", "Days used last month", ". <= 31", "At most 31"],
    ["end_repeat", "", "", "", ""],
]


@pytest.mark.parametrize("layout", ["kobo", "central"])
def test_a_value_the_questionnaire_refuses_inside_an_instance_is_named_where_it_is(
    layout, tmp_path
):
    """ "At most 31" for a drug's days names the repeat's sheet or file, its row there and
    its column as headed in the file, not the interviews' sheet and a made-up "days[1]"."""
    form = read_xlsform(write_form(tmp_path / "days.xlsx", DAYS_FORM))
    if layout == "kobo":
        path = tmp_path / "kobo.xlsx"
        book = openpyxl.Workbook()
        main = book.active
        main.title = "Days"
        main.append(["age", "_uuid", "_index"])
        main.append([30, str(uuid.UUID(int=1)), 1])
        main.append([40, str(uuid.UUID(int=2)), 2])
        repeat = book.create_sheet("drugs")
        repeat.append(["drugs/drug", "drugs/days", "_index", "_parent_table_name", "_parent_index"])
        repeat.append(["heroin", 10, 1, "Days", 1])
        repeat.append(["crack", 3, 2, "Days", 2])
        repeat.append(["benzos", 45, 3, "Days", 2])
        book.save(path)
        said = 'sheet "drugs", row 4, column "drugs/days", value "45": At most 31'
    else:
        path = tmp_path / "days.zip"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("days.csv", "age,KEY\n30,uuid:a\n40,uuid:b\n")
            archive.writestr(
                "days-drugs.csv",
                "drug,days,PARENT_KEY,KEY\nheroin,10,uuid:a,uuid:a/drugs[1]\n"
                "crack,3,uuid:b,uuid:b/drugs[1]\nbenzos,45,uuid:b,uuid:b/drugs[2]\n",
            )
        said = 'file "days-drugs.csv", row 4, column "days", value "45": At most 31'
    database = fresh(tmp_path, "project", form)
    try:
        with pytest.raises(ImportRefused) as refused:
            import_responses(database, form.form_id, path)
        message = str(refused.value)
        assert f"row 3: one of its repeat instances has a problem: {said}" in message
        assert "days[" not in message
    finally:
        database.close()


def test_an_answer_inside_an_instance_that_should_not_be_there_is_named_where_it_is(
    drug_form, tmp_path
):
    """Equipment given for a drug that was only smoked: the questionnaire does not ask it."""
    interviews = [i for i in drug_interviews(12, seed=3) if i["drugs"]]

    def smoked_with_equipment(sheet) -> None:
        for column, value in ((3, "smoke"), (4, 0), (5, 1), (6, "nsp")):
            sheet.cell(row=2, column=column).value = value

    path = kobo_workbook(tmp_path / "kobo.xlsx", interviews, break_row=smoked_with_equipment)
    database = fresh(tmp_path, "project", drug_form)
    try:
        with pytest.raises(ImportRefused) as refused:
            import_responses(database, "drugs", path)
        message = str(refused.value)
        assert (
            'row 2: one of its repeat instances has a problem: sheet "drugs", row 2, column '
            '"drugs/equipment", value "nsp": answered, but by the questionnaire\'s logic this '
            "question is not asked here"
        ) in message
        assert "equipment[" not in message
    finally:
        database.close()


def _without_column(path: Path, column: str) -> Path:
    """The export with one column taken out of the repeat's sheet or CSV file, as when
    someone tidies it by hand before sending it."""
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        sheet = book["drugs"]
        header = [cell.value for cell in sheet[1]]
        sheet.delete_cols(header.index(column) + 1)
        book.save(path)
        return path
    with zipfile.ZipFile(path) as archive:
        files = {n: archive.read(n) for n in archive.namelist()}
    rows = list(csv.reader(io.StringIO(files["drugs-drugs.csv"].decode())))
    at = rows[0].index(column)
    kept = io.StringIO()
    csv.writer(kept).writerows([row[:at] + row[at + 1 :] for row in rows])
    files["drugs-drugs.csv"] = kept.getvalue().encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return path


@pytest.mark.parametrize(
    ("layout", "said"),
    [
        ("kobo", 'Sheet "drugs" is for the repeat "drugs", but it has no column "_parent_index"'),
        (
            "central",
            'File "drugs-drugs.csv" is for the repeat "drugs", but it has no column "PARENT_KEY"',
        ),
    ],
)
def test_a_repeats_table_without_its_joining_column_is_said_to_lack_that_column(
    layout, said, drug_form, tmp_path
):
    """Not "the file has no sheet for the repeat": the sheet is there, and the person needs to
    know which column to bring back."""
    interviews = drug_interviews(10, seed=4)
    if layout == "kobo":
        path = _without_column(kobo_workbook(tmp_path / "kobo.xlsx", interviews), "_parent_index")
    else:
        path = _without_column(central_zip(tmp_path / "drugs.zip", interviews), "PARENT_KEY")
    database = fresh(tmp_path, "project", drug_form)
    try:
        report = import_responses(database, "drugs", path)
        told = report.describe()
        assert told.startswith(f"10 interviews imported from {path.name}.")
        assert (
            f"{said}, which says which interview each of its rows belongs to: its answers were "
            "not imported, and how many drugs each interview had is not known."
        ) in told
        assert "no sheet for" not in told and "no CSV file for" not in told
        assert summarize(database, "drugs").question("drug").interviews == 0
    finally:
        database.close()


@pytest.mark.parametrize(
    ("layout", "said"), [("kobo", 'sheet "pets"'), ("central", 'file "drugs-pets.csv"')]
)
def test_a_table_for_a_repeat_the_form_does_not_have_is_listed_as_left_out(
    layout, said, drug_form, tmp_path
):
    """An export of a later version of the form, with a repeat this one does not have: its
    sheet or file is named as left out, as an unknown column is, not dropped in silence."""
    interviews = drug_interviews(8, seed=6)
    if layout == "kobo":
        path = kobo_workbook(tmp_path / "kobo.xlsx", interviews)
        book = openpyxl.load_workbook(path)
        pets = book.create_sheet("pets")
        pets.append(["pets/pet_name", "_index", "_parent_table_name", "_parent_index"])
        pets.append(["Rex", 1, "Drug survey", 1])
        book.save(path)
    else:
        path = central_zip(tmp_path / "drugs.zip", interviews)
        with zipfile.ZipFile(path, "a") as archive:
            key = f"uuid:{interviews[0]['id']}"
            archive.writestr(
                "drugs-pets.csv", f"pet_name,PARENT_KEY,KEY\nRex,{key},{key}/pets[1]\n"
            )
    database = fresh(tmp_path, "project", drug_form)
    try:
        report = import_responses(database, "drugs", path)
        assert report.imported == 8
        assert report.describe().endswith(
            f"Left out, because the questionnaire has no repeat they are for: {said}."
        )
    finally:
        database.close()


def _main_key_repeated(path: Path) -> Path:
    """The export with the third interview's key changed to the second's, as a hand edit or a
    merge of two exports leaves it: the second's instances now point to two interviews."""
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        main = book["Drug survey"]
        main.cell(row=4, column=13).value = main.cell(row=3, column=13).value
        book.save(path)
        return path
    with zipfile.ZipFile(path) as archive:
        files = {n: archive.read(n) for n in archive.namelist()}
    rows = list(csv.reader(io.StringIO(files["drugs.csv"].decode())))
    at = rows[0].index("KEY")
    rows[3][at] = rows[2][at]
    kept = io.StringIO()
    csv.writer(kept).writerows(rows)
    files["drugs.csv"] = kept.getvalue().encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return path


@pytest.mark.parametrize(
    ("layout", "said"),
    [
        ("kobo", 'sheet "Drug survey", row 4, column "_index", value "2": row 3 has the same'),
        (
            "central",
            'file "drugs.csv", row 4, column "KEY", value "uuid:{key}": row 3 has the same',
        ),
    ],
)
def test_two_interviews_with_one_key_refuse_the_file_naming_both_rows_and_the_key(
    layout, said, drug_form, tmp_path
):
    """Every instance joined to the shared key went to the first of the two interviews and the
    other got none, while the import said all was well. When the shared key is another
    interview's, that one's instances are left over too: the cause is still named first."""
    interviews = [i for i in drug_interviews(12, seed=2) if i["drugs"]]
    if layout == "kobo":
        path = _main_key_repeated(kobo_workbook(tmp_path / "kobo.xlsx", interviews))
    else:
        path = _main_key_repeated(central_zip(tmp_path / "drugs.zip", interviews))
    database = fresh(tmp_path, "project", drug_form)
    try:
        for keep_valid in (False, True):
            with pytest.raises(ImportRefused) as refused:
                import_responses(database, "drugs", path, keep_valid=keep_valid)
            message = str(refused.value)
            assert (
                f"\n  - {said.format(key=interviews[1]['id'])} key, so which of the two "
                "interviews the instances of the repeats joined to this key belong to cannot be "
                "told\n"
            ) in message
            with database.session() as session:
                assert count_interviews(session, "drugs") == 0
    finally:
        database.close()


def _colour_column(sheet) -> None:
    at = sheet.max_column + 1
    sheet.cell(row=1, column=at).value = "drugs/colour"
    sheet.cell(row=2, column=at).value = "blue"


def _colour_field(rows: list[list[str]]) -> None:
    for number, row in enumerate(rows):
        row.append("colour" if number == 0 else "blue")


@pytest.mark.parametrize(
    ("layout", "said"),
    [("kobo", 'drugs/colour (sheet "drugs")'), ("central", 'colour (file "drugs-drugs.csv")')],
)
def test_a_column_of_a_repeats_table_the_form_does_not_have_is_listed_as_left_out(
    layout, said, drug_form, tmp_path
):
    """An unknown column of the interviews' table is listed; one of a repeat's table was
    dropped without a word."""
    interviews = [i for i in drug_interviews(8, seed=6) if i["drugs"]]
    if layout == "kobo":
        path = kobo_workbook(tmp_path / "kobo.xlsx", interviews, break_row=_colour_column)
    else:
        path = central_zip(tmp_path / "drugs.zip", interviews, change=_colour_field)
    database = fresh(tmp_path, "project", drug_form)
    try:
        report = import_responses(database, "drugs", path)
        assert report.imported == len(interviews)
        assert report.ignored_columns == (said,)
        assert report.describe().endswith(f"Columns left out: {said}.")
    finally:
        database.close()


CONSENT_FORM = [
    ["type", "name", "label", "relevant"],
    ["integer", "consent", "Do you agree? (1 yes, 0 no)", ""],
    ["begin_repeat", "drugs", "Drug", "${consent} = 1"],
    ["text", "drug", "Which drug?", ""],
    ["begin_repeat", "places", "Place", ""],
    ["text", "place", "Where?", ""],
    ["end_repeat", "", "", ""],
    ["end_repeat", "", "", ""],
]


def test_rows_of_a_repeat_not_asked_are_refused_without_a_line_about_zero_rows(tmp_path):
    """A drug given by someone who did not agree is refused; the places repeat inside it has
    no rows, and a line saying "0 row(s) of places" complained about nothing."""
    form = read_xlsform(write_form(tmp_path / "consent.xlsx", CONSENT_FORM))
    form_id = form.form_id
    path = tmp_path / "consent.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{form_id}.csv", "consent,KEY\n1,uuid:a\n0,uuid:b\n")
        archive.writestr(
            f"{form_id}-drugs.csv",
            "drug,PARENT_KEY,KEY\nheroin,uuid:a,uuid:a/drugs[1]\ncrack,uuid:b,uuid:b/drugs[1]\n",
        )
        archive.writestr(
            f"{form_id}-drugs-places.csv",
            "place,PARENT_KEY,KEY\npark,uuid:a/drugs[1],uuid:a/drugs[1]/places[1]\n",
        )
    database = fresh(tmp_path, "project", form)
    try:
        with pytest.raises(ImportRefused) as refused:
            import_responses(database, form_id, path)
        message = str(refused.value)
        assert (
            f'row 3: one of its repeat instances has a problem: file "{form_id}-drugs.csv", '
            'row 3, column "drug", value "crack": answered, but'
        ) in message
        assert "0 row(s)" not in message
        assert "places" not in message
    finally:
        database.close()


def _shuffled_days_export(layout: str, tmp_path: Path) -> Path:
    """Two people's drugs, the repeat's rows written last-entered first and the two people
    mixed (as after sorting the sheet by drug): their own index gives the order of entry."""
    if layout == "kobo":
        path = tmp_path / "kobo.xlsx"
        book = openpyxl.Workbook()
        main = book.active
        main.title = "Days"
        main.append(["age", "_uuid", "_index"])
        main.append([30, str(uuid.UUID(int=1)), 1])
        main.append([40, str(uuid.UUID(int=2)), 2])
        repeat = book.create_sheet("drugs")
        repeat.append(["drugs/drug", "drugs/days", "_index", "_parent_table_name", "_parent_index"])
        repeat.append(["speed", 2, 5, "Days", 2])
        repeat.append(["crack", 3, 2, "Days", 1])
        repeat.append(["heroin", 10, 1, "Days", 1])
        repeat.append(["benzos", 4, 4, "Days", 2])
        repeat.append(["alcohol", 20, 3, "Days", 2])
        book.save(path)
        return path
    path = tmp_path / "days.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("days.csv", "age,KEY\n30,uuid:a\n40,uuid:b\n")
        archive.writestr(
            "days-drugs.csv",
            "drug,days,PARENT_KEY,KEY\n"
            "speed,2,uuid:b,uuid:b/drugs[3]\n"
            "crack,3,uuid:a,uuid:a/drugs[2]\n"
            "heroin,10,uuid:a,uuid:a/drugs[1]\n"
            "benzos,4,uuid:b,uuid:b/drugs[2]\n"
            "alcohol,20,uuid:b,uuid:b/drugs[1]\n",
        )
    return path


@pytest.mark.parametrize("layout", ["kobo", "central"])
def test_instances_keep_the_order_of_their_own_index_not_of_the_rows(layout, tmp_path):
    """The first drug named is instance 1 even when the file's rows were shuffled: "the drug
    you used most" asked first stays first, and ``indexed-repeat(.., 1)`` finds it."""
    form = read_xlsform(write_form(tmp_path / "days.xlsx", DAYS_FORM))
    database = fresh(tmp_path, "project", form)
    try:
        report = import_responses(database, form.form_id, _shuffled_days_export(layout, tmp_path))
        assert (report.imported, report.rejected) == (2, 0)
        with database.session() as session:
            ids = session.scalars(sqlalchemy.select(Interview.id).order_by(Interview.id)).all()
            drugs = []
            for interview_id in ids:
                stored = stored_answers(session, interview_id)
                count = int(stored["drugs"].value)
                drugs.append([stored[f"drug[{n}]"].value for n in range(1, count + 1)])
    finally:
        database.close()
    assert drugs == [["heroin", "crack"], ["alcohol", "benzos", "speed"]]
