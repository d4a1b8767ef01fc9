"""What a tester found cramped on a 1366x768 laptop at 125% (and 150%) scaling: notes squeezed
over one another, a table showing one row, "Save as" scrolled away, a tall warning, cut list
labels, a window wider than the screen, cut table headings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTableView, QWidget

from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.xlsform import read_xlsform
from duodesk.gui import operations
from duodesk.gui.designer.window import DesignerWindow
from duodesk.gui.entry import operations as ops
from duodesk.gui.entry.start_dialog import StartInterviewDialog
from duodesk.gui.export.window import ExportWindow
from duodesk.gui.paper_sheets_dialog import PaperSheetsDialog
from duodesk.gui.results.window import ResultsWindow
from duodesk.gui.screen_fit import FRAME, fit_to_screen
from duodesk.gui.tasks import ProjectWorker
from duodesk.gui.themes.window import CodingWindow
from duodesk.resources import example_forms
from duodesk.storage.importer import import_responses
from duodesk.storage.participant_codes import PossibleDuplicate
from duodesk.storage.questionnaires import save_questionnaire
from tests.gui.entry_helpers import start

# Logical screens (the available area less a taskbar) of a 1366x768 laptop.
AT_125 = QRect(0, 0, 1093, 582)
AT_150 = QRect(0, 0, 911, 485)
FORM = "hepc_peer_survey"


def _hepc() -> object:
    return read_xlsform(next(p for p in example_forms() if "hepatitis" in p.name))


def _hepc_with_interviews(database, tmp_path, count: int, seed: int) -> object:
    """The hepatitis C example in ``database`` with ``count`` made-up interviews, imported."""
    questionnaire = _hepc()
    with database.session() as session:
        save_questionnaire(session, questionnaire)
    data = tmp_path / "answers.csv"
    write_responses_csv(questionnaire, simulate_answers(questionnaire, count, seed=seed), data)
    import_responses(database, questionnaire.form_id, data)
    return questionnaire


def _inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


def test_the_start_dialog_gives_its_notes_every_line(qtbot, database, program_look):
    operations.add_example_questionnaires(database)
    tasks = ProjectWorker()
    dialog = StartInterviewDialog(database, tasks, ops.load_start_choices(database, FORM))
    dialog._test_tasks = tasks
    qtbot.addWidget(dialog)
    # Under a real window manager the dialog first showed at its smallest (the notes on one
    # line each); fitting it must give the wrapped notes their lines.
    dialog.show()
    dialog.resize(dialog.minimumSizeHint())
    fit_to_screen(dialog, available=AT_125)
    QApplication.processEvents()
    for note in (dialog.date_note, dialog.sheet_note):
        assert note.height() >= note.heightForWidth(note.width()), note.text()
    assert _inside(dialog.start_button, dialog)


def test_results_at_125_percent_show_several_rows_of_a_table(
    qtbot, database, program_look, tmp_path
):
    _hepc_with_interviews(database, tmp_path, 30, 3)
    window = ResultsWindow(database, FORM)
    qtbot.addWidget(window)
    fit_to_screen(window, available=AT_125)
    with qtbot.waitSignal(window.summary_shown, timeout=30_000):
        window.show()
    assert not window.subset_bar.isVisible()  # folded away; one click brings it back
    with qtbot.waitSignal(window.details_shown, timeout=20_000):
        assert window.questions.choose("interview_date")
    QApplication.processEvents()
    table = next(
        view
        for view in window.view.findChildren(QWidget)
        if isinstance(view, QTableView) and view.isVisible() and view.model()
    )
    assert table.model().rowCount() >= 5
    viewport = table.viewport()
    whole_rows = [
        row
        for row in range(table.model().rowCount())
        if viewport.rect().contains(table.visualRect(table.model().index(row, 0)))
    ]
    assert len(whole_rows) >= 5
    window.choose_button.click()
    assert window.subset_bar.isVisible()


def test_export_keeps_save_as_in_sight(qtbot, database, program_look):
    operations.add_example_questionnaires(database)
    window = ExportWindow(database, FORM, "Hepatitis C peer survey")
    qtbot.addWidget(window)
    fit_to_screen(window, available=AT_125)
    window.show()
    QApplication.processEvents()
    for widget in (window.path_edit, window.choose_button, window.export_button):
        assert _inside(widget, window)
    # No empty line for what the export says until it runs: the room goes to the options.
    assert not window.status.isVisible()


def test_the_possible_duplicate_banner_stays_a_few_lines_high(qtbot, database, program_look):
    window = start(qtbot, database, FORM)
    fit_to_screen(window, available=AT_125)
    window.duplicate_banner.show_duplicates(
        [PossibleDuplicate(1, "2024-07-01", "The drop-in centre on the high street", False)]
    )
    QApplication.processEvents()
    banner = window.duplicate_banner
    assert banner.isVisible()
    assert banner.height() <= window.height() // 5
    assert _inside(window.view.navigation.next_button, window)


def test_the_designer_list_wraps_long_questions_rather_than_cutting_them(
    qtbot, database, program_look
):
    designer = DesignerWindow(database, _hepc())
    qtbot.addWidget(designer, before_close_func=lambda w: w.document.mark_saved())
    fit_to_screen(designer, available=AT_125)
    designer.show()
    QApplication.processEvents()
    tree = designer.tree
    width = tree.columnWidth(0) - tree.indentation()
    rows = [tree.model().index(row, 0) for row in range(tree.model().rowCount())]
    # The first question too long for one line ("Have you ever been told you have …").
    index = next(i for i in rows if tree.fontMetrics().horizontalAdvance(i.data()) > width)
    assert tree.visualRect(index).height() >= 2 * tree.fontMetrics().lineSpacing()


@pytest.mark.parametrize("area", [AT_125, AT_150], ids=["125%", "150%"])
def test_the_themes_coding_window_fits_the_laptop(qtbot, database, program_look, area):
    operations.add_example_questionnaires(database)
    tasks = ProjectWorker()
    window = CodingWindow(database, FORM, "Hepatitis C peer survey", tasks=tasks)
    window._test_tasks = tasks
    qtbot.addWidget(window)
    fit_to_screen(window, available=area)
    window.show()
    QApplication.processEvents()
    assert window.minimumSizeHint().width() + FRAME.width() <= area.width()
    assert area.contains(QRect(window.pos(), window.size() + FRAME))


def test_the_paper_datasheets_headings_are_whole_at_150_percent(qtbot, database, program_look):
    operations.add_example_questionnaires(database)
    tasks = ProjectWorker()
    dialog = PaperSheetsDialog(None, database, tasks, FORM)
    dialog._test_tasks = tasks
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, available=AT_150)
    dialog.show()
    QApplication.processEvents()
    assert area_ok(dialog, AT_150)
    for table in (dialog.agreement, dialog.diff_table):
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), (
                table.accessibleName(),
                column,
            )


def area_ok(window: QWidget, area: QRect) -> bool:
    return area.contains(QRect(window.pos(), window.size() + FRAME))


@pytest.mark.parametrize("area", [AT_125, AT_150], ids=["125%", "150%"])
def test_the_interviews_list_shows_every_column_whole(
    qtbot, database, program_look, tmp_path, area
):
    from PySide6.QtGui import QFontMetrics

    from duodesk.gui.interviews.browser import InterviewsWindow
    from duodesk.gui.interviews.table_model import Column

    _hepc_with_interviews(database, tmp_path, 5, 3)
    tasks = ProjectWorker()
    window = InterviewsWindow(database, tasks, form_id=FORM, title="Hepatitis C peer survey")
    window._test_tasks = tasks
    qtbot.addWidget(window)
    fit_to_screen(window, available=area)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    QApplication.processEvents()
    assert area_ok(window, area)
    table, header = window.table, window.table.horizontalHeader()
    assert table.horizontalScrollBar().maximum() == 0
    last = max(c for c in Column if not table.isColumnHidden(c))
    assert last is Column.STATUS
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        table.viewport().width()
    )
    metrics = QFontMetrics(table.font())
    for column in Column:
        if table.isColumnHidden(column):
            continue
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column.name
        text = table.model().index(0, column).data()
        assert metrics.horizontalAdvance(text) + 8 <= header.sectionSize(column), text
    window.grab().save(str(tmp_path / "interviews.png"))


def test_a_long_written_answer_is_whole_in_the_themes_window_at_150_percent(
    qtbot, database, program_look, tmp_path
):
    """At 150% on a desktop that does not say where its taskbar is (a 911x467 logical area),
    a long answer is never cut: it scrolls (Page Down from the answer), sideways never, and
    the window and its Close button stay on the screen."""
    import csv

    from PySide6.QtCore import Qt

    questionnaire = _hepc()
    with database.session() as session:
        save_questionnaire(session, questionnaire)
    simulated = tmp_path / "simulated.csv"
    write_responses_csv(questionnaire, simulate_answers(questionnaire, 3, seed=1), simulated)
    with simulated.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    said = (
        "I was told to come back in three months and then the clinic moved and nobody phoned "
        "me, so I gave up. The letter went to my old address while I was in prison. "
    ) * 3
    for row in rows:  # on the path to "Other reason, please say"
        row.update(
            hcv_tested="yes",
            hcv_diagnosed="yes",
            referred="no",
            not_referred_reasons="other",
            not_referred_other=said,
        )
    data = tmp_path / "answers.csv"
    with data.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    import_responses(database, FORM, data)
    area = QRect(0, 0, 911, 467)
    tasks = ProjectWorker()
    window = CodingWindow(database, FORM, "Hepatitis C peer survey", tasks=tasks)
    window._test_tasks = tasks
    qtbot.addWidget(window)
    fit_to_screen(window, available=area)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    QApplication.processEvents()
    assert window.question_box.currentData() == "not_referred_other"
    answer = window.answer
    assert answer.text().startswith("I was told")
    assert area_ok(window, area)
    assert answer.height() >= answer.heightForWidth(answer.width())
    page = window.page_area
    assert page.horizontalScrollBar().maximum() == 0
    assert page.verticalScrollBar().maximum() > 0  # the rest of it is reached by scrolling
    answer.setFocus()
    qtbot.keyClick(answer, Qt.Key.Key_PageDown)
    assert page.verticalScrollBar().value() > 0
    assert answer.hasFocus()  # still coding with number keys
    close = next(b for b in window.findChildren(QPushButton) if b.text() == "Close")
    assert _inside(close, window)


@pytest.mark.parametrize(
    "area",
    [QRect(0, 0, 1366, 700), AT_125, QRect(0, 0, 911, 467)],
    ids=["100%", "125%", "150%"],
)
def test_the_designer_never_scrolls_sideways_and_shows_every_toolbar_button(
    qtbot, database, program_look, area
):
    """The editor pane scrolled sideways even at 100% (its labels cut), and at 150% the
    toolbar hid its last buttons behind a »."""
    designer = DesignerWindow(database, _hepc())
    qtbot.addWidget(designer, before_close_func=lambda w: w.document.mark_saved())
    fit_to_screen(designer, available=area)
    designer.show()
    QApplication.processEvents()
    assert area_ok(designer, area)
    scroll = designer.editor_scroll
    for name in (None, "not_referred_reasons", "age", "hcv_care", "views_grid"):
        if name is None:
            designer.settings_button.click()
        else:
            designer.go_to_name(name)
        # The panes are shared out once the editor has changed.
        qtbot.waitUntil(lambda: not designer._balance.isActive())
        QApplication.processEvents()
        assert scroll.horizontalScrollBar().maximum() == 0, name
        page = designer.editors.currentWidget()
        assert page.width() <= scroll.viewport().width(), name
    actions = [a for toolbar in designer.toolbars for a in toolbar.actions()]
    assert {a.text() for a in actions} >= {"Save", "Try the questionnaire", "Close"}
    for toolbar in designer.toolbars:
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            assert _inside(button, designer), action.text()
    # From the keyboard, every one of them has its key.
    for action in actions:
        assert not action.shortcut().isEmpty(), action.text()
    # On a wide screen the list says each question's kind; on a narrow one the questions get
    # the whole width (the kind is in the editor) rather than wrapping onto three lines.
    tree = designer.tree
    if area.width() >= 1366:
        assert not tree.isColumnHidden(1)
    elif area.width() < 1000:
        assert tree.isColumnHidden(1)
        assert tree.columnWidth(0) >= 0.9 * tree.viewport().width()


def test_people_and_roles_fits_150_percent_with_the_name_box_in_sight(
    qtbot, database, program_look
):
    """It ran off the bottom of the screen at 150%, its boxes squeezed and cut."""
    from duodesk.gui.people import operations as people_ops
    from duodesk.gui.people.people_dialog import PeopleDialog

    area = QRect(0, 0, 911, 467)
    tasks = ProjectWorker()
    dialog = PeopleDialog(database, tasks, people_ops.load_roster(database), by="")
    dialog._test_tasks = tasks
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, available=area)
    dialog.show()
    QApplication.processEvents()
    assert area_ok(dialog, area)
    close = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Close")
    assert _inside(close, dialog)
    viewport = dialog.page_area.viewport()
    for box in (dialog.name, dialog.add_button):
        dialog.page_area.ensureWidgetVisible(box)
        QApplication.processEvents()
        top = box.mapTo(viewport, box.rect().topLeft())
        assert viewport.rect().contains(QRect(top, box.size())), box.accessibleName()
        assert box.height() >= box.sizeHint().height()  # not squeezed
    assert dialog.page_area.horizontalScrollBar().maximum() == 0


def test_the_designer_asks_how_many_copies_in_a_dialog_that_fits(
    qtbot, database, program_look, tmp_path, monkeypatch
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QFileDialog, QLabel

    designer = DesignerWindow(database, _hepc())
    qtbot.addWidget(designer, before_close_func=lambda w: w.document.mark_saved())
    designer.show()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "q.pdf"), "")
    )
    seen = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        QApplication.processEvents()
        label = next(lab for lab in dialog.findChildren(QLabel) if "copies" in lab.text())
        ok = next(b for b in dialog.findChildren(QPushButton) if b.text().strip("&") == "OK")
        seen.update(
            width=dialog.width(),
            ok_inside=_inside(ok, dialog),
            label_whole=label.height() >= label.heightForWidth(label.width()),
        )
        dialog.grab().save(str(tmp_path / "copies.png"))
        dialog.reject()

    QTimer.singleShot(0, look)
    designer.choose_paper_file()
    assert seen["width"] + FRAME.width() <= AT_150.width()  # fits even a 150% laptop
    assert seen["ok_inside"] and seen["label_whole"]
    assert not (tmp_path / "q.pdf").exists()  # Cancel prints nothing


def _rows_in_sight(main) -> list[int]:
    """The rows of the questionnaire list wholly in sight in the main window's page."""
    table, viewport = main.table, main.page_area.viewport()
    seen = QRect(QPoint(0, 0), viewport.size())
    in_sight = []
    for row in range(main.model.rowCount()):
        rect = table.visualRect(table.model().index(row, 0))
        if not table.viewport().rect().contains(rect):
            continue
        top_left = table.viewport().mapTo(viewport, rect.topLeft())
        if seen.contains(QRect(top_left, rect.size())):
            in_sight.append(row)
    return in_sight


