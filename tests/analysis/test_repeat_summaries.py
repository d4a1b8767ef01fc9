"""Summaries, crosstabs and interview-level files of a form with a repeat: each question inside
the repeat is counted over the repeat's instances, checked against pandas on the same rows."""

from __future__ import annotations

import json
import sqlite3

import openpyxl
import pandas as pd
import pytest

from duodesk import i18n
from duodesk.analysis import AnalysisError, crosstab, summarize
from duodesk.cli import main
from tests.repeat_project import add_drug_interviews


@pytest.fixture
def drug_project(database, tmp_path):
    add_drug_interviews(database, tmp_path, count=40, seed=3)
    return database


def _answers(project_path) -> pd.DataFrame:
    with sqlite3.connect(project_path) as connection:
        return pd.read_sql_query("SELECT * FROM answers", connection)


def test_a_repeat_question_is_counted_over_instances_as_pandas_counts_them(
    drug_project, project_path
):
    summary = summarize(drug_project, "drugs")
    rows = _answers(project_path)
    drug_rows = rows[rows.question == "drug"]
    by_name = {q.name: q for q in summary.questions}
    drug = by_name["drug"]
    assert drug.interviews == len(drug_rows)  # instances, not interviews
    assert drug.people == drug_rows.interview_id.nunique()
    assert drug.interviews != summary.interviews
    expected = drug_rows[drug_rows.status == 1].value.value_counts()
    assert {o.name: o.count for o in drug.options if o.count} == expected.to_dict()
    for option in drug.options:
        if option.count:
            assert option.percent == pytest.approx(100 * option.count / len(drug_rows))
    assert drug.denominators_in_words().startswith(
        f"Counted over {len(drug_rows)} drugs named by {drug_rows.interview_id.nunique()} people"
    )

    often = by_name["how_often"]
    often_rows = rows[rows.question == "how_often"]
    assert often.missing == int((often_rows.status == 2).sum())
    assert often.answered == int((often_rows.status == 1).sum())

    equipment = by_name["equipment"]
    equipment_rows = rows[rows.question == "equipment"]
    assert equipment.not_applicable == int((equipment_rows.status == 3).sum())
    assert equipment.not_applicable > 0  # smoked only: not asked in that instance


def test_the_number_of_instances_is_a_number_question_over_interviews(drug_project, project_path):
    summary = summarize(drug_project, "drugs")
    counts = next(q for q in summary.questions if q.name == "drugs")
    rows = _answers(project_path)
    per_interview = rows[(rows.question == "drugs") & (rows.instance == "")].number
    assert counts.label == "Number of drugs given"
    assert counts.interviews == summary.interviews == len(per_interview)
    assert counts.stats.mean == pytest.approx(per_interview.mean())
    assert counts.stats.n == len(per_interview)


def test_top_level_questions_keep_their_interview_counts(drug_project, project_path):
    summary = summarize(drug_project, "drugs")
    age = next(q for q in summary.questions if q.name == "age")
    assert age.interviews == 40 and age.answered == 40 and not age.repeat


