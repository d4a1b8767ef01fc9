"""What a reader of the workbook can work out from the questionnaire's skip logic.

A follow-up question is asked exactly when its conditions hold, so the number of people asked
it (answered + no answer) is tied to the counts of the answers that open it:

- ``${p} = 'x'`` (a choice of a single-answer question): asked = the count of x;
- ``selected(${p}, 'x')``: asked = the number who ticked x;
- ``${p} != 'x'`` and ``not(selected(${p}, 'x'))``: asked = interviews minus that count (a
  blank or skipped answer is "not x" too);
- ``or`` of answers to the same single-answer question: asked = the sum of their counts (also
  inside conditions that each of those answers implies, such as its group's);
- ``and`` chains, including the relevance of the groups around the question: when one
  condition already implies all the others (``${referred} = 'no'`` inside a group asked only
  if ``${hcv_diagnosed} = 'yes'``, and ``referred`` is only asked in that group), asked = the
  count of that condition. The implication is followed through chains of questions and groups.

For anything more complex the relations are the bounds a reader could still use (asked is at
most the count of each condition that must hold; an ``or`` is at least each of its parts and at
most their sum); conditions on numbers, calculations or expressions this module does not read
give no relation. Every relation is checked against the actual counts before it is used
(interviews from another version of the questionnaire may not follow it); one that does not
hold is left out, which is safe for the counts (the relation does not exist in the data, so a
reader cannot rely on it either).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from duodesk.core.questionnaire import Group, Question, Questionnaire, QuestionType
from duodesk.core.skip_logic import Condition, Operator, SkipLogic, from_expression
from duodesk.exports.linked import Relation

# cell_of(question, role) -> index of the count, or None; roles: "answered", "no_answer",
# "option:<choice name>" (a select_one answer or a select_multiple tick).
CellOf = Callable[[str, str], "int | None"]


@dataclass(frozen=True)
class _Conditions:
    """What must hold for a question to be asked: all of ``atoms``, and at least one of each
    of ``alternatives``; ``opaque`` when some expression could not be read."""

    atoms: frozenset[Condition]
    alternatives: tuple[tuple[Condition, ...], ...]
    opaque: bool


def skip_relations(
    questionnaire: Questionnaire, cell_of: CellOf, interviews: int
) -> list[Relation]:
    """The relations between counts that ``questionnaire``'s skip logic implies.
    ``interviews`` is the cell of the number of interviews."""
    conditions = _conditions(questionnaire)
    types = {q.name: q.type for q in questionnaire.questions()}

    def linear(atom: Condition) -> dict[int, float] | None:
        kind = types.get(atom.question)
        cell = cell_of(atom.question, f"option:{atom.value}")
        if cell is None:
            return None
        if atom.operator is Operator.IS and kind is QuestionType.SELECT_ONE:
            return {cell: 1.0}
        if atom.operator is Operator.INCLUDES and kind is QuestionType.SELECT_MULTIPLE:
            return {cell: 1.0}
        if atom.operator is Operator.IS_NOT and kind is QuestionType.SELECT_ONE:
            return {interviews: 1.0, cell: -1.0}
        if atom.operator is Operator.EXCLUDES and kind is QuestionType.SELECT_MULTIPLE:
            return {interviews: 1.0, cell: -1.0}
        return None

    closures: dict[Condition, frozenset[Condition]] = {}

    def closure(atom: Condition, seen: frozenset[str] = frozenset()) -> frozenset[Condition]:
        """The conditions that hold whenever ``atom`` does: an answer to p was given only if
        p was asked, so p's own conditions hold too."""
        if atom in closures:
            return closures[atom]
        implied = {atom}
        opening = conditions.get(atom.question)
        positive = atom.operator in (Operator.IS, Operator.INCLUDES)
        if positive and opening is not None and atom.question not in seen:
            for other in opening.atoms:
                implied |= closure(other, seen | {atom.question})
        closures[atom] = frozenset(implied)
        return closures[atom]

    relations: list[Relation] = []
    for name, needed in conditions.items():
        answered, no_answer = cell_of(name, "answered"), cell_of(name, "no_answer")
        if answered is None or no_answer is None:
            continue
        asked = {answered: 1.0, no_answer: 1.0}
        exact = None
        if not needed.opaque and not needed.alternatives and needed.atoms:
            for atom in sorted(needed.atoms, key=str):
                if closure(atom) >= needed.atoms and linear(atom) is not None:
                    exact = linear(atom)
                    break
        if not needed.opaque and len(needed.alternatives) == 1 and exact is None:
            # (a or b) inside conditions that each of a and b already implies: just (a or b)
            alternative = needed.alternatives[0]
            if all(closure(atom) >= needed.atoms for atom in alternative):
                exact = _exclusive_sum(alternative, types, linear)
        if exact is not None:
            relations.append(_equal(asked, exact))
            continue
        for atom in needed.atoms:
            bound = linear(atom)
            if bound is not None:
                relations.append(Relation.at_most(asked, bound))
        for alternative in needed.alternatives:
            parts = [linear(atom) for atom in alternative]
            if any(part is None for part in parts):
                continue
            total: dict[int, float] = {}
            for part in parts:
                for cell, k in (part or {}).items():
                    total[cell] = total.get(cell, 0.0) + k
            relations.append(Relation.at_most(asked, total))
            if not needed.opaque and not needed.atoms and len(needed.alternatives) == 1:
                relations.extend(Relation.at_most(part or {}, asked) for part in parts)
    return relations


