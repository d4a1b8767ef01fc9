"""The designer window, driven through its real widgets: undo and redo, reordering, skip logic,
saving (and new versions), the practice interview, checks, the paper form, closing."""

from __future__ import annotations

import unicodedata

import pypdf
import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QWidget

from duodesk.core import form_edits
from duodesk.core.questionnaire import QuestionType
from duodesk.core.xlsform import read_xlsform
from duodesk.gui.designer.question_list import MIME_TYPE
from duodesk.gui.designer.window import DesignerWindow
from duodesk.storage.interviews import NewInterview, add_interview
from duodesk.storage.questionnaires import all_versions, save_questionnaire


def _designer(qtbot, database, questionnaire=None, **options) -> DesignerWindow:
    questionnaire = questionnaire or form_edits.empty_questionnaire("Drop-in survey")
    designer = DesignerWindow(database, questionnaire, **options)
    qtbot.addWidget(designer, before_close_func=lambda w: w.document.mark_saved())
    designer.show()
    return designer


def _names(designer: DesignerWindow) -> list[str]:
    return [item.name for item, _ in designer.document.questionnaire.walk()]


def _add(designer: DesignerWindow, kind: QuestionType, label: str) -> None:
    designer.add_question(kind)
    designer.question_editor.label.set_text(designer.document.default_language, label)


def _yes_no(designer: DesignerWindow, label: str) -> None:
    _add(designer, QuestionType.SELECT_ONE, label)
    choices = designer.question_editor.choices
    for option in ("Yes", "No"):
        choices.new_option.setText(option)
        choices.add_typed_option()
    choices.missing_buttons["Don't know"].click()


def test_names_and_codes_are_made_from_the_labels_and_missing_codes_are_marked(qtbot, database):
    designer = _designer(qtbot, database)
    _yes_no(designer, "Have you ever been to prison?")
    question = designer.document.selected_item()
    assert question.name == "have_you_ever_been_to_prison"
    choice_list = designer.document.questionnaire.choice_lists[question.list_name]
    assert [(c.name, c.missing) for c in choice_list.choices] == [
        ("yes", False),
        ("no", False),
        ("don_t_know", True),
    ]
    table = designer.question_editor.choices.table
    assert table.item(2, 2).checkState() == Qt.CheckState.Checked


def test_every_edit_can_be_undone_and_redone(qtbot, database):
    designer = _designer(qtbot, database)
    _yes_no(designer, "Do you inject?")
    _add(designer, QuestionType.INTEGER, "How old are you?")
    typed = designer.document.questionnaire
    stack = designer.document.undo_stack
    # Typing the label letter by letter would be one step: the label here is one step too.
    designer.delete_selected()
    assert _names(designer) == ["do_you_inject"]
    designer.undo_action.trigger()
    assert designer.document.questionnaire == typed
    assert designer.question_editor.label.text("English (en)") == "How old are you?"
    while stack.canUndo():
        designer.undo_action.trigger()
    assert designer.document.questionnaire.children == ()
    while stack.canRedo():
        designer.redo_action.trigger()
    assert _names(designer) == ["do_you_inject"]


def test_questions_move_with_the_keyboard_and_by_drag_and_drop(qtbot, database):
    designer = _designer(qtbot, database)
    for label in ("First", "Second", "Third"):
        _add(designer, QuestionType.TEXT, label)
    designer.tree.setFocus()
    qtbot.keyClick(designer.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _names(designer) == ["first", "third", "second"]
    assert designer.document.selected_item().name == "third"

    model = designer.model
    data = model.mimeData([model.index_of((0,))])
    assert data.hasFormat(MIME_TYPE)
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, designer.tree.rootIndex())
    assert _names(designer) == ["third", "second", "first"]
    # into a section, and not into a question
    designer.document.select(None)
    designer.add_section()
    section = model.index_of((3,))
    model.dropMimeData(
        model.mimeData([model.index_of((0,))]), Qt.DropAction.MoveAction, -1, 0, section
    )
    assert [i.name for i in designer.document.questionnaire.children[2].children] == ["third"]
    bad = QMimeData()
    bad.setData(MIME_TYPE, b"not json")
    assert not model.dropMimeData(bad, Qt.DropAction.MoveAction, 0, 0, designer.tree.rootIndex())


