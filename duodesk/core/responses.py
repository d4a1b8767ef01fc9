"""Reading interviews from a response file exported by ODK, KoboToolbox or DuoDesk.

The layout is the one those tools export: a header row of question names (possibly prefixed by
their groups, ``household/age`` or ``household-age``), one row per interview, a
``select_multiple`` answer either as space-separated choice names in one column or as 0/1
columns named ``question/choice``, an empty cell for no answer. Every row is checked with the
form engine, so its relevance decides whether a blank question was "not applicable" or "no
answer", and an answer to a question that should not have been asked is reported.

Columns that are not questions but say something about the interview are used as such:
``_uuid`` / ``meta/instanceID`` / ``instanceID`` / ``KEY`` identify the interview (so that
importing a file again adds nothing twice), ``_site``, ``_interviewer`` and ``_date`` fill in
the interview's details. Other unknown columns are listed and left out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from duodesk.core.engine import FormEngine
from duodesk.core.interview_date import interview_date_question
from duodesk.core.label_columns import ChoiceMeanings, marker_choice
from duodesk.core.participant_code import never_stored
from duodesk.core.questionnaire import Question, Questionnaire, QuestionType, split_key
from duodesk.core.records import (
    AnswerRecord,
    AnswerStatus,
    records_from_state,
    stored_questions,
)
from duodesk.core.repeat_files import (
    RepeatAnswers,
    main_key_column,
    unknown_repeats,
    worked_out_from,
)
from duodesk.core.spreadsheet import from_csv_cell
from duodesk.core.tabular import Table
from duodesk.core.values import (
    EXPORT_MARKERS,
    AnswerError,
    choice_by_label,
    is_export_marker,
    parse_answer,
)
from duodesk.i18n import translate

ID_COLUMNS = ("_uuid", "meta/instanceid", "meta-instanceid", "instanceid", "key")
# DuoDesk's exports write "_site", "_interviewer", "_date"; older ones wrote them without "_"
# (read so only when no question has that name).
SITE_COLUMNS = ("_site", "site")
INTERVIEWER_COLUMNS = ("_interviewer", "interviewer")
DATE_COLUMNS = ("_date", "date")
# Types whose value DuoDesk works out itself rather than take from a file: calculations, the
# interview's times and a phone's audit log.
NOT_READ_FROM_FILES = frozenset(
    {
        QuestionType.CALCULATE,
        QuestionType.START,
        QuestionType.END,
        QuestionType.TODAY,
        QuestionType.AUDIT,
    }
)
# Where else an export says when the interview was: the end, start or day of the interview (ODK
# metadata), else when it reached the server. In this order of preference.
DATE_FALLBACK_TYPES = (QuestionType.END, QuestionType.START, QuestionType.TODAY)
DATE_FALLBACK_COLUMNS = ("end", "start", "today", "_submission_time", "submissiondate")
# DuoDesk's own export names the questionnaire version each interview was made with here.
VERSION_COLUMN = "_version"
# Columns export tools add that carry nothing DuoDesk keeps.
TOOL_COLUMNS = frozenset(
    {
        "_id",
        "_index",
        "_submitted_by",
        "_validation_status",
        "_notes",
        "_status",
        "_tags",
        "_xform_id_string",
        "_attachments",
        "_geolocation",
        "_version_",
        "__version__",
        "_parent_index",
        "_interview",  # DuoDesk's own export: the interview's number in that file
        "interview",
        "_version",
        "version",
        "_duration",
        "submitterid",
        "submittername",
        "attachmentspresent",
        "attachmentsexpected",
        "status",
        "reviewstate",
        "deviceid",
        "edits",
        "formversion",
        "meta/rootuuid",
        "meta-rootuuid",
        "meta/deprecatedid",
        "meta-deprecatedid",
        "meta/instancename",
        "meta-instancename",
        "instancename",
        "parent_key",
        "formhub/uuid",  # KoboToolbox: the form's id on its server
        "formhub-uuid",
    }
)
# A file names its interviews in several of ID_COLUMNS at once (ODK Central writes
# "meta-instanceID" and "KEY", the same value twice): the first is read, the others are
# bookkeeping too and are not listed as left out.


@dataclass(frozen=True)
class RowProblem:
    """A value in a response file that cannot be stored."""

    row: int
    column: str
    value: str
    reason: str

    def __str__(self) -> str:
        shown = self.value if len(self.value) <= 40 else self.value[:37] + "..."
        where = translate("Files", "row {row}").format(row=self.row)
        if self.column:
            where += ", " + translate("Files", 'column "{column}"').format(column=self.column)
        if self.value:
            return translate("Files", '{where}, value "{value}": {reason}').format(
                where=where, value=shown, reason=self.reason
            )
        return translate("Files", "{where}: {reason}").format(where=where, reason=self.reason)


@dataclass(frozen=True)
class ParsedInterview:
    """One row of a response file, checked and ready to store."""

    row: int
    key: str  # identifies the row across imports of the same file
    uuid: uuid.UUID
    site: str
    interviewer: str
    interview_date: str
    records: tuple[AnswerRecord, ...]  # never the participant-code questions
    # The answers to the questionnaire's participant-code questions, in the order its settings
    # list them, when all were given: they become digests and are never stored as answers.
    code_elements: tuple[str, ...] | None = None
    values: tuple[object, ...] = ()  # the row as read, for the file of rejected rows
    # How many number answers were written "NA" / "n/a" and read as no answer.
    not_available: int = 0
    # How many cells said "not in version" (an export's interview made with another version
    # of the questionnaire) for a question this version has: read as not answered.
    not_in_version: int = 0
    # How many cells said "not asked" or "not in version" for a question that was asked, in a
    # column of labels where one choice has those words as its label: read as that choice.
    markers_as_choices: int = 0
    # The questionnaire version a DuoDesk export says the interview was made with (its
    # "_version" column), as written; "" when the file has no such column.
    file_version: str = ""
    # The questions whose cells said "not in version": the interview's version did not have
    # them, so ``records`` holds nothing for them and they stay "not in version" once stored.
    absent: frozenset[str] = frozenset()
    # Headers of columns with an answer that the version the row was read with does not have
    # (another version of the questionnaire does): left out of this interview.
    left_out: frozenset[str] = frozenset()
    # Where a question giving a repeat's number of instances (``repeat_count``) says more
    # than the rows of the repeat's table: each said where (see :func:`_count_notes`). The
    # rows were stored as the instances.
    count_notes: tuple[str, ...] = ()

    @property
    def answers_digest(self) -> bytes:
        """Equal for two rows whose answers are the same (the same submission exported twice)."""
        return hashlib.blake2b(repr(self.records).encode(), digest_size=16).digest()


@dataclass(frozen=True)
class RejectedRow:
    row: int
    values: tuple[object, ...]
    problems: tuple[RowProblem, ...]


@dataclass
class ColumnPlan:
    """How the columns of a response file map onto the questionnaire."""

    questions: dict[int, Question] = field(default_factory=dict)  # column -> question
    choice_columns: dict[int, tuple[Question, str]] = field(default_factory=dict)  # 0/1 columns
    id_column: int | None = None
    site_column: int | None = None
    interviewer_column: int | None = None
    date_column: int | None = None
    # A location split over columns (KoboToolbox ``_where_latitude``..., ODK Central
    # ``where-Latitude``...): question -> column of each part (latitude, longitude, altitude,
    # accuracy), used when the file has no column with the whole location.
    location_parts: dict[str, dict[int, int]] = field(default_factory=dict)
    # Columns that date the interview when ``date_column`` is missing or blank, best first.
    date_fallbacks: list[int] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    ignored_at: dict[str, int] = field(default_factory=dict)  # each ignored header's column
    problems: list[RowProblem] = field(default_factory=list)  # header problems (row 1)
    # The choice columns that hold labels rather than choice names, by column (see
    # duodesk.core.label_columns); empty until the file's values have been looked at.
    label_columns: dict[int, ChoiceMeanings] = field(default_factory=dict)

    @property
    def read_columns(self) -> set[int]:
        """The columns read as answers: of questions, of choices, of parts of a location."""
        parts = {i for columns in self.location_parts.values() for i in columns.values()}
        return {*self.questions, *self.choice_columns, *parts}


def plan_columns(header: tuple[str, ...], questionnaire: Questionnaire) -> ColumnPlan:
    """Match each header cell to a question, a choice of a question, or an interview detail."""
    plan = ColumnPlan()
    by_name = _questions_by_path(questionnaire)
    seen: dict[str, int] = {}
    split_locations: dict[int, tuple[Question, int]] = {}
    for index, raw in enumerate(header):
        name = raw.strip()
        lowered = name.lower()
        if not name:
            continue
        if lowered in ID_COLUMNS and plan.id_column is None:
            plan.id_column = index
            continue
        for attribute, names in (
            ("site_column", SITE_COLUMNS),
            ("interviewer_column", INTERVIEWER_COLUMNS),
            ("date_column", DATE_COLUMNS),
        ):
            if lowered in names and name not in by_name:
                if getattr(plan, attribute) is None or lowered == names[0]:
                    setattr(plan, attribute, index)  # "_date" wins over an old "date"
                break
        else:
            target = _match_header(name, by_name, questionnaire)
            if target is None:
                part = _location_part(name, by_name, questionnaire)
                if part is not None:
                    split_locations[index] = part
                elif lowered not in TOOL_COLUMNS | set(DATE_FALLBACK_COLUMNS) | set(
                    ID_COLUMNS
                ) and not _is_attachment_link(name, by_name):
                    plan.ignored.append(name)
                    plan.ignored_at.setdefault(name, index)
                continue
            question, choice = target
            key = f"{question.name}/{choice}" if choice else question.name
            if key in seen:
                plan.problems.append(
                    RowProblem(
                        1,
                        name,
                        "",
                        translate("Files", "the column for {key} appears twice").format(key=key),
                    )
                )
                continue
            seen[key] = index
            if choice:
                plan.choice_columns[index] = (question, choice)
            else:
                plan.questions[index] = question
    whole = {question.name for question in plan.questions.values()}
    for index, (question, part) in split_locations.items():
        if question.name not in whole:  # the whole location, where given, is what counts
            plan.location_parts.setdefault(question.name, {})[part] = index
    plan.date_fallbacks = _date_fallbacks(header, plan)
    return plan


def questions_without_column(plan: ColumnPlan, questionnaire: Questionnaire) -> list[Question]:
    """The questions asked once per interview whose answer the file has no column for (a
    de-identified export leaves out written answers and identifying questions), in form
    order. Their answers are not known, so nothing is stored for them: an interview whose file
    says nothing about a question did not say it gave no answer. Calculations and the
    interview's times are left out: DuoDesk works them out itself."""
    read = {question.name for question in plan.questions.values()}
    read |= {question.name for question, _ in plan.choice_columns.values()}
    read |= set(plan.location_parts)
    unstored = never_stored(questionnaire)
    return [
        question
        for question in stored_questions(questionnaire)
        if question.name not in read
        and question.name not in unstored
        and question.type not in NOT_READ_FROM_FILES
        and not questionnaire.repeats_of(question.name)
    ]


