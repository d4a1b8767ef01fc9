"""Every window fits a 1366x768 laptop screen with a taskbar, also at 125% and 150% scaling,
and its bottom buttons are on screen without maximising."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from duodesk.core.xlsform import read_xlsform
from duodesk.gui import operations
from duodesk.gui.designer.window import DesignerWindow
from duodesk.gui.entry import operations as ops
from duodesk.gui.entry.drafts_dialog import DraftsDialog
from duodesk.gui.entry.entry_window import InterviewWindow
from duodesk.gui.entry.start_dialog import StartInterviewDialog
from duodesk.gui.export.window import ExportWindow
from duodesk.gui.interviews.browser import InterviewsWindow
from duodesk.gui.main_window import MainWindow
from duodesk.gui.results.window import ResultsWindow
from duodesk.gui.screen_fit import FRAME, UNKNOWN_TASKBAR, ScreenFitter, fit_to_screen
from duodesk.gui.tasks import ProjectWorker
from duodesk.resources import example_forms

# The available area of a 1366x768 screen less a 40-pixel taskbar, and the same screen as
# Qt sees it (in logical pixels) at 125% and 150% scaling.
SCREENS = {
    "100%": QRect(0, 0, 1366, 728),
    "125%": QRect(0, 0, 1093, 582),
    "150%": QRect(0, 0, 911, 485),
}
FORM = "hepc_peer_survey"


def _windows(qtbot, database) -> dict[str, tuple[QWidget, list[QPushButton]]]:
    operations.add_example_questionnaires(database)
    tasks = ProjectWorker()
    main = MainWindow(database)
    main._test_tasks = tasks
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.home_loaded, timeout=10_000):
        main.show()
    opened = ops.start_interview(database, ops.InterviewDetails(FORM, "Sam", "B", date.today()))
    entry = InterviewWindow(database, tasks, opened)
    results = ResultsWindow(database, FORM)
    export = ExportWindow(database, FORM, "Hepatitis C peer survey")
    interviews = InterviewsWindow(database, tasks, form_id=FORM, title="Hepatitis C peer survey")
    form = read_xlsform(next(p for p in example_forms() if "hepatitis" in p.name))
    designer = DesignerWindow(database, form)
    start = StartInterviewDialog(database, tasks, ops.load_start_choices(database, FORM), main)
    drafts = DraftsDialog(ops.list_drafts(database), lambda _: None, lambda _: None, main)
    found = {
        "main": (main, [*main._questionnaire_dependent, main.add_button]),
        "interview": (
            entry,
            [entry.view.navigation.next_button, entry.view.navigation.back_button],
        ),
        "results": (results, [results.view.copy_button, results.view.save_button]),
        "export": (export, [export.export_button, export.cancel_button]),
        "interviews": (interviews, [interviews.open_button, interviews.purge_button]),
        "designer": (designer, [designer.add_button]),
        "start dialog": (start, [start.start_button]),
        "unfinished dialog": (drafts, [drafts.resume_button, drafts.discard_button]),
    }
    for window, _ in found.values():
        if window is not main:
            qtbot.addWidget(window)
    return found


def _on_screen(button: QPushButton, window: QWidget) -> bool:
    top_left = button.mapTo(window, button.rect().topLeft())
    inside = QRect(top_left, button.size())
    return button.isVisible() and window.rect().contains(inside)


@pytest.mark.parametrize("scaling", list(SCREENS))
def test_every_window_fits_the_laptop_screen_with_its_buttons_visible(
    qtbot, database, program_look, scaling
):
    area = SCREENS[scaling]
    problems = []
    for name, (window, buttons) in _windows(qtbot, database).items():
        fit_to_screen(window, available=area)
        window.show()
        QApplication.processEvents()
        outer = QRect(window.pos(), window.size() + FRAME)
        if not area.contains(outer):
            problems.append(f"{name}: {outer} is not inside {area}")
        for button in buttons:
            if not _on_screen(button, window):
                problems.append(f"{name}: “{button.text()}” is off the window")
    assert not problems, "\n".join(problems)


def test_a_window_that_did_not_ask_is_fitted_when_it_first_shows(qtbot):
    fitter = ScreenFitter()
    QApplication.instance().installEventFilter(fitter)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        window.resize(5000, 4000)  # far larger than any screen
        window.show()
        screen = window.screen().availableGeometry()
        assert window.width() + FRAME.width() <= screen.width()
        assert window.height() + FRAME.height() <= screen.height()
        assert screen.contains(window.pos())
    finally:
        QApplication.instance().removeEventFilter(fitter)


def test_the_longest_choice_page_fits_the_interview_window_without_scrolling(
    qtbot, database, program_look
):
    """Eight choices ("None of these" last) on the hepatitis survey's "hard to get treatment"
    page, on a 1366x768 screen whose desktop does not say where its taskbar is."""
    from PySide6.QtCore import QPoint, Qt

    from tests.gui.entry_helpers import start

    window = start(qtbot, database, FORM)
    # What available_area() leaves of such a screen: room for a taskbar kept at the bottom.
    fit_to_screen(window, available=QRect(0, 0, 1366, 768 - UNKNOWN_TASKBAR))
    QApplication.processEvents()
    assert window.height() == 768 - UNKNOWN_TASKBAR - FRAME.height()  # all of it
    view = window.view
    view.go_to_question("hcv_diagnosed")
    qtbot.keyClick(view.widgets["hcv_diagnosed"].buttons["yes"], Qt.Key.Key_1)
    view.go_to_question("treatment_barriers")
    QApplication.processEvents()
    last = list(view.widgets["treatment_barriers"].buttons.values())[-1]
    assert last.text().endswith("None of these")
    viewport = view.page_area.viewport()
    bottom = last.mapTo(viewport, QPoint(0, last.height()))
    assert last.isVisible() and bottom.y() <= viewport.height()
    assert view.page_area.verticalScrollBar().maximum() == 0


def test_the_hint_in_a_date_box_is_not_cut(qtbot, database, program_look):
    from PySide6.QtGui import QFontMetrics

    from tests.gui.entry_helpers import start

    window = start(qtbot, database, FORM)
    fit_to_screen(window, available=SCREENS["125%"])
    window.view.go_to_question("interview_date")
    editor = window.view.widgets["interview_date"].editor
    editor.clear()
    QApplication.processEvents()
    hint = editor.placeholderText()
    assert "25/12/2024" in hint
    room = (
        editor.width()
        - 2 * editor.style().pixelMetric(editor.style().PixelMetric.PM_DefaultFrameWidth)
        - 12
    )
    assert QFontMetrics(editor.font()).horizontalAdvance(hint) <= room


def test_results_at_150_percent_keep_a_margin_and_scroll_rather_than_run_off_the_screen(
    qtbot, database, program_look
):
    """At 150% on a desktop that does not say where its taskbar is, Results is taller than the
    room left: the window stays on the screen, with a margin, and scrolls down to its buttons."""
    from PySide6.QtWidgets import QScrollArea

    operations.add_example_questionnaires(database)
    area = QRect(0, 0, 911, 512 - round(UNKNOWN_TASKBAR / 1.5))
    results = ResultsWindow(database, FORM)
    qtbot.addWidget(results)
    fit_to_screen(results, available=area)
    with qtbot.waitSignal(results.summary_shown, timeout=30_000):
        results.show()
    assert area.contains(QRect(results.pos(), results.size() + FRAME))
    margins = results.heading.parentWidget().layout().contentsMargins()
    assert min(margins.left(), margins.right()) >= 16 and margins.top() >= 8
    page = results.centralWidget()
    assert isinstance(page, QScrollArea)
    assert page.horizontalScrollBar().maximum() == 0
    button = results.view.copy_button
    page.ensureWidgetVisible(button)
    QApplication.processEvents()
    assert _on_screen(button, results)


def _designer_on(qtbot, database, name: str) -> DesignerWindow:
    form = read_xlsform(next(p for p in example_forms() if "hepatitis" in p.name))
    designer = DesignerWindow(database, form)
    qtbot.addWidget(designer)
    fit_to_screen(designer, available=SCREENS["125%"])
    designer.show()
    designer.go_to_name(name)
    QApplication.processEvents()
    return designer


def test_a_skip_logic_row_shows_its_question_on_a_line_of_its_own(qtbot, database, program_look):
    designer = _designer_on(qtbot, database, "not_referred_reasons")
    [row] = designer.question_editor.skip.rows
    assert row.condition() is not None and row.condition().value == "no"
    assert row.question_box.width() >= 0.9 * row.width()
    assert row.question_box.currentText().startswith("After you were told, were you referred")


def test_the_preview_wraps_the_question_and_its_hint_to_its_width(qtbot, database, program_look):
    designer = _designer_on(qtbot, database, "not_referred_reasons")
    preview = designer.preview
    widget = preview.shown.findChild(QWidget, "questionHint") if preview.shown else None
    assert widget is not None and widget.text().startswith("Read the options out")
    right = widget.mapTo(preview.viewport(), widget.rect().topRight()).x()
    assert right <= preview.viewport().width()
    assert preview.horizontalScrollBar().maximum() == 0


def test_the_unfinished_interviews_are_listed_whole(qtbot, database, program_look):
    from PySide6.QtGui import QFontMetrics

    operations.add_example_questionnaires(database)
    for site in ("Centre B", "The drop-in centre on the high street"):
        ops.start_interview(database, ops.InterviewDetails(FORM, "Sam", site, date.today()))
    drafts = DraftsDialog(ops.list_drafts(database), lambda _: None, lambda _: None)
    qtbot.addWidget(drafts)
    fit_to_screen(drafts, available=SCREENS["125%"])
    drafts.show()
    QApplication.processEvents()
    listed = drafts.list
    room = listed.viewport().width()
    metrics = QFontMetrics(listed.font())
    for row in range(listed.count()):
        item = listed.item(row)
        assert "Hepatitis C" in item.text() and "so far" in item.text()
        for line in item.text().splitlines():
            assert metrics.horizontalAdvance(line) <= room, line


def test_the_main_window_with_its_banners_fits_150_percent_with_no_taskbar_known(
    qtbot, database, program_look
):
    """Under a desktop that does not say where its taskbar is, at 150%: the welcome scrolls,
    whole, with the list above the buttons, which stay in sight."""
    from PySide6.QtWidgets import QLabel

    area = QRect(0, 0, 911, 512 - round(UNKNOWN_TASKBAR / 1.5))
    main = MainWindow(database)
    main._test_tasks = ProjectWorker()
    qtbot.addWidget(main)
    fit_to_screen(main, available=area)
    with qtbot.waitSignal(main.home_loaded, timeout=10_000):
        main.show()  # the first start: the examples are added and the welcome shows
    QApplication.processEvents()
    assert main.welcome.isVisible()
    assert area.contains(QRect(main.pos(), main.size() + FRAME))
    for button in [*main._questionnaire_dependent, main.add_button]:
        assert _on_screen(button, main), button.text()
    for label in main.welcome.findChildren(QLabel):
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert main.page_area.horizontalScrollBar().maximum() == 0
    main.page_area.ensureWidgetVisible(main.table)
    QApplication.processEvents()
    assert main.table.visibleRegion().boundingRect().height() >= main.table.height() // 2


# Two repeats, one inside the other, with labels as long as real ones get: the line under the
# page names both instances.
LONG_NESTED_REPEATS = [
    ["type", "name", "label"],
    ["begin_repeat", "services", "Services you tried to use in the last six months at any drop-in"],
    ["begin_repeat", "visits", "Visits you made to that service and what happened on each visit"],
    ["text", "what", "What happened?"],
    ["end_repeat", "", ""],
    ["end_repeat", "", ""],
]


@pytest.mark.parametrize("scaling", list(SCREENS))
def test_long_nested_repeat_labels_never_make_the_interview_wider_than_the_screen(
    qtbot, database, program_look, tmp_path, scaling
):
    from tests.core.forms import write_form
    from tests.gui.entry_helpers import show

    settings = [["form_title", "form_id"], ["Long labels", "longlab"]]
    path = write_form(tmp_path / "longlab.xlsx", LONG_NESTED_REPEATS, settings=settings)
    operations.add_questionnaire_file(database, path)
    opened = ops.start_interview(
        database, ops.InterviewDetails("longlab", "Sam", "Centre B", date(2024, 7, 12))
    )
    window = show(qtbot, database, opened)
    area = SCREENS[scaling]
    fit_to_screen(window, available=area)
    QApplication.processEvents()
    view = window.view
    assert view.pages[view.index].first == "what[1.1]"
    said = view.navigation.progress_label.text()
    assert "Services you tried" in said and "Visits you made" in said  # all of it, wrapped
    assert area.contains(QRect(window.pos(), window.size() + FRAME)), window.size()
    remove = view.page_area.widget().findChild(QPushButton, "removeInstance")
    buttons = [view.navigation.next_button, view.navigation.back_button, window.close_button]
    for button in [*buttons, remove]:
        assert _on_screen(button, window), button.text()
    assert window.grab().save(str(tmp_path / f"nested repeats at {scaling}.png"))
