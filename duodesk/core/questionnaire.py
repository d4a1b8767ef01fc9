"""The questionnaire model: what an XLSForm says, as plain immutable Python values.

A questionnaire is a tree: its ``children`` are questions and groups, and a group has children of
its own. Texts that can be translated (labels, hints, messages) are :data:`Text` mappings from the
language name as the XLSForm writes it (``"English (en)"``) to the text; the key ``""`` holds a
text from a column with no language (``label``).

Conventions DuoDesk adds to XLSForm, all ignored by ODK and KoboToolbox tools:

* ``missing`` column on the ``choices`` sheet: ``yes`` declares the choice a missing code
  ("Don't know", "Refused"). Missing codes are shown and counted but left out of valid percent.
* ``identifying`` column on the ``survey`` sheet: ``yes`` marks a question whose answers could
  identify a person; de-identified exports leave it out.
* ``participant_code`` column on the ``settings`` sheet: the names of the questions whose answers
  make up the participant code, separated by spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from types import MappingProxyType

Text = Mapping[str, str]
"""A translatable text: language name (``""`` when the form names none) -> text."""

NO_TEXT: Text = MappingProxyType({})
# Fields default to NO_TEXT through a factory: on Python 3.11 dataclasses refuse a mappingproxy as
# a plain default (its type is unhashable there), although it is immutable and safe to share.


class QuestionType(StrEnum):
    """The question types DuoDesk understands, spelt as XLSForm spells them."""

    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    SELECT_ONE = "select_one"
    SELECT_MULTIPLE = "select_multiple"
    DATE = "date"
    TIME = "time"
    DATETIME = "dateTime"
    NOTE = "note"
    CALCULATE = "calculate"
    # Filled in by the program, never asked (ODK "metadata" types).
    START = "start"
    END = "end"
    TODAY = "today"
    DEVICEID = "deviceid"
    USERNAME = "username"
    # Locations: "latitude longitude altitude accuracy", points of a line or shape joined by ";".
    GEOPOINT = "geopoint"
    GEOTRACE = "geotrace"
    GEOSHAPE = "geoshape"
    # Files attached to the interview: the answer is the file's name.
    IMAGE = "image"
    AUDIO = "audio"
    VIDEO = "video"
    FILE = "file"
    BARCODE = "barcode"  # typed on a laptop
    RANGE = "range"  # a number between the bounds of its ``parameters``
    ACKNOWLEDGE = "acknowledge"  # "OK" once ticked
    TRIGGER = "trigger"  # an older name for acknowledge
    # Filled in by a phone, left blank on a laptop (values in imported data are kept).
    HIDDEN = "hidden"  # its default, or what an imported file says
    PHONENUMBER = "phonenumber"
    SIMSERIAL = "simserial"
    SUBSCRIBERID = "subscriberid"
    EMAIL = "email"
    START_GEOPOINT = "start-geopoint"
    BACKGROUND_GEOPOINT = "background-geopoint"
    BACKGROUND_AUDIO = "background-audio"
    AUDIT = "audit"  # a phone's log of the interview: accepted, never stored

    @property
    def is_select(self) -> bool:
        return self in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE)

    @property
    def is_numeric(self) -> bool:
        return self in (QuestionType.INTEGER, QuestionType.DECIMAL, QuestionType.RANGE)

    @property
    def is_location(self) -> bool:
        """A location: it identifies a person, so de-identified exports leave it out."""
        return self in LOCATION_TYPES

    @property
    def is_file(self) -> bool:
        """An attached file (photo, recording, document): the answer is the file's name."""
        return self in FILE_TYPES

    @property
    def is_metadata(self) -> bool:
        return self in METADATA_TYPES

    @property
    def takes_answer(self) -> bool:
        """True for the types an interviewer types or picks an answer for."""
        return self not in (QuestionType.NOTE, QuestionType.CALCULATE) and not self.is_metadata