def test_the_questionnaire_list_shows_its_chosen_row_under_both_banners(
    qtbot, database, program_look, tmp_path
):
    from datetime import date

    from duodesk.gui.main_window import MainWindow
    from duodesk.gui.rows_model import select_row

    operations.add_example_questionnaires(database)
    ops.start_interview(database, ops.InterviewDetails(FORM, "Sam", "B", date.today()))
    main = MainWindow(database)
    main._test_tasks = ProjectWorker()
    qtbot.addWidget(main)
    fit_to_screen(main, available=AT_125)
    with qtbot.waitSignals([main.home_loaded, main.security.protection_checked], timeout=10_000):
        main.show()
    if main.security.offer.isVisible():  # the offer of a passphrase, put off with "Not now"
        main.security.later_button.click()
    main.welcome.show()  # the first start's welcome, and an unfinished interview's banner
    qtbot.waitUntil(lambda: len([f for f in _banners(main) if f.isVisible()]) == 2, timeout=30_000)
    last = main.model.rowCount() - 1
    select_row(main.table, last)
    main.page_area.verticalScrollBar().setValue(0)
    main.activateWindow()
    main.table.setFocus(Qt.FocusReason.TabFocusReason)  # Tab into the list
    qtbot.waitUntil(lambda: last in _rows_in_sight(main), timeout=5_000)
    assert main.grab().save(str(tmp_path / "main_125.png"))
    in_sight = _rows_in_sight(main)
    assert len(in_sight) >= 2


