"""The Results screen on a form with a repeat: a repeat question's table counts drugs, not
people, and says so; a crosstab of a repeat question by a question asked once per person
counts drugs and says so."""

from __future__ import annotations

from PySide6.QtCore import Qt

from duodesk.gui.results.window import ResultsWindow
from tests.gui.test_results import choose
from tests.repeat_project import add_drug_interviews


def test_a_repeat_question_is_shown_over_its_instances_with_its_denominator(
    qtbot, database, tmp_path
):
    add_drug_interviews(database, tmp_path, count=25, seed=2)
    window = ResultsWindow(database, "drugs")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitSignal(window.summary_shown, timeout=30_000):
        window.show()
    assert window.questions.choose("drug")
    page = window.view
    qtbot.waitUntil(lambda: "Counted over" in page.denominators.text(), timeout=10_000)
    assert page.denominators.text().startswith("Counted over ")
    assert "drugs named by" in page.denominators.text()
    model = page.choice.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[1] == "Number of drugs" and " drugs" in headers[2]
    window.grab().save(str(tmp_path / "results_repeat.png"))
    offered = {
        window.crosstab.row_question.itemData(i)
        for i in range(window.crosstab.row_question.count())
    }
    assert "drug" in offered and "drugs" in offered
    builder = window.crosstab
    labels = [builder.row_question.itemText(i) for i in range(builder.row_question.count())]
    assert any(label.endswith("(each instance of “drug”)") for label in labels)
    window.tabs.setCurrentIndex(1)  # Compare two questions
    builder.choose("drug", "site")
    with qtbot.waitSignal(
        window.details_shown, timeout=20_000, check_params_cb=lambda kind: kind == "crosstab"
    ):
        qtbot.mouseClick(builder.make_button, Qt.MouseButton.LeftButton)
    assert "drugs named by" in builder.about.text()
    assert builder.warning.text().startswith("Counted over ") and builder.tests.text() == ""
    assert builder.shows.currentText() == "Number of drugs"
    total = builder.model.index(builder.model.rowCount() - 1, builder.model.columnCount() - 1)
    assert f"the {total.data(Qt.ItemDataRole.EditRole)} drugs named by" in builder.about.text()
    window.grab().save(str(tmp_path / "results_repeat_crosstab.png"))
    choose(qtbot, window, "drugs")


def test_a_russian_repeat_label_is_not_given_an_english_plural(
    qtbot, database, tmp_path, monkeypatch
):
    """ "наркотик" became "наркотикs": the instances of a repeat labelled in another language
    than English are named, "instances of “наркотик”"."""
    import tests.repeat_project
    from tests.core.test_repeats import DRUG_SURVEY

    survey = [
        ["type", "name", "label::Русский (ru)", *DRUG_SURVEY[0][3:]],
        *(
            ["begin_repeat", "drugs", "Наркотик", *row[3:]] if row[1] == "drugs" else row
            for row in DRUG_SURVEY[1:]
        ),
    ]
    monkeypatch.setattr(tests.repeat_project, "DRUG_SURVEY", survey)
    add_drug_interviews(database, tmp_path, count=25, seed=2)
    window = ResultsWindow(database, "drugs")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitSignal(window.summary_shown, timeout=30_000):
        window.show()
    assert window.questions.choose("drug")
    page = window.view
    qtbot.waitUntil(lambda: "Counted over" in page.denominators.text(), timeout=10_000)
    assert "instances of “наркотик” named by" in page.denominators.text()
    model = page.choice.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[1] == "Number of instances of “наркотик”"
    window.grab().save(str(tmp_path / "results_russian_repeat.png"))
    for found in (page.denominators.text(), *map(str, headers)):
        assert "наркотикs" not in found
