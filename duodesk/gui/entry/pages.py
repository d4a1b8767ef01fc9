"""How a questionnaire is split into pages, and where an interview stands. No Qt here.

One question per page by default; a ``field-list`` or ``table-list`` group is one page (a
Likert grid when :meth:`Group.is_grid`). Calculations and metadata are never shown. A page
applies when any of its questions applies.

A repeat's pages come once per instance that exists (``Page.instance``), followed, unless its
``repeat_count`` fixes the number, by a page asking whether there is another (``add_prompt``).
The pages therefore depend on the answers: build them again when the instances change.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from duodesk.core.engine import FormState
from duodesk.core.questionnaire import Group, Question, Questionnaire, Repeat, answer_key

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Page:
    """One screen of the interview: a question, or a group shown on one page; in a repeat,
    for one instance (``instance``); or the question whether a repeat has another instance
    (``add_prompt``, with ``instance`` the enclosing instance and no questions)."""

    questions: tuple[Question, ...]
    group: Group | None = None  # the one-page group, if this page is one
    instance: str = ""
    repeats: tuple[Repeat, ...] = ()  # the repeats the questions are in, outermost first
    add_prompt: Repeat | None = None

    @property
    def first(self) -> str:
        """The key the page is found by: its first question's answer key, or the repeat's."""
        if self.add_prompt is not None:
            return "+" + answer_key(self.add_prompt.name, self.instance)
        return answer_key(self.questions[0].name, self.instance)

    @property
    def is_grid(self) -> bool:
        return self.group is not None and self.group.is_grid

    def names(self) -> tuple[str, ...]:
        """The answer keys of the page's questions."""
        return tuple(answer_key(q.name, self.instance) for q in self.questions)


def _shown(question: Question) -> bool:
    return question.type.takes_answer or question.type.value == "note"


def build_pages(questionnaire: Questionnaire, state: FormState | None = None) -> tuple[Page, ...]:
    """The pages; a repeat's once for each of its instances in ``state`` (none without it)."""
    pages: list[Page] = []
    instances = state.instances if state is not None else {}

    def visit(
        items: tuple[Question | Group, ...], instance: str, repeats: tuple[Repeat, ...]
    ) -> None:
        for item in items:
            if isinstance(item, Repeat):
                depth = len(repeats)
                for path in instances.get(item.name, ()):
                    parts = path.split(".")
                    if len(parts) == depth + 1 and ".".join(parts[:-1]) == instance:
                        visit(item.children, path, (*repeats, item))
                if not item.repeat_count.strip():
                    pages.append(Page((), None, instance, repeats, add_prompt=item))
            elif isinstance(item, Group):
                if item.on_one_page and not any(isinstance(g, Repeat) for g, _ in _walk(item)):
                    shown = tuple(
                        q for q, _ in _walk(item) if isinstance(q, Question) and _shown(q)
                    )
                    if shown:
                        pages.append(Page(shown, item, instance, repeats))
                else:
                    visit(item.children, instance, repeats)
            elif _shown(item):
                pages.append(Page((item,), None, instance, repeats))

    visit(questionnaire.children, "", ())
    return tuple(pages)


def _walk(group: Group):
    for child in group.children:
        yield child, group
        if isinstance(child, Group):
            yield from _walk(child)


def page_applies(page: Page, state: FormState) -> bool:
    if page.add_prompt is not None:
        return state.groups.get(answer_key(page.add_prompt.name, page.instance), False)
    return any(state.states[name].applicable for name in page.names())


def page_of_question(pages: tuple[Page, ...], name: str) -> int | None:
    for index, page in enumerate(pages):
        if name == page.first or name in page.names():
            return index
    return None


@dataclass(frozen=True)
class Progress:
    """Where the interview stands on the path as it is known now.

    ``number`` counts the pages that apply up to and including this one (every page has its
    own number, a note included); ``remaining`` counts the pages after it that apply with the
    answers given so far. It is not a fixed total: later answers can open or close questions,
    so the screen says how many are still to come rather than "of 19" that later becomes 32.
    """

    number: int
    remaining: int

    def text(self) -> str:
        if self.remaining == 0:
            return translate("Progress", "Question {number} · the last one").format(
                number=self.number
            )
        remaining = self.remaining  # (Qt's lupdate reads only a plain name as the count)
        return translate("Progress", "Question {number} · %n more to go", "", remaining).format(
            number=self.number
        )


def progress(pages: tuple[Page, ...], index: int, state: FormState) -> Progress:
    applying = [i for i, page in enumerate(pages) if page_applies(page, state)]
    number = sum(1 for i in applying if i <= index)
    remaining = sum(1 for i in applying if i > index)
    return Progress(max(number, 1), remaining)
