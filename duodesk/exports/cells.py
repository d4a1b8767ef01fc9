"""A question's counts as cells of the workbook's disclosure system, with the relations a
reader knows between them within the question's own table (see :mod:`duodesk.exports.linked`
for the system, :mod:`duodesk.exports.relations` for those between questions).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from duodesk.analysis import QuestionSummary
from duodesk.exports.linked import Relation


@dataclass
class Cells:
    """A block's counts before they are shown: ``counts[i]`` with the relations between them
    (``local`` indices), ``roles`` naming some of them for the skip-logic relations."""

    counts: list[int]
    relations: list[Relation]
    roles: dict[str, int]
    total_at: int
    upper: dict[int, float] = field(default_factory=dict)
    #: what each count is ("option:x", "answered", ...), the same in every summary of the
    #: question, so that the same cell of two parts of a survey can be found
    keys: list[str] = field(default_factory=list)


def _choice_cells(question: QuestionSummary) -> Cells:
    options = question.options if question.type == "select_one" else question.bins
    valid_options = [o for o in options if not o.is_missing_code]
    missing_codes = [o for o in options if o.is_missing_code]
    # counts: valid options, valid total, missing codes, answered, no answer, not asked,
    # not in version, not available, interviews
    counts = [o.count for o in valid_options]
    valid_at = len(counts)
    counts.append(sum(o.count for o in valid_options) if options else question.answered)
    codes_at = len(counts)
    counts += [o.count for o in missing_codes]
    answered_at = len(counts)
    counts += [
        question.answered,
        question.missing,
        question.not_applicable,
        question.not_in_version,
        question.missing + question.not_applicable + question.not_in_version,
        question.interviews,
    ]
    na_at, total_at = answered_at + 4, answered_at + 5
    relations = [
        Relation.adds_up((*range(codes_at, answered_at), valid_at), answered_at),
        Relation.adds_up((answered_at + 1, answered_at + 2, answered_at + 3), na_at),
        Relation.adds_up((answered_at, na_at), total_at),
    ]
    if options:
        relations.append(Relation.adds_up(range(valid_at), valid_at))
    roles = {"answered": answered_at, "no_answer": answered_at + 1, "valid": valid_at}
    if question.type == "select_one":
        roles.update({f"option:{o.name}": i for i, o in enumerate(valid_options)})
        roles.update({f"option:{o.name}": codes_at + j for j, o in enumerate(missing_codes)})
    keys = [f"option:{o.name}" for o in valid_options] + ["valid"]
    keys += [f"option:{o.name}" for o in missing_codes] + list(_STATUS_KEYS)
    return Cells(counts, relations, roles, total_at, keys=keys)


_STATUS_KEYS = ("answered", "no_answer", "not_asked", "not_in_version", "not_available", "all")


def _multiple_cells(question: QuestionSummary) -> Cells:
    options = question.options
    k = len(options)
    counts = [o.count for o in options]
    counts += [
        question.responses,
        question.answered,
        question.missing,
        question.not_applicable,
        question.not_in_version,
        question.missing + question.not_applicable + question.not_in_version,
        question.interviews,
    ]
    responses_at, answered_at = k, k + 1
    na_at, total_at = k + 5, k + 6
    relations = [
        Relation.adds_up(range(k), responses_at),
        Relation.adds_up((k + 2, k + 3, k + 4), na_at),
        Relation.adds_up((answered_at, na_at), total_at),
        # Everyone who answered ticked at least one answer and at most all of them; nobody
        # ticked an answer twice.
        Relation.at_most({answered_at: 1.0}, {responses_at: 1.0}),
        Relation.at_most({responses_at: 1.0}, {answered_at: float(max(1, k))}),
        *(Relation.at_most({i: 1.0}, {answered_at: 1.0}) for i in range(k)),
    ]
    roles = {"answered": answered_at, "no_answer": answered_at + 1}
    roles.update({f"option:{o.name}": i for i, o in enumerate(options)})
    keys = [f"option:{o.name}" for o in options] + ["responses", *_STATUS_KEYS]
    return Cells(counts, relations, roles, total_at, {responses_at: max(1, k)}, keys)


def question_cells(question: QuestionSummary) -> Cells:
    if question.type == "select_multiple":
        return _multiple_cells(question)
    return _choice_cells(question)
