"""The Results screen, driven through its real widgets on a project of simulated interviews."""

from __future__ import annotations

import statistics
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage

from duodesk.analysis import (
    Condition,
    Subset,
    bins_from_cut_points,
    crosstab,
    open_text_answers,
    summarize,
)
from duodesk.analysis.tables import number_stats
from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.xlsform import read_xlsform
from duodesk.gui.results.crosstab_view import describe_tests
from duodesk.gui.results.tables import NumberStatsModel
from duodesk.gui.results.window import ResultsWindow
from duodesk.storage.importer import import_responses
from duodesk.storage.questionnaires import save_questionnaire

FORM = "hepc_peer_survey"
SITES = ("Centre A", "Centre B")
PER_SITE = 30


@pytest.fixture
def hepc_project(database, example_paths, tmp_path):
    """The hepatitis C example with 30 simulated interviews at each of two sites."""
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    with database.session() as session:
        save_questionnaire(session, questionnaire)
    for seed, site in enumerate(SITES, start=1):
        data = tmp_path / f"{site}.csv"
        write_responses_csv(
            questionnaire, simulate_answers(questionnaire, PER_SITE, seed=seed), data, site=site
        )
        import_responses(database, FORM, data)
    return database


def open_results(qtbot, database) -> ResultsWindow:
    window = ResultsWindow(database, FORM)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.summary_shown, timeout=30_000):
        window.show()
    return window


def choose(qtbot, window: ResultsWindow, name: str, wait_for: str | None = None) -> None:
    if wait_for is None:
        assert window.questions.choose(name)
    else:
        with qtbot.waitSignal(
            window.details_shown, timeout=20_000, check_params_cb=lambda kind: kind == wait_for
        ):
            assert window.questions.choose(name)
    assert window.view.entry is not None and window.view.entry.name == name


def column(model, number: int) -> list:
    return [
        model.index(row, number).data(Qt.ItemDataRole.EditRole) for row in range(model.rowCount())
    ]


def test_choice_question_shows_the_numbers_the_analysis_computes(qtbot, hepc_project):
    window = open_results(qtbot, hepc_project)
    choose(qtbot, window, "sex")
    expected = summarize(hepc_project, FORM).question("sex")

    model = window.view.choice.model
    assert window.view.pages.currentWidget() is window.view.choice
    assert window.view.denominators.text() == expected.denominators_in_words()
    options = len(expected.options)
    assert column(model, 1)[:options] == [o.count for o in expected.options]
    assert column(model, 2)[:options] == [o.percent for o in expected.options]
    assert column(model, 3)[:options] == [o.valid_percent for o in expected.options]
    labels = column(model, 0)
    assert labels[options:] == ["No answer", "Not asked (skipped)", "Total"]
    assert column(model, 1)[-1] == 2 * PER_SITE
    # every percentage column says what it is a percentage of
    assert model.headers[2] == f"% of all {2 * PER_SITE} interviews"
    assert f"% of the {expected.valid} who answered" in model.headers[3]
    assert window.view.choice.chart.has_chart
    assert window.view.save_button.isEnabled()


def test_multiple_response_ranks_answers_with_percent_of_cases_and_of_responses(
    qtbot, hepc_project
):
    window = open_results(qtbot, hepc_project)
    choose(qtbot, window, "treatment_barriers")
    expected = summarize(hepc_project, FORM).question("treatment_barriers")

    page = window.view.multiple
    assert window.view.pages.currentWidget() is page
    counts = column(page.model, 1)[:-1]
    assert counts == sorted(counts, reverse=True)
    assert counts == [o.count for o in expected.options]
    assert column(page.model, 2)[:-1] == [o.percent_of_cases for o in expected.options]
    assert column(page.model, 3)[:-1] == [o.percent_of_responses for o in expected.options]
    assert column(page.model, 1)[-1] == expected.responses  # total ticks
    assert f"of the {expected.answered} who answered" in page.model.headers[2]
    assert f"({expected.responses} answers)" in page.model.headers[3]
    assert page.model.headers[2].startswith("% of people")
    assert column(page.combinations, 1) == [c.count for c in expected.combinations]


