"""The bundled program, as people download it: built once, unpacked elsewhere, run with nothing.

``packaging/build.py`` builds the Linux folder and its ``.tar.gz``; the archive is unpacked in
another folder and the build is deleted, and every command below runs the unpacked program with
an empty environment (``env -i``: no PATH, so no Python, no virtual environment, no Qt of the
system's). Building takes minutes, so it happens once: one test builds and runs every check
below as a subtest (one test, so one test worker, whatever the other workers do).
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import create_engine

from duodesk.analysis import summarize, summary_to_json
from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.xlsform import read_xlsform
from duodesk.storage.database import Database
from duodesk.storage.importer import import_responses
from duodesk.storage.migrations import current_revision, head_revision, upgrade
from duodesk.storage.questionnaires import save_questionnaire
from tests.reference_tools import reference_tools_required, require_program

ROOT = Path(__file__).resolve().parent.parent
FORM = ROOT / "resources" / "examples" / "hepatitis_c_peer_survey.xlsx"
INTERVIEWS = 60

#: What the bundle still takes from the system (the README's Install section lists the Debian
#: packages): the C library, and the graphics libraries that must match the machine's drivers
#: and display server, which PyInstaller deliberately leaves out.
SYSTEM_LIBRARIES = {
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libxcb.so.1",  # libxcb1
    "libGL.so.1",  # libgl1
    "libGLX.so.0",
    "libGLdispatch.so.0",
    "libEGL.so.1",  # libegl1
    "libwayland-client.so.0",  # libwayland-client0 (Wayland desktops only)
    "libwayland-cursor.so.0",  # libwayland-cursor0
    "libwayland-egl.so.1",  # libwayland-egl1
}

MAX_UNPACKED_BYTES = 300 * 1000 * 1000

pytestmark = pytest.mark.slow


def _declared_version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)["project"]["version"]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The unpacked ``DuoDesk/`` folder from the Linux archive."""
    if importlib.util.find_spec("PyInstaller") is None:
        message = 'PyInstaller is not installed: pip install -e ".[build]" (.ci/run does this)'
        if reference_tools_required():
            pytest.fail(message)
        pytest.skip(message)
    work = tmp_path_factory.mktemp("bundle")
    build = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            f"--distpath={work / 'dist'}",
            f"--workpath={work / 'build'}",
        ],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert build.returncode == 0, f"build failed:\n{build.stdout[-4000:]}\n{build.stderr[-4000:]}"
    (archive,) = (work / "dist").glob(f"DuoDesk-{_declared_version()}-linux-*.tar.gz")
    unpacked = work / "unpacked"
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="tar")
    # Nothing of the build is left to lean on.
    shutil.rmtree(work / "dist" / "DuoDesk")
    shutil.rmtree(work / "build")
    return unpacked / "DuoDesk"


