"""The log keeps what went wrong and what was imported, exported or upgraded, and never an
answer or a participant code: the attacks below put both into data, file contents and the
messages of exceptions, and then read every byte of every log file."""

from __future__ import annotations

import csv
import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from duodesk import logs
from duodesk.cli import main
from duodesk.core.records import AnswerRecord, AnswerStatus, FormChange
from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.xlsform import read_xlsform
from duodesk.gui.entry import operations as ops
from duodesk.gui.tasks import ProjectWorker
from duodesk.storage.database import Database
from duodesk.storage.models import ProjectSetting

FORM = "hepc_peer_survey"
ANSWER = "Zanzibarquux hepatitis story"  # a written answer
BAD_ANSWER = "Quarkwidget-four"  # an answer that is refused (age must be a number)
CODE = ("X", "W", "29", "2")  # participant code elements, unusual enough to search for
CODE_TEXT = "XW292"


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "logs"
    monkeypatch.setenv("DUODESK_LOG_DIR", str(folder))
    assert logs.start_logging() == folder / "duodesk.log"
    yield folder
    logs.stop_logging()


def _everything_logged(folder: Path) -> str:
    return "".join(path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.log*")))


def _responses(path: Path, example: Path, *, age: str | None = None) -> Path:
    questionnaire = read_xlsform(example)
    rows = list(simulate_answers(questionnaire, 6, seed=5))
    for row in rows:
        row["comments"] = ANSWER
        row["code_first_letter"], row["code_mother_letter"] = CODE[0], CODE[1]
    write_responses_csv(questionnaire, iter(rows), path)
    if age is not None:  # a value the questionnaire refuses, written into the file itself
        with path.open(encoding="utf-8-sig", newline="") as handle:
            table = list(csv.reader(handle))
        column = table[0].index("age")
        for line in table[1:]:
            line[column] = age
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(table)
    return path


def test_imports_exports_and_failures_are_logged_without_answers_or_codes(
    qtbot, log_folder, tmp_path, example_paths, capsys
):
    project = tmp_path / "project.duodesk"
    example = example_paths["hepatitis_c_peer_survey"]
    assert main(["--db", str(project), "import-form", str(example)]) == 0
    good = _responses(tmp_path / "good.csv", example)
    assert main(["--db", str(project), "import-data", FORM, str(good)]) == 0
    bad = _responses(tmp_path / "bad.csv", example, age=BAD_ANSWER)
    assert main(["--db", str(project), "import-data", FORM, str(bad)]) == 1
    out = tmp_path / "export.xlsx"
    assert main(["--db", str(project), "export", FORM, "--xlsx", str(out), "--identifying"]) == 0
    capsys.readouterr()

    # Failures on the worker: an interview's answers and code, then database errors whose
    # messages quote the values being written.
    database = Database.open(project)
    worker = ProjectWorker()
    failed: list[Exception] = []
    try:
        details = ops.InterviewDetails(FORM, "Sam", "Centre B", date(2024, 7, 12))
        draft = ops.start_interview(database, details).interview_id
        said = AnswerRecord("comments", AnswerStatus.ANSWERED, ANSWER)
        change = FormChange((said,), "comments", CODE)
        names = read_xlsform(example).settings.participant_code
        worker.run(lambda: ops.save_answers(database, draft, change, names), None, failed.append)

        def clash() -> None:
            with database.session() as session:
                session.add(ProjectSetting(key=CODE_TEXT, value=ANSWER))
                session.flush()
                session.add(ProjectSetting(key=CODE_TEXT, value=ANSWER))
                session.flush()

        def quoted() -> None:
            raise ValueError(f"cannot use the answer {ANSWER!r} with code {CODE_TEXT}")

        worker.run(clash, None, failed.append)
        worker.run(quoted, None, failed.append)
        qtbot.waitUntil(lambda: len(failed) == 2, timeout=20_000)
        worker.wait()
    finally:
        database.close()
    # The database's error no longer quotes the values written (parameters are hidden); the
    # ValueError still quotes the answer, so the log must leave messages out by itself.
    assert isinstance(failed[0], IntegrityError) and ANSWER not in str(failed[0])
    assert ANSWER in str(failed[1])  # the attack

    logged = _everything_logged(log_folder)
    assert "Imported 6 interviews into hepc_peer_survey" in logged
    assert "Exported 6 interviews of hepc_peer_survey" in logged
    assert "clash failed" in logged and "IntegrityError" in logged and "Traceback" in logged
    assert "quoted failed" in logged and "ValueError" in logged
    for secret in (ANSWER, "Zanzibarquux", BAD_ANSWER, CODE_TEXT, "XW"):
        assert secret not in logged, secret


def test_an_upgrade_of_an_old_project_is_logged_with_its_backup(log_folder, tmp_path):
    from duodesk.storage.database import _sqlite_engine
    from duodesk.storage.migrations import upgrade

    project = tmp_path / "old.duodesk"
    project.touch()
    engine = _sqlite_engine(project, None)
    with engine.begin() as connection:
        upgrade(connection, "0001")  # a project made by the first release
    engine.dispose()
    Database.open(project).close()
    logged = _everything_logged(log_folder)
    assert "Upgrading" in logged and "from schema 0001" in logged
    assert "before-upgrade-from-0001" in logged


def test_the_drivers_own_warnings_go_to_the_log_and_never_onto_the_terminal(log_folder, tmp_path):
    """psycopg warns by itself when a Ctrl+C cuts short the cancelling of a query; that line
    must not land in the middle of what DuoDesk says on the command line."""
    import subprocess
    import sys

    program = (
        "import logging; from duodesk import logs; logs.start_logging(); "
        "logging.getLogger('psycopg').warning("
        "'query cancellation interrupted (%s): closing connection', 'OperationalError'); "
        "logs.stop_logging()"
    )
    run = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
        timeout=60,
    )
    assert run.returncode == 0
    assert run.stderr == ""
    assert "query cancellation interrupted" in _everything_logged(log_folder)


