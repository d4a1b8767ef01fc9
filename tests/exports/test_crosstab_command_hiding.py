"""``duodesk crosstab`` follows the project's requirement to hide small numbers, as the Results
screen does: the attack (reading a small cell off the command line, or working it out from the
chi-square) fails once the project requires numbers from 1 to 4 to be hidden."""

from __future__ import annotations

import json

from duodesk.cli import main
from tests.exports.test_subset_differencing import FORM, harbour  # noqa: F401 (fixture)


def crosstab(project_path, *more: str) -> None:
    assert main(["--db", str(project_path), "crosstab", FORM, "positive", "shared", *more]) == 0


def test_the_command_hides_small_cells_and_the_tests_when_the_project_requires_it(
    harbour,  # noqa: F811
    project_path,
    capsys,
):
    crosstab(project_path, "--json")
    open_table = json.loads(capsys.readouterr().out)
    # Nothing required: every number, as before (the 2 who tested positive and shared).
    assert open_table["cells"][0][0]["count"] == 2 and open_table["chi_square"] is not None
    assert main(["--db", str(project_path), "require-threshold", "4"]) == 0
    capsys.readouterr()
    crosstab(project_path, "--json")
    table = json.loads(capsys.readouterr().out)
    assert table["cells"][0][0]["count"] is None and table["cells"][0][0]["hidden"]
    assert table["cells"][0][0]["row_percent"] is None
    assert table["chi_square"] is None and table["fisher"] is None
    assert all(cell["expected"] is None for row in table["cells"] for cell in row)
    assert table["total"] == 60 and table["hidden"]["threshold"] == 4
    shown = [c["count"] for row in table["cells"] for c in row if c["count"] is not None]
    assert all(not 1 <= count <= 4 for count in shown)
    assert all(not 1 <= count <= 4 for count in table["row_totals"] if count is not None)
    crosstab(project_path)
    text = capsys.readouterr().out
    assert "hidden" in text and "chi-square =" not in text.lower()
    assert "Fisher's exact test" not in text
    first_row = next(
        line for line in text.splitlines() if line.strip().startswith("Yes") and "Total" not in line
    )
    assert "hidden" in first_row and " 2 " not in f" {first_row} "


def test_a_crosstab_of_a_few_people_or_of_all_but_a_few_is_refused_without_its_numbers(
    harbour,  # noqa: F811
    project_path,
    capsys,
):
    """Three interviews at the Harbour: filtered on an answer, a table's total is that
    answer's count; and a part leaving out two people, set beside the whole survey's table,
    gives those two by subtraction. Both are refused, and the refusal tells neither count."""
    db = str(project_path)
    assert main(["--db", db, "require-threshold", "4"]) == 0
    capsys.readouterr()
    for part, words in (
        (["--site", "Harbour"], "would count only 1 to 4 people"),
        (["--where", "shared = no"], "leaves out only 1 to 4 of the people"),
    ):
        assert main(["--db", db, "crosstab", FORM, "positive", "shared", "--json", *part]) == 1
        said = capsys.readouterr()
        assert said.out == "" and words in said.err and "Traceback" not in said.err
        assert not any(f" {n} " in f" {said.err} " for n in (2, 3, 57, 58))
    crosstab(project_path)  # every interview: shown, small cells hidden
    assert "hidden" in capsys.readouterr().out
