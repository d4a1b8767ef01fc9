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
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

from duodesk.core.engine import FormEngine
from duodesk.core.questionnaire import Question, Questionnaire, QuestionType
from duodesk.core.records import AnswerRecord, records_from_state, stored_questions
from duodesk.core.tabular import Table
from duodesk.core.values import AnswerError, parse_answer

ID_COLUMNS = ("_uuid", "meta/instanceid", "meta-instanceid", "instanceid", "key")
SITE_COLUMNS = ("_site",)
INTERVIEWER_COLUMNS = ("_interviewer",)
DATE_COLUMNS = ("_date",)
# Where else an export says when the interview was: the end, start or day of the interview (ODK
# metadata), else when it reached the server. In this order of preference.
DATE_FALLBACK_TYPES = (QuestionType.END, QuestionType.START, QuestionType.TODAY)
DATE_FALLBACK_COLUMNS = ("end", "start", "today", "_submission_time", "submissiondate")
# What DuoDesk's own exports write in a question's cell when there is no answer to give: the
# question was skipped by the logic, or the interview's questionnaire version did not have it
# (duodesk.exports.layout.NOT_ASKED / NOT_IN_VERSION). Read back as "no answer given".
EXPORT_MARKERS = ("not asked", "not in version")
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
        "meta/deprecatedid",
        "meta/instancename",
        "meta-instancename",
    }
)


@dataclass(frozen=True)
class RowProblem:
    """A value in a response file that cannot be stored."""

    row: int
    column: str
    value: str
    reason: str

    def __str__(self) -> str:
        shown = self.value if len(self.value) <= 40 else self.value[:37] + "..."
        where = f'row {self.row}, column "{self.column}"' if self.column else f"row {self.row}"
        return (
            f'{where}, value "{shown}": {self.reason}' if self.value else f"{where}: {self.reason}"
        )


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
    # Columns that date the interview when ``date_column`` is missing or blank, best first.
    date_fallbacks: list[int] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)  # header problems (row 1)


def plan_columns(header: tuple[str, ...], questionnaire: Questionnaire) -> ColumnPlan:
    """Match each header cell to a question, a choice of a question, or an interview detail."""
    plan = ColumnPlan()
    by_name = {q.name: q for q in questionnaire.questions() if q.type is not QuestionType.NOTE}
    seen: dict[str, int] = {}
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
                setattr(plan, attribute, index)
                break
        else:
            target = _match_header(name, by_name, questionnaire)
            if target is None:
                if lowered not in TOOL_COLUMNS | set(DATE_FALLBACK_COLUMNS) and name not in by_name:
                    plan.ignored.append(name)
                continue
            question, choice = target
            key = f"{question.name}/{choice}" if choice else question.name
            if key in seen:
                plan.problems.append(RowProblem(1, name, "", f"the column for {key} appears twice"))
                continue
            seen[key] = index
            if choice:
                plan.choice_columns[index] = (question, choice)
            else:
                plan.questions[index] = question
    plan.date_fallbacks = _date_fallbacks(header, plan)
    return plan


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


def _match_header(
    name: str, by_name: dict[str, Question], questionnaire: Questionnaire
) -> tuple[Question, str] | None:
    """(question, "") for an answer column, (question, choice) for a 0/1 choice column."""
    if name in by_name:
        return by_name[name], ""
    for separator in ("/", "-", "."):
        parts = name.split(separator)
        # question/choice first: a choice may share its name with another question
        # ("debts/council_tax_debt" beside a question "council_tax_debt").
        if len(parts) >= 2 and parts[-2] in by_name:
            question = by_name[parts[-2]]
            choices = questionnaire.choices_for(question)
            if (
                question.type is QuestionType.SELECT_MULTIPLE
                and choices is not None
                and choices.choice(parts[-1]) is not None
            ):
                return question, parts[-1]
        # Group prefixes: keep the last part (or the last two, for question/choice).
        if parts[-1] in by_name and len(parts) > 1:
            return by_name[parts[-1]], ""
        if len(parts) >= 2 and parts[-2] in by_name:
            question = by_name[parts[-2]]
            choices = questionnaire.choices_for(question)
            if (
                question.type is QuestionType.SELECT_MULTIPLE
                and choices is not None
                and choices.choice(parts[-1]) is not None
            ):
                return question, parts[-1]
    return None


