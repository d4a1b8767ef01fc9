"""Whether a response file's choice columns hold choice names (codes) or choice labels.

DuoDesk exports answers as labels unless codes are asked for, and reads either back. A value
can be both: the name of one choice and the label of another ("x" named x, and "x" the label
of z), or the label of two choices ("Same"). Reading such a value one way in one row and the
other way in the next would put answers on the wrong choice without a word, so the whole
column is read one way, decided from all its values:

- a column whose values are all choice names is read as names;
- a column with a value that is only a label is read as labels ("x" then means the choice
  labelled "x"), a value that is no label being read as a name;
- a column whose every value is both a name and a label, read differently ("1" named 1 and
  labelled "0", "2" labelled "1"), is read as the file's other choice columns are: a file
  holds either names or labels;
- a value that still has two meanings refuses the file: a label two choices share, in a column
  read as labels, or a column of names and labels read differently in a file whose other
  columns do not tell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice, product

from duodesk.core.expressions.conversions import number_text
from duodesk.core.questionnaire import ChoiceList, Question, Questionnaire, QuestionType
from duodesk.core.tabular import Table
from duodesk.core.values import EXPORT_MARKERS, AnswerError, is_export_marker, parse_answer
from duodesk.i18n import translate

Reading = tuple[str, ...]  # the choices an answer names, in list order


@dataclass(frozen=True)
class AmbiguousColumn:
    """A column with a value DuoDesk cannot read one way only; ``reason`` says why."""

    column: str
    value: str
    reason: str


class ChoiceMeanings:
    """The choices a value of one question's column can mean, read as names or as labels."""

    def __init__(self, question: Question, choices: ChoiceList) -> None:
        self.question, self.choices = question, choices
        self.multiple = question.type is QuestionType.SELECT_MULTIPLE
        self._order = {choice.name: i for i, choice in enumerate(choices.choices)}
        self._by_label: dict[str, list[str]] = {}
        for choice in choices.choices:
            for label in choice.label.values():
                key = label.strip().casefold()
                names = self._by_label.setdefault(key, []) if key else []
                if key and choice.name not in names:
                    names.append(choice.name)
        self.hazardous = self._has_two_meanings()

    def _has_two_meanings(self) -> bool:
        """Whether a value could mean two answers: a label two choices share, a label that is
        another choice's name or an export's word ("not asked"), or (several answers being
        written "Heroin; Crack") a label with ";" in it. Without any, reading each value as a
        name, else as a label, is never wrong."""
        named = {choice.name.casefold(): choice.name for choice in self.choices.choices}
        for label, names in self._by_label.items():
            if len(names) > 1 or label in EXPORT_MARKERS or (self.multiple and ";" in label):
                return True
            if named.get(label, names[0]) != names[0]:
                return True
        return False

    def as_name(self, raw: object) -> Reading | None:
        """The choices ``raw`` names as choice names, or None when it is not names."""
        try:
            value = parse_answer(self.question, raw, self.choices)
        except AnswerError:
            return None
        if value is None:
            return None
        return tuple(value) if isinstance(value, tuple) else (str(value),)

    def as_labels(self, raw: object) -> set[Reading]:
        """Every way ``raw`` reads as labels: one reading, none, or several (ambiguous). Several
        answers of a multiple-choice question are written "Heroin; Crack"."""
        text = _text(raw)
        readings = {(name,) for name in self._by_label.get(text.casefold(), ())}
        if not self.multiple or ";" not in text:
            return readings
        parts = [self._by_label.get(part.strip().casefold(), []) for part in text.split(";")]
        if all(parts):
            for names in islice(product(*parts), 4):  # two are enough to know it is ambiguous
                readings.add(self._ordered(set(names)))
        return readings

    def _ordered(self, names: set[str]) -> Reading:
        return tuple(sorted(names, key=self._order.__getitem__))

    def answer(self, reading: Reading) -> object:
        """The answer a reading gives, as :func:`parse_answer` gives it."""
        return reading if self.multiple else reading[0]


