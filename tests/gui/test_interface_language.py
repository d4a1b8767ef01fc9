"""DuoDesk in the interviewer's language: no word on the screens escapes translation, every
message of the interviewer's screens is translated, the screens still fit a laptop in the
longer languages, Arabic reads right to left, and the language is asked once and kept."""

from __future__ import annotations

import dataclasses
import enum
import os
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QRect, Qt, QTimer, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QToolButton,
    QWidget,
)

from duodesk import i18n
from duodesk.core import form_edits, number_bands
from duodesk.core.xlsform import read_xlsform
from duodesk.gui import language, operations
from duodesk.gui.entry import operations as ops
from duodesk.gui.entry.drafts_dialog import DraftsDialog
from duodesk.gui.entry.entry_window import InterviewWindow
from duodesk.gui.entry.start_dialog import StartInterviewDialog
from duodesk.gui.interviews.browser import InterviewsWindow
from duodesk.gui.main_window import MainWindow
from duodesk.gui.screen_fit import FRAME, fit_to_screen
from duodesk.gui.tasks import ProjectWorker
from duodesk.resources import example_forms
from tests.gui.entry_helpers import show

FORM = "hepc_peer_survey"
#: The areas of the screens translated here (packaging/translations.py's AREAS).
AREAS = ("entry", "screens")
#: A 1366x768 laptop less its taskbar, as tests/gui/test_screen_fit.py emulates it.
LAPTOP = QRect(0, 0, 1366, 728)
#: A translated sentence, innermost first (a translated sentence may hold others, even at its
#: very start: "[[[[Question]] in English]]").
WRAPPED = re.compile(r"\[\[(?!\[)(?:(?!\[\[|\]\]).)*\]\]", re.DOTALL)
LETTERS = re.compile(r"[^\W\d_]{2,}")
#: Words that are names, not sentences: the program's name and the keys on a keyboard.
NAMES = re.compile(
    r"DuoDesk|XLSForm|ODK|KoboToolbox|\b(Ctrl|Shift|Alt|Enter|Escape|Tab|Down|Left|Right)\b"
)


@pytest.fixture
def speaking(qapp) -> Iterator:
    """``speaking(code)`` applies the interface language ``code`` until the test ends."""

    def use(code: str) -> None:
        language.apply_language(qapp, code)

    yield use
    language.apply_language(qapp, "en")


def _questionnaire_words() -> set[str]:
    """Every text of the example questionnaires (their own words, never translated here)."""
    found: set[str] = set()

    def collect(value, seen: set[int]) -> None:
        if isinstance(value, str):
            if value.strip():
                found.add(value.strip())
            return
        if isinstance(value, enum.Enum) or id(value) in seen:
            return
        seen.add(id(value))
        if dataclasses.is_dataclass(value):
            for item in dataclasses.fields(value):
                collect(getattr(value, item.name), seen)
        elif isinstance(value, dict):
            for key, item in value.items():
                collect(key, seen)
                collect(item, seen)
        elif isinstance(value, list | tuple | set | frozenset):
            for item in value:
                collect(item, seen)

    for path in example_forms():
        collect(read_xlsform(path), set())
    return found


def _untranslated(text: str, allowed: list[str]) -> str:
    """What is left of ``text`` once the translated parts, the questionnaire's words, what
    the test typed and the names are taken out: words there were not translated."""
    text = re.sub(r"<[^>]+>", " ", text or "")  # rich text: its tags are not words
    while WRAPPED.search(text):
        text = WRAPPED.sub(" ", text)
    for word in allowed:
        text = text.replace(word, " ")
    text = NAMES.sub(" ", text)
    return " ".join(LETTERS.findall(text))


def _texts(widget: QWidget, cells: bool = True) -> Iterator[tuple[str, str]]:
    """(what, text) for every text a person may see on ``widget`` alone."""
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    action = widget.defaultAction() if isinstance(widget, QToolButton) else None
    if action is not None and action.toolTip().startswith(widget.text()) and widget.text():
        # The designer's Undo shows the start of what it undoes, its tooltip the whole.
        yield "text", action.toolTip()
    elif isinstance(widget, QAbstractButton) and widget.property("preview_whole"):
        # The designer's preview breaks an option's words onto lines as wide as its pane.
        yield "text", widget.text().replace("\n", " ")
    elif isinstance(widget, QLabel | QAbstractButton):
        yield "text", widget.text()
    if isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QComboBox):
        for row in range(widget.count()):
            yield f"item {row}", widget.itemText(row)
        if widget.isEditable():
            yield "placeholder", widget.lineEdit().placeholderText()
    if isinstance(widget, QListWidget):
        for row in range(widget.count()):
            yield f"item {row}", widget.item(row).text()
            yield f"item {row} tip", widget.item(row).toolTip()
    if isinstance(widget, QTableView) and widget.model() is not None:
        model = widget.model()
        columns = model.columnCount(QModelIndex())
        for column in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                heading = model.headerData(column, Qt.Orientation.Horizontal, role)
                yield f"heading {column}", str(heading or "")
        for row in range(min(model.rowCount(QModelIndex()), 5) if cells else 0):
            for column in range(columns):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    yield f"cell {row},{column}", str(model.data(index, role) or "")
    if isinstance(widget, QMenu):
        yield "menu", widget.title()


