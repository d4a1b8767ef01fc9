"""Importing interviews from ODK / KoboToolbox style CSV and xlsx files."""

from __future__ import annotations

import csv
import datetime as dt
import os
import stat

import openpyxl
import pytest
from sqlalchemy import func, select, text

from duodesk.core.records import AnswerStatus
from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.tabular import InputFileError
from duodesk.core.xlsform import read_xlsform
from duodesk.storage.importer import ImportRefused, import_responses
from duodesk.storage.models import Answer, AnswerChoice, Interview
from duodesk.storage.questionnaires import save_questionnaire
from tests.core.forms import write_form

SURVEY = [
    ["type", "name", "label", "relevant", "constraint", "required", "calculation"],
    ["select_one sex", "sex", "Sex", "", "", "yes", ""],
    ["select_one yes_no", "referred", "Referred?", "", "", "", ""],
    ["select_multiple reasons", "reasons", "Why not?", "${referred} = 'no'", "", "", ""],
    ["text", "reasons_other", "Other reason", "selected(${reasons}, 'other')", "", "", ""],
    ["integer", "age", "Age", "", ". >= 16 and . <= 90", "", ""],
    ["date", "visit", "Visit date", "", "", "", ""],
    ["calculate", "older", "", "", "", "", "if(${age} >= 40, 'yes', 'no')"],
]
CHOICES = [
    ["list_name", "name", "label", "missing"],
    ["sex", "male", "Male", ""],
    ["sex", "female", "Female", ""],
    ["yes_no", "yes", "Yes", ""],
    ["yes_no", "no", "No", ""],
    ["yes_no", "dont_know", "Don't know", "yes"],
    ["reasons", "prison", "In prison", ""],
    ["reasons", "no_symptoms", "No symptoms", ""],
    ["reasons", "other", "Other", ""],
]


@pytest.fixture
def form(tmp_path, database):
    path = write_form(tmp_path / "hep.xlsx", SURVEY, CHOICES, [["form_id"], ["hep"]])
    questionnaire = read_xlsform(path)
    with database.session() as session:
        save_questionnaire(session, questionnaire)
    return questionnaire


def _csv(path, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _statuses(database) -> dict[tuple[int, str], int]:
    with database.session() as session:
        rows = session.execute(
            select(Interview.source_key, Answer.question, Answer.status).join(
                Answer, Answer.interview_id == Interview.id
            )
        ).all()
        order = {key: i for i, key in enumerate(sorted({r[0] for r in rows}))}
    return {(order[k], q): s for k, q, s in rows}


def test_relevance_decides_not_applicable_versus_no_answer(tmp_path, database, form):
    data = _csv(
        tmp_path / "export.csv",
        [
            ["_uuid", "sex", "referred", "reasons", "reasons_other", "age", "visit"],
            ["a1", "male", "yes", "", "", "36", "2026-07-12"],
            ["a2", "female", "no", "prison other", "too far", "", "2026-07-13"],
            ["a3", "male", "no", "", "", "53", ""],
            ["a4", "female", "", "", "", "20", "2026-07-14"],
        ],
    )
    report = import_responses(database, "hep", data)
    assert report.imported == 4 and report.rejected == 0
    s = _statuses(database)
    NA, BLANK, OK = AnswerStatus.NOT_APPLICABLE, AnswerStatus.NO_ANSWER, AnswerStatus.ANSWERED
    assert (s[0, "reasons"], s[0, "reasons_other"]) == (NA, NA)  # referred: not asked why
    assert (s[1, "reasons"], s[1, "reasons_other"], s[1, "age"]) == (OK, OK, BLANK)
    assert (s[2, "reasons"], s[2, "reasons_other"], s[2, "visit"]) == (BLANK, NA, BLANK)
    assert (s[3, "referred"], s[3, "reasons"]) == (BLANK, NA)
    assert s[2, "older"] == OK and s[1, "older"] in (BLANK, OK)
    with database.session() as session:
        chosen = session.scalars(select(AnswerChoice.choice).order_by(AnswerChoice.choice)).all()
        numbers = session.scalars(select(Answer.number).where(Answer.question == "age")).all()
    assert chosen == ["other", "prison"]
    assert sorted(n for n in numbers if n is not None) == [20.0, 36.0, 53.0]


def test_choice_columns_and_group_prefixes_as_kobo_exports_them(tmp_path, database, form):
    data = _csv(
        tmp_path / "kobo.csv",
        [
            [
                "start",
                "grp/sex",
                "grp/referred",
                "grp/reasons/prison",
                "grp/reasons/no_symptoms",
                "grp/reasons/other",
                "age",
                "_id",
                "_submission_time",
            ],
            ["2026-07-12T10:00", "male", "no", "1", "1", "0", "40", "17", "2026-07-12"],
            ["2026-07-12T11:00", "female", "yes", "", "", "", "19", "18", "2026-07-12"],
        ],
    )
    report = import_responses(database, "hep", data)
    assert report.imported == 2
    assert report.ignored_columns == ()  # "start" dates the interviews
    with database.session() as session:
        chosen = session.scalars(select(AnswerChoice.choice).order_by(AnswerChoice.choice)).all()
        dates = session.scalars(select(Interview.interview_date)).all()
    assert chosen == ["no_symptoms", "prison"]
    assert dates == ["2026-07-12", "2026-07-12"]


def test_xlsx_with_excel_date_cells(tmp_path, database, form):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["sex", "referred", "age", "visit"])
    sheet.append(["female", "yes", 44, dt.datetime(2026, 7, 20)])
    path = tmp_path / "data.xlsx"
    workbook.save(path)
    assert import_responses(database, "hep", path).imported == 1
    with database.session() as session:
        visit = session.scalar(select(Answer.value).where(Answer.question == "visit"))
    assert visit == "2026-07-20"