def _questions_by_path(questionnaire: Questionnaire) -> dict[str, Question]:
    """The questions that can be read from a file, by every ending of their group path that
    names one question only: ``age`` for a question called so once in the form, and
    ``household/age`` (its full path) as well; a name used in two groups only by its path."""
    found: dict[str, list[Question]] = {}
    for item, parents in questionnaire.walk():
        if not isinstance(item, Question) or item.type is QuestionType.NOTE:
            continue
        if questionnaire.repeats_of(item.name):
            continue  # one column cannot hold a repeat's answers: listed as left out

        path = [*(group.xlsform_name for group in parents), item.xlsform_name]
        for start in range(len(path)):
            found.setdefault("/".join(path[start:]), []).append(item)
        if "/" in item.name:
            found.setdefault(item.name, []).append(item)
    return {
        key: questions[0]
        for key, questions in found.items()
        if len({q.name for q in questions}) == 1
    }


def _date_fallbacks(header: tuple[str, ...], plan: ColumnPlan) -> list[int]:
    ranked: list[tuple[int, int]] = []  # (rank, column)
    for index, question in plan.questions.items():
        if question.type in DATE_FALLBACK_TYPES:
            ranked.append((DATE_FALLBACK_TYPES.index(question.type), index))
    for index, raw in enumerate(header):
        lowered = raw.strip().lower()
        if lowered in DATE_FALLBACK_COLUMNS and index not in plan.questions:
            ranked.append((DATE_FALLBACK_COLUMNS.index(lowered), index))
    return [index for _, index in sorted(ranked)]


