"""A typed decimal comes back as the same number from every export: the CSV file writes it as a
plain decimal (an exponent only where the plain form would be wider than SPSS's widest number
and the exponent is shorter), the workbook as a number cell that holds it exactly (else as the
CSV's text), the .sav as the same double; -0 is 0 everywhere; and the CSV imported back gives
the same numbers."""

from __future__ import annotations

import csv
import math
from decimal import Decimal
from itertools import count
from pathlib import Path

import openpyxl
import pyreadstat
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from duodesk.analysis.tables import rounded_text
from duodesk.core.questionnaire import Question, Questionnaire, QuestionType, Settings
from duodesk.core.values import AnswerError, parse_answer
from duodesk.exports.disclosure import DisclosureRule
from duodesk.exports.export import export
from duodesk.exports.layout import ExportOptions, interviews_path
from duodesk.exports.rows import WIDEST_PLAIN_NUMBER, written_number
from duodesk.storage.database import Database
from duodesk.storage.importer import import_responses
from duodesk.storage.interviews import stored_answers
from duodesk.storage.models import Interview
from duodesk.storage.questionnaires import save_questionnaire
from tests.analysis.projects import store_interviews

FORM = Questionnaire(
    Settings("exact", "Exact numbers", "1"),
    (Question("amount", QuestionType.DECIMAL, {"": "Amount"}),),
    {},
)
AMOUNT = FORM.question("amount")


@pytest.mark.parametrize(
    ("stored", "written"),
    [
        ("0.000000000000000000000000000001", "0.000000000000000000000000000001"),
        ("-0", "0"),
        ("0", "0"),
        ("1" + "0" * 300, "1E+300"),
        ("-0." + "0" * 319 + "1", "-1E-320"),
        ("1.123456789012345678", "1.123456789012345678"),
        ("0." + "0" * 50 + "123", "1.23E-51"),
        ("3." + "1" * 60, "3." + "1" * 60),  # every digit counts: no shorter with an exponent
    ],
)
def test_a_number_is_written_plainly_unless_that_is_absurdly_long(stored, written):
    assert written_number(Decimal(stored)) == written


def test_minus_zero_and_a_tiny_number_are_stored_as_typed():
    assert parse_answer(AMOUNT, "-0") == 0 and math.copysign(1, parse_answer(AMOUNT, "-0")) == 1
    with pytest.raises(AnswerError, match="more than 400 digits"):
        parse_answer(AMOUNT, "1e-400")  # the nearest double, 0, would be another number


def test_a_summary_prints_numbers_with_more_digits_than_decimals_usually_hold():
    # A stored 1E+300 has 301 digits before its point; rounding it for print must not fail.
    assert rounded_text(Decimal("1E+300"), 1) == "1" + "0" * 300 + ".0"
    assert rounded_text(Decimal("12345678901234567890123456789.45"), 1) == (
        "12345678901234567890123456789.5"
    )


def typed_decimals():
    """Decimals a person could type: short and long, tiny and huge, negative, zero; those
    DuoDesk refuses (beyond a double, or more than 400 digits written out) left out."""

    def accepted(number: Decimal) -> bool:
        try:
            parse_answer(AMOUNT, number)
        except AnswerError:
            return False
        return True

    digits = st.integers(-(10**40), 10**40)  # past the 28 digits of Decimal's usual context
    exponents = st.integers(-330, 300)
    scientific = st.builds(lambda d, e: Decimal(d).scaleb(e), digits, exponents)
    everyday = st.decimals(min_value=-(10**6), max_value=10**6, places=3)
    return st.one_of(scientific, everyday, st.sampled_from([Decimal("-0"), Decimal("0.0")])).filter(
        accepted
    )


EXAMPLES = [
    Decimal("-0"),
    Decimal("-0.0"),
    Decimal("1E-30"),
    Decimal("1E+300"),
    Decimal("-1E-320"),
    Decimal("9007199254740993"),
    Decimal("0.30000000000000004"),
    Decimal("1.123456789012345678"),
    Decimal("123456789.125"),
    Decimal("123456789012345678901234567890.123456789"),  # more digits than 28: none rounded
    Decimal("3.14159265358979323846264338327950288"),
]
_projects = count()


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(numbers=st.lists(typed_decimals(), min_size=1, max_size=12))
@example(numbers=EXAMPLES)
def test_typed_decimals_come_back_as_the_same_numbers_from_every_export(numbers, tmp_path):
    folder = tmp_path / f"project{next(_projects)}"
    folder.mkdir()
    source = Database.open(folder / "source.duodesk")
    try:
        store_interviews(source, FORM, [{"amount": parse_answer(AMOUNT, n)} for n in numbers])
        csv_file, workbook, sav = folder / "data.csv", folder / "out.xlsx", folder / "data.sav"
        export(source, "exact", csv_file, ExportOptions(labels=False))
        # a few interviews: the group's workbook (small numbers shown), and its rows
        group = DisclosureRule(enabled=False)
        export(
            source, "exact", workbook, ExportOptions(disclosure=group, include_interview_data=True)
        )
        export(source, "exact", sav, ExportOptions())
    finally:
        source.close()

    written = _csv_column(csv_file)
    for number, text in zip(numbers, written, strict=True):
        assert Decimal(text) == number, (number, text)
        assert text != "-0" and not text.startswith("-0E")
        if "E" in text:
            assert len(format(number, "f")) > WIDEST_PLAIN_NUMBER, text

    sheet = openpyxl.load_workbook(interviews_path(workbook), read_only=True)["Data"]
    rows = list(sheet.iter_rows(values_only=True))
    column = rows[0].index("amount")
    for number, text, row in zip(numbers, written, rows[1:], strict=True):
        cell = row[column]
        if isinstance(cell, str):
            assert cell == text  # a number no cell holds exactly: the CSV's text
        else:
            assert Decimal(repr(float(cell))) == number and not _minus_zero(cell)

    frame, _ = pyreadstat.read_sav(str(sav), user_missing=True)
    for number, text, value in zip(numbers, written, frame["amount"], strict=True):
        if isinstance(value, str):
            assert value == text
        else:
            assert value == float(number) and not _minus_zero(value)

    target = Database.open(folder / "target.duodesk")
    try:
        with target.session() as session:
            save_questionnaire(session, FORM)
        assert import_responses(target, "exact", csv_file).imported == len(numbers)
        with target.session() as session:
            ids = session.query(Interview.id).order_by(Interview.id).all()
            back = [stored_answers(session, i)["amount"].value for (i,) in ids]
    finally:
        target.close()
    assert [Decimal(text) for text in back] == numbers


def _csv_column(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [row["amount"] for row in csv.DictReader(handle)]


def _minus_zero(value: float) -> bool:
    return value == 0 and math.copysign(1, value) < 0