METADATA_TYPES = frozenset(
    {
        QuestionType.START,
        QuestionType.END,
        QuestionType.TODAY,
        QuestionType.DEVICEID,
        QuestionType.USERNAME,
        QuestionType.HIDDEN,
        QuestionType.PHONENUMBER,
        QuestionType.SIMSERIAL,
        QuestionType.SUBSCRIBERID,
        QuestionType.EMAIL,
        QuestionType.START_GEOPOINT,
        QuestionType.BACKGROUND_GEOPOINT,
        QuestionType.BACKGROUND_AUDIO,
        QuestionType.AUDIT,
    }
)
LOCATION_TYPES = frozenset(
    {
        QuestionType.GEOPOINT,
        QuestionType.GEOTRACE,
        QuestionType.GEOSHAPE,
        QuestionType.START_GEOPOINT,
        QuestionType.BACKGROUND_GEOPOINT,
    }
)
FILE_TYPES = frozenset(
    {
        QuestionType.IMAGE,
        QuestionType.AUDIO,
        QuestionType.VIDEO,
        QuestionType.FILE,
        QuestionType.BACKGROUND_AUDIO,
    }
)


@dataclass(frozen=True)
class Choice:
    """One answer option of a choice list.

    ``extra`` keeps the choices sheet's other columns (used by ``choice_filter`` expressions)
    so that they survive a read and a write.
    """

    name: str
    label: Text = field(default_factory=lambda: NO_TEXT)
    missing: bool = False
    extra: Mapping[str, str] = field(default_factory=dict)


def first_of_each_name(choices: Iterable[Choice]) -> list[Choice]:
    """The choices in order, each name once (its first)."""
    found: dict[str, Choice] = {}
    for choice in choices:
        found.setdefault(choice.name, choice)
    return list(found.values())


@dataclass(frozen=True)
class ChoiceList:
    """The choices a select question offers.

    ``source`` says where they were read from: ``""`` for the ``choices`` sheet,
    :data:`EXTERNAL_CHOICES` for a ``select_one_external`` list (the ``external_choices`` sheet,
    or ODK's ``itemsets.csv``), or a file name (``villages.csv``, ``colors.xml``,
    ``places.geojson``) for ``select_one_from_file``. The choices themselves are kept whatever
    the source, so the list works without its file once read.

    A cascading list may name a choice more than once, under different parents ("mill" village
    in two districts), told apart by a ``choice_filter``: ``choices`` then holds each name once
    (its first row: what an answer is, what tables count and show) and ``filter_rows`` every
    row, for the filter. Make such a list with :meth:`from_rows`.
    """

    name: str
    choices: tuple[Choice, ...]
    source: str = ""
    filter_rows: tuple[Choice, ...] = ()

    @classmethod
    def from_rows(cls, name: str, rows: tuple[Choice, ...], source: str = "") -> ChoiceList:
        """The list of every row read for it, whether or not a name comes twice."""
        unique = tuple(first_of_each_name(rows))
        return cls(name, unique, source, tuple(rows) if len(unique) != len(rows) else ())

    @property
    def rows(self) -> tuple[Choice, ...]:
        """Every row of the list, in order, names repeated as the form repeats them."""
        return self.filter_rows or self.choices

    def choice(self, name: str) -> Choice | None:
        return next((c for c in self.choices if c.name == name), None)

    @cached_property
    def names(self) -> frozenset[str]:
        """The choice names (cached: the list never changes)."""
        return frozenset(c.name for c in self.choices)

    @property
    def missing_codes(self) -> frozenset[str]:
        return frozenset(c.name for c in self.choices if c.missing)


