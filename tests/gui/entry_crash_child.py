"""Run by test_entry_crash: enter part of an interview, report, then wait to be killed."""

from __future__ import annotations

import os
import sys
import time
from datetime import date

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from duodesk.gui.entry import operations as ops
from duodesk.gui.entry.entry_window import InterviewWindow
from duodesk.gui.operations import add_example_questionnaires
from duodesk.gui.tasks import ProjectWorker
from duodesk.storage.database import Database

KEYS = [
    ("intro_note", None),
    ("interview_date", "12/07/2024"),
    ("interview_place", Qt.Key.Key_1),
    ("code_note", None),
    ("code_first_letter", ""),
    ("code_mother_letter", ""),
    ("code_birth_day", ""),
    ("code_birth_month", ""),
    ("sex", Qt.Key.Key_2),
    ("age", "44"),
    ("hcv_diagnosed", Qt.Key.Key_1),
    ("diagnosis_when", Qt.Key.Key_2),
]


def main(path: str) -> None:
    app = QApplication([])
    database = Database.open(path)
    add_example_questionnaires(database)
    details = ops.InterviewDetails("hepc_peer_survey", "Sam", "Centre B", date(2024, 7, 12))
    opened = ops.start_interview(database, details)
    tasks = ProjectWorker()
    window = InterviewWindow(database, tasks, opened)
    window.show()
    window.activateWindow()
    app.processEvents()
    view = window.view
    for name, key in KEYS:
        assert view.pages[view.index].first == name, (name, view.pages[view.index].first)
        target = QApplication.focusWidget()
        if isinstance(key, str):
            QTest.keyClicks(target, key)
        elif key is not None:
            QTest.keyClick(target, key)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    deadline = time.monotonic() + 20
    while (window.pending_saves or tasks.busy()) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    print(f"READY {opened.interview_id} {view.pages[view.index].first}", flush=True)
    app.exec()  # until killed


if __name__ == "__main__":
    main(sys.argv[1])
