"""Making a repeated section in the designer ("for each drug you used: ..."): adding it, saying
how many times it is asked, moving questions in and out, and the XLSForm it is written as."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pyxform.xls2xform import convert

from duodesk.core.questionnaire import QuestionType, Repeat
from duodesk.core.xlsform import read_xlsform
from tests.gui.test_designer import _add, _designer, _names


def _how_many_texts(designer) -> list[str]:
    combo = designer.group_editor.how_many
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_repeated_section_is_made_counted_filled_and_written_as_an_xlsform(
    qtbot, database, tmp_path
):
    designer = _designer(qtbot, database)
    _add(designer, QuestionType.INTEGER, "How many drugs did you use last month?")
    _add(designer, QuestionType.TEXT, "Which drug?")
    _add(designer, QuestionType.TEXT, "Where did you get equipment?")
    designer.document.select(None)
    path = designer.add_repeat()
    assert isinstance(designer.document.selected_item(), Repeat)
    editor = designer.group_editor
    assert editor.repeated.isChecked() and editor.how_many.isVisibleTo(designer)
    assert _how_many_texts(designer)[:2] == [
        "As many as the interviewer adds",
        "The answer to “How many drugs did you use last month?”",
    ]
    editor.how_many.setCurrentIndex(1)
    editor.how_many.activated.emit(1)
    repeat = designer.document.selected_item()
    assert repeat.repeat_count == "${how_many_drugs_did_you_use_last_month}"

    model = designer.model  # dragged in, and moved in
    model.dropMimeData(
        model.mimeData([model.index_of((1,))]),
        Qt.DropAction.MoveAction,
        -1,
        0,
        model.index_of(path),
    )
    designer.move_item((1,), (2,), 1)
    repeat = designer.document.questionnaire.children[-1]
    assert [c.name for c in repeat.children] == ["which_drug", "where_did_you_get_equipment"]
    designer.move_item((1, 1), (), 2)  # and one comes out again, after the section
    assert _names(designer)[-1] == "where_did_you_get_equipment"
    designer.move_item((2,), (1,), 1)

    out = tmp_path / "drugs.xlsx"
    assert designer.export_xlsform(out)
    convert(xlsform=str(out), validate=False)  # pyxform accepts it
    again = read_xlsform(out)
    (written,) = again.repeats()
    assert written.repeat_count == "${how_many_drugs_did_you_use_last_month}"
    assert [c.name for c in written.children] == ["which_drug", "where_did_you_get_equipment"]
    assert again.children == designer.document.questionnaire.children


def test_a_section_becomes_a_repeat_and_back_with_undo(qtbot, database):
    designer = _designer(qtbot, database)
    designer.add_section()
    editor = designer.group_editor
    assert not editor.repeated.isChecked() and not editor.how_many.isVisibleTo(designer)
    editor.repeated.setChecked(True)
    repeat = designer.document.selected_item()
    assert isinstance(repeat, Repeat) and repeat.repeat_count == ""
    editor.how_many.setCurrentIndex(editor.how_many.findData("4"))
    editor.how_many.activated.emit(editor.how_many.currentIndex())
    assert designer.document.selected_item().repeat_count == "4"
    designer.undo_action.trigger()
    designer.undo_action.trigger()
    assert not isinstance(designer.document.selected_item(), Repeat)
    assert not designer.group_editor.repeated.isChecked()