def test_a_crosstab_of_a_repeat_question_counts_instances_as_pandas_does(
    drug_project, project_path, capsys
):
    """Each drug named is put against its interview's site: the cells count drugs, the
    denominator is said, and no chi-square is given (one person names several drugs)."""
    table = crosstab(drug_project, "drugs", "drug", "site")
    rows = _answers(project_path)
    drugs = rows[(rows.question == "drug") & (rows.instance != "") & (rows.status == 1)]
    sites = rows[(rows.question == "site") & (rows.instance == "") & (rows.status == 1)]
    joined = drugs.merge(sites, on="interview_id", suffixes=("_drug", "_site"))
    expected = pd.crosstab(joined.value_drug, joined.value_site)
    for r, point in enumerate(table.rows):
        for c, column in enumerate(table.columns):
            assert table.cells[r][c].count == expected.loc[point.name, column.name]
    assert table.total == len(joined) > joined.interview_id.nunique() == table.people
    assert table.counted_over == "drugs"
    assert table.chi_square is None and table.fisher_p is None
    assert table.warning.startswith(
        f"Counted over {len(joined)} drugs named by {table.people} people"
    )
    assert "No chi-square" in table.warning

    db = str(project_path)
    drug_project.close()
    assert main(["--db", db, "crosstab", "drugs", "site", "drug", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["counted_over"], data["people"], data["total"]) == (
        "drugs",
        table.people,
        table.total,
    )
    assert data["chi_square"] is None
    assert main(["--db", db, "crosstab", "drugs", "site", "drug"]) == 0
    printed = capsys.readouterr().out
    assert f"{table.total} drugs with a valid answer to both, named by" in printed
    assert "Number of drugs" in printed


def test_a_crosstab_of_two_repeat_questions_is_refused_in_words(drug_project):
    with pytest.raises(AnalysisError, match="asked once for each instance of “drug”"):
        crosstab(drug_project, "drugs", "how_often", "drug")


def test_summary_json_and_interview_files_of_a_repeat_form(
    drug_project, project_path, tmp_path, capsys
):
    db = str(project_path)
    drug_project.close()
    assert main(["--db", db, "summary", "drugs", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    drug = next(q for q in data["questions"] if q["name"] == "drug")
    assert drug["repeat"] == "drug" and drug["people"] > 0
    assert main(["--db", db, "export", "drugs", "--csv", str(tmp_path / "out.csv")]) == 0
    main_file = pd.read_csv(tmp_path / "out.csv", encoding="utf-8-sig")
    assert "drug" not in main_file.columns and "drugs" in main_file.columns
    assert len(main_file) == 40
    long = pd.read_csv(tmp_path / "out-drugs.csv", encoding="utf-8-sig", dtype={"_instance": str})
    assert list(long.columns[:3]) == ["_interview", "_instance", "_parent_instance"]
    assert len(long) == main_file.drugs.sum()  # one row per drug named
    per_interview = long.groupby("_interview").size()
    named = main_file.set_index("_interview").drugs
    assert (per_interview == named[named > 0]).all()
    assert set(long.drug) <= {"Heroin", "Crack", "Benzodiazepines"}
    xlsx = ["--xlsx", str(tmp_path / "out.xlsx"), "--include-interview-data"]
    for option in (["--sav", str(tmp_path / "out.sav")], xlsx):
        assert main(["--db", db, "export", "drugs", *option]) == 0
    sheet = openpyxl.load_workbook(tmp_path / "out-interviews.xlsx")["drugs"]
    assert sheet.max_row - 1 == len(long)
    workbook = openpyxl.load_workbook(tmp_path / "out.xlsx")
    cover = {row[0]: row[1] for row in workbook["Cover"].iter_rows(values_only=True) if row}
    assert cover["Repeated questions"].startswith(
        "4 questions asked once for each instance of a repeat"
    )
    summary_text = " ".join(
        str(value) for row in workbook["Summary"].iter_rows(values_only=True) for value in row
    )
    assert "Which drug" not in summary_text  # not counted as if once per person
    assert "Number of drugs given" in summary_text
    report = ["--docx", str(tmp_path / "r.docx"), "--pdf", str(tmp_path / "r.pdf")]
    assert main(["--db", db, "report", "drugs", *report]) == 0
    assert (tmp_path / "r.pdf").stat().st_size > 0


def test_a_repeat_crosstabs_note_is_said_in_spanish(drug_project):
    """The note on how a repeat question's crosstab is counted reaches the workbook, the
    ``crosstab`` command and Results: a Spanish team reads it in Spanish."""
    i18n.set_language("es")
    try:
        table = crosstab(drug_project, "drugs", "drug", "site")
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
    # The repeat's label ("Drug") is of no stated language: on Spanish screens it is named,
    # not given an English plural.
    assert table.warning.startswith(
        f"Contado sobre {table.total} casos de «drug» nombrados por {table.people} personas: "
    )
    assert "drugs" not in table.warning
    assert "Sin chi cuadrado" in table.warning
    assert "Counted" not in table.warning
