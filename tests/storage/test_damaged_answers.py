"""A byte changed in an answer of a plain project: SQLite's light check does not see it, the
summary would quietly change, and DuoDesk refuses the file instead."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from duodesk.core.simulate import simulate_answers
from duodesk.core.xlsform import read_xlsform
from duodesk.storage.database import DamagedProjectError, Database
from tests.analysis.projects import store_interviews
from tests.cli.test_cli import duodesk

MARK = b"kettle-7"


def _project_with_a_marked_answer(path, example_paths) -> str:
    database = Database.open(path)
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    store_interviews(database, questionnaire, simulate_answers(questionnaire, 20, seed=4))
    with database.session() as session:
        question = session.scalar(
            text("SELECT question FROM answers WHERE value IS NOT NULL ORDER BY 1 LIMIT 1")
        )
        session.execute(
            text(
                "UPDATE answers SET value = :v WHERE rowid ="
                " (SELECT min(rowid) FROM answers WHERE question = :q AND value IS NOT NULL)"
            ),
            {"v": MARK.decode(), "q": question},
        )
    database.close()
    return question


def _quick_check(path) -> list:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA quick_check").fetchall()
    finally:
        connection.close()


def test_an_answer_changed_on_disk_is_refused_not_summarised(tmp_path, example_paths):
    path = tmp_path / "p.duodesk"
    _project_with_a_marked_answer(path, example_paths)
    content = bytearray(path.read_bytes())
    # The answer is kept twice: in its table and in the index the summaries read. One flipped
    # bit in one of them is what a failing disk or a bad copy does.
    at = content.find(MARK)
    assert at > 0 and content.find(MARK, at + 1) > 0
    content[at + len(MARK) - 1] ^= 0x01  # "kettle-7" becomes "kettle-6"
    path.write_bytes(bytes(content))
    assert _quick_check(path) == [("ok",)]  # what DuoDesk checked before: nothing wrong

    before = path.read_bytes()
    with pytest.raises(DamagedProjectError, match="damaged"):
        Database.open(path)
    refused = duodesk("--db", str(path), "summary", "hepc_peer_survey", "--json")
    assert refused.returncode == 1
    assert "damaged" in refused.stderr and "Traceback" not in refused.stderr
    assert "no backup of it beside it" in refused.stderr  # none was taken: said so
    assert path.read_bytes() == before  # nothing written to the damaged file


@pytest.mark.parametrize(
    ("written", "damaged"),
    [(b'"identifying"', b'"identifyinf"'), (b'"type": "integer"', b'"type": "integeq"')],
)
def test_a_stored_questionnaire_changed_on_disk_is_called_damaged(
    tmp_path, example_paths, written, damaged
):
    """A flipped bit that leaves the stored questionnaire valid JSON but not what DuoDesk
    wrote (a key or a question type renamed) was called a fault in DuoDesk."""
    path = tmp_path / "p.duodesk"
    _project_with_a_marked_answer(path, example_paths)
    content = bytes(path.read_bytes())
    assert written in content
    path.write_bytes(content.replace(written, damaged, 1))

    refused = duodesk("--db", str(path), "summary", "hepc_peer_survey")
    assert refused.returncode == 1
    assert "is damaged" in refused.stderr and "duodesk restore" in refused.stderr
    assert "fault in DuoDesk" not in refused.stderr and "Traceback" not in refused.stderr
