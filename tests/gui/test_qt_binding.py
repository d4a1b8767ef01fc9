"""The Qt binding installed must survive a long session of ordinary calls.

PySide6 6.12.0 dropped a reference to ``None`` on every Qt call returning nothing; on Python
3.11, where ``None`` is not immortal, the program aborted after some minutes of use. This runs
many such calls in a fresh interpreter so that a broken binding fails here, not at a drop-in.
"""

from __future__ import annotations

import subprocess
import sys

CALLS = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
app = QCoreApplication([])
timer = QTimer()
before = sys.getrefcount(None)
for _ in range(50_000):
    timer.stop()
    app.processEvents()
print(before - sys.getrefcount(None))
"""


def test_many_qt_calls_do_not_wear_out_none():
    done = subprocess.run(
        [sys.executable, "-c", CALLS], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, f"the Qt binding crashed Python:\n{done.stderr[-2000:]}"
    assert abs(int(done.stdout.strip())) < 100  # no steady leak of references to None
