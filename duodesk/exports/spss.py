"""The data as an SPSS ``.sav`` file (pyreadstat), for SPSS and PSPP.

Variables are named after the questions (a select_multiple's 0/1 variables ``question_choice``)
and carry the question as their label. Choice questions are numbers with value labels: the
choices are numbered 1, 2, ... in list order, and missing codes (such as "Don't know") get
-1, -2, ...; a choice whose name is a number ("-1", "0", "99") keeps that number, as in the
CSV file, and the others are numbered around it (see :func:`choice_codes`). Why a question
has no answer is coded, for choice questions and 0/1 variables, as:

=======  ==============================
 -99     No answer (asked, left blank)
 -98     Not asked (skipped)
 -97     Not in this version
=======  ==============================

A choice question whose choices take these numbers, or whose real answers are numbered -97 or
below, gets -999, -998, -997 (or -9999, ...) instead, and the codebook says so. A number
question keeps these codes only while every real answer to it is above -97; otherwise
its codes go below its smallest answer (-999, -998, -997, or -9999, ...), so that a genuine
answer of -98 is never declared missing. When its answers span both -10**15 and 10**15, its
codes are three values that no real answer of it takes. Each variable's codes are in its value
labels and in the codebook written beside the file (``NAME-codebook.csv``), which also holds
the full text of any label SPSS's limits cut (120 bytes for a value label, 256 for a variable
label; a cut label ends in " [cut]").

All negative codes of a choice question, and the three status codes of a number, are declared
user-missing, so FREQUENCIES shows them apart and leaves them out of valid percent. Written
answers and dates are strings; their status is written as text ("not asked").

An SPSS number is a double, which holds every whole number only up to 2**53 and about 15
significant digits. A number question with an answer beyond that (9007199254740993, or a
decimal with 20 digits) is written as a string variable holding every answer as it was stored,
exactly as the workbook writes such a cell as text; the codebook's last column and the export's
report say so. No answer is ever rounded on its way into the file.
"""

from __future__ import annotations

import csv
import math
import re
from array import array
from collections.abc import Callable, Collection
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import func, or_, select

from duodesk.analysis.catalogue import plural
from duodesk.analysis.subset import form_interviews
from duodesk.core.questionnaire import QuestionType
from duodesk.core.records import AnswerStatus
from duodesk.core.spreadsheet import CUT_MARKER, clean_text, csv_safe
from duodesk.exports.layout import DETAILS, INTERVIEWER, NOT_ASKED, NOT_IN_VERSION
from duodesk.exports.prepare import Prepared
from duodesk.exports.rows import fits_a_double, stream_interviews, written_number
from duodesk.i18n import translate
from duodesk.storage.database import Database
from duodesk.storage.models import Answer

NO_ANSWER_CODE, NOT_ASKED_CODE, NOT_IN_VERSION_CODE = -99, -98, -97


def status_labels() -> dict[int, str]:
    """The value labels DuoDesk adds for an answer's status, in the interface language (the
    codes never change with it)."""
    return {
        NO_ANSWER_CODE: translate("SPSS", "No answer"),
        NOT_ASKED_CODE: translate("SPSS", "Not asked (skipped)"),
        NOT_IN_VERSION_CODE: translate("SPSS", "Not in this version"),
    }


ANSWERED = int(AnswerStatus.ANSWERED)
NO_ANSWER = int(AnswerStatus.NO_ANSWER)
PROGRESS_EVERY = 1000
VALUE_LABEL_BYTES = 120  # SPSS's limits, in bytes of UTF-8
VARIABLE_LABEL_BYTES = 256
FILE_LABEL_BYTES = 64
EXACT_LIMIT = 10**15  # codes stay exact and far from the float limit of 2**53


def cut_to_bytes(text: str, limit: int) -> str:
    """``text`` without control characters, cut to at most ``limit`` bytes of UTF-8 (never
    inside a character) and ending in " [cut]" when it was cut."""
    text = clean_text(text)
    raw = text.encode("utf-8")
    if len(raw) <= limit:
        return text
    keep = raw[: limit - len(CUT_MARKER.encode("utf-8"))].decode("utf-8", errors="ignore")
    return keep + CUT_MARKER