_LOCATION_PARTS = {
    "latitude": 0,
    "longitude": 1,
    "altitude": 2,
    "precision": 3,  # KoboToolbox's word
    "accuracy": 3,  # ODK Central's
}


def _location_part(
    name: str, by_name: dict[str, Question], questionnaire: Questionnaire
) -> tuple[Question, int] | None:
    """(location question, part) for a column holding one part of a location."""
    head, separator, last = name.rpartition("-")
    if separator and last.lower() in _LOCATION_PARTS:  # ODK Central: where-Latitude
        target = _match_header(head, by_name, questionnaire)
        if target is not None and not target[1] and target[0].type.is_location:
            return target[0], _LOCATION_PARTS[last.lower()]
    head, separator, last = name.rpartition("/")
    if last.startswith("_") and "_" in last[1:]:  # KoboToolbox: group/_where_latitude
        stem, _, part = last[1:].rpartition("_")
        if part.lower() in _LOCATION_PARTS:
            target = _match_header(f"{head}{separator}{stem}", by_name, questionnaire)
            if target is not None and not target[1] and target[0].type.is_location:
                return target[0], _LOCATION_PARTS[part.lower()]
    if name.startswith("_") and "/" in name:  # _group/where_latitude
        head, _, last = name[1:].rpartition("/")
        stem, _, part = last.rpartition("_")
        if part.lower() in _LOCATION_PARTS:
            target = _match_header(f"{head}/{stem}", by_name, questionnaire)
            if target is not None and not target[1] and target[0].type.is_location:
                return target[0], _LOCATION_PARTS[part.lower()]
    return None


def _is_attachment_link(name: str, by_name: dict[str, Question]) -> bool:
    """KoboToolbox adds a ``photo_URL`` column with a link beside each attached file's name:
    DuoDesk keeps the name, and leaves the link out without listing it."""
    if not name.endswith("_URL"):
        return False
    target = _match_header(name[: -len("_URL")], by_name, None)
    return target is not None and target[0].type.is_file


