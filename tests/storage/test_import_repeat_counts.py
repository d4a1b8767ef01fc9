"""Importing exports of a form whose repeats are asked as many times as a question says
(``repeat_count``), one level and nested: the instances are the rows of the repeat's own
sheet (KoboToolbox) or CSV file (ODK Central), never made up; where the count question says
more, the import report says where, and where it says fewer, the interview is refused with
a sentence naming the file, sheet, row, repeat, question and both numbers."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from duodesk.analysis import summarize
from duodesk.core.xlsform import read_xlsform
from duodesk.storage.database import Database
from duodesk.storage.importer import ImportRefused, import_responses
from duodesk.storage.questionnaires import count_interviews, save_questionnaire

HOUSEHOLD = [
    ["type", "name", "label", "repeat_count"],
    ["integer", "people", "How many people live with you?", ""],
    ["begin_repeat", "person", "Person", "${people}"],
    ["integer", "age", "How old is this person?", ""],
    ["integer", "job_count", "How many jobs do they have?", ""],
    ["begin_repeat", "job", "Job", "${job_count}"],
    ["integer", "hours", "Hours a week", ""],
    ["end_repeat", "", "", ""],
    ["end_repeat", "", "", ""],
]

# Interviews as the export gives them: (key, people), the person rows (interview key, own
# key, age, job_count) and the job rows (person key, own key, hours).
Rows = tuple[list[tuple[str, int]], list[tuple[str, str, int, int]], list[tuple[str, str, int]]]


def household_form(tmp_path: Path):
    """The form, written as a person would type it in a spreadsheet."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "survey"
    for row in HOUSEHOLD:
        sheet.append(row)
    settings = book.create_sheet("settings")
    settings.append(["form_title", "form_id"])
    settings.append(["Household", "household"])
    book.save(tmp_path / "household.xlsx")
    return read_xlsform(tmp_path / "household.xlsx")


def kobo_workbook(path: Path, rows: Rows) -> Path:
    """KoboToolbox's xlsx: a sheet per repeat joined by _parent_index to _index."""
    interviews, people, jobs = rows
    book = openpyxl.Workbook()
    main = book.active
    main.title = "Household"
    main.append(["people", "_uuid", "_index"])
    index_of = {}
    for number, (key, count) in enumerate(interviews, start=1):
        main.append([count, key, number])
        index_of[key] = number
    person = book.create_sheet("person")
    person.append(
        ["person/age", "person/job_count", "_index", "_parent_table_name", "_parent_index"]
    )
    for number, (parent, own, age, job_count) in enumerate(people, start=1):
        person.append([age, job_count, number, "Household", index_of[parent]])
        index_of[own] = number
    job = book.create_sheet("job")
    job.append(["person/job/hours", "_index", "_parent_table_name", "_parent_index"])
    for number, (parent, _own, hours) in enumerate(jobs, start=1):
        job.append([hours, number, "person", index_of[parent]])
    book.save(path)
    return path


def central_zip(path: Path, rows: Rows) -> Path:
    """ODK Central's zip: a CSV file per repeat joined by PARENT_KEY to KEY."""
    interviews, people, jobs = rows
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "household.csv",
            "people,KEY\n" + "".join(f"{count},uuid:{key}\n" for key, count in interviews),
        )
        archive.writestr(
            "household-person.csv",
            "age,job_count,PARENT_KEY,KEY\n"
            + "".join(f"{a},{j},uuid:{p},{o}\n" for p, o, a, j in people),
        )
        archive.writestr(
            "household-person-job.csv",
            "hours,PARENT_KEY,KEY\n" + "".join(f"{h},{p},{o}\n" for p, o, h in jobs),
        )
    return path


def export(layout: str, tmp_path: Path, rows: Rows) -> Path:
    if layout == "kobo":
        return kobo_workbook(tmp_path / "household-kobo.xlsx", rows)
    return central_zip(tmp_path / "household.zip", rows)