def iter_interviews(
    table: Table, questionnaire: Questionnaire, plan: ColumnPlan
) -> Iterator[ParsedInterview | RejectedRow]:
    """Each data row of ``table`` as a :class:`ParsedInterview`, or a :class:`RejectedRow`
    listing every problem in it."""
    engine = FormEngine(questionnaire)
    code_names = tuple(questionnaire.settings.participant_code)
    stored = [q for q in stored_questions(questionnaire) if q.name not in code_names]
    occurrences: dict[str, int] = {}
    multi_from_columns = {q.name for q, _ in plan.choice_columns.values()}
    answer_columns = [  # worked out once: (column, question, its choices, 0/1 columns too)
        (index, question, questionnaire.choices_for(question), question.name in multi_from_columns)
        for index, question in plan.questions.items()
        # calculations are recomputed and metadata filled in by DuoDesk, not taken from the file
        if not (question.type is QuestionType.CALCULATE or question.type.is_metadata)
    ]
    for row_number, values in table.rows():
        problems: list[RowProblem] = []
        answers: dict[str, object] = {}
        written_markers: dict[str, str] = {}  # text questions whose cell is a marker
        for index, question, choices, also_columns in answer_columns:
            raw = values[index]
            if also_columns:
                # The 0/1 columns say it all (and the answer column may hold labels).
                continue
            if _is_marker(raw):
                if question.type is QuestionType.TEXT:
                    written_markers[question.name] = raw.strip()
                continue
            try:
                value = parse_answer(question, raw, choices)
            except AnswerError as error:
                value = _choice_by_label(question, raw, choices)
                if value is None:
                    problems.append(
                        RowProblem(row_number, table.header[index], _shown(raw), str(error))
                    )
                    continue
            if value is not None:
                answers[question.name] = value
        _read_choice_columns(table, plan, values, row_number, questionnaire, answers, problems)

        state = engine.evaluate(answers)
        if written_markers:
            # "not asked" in a question that applies is somebody's written answer.
            kept = {
                name: text
                for name, text in written_markers.items()
                if name in state.states and state.states[name].applicable
            }
            if kept:
                answers.update(kept)
                state = engine.evaluate(answers)
        for name in state.cleared:
            condition = questionnaire.question(name).relevant or "its group applies"
            problems.append(
                RowProblem(
                    row_number,
                    _column_of(plan, table, name),
                    _shown(answers.get(name)),
                    "answered, but by the questionnaire's logic this question is not asked here "
                    f"(it applies only when {condition})",
                )
            )
        for question_state in state.errors():
            if question_state.value is None:
                continue  # a required answer left blank is stored as "no answer"
            problems.append(
                RowProblem(
                    row_number,
                    _column_of(plan, table, question_state.name),
                    _shown(question_state.value),
                    question_state.error or "this answer is not allowed",
                )
            )
        if problems:
            yield RejectedRow(row_number, values, tuple(problems))
            continue

        key, interview_uuid = _row_identity(values, plan, questionnaire, occurrences)
        elements = tuple(state.answers.get(name) for name in code_names)
        code_elements = (
            tuple(str(e) for e in elements)
            if code_names and all(e is not None for e in elements)
            else None
        )
        yield ParsedInterview(
            row=row_number,
            key=key,
            uuid=interview_uuid,
            site=_text_at(values, plan.site_column),
            interviewer=_text_at(values, plan.interviewer_column),
            interview_date=next(
                filter(
                    None, (_date_at(values, i) for i in (plan.date_column, *plan.date_fallbacks))
                ),
                "",
            ),
            records=tuple(records_from_state(questionnaire, state, stored)),
            code_elements=code_elements,
            values=values,
        )


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
                RowProblem(row_number, table.header[index], _shown(raw), "should be 1 or 0")
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
        try:
            # KoboToolbox writes a bare UUID (_uuid), ODK Central "uuid:..." (instanceID, KEY),
            # in either case: all of them name the same submission.
            interview_uuid = uuid.UUID(raw[5:] if raw[:5].lower() == "uuid:" else raw)
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


def _column_of(plan: ColumnPlan, table: Table, name: str) -> str:
    """The header of the column that holds question ``name`` (it may carry a group prefix)."""
    for index, question in plan.questions.items():
        if question.name == name:
            return table.header[index]
    return name


def _is_marker(value: object) -> bool:
    return isinstance(value, str) and value.strip().lower() in EXPORT_MARKERS


def _choice_by_label(question: Question, raw: object, choices) -> object:
    """A choice question's answer written as its label(s), as DuoDesk exports it with labels
    ("Female"; several as "City; Regional"); None when the text names no choice. A choice's
    name always wins over another's label (see :func:`parse_answer`)."""
    if choices is None or not isinstance(raw, str) or not raw.strip():
        return None
    by_label: dict[str, str] = {}
    for choice in choices.choices:
        for label in choice.label.values():
            by_label.setdefault(label.strip().casefold(), choice.name)
    whole = by_label.get(raw.strip().casefold())
    if question.type is QuestionType.SELECT_ONE:
        return whole
    if question.type is not QuestionType.SELECT_MULTIPLE:
        return None
    if whole is not None:
        return (whole,)
    names = [by_label.get(part.strip().casefold()) for part in raw.split(";")]
    if None in names:
        return None
    chosen = set(names)
    return tuple(c.name for c in choices.choices if c.name in chosen)


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