@dataclass(frozen=True)
class Question:
    """One row of the survey sheet that is not a group marker.

    Expressions (``relevant``, ``constraint``, ``calculation``, ``default``, ``choice_filter``)
    are kept as the form writes them; ``required`` and ``read_only`` are ``""`` (no), ``"yes"``
    or an expression. ``row`` is the survey sheet row the question came from (0 when the
    question was not read from a file), for messages.
    """

    name: str
    type: QuestionType
    label: Text = field(default_factory=lambda: NO_TEXT)
    hint: Text = field(default_factory=lambda: NO_TEXT)
    list_name: str = ""
    required: str = ""
    required_message: Text = field(default_factory=lambda: NO_TEXT)
    relevant: str = ""
    constraint: str = ""
    constraint_message: Text = field(default_factory=lambda: NO_TEXT)
    calculation: str = ""
    default: str = ""
    read_only: str = ""
    appearance: str = ""
    choice_filter: str = ""
    identifying: bool = False
    extra: Mapping[str, str] = field(default_factory=dict)
    row: int = field(default=0, compare=False)

    @property
    def parameters(self) -> dict[str, str]:
        """The ``parameters`` column (``start=1 end=10 step=1``) as lower-case key -> value."""
        raw = next((v for k, v in self.extra.items() if k.strip().lower() == "parameters"), "")
        return {key.lower(): value for key, value in _PARAMETER.findall(raw)}

    @property
    def xlsform_name(self) -> str:
        """The name the XLSForm gives the question. ``name`` is the same unless another
        question of the form has that name too: then ``name`` is its group path
        (``household/age``), unique in the form, and used for the question everywhere."""
        return self.name.rsplit("/", 1)[-1]


_PARAMETER = re.compile(r"([A-Za-z_-]+)\s*=\s*([^\s;,]+)")


@dataclass(frozen=True)
class Group:
    """A ``begin_group`` ... ``end_group`` block.

    With appearance ``field-list`` or ``table-list`` its questions are shown on one page;
    see :meth:`is_grid` for the Likert grid case.
    """

    name: str
    label: Text = field(default_factory=lambda: NO_TEXT)
    hint: Text = field(default_factory=lambda: NO_TEXT)
    relevant: str = ""
    appearance: str = ""
    children: tuple[Question | Group, ...] = ()
    extra: Mapping[str, str] = field(default_factory=dict)
    row: int = field(default=0, compare=False)

    @property
    def xlsform_name(self) -> str:
        """The name the XLSForm gives the group (see :attr:`Question.xlsform_name`)."""
        return self.name.rsplit("/", 1)[-1]

    @property
    def on_one_page(self) -> bool:
        words = self.appearance.split()
        return "field-list" in words or "table-list" in words

    def grid_list_name(self) -> str | None:
        """The shared choice list if this group is a Likert grid, else None.

        A grid is a one-page group whose children are all ``select_one`` questions on the same
        list (statements x scale).
        """
        if not self.on_one_page or not self.children:
            return None
        if not all(
            isinstance(c, Question) and c.type is QuestionType.SELECT_ONE for c in self.children
        ):
            return None  # a page of mixed questions, not a grid
        names = {c.list_name for c in self.children if isinstance(c, Question)}
        return names.pop() if len(names) == 1 else None

    @property
    def is_grid(self) -> bool:
        return self.grid_list_name() is not None


@dataclass(frozen=True)
class Repeat(Group):
    """A ``begin_repeat`` ... ``end_repeat`` block: its questions are asked once per instance.

    ``repeat_count`` is an expression fixing the number of instances; ``""`` lets the
    interviewer add instances ("Add another?") until they say there are no more. Repeats nest.
    A loop (``begin loop over L``) is not a repeat: as in pyxform it becomes a group per choice.
    """

    repeat_count: str = ""


def answer_key(name: str, instance: str = "") -> str:
    """The key of one answer in an interview's answers: the question's name outside repeats,
    ``name[2]`` in the second instance of a repeat, ``name[2.3]`` in the third instance of an
    inner repeat inside the outer repeat's second instance. A repeat's own key (``drugs``, or
    ``doses[2]`` inside ``drugs`` instance 2) holds its number of instances there."""
    return f"{name}[{instance}]" if instance else name


def split_key(key: str) -> tuple[str, str]:
    """``(name, instance)`` of an :func:`answer_key`."""
    if key.endswith("]") and "[" in key:
        name, _, instance = key[:-1].partition("[")
        return name, instance
    return key, ""


@dataclass(frozen=True)
class Settings:
    form_id: str
    form_title: str = ""
    version: str = ""
    default_language: str = ""
    participant_code: tuple[str, ...] = ()
    extra: Mapping[str, str] = field(default_factory=dict)


EXTERNAL_CHOICES = "external_choices"
"""The :attr:`ChoiceList.source` of a ``select_one_external`` list."""

