"""On a minimal Linux, `duodesk` says in one line what is missing instead of Qt's abort."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from duodesk.desktop_check import (
    XCB_LIBRARIES,
    display_reachable,
    missing_packages,
    window_problem,
)

ROOT = Path(__file__).resolve().parents[1]


def _loader(missing: set[str]):
    def load(library: str) -> object:
        if library in missing:
            raise OSError(f"{library}: cannot open shared object file")
        return object()

    return load


def _answers(display: str) -> bool:
    return True


def test_missing_libraries_are_named_by_their_packages_in_one_line():
    load = _loader({"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"})
    problem = window_problem({"DISPLAY": ":0"}, "linux", load, _answers)
    assert problem is not None and "\n" not in problem
    assert problem.endswith("sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1")


def test_nothing_is_said_when_every_library_loads():
    assert window_problem({"DISPLAY": ":0"}, "linux", _loader(set()), _answers) is None
    assert missing_packages(_loader(set())) == []


def test_other_systems_and_other_qt_platforms_are_left_to_qt():
    everything = _loader(set(XCB_LIBRARIES))
    assert window_problem({}, "win32", everything) is None
    assert window_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", everything) is None


def test_the_list_covers_what_qt_needs_on_a_fresh_debian():
    packages = set(XCB_LIBRARIES.values())
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"} <= packages
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(package in readme for package in packages), "the README lists every package"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is for Linux")
def test_duodesk_without_a_screen_says_so_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["DUODESK_DB"] = str(tmp_path / "project.duodesk")
    result = subprocess.run(
        [sys.executable, "-m", "duodesk.cli"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no desktop screen" in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def _unused_local_display() -> str:
    taken = (
        {name.removeprefix("X") for name in os.listdir("/tmp/.X11-unix")}
        if Path("/tmp/.X11-unix").is_dir()
        else set()
    )
    number = next(n for n in range(97, 999) if str(n) not in taken)
    return f":{number}"


def test_a_display_is_reachable_only_when_an_x_server_takes_the_connection():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        port = server.getsockname()[1]
        assert display_reachable(f"127.0.0.1:{port - 6000}")
    assert not display_reachable(f"127.0.0.1:{port - 6000}.0")  # closed now: nobody answers
    assert not display_reachable(_unused_local_display())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is for Linux")
def test_a_display_nobody_answers_is_said_in_one_line_in_the_language(tmp_path):
    if missing_packages():
        pytest.skip("Qt's system libraries are missing here: that message comes first")
    display = _unused_local_display()
    env = {k: v for k, v in os.environ.items() if k != "WAYLAND_DISPLAY"}
    env.pop("QT_QPA_PLATFORM", None)
    env.update(
        DISPLAY=display,
        DUODESK_LANGUAGE="fr",
        DUODESK_DB=str(tmp_path / "project.duodesk"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "duodesk.cli"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 1, result.stderr  # not Qt's abort (134) with a core dump
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"DISPLAY={display}" in lines[0] and "ssh -X" in lines[0]
    assert "écran" in lines[0] and "xcb" not in lines[0]
