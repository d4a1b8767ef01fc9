"""A project with two versions of its questionnaire, exported and imported into an empty
project through the ``duodesk`` command: every interview keeps its version, so every figure
of the summary (and of each version's summary) is as it was; and a question an imported file
has no column for is said to be not in that file, not in another version."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from duodesk.cli import main
from tests.core.forms import write_form

CHOICES = [
    ["list_name", "name", "label", "missing"],
    ["yn", "yes", "Yes", ""],
    ["yn", "no", "No", ""],
    ["yn", "dk", "Don't know", "yes"],
]
FIRST = [
    ["type", "name", "label", "relevant"],
    ["select_one yn", "used", "Used?", ""],
    ["integer", "times", "How many times?", "${used} = 'yes'"],
]
# Version 2 adds a question, asked of everyone, and a text question.
SECOND = [*FIRST, ["select_one yn", "tested", "Tested?", ""], ["text", "why", "Why?", ""]]
SETTINGS = [["form_id", "version"], ["vf", "1"]]


def _csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _run(db: str, *args: str) -> str:
    """The command, run in this process (the same code as ``duodesk``, without starting a
    program each time)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", db, *args])
    assert code == 0, err.getvalue()
    return out.getvalue()


def _summary(db: str, *args: str) -> dict:
    return json.loads(_run(db, "summary", "vf", "--json", *args))


@pytest.fixture
def two_versions(tmp_path) -> tuple[str, Path, Path]:
    """A project whose questionnaire has versions 1 and 2, with interviews in both."""
    db = str(tmp_path / "source.duodesk")
    first = write_form(tmp_path / "v1.xlsx", FIRST, CHOICES, SETTINGS)
    second = write_form(
        tmp_path / "v2.xlsx", SECOND, CHOICES, [["form_id", "version"], ["vf", "2"]]
    )
    old = _csv(tmp_path / "old.csv", ["used,times", "yes,3", "no,", "dk,", "yes,", "yes,7", "no,"])
    new = _csv(
        tmp_path / "new.csv",
        ["used,times,tested,why", "yes,2,no,x", "no,,yes,", "yes,4,dk,y", "no,,,z", "yes,1,yes,"],
    )
    _run(db, "import-form", str(first))
    _run(db, "import-data", "vf", str(old))
    _run(db, "import-form", str(second))
    _run(db, "import-data", "vf", str(new))
    return db, first, second


@pytest.mark.parametrize("kind", ["labels.csv", "codes.csv", "data.xlsx"])
def test_an_empty_project_given_the_newest_form_keeps_each_interviews_version(
    two_versions, tmp_path, kind
):
    db, first, second = two_versions
    expected = _summary(db)
    assert expected["versions"] == [1, 2]
    tested = {q["name"]: q for q in expected["questions"]}["tested"]
    assert (tested["not_in_version"], tested["not_in_file"]) == (6, 0)
    out = tmp_path / kind
    if kind == "data.xlsx":
        _run(db, "export", "vf", "--xlsx", str(out), "--include-interview-data", "--identifying")
        data = tmp_path / "data-interviews.xlsx"
    else:
        codes = ["--codes"] if kind == "codes.csv" else []
        _run(db, "export", "vf", "--csv", str(out), "--identifying", *codes)
        data = out
    target = str(tmp_path / f"target-{kind}.duodesk")
    # As a person does it: both forms added in order. Version 1 has no interview yet, so
    # version 2 takes its place and the project has one version.
    _run(target, "import-form", str(first))
    _run(target, "import-form", str(second))
    said = _run(target, "import-data", "vf", str(data))
    assert "here 6 with version 1, 5 with version 2" in said
    assert "the file's older versions were added (1)" in said
    assert _summary(target) == expected
    for number in ("1", "2"):
        assert _summary(target, "--version", number) == _summary(db, "--version", number)


def test_a_question_the_imported_file_has_no_column_for_is_not_said_to_be_in_no_version(
    two_versions, tmp_path
):
    """The file leaves out "tested": its interviews were made with version 2, which asks
    it, so the summary says they are not in the imported file (it said they "had a version
    of the questionnaire without this question"); "why", which version 1 really lacks, keeps
    its count and its words."""
    db = two_versions[0]
    more = _csv(tmp_path / "more.csv", ["used,why", "no,a", "dk,b"])
    _run(db, "import-data", "vf", str(more))
    by_name = {q["name"]: q for q in _summary(db)["questions"]}
    tested, why = by_name["tested"], by_name["why"]
    assert (tested["not_in_version"], tested["not_in_file"]) == (8, 2)
    assert (
        "; 6 had a version of the questionnaire without this question; 2 came from an "
        "imported file that had no column for this question;" in tested["denominators"]
    )
    assert (why["not_in_version"], why["not_in_file"]) == (6, 0)
    assert why["denominators"].endswith(
        "; 6 had a version of the questionnaire without this question."
    )
    text = _run(db, "summary", "vf")
    table = text[text.index("Tested? [tested]") :].splitlines()
    counts = {line[:28].strip(): line[28:].split()[0] for line in table if line[28:].strip()}
    assert (counts["Not in their version"], counts["Not in the imported file"]) == ("6", "2")
    assert counts["Interviews"] == "13"