ITEMSETS = "itemsets.csv"
"""The file ODK Collect reads ``select_one_external`` choices from, next to the form."""

_PULLDATA_FILE = re.compile(r"""pulldata\s*\(\s*(?:'([^']*)'|"([^"]*)")""")


@dataclass(frozen=True)
class DataFile:
    """A CSV file that ``pulldata('name', ...)`` reads (``name.csv``), kept whole: its header and
    its rows as text, each row as long as the header."""

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def lookup(self, column: str, key_column: str, key: str) -> str:
        """``column`` of the first row whose ``key_column`` is ``key``; ``""`` when no row
        matches or a column is missing (ODK's pulldata())."""
        index = self._index(key_column)
        if index is None or column not in self.header:
            return ""
        row = index.get(key)
        return "" if row is None else self.rows[row][self.header.index(column)]

    def _index(self, key_column: str) -> dict[str, int] | None:
        cache = self.__dict__.setdefault("_indexes", {})  # the rows never change: built once
        if key_column not in cache:
            if key_column not in self.header:
                return None
            position = self.header.index(key_column)
            found: dict[str, int] = {}
            for number, row in enumerate(self.rows):
                found.setdefault(row[position], number)  # the first match, as ODK takes
            cache[key_column] = found
        return cache[key_column]