@dataclass
class _Tally:
    """What the values of one column have been so far."""

    only_label: bool = False
    all_both: bool = True  # every value is both a name and a label
    differing: str = ""  # a value both a name and a label, meaning different choices
    shared: str = ""  # a value that is the label of more than one reading
    seen: bool = False
    _values: set[str] = field(default_factory=set)

    def add(self, text: str, meanings: ChoiceMeanings, raw: object) -> None:
        if text in self._values:
            return
        self._values.add(text)
        name = meanings.as_name(raw)
        labels = meanings.as_labels(raw)
        if name is None and not labels:
            return  # neither: that row is refused later, with its reason
        self.seen = True
        if len(labels) > 1 and not self.shared:
            self.shared = text
        if name is None:
            self.only_label = True
        elif not labels:
            self.all_both = False
        elif labels != {name} and not self.differing:
            self.differing = text


def label_columns(table: Table, questionnaire: Questionnaire, plan) -> dict[int, ChoiceMeanings]:
    """The choice columns of ``plan`` (see :func:`~duodesk.core.responses.plan_columns`) to
    read as labels, by column. Raises :class:`AmbiguousChoices` for a value with two meanings.

    A multiple-choice question with 0/1 columns is left out: those say which choices were
    ticked, whatever its answer column holds."""
    with_columns = {question.name for question, _ in plan.choice_columns.values()}
    meanings: dict[int, ChoiceMeanings] = {}
    for index, question in plan.questions.items():
        choices = questionnaire.choices_for(question)
        if question.type.is_select and choices is not None:
            meanings[index] = ChoiceMeanings(question, choices)
    if not any(m.hazardous for m in meanings.values()):
        return {}  # no value can mean two answers: the file need not be read for this
    tallies = {index: _Tally() for index in meanings}
    for _, values in table.rows():
        for index, tally in tallies.items():
            raw = values[index] if index < len(values) else None
            text = _text(raw)
            if text and not is_export_marker(text):
                tally.add(text, meanings[index], raw)
    # What the columns that tell say: labels (a value only a label) or names (a value only
    # a name); the columns that do not tell are read as those say, when all say the same.
    labels_said = any(t.only_label for t in tallies.values())
    names_said = any(t.seen and not t.only_label and not t.all_both for t in tallies.values())
    chosen = {}
    for index, tally in tallies.items():
        column = table.header[index]
        undecided = tally.seen and not tally.only_label and tally.all_both and tally.differing
        if undecided and labels_said == names_said:
            raise AmbiguousChoices(
                AmbiguousColumn(column, tally.differing, _name_or_label(tally.differing))
            )
        as_labels = tally.only_label or (undecided and labels_said)
        if not as_labels or meanings[index].question.name in with_columns:
            continue  # names; or a multiple-choice question whose 0/1 columns are read
        if tally.shared:
            raise AmbiguousChoices(AmbiguousColumn(column, tally.shared, _shared(tally)))
        chosen[index] = meanings[index]
    return chosen


class AmbiguousChoices(Exception):
    """A column with a value that means two different answers."""

    def __init__(self, found: AmbiguousColumn) -> None:
        super().__init__(found.reason)
        self.found = found


def _shared(tally: _Tally) -> str:
    return translate(
        "Import",
        'this column holds the labels of the answers, and "{value}" is the label of more than '
        "one answer, so DuoDesk cannot tell which answer was meant. Nothing was imported. "
        'Export the interviews again with codes instead of labels ("Codes" in the export '
        "window, --codes on the command line), and import that file.",
    ).format(value=tally.shared)


def _name_or_label(value: str) -> str:
    return translate(
        "Import",
        "each answer in this column is both the code of an answer and the label of an answer, "
        'and "{value}" is the code of one answer but the label of another, so DuoDesk cannot '
        "tell which answer was meant. Nothing was imported. Export the interviews again with "
        'codes instead of labels ("Codes" in the export window, --codes on the command '
        "line), and import that file.",
    ).format(value=value)


def marker_choice(meanings: ChoiceMeanings, raw: object) -> Reading | None:
    """The choice whose label is an export's word ("not asked") that ``raw`` holds, when
    exactly one choice has that label; None otherwise."""
    labels = meanings.as_labels(raw)
    return next(iter(labels)) if len(labels) == 1 else None


def _text(raw: object) -> str:
    if raw is None:
        return ""
    if isinstance(raw, str):
        return raw.strip()
    if isinstance(raw, bool):
        return str(raw)
    if isinstance(raw, int | float):
        return number_text(raw)
    return str(raw).strip()
