"""Percents are printed with halves rounded up, from the exact fraction, as SPSS, PSPP and
Excel print them: 1 of 16 interviews is 6.25%, printed 6.3 (PSPP's FREQUENCIES prints 6.3;
Python's ``f"{6.25:.1f}"`` rounds half to even and gives 6.2). The plain-text summary, the
crosstab and the Results screen's tables all print the same."""

from __future__ import annotations

import pytest

from duodesk.analysis import summarize
from duodesk.analysis.crosstab import crosstab
from duodesk.analysis.report import crosstab_to_text, summary_to_text
from duodesk.analysis.tables import rounded_text
from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    Question,
    Questionnaire,
    QuestionType,
    Settings,
)
from duodesk.gui.results.table_model import ResultsTableModel, TableRow
from tests.analysis.projects import store_interviews


def sixteen_form() -> Questionnaire:
    yes_no = ChoiceList("yes_no", (Choice("yes", {"": "Yes"}), Choice("no", {"": "No"})))
    return Questionnaire(
        Settings("sixteen", "Sixteen", "1"),
        (
            Question("used", QuestionType.SELECT_ONE, {"": "Used"}, list_name="yes_no"),
            Question("again", QuestionType.SELECT_ONE, {"": "Again"}, list_name="yes_no"),
        ),
        {"yes_no": yes_no},
    )


@pytest.fixture
def sixteen(database):
    form = sixteen_form()
    answers = [{"used": "yes", "again": "yes"}] + [{"used": "no", "again": "no"}] * 15
    store_interviews(database, form, answers)
    return database


def test_halves_round_up_from_the_exact_value():
    assert rounded_text(100 * 1 / 16, 1) == "6.3"
    assert rounded_text(100 * 1 / 2000, 1) == "0.1"  # 0.05 exactly, though no float is
    assert rounded_text(100 * 15 / 16, 1) == "93.8"
    assert rounded_text(-2.5, 0) == "-3"  # away from zero, as SPSS
    assert rounded_text(0.125, 2) == "0.13"


def test_summary_text_prints_one_in_sixteen_as_6_3(sixteen):
    text = summary_to_text(summarize(sixteen, "sixteen"))
    yes = next(line for line in text.splitlines() if line.strip().startswith("Yes"))
    assert yes.split()[1:] == ["1", "6.3", "6.3", "6.3"]


def test_crosstab_text_prints_one_in_sixteen_as_6_3(sixteen):
    text = crosstab_to_text(crosstab(sixteen, "sixteen", "used", "again"))
    assert "6.3" in text and "6.2" not in text


def test_results_table_shows_one_in_sixteen_as_6_3(sixteen, qtbot):
    used = summarize(sixteen, "sixteen").question("used")
    model = ResultsTableModel(decimals=1)
    rows = [TableRow((o.label, o.count, o.percent, o.valid_percent)) for o in used.options]
    model.set_table(("Answer", "Count", "Percent", "Valid %"), rows)
    assert [model.text_at(0, c) for c in range(4)] == ["Yes", "1", "6.3", "6.3"]
    assert model.text_at(1, 2) == "93.8"
