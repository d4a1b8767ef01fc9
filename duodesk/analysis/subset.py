"""Which interviews a summary counts: a subset by site, interviewer, date, version and answers.

Only complete interviews are ever counted: drafts and deleted interviews never are. A
:class:`Subset` is a plain value; :func:`subset_interviews` turns it into an SQL selection of
interview ids (SQLAlchemy Core, so it runs on SQLite and PostgreSQL alike).
"""

from __future__ import annotations

import json
import operator
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import (
    Integer,
    Select,
    String,
    and_,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from duodesk.i18n import translate
from duodesk.storage.database import EXACT_ORDER
from duodesk.storage.double_entry import counted_paper_entries
from duodesk.storage.models import (
    Answer,
    AnswerChoice,
    Interview,
    InterviewStatus,
    QuestionnaireRecord,
    QuestionnaireVersion,
    Theme,
    ThemeCode,
)

OPERATORS = ("=", "!=", "includes", ">", "<", ">=", "<=")
NUMERIC_OPERATORS = (">", "<", ">=", "<=")
ANSWERED = 1  # duodesk.core.records.AnswerStatus.ANSWERED, kept here to stay import-light

_CONDITION = re.compile(
    # a question used in several groups is named by its group path: before/age
    r"^\s*(?P<question>[A-Za-z_][\w.-]*(?:/[A-Za-z_][\w.-]*)*)\s*"
    r"(?P<operator>!=|>=|<=|=|>|<|\s+includes\s+)\s*(?P<value>.*?)\s*$"
)


class ConditionError(ValueError):
    """A condition that cannot be read; ``str()`` explains it to the person who wrote it."""


@dataclass(frozen=True)
class Condition:
    """A condition on an answer: "sex = female", "referred != yes", "drugs includes heroin",
    "age > 30".

    ``value`` is a choice *name* for select questions (its label is accepted too and turned
    into the name when the summary is made) or a number for ``>``, ``<``, ``>=``, ``<=``.
    Interviews where the question was not answered never meet a condition, ``!=`` included
    (as SPSS's SELECT IF treats missing values). Nor does an answer that is a declared
    missing code ("Don't know", "Refused") meet ``!=``: for SPSS a condition on a
    user-missing value is not true, so "used != yes" leaves them out; "used = dont_know"
    asks for them by name. ``missing_codes`` are the question's missing codes, filled in
    when the condition is checked against the questionnaire.
    """

    question: str
    operator: str
    value: str
    # Filled in from the questionnaire, so not part of what the person asked for.
    missing_codes: tuple[str, ...] = field(default=(), compare=False)
    # For a themes variable ("reasons_themes includes cost"): the coded text question.
    themes_of: str = field(default="", compare=False)
    # A number question: "=" and "!=" compare numbers, so "n = 99.0" holds for 99.
    is_number: bool = field(default=False, compare=False)

    def __post_init__(self) -> None:
        if self.operator not in OPERATORS:
            raise ConditionError(
                translate(
                    "Analysis",
                    '"{operator}" is not a comparison DuoDesk knows; use one of {known}.',
                ).format(operator=self.operator, known=", ".join(OPERATORS))
            )
        if self.operator in NUMERIC_OPERATORS and not self.is_date:
            try:
                float(self.value)
            except ValueError:
                raise ConditionError(
                    translate(
                        "Analysis",
                        '"{question} {operator} {value}": "{value}" is not a number, nor a date '
                        "written as YYYY-MM-DD.",
                    ).format(question=self.question, operator=self.operator, value=self.value)
                ) from None

    @property
    def is_date(self) -> bool:
        """True when the value is a day written YYYY-MM-DD ("visit >= 2026-01-01")."""
        try:
            date.fromisoformat(self.value)
        except ValueError:
            return False
        return len(self.value) == 10

    @classmethod
    def parse(cls, text: str) -> Condition:
        """Read ``"sex=female"``, ``"age >= 30"``, ``"drugs includes heroin"``; quotes
        around the value are dropped. Raises :class:`ConditionError` with the reason."""
        found = _CONDITION.match(text)
        if found is None or not found["value"]:
            raise ConditionError(
                translate(
                    "Analysis",
                    '"{text}" is not a condition DuoDesk can read. Write it like '
                    '"sex=female", "age>30" or "drugs includes heroin".',
                ).format(text=text)
            )
        value = found["value"]
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        return cls(found["question"], found["operator"].strip(), value)

    def describe(self) -> str:
        return f"{self.question} {self.operator} {self.value}"


@dataclass(frozen=True)
class Subset:
    """The interviews to count. Empty fields mean "no restriction"; several sites (or
    interviewers, versions) mean any of them; all conditions must hold.

    ``date_from`` / ``date_to`` are inclusive and compare with the interview date; interviews
    without a date are left out as soon as either is given.
    """

    sites: tuple[str, ...] = ()
    interviewers: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    versions: tuple[int, ...] = ()
    conditions: tuple[Condition, ...] = ()

    @property
    def is_everything(self) -> bool:
        return self == Subset()

    def describe(
        self,
        *,
        interviewer_names: bool = True,
        condition_words: Callable[[Condition], str] | None = None,
    ) -> str:
        """``"All complete interviews"`` or ``"Site: Centre B; sex = female"``. Without
        ``interviewer_names`` (a document that leaves interviewers' names out), a part chosen
        by interviewer says so without naming them. ``condition_words`` says a condition in
        the questionnaire's words (a screen: "Sex: Female"); by default it is written as it
        is typed ("sex = female"), which the command line and the files' notes use."""
        parts = []
        if self.sites:
            word = (
                translate("Subset", "Site: {names}")
                if len(self.sites) == 1
                else translate("Subset", "Sites: {names}")
            )
            parts.append(word.format(names=", ".join(self.sites)))
        if self.interviewers:
            word = (
                translate("Subset", "Interviewer: {names}")
                if len(self.interviewers) == 1
                else translate("Subset", "Interviewers: {names}")
            )
            names = (
                ", ".join(self.interviewers)
                if interviewer_names
                else translate("Subset", "names left out")
            )
            parts.append(word.format(names=names))
        first = self.date_from.isoformat() if self.date_from else ""
        last = self.date_to.isoformat() if self.date_to else ""
        if self.date_from and self.date_to:
            parts.append(
                translate("Subset", "From {first} to {last}").format(first=first, last=last)
            )
        elif self.date_from:
            parts.append(translate("Subset", "From {first}").format(first=first))
        elif self.date_to:
            parts.append(translate("Subset", "Up to {last}").format(last=last))
        if self.versions:
            word = (
                translate("Subset", "Version {numbers}")
                if len(self.versions) == 1
                else translate("Subset", "Versions {numbers}")
            )
            parts.append(word.format(numbers=", ".join(str(v) for v in self.versions)))
        parts += [(condition_words or Condition.describe)(c) for c in self.conditions]
        return "; ".join(parts) if parts else translate("Subset", "All complete interviews")


EVERYTHING = Subset()
"""Every complete interview: the default subset."""


def form_interviews(form_id: str) -> Select:
    """The ids of the complete, not deleted interviews of every version of ``form_id``; of
    interviews typed from paper datasheets, only the first entry of each resolved sheet (see
    :mod:`duodesk.storage.double_entry`)."""
    return (
        select(Interview.id)
        .join(QuestionnaireVersion, QuestionnaireVersion.id == Interview.version_id)
        .join(QuestionnaireRecord, QuestionnaireRecord.id == QuestionnaireVersion.questionnaire_id)
        .where(
            QuestionnaireRecord.form_id == form_id,
            Interview.status == InterviewStatus.COMPLETE,
            Interview.deleted_at.is_(None),
            counted_paper_entries(),
        )
    )


def subset_interviews(form_id: str, subset: Subset) -> Select:
    """The ids of the interviews of ``form_id`` that ``subset`` counts.

    Conditions must already name stored choice names (see :class:`Condition`); checking that
    their questions exist is the caller's job (the summary does it, with a plain message).
    """
    query = form_interviews(form_id)
    if subset.sites:
        query = query.where(Interview.site.in_(subset.sites))
    if subset.interviewers:
        query = query.where(Interview.interviewer.in_(subset.interviewers))
    if subset.date_from is not None:
        query = query.where(
            Interview.interview_date != "", Interview.interview_date >= subset.date_from.isoformat()
        )
    if subset.date_to is not None:
        query = query.where(
            Interview.interview_date != "", Interview.interview_date <= subset.date_to.isoformat()
        )
    if subset.versions:
        query = query.where(QuestionnaireVersion.number.in_(subset.versions))
    for condition in subset.conditions:
        query = query.where(_condition_clause(condition))
    return query


def listed_interviews(session: Session, ids: Collection[int]) -> Select:
    """A query of the interview ids ``ids``, passed as one JSON parameter (a list of many
    thousands of ids would pass SQLite's limit on parameters, and an ``OR`` of ranges its
    limit on an expression's depth)."""
    listed = sorted(ids)
    if session.get_bind().dialect.name == "postgresql":
        values = func.jsonb_array_elements_text(cast(listed, JSONB)).table_valued("value")
        return select(cast(values.c.value, Integer))
    values = func.json_each(json.dumps(listed)).table_valued("value")
    return select(values.c.value)


def undated_interviews(session: Session, form_id: str, subset: Subset) -> int:
    """How many interviews ``subset`` would count but for their missing date: 0 when it has no
    date limits. A date filter silently dropping them would make a count look complete."""
    if subset.date_from is None and subset.date_to is None:
        return 0
    others = replace(subset, date_from=None, date_to=None)
    query = subset_interviews(form_id, others).where(Interview.interview_date == "")
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def _condition_clause(condition: Condition):
    if condition.operator == "includes" and condition.themes_of:
        return exists().where(
            ThemeCode.interview_id == Interview.id,
            ThemeCode.question == condition.themes_of,
            ThemeCode.coder == "",  # the main coding (duodesk.storage.themes.MAIN_CODER)
            ThemeCode.theme_id == Theme.id,
            Theme.form_id == QuestionnaireRecord.form_id,
            Theme.question == condition.themes_of,
            Theme.name == condition.value,
        )
    # Each interview's own answer is looked up by its key (interview, question). The other
    # terms are written so that no index can serve them ("+ 0", "|| ''"): otherwise, with no
    # statistics, SQLite may look the answer up by (question, status) or (question, choice)
    # instead and read every interview's answer for each interview, which took over ten
    # minutes for 20,000 interviews.
    if condition.operator == "includes":
        return exists().where(
            AnswerChoice.interview_id == Interview.id,
            AnswerChoice.question == condition.question,
            AnswerChoice.choice.concat("") == condition.value,
        )
    answered = and_(
        Answer.interview_id == Interview.id,
        Answer.question == condition.question,
        Answer.status + 0 == ANSWERED,
    )
    if condition.operator in NUMERIC_OPERATORS and condition.is_date:
        # Dates are stored as ISO text, so comparing text compares days; a date and time is
        # compared by its day.
        day = func.substr(Answer.value, 1, 10)
        compare = {
            ">": day > condition.value,
            "<": day < condition.value,
            ">=": day >= condition.value,
            "<=": day <= condition.value,
        }[condition.operator]
        return exists().where(answered, compare)
    if condition.operator in NUMERIC_OPERATORS or condition.is_number:
        return exists().where(answered, _number_compare(condition.operator, condition.value))
    if condition.operator == "=":
        return exists().where(answered, Answer.value == condition.value)
    if condition.missing_codes:
        return exists().where(
            answered,
            Answer.value != condition.value,
            Answer.value.not_in(condition.missing_codes),
        )
    return exists().where(answered, Answer.value != condition.value)


_COMPARE = {">": operator.gt, "<": operator.lt, ">=": operator.ge, "<=": operator.le}


class exact_order(FunctionElement):
    """-1, 0 or 1 as the number written in the first text is below, equal to or above the
    second, compared exactly. SQLite has no exact decimal type, so there it is a function
    each connection defines (:func:`duodesk.storage.database.exact_order`); PostgreSQL's
    NUMERIC is exact."""

    type = Integer()
    name = EXACT_ORDER
    inherit_cache = True


@compiles(exact_order)
def _exact_order_sqlite(element, compiler, **kw) -> str:
    return f"{EXACT_ORDER}({compiler.process(element.clauses, **kw)})"


@compiles(exact_order, "postgresql")
def _exact_order_postgresql(element, compiler, **kw) -> str:
    stored, value = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"sign(CAST({stored} AS NUMERIC) - CAST({value} AS NUMERIC))"


def _number_compare(comparison: str, value: str):
    """``Answer.number <comparison> value``, exactly (``comparison`` may also be ``=`` or
    ``!=``). The stored float and the float of ``value`` are each the nearest double, so
    where the two floats differ they order the exact numbers the same way; only where they
    are equal (2**53 + 1 and 2**53 are one double, so are 1.2345678901234567 and
    1.234567890123456789) is the exact answer needed: then the stored text is compared with
    ``value`` as exact decimals. The float comparison keeps the index useful and the exact
    one runs on the few ties."""
    number = float(value)
    order = exact_order(Answer.value, literal(value, String))
    if comparison == "=":
        return and_(Answer.number == number, order == 0)
    if comparison == "!=":
        return or_(Answer.number != number, order != 0)
    strictly = {">=": ">", "<=": "<"}.get(comparison, comparison)
    at_the_tie = _COMPARE[comparison](order, 0)
    return or_(_COMPARE[strictly](Answer.number, number), and_(Answer.number == number, at_the_tie))


__all__ = [
    "EVERYTHING",
    "Condition",
    "ConditionError",
    "Subset",
    "form_interviews",
    "subset_interviews",
]


@dataclass(frozen=True)
class SubsetChoices:
    """What a subset can be chosen from: the sites and interviewers of the complete interviews
    of a questionnaire (blank ones left out), and how many interviews there are."""

    sites: tuple[str, ...]
    interviewers: tuple[str, ...]
    interviews: int


def subset_choices(session: Session, form_id: str) -> SubsetChoices:
    """Counted and made distinct in SQL: a project of 100,000 interviews sends back a few
    dozen names, not 100,000 rows."""
    ids = select(form_interviews(form_id).subquery().c.id)

    def distinct(column) -> tuple[str, ...]:
        query = (
            select(column).where(Interview.id.in_(ids), column != "").distinct().order_by(column)
        )
        return tuple(session.scalars(query))

    interviews = session.scalar(select(func.count()).where(Interview.id.in_(ids))) or 0
    return SubsetChoices(distinct(Interview.site), distinct(Interview.interviewer), interviews)
