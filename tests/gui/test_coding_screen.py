"""The coding screen: written answers coded into themes with the keyboard, as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from duodesk.analysis import summarize
from duodesk.analysis.themes import Agreement, ThemeAgreement, agreement
from duodesk.core.questionnaire import Question, QuestionType
from duodesk.gui.main_window import MainWindow
from duodesk.gui.themes.agreement_dialog import AgreementDialog, kappa_in_words
from duodesk.gui.themes.window import CodingWindow
from duodesk.storage.database import Database
from duodesk.storage.themes import answers_to_code
from tests.analysis.hcv_themes import FORM, QUESTION, questionnaire, store_hcv
from tests.analysis.projects import store_interviews

SHOTS = None  # set to a folder (e.g. "/tmp") to save pictures of the screens at 1366x768


def open_coding(qtbot, database: Database) -> CodingWindow:
    main = MainWindow(database)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.home_loaded, timeout=20_000):
        main.show()
    with qtbot.waitSignal(main.child_windows.opened, timeout=10_000) as opened:
        qtbot.keyClick(main, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    window = opened.args[0]
    assert isinstance(window, CodingWindow)
    qtbot.waitUntil(lambda: window.data is not None, timeout=10_000)
    return window


def shot(widget, name: str) -> None:
    if not SHOTS:
        return
    from PySide6.QtWidgets import QApplication

    from duodesk.gui.style import apply_style

    apply_style(QApplication.instance())
    widget.resize(1366, 768)
    widget.grab().save(f"{SHOTS}/{name}.png")


def press(qtbot, window: CodingWindow, key: Qt.Key) -> None:
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.keyClick(window, key)


def test_themes_made_on_the_fly_and_given_with_number_keys_count_in_results(qtbot, database):
    form = questionnaire()
    store_interviews(
        database,
        form,
        [
            dict(centre="glasgow", referred="no", why_not="Nobody told me where to go for it"),
            dict(centre="glasgow", referred="no", why_not="The GP said I was using so no point"),
            dict(centre="glasgow", referred="no", why_not="asdfgh"),
        ],
        site="Glasgow",
        interview_date="2007-04-02",
    )
    window = open_coding(qtbot, database)
    assert window.answer.text() == "Nobody told me where to go for it"
    assert window.where.text() == "Answer 1 of 3 · Glasgow · 2007-04-02"
    assert window.state.text() == "Not coded yet"
    for label in ("Did not know where to go", "Drug use held against me"):
        window.new_theme.setFocus()
        window.new_theme.setText(label)
        with qtbot.waitSignal(window.loaded, timeout=10_000):
            qtbot.keyClick(window.new_theme, Qt.Key.Key_Return)
    assert window.theme_list.count() == 2
    assert window.theme_list.item(0).text().startswith("1. Did not know where to go")
    window.theme_list.setFocus()
    press(qtbot, window, Qt.Key.Key_1)
    assert window.state.text() == "Coded"
    assert window.theme_list.item(0).checkState() == Qt.CheckState.Checked
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.answer.text().startswith("The GP said")
    press(qtbot, window, Qt.Key.Key_2)
    press(qtbot, window, Qt.Key.Key_1)
    press(qtbot, window, Qt.Key.Key_1)  # pressed again: taken away
    qtbot.keyClick(window, Qt.Key.Key_Right)
    press(qtbot, window, Qt.Key.Key_0)
    assert window.state.text() == "Not codable"
    assert window.progress.text().startswith("3 of 3 answers coded")
    qtbot.keyClick(window, Qt.Key.Key_Left)
    shot(window, "coding_screen")
    themes = summarize(database, FORM).question(QUESTION + "_themes")
    counts = {o.label: o.count for o in themes.options}
    assert counts == {"Did not know where to go": 1, "Drug use held against me": 1}
    assert themes.answered == 2 and themes.missing == 1


def test_a_second_coder_codes_blind_and_the_agreement_is_shown(qtbot, database):
    store_hcv(database)
    window = open_coding(qtbot, database)
    assert window.state.text() == "Coded"  # the main coding
    window.coder_box.setText("Bob")
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.coder_box.editingFinished.emit()
    assert window.state.text() == "Not coded yet"  # Bob does not see the main coding
    assert all("(0)" in window.theme_list.item(i).text() for i in range(6))
    # Nor through agreement or quotes, which both show the main coding.
    assert window.agreement_button.isHidden() and window.quotes_button.isHidden()
    window.setFocus()
    with database.read_session() as session:
        first = answers_to_code(session, FORM, QUESTION)[0]
    wanted = sorted(first.themes)
    theme_ids = [t.id for t in window.data.themes]
    for theme_id in wanted:
        press(qtbot, window, getattr(Qt.Key, f"Key_{theme_ids.index(theme_id) + 1}"))
    qtbot.keyClick(window, Qt.Key.Key_Right)
    press(qtbot, window, Qt.Key.Key_0)  # Bob finds the second answer not codable
    found = agreement(database, FORM, QUESTION, "Bob")
    assert found.answers == 2 and found.identical == 1
    window.coder_box.setText("")
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.coder_box.editingFinished.emit()  # back to the main coding, Bob among coders
    assert not window.agreement_button.isHidden() and not window.quotes_button.isHidden()
    dialog = AgreementDialog(window, database, window.tasks, window.data)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.agreement is not None, timeout=10_000)
    assert dialog.themes.rowCount() == 6
    assert dialog.differences.rowCount() == 1
    assert dialog.differences.item(0, 2).text() == "Not codable"
    shot(dialog, "coding_agreement")
    dialog.not_codable.setChecked(True)  # they agree with Bob: not codable
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.settle_button, Qt.MouseButton.LeftButton)
    # Settled (the main coding took Bob's), marked so, and still counted as a difference of
    # the blind coding.
    assert dialog.differences.rowCount() == 1
    assert dialog.differences.item(0, 3).text() == "Yes: Not codable"
    assert dialog.agreement.identical == 1
    shot(dialog, "coding_agreement_settled")


def test_agreement_percents_are_rounded_half_up_from_the_counts(qtbot, database):
    """1 of 16 is 6.25%, shown 6.3% (a float's ``:.1f`` gives 6.2); 3 of 2,000 is 0.15%, shown
    0.2% (``:.1f`` gives 0.1)."""
    store_hcv(database)
    window = open_coding(qtbot, database)
    dialog = AgreementDialog(window, database, window.tasks, window.data)
    qtbot.addWidget(dialog)
    assert not window.data.coders  # nothing is loading that could replace what is shown
    themes = (
        ThemeAgreement("Sixteen", 1, 15, 0, 0, 100.0 / 16, None),
        ThemeAgreement("Two thousand", 3, 0, 1997, 0, 0.15, None),
    )
    dialog._show(Agreement("Bob", 16, 1, themes, ()))
    assert "1 (6.3%) were given exactly the same themes" in dialog.summary.text()
    assert [dialog.themes.item(r, 5).text() for r in range(2)] == ["6.3%", "0.2%"]


def test_kappa_is_given_in_words():
    assert kappa_in_words(0.40) == "0.40 fair"
    assert kappa_in_words(0.41) == "0.41 moderate"
    # The words fit the number shown: 0.60 is Landis and Koch's "moderate", even when the
    # float that rounds to it is a hair above 0.6.
    assert kappa_in_words(0.6) == "0.60 moderate"
    assert kappa_in_words(0.6000000000000001) == "0.60 moderate"
    assert kappa_in_words(0.604) == "0.60 moderate"
    assert kappa_in_words(0.605) == "0.61 substantial"
    assert kappa_in_words(0.8) == "0.80 substantial"
    assert kappa_in_words(0.2) == "0.20 slight"
    assert kappa_in_words(0.0) == "0.00 slight"
    assert kappa_in_words(-0.1) == "-0.10 poor"
    assert kappa_in_words(None) == "cannot say"
    # A tiny value either side of 0 is shown and named as 0, never "-0.00 poor".
    assert kappa_in_words(-0.001) == "0.00 slight"
    assert kappa_in_words(-0.004999) == "0.00 slight"
    assert kappa_in_words(0.004) == "0.00 slight"
    assert kappa_in_words(-0.006) == "-0.01 poor"
    assert kappa_in_words(0.125) == "0.13 slight"  # half up, as every figure is rounded
    assert kappa_in_words(0.605) == "0.61 substantial"


def test_quotes_show_the_words_only_and_keep_back_small_themes(qtbot, database):
    from duodesk.gui.themes.quotes_dialog import QuotesDialog
    from duodesk.storage.disclosure_policy import require_threshold

    store_hcv(database)
    with database.session() as session:
        require_threshold(session, 4)
    window = open_coding(qtbot, database)
    dialog = QuotesDialog(window, database, window.tasks, FORM, QUESTION)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.text.toPlainText() != "", timeout=10_000)
    text = dialog.text.toPlainText()
    # A theme kept back never tells its small count, which could point at someone.
    assert "Not offered a test (number hidden, as in the workbook)" in text
    assert "4 people" not in text
    assert "Quotes kept back" in text
    # The attack: the workbook hides the 6 of "In prison at the time" to protect the 4, so
    # showing the 6 (and its answers) here would give the 4 away as 46 - 10 - 9 - 9 - 8 - 6.
    assert "6 people" not in text
    assert "In prison at the time (number hidden, as in the workbook)" in text
    prison = text.split("In prison at the time")[1].split("\n\n")[0]
    assert "“" not in prison and "the workbook hides how many people gave this theme" in prison
    assert "Did not know where to go (10 people)" in text
    assert "“Answer number" in text
    for detail in ("Glasgow", "Dundee", "2007-04-02"):
        assert detail not in text
    shot(dialog, "coding_quotes")
    kept_back = text.count("Quotes kept back")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.small.setChecked(True)
    assert dialog.text.toPlainText().count("Quotes kept back") == kept_back - 2


def test_results_show_the_themes_as_a_several_answers_question(qtbot, database):
    from duodesk.gui.results.window import ResultsWindow

    store_hcv(database)
    window = ResultsWindow(database, FORM)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.summary_shown, timeout=30_000):
        window.show()
    assert window.questions.choose(QUESTION + "_themes")
    assert window.view.entry.type == "select_multiple"
    assert window.view.pages.currentWidget() is window.view.multiple
    model = window.view.multiple.model
    labels = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert labels[0] == "Did not know where to go"  # ranked first, 10 of 40
    assert "Afraid of the result" in labels
    shot(window, "coding_results")


def test_enter_in_a_box_gives_the_number_keys_back_to_the_answer(qtbot, database):
    from PySide6.QtWidgets import QApplication

    store_interviews(
        database,
        questionnaire(),
        [dict(centre="glasgow", referred="no", why_not="Nobody told me where to go for it")],
    )
    window = open_coding(qtbot, database)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    window.new_theme.setFocus()
    qtbot.keyClicks(window.new_theme, "Stigma")
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.keyClick(window.new_theme, Qt.Key.Key_Return)
    focused = QApplication.focusWidget()
    assert focused is not window.new_theme
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.keyClick(focused, Qt.Key.Key_1)  # typed where the focus is, as a person would
    assert window.new_theme.text() == ""
    assert window.state.text() == "Coded"
    window.coder_box.setFocus()
    qtbot.keyClicks(window.coder_box, "Bob")
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.keyClick(window.coder_box, Qt.Key.Key_Return)
    focused = QApplication.focusWidget()
    assert focused is not window.coder_box
    qtbot.waitUntil(lambda: window.data.coder == "Bob", timeout=10_000)
    qtbot.keyClick(focused, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: window.state.text() == "Coded", timeout=10_000)
    assert window.coder_box.text() == "Bob"


def test_a_theme_name_with_a_semicolon_is_refused_on_screen_and_kept_to_mend(
    qtbot, database, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    store_hcv(database)
    window = open_coding(qtbot, database)
    before = window.theme_list.count()
    window.new_theme.setText("Cost; distance")
    window.add_theme()
    assert shown and shown[0].startswith('A theme name cannot contain ";"')
    assert window.new_theme.text() == "Cost; distance"  # left to mend
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.reload()
    assert window.theme_list.count() == before


def test_an_open_results_window_shows_a_theme_made_while_it_is_open(qtbot, database):
    from duodesk.gui.results.window import ResultsWindow
    from duodesk.gui.tasks import ProjectWorker

    form = questionnaire()
    store_interviews(
        database,
        form,
        [dict(centre="glasgow", referred="no", why_not="Nobody told me where to go")] * 3,
        site="Glasgow",
    )
    tasks = ProjectWorker()
    results = ResultsWindow(database, FORM, tasks=tasks)
    qtbot.addWidget(results)
    with qtbot.waitSignal(results.summary_shown, timeout=30_000):
        results.show()
    assert results.questions.choose("referred")
    names = [entry.name for entry in results.questions.entries()]
    assert QUESTION + "_themes" not in names
    coding = CodingWindow(database, FORM, "Hepatitis C 2007", tasks=tasks)
    qtbot.addWidget(coding)
    qtbot.waitUntil(lambda: coding.data is not None, timeout=10_000)
    coding.new_theme.setText("Did not know where to go")
    with qtbot.waitSignals([results.summary_shown, coding.loaded], timeout=30_000):
        coding.add_theme()
    names = [entry.name for entry in results.questions.entries()]
    assert QUESTION + "_themes" in names
    assert results.questions.current().name == "referred"  # the question shown stays shown
    with qtbot.waitSignal(results.summary_shown, timeout=30_000):
        coding.toggle_theme(0)  # as the key 1 does
    assert results.questions.choose(QUESTION + "_themes")
    model = results.view.multiple.model
    assert model.index(0, 0).data() == "Did not know where to go"
    assert model.index(0, 1).data() == "1"
    tasks.stop()


def test_questions_marked_identifying_are_named_as_left_out_of_coding(qtbot, database):
    from dataclasses import replace

    form = questionnaire()
    where = Question("where_live", QuestionType.TEXT, {"": "Where do you live?"}, identifying=True)
    form = replace(form, children=(*form.children, where))
    store_interviews(
        database,
        form,
        [dict(centre="glasgow", referred="no", why_not="No idea", where_live="12 High St")],
    )
    window = open_coding(qtbot, database)
    offered = [window.question_box.itemData(i) for i in range(window.question_box.count())]
    assert offered == [QUESTION]
    assert window.left_out.isVisible()
    text = window.left_out.text()
    assert "“Where do you live?” (where_live)" in text
    assert "identifying" in text
    shot(window, "coding_identifying")


def _two_codings(database: Database, main: list[str], second: list[str]) -> tuple[int, dict]:
    """One written answer coded by the main coding with ``main`` and by Bob with ``second``."""
    from duodesk.storage.themes import add_theme, code_answer

    form = questionnaire()
    store_interviews(database, form, [dict(centre="glasgow", referred="no", why_not="Words")])
    with database.session() as session:
        ids = {label: add_theme(session, FORM, QUESTION, label).id for label in ("Cost", "Fear")}
        answer = answers_to_code(session, FORM, QUESTION)[0].interview_id
        code_answer(session, FORM, QUESTION, answer, [ids[t] for t in main])
        code_answer(session, FORM, QUESTION, answer, [ids[t] for t in second], coder="Bob")
    return answer, ids


@pytest.mark.parametrize(
    ("kept", "expected"),
    [
        ({"Cost", "Fear"}, {"Cost", "Fear"}),  # both coders' themes
        ({"Fear"}, {"Fear"}),  # the second coder's only
        ({"Cost"}, {"Cost"}),  # the main coding's only
        (set(), set()),  # neither: the answer fits no theme, so it is not codable
    ],
)
def test_settling_a_disagreement_keeps_both_themes_either_or_neither(
    qtbot, database, kept, expected
):
    from duodesk.gui.tasks import ProjectWorker
    from duodesk.gui.themes import operations as ops
    from duodesk.storage.models import AuditRecord

    _, ids = _two_codings(database, ["Cost"], ["Fear"])
    tasks = ProjectWorker()
    data = ops.load_coding(database, FORM, QUESTION)
    dialog = AgreementDialog(None, database, tasks, data)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.agreement is not None, timeout=10_000)
    assert dialog.differences.rowCount() == 1
    offered = [dialog.choices.item(i).text() for i in range(dialog.choices.count())]
    assert offered == ["Cost   (given by: main coding)", "Fear   (given by: second coder)"]
    for row in range(dialog.choices.count()):
        item = dialog.choices.item(row)
        wanted = item.text().split()[0] in kept
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.settle_button, Qt.MouseButton.LeftButton)
    with database.read_session() as session:
        coded = answers_to_code(session, FORM, QUESTION)[0]
        events = session.query(AuditRecord).filter_by(action="coding_settled").all()
    names = {label for label, theme_id in ids.items() if theme_id in coded.themes}
    assert coded.coded and coded.not_codable == (not expected)
    assert names == expected
    assert len(events) == 1
    # The difference stays listed, marked settled with what was kept, whatever was kept.
    assert dialog.differences.rowCount() == 1
    kept_words = "; ".join(sorted(expected)) or "Not codable"
    assert dialog.differences.item(0, 3).text() == f"Yes: {kept_words}"
    assert dialog.differences.item(0, 1).text() == "Cost"  # the blind main coding
    # Agreement stays the blind one: the coders gave different themes.
    assert dialog.agreement.identical == 0
    assert {t.theme: t.first_only for t in dialog.agreement.themes} == {"Cost": 1, "Fear": 0}
    assert "blind coding" in dialog.summary.text()
    tasks.stop()


def test_the_results_window_compares_the_themes_with_a_question_with_one_answer(qtbot, database):
    from duodesk.gui.results.window import ResultsWindow

    store_hcv(database)
    window = ResultsWindow(database, FORM)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.summary_shown, timeout=30_000):
        window.show()
    view = window.crosstab
    offered = [view.row_question.itemData(i) for i in range(view.row_question.count())]
    assert QUESTION + "_themes" in offered
    view.choose(QUESTION + "_themes", "centre")
    with qtbot.waitSignal(window.details_shown, timeout=30_000):
        view.ask()
    model = view.model
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Did not know where to go" in labels
    assert labels[-1] == "Total"
    assert model.index(model.rowCount() - 1, model.columnCount() - 1).data() == "40"
    assert "several themes" in view.warning.text()
    window.tabs.setCurrentIndex(1)
    shot(window, "results_themes_crosstab")


def test_when_the_only_written_question_is_identifying_the_window_says_so(qtbot, database):
    from dataclasses import replace

    form = questionnaire()
    children = tuple(
        replace(child, identifying=True) if child.name == QUESTION else child
        for child in form.children
    )
    form = replace(form, children=children)
    store_interviews(database, form, [dict(centre="glasgow", referred="no", why_not="Words")])
    window = open_coding(qtbot, database)
    assert window.question_box.count() == 0
    assert "identifying" in window.left_out.text() and window.left_out.isVisible()
    text = window.answer.text()
    assert "only question answered in words is marked as identifying" in text
    assert "Nobody has answered" not in text
    shot(window, "coding_only_identifying")
