"""Adding a questionnaire whose choices come from files, and entering interviews with it."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from duodesk.core.xlsform import read_xlsform
from duodesk.gui import operations
from duodesk.gui.entry import operations as ops
from duodesk.gui.main_window import MainWindow
from duodesk.gui.missing_files import match_chosen_files, missing_files_message
from duodesk.storage.questionnaires import save_questionnaire
from tests.core.forms import write_form
from tests.gui.entry_helpers import focused, settle, show

SURVEY = [
    ["type", "name", "label", "choice_filter"],
    ["select_one_from_file districts.csv", "district", "District", ""],
    ["select_one_from_file villages.csv", "village", "Village", "district=${district}"],
]
# "mill" is a village name in both districts, as in real cascading lists.
VILLAGES = (
    "name,label,district\nmill,Mill (north),north\nford,Ford,north\nmill,Mill (south),south\n"
)


def write_project_files(folder):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "districts.csv").write_text("name,label\nnorth,North\nsouth,South\n")
    (folder / "villages.csv").write_text(VILLAGES)


def _window(qtbot, database) -> MainWindow:
    operations.remove_examples(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home_loaded, timeout=10_000):
        window.show()
    return window


def _answer_questions(monkeypatch, *answers):
    """Answer DuoDesk's questions (message boxes) in turn; returns what each said."""
    asked: list[str] = []
    queue = list(answers)

    def exec_(box):
        asked.append(box.text())
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_a_form_without_its_choices_files_is_added_and_the_files_chosen_are_kept(
    qtbot, database, tmp_path, monkeypatch
):
    form_folder, downloads = tmp_path / "form", tmp_path / "downloads"
    form_folder.mkdir()
    form = write_form(form_folder / "villages.xlsx", SURVEY)
    write_project_files(downloads)
    asked = _answer_questions(monkeypatch, QMessageBox.StandardButton.Open)
    chosen = [str(downloads / "districts.csv"), str(downloads / "villages.csv")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    window = _window(qtbot, database)
    with qtbot.waitSignal(window.form_files_added, timeout=10_000):
        window.add_questionnaire_file(form)
    assert "from districts.csv, villages.csv, which were not with it" in asked[0]
    assert "  • District\n  • Village" in asked[0]
    assert window.statusBar().currentMessage() == "districts.csv, villages.csv added to “villages”."

    shutil.rmtree(form_folder)  # the form and its files moved away: the project has them
    shutil.rmtree(downloads)
    opened = ops.start_interview(
        database, ops.InterviewDetails("villages", "Sam", "Centre B", date(2024, 7, 12))
    )
    interview = show(qtbot, database, opened)
    assert interview.view.widgets["district"].choice_names() == ["north", "south"]
    assert interview.view.widgets["district"].missing_file_notice.isHidden()


def test_a_file_left_for_later_is_asked_for_when_an_interview_starts(
    qtbot, database, tmp_path, monkeypatch
):
    survey = [*SURVEY[:2], ["text", "nickname", "Nickname", ""]]
    (tmp_path / "form").mkdir()
    form = write_form(tmp_path / "form" / "villages.xlsx", survey)
    asked = _answer_questions(
        monkeypatch, QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Ignore
    )
    window = _window(qtbot, database)
    window.add_questionnaire_file(form)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and len(asked) == 1, timeout=10_000)
    assert "or Later: DuoDesk asks again each time an interview starts" in asked[0]
    window.table.selectRow(0)
    window.entry.ask_start(window.selected_questionnaire())
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=10_000)
    assert "or Start without to begin the interview without these questions" in asked[1]
    qtbot.waitUntil(lambda: getattr(window.entry, "start_dialog", None) is not None)
    window.entry.start_dialog.reject()

    opened = ops.start_interview(
        database, ops.InterviewDetails("villages", "Sam", "Centre B", date(2024, 7, 12))
    )
    interview = show(qtbot, database, opened)
    district = interview.view.widgets["district"]
    assert district.choice_names() == []
    assert "its answer options come from districts.csv, which was not added" in (
        district.missing_file_notice.text()
    )
    assert district.missing_file_notice.isVisibleTo(interview)
    assert not district.clear_button.isVisibleTo(interview)
    interview.view.go_to_question("nickname")
    assert interview.view.widgets["nickname"].missing_file_notice.isHidden()


