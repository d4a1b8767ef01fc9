"""The ``duodesk`` command, run as a person runs it: a real process, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from duodesk.cli import build_parser


def duodesk(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None):
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "duodesk.cli", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_every_command_has_help_text():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command")
    assert set(commands.choices) >= {"import-form", "import-data", "list", "change-passphrase"}
    for name, sub in commands.choices.items():
        assert sub.description, name
        helps = {a.help for a in sub._actions if a.dest != "help"}
        assert None not in helps, name
        assert duodesk(name, "--help").returncode == 0


@pytest.mark.slow
def test_import_form_prints_its_form_id_and_list_counts_it(tmp_path, example_paths):
    db = tmp_path / "p.duodesk"
    result = duodesk("--db", str(db), "import-form", str(example_paths["hepatitis_c_peer_survey"]))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "hepc_peer_survey"
    listing = duodesk("list", env={"DUODESK_DB": str(db)})
    assert listing.returncode == 0
    assert "hepc_peer_survey" in listing.stdout


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"\x00\x01garbage" * 100, "not an Excel workbook"),
        (b"type,name,label\ntext,a,A\n", "not an Excel workbook"),
    ],
)
@pytest.mark.slow
def test_bad_form_file_fails_with_a_message_not_a_traceback(tmp_path, content, expected):
    form = tmp_path / "form.xlsx"
    form.write_bytes(content)
    result = duodesk("--db", str(tmp_path / "p.duodesk"), "import-form", str(form))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "form.xlsx" in result.stderr and expected in result.stderr


@pytest.mark.slow
def test_missing_file_missing_project_and_unknown_form_fail_plainly(tmp_path, example_paths):
    db = str(tmp_path / "p.duodesk")
    missing = duodesk("--db", db, "import-form", str(tmp_path / "nope.xlsx"))
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    no_project = duodesk("--db", db, "list")
    assert no_project.returncode == 1 and "There is no DuoDesk project" in no_project.stderr
    data = tmp_path / "d.csv"
    data.write_text("a,b\n1,2\n")
    form = str(example_paths["training_employment_barriers"])
    assert duodesk("--db", db, "import-form", form).returncode == 0
    unknown = duodesk("--db", db, "import-data", "no_such_form", str(data))
    assert unknown.returncode == 1
    assert 'no questionnaire "no_such_form"' in unknown.stderr


def test_usage_errors_exit_with_2(tmp_path):
    assert duodesk("import-form").returncode == 2
    assert duodesk("no-such-command").returncode == 2


@pytest.mark.slow
def test_passphrase_from_file_and_environment(tmp_path, example_paths):
    db = str(tmp_path / "locked.duodesk")
    secret = tmp_path / "secret.txt"
    secret.write_text("my 'long' passphrase ü\n", encoding="utf-8")
    form = str(example_paths["training_employment_barriers"])
    assert (
        duodesk("--db", db, "--passphrase-file", str(secret), "import-form", form).returncode == 0
    )
    locked = duodesk("--db", db, "list")
    assert locked.returncode == 1 and "locked with a passphrase" in locked.stderr
    wrong = duodesk("--db", db, "list", env={"DUODESK_PASSPHRASE": "guess"})
    assert wrong.returncode == 1 and "not right" in wrong.stderr
    right = duodesk("--db", db, "list", env={"DUODESK_PASSPHRASE": "my 'long' passphrase ü"})
    assert right.returncode == 0 and "training_employment_barriers" in right.stdout

    new = tmp_path / "new.txt"
    new.write_text("another one", encoding="utf-8")
    changed = duodesk(
        "--db",
        db,
        "--passphrase-file",
        str(secret),
        "change-passphrase",
        "--new-passphrase-file",
        str(new),
    )
    assert changed.returncode == 0, changed.stderr
    assert duodesk("--db", db, "--passphrase-file", str(new), "list").returncode == 0
    assert duodesk("--db", db, "--passphrase-file", str(secret), "list").returncode == 1


def test_a_server_that_fails_mid_command_is_not_called_a_disk_or_a_file(tmp_path):
    import argparse

    from sqlalchemy.exc import OperationalError

    from duodesk.cli import _explain_failure

    error = OperationalError("SELECT 1", {}, Exception("server closed the connection"))
    on_server = argparse.Namespace(command="summary", db="postgresql://fw@server/survey")
    said = _explain_failure(on_server, error)
    assert "server" in said and "disk" not in said and "file" not in said
    in_a_file = argparse.Namespace(command="summary", db=str(tmp_path / "p.duodesk"))
    assert "disk full" in _explain_failure(in_a_file, error)


def test_audit_verify_run_as_a_module_checks_the_trail(tmp_path, example_paths):
    """`python -m duodesk.cli audit --verify` runs the whole file before main()."""
    project = tmp_path / "p.duodesk"
    assert (
        duodesk(
            "--db", str(project), "import-form", str(example_paths["hepatitis_c_peer_survey"])
        ).returncode
        == 0
    )
    result = duodesk("--db", str(project), "audit", "--verify")
    assert result.returncode == 0, result.stderr
    assert "NameError" not in result.stderr and "record" in result.stdout


def test_a_damaged_stored_questionnaire_is_called_a_damaged_project(tmp_path, example_paths):
    import sqlite3

    project = tmp_path / "p.duodesk"
    form = str(example_paths["hepatitis_c_peer_survey"])
    form_id = duodesk("--db", str(project), "import-form", form).stdout.strip()
    with sqlite3.connect(project) as connection:  # bytes flipped inside the stored definition
        row_id, definition = connection.execute(
            "SELECT id, definition FROM questionnaire_versions"
        ).fetchone()
        connection.execute(
            "UPDATE questionnaire_versions SET definition = ? WHERE id = ?",
            (definition[:200] + "\x07#" + definition[202:], row_id),
        )
    connection.close()
    result = duodesk("--db", str(project), "summary", form_id)
    assert result.returncode == 1
    assert "JSONDecodeError" not in result.stderr and "fault in DuoDesk" not in result.stderr
    assert f"{project} is damaged" in result.stderr and "restore" in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="terminals are POSIX pseudo-terminals here")
def test_ctrl_d_at_the_passphrase_prompt_is_a_sentence_not_a_fault(tmp_path):
    """At a real terminal, a locked project asks for its passphrase; Ctrl+D there stops the
    command with a sentence and exit status 1."""
    import pty

    from duodesk.storage.database import Database

    project = tmp_path / "locked.duodesk"
    Database.open(project, passphrase="a long passphrase").close()
    main_end, terminal = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "duodesk.cli", "--db", str(project), "list"],
            stdin=terminal,
            stdout=terminal,
            stderr=terminal,
            env={k: v for k, v in os.environ.items() if k != "DUODESK_PASSPHRASE"},
        )
        os.close(terminal)
        terminal = -1
        shown = b""
        while b"passphrase" not in shown.lower():
            shown += os.read(main_end, 1024)
        os.write(main_end, b"\x04")
        status = process.wait(timeout=60)
        try:
            while chunk := os.read(main_end, 4096):
                shown += chunk
        except OSError:  # the terminal closes with the program
            pass
    finally:
        os.close(main_end)
        if terminal >= 0:
            os.close(terminal)
    text = shown.decode(errors="replace")
    assert status == 1
    assert "nothing was typed" in text
    assert "fault" not in text
