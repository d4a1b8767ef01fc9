"""The main window, driven through its real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from duodesk.gui.main_window import MainWindow
from duodesk.gui.questionnaire_table import QuestionnaireTableModel
from duodesk.storage.questionnaires import QuestionnaireSummary


def _window(qtbot, database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home_loaded, timeout=10_000):
        window.show()
    return window


def _titles(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_window_is_titled_duodesk_and_first_start_offers_the_examples(qtbot, database):
    window = _window(qtbot, database)
    assert window.windowTitle() == "DuoDesk"
    assert window.welcome.isVisible()
    assert window.empty_label.isVisible()
    assert window.add_examples_button.hasFocus()  # Enter adds them

    with qtbot.waitSignal(window.home_loaded, timeout=20_000):
        qtbot.keyClick(window.add_examples_button, Qt.Key.Key_Space)
    # the refresh after adding: wait for the list to fill
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=20_000)
    assert not window.welcome.isVisible()
    titles = " | ".join(_titles(window)).lower()
    assert "hepatitis" in titles and "training" in titles and "organisation" in titles
    assert window.table.isVisible()


def test_not_now_hides_the_offer_for_good(qtbot, database):
    window = _window(qtbot, database)
    qtbot.mouseClick(window.not_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.welcome.isVisible(), timeout=10_000)
    again = _window(qtbot, database)
    assert not again.welcome.isVisible()
    assert again.empty_label.isVisible()


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


def test_questionnaire_buttons_act_on_the_selected_questionnaire(qtbot, database, example_paths):
    window = _window(qtbot, database)
    chosen: list[str] = []
    button = window.add_questionnaire_button("Try it…", lambda q: chosen.append(q.form_id))
    assert not button.isEnabled()  # nothing to act on yet

    window.add_examples()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=20_000)
    assert not button.isEnabled()  # three questionnaires, none chosen
    window.table.selectRow(1)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert chosen == [window.model.row_at(1).form_id]


def test_questionnaire_table_model_is_a_proper_model(qtmodeltester):
    model = QuestionnaireTableModel()
    model.set_rows(
        [QuestionnaireSummary("a", "A survey", 1, 10, 2), QuestionnaireSummary("b", "B", 2, 0, 0)]
    )
    qtmodeltester.check(model)
    assert model.index(0, 3).data() == 10
