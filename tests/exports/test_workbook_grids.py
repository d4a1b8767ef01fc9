"""A Likert grid in the workbook gives each statement's valid percent (missing codes left
out) beside its percent of all answers, as the statement's own table does."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from duodesk.analysis import summarize
from duodesk.exports.disclosure import DisclosureRule
from duodesk.exports.export import export
from duodesk.exports.layout import ExportOptions
from tests.analysis.projects import store_interviews
from tests.analysis.test_missing_code_tables import ANSWERS, form


def test_grid_in_the_workbook_has_valid_percent_columns(database, tmp_path):
    store_interviews(database, form(), ANSWERS)
    path = tmp_path / "grid.xlsx"
    export(database, "grid", path, ExportOptions(disclosure=DisclosureRule(enabled=False)))
    sheet = load_workbook(path, read_only=True)["Summary"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    at = next(i for i, r in enumerate(rows) if r and r[0] == "Statement")
    header = [h for h in rows[at] if h is not None]
    assert header[-2:] == ["Valid % Agree", "Valid % Disagree"]
    statement = dict(zip(header, rows[at + 1], strict=False))
    own = {o.name: o for o in summarize(database, "grid").question("s1").options}
    assert statement["Valid % Agree"] == pytest.approx(own["agree"].valid_percent / 100)
    assert statement["% Agree"] == pytest.approx(own["agree"].percent / 100)
