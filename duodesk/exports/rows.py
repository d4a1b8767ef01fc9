"""Streaming the interviews of an export from the database, one interview at a time.

Two queries run side by side, both in interview order: the interviews' details and their
answers (long: one row per interview and question). Neither is loaded whole: rows arrive in
batches (``yield_per``), so an export of 100,000 interviews holds one batch in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import partial
from itertools import chain

from sqlalchemy import Connection, Select, select
from sqlalchemy.orm import Session

from duodesk.analysis import AnalysisCancelled, Subset
from duodesk.analysis.subset import subset_interviews
from duodesk.core.questionnaire import QuestionType
from duodesk.core.records import AnswerStatus
from duodesk.exports.layout import NOT_ASKED, NOT_IN_VERSION, Column, DataLayout
from duodesk.storage.models import Answer, Interview, QuestionnaireVersion, Theme, ThemeCode
from duodesk.storage.themes import MAIN_CODER, THEMES_SUFFIX, coded_questions

BATCH = 5000
CANCEL_EVERY = 200
ANSWERED, NO_ANSWER = int(AnswerStatus.ANSWERED), int(AnswerStatus.NO_ANSWER)

StoredAnswer = tuple[int, "str | None", "float | None"]  # status, value text, number


@dataclass(frozen=True, slots=True)
class InterviewDetails:
    number: int  # the interview's number, as the Interviews list and its window show it
    version: int
    site: str
    interviewer: str
    date: str


def count_interviews(session: Session, form_id: str, subset: Subset) -> int:
    from sqlalchemy import func

    chosen = subset_interviews(form_id, subset).subquery()
    return session.scalar(select(func.count()).select_from(chosen)) or 0


def stream_interviews(
    session: Session,
    form_id: str,
    subset: Subset,
    questions: Sequence[str],
    *,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[tuple[InterviewDetails, dict[str, StoredAnswer]]]:
    """Each interview of ``subset`` (in the order they were stored) with its answers to
    ``questions``, by question name. A question missing from the dict was not in the
    interview's questionnaire version. Raises AnalysisCancelled when ``cancelled()`` says so
    (checked every CANCEL_EVERY interviews)."""
    chosen = subset_interviews(form_id, subset).subquery()
    details = (
        select(
            Interview.id,
            QuestionnaireVersion.number,
            Interview.site,
            Interview.interviewer,
            Interview.interview_date,
        )
        .join(QuestionnaireVersion, QuestionnaireVersion.id == Interview.version_id)
        .where(Interview.id.in_(select(chosen.c.id)))
        .order_by(Interview.id)
    )
    themes = _theme_codes(session, form_id, questions, chosen)
    wanted = set(questions)
    read = [*questions, *(q for q in themes if q not in wanted)]
    answers = (
        select(Answer.interview_id, Answer.question, Answer.status, Answer.value, Answer.number)
        .where(
            Answer.interview_id.in_(select(chosen.c.id)),
            Answer.question.in_(read),
            Answer.instance == "",  # one row per interview: repeat instances are apart
        )
        .order_by(Answer.interview_id)
    )
    connection = session.connection()
    answer_rows = _plain_rows(connection, answers)
    pending = next(answer_rows, None)
    for number, (interview_id, version, site, interviewer, day) in enumerate(
        _plain_rows(connection, details), start=1
    ):
        if cancelled is not None and number % CANCEL_EVERY == 1 and cancelled():
            raise AnalysisCancelled()
        stored: dict[str, StoredAnswer] = {}
        while pending is not None and pending[0] == interview_id:
            stored[pending[1]] = pending[2:]  # status, value, number
            pending = next(answer_rows, None)
        for question, coded in themes.items():
            found = stored.get(question) if question in wanted else stored.pop(question, None)
            if found is not None:
                stored[question + THEMES_SUFFIX] = _themes_answer(found, coded.get(interview_id))
        yield InterviewDetails(interview_id, version, site, interviewer, day), stored


def _plain_rows(connection: Connection, statement: Select) -> Iterator[Sequence]:
    """The rows of ``statement``, a batch at a time, without the ORM's or the result's
    per-row bookkeeping (which took half the time of reading the answers). On SQLite
    straight from the driver's cursor, which steps through the rows as they are fetched
    (SQLAlchemy's rows cost as much again as reading them); elsewhere SQLAlchemy's
    streaming, a server-side cursor, keeps a batch in memory. Only for columns SQLAlchemy
    leaves as the driver gives them (integers, text, floats)."""
    if connection.dialect.name != "sqlite":
        streamed = connection.execute(statement.execution_options(yield_per=BATCH))
        return chain.from_iterable(streamed.partitions())
    cursor = connection.execute(statement).cursor  # SQLAlchemy has fetched nothing from it
    return chain.from_iterable(iter(partial(cursor.fetchmany, BATCH), []))


def _theme_codes(
    session: Session, form_id: str, questions: Sequence[str], chosen
) -> dict[str, dict[int, str]]:
    """For each themes variable among ``questions``: its text question -> interview id -> the
    names of the themes the main coding gave the answer, in theme order, space-separated."""
    asked = {q.removesuffix(THEMES_SUFFIX) for q in questions if q.endswith(THEMES_SUFFIX)}
    if not asked:
        return {}
    rows = session.execute(
        select(Theme.question, Theme.name, ThemeCode.interview_id)
        .join(ThemeCode, ThemeCode.theme_id == Theme.id)
        .where(
            Theme.form_id == form_id,
            Theme.question.in_(asked),
            ThemeCode.coder == MAIN_CODER,
            ThemeCode.interview_id.in_(select(chosen.c.id)),
        )
        .order_by(Theme.position, Theme.id)
    )
    coded: dict[str, dict[int, list[str]]] = {q: {} for q in coded_questions(session, form_id)}
    for question, name, interview_id in rows:
        coded[question].setdefault(interview_id, []).append(name)
    return {
        question: {i: " ".join(names) for i, names in by_interview.items()}
        for question, by_interview in coded.items()
        if question in asked
    }


def _themes_answer(written: StoredAnswer, themes: str | None) -> StoredAnswer:
    """The themes variable's answer from its written answer's and the coding."""
    status = written[0]
    if status == ANSWERED:
        return (ANSWERED, themes, None) if themes else (NO_ANSWER, None, None)
    return (status, None, None)


Converter = Callable[[dict[str, StoredAnswer]], list[object]]


def row_converters(
    layout: DataLayout,
    labels: bool,
    text: Callable[[str], object],
    *,
    doubles_only: bool = False,
) -> list[Converter]:
    """One function per exported question turning its stored answer into its cells (the
    question's column, then its 0/1 columns). ``text`` makes a text cell safe for the target
    (see :mod:`duodesk.core.spreadsheet`).

    Numbers are the stored answers exactly (an ``int`` or a ``Decimal``). With
    ``doubles_only`` (a workbook, whose number cells are doubles) a number no double holds
    exactly, such as 2**53 + 1, or with more significant digits than Excel keeps (15), such
    as 1000000000000007 or 0.30000000000000004, is written as text instead, so that no digit
    is lost."""
    by_question: dict[str, list[Column]] = {}
    for column in layout.columns:
        if column.question:
            by_question.setdefault(column.question, []).append(column)
    converters = []
    for info in layout.questions:
        label_of = {c.name: c.label for c in info.categories}
        choices = [c.choice for c in by_question[info.name] if c.choice]
        converters.append(
            _converter(info.name, info.type, labels, label_of, choices, text, doubles_only)
        )
    return converters


def fits_a_double(number: int | Decimal) -> bool:
    """Whether a double holds ``number`` exactly as written (whole numbers up to 2**53)."""
    if isinstance(number, int):
        return -(2**53) <= number <= 2**53
    return Decimal(repr(float(number))) == number


WIDEST_PLAIN_NUMBER = 40  # characters: the widest number SPSS's F format shows (F40)


def written_number(number: int | Decimal) -> str:
    """A stored number as a CSV file (or a text cell) writes it, exactly: a plain decimal
    with every digit as stored (``0.000000000000000000000000000001``, never ``1E-30``), and
    only when that would be wider than :data:`WIDEST_PLAIN_NUMBER` characters and an
    exponent is shorter, that exponent form (``1E+300``, which SPSS, PSPP, R, pandas and
    spreadsheets all read). Zero is ``0``, whatever its sign: -0 is the same number."""
    if isinstance(number, int):
        return str(number)
    if number.is_zero():
        return "0"
    plain = format(number, "f")
    if len(plain) <= WIDEST_PLAIN_NUMBER:
        return plain
    # By hand, not Decimal.normalize(), which rounds to the context's 28 digits.
    sign, digits, exponent = number.as_tuple()
    shown = "".join(map(str, digits)).rstrip("0")
    power = int(exponent) + len(digits) - 1
    short = f"{'-' if sign else ''}{shown[0]}{'.' if shown[1:] else ''}{shown[1:]}E{power:+d}"
    return short if len(short) < len(plain) else plain


EXCEL_DIGITS = 15  # significant digits Excel keeps of a number: 1000000000000007 shows ...010


def fits_a_cell(number: int | Decimal) -> bool:
    """Whether a workbook number cell keeps ``number`` exactly wherever it is opened: a
    double must hold it (:func:`fits_a_double`), and it must have at most the 15
    significant digits Excel keeps (Excel reads 1000000000000007, which a double holds, as
    1000000000000010, and saves it so)."""
    if not fits_a_double(number):
        return False
    if isinstance(number, int):
        return -(10**EXCEL_DIGITS) < number < 10**EXCEL_DIGITS
    near = float(number)
    return float(f"{near:.{EXCEL_DIGITS}g}") == near


def _converter(name, kind, labels, label_of, choices, text, doubles_only) -> Converter:
    blanks = len(choices)
    not_asked = [NOT_ASKED] * (1 + blanks)
    not_in_version = [NOT_IN_VERSION] * (1 + blanks)
    no_answer: list[object] = [None] * (1 + blanks)

    def value_of(value: str, number: float | None) -> object:
        # Numbers come from the stored text, not the float beside it: 2**53 + 1 stays itself.
        exact: int | Decimal | None = None
        if kind is QuestionType.INTEGER and number is not None:
            try:
                exact = int(value)
            except ValueError:
                return int(number)
        if kind is QuestionType.DECIMAL and number is not None:
            try:
                exact = Decimal(value)
            except InvalidOperation:
                return number
        if kind is QuestionType.RANGE and number is not None:  # whole steps stay whole
            try:
                exact = int(value)
            except ValueError:
                try:
                    exact = Decimal(value)
                except InvalidOperation:
                    return number
        if exact is not None:
            if not doubles_only:
                return written_number(exact)
            return exact if fits_a_cell(exact) else text(written_number(exact))
        if kind is QuestionType.RANGE:
            if number is None:
                return text(value)
            return int(number) if number.is_integer() else number
        if numeric:
            return text(value)
        if kind is QuestionType.SELECT_ONE:
            return text(label_of.get(value, value)) if labels else text(value)
        return text(value)

    def whole_number(value: str, number: float | None) -> object:
        # The common case of value_of, first: an integer a double holds.
        if number is not None:
            try:
                exact = int(value)
            except ValueError:
                return int(number)
            if -(10**EXCEL_DIGITS) < exact < 10**EXCEL_DIGITS or not doubles_only:
                return exact
        return value_of(value, number)

    def label(value: str, _number: float | None) -> object:
        return text(label_of.get(value, value))

    def as_text(value: str, _number: float | None) -> object:
        return text(value)

    numeric = kind.is_numeric
    value_of_answer = value_of  # chosen once per question, not per cell
    if kind is QuestionType.INTEGER:
        value_of_answer = whole_number
    elif kind is QuestionType.SELECT_ONE:
        value_of_answer = label if labels else as_text
    elif not numeric:
        value_of_answer = as_text

    if kind is QuestionType.SELECT_MULTIPLE:

        def convert(stored: dict[str, StoredAnswer]) -> list[object]:
            found = stored.get(name)
            if found is None:
                return not_in_version
            status, value, _ = found
            if status != ANSWERED or value is None:
                return no_answer if status == NO_ANSWER else not_asked
            picked = value.split()
            shown = "; ".join(label_of.get(p, p) for p in picked) if labels else value
            chosen = set(picked)
            return [text(shown), *(1 if c in chosen else 0 for c in choices)]

        return convert

    def convert_one(stored: dict[str, StoredAnswer]) -> list[object]:
        found = stored.get(name)
        if found is None:
            return not_in_version
        status, value, number = found
        if status != ANSWERED or value is None:
            return no_answer if status == NO_ANSWER else not_asked
        return [value_of_answer(value, number)]

    return convert_one


def detail_cells(details: InterviewDetails, with_interviewer: bool, text) -> list[object]:
    cells: list[object] = [details.number, details.version, text(details.site), details.date]
    if with_interviewer:
        cells.append(text(details.interviewer))
    return cells