def _actions(window: QWidget) -> Iterator[tuple[str, str]]:
    menus = [action.menu() for action in window.menuBar().actions() if action.menu()]
    while menus:
        menu = menus.pop()
        yield "menu", menu.title()
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            yield "menu entry", action.text()
            yield "menu entry hint", action.statusTip()


def problems_on(window: QWidget, allowed: list[str], cells: bool = True) -> list[str]:
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        for what, text in _texts(widget, cells):
            left = _untranslated(text, allowed)
            if left:
                name = widget.objectName() or type(widget).__name__
                found.append(f"{name} ({what}): {left!r} in {text!r}")
    if hasattr(window, "menuBar"):
        for what, text in _actions(window):
            left = _untranslated(text, allowed)
            if left:
                found.append(f"{what}: {left!r} in {text!r}")
    return found


def _main(qtbot, database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home_loaded, timeout=10_000):
        window.show()
    return window


def _interview(qtbot, database, **kwargs) -> InterviewWindow:
    opened = ops.start_interview(
        database, ops.InterviewDetails(FORM, "Sam", "Centre B", date(2024, 7, 12))
    )
    return show(qtbot, database, opened, **kwargs)


def _screens(qtbot, database) -> Iterator[tuple[str, QWidget]]:
    """Each screen of the interviewer's, built as the other tests build them and shown."""
    operations.add_example_questionnaires(database)
    main = _main(qtbot, database)
    yield "main window", main
    tasks = ProjectWorker()
    start = StartInterviewDialog(database, tasks, ops.load_start_choices(database, FORM), main)
    qtbot.addWidget(start)
    start.show()
    start.try_accept()  # nobody chosen yet on this laptop? then it says what is missing
    yield "start dialog", start
    entry = _interview(qtbot, database)
    yield "interview: first page", entry
    view = entry.view
    for question in ("hcv_diagnosed", "treatment_barriers", "interview_date"):
        view.go_to_question(question)
        QApplication.processEvents()
        yield f"interview: {question}", entry
    qtbot.keyClick(view.navigation.next_button, Qt.Key.Key_Return)  # refused: says why
    view.finish()  # cannot finish yet: says what needs attention
    QApplication.processEvents()
    yield "interview: cannot finish yet", entry
    drafts = DraftsDialog(ops.list_drafts(database), lambda _: None, lambda _: None, main)
    qtbot.addWidget(drafts)
    drafts.show()
    yield "unfinished interviews", drafts
    interviews = InterviewsWindow(database, tasks, form_id=FORM, title="Hepatitis C peer survey")
    interviews._test_tasks = tasks
    qtbot.addWidget(interviews)
    with qtbot.waitSignal(interviews.loaded, timeout=10_000):
        interviews.show()
    yield "interviews", interviews


def test_no_word_on_the_interviewers_screens_escapes_translation(qtbot, database, speaking):
    speaking(i18n.PSEUDO)
    allowed = sorted(
        [
            *_questionnaire_words(),
            *i18n.LANGUAGES.values(),  # the language menu names each in its own words
            *(QLocale().monthName(month) for month in range(1, 13)),  # dates: the locale's
            "Sam",
            "Centre B",
            str(database.path),
        ],
        key=len,
        reverse=True,
    )
    problems = []
    for name, screen in _screens(qtbot, database):
        problems += [f"{name}: {problem}" for problem in problems_on(screen, allowed)]
    assert not problems, "\n".join(problems)


def _messages(area: str, code: str) -> list[etree._Element]:
    path = i18n.translations_dir() / f"{area}_{code}.ts"
    return list(etree.parse(str(path)).iter("message")) if path.is_file() else []


@pytest.mark.parametrize("code", ["fr", "es", "ru", "ar"])
def test_every_message_of_the_interviewers_screens_is_translated(code):
    english = [m.findtext("source") for area in AREAS for m in _messages(area, code)]
    assert len(english) > 300  # the interviewer's screens alone say this many things
    unfinished = [
        f"{area}: {m.findtext('source')!r}"
        for area in AREAS
        for m in _messages(area, code)
        if m.find("translation").get("type") == "unfinished"
        or not "".join(m.find("translation").itertext()).strip()
    ]
    assert not unfinished, "\n".join(unfinished)