@dataclass(frozen=True)
class StatusCodes:
    """The codes of a number variable for "No answer", "Not asked (skipped)" and "Not in
    this version", all declared user-missing."""

    no_answer: int = NO_ANSWER_CODE
    not_asked: int = NOT_ASKED_CODE
    not_in_version: int = NOT_IN_VERSION_CODE

    @property
    def labels(self) -> dict[int, str]:
        words = status_labels()
        return {
            self.no_answer: words[NO_ANSWER_CODE],
            self.not_asked: words[NOT_ASKED_CODE],
            self.not_in_version: words[NOT_IN_VERSION_CODE],
        }

    def code(self, status: int) -> int:
        return {
            NO_ANSWER_CODE: self.no_answer,
            NOT_ASKED_CODE: self.not_asked,
            NOT_IN_VERSION_CODE: self.not_in_version,
        }[status]


def status_codes_for(
    low: float | None, high: float | None, taken: Collection[float] = ()
) -> StatusCodes:
    """Codes outside ``low`` .. ``high``, the range of a number question's real answers
    (None: no answers). -99/-98/-97 while every answer is above -97; else -999/-998/-997,
    -9999/..., the first set below the smallest answer; for answers below -10**15, 999/998/997,
    ... above the largest. Answers spanning both -10**15 and 10**15 leave no room outside:
    then three single values that no real answer takes (``taken`` holds the real answers among
    :func:`spare_codes`), the first free triple of them, declared as three single values."""
    if low is None or low > NOT_IN_VERSION_CODE:
        return StatusCodes()
    nines = 999
    while nines < EXACT_LIMIT:
        if -nines + 2 < low:
            return StatusCodes(-nines, -nines + 1, -nines + 2)
        nines = nines * 10 + 9
    nines = 99
    while high is not None and nines < EXACT_LIMIT:
        if nines - 2 > high:
            return StatusCodes(nines, nines - 1, nines - 2)
        nines = nines * 10 + 9
    return StatusCodes(*_free_codes(taken))


def number_named(name: str) -> int | float | None:
    """The number a choice name is, when it is one written as the CSV file writes numbers
    ("-1", "0", "99", "2.5"; not "01" or "1e3") and an SPSS number holds it exactly; else
    None."""
    exact = exact_stored_number(name)
    if exact is None or written_number(exact) != name or not fits_a_double(exact):
        return None
    if abs(exact) >= EXACT_LIMIT:
        return None
    return int(exact) if exact == int(exact) else float(exact)


@dataclass(frozen=True)
class ChoiceCodes:
    """How a select_one question's answers are numbered in the ``.sav`` file: ``codes`` (choice
    name -> code), ``status`` (the codes of its three statuses), and ``declared`` (its
    user-missing values, as pyreadstat takes them). ``moved``: the choice names that took the
    usual status codes; ``undeclared``: missing codes SPSS's rules left undeclared."""

    codes: dict[str, int | float]
    status: StatusCodes
    declared: list
    moved: tuple[str, ...] = ()
    undeclared: tuple[int | float, ...] = ()

    def notes(self) -> list[str]:
        """What the codebook says of these codes, beyond the value labels."""
        said = []
        if self.moved:
            said.append(
                translate(
                    "SPSS",
                    "No answer, Not asked (skipped) and Not in this version are coded {no_answer}, "
                    "{not_asked} and {not_in_version} here, as choices named {names} keep their "
                    "numbers",
                ).format(
                    no_answer=self.status.no_answer,
                    not_asked=self.status.not_asked,
                    not_in_version=self.status.not_in_version,
                    names=", ".join(self.moved),
                )
            )
        if self.undeclared:
            said.append(
                translate(
                    "SPSS",
                    "missing codes {codes} are not declared missing: SPSS cannot declare them "
                    "beside the others without also declaring a real answer",
                ).format(codes=", ".join(_code(c) for c in self.undeclared))
            )
        return said


