"""A crosstab of a question asked inside a repeat counts instances (drugs), but a repeat
instance belongs to a person: once the project hides numbers from 1 to 4, a cell is hidden
when 1 to 4 people are behind it, however many drugs it counts (3 people naming heroin
twice each is a hidden 6, never a shown one), and no shown number lets a reader work a
hidden one out."""

from __future__ import annotations

import json

import pytest

from duodesk.analysis.crosstab import crosstab, protect_crosstab
from duodesk.analysis.subset import EVERYTHING
from duodesk.cli import main
from duodesk.core.engine import FormEngine
from duodesk.core.records import records_from_state
from duodesk.core.xlsform import read_xlsform
from duodesk.exports.disclosure import Sum, possible_range
from duodesk.storage.interviews import NewInterview, add_interview, write_answers
from duodesk.storage.models import InterviewStatus
from duodesk.storage.questionnaires import latest_version, save_questionnaire
from tests.core.forms import write_form
from tests.core.test_repeats import DRUG_CHOICES, DRUG_SURVEY

# (site, drugs named) for each person: at Centre A, 3 people name heroin twice each (6 drugs
# from 3 people), 6 name crack; at Centre B, 6 name heroin, 6 crack, and 2 name both.
PEOPLE = (
    [("Centre A", ("heroin", "heroin"))] * 3
    + [("Centre A", ("crack",))] * 6
    + [("Centre B", ("heroin",))] * 6
    + [("Centre B", ("crack",))] * 6
    + [("Centre B", ("heroin", "crack"))] * 2
)


@pytest.fixture
def few_heroin(database, tmp_path):
    questionnaire = read_xlsform(write_form(tmp_path / "drugs.xlsx", DRUG_SURVEY, DRUG_CHOICES))
    engine = FormEngine(questionnaire)
    with database.session() as session:
        save_questionnaire(session, questionnaire)
    with database.session() as session:
        version = latest_version(session, "drugs")
        for site, drugs in PEOPLE:
            age = 50 if drugs == ("heroin", "heroin") else 30
            answers: dict[str, object] = {"site": site, "age": age, "drugs": len(drugs)}
            for k, drug in enumerate(drugs, start=1):
                answers[f"drug[{k}]"] = drug
            interview_id = add_interview(
                session,
                NewInterview(
                    version.version_id,
                    site=site,
                    interviewer="Sam",
                    interview_date="2024-07-12",
                    status=InterviewStatus.COMPLETE,
                ),
            )
            write_answers(
                session, interview_id, records_from_state(questionnaire, engine.evaluate(answers))
            )
    return database


