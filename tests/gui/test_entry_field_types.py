"""Entering the question types phones have on the laptop, through the real interview window:
typed locations, attached files, ranges, acknowledgements, or_other, names shared by groups,
and the metadata the laptop can fill."""

from __future__ import annotations

from datetime import date

import pypdf
from PySide6.QtCore import Qt
from sqlalchemy import select

from duodesk.core.records import AnswerStatus
from duodesk.core.xlsform import read_xlsform
from duodesk.gui import entry_operations as ops
from duodesk.gui.entry.field_widgets import LOCATION_NOTE
from duodesk.storage.attachments import attached_file
from duodesk.storage.interviews import stored_answers
from duodesk.storage.models import Attachment
from duodesk.storage.questionnaires import save_questionnaire
from tests.core.forms import write_form
from tests.gui.entry_helpers import settle, show

SURVEY = [
    ["type", "name", "label", "parameters", "appearance"],
    ["deviceid", "deviceid", "", "", ""],
    ["username", "username", "", "", ""],
    ["phonenumber", "phone", "", "", ""],
    ["geopoint", "home", "Where do you sleep?", "", ""],
    ["image", "photo", "Photo of the notice board", "", ""],
    ["range", "safety", "How safe do you feel?", "start=0 end=10 step=2", ""],
    ["acknowledge", "consent", "Consent read out", "", ""],
    ["barcode", "kit", "Code on the test kit", "", ""],
    ["select_one drug or_other", "drug", "Main drug", "", ""],
    ["begin_group", "before", "Before prison", "", ""],
    ["integer", "age", "Age then", "", ""],
    ["end_group", "", "", "", ""],
    ["begin_group", "now", "Now", "", ""],
    ["integer", "age", "Age now", "", ""],
    ["end_group", "", "", "", ""],
]
CHOICES = [["list_name", "name", "label"], ["drug", "heroin", "Heroin"], ["drug", "crack", "Crack"]]


def _start(qtbot, database, tmp_path):
    form = read_xlsform(write_form(tmp_path / "f.xlsx", SURVEY, CHOICES, [["form_id"], ["field"]]))
    with database.session() as session:
        save_questionnaire(session, form)
    opened = ops.start_interview(
        database, ops.InterviewDetails("field", "Sam", "Centre B", date(2024, 7, 12))
    )
    return show(qtbot, database, opened)


def _type(qtbot, window, name: str, text: str):
    """Type ``text`` as the answer to ``name`` (replacing what was there); the widget."""
    window.view.go_to_question(name)
    widget = window.view.widgets[name]
    widget.focus_input()
    qtbot.keyClick(widget.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget.editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget.editor, text)
    window.view.flush()
    settle(qtbot, window)
    return widget


def _stored(database, window):
    with database.session() as session:
        return stored_answers(session, window.opened.interview_id)


def test_typed_location_range_and_acknowledgement_are_checked_and_stored(qtbot, database, tmp_path):
    window = _start(qtbot, database, tmp_path)
    view = window.view
    home = _type(qtbot, window, "home", "95 -3")
    assert LOCATION_NOTE in home.note.text()  # the question says the laptop finds no location
    assert "the latitude must be between -90 and 90" in (home.error() or "")
    home = _type(qtbot, window, "home", "55.9533 -3.1883")
    assert home.error() is None

    safety = _type(qtbot, window, "safety", "12")
    assert "A number from 0 to 10, in steps of 2" in safety.bounds.text()
    assert "outside the range from 0 to 10" in (safety.error() or "")
    safety = _type(qtbot, window, "safety", "3")
    assert "not one of the steps" in (safety.error() or "")
    safety = _type(qtbot, window, "safety", "")
    assert safety.slider is not None
    safety.slider.setFocus()
    qtbot.keyClick(safety.slider, Qt.Key.Key_Right)
    qtbot.keyClick(safety.slider, Qt.Key.Key_Right)
    assert safety.editor.text() == "4"
    assert safety.error() is None

    view.go_to_question("consent")
    consent = view.widgets["consent"]
    consent.box.setFocus()
    qtbot.keyClick(consent.box, Qt.Key.Key_Space)
    _type(qtbot, window, "kit", "KIT-0042")

    answers = _stored(database, window)
    assert answers["home"].value == "55.9533 -3.1883"
    assert answers["safety"].value == "4" and answers["safety"].number == 4
    assert answers["consent"].value == "OK"
    assert answers["kit"].value == "KIT-0042"
    # the laptop fills what it can, and leaves a phone's number blank
    assert answers["username"].value == "Sam"
    assert answers["deviceid"].value.startswith("duodesk:")
    assert answers["phone"].status is AnswerStatus.NO_ANSWER