def choice_codes(categories) -> ChoiceCodes:
    """The ``.sav`` codes of a select_one question's ``categories`` (in list order).

    A choice whose name is a number (:func:`number_named`: "-1", "0", "99") is coded with
    that number, as the CSV file writes it, so that a code means the same answer in both
    files. The other choices are numbered 1, 2, ... in list order, missing codes -1, -2,
    ..., each skipping the numbers already taken and keeping below every real (not missing)
    answer's code. The statuses are -99, -98, -97, or, when a choice takes one of those or
    a real answer is at or below them, the first of -999/-998/-997, -9999/... below both.
    Every missing code and status is declared user-missing: one range from the lowest to the
    highest of those below the real answers' codes, and one value more if a single missing
    code is above them (SPSS allows no more). When several are above them (77, 88, 99 after
    1, 2), the statuses go beside those instead (999/998/997, or the whole numbers next to
    them), so that one range holds every missing code and no real answer."""
    named: dict[str, int | float] = {}
    for category in categories:
        number = number_named(category.name)
        if number is not None and number not in named.values():
            named[category.name] = number
    if not named:  # the usual numbering, 1, 2, ... and -1, -2, ...
        valid = [c for c in categories if not c.is_missing_code]
        gaps = [c for c in categories if c.is_missing_code]
        codes = {c.name: i for i, c in enumerate(valid, start=1)}
        codes.update({c.name: -i for i, c in enumerate(gaps, start=1)})
        return ChoiceCodes(codes, StatusCodes(), [{"lo": NO_ANSWER_CODE, "hi": -1}])
    taken = set(named.values())
    codes: dict[str, int | float] = {}
    following = 1
    for category in categories:
        if category.name in named:
            codes[category.name] = named[category.name]
        elif not category.is_missing_code:
            while following in taken:
                following += 1
            codes[category.name] = following
            taken.add(following)
    real = [codes[c.name] for c in categories if not c.is_missing_code]
    lowest = min(real, default=math.inf)
    following = min(-1, math.ceil(lowest) - 1)
    for category in categories:
        if category.name not in codes:
            while following in taken:
                following -= 1
            codes[category.name] = following
            taken.add(following)
    nines = 99
    while True:
        status = StatusCodes(-nines, -nines + 1, -nines + 2)
        if -nines + 2 < lowest and not taken.intersection(status.labels):
            break
        nines = nines * 10 + 9
    missing = [codes[c.name] for c in categories if c.is_missing_code]
    below = [*status.labels, *(m for m in missing if m < lowest)]
    above = sorted(m for m in missing if m >= lowest)
    declared: list = [{"lo": min(below), "hi": max(below)}, *above[:1]]
    undeclared = tuple(above[1:])
    usual = StatusCodes().labels
    moved = tuple(
        c.name
        for c in categories
        if c.name in named
        and (
            named[c.name] in usual
            or (not c.is_missing_code and named[c.name] <= NOT_IN_VERSION_CODE)
        )
    )
    if len(above) > 1:
        # Missing codes among or above the real answers' (77, 88, 99 after 1, 2, 3): the
        # statuses go beside them instead (997, 998, 999 above every code, or the numbers
        # just next to them), so that one range holds them all, with no real answer inside.
        beside = _statuses_beside(taken, min(above), max(above), real)
        if beside is not None:
            missing_below = sorted(m for m in missing if m < min(above))
            if len(missing_below) < len(undeclared):
                status, low, high = beside
                declared = [{"lo": low, "hi": high}, *missing_below[:1]]
                undeclared = tuple(missing_below[1:])
                moved = tuple(c.name for c in categories if c.name in named and c.is_missing_code)
    return ChoiceCodes(codes, status, declared, moved, undeclared)


def _statuses_beside(
    taken: Collection[float], low: float, high: float, real: Collection[float]
) -> tuple[StatusCodes, float, float] | None:
    """Status codes beside the missing codes ``low`` .. ``high`` such that one range holds
    them all and no real answer's code: 99/98/97 (or 999/998/997, ...) above every code when
    no real code is above ``low``; else the three whole numbers just below ``low``, or just
    above ``high``. Returns the codes and the range, or None when a real code is among the
    missing ones."""
    if any(low <= code <= high for code in real):
        return None
    if not any(code >= low for code in real):
        nines = 99
        while nines < EXACT_LIMIT:
            if nines - 2 > max(taken, default=0):
                return StatusCodes(nines, nines - 1, nines - 2), low, nines
            nines = nines * 10 + 9
    below = math.ceil(low) - 1
    beside = (below - 2, below - 1, below)
    if not set(beside) & set(taken) and not any(beside[0] <= code < low for code in real):
        return StatusCodes(*beside), beside[0], high
    above = math.floor(high) + 1
    beside = (above, above + 1, above + 2)
    if not set(beside) & set(taken) and not any(high < code <= beside[2] for code in real):
        return StatusCodes(*beside), low, beside[2]
    return None