def _match_header(
    name: str, by_name: dict[str, Question], questionnaire: Questionnaire | None
) -> tuple[Question, str] | None:
    """(question, "") for an answer column, (question, choice) for a 0/1 choice column.

    A header may carry the question's groups (``household/age``, ``household-age``): the
    longest ending of it that names one question wins. A question/choice reading comes first,
    because a choice may share its name with another question ("debts/council_tax_debt" beside
    a question "council_tax_debt"). Without ``questionnaire`` only answer columns are matched."""
    if name in by_name:
        return by_name[name], ""
    for separator in ("/", "-", "."):
        parts = name.split(separator)
        if len(parts) < 2:
            continue
        if questionnaire is not None:
            for start in range(len(parts) - 1):
                question = by_name.get("/".join(parts[start:-1]))
                if question is None:
                    continue
                choices = questionnaire.choices_for(question)
                if (
                    question.type is QuestionType.SELECT_MULTIPLE
                    and choices is not None
                    and choices.choice(parts[-1]) is not None
                ):
                    return question, parts[-1]
                break
        for start in range(len(parts)):
            key = "/".join(parts[start:])
            if key in by_name:
                return by_name[key], ""
    if questionnaire is not None and "/" in name:
        # ODK Central joins groups with "-" but a choice with "/": "group-question/choice".
        head, _, choice = name.rpartition("/")
        for separator in ("-", "."):
            parts = head.split(separator)
            for start in range(len(parts)):
                question = by_name.get("/".join(parts[start:]))
                if question is None or question.type is not QuestionType.SELECT_MULTIPLE:
                    continue
                choices = questionnaire.choices_for(question)
                if choices is not None and choices.choice(choice) is not None:
                    return question, choice
    return None


@dataclass(frozen=True)
class VersionPlan:
    """How the columns of a DuoDesk export map onto one of the project's older versions of the
    questionnaire, for the rows whose ``_version`` column names that version."""

    questionnaire: Questionnaire
    plan: ColumnPlan


def plan_columns_by_version(
    header: tuple[str, ...], versions: Mapping[int, Questionnaire]
) -> dict[str, VersionPlan]:
    """For a file with a ``_version`` column (a DuoDesk export): a plan of its columns for
    each of ``versions`` (the project's versions by number, the newest left out), by the
    version number as the column writes it. Versions whose plan has problems are left out
    (their rows are read with the newest version)."""
    if VERSION_COLUMN not in header:
        return {}
    found = {}
    for number, questionnaire in versions.items():
        plan = plan_columns(header, questionnaire)
        if not plan.problems:
            found[str(number)] = VersionPlan(questionnaire, plan)
    return found


def columns_of_other_versions(plan: ColumnPlan, versions: Mapping[str, VersionPlan]) -> set[str]:
    """The headers ``plan`` leaves out that one of ``versions`` reads."""
    taken = set()
    for other in versions.values():
        taken |= other.plan.read_columns
    return {name for name, index in plan.ignored_at.items() if index in taken}


def iter_interviews(
    table: Table,
    questionnaire: Questionnaire,
    plan: ColumnPlan,
    repeats: RepeatAnswers | None = None,
    versions: Mapping[str, VersionPlan] | None = None,
) -> Iterator[ParsedInterview | RejectedRow]:
    """Each data row of ``table`` as a :class:`ParsedInterview`, or a :class:`RejectedRow`
    listing every problem in it. ``repeats``: the instances read from the repeats' own tables
    (see :mod:`duodesk.core.repeat_files`), each interview's taken from it as its row comes.

    ``versions`` (see :func:`plan_columns_by_version`): a row whose ``_version`` names one of
    them is read with that version of the questionnaire, so that its answers to questions
    only that version has are kept, unless the row does not fit it (a question the version
    has says "not in version", or a question only other versions have is answered: another
    project's version of the same number); every other row is read with ``questionnaire``.

    The repeats without a table in ``repeats`` (all of them when it is None) have instances
    that are not known: see :mod:`duodesk.core.repeat_files`.
    """
    version_at = next((i for i, name in enumerate(table.header) if name == VERSION_COLUMN), None)
    unknown = {r.name for r in unknown_repeats(questionnaire, repeats)}
    newest = _RowReader(table, questionnaire, plan, version_at, unknown)
    readers = {
        number: _RowReader(table, v.questionnaire, v.plan, version_at, unknown)
        for number, v in (versions or {}).items()
    }
    everything = newest.columns.union(*(r.columns for r in readers.values()))
    for reader in (newest, *readers.values()):
        reader.foreign = sorted(everything - reader.columns)
    occurrences: dict[str, int] = {}
    repeat_key_at = main_key_column(table.header) if repeats is not None else None
    # DuoDesk's export writes each repeat's number of instances in a column named after it:
    # checked against the instances its own table gives.
    counted = [
        (index, name)
        for index, name in enumerate(table.header)
        if repeats is not None and name in repeats.read
    ]
    for row_number, values in table.rows():
        reader = readers.get(_version_at(values, version_at), newest)
        if reader is not newest and not reader.fits(values):
            reader = newest
        inside: dict[str, object] = {}
        trouble: list[str] = []
        places: dict[str, str] = {}
        if repeats is not None and repeat_key_at is not None:
            inside, trouble, places = repeats.take(
                _shown(values[repeat_key_at]).strip(), row_number, table.header[repeat_key_at]
            )
            trouble = [*trouble, *_count_problems(values, counted, inside)]
        yield reader.read(
            row_number,
            values,
            _Instances(inside, trouble, places, repeats.tables if repeats is not None else {}),
            lambda values=values: _row_identity(values, plan, questionnaire, occurrences),
        )


@dataclass(frozen=True)
class _Instances:
    """What the repeats' own tables give for one interview: its instances' answers by answer
    key, the problems found reading them, and where each answer was read."""

    answers: Mapping[str, object]
    trouble: list[str]
    places: Mapping[str, str]
    tables: Mapping[str, str] = field(default_factory=dict)  # each repeat's table, named


