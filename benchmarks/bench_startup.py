"""Warm start: from a fresh interpreter to a visible DuoDesk main window, against a bare
PySide6 ``QMainWindow`` measured in the same run.

Each sample is a new Python process (so imports count), timed from before the first import
until the window has been shown and the event loop has drawn it once. DuoDesk starts the way
``duodesk`` does (``duodesk.gui.app``): the main window is shown, then the project (an existing
one: a warm start, not the first) is opened on the worker; the time until its questionnaires
are listed is printed too. The first run of each kind is thrown away (the disk cache is then
warm), then the medians of ``--runs`` are printed with the ratio. Target: the visible window
within 3x of bare Qt.

    .venv/bin/python benchmarks/bench_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import time; start = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow(); window.resize(1100, 700); window.show()
QTimer.singleShot(0, lambda: (print(time.perf_counter() - start), app.quit()))
app.exec()
"""

DUODESK = """
import sys, time; start = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from duodesk.gui.app import ProjectOpening
from duodesk.gui.main_window import MainWindow
from duodesk.gui.style import apply_style
from duodesk.gui.tasks import ProjectWorker
app = QApplication([])
apply_style(app)
worker = ProjectWorker()
window = MainWindow(None, worker)
window.show()
opening = ProjectOpening(window, worker, sys.argv[1])
def drawn():
    print(time.perf_counter() - start)
    opening.start(None)
QTimer.singleShot(0, drawn)
window.home_loaded.connect(lambda: (print(time.perf_counter() - start), app.quit()))
app.exec()
worker.stop(); opening.database.close()
"""


def sample(script: str, *args: str) -> list[float]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    )
    return [float(line) for line in done.stdout.split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        project = str(Path(folder) / "project.duodesk")
        environment_home = {"XDG_DATA_HOME": folder, "XDG_STATE_HOME": folder}
        os.environ.update(environment_home)
        sample(DUODESK, project)  # makes the project (first start), warms the disk cache
        sample(BARE)
        bare = [sample(BARE) for _ in range(runs)]
        duodesk = [sample(DUODESK, project) for _ in range(runs)]
    bare_median = statistics.median(times[0] for times in bare)
    visible = statistics.median(times[0] for times in duodesk)
    listed = statistics.median(times[1] for times in duodesk)
    print(f"bare QMainWindow visible           median {bare_median:6.3f} s  ({runs} runs)")
    print(f"DuoDesk main window visible        median {visible:6.3f} s")
    print(f"DuoDesk questionnaires listed      median {listed:6.3f} s")
    ratio = visible / bare_median
    print(
        f"visible window: {ratio:.1f}x bare Qt (target: within 3x) {'OK' if ratio <= 3 else 'SLOW'}"
    )
    print(f"project open and listed: {listed / bare_median:.1f}x bare Qt")


if __name__ == "__main__":
    main()