def spare_codes(start: int = 0) -> list[int]:
    """The codes tried, in order, for a number question whose answers leave no room outside
    them: -99, -98, -97, -999, ..., then 99, 98, 97, 999, ... (``start`` 0); then, should real
    answers take all of these, runs of 1000 whole numbers going down from -100 (``start`` 1, 2,
    ...)."""
    if start:
        return list(range(-100 - 1000 * (start - 1), -100 - 1000 * start, -1))
    codes: list[int] = []
    for sign in (-1, 1):
        nines = 99
        while nines < EXACT_LIMIT:
            codes += [sign * nines, sign * (nines - 1), sign * (nines - 2)]
            nines = nines * 10 + 9
    return codes


def _free_codes(taken: Collection[float], start: int = 0) -> tuple[int, int, int]:
    """The first triple of :func:`spare_codes` with no real answer among it (or, failing
    that, the first three free codes)."""
    taken = set(taken)
    codes = spare_codes(start)
    for i in range(0, 0 if start else len(codes), 3):
        triple = codes[i : i + 3]
        if not taken.intersection(triple):
            return triple[0], triple[1], triple[2]
    free = [code for code in codes if code not in taken]
    if len(free) >= 3:
        return free[0], free[1], free[2]
    raise LookupError("no free codes")


def codes_without_room(
    database: Database, form_id: str, question: str, low: float, high: float
) -> StatusCodes:
    """:func:`status_codes_for` a question whose answers may leave no room outside them,
    asking the database which candidate codes are real answers of ``question``."""
    start = 0
    while True:
        taken = answers_among(database, form_id, question, spare_codes(start))
        try:
            if start == 0:
                return status_codes_for(low, high, taken)
            return StatusCodes(*_free_codes(taken, start))
        except LookupError:
            start += 1


def answers_among(database: Database, form_id: str, question: str, values: list[int]) -> set[float]:
    """Which of ``values`` are real answers of ``question`` in a complete interview of
    ``form_id`` (compared as the doubles the ``.sav`` file holds)."""
    interviews = form_interviews(form_id).subquery()
    with database.read_session() as session:
        rows = session.execute(
            select(Answer.number)
            .where(
                Answer.question == question,
                Answer.status == ANSWERED,
                Answer.number.in_([float(v) for v in values]),
                Answer.interview_id.in_(select(interviews.c.id)),
            )
            .distinct()
        ).scalars()
        return {float(v) for v in rows}


def number_ranges(database: Database, form_id: str, names: list[str]) -> dict[str, tuple]:
    """The smallest and largest answer to each number question in ``names`` over every
    complete interview of ``form_id`` (not only the exported subset, so that the codes stay
    the same from one export to the next)."""
    if not names:
        return {}
    interviews = form_interviews(form_id).subquery()
    with database.read_session() as session:
        rows = session.execute(
            select(Answer.question, func.min(Answer.number), func.max(Answer.number))
            .where(
                Answer.question.in_(names),
                Answer.status == ANSWERED,
                Answer.interview_id.in_(select(interviews.c.id)),
            )
            .group_by(Answer.question)
        ).all()
    return {question: (low, high) for question, low, high in rows}


