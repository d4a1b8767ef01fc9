"""A themes variable (written answers coded into themes) crosstabbed against a question with
one answer: counts checked against the coding itself, on screen and on the command line."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from sqlalchemy import select

from duodesk.analysis import crosstab
from duodesk.storage.database import Database
from duodesk.storage.models import Answer
from duodesk.storage.themes import answers_to_code, list_themes
from tests.analysis.hcv_themes import FORM, QUESTION, store_hcv
from tests.cli.test_cli import duodesk

THEMES = QUESTION + "_themes"


def by_hand(database: Database) -> tuple[Counter, Counter]:
    """(theme label, centre) -> people, and centre -> people given at least one theme,
    straight from the stored coding and answers."""
    with database.read_session() as session:
        labels = {t.id: t.label for t in list_themes(session, FORM, QUESTION)}
        coded = [a for a in answers_to_code(session, FORM, QUESTION) if a.themes]
        centre = dict(
            session.execute(
                select(Answer.interview_id, Answer.value).where(Answer.question == "centre")
            ).all()
        )
    cells = Counter((labels[t], centre[a.interview_id]) for a in coded for t in a.themes)
    people = Counter(centre[a.interview_id] for a in coded)
    return cells, people


def test_themes_down_the_side_count_people_per_theme_and_column(database):
    store_hcv(database)
    cells, people = by_hand(database)
    table = crosstab(database, FORM, THEMES, "centre")
    assert table.multiple_response
    columns = [p.name for p in table.columns]
    found = Counter(
        {
            (row.label, columns[c]): cell.count
            for row, line in zip(table.rows, table.cells, strict=True)
            for c, cell in enumerate(line)
            if cell.count
        }
    )
    assert found == cells
    assert dict(zip(columns, table.column_totals, strict=True)) == {
        "glasgow": people["glasgow"],
        "dundee": people["dundee"],
    }
    assert table.total == 40  # people, not the 46 themes given
    assert sum(table.row_totals) == 46
    # Percent of cases: of the people in the column who were given a theme.
    row = [p.label for p in table.rows].index("Did not know where to go")
    cell = table.cells[row][columns.index("dundee")]
    assert cell.column_percent == pytest.approx(100 * cell.count / people["dundee"])
    assert table.chi_square is None and "several themes" in table.warning


def test_themes_across_the_top_is_the_same_table_turned(database):
    store_hcv(database)
    down = crosstab(database, FORM, THEMES, "centre")
    across = crosstab(database, FORM, "centre", THEMES)
    assert [p.name for p in across.rows] == [p.name for p in down.columns]
    assert [[c.count for c in line] for line in across.cells] == [
        [down.cells[r][c].count for r in range(len(down.rows))] for c in range(len(down.columns))
    ]
    assert across.row_totals == down.column_totals
    assert across.column_totals == down.row_totals


def test_the_crosstab_command_takes_a_themes_variable(project_path):
    database = Database.open(project_path)
    store_hcv(database)
    cells, _ = by_hand(database)
    database.close()
    result = duodesk("--db", str(project_path), "crosstab", FORM, THEMES, "centre", "--json")
    assert result.returncode == 0, result.stderr
    table = json.loads(result.stdout)
    assert table["multiple_response"] is True
    columns = [c["name"] for c in table["columns"]]
    found = Counter(
        {
            (row["label"], columns[c]): cell["count"]
            for row, line in zip(table["rows"], table["cells"], strict=True)
            for c, cell in enumerate(line)
            if cell["count"]
        }
    )
    assert found == cells
    text = duodesk("--db", str(project_path), "crosstab", FORM, THEMES, "centre")
    assert text.returncode == 0, text.stderr
    assert "several themes" in text.stdout