def shown_table(project_path, capsys) -> dict:
    assert main(["--db", str(project_path), "crosstab", "drugs", "drug", "site", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_six_drugs_named_by_three_people_are_hidden(few_heroin, project_path, capsys):
    open_table = shown_table(project_path, capsys)
    rows = [row["name"] for row in open_table["rows"]]
    columns = [column["name"] for column in open_table["columns"]]
    heroin, centre_a = rows.index("heroin"), columns.index("Centre A")
    assert open_table["cells"][heroin][centre_a]["count"] == 6
    assert main(["--db", str(project_path), "require-threshold", "4"]) == 0
    capsys.readouterr()
    table = shown_table(project_path, capsys)
    cell = table["cells"][heroin][centre_a]
    assert cell["hidden"] and cell["count"] is None and cell["row_percent"] is None
    # what the command prints hides it too
    assert main(["--db", str(project_path), "crosstab", "drugs", "drug", "site"]) == 0
    printed = capsys.readouterr().out
    heroin_line = next(line for line in printed.splitlines() if line.strip().startswith("Heroin"))
    assert "hidden" in heroin_line and " 6 " not in f" {heroin_line} "
    assert "one named by 1 to 4 people is hidden, however many drugs it counts" in printed


def test_no_shown_cell_or_total_stands_for_one_to_four_people(few_heroin):
    table = crosstab(few_heroin, "drugs", "drug", "site")
    hidden = protect_crosstab(table, 4)
    for r, row in enumerate(table.cell_people):
        for c, people in enumerate(row):
            assert hidden.cells[r][c] or not 1 <= people <= 4
    for marks, people in (
        (hidden.row_totals, table.row_people),
        (hidden.column_totals, table.column_people),
    ):
        assert all(hide or not 1 <= p <= 4 for hide, p in zip(marks, people, strict=True))
    assert not 1 <= table.people <= 4  # the grand total, always shown


def test_no_hidden_number_can_be_worked_out_from_the_shown_ones(few_heroin, project_path, capsys):
    """The attack: every number shown, the totals' sums, and that a hidden number is at least
    1; for each hidden number, the values it could take span more than 4."""
    truth = shown_table(project_path, capsys)
    assert main(["--db", str(project_path), "require-threshold", "4"]) == 0
    capsys.readouterr()
    shown = shown_table(project_path, capsys)
    rows, columns = len(truth["rows"]), len(truth["columns"])
    counts = [cell["count"] for row in truth["cells"] for cell in row]
    counts += truth["row_totals"] + truth["column_totals"] + [truth["total"]]
    published = [cell["count"] for row in shown["cells"] for cell in row]
    published += shown["row_totals"] + shown["column_totals"] + [shown["total"]]
    hidden = {i for i, value in enumerate(published) if value is None}
    assert hidden, "the heroin cell at Centre A is hidden"
    assert all(published[i] == counts[i] for i in range(len(counts)) if i not in hidden)
    cell = rows * columns
    sums = [Sum(tuple(r * columns + c for c in range(columns)), cell + r) for r in range(rows)]
    sums += [
        Sum(tuple(r * columns + c for r in range(rows)), cell + rows + c) for c in range(columns)
    ]
    grand = len(counts) - 1
    sums += [
        Sum(tuple(range(cell, cell + rows)), grand),
        Sum(tuple(range(cell + rows, grand)), grand),
    ]
    for index in hidden:
        low, high = possible_range(counts, sums, hidden, index)
        assert high - low > 4, (index, low, high)
    # the percentages give nothing back either: a hidden count's are hidden with it
    for r, row in enumerate(shown["cells"]):
        for c, shown_cell in enumerate(row):
            if shown_cell["hidden"]:
                assert shown_cell["total_percent"] is None
                assert shown_cell["row_percent"] is None and shown_cell["column_percent"] is None
            if shown["row_totals"][r] is None:
                assert shown_cell["row_percent"] is None
            if shown["column_totals"][c] is None:
                assert shown_cell["column_percent"] is None


def test_a_part_leaving_out_a_few_people_is_refused_though_it_leaves_out_more_drugs(
    few_heroin, project_path, capsys
):
    """Leaving out the 3 who named heroin twice leaves out 6 drugs but only 3 people: set
    beside the whole survey's table it gives those 3 people's drugs, so it is refused."""
    db = str(project_path)
    assert main(["--db", db, "require-threshold", "4"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "crosstab", "drugs", "drug", "site", "--where", "age < 40"]) == 1
    said = capsys.readouterr()
    assert said.out == "" and "leaves out only 1 to 4 of the people" in said.err


def test_the_results_screen_hides_the_same_cells(few_heroin):
    """The Results window's crosstab is made by the same code as the command's."""
    from duodesk.gui.results.operations import compute_shown_crosstab
    from duodesk.storage.disclosure_policy import require_threshold

    with few_heroin.session() as session:
        require_threshold(session, 4)
    shown = compute_shown_crosstab(few_heroin, "drugs", "drug", "site", EVERYTHING)
    table = shown.table
    heroin = [p.name for p in table.rows].index("heroin")
    centre_a = [p.name for p in table.columns].index("Centre A")
    assert table.cells[heroin][centre_a].count == 6 and table.cell_people[heroin][centre_a] == 3
    assert shown.hidden.cells[heroin][centre_a]
    assert shown.hidden == protect_crosstab(table, 4)