class _RowReader:
    """Reads rows of a response file with one version of the questionnaire."""

    def __init__(
        self,
        table: Table,
        questionnaire: Questionnaire,
        plan: ColumnPlan,
        version_at: int | None,
        unknown: set[str],
    ) -> None:
        self.table, self.questionnaire, self.plan = table, questionnaire, plan
        self.version_at = version_at
        # The repeats whose instances the file does not give, and what is not known with them:
        # their numbers of instances and the calculations worked out from them.
        self.unknown = frozenset(r.name for r in questionnaire.repeats() if r.name in unknown)
        # The others' instances are the rows of their tables, whatever repeat_count says.
        self.given = frozenset(r.name for r in questionnaire.repeats()) - self.unknown
        self.worked_out = worked_out_from(questionnaire, set(self.unknown))
        self.known = {"unknown_repeats": self.unknown, "given_repeats": self.given}
        self.engine = FormEngine(questionnaire)
        self.code_names = tuple(questionnaire.settings.participant_code)
        # The questionnaire's own "date of the interview" question gives the interview its
        # date, as at entry, when the file has no date of DuoDesk's own.
        self.date_question = interview_date_question(questionnaire)
        unstored = never_stored(questionnaire)  # the code, and what is worked out from it
        self.stored = [q for q in stored_questions(questionnaire) if q.name not in unstored]
        multi_from_columns = {q.name for q, _ in plan.choice_columns.values()}
        self.answer_columns = [  # (column, question, its choices, 0/1 columns too)
            (
                index,
                question,
                questionnaire.choices_for(question),
                question.name in multi_from_columns,
            )
            for index, question in plan.questions.items()
            # calculations are recomputed and the interview's times filled in by DuoDesk, not
            # taken from the file; what a phone recorded (its number, a location) is kept
            if question.type not in NOT_READ_FROM_FILES
        ]
        self.split_locations = [
            (questionnaire.question(name), parts) for name, parts in plan.location_parts.items()
        ]
        # An interview the table of a repeat gives no instance for has none.
        self.no_instances = {
            r.name: 0 for r in questionnaire.repeats() if not questionnaire.repeats_of(r.name)
        }
        # Where the file names each interview's version (a DuoDesk export), "not in version"
        # in a text question is the export's word too, not somebody's answer.
        self.version_columns = [
            (index, question)
            for index, question in plan.questions.items()
            if version_at is not None or question.type is not QuestionType.TEXT
        ] + [(index, question) for index, (question, _) in plan.choice_columns.items()]
        self.columns = plan.read_columns
        self.label_columns = plan.label_columns
        self.no_column = frozenset(q.name for q in questions_without_column(plan, questionnaire))
        # Columns another version reads and this one does not (set by iter_interviews).
        self.foreign: list[int] = []

    def fits(self, values: tuple[object, ...]) -> bool:
        """Whether the row can have been made with this version: none of its questions says
        "not in version", and no question only other versions have is answered."""
        if any(_says_not_in_version(values[index]) for index, _ in self.version_columns):
            return False
        return all(_unanswered(values[index]) for index in self.foreign)

    def read(
        self,
        row_number: int,
        values: tuple[object, ...],
        instances: _Instances,
        identify: Callable[[], tuple[str, uuid.UUID]],
    ) -> ParsedInterview | RejectedRow:
        questionnaire, plan, table = self.questionnaire, self.plan, self.table
        problems: list[RowProblem] = []
        answers: dict[str, object] = dict(self.no_instances)
        not_available = 0
        # Labels columns whose cell holds an export's word that is also a choice's label:
        # the choice when the question was asked, else the export's word (after the logic).
        maybe_choice = {
            index: reading
            for index, meanings in self.label_columns.items()
            if is_export_marker(values[index])
            and (reading := marker_choice(meanings, values[index])) is not None
        }
        absent = {
            question.name
            for index, question in self.version_columns
            if _says_not_in_version(values[index]) and index not in maybe_choice
        }
        foreign_not_in_version = sum(_says_not_in_version(values[index]) for index in self.foreign)
        deferred: dict[str, tuple[str, object]] = {}  # question -> (the word, the choice)
        left_out = frozenset(
            table.header[index] for index in self.foreign if not _unanswered(values[index])
        )
        answers.update(instances.answers)
        problems += [_instance_problem(row_number, t) for t in instances.trouble]
        written_markers: dict[str, str] = {}  # text questions whose cell is a marker
        for index, question, choices, also_columns in self.answer_columns:
            raw = from_csv_cell(values[index])
            if also_columns or question.name in absent:
                # The 0/1 columns say it all (and the answer column may hold labels).
                continue
            meanings = self.label_columns.get(index)
            if meanings is not None:
                if index in maybe_choice:
                    deferred[question.name] = (
                        _shown(raw).strip().lower(),
                        meanings.answer(maybe_choice[index]),
                    )
                    continue
                labels = meanings.as_labels(raw) if not is_export_marker(raw) else set()
                if len(labels) == 1:
                    answers[question.name] = meanings.answer(next(iter(labels)))
                    continue
                # Not a label: a choice name, read as in any other column.
            if is_export_marker(raw):
                if question.type is QuestionType.TEXT:
                    written_markers[question.name] = raw.strip()
                continue
            if question.type.is_numeric and isinstance(raw, str) and _not_available(raw):
                not_available += 1
                continue
            try:
                value = parse_answer(question, raw, choices)
            except AnswerError as error:
                value = choice_by_label(question, raw, choices)
                if value is None:
                    problems.append(
                        RowProblem(row_number, table.header[index], _shown(raw), str(error))
                    )
                    continue
            if value is not None:
                answers[question.name] = value
        _read_choice_columns(table, plan, values, row_number, questionnaire, answers, problems)
        for question, parts in self.split_locations:
            raw = _joined_location(values, parts)
            try:
                value = parse_answer(question, raw)
            except AnswerError as error:
                column = table.header[parts.get(0, next(iter(parts.values())))]
                problems.append(RowProblem(row_number, column, raw, str(error)))
                continue
            if value is not None:
                answers[question.name] = value

        state = self.engine.evaluate(answers, **self.known)
        if written_markers:
            # "not asked" in a question that applies is somebody's written answer.
            kept = {
                name: text
                for name, text in written_markers.items()
                if name in state.states and state.states[name].applicable
            }
            if kept:
                answers.update(kept)
                state = self.engine.evaluate(answers, **self.known)
        markers_as_choices = 0
        if deferred:
            asked = {
                name: choice
                for name, (_, choice) in deferred.items()
                if name in state.states and state.states[name].applicable
            }
            absent |= {
                name
                for name, (word, _) in deferred.items()
                if name not in asked and word == EXPORT_MARKERS[1]
            }
            if asked:
                markers_as_choices = len(asked)
                answers.update(asked)
                state = self.engine.evaluate(answers, **self.known)
        not_in_version = len(absent) + foreign_not_in_version
        for name in state.cleared:
            bare = split_key(name)[0]
            because = _why_not_asked(questionnaire, state.groups, bare)
            if bare in instances.tables:  # rows of a repeat inside an instance not asked about
                if not answers.get(name):
                    continue  # no rows: nothing to say (the instance around it is said)
                told = translate(
                    "Files",
                    "{table}: {count} row(s) of {repeat}, but by the questionnaire's logic this "
                    "repeat is not asked here ({why})",
                ).format(
                    table=instances.tables[bare], count=answers.get(name), repeat=bare, why=because
                )
                problems.append(_instance_problem(row_number, told))
                continue
            why = translate(
                "Files",
                "answered, but by the questionnaire's logic this question is not asked here "
                "({why})",
            ).format(why=because)
            problems.append(self._problem(row_number, name, answers.get(name), why, instances))
        count_notes = []
        for key, (said, given) in state.count_disagreements.items():
            if said < given:
                problems.append(self._too_many_rows(row_number, key, said, given, instances))
            else:
                count_notes.append(self._count_note(row_number, key, said, given, instances))
        for question_state in state.errors():
            if question_state.value is None:
                continue  # a required answer left blank is stored as "no answer"
            why = question_state.error or translate("Files", "this answer is not allowed")
            problems.append(
                self._problem(row_number, question_state.name, question_state.value, why, instances)
            )
        if problems:
            return RejectedRow(row_number, values, tuple(problems))

        key, interview_uuid = identify()
        elements = tuple(state.answers.get(name) for name in self.code_names)
        code_elements = (
            tuple(str(e) for e in elements)
            if self.code_names and all(e is not None for e in elements)
            else None
        )
        return ParsedInterview(
            row=row_number,
            key=key,
            uuid=interview_uuid,
            site=_text_at(values, plan.site_column),
            interviewer=_text_at(values, plan.interviewer_column),
            interview_date=(
                _date_at(values, plan.date_column)
                or _date_at((state.answers.get(self.date_question or ""),), 0)
                or next(filter(None, (_date_at(values, i) for i in plan.date_fallbacks)), "")
            ),
            records=self._records(state, absent | self.no_column),
            code_elements=code_elements,
            values=values,
            not_available=not_available,
            not_in_version=not_in_version,
            markers_as_choices=markers_as_choices,
            file_version=_version_at(values, self.version_at),
            absent=frozenset(absent),
            left_out=left_out,
            count_notes=tuple(count_notes),
        )

    def _count_place(
        self, row_number: int, key: str, instances: _Instances, *, row: bool
    ) -> tuple[str, str]:
        """(where the number of instances of the repeat at ``key`` is given, the question or
        expression giving it): the count question's cell, in the interviews' table (its row
        named when ``row``) or in the table of the repeat around."""
        name, parent_path = split_key(key)
        repeat = next(r for r in self.questionnaire.repeats() if r.name == name)
        table = _table_place(self.table)
        here = f"{table}, row {row_number}" if row else table
        match = SINGLE_REFERENCE.fullmatch(repeat.repeat_count)
        if match is None:
            return here, repeat.repeat_count
        question = match.group(1)
        if parent_path and (place := instances.places.get(f"{question}[{parent_path}]")):
            return place, question
        return f'{here}, column "{_column_of(self.plan, self.table, question)}"', question

    def _too_many_rows(
        self, row_number: int, key: str, said: int, given: int, instances: _Instances
    ) -> RowProblem:
        """More rows in a repeat's table than its count question allows: the answers in the
        rows beyond it were never asked, so the interview is refused, saying where."""
        name = split_key(key)[0]
        place, counted_by = self._count_place(row_number, key, instances, row=False)
        told = translate(
            "Import",
            '{place} says {said} for "{question}", the number of times the repeat "{repeat}" '
            "is asked, but {table} has {given} row(s) for this interview. Correct the number or "
            "remove the extra rows.",
        ).format(
            place=place,
            said=said,
            question=counted_by,
            repeat=name,
            table=instances.tables.get(name, name),
            given=given,
        )
        return RowProblem(row_number, "", "", told)

    def _count_note(
        self, row_number: int, key: str, said: int, given: int, instances: _Instances
    ) -> str:
        """Fewer rows in a repeat's table than its count question says: the rows are the
        instances (none is made up), and the report says where the two disagree."""
        name = split_key(key)[0]
        place, counted_by = self._count_place(row_number, key, instances, row=True)
        return translate(
            "Import",
            '{place}: "{question}" says {said}, the number of times the repeat "{repeat}" is '
            "asked, but {table} has {given} row(s) for this interview.",
        ).format(
            place=place,
            question=counted_by,
            said=said,
            repeat=name,
            table=instances.tables.get(name, name),
            given=given,
        )

    def _records(self, state, absent: set[str]) -> tuple[AnswerRecord, ...]:
        """The interview's records; those of what the file does not give (see
        :mod:`duodesk.core.repeat_files`) as no answer where they apply."""
        records = [
            record
            for record in records_from_state(self.questionnaire, state, self.stored)
            if record.question not in absent
        ]
        if not self.unknown:
            return tuple(records)
        applied = {  # the unknown repeats this interview was asked about
            r.question
            for r in records
            if r.question in self.unknown and r.status is AnswerStatus.ANSWERED
        }
        return tuple(
            _not_known(record)
            if record.question in applied
            or applied & self.worked_out.get(record.question, frozenset())
            else record
            for record in records
        )

    def _problem(
        self, row_number: int, key: str, value: object, reason: str, instances: _Instances
    ) -> RowProblem:
        """A wrong answer, named where the file has it: an instance's in its repeat's table
        (sheet or file, row, column), others in the interviews' table."""
        place = instances.places.get(key)
        if place is None:
            return RowProblem(
                row_number, _column_of(self.plan, self.table, key), _shown(value), reason
            )
        shown = _shown(value)
        if shown:
            told = translate("Files", '{where}, value "{value}": {reason}').format(
                where=place, value=shown, reason=reason
            )
        else:
            told = translate("Files", "{where}: {reason}").format(where=place, reason=reason)
        return _instance_problem(row_number, told)