def _exclusive_sum(alternative, types, linear) -> dict[int, float] | None:
    """``${p} = 'a' or ${p} = 'b'`` on one single-answer question: the answers exclude each
    other, so the number asked is the sum of their counts."""
    questions = {atom.question for atom in alternative}
    if len(questions) != 1 or types.get(next(iter(questions))) is not QuestionType.SELECT_ONE:
        return None
    if any(atom.operator is not Operator.IS for atom in alternative):
        return None
    if len({atom.value for atom in alternative}) != len(alternative):
        return None
    total: dict[int, float] = {}
    for atom in alternative:
        part = linear(atom)
        if part is None:
            return None
        for cell, k in part.items():
            total[cell] = total.get(cell, 0.0) + k
    return total


def _equal(left: dict[int, float], right: dict[int, float]) -> Relation:
    terms: dict[int, float] = dict(left)
    for cell, k in right.items():
        terms[cell] = terms.get(cell, 0.0) - k
    return Relation(tuple((c, k) for c, k in terms.items() if k))


def _conditions(questionnaire: Questionnaire) -> dict[str, _Conditions]:
    """For every question that takes an answer, what must hold for it to be asked (its own
    relevance and that of every group around it)."""
    found: dict[str, _Conditions] = {}
    for item, parents in questionnaire.walk():
        if isinstance(item, Group) or not isinstance(item, Question):
            continue
        if not item.type.takes_answer:
            continue
        atoms: set[Condition] = set()
        alternatives: list[tuple[Condition, ...]] = []
        opaque = False
        for text in [*(g.relevant for g in parents), item.relevant]:
            logic = from_expression(text or "")
            if logic is None:
                opaque = True
                continue
            _add(logic, atoms, alternatives)
        found[item.name] = _Conditions(frozenset(atoms), tuple(alternatives), opaque)
    return found


def _add(logic: SkipLogic, atoms: set[Condition], alternatives: list) -> None:
    if not logic.conditions:
        return
    if logic.match_all or len(logic.conditions) == 1:
        atoms.update(logic.conditions)
    else:
        alternatives.append(tuple(logic.conditions))


def checked(relations: Sequence[Relation], counts: Sequence[int]) -> list[Relation]:
    """The relations that hold for ``counts``."""
    return [relation for relation in relations if relation.holds(counts)]
