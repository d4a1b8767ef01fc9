"""The main window, driven through its real widgets."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from duodesk.core import xlsform
from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.xlsform import read_xlsform
from duodesk.gui import operations
from duodesk.gui.main_window import MainWindow
from duodesk.gui.questionnaire_table import QuestionnaireTableModel
from duodesk.resources import example_forms
from duodesk.storage.importer import import_responses
from duodesk.storage.questionnaires import QuestionnaireSummary


def _window(qtbot, database, *, first_start: bool = False) -> MainWindow:
    if not first_start:  # a project whose first start is over, with the examples removed
        operations.remove_examples(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home_loaded, timeout=10_000):
        window.show()
    return window


def _titles(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_first_start_has_the_examples_ready_and_keeping_them_is_one_key(qtbot, database):
    window = _window(qtbot, database, first_start=True)
    assert window.windowTitle() == "DuoDesk"
    assert window.welcome.isVisible()
    titles = " | ".join(_titles(window)).lower()
    assert "hepatitis" in titles and "training" in titles and "organisation" in titles
    assert window.table.isVisible() and not window.empty_label.isVisible()
    assert window.keep_examples_button.hasFocus()  # Enter keeps them

    with qtbot.waitSignal(window.home_loaded, timeout=20_000):
        qtbot.keyClick(window.keep_examples_button, Qt.Key.Key_Space)
    assert not window.welcome.isVisible()
    assert window.model.rowCount() == 3
    again = _window(qtbot, database, first_start=True)  # next start: no question asked
    assert not again.welcome.isVisible()


def test_removing_the_examples_leaves_an_empty_project_for_good(qtbot, database):
    window = _window(qtbot, database, first_start=True)
    with qtbot.waitSignal(window.home_loaded, timeout=20_000):
        qtbot.mouseClick(window.remove_examples_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 0
    assert not window.welcome.isVisible()
    assert window.empty_label.isVisible()
    again = _window(qtbot, database, first_start=True)
    assert again.model.rowCount() == 0 and not again.welcome.isVisible()


def test_examples_with_interviews_are_not_removed(qtbot, database, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    operations.add_example_questionnaires(database, status=operations.EXAMPLES_JUST_ADDED)
    form = read_xlsform(example_forms()[0])
    data = tmp_path / "one.csv"
    write_responses_csv(form, simulate_answers(form, 1), data)
    import_responses(database, form.form_id, data)

    window = _window(qtbot, database, first_start=True)
    with qtbot.waitSignal(window.home_loaded, timeout=20_000):
        qtbot.mouseClick(window.remove_examples_button, Qt.MouseButton.LeftButton)
    assert _titles(window) == [form.title]
    assert form.title in shown[0]


def test_adding_a_broken_file_shows_a_plain_message(qtbot, database, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window = _window(qtbot, database)
    broken = tmp_path / "not a form.xlsx"
    broken.write_bytes(b"this is not a workbook")
    window.add_questionnaire_file(broken)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "not a form.xlsx" in shown[0]
    assert window.model.rowCount() == 0


def test_adding_a_form_file_lists_it(qtbot, database, example_paths):
    window = _window(qtbot, database)
    window.add_questionnaire_file(example_paths["drug_user_organisation_profile"])
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    assert "organisation" in _titles(window)[0].lower()
    assert "added" in window.statusBar().currentMessage()


def test_the_questionnaire_just_added_becomes_the_chosen_one(qtbot, database, tmp_path):
    """After "Add a questionnaire from a file…", the buttons below the list (Start, Results)
    act on the questionnaire just added, not on the one chosen before."""
    from tests.core.forms import write_form

    window = _window(qtbot, database)
    window.add_examples()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=20_000)
    window.table.selectRow(0)
    before = window.selected_questionnaire().form_id
    path = write_form(
        tmp_path / "zebra.xlsx",
        [["type", "name", "label"], ["text", "where", "Where are we?"]],
        settings=[["form_id", "form_title"], ["zebra_walk", "Zebra walk"]],
    )
    window.add_questionnaire_file(path)
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=20_000)
    qtbot.waitUntil(lambda: window.selected_questionnaire().form_id == "zebra_walk", timeout=10_000)
    assert before != "zebra_walk"
    assert window.selected_questionnaire().title == "Zebra walk"
    with qtbot.waitSignal(window.home_loaded, timeout=10_000):
        window.refresh()  # a later refresh keeps it chosen
    assert window.selected_questionnaire().form_id == "zebra_walk"


def test_a_file_lacking_a_pulldata_or_filter_column_is_said_when_the_form_is_added(
    qtbot, database, tmp_path, monkeypatch
):
    from tests.cli.test_missing_file_columns import _form

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text: shown.append((title, text))
    )
    window = _window(qtbot, database)
    form = _form(tmp_path, "id,pop\nA,5\n", "list_name,name,label\nvil,v1,Alpha\n")
    window.add_questionnaire_file(form)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    title, text = shown[0]
    assert "lacks a column" in title
    assert 'popdata.csv has no columns "population", "code"' in text
    assert 'itemsets.csv has no column "district"' in text and '"id", "pop"' in text
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)  # added all the same


def test_a_slow_questionnaire_file_shows_that_it_is_being_read(
    qtbot, database, example_paths, monkeypatch, tmp_path
):
    go_on = threading.Event()  # stands in for a file that takes a minute to read
    real_read = xlsform.read_xlsform
    path = tmp_path / "profile.xlsx"  # not one of the examples, which are read to remove them
    path.write_bytes(example_paths["drug_user_organisation_profile"].read_bytes())

    def slow_read(source, *args, **kwargs):
        if source == path:
            go_on.wait(30)
        return real_read(source, *args, **kwargs)

    monkeypatch.setattr(xlsform, "read_xlsform", slow_read)
    window = _window(qtbot, database)
    try:
        window.add_questionnaire_file(path)
        assert window.reading_label.isVisible() and window.reading_bar.isVisible()
        assert window.reading_label.text() == (
            f"Reading “{path.name}”… A large file can take a minute."
        )
        assert not window.add_button.isEnabled()  # the same file is not added twice meanwhile
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    assert not window.reading_label.isVisible() and not window.reading_bar.isVisible()
    assert window.add_button.isEnabled()
    assert "added" in window.statusBar().currentMessage()


def test_a_refused_questionnaire_file_stops_the_reading_line(
    qtbot, database, tmp_path, monkeypatch
):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window = _window(qtbot, database)
    broken = tmp_path / "not a form.xlsx"
    broken.write_bytes(b"this is not a workbook")
    window.add_questionnaire_file(broken)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert not window.reading_label.isVisible() and not window.reading_bar.isVisible()
    assert window.add_button.isEnabled()


def test_questionnaire_buttons_act_on_the_selected_questionnaire(qtbot, database, example_paths):
    window = _window(qtbot, database)
    chosen: list[str] = []
    button = window.add_questionnaire_button("Try it…", lambda q: chosen.append(q.form_id))
    assert not button.isEnabled()  # nothing to act on yet

    window.add_examples()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=20_000)
    assert button.isEnabled()  # the first questionnaire is chosen, ready to use
    window.table.selectRow(1)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert chosen == [window.model.row_at(1).form_id]

    with qtbot.waitSignal(window.home_loaded, timeout=10_000):
        window.refresh()
    assert window.selected_questionnaire() == window.model.row_at(1)  # kept across a refresh


def test_questionnaire_table_model_is_a_proper_model(qtmodeltester):
    model = QuestionnaireTableModel()
    model.set_rows(
        [QuestionnaireSummary("a", "A survey", 1, 10, 2), QuestionnaireSummary("b", "B", 2, 0, 0)]
    )
    qtmodeltester.check(model)
    assert model.index(0, 3).data() == 10


def test_the_window_module_loads_no_statistics_spreadsheets_migrations_or_other_screens():
    import os
    import subprocess
    import sys
    from pathlib import Path

    heavy = ("scipy", "pandas", "openpyxl", "pyreadstat", "alembic", "sqlalchemy", "numpy")
    screens = (
        "duodesk.gui.designer.window",
        "duodesk.gui.results.window",
        "duodesk.gui.export.window",
        "duodesk.gui.entry.entry_window",
        "duodesk.gui.interviews.browser",
    )
    script = (
        "import sys, duodesk.gui.app; "
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r} "
        f"or m in {screens!r}))"
    )
    here = str(Path(__file__).resolve().parents[2])
    loaded = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": here},
    )
    assert loaded.stdout.strip() == "[]"


def test_the_window_shows_before_the_project_is_open_and_then_lists_it(qtbot, project_path):
    from duodesk.gui.app import ProjectOpening
    from duodesk.gui.tasks import ProjectWorker

    worker = ProjectWorker()
    window = MainWindow(None, worker)
    qtbot.addWidget(window)
    window.show()
    assert window.statusBar().currentMessage() == "Opening the project…"
    assert not window.centralWidget().isEnabled()
    assert not window.empty_label.isVisible()  # not "no questionnaires" before it knows
    opening = ProjectOpening(window, worker, str(project_path))
    with qtbot.waitSignal(window.home_loaded, timeout=20_000):
        opening.start(None)
    assert window.centralWidget().isEnabled()
    assert window.model.rowCount() == 3  # first start: the examples
    assert str(project_path) in window.project_label.text()  # stays after menu hints
    worker.wait()
    opening.database.close()


def test_a_save_given_up_on_a_busy_project_is_not_called_saved(
    qtbot, project_path, short_busy_timeout, lock_holder
):
    from duodesk.storage.database import Database
    from duodesk.storage.models import ProjectSetting

    database = Database.open(project_path)
    try:
        window = _window(qtbot, database)
        window.tasks.busy_patience = 1.0  # give up after a second, not minutes
        holder = lock_holder(project_path)
        failed: list[Exception] = []

        def write() -> None:
            with database.session() as session:
                session.merge(ProjectSetting(key="anything", value="1"))

        window.tasks.run(write, on_error=failed.append)
        qtbot.waitUntil(lambda: "Waiting" in window.statusBar().currentMessage(), timeout=10_000)
        qtbot.waitUntil(lambda: bool(failed), timeout=20_000)
        said = window.statusBar().currentMessage()
        assert "stopped waiting" in said and "free again" not in said
        holder.release()
    finally:
        database.close()


def test_a_background_read_that_fails_is_said_in_a_line_not_a_traceback(qtbot, database):
    window = _window(qtbot, database)

    def broken() -> None:
        raise OSError("disk went away")

    # No error handler, as for the lists and banners refreshed in the background; pytest-qt
    # fails the test if the error is raised on the GUI thread.
    window.tasks.read(broken, lambda _result: None)
    qtbot.waitUntil(lambda: "could not read" in window.statusBar().currentMessage(), timeout=10_000)
    assert "log" in window.statusBar().currentMessage()


def test_enter_presses_the_focused_button_as_space_does(qtbot, database):
    from duodesk.gui.interviews.browser import InterviewsWindow

    window = _window(qtbot, database, first_start=True)  # the examples are there
    button = next(b for b in window._questionnaire_dependent if b.text() == "Interviews…")
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(isinstance(w, InterviewsWindow) and w.isVisible() for w in _top_levels()),
        timeout=10_000,
    )
    for opened in _top_levels():
        if isinstance(opened, InterviewsWindow):
            opened.close()
    window.close()


def _top_levels():
    from PySide6.QtWidgets import QApplication

    return QApplication.topLevelWidgets()


def test_interviews_imported_on_the_command_line_are_counted_when_the_window_is_back(
    qtbot, database, project_path, tmp_path, example_paths, monkeypatch
):
    """A coordinator imports a data file on the command line while the window is open, then
    comes back to the window: the list counts the new interviews."""
    from PySide6.QtWidgets import QWidget

    from duodesk.gui import main_window
    from tests.cli.test_cli import duodesk

    monkeypatch.setattr(main_window, "READ_AGAIN_AFTER_S", 0.0)  # however soon it comes back
    window = _window(qtbot, database)
    window.add_questionnaire_file(example_paths["drug_user_organisation_profile"])
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    finished = window.model.index(0, window.model.columns.COMPLETE)
    assert finished.data() == 0
    form = read_xlsform(example_paths["drug_user_organisation_profile"])
    data = tmp_path / "interviews.csv"
    write_responses_csv(form, simulate_answers(form, 7, seed=3), data)
    imported = duodesk("--db", str(project_path), "import-data", form.form_id, str(data))
    assert imported.returncode == 0, imported.stderr
    window.activateWindow()
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()  # the person is in another window (the terminal)...
    qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=10_000)
    window.activateWindow()  # ...and comes back
    qtbot.waitUntil(
        lambda: window.model.index(0, window.model.columns.COMPLETE).data() == 7, timeout=10_000
    )
