"""Written answers coded into themes, counted as a several-answers question."""

from __future__ import annotations

import json

import pytest

from duodesk.analysis import Condition, Subset, summarize
from duodesk.storage.database import Database
from tests.analysis.hcv_themes import FORM, QUESTION, THEMES, store_hcv
from tests.cli.test_cli import duodesk


def test_forty_coded_answers_give_the_published_hcv_percentages_in_summary_json(project_path):
    database = Database.open(project_path)
    store_hcv(database)
    database.close()
    result = duodesk("--db", str(project_path), "summary", FORM, "--json")
    assert result.returncode == 0, result.stderr
    questions = {q["name"]: q for q in json.loads(result.stdout)["questions"]}
    themes = questions["why_not_themes"]
    assert themes["type"] == "select_multiple"
    assert themes["answered"] == 40
    assert themes["not_applicable"] == 12
    assert themes["missing"] == 1  # the answer nobody could code
    by_label = {o["label"]: o for o in themes["options"]}
    assert {label: by_label[label]["percent_of_cases"] for label in THEMES} == {
        "Not offered a test": 10.0,
        "Did not know where to go": 25.0,
        "Drug use held against me": 20.0,
        "In prison at the time": 15.0,
        "No symptoms": 22.5,
        "Afraid of the result": 22.5,
    }
    assert themes["options"][0]["label"] == "Did not know where to go"  # ranked first
    assert sum(o["count"] for o in themes["options"]) == 46
    assert by_label["No symptoms"]["percent_of_responses"] == pytest.approx(100 * 9 / 46)
    assert list(questions).index("why_not_themes") == list(questions).index(QUESTION) + 1


def test_a_subset_can_ask_for_the_people_who_gave_a_theme(database):
    ids = store_hcv(database)
    del ids
    prison = Subset(conditions=(Condition.parse("why_not_themes includes in_prison_at_the_time"),))
    summary = summarize(database, FORM, prison)
    assert summary.interviews == 6
    by_site = summarize(database, FORM, Subset(sites=("Dundee",)))
    themes = next(q for q in by_site.questions if q.name == "why_not_themes")
    assert themes.answered + themes.missing == 20