def test_a_cascading_select_offers_only_the_villages_of_the_district_chosen(
    qtbot, database, tmp_path
):
    write_project_files(tmp_path)
    operations.add_questionnaire_file(database, write_form(tmp_path / "villages.xlsx", SURVEY))
    opened = ops.start_interview(
        database, ops.InterviewDetails("villages", "Sam", "Centre B", date(2024, 7, 12))
    )
    window = show(qtbot, database, opened)
    view = window.view
    view.go_to_question("district")
    qtbot.keyClick(focused(), Qt.Key.Key_2)  # south
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # on to the village, as a person goes
    assert view.pages[view.index].names() == ("village",)
    village = view.widgets["village"]
    assert village.choice_names() == ["mill"]
    assert "Mill (south)" in village.buttons["mill"].text()
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    assert village.value() == "mill"

    view.go_to_question("district")
    qtbot.keyClick(focused(), Qt.Key.Key_1)  # north: the same name, another village
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    village = view.widgets["village"]  # the page is made again
    assert village.choice_names() == ["mill", "ford"]
    assert "Mill (north)" in village.buttons["mill"].text()
    settle(qtbot, window)


def test_chosen_files_are_matched_to_the_missing_ones_by_name(tmp_path):
    chosen = [tmp_path / "Villages.CSV", tmp_path / "other.csv"]
    assert match_chosen_files(("villages.csv", "fruits.csv"), chosen) == {
        "villages.csv": tmp_path / "Villages.CSV"
    }
    assert match_chosen_files(("fruits.csv",), [tmp_path / "fruit list.csv"]) == {
        "fruits.csv": tmp_path / "fruit list.csv"
    }


def test_a_long_list_is_a_drop_down_where_typing_finds_the_village(qtbot, database, tmp_path):
    write_project_files(tmp_path)
    rows = "".join(f"v{n},Village {n},north\n" for n in range(60))
    (tmp_path / "villages.csv").write_text("name,label,district\n" + rows)
    operations.add_questionnaire_file(database, write_form(tmp_path / "villages.xlsx", SURVEY))
    opened = ops.start_interview(
        database, ops.InterviewDetails("villages", "Sam", "Centre B", date(2024, 7, 12))
    )
    window = show(qtbot, database, opened)
    qtbot.keyClick(focused(), Qt.Key.Key_1)  # north
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    village = window.view.widgets["village"]
    assert len(village.choice_names()) == 60
    qtbot.keyClicks(focused(), "Village 42")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert village.value() == "v42"
    settle(qtbot, window)
    assert window.view.answers["village"] == "v42"


def test_a_file_beside_the_form_but_empty_is_said_to_be_empty_not_missing(
    qtbot, database, tmp_path, monkeypatch
):
    """The person who sees "was not with it" looks for a file they have; one told it "was
    empty" fills it in. Said when the form is added and again when an interview starts."""
    folder = tmp_path / "form"
    write_project_files(folder)
    (folder / "districts.csv").write_text("name,label\n")  # only its header row
    form = write_form(folder / "villages.xlsx", SURVEY)
    asked = _answer_questions(
        monkeypatch, QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Ignore
    )
    window = _window(qtbot, database)
    window.add_questionnaire_file(form)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and len(asked) == 1, timeout=10_000)
    said = (
        "“villages” takes answer options or data from districts.csv, which was with it but "
        "empty. Until a filled-in copy is added, these questions cannot be answered:"
    )
    assert asked[0].startswith(said)
    window.table.selectRow(0)
    window.entry.ask_start(window.selected_questionnaire())
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=10_000)
    assert asked[1].startswith(said)
    qtbot.waitUntil(lambda: getattr(window.entry, "start_dialog", None) is not None)
    window.entry.start_dialog.reject()


