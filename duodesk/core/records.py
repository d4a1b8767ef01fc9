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
from duodesk.core.questionnaire import Question, Questionnaire, QuestionType
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
    """

    question: str
    status: AnswerStatus
    value: str | None = None
    number: float | None = None
    choices: tuple[str, ...] = ()


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
        question_state = state.states[question.name]
        value = state.answers.get(question.name) if question_state.applicable else None
        records.append(record_for(question, question_state.applicable, value))
    return records


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