def test_the_english_counts_say_one_answer_not_one_answers(qapp):
    import uuid

    from duodesk.gui.interviews.table_model import status_text
    from duodesk.storage.interview_list import InterviewRow
    from duodesk.storage.models import InterviewStatus

    language.apply_language(qapp, "en")
    row = InterviewRow(
        1, uuid.uuid4(), "T", "2024-07-12", "B", "Sam", InterviewStatus.DRAFT, 1, None
    )
    assert status_text(row) == "Unfinished · 1 answer so far"
    row = dataclasses.replace(row, answered=2)
    assert status_text(row) == "Unfinished · 2 answers so far"


def _cut_words(window: QWidget) -> list[str]:
    """Buttons whose words do not fit them or that stick out of the window, and one-line
    labels cut short."""
    cut = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        text = widget.text().replace("&", "") if isinstance(widget, QPushButton | QLabel) else ""
        if not text or "<" in text:
            continue
        needed = widget.fontMetrics().horizontalAdvance(text)
        if isinstance(widget, QPushButton):
            if needed > widget.width() - 8:
                cut.append(f"button “{text}”: {needed} > {widget.width()}")
            scrolled = any(isinstance(p, QScrollArea) for p in _parents(widget, window))
            inside = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
            if not scrolled and not window.rect().contains(inside):
                cut.append(f"button “{text}” sticks out of the window: {inside}")
        elif not widget.wordWrap() and needed > widget.width() + 1:
            cut.append(f"label “{text}”: {needed} > {widget.width()}")
    return cut