SECRET = "Lives at 12 Secret Street"


def test_a_damaged_answer_never_reaches_the_log(log_folder, tmp_path, example_paths, capsys):
    """Bytes that are not UTF-8 inside a stored answer (a damaged plain file): the driver's
    error would quote the whole answer into the log and blame the disk."""
    project = tmp_path / "project.duodesk"
    example = example_paths["hepatitis_c_peer_survey"]
    assert main(["--db", str(project), "import-form", str(example)]) == 0
    good = _responses(tmp_path / "good.csv", example)
    assert main(["--db", str(project), "import-data", FORM, str(good)]) == 0
    database = Database.open(project)
    with database.session() as session:
        session.execute(
            text("UPDATE answers SET value = CAST(:damaged AS TEXT) WHERE question = 'comments'"),
            {"damaged": SECRET.encode() + b", flat 3 \xff\xfe"},
        )
    database.close()
    capsys.readouterr()

    for command in (
        ["crosstab", FORM, "sex", "comments"],
        ["export", FORM, "--csv", str(tmp_path / "out.csv"), "--identifying"],
        ["summary", FORM],
    ):
        assert main(["--db", str(project), *command]) == 0, command
        said = capsys.readouterr()
        assert "disk full" not in said.err and "fault in DuoDesk" not in said.err
    assert SECRET not in _everything_logged(log_folder)
    # The damaged answer is read, with a mark where its bytes could not be read.
    written = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert SECRET + ", flat 3 \ufffd" in written


def test_a_database_message_quoting_stored_text_is_left_out_of_the_log():
    import sqlite3

    from sqlalchemy.exc import OperationalError

    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (v TEXT)")
    connection.execute("INSERT INTO t VALUES (CAST(? AS TEXT))", (SECRET.encode() + b"\xff",))
    with pytest.raises(sqlite3.OperationalError) as raised:
        connection.execute("SELECT v FROM t").fetchall()
    assert SECRET in str(raised.value)  # the driver's own message quotes the answer
    try:
        raise OperationalError("SELECT v FROM t", None, raised.value)
    except OperationalError as error:
        logged = logs.traceback_without_messages(error)
    assert "OperationalError" in logged and SECRET not in logged


def test_a_file_refused_on_the_worker_is_noted_without_a_traceback(
    qtbot, log_folder, tmp_path, example_paths
):
    """A refused import is the person's file, not a fault of DuoDesk's: the log says it was
    refused, without a traceback that reads as a crash."""
    from duodesk.storage.importer import import_responses

    project = tmp_path / "project.duodesk"
    example = example_paths["hepatitis_c_peer_survey"]
    assert main(["--db", str(project), "import-form", str(example)]) == 0
    bad = _responses(tmp_path / "bad.csv", example, age=BAD_ANSWER)
    database = Database.open(project)
    worker = ProjectWorker()
    failed: list[Exception] = []
    try:
        worker.run(lambda: import_responses(database, FORM, bad), None, failed.append)
        qtbot.waitUntil(lambda: bool(failed), timeout=20_000)
        worker.wait()
    finally:
        database.close()
    logged = _everything_logged(log_folder)
    assert "the file was refused (ImportRefused)" in logged
    assert "Traceback" not in logged and "ERROR" not in logged


def test_an_export_refused_to_protect_small_numbers_is_noted_without_a_traceback(
    qtbot, log_folder, tmp_path, example_paths
):
    """A workbook of 1 to 4 interviews is refused with a sentence: the rule working, not a
    fault of DuoDesk's, so the log says so in one line."""
    from duodesk.exports.export import export

    project = tmp_path / "project.duodesk"
    example = example_paths["hepatitis_c_peer_survey"]
    assert main(["--db", str(project), "import-form", str(example)]) == 0
    few = _responses(tmp_path / "few.csv", example, age="30")
    lines = few.read_text(encoding="utf-8-sig").splitlines()
    few.write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")  # 3 interviews
    assert main(["--db", str(project), "import-data", FORM, str(few)]) == 0
    database = Database.open(project)
    worker = ProjectWorker()
    failed: list[Exception] = []
    try:
        worker.read(lambda: export(database, FORM, tmp_path / "out.xlsx"), None, failed.append)
        qtbot.waitUntil(lambda: bool(failed), timeout=20_000)
        worker.wait()
    finally:
        database.close()
    logged = _everything_logged(log_folder)
    assert "refused to protect small numbers (TooFewInterviews)" in logged
    assert "Traceback" not in logged and "ERROR" not in logged
