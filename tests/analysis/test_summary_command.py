"""``duodesk summary``: the hand-worked survey as JSON and as tables, run as a real process."""

from __future__ import annotations

import json

import pytest

from duodesk.cli import main
from duodesk.storage.database import Database
from tests.analysis.survey import store_survey
from tests.cli.test_cli import duodesk


@pytest.fixture
def db(project_path):
    database = Database.open(project_path)
    store_survey(database)
    database.close()
    return str(project_path)


def test_summary_json_has_every_field_the_issue_lists(db):
    result = duodesk("--db", db, "summary", "views", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["interviews"], data["versions"]) == (5, [1])
    questions = {q["name"]: q for q in data["questions"]}
    sex = questions["sex"]
    for field in ("name", "label", "type", "interviews", "asked", "not_applicable", "answered"):
        assert field in sex
    assert sex["missing"] == 0
    assert sex["options"][0] == {
        "name": "male",
        "label": "Male",
        "count": 2,
        "percent": 40.0,
        "valid_percent": 50.0,
        "cumulative_percent": 50.0,
        "is_missing_code": False,
    }
    funding = questions["funding"]
    assert [o["name"] for o in funding["options"]] == ["city", "regional", "national", "other"]
    assert funding["options"][1]["percent_of_responses"] == pytest.approx(100 / 3)  # unrounded
    assert set(funding["options"][3]) == {
        "name",
        "label",
        "count",
        "percent_of_cases",
        "percent_of_responses",
    }
    assert questions["age"]["stats"] == {
        "n": 4,
        "mean": 35.0,
        "sd": pytest.approx(12.909944487358056),
        "median": 35.0,
        "q1": 22.5,  # SPSS's HAVERAGE: position (n + 1)p
        "q3": 47.5,
        "min": 20.0,
        "max": 50.0,
        "method": "HAVERAGE",
    }
    assert questions["reasons"]["not_applicable"] == 3


def test_summary_subset_options(db):
    result = duodesk(
        "--db",
        db,
        "summary",
        "views",
        "--json",
        "--site",
        "A",
        "--from",
        "2026-01-15",
        "--to",
        "2026-12-31",
        "--where",
        "sex=male",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["interviews"] == 1
    assert data["subset"] == "Site: A; From 2026-01-15 to 2026-12-31; sex = male"


def test_summary_where_can_be_repeated(db, capsys):
    args = ["--db", db, "summary", "views", "--json", "--where", "sex=female", "--where", "age>30"]
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["interviews"] == 1


def test_summary_prints_readable_tables_without_json(db, capsys):
    assert main(["--db", db, "summary", "views"]) == 0
    text = capsys.readouterr().out
    assert "All complete interviews: 5 interviews" in text
    assert "Not asked (skipped)" in text and "No answer" in text
    assert "% of cases" in text and "City + Regional: 2" in text
    assert "Refused (missing)" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope"], 'There is no questionnaire "nope"'),
        (["views", "--where", "shoe=9"], 'no question called "shoe"'),
        (["views", "--where", "sex"], "is not a condition"),
        (["views", "--from", "31/01/2026"], "is not a date"),
    ],
)
def test_summary_errors_are_plain_messages_with_exit_code_1(db, args, message, capsys):
    assert main(["--db", db, "summary", *args]) == 1
    printed = capsys.readouterr()
    assert message in printed.err
    assert printed.out == ""