def test_the_question_list_model_is_consistent(qtbot, qtmodeltester, database, example_paths):
    designer = _designer(qtbot, database, read_xlsform(example_paths["hepatitis_c_peer_survey"]))
    qtmodeltester.check(designer.model)
    assert designer.model.index_of((0,)).data().startswith("Read out")


def test_skip_logic_is_picked_from_lists_and_written_as_the_expression(qtbot, database):
    designer = _designer(qtbot, database)
    _yes_no(designer, "Do you inject?")
    _add(designer, QuestionType.TEXT, "Where do you get needles?")
    builder = designer.question_editor.skip
    row = builder.add_condition()
    assert row.question_box.currentData() == "do_you_inject"
    row.value_box.setCurrentIndex(row.value_box.findData("yes"))
    assert designer.document.selected_item().relevant == "${do_you_inject} = 'yes'"
    # shown again from the expression when the question is chosen again
    designer.document.select((0,))
    designer.document.select((1,))
    assert builder.mode.currentData() == "all"
    assert builder.rows[0].condition().value == "yes"
    # a hand-written rule is kept exactly as it is typed, and checked
    builder.mode.setCurrentIndex(builder.mode.findData("written"))
    builder.written.setText("${do_you_inject} = 'yes' or (${nothing} > 1")
    builder.written.textEdited.emit(builder.written.text())
    assert "⚠" in builder.written_status.text()
    text = "${do_you_inject} = 'yes' and (string-length(${where_do_you_get_needles}) < 3)"
    builder.written.setText(text)
    builder.written.textEdited.emit(text)
    assert "✓" in builder.written_status.text()
    designer.document.select((0,))
    designer.document.select((1,))
    assert designer.document.selected_item().relevant == text
    assert builder.mode.currentData() == "written" and builder.written.text() == text


def test_checks_list_problems_and_a_click_goes_to_the_question(qtbot, database):
    designer = _designer(qtbot, database)
    _add(designer, QuestionType.TEXT, "Name of the centre")
    _add(designer, QuestionType.SELECT_ONE, "Which service?")
    issues = designer.checks.check_now(designer.document.questionnaire)
    assert [(i.name, i.blocking) for i in issues] == [("which_service", True)]
    designer.document.select((0,))
    item = designer.checks.list.item(0)
    designer.checks.list.itemClicked.emit(item)
    assert designer.document.selected_item().name == "which_service"
    assert designer.try_questionnaire() is None  # it cannot be tried yet
    designer.save()
    assert designer.document.is_modified()  # not saved either
    assert "Must be fixed" in designer.statusBar().currentMessage()


def test_trying_the_questionnaire_runs_live_skip_logic_and_stores_nothing(qtbot, database):
    designer = _designer(qtbot, database)
    _yes_no(designer, "Do you inject?")
    _add(designer, QuestionType.TEXT, "Where do you get needles?")
    designer.question_editor.skip.add_condition()
    dialog = designer.try_questionnaire()
    assert dialog is not None
    form = dialog.form
    form.answers["do_you_inject"] = "no"
    form.evaluate()
    assert not form.state.states["where_do_you_get_needles"].applicable
    form.answers["do_you_inject"] = "yes"
    form.evaluate()
    assert form.state.states["where_do_you_get_needles"].applicable
    dialog.close()
    with database.session() as session:
        assert all_versions(session, designer.document.questionnaire.form_id) == []


def test_saving_makes_a_new_version_once_interviews_exist(qtbot, database, example_paths):
    form = read_xlsform(example_paths["training_employment_barriers"])
    with database.session() as session:
        first = save_questionnaire(session, form).version
        add_interview(session, NewInterview(version_id=first.version_id))
    designer = _designer(qtbot, database, form, stored=True, interviews=1)
    assert "new version" in designer.statusBar().currentMessage()
    designer.document.select(form_edits.path_of(form, "bank_account"))
    designer.question_editor.label.set_text(
        "English (en)", "Do you have a bank or post office account?"
    )
    with qtbot.waitSignal(designer.saved, timeout=10_000) as saved:
        designer.save_action.trigger()
    assert saved.args[0].new_version and saved.args[0].version.number == 2
    assert not designer.document.is_modified()
    with database.session() as session:
        versions = all_versions(session, form.form_id)
    assert [v.number for v in versions] == [1, 2]
    assert versions[0].questionnaire.question("bank_account").label["English (en)"] == (
        "Do you have a bank account?"
    )


