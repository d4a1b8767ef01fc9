"""Start-up: from starting DuoDesk to its window on screen, bundled program vs. pip install.

Starts each on an X server of its own (Xvfb) and polls ``xwininfo`` every 20 ms until a
viewable top-level window titled "DuoDesk" is there, then closes it. Both open the same
project (made by a first, untimed start of each, which also warms the disk cache); the runs
alternate between the two. The baseline is the pip install (this tree, run by this Python),
measured in the same run. Target: the bundle is no slower than the pip install.

    .venv/bin/python benchmarks/bench_bundle_startup.py [--bundle dist/DuoDesk/DuoDesk] [--runs 5]

Needs Xvfb and xwininfo (Debian: xvfb x11-utils).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLL = 0.02


@contextlib.contextmanager
def virtual_display() -> Iterator[str]:
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
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
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)
        os.close(read)


def window_visible(display: str) -> bool:
    tree = subprocess.run(
        ["xwininfo", "-display", display, "-root", "-tree"], capture_output=True, text=True
    ).stdout
    for window in re.findall(r'^\s*(0x[0-9a-f]+) "DuoDesk', tree, re.MULTILINE):
        state = subprocess.run(
            ["xwininfo", "-display", display, "-id", window], capture_output=True, text=True
        ).stdout
        if "Map State: IsViewable" in state:
            return True
    return False


def time_to_window(command: list[str], environment: dict[str, str], display: str) -> float:
    """Seconds from starting ``command`` until its window is viewable."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        env={**environment, "DISPLAY": display},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while not window_visible(display):
            if process.poll() is not None:
                raise SystemExit(f"{command[0]} stopped before its window appeared")
            if time.perf_counter() - started > 120:
                raise SystemExit(f"{command[0]}: no window after 120 s")
            time.sleep(POLL)
        return time.perf_counter() - started
    finally:
        process.terminate()
        process.wait(timeout=60)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "DuoDesk" / "DuoDesk")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for program in ("Xvfb", "xwininfo"):
        if shutil.which(program) is None:
            raise SystemExit(f"{program} is not installed (Debian: xvfb x11-utils)")
    if args.bundle.is_dir():  # the folder rather than the program in it
        args.bundle = args.bundle / "DuoDesk"
    if not args.bundle.exists():
        raise SystemExit(f"No bundle at {args.bundle}: run packaging/build.py first")

    with tempfile.TemporaryDirectory(prefix="duodesk-startup-") as folder:
        home = Path(folder)
        project = str(home / "project.duodesk")
        pip_install = (
            [sys.executable, "-c", "import sys; from duodesk.cli import main; sys.exit(main())"],
            {
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                "HOME": str(home),
                "PYTHONPATH": str(ROOT),
            },
        )
        bundle = ([str(args.bundle.resolve())], {"HOME": str(home)})
        timings: dict[str, list[float]] = {"pip install": [], "bundle": []}
        with virtual_display() as display:
            for command, environment in (pip_install, bundle):  # first starts, not timed
                time_to_window([*command, "--db", project], environment, display)
            for _ in range(args.runs):
                for name, (command, environment) in (
                    ("pip install", pip_install),
                    ("bundle", bundle),
                ):
                    seconds = time_to_window([*command, "--db", project], environment, display)
                    timings[name].append(seconds)
    baseline = statistics.median(timings["pip install"])
    for name, values in timings.items():
        median = statistics.median(values)
        runs = " ".join(f"{value:.2f}" for value in values)
        print(f"{name:12} median {median:.2f} s  ({runs})  {median / baseline:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
