"""The interview itself, page by page: runs a :class:`FormEngine`, knows nothing of storage.

:class:`InterviewFormView` takes a :class:`Questionnaire` and, optionally, answers to start
from and two callbacks: ``on_change(FormChange)`` after every answer (with what to save) and
``on_finish(FormState)`` when the interview is finished with no problems left. With no
callbacks it is a throw-away interview (a preview or practice run): nothing is stored.

Skip logic is live: every answer re-evaluates the form; answers to questions that stop
applying are cleared and the interviewer is told which. Moving back and forth is always
allowed, but Next does not leave a page while an answer on it is missing or wrong: the
message shows beside the question and the focus stays there. "Skip for now" moves on
deliberately, recording nothing for the question; skipped questions are listed again at
Finish. Finishing is not possible while an answer is missing or wrong, and the view then goes
to the first problem.

A repeat's questions come once per instance, under a heading ("Drug 2 of 3") with a button to
remove that instance; after the last instance a page asks whether there is another, with two
large buttons (keys 1 and 2). Answers in instances are kept under their answer keys
(``drug[2]``), so the pages are built again whenever the instances change.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.engine import FormEngine, FormState
from duodesk.core.participant_code import never_stored
from duodesk.core.questionnaire import (
    Questionnaire,
    QuestionType,
    answer_key,
    split_key,
    text_in,
)
from duodesk.core.records import AnswerRecord, FormChange, is_stored, record_for, repeat_records
from duodesk.gui.direction import on_the_screens_side
from duodesk.gui.entry.field_widgets import FileWidget
from duodesk.gui.entry.grid_widget import LikertGrid
from duodesk.gui.entry.look import ENTRY_STYLE_SHEET
from duodesk.gui.entry.navigation import NavigationBar
from duodesk.gui.entry.pages import Page, build_pages, page_applies, page_of_question, progress
from duodesk.gui.entry.question_widgets import (
    QuestionWidget,
    label_text,
    make_question_widget,
    typing_goes_on,
)
from duodesk.gui.entry.repeat_pages import RepeatPages
from duodesk.gui.text_size import follow

# Answers typed key by key: saved once the typing pauses, not on every key (a date half typed,
# "25/12/20" on the way to 25/12/2026, is already a date, but not the one meant).
TYPED_AS_TEXT = frozenset(
    {
        QuestionType.TEXT,
        QuestionType.INTEGER,
        QuestionType.DECIMAL,
        QuestionType.DATE,
        QuestionType.TIME,
        QuestionType.DATETIME,
        QuestionType.GEOPOINT,
        QuestionType.GEOTRACE,
        QuestionType.GEOSHAPE,
        QuestionType.BARCODE,
        QuestionType.RANGE,
    }
)
# Buttons to go straight to a question skipped for now, side by side under Finish's list (the
# rest are in the list; Finish lists what is left again).
SKIP_LINKS = 3
# Buttons of a page that help with an answer without giving one: Tab reaches them after Next
# and Back (see InterviewFormView.order_tabs).
PAGE_HELPER_BUTTONS = frozenset({"clearAnswer", "calendarButton", "removeFile", "removeInstance"})
TYPING_PAUSE_MS = 400  # typed answers are saved once the typing pauses (and on every move)
CODE_RECORDED_HINT = QT_TRANSLATE_NOOP(
    "InterviewFormView",
    "Recorded — hidden to protect the participant. Type it again only to change it.",
)


class InterviewFormView(RepeatPages, QWidget):
    page_shown = Signal(str)  # the first question of the page now on screen
    problems_found = Signal(str)  # finishing was refused; the first problem's message
    skipped_changed = Signal(list)  # the names of the questions skipped for now, in order

    def __init__(
        self,
        questionnaire: Questionnaire,
        *,
        language: str | None = None,
        answers: Mapping[str, object] | None = None,
        saved_records: Mapping[str, AnswerRecord] | None = None,
        current_question: str = "",
        on_change: Callable[[FormChange], None] | None = None,
        on_finish: Callable[[FormState], None] | None = None,
        code_recorded: bool = False,
        finish_text: str = "",
        metadata: Mapping[QuestionType, str] | None = None,
    ) -> None:
        super().__init__()
        self.questionnaire = questionnaire
        languages = questionnaire.languages()
        self.language = language if language in languages else languages[0]
        self.engine = FormEngine(questionnaire, language=self.language)
        self.on_change = on_change
        self.on_finish = on_finish
        self.finish_text = finish_text or self.tr("Finish the interview")
        self.code_questions = tuple(questionnaire.settings.participant_code)
        self.unstored = never_stored(questionnaire)  # the code and what is worked out from it
        self.code_recorded = code_recorded
        if answers is None:
            answers = self.engine.initial_answers(metadata=metadata)
        self.answers: dict[str, object] = dict(answers)
        self.state = self.engine.evaluate(self.answers)
        self.pages = build_pages(questionnaire, self.state)
        self.repeat_buttons: dict[str, QPushButton] = {}
        # The caller's buttons beside the title (Save and close…): Tab reaches them after the
        # page's own buttons, and the language of the questions last (see order_tabs).
        self.header_buttons: list[QWidget] = []
        # What the caller already has: the first report brings it up to date.
        self._saved = dict(saved_records) if saved_records is not None else self._records()
        self._typing_problems: dict[str, str] = {}
        self._finish_tried = False
        self._finish_notice = False  # the notice says why the interview cannot be finished
        self._stray_said = ""  # the notice's words about keys that chose nothing, while shown
        self._insisted: set[str] = set()  # Next was refused on their page: show every problem
        self.skipped: list[str] = []  # skipped for now, in the order they were skipped
        self._skips_listed = False
        self._code_dirty = False
        self.widgets: dict[str, QuestionWidget] = {}
        self.grid: LikertGrid | None = None
        self._save_timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._save_timer.timeout.connect(self.flush)
        follow(self, ENTRY_STYLE_SHEET)
        self._build()
        start = page_of_question(self.pages, current_question) if current_question else None
        if start is None or not page_applies(self.pages[start], self.state):
            start = self._next_page(-1)
        self.index = start if start is not None else 0
        self.show_page(self.index)

    # -- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = QLabel(self.questionnaire.title)
        self.title_label.setObjectName("formTitle")
        self.title_label.setWordWrap(True)
        on_the_screens_side(self.title_label)  # above the interview's details, on their side
        # The title over what the caller adds (the interview's details), and the language with
        # the caller's buttons beside them: one row, so that a long page keeps its height.
        self.title_column = QVBoxLayout()
        self.title_column.setSpacing(2)
        self.title_column.addWidget(self.title_label)
        top = QHBoxLayout()
        top.addLayout(self.title_column, 1)
        self.header = top
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language of the questions"))
        for name in self.questionnaire.languages():
            self.language_box.addItem(name or self.tr("Default"), name)
        self.language_box.setCurrentIndex(max(self.language_box.findData(self.language), 0))
        self.language_box.currentIndexChanged.connect(
            lambda _: self.set_language(self.language_box.currentData())
        )
        language_label = QLabel(self.tr("Language:"))
        language_label.setBuddy(self.language_box)
        for widget in (language_label, self.language_box):
            widget.setVisible(self.language_box.count() > 1)
            top.addWidget(widget)
        self.banner_area = QVBoxLayout()  # messages from the caller (a possible duplicate)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        # Under the list of questions skipped for now: a button for each, to go straight to it.
        self.skip_links = QWidget()
        self.skip_links_layout = QHBoxLayout(self.skip_links)
        self.skip_links_layout.setContentsMargins(0, 0, 0, 0)
        self.skip_links.hide()
        self.page_area = QScrollArea()
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own (it showed no focus at all): Tab goes from the answers to
        # the buttons, and the page scrolls to whichever answer has the keyboard.
        self.page_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # On a short screen (a laptop at 150%) the options scroll: whatever takes the focus (a
        # number key's tick, an arrow key, the first question of a page) is scrolled into view.
        # Qt scrolls only for Tab.
        self._focus_check = QTimer(self, singleShot=True, interval=0)
        self._focus_check.timeout.connect(self._show_focus)
        self.page_area.verticalScrollBar().valueChanged.connect(self._grid_scrolled)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self.navigation = NavigationBar()
        self.navigation.back_button.clicked.connect(self.go_back)
        self.navigation.next_button.clicked.connect(self.go_next)
        self.navigation.skip_button.clicked.connect(self.skip_for_now)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(self.banner_area)
        layout.addWidget(self.notice)
        layout.addWidget(self.skip_links)
        layout.addWidget(self.page_area, 1)
        layout.addWidget(self.navigation)
        QShortcut(QKeySequence("Alt+Left"), self, self.go_back)
        QShortcut(QKeySequence("Alt+Right"), self, self.go_next)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.go_next)

    def show_page(self, index: int) -> None:
        self.index = index
        self._show_skip_links([])
        page = self.pages[index]
        self.widgets, self.grid = {}, None
        content = QWidget()
        content.setObjectName("page")
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(18)
        self.repeat_buttons = {}
        self.repeat_heading: QLabel | None = None
        self.group_heading: QLabel | None = None
        if page.repeats:
            column.addLayout(self._instance_heading(page))
        if page.add_prompt is not None:
            self._add_prompt_page(page, column)
        elif page.group is not None:
            title = text_in(
                page.group.label, self.language, self.questionnaire.settings.default_language
            )
            if title:
                heading = QLabel(title)
                heading.setObjectName("questionLabel")
                heading.setWordWrap(True)
                column.addWidget(heading)
                self.group_heading = heading
        if page.is_grid:
            assert page.group is not None
            self.grid = LikertGrid(page.group, page.questions, self.questionnaire, self.language)
            self.grid.answer_changed.connect(self._grid_answered)
            self.grid.stray_typing.connect(self._stray_typing)
            self.grid.typing_ended.connect(self._clear_stray_notice)
            column.addWidget(self.grid)
        else:
            for question, key in zip(page.questions, page.names(), strict=True):
                widget = make_question_widget(question, self.questionnaire, self.language)
                widget.answer_changed.connect(lambda _name, key=key: self._answered(key))
                widget.stray_typing.connect(
                    lambda _name, typed, key=key: self._stray_typing(key, typed)
                )
                widget.typing_ended.connect(self._clear_stray_notice)
                self.widgets[key] = widget
                column.addWidget(widget)
        column.addStretch(1)
        old = self.page_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.page_area.setWidget(content)
        for name in page.names():
            value = self.answers.get(name)
            if self.grid is not None:
                self.grid.set_value_of(split_key(name)[0], value)
            else:
                self.widgets[name].set_value(value)
        self._refresh_page()
        self.order_tabs()
        self.page_area.verticalScrollBar().setValue(0)
        self.focus_first()
        self.page_shown.emit(page.first)

    def order_tabs(self) -> None:
        """Tab goes from the answers to Next, then Back, then the rest: a page's own helper
        buttons (Clear this answer, Calendar…), the caller's buttons and, last, the language of
        the questions (it came before Next, and one Tab too many changed the language)."""
        answers, helpers = [], []
        content = self.page_area.widget()
        if content is not None:
            for widget in _tab_stops_in(content):
                is_helper = widget.objectName() in PAGE_HELPER_BUTTONS
                (helpers if is_helper else answers).append(widget)
        skip_links = [
            item.widget()
            for index in range(self.skip_links_layout.count())
            if (item := self.skip_links_layout.itemAt(index)).widget() is not None
        ]
        navigation = self.navigation
        order = [
            *answers,
            navigation.next_button,
            navigation.back_button,
            *navigation.extra_buttons,
            navigation.skip_button,
            *helpers,
            *skip_links,
            *self.header_buttons,
            self.language_box,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _grid_scrolled(self) -> None:
        if self.grid is not None:
            self.grid.keep_scale_in_sight(self.page_area.viewport())

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        content = self.page_area.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self._focus_check.start()  # once the page is laid out

    def _show_focus(self) -> None:
        focused = QApplication.focusWidget()
        content = self.page_area.widget()
        if focused is None or content is None or not content.isAncestorOf(focused):
            return
        content.layout().activate()
        # Not under the grid's scale, kept at the top of the screen while it scrolls.
        margin = 50 + (self.grid.scale_height() if self.grid is not None else 0)
        # The question first, then its answer box: on a short window (150%, large text)
        # showing only the box scrolled "Date of the interview" out of sight.
        for widget in self.widgets.values():
            label = getattr(widget, "label", None)
            if isinstance(label, QWidget) and widget.isAncestorOf(focused) and label.isVisible():
                self.page_area.ensureWidgetVisible(label, 50, margin)
                break
        self.page_area.ensureWidgetVisible(focused, 50, margin)
        self._grid_scrolled()

    def focus_first(self) -> None:
        if self.grid is not None:
            self.grid.focus_input()
            return
        if "add" in self.repeat_buttons:
            self.repeat_buttons["add"].setFocus()
            return
        for name, widget in self.widgets.items():
            if self.state.states[name].applicable and widget.question.type.takes_answer:
                widget.focus_input()
                return
        self.navigation.next_button.setFocus()

    def _refresh_page(self) -> None:
        """Show which questions of the page apply, their choices, marks and messages, and
        the texts with ``${...}`` as the answers now fill them in."""
        page = self.pages[self.index]
        self._refresh_headings(page)
        if self.grid is not None:
            group_key = answer_key(self.grid.group.name, page.instance)
            self.grid.fill_texts(
                lambda text, name: self.engine.fill_in(
                    text, self.state, answer_key(name, page.instance) if name else group_key
                )
            )
        for name in page.names():
            question_state = self.state.states[name]
            message = self.message_for(name)
            if self.grid is not None:
                self.grid.set_row_visible(split_key(name)[0], question_state.applicable)
                self.grid.set_error_of(split_key(name)[0], message)
                continue
            widget = self.widgets[name]
            widget.fill_texts(lambda text, key=name: self.engine.fill_in(text, self.state, key))
            widget.setVisible(question_state.applicable)
            widget.set_required(question_state.required)
            widget.setEnabled(not question_state.read_only or not widget.question.type.takes_answer)
            if widget.question.type.is_select:
                widget.set_choices(self.engine.visible_choices(name, self.state))
            widget.set_kept_note(
                self.tr(CODE_RECORDED_HINT) if self._code_kept_hidden(name) else None
            )
            widget.set_error(message)
        self.navigation.skip_button.setVisible(
            any(name in self._insisted for name in page.names())
            and bool(self.page_problems(self.index))
        )
        last = self._next_page(self.index) is None
        first = self._previous_page(self.index) is None
        shown = progress(self.pages, self.index, self.state).text()
        place = self.instance_place(page)
        if place:  # inside a repeat: which one, as the heading says, next to the count
            shown = f"{shown} · {place}"
        self.navigation.show_position(shown, first, last, self.finish_text)

    def _refresh_headings(self, page: Page) -> None:
        """The repeat instance's heading and the group's title, ``${...}`` filled in."""
        if self.repeat_heading is not None and page.repeats:
            self.repeat_heading.setText(self.instance_place(page))
        if self.group_heading is not None and page.group is not None:
            title = text_in(
                page.group.label, self.language, self.questionnaire.settings.default_language
            )
            key = answer_key(page.group.name, page.instance)
            self.group_heading.setText(self.engine.fill_in(title, self.state, key))

    def _code_kept_hidden(self, name: str) -> bool:
        """Whether ``name`` is a part of a participant code kept from before (only as its
        digests, so its box is empty) and not typed again here."""
        return name in self.code_questions and self.code_recorded and name not in self.answers

    def unreadable(self) -> list[str]:
        """The questions whose box holds what cannot be read as an answer (nothing of it is
        recorded until it is put right)."""
        return list(self._typing_problems)

    def checked_answer(self, name: str) -> object | None:
        """The answer to ``name`` if it passed its question's checks (the question applies and
        the answer breaks no rule), else None."""
        if name in self._typing_problems:
            return None
        question_state = self.state.states.get(name)
        if question_state is None or not question_state.applicable:
            return None
        return question_state.value if question_state.error is None else None

    def message_for(self, name: str) -> str | None:
        """The message to show beside a question now: what was typed cannot be read, a broken
        constraint, or (once finishing was tried) a missing answer."""
        if name in self._typing_problems:
            return self._typing_problems[name]
        question_state = self.state.states[name]
        if question_state.error is None or not question_state.applicable:
            return None
        if self._code_kept_hidden(name):
            return None
        if question_state.value is None and not self._finish_tried and name not in self._insisted:
            return None
        return question_state.error

    # -- answers ---------------------------------------------------------------------------------

    def _answered(self, name: str) -> None:
        self._clear_stray_notice()  # an answer chosen since: the message is about the past
        widget = self.widgets[name]
        problem = widget.input_problem()
        if problem:
            self._typing_problems[name] = problem
        else:
            self._typing_problems.pop(name, None)
        self._set_answer(name, widget.value())
        if widget.question.type in TYPED_AS_TEXT:
            self._save_timer.start()
        elif widget.question.type.takes_answer:
            self.flush()
        else:
            self._save_timer.start()

    def _grid_answered(self, name: str) -> None:
        assert self.grid is not None
        self._clear_stray_notice()
        key = answer_key(name, self.pages[self.index].instance)
        self._set_answer(key, self.grid.value_of(name))
        self.flush()

    def _set_answer(self, name: str, value: object | None) -> None:
        if value is None:
            self.answers.pop(name, None)
        else:
            self.answers[name] = value
        if name in self.code_questions:
            self._code_dirty = True
        self.evaluate()

    def evaluate(self) -> None:
        before = self.state.instances
        self.state = self.engine.evaluate(self.answers)
        cleared = [name for name in self.state.cleared if name in self.answers]
        for name in cleared:
            del self.answers[name]
            self._typing_problems.pop(name, None)
        if self.state.instances != before:
            if self._fill_new_instances(before):
                self.state = self.engine.evaluate(self.answers)
            self._rebuild_pages()
        if cleared:
            labels = [
                "“" + self._label(n) + "”"
                for n in cleared
                if split_key(n)[0] not in self._repeat_names
            ]
            said = (
                self.tr(
                    "This answer was cleared, because its question no longer applies after "
                    "this change: {questions}"
                )
                if len(labels) == 1
                else self.tr(
                    "These answers were cleared, because their questions no longer apply "
                    "after this change: {questions}"
                )
            )
            self.notice.setText(said.format(questions="; ".join(labels)))
            self.notice.show()
            self._finish_notice = False
        self._refresh_page()
        if self._finish_notice:  # keep "cannot be finished" true, and take it away once it is not
            problems = self.problems()
            if problems:
                self._show_finish_problems(problems)
            else:
                self.notice.hide()
                self._finish_notice = False

    def _stray_typing(self, name: str, typed: str) -> None:
        widget = self.widgets.get(name)
        count = len(widget.choice_names()) if widget is not None else 0
        if self.grid is not None:
            count = len(self.grid.scale)
        said = (
            self.tr(
                "“{typed}” was typed, but this question is answered by choosing an option "
                "(keys 1 to {last})."
            )
            if count > 1
            else self.tr(
                "“{typed}” was typed, but this question is answered by choosing an option."
            )
        )
        kept = (
            self.tr("The answers were left as they were.")
            if self.grid is not None
            else self.tr("The answer was left as it was.")
        )
        text = said.format(typed=typed, last=min(count, 9)) + " " + kept
        if typing_goes_on(typed):  # else the next number key chooses at once
            text += " " + self.tr(
                "To choose with the number keys again, press Backspace or Escape first."
            )
        self.notice.setText(text)
        self.notice.show()
        self._finish_notice = False
        self._stray_said = text

    def _clear_stray_notice(self, _name: str = "") -> None:
        """Take away the message about keys that chose nothing (not any other message)."""
        if self._stray_said and self.notice.text() == self._stray_said:
            self.notice.hide()
        self._stray_said = ""

    def final_records(self) -> list[AnswerRecord]:
        """Every stored question's record as things stand (participant code left out)."""
        return list(self._records().values())

    def _records(self) -> dict[str, AnswerRecord]:
        records = {}
        for question in self.questionnaire.top_level_questions():
            if not is_stored(question) or question.name in self.unstored:
                continue
            question_state = self.state.states[question.name]
            value = self.state.answers.get(question.name) if question_state.applicable else None
            records[question.name] = record_for(question, question_state.applicable, value)
        if self._repeat_names:
            wanted = {q.name for q in self.questionnaire.questions()} - set(self.unstored)
            for record in repeat_records(self.questionnaire, self.state, wanted):
                records[record.key] = record
        return records

    def code_incomplete(self) -> bool:
        """Whether some parts of the participant code are typed but not all: the parts are kept
        only as the whole code's digests, so until the last part is given nothing of it is
        stored."""
        if not self._code_dirty or not self.code_questions:
            return False
        values = [self.answers.get(name) for name in self.code_questions]
        return any(v is not None for v in values) and not all(v is not None for v in values)

    def flush(self) -> None:
        """Report what changed since the last report (at once, not after the typing pause)."""
        self._save_timer.stop()
        records = self._records()
        changed = tuple(r for name, r in records.items() if self._saved.get(name) != r)
        # Instances taken out: their stored rows go too.
        gone = tuple(
            AnswerRecord(r.question, r.status, instance=r.instance, removed=True)
            for key, r in self._saved.items()
            if key not in records and r.instance
        )
        changed += gone
        self._saved = records
        code = None
        if self._code_dirty and self.code_questions:
            values = [self.answers.get(name) for name in self.code_questions]
            if all(value is not None for value in values):
                code = tuple(str(v) if not isinstance(v, tuple) else " ".join(v) for v in values)
                self._code_dirty = False
        attachments = tuple(
            attached
            for widget in self.widgets.values()
            if isinstance(widget, FileWidget) and (attached := widget.take_attachment())
        )
        if self.on_change is not None:
            self.on_change(FormChange(changed, self.pages[self.index].first, code, attachments))

    # -- moving ----------------------------------------------------------------------------------

    def _next_page(self, index: int) -> int | None:
        for later in range(index + 1, len(self.pages)):
            if page_applies(self.pages[later], self.state):
                return later
        return None

    def _previous_page(self, index: int) -> int | None:
        for earlier in range(index - 1, -1, -1):
            if page_applies(self.pages[earlier], self.state):
                return earlier
        return None

    def on_last_page(self) -> bool:
        """Whether Next finishes (no later page applies)."""
        return self._next_page(self.index) is None

    def go_next(self) -> None:
        """Go to the next page that applies (or finish), unless an answer on this page is
        missing or wrong: then its message shows, the focus goes to it and "Skip for now"
        appears."""
        problems = self.page_problems(self.index)
        if problems:
            self._insisted.update(self.pages[self.index].names())
            self._refresh_page()
            self._focus_question(problems[0][0])
            self.problems_found.emit(problems[0][1])
            return
        self._move_on()

    def skip_for_now(self) -> None:
        """Leave this page's problems unanswered on purpose: a wrong answer is taken away (it
        is not recorded), the questions are remembered for Finish, and the interview goes on."""
        for name, _ in self.page_problems(self.index):
            self._typing_problems.pop(name, None)
            self.answers.pop(name, None)
            if name not in self.skipped:
                self.skipped.append(name)
        self.skipped_changed.emit(list(self.skipped))
        self._skips_listed = False
        self.evaluate()
        self._move_on()

    def _move_on(self) -> None:
        target = self._next_page(self.index)
        if target is None:
            self.finish()
            return
        self.notice.hide()
        self._finish_notice = False
        self.show_page(target)
        self.flush()

    def go_back(self) -> None:
        target = self._previous_page(self.index)
        if target is not None:
            self.notice.hide()
            self._finish_notice = False
            self.show_page(target)
            self.flush()

    def _focus_question(self, name: str) -> None:
        widget = self.widgets.get(name)
        if widget is not None:
            widget.focus_input()
            self.page_area.ensureWidgetVisible(widget.label)  # the question and its message
        else:
            self.focus_first()

    def page_problems(self, index: int) -> list[tuple[str, str]]:
        """(question, message) for what stops the interview leaving page ``index``."""
        names = set(self.pages[index].names())
        return [(name, message) for name, message in self.problems() if name in names]

    def open_skips(self) -> list[str]:
        """Questions skipped for now that still apply and still have no answer."""
        return [
            name
            for name in self.skipped
            if self.state.states[name].applicable and name not in self.answers
        ]

    def go_to_question(self, name: str) -> None:
        index = page_of_question(self.pages, name)
        if index is not None:
            self.show_page(index)

    def problems(self) -> list[tuple[str, str]]:
        """(question, message) for everything that stops the interview being finished."""
        found = []
        for page in self.pages:
            for name in page.names():
                question_state = self.state.states[name]
                if name in self._typing_problems:
                    found.append((name, self._typing_problems[name]))
                elif question_state.applicable and question_state.error is not None:
                    recorded = name in self.code_questions and self.code_recorded
                    if not (recorded and name not in self.answers):
                        found.append((name, question_state.error))
        return found

    def finish(self) -> None:
        self.flush()
        problems = self.problems()
        if problems:
            self._finish_tried = True
            self.go_to_question(problems[0][0])
            self._show_finish_problems(problems)
            self._finish_notice = True
            self.problems_found.emit(problems[0][1])
            return
        skips = self.open_skips()
        if skips and not self._skips_listed:
            self._skips_listed = True
            self.notice.setText(
                self.tr(
                    "Skipped for now, still without an answer: {questions}. Press “{finish}” "
                    "again to finish without them, or go back to answer them."
                ).format(
                    questions="; ".join(f"“{self._label(n)}”" for n in skips),
                    finish=self.finish_text,
                )
            )
            self.notice.show()
            self._show_skip_links(skips)
            return
        if self.on_finish is not None:
            self.on_finish(self.state)

    def _show_skip_links(self, names: list[str]) -> None:
        """A button for each question in ``names`` (the first few), or none."""
        while self.skip_links_layout.count():
            item = self.skip_links_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for name in names[:SKIP_LINKS]:
            label = self._label(name)
            button = QPushButton(
                self.tr("Go to “{question}”").format(
                    question=self.fontMetrics().elidedText(
                        label,
                        Qt.TextElideMode.ElideRight,
                        30 * self.fontMetrics().averageCharWidth(),
                    )
                )
            )
            button.setAccessibleName(self.tr("Go to “{question}”").format(question=label))
            button.setToolTip(label)
            button.clicked.connect(lambda _c=False, name=name: self._go_to_skipped(name))
            self.skip_links_layout.addWidget(button)
        self.skip_links_layout.addStretch(1)
        self.skip_links.setVisible(bool(names))
        self.order_tabs()

    def _go_to_skipped(self, name: str) -> None:
        self.notice.hide()
        self._skips_listed = False  # Finish lists what is still skipped again
        self.go_to_question(name)

    def _label(self, name: str) -> str:
        """The question's label; in a repeat instance, with the instance ("… (Drug: 2)")."""
        question_name, instance = split_key(name)
        if question_name in self._repeat_names:
            return self._repeat_label(self._repeat_by_name[question_name], instance)
        text = self.engine.fill_in(
            label_text(
                self.questionnaire.question(question_name), self.questionnaire, self.language
            ),
            self.state,
            name,
        )
        if instance:
            repeat = self.questionnaire.repeat_of(question_name)
            assert repeat is not None
            text += f" ({self._repeat_label(repeat, instance)}: {instance.rsplit('.', 1)[-1]})"
        return text

    def _show_finish_problems(self, problems: list[tuple[str, str]]) -> None:
        name, message = problems[0]
        message = message.rstrip(". ")
        text = (
            self.tr("The interview cannot be finished yet. “{question}”: {message}.")
            if len(problems) == 1
            else self.tr(
                "The interview cannot be finished yet: %n questions need attention. First, "
                "“{question}”: {message}.",
                "",
                len(problems),
            )
        ).format(question=self._label(name), message=message)
        skipped = [n for n, _ in problems if n in self.skipped]
        if skipped:
            text += " " + self.tr("Skipped for now: {questions}.").format(
                questions="; ".join(f"“{self._label(n)}”" for n in skipped)
            )
        self.notice.setText(text)
        self.notice.show()

    def set_language(self, language: str) -> None:
        if language == self.language:
            return
        self.language = language
        self.engine = FormEngine(self.questionnaire, language=language)
        self.state = self.engine.evaluate(self.answers)
        self.show_page(self.index)

    def add_banner(self, banner: QWidget) -> None:
        self.banner_area.addWidget(banner)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if "add" in self.repeat_buttons and event.key() in (Qt.Key.Key_1, Qt.Key.Key_2):
            self.repeat_buttons["add" if event.key() == Qt.Key.Key_1 else "done"].click()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()
            else:
                self.go_next()
            event.accept()
            return
        stray_shown = self.notice.isVisible() and self._stray_said == self.notice.text()
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Escape) and stray_shown:
            self._clear_stray_notice()  # the question has ended that typing already
            event.accept()
            return
        super().keyPressEvent(event)


def _tab_stops_in(content: QWidget) -> Iterator[QWidget]:
    """The widgets of ``content`` that Tab may stop at, in the order of the window's chain (the
    order they were made in). A widget that another one stands in for is left to that one."""
    widget = content.nextInFocusChain()
    while widget is not content:
        stop = widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None
        if stop and content.isAncestorOf(widget):
            yield widget
        widget = widget.nextInFocusChain()