def test_a_new_questionnaire_does_not_take_over_one_with_the_same_short_name(
    qtbot, database, example_paths
):
    form = read_xlsform(example_paths["training_employment_barriers"])
    with database.session() as session:
        save_questionnaire(session, form)
    designer = _designer(qtbot, database)
    designer.settings_editor.form_id.setText(form.form_id)
    designer.settings_editor.form_id.editingFinished.emit()
    _add(designer, QuestionType.TEXT, "Anything else?")
    with qtbot.waitSignal(designer.save_failed, timeout=10_000):
        QTimer.singleShot(0, _close_message_box)
        designer.save()
    with database.session() as session:
        assert len(all_versions(session, form.form_id)) == 1


def _close_message_box() -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        box.accept()
    else:
        QTimer.singleShot(50, _close_message_box)


def test_the_paper_form_has_every_question_and_the_skip_instructions(
    qtbot, database, example_paths, tmp_path
):
    form = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    designer = _designer(qtbot, database, form, stored=True)
    path = designer.write_paper(tmp_path / "paper.pdf")
    reader = pypdf.PdfReader(path)
    pages = [unicodedata.normalize("NFKC", page.extract_text() or "") for page in reader.pages]
    text = " ".join(" ".join(page.split()) for page in pages)
    for question in form.questions():
        if question.type.takes_answer and question.label:
            label = " ".join(question.label["English (en)"].split())
            assert label[:40] in text, question.name
    assert "If No, Don't know or Prefer not to say, go to question" in text
    assert "Ask only if the answer to question" in text
    assert len(reader.pages) > 1
    # page numbers at the foot
    assert pages[1].strip().endswith("2")
    assert "Datasheet number: __________" in text


def test_numbered_paper_copies_each_carry_their_own_datasheet_number(
    qtbot, database, example_paths, tmp_path
):
    form = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    designer = _designer(qtbot, database, form, stored=True)
    one = pypdf.PdfReader(designer.write_paper(tmp_path / "one.pdf"))
    path = designer.write_paper(tmp_path / "three.pdf", copies=3, first_number=41)
    pages = [
        " ".join(unicodedata.normalize("NFKC", page.extract_text() or "").split())
        for page in pypdf.PdfReader(path).pages
    ]
    assert len(pages) == 3 * len(one.pages)
    starts = [i for i, text in enumerate(pages) if "Datasheet number:" in text]
    assert starts == [0, len(one.pages), 2 * len(one.pages)]
    for start, number in zip(starts, ("0041", "0042", "0043"), strict=True):
        assert f"Datasheet number: {number} Interviewer:" in pages[start]


