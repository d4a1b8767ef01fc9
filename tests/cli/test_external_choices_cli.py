"""A form whose choices and pulled data come from CSV files next to it, taken through the command
line: added with its files, then summarised, exported and sent to another laptop in a transfer
file after the files are gone."""

from __future__ import annotations

import json
import shutil

import openpyxl
import pytest

from duodesk.core.engine import FormEngine
from duodesk.storage.database import Database
from duodesk.storage.questionnaires import latest_version
from tests.cli.in_process import duodesk_here as duodesk
from tests.core.forms import write_form

SURVEY = [
    ["type", "name", "label", "choice_filter", "calculation"],
    ["select_one_from_file districts.csv", "district", "District", "", ""],
    ["select_one_from_file villages.csv", "village", "Village", "district=${district}", ""],
    ["select_multiple_from_file villages.csv", "visited", "Villages visited", "", ""],
    ["calculate", "people", "", "", "pulldata('villages', 'people', 'name', ${village})"],
]
# "mill" is a village of both districts: each name is one answer, counted once.
VILLAGES = (
    "name,label,district,people\nmill,Mill,north,120\nford,Ford,north,45\nmill,Mill,south,80\n"
)
DATA = "district,village,visited\nnorth,mill,mill ford\nsouth,mill,mill\nnorth,ford,\n"


def _project(tmp_path):
    folder = tmp_path / "form"
    folder.mkdir()
    (folder / "districts.csv").write_text("name,label\nnorth,North\nsouth,South\n")
    (folder / "villages.csv").write_text(VILLAGES)
    form = write_form(folder / "villages.xlsx", SURVEY)
    db = tmp_path / "p.duodesk"
    assert duodesk("--db", str(db), "import-form", str(form)).returncode == 0
    shutil.rmtree(folder)  # from here on, only the project holds the lists
    data = tmp_path / "data.csv"
    data.write_text(DATA)
    assert duodesk("--db", str(db), "import-data", "villages", str(data)).returncode == 0
    return db


def _options(summary: dict, name: str) -> list[tuple[str, str, int]]:
    question = next(q for q in summary["questions"] if q["name"] == name)
    return [(o["name"], o["label"], o["count"]) for o in question["options"]]