def test_number_question_shows_descriptives_and_groups_answers_where_asked(qtbot, hepc_project):
    window = open_results(qtbot, hepc_project)
    choose(qtbot, window, "age", wait_for="bins")
    expected = summarize(hepc_project, FORM).question("age")
    page = window.view.number
    assert window.view.pages.currentWidget() is page
    stats = dict(zip(column(page.stats, 0), column(page.stats, 1), strict=True))
    assert stats["Number who answered"] == expected.stats.n
    assert stats["Mean (average)"] == pytest.approx(expected.stats.mean)
    assert stats["Standard deviation"] == pytest.approx(expected.stats.sd)
    assert stats["Median (middle value)"] == pytest.approx(expected.stats.median)
    assert page.bins.rowCount() > 0  # grouped at round numbers before anyone asks
    assert page.chart.has_chart

    page.cuts.setText("25, 40")
    with qtbot.waitSignal(
        window.details_shown, timeout=20_000, check_params_cb=lambda kind: kind == "bins"
    ):
        qtbot.mouseClick(page.group_button, Qt.MouseButton.LeftButton)
    grouped = summarize(
        hepc_project, FORM, questions=("age",), bins={"age": bins_from_cut_points([25, 40])}
    ).question("age")
    assert column(page.bins, 0)[:3] == ["less than 25", "25 to 40", "more than 40"]
    assert column(page.bins, 1)[:3] == [b.count for b in grouped.bins]


def test_cut_points_that_are_not_numbers_get_a_plain_message(qtbot, hepc_project):
    window = open_results(qtbot, hepc_project)
    choose(qtbot, window, "age", wait_for="bins")
    page = window.view.number
    before = column(page.bins, 1)
    page.cuts.setText("ten, twenty")
    qtbot.mouseClick(page.group_button, Qt.MouseButton.LeftButton)
    assert not page.cuts_problem.isHidden()
    assert "not a list of numbers" in page.cuts_problem.text()
    assert column(page.bins, 1) == before


def test_grid_shows_statements_by_scale_with_row_percents(qtbot, hepc_project):
    window = open_results(qtbot, hepc_project)
    choose(qtbot, window, "views_grid")
    grid = next(g for g in summarize(hepc_project, FORM).grids if g.name == "views_grid")
    page = window.view.grid
    assert window.view.pages.currentWidget() is page
    assert page.model.rowCount() == len(grid.rows)
    assert column(page.model, 0) == [row.label for row in grid.rows]
    assert column(page.model, len(grid.scale) + 1) == [row.answered for row in grid.rows]
    first = grid.rows[0]
    # Percent of those who answered, and beside it the valid percent (missing codes left out)
    assert page.model.index(0, 1).data() == (
        f"{first.counts[0]} ({first.row_percents[0]:.1f}%; valid {first.valid_percents[0]:.1f}%)"
    )
    missing = [i for i, point in enumerate(grid.scale) if point.is_missing_code]
    if missing:
        shown = page.model.index(0, missing[0] + 1).data()
        assert "valid" not in shown and shown.endswith("%)")
    assert page.chart.has_chart


def test_written_answers_are_listed_with_date_and_site(qtbot, hepc_project):
    window = open_results(qtbot, hepc_project)
    choose(qtbot, window, "comments", wait_for="text")
    expected = open_text_answers(hepc_project, FORM, "comments")
    model = window.view.text.model
    assert model.rowCount() == len(expected) > 0
    assert column(model, 2) == [a.text for a in expected]
    assert set(column(model, 1)) <= set(SITES)


def test_copy_puts_the_table_on_the_clipboard_as_tab_separated_text(qtbot, hepc_project):
    window = open_results(qtbot, hepc_project)
    choose(qtbot, window, "sex")
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(window.view.copy_button, Qt.MouseButton.LeftButton)
    lines = QGuiApplication.clipboard().text().splitlines()
    model = window.view.choice.model
    assert lines[0] == window.view.entry.label
    assert lines[1].split("\t") == list(model.headers)
    body = [line.split("\t") for line in lines[2 : 2 + model.rowCount()]]
    assert all(len(cells) == model.columnCount() for cells in body)
    assert body[-1][:3] == ["Total", str(2 * PER_SITE), "100.0"]
    assert lines[-1] == window.view.denominators.text()


def test_chart_saved_as_png_is_a_picture(qtbot, hepc_project, tmp_path: Path):
    window = open_results(qtbot, hepc_project)
    choose(qtbot, window, "treatment_barriers")
    saved = window.view.save_chart(tmp_path / "barriers")
    assert saved == tmp_path / "barriers.png"
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(saved))
    assert (image.width(), image.height()) == (1200, 800)
    # something was drawn: not a blank white picture
    colours = {image.pixel(x, y) for x in range(0, 1200, 40) for y in range(0, 800, 40)}
    assert len(colours) > 2