def test_one_bad_value_refuses_the_whole_file_and_lists_every_problem(tmp_path, database, form):
    data = _csv(
        tmp_path / "bad.csv",
        [
            ["sex", "referred", "reasons", "age", "visit"],
            ["male", "yes", "", "36", "2026-07-12"],
            ["robot", "yes", "", "12", "12/07/2026"],
            ["female", "yes", "prison", "30", ""],
        ],
    )
    with pytest.raises(ImportRefused) as raised:
        import_responses(database, "hep", data)
    message = str(raised.value)
    assert "bad.csv" in message and "nothing was imported" in message
    assert 'row 3, column "sex", value "robot"' in message
    assert 'row 3, column "age", value "12"' in message
    assert 'row 3, column "visit"' in message
    assert 'row 4, column "reasons", value "prison"' in message  # answered but not asked
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Interview)) == 0
        assert session.scalar(select(func.count()).select_from(Answer)) == 0


def test_keep_valid_imports_the_rest_and_writes_rejected_rows_beside_the_file(
    tmp_path, database, form
):
    data = _csv(
        tmp_path / "mixed.csv",
        [["sex", "age"], ["male", "30"], ["=cmd|' /C calc'!A0", "31"], ["female", "200"]],
    )
    report = import_responses(database, "hep", data, keep_valid=True)
    assert (report.imported, report.rejected) == (1, 2)
    assert report.rejected_file == tmp_path / "mixed.rejected.csv"
    with report.rejected_file.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][-1] == "problems" and [r[0] for r in rows[1:]] == ["3", "4"]
    assert rows[1][1].startswith("'=")  # written so that a spreadsheet shows it as text
    assert "not one of the choices" in rows[1][-1] or "robot" not in rows[1][-1]


@pytest.mark.skipif(os.name != "posix", reason="owner-only modes are POSIX permissions")
def test_rejected_rows_file_is_readable_by_its_owner_only(tmp_path, database, form):
    data = _csv(tmp_path / "mixed.csv", [["sex", "age"], ["male", "30"], ["female", "200"]])
    old = tmp_path / "mixed.rejected.csv"
    old.write_text("an older file\n")
    old.chmod(0o644)  # left by an earlier import, readable by everyone
    report = import_responses(database, "hep", data, keep_valid=True)
    assert report.rejected_file == old
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    assert "200" in old.read_text(encoding="utf-8-sig")


def test_importing_the_same_file_twice_adds_nothing_twice(tmp_path, database, form):
    no_ids = _csv(tmp_path / "noid.csv", [["sex", "age"], ["male", "30"], ["male", "30"]])
    first = import_responses(database, "hep", no_ids)
    second = import_responses(database, "hep", no_ids)
    assert (first.imported, second.imported, second.already_imported) == (2, 0, 2)
    with_ids = _csv(tmp_path / "ids.csv", [["KEY", "sex"], ["uuid:1", "female"]])
    assert import_responses(database, "hep", with_ids).imported == 1
    assert import_responses(database, "hep", with_ids).already_imported == 1
    # The same submission from KoboToolbox (a bare id) and ODK Central ("uuid:" before it),
    # even when the id is not a UUID, is one interview.
    bare = _csv(tmp_path / "bare.csv", [["_uuid", "sex"], ["1", "female"]])
    assert import_responses(database, "hep", bare).already_imported == 1