def test_an_attached_file_is_kept_inside_the_project_and_removed_with_its_answer(
    qtbot, database, tmp_path
):
    window = _start(qtbot, database, tmp_path)
    view = window.view
    view.go_to_question("photo")
    photo = view.widgets["photo"]
    assert photo.attach_button.text() == "Attach a file…"
    picture = tmp_path / "notice board.jpg"
    picture.write_bytes(b"\xff\xd8\xff\xe0 a small picture")
    assert photo.attach(picture)
    settle(qtbot, window)
    assert photo.shown.text() == "Attached: notice board.jpg"
    assert _stored(database, window)["photo"].value == "notice board.jpg"
    with database.session() as session:
        kept = attached_file(session, window.opened.interview_id, "photo")
    assert kept is not None and kept.content == picture.read_bytes()
    picture.unlink()  # the project has its own copy

    photo.remove_button.click()
    settle(qtbot, window)
    assert _stored(database, window)["photo"].status is AnswerStatus.NO_ANSWER
    with database.session() as session:
        assert session.scalars(select(Attachment)).all() == []


def test_a_file_too_large_or_unreadable_is_refused_in_words(qtbot, database, tmp_path):
    window = _start(qtbot, database, tmp_path)
    window.view.go_to_question("photo")
    photo = window.view.widgets["photo"]
    assert not photo.attach(tmp_path / "gone.jpg")
    assert photo.error() == "gone.jpg could not be read. Choose another file."
    assert photo.value() is None


def test_other_opens_its_text_box_and_shared_names_are_separate_answers(qtbot, database, tmp_path):
    window = _start(qtbot, database, tmp_path)
    view = window.view
    assert not view.state.states["drug_other"].applicable
    view.go_to_question("drug")
    drug = view.widgets["drug"]
    assert [b.text().split()[-1] for b in drug.buttons.values()] == ["Heroin", "Crack", "Other"]
    drug.focus_input()
    qtbot.keyClick(drug, Qt.Key.Key_3)
    settle(qtbot, window)
    assert view.state.states["drug_other"].applicable
    _type(qtbot, window, "drug_other", "pregabalin")
    assert _type(qtbot, window, "before/age", "25").label.text() == "Age then"
    assert _type(qtbot, window, "now/age", "31").label.text() == "Age now"
    answers = _stored(database, window)
    assert answers["drug"].value == "other"
    assert answers["drug_other"].value == "pregabalin"
    assert answers["before/age"].number == 25
    assert answers["now/age"].number == 31


def test_the_designer_shows_the_phone_types_and_prints_them_on_paper(qtbot, database, tmp_path):
    from duodesk.gui.designer.window import DesignerWindow

    form = read_xlsform(write_form(tmp_path / "f.xlsx", SURVEY, CHOICES, [["form_id"], ["field"]]))
    designer = DesignerWindow(database, form)
    qtbot.addWidget(designer, before_close_func=lambda w: w.document.mark_saved())
    designer.show()
    shown = {}
    for question in form.questions():
        designer.go_to_name(question.name)
        editor = designer.question_editor
        if editor.isVisible():
            shown[question.name] = editor.type_box.currentText()
    assert shown["home"] == "Location (typed, or left blank)"
    assert shown["photo"] == "Photo (a file attached)"
    assert shown["safety"] == "Number in a range"
    path = designer.write_paper(tmp_path / "paper.pdf")
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(path).pages
    )
    for label in ("Where do you sleep?", "How safe do you feel?", "Consent read out", "Other"):
        assert label in text
