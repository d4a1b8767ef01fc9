"""Counts on the screens read as English: "1 interview", never "1 interviews"."""

from __future__ import annotations

import pytest

from duodesk.core.xlsform import read_xlsform
from duodesk.gui.designer.window import DesignerWindow
from duodesk.gui.wording import counted
from duodesk.resources import example_forms


@pytest.mark.parametrize(
    ("number", "words", "expected"),
    [
        (0, ("interview",), "0 interviews"),
        (1, ("interview",), "1 interview"),
        (2, ("interview",), "2 interviews"),
        (1, ("person", "people"), "1 person"),
        (1200, ("person", "people"), "1,200 people"),
    ],
)
def test_a_count_agrees_with_its_word(number, words, expected):
    assert counted(number, *words) == expected


@pytest.mark.parametrize(
    ("interviews", "expected"),
    [
        (
            1,
            "1 interview uses this questionnaire: saving a change makes a new version, and that "
            "interview keeps its.",
        ),
        (
            3,
            "3 interviews use this questionnaire: saving a change makes a new version, and those "
            "interviews keep theirs.",
        ),
    ],
)
def test_the_designer_says_how_many_interviews_use_the_questionnaire(
    qtbot, database, interviews, expected
):
    form = read_xlsform(next(p for p in example_forms() if "hepatitis" in p.name))
    designer = DesignerWindow(database, form, stored=True, interviews=interviews)
    qtbot.addWidget(designer)
    assert designer.statusBar().currentMessage() == expected
