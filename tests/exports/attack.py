"""An attack on the health-board workbook, as a statistician given it could make.

Given only the workbook (read back with openpyxl) and the questionnaire, every count the
Summary sheet shows or hides becomes an unknown whole number; the shown ones are fixed; a
hidden one ("*") is at least 1 (zeros are shown) and at most the number of interviews. Then
everything a reader knows is written as linear relations:

- a question's options add up to its valid answers, valid answers and missing codes to
  "Answered", answered + no answer + not asked (+ not in version) to the interviews, and
  those three to the "answers not available";
- every percentage shown is its count over its denominator (of the interviews, valid percent
  of the valid answers, percent of cases of those who answered, percent of responses of all
  ticks; a grid's row percentages of the statement's answered);
- a multiple-answer question's ticks add up to the answers ticked; none exceeds "Answered";
  answered <= answers ticked <= options x answered;
- the skip logic: the people asked a follow-up question (answered + no answer) are those who
  gave the answer that opens it (``${q} = 'x'``, ``selected(${q}, 'x')``, ``!=`` and
  ``not(selected())`` as interviews minus the count, ``or`` of answers to one question as
  their sum, ``and`` chains and group relevance followed through the questions that open
  them); where that is not exact, the follow-up is asked at most as often as each condition.

For every hidden count, integer programming (``scipy.optimize.milp``) finds its smallest and
largest possible value. This module is written on its own: it does not use the exporter's
disclosure code, only what anyone could read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import openpyxl
from scipy.optimize import Bounds, LinearConstraint, milp

from duodesk.core.questionnaire import Group, Question, Questionnaire, QuestionType

MARKER = "*"
STATUS = {
    "Answered": "answered",
    "No answer": "no_answer",
    "Not asked (skipped)": "not_asked",
    "Not in this version of the questionnaire": "not_in_version",
    "Total interviews": "total",
}
TOLERANCE = 1e-6


@dataclass
class Model:
    """Unknowns by key; ``known`` values; ``hidden`` keys (>= 1) and ``free`` ones (>= 0,
    not shown anywhere); relations ``(terms, low, high)``: low <= sum(k * x) <= high."""

    interviews: int
    known: dict[tuple, float] = field(default_factory=dict)
    hidden: set[tuple] = field(default_factory=set)
    free: set[tuple] = field(default_factory=set)
    upper: dict[tuple, float] = field(default_factory=dict)
    relations: list[tuple[dict[tuple, float], float, float]] = field(default_factory=list)

    def shown(self, key: tuple, value: object) -> None:
        if value == MARKER:
            self.hidden.add(key)
        elif isinstance(value, int | float):
            self.known[key] = value

    def unknown(self, key: tuple) -> None:
        if key not in self.known and key not in self.hidden:
            self.free.add(key)

    def equal(self, terms: dict[tuple, float], constant: float = 0.0) -> None:
        self.relations.append((terms, -constant, -constant))

    def at_most(self, terms: dict[tuple, float]) -> None:
        self.relations.append((terms, -np.inf, 0.0))

    def percent(self, count: tuple, of: tuple, value: object) -> None:
        """A shown percentage (a fraction): count = value * of."""
        if count != of and isinstance(value, int | float) and not isinstance(value, bool):
            self.relations.append(({count: 1.0, of: -float(value)}, -TOLERANCE, TOLERANCE))

    def ranges(self) -> dict[tuple, tuple[float, float]]:
        """Smallest and largest possible value of every hidden count."""
        for terms, _, _ in self.relations:
            for key in terms:
                self.unknown(key)
        variables = sorted(self.hidden | self.free, key=repr)
        position = {key: i for i, key in enumerate(variables)}
        rows, lows, highs = [], [], []
        for terms, low, high in self.relations:
            row = np.zeros(len(variables))
            constant = 0.0
            for key, k in terms.items():
                if key in position:
                    row[position[key]] += k
                else:
                    constant += k * self.known[key]
            if not row.any():
                assert low - 1e-6 <= constant <= high + 1e-6 or low == -np.inf, terms
                continue
            rows.append(row)
            lows.append(low - constant)
            highs.append(high - constant)
        lower = np.array([1.0 if key in self.hidden else 0.0 for key in variables])
        upper = np.array([self.upper.get(key, self.interviews) for key in variables])
        constraints = [LinearConstraint(np.array(rows), lows, highs)] if rows else []
        found = {}
        for key in sorted(self.hidden, key=repr):
            objective = np.zeros(len(variables))
            objective[position[key]] = 1.0
            ends = []
            for sign in (1.0, -1.0):
                result = milp(
                    sign * objective,
                    constraints=constraints,
                    bounds=Bounds(lower, upper),
                    integrality=np.ones(len(variables)),
                )
                assert result.status == 0, (key, result.message)
                ends.append(sign * result.fun)
            found[key] = (round(ends[0]), round(ends[1]))
        return found


def _label(labels: dict[str, str], language: str) -> str:
    return labels.get(language) or labels.get("") or next(iter(labels.values()), "")


def attack(path, questionnaire: Questionnaire) -> tuple[Model, dict[tuple, tuple[float, float]]]:
    """The model of everything the workbook at ``path`` shows, and the possible range of every
    hidden count in it."""
    workbook = openpyxl.load_workbook(path)
    cover = {r[0]: r[1] for r in workbook["Cover"].iter_rows(min_row=3, values_only=True)}
    n = cover["Interviews"]
    # A subset's own number of interviews may be hidden: then it is an unknown like the rest
    # (at most the survey's, which a reader may know: 10,000 is far above any here).
    model = Model(n if isinstance(n, int) else 10_000)
    model.shown(("n",), n if isinstance(n, int) else MARKER)
    language = questionnaire.settings.default_language or ""
    questions = {q.name: q for q in questionnaire.questions()}
    grids = {
        item.name: item
        for item, _ in questionnaire.walk()
        if isinstance(item, Group) and item.appearance == "table-list"
    }
    rows = [list(r) for r in workbook["Summary"].iter_rows(values_only=True)]
    title = re.compile(r"^(\w+)\. ")
    i = 0
    seen: set[str] = set()
    while i < len(rows):
        first = rows[i][0] if rows[i] else None
        match = title.match(first) if isinstance(first, str) else None
        if match and match.group(1) in questions and questions[match.group(1)].type.takes_answer:
            name = match.group(1)
            end = i + 1
            while end < len(rows) and any(v is not None for v in rows[end][:4]):
                end += 1
            _question(model, questionnaire, questions[name], rows[i:end], language)
            seen.add(name)
            i = end
            continue
        if match and match.group(1) in grids:
            end = i + 1
            while end < len(rows) and any(v is not None for v in rows[end][:4]):
                end += 1
            seen.update(_grid(model, questionnaire, grids[match.group(1)], rows[i:end], language))
            i = end
            continue
        i += 1
    _skip_logic(model, questionnaire, seen)
    return model, model.ranges()


def _question(model: Model, form: Questionnaire, question: Question, rows, language) -> None:
    q = question.name
    n = ("n",)
    model.shown((q, "not_available"), rows[0][4])
    model.percent((q, "not_available"), n, rows[0][5])
    note = rows[1][0] if len(rows) > 1 else ""
    lines = {r[0]: r for r in rows[2:] if isinstance(r[0], str)}
    multiple = question.type is QuestionType.SELECT_MULTIPLE
    choices = form.choice_lists[question.list_name].choices if question.list_name else ()
    options, codes = [], []
    for choice in choices:
        label = _label(choice.label, language)
        missing = choice.missing and not multiple
        line = lines.get(label + (" (missing code)" if missing else ""))
        if line is None:
            continue
        key = (q, "option", choice.name)
        model.shown(key, line[1])
        if multiple:
            model.percent(key, (q, "answered"), line[2])
            model.percent(key, (q, "responses"), line[3])
        else:
            model.percent(key, n, line[2])
            if not missing:
                model.percent(key, (q, "valid"), line[3])
        (codes if missing else options).append(key)
    status = {}
    for label, role in STATUS.items():
        key = n if role == "total" else (q, role)
        if label in lines:
            model.shown(key, lines[label][1])
            model.percent(key, n, lines[label][2])
        elif role == "not_in_version":
            model.known[key] = 0
        status[role] = key
    answered = status["answered"]
    model.equal(
        {
            answered: 1,
            status["no_answer"]: 1,
            status["not_asked"]: 1,
            status["not_in_version"]: 1,
            ("n",): -1,
        }
    )
    model.equal(
        {
            (q, "not_available"): 1,
            status["no_answer"]: -1,
            status["not_asked"]: -1,
            status["not_in_version"]: -1,
        }
    )
    if multiple:
        responses = (q, "responses")
        line = lines.get("Answers ticked in all")
        if line is not None:
            model.shown(responses, line[1])
            model.percent(responses, responses, line[3])
        model.equal({**{key: 1.0 for key in options}, responses: -1.0})
        for key in options:
            model.at_most({key: 1.0, answered: -1.0})
        model.at_most({answered: 1.0, responses: -1.0})
        model.at_most({responses: 1.0, answered: -float(len(options))})
        model.upper[responses] = len(options) * model.interviews
        match = re.search(r"out of the (\S+) people", note or "")
        if match:
            model.shown(answered, int(match.group(1)) if match.group(1).isdigit() else MARKER)
    elif question.type is QuestionType.SELECT_ONE:
        valid = (q, "valid")
        match = re.search(r"valid percent is of the (\S+) valid answers", note or "")
        if match:
            model.shown(valid, int(match.group(1)) if match.group(1).isdigit() else MARKER)
        model.equal({**{key: 1.0 for key in options}, valid: -1.0})
        model.equal({**{key: 1.0 for key in codes}, valid: 1.0, answered: -1.0})


def _grid(model: Model, form: Questionnaire, grid: Group, rows, language) -> set[str]:
    header = rows[2]
    points = header[1 : header.index("Answered")]
    statements = [c for c in grid.children if isinstance(c, Question)]
    by_label = {_label(s.label, language): s for s in statements}
    done = set()
    for row in rows[3:]:
        statement = by_label.get(row[0])
        if statement is None:
            continue
        q = statement.name
        choices = {
            _label(c.label, language): c.name
            for c in form.choice_lists[statement.list_name].choices
        }
        keys = [(q, "option", choices[p]) for p in points]
        answered = (q, "answered")
        for j, key in enumerate(keys):
            model.shown(key, row[1 + j])
            model.percent(key, answered, row[2 + len(keys) + j])
        model.shown(answered, row[1 + len(keys)])
        model.equal({**{key: 1.0 for key in keys}, answered: -1.0})
        model.equal({answered: 1.0, (q, "no_answer"): 1.0, (q, "not_asked"): 1.0, ("n",): -1.0})
        done.add(q)
    return done


ATOM = re.compile(
    r"^\s*(?:(not)\(\s*)?(?:selected\(\s*\$\{(\w+)\}\s*,\s*'([^']*)'\s*\)|"
    r"\$\{(\w+)\}\s*(!=|=)\s*'([^']*)')\s*\)?\s*$"
)


def _atoms(text: str) -> tuple[str, list[tuple[str, str, str]]] | None:
    """``("and" | "or", [(kind, question, value)])``; kind is "is", "is not", "ticked",
    "not ticked". None when the expression is not of these simple forms."""
    text = (text or "").strip()
    if not text:
        return "and", []
    ands = re.split(r"\s+and\s+", text)
    ors = re.split(r"\s+or\s+", text)
    if len(ands) > 1 and len(ors) > 1:
        return None
    joiner, parts = ("and", ands) if len(ands) > 1 else ("or", ors)
    atoms = []
    for part in parts:
        match = ATOM.match(part)
        if match is None:
            return None
        negated, ticked_q, ticked_v, q, op, value = match.groups()
        if ticked_q:
            atoms.append(("not ticked" if negated else "ticked", ticked_q, ticked_v))
        elif negated:
            return None
        else:
            atoms.append(("is not" if op == "!=" else "is", q, value))
    return joiner, atoms


def _skip_logic(model: Model, form: Questionnaire, shown: set[str]) -> None:
    needs: dict[str, tuple[set, list, bool]] = {}
    for item, parents in form.walk():
        if not isinstance(item, Question) or not item.type.takes_answer:
            continue
        ands: set = set()
        ors: list = []
        opaque = False
        for text in [*(g.relevant for g in parents), item.relevant]:
            parsed = _atoms(text)
            if parsed is None:
                opaque = True
            elif parsed[0] == "and" or len(parsed[1]) == 1:
                ands.update(parsed[1])
            else:
                ors.append(tuple(parsed[1]))
        needs[item.name] = (ands, ors, opaque)

    def count(atom) -> dict[tuple, float]:
        kind, q, value = atom
        key = (q, "option", value)
        return {key: 1.0} if kind in ("is", "ticked") else {("n",): 1.0, key: -1.0}

    def implied(atom, depth=0) -> set:
        found = {atom}
        if atom[0] in ("is", "ticked") and atom[1] in needs and depth < 20:
            for other in needs[atom[1]][0]:
                found |= implied(other, depth + 1)
        return found

    for name, (ands, ors, opaque) in needs.items():
        if name not in shown:
            continue
        asked = {(name, "answered"): 1.0, (name, "no_answer"): 1.0}

        def minus(terms, asked=asked):
            return {**asked, **{k: asked.get(k, 0) - v for k, v in terms.items()}}

        if not opaque and not ors and ands:
            exact = next((a for a in sorted(ands) if implied(a) >= ands), None)
            if exact is not None:
                model.equal(minus(count(exact)))
                continue
        if not opaque and len(ors) == 1 and all(implied(a) >= ands for a in ors[0]):
            alternatives = ors[0]
            if {a[1] for a in alternatives} == {alternatives[0][1]} and all(
                a[0] == "is" for a in alternatives
            ):
                terms: dict[tuple, float] = {}
                for atom in alternatives:
                    for k, v in count(atom).items():
                        terms[k] = terms.get(k, 0) + v
                model.equal(minus(terms))
                continue
            for atom in alternatives:
                model.at_most({**count(atom), **{k: -v for k, v in asked.items()}})
        for atom in ands:
            model.at_most(minus(count(atom)))
        for alternatives in ors:
            terms = {}
            for atom in alternatives:
                for k, v in count(atom).items():
                    terms[k] = terms.get(k, 0) + v
            model.at_most(minus(terms))
