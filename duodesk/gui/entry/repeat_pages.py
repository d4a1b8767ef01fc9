"""The repeat part of the interview screen: each instance's heading with its Remove button,
the "Add another …?" page, and adding and removing instances.

:class:`RepeatPages` is mixed into :class:`~duodesk.gui.entry.form_view.InterviewFormView`
and works on its answers, engine, state and pages; it has no state of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from duodesk.core.questionnaire import Repeat, answer_key, split_key, text_in, without_instance
from duodesk.gui.entry.pages import Page, build_pages, page_applies, page_of_question

translate = QCoreApplication.translate


class RepeatPages:
    """Repeats on the interview screen (see the module's docstring)."""

    @property
    def _repeat_by_name(self) -> dict[str, Repeat]:
        return {repeat.name: repeat for repeat in self.questionnaire.repeats()}

    @property
    def _repeat_names(self) -> set[str]:
        return set(self._repeat_by_name)

    def _repeat_label(self, repeat: Repeat, instance: str = "") -> str:
        """The repeat's label, its ``${...}`` filled in for ``instance`` (the instance's path,
        or the enclosing one's for the "add another" page)."""
        label = text_in(repeat.label, self.language, self.questionnaire.settings.default_language)
        label = self.engine.fill_in(label, self.state, answer_key(repeat.name, instance))
        return label or repeat.name.replace("_", " ").capitalize()

    def _instance_count(self, repeat: Repeat, parent: str) -> int:
        count = self.state.answers.get(answer_key(repeat.name, parent))
        return int(count) if isinstance(count, int) else 0

    def instance_place(self, page: Page) -> str:
        """Where ``page`` is among the instances ("Person: 2 of 3 › Jobs: 1 of 2"); "" outside
        a repeat. The repeat's label is shown as a name, never put in a sentence, so that it
        reads the same whether its author wrote "Drug" or "Drugs"."""
        parts = []
        steps = page.instance.split(".") if page.instance else []
        for depth, repeat in enumerate(page.repeats[: len(steps)]):
            parent = ".".join(steps[:depth])
            total = self._instance_count(repeat, parent)
            parts.append(
                translate("RepeatPages", "{repeat}: {number} of {total}").format(
                    repeat=self._repeat_label(repeat, ".".join(steps[: depth + 1])),
                    number=steps[depth],
                    total=total,
                )
            )
        return " › ".join(parts)

    def _instance_heading(self, page: Page) -> QHBoxLayout:
        """The instance's place (:meth:`instance_place`), with a button to remove the
        innermost instance."""
        row = QHBoxLayout()
        place = self.instance_place(page)
        heading = QLabel(place)
        heading.setObjectName("repeatHeading")
        self.repeat_heading = heading  # its ${...} follow the answers (see _refresh_page)
        heading.setWordWrap(True)
        row.addWidget(heading, 1)
        inner = page.repeats[-1] if page.repeats else None
        if page.add_prompt is None and inner is not None and not inner.repeat_count.strip():
            remove = QPushButton(translate("RepeatPages", "Remove this one…"))
            remove.setObjectName("removeInstance")
            remove.setAccessibleName(
                translate("RepeatPages", "Remove {what}").format(what=place.split(" › ")[-1])
            )
            remove.clicked.connect(lambda: self.remove_instance(inner.name, page.instance))
            self.repeat_buttons["remove"] = remove
            row.addWidget(remove)
        return row

    def _add_prompt_page(self, page: Page, column: QVBoxLayout) -> None:
        repeat = page.add_prompt
        label = self._repeat_label(repeat, page.instance)
        count = self._instance_count(repeat, page.instance)
        question = QLabel(
            (
                translate("RepeatPages", "{repeat}: add another one?")
                if count
                else translate("RepeatPages", "{repeat}: is there one to add?")
            ).format(repeat=label)
        )
        question.setObjectName("questionLabel")
        question.setWordWrap(True)
        column.addWidget(question)
        so_far = QLabel(
            (
                translate("RepeatPages", "{repeat}: %n recorded so far.", "", count)
                if count
                else translate("RepeatPages", "{repeat}: none recorded yet.")
            ).format(repeat=label)
        )
        so_far.setObjectName("repeatSoFar")
        column.addWidget(so_far)
        buttons = QHBoxLayout()
        add = QPushButton(
            translate("RepeatPages", "1   Add another one")
            if count
            else translate("RepeatPages", "1   Add one")
        )
        done = QPushButton(translate("RepeatPages", "2   No more"))
        for button in (add, done):
            button.setObjectName("bigChoice")
            button.setMinimumHeight(64)
            buttons.addWidget(button)
        buttons.addStretch(1)
        add.clicked.connect(lambda: self.add_instance(repeat.name, page.instance))
        done.clicked.connect(self._move_on)
        self.repeat_buttons = {"add": add, "done": done}
        column.addLayout(buttons)

    def add_instance(self, repeat: str, parent: str) -> None:
        """One more instance of ``repeat`` inside ``parent``; its first page is shown."""
        key = answer_key(repeat, parent)
        count = self._instance_count(self._repeat_by_name[repeat], parent) + 1
        self.answers[key] = count
        path = f"{parent}.{count}" if parent else str(count)
        for name, value in self.engine.instance_defaults(self.answers, repeat, path).items():
            self.answers.setdefault(name, value)
        self.notice.hide()
        self.evaluate()
        self.flush()
        first = next(
            (
                i
                for i, page in enumerate(self.pages)
                if page.instance == path and page_applies(page, self.state)
            ),
            None,
        )
        if first is None:  # nothing in the instance applies: on to what follows
            self._move_on()
        else:
            self.show_page(first)

    def remove_instance(self, repeat: str, path: str, *, confirm: bool = True) -> bool:
        """Take instance ``path`` of ``repeat`` out, with its answers, after the person agrees.
        Returns whether it was removed."""
        label = self._repeat_label(self._repeat_by_name[repeat], path)
        number = path.rsplit(".", 1)[-1]
        if confirm:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            remove = translate("RepeatPages", "Remove number {number} ({repeat})").format(
                repeat=label, number=number
            )
            box.setWindowTitle(remove)
            box.setText(
                translate(
                    "RepeatPages", "Remove number {number} ({repeat}) and all its answers?"
                ).format(repeat=label, number=number)
            )
            box.setInformativeText(translate("RepeatPages", "The ones after it move up by one."))
            yes = box.addButton(remove, QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(
                translate("RepeatPages", "Keep it"),
                QMessageBox.ButtonRole.RejectRole,
            )
            box.setDefaultButton(QMessageBox.StandardButton.NoButton)
            self.remove_prompt = box
            box.exec()
            if box.clickedButton() is not yes:
                return False
        self.answers = without_instance(self.answers, self.questionnaire, repeat, path)
        for key in [k for k in self._typing_problems if split_key(k)[1]]:
            self._typing_problems.pop(key)
        at = self.pages[self.index].first
        self.evaluate()
        self.flush()
        index = page_of_question(self.pages, at)
        if index is None or not page_applies(self.pages[index], self.state):
            parent = path.rsplit(".", 1)[0] if "." in path else ""
            index = page_of_question(self.pages, "+" + answer_key(repeat, parent))
        self.show_page(index if index is not None else min(self.index, len(self.pages) - 1))
        self.notice.setText(
            translate("RepeatPages", "Number {number} ({repeat}) was removed.").format(
                repeat=label, number=number
            )
        )
        self.notice.show()
        return True

    def _fill_new_instances(self, before) -> bool:
        """Give instances made since ``before`` (by a repeat_count, or Add another) their
        questions' defaults; whether any answer was added."""
        added = False
        for repeat, paths in self.state.instances.items():
            old = set(before.get(repeat, ()))
            for path in paths:
                if path in old:
                    continue
                for key, value in self.engine.instance_defaults(self.answers, repeat, path).items():
                    if key not in self.answers:
                        self.answers[key] = value
                        added = True
        return added

    def _rebuild_pages(self) -> None:
        """The pages again for the instances that exist now, staying on the same page."""
        at = self.pages[self.index].first if self.pages else ""
        self.pages = build_pages(self.questionnaire, self.state)
        found = page_of_question(self.pages, at)
        self.index = found if found is not None else min(self.index, max(len(self.pages) - 1, 0))
