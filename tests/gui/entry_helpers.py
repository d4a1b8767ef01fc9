"""Starting and driving interviews in tests, through the real windows and the keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from duodesk.core.questionnaire import QuestionType
from duodesk.gui.entry import operations as ops
from duodesk.gui.entry.entry_window import InterviewWindow
from duodesk.gui.operations import add_example_questionnaires
from duodesk.gui.tasks import ProjectWorker
from duodesk.storage.database import Database

TYPED = {
    QuestionType.TEXT: "A",
    QuestionType.INTEGER: "30",
    QuestionType.DECIMAL: "2.5",
    QuestionType.DATE: "01/02/2024",
    QuestionType.TIME: "14:30",
}

BY_NAME = {"code_birth_day": "12", "code_birth_month": "7"}


def start(
    qtbot,
    database: Database,
    form_id: str,
    *,
    site: str = "Centre B",
    interviewer: str = "Sam",
    on: date = date(2024, 7, 12),
    tasks: ProjectWorker | None = None,
) -> InterviewWindow:
    """A new interview's window, shown, with its first save done."""
    add_example_questionnaires(database)
    opened = ops.start_interview(database, ops.InterviewDetails(form_id, interviewer, site, on))
    return show(qtbot, database, opened, tasks=tasks)


def show(qtbot, database, opened, *, tasks=None, corrected_by="") -> InterviewWindow:
    tasks = tasks or ProjectWorker()
    window = InterviewWindow(database, tasks, opened, corrected_by=corrected_by)
    window._test_tasks = tasks  # keep the runner alive as long as the window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    settle(qtbot, window)
    return window


def settle(qtbot, window: InterviewWindow) -> None:
    """Wait until every save asked for so far has reached the project."""
    qtbot.waitUntil(lambda: window.pending_saves == 0, timeout=10_000)


def type_answer(qtbot, window: InterviewWindow, question: str, typed: str) -> None:
    """Go to ``question``, type ``typed`` into its box in place of what was there, press Enter."""
    view = window.view
    view.go_to_question(question)
    editor = view.widgets[question].editor
    editor.clear()
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def focused():
    return QApplication.focusWidget()


def answer_page_by_keyboard(qtbot, window: InterviewWindow) -> None:
    """Answer what is on screen with the keys a person would press, then press Enter."""
    view = window.view
    page = view.pages[view.index]
    if view.grid is not None:
        for name in page.names():
            if view.state.states[name].applicable:
                qtbot.keyClick(focused(), Qt.Key.Key_1)
    else:
        for question in page.questions:
            if not view.state.states[question.name].applicable:
                continue
            if question.type.is_select:
                qtbot.keyClick(focused(), Qt.Key.Key_1)
            elif question.type in TYPED:
                typed = BY_NAME.get(question.name, TYPED[question.type])
                qtbot.keyClicks(focused(), typed)
            if len(page.questions) > 1:
                qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
