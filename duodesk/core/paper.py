"""The questionnaire as it is printed on paper, for the days when the laptop is not there.

:func:`paper_form` turns a questionnaire into numbered questions with their options, and says
the skip logic in words: "If No, go to question 12" on the question that decides, and "Ask only
if the answer to question 7 is Yes" on the question that depends on it. Calculations and
metadata are left out (nobody fills them in by hand); notes are printed without a number; a
Likert grid is one numbered question with a row per statement; a repeat is a table with a
numbered question per column and a row per instance ("for each drug"). Nothing here draws: the
designer lays this out as a PDF.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from duodesk.i18n import translate

from .questionnaire import Group, Question, Questionnaire, QuestionType, Repeat, text_in
from .skip_logic import Condition, Operator, SkipLogic, from_expression


@dataclass(frozen=True)
class PaperItem:
    """One block of the paper form.

    ``kind``: ``heading`` (a section title), ``note`` (read-out text), ``one`` / ``many`` (tick
    one / tick all that apply), ``text``, ``number``, ``date``, ``time``, ``datetime`` (a line
    to write on) or ``grid`` (``statements`` x ``options``). ``number`` is None for headings and
    notes. ``skips`` are the "If ..., go to question N" instructions. A repeat is a ``repeat``
    table (see ``columns``).
    """

    kind: str
    text: str
    number: int | None = None
    name: str = ""
    hint: str = ""
    options: tuple[str, ...] = ()
    statements: tuple[str, ...] = ()
    ask_only_if: str = ""
    skips: tuple[str, ...] = ()
    # A repeat (kind ``repeat``): a table of ``rows`` empty rows, one per instance, and a
    # column per question (``columns``, each a numbered question with its options); ``hint``
    # then says how many rows to fill.
    columns: tuple[PaperItem, ...] = ()
    rows: int = 0
    # A repeat inside another repeat: the heading of its first column, where the interviewer
    # writes the number of the outer table's row each line belongs to ("“Drug” row no.").
    outer: str = ""


REPEAT_ROWS = 4
"""Rows printed for a repeat whose number of instances is not fixed (more go on the back)."""
MAX_REPEAT_ROWS = 60
"""Most rows printed for a repeat whose number of instances is fixed: the interviewer fills
every row, so all are printed, but a count of hundreds would be pages of empty boxes; past this
a line says to add the others on another sheet."""
MAX_OPEN_ROWS = 20
"""Most rows printed for a repeat inside another whose number of instances is not fixed."""
INNER_ROWS_EACH = 2
"""Rows per outer row printed for a repeat inside a repeat whose number is not fixed."""
COLUMNS_PER_TABLE = 4
"""Questions side by side in one repeat table; more make another table with the same rows."""


@dataclass(frozen=True)
class PaperForm:
    title: str
    items: tuple[PaperItem, ...]


_KINDS = {
    QuestionType.SELECT_ONE: "one",
    QuestionType.SELECT_MULTIPLE: "many",
    QuestionType.TEXT: "text",
    QuestionType.INTEGER: "number",
    QuestionType.DECIMAL: "number",
    QuestionType.DATE: "date",
    QuestionType.TIME: "time",
    QuestionType.DATETIME: "datetime",
    QuestionType.NOTE: "note",
    QuestionType.GEOPOINT: "text",
    QuestionType.GEOTRACE: "text",
    QuestionType.GEOSHAPE: "text",
    QuestionType.BARCODE: "text",
    QuestionType.RANGE: "number",
    QuestionType.ACKNOWLEDGE: "one",
    QuestionType.TRIGGER: "one",
    # attached files cannot be given on paper: left off
}


@dataclass
class _Entry:
    """A printed item while the form is laid out, with what decides whether it is asked."""

    item: PaperItem
    gates: tuple[str, ...]  # relevance texts of the item and its enclosing sections
    columns: tuple[_Entry, ...] = ()  # a repeat's questions, their gates inside the repeat
    repeat_count: str = ""
    outer: _Entry | None = None  # the repeat this one is inside


def paper_form(questionnaire: Questionnaire, language: str = "") -> PaperForm:
    language = language or questionnaire.settings.default_language
    default = questionnaire.settings.default_language

    def text(value) -> str:
        return text_in(value, language, default)

    entries: list[_Entry] = []
    number = 0

    def visit(
        items: tuple[Question | Group, ...], gates: tuple[str, ...], outer: _Entry | None = None
    ) -> None:
        nonlocal number
        for item in items:
            own = (*gates, item.relevant) if item.relevant.strip() else gates
            if isinstance(item, Group):
                grid = item.grid_list_name()
                if grid is not None and item.children:
                    number += 1
                    choice_list = questionnaire.choice_lists.get(grid)
                    options = tuple(text(c.label) or c.name for c in choice_list.choices)
                    statements = tuple(text(c.label) or c.name for c in item.children)
                    paper = PaperItem(
                        "grid",
                        text(item.label),
                        number,
                        item.name,
                        text(item.hint),
                        options,
                        statements,
                    )
                    entries.append(_Entry(paper, own))
                    continue
                if isinstance(item, Repeat):
                    inner: list[Repeat] = []
                    columns = tuple(collect(item.children, (), inner))
                    heading = text(item.label) or translate("Paper form", "For each one")
                    paper = PaperItem("repeat", heading, name=item.name)
                    entry = _Entry(paper, own, columns, item.repeat_count.strip(), outer)
                    entries.append(entry)
                    visit(tuple(inner), own, entry)  # a repeat inside: a table of its own, after
                    continue
                heading = text(item.label)
                if heading:
                    entries.append(_Entry(PaperItem("heading", heading, name=item.name), own))
                visit(item.children, own, outer)
                continue
            entry = question_entry(item, own)
            if entry is not None:
                entries.append(entry)

    def question_entry(item: Question, gates: tuple[str, ...]) -> _Entry | None:
        nonlocal number
        kind = _KINDS.get(item.type)
        if kind is None:
            return None  # calculations and metadata are not filled in by hand
        options: tuple[str, ...] = ()
        if item.type.is_select:
            choice_list = questionnaire.choices_for(item)
            choices = choice_list.choices if choice_list else ()
            options = tuple(text(c.label) or c.name for c in choices)
        elif kind == "one":
            options = (translate("Paper form", "OK"),)
        if kind != "note":
            number += 1
        paper = PaperItem(
            kind,
            text(item.label) or item.name,
            None if kind == "note" else number,
            item.name,
            text(item.hint),
            options,
        )
        return _Entry(paper, gates)

    def collect(
        items: tuple[Question | Group, ...], gates: tuple[str, ...], inner: list[Repeat]
    ) -> list[_Entry]:
        """A repeat's questions as table columns (notes left out: there is no room to read
        them in a table), with the gates inside the repeat; repeats inside go to ``inner``."""
        found: list[_Entry] = []
        for item in items:
            own = (*gates, item.relevant) if item.relevant.strip() else gates
            if isinstance(item, Repeat):
                inner.append(item)
            elif isinstance(item, Group):
                found.extend(collect(item.children, own, inner))
            elif item.type is not QuestionType.NOTE:
                entry = question_entry(item, own)
                if entry is not None:
                    found.append(entry)
        return found

    visit(questionnaire.children, ())
    every = [*entries, *(column for e in entries for column in e.columns)]
    numbers = {e.item.name: e.item.number for e in every if e.item.number is not None}
    words = _Words(questionnaire, numbers, text)
    items = []
    rows_of: dict[int, int] = {}  # rows printed for each repeat, by id of its entry
    for index, entry in enumerate(entries):
        item = entry.item
        if item.kind == "repeat":
            ask_only_if = _both(list(filter(None, (words.gate(g) for g in entry.gates))))
            outer_rows = rows_of.get(id(entry.outer), REPEAT_ROWS) if entry.outer else 0
            tables = _repeat_tables(entry, words, ask_only_if, outer_rows)
            rows_of[id(entry)] = tables[0].rows
            items.extend(tables)
            continue
        ask_only_if = _both(list(filter(None, (words.gate(g) for g in entry.gates))))
        skips = words.skips_from(item, entries[index + 1 :]) if item.kind in ("one", "many") else ()
        items.append(
            PaperItem(
                item.kind,
                item.text,
                item.number,
                item.name,
                item.hint,
                item.options,
                item.statements,
                translate("Paper form", "Ask only if {condition}.").format(condition=ask_only_if)
                if ask_only_if and item.kind != "heading"
                else "",
                skips,
            )
        )
    return PaperForm(questionnaire.title, tuple(words.plain_item(i) for i in items))


def _repeat_tables(
    entry: _Entry, words: _Words, ask_only_if: str, outer_rows: int = 0
) -> list[PaperItem]:
    """A repeat as tables of a row per instance: as many rows as a fixed count says, else
    :data:`REPEAT_ROWS` with a note to go on on the back; at most :data:`COLUMNS_PER_TABLE`
    questions a table, so that each column is wide enough to write in. A repeat inside another
    (``outer_rows`` rows printed for the outer one) gets rows for every outer row and a first
    column for the outer row's number, so that the datasheet can be typed back nested."""
    if entry.outer is not None:
        rows, note, outer = _inner_rows(entry, entry.outer.item.text, words, outer_rows)
    else:
        rows, note = _own_rows(entry, words)
        outer = ""
    columns = []
    for column in entry.columns:
        gate = _both(list(filter(None, (words.gate(g) for g in column.gates))))
        columns.append(replace(column.item, ask_only_if=_ask_only_if(gate)))
    parts = [
        columns[start : start + COLUMNS_PER_TABLE]
        for start in range(0, len(columns), COLUMNS_PER_TABLE)
    ] or [[]]
    tables = []
    for number, part in enumerate(parts, start=1):
        text = entry.item.text
        if len(parts) > 1:
            text += " " + translate(
                "Paper form", "(part {number} of {parts}: the same rows)"
            ).format(number=number, parts=len(parts))
        tables.append(
            PaperItem(
                "repeat",
                text,
                name=entry.item.name,
                hint=note,
                ask_only_if=_ask_only_if(ask_only_if),
                columns=tuple(part),
                rows=rows,
                outer=outer,
            )
        )
    return tables