def numbers_beyond_a_double(
    database: Database, form_id: str, names: list[str]
) -> dict[str, tuple[int, str]]:
    """The number questions in ``names`` with at least one answer (over every complete
    interview of ``form_id``, as :func:`number_ranges`) that no double holds exactly, by
    question: how many such answers and the first of them. SQL picks the candidates (beyond
    2**53, long, or written with an exponent) so that ordinary answers are never read here."""
    if not names:
        return {}
    interviews = form_interviews(form_id).subquery()
    found: dict[str, tuple[int, str]] = {}
    with database.read_session() as session:
        rows = session.execute(
            select(Answer.question, Answer.value)
            .where(
                Answer.question.in_(names),
                Answer.status == ANSWERED,
                Answer.number.is_not(None),
                Answer.interview_id.in_(select(interviews.c.id)),
                or_(
                    func.abs(Answer.number) > 2**53,
                    func.length(Answer.value) > 15,
                    func.lower(Answer.value).like("%e%"),
                ),
            )
            .order_by(Answer.interview_id)
        )
        for question, value in rows:
            exact = exact_stored_number(value)
            if exact is None or fits_a_double(exact):
                continue
            count, first = found.get(question, (0, value))
            found[question] = (count + 1, first)
    return found


def exact_stored_number(value: str | None) -> int | Decimal | None:
    """A stored number answer's text as an exact ``int`` or ``Decimal`` (None if it is not
    a finite number)."""
    if value is None:
        return None
    text = value.strip()
    try:
        return int(text)
    except ValueError:
        pass
    try:
        exact = Decimal(text)
    except InvalidOperation:
        return None
    return exact if exact.is_finite() else None


# Words of SPSS's syntax that no variable may be named, in any case.
RESERVED_WORDS = frozenset(
    {"ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH"}
)


def variable_name(text: str, taken: set[str]) -> str:
    """A valid, unique SPSS variable name (letters, digits, ``_``, ``.``; 64 bytes at most)."""
    name = re.sub(r"[^\w.]", "_", text, flags=re.ASCII).strip(".") or "v"
    if not name[0].isalpha():
        name = "v" + name
    if name.upper() in RESERVED_WORDS:  # SPSS refuses "BY"; PSPP renames "by" to VAR001
        name = "v_" + name
    name = name[:60]
    candidate, n = name, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{name}_{n}"
    taken.add(candidate.lower())
    return candidate