A, B = "11111111-1111-1111-1111-111111111111", "22222222-2222-2222-2222-222222222222"


@pytest.fixture
def project(tmp_path):
    database = Database.open(tmp_path / "project.duodesk")
    with database.session() as session:
        save_questionnaire(session, household_form(tmp_path))
    yield database
    database.close()


PLACES = {
    "kobo": (
        'sheet "Household", row 2, column "people": "people" says 3, the number of times '
        'the repeat "person" is asked, but sheet "person" has 2 row(s) for this interview.',
        'sheet "person", row 4, column "person/job_count": "job_count" says 2, the number of '
        'times the repeat "job" is asked, but sheet "job" has 1 row(s) for this interview.',
    ),
    "central": (
        'file "household.csv", row 2, column "people": "people" says 3, the number of times '
        'the repeat "person" is asked, but file "household-person.csv" has 2 row(s) for this '
        "interview.",
        'file "household-person.csv", row 4, column "job_count": "job_count" says 2, the '
        'number of times the repeat "job" is asked, but file "household-person-job.csv" has 1 '
        "row(s) for this interview.",
    ),
}


@pytest.mark.parametrize("layout", ["kobo", "central"])
def test_fewer_rows_than_the_count_are_the_instances_and_the_report_says_where(
    layout, project, tmp_path
):
    """Household A says 3 people and lists 2; B's one person says 2 jobs and lists 1. No
    empty person or job is made up (it would count in every summary as someone who gave no
    answer): the instances are the rows, and the report names each place."""
    rows: Rows = (
        [(A, 3), (B, 1)],
        [(A, "a1", 40, 1), (A, "a2", 19, 0), (B, "b1", 33, 2)],
        [("a1", "a1j1", 30), ("b1", "b1j1", 10)],
    )
    report = import_responses(project, "household", export(layout, tmp_path, rows))
    assert report.imported == 2
    said = report.describe()
    assert "none was made up" in said
    for place in PLACES[layout]:
        assert f"\n  - {place}" in said
    summary = summarize(project, "household")
    age = summary.question("age")
    assert (age.interviews, age.answered, age.stats.mean) == (3, 3, pytest.approx(92 / 3))
    hours = summary.question("hours")
    assert (hours.interviews, hours.answered, hours.stats.mean) == (2, 2, 20)
    assert summary.question("people").stats.mean == 2  # the number each household gave


@pytest.mark.parametrize("layout", ["kobo", "central"])
def test_more_rows_than_the_count_refuse_the_interview_in_a_whole_sentence(
    layout, project, tmp_path
):
    rows: Rows = (
        [(A, 1), (B, 1)],
        [(A, "a1", 40, 0), (A, "a2", 19, 0), (B, "b1", 33, 1)],
        [("b1", "b1j1", 10), ("b1", "b1j2", 12)],
    )
    path = export(layout, tmp_path, rows)
    with pytest.raises(ImportRefused) as refused:
        import_responses(project, "household", path)
    message = str(refused.value)
    assert "applies only when" not in message
    if layout == "kobo":
        person = (
            '  - row 2: sheet "Household", column "people" says 1 for "people", the number of '
            'times the repeat "person" is asked, but sheet "person" has 2 row(s) for this '
            "interview. Correct the number or remove the extra rows."
        )
        job = (
            '  - row 3: sheet "person", row 4, column "person/job_count" says 1 for '
            '"job_count", the number of times the repeat "job" is asked, but sheet "job" has 2 '
            "row(s) for this interview."
        )
    else:
        person = (
            '  - row 2: file "household.csv", column "people" says 1 for "people", the number '
            'of times the repeat "person" is asked, but file "household-person.csv" has 2 '
            "row(s) for this interview. Correct the number or remove the extra rows."
        )
        job = (
            '  - row 3: file "household-person.csv", row 4, column "job_count" says 1 for '
            '"job_count", the number of times the repeat "job" is asked, but file '
            '"household-person-job.csv" has 2 row(s) for this interview.'
        )
    assert person in message
    assert job in message
    with project.session() as session:
        assert count_interviews(session, "household") == 0
    # Only the valid rows: neither household is one.
    report = import_responses(project, "household", path, keep_valid=True)
    assert (report.imported, report.rejected) == (0, 2)


