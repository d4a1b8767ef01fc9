"""Themes as a multiple-response variable, coders' agreement, and quotes for a report.

The main coding of a text question ``Q`` becomes the variable ``Q_themes``: a "several
answers" question whose options are the themes. It is counted like any ``select_multiple``:
an interview *answered* it when its written answer was given at least one theme; it was *not
applicable* when ``Q`` itself did not apply; otherwise (no written answer, not coded yet, or
not codable) it is *missing*.

Cohen's kappa is computed here from its definition (a few lines; scikit-learn would be a
heavy dependency for it): for one theme, over the answers both coders decided on,
``(p_o - p_e) / (1 - p_e)`` with ``p_o`` the share of answers where both gave the theme or
both did not, and ``p_e`` the agreement expected by chance from each coder's own share.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from duodesk.analysis.deidentify import deidentified, questionnaire_words
from duodesk.analysis.results import QuestionSummary
from duodesk.analysis.tables import Category, combinations_table, multiple_response_table
from duodesk.core.questionnaire import Question, QuestionType
from duodesk.exports.disclosure import DEFAULT_THRESHOLD
from duodesk.i18n import QT_TRANSLATE_NOOP, translate
from duodesk.storage.database import Database
from duodesk.storage.disclosure_policy import required_threshold
from duodesk.storage.models import Answer, AuditRecord, ThemeCode
from duodesk.storage.questionnaires import latest_version
from duodesk.storage.themes import (
    BLIND_MAIN_CODER,
    MAIN_CODER,
    THEMES_SUFFIX,
    ThemeInfo,
    answers_to_code,
    coded_questions,
    identifying_question,
    list_themes,
)

ANSWERED, NO_ANSWER, NOT_APPLICABLE = 1, 2, 3  # duodesk.core.records.AnswerStatus

__all__ = [
    "Agreement",
    "ThemeAgreement",
    "ThemeQuotes",
    "agreement",
    "cohen_kappa",
    "theme_quotes",
    "theme_variables",
]


@dataclass(frozen=True)
class ThemeVariable:
    """``question``'s themes seen as the variable ``name`` (``question`` + "_themes")."""

    name: str
    question: str
    themes: tuple[ThemeInfo, ...]

    @property
    def categories(self) -> tuple[Category, ...]:
        return tuple(Category(t.name, t.label) for t in self.themes)

    def as_question(self, label: str) -> Question:
        return Question(
            name=self.name,
            type=QuestionType.SELECT_MULTIPLE,
            label={"": translate("Analysis", "{question}: themes").format(question=label)},
        )


def theme_variables(session: Session, form_id: str) -> dict[str, ThemeVariable]:
    """The text questions of ``form_id`` that have themes, by question name."""
    return {
        question: ThemeVariable(
            question + THEMES_SUFFIX, question, list_themes(session, form_id, question)
        )
        for question in sorted(coded_questions(session, form_id))
    }


def themes_summary(
    session: Session,
    variable: ThemeVariable,
    label: str,
    group: str,
    chosen: Select,
    interviews: int,
) -> QuestionSummary:
    """The multiple-response table of ``variable`` over the interviews ``chosen`` (a
    selection of interview ids, ``interviews`` of them)."""
    question = variable.question
    ids = chosen.subquery()
    statuses = dict(
        session.execute(
            select(Answer.status, func.count())
            .join(ids, ids.c.id == Answer.interview_id)
            .where(Answer.question == question)
            .group_by(Answer.status)
        ).all()
    )
    given: dict[int, list[str]] = defaultdict(list)
    names = {t.id: t.name for t in variable.themes}
    for interview_id, theme_id in session.execute(
        select(ThemeCode.interview_id, ThemeCode.theme_id)
        .join(ids, ids.c.id == ThemeCode.interview_id)
        .join(
            Answer,
            (Answer.interview_id == ThemeCode.interview_id) & (Answer.question == question),
        )
        .where(
            ThemeCode.question == question,
            ThemeCode.coder == MAIN_CODER,
            Answer.status == ANSWERED,
        )
    ):
        given[interview_id].append(names[theme_id])
    order = {t.name: i for i, t in enumerate(variable.themes)}
    ticks: dict[str, int] = defaultdict(int)
    combinations: dict[str, int] = defaultdict(int)
    for themes in given.values():
        themes.sort(key=order.__getitem__)
        for name in themes:
            ticks[name] += 1
        combinations[" ".join(themes)] += 1
    answered = len(given)
    not_applicable = statuses.get(NOT_APPLICABLE, 0)
    asked = statuses.get(ANSWERED, 0) + statuses.get(NO_ANSWER, 0)
    options, responses = multiple_response_table(variable.categories, ticks, answered, interviews)
    combination_rows, _ = combinations_table(variable.categories, combinations, answered)
    return QuestionSummary(
        name=variable.name,
        label=label,
        type=QuestionType.SELECT_MULTIPLE.value,
        interviews=interviews,
        asked=asked,
        not_applicable=not_applicable,
        answered=answered,
        missing=asked - answered,
        not_in_version=max(0, interviews - asked - not_applicable),
        valid=answered,
        group=group,
        options=options,
        responses=responses,
        combinations=combination_rows,
    )