@pytest.mark.slow
def test_a_few_hundred_generated_interviews_import_with_the_right_split(
    tmp_path, database, example_paths
):
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    with database.session() as session:
        save_questionnaire(session, questionnaire)
    answers = list(simulate_answers(questionnaire, 300, seed=7))
    path = tmp_path / "hep.csv"
    write_responses_csv(questionnaire, iter(answers), path)
    assert import_responses(database, questionnaire.form_id, path).imported == 300
    # expected split, worked out from the generated answers and the questionnaire's logic
    referred_no = sum(1 for a in answers if a.get("referred") == "no")
    asked = sum(1 for a in answers if a.get("hcv_diagnosed") == "yes")
    with database.session() as session:
        counts = dict(
            session.execute(
                text(
                    "SELECT status, count(*) FROM answers WHERE question = 'not_referred_reasons'"
                    " GROUP BY status"
                )
            ).all()
        )
        referred_asked = session.scalar(
            text("SELECT count(*) FROM answers WHERE question = 'referred' AND status != 3")
        )
    assert referred_asked == asked
    answered = counts.get(AnswerStatus.ANSWERED, 0)
    blank = counts.get(AnswerStatus.NO_ANSWER, 0)
    assert answered + blank == referred_no
    assert counts.get(AnswerStatus.NOT_APPLICABLE, 0) == 300 - referred_no
    assert answered == sum(1 for a in answers if a.get("not_referred_reasons"))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"\x00\xff\x00garbage\x00" * 200, "does not look like a text"),
        (b"nothing,here\n1,2\n", "no column is named after a question"),
    ],
)
def test_unusable_files_are_refused_and_change_nothing(tmp_path, database, form, content, expected):
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    with pytest.raises(InputFileError, match=expected):
        import_responses(database, "hep", path)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Interview)) == 0


def test_semicolon_latin1_export_from_excel(tmp_path, database, form):
    path = tmp_path / "excel.csv"
    path.write_bytes(
        "sex;referred;reasons_other;age\r\nfemale;no;;33\r\nmale;yes;;61\r\n".encode("cp1252")
    )
    assert import_responses(database, "hep", path).imported == 2


def test_imported_participant_codes_are_kept_only_as_digests(tmp_path, database, example_paths):
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    with database.session() as session:
        save_questionnaire(session, questionnaire)
    answers = list(simulate_answers(questionnaire, 5, seed=11))
    for number, interview in enumerate(answers):
        interview.update(
            code_first_letter="Q", code_mother_letter="Z", code_birth_day=29, code_birth_month=2
        )
        if number == 4:  # one more person whose mother's initial differs
            interview["code_mother_letter"] = "X"
    path = tmp_path / "codes.csv"
    write_responses_csv(questionnaire, iter(answers), path)
    assert import_responses(database, questionnaire.form_id, path).imported == 5

    code_names = questionnaire.settings.participant_code
    with database.session() as session:
        stored_code_answers = session.scalar(
            select(func.count()).select_from(Answer).where(Answer.question.in_(code_names))
        )
        full_digests = session.execute(
            text(
                "SELECT digest, count(*) FROM participant_code_digests WHERE slot = 0"
                " GROUP BY digest ORDER BY 2"
            )
        ).all()
    assert stored_code_answers == 0  # the elements themselves are nowhere
    assert [count for _, count in full_digests] == [1, 4]  # four people share one code
    with database.session() as session:
        values = session.scalars(select(Answer.value).where(Answer.value.is_not(None))).all()
    assert "Q" not in values and "Z" not in values


def _with_code_calculations(questionnaire):
    """The hepatitis example with the code joined up by calculations, as many real forms do
    (``pcode = QZ292``), and one built on that."""
    from dataclasses import replace

    from duodesk.core.questionnaire import Question, QuestionType

    joined = Question(
        "pcode",
        QuestionType.CALCULATE,
        calculation="concat(${code_first_letter}, ${code_mother_letter}, "
        "${code_birth_day}, ${code_birth_month})",
    )
    labelled = Question(
        "pcode_label", QuestionType.CALCULATE, calculation="concat('ID-', ${pcode})"
    )
    other = Question("age_next_year", QuestionType.CALCULATE, calculation="${age} + 1")
    return replace(questionnaire, children=(*questionnaire.children, joined, labelled, other))


