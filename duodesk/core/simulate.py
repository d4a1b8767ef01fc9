"""Made-up interviews that follow a questionnaire's logic, for practice, tests and benchmarks.

Each simulated interview answers the questions in form order as an interviewer would: only the
questions that apply, a valid answer (one that meets the question's constraint) or, now and
then, no answer at all. Nothing here is real data.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterator

from duodesk.core.engine import FormEngine
from duodesk.core.questionnaire import Question, Questionnaire, QuestionType

TRIES = 12


def simulate_answers(
    questionnaire: Questionnaire,
    count: int,
    *,
    seed: int = 1,
    blank_rate: float = 0.1,
    skew: float = 0.0,
) -> Iterator[dict[str, object]]:
    """``count`` interviews' answers (typed values, see :mod:`duodesk.core.values`).

    A question that applies is left blank with probability ``blank_rate`` unless it is
    required. Calculations are left to the engine. ``skew`` 0 chooses answers evenly; above
    0, as in real surveys, some answers are much more common than others (the k-th most
    common, in an order drawn per question, has weight ``exp(-skew * k)``), so that small
    counts appear.
    """
    engine = FormEngine(questionnaire)
    rng = random.Random(seed)
    # A file of one row per interview holds no repeat instances: their questions are left out.
    questions = [q for q in questionnaire.top_level_questions() if q.type.takes_answer]
    weights = _answer_weights(questionnaire, questions, skew, rng) if skew > 0 else {}
    for _ in range(count):
        answers: dict[str, object] = {}
        for question in questions:
            state = engine.evaluate(answers)
            question_state = state.states[question.name]
            if not question_state.applicable:
                continue
            if not question_state.required and rng.random() < blank_rate:
                continue
            for _ in range(TRIES):
                answers[question.name] = _random_value(
                    questionnaire, question, rng, weights.get(question.name)
                )
                checked = engine.evaluate(answers).states[question.name]
                if checked.error is None:
                    break
            else:
                answers.pop(question.name, None)
        yield dict(engine.evaluate(answers).answers)


def _answer_weights(
    questionnaire: Questionnaire, questions: list[Question], skew: float, rng: random.Random
) -> dict[str, list[float]]:
    weights = {}
    for question in questions:
        if question.type in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE):
            size = len(questionnaire.choice_lists[question.list_name].choices)
            ranks = list(range(size))
            rng.shuffle(ranks)
            weights[question.name] = [math.exp(-skew * rank) for rank in ranks]
    return weights


def _random_value(
    questionnaire: Questionnaire,
    question: Question,
    rng: random.Random,
    weights: list[float] | None = None,
) -> object:
    kind = question.type
    if kind is QuestionType.SELECT_ONE:
        choices = questionnaire.choice_lists[question.list_name].choices
        if weights:
            return rng.choices(choices, weights=weights)[0].name
        return rng.choice(choices).name
    if kind is QuestionType.SELECT_MULTIPLE:
        choices = questionnaire.choice_lists[question.list_name].choices
        if weights:
            ticked = [i for i, w in enumerate(weights) if rng.random() < 0.8 * w]
            picked = ticked or [rng.choices(range(len(choices)), weights=weights)[0]]
            return tuple(choices[i].name for i in sorted(picked))
        picked = rng.sample(range(len(choices)), k=rng.randint(1, min(3, len(choices))))
        return tuple(choices[i].name for i in sorted(picked))
    if kind is QuestionType.INTEGER:
        return rng.choice((rng.randint(0, 10), rng.randint(16, 70), rng.randint(0, 5000)))
    if kind is QuestionType.DECIMAL:
        return round(rng.uniform(0, 100), 1)
    if kind is QuestionType.DATE:
        return dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    if kind is QuestionType.TIME:
        return dt.time(rng.randint(8, 18), rng.choice((0, 15, 30, 45)))
    if kind is QuestionType.DATETIME:
        return dt.datetime(2026, 1, 1, 9) + dt.timedelta(hours=rng.randint(0, 5000))
    words = ("support", "waiting", "staff", "kind", "far", "bus", "clinic", "worried", "good")
    return " ".join(rng.choice(words) for _ in range(rng.randint(2, 8)))


def write_responses_csv(
    questionnaire: Questionnaire,
    interviews: Iterator[dict[str, object]],
    path,
    *,
    choice_columns: bool = False,
    with_ids: bool = True,
    site: str = "",
) -> int:
    """Write interviews as ODK/KoboToolbox export them (one column per question, ``_uuid``);
    ``choice_columns`` adds 0/1 ``question/choice`` columns instead of the space-separated
    answer. Returns the number of rows written."""
    import csv
    import uuid

    from duodesk.core.values import to_text

    # A file of one row per interview holds no repeat instances: their questions are left out.
    questions = [q for q in questionnaire.top_level_questions() if q.type.takes_answer]
    header: list[str] = ["_uuid"] if with_ids else []
    header += ["_site"] if site else []
    for question in questions:
        if choice_columns and question.type is QuestionType.SELECT_MULTIPLE:
            choices = questionnaire.choice_lists[question.list_name].choices
            header += [f"{question.name}/{c.name}" for c in choices]
        else:
            header.append(question.name)
    rows = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for answers in interviews:
            row: list[str] = [str(uuid.uuid4())] if with_ids else []
            row += [site] if site else []
            for question in questions:
                value = answers.get(question.name)
                if choice_columns and question.type is QuestionType.SELECT_MULTIPLE:
                    choices = questionnaire.choice_lists[question.list_name].choices
                    chosen = set(value or ())
                    blank = value is None
                    row += ["" if blank else str(int(c.name in chosen)) for c in choices]
                else:
                    row.append("" if value is None else to_text(question, value))
            writer.writerow(row)
            rows += 1
    return rows