def _instance_problem(row_number: int, told: str) -> RowProblem:
    return RowProblem(
        row_number,
        "",
        "",
        translate("Files", "one of its repeat instances has a problem: {problem}").format(
            problem=told
        ),
    )


def _not_known(record: AnswerRecord) -> AnswerRecord:
    """A repeat's number of instances, or a calculation worked out from its instances, when
    the file does not give them: no answer where it applies, never a 0 that would count."""
    if record.status is not AnswerStatus.ANSWERED:
        return record
    return AnswerRecord(record.question, AnswerStatus.NO_ANSWER, instance=record.instance)


def _count_problems(
    values: tuple[object, ...], counted: list[tuple[int, str]], inside: Mapping[str, object]
) -> list[str]:
    """Where a column gives a repeat's number of instances that its own table does not."""
    problems = []
    for index, name in counted:
        said = _shown(values[index]).strip()
        found = inside.get(name, 0)
        if _unanswered(said) or said == str(found):
            continue
        problems.append(
            translate(
                "Files",
                'column "{name}" says {said} instance(s), but the table of {name} has {found} '
                "for this interview",
            ).format(name=name, said=said, found=found)
        )
    return problems


def _unanswered(value: object) -> bool:
    """A cell that holds no answer: blank, or one of the export's markers."""
    return _blank(value) or is_export_marker(value)