# -- agreement between two coders ---------------------------------------------------------


def cohen_kappa(first: list[bool], second: list[bool]) -> float | None:
    """Cohen's kappa of two coders' yes/no decisions on the same answers (same order).

    None when it is undefined: no answers, or both coders gave the same decision to every
    answer (chance agreement is then 1).
    """
    if len(first) != len(second):
        raise ValueError(translate("Analysis", "Both coders must decide on the same answers."))
    n = len(first)
    if n == 0:
        return None
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    yes_first, yes_second = sum(first) / n, sum(second) / n
    expected = yes_first * yes_second + (1 - yes_first) * (1 - yes_second)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


@dataclass(frozen=True)
class ThemeAgreement:
    theme: str  # label
    both: int  # answers both coders gave the theme
    first_only: int
    second_only: int
    neither: int
    percent: float | None  # of the answers both coded, where they agreed on this theme
    kappa: float | None  # None: undefined (see cohen_kappa)


@dataclass(frozen=True)
class Disagreement:
    interview_id: int
    text: str
    first: tuple[str, ...]  # theme labels, or ("Not codable",)
    second: tuple[str, ...]
    second_ids: frozenset[int] = frozenset()  # the second coder's themes, to settle on them
    second_not_codable: bool = False
    first_ids: frozenset[int] = frozenset()  # the main coding's themes
    first_not_codable: bool = False
    # The coding both coders settled on (theme labels, or ("Not codable",)); None: not yet.
    settled: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Agreement:
    """How the main coding and ``second_coder``'s agree on the answers both decided on."""

    second_coder: str
    answers: int  # coded by both
    identical: int  # answers given exactly the same themes (or both not codable)
    themes: tuple[ThemeAgreement, ...]
    disagreements: tuple[Disagreement, ...]

    @property
    def percent_identical(self) -> float | None:
        return 100.0 * self.identical / self.answers if self.answers else None


NOT_CODABLE = QT_TRANSLATE_NOOP("Analysis", "Not codable")


def agreement(database: Database, form_id: str, question: str, second_coder: str) -> Agreement:
    """The main coding of ``question`` against ``second_coder``'s, per theme and overall,
    with every answer they coded differently. The main coding of an answer whose difference
    was settled is compared as it was before settling (kept apart then), so that agreement
    stays the blind agreement; such an answer stays in the list, marked settled."""
    with database.read_session() as session:
        themes = list_themes(session, form_id, question)
        now = {a.interview_id: a for a in answers_to_code(session, form_id, question) if a.coded}
        blind = {
            a.interview_id: a
            for a in answers_to_code(session, form_id, question, BLIND_MAIN_CODER)
            if a.coded
        }
        first = {i: blind.get(i, answer) for i, answer in now.items()}
        settled = _settled_with(session, form_id, question, second_coder)
        second = {
            a.interview_id: a
            for a in answers_to_code(session, form_id, question, second_coder)
            if a.coded
        }
    both = [i for i in first if i in second]
    labels = {t.id: t.label for t in themes}

    def described(answer) -> tuple[str, ...]:
        if answer.not_codable:
            return (translate("Analysis", NOT_CODABLE),)
        return tuple(labels[t.id] for t in themes if t.id in answer.themes)

    rows = []
    for theme in themes:
        a = [theme.id in first[i].themes for i in both]
        b = [theme.id in second[i].themes for i in both]
        pairs = list(zip(a, b, strict=True))
        agreed = sum(x == y for x, y in pairs)
        rows.append(
            ThemeAgreement(
                theme=theme.label,
                both=sum(x and y for x, y in pairs),
                first_only=sum(x and not y for x, y in pairs),
                second_only=sum(y and not x for x, y in pairs),
                neither=sum(not x and not y for x, y in pairs),
                percent=100.0 * agreed / len(pairs) if pairs else None,
                kappa=cohen_kappa(a, b),
            )
        )
    differences = tuple(
        Disagreement(
            i,
            first[i].text,
            described(first[i]),
            described(second[i]),
            second[i].themes,
            second[i].not_codable,
            first[i].themes,
            first[i].not_codable,
            described(now[i]) if i in settled else None,
        )
        for i in both
        if described(first[i]) != described(second[i])
    )
    return Agreement(
        second_coder=second_coder,
        answers=len(both),
        identical=len(both) - len(differences),
        themes=tuple(rows),
        disagreements=differences,
    )