def test_a_calculation_built_from_the_participant_code_is_never_stored(
    tmp_path, database, example_paths, project_path
):
    from duodesk.core.participant_code import never_stored
    from duodesk.exports.disclosure import DisclosureRule
    from duodesk.exports.export import export
    from duodesk.exports.layout import ExportOptions

    questionnaire = _with_code_calculations(read_xlsform(example_paths["hepatitis_c_peer_survey"]))
    assert never_stored(questionnaire) == {
        *questionnaire.settings.participant_code,
        "pcode",
        "pcode_label",
    }
    with database.session() as session:
        save_questionnaire(session, questionnaire)
    answers = list(simulate_answers(questionnaire, 3, seed=5))
    for interview in answers:
        interview.update(
            code_first_letter="Q", code_mother_letter="Z", code_birth_day=29, code_birth_month=2
        )
    path = tmp_path / "codes.csv"
    write_responses_csv(questionnaire, iter(answers), path)
    with path.open(encoding="utf-8-sig", newline="") as handle:  # as a Kobo export has it
        rows = list(csv.reader(handle))
    rows = [[*rows[0], "pcode", "pcode_label"], *([*row, "QZ292", "ID-QZ292"] for row in rows[1:])]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    assert import_responses(database, questionnaire.form_id, path).imported == 3
    with database.session() as session:
        stored = set(session.scalars(select(Answer.question).distinct()))
    assert "age_next_year" in stored  # other calculations are kept
    assert not stored & {"pcode", "pcode_label"}
    # the joined code is nowhere in the project file, not even in freed pages
    database.close()
    raw = project_path.read_bytes()
    assert b"QZ292" not in raw and b"ID-QZ" not in raw
    reopened = type(database).open(project_path)
    try:
        group = ExportOptions(disclosure=DisclosureRule(enabled=False))  # only 3 interviews
        report = export(reopened, questionnaire.form_id, tmp_path / "out.xlsx", group)
        assert ("pcode", "worked out from the participant code: never stored") in report.left_out
    finally:
        reopened.close()


def test_interviews_take_their_date_from_the_questionnaires_date_of_the_interview(
    tmp_path, database, example_paths
):
    """Without a date of DuoDesk's own, the date the interviewer gave the "date of the
    interview" question dates the interview, as at entry: undated, every imported interview
    was left out by the --from and --to of the summaries and exports."""
    form = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    with database.session() as session:
        save_questionnaire(session, form)
    path = tmp_path / "kobo.csv"
    write_responses_csv(form, simulate_answers(form, 12, seed=4), path)
    with path.open(newline="", encoding="utf-8") as file:
        given = [row["interview_date"] for row in csv.DictReader(file)]
    header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert all(given) and "_date" not in header and "date" not in header
    import_responses(database, form.form_id, path)
    with database.read_session() as session:
        stored = session.scalars(select(Interview.interview_date).order_by(Interview.id)).all()
    assert [str(day) for day in stored] == [day[:10] for day in given]


def test_interviews_of_another_questionnaire_are_refused_not_stored_nearly_empty(
    tmp_path, database, example_paths
):
    """The hepatitis C interviews share a few columns (the date, age) with the training
    survey: chosen by mistake, they were stored there with most answers left out."""
    hepc = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    training = read_xlsform(example_paths["training_employment_barriers"])
    with database.session() as session:
        save_questionnaire(session, training)
    path = tmp_path / "hepc.csv"
    write_responses_csv(hepc, simulate_answers(hepc, 7, seed=3), path)
    with pytest.raises(InputFileError) as refused:
        import_responses(database, training.form_id, path)
    said = str(refused.value)
    assert said.startswith("hepc.csv") and "looks like interviews of another questionnaire" in said
    assert f'questions of "{training.title}"' in said and "nothing was imported" in said
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Interview)) == 0
    # The right questionnaire takes the same file.
    with database.session() as session:
        save_questionnaire(session, hepc)
    assert import_responses(database, hepc.form_id, path).imported == 7