def _version_at(values: tuple[object, ...], index: int | None) -> str:
    """The version number a DuoDesk export wrote for the row ("" when none): 2, 2.0 or "2"
    read as "2"."""
    if index is None or index >= len(values) or values[index] is None:
        return ""
    value = values[index]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _joined_location(values: tuple[object, ...], parts: dict[int, int]) -> str:
    """A location from its parts: "latitude longitude [altitude [accuracy]]", or "" when the
    latitude and longitude are both blank. A missing altitude before an accuracy counts as 0,
    as ODK writes it."""
    texts = [_shown(values[parts[i]]).strip() if i in parts else "" for i in range(4)]
    if not texts[0] and not texts[1]:
        return ""
    if texts[3] and not texts[2]:
        texts[2] = "0"
    return " ".join(text for text in texts if text) if all(texts[:2]) else " ".join(texts[:2])


def _read_choice_columns(table, plan, values, row_number, questionnaire, answers, problems):
    """Collect 0/1 ``question/choice`` columns into select_multiple answers."""
    chosen: dict[str, set[str]] = {}
    for index, (question, choice) in plan.choice_columns.items():
        raw = values[index]
        text = _shown(raw).strip().lower()
        if text in EXPORT_MARKERS:
            continue  # the question was not asked: nothing was ticked or left unticked
        if text in ("1", "true", "yes"):
            chosen.setdefault(question.name, set()).add(choice)
        elif text in ("", "0", "false", "no"):
            chosen.setdefault(question.name, set())
        else:
            problems.append(
                RowProblem(
                    row_number,
                    table.header[index],
                    _shown(raw),
                    translate("Files", "should be 1 or 0"),
                )
            )
    for name, names in chosen.items():
        question = questionnaire.question(name)
        choices = questionnaire.choices_for(question)
        assert choices is not None
        combined = set(names)
        if isinstance(answers.get(name), tuple):
            combined |= set(answers[name])
        if combined:
            answers[name] = tuple(c.name for c in choices.choices if c.name in combined)