def _parents(widget: QWidget, window: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        yield parent
        parent = parent.parentWidget()


@pytest.mark.parametrize("code", ["fr", "ru", "ar"])
def test_the_interviewers_screens_fit_a_laptop_in_longer_languages(
    qtbot, database, program_look, speaking, code
):
    speaking(code)
    problems = []
    for name, window in _screens(qtbot, database):
        fit_to_screen(window, available=LAPTOP)
        window.show()
        QApplication.processEvents()
        outer = QRect(window.pos(), window.size() + FRAME)
        if not LAPTOP.contains(outer):
            problems.append(f"{name}: {outer} is not inside {LAPTOP}")
        problems += [f"{name}: {words}" for words in _cut_words(window)]
    assert not problems, "\n".join(problems)


def test_arabic_lays_the_screens_out_right_to_left(qtbot, database, speaking):
    speaking("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    operations.add_example_questionnaires(database)
    window = _interview(qtbot, database)
    navigation = window.view.navigation
    back = navigation.back_button.mapToGlobal(navigation.back_button.rect().center())
    ahead = navigation.next_button.mapToGlobal(navigation.next_button.rect().center())
    assert back.x() > ahead.x()  # Back on the right, Next on the left
    assert navigation.next_button.text().startswith("التالي")
    main = _main(qtbot, database)
    assert main.selected_questionnaire() is not None  # a row is chosen right to left too
    assert main.menuBar().actions()[0].text() == "&ملف"


def test_the_results_read_right_to_left_in_arabic_with_the_questionnaires_words_unturned(
    qtbot, database, speaking, tmp_path
):
    """The Results window is mirrored and speaks Arabic, while an English questionnaire's
    question keeps its question mark at its end and the project's path its leading slash."""
    from duodesk.gui.direction import LEFT_TO_RIGHT_EMBEDDING, POP_DIRECTIONAL_FORMATTING
    from duodesk.gui.results.window import ResultsWindow

    _coordinators_project(database, tmp_path)
    speaking("ar")
    window = ResultsWindow(database, FORM)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.summary_shown, timeout=30_000):
        window.show()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.tabs.tabText(0) == "الأ&سئلة"
    assert window.subset_bar.clear_button.text() == "حساب الجميع من جديد"
    shown = [window.questions.list.item(row).text() for row in range(3)]
    # "How old are you?" in its own direction: read right to left it would be "?How old ...".
    assert any(
        text.startswith(LEFT_TO_RIGHT_EMBEDDING) and f"?{POP_DIRECTIONAL_FORMATTING}\n" in text
        for text in shown
    ), shown
    main = _main(qtbot, database)
    assert main.layoutDirection() == Qt.LayoutDirection.RightToLeft
    path = str(database.path)
    assert f"\u2068{path}\u2069" in main.project_label.text()  # "/tmp/..." stays "/tmp/..."


def test_arabic_dates_and_numbers_use_the_digits_of_the_sentences(qtbot, speaking):
    """One Arabic screen never mixes 0-9 with Arabic-Indic digits: the sentences write 0-9,
    so dates and the tables' numbers do too."""
    from duodesk.gui.entry.duplicate_banner import readable_date

    speaking("ar")
    assert readable_date("2024-07-12") == "12 يوليو 2024"
    assert QLocale().toString(1200) == "1,200" == i18n.number(1200)


def test_numbers_and_dates_follow_the_language(qtbot, speaking):
    from duodesk.gui.entry.duplicate_banner import readable_date

    speaking("fr")
    assert readable_date("2024-07-12") == "12 juillet 2024"
    assert QLocale().toString(1200) == "1\u202f200"
    speaking("ru")
    assert readable_date("2024-07-12") == "12 июля 2024"
    speaking("en")
    assert readable_date("2024-07-12") == "12 July 2024"


def _answer_the_language_question(qtbot, choose: str | None) -> list[str]:
    """Answer the first-start question (choosing ``choose``) once it shows; what it
    preselected is returned in the list."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, language.LanguageDialog):
            QTimer.singleShot(50, answer)
            return
        seen.append(dialog.chosen())
        if choose is not None:
            for row in range(dialog.choices.count()):
                if dialog.choices.item(row).data(Qt.ItemDataRole.UserRole) == choose:
                    dialog.choices.setCurrentRow(row)
        dialog.accept()

    QTimer.singleShot(50, answer)
    return seen


def test_the_language_is_asked_on_first_start_with_the_computers_own_chosen(
    qapp, qtbot, monkeypatch, laptop_settings_file
):
    monkeypatch.delenv("DUODESK_LANGUAGE")
    monkeypatch.setenv("LANGUAGE", "ru_RU")
    try:
        seen = _answer_the_language_question(qtbot, "es")
        assert language.start_language(qapp) == "es"
        assert seen == ["ru"]  # the computer's own language was chosen for the person
        assert "language = es" in laptop_settings_file.read_text().replace("=", " = ")
        assert i18n.language() == "es"
        assert QApplication.translate("InterviewWindow", "Save and close") == "Guardar y cerrar"
        # The next start asks nothing: the choice is kept on the laptop.
        asked = []
        monkeypatch.setattr(language.LanguageDialog, "exec", lambda self: asked.append(1))
        assert language.start_language(qapp) == "es"
        assert not asked
    finally:
        language.apply_language(qapp, "en")


def test_view_language_keeps_the_choice_for_the_next_start(
    qtbot, database, monkeypatch, laptop_settings_file
):
    window = _main(qtbot, database)
    menu = window.language_menu
    assert menu.actions["en"].isChecked()
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    menu.actions["fr"].trigger()
    # in the language it speaks now, and in the one chosen, which the person may read best
    assert said == [
        "DuoDesk will speak Français the next time it starts.\n\n"
        "DuoDesk parlera Français au prochain démarrage."
    ]
    monkeypatch.delenv("DUODESK_LANGUAGE")
    assert i18n.chosen_language() == "fr"
    assert i18n.language() == "en"  # this window goes on in English until the next start


def test_translations_missing_from_a_checkout_are_compiled_at_start(qapp, tmp_path, monkeypatch):
    source = i18n.translations_dir() / "entry_fr.ts"
    shipped = tmp_path / "translations"
    shipped.mkdir()
    (shipped / "entry_fr.ts").write_bytes(source.read_bytes())
    cache = tmp_path / "cache"
    monkeypatch.setattr(i18n, "translations_dir", lambda: shipped)
    monkeypatch.setattr(language, "compiled_dir", lambda: cache)

    (qm,) = language.compiled_translations("fr")
    assert qm == cache / "entry_fr.qm" and qm.stat().st_size > 0
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("InterviewWindow", "Save and close") == "Enregistrer et fermer"
    made = qm.stat().st_mtime_ns
    assert language.compiled_translations("fr") == [qm]  # the next start reuses it
    assert qm.stat().st_mtime_ns == made
    # A .ts changed since (a new translation) is compiled again.
    later = (shipped / "entry_fr.ts").stat().st_mtime + 5
    os.utime(shipped / "entry_fr.ts", (later, later))
    assert language.compiled_translations("fr") == [qm] and qm.stat().st_mtime_ns != made


def test_no_word_on_the_main_windows_dialogs_escapes_translation(qtbot, database, speaking):
    from duodesk.gui.about import show_about
    from duodesk.gui.actions import show_help
    from duodesk.gui.duplicates_dialog import open_duplicates
    from duodesk.gui.help_guide import KEYS
    from duodesk.gui.paper_sheets_dialog import PaperSheetsDialog
    from duodesk.gui.security.audit_dialog import AuditDialog, load_trail
    from duodesk.gui.security.backups_dialog import RestoreBackupDialog
    from duodesk.gui.security.lock import UnlockDialog
    from duodesk.gui.security.passphrase_dialog import ChoosePassphraseDialog
    from duodesk.gui.team_transfer import READ, SEND, open_transfer

    speaking(i18n.PSEUDO)
    operations.add_example_questionnaires(database)
    main = _main(qtbot, database)
    allowed = sorted(
        [*_questionnaire_words(), str(database.path), database.describe()], key=len, reverse=True
    )
    guide = show_help(main)
    dialogs = {"help": guide, "about": show_about(main, database)}
    dialogs["send to the team"] = open_transfer(main, SEND)
    dialogs["add a transfer file"] = open_transfer(main, READ)
    duplicates = open_duplicates(main, FORM)
    qtbot.waitUntil(lambda: duplicates.empty.isVisible(), timeout=10_000)
    dialogs["duplicates"] = duplicates
    paper = PaperSheetsDialog(main, database, main.tasks, FORM)
    qtbot.addWidget(paper)
    with qtbot.waitSignal(paper.loaded, timeout=10_000):
        paper.show()
    dialogs["paper datasheets"] = paper
    dialogs["passphrase"] = ChoosePassphraseDialog(main, allow_later=True)
    dialogs["backups"] = RestoreBackupDialog([], main)
    dialogs["locked"] = UnlockDialog(database, lambda _typed: None)
    dialogs["audit trail"] = AuditDialog(*load_trail(database), main)
    for dialog in dialogs.values():
        if dialog.parent() is None:
            qtbot.addWidget(dialog)
    problems = []
    for name, dialog in dialogs.items():
        dialog.show()
        # The audit trail's rows are what was recorded (who, which action), kept as written.
        found = problems_on(dialog, allowed, cells=name != "audit trail")
        problems += [f"{name}: {problem}" for problem in found]
    for topic in (*help_guide_topics(), KEYS):
        guide.show_topic(topic)
        left = _untranslated(guide.text.toPlainText(), allowed)
        if left:
            problems.append(f"help page {topic!r}: {left!r}")
    assert not problems, "\n".join(problems)


def help_guide_topics() -> list[str]:
    from duodesk.gui.help_guide import PAGES

    return list(PAGES)


def _designer_problems(designer, allowed: list[str]) -> list[str]:
    """Words escaping translation on the designer as it is now, with what ``problems_on``
    does not read: the question list's kinds, the Add menu and the status bar."""
    from duodesk.gui.designer.window import DesignerWindow

    assert isinstance(designer, DesignerWindow)
    QApplication.processEvents()
    # The names the designer gave new questions and lists ("question_2") and the names of a
    # calculation's bands ("under 25") are the questionnaire's own words, as its labels are.
    questionnaire = designer.document.questionnaire
    names = form_edits.all_names(questionnaire) | set(questionnaire.choice_lists)
    for question in questionnaire.questions():
        bands = number_bands.from_expression(question.calculation)
        if bands is not None:
            names |= {band.name for band in bands.bands} | {bands.otherwise}
    allowed = sorted([*allowed, *names], key=len, reverse=True)
    problems = problems_on(designer, allowed)
    model = designer.model
    texts = [("status bar", designer.statusBar().currentMessage())]
    texts += [("add menu", action.text()) for action in designer.add_button.menu().actions()]
    for column in range(model.columnCount()):
        texts.append(("list heading", str(model.headerData(column, Qt.Orientation.Horizontal))))
    rows = [model.index(row, 1) for row in range(model.rowCount())]
    while rows:
        index = rows.pop()
        texts.append(("list kind", str(model.data(index))))
        first = index.siblingAtColumn(0)
        rows += [model.index(row, 1, first) for row in range(model.rowCount(first))]
    for what, text in texts:
        left = _untranslated(text, allowed)
        if left:
            problems.append(f"{what}: {left!r} in {text!r}")
    return problems


def _visit_each_kind(designer) -> Iterator[str]:
    """Selects the settings page, then the first item of each kind (a question of each
    kind of answer, a section, a repeated section, a grid), naming what is shown."""
    from duodesk.core.questionnaire import Group, Repeat

    designer.document.select(None)
    yield "title and languages"
    seen = set()
    for path, item in form_edits.paths(designer.document.questionnaire):
        if isinstance(item, Group):
            kind = "repeat" if isinstance(item, Repeat) else "grid" if item.is_grid else "section"
        elif (
            len(path) > 1 and form_edits.item_at(designer.document.questionnaire, path[:-1]).is_grid
        ):
            continue  # a grid's statement is edited in its grid
        else:
            kind = item.type.value
        if kind not in seen:
            seen.add(kind)
            designer.document.select(path)
            yield f"{kind} ({item.name})"


def test_no_word_in_the_designer_escapes_translation(qtbot, database, speaking):
    from duodesk.core.questionnaire import QuestionType
    from duodesk.gui.designer.fields import TYPE_WORDS
    from duodesk.gui.designer.window import DesignerWindow

    speaking(i18n.PSEUDO)
    words = _questionnaire_words()
    # The skip-logic builder shortens a long question to its first 59 letters and "…".
    words |= {word[:59].rstrip() for word in words if len(word) > 60}
    allowed = sorted([*words, str(database.path)], key=len, reverse=True)
    problems = []
    for path in example_forms():
        form = read_xlsform(path)
        designer = DesignerWindow(database, form, stored=True, interviews=2)
        qtbot.addWidget(designer, before_close_func=lambda w: w.document.mark_saved())
        designer.show()
        for name in _visit_each_kind(designer):
            found = _designer_problems(designer, allowed)
            problems += [f"{path.stem}, {name}: {problem}" for problem in found]
        # The skip-logic builder with a condition, then with a rule written by hand that
        # does not read: its rows, its message.
        designer.go_to_name(form.questions()[-1].name)
        skip = designer.question_editor.skip
        skip.add_condition()
        problems += [
            f"{path.stem}, a condition: {p}" for p in _designer_problems(designer, allowed)
        ]
        skip.mode.setCurrentIndex(skip.mode.findData("written"))
        skip.written.setText("${nowhere} >")
        skip.written.textEdited.emit("${nowhere} >")
        problems += [f"{path.stem}, a rule: {p}" for p in _designer_problems(designer, allowed)]
        skip.mode.setCurrentIndex(skip.mode.findData("always"))
        trying = designer.try_questionnaire()  # the practice interview and its note
        assert trying is not None
        problems += [f"{path.stem}, trying: {p}" for p in problems_on(trying, allowed)]
        trying.close()
        designer.document.mark_saved()
        designer.close()

    # A new questionnaire, as the main window makes it: a question of each kind, a section,
    # a repeated section and a grid, all still without words (the checks have much to say).
    main = _main(qtbot, database)
    designer = main.designer.new_questionnaire()
    qtbot.addWidget(designer, before_close_func=lambda w: w.document.mark_saved())
    problems += [f"new: {p}" for p in _designer_problems(designer, allowed)]
    for kind in TYPE_WORDS:
        designer.add_question(kind)
        if kind is QuestionType.SELECT_ONE:
            designer.question_editor.choices.add_option("Yes")
        problems += [f"new {kind.value}: {p}" for p in _designer_problems(designer, allowed)]
    for add in (designer.add_section, designer.add_repeat, designer.add_grid):
        designer.document.select(None)
        add()
        problems += [f"new, {add.__name__}: {p}" for p in _designer_problems(designer, allowed)]
    designer.checks.check_now(designer.document.questionnaire)
    assert designer.checks.list.count() > 0  # the checks have something to say
    problems += [f"new, checks: {p}" for p in _designer_problems(designer, allowed)]
    trying = designer.try_questionnaire()
    assert trying is None  # not yet: the status bar says why
    problems += [f"new, trying: {p}" for p in _designer_problems(designer, allowed)]
    assert not problems, "\n".join(problems)


# -- the coordinator's screens -------------------------------------------------------------------


def _coordinators_project(database, tmp_path) -> list[str]:
    """The example questionnaires and 20 simulated interviews of the hepatitis C survey at two
    sites; returns what the interviews say in words (theirs, never translated)."""
    from duodesk.core.simulate import simulate_answers, write_responses_csv
    from duodesk.resources import example_forms
    from duodesk.storage.importer import import_responses

    operations.add_example_questionnaires(database)
    path = next(p for p in example_forms() if read_xlsform(p).settings.form_id == FORM)
    questionnaire = read_xlsform(path)
    said: set[str] = set()
    for seed, site in enumerate(("Centre A", "Centre B"), start=1):
        answers = list(simulate_answers(questionnaire, 10, seed=seed))
        diagnosed = [a for a in answers if a.get("hcv_diagnosed") == "yes"]
        for number, interview in enumerate(diagnosed):  # words to code into themes
            interview.update(
                referred="no",
                not_referred_reasons=("other",),
                not_referred_other=f"The clinic was too far for me ({site}, {number})",
            )
        for interview in answers:
            said.update(v for v in interview.values() if isinstance(v, str) and v.strip())
        data = tmp_path / f"{site}.csv"
        write_responses_csv(questionnaire, answers, data, site=site)
        import_responses(database, FORM, data)
    return sorted(said, key=len, reverse=True)


def _allowed(database, *more: str) -> list[str]:
    """The questionnaires' words (whole, and as the choice of interviews shortens them), the
    months, the project's path and ``more``."""
    from duodesk.gui.results.subset_bar import _short

    months = [QLocale().standaloneMonthName(month) for month in range(1, 13)]
    questionnaires = _questionnaire_words()
    shortened = {_short(word) for word in questionnaires} - questionnaires
    words = [*questionnaires, *shortened, *months, str(database.path), *more]
    return sorted(words, key=len, reverse=True)


def _results_tabs(qtbot, database) -> Iterator[tuple[str, QWidget]]:
    """The Results window showing each kind of question, then two questions compared."""
    from duodesk.gui.results.window import ResultsWindow

    window = ResultsWindow(database, FORM)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitSignal(window.summary_shown, timeout=30_000):
        window.show()
    window.choose_button.setChecked(True)  # the choice of interviews in sight too
    for name, kind in (
        ("sex", None),
        ("treatment_barriers", None),
        ("age", "bins"),
        ("views_grid", None),
        ("comments", "text"),
        ("interview_date", "months"),
    ):
        if kind is None:
            assert window.questions.choose(name)
        else:
            with qtbot.waitSignal(
                window.details_shown, timeout=20_000, check_params_cb=lambda k, w=kind: k == w
            ):
                assert window.questions.choose(name)
        QApplication.processEvents()
        yield f"results: {name}", window
    window.tabs.setCurrentIndex(1)
    window.crosstab.choose("sex", "hcv_diagnosed")
    with qtbot.waitSignal(
        window.details_shown, timeout=20_000, check_params_cb=lambda kind: kind == "crosstab"
    ):
        window.crosstab.ask()
    yield "results: two questions compared", window


def test_no_word_on_the_results_and_export_screens_escapes_translation(
    qtbot, database, speaking, tmp_path
):
    from duodesk.exports.layout import ExportFormat
    from duodesk.gui.export.window import ExportWindow

    said = _coordinators_project(database, tmp_path)
    speaking(i18n.PSEUDO)
    allowed = _allowed(database, *said, "Centre A", "Centre B", str(tmp_path))
    problems = []
    for name, screen in _results_tabs(qtbot, database):
        problems += [f"{name}: {problem}" for problem in problems_on(screen, allowed)]
    export = ExportWindow(database, FORM, "Hepatitis C peer survey")
    qtbot.addWidget(export)
    with qtbot.waitSignal(export.policy_loaded, timeout=20_000):
        export.show()
    problems += [f"export: {problem}" for problem in problems_on(export, allowed)]
    export.format_buttons[ExportFormat.CSV].setChecked(True)
    export.path_edit.setText(str(tmp_path / "out.csv"))
    with qtbot.waitSignal(export.finished, timeout=60_000):
        export.start()
    problems += [f"export done: {problem}" for problem in problems_on(export, allowed)]
    assert not problems, "\n".join(problems)


def _coding_screens(qtbot, database) -> Iterator[tuple[str, QWidget]]:
    """The coding window with a theme given to the first answer, its quotes and agreement."""
    from duodesk.gui.themes.agreement_dialog import open_agreement
    from duodesk.gui.themes.quotes_dialog import QuotesDialog
    from duodesk.gui.themes.window import CodingWindow

    main = _main(qtbot, database)
    rows = [main.model.row_at(r).form_id for r in range(main.model.rowCount())]
    main.table.selectRow(rows.index(FORM))
    with qtbot.waitSignal(main.child_windows.opened, timeout=10_000) as opened:
        qtbot.keyClick(main, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    window = opened.args[0]
    assert isinstance(window, CodingWindow)
    tasks = window.tasks
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.data is not None, timeout=10_000)
    question = window.data.question
    assert window.current() is not None
    window.new_theme.setText("Cost")
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.add_theme()
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.toggle_theme(0)
    yield "coding", window
    quotes = QuotesDialog(window, database, tasks, FORM, question)
    with qtbot.waitSignal(quotes.loaded, timeout=10_000):
        quotes.show()
    yield "quotes", quotes
    yield "agreement", open_agreement(window, database, tasks, window.data)


def test_no_word_on_the_coding_screens_escapes_translation(qtbot, database, speaking, tmp_path):
    said = _coordinators_project(database, tmp_path)
    speaking(i18n.PSEUDO)
    allowed = _allowed(database, *said, "Centre A", "Centre B", "Cost")
    problems = []
    for name, screen in _coding_screens(qtbot, database):
        problems += [f"{name}: {problem}" for problem in problems_on(screen, allowed)]
        if name == "quotes":
            left = _untranslated(screen.text.toPlainText(), allowed)
            if left:
                problems.append(f"quotes text: {left!r}")
    assert not problems, "\n".join(problems)


def test_no_word_on_the_people_dialogs_escapes_translation(qtbot, database, speaking):
    from duodesk.core.roles import Role, SignedIn
    from duodesk.gui.people import operations as people_ops
    from duodesk.gui.people.people_dialog import PeopleDialog
    from duodesk.gui.people.sign_in_dialog import SignInDialog
    from duodesk.storage.audit import set_signed_in
    from duodesk.storage.people import add_person

    with database.session() as session:
        add_person(session, "Morag", Role.COORDINATOR, "harbour lights 7")
        set_signed_in(SignedIn("Morag", Role.COORDINATOR))
        add_person(session, "Sam", Role.INTERVIEWER, "4821")
    set_signed_in(None)
    speaking(i18n.PSEUDO)
    roster = people_ops.load_roster(database)
    tasks = ProjectWorker()
    people = PeopleDialog(database, tasks, roster, "Morag")
    people._test_tasks = tasks
    qtbot.addWidget(people)
    people.show()
    people.choose("Sam")
    sign_in = SignInDialog(database, tasks, roster)
    qtbot.addWidget(sign_in)
    sign_in.show()
    sign_in.names.setCurrentRow(1)
    sign_in.secret.setText("0000")
    with qtbot.waitSignal(sign_in.answered, timeout=10_000):
        sign_in.try_sign_in()  # a wrong PIN: it says so
    allowed = _allowed(database, "Morag", "Sam")
    problems = [f"people: {problem}" for problem in problems_on(people, allowed)]
    problems += [f"sign in: {problem}" for problem in problems_on(sign_in, allowed)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", ["en", "fr", "ru"])
def test_a_crosstab_says_its_fisher_p_value_was_estimated_in_every_language(speaking, code):
    from duodesk.analysis.fisher import FisherResult, is_estimated

    speaking(code)
    assert is_estimated(FisherResult(0.2, "monte carlo", 10_000, 7).describe())
    assert not is_estimated(FisherResult(0.2, "exact").describe())
    assert not is_estimated("")


@pytest.mark.parametrize(
    ("code", "look_in", "files_of_type"),
    [
        ("fr", "Voir dans", "Fichiers de type"),
        ("es", "Ver en", "Ficheros de tipo"),
        ("ru", "Перейти к", "Типы файлов"),
        ("ar", "اعثر في", "الملفّات من النّوع"),
    ],
)
def test_qts_own_file_dialog_speaks_the_language(qtbot, speaking, code, look_in, files_of_type):
    """Qt's file dialog ("Look in:", "Files of type:") is in the chosen language too, like
    DuoDesk's words around it."""
    speaking(code)
    assert QCoreApplication.translate("QFileDialog", "Look in:").startswith(look_in)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    dialog = QFileDialog(None, "", str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [label.text().replace("&", "") for label in dialog.findChildren(QLabel)]
    assert any(text.startswith(look_in) for text in labels), labels
    assert any(text.startswith(files_of_type) for text in labels), labels
    assert not any("Look in" in text or "Files of" in text for text in labels), labels


def test_the_designers_list_keeps_english_questions_in_their_direction_in_arabic(
    qtbot, database, speaking
):
    """An English question in the Arabic designer's list keeps its question mark at its end
    ("1. Where ...?", not "?place" on a line of its own), and no instruction on the mirrored
    screens says "on the left" (the list is on the right there)."""
    from duodesk.gui.designer.window import DesignerWindow
    from duodesk.gui.direction import LEFT_TO_RIGHT_EMBEDDING, POP_DIRECTIONAL_FORMATTING

    speaking("ar")
    form = read_xlsform(next(p for p in example_forms() if p.stem.startswith("hepatitis")))
    designer = DesignerWindow(database, form, stored=True, interviews=2)
    qtbot.addWidget(designer, before_close_func=lambda w: w.document.mark_saved())
    designer.show()
    model = designer.tree.model()
    shown = []
    parents = [QModelIndex()]
    while parents:  # the questions inside the sections too
        parent = parents.pop()
        for row in range(model.rowCount(parent)):
            shown.append(model.index(row, 0, parent).data())
            parents.append(model.index(row, 0, parent))
    questions = [text for text in shown if text.endswith(f"?{POP_DIRECTIONAL_FORMATTING}")]
    assert questions and all(LEFT_TO_RIGHT_EMBEDDING in text for text in questions), shown
    assert any(text.startswith("1. " + LEFT_TO_RIGHT_EMBEDDING) for text in shown), shown
    code = designer.settings_editor.code_questions
    code_texts = [code.item(row).text() for row in range(code.count())]
    assert all(text.startswith(LEFT_TO_RIGHT_EMBEDDING) for text in code_texts), code_texts
    words = " ".join(label.text() for label in designer.findChildren(QLabel))
    assert "اختر سؤالًا من القائمة" in words and "اليسار" not in words