def test_choosing_a_site_or_a_condition_changes_the_numbers(qtbot, hepc_project):
    window = open_results(qtbot, hepc_project)
    choose(qtbot, window, "sex")
    model = window.view.choice.model
    assert column(model, 1)[-1] == 2 * PER_SITE

    bar = window.subset_bar
    with qtbot.waitSignal(window.summary_shown, timeout=20_000):
        bar.site.setCurrentIndex(bar.site.findData("Centre B"))
    assert column(model, 1)[-1] == PER_SITE
    assert "Centre B" in window.counting.text()
    only_b = summarize(hepc_project, FORM, Subset(sites=("Centre B",))).question("sex")
    assert column(model, 1)[: len(only_b.options)] == [o.count for o in only_b.options]

    # and a condition on an answer, chosen with the condition row
    bar.condition_question.setCurrentIndex(
        bar.condition_question.findText("Have you ever been told you have hepatitis C?")
    )
    bar.comparison.setCurrentIndex(bar.comparison.findData("="))
    bar.condition_value.setCurrentIndex(bar.condition_value.findData("yes"))
    with qtbot.waitSignal(window.summary_shown, timeout=20_000):
        qtbot.mouseClick(bar.add_condition_button, Qt.MouseButton.LeftButton)
    subset = Subset(sites=("Centre B",), conditions=(Condition("hcv_diagnosed", "=", "yes"),))
    assert window.summary.subset == subset
    expected = summarize(hepc_project, FORM, subset)
    assert column(model, 1)[-1] == expected.interviews < PER_SITE
    assert "Only people whose answer to" in bar.conditions_label.text()
    # The line above the tables (and on a saved chart) says it in the questionnaire's words.
    assert window.counting.text().endswith(
        "Site: Centre B; Have you ever been told you have hepatitis C: Yes."
    )
    assert "hcv_diagnosed" not in window.counting.text()

    with qtbot.waitSignal(window.summary_shown, timeout=20_000):
        qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert column(model, 1)[-1] == 2 * PER_SITE


@pytest.mark.slow
def test_crosstab_builder_shows_counts_and_chi_square(qtbot, hepc_project):
    window = open_results(qtbot, hepc_project)
    window.tabs.setCurrentWidget(window.crosstab)
    builder = window.crosstab
    builder.choose("sex", "hcv_diagnosed")
    with qtbot.waitSignal(
        window.details_shown, timeout=20_000, check_params_cb=lambda kind: kind == "crosstab"
    ):
        qtbot.mouseClick(builder.make_button, Qt.MouseButton.LeftButton)
    expected = crosstab(hepc_project, FORM, "sex", "hcv_diagnosed")
    assert builder.model.rowCount() == len(expected.rows) + 1
    assert column(builder.model, len(expected.columns) + 1)[-1] == expected.total
    assert f"Chi-square = {expected.chi_square:.3f}" in builder.tests.text()
    assert f"{expected.degrees_of_freedom} degrees of freedom" in builder.tests.text()
    p = expected.fisher_p if expected.fisher_p is not None else expected.p_value
    reading = "probably related" if p < 0.05 else "no clear sign that the answers"
    assert reading in builder.tests.text()
    # percentages of the row add up to 100 across each row
    builder.shows.setCurrentIndex(builder.shows.findText("% of the row"))
    first_row = [
        builder.model.index(0, c).data(Qt.ItemDataRole.EditRole)
        for c in range(1, len(expected.columns) + 1)
    ]
    assert sum(first_row) == pytest.approx(100.0)
    builder.copy_table()
    assert "Chi-square" in QGuiApplication.clipboard().text()


def test_every_results_table_model_passes_the_model_tester(qtbot, qtmodeltester, hepc_project):
    window = open_results(qtbot, hepc_project)
    choose(qtbot, window, "sex")
    choose(qtbot, window, "treatment_barriers")
    choose(qtbot, window, "views_grid")
    choose(qtbot, window, "age", wait_for="bins")
    choose(qtbot, window, "comments", wait_for="text")
    window.crosstab.choose("sex", "hcv_diagnosed")
    with qtbot.waitSignal(
        window.details_shown, timeout=20_000, check_params_cb=lambda kind: kind == "crosstab"
    ):
        window.crosstab.ask()
    view = window.view
    models = [
        view.choice.model,
        view.multiple.model,
        view.multiple.combinations,
        view.number.stats,
        view.number.bins,
        view.grid.model,
        view.text.model,
        window.crosstab.model,
    ]
    for model in models:
        assert model.rowCount() > 0, type(model).__name__
        qtmodeltester.check(model, force_py=True)


def test_results_screen_fits_a_small_laptop_screen(qtbot, hepc_project):
    window = open_results(qtbot, hepc_project)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768