def test_rows_inside_an_instance_that_is_not_asked_about_are_named_not_a_traceback(tmp_path):
    """The person repeat is asked only when someone lives there; a household saying 0 with a
    person row and a job row for them is refused, naming each file, instead of failing."""
    survey = [[*row, ""] for row in HOUSEHOLD]
    survey[0][-1] = "relevant"
    survey[2][-1] = "${people} > 0"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "survey"
    for row in survey:
        sheet.append(row)
    book.save(tmp_path / "household.xlsx")
    form = read_xlsform(tmp_path / "household.xlsx")
    database = Database.open(tmp_path / "project.duodesk")
    try:
        with database.session() as session:
            save_questionnaire(session, form)
        rows: Rows = ([(A, 0)], [(A, "a1", 40, 1)], [("a1", "a1j1", 30)])
        path = central_zip(tmp_path / "household.zip", rows)
        with pytest.raises(ImportRefused) as refused:
            import_responses(database, form.form_id, path)
        message = str(refused.value)
        assert (
            'file "household-person-job.csv": 1 row(s) of job, but by the questionnaire\'s logic '
            'this repeat is not asked here (it is in the group "person", which applies only when '
            "${people} > 0)"
        ) in message
        assert 'file "household-person.csv", row 2, column "age", value "40"' in message
        assert "job[" not in message
    finally:
        database.close()


def _person_table_without_its_join(layout: str, path: Path) -> Path:
    """The export with the person table's joining column taken out by hand."""
    if layout == "kobo":
        book = openpyxl.load_workbook(path)
        sheet = book["person"]
        header = [cell.value for cell in sheet[1]]
        sheet.delete_cols(header.index("_parent_index") + 1)
        book.save(path)
        return path
    with zipfile.ZipFile(path) as archive:
        files = {n: archive.read(n).decode() for n in archive.namelist()}
    files["household-person.csv"] = "".join(
        ",".join(line.split(",")[:2] + line.split(",")[3:]) + "\n"
        for line in files["household-person.csv"].splitlines()
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return path


@pytest.mark.parametrize(
    ("layout", "outer", "inner", "column"),
    [
        ("kobo", 'Sheet "person"', 'Sheet "job"', "_parent_index"),
        ("central", 'File "household-person.csv"', 'File "household-person-job.csv"', "PARENT_KEY"),
    ],
)
def test_a_repeat_without_its_joining_column_is_blamed_not_the_repeat_inside_it(
    layout, outer, inner, column, project, tmp_path
):
    """The person table lost its joining column: the message said the file had no table for
    person, naming the job table, so the person looked for a missing sheet that was there."""
    rows: Rows = (
        [(A, 2), (B, 1)],
        [(A, "a1", 40, 1), (A, "a2", 19, 0), (B, "b1", 33, 1)],
        [("a1", "a1j1", 30), ("b1", "b1j1", 10)],
    )
    path = _person_table_without_its_join(layout, export(layout, tmp_path, rows))
    report = import_responses(project, "household", path)
    assert report.imported == 2
    said = report.describe()
    assert "has no table for" not in said
    assert (
        f'{outer} is for the repeat "person", but it has no column "{column}", which says '
        "which interview each of its rows belongs to"
    ) in said
    assert (
        f'{inner} is for the repeat "job", which sits inside the repeat "person", whose table '
        f'has no column "{column}": its answers were not imported either, and how many job '
        "each instance of person had is not known."
    ) in said
    summary = summarize(project, "household")
    assert summary.question("hours").answered == 0
