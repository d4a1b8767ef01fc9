"""DuoDesk's summaries agree with GNU PSPP on the same data, for every example questionnaire.

Each example gets a project of a few hundred simulated interviews (skip logic, blanks,
"Don't know" answers); PSPP reads the same answers and its FREQUENCIES and CROSSTABS output is
compared, cell by cell, with DuoDesk's tables. PSPP prints percentages to one decimal and
means to two, so those are compared to within half of PSPP's last digit; counts and
quartiles (printed with ten decimals) must be equal.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from duodesk.analysis import Summary, crosstab, summarize
from duodesk.core.questionnaire import Questionnaire
from duodesk.core.simulate import simulate_answers
from duodesk.core.xlsform import read_xlsform
from duodesk.storage.database import Database
from tests.analysis.projects import store_interviews
from tests.analysis.pspp import (
    Variable,
    number,
    run_pspp,
    syntax_header,
    variables_for,
    write_data,
)

INTERVIEWS = 300
PERCENT = 0.05 + 1e-9  # PSPP prints percentages with one decimal
TWO_DECIMALS = 0.005 + 1e-9


@dataclass
class Checked:
    questionnaire: Questionnaire
    database: Database
    summary: Summary
    variables: list[Variable]
    folder: Path
    header: str


@pytest.fixture(
    scope="module",
    params=[
        "hepatitis_c_peer_survey",
        "training_employment_barriers",
        "drug_user_organisation_profile",
    ],
)
def checked(request, example_paths, tmp_path_factory):
    questionnaire = read_xlsform(example_paths[request.param])
    folder = tmp_path_factory.mktemp(request.param)
    database = Database.open(folder / "project.duodesk")
    store_interviews(database, questionnaire, simulate_answers(questionnaire, INTERVIEWS, seed=11))
    variables = variables_for(questionnaire)
    data = folder / "data.csv"
    assert write_data(database, variables, data) == INTERVIEWS
    summary = summarize(database, questionnaire.form_id)
    yield Checked(
        questionnaire, database, summary, variables, folder, syntax_header(data, variables)
    )
    database.close()


def _by_variable(checked: Checked, tables) -> dict[str, list[list[str]]]:
    names = {v.name for v in checked.variables}
    return {title: rows for title, rows in tables if title in names}


@pytest.mark.slow
def test_frequency_tables_agree_with_pspp(checked: Checked):
    coded = [v for v in checked.variables if v.codes]
    assert coded, "every example has select_one questions"
    syntax = checked.header + "FREQUENCIES /VARIABLES=" + " ".join(v.name for v in coded) + ".\n"
    tables = _by_variable(checked, run_pspp(checked.folder, syntax))
    compared = 0
    for variable in coded:
        ours = checked.summary.question(variable.question)
        by_code = {variable.codes[o.name]: o for o in ours.options}
        rows = tables[variable.name]
        section = ""
        seen: set[int] = set()
        for row in rows[1:]:
            section = row[0] or section
            if section == "Total":
                assert int(row[2]) == ours.interviews
                continue
            if row[1] == ".":  # system-missing: not asked, no answer
                assert int(row[2]) == ours.not_applicable + ours.missing + ours.not_in_version
                continue
            option = by_code[int(number(row[1]))]
            seen.add(int(number(row[1])))
            assert option.count == int(row[2]), (variable.question, option.name)
            assert option.percent == pytest.approx(number(row[3]), abs=PERCENT)
            if section == "Valid":
                assert not option.is_missing_code
                assert option.valid_percent == pytest.approx(number(row[4]), abs=PERCENT)
                assert option.cumulative_percent == pytest.approx(number(row[5]), abs=PERCENT)
            else:
                assert option.is_missing_code and option.valid_percent is None
            compared += 1
        # PSPP leaves out values nobody gave; DuoDesk lists them with a count of 0.
        assert all(o.count == 0 for code, o in by_code.items() if code not in seen)
    assert compared > len(coded)


def test_descriptives_agree_with_pspp(checked: Checked):
    numeric = [v for v in checked.variables if v.is_numeric_question]
    assert numeric, "every example has a number question"
    syntax = checked.header + (
        "FREQUENCIES /VARIABLES="
        + " ".join(v.name for v in numeric)
        + " /FORMAT=NOTABLE /STATISTICS=MEAN STDDEV MINIMUM MAXIMUM MEDIAN"
        " /PERCENTILES=25 50 75.\n"
    )
    statistics = [rows for title, rows in run_pspp(checked.folder, syntax) if title == "Statistics"]
    assert len(statistics) == 1
    rows = statistics[0]
    column = {name: i for i, name in enumerate(rows[0]) if name}
    values: dict[str, list[str]] = {}
    label = ""
    for row in rows[1:]:
        label = row[0] or label
        values[f"{label} {row[1]}".strip()] = row
    for variable in numeric:
        stats = checked.summary.question(variable.question).stats
        i = column[variable.name]

        def pspp(name: str, i: int = i) -> float:
            return number(values[name][i])

        assert stats.n == int(pspp("N Valid"))
        assert stats.mean == pytest.approx(pspp("Mean"), abs=TWO_DECIMALS)
        assert stats.sd == pytest.approx(pspp("Std Dev"), abs=TWO_DECIMALS)
        assert stats.min == pytest.approx(pspp("Minimum"), abs=1e-9)
        assert stats.max == pytest.approx(pspp("Maximum"), abs=1e-9)
        assert stats.q1 == pytest.approx(pspp("Percentiles 25"), abs=1e-9)
        assert stats.median == pytest.approx(pspp("Percentiles 50"), abs=1e-9)
        assert stats.q3 == pytest.approx(pspp("Percentiles 75"), abs=1e-9)


def _crosstab_pairs(checked: Checked) -> list[tuple[Variable, Variable]]:
    """Two pairs of always-asked select_one questions: the first two, and a 2x2 pair (two
    questions with exactly two valid answers) when the form has one."""
    asked = [
        v
        for v in checked.variables
        if v.codes
        and not checked.questionnaire.question(v.question).relevant
        and not any(p.relevant for p in checked.questionnaire.parents_of(v.question))
    ]
    pairs = [(asked[0], asked[1])]
    two = [v for v in asked if len(v.codes) - len(v.missing) == 2]
    if len(two) >= 2:
        pairs.append((two[0], two[1]))
    return pairs


def test_crosstab_chi_square_agrees_with_pspp(checked: Checked):
    for row, column in _crosstab_pairs(checked):
        ours = crosstab(
            checked.database, checked.questionnaire.form_id, row.question, column.question
        )
        syntax = (
            checked.header + f"CROSSTABS /TABLES={row.name} BY {column.name} /STATISTICS=CHISQ.\n"
        )
        tables = dict(run_pspp(checked.folder, syntax))
        counts = tables[f"{row.name} × {column.name}"]
        column_codes = [int(number(c)) for c in counts[1][3:-1]]
        row_code = None
        for cells in counts[2:]:
            if cells[0] == "Total":
                assert int(cells[-1]) == ours.total
                continue
            row_code = int(number(cells[1])) if cells[1] else row_code
            r = next(i for i, p in enumerate(ours.rows) if row.codes[p.name] == row_code)
            for code, cell in zip(column_codes, cells[3:-1], strict=True):
                c = next(i for i, p in enumerate(ours.columns) if column.codes[p.name] == code)
                assert ours.cells[r][c].count == int(cell)
        chi = {cells[0]: cells for cells in tables["Chi-Square Tests"][1:]}
        assert ours.chi_square == pytest.approx(
            number(chi["Pearson Chi-Square"][1]), abs=TWO_DECIMALS
        )
        assert ours.degrees_of_freedom == int(chi["Pearson Chi-Square"][2])
        assert ours.p_value == pytest.approx(number(chi["Pearson Chi-Square"][3]), abs=0.0005)
        if ours.fisher_p is not None:
            assert ours.fisher_p == pytest.approx(number(chi["Fisher's Exact Test"][4]), abs=0.0005)
