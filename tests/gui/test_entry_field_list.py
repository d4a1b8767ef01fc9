"""A field-list group: its questions on one page, with skip logic live on that page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from duodesk.core.xlsform import read_xlsform
from duodesk.gui.entry.form_view import InterviewFormView
from tests.core.forms import YES_NO, write_form


def _form(tmp_path):
    path = write_form(
        tmp_path / "page.xlsx",
        [
            ["type", "name", "label", "relevant", "appearance"],
            ["begin_group", "about", "About you", "", "field-list"],
            ["select_one yes_no", "housed", "Do you have somewhere to stay?", "", ""],
            ["text", "where", "Where do you stay?", "${housed} = 'yes'", ""],
            ["integer", "nights", "Nights slept outside last week", "", ""],
            ["end_group", "", "", "", ""],
            ["text", "last", "Anything else?", "", ""],
        ],
        YES_NO,
    )
    return read_xlsform(path)


def test_a_field_list_group_is_one_page_and_applies_skip_logic_on_it(qtbot, tmp_path):
    view = InterviewFormView(_form(tmp_path))  # a throw-away interview: nothing stored
    qtbot.addWidget(view)
    view.show()
    assert len(view.pages) == 2
    assert set(view.widgets) == {"housed", "where", "nights"}  # all three on the first page
    assert not view.widgets["where"].isVisible()  # not asked until "Yes"

    view.widgets["housed"].setFocus()
    qtbot.keyClick(view.widgets["housed"], Qt.Key.Key_1)  # 1 = Yes
    qtbot.waitUntil(lambda: view.widgets["where"].isVisible(), timeout=5_000)
