"""A survey of only 1 to threshold interviews publishes no tables.

With 3 interviews every table's "Total interviews" is 3, and its hidden numbers follow from
it: "Answered *" beside "No answer 0" and "Not asked 0" is 3, two hidden numbers adding up to
3 are 1 and 2. So the health board's workbook and the findings report are refused, as a
part of the survey that small already is; the files that stay within the group (CSV, SPSS)
are not tables and are still written.
"""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from duodesk.cli import main
from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    Question,
    Questionnaire,
    QuestionType,
    Settings,
)
from duodesk.exports.disclosure import TooFewInterviews
from duodesk.exports.export import export
from duodesk.exports.layout import ExportFormat
from duodesk.gui.export.window import ExportWindow
from tests.analysis.projects import store_interviews
from tests.exports.attack import attack
from tests.exports.test_disclosure_attack import chain_questionnaire

FORM = "tiny"
REFUSED = "This questionnaire has only 1 to 4 complete interviews"


def questionnaire() -> Questionnaire:
    yes_no = ChoiceList("yes_no", (Choice("yes", {"": "Yes"}), Choice("no", {"": "No"})))
    sexes = ChoiceList(
        "sex",
        (
            Choice("male", {"": "Male"}),
            Choice("female", {"": "Female"}),
            Choice("other", {"": "In another way"}),
        ),
    )
    return Questionnaire(
        Settings(FORM, "A tiny survey", "1"),
        (
            Question("sex", QuestionType.SELECT_ONE, {"": "Sex"}, list_name="sex"),
            Question("prison", QuestionType.SELECT_ONE, {"": "Ever in prison"}, list_name="yes_no"),
        ),
        {"sex": sexes, "yes_no": yes_no},
    )


def interviews(count: int) -> list[dict[str, object]]:
    people = [
        dict(sex="male", prison="yes"),
        dict(sex="female", prison="no"),
        dict(sex="male", prison="no"),
        dict(sex="female", prison="yes"),
        dict(sex="other", prison="no"),
    ]
    return people[:count]


@pytest.fixture
def three(database):
    store_interviews(database, questionnaire(), interviews(3), site="Centre")
    return database


@pytest.fixture
def five(database):
    store_interviews(database, questionnaire(), interviews(5), site="Centre")
    return database


def run(project_path, *arguments: str) -> int:
    return main(["--db", str(project_path), *arguments])


@pytest.mark.parametrize(
    "arguments",
    [
        ("export", FORM, "--xlsx", "board.xlsx"),
        ("export", FORM, "--xlsx", "board.xlsx", "--include-interview-data"),
        ("export", FORM, "--xlsx", "board.xlsx", "--where", "sex=male"),
        ("report", FORM, "--docx", "report.docx", "--pdf", "report.pdf"),
    ],
)
def test_the_tables_of_three_interviews_are_refused_and_nothing_is_written(
    three, project_path, tmp_path, capsys, arguments
):
    out = tmp_path / "out"
    out.mkdir()
    command = [str(out / a) if a.endswith((".xlsx", ".docx", ".pdf")) else a for a in arguments]
    assert run(project_path, *command) != 0
    said = capsys.readouterr()
    assert REFUSED in said.err
    assert "Wait until it has at least 5 interviews" in said.err
    assert "Traceback" not in said.err and said.out == ""
    assert list(out.iterdir()) == []  # no file, no half-written file


def test_the_data_files_for_the_group_are_still_written_for_three_interviews(
    three, project_path, tmp_path, capsys
):
    for option, name in (("--csv", "data.csv"), ("--sav", "data.sav")):
        assert run(project_path, "export", FORM, option, str(tmp_path / name)) == 0
        assert "3 interviews exported" in capsys.readouterr().out
    # Small numbers not hidden: a file for the group only (its Cover says so), not refused.
    path = tmp_path / "open.xlsx"
    assert run(project_path, "export", FORM, "--xlsx", str(path), "--show-small-numbers") == 0
    assert path.exists()


def test_the_refusal_is_the_one_a_small_part_gets(three, tmp_path):
    with pytest.raises(TooFewInterviews, match=REFUSED):
        export(three, FORM, tmp_path / "board.xlsx")
    assert not (tmp_path / "board.xlsx").exists()


def wait_for_window(qtbot, database) -> ExportWindow:
    window = ExportWindow(database, FORM, "A tiny survey")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.subset_bar.site.count() > 1, timeout=10_000)
    return window


@pytest.mark.parametrize("kind", [ExportFormat.XLSX, None])  # None: the findings report
def test_the_export_window_refuses_the_tables_of_three_interviews(qtbot, three, tmp_path, kind):
    window = wait_for_window(qtbot, three)
    assert window.hide_small.isChecked()
    if kind is None:
        window.report_button.setChecked(True)
    out = tmp_path / "out"
    out.mkdir()
    window.path_edit.setText(str(out / ("board.xlsx" if kind else "report.docx")))
    with qtbot.waitSignal(window.finished, timeout=60_000) as done:
        qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert done.args[0] is None
    message = window.status.text()
    assert message.startswith("The export could not be made: " + REFUSED)
    assert list(out.iterdir()) == []
    assert window.export_button.isEnabled()  # nothing left running; another choice can be made


def test_five_interviews_are_exported_with_their_number(five, project_path, tmp_path, capsys):
    path = tmp_path / "board.xlsx"
    assert run(project_path, "export", FORM, "--xlsx", str(path)) == 0
    assert capsys.readouterr().out.startswith("5 interviews exported to board.xlsx")
    cover = {r[0]: r[1] for r in openpyxl.load_workbook(path)["Cover"].iter_rows(values_only=True)}
    assert cover["Interviews"] == 5
    report = tmp_path / "report.docx"
    assert run(project_path, "report", FORM, "--docx", str(report)) == 0 and report.exists()


def test_the_export_window_writes_the_workbook_of_five_interviews(qtbot, five, tmp_path):
    window = wait_for_window(qtbot, five)
    path = tmp_path / "board.xlsx"
    window.path_edit.setText(str(path))
    with qtbot.waitSignal(window.finished, timeout=60_000) as done:
        qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert done.args[0] is not None and path.exists()
    assert "5 interviews exported" in window.status.text()


def test_no_count_from_1_to_4_can_be_read_from_the_workbook_of_five(database, tmp_path):
    """The smallest survey that may be published, attacked as a reader could (see
    :mod:`tests.exports.attack`): no count from 1 to 4 is shown, and none of the hidden ones
    can be worked out to one value from everything the workbook shows, skip logic
    included."""
    form = chain_questionnaire()
    answers = [
        {"opening": "no"},
        {"opening": "yes", "kind": "a", "ticks": ("x",), "how_many": 3, "not_no": "yes"},
        {"opening": "yes", "kind": "a", "ticks": ("x", "y"), "how_many": 5, "not_no": "no"},
        {"opening": "yes", "kind": "b", "other_kinds": "yes", "not_no": "yes", "both": "no"},
        {"opening": "yes", "kind": "c", "other_kinds": "no", "not_no": "yes"},
    ]
    store_interviews(database, form, answers, site="Centre")
    path = tmp_path / "board.xlsx"
    export(database, form.form_id, path)
    model, ranges = attack(path, form)
    assert model.interviews == 5 and ranges  # small numbers were there, and are hidden
    shown = {key: value for key, value in model.known.items() if key != ("n",)}
    assert not [key for key, value in shown.items() if 1 <= value <= 4]
    pinned = {key: r for key, r in ranges.items() if r[0] == r[1]}
    assert not pinned, f"hidden counts worked out exactly: {pinned}"
