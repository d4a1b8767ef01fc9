"""A crosstab of part of the survey beside the whole survey's, when the project hides numbers
from 1 to 4: subtracting one shown number from its counterpart must never give a count of 1
to 4 of the people the part leaves out.

At the South site 2 people used stimulants and were tested; the whole survey's crosstab shows
12 stimulant users tested, the North's 10: the South's 2, unless the North's 10 is hidden too.
"""

from __future__ import annotations

import json

from duodesk.analysis import Subset
from duodesk.analysis.crosstab import check_crosstab_shown, crosstab, protect_crosstab
from duodesk.cli import main
from duodesk.storage.disclosure_policy import require_threshold
from tests.analysis.projects import store_interviews, store_questionnaire
from tests.exports.test_part_beside_the_whole import FORM, questionnaire

THRESHOLD = 4


def shown(database, subset: Subset) -> dict[tuple[str, ...], int]:
    """Every number the crosstab of drug by tested shows (as the command line and the
    Results screen show it), by place: cells, row totals, column totals."""
    table = crosstab(database, FORM, "drug", "tested", subset)
    whole = check_crosstab_shown(database, FORM, table, subset, THRESHOLD)
    hidden = protect_crosstab(table, THRESHOLD, whole)
    found = {}
    for r, row in enumerate(table.rows):
        for c, column in enumerate(table.columns):
            if not hidden.cells[r][c]:
                found[("cell", row.name, column.name)] = table.cells[r][c].count
        if not hidden.row_totals[r]:
            found[("row", row.name)] = table.row_totals[r]
    for c, column in enumerate(table.columns):
        if not hidden.column_totals[c]:
            found[("column", column.name)] = table.column_totals[c]
    return found


def two_sites(database) -> None:
    form = questionnaire()
    version = store_questionnaire(database, form)
    north = (
        [dict(drug="opioids", tested="yes")] * 12
        + [dict(drug="opioids", tested="no")] * 8
        + [dict(drug="stimulants", tested="yes")] * 10
        + [dict(drug="other", tested="no")] * 6
    )
    south = (
        [dict(drug="opioids", tested="yes")] * 20
        + [dict(drug="opioids", tested="no")] * 8
        + [dict(drug="stimulants", tested="yes")] * 2  # the few the subtraction would find
        + [dict(drug="other", tested="no")] * 7
    )
    for site, rows in (("North", north), ("South", south)):
        store_interviews(database, form, rows, version_id=version, site=site)
    with database.session() as session:
        require_threshold(session, THRESHOLD)


def test_a_part_s_crosstab_beside_the_whole_s_gives_nobody_away(database):
    two_sites(database)
    whole, part = shown(database, Subset()), shown(database, Subset(sites=("North",)))
    given_away = {
        place: whole[place] - part[place]
        for place in whole.keys() & part.keys()
        if 1 <= whole[place] - part[place] <= THRESHOLD
    }
    assert given_away == {}
    # The stimulants are hidden in the North's table (the whole shows 12); its totals are
    # still shown.
    assert ("cell", "stimulants", "yes") not in part
    assert part[("row", "opioids")] == 20 and part[("column", "yes")] == 22


def test_the_command_line_hides_the_same_number(database, project_path, capsys):
    two_sites(database)
    database.close()
    command = ["--db", str(project_path), "crosstab", FORM, "drug", "tested", "--json"]
    assert main([*command, "--site", "North"]) == 0
    table = json.loads(capsys.readouterr().out)
    rows = [row["name"] for row in table["rows"]]
    columns = [column["name"] for column in table["columns"]]
    cell = table["cells"][rows.index("stimulants")][columns.index("yes")]
    assert cell["hidden"] and cell["count"] is None