class _Variables:
    """The variables of one ``.sav`` file as they are filled, row by row: their values,
    labels (cut to SPSS's limits, and in full for the codebook), value labels, declared
    missing values and measures."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        # Numeric variables are packed doubles (8 bytes a value, not a Python float each):
        # 100,000 interviews x 135 variables stay near 100 MB until pyreadstat writes them.
        self.data: dict[str, list | array] = {}
        self.labels: dict[str, str] = {}
        self.full_labels: dict[str, str] = {}
        self.full_values: dict[str, dict] = {}
        self.missing: dict[str, list] = {}
        self.measure: dict[str, str] = {}
        self.filling: list[Callable[[dict], None]] = []
        self.notes: dict[str, str] = {}
        self.as_text: list[str] = []  # number variables written as text to keep every digit

    def _note(self, name: str, note: str) -> None:
        self.notes[name] = f"{self.notes[name]}; {note}" if name in self.notes else note

    def _named(self, wanted: str, column: str) -> str:
        """The variable name for ``wanted``, noted in the codebook when SPSS's rules made it
        another one (``age`` beside ``Age`` becomes ``age_2``; a name of more than 60
        characters is cut): ``column`` is what the CSV file and the workbook call it."""
        name = variable_name(wanted, self.taken)
        if name != wanted:
            self._note(
                name,
                translate(
                    "SPSS",
                    "named “{column}” in the CSV file and the workbook (SPSS needed another name)",
                ).format(column=column),
            )
        return name

    def add_plain(self, header: str, label: str, numbers: bool = False) -> list | array:
        """A variable filled by the caller (the interview's details): its values."""
        name = variable_name(header, self.taken)
        self.labels[name] = self.full_labels[name] = label
        self.data[name] = array("d") if numbers else []
        return self.data[name]

    def add_questions(self, database: Database, form_id: str, questions) -> None:
        """A variable per question (a 0/1 variable per choice of a select_multiple too),
        filled by :meth:`fill` from each row's stored answers."""
        data, labels, full_labels, full_values = (
            self.data,
            self.labels,
            self.full_labels,
            self.full_values,
        )
        missing, measure, filling = self.missing, self.measure, self.filling
        numeric = [i.name for i in questions if i.type.is_numeric]
        ranges = number_ranges(database, form_id, numeric)
        too_big = numbers_beyond_a_double(database, form_id, numeric)
        for info in questions:
            name = self._named(info.name, info.name)
            full_labels[name] = info.label
            labels[name] = cut_to_bytes(info.label, VARIABLE_LABEL_BYTES)
            data[name] = []
            if info.type is QuestionType.SELECT_ONE:
                chosen = choice_codes(info.categories)
                data[name] = array("d")
                label_of = {chosen.codes[c.name]: c.label for c in info.categories}
                full_values[name] = {**label_of, **chosen.status.labels}
                missing[name] = chosen.declared
                measure[name] = "nominal"
                for note in chosen.notes():
                    self._note(name, note)
                filling.append(_select_one(info.name, data[name], chosen))
                continue
            if info.type.is_select:
                # select_multiple: the ticked codes as text, then a 0/1 variable per choice
                filling.append(_strings(info.name, data[name]))
                for category in info.categories:
                    sub = self._named(
                        f"{info.name}_{category.name}", f"{info.name}/{category.name}"
                    )
                    full_labels[sub] = f"{info.label}: {category.label}"
                    labels[sub] = cut_to_bytes(full_labels[sub], VARIABLE_LABEL_BYTES)
                    data[sub] = array("d")
                    full_values[sub] = {
                        0: translate("SPSS", "Not ticked"),
                        1: translate("SPSS", "Ticked"),
                        **status_labels(),
                    }
                    missing[sub] = [{"lo": NO_ANSWER_CODE, "hi": NOT_IN_VERSION_CODE}]
                    measure[sub] = "nominal"
                    filling.append(_ticked(info.name, category.name, data[sub]))
                continue
            if info.type.is_numeric and info.name in too_big:
                count, first = too_big[info.name]
                self._note(
                    name,
                    translate(
                        "SPSS",
                        "written as text: {count} answer(s) such as {first} have more digits "
                        "than an SPSS number holds exactly",
                    ).format(count=count, first=first),
                )
                filling.append(_strings(info.name, data[name], as_number=True))
                self.as_text.append(name)
                continue
            if info.type.is_numeric:
                data[name] = array("d")
                low, high = ranges.get(info.name, (None, None))
                status = status_codes_for(low, high)
                if low is not None and status == StatusCodes() and low <= NOT_IN_VERSION_CODE:
                    status = codes_without_room(database, form_id, info.name, low, high)
                full_values[name] = status.labels
                missing[name] = sorted(status.labels)  # three single values, nothing between
                measure[name] = "scale"
                filling.append(_number(info.name, data[name], status))
                continue
            filling.append(_strings(info.name, data[name]))

    def fill(self, stored: dict) -> None:
        for fill in self.filling:
            fill(stored)

    def write(self, path: Path, file_label: str, codebook: Path | None) -> None:
        import numpy as np
        import pandas as pd
        import pyreadstat

        value_labels = {
            name: {code: cut_to_bytes(text, VALUE_LABEL_BYTES) for code, text in full.items()}
            for name, full in self.full_values.items()
        }
        frame = pd.DataFrame(
            {
                name: np.frombuffer(values, dtype=np.float64)
                if isinstance(values, array)
                else values
                for name, values in self.data.items()
            }
        )
        formats = {
            name: display_format(frame[name].to_numpy())
            for name in frame.columns
            if frame[name].dtype.kind in "if"
        }
        pyreadstat.write_sav(
            frame,
            str(path),
            file_label=cut_to_bytes(file_label, FILE_LABEL_BYTES),
            column_labels=self.labels,
            variable_value_labels=value_labels,
            missing_ranges=self.missing,
            variable_measure=self.measure,
            variable_format=formats,
        )
        if codebook is not None:
            _write_codebook(
                codebook,
                self.labels,
                self.full_labels,
                self.full_values,
                self.missing,
                self.notes,
            )


def write_sav(
    database: Database,
    prepared: Prepared,
    path: Path,
    *,
    progress: Callable[[float], None],
    cancelled: Callable[[], bool] | None,
    codebook: Path | None = None,
) -> SavWritten:
    """Write the ``.sav`` file to ``path`` and, when ``codebook`` is given, its codebook
    (see :func:`codebook_header`) there; returns how many interviews were written and which
    number questions went in as text (see the module's notes)."""
    layout, options = prepared.layout, prepared.options
    variables = _Variables()
    # SPSS names start with a letter: "_date" becomes "v_date", still apart from a question.
    details = list(DETAILS)
    if not options.deidentified:
        details.append(INTERVIEWER)
    detail_values = [
        variables.add_plain(column.header, column.label)
        for column in layout.columns[: len(details)]
    ]
    variables.add_questions(database, prepared.form_id, layout.questions)

    written = 0
    with database.read_session() as session:
        for interview, stored in stream_interviews(
            session, prepared.form_id, prepared.subset, layout.question_names, cancelled=cancelled
        ):
            row = [interview.number, interview.version, interview.site, interview.date]
            if not options.deidentified:
                row.append(interview.interviewer)
            for values, value in zip(detail_values, row, strict=True):
                values.append(clean_text(value) if isinstance(value, str) else value)
            variables.fill(stored)
            written = interview.number
            if written % PROGRESS_EVERY == 0:
                progress(0.9 * written / max(1, prepared.interviews))
    variables.write(path, prepared.summary.title or prepared.form_id, codebook)
    progress(1.0)
    return SavWritten(written, tuple(variables.as_text))


def write_repeat_sav(
    database: Database,
    prepared: Prepared,
    table,
    path: Path,
    *,
    cancelled: Callable[[], bool] | None,
    codebook: Path | None = None,
) -> SavWritten:
    """Write one repeat's ``.sav`` file (``table``, a
    :class:`~duodesk.exports.repeat_data.RepeatTable`): a row per instance, keyed by the
    interview's number (``v_interview``, the same number as the interview file's
    ``v_interview``) and the instance (``v_instance``: ``2``, or ``2.1`` inside an outer
    repeat's second instance, whose number is in ``v_parent_instance``). The questions'
    variables, value labels and missing codes follow the interview file's rules."""
    from duodesk.exports.repeat_data import stream_instances

    variables = _Variables()
    interview = variables.add_plain(
        "_interview", translate("SPSS", "Interview number"), numbers=True
    )
    instance = variables.add_plain(
        "_instance", translate("SPSS", "Which {unit} of the interview").format(unit=table.unit)
    )
    parent = variables.add_plain(
        "_parent_instance", translate("SPSS", "The instance it is inside (if any)")
    )
    variables.add_questions(database, prepared.form_id, table.layout.questions)
    instances = 0
    with database.read_session() as session:
        for number, position, stored in stream_instances(
            session, prepared.form_id, prepared.subset, table, cancelled=cancelled
        ):
            interview.append(float(number))
            instance.append(position)
            parent.append(position.rsplit(".", 1)[0] if "." in position else "")
            variables.fill(stored)
            instances += 1
    title = f"{prepared.summary.title or prepared.form_id}: {plural(table.unit, table.language)}"
    variables.write(path, title, codebook)
    return SavWritten(instances, tuple(variables.as_text))


MAX_WIDTH, MAX_DECIMALS = 40, 16  # SPSS's F format: at most 40 characters, 16 decimals


def display_format(values) -> str:
    """The SPSS display format of a numeric column (a numpy array, NaN for system-missing):
    ``F<w>.0`` when every value is whole (codes included), wide enough for the longest;
    otherwise ``F<w>.<d>`` with as many decimals as the longest value needs (its shortest
    exact form, at most 16), so that SPSS shows 2.125 and 0.001, not 2.13 and 0.00."""
    import numpy as np

    present = values[~np.isnan(values)] if values.dtype.kind == "f" else values
    if len(present) == 0:
        return "F8.0"
    whole = len(str(int(np.max(np.abs(present))))) + int(bool(np.any(present < 0)))
    fractional = present[np.floor(present) != present] if values.dtype.kind == "f" else []
    decimals = 0
    for value in np.unique(fractional):
        text = format(Decimal(repr(float(value))), "f")
        decimals = max(decimals, len(text.partition(".")[2]))
        if decimals >= MAX_DECIMALS:
            decimals = MAX_DECIMALS
            break
    width = whole + (decimals + 1 if decimals else 0)
    return f"F{min(max(width, 1), MAX_WIDTH)}.{decimals}"


@dataclass(frozen=True)
class SavWritten:
    interviews: int
    as_text: tuple[str, ...]  # number variables written as strings to keep every digit


def codebook_header() -> tuple[str, ...]:
    return (
        translate("SPSS", "Variable"),
        translate("SPSS", "Label (in full)"),
        translate("SPSS", "Values (code = label, in full)"),
        translate("SPSS", "Declared missing"),
        translate("SPSS", "Cut or changed in the .sav file"),
    )


def codebook_path(path: Path) -> Path:
    """Where the codebook of the ``.sav`` file ``path`` goes: ``NAME-codebook.csv`` beside it."""
    return path.with_name(f"{path.stem}-codebook.csv")


def _write_codebook(path, labels, full_labels, full_values, missing, notes) -> None:
    """Every variable with its label and value labels in full, its declared missing values,
    and what SPSS's limits cut or changed (``notes``, by variable)."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(codebook_header())
        for name, label in labels.items():
            values = full_values.get(name, {})
            cut = (
                []
                if label == clean_text(full_labels[name])
                else [translate("SPSS", "variable label")]
            )
            cut += [
                translate("SPSS", "value label {code}").format(code=code)
                for code, text in values.items()
                if cut_to_bytes(text, VALUE_LABEL_BYTES) != clean_text(text)
            ]
            if name in notes:
                cut.append(notes[name])
            declared = missing.get(name, [])
            writer.writerow(
                [
                    csv_safe(name),
                    csv_safe(full_labels[name]),
                    csv_safe("; ".join(f"{_code(c)} = {t}" for c, t in sorted(values.items()))),
                    "; ".join(
                        translate("SPSS", "{low} to {high}").format(
                            low=_code(d["lo"]), high=_code(d["hi"])
                        )
                        if isinstance(d, dict)
                        else _code(d)
                        for d in declared
                    ),
                    "; ".join(cut),
                ]
            )


def _code(code: float) -> str:
    return str(int(code)) if float(code).is_integer() else str(code)


def _status_code(found) -> int | None:
    if found is None:
        return NOT_IN_VERSION_CODE
    status, value, _ = found
    if status == ANSWERED and value is not None:
        return None
    return NO_ANSWER_CODE if status == NO_ANSWER else NOT_ASKED_CODE


def _select_one(question: str, values: list, chosen: ChoiceCodes):
    codes, status = chosen.codes, chosen.status

    def fill(stored: dict) -> None:
        found = stored.get(question)
        code = _status_code(found)
        if code is not None:
            values.append(status.code(code))
        else:
            values.append(codes.get(found[1], status.no_answer))

    return fill


def _ticked(question: str, choice: str, values: list):
    def fill(stored: dict) -> None:
        found = stored.get(question)
        code = _status_code(found)
        values.append(code if code is not None else int(choice in found[1].split()))

    return fill


def _number(question: str, values: list, codes: StatusCodes):
    def fill(stored: dict) -> None:
        found = stored.get(question)
        code = _status_code(found)
        if code is not None:
            values.append(float(codes.code(code)))
        else:
            # + 0.0: a stored -0.0 is written as 0, as every other export writes it.
            values.append(found[2] + 0.0 if found[2] is not None else math.nan)

    return fill


def _strings(question: str, values: list, *, as_number: bool = False):
    """``as_number``: a number question written as text, as the CSV file writes it."""

    def fill(stored: dict) -> None:
        found = stored.get(question)
        code = _status_code(found)
        if code is None:
            exact = exact_stored_number(found[1]) if as_number else None
            text = found[1] if exact is None else written_number(Decimal(exact))
            values.append(clean_text(text, 32_000))
        else:
            values.append(
                {NOT_IN_VERSION_CODE: NOT_IN_VERSION, NOT_ASKED_CODE: NOT_ASKED}.get(code, "")
            )

    return fill
