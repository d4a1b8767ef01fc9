"""The Results and Export screens of a questionnaire in two languages: the first language
column by default, the other on request."""

from __future__ import annotations

import csv

import pytest

from duodesk.core.xlsform import read_xlsform
from duodesk.exports.layout import ExportFormat
from duodesk.gui.export.window import ExportWindow
from duodesk.gui.results.window import ResultsWindow
from duodesk.storage.importer import import_responses
from duodesk.storage.questionnaires import save_questionnaire
from tests.core.forms import write_form

USED_AR = "\u0627\u0633\u062a\u062e\u062f\u0645\u061f"
YES_AR = "\u0646\u0639\u0645"


@pytest.fixture
def two_languages(database, tmp_path):
    path = write_form(
        tmp_path / "f.xlsx",
        [
            ["type", "name", "label::English (en)", "label::Arabic (ar)"],
            ["select_one yn", "used", "Used?", USED_AR],
        ],
        [
            ["list_name", "name", "label::English (en)", "label::Arabic (ar)"],
            ["yn", "yes", "Yes", YES_AR],
            ["yn", "no", "No", "\u0644\u0627"],
        ],
        [["form_id"], ["f"]],
    )
    with database.session() as session:
        save_questionnaire(session, read_xlsform(path))
    data = tmp_path / "d.csv"
    data.write_text("used,_site\nyes,A\nno,A\nyes,B\n", encoding="utf-8")
    import_responses(database, "f", data)
    return database


def test_results_start_in_the_first_language_and_switch_on_request(qtbot, two_languages):
    window = ResultsWindow(two_languages, "f")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.summary_shown, timeout=30_000):
        window.show()
    assert window.language.isVisible()
    assert [window.language.itemText(i) for i in range(window.language.count())] == [
        "English (en)",
        "Arabic (ar)",
    ]
    assert [e.label for e in window.questions.entries()] == ["Used?"]

    with qtbot.waitSignal(window.summary_shown, timeout=30_000):
        window.language.setCurrentIndex(1)
    assert [e.label for e in window.questions.entries()] == [USED_AR]
    model = window.view.choice.model
    assert model.index(0, 0).data() == YES_AR
    window.resize(1366, 768)


def test_export_screen_writes_the_chosen_language(qtbot, two_languages, tmp_path):
    window = ExportWindow(two_languages, "f", "f")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.language.count() == 2, timeout=10_000)
    window.language.setCurrentText("Arabic (ar)")
    window.format_buttons[ExportFormat.CSV].setChecked(True)
    window.deidentified.setChecked(False)
    target = tmp_path / "out.csv"
    window.path_edit.setText(str(target))
    with qtbot.waitSignal(window.finished, timeout=60_000) as done:
        window.start()
    assert done.args[0] is not None
    with target.open(encoding="utf-8-sig") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert YES_AR in cells and "Yes" not in cells


@pytest.fixture
def interface_language(qapp):
    from duodesk.gui import language

    yield lambda code: language.apply_language(qapp, code)
    language.apply_language(qapp, "en")


@pytest.mark.parametrize(
    ("code", "shown"),
    [("fr", "66,7"), ("ru", "66,7"), ("es", "66,7"), ("ar", "66.7"), ("en", "66.7")],
)
def test_results_percentages_are_written_as_the_interface_language_writes_them(
    qtbot, two_languages, interface_language, code, shown
):
    """2 of 3 said yes: 66,7 in French and Russian, 66.7 in English and Arabic (0-9 and the
    point, as the Arabic sentences write them). A copied table stays machine-readable."""
    interface_language(code)
    window = ResultsWindow(two_languages, "f")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.summary_shown, timeout=30_000):
        window.show()
    model = window.view.choice.model
    cells = [
        (model.data(model.index(row, column)), model.text_at(row, column))
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    assert (shown, "66.7") in cells
    assert ("2", "2") in cells  # counts are whole numbers, unchanged


def test_the_chi_square_sentence_writes_its_numbers_as_the_interface_language_does(
    interface_language,
):
    """Chi-square 3.841 with p 0.050 reads "3,841" and "0,050" in French, as the tables do."""
    from duodesk.analysis.results import Crosstab
    from duodesk.gui.results.crosstab_view import describe_tests

    table = Crosstab(
        "f",
        "used",
        "Used?",
        "site",
        "Site",
        (),
        (),
        (),
        (),
        (),
        30,
        3.8414588,
        1,
        0.05,
        None,
        0,
        "",
    )
    interface_language("fr")
    said = describe_tests(table)
    assert "3,841" in said and "0,050" in said and "3.841" not in said
    interface_language("en")
    assert "3.841" in describe_tests(table)