@dataclass(frozen=True)
class Questionnaire:
    """A questionnaire. ``data_files`` holds the CSV files its ``pulldata()`` calls read, by
    file name (``fruits.csv``), so the questionnaire works without them once read.

    ``missing_files`` names the files the form reads choices or data from that were not found
    when it was read (``villages.csv``, ODK's ``itemsets.csv``): a list read from one is there
    but empty, a ``pulldata()`` from one gives ``""``, and the questions that need one
    (:meth:`files_needed_by`) cannot be answered until the file is added. ``found_empty`` names
    those of them that were beside the form but held nothing (empty, or only a header row), so
    that the person is told to fill the file in rather than to find it."""

    settings: Settings
    children: tuple[Question | Group, ...]
    choice_lists: Mapping[str, ChoiceList]
    data_files: Mapping[str, DataFile] = field(default_factory=dict)
    missing_files: tuple[str, ...] = ()
    found_empty: tuple[str, ...] = ()

    @property
    def form_id(self) -> str:
        return self.settings.form_id

    @property
    def title(self) -> str:
        return self.settings.form_title or self.settings.form_id

    @property
    def version(self) -> str:
        return self.settings.version

    def walk(self) -> Iterator[tuple[Question | Group, tuple[Group, ...]]]:
        """Every question and group in form order, with the groups enclosing it."""

        def visit(
            items: tuple[Question | Group, ...], parents: tuple[Group, ...]
        ) -> Iterator[tuple[Question | Group, tuple[Group, ...]]]:
            for item in items:
                yield item, parents
                if isinstance(item, Group):
                    yield from visit(item.children, (*parents, item))

        return visit(self.children, ())

    @cached_property
    def _repeat_chains(self) -> dict[str, tuple[Repeat, ...]]:
        chains: dict[str, tuple[Repeat, ...]] = {}
        for item, parents in self.walk():
            chain = tuple(g for g in parents if isinstance(g, Repeat))
            if chain:
                chains[item.name] = chain
        return chains

    def repeats(self) -> list[Repeat]:
        """Every repeat, outer ones before the repeats inside them."""
        return [item for item, _ in self.walk() if isinstance(item, Repeat)]

    @property
    def has_repeats(self) -> bool:
        return bool(self._repeat_chains)

    def repeats_of(self, name: str) -> tuple[Repeat, ...]:
        """The repeats enclosing the question or group ``name``, outermost first (``()`` for
        one outside any repeat; a repeat is not inside itself)."""
        return self._repeat_chains.get(name, ())

    def repeat_of(self, name: str) -> Repeat | None:
        """The innermost repeat enclosing ``name``, or None outside repeats."""
        chain = self._repeat_chains.get(name, ())
        return chain[-1] if chain else None

    def top_level_questions(self) -> list[Question]:
        """The questions outside every repeat (asked once per interview), in form order."""
        return [q for q in self._question_list if q.name not in self._repeat_chains]

    def questions(self) -> list[Question]:
        """All questions (including notes, calculations and metadata) in form order."""
        return list(self._question_list)

    # A questionnaire never changes once made, so the walk is done once.
    @cached_property
    def _question_list(self) -> tuple[Question, ...]:
        return tuple(item for item, _ in self.walk() if isinstance(item, Question))

    @cached_property
    def _questions_by_name(self) -> dict[str, Question]:
        by_name: dict[str, Question] = {}
        for question in self._question_list:
            by_name.setdefault(question.name, question)  # the first, as a search would find
        return by_name

    def groups(self) -> list[Group]:
        return [item for item, _ in self.walk() if isinstance(item, Group)]

    def question(self, name: str) -> Question:
        """The question called ``name``; KeyError if there is none."""
        return self._questions_by_name[name]

    def parents_of(self, name: str) -> tuple[Group, ...]:
        for item, parents in self.walk():
            if isinstance(item, Question) and item.name == name:
                return parents
        raise KeyError(name)

    def data_file(self, name: str) -> DataFile | None:
        """The file ``pulldata()`` reads as ``name`` (``fruits.csv``): one of ``data_files``, or
        the file a ``select_one_from_file`` list was read from (kept once, as the list)."""
        found = self.data_files.get(name)
        if found is not None:
            return found
        choice_list = self.choice_lists.get(name)
        if choice_list is None or choice_list.source != name:
            return None
        cache = self.__dict__.setdefault("_list_files", {})
        if name not in cache:
            cache[name] = _list_as_file(choice_list)
        return cache[name]

    def instance_items(self, name: str) -> tuple[Choice, ...] | None:
        """The items ``instance('name')/root/item`` reads, as ODK names its secondary
        instances: a choice list, a ``select_one_from_file`` list by its file's name without
        the extension, or a ``pulldata()`` file (each row an item, every column kept); None
        when the form has no such list."""
        found = self.choice_lists.get(name)
        if found is None:
            found = next(
                (c for c in self.choice_lists.values() if c.source.rsplit(".", 1)[0] == name),
                None,
            )
        if found is not None:
            return found.rows
        data_file = self.data_files.get(f"{name}.csv")
        if data_file is None:
            return None
        cache = self.__dict__.setdefault("_file_items", {})
        if name not in cache:
            header = data_file.header
            cache[name] = tuple(
                Choice(
                    dict(zip(header, row, strict=True)).get("name", ""),
                    extra=dict(zip(header, row, strict=True)),
                )
                for row in data_file.rows
            )
        return cache[name]

    def files_needed_by(self, question: Question) -> tuple[str, ...]:
        """The missing files (see :attr:`missing_files`) that ``question`` needs: the file its
        choices come from, and the files its expressions' ``pulldata()`` calls read."""
        if not self.missing_files:
            return ()
        needed: list[str] = []
        choice_list = self.choices_for(question)
        if choice_list is not None and choice_list.source:
            source = ITEMSETS if choice_list.source == EXTERNAL_CHOICES else choice_list.source
            if source in self.missing_files:
                needed.append(source)
        texts = (question.relevant, question.constraint, question.calculation, question.default)
        for text in texts:
            for match in _PULLDATA_FILE.finditer(text) if "pulldata" in text else ():
                stem = (match[1] if match[1] is not None else match[2]).strip()
                name = stem if stem.lower().endswith(".csv") else f"{stem}.csv"
                if name in self.missing_files and name not in needed:
                    needed.append(name)
        return tuple(needed)

    def choices_for(self, question: Question) -> ChoiceList | None:
        return self.choice_lists.get(question.list_name) if question.type.is_select else None

    def languages(self) -> list[str]:
        """Languages used by any text, default language first; ``""`` only if no other."""
        seen: dict[str, None] = {}
        for item, _ in self.walk():
            for text in _texts_of(item):
                seen.update(dict.fromkeys(text))
        for choice_list in self.choice_lists.values():
            for choice in choice_list.choices:
                seen.update(dict.fromkeys(choice.label))
        named = [lang for lang in seen if lang]
        default = self.settings.default_language
        if default in named:
            named.remove(default)
            named.insert(0, default)
        return named or [""]