def _own_rows(entry: _Entry, words: _Words) -> tuple[int, str]:
    """Rows printed for a repeat that is not inside another, and the note saying how many to
    fill."""
    count = entry.repeat_count
    if count.isdigit() and int(count) > 0:
        rows = min(int(count), MAX_REPEAT_ROWS)
        note = translate("Paper form", "Fill one row for each one: {count} in all.").format(
            count=int(count)
        )
        if int(count) > rows:
            note += " " + _more_on_another_sheet(rows)
        return rows, note
    rows = REPEAT_ROWS
    reference = re.fullmatch(r"\$\{([^}]+)\}", count)
    if reference:
        note = translate(
            "Paper form", "Fill one row for each one: as many rows as the answer to {where}."
        ).format(where=words.reference(reference[1]))
    else:
        note = translate("Paper form", "Fill one row for each one.")
    note += " " + translate(
        "Paper form", "If there are more than {rows}, go on on the back of the page."
    ).format(rows=rows)
    return rows, note


def _inner_rows(entry: _Entry, table: str, words: _Words, outer_rows: int) -> tuple[int, str, str]:
    """Rows printed for a repeat inside another: a fixed count (else
    :data:`INNER_ROWS_EACH`) for each of the outer table's rows, at most
    :data:`MAX_REPEAT_ROWS` (:data:`MAX_OPEN_ROWS` when not fixed); the note; and the heading
    of the column for the outer row's number. ``table`` is the outer repeat's heading."""
    column = translate("Paper form", "“{table}” row no.").format(table=table)
    count = entry.repeat_count
    fixed = count.isdigit() and int(count) > 0
    each = int(count) if fixed else INNER_ROWS_EACH
    wanted = max(outer_rows, 1) * each
    rows = max(1, min(wanted, MAX_REPEAT_ROWS if fixed else MAX_OPEN_ROWS))
    note = translate(
        "Paper form",
        "Fill one row for each one, for every row of the “{table}” table, and on each line "
        "write the number of the “{table}” row it belongs to.",
    ).format(table=table)
    reference = re.fullmatch(r"\$\{([^}]+)\}", count)
    if count.isdigit() and int(count) > 0:
        note += " " + translate("Paper form", "{count} rows for each of its rows.").format(
            count=int(count)
        )
    elif reference:
        note += " " + translate(
            "Paper form", "As many rows as the answer to {where} on that row."
        ).format(where=words.reference(reference[1]))
    if fixed and wanted > rows:
        note += " " + _more_on_another_sheet(rows)
    else:
        note += " " + translate(
            "Paper form", "If there are more than {rows}, go on on the back of the page."
        ).format(rows=rows)
    return rows, note, column