def _row_identity(values, plan, questionnaire, occurrences) -> tuple[str, uuid.UUID]:
    if plan.id_column is not None and not _blank(values[plan.id_column]):
        raw = _shown(values[plan.id_column]).strip()
        # KoboToolbox writes a bare UUID (_uuid), ODK Central "uuid:..." (instanceID, KEY), in
        # either case: all of them name the same submission, whether or not the id is a UUID.
        if raw[:5].lower() == "uuid:":
            raw = raw[5:].strip()
        try:
            interview_uuid = uuid.UUID(raw)
        except ValueError:
            interview_uuid = uuid.uuid5(uuid.NAMESPACE_URL, f"{questionnaire.form_id}:{raw}")
            return f"{questionnaire.form_id}:id:{raw}"[:200], interview_uuid
        return f"{questionnaire.form_id}:id:{interview_uuid}", interview_uuid
    # No id column: the row's content identifies it, and a running count tells apart rows that
    # are the same to the letter (two people can give the same answers).
    digest = hashlib.sha256(repr(values).encode()).hexdigest()
    occurrences[digest] = occurrences.get(digest, 0) + 1
    key = f"{questionnaire.form_id}:row:{digest}:{occurrences[digest]}"
    return key, uuid.uuid5(uuid.NAMESPACE_URL, key)


def _why_not_asked(questionnaire: Questionnaire, groups: Mapping[str, bool], name: str) -> str:
    """The condition that keeps question ``name`` from being asked: that of the outermost group
    that does not apply, else the question's own."""
    # ``name`` may be a repeat's (its number of instances, inside an outer instance).
    item, parents = next(((i, p) for i, p in questionnaire.walk() if i.name == name), (None, ()))
    for group in parents:
        if not groups.get(group.name, True) and group.relevant:
            return translate(
                "Files", 'it is in the group "{group}", which applies only when {condition}'
            ).format(group=group.name, condition=group.relevant)
    if item is not None and item.relevant.strip():
        return translate("Files", "it applies only when {condition}").format(
            condition=item.relevant
        )
    return translate(
        "Files", "it belongs to an instance of a repeat that is not there for this interview"
    )


def _table_place(table: Table) -> str:
    """A table named in messages: its sheet in a workbook, else its file."""
    if table.sheet:
        return translate("Files", 'sheet "{sheet}"').format(sheet=table.sheet)
    return translate("Files", 'file "{name}"').format(name=table.path.name)


def _column_of(plan: ColumnPlan, table: Table, name: str) -> str:
    """The header of the column that holds question ``name`` (it may carry a group prefix)."""
    for index, question in plan.questions.items():
        if question.name == name:
            return table.header[index]
    return name


# A repeat_count that is one question's answer: ``${people}``.
SINGLE_REFERENCE = re.compile(r"\s*\$\{([^}\s]+)\}\s*")

NOT_AVAILABLE = frozenset({"na", "n/a", "n.a.", "#n/a"})


def _not_available(text: str) -> bool:
    """ "NA", "n/a"...: what spreadsheets and R write for "no value" in a number column."""
    return text.strip().casefold() in NOT_AVAILABLE


def _says_not_in_version(value: object) -> bool:
    return isinstance(value, str) and value.strip().lower() == EXPORT_MARKERS[1]


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple):
        return " ".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _text_at(values: tuple[object, ...], index: int | None) -> str:
    return "" if index is None else _shown(values[index]).strip()


def _date_at(values: tuple[object, ...], index: int | None) -> str:
    if index is None or _blank(values[index]):
        return ""
    value = values[index]
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        # A date cell an xlsx file stores without a date format: Excel's day number.
        if EXCEL_DAYS[0] <= value <= EXCEL_DAYS[1]:
            return (dt.date(1899, 12, 30) + dt.timedelta(days=int(value))).isoformat()
        return ""
    text = _shown(value).strip()
    try:
        # ISO 8601 as ODK and KoboToolbox write it ("2026-07-12T10:22:01.123+03:00"): the date
        # part is the day where the interview took place, whatever the time zone.
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return ""


EXCEL_DAYS = (25569, 73051)  # Excel's day numbers of 1970-01-01 and 2099-12-31