@pytest.mark.parametrize(
    ("answer", "closes", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_closing_with_unsaved_changes_asks_first(qtbot, database, answer, closes, saved):
    designer = _designer(qtbot, database)
    _add(designer, QuestionType.TEXT, "Anything else?")

    def answer_prompt() -> None:
        box = getattr(designer, "unsaved_prompt", None)
        if box is None or not box.isVisible():
            QTimer.singleShot(20, answer_prompt)
            return
        box.button(answer).click()

    QTimer.singleShot(0, answer_prompt)
    designer.close()
    if saved:
        qtbot.waitUntil(lambda: not designer.isVisible(), timeout=10_000)
    assert designer.isVisible() is not closes
    with database.session() as session:
        stored = all_versions(session, designer.document.questionnaire.form_id)
    assert bool(stored) is saved


def test_the_main_window_opens_the_designer_for_new_and_stored_questionnaires(
    qtbot, database, example_paths
):
    from duodesk.gui.main_window import MainWindow

    with database.session() as session:
        save_questionnaire(session, read_xlsform(example_paths["training_employment_barriers"]))
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home_loaded, timeout=10_000):
        window.show()
    designer = window.designer.new_questionnaire()
    qtbot.addWidget(designer, before_close_func=lambda w: w.document.mark_saved())
    assert designer.settings_editor.title.text() == "New questionnaire"
    window.designer.edit_button.click()
    qtbot.waitUntil(lambda: len(window.designer.designers) == 2, timeout=10_000)
    opened = window.designer.designers[1]
    qtbot.addWidget(opened, before_close_func=lambda w: w.document.mark_saved())
    assert opened.document.questionnaire.form_id == "training_employment_barriers"
    assert opened.settings_editor.form_id.isReadOnly()


def test_an_xlsform_is_brought_in_off_the_gui_thread_and_can_be_undone(
    qtbot, database, example_paths, tmp_path, monkeypatch
):
    designer = _designer(qtbot, database)
    with qtbot.waitSignal(designer.form_imported, timeout=20_000):
        designer.import_xlsform(example_paths["hepatitis_c_peer_survey"])
    assert "hcv_diagnosed" in _names(designer)
    designer.document.undo_stack.undo()
    assert "hcv_diagnosed" not in _names(designer)

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook at all")
    designer.import_xlsform(broken)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "broken.xlsx" in shown[0]


def test_enter_on_the_add_a_question_button_opens_its_menu(qtbot, database):
    designer = _designer(qtbot, database)
    menu = designer.add_button.menu()
    shown = []
    menu.aboutToShow.connect(lambda: (shown.append(True), QTimer.singleShot(0, menu.close)))
    designer.add_button.setFocus()
    qtbot.keyClick(designer.add_button, Qt.Key.Key_Return)
    assert shown == [True]


def test_tab_in_the_question_editor_reaches_the_question_and_help_before_the_short_name(
    qtbot, database
):
    designer = _designer(qtbot, database)
    designer.add_question(QuestionType.TEXT)
    editor = designer.question_editor
    designer.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is designer, timeout=5_000)
    editor.type_box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.type_box)
    expected = [*editor.label.boxes.values(), *editor.hint.boxes.values(), editor.name_edit]
    seen = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected


def test_the_editor_pane_scrolls_to_the_box_the_keyboard_reaches(qtbot, database):
    designer = _designer(qtbot, database)
    designer.resize(1000, 240)  # a short window: the lowest box is out of view
    designer.add_question(QuestionType.TEXT)
    designer.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is designer, timeout=5_000)
    viewport = designer.editor_scroll.viewport()
    editor = designer.question_editor
    qtbot.waitUntil(editor.identifying.isVisible)
    reachable = [
        w
        for w in editor.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    box = max(reachable, key=lambda w: w.mapTo(viewport, w.rect().topLeft()).y())
    assert box.mapTo(viewport, box.rect().topLeft()).y() > viewport.height()
    box.setFocus()  # as a mnemonic or a click on a label does: not through Tab
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    top = box.mapTo(viewport, box.rect().topLeft()).y()
    assert top >= 0 and top + box.height() <= viewport.height()


def test_tab_leaves_the_answer_options_table_and_arrows_still_edit_its_cells(qtbot, database):
    designer = _designer(qtbot, database)
    _yes_no(designer, "Have you ever been to prison?")
    table = designer.question_editor.choices.table
    designer.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is designer, timeout=5_000)
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table  # out, not to the next cell
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is not table
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentRow() == 1
    qtbot.keyClick(table, Qt.Key.Key_F2)  # edits the cell: the option's wording
    editor = QApplication.focusWidget()
    assert editor is not table and table.isAncestorOf(editor)
    assert table.state() is QAbstractItemView.State.EditingState
    assert editor.text() == "No"  # the second option's wording, ready to change
    editor.selectAll()
    qtbot.keyClicks(editor, "No, never")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the table saves the cell on the next turn
    question = designer.document.selected_item()
    language = designer.document.default_language

    def relabelled() -> bool:
        choice_list = designer.document.questionnaire.choice_lists[question.list_name]
        return choice_list.choices[1].label[language] == "No, never"

    qtbot.waitUntil(relabelled, timeout=5_000)