def _more_on_another_sheet(rows: int) -> str:
    """The line under a table cut at :data:`MAX_REPEAT_ROWS` rows though its fixed count says
    more: the back of one page does not hold the rest."""
    return translate(
        "Paper form",
        "Only {rows} rows are printed: add more rows on another sheet, numbered from {next} on.",
    ).format(rows=rows, next=rows + 1)


class _Words:
    """Conditions said in words, with question numbers and option labels."""

    def __init__(self, questionnaire: Questionnaire, numbers: dict[str, int], text) -> None:
        self.questionnaire = questionnaire
        self.numbers = numbers
        self.text = text

    def _question(self, name: str) -> Question | None:
        try:
            return self.questionnaire.question(name)
        except KeyError:
            return None

    def _label(self, question: Question | None, value: str) -> str:
        choice_list = self.questionnaire.choices_for(question) if question else None
        choice = choice_list.choice(value) if choice_list else None
        return self.text(choice.label) or value if choice else value

    def reference(self, name: str) -> str:
        number = self.numbers.get(name)
        if number:
            return translate("Paper form", "question {number}").format(number=number)
        return f'"{name}"'

    def plain(self, text: str) -> str:
        """``text`` with each ``${name}`` said so that an interviewer can read it out: "[answer
        to question 3]", or the question's label in brackets when it has no number (a
        calculation), or its name."""

        def said(match: re.Match) -> str:
            name = match[1].strip()
            number = self.numbers.get(name)
            if number:
                return translate("Paper form", "[answer to question {number}]").format(
                    number=number
                )
            question = self._question(name)
            label = self.text(question.label) if question is not None else ""
            return f"[{label or name}]"

        return re.sub(r"\$\{([^}]+)\}", said, text)

    def plain_item(self, item: PaperItem) -> PaperItem:
        """``item`` with ``${name}`` references said in words in all its texts."""
        return replace(
            item,
            text=self.plain(item.text),
            hint=self.plain(item.hint),
            options=tuple(self.plain(o) for o in item.options),
            statements=tuple(self.plain(s) for s in item.statements),
            columns=tuple(self.plain_item(c) for c in item.columns),
            outer=self.plain(item.outer),
        )

    def condition(self, condition: Condition) -> str:
        question = self._question(condition.question)
        where = self.reference(condition.question)
        value = f"“{self._label(question, condition.value)}”"
        if condition.operator is Operator.INCLUDES:
            words = translate("Paper form", "{value} is ticked at {where}")
        elif condition.operator is Operator.EXCLUDES:
            words = translate("Paper form", "{value} is not ticked at {where}")
        elif condition.operator.value == "is":
            words = translate("Paper form", "the answer to {where} is {value}")
        elif condition.operator.value == "is not":
            words = translate("Paper form", "the answer to {where} is not {value}")
        else:
            words = translate("Paper form", "the answer to {where} {operator} {value}")
        return words.format(value=value, where=where, operator=condition.operator)

    def gate(self, relevant: str) -> str:
        logic = from_expression(relevant)
        if logic is None:
            return translate("Paper form", "this rule is true: {rule}").format(rule=relevant)
        said = [self.condition(c) for c in logic.conditions]
        return _both(said) if logic.match_all else _either(said)

    def skips_from(self, item: PaperItem, following: list[_Entry]) -> tuple[str, ...]:
        """ "If No, go to question 12" when the questions right after ``item`` are only asked
        for some of its answers."""
        question = self._question(item.name)
        if question is None or not question.type.is_select:
            return ()
        choice_list = self.questionnaire.choices_for(question)
        if choice_list is None:
            return ()
        names = [c.name for c in choice_list.choices]
        first = next((e for e in following if e.item.number is not None), None)
        if first is None:
            return ()
        allowed = _allowed(first.gates, question, names)
        if allowed is None:
            return ()
        run_end = None
        for entry in following:
            if entry.item.number is None and entry.item.kind != "note":
                continue
            if _allowed(entry.gates, question, names) != allowed:
                run_end = entry
                break
        target = (
            translate("Paper form", "go to question {number}").format(number=run_end.item.number)
            if run_end is not None and run_end.item.number is not None
            else translate("Paper form", "go to the end")
        )
        if question.type is QuestionType.SELECT_MULTIPLE:
            labels = [self._label(question, v) for v in sorted(allowed, key=names.index)]
            return (
                translate("Paper form", "If {answers} is not ticked, {target}.").format(
                    answers=_either(labels), target=target
                ),
            )
        skipped = [self._label(question, v) for v in names if v not in allowed]
        if not skipped:
            return ()
        return (
            translate("Paper form", "If {answers}, {target}.").format(
                answers=_either(skipped), target=target
            ),
        )


