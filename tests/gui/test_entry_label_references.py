"""``${name}`` in labels, hints, notes, choices and repeat headings shows the answer, as ODK
Collect and Enketo show it, and follows the answer when it changes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from duodesk.core.xlsform import read_xlsform
from duodesk.gui.entry.form_view import InterviewFormView
from duodesk.gui.entry.overview import answer_lines
from tests.core.forms import write_form

SURVEY = [
    ["type", "name", "label", "hint", "calculation"],
    ["select_one slope", "slope", "How steep is the plot?", "", ""],
    ["decimal", "radius", "Plot radius (m)?", "", ""],
    ["calculate", "slope_radius", "", "", "round(${radius} * 1.1, 1)"],
    [
        "note",
        "check",
        "The corrected full plot radius is ${slope_radius} m on ${slope} ground.",
        "Measured ${radius} m",
        "",
    ],
    ["select_one ok", "agree", "Is ${slope_radius} m right?", "", ""],
    ["begin_repeat", "trees", "Tree", "", ""],
    ["integer", "tag", "Tag number?", "", ""],
    ["begin_repeat", "stems", "Stems of tree with tag number ${tag}", "", ""],
    ["decimal", "width", "Width of this stem of tree ${tag}?", "", ""],
    ["end_repeat", "", "", "", ""],
    ["end_repeat", "", "", "", ""],
]
CHOICES = [
    ["list_name", "name", "label"],
    ["slope", "flat", "Flat"],
    ["slope", "steep", "Steep"],
    ["ok", "yes", "Yes, ${slope_radius} m"],
    ["ok", "no", "No"],
]


def _view(qtbot, tmp_path) -> InterviewFormView:
    questionnaire = read_xlsform(write_form(tmp_path / "plots.xlsx", SURVEY, CHOICES))
    view = InterviewFormView(questionnaire)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    return view


def test_a_note_shows_a_calculation_and_a_choice_changed_on_an_earlier_page(qtbot, tmp_path):
    view = _view(qtbot, tmp_path)
    view.go_to_question("check")
    note = view.widgets["check"]
    assert note.label.text() == "The corrected full plot radius is  m on  ground."  # unanswered

    view.go_to_question("slope")
    view.widgets["slope"].choose_by_number(2)
    view.go_to_question("radius")
    qtbot.keyClicks(view.widgets["radius"].editor, "10")
    qtbot.keyClick(view.widgets["radius"].editor, Qt.Key.Key_Return)
    view.go_to_question("check")
    note = view.widgets["check"]
    assert note.label.text() == "The corrected full plot radius is 11 m on Steep ground."
    assert note.hint.text() == "Measured 10 m"

    view.go_to_question("radius")  # back to page 2, a new answer, and on again
    editor = view.widgets["radius"].editor
    editor.clear()
    qtbot.keyClicks(editor, "20")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    view.go_to_question("check")
    assert view.widgets["check"].label.text() == (
        "The corrected full plot radius is 22 m on Steep ground."
    )
    view.go_to_question("agree")
    agree = view.widgets["agree"]
    assert agree.label.text() == "Is 22 m right?"
    assert agree.buttons["yes"].text() == "1   Yes, 22 m"
    agree.choose_by_number(1)
    lines = {line.name: line for line in answer_lines(view)}
    assert lines["agree"].question == "Is 22 m right?"
    assert lines["agree"].answer == "Yes, 22 m"


def test_a_reference_inside_a_repeat_takes_that_instances_answer(qtbot, tmp_path):
    view = _view(qtbot, tmp_path)
    view.add_instance("trees", "")  # two trees
    for instance, tag in (("1", "101"), ("2", "202")):
        key = f"tag[{instance}]"
        view.go_to_question(key)
        qtbot.keyClicks(view.widgets[key].editor, tag)
        view.flush()
    view.go_to_question("width[2.1]")
    assert view.repeat_heading.text() == (
        "Tree: 2 of 2 › Stems of tree with tag number 202: 1 of 1"
    )
    assert view.widgets["width[2.1]"].label.text() == "Width of this stem of tree 202?"
    view.go_to_question("width[1.1]")
    assert "Stems of tree with tag number 101: 1 of 1" in view.repeat_heading.text()
    assert view.widgets["width[1.1]"].label.text() == "Width of this stem of tree 101?"


def test_a_grid_statement_shows_the_answer_it_refers_to(qtbot, tmp_path):
    survey = [
        ["type", "name", "label", "appearance"],
        ["text", "service", "Which service do you use most?", ""],
        ["begin_group", "opinions", "About ${service}", "field-list"],
        ["select_one agree", "staff", "The staff at ${service} are kind", ""],
        ["select_one agree", "hours", "The opening hours suit me", ""],
        ["end_group", "", "", ""],
    ]
    choices = [["list_name", "name", "label"], ["agree", "yes", "Agree"], ["agree", "no", "No"]]
    questionnaire = read_xlsform(write_form(tmp_path / "grid.xlsx", survey, choices))
    view = InterviewFormView(questionnaire)
    qtbot.addWidget(view)
    view.show()
    qtbot.keyClicks(view.widgets["service"].editor, "the van")
    view.flush()
    view.go_to_question("staff")
    assert view.grid is not None
    assert view.grid.row_labels["staff"].text() == "The staff at the van are kind"
    assert view.group_heading.text() == "About the van"