def _list_as_file(choice_list: ChoiceList) -> DataFile:
    languages = list(dict.fromkeys(lang for c in choice_list.rows for lang in c.label))
    extras = list(dict.fromkeys(key for c in choice_list.rows for key in c.extra))
    header = ("name", *(f"label::{lang}" if lang else "label" for lang in languages), *extras)
    rows = tuple(
        (
            c.name,
            *(c.label.get(lang, "") for lang in languages),
            *(c.extra.get(key, "") for key in extras),
        )
        for c in choice_list.rows
    )
    if "" not in languages and languages:  # pulldata(..., 'label', ...) reads the first
        header, rows = (*header, "label"), tuple((*row, row[1]) for row in rows)
    return DataFile(choice_list.source, header, rows)


def _texts_of(item: Question | Group) -> tuple[Text, ...]:
    if isinstance(item, Group):
        return (item.label, item.hint)
    return (item.label, item.hint, item.required_message, item.constraint_message)


def text_in(text: Text, language: str, default_language: str = "") -> str:
    """The text in ``language``, falling back to the default language, the language-less column,
    then any language at all; ``""`` if the text is empty everywhere."""
    for key in (language, default_language, ""):
        if text.get(key):
            return text[key]
    return next((value for value in text.values() if value), "")


def language_of_text(text: Text, language: str, default_language: str = "") -> str:
    """The language :func:`text_in` takes ``text`` from: ``language`` when the text has it,
    else the one it falls back to; ``""`` for the language-less column (or no text at all)."""
    for key in (language, default_language, ""):
        if text.get(key):
            return key
    return next((key for key, value in text.items() if value), "")


def is_english(language: str) -> bool | None:
    """Whether a questionnaire's language ("English (en)", "English", "en", "en-GB") is
    English; None when it is not known (the language-less column)."""
    name, _, code = language.partition("(")
    key = (code.rstrip(") ") or name).strip().casefold().replace("_", "-")
    if not key:
        return None
    return key in ("en", "english") or key.startswith("en-")


def find_language(questionnaire: Questionnaire, wanted: str) -> str | None:
    """The language of ``questionnaire`` that ``wanted`` names: its full name as the form writes
    it ("Arabic (ar)"), the name alone ("arabic") or the code ("ar"), in any case; None if
    none does."""
    wanted = wanted.strip().casefold()
    for language in questionnaire.languages():
        name, _, code = language.partition("(")
        spellings = {language.casefold(), name.strip().casefold(), code.rstrip(")").casefold()}
        if wanted in spellings - {""}:
            return language
    return None


def without_instance(
    answers: Mapping[str, object], questionnaire: Questionnaire, repeat: str, path: str
) -> dict[str, object]:
    """``answers`` with instance ``path`` of ``repeat`` taken out: its answers (and those of the
    repeats inside it) dropped, the later instances of the same parent moved down by one
    (``dose[3]`` becomes ``dose[2]``), and the repeat's number of instances one less. The
    answers of other repeats (a second repeat beside it, with instances of the same numbers)
    are left as they are."""
    inside = {
        item.name
        for item, _ in questionnaire.walk()
        if any(r.name == repeat for r in questionnaire.repeats_of(item.name))
    }
    parts = path.split(".")
    level, parent, removed = len(parts) - 1, ".".join(parts[:-1]), int(parts[-1])
    result: dict[str, object] = {}
    for key, value in answers.items():
        name, instance = split_key(key)
        steps = instance.split(".") if instance else []
        if (
            name in inside
            and len(steps) > level
            and ".".join(steps[:level]) == parent
            and steps[level].isdigit()
        ):
            number = int(steps[level])
            if number == removed:
                continue
            if number > removed:
                steps[level] = str(number - 1)
                key = answer_key(name, ".".join(steps))
        result[key] = value
    count_key = answer_key(repeat, parent)
    count = answers.get(count_key)
    result[count_key] = max(int(count) - 1, 0) if isinstance(count, int) else max(removed - 1, 0)
    return result
