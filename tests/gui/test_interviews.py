"""The interviews window: a lazily loaded list, search, filters, delete, restore, correct."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from duodesk.core.records import AnswerRecord, AnswerStatus, FormChange
from duodesk.gui.entry import operations as ops
from duodesk.gui.interviews.browser import InterviewsWindow
from duodesk.gui.interviews.table_model import PAGE_SIZE, InterviewTableModel
from duodesk.gui.main_window import MainWindow
from duodesk.gui.operations import add_example_questionnaires
from duodesk.gui.rows_model import select_row
from duodesk.gui.tasks import ProjectWorker
from duodesk.storage.interview_list import InterviewFilter, StatusFilter, interview_rows
from tests.gui.entry_helpers import settle, show


def _interviews(database, count: int, site: str = "Centre B") -> list[int]:
    add_example_questionnaires(database)
    ids = []
    for n in range(count):
        details = ops.InterviewDetails(
            "hepc_peer_survey", f"Interviewer {n % 3}", site, date(2024, 7, 1 + n % 28)
        )
        ids.append(ops.start_interview(database, details).interview_id)
    return ids


def _browser(qtbot, database) -> InterviewsWindow:
    tasks = ProjectWorker()
    opened: list[int] = []
    window = InterviewsWindow(database, tasks, open_interview=opened.append)
    window._test_tasks, window._test_opened = tasks, opened
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    return window


@pytest.mark.slow
def test_the_table_model_is_a_proper_model_while_it_loads_page_by_page(qtmodeltester, database):
    _interviews(database, PAGE_SIZE + 5)
    where = InterviewFilter()

    def request(offset: int, limit: int) -> None:
        page = ops.load_interview_page(database, where, offset, limit)
        model.add_page(page.offset, page.rows, page.total)

    model = InterviewTableModel(request)
    model.reload()
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == PAGE_SIZE + 5
    assert model.index(0, 1).data().startswith("28 July 2024, ")  # the date, and the time
    assert model.index(0, 0).data().startswith("No. ")


def test_the_list_searches_filters_and_deletes_restorably(qtbot, database, monkeypatch):
    _interviews(database, 4)
    _interviews(database, 2, site="Drop-in North")
    window = _browser(qtbot, database)
    assert window.model.rowCount() == 6
    assert window.count_label.text() == "6 interviews"

    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.keyClicks(window.search_box, "north")
    assert window.model.rowCount() == 2
    assert {window.model.row_at(r).site for r in range(2)} == {"Drop-in North"}

    window.table.selectRow(0)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.delete_selected(confirm=False)
    assert window.model.rowCount() == 1
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.status_box.setCurrentIndex(window.status_box.findData(StatusFilter.DELETED.value))
    assert window.model.rowCount() == 1
    assert window.model.index(0, 4).data() == "Deleted"
    assert window.model.headerData(4, Qt.Orientation.Horizontal) == "How complete"
    window.table.selectRow(0)
    assert window.restore_button.isEnabled() and not window.open_button.isEnabled()
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 0


def test_a_finished_interview_opens_for_correction_and_records_every_change(qtbot, database):
    [interview_id] = _interviews(database, 1)
    ops.finish_interview(database, interview_id, [], "end_note")
    ops.save_answers(database, interview_id, FormChange((), "age"))
    opened = ops.open_interview(database, interview_id)
    window = show(qtbot, database, opened, corrected_by="Jo")
    assert window.correcting
    assert "Every change is recorded" in window.corrections_label.text()
    view = window.view
    view.go_to_question("age")
    editor = view.widgets["age"].editor
    qtbot.keyClicks(editor, "52")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot, window)
    text = window.corrections_label.text()
    assert "Jo" in text and "How old are you?" in text and "52" in text
    recorded = {c.question: c.new_value for c in ops.list_corrections(database, interview_id)}
    assert recorded == {"age": "52", "age_group": "40 and over"}  # the calculation follows
    # The calculation has no label: it is named in words, never by its name in the file.
    qtbot.waitUntil(lambda: "age group (worked out)" in window.corrections_label.text())
    assert "age_group" not in window.corrections_label.text()


def test_the_main_window_lists_unfinished_interviews_and_opens_the_list(qtbot, database):
    _interviews(database, 3)
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.entry.drafts_loaded, timeout=10_000):
        window.show()
    assert window.entry.drafts_frame.isVisible()
    assert window.entry.drafts_label.text() == "3 unfinished interviews"
    window.table.selectRow(0)
    with qtbot.waitSignal(window.entry.window_opened, timeout=10_000) as opened:
        qtbot.mouseClick(window.entry.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: getattr(window.entry, "start_dialog", None) is not None)
        dialog = window.entry.start_dialog
        dialog.add_name("Alex")
        qtbot.waitUntil(lambda: dialog.interviewer_box.currentText() == "Alex")
        dialog.site_box.setCurrentText("Centre C")
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    interview = opened.args[0]
    assert interview.opened.interviewer == "Alex" and interview.opened.site == "Centre C"
    interview.close()  # deleted once closed (opened as the main window's child window)
    qtbot.waitUntil(lambda: window.entry.drafts_label.text() == "4 unfinished interviews")


def test_the_list_opens_with_the_first_interview_chosen_and_enter_opens_it(qtbot, database):
    ids = _interviews(database, 3)
    window = _browser(qtbot, database)
    assert window.selected_ids() == [window.model.row_at(0).interview_id]
    assert window.open_button.isEnabled()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    chosen = window.selected_ids()
    assert chosen == [window.model.row_at(1).interview_id] and chosen[0] in ids
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window._test_opened == chosen
    qtbot.keyClick(window.table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert window._test_opened == chosen * 2  # the number pad's Enter too


def test_from_the_search_box_down_goes_to_the_list_and_enter_opens_the_first_found(qtbot, database):
    _interviews(database, 3)
    [north] = _interviews(database, 1, site="Drop-in North")
    window = _browser(qtbot, database)
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "north")
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # before the search has run
    assert window._test_opened == [north]
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.table.hasFocus()
    assert window.selected_ids() == [north]


@pytest.mark.parametrize("keys", ["Escape", "Ctrl+W"])
def test_escape_and_ctrl_w_close_the_list(qtbot, database, keys):
    _interviews(database, 1)
    window = _browser(qtbot, database)
    window.activateWindow()
    window.table.setFocus()
    key, modifier = {
        "Escape": (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        "Ctrl+W": (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    }[keys]
    qtbot.keyClick(window.table, key, modifier)
    assert not window.isVisible()


def test_the_unfinished_interviews_dialog_counts_the_answers_saved_since_the_list_was_read(
    qtbot, database
):
    (interview_id,) = _interviews(database, 1)
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.entry.drafts_loaded, timeout=10_000):
        window.show()
    # Answers saved afterwards, as by the interview's own window.
    given = (
        AnswerRecord("age", AnswerStatus.ANSWERED, "30", 30.0),
        AnswerRecord("sex", AnswerStatus.ANSWERED, "female"),
        AnswerRecord("consent", AnswerStatus.ANSWERED, "yes"),
    )
    ops.save_answers(database, interview_id, FormChange(given, "age"))
    with database.read_session() as session:
        (row,) = interview_rows(session, InterviewFilter(), 0, 10)
    window.entry.resume_button.click()
    qtbot.waitUntil(lambda: getattr(window.entry, "drafts_dialog", None) is not None)
    text = window.entry.drafts_dialog.list.item(0).text()
    assert f"{row.answered} answers so far" in text and row.answered >= 3
    window.entry.drafts_dialog.reject()


def test_the_list_keeps_the_chosen_interview_and_its_place_when_one_is_finished_elsewhere(
    qtbot, database
):
    ids = _interviews(database, 60)
    window = _browser(qtbot, database)
    window.resize(1000, 500)
    table = window.table
    model = window.model
    chosen_row = 40
    chosen = model.row_at(chosen_row).interview_id
    table.setFocus()
    select_row(table, chosen_row)
    assert window.selected_ids() == [chosen]
    table.scrollTo(model.index(30, 0), table.ScrollHint.PositionAtTop)
    top = model.row_at(table.rowAt(0)).interview_id
    scrolled = table.verticalScrollBar().value()
    assert scrolled > 0
    finished = next(n for n in ids if n not in (chosen, top))
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.tasks.run(
            lambda: ops.finish_interview(database, finished, [], "end_note"), lambda _: None
        )
    assert window.selected_ids() == [chosen]
    assert model.row_at(table.currentIndex().row()).interview_id == chosen
    assert model.row_at(table.rowAt(0)).interview_id == top
    assert table.verticalScrollBar().value() == scrolled
    assert model.index(model.row_of_interview(finished), 4).data().startswith("Finished")


def test_an_interview_read_from_a_data_file_shows_its_date_without_the_reading_time(
    database, tmp_path
):
    """The list shows when an interview was started on the laptop; for one read from a data
    file that time is not known, and the time it was read in would pass for it."""
    from duodesk.core.simulate import simulate_answers, write_responses_csv
    from duodesk.core.xlsform import read_xlsform
    from duodesk.gui.interviews.table_model import when_text
    from duodesk.resources import example_forms
    from duodesk.storage.importer import import_responses

    add_example_questionnaires(database)
    form = read_xlsform(next(p for p in example_forms() if "hepatitis" in p.name))
    data = tmp_path / "interviews.csv"
    write_responses_csv(form, simulate_answers(form, 3, seed=2), data)
    import_responses(database, form.form_id, data)
    _interviews(database, 1)  # and one started here, on 1 July 2024
    with database.read_session() as session:
        rows = interview_rows(session, InterviewFilter(), 0, 10)
    started_here = [r for r in rows if r.interview_date == "2024-07-01"]
    read_in = [r for r in rows if r.interview_date != "2024-07-01"]
    assert len(started_here) == 1 and len(read_in) == 3
    assert when_text(started_here[0]).startswith("1 July 2024, ")
    for row in read_in:
        assert row.interview_date and "," not in when_text(row), when_text(row)
