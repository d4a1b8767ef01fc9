"""What the coding screen asks of the project. Plain functions, no Qt: each runs on the
project worker, opens its own session and returns a frozen value.

A coding change alters what Results and exports count (the themes variable), so it is
announced as interviews changed for the questionnaire, and open Results windows refresh.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from duodesk.analysis.catalogue import load_catalogue
from duodesk.analysis.themes import Agreement, agreement
from duodesk.core.questionnaire import QuestionType
from duodesk.storage import themes as store
from duodesk.storage.audit import record_event
from duodesk.storage.changes import Changes
from duodesk.storage.database import Database


@dataclass(frozen=True)
class CodingData:
    """Everything the screen shows for one question and one coder."""

    form_id: str
    questions: tuple[tuple[str, str], ...]  # the written-answer questions: (name, label)
    question: str  # "" when the questionnaire has none
    coder: str
    themes: tuple[store.ThemeInfo, ...]
    counts: dict[int, int]  # per theme id: answers this coder gave it
    answers: tuple[store.AnswerToCode, ...]
    coders: tuple[str, ...]  # second coders so far
    # Written-answer questions the questionnaire marks as identifying: (name, label). They are
    # not offered for coding, and the screen says so.
    identifying: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Saved:
    changes: Changes


def load_coding(
    database: Database, form_id: str, question: str = "", coder: str = ""
) -> CodingData:
    """The written-answer questions of ``form_id`` and ``coder``'s coding of ``question``
    (default: the first written-answer question)."""
    with database.read_session() as session:
        catalogue = load_catalogue(session, form_id)
        written = [i for i in catalogue.questions.values() if i.type is QuestionType.TEXT]
        questions = tuple((i.name, i.label) for i in written if not i.question.identifying)
        identifying = tuple((i.name, i.label) for i in written if i.question.identifying)
        names = [name for name, _ in questions]
        if question not in names:
            question = names[0] if names else ""
        if not question:
            return CodingData(form_id, questions, "", coder, (), {}, (), (), identifying)
        # The coder's own counts: a second coder never sees the main coding's.
        answers = store.answers_to_code(session, form_id, question, coder)
        return CodingData(
            form_id,
            questions,
            question,
            coder,
            store.list_themes(session, form_id, question),
            dict(Counter(t for answer in answers for t in answer.themes)),
            answers,
            store.coders(session, form_id, question),
            identifying,
        )


def _saved(form_id: str) -> Saved:
    return Saved(Changes(frozenset({form_id}), interviews_changed=True))


def code_answer(
    database: Database,
    form_id: str,
    question: str,
    interview_id: int,
    themes: Collection[int],
    *,
    not_codable: bool = False,
    coder: str = "",
) -> Saved:
    with database.session() as session:
        store.code_answer(
            session,
            form_id,
            question,
            interview_id,
            themes,
            not_codable=not_codable,
            coder=coder,
            coded_by=coder,
        )
    return _saved(form_id)


def add_theme(database: Database, form_id: str, question: str, label: str) -> Saved:
    with database.session() as session:
        store.add_theme(session, form_id, question, label)
    return _saved(form_id)


def rename_theme(database: Database, form_id: str, theme_id: int, label: str) -> Saved:
    with database.session() as session:
        store.rename_theme(session, theme_id, label)
    return _saved(form_id)


def describe_theme(database: Database, form_id: str, theme_id: int, description: str) -> Saved:
    with database.session() as session:
        store.describe_theme(session, theme_id, description)
    return _saved(form_id)


def merge_themes(database: Database, form_id: str, keep_id: int, absorbed_id: int) -> Saved:
    with database.session() as session:
        store.merge_themes(session, keep_id, absorbed_id)
    return _saved(form_id)


def load_agreement(database: Database, form_id: str, question: str, coder: str) -> Agreement:
    return agreement(database, form_id, question, coder)


def settle(
    database: Database,
    form_id: str,
    question: str,
    interview_id: int,
    themes: Collection[int],
    *,
    not_codable: bool = False,
    second_coder: str = "",
) -> Saved:
    """Settle a disagreement between the main coding and ``second_coder``'s: the answer gets,
    in the main coding, exactly ``themes`` (both coders' themes, or either's) or not
    codable. Keeping no theme means the answer fits none: it is saved as not codable. The
    main coding before the first settling is kept apart, so that agreement stays the blind
    one. The decision goes into the audit trail (theme names, never the answer)."""
    not_codable = not_codable or not themes
    with database.session() as session:
        store.keep_blind_coding(session, question, interview_id)
        store.code_answer(session, form_id, question, interview_id, themes, not_codable=not_codable)
        labels = {t.id: t.label for t in store.list_themes(session, form_id, question)}
        record_event(
            session,
            "coding_settled",
            subject=f"{form_id}/{question}",
            details={
                "interview": interview_id,
                "second coder": second_coder,
                "themes": sorted(labels[t] for t in themes),
                "not codable": not_codable,
            },
        )
    return _saved(form_id)