def test_an_empty_file_and_an_absent_one_are_each_said_as_they_are(tmp_path):
    folder = tmp_path / "form"
    folder.mkdir()
    (folder / "villages.csv").write_text("")
    questionnaire = read_xlsform(write_form(folder / "villages.xlsx", SURVEY))
    assert missing_files_message(questionnaire, interview=False).startswith(
        "“villages” takes answer options or data from districts.csv, villages.csv. "
        "villages.csv came with it but empty; the others were not with it. Until they are "
        "added, these questions cannot be answered:"
    )
    (folder / "districts.csv").write_text("")
    questionnaire = read_xlsform(folder / "villages.xlsx")
    assert missing_files_message(questionnaire, interview=False).startswith(
        "“villages” takes answer options or data from districts.csv, villages.csv, which were "
        "with it but empty. Until filled-in copies are added"
    )


def test_the_questionnaire_menu_asks_for_a_missing_file_later(
    qtbot, database, tmp_path, monkeypatch
):
    (tmp_path / "form").mkdir()
    form = write_form(tmp_path / "form" / "villages.xlsx", SURVEY)
    operations.remove_examples(database)
    operations.add_questionnaire_file(database, form)
    write_project_files(tmp_path / "usb")
    asked = _answer_questions(monkeypatch, QMessageBox.StandardButton.Open)
    chosen = [str(tmp_path / "usb" / "districts.csv")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    window = _window(qtbot, database)
    window.table.selectRow(0)
    action = window.questionnaire_actions["Ctrl+Shift+F"]
    assert action.text() == "Add a file it needs…" and action.isEnabled()
    with qtbot.waitSignal(window.form_files_added, timeout=10_000):
        action.trigger()
    assert "Press Open to choose the files now, or Later" in asked[0]
    message = window.statusBar().currentMessage()
    assert message == "districts.csv added to “villages”. It still needs villages.csv."


def test_an_empty_choices_file_is_refused_and_one_that_gave_no_choices_can_be_replaced(
    qtbot, database, tmp_path, monkeypatch
):
    """A project made before header-only choices files were refused may hold a District
    question with no options, read from such a districts.csv beside the form: the menu asks
    for the file again, refuses another empty one, takes the right one."""
    (tmp_path / "form").mkdir()
    form = write_form(tmp_path / "form" / "villages.xlsx", SURVEY)
    write_project_files(tmp_path / "form")
    read = read_xlsform(form)
    lists = {**read.choice_lists}
    lists["districts.csv"] = replace(lists["districts.csv"], choices=())
    operations.remove_examples(database)
    with database.session() as session:
        save_questionnaire(session, replace(read, choice_lists=lists))
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "districts.csv").write_text("name,label\n")
    asked = _answer_questions(monkeypatch, *[QMessageBox.StandardButton.Open] * 2)
    chosen = [str(usb / "districts.csv")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    window = _window(qtbot, database)
    window.table.selectRow(0)
    action = window.questionnaire_actions["Ctrl+Shift+F"]
    action.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert "from districts.csv, which was with it but empty. Until a filled-in copy" in asked[0]
    assert warned == [
        "districts.csv: this file holds no choices: it has a header row and nothing under it. "
        "Add a file with a row for each choice."
    ]
    write_project_files(usb)
    with qtbot.waitSignal(window.form_files_added, timeout=10_000):
        action.trigger()
    assert window.statusBar().currentMessage() == "districts.csv added to “villages”."
    questionnaire = operations.latest_questionnaire(database, "villages")
    assert [c.name for c in questionnaire.choice_lists["districts.csv"].choices] == [
        "north",
        "south",
    ]
