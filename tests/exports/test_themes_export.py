"""Themes coded from written answers in the health-board workbook, its data and codebook."""

from __future__ import annotations

import openpyxl

from duodesk.exports.disclosure import DisclosureRule
from duodesk.exports.export import export
from duodesk.exports.layout import NOT_ASKED, ExportOptions, interviews_path
from tests.analysis.hcv_themes import FORM, store_hcv
from tests.exports.test_workbook import block_counts, summary_rows


def test_workbook_counts_themes_like_any_several_answers_question(database, tmp_path):
    store_hcv(database)
    path = tmp_path / "board.xlsx"
    export(database, FORM, path, ExportOptions(disclosure=DisclosureRule(enabled=False)))
    shown = block_counts(summary_rows(path), "why_not_themes. ")
    assert shown["Did not know where to go"] == 10
    assert shown["Not offered a test"] == 4
    assert shown["Not asked (skipped)"] == 12
    assert shown["No answer"] == 1


def test_deidentified_data_keeps_the_themes_but_not_the_words(database, tmp_path):
    store_hcv(database)
    path = tmp_path / "board.xlsx"
    export(
        database,
        FORM,
        path,
        ExportOptions(
            labels=False,
            include_interview_data=True,
            disclosure=DisclosureRule(enabled=False),
        ),
    )
    workbook = openpyxl.load_workbook(interviews_path(path))
    data = list(workbook["Data"].iter_rows(values_only=True))
    header = data[0]
    assert "why_not" not in header
    column = header.index("why_not_themes")
    values = [row[column] for row in data[1:]]
    assert values.count(NOT_ASKED) == 12
    assert values.count(None) == 1  # not codable: no answer
    ticks = header.index("why_not_themes/in_prison_at_the_time")
    assert sum(row[ticks] == 1 for row in data[1:]) == 6
    assert all(
        row[ticks] == 0
        for row in data[1:]
        if row[column] not in (None, NOT_ASKED) and "in_prison_at_the_time" not in row[column]
    )
    codebook = {r[0]: r for r in workbook["Codebook"].iter_rows(values_only=True)}
    themes = codebook["why_not_themes"]
    assert "themes of the written answer to why_not" in themes[2]
    assert "no_symptoms = No symptoms (About: no symptoms)" in themes[5]