def test_summary_and_workbook_count_a_list_from_a_file_like_any_list(tmp_path):
    db = _project(tmp_path)
    result = duodesk("--db", str(db), "summary", "villages", "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert _options(summary, "village") == [("mill", "Mill", 2), ("ford", "Ford", 1)]
    assert _options(summary, "visited") == [("mill", "Mill", 2), ("ford", "Ford", 1)]

    out = tmp_path / "out.xlsx"
    # 3 interviews: too few for tables with small numbers hidden; the group's workbook
    mine = ("export", "villages", "--xlsx", str(out), "--show-small-numbers")
    assert duodesk("--db", str(db), *mine).returncode == 0
    workbook = openpyxl.load_workbook(out, read_only=True)
    codebook = {row[0]: row for row in workbook["Codebook"].iter_rows(values_only=True) if row}
    assert codebook["village"][5] == "mill = Mill; ford = Ford"


def test_a_form_without_its_files_is_added_and_the_files_can_follow(tmp_path):
    form = write_form(tmp_path / "villages.xlsx", SURVEY)
    db = tmp_path / "p.duodesk"
    result = duodesk("--db", str(db), "import-form", str(form))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "villages"
    assert "reads districts.csv, villages.csv, which are not in" in result.stderr
    assert "duodesk add-form-file villages districts.csv villages.csv" in result.stderr
    data = tmp_path / "data.csv"
    data.write_text(DATA)
    early = duodesk("--db", str(db), "import-data", "villages", str(data))
    assert early.returncode != 0 and "Traceback" not in early.stderr
    assert "the choices come from districts.csv, which was not added" in early.stderr
    elsewhere = tmp_path / "downloads"
    elsewhere.mkdir()
    (elsewhere / "districts.csv").write_text("name,label\nnorth,North\nsouth,South\n")
    (elsewhere / "villages.csv").write_text(VILLAGES)
    wrong = duodesk("--db", str(db), "add-form-file", "villages", str(form))
    assert wrong.returncode != 0 and "Traceback" not in wrong.stderr
    assert "does not need a file called villages.xlsx; it needs districts.csv" in wrong.stderr
    added = duodesk("--db", str(db), "add-form-file", "villages", str(elsewhere / "districts.csv"))
    assert added.returncode == 0, added.stderr
    assert "It still needs villages.csv." in added.stdout
    assert (
        duodesk(
            "--db", str(db), "add-form-file", "villages", str(elsewhere / "villages.csv")
        ).returncode
        == 0
    )
    assert duodesk("--db", str(db), "import-data", "villages", str(data)).returncode == 0
    summary = json.loads(duodesk("--db", str(db), "summary", "villages", "--json").stdout)
    assert _options(summary, "village") == [("mill", "Mill", 2), ("ford", "Ford", 1)]


def test_import_form_takes_files_from_another_folder(tmp_path):
    form = write_form(tmp_path / "villages.xlsx", SURVEY)
    elsewhere = tmp_path / "downloads"
    elsewhere.mkdir()
    (elsewhere / "districts.csv").write_text("name,label\nnorth,North\nsouth,South\n")
    (elsewhere / "villages.csv").write_text(VILLAGES)
    db = tmp_path / "p.duodesk"
    files = ("--file", str(elsewhere / "districts.csv"), "--file", str(elsewhere / "villages.csv"))
    result = duodesk("--db", str(db), "import-form", str(form), *files)
    assert result.returncode == 0 and result.stderr == ""


def test_a_transfer_file_carries_the_lists_and_the_pulled_data(tmp_path):
    db = _project(tmp_path)
    team = tmp_path / "team.txt"
    team.write_text("purple stapler\n", encoding="utf-8")
    sent = tmp_path / "north.transfer"
    send = duodesk(
        "--db", str(db), "export-transfer", str(sent), "--team-passphrase-file", str(team)
    )
    assert send.returncode == 0, send.stderr
    other = tmp_path / "other.duodesk"
    received = duodesk(
        "--db", str(other), "import-transfer", str(sent), "--team-passphrase-file", str(team)
    )
    assert received.returncode == 0, received.stderr
    summary = json.loads(duodesk("--db", str(other), "summary", "villages", "--json").stdout)
    assert _options(summary, "village") == [("mill", "Mill", 2), ("ford", "Ford", 1)]
    out = tmp_path / "again.xlsx"
    theirs = ("export", "villages", "--xlsx", str(out), "--show-small-numbers")
    assert duodesk("--db", str(other), *theirs).returncode == 0
    database = Database.open(other)
    try:
        with database.read_session() as session:
            questionnaire = latest_version(session, "villages").questionnaire
    finally:
        database.close()
    state = FormEngine(questionnaire).evaluate({"district": "south", "village": "mill"})
    assert state.answers["people"] == "120"  # pulldata(): the first row named "mill"


def test_a_choices_file_with_no_choices_is_refused_and_the_right_one_can_follow(tmp_path):
    form = write_form(tmp_path / "villages.xlsx", SURVEY)
    db = tmp_path / "p.duodesk"
    assert duodesk("--db", str(db), "import-form", str(form)).returncode == 0
    elsewhere = tmp_path / "downloads"
    elsewhere.mkdir()
    (elsewhere / "districts.csv").write_text("name,label\n")
    empty = duodesk("--db", str(db), "add-form-file", "villages", str(elsewhere / "districts.csv"))
    assert empty.returncode != 0 and "Traceback" not in empty.stderr
    assert "districts.csv: this file holds no choices" in empty.stderr
    (elsewhere / "districts.csv").write_text("name,label\nnorth,North\nsouth,South\n")
    added = duodesk("--db", str(db), "add-form-file", "villages", str(elsewhere / "districts.csv"))
    assert added.returncode == 0, added.stderr
    assert "It still needs villages.csv." in added.stdout


@pytest.mark.parametrize("content", ["name,label,district,people\n", ""])
def test_an_empty_choices_file_beside_the_form_is_taken_as_a_missing_one(tmp_path, content):
    """villages.csv with only its header row, or nothing at all: the whole form was refused,
    each line said twice (two questions and a pulldata() read the file), one saying the list
    was not on the choices sheet. Like a missing file, the form opens and the note names the
    file and the command that adds the right one."""
    folder = tmp_path / "form"
    folder.mkdir()
    (folder / "districts.csv").write_text("name,label\nnorth,North\nsouth,South\n")
    (folder / "villages.csv").write_text(content)
    form = write_form(folder / "villages.xlsx", SURVEY)
    db = tmp_path / "p.duodesk"
    opened = duodesk("--db", str(db), "import-form", str(form))
    assert opened.returncode == 0, opened.stderr
    assert (
        "duodesk: note: villages.csv beside villages.xlsx holds nothing to choose from (it is "
        "empty, or has only its header row), so it was left out.\n"
        "duodesk: note: these questions cannot be answered until the right file is added: "
    ) in opened.stderr
    assert "Add with: duodesk add-form-file villages villages.csv\n" in opened.stderr
    (folder / "villages.csv").write_text(VILLAGES)
    added = duodesk("--db", str(db), "add-form-file", "villages", str(folder / "villages.csv"))
    assert added.returncode == 0, added.stderr


def test_a_choices_file_that_cannot_be_read_is_said_once(tmp_path):
    """Two questions and a pulldata() read villages.csv: its problem is one line, with no
    line saying the list is not on the choices sheet."""
    folder = tmp_path / "form"
    folder.mkdir()
    (folder / "districts.csv").write_text("name,label\nnorth,North\nsouth,South\n")
    (folder / "villages.csv").write_text("town,size\nmill,3\n")
    form = write_form(folder / "villages.xlsx", SURVEY)
    refused = duodesk("--db", str(tmp_path / "p.duodesk"), "import-form", str(form))
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    lines = [line for line in refused.stderr.splitlines() if line.startswith("  - ")]
    assert lines and len(lines) == len(set(lines))
    assert any("villages.csv" in line for line in lines)
    assert "is not on" not in refused.stderr