def test_main_window_opens_results_for_the_chosen_questionnaire(qtbot, hepc_project):
    from duodesk.gui.main_window import MainWindow

    main = MainWindow(hepc_project)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.home_loaded, timeout=10_000):
        main.show()
    qtbot.waitUntil(lambda: main.model.rowCount() >= 1, timeout=10_000)
    button = next(b for b in main._questionnaire_dependent if b.text() == "Results…")
    row = next(r for r in range(main.model.rowCount()) if main.model.row_at(r).form_id == FORM)
    main.table.selectRow(row)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    from duodesk.gui.results.window import ResultsWindow

    (opened,) = main.child_windows.windows(ResultsWindow)
    qtbot.waitUntil(lambda: opened.summary is not None, timeout=30_000)
    assert opened.windowTitle().startswith("Results: Hepatitis C")


def test_the_setup_lists_what_the_summaries_count_and_each_site_once(hepc_project):
    from duodesk.gui.results.operations import load_results_setup

    setup = load_results_setup(hepc_project, FORM)
    names = [entry.name for entry in setup.entries]
    assert setup.sites == tuple(sorted(SITES))
    assert setup.complete_interviews == PER_SITE * len(SITES)
    assert "code_first_letter" not in names  # kept only as digests: nothing to show
    first_statement = min(i for i, e in enumerate(setup.entries) if e.group)
    assert names[first_statement - 1] == "views_grid"  # a grid just before its statements
    counted = {q.name for q in summarize(hepc_project, FORM).questions}
    assert {e.name for e in setup.questions} <= counted


@pytest.mark.parametrize("keys", ["Escape", "Ctrl+W"])
def test_escape_and_ctrl_w_close_results(qtbot, database, example_paths, keys):
    questionnaire = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    with database.session() as session:
        save_questionnaire(session, questionnaire)
    window = open_results(qtbot, database)
    window.activateWindow()
    window.questions.list.setFocus()
    key, modifier = {
        "Escape": (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        "Ctrl+W": (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    }[keys]
    qtbot.keyClick(window.questions.list, key, modifier)
    assert not window.isVisible()


def test_a_large_standard_deviation_is_shown_with_its_exact_digits(qtbot):
    """The sd of these is 2081665999466626958.74; through a float it showed
    2081665999466627000.00."""
    values = [0, 4 * 10**18 + 1234567, 3 * 10**18 + 7]
    variance = statistics.variance([Fraction(v) for v in values])
    with localcontext() as context:
        context.prec = 60
        exact = (Decimal(variance.numerator) / Decimal(variance.denominator)).sqrt()
    printed = f"{exact.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):f}"
    assert not printed.endswith("00.00")
    model = NumberStatsModel()
    model.set_stats(number_stats([(Decimal(v), 1) for v in values]))
    shown = {
        model.index(row, 0).data(): model.index(row, 1).data() for row in range(model.rowCount())
    }
    assert shown["Standard deviation"] == printed
    assert shown["Mean (average)"] == "2333333333333744858"  # whole: every digit


def test_interviews_from_a_file_without_the_question_are_said_to_be_not_in_it(
    qtbot, hepc_project, tmp_path
):
    """Interviews imported from a file with no column for "sex" (their version asks it)
    were shown as "Not in this version of the questionnaire"; the row says where they are
    not, and the counts still add up to the interviews."""
    data = tmp_path / "without_sex.csv"
    data.write_text("age\n30\n41\n", encoding="utf-8")
    import_responses(hepc_project, FORM, data)
    window = open_results(qtbot, hepc_project)
    window.resize(1366, 768)
    choose(qtbot, window, "sex")
    expected = summarize(hepc_project, FORM).question("sex")
    assert (expected.not_in_version, expected.not_in_file) == (2, 2)
    labels = column(window.view.choice.model, 0)
    assert labels[len(expected.options) :] == [
        "No answer",
        "Not asked (skipped)",
        "Not in the imported file",
        "Total",
    ]
    assert column(window.view.choice.model, 1)[-2:] == [2, 2 * PER_SITE + 2]
    assert "came from an imported file that had no column" in window.view.denominators.text()
    window.grab().save(str(tmp_path / "not_in_file.png"))


def test_the_chi_square_sentence_says_what_the_p_value_means_in_plain_words(hepc_project):
    table = crosstab(hepc_project, FORM, "sex", "hcv_diagnosed")
    related = replace(table, p_value=0.01, fisher_p=None)
    unrelated = replace(table, p_value=0.2, fisher_p=None)
    said = describe_tests(related)
    assert "p = 0.010." in said  # the numbers stay
    assert "p below 0.05: the answers to the two questions are probably related." in said
    assert "no clear sign that the answers to the two questions are related" in (
        describe_tests(unrelated)
    )
    # Fisher's p, given when the chi-square's cannot be trusted, is the one read out.
    said = describe_tests(replace(table, p_value=0.01, fisher_p=0.3))
    assert "no clear sign" in said and "probably related" not in said