def _banners(main) -> list[QWidget]:
    from PySide6.QtWidgets import QFrame

    return [f for f in main.findChildren(QFrame) if f.objectName() == "welcome"]


@pytest.mark.parametrize("code", ["fr", "ru"])
def test_the_interviews_list_fits_150_percent_in_longer_languages(
    qtbot, database, program_look, tmp_path, code
):
    """French and Russian buttons side by side made the window 1,515 and 1,656 pixels wide
    at 150%, wider than the screen: the row of buttons wraps instead, and every button is in
    sight."""
    from duodesk.gui import language
    from duodesk.gui.interviews.browser import InterviewsWindow

    app = QApplication.instance()
    language.apply_language(app, code)
    try:
        _hepc_with_interviews(database, tmp_path, 5, 3)
        tasks = ProjectWorker()
        window = InterviewsWindow(database, tasks, form_id=FORM, title="Hepatitis C peer survey")
        window._test_tasks = tasks
        qtbot.addWidget(window)
        fit_to_screen(window, available=AT_150)
        with qtbot.waitSignal(window.loaded, timeout=10_000):
            window.show()
        QApplication.processEvents()
        assert area_ok(window, AT_150), window.size()
        for button in (window.open_button, window.delete_button, window.purge_button):
            assert _inside(button, window), button.text()
        window.grab().save(str(tmp_path / f"interviews-{code}.png"))
    finally:
        language.apply_language(app, "en")
