"""``duodesk crosstab``: counts checked against the stored answers, and chi-square and
Fisher's test checked against scipy on the same counts."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from scipy import stats
from sqlalchemy import select

from duodesk.cli import main
from duodesk.core.simulate import simulate_answers
from duodesk.core.xlsform import read_xlsform
from duodesk.storage.database import Database
from duodesk.storage.models import Answer
from tests.analysis.projects import store_interviews
from tests.cli.test_cli import duodesk

FORM = "hepatitis_c_peer_survey"


@pytest.fixture
def project(project_path, example_paths):
    form = read_xlsform(example_paths[FORM])
    database = Database.open(project_path)
    store_interviews(database, form, simulate_answers(form, 150, seed=4))
    yield database, form
    database.close()


def stored_pairs(database, form, row: str, column: str) -> Counter:
    """(row answer, column answer) -> interviews, straight from the answers table, valid
    answers only (missing codes left out)."""
    missing = {
        c.name
        for name in (row, column)
        for c in form.choice_lists[form.question(name).list_name].choices
        if c.missing
    }
    with database.session() as session:
        found = session.execute(
            select(Answer.interview_id, Answer.question, Answer.value).where(
                Answer.question.in_((row, column)), Answer.status == 1
            )
        ).all()
    by_interview: dict[int, dict[str, str]] = {}
    for interview, question, value in found:
        by_interview.setdefault(interview, {})[question] = value
    return Counter(
        (answers[row], answers[column])
        for answers in by_interview.values()
        if row in answers
        and column in answers
        and answers[row] not in missing
        and answers[column] not in missing
    )


def select_ones(form) -> list[str]:
    return [
        q.name
        for q in form.questions()
        if q.type.value == "select_one" and not q.relevant and not form.parents_of(q.name)
    ]


def crosstab_json(capsys, project_path, *args: str) -> dict:
    assert main(["--db", str(project_path), "crosstab", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_crosstab_json_agrees_with_the_answers_and_with_scipy(project, project_path, capsys):
    database, form = project
    names = select_ones(form)[:4]
    pairs = [(a, b) for a in names for b in names if a < b]
    fisher_seen = 0
    for row, column in pairs:
        data = crosstab_json(capsys, project_path, form.form_id, row, column)
        counts = [[cell["count"] for cell in cells] for cells in data["cells"]]
        expected = stored_pairs(database, form, row, column)
        for r, row_point in enumerate(data["rows"]):
            for c, column_point in enumerate(data["columns"]):
                assert counts[r][c] == expected[(row_point["name"], column_point["name"])]
        assert data["total"] == sum(expected.values())
        used_rows = [r for r in counts if sum(r)]
        used = [list(c) for c in zip(*used_rows, strict=True) if sum(c)]
        observed = [list(r) for r in zip(*used, strict=True)]
        scipy_result = stats.chi2_contingency(observed, correction=False)
        assert data["chi_square"]["statistic"] == pytest.approx(scipy_result.statistic)
        assert data["chi_square"]["df"] == scipy_result.dof
        assert data["chi_square"]["p"] == pytest.approx(scipy_result.pvalue)
        cell = data["cells"][0][0]
        assert cell["row_percent"] == pytest.approx(100 * counts[0][0] / sum(counts[0]))
        assert cell["total_percent"] == pytest.approx(100 * counts[0][0] / data["total"])
        if len(observed) == 2 and len(observed[0]) == 2:
            assert data["fisher"]["p"] == pytest.approx(stats.fisher_exact(observed).pvalue)
        if data["fisher"] is not None:
            fisher_seen += 1
            assert data["fisher"]["method"]
        elif (scipy_result.expected_freq < 5).any():
            pytest.fail("an expected count under 5 must bring Fisher's test")
    assert fisher_seen


def test_crosstab_prints_tables_and_takes_subset_options(project, project_path, capsys):
    _, form = project
    row, column = select_ones(form)[:2]
    assert main(["--db", str(project_path), "crosstab", form.form_id, row, column]) == 0
    printed = capsys.readouterr().out
    for words in ("Number of people", "% of the row", "% of the column", "Pearson chi-square"):
        assert words in printed
    everyone = crosstab_json(capsys, project_path, form.form_id, row, column)
    first = everyone["rows"][0]["name"]
    data = crosstab_json(
        capsys, project_path, form.form_id, row, column, "--where", f"{row}={first}"
    )
    assert data["total"] == everyone["row_totals"][0]
    assert data["subset"] == f"{row} = {first}"


def test_crosstab_of_an_unknown_question_is_one_plain_sentence(project, project_path):
    _, form = project
    result = duodesk("--db", str(project_path), "crosstab", form.form_id, "nonsense", "sex")
    assert result.returncode == 1
    assert result.stderr.startswith("duodesk: ") and "Traceback" not in result.stderr
    assert "nonsense" in result.stderr
