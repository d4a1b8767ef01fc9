"""Run by test_entry_repeats: enter two drugs of the peer survey, report, then wait to be
killed."""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from duodesk.gui.entry import operations as ops
from duodesk.gui.entry.entry_window import InterviewWindow
from duodesk.gui.operations import add_questionnaire_file
from duodesk.gui.tasks import ProjectWorker
from duodesk.storage.database import Database
from tests.core.forms import write_form
from tests.core.test_repeats import DRUG_CHOICES, DRUG_SURVEY

KEYS = [
    ("site", "Drop-in"),
    ("age", "34"),
    ("drug[1]", Qt.Key.Key_1),
    ("how_often[1]", Qt.Key.Key_1),
    ("how[1]", Qt.Key.Key_1),
    ("equipment[1]", Qt.Key.Key_1),
    ("+drugs", "add"),
    ("drug[2]", Qt.Key.Key_2),
    ("how_often[2]", Qt.Key.Key_2),
]


def main(path: str) -> None:
    app = QApplication([])
    database = Database.open(path)
    form = write_form(Path(path).with_name("drugs.xlsx"), DRUG_SURVEY, DRUG_CHOICES)
    add_questionnaire_file(database, form)
    details = ops.InterviewDetails("drugs", "Sam", "Centre B", date(2024, 7, 12))
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
        if key == "add":
            QTest.keyClick(view, Qt.Key.Key_1)
            continue
        if isinstance(key, str):
            QTest.keyClicks(target, key)
        else:
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
