"""A participant code kept from an earlier sitting: said so on its page, and counted among
the answers given."""

from __future__ import annotations

from duodesk.gui.entry import operations as ops
from duodesk.gui.entry.drafts_dialog import describe_draft
from duodesk.gui.entry.form_view import CODE_RECORDED_HINT
from tests.gui.entry_helpers import settle, show, start
from tests.gui.test_entry_duplicates import _give_code

CODE = ("code_first_letter", "code_mother_letter", "code_birth_day", "code_birth_month")


def test_a_kept_code_says_recorded_after_carrying_on_and_is_counted(qtbot, database):
    window = start(qtbot, database, "hepc_peer_survey")
    _give_code(qtbot, window, "M", "J", "3", "11")
    view = window.view
    view.go_to_question("sex")
    assert view.widgets["sex"].choose_by_number(1)  # one answer besides the code
    settle(qtbot, window)
    given = sum(1 for r in view.final_records() if r.value is not None) + len(CODE)
    interview_id = window.opened.interview_id
    window.close()
    assert not window.isVisible()

    (draft,) = ops.list_drafts(database)
    assert draft.answered == given
    assert f"{given} answers so far" in describe_draft(draft)

    again = show(qtbot, database, ops.open_interview(database, interview_id))
    for name in CODE:
        again.view.go_to_question(name)
        widget = again.view.widgets[name]
        assert widget.editor.text() == ""  # never shown again
        assert widget.kept_note.isVisible()
        assert widget.kept_note.text() == CODE_RECORDED_HINT
        assert widget.editor.placeholderText() == "Recorded (hidden)"
