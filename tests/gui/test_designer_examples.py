"""Each shipped example questionnaire, built from nothing through the designer's own widgets,
saved as an XLSForm, read back and compared with the shipped one."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from duodesk.core import form_edits, number_bands
from duodesk.core.answer_rules import from_constraint
from duodesk.core.expressions.conversions import number_text
from duodesk.core.questionnaire import Group, Question, Questionnaire, QuestionType
from duodesk.core.skip_logic import from_expression
from duodesk.core.xlsform import read_xlsform
from duodesk.gui.designer.skip_logic_builder import ANY, SkipLogicBuilder
from duodesk.gui.designer.window import DesignerWindow


def _type(edit, text: str) -> None:
    edit.setText(text)
    edit.textEdited.emit(text)


def _finish(edit, text: str) -> None:
    edit.setText(text)
    edit.editingFinished.emit()


def _fill_bands(editor, bands: number_bands.NumberBands) -> None:
    """Fill in the bands table the way a person does: pick, add rows, type."""
    editor.question_box.setCurrentIndex(editor.question_box.findData(bands.question))
    editor.inclusive.setChecked(bands.bands[0].inclusive)
    for band in bands.bands:
        editor.add_band()
        row = editor.table.rowCount() - 1
        editor.table.item(row, 0).setText(number_text(band.limit))
        editor.table.item(row, 1).setText(band.name)
    _type(editor.otherwise, bands.otherwise)


def _texts(widget, texts) -> None:
    for language, text in texts.items():
        widget.set_text(language, text)


def _skip(builder: SkipLogicBuilder, relevant: str) -> None:
    logic = from_expression(relevant)
    assert logic is not None, relevant
    for condition in logic.conditions:
        row = builder.add_condition()
        row.question_box.setCurrentIndex(row.question_box.findData(condition.question))
        row.operator_box.setCurrentIndex(row.operator_box.findData(condition.operator))
        if row.has_choices:
            row.value_box.setCurrentIndex(row.value_box.findData(condition.value))
        else:
            _type(row.value_edit, condition.value)
    if not logic.match_all:
        builder.mode.setCurrentIndex(builder.mode.findData(ANY))


def _options(designer: DesignerWindow, editor, list_name: str, source: Questionnaire) -> None:
    """Pick an existing list, or make the list option by option."""
    if list_name in designer.document.questionnaire.choice_lists:
        index = editor.share_box.findData(list_name)
        editor.share_box.setCurrentIndex(index)
        editor.share_box.activated.emit(index)
        return
    _finish(editor.list_name_edit, list_name)
    languages = designer.document.languages
    for row, choice in enumerate(source.choice_lists[list_name].choices):
        if choice.missing and choice.label.get(languages[0]) in editor.missing_buttons:
            editor.missing_buttons[choice.label[languages[0]]].click()
        else:
            _type(editor.new_option, choice.label.get(languages[0], choice.name))
            editor.add_typed_option()
        if editor.table.item(row, len(languages)).text() != choice.name:
            editor.table.item(row, len(languages)).setText(choice.name)
        for column, language in enumerate(languages[1:], start=1):
            if language in choice.label:
                editor.table.item(row, column).setText(choice.label[language])
        if (
            choice.missing
            and editor.table.item(row, len(languages) + 1).checkState() != Qt.CheckState.Checked
        ):
            editor.table.item(row, len(languages) + 1).setCheckState(Qt.CheckState.Checked)


def _question(
    designer: DesignerWindow, question: Question, source: Questionnaire, after_section: bool
) -> None:
    designer.add_question(question.type)
    if after_section:  # added inside the section just made: Ctrl+Down takes it out
        designer.move_selected(1)
    editor = designer.question_editor
    _texts(editor.label, question.label)
    _finish(editor.name_edit, question.name)
    _texts(editor.hint, question.hint)
    if question.required == "yes":
        editor.required.setChecked(True)
    _texts(editor.required_message, question.required_message)
    if question.identifying:
        editor.identifying.setChecked(True)
    if question.default:
        _type(editor.default, question.default)
    if question.calculation and number_bands.from_expression(question.calculation):
        _fill_bands(editor.bands, number_bands.from_expression(question.calculation))
    elif question.calculation:  # not a shape the designer builds: typed, as a user would
        _type(editor.calculation, question.calculation)
    if question.type.is_select:
        _options(designer, editor.choices, question.list_name, source)
    if question.constraint:
        rules = from_constraint(question.constraint)
        assert rules is not None
        fields = designer.question_editor.rules
        if rules.minimum:
            _type(fields.minimum, rules.minimum)
        if rules.maximum:
            _type(fields.maximum, rules.maximum)
        if rules.not_in_future:
            fields.not_in_future.setChecked(True)
        if rules.exclusive:
            fields.exclusive.setCurrentIndex(fields.exclusive.findData(rules.exclusive))
        if rules.at_most:
            fields.at_most.setValue(rules.at_most)
    _texts(editor.rules_message, question.constraint_message)
    if question.relevant:
        _skip(editor.skip, question.relevant)


def _group(
    designer: DesignerWindow, group: Group, source: Questionnaire, after_section: bool
) -> None:
    grid = group.is_grid
    path = designer.add_grid() if grid else designer.add_section()
    if after_section:
        designer.move_selected(1)
        path = designer.document.selected
    editor = designer.grid_editor if grid else designer.group_editor
    assert designer.editors.currentWidget() is editor
    _finish(editor.name_edit, group.name)
    _texts(editor.label, group.label)
    _texts(editor.hint, group.hint)
    if "field-list" in group.appearance.split():
        editor.one_page.setChecked(True)
    if group.relevant:
        _skip(editor.skip, group.relevant)
    if grid:
        _options(designer, editor.scale, group.grid_list_name(), source)
        languages = designer.document.languages
        for row, statement in enumerate(group.children):
            _type(editor.new_statement, statement.label[languages[0]])
            editor.add_typed_statement()
            if editor.statements.item(row, len(languages)).text() != statement.name:
                editor.statements.item(row, len(languages)).setText(statement.name)
            for column, language in enumerate(languages[1:], start=1):
                editor.statements.item(row, column).setText(statement.label.get(language, ""))
    else:
        _items(designer, group.children, source)
    designer.document.select(path)


def _items(designer, items, source) -> None:
    after_section = False
    for item in items:
        if isinstance(item, Group):
            _group(designer, item, source, after_section)
        else:
            _question(designer, item, source, after_section)
        after_section = isinstance(item, Group) and not item.is_grid


def _build(designer: DesignerWindow, source: Questionnaire) -> None:
    settings = designer.settings_editor
    _type(settings.title, source.settings.form_title)
    _finish(settings.form_id, source.settings.form_id)
    _type(settings.version, source.settings.version)
    for language in source.languages()[1:]:
        _type(settings.new_language, language)
        settings.add_typed_language()
    _items(designer, source.children, source)
    designer.document.select(None)
    for row in range(settings.code_questions.count()):
        item = settings.code_questions.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in source.settings.participant_code:
            item.setCheckState(Qt.CheckState.Checked)


def _comparable(questionnaire: Questionnaire) -> Questionnaire:
    """Without what a spreadsheet adds by itself: row numbers, and copies of ``required`` in
    the unknown-columns map."""

    def clean(item):
        if isinstance(item, Group):
            return replace(item, children=tuple(clean(c) for c in item.children), row=0)
        extra = {k: v for k, v in item.extra.items() if k != "required"}
        return replace(item, extra=extra, row=0)

    return replace(questionnaire, children=tuple(clean(c) for c in questionnaire.children))


@pytest.mark.parametrize(
    "stem",
    ["hepatitis_c_peer_survey", "training_employment_barriers", "drug_user_organisation_profile"],
)
@pytest.mark.slow
def test_an_example_built_in_the_designer_matches_the_shipped_form(
    qtbot, database, example_paths, tmp_path, stem
):
    source = read_xlsform(example_paths[stem])
    designer = DesignerWindow(database, form_edits.empty_questionnaire("New questionnaire"))
    qtbot.addWidget(designer, before_close_func=lambda w: w.document.mark_saved())
    _build(designer, source)
    built = designer.document.questionnaire

    assert [i.name for i, _ in built.walk()] == [i.name for i, _ in source.walk()]
    for (mine, _), (theirs, _) in zip(
        _comparable(built).walk(), _comparable(source).walk(), strict=True
    ):
        if isinstance(mine, Question):
            assert mine == theirs
    assert dict(built.choice_lists) == dict(source.choice_lists)
    assert _comparable(built) == _comparable(source)
    assert designer.checks.check_now(built) == []

    path = tmp_path / f"{stem}.xlsx"
    assert designer.export_xlsform(path)
    read_back = read_xlsform(path)
    assert read_back.settings == source.settings
    assert dict(read_back.choice_lists) == dict(source.choice_lists)
    for mine, theirs in zip(read_back.questions(), source.questions(), strict=True):
        for column in (
            "name",
            "type",
            "label",
            "hint",
            "list_name",
            "relevant",
            "constraint",
            "constraint_message",
            "required_message",
            "calculation",
            "default",
            "identifying",
        ):
            assert getattr(mine, column) == getattr(theirs, column), (mine.name, column)
    for mine, theirs in zip(read_back.groups(), source.groups(), strict=True):
        assert (mine.name, mine.label, mine.relevant, mine.is_grid) == (
            theirs.name,
            theirs.label,
            theirs.relevant,
            theirs.is_grid,
        )
    assert all(q.type is not QuestionType.START for q in read_back.questions())
