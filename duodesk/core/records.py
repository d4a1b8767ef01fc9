"""What is stored for one interview: a status and a value for every question.

Whether a question was answered, applied but was left blank, or did not apply (skipped by the
questionnaire's logic) is decided here, from the form engine's state, when an interview is saved;
nothing later has to guess it.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Sequence
from dataclasses import dataclass

from duodesk.core.engine import FormState
from duodesk.core.questionnaire import (
    Question,
    Questionnaire,
    QuestionType,
    Repeat,
    answer_key,
    split_key,
)
from duodesk.core.values import to_text


class AnswerStatus(enum.IntEnum):
    ANSWERED = 1
    NO_ANSWER = 2  # the question applied, but was left blank
    NOT_APPLICABLE = 3  # skipped by the questionnaire's logic ("Not asked")


@dataclass(frozen=True)
class AnswerRecord:
    """One question of one interview, ready to store.

    ``value`` is the canonical text of the answer (see :mod:`duodesk.core.values`), None unless
    answered; ``number`` is set for numeric answers and numeric calculations so that SQL can
    compute with it; ``choices`` lists the options of a ``select_multiple`` answer.
    ``instance`` is ``""`` outside repeats, else the repeat instance (``"2"``, ``"2.3"``);
    a repeat's own record (its name as ``question``) holds its number of instances there.
    ``removed``: the instance no longer exists, and its stored row is to be deleted.
    """

    question: str
    status: AnswerStatus
    value: str | None = None
    number: float | None = None
    choices: tuple[str, ...] = ()
    instance: str = ""
    removed: bool = False

    @property
    def key(self) -> str:
        """The record's :func:`~duodesk.core.questionnaire.answer_key` (``dose[2]``)."""
        return answer_key(self.question, self.instance)


@dataclass(frozen=True)
class AttachedFile:
    """A file attached in entry to the answer of ``question`` (whose answer is ``file_name``);
    ``content`` None removes what was attached."""

    question: str
    file_name: str
    content: bytes | None


def is_stored(question: Question) -> bool:
    """Notes carry no answer, and a phone's audit log is not data; everything else,
    calculations included, is stored."""
    return question.type not in (QuestionType.NOTE, QuestionType.AUDIT)


def records_from_state(
    questionnaire: Questionnaire,
    state: FormState,
    stored: Sequence[Question] | None = None,
) -> list[AnswerRecord]:
    """One record per stored question of ``questionnaire``, in form order.

    ``stored`` may pass :func:`stored_questions` worked out once, when called for many rows.
    """
    records = []
    for question in stored if stored is not None else stored_questions(questionnaire):
        if questionnaire.repeats_of(question.name):
            continue  # below, instance by instance
        question_state = state.states[question.name]
        value = state.answers.get(question.name) if question_state.applicable else None
        records.append(record_for(question, question_state.applicable, value))
    if questionnaire.has_repeats:
        wanted = {q.name for q in stored} if stored is not None else None
        records += repeat_records(questionnaire, state, wanted)
    return records


def repeat_records(
    questionnaire: Questionnaire, state: FormState, wanted: set[str] | None = None
) -> list[AnswerRecord]:
    """The records of the repeats: each repeat's number of instances where it stands, and
    each stored question of every instance (``wanted``: only these questions)."""
    records = []
    for repeat in questionnaire.repeats():
        chain = questionnaire.repeats_of(repeat.name)
        parents = state.instances.get(chain[-1].name, ()) if chain else ("",)
        for parent in parents:
            key = answer_key(repeat.name, parent)
            applies = state.groups.get(key, False)
            records.append(
                count_record(repeat, parent, state.answers.get(key) if applies else None)
            )
    for key, question_state in state.states.items():
        name, instance = split_key(key)
        if not instance:
            continue
        question = questionnaire.question(name)
        if not is_stored(question) or (wanted is not None and name not in wanted):
            continue
        value = state.answers.get(key) if question_state.applicable else None
        records.append(
            with_instance(record_for(question, question_state.applicable, value), instance)
        )
    return records


def count_record(repeat: Repeat, parent: str, count: object | None) -> AnswerRecord:
    """A repeat's number of instances within ``parent`` (None: the repeat does not apply)."""
    if count is None:
        return AnswerRecord(repeat.name, AnswerStatus.NOT_APPLICABLE, instance=parent)
    number = int(count)  # type: ignore[call-overload]
    return AnswerRecord(repeat.name, AnswerStatus.ANSWERED, str(number), float(number), (), parent)


def with_instance(record: AnswerRecord, instance: str) -> AnswerRecord:
    return AnswerRecord(
        record.question, record.status, record.value, record.number, record.choices, instance
    )


def stored_questions(questionnaire: Questionnaire) -> list[Question]:
    return [question for question in questionnaire.questions() if is_stored(question)]


def record_for(question: Question, applicable: bool, value: object) -> AnswerRecord:
    if not applicable:
        return AnswerRecord(question.name, AnswerStatus.NOT_APPLICABLE)
    if value is None or value == "" or value == () or _is_nan(value):
        return AnswerRecord(question.name, AnswerStatus.NO_ANSWER)
    text = to_text(question, value)
    number = _number(value)
    choices = tuple(value) if question.type is QuestionType.SELECT_MULTIPLE else ()
    return AnswerRecord(question.name, AnswerStatus.ANSWERED, text, number, choices)


def _is_nan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    return None


@dataclass(frozen=True)
class FormChange:
    """What changed since the last report, ready to be saved.

    ``records`` are the stored questions whose status or value changed (participant-code
    questions are never among them); ``current_question`` is the first question of the page on
    screen; ``code_elements`` is set, in the order the form's settings list them, when every
    participant-code question has an answer and one of them has just changed. ``attachments``
    are the files attached (or removed) since the last report. ``skipped_for_now`` are the
    questions the interviewer skipped for now so far (all of them), kept with a draft.
    """

    records: tuple[AnswerRecord, ...]
    current_question: str
    code_elements: tuple[str, ...] | None = None
    attachments: tuple[AttachedFile, ...] = ()
    skipped_for_now: tuple[str, ...] = ()
