"""A crosstab on the Results screen hides small numbers as the workbook would, when the project
requires small numbers to be hidden in everything that leaves the group; what is copied from it
hides them too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from duodesk.analysis import crosstab
from duodesk.exports.disclosure import protect_table
from duodesk.gui.results.tables import CrosstabShows
from duodesk.storage.disclosure_policy import require_threshold
from tests.gui import test_results
from tests.gui.test_results import FORM, open_results

hepc_project = test_results.hepc_project  # the Results tests' project, as a fixture here

pytestmark = pytest.mark.slow

ROW, COLUMN = "sex", "hcv_diagnosed"


def shown_crosstab(qtbot, database):
    window = open_results(qtbot, database)
    window.tabs.setCurrentWidget(window.crosstab)
    window.crosstab.choose(ROW, COLUMN)
    with qtbot.waitSignal(
        window.details_shown, timeout=20_000, check_params_cb=lambda kind: kind == "crosstab"
    ):
        qtbot.mouseClick(window.crosstab.make_button, Qt.MouseButton.LeftButton)
    return window.crosstab


def cells(model) -> list[list[object]]:
    return [
        [model.index(r, c).data(Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_small_cells_are_hidden_as_in_the_workbook_when_the_project_requires_it(
    qtbot, hepc_project
):
    expected = crosstab(hepc_project, FORM, ROW, COLUMN)
    counts = [[c.count for c in row] for row in expected.cells]
    small = [(r, k) for r, row in enumerate(counts) for k, n in enumerate(row) if 1 <= n <= 4]
    assert small, "the made-up survey has small cells to hide"
    with hepc_project.session() as session:
        require_threshold(session, 4)
    builder = shown_crosstab(qtbot, hepc_project)
    shown = cells(builder.model)
    hidden = protect_table(counts, 4)
    for r, row in enumerate(counts):
        for k, n in enumerate(row):
            # small, or hidden to protect a small one: the same word, as the workbook's "*"
            assert shown[r][k + 1] == ("hidden" if hidden.cells[r][k] else str(n))
    assert all(hidden.cells[r][k] for r, k in small)
    # No count from 1 to 4 is readable anywhere, and the grand total is shown.
    assert not any(v in {"1", "2", "3", "4"} for row in shown for v in row[1:])
    assert shown[-1][-1] == str(expected.total)
    assert builder.hiding.isVisibleTo(builder) and "fewer than 5" in builder.hiding.text()
    assert "which is which is not said" in builder.hiding.text()
    # The percentages of hidden cells are hidden too, and so is what is copied.
    builder.shows.setCurrentIndex(builder.shows.findData(CrosstabShows.ROW))
    percents = cells(builder.model)
    for r, k in small:
        assert percents[r][k + 1] == "hidden"
    for r in range(len(counts)):
        if hidden.row_totals[r]:  # with the counts, a percentage would give its total away
            assert set(percents[r][1:]) == {"hidden"}
    builder.copy_table()
    copied = QGuiApplication.clipboard().text()
    assert "hidden" in copied and "hides numbers from 1 to 4" in copied
    # The test's statistic would give the hidden cells back (try each value they could
    # take against it), so neither the screen nor the copy says it.
    shown_words = " ".join([builder.tests.text(), builder.warning.text(), copied])
    assert expected.chi_square is not None
    assert f"{expected.chi_square:.3f}" not in shown_words
    assert "Chi-square =" not in shown_words and "expect fewer than 5" not in shown_words
    assert "No chi-square or Fisher test is shown" in builder.tests.text()


def test_every_count_is_shown_when_the_project_requires_no_hiding(qtbot, hepc_project):
    expected = crosstab(hepc_project, FORM, ROW, COLUMN)
    builder = shown_crosstab(qtbot, hepc_project)
    shown = cells(builder.model)
    for r, row in enumerate(expected.cells):
        assert shown[r][1:-1] == [str(c.count) for c in row]
    assert not builder.hiding.isVisibleTo(builder)


def test_a_crosstab_of_a_few_people_is_refused_on_the_screen_without_its_numbers(
    qtbot, database, example_paths, tmp_path
):
    """Three interviews: filtered on an answer, a crosstab's total is that answer's count, so
    a table of 1 to 4 people shows none of its numbers, as on the command line."""
    from duodesk.core.simulate import simulate_answers, write_responses_csv
    from duodesk.core.xlsform import read_xlsform
    from duodesk.storage.importer import import_responses
    from duodesk.storage.questionnaires import save_questionnaire

    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    with database.session() as session:
        save_questionnaire(session, questionnaire)
        require_threshold(session, 4)
    data = tmp_path / "three.csv"
    write_responses_csv(questionnaire, simulate_answers(questionnaire, 3, seed=2), data)
    import_responses(database, FORM, data)
    assert 1 <= crosstab(database, FORM, ROW, COLUMN).total <= 4
    window = open_results(qtbot, database)
    window.tabs.setCurrentWidget(window.crosstab)
    window.crosstab.choose(ROW, COLUMN)
    qtbot.mouseClick(window.crosstab.make_button, Qt.MouseButton.LeftButton)
    builder = window.crosstab
    qtbot.waitUntil(
        lambda: "would count only 1 to 4 people" in builder.about.text(), timeout=20_000
    )
    shown = [v for row in cells(builder.model) for v in row[1:]]
    assert not any(v in {"1", "2", "3", "4"} for v in shown)


def test_the_corner_naming_both_questions_is_shown_whole(qtbot, hepc_project):
    """The corner heading ("Are you male or female…? ↓ / Have you ever been told…? →") wraps
    onto two lines; the heading row was one line high and cut both."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    builder = shown_crosstab(qtbot, hepc_project)
    view = builder.table
    corner = str(builder.model.headerData(0, Qt.Orientation.Horizontal))
    needed = QFontMetrics(view.font()).boundingRect(
        QRect(0, 0, view.columnWidth(0) - 12, 2000), Qt.TextFlag.TextWordWrap, corner
    )
    assert needed.height() > QFontMetrics(view.font()).lineSpacing()  # it does wrap
    assert view.horizontalHeader().height() >= needed.height()