def _settled_with(session: Session, form_id: str, question: str, second_coder: str) -> set[int]:
    """The interviews whose answer to ``question`` was settled with ``second_coder``, read
    from the audit trail's ``coding_settled`` events."""
    found = set()
    for (details,) in session.execute(
        select(AuditRecord.details).where(
            AuditRecord.action == "coding_settled",
            AuditRecord.subject == f"{form_id}/{question}",
        )
    ):
        event = json.loads(details or "{}")
        if event.get("second coder") == second_coder and isinstance(event.get("interview"), int):
            found.add(event["interview"])
    return found


# -- quotes -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ThemeQuotes:
    """The answers coded with one theme, for quoting: the words only (no site, date,
    interviewer or interview), in alphabetical order so that their order tells nothing about
    when or where they were said.

    ``hidden`` is True when fewer people than the disclosure threshold hold the theme: then
    ``quotes`` is empty unless the caller asked for small themes too.
    """

    theme: str
    description: str
    people: int
    quotes: tuple[str, ...]
    hidden: bool
    #: The number of people at or under which a theme's quotes are held back.
    limit: int = 0
    #: True when the question is marked identifying: nothing of it is ever quoted.
    identifying: bool = False


def theme_quotes(
    database: Database,
    form_id: str,
    question: str,
    *,
    threshold: int | None = None,
    show_small_themes: bool = False,
) -> tuple[ThemeQuotes, ...]:
    """Per theme of ``question`` (main coding), the written answers coded with it.

    A theme held by ``threshold`` people or fewer (default: the exports' default threshold,
    :data:`duodesk.exports.disclosure.DEFAULT_THRESHOLD`) keeps its quotes back unless
    ``show_small_themes`` (a coordinator's choice). The threshold can be raised here, never
    lowered below the project's required one (see :mod:`duodesk.storage.disclosure_policy`).
    A question marked identifying in the questionnaire is never quoted, and the others are
    quoted with names and numbers taken out (:mod:`duodesk.analysis.deidentify`).
    """
    with database.read_session() as session:
        required = required_threshold(session) or 0
        asked = DEFAULT_THRESHOLD if threshold is None else threshold
        limit = max(required, asked)
        # Answers to a question the questionnaire marks as identifying are never read here.
        identifying = identifying_question(session, form_id, question)
        themes = list_themes(session, form_id, question)
        answers = () if identifying else answers_to_code(session, form_id, question)
        newest = latest_version(session, form_id)
    known = questionnaire_words(newest.questionnaire) if newest else set()
    known |= {word for theme in themes for word in theme.label.split()}
    result = []
    for theme in themes:
        texts = sorted(
            (deidentified(a.text.strip(), known) for a in answers if theme.id in a.themes),
            key=str.casefold,
        )
        hidden = identifying or (0 < len(texts) <= limit and not show_small_themes)
        result.append(
            ThemeQuotes(
                theme=theme.label,
                description=theme.description,
                people=len(texts),
                quotes=() if hidden else tuple(texts),
                hidden=hidden,
                limit=limit,
                identifying=identifying,
            )
        )
    return tuple(result)