def _allowed(gates: tuple[str, ...], question: Question, names: list[str]) -> frozenset | None:
    """The answers of ``question`` for which an item with these conditions is asked, if one of
    its conditions is only about ``question``."""
    for relevant in gates:
        logic = from_expression(relevant)
        if logic is None or not logic.conditions:
            continue
        if any(c.question != question.name for c in logic.conditions):
            continue
        values = _values(logic, names)
        if values is not None:
            return values
    return None


def _values(logic: SkipLogic, names: list[str]) -> frozenset | None:
    if len(logic.conditions) == 1:
        condition = logic.conditions[0]
        if condition.operator in (Operator.IS, Operator.INCLUDES):
            return frozenset({condition.value})
        if condition.operator is Operator.IS_NOT:
            return frozenset(names) - {condition.value}
        return None
    if not logic.match_all and all(c.operator is Operator.IS for c in logic.conditions):
        return frozenset(c.value for c in logic.conditions)
    return None


def _either(labels: list[str]) -> str:
    if len(labels) <= 1:
        return "".join(labels)
    return translate("Paper form", "{first} or {last}").format(
        first=", ".join(labels[:-1]), last=labels[-1]
    )


def _ask_only_if(condition: str) -> str:
    if not condition:
        return ""
    return translate("Paper form", "Ask only if {condition}.").format(condition=condition)


def _both(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    word = translate("Paper form", "{first} and {last}").format(first="", last="")
    return word.join(parts)
