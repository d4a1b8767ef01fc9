"""XLSForms as ODK and KoboToolbox users really have them: the shapes that used to be refused."""

from __future__ import annotations

from duodesk.core.questionnaire import Group, QuestionType
from duodesk.core.xlsform import read_xlsform, write_xlsform
from tests.core.forms import YES_NO, write_form


def test_end_metadata_is_not_read_as_the_end_of_a_group(tmp_path):
    # KoboToolbox puts start and end at the top of every form it writes.
    path = write_form(
        tmp_path / "kobo.xlsx",
        [
            ["type", "name", "label"],
            ["start", "start", ""],
            ["end", "end", ""],
            ["begin_group", "g", "Group"],
            ["select_one yes_no", "used", "Used?"],
            ["end_group", "", ""],
        ],
        YES_NO,
    )
    questionnaire = read_xlsform(path)
    assert questionnaire.question("end").type is QuestionType.END
    (group,) = [c for c in questionnaire.children if isinstance(c, Group)]
    assert [q.name for q in group.children] == ["used"]


def test_a_form_saved_with_end_metadata_reads_back(tmp_path):
    path = write_form(
        tmp_path / "form.xlsx",
        [["type", "name", "label"], ["end", "end", ""], ["integer", "age", "Age"]],
    )
    saved = tmp_path / "saved.xlsx"
    write_xlsform(read_xlsform(path), saved)
    assert [q.type for q in read_xlsform(saved).questions()] == [
        QuestionType.END,
        QuestionType.INTEGER,
    ]