def run(bundle: Path, *arguments: str | Path, **environment: str) -> subprocess.CompletedProcess:
    """The bundled program with an empty environment (plus ``environment``), and a home of
    its own: without HOME it would find the real user's settings (a language chosen there
    turned its sentences French)."""
    home = bundle.parent / "home"
    home.mkdir(exist_ok=True)
    environment = {"HOME": str(home), **environment}
    settings = [f"{name}={value}" for name, value in environment.items()]
    return subprocess.run(
        ["env", "-i", *settings, str(bundle / "DuoDesk"), *map(str, arguments)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=bundle.parent,
    )


def ok(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def interviews_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("data") / "interviews.csv"
    form = read_xlsform(FORM)
    write_responses_csv(form, simulate_answers(form, INTERVIEWS, seed=17), path, site="Leith")
    return path


def check_the_folder_has_the_program_its_menu_entry_and_icon_and_fits_in_300_mb(
    bundle, tmp_path, interviews_csv
):
    assert os.access(bundle / "DuoDesk", os.X_OK)
    assert (bundle / "duodesk.png").stat().st_size > 0
    entry = (bundle / "duodesk.desktop").read_text(encoding="utf-8")
    assert "Name=DuoDesk" in entry and "Exec=" in entry
    size = sum(path.lstat().st_size for path in bundle.rglob("*") if not path.is_dir())
    print(f"unpacked bundle: {size / 1e6:.0f} MB")
    assert size <= MAX_UNPACKED_BYTES, f"the bundle is {size / 1e6:.0f} MB"


def check_add_to_menu_writes_a_desktop_entry_that_starts_the_bundle(
    bundle, tmp_path, interviews_csv
):
    result = subprocess.run(
        ["sh", str(bundle / "add-to-menu.sh")],
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    ok(result)
    entry = (tmp_path / ".local/share/applications/duodesk.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle / "DuoDesk"}"' in entry
    assert f"Icon={bundle / 'duodesk.png'}" in entry


def check_version_is_the_one_in_pyproject(bundle, tmp_path, interviews_csv):
    assert ok(run(bundle, "--version")).strip() == f"DuoDesk {_declared_version()}"


def check_commands_give_the_same_figures_as_the_python_install(bundle, tmp_path, interviews_csv):
    project = tmp_path / "bundle.duodesk"
    form_id = ok(run(bundle, "--db", project, "import-form", FORM)).strip()
    assert form_id == read_xlsform(FORM).form_id
    assert f"{INTERVIEWS}" in ok(
        run(bundle, "--db", project, "import-data", form_id, interviews_csv)
    )
    from_bundle = json.loads(ok(run(bundle, "--db", project, "summary", form_id, "--json")))

    reference = Database.open(tmp_path / "reference.duodesk")
    try:
        with reference.session() as session:
            save_questionnaire(session, read_xlsform(FORM))
        import_responses(reference, form_id, interviews_csv)
        expected = summary_to_json(summarize(reference, form_id))
    finally:
        reference.close()
    assert from_bundle == json.loads(json.dumps(expected))

    board = tmp_path / "board.xlsx"
    ok(run(bundle, "--db", project, "export", form_id, "--xlsx", board, "--include-interview-data"))
    workbook = load_workbook(board, read_only=True)
    assert {"Cover", "Summary", "Codebook"} <= set(workbook.sheetnames)
    assert "Data" not in workbook.sheetnames  # interview rows go to a file of their own
    workbook.close()
    interviews = load_workbook(board.with_name("board-interviews.xlsx"), read_only=True)
    data = list(interviews["Data"].iter_rows(values_only=True))
    interviews.close()
    assert len(data) == INTERVIEWS + 1  # the header, then one row per interview

    ok(run(bundle, "--db", project, "export", form_id, "--sav", tmp_path / "board.sav"))
    import pyreadstat

    frame, _ = pyreadstat.read_sav(str(tmp_path / "board.sav"))
    assert frame.shape == (INTERVIEWS, len(data[0]))


def check_a_locked_project_opens_with_its_passphrase(bundle, tmp_path, interviews_csv):
    secret = tmp_path / "passphrase.txt"
    secret.write_text("drop-in centre 7\n", encoding="utf-8")
    project = tmp_path / "locked.duodesk"
    ok(run(bundle, "--db", project, "import-form", FORM))
    ok(run(bundle, "--db", project, "change-passphrase", "--new-passphrase-file", secret))
    assert b"SQLite format 3" not in project.read_bytes()[:16]
    listed = ok(run(bundle, "--db", project, "--passphrase-file", secret, "list"))
    assert "hepc_peer_survey" in listed
    refused = run(bundle, "--db", project, "list")
    assert refused.returncode == 1 and "passphrase" in refused.stderr
    assert "Traceback" not in refused.stderr


def check_a_project_from_an_older_version_is_upgraded_after_a_backup(
    bundle, tmp_path, interviews_csv
):
    project = tmp_path / "old.duodesk"
    engine = create_engine(f"sqlite:///{project}")
    with engine.begin() as connection:
        upgrade(connection, "0001")
        connection.exec_driver_sql(
            "INSERT INTO questionnaires (id, form_id, title, created_at) "
            "VALUES (1, 'old_form', 'Kept from before', '2024-01-01 00:00:00')"
        )
    engine.dispose()

    assert "Kept from before" in ok(run(bundle, "--db", project, "list"))
    (backup,) = tmp_path.glob("old.duodesk.*.before-upgrade-from-0001.backup")
    with contextlib.closing(sqlite3.connect(backup)) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    engine = create_engine(f"sqlite:///{project}")
    with engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    engine.dispose()


def check_a_project_written_by_a_newer_version_is_refused_untouched(
    bundle, tmp_path, interviews_csv
):
    project = tmp_path / "newer.duodesk"
    ok(run(bundle, "--db", project, "import-form", FORM))
    with contextlib.closing(sqlite3.connect(project)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = project.read_bytes()
    refused = run(bundle, "--db", project, "list")
    assert refused.returncode == 1
    assert "was made by a newer version of DuoDesk" in refused.stderr
    assert "nothing was changed" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert project.read_bytes() == before
    assert not list(tmp_path.glob("*.backup"))


def check_every_library_is_in_the_bundle_or_a_listed_system_library(
    bundle, tmp_path, interviews_csv
):
    require_program("ldd", "libc-bin")
    internal = bundle / "_internal"
    outside: dict[str, set[str]] = {}
    missing: list[str] = []
    for path in sorted(internal.rglob("*")):
        if path.is_symlink() or not path.is_file() or ".so" not in path.name:
            continue
        result = subprocess.run(
            ["ldd", str(path)],
            capture_output=True,
            text=True,
            env={"LD_LIBRARY_PATH": str(internal)},
            timeout=60,
        )
        for line in result.stdout.splitlines():
            found = re.match(r"\s*(\S+) => (.*?) \(", line)
            if "not found" in line:
                missing.append(f"{path.relative_to(internal)}: {line.strip()}")
            elif found and not found.group(2).startswith(str(internal)):
                outside.setdefault(found.group(1), set()).add(path.name)
    assert not missing, "\n".join(missing)
    unlisted = {name: users for name, users in outside.items() if name not in SYSTEM_LIBRARIES}
    assert not unlisted, f"system libraries not listed in the README: {unlisted}"


@contextlib.contextmanager
def virtual_display() -> Iterator[str]:
    """An X server of its own (Xvfb) on a free display number; yields ``:N``."""
    xvfb = require_program("Xvfb", "xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=[write],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        # Xvfb writes the number, then a newline: keep the pipe open until it has (closing it
        # earlier kills the server), and read up to the newline.
        number = b""
        while not number.endswith(b"\n") and (chunk := os.read(read, 16)):
            number += chunk
        number = number.decode().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)
        os.close(read)


def visible_window(display: str, title: str) -> str | None:
    """The id of a mapped, viewable top-level window whose title starts with ``title``."""
    xwininfo = require_program("xwininfo", "x11-utils")
    tree = subprocess.run(
        [xwininfo, "-display", display, "-root", "-tree"],
        capture_output=True,
        text=True,
        timeout=30,
    ).stdout
    for window in re.findall(rf'^\s*(0x[0-9a-f]+) "{re.escape(title)}', tree, re.MULTILINE):
        state = subprocess.run(
            [xwininfo, "-display", display, "-id", window],
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout
        if "Map State: IsViewable" in state:
            return window
    return None


def check_without_arguments_the_window_opens_on_a_plain_x_display(bundle, tmp_path, interviews_csv):
    project = tmp_path / "first-start.duodesk"
    with virtual_display() as display:
        window = subprocess.Popen(
            [
                "env",
                "-i",
                f"DISPLAY={display}",
                f"HOME={tmp_path}",
                # Answers the first start's question about the language (asked in a box of
                # its own before the project opens; tests/gui/test_interface_language.py).
                "DUODESK_LANGUAGE=en",
                str(bundle / "DuoDesk"),
                "--db",
                str(project),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            give_up_at = time.monotonic() + 120
            shown = None
            while shown is None and window.poll() is None and time.monotonic() < give_up_at:
                shown = visible_window(display, "DuoDesk")
                time.sleep(0.2)
            # The first start fills the new project with the examples shipped in the bundle.
            listed = ""
            while "hepc_peer_survey" not in listed and time.monotonic() < give_up_at:
                listed = run(bundle, "--db", project, "list").stdout
                time.sleep(0.5)
        finally:
            window.terminate()
            output = window.communicate(timeout=60)[0]
    assert shown is not None, f"no DuoDesk window appeared:\n{output}"
    assert listed.count("\n") == 4, listed  # the header and the three examples
    assert "qt.qpa.plugin" not in output, output


CHECKS = [
    check_the_folder_has_the_program_its_menu_entry_and_icon_and_fits_in_300_mb,
    check_add_to_menu_writes_a_desktop_entry_that_starts_the_bundle,
    check_version_is_the_one_in_pyproject,
    check_commands_give_the_same_figures_as_the_python_install,
    check_a_locked_project_opens_with_its_passphrase,
    check_a_project_from_an_older_version_is_upgraded_after_a_backup,
    check_a_project_written_by_a_newer_version_is_refused_untouched,
    check_every_library_is_in_the_bundle_or_a_listed_system_library,
    check_without_arguments_the_window_opens_on_a_plain_x_display,
]


def test_the_downloaded_program_works_with_nothing_installed(
    bundle, interviews_csv, tmp_path, subtests
):
    for check in CHECKS:
        with subtests.test(msg=check.__name__.removeprefix("check_")):
            folder = tmp_path / check.__name__.removeprefix("check_")[:40]
            folder.mkdir()
            check(bundle, folder, interviews_csv)
