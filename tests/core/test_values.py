"""Answer values: reading what people and other tools write, and the canonical storage text."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from duodesk.core.questionnaire import Choice, ChoiceList, Question, QuestionType
from duodesk.core.values import (
    INT64_MAX,
    INT64_MIN,
    AnswerError,
    from_text,
    parse_answer,
    to_text,
    to_xpath,
)

T = QuestionType
DRUGS = ChoiceList(
    "drugs",
    tuple(
        Choice(name, {"English (en)": label})
        for name, label in [
            ("heroin", "Heroin"),
            ("crack", "Crack cocaine"),
            ("benzos", "Benzodiazepines"),
            ("none", "None of these"),
        ]
    ),
)
YES_NO = ChoiceList(
    "yn", tuple(Choice(n, {"English (en)": label}) for n, label in [("yes", "Yes"), ("no", "No")])
)
PLUS_ONE = timezone(timedelta(hours=1))


def question(kind: QuestionType, list_name: str = "") -> Question:
    return Question("q", kind, list_name=list_name)


def choices_for(kind: QuestionType) -> ChoiceList | None:
    return DRUGS if kind.is_select else None


@pytest.mark.parametrize(
    ("kind", "raw", "expected"),
    [
        (T.TEXT, "  Glasgow  ", "Glasgow"),
        (T.TEXT, 42, "42"),
        (T.TEXT, 2.50, "2.5"),
        (T.INTEGER, "42", 42),
        (T.INTEGER, "42.0", 42),
        (T.INTEGER, "-7", -7),
        (T.INTEGER, "+7", 7),
        (T.INTEGER, 42, 42),
        (T.INTEGER, 42.0, 42),
        (T.INTEGER, Decimal("3"), 3),
        (T.INTEGER, str(INT64_MAX), INT64_MAX),
        (T.INTEGER, str(INT64_MIN), INT64_MIN),
        (T.DECIMAL, "1.5", 1.5),
        (T.DECIMAL, ".5", 0.5),
        (T.DECIMAL, "-2", -2.0),
        (T.DECIMAL, "1e3", 1000.0),
        (T.DECIMAL, 3, 3.0),
        (T.SELECT_ONE, "crack", "crack"),
        (T.SELECT_ONE, " crack ", "crack"),
        (T.SELECT_MULTIPLE, "none", ("none",)),
        (T.SELECT_MULTIPLE, "benzos heroin benzos", ("heroin", "benzos")),
        (T.SELECT_MULTIPLE, ["crack", "heroin"], ("heroin", "crack")),
        (T.DATE, "2024-01-05", date(2024, 1, 5)),
        (T.DATE, "2024-01-05T00:00:00", date(2024, 1, 5)),
        (T.DATE, date(2024, 1, 5), date(2024, 1, 5)),
        (T.DATE, datetime(2024, 1, 5), date(2024, 1, 5)),
        (T.TIME, "09:30", time(9, 30)),
        (T.TIME, "09:30:15.250", time(9, 30, 15, 250_000)),
        (T.TIME, "09:30:00.000+01:00", time(9, 30, tzinfo=PLUS_ONE)),
        (T.TIME, time(9, 30), time(9, 30)),
        (T.TIME, datetime(1899, 12, 30, 9, 30), time(9, 30)),
        (T.DATETIME, "2024-01-05T09:30:00.000+01:00", datetime(2024, 1, 5, 9, 30, tzinfo=PLUS_ONE)),
        (T.DATETIME, "2024-01-05T09:30:00Z", datetime(2024, 1, 5, 9, 30, tzinfo=UTC)),
        (T.DATETIME, "2024-01-05 09:30", datetime(2024, 1, 5, 9, 30)),
        (T.DATETIME, "2024-01-05", datetime(2024, 1, 5)),
        (T.DATETIME, date(2024, 1, 5), datetime(2024, 1, 5)),
        (T.START, "2024-01-05T09:30:00", datetime(2024, 1, 5, 9, 30)),
        (T.TODAY, "2024-01-05", date(2024, 1, 5)),
        (T.CALCULATE, 12.0, "12"),
        (T.USERNAME, "peer1", "peer1"),
    ],
)
def test_parse_answer_reads_odk_exports_and_excel_cells(kind, raw, expected):
    value = parse_answer(question(kind), raw, choices_for(kind))
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize("raw", [None, "", "   ", "\t\n", math.nan])
@pytest.mark.parametrize("kind", [T.TEXT, T.INTEGER, T.DECIMAL, T.SELECT_MULTIPLE, T.DATE, T.NOTE])
def test_blank_is_no_answer(kind, raw):
    assert parse_answer(question(kind), raw, choices_for(kind)) is None


@pytest.mark.parametrize(
    ("kind", "raw", "reason"),
    [
        (T.INTEGER, "abc", "'abc' is not a whole number"),
        (T.INTEGER, "42.5", "'42.5' is not a whole number"),
        (T.INTEGER, 42.5, "'42.5' is not a whole number"),
        (T.INTEGER, "1,000", "'1,000' is not a whole number (write it without commas"),
        (T.INTEGER, True, "'True' is not a whole number"),
        (T.INTEGER, str(INT64_MAX + 1), "too large for a whole number"),
        (T.INTEGER, "9" * 5000, "is not a whole number"),
        (T.DECIMAL, "1,5", "'1,5' is not a number (use a point for decimals"),
        (T.DECIMAL, "abc", "'abc' is not a number"),
        (T.DECIMAL, "1e999", "too large"),
        (T.DECIMAL, math.inf, "too large"),
        (T.SELECT_ONE, "maybe", "'maybe' is not one of the choices: heroin, crack, benzos, none"),
        (T.SELECT_ONE, "heroin crack", "names more than one choice"),
        (T.SELECT_ONE, "Heroin", "'Heroin' is the label of 'heroin'; use choice names"),
        (T.SELECT_MULTIPLE, "heroin pcp lsd", "'pcp', 'lsd' are not among the choices"),
        (T.DATE, "05/01/2024", "does not guess whether a date like 05/01/2024 means"),
        (T.DATE, "2024-02-30", "'2024-02-30' is not a real date"),
        (T.DATE, "yesterday", "is not a date written as YYYY-MM-DD"),
        (T.DATE, 45300, "is not a date written as YYYY-MM-DD"),
        (T.DATE, datetime(2024, 1, 5, 10, 30), "has a time of day"),
        (T.DATE, "2024-01-05T10:30:00", "has a time of day"),
        (T.TIME, "9.30am", "is not a time written as HH:MM"),
        (T.TIME, datetime(2024, 1, 5, 9, 30), "is a date and time"),
        (T.DATETIME, "05/01/2024 10:00", "does not guess"),
        (T.DATETIME, "soon", "is not a date and time"),
        (T.NOTE, "hello", "A note takes no answer"),
    ],
)
def test_parse_answer_explains_refusals_in_plain_english(kind, raw, reason):
    with pytest.raises(AnswerError) as caught:
        parse_answer(question(kind), raw, choices_for(kind))
    assert reason in caught.value.reason
    assert str(caught.value) == caught.value.reason


def test_choice_lists_longer_than_a_dozen_are_shortened_in_the_reason():
    many = ChoiceList("many", tuple(Choice(f"c{i}") for i in range(40)))
    with pytest.raises(AnswerError) as caught:
        parse_answer(question(T.SELECT_ONE), "x", many)
    assert caught.value.reason.endswith("c10, c11, ...")


def test_numbers_in_cells_name_numeric_choices():
    coded = ChoiceList("coded", (Choice("1"), Choice("2"), Choice("99")))
    assert parse_answer(question(T.SELECT_ONE), 2, coded) == "2"
    assert parse_answer(question(T.SELECT_ONE), 99.0, coded) == "99"
    assert parse_answer(question(T.SELECT_MULTIPLE), "99 1", coded) == ("1", "99")


def test_select_answers_without_a_choice_list_are_taken_as_written():
    assert parse_answer(question(T.SELECT_MULTIPLE), "b a b", None) == ("b", "a")
    assert parse_answer(question(T.SELECT_ONE), "anything", None) == "anything"


@pytest.mark.parametrize(
    ("kind", "value", "text"),
    [
        (T.TEXT, "Glasgow ", "Glasgow "),
        (T.INTEGER, 42, "42"),
        (T.INTEGER, -9_000_000_000, "-9000000000"),
        (T.DECIMAL, 1.5, "1.5"),
        (T.DECIMAL, 0.1 + 0.2, "0.30000000000000004"),
        (T.DECIMAL, 2.0, "2"),
        (T.DECIMAL, 1e-7, "0.0000001"),
        (T.SELECT_ONE, "crack", "crack"),
        (T.SELECT_MULTIPLE, ("heroin", "benzos"), "heroin benzos"),
        (T.DATE, date(2024, 1, 5), "2024-01-05"),
        (T.TIME, time(9, 30), "09:30:00"),
        (T.DATETIME, datetime(2024, 1, 5, 9, 30, tzinfo=PLUS_ONE), "2024-01-05T09:30:00+01:00"),
        (T.CALCULATE, "12", "12"),
        (T.TEXT, None, ""),
    ],
)
def test_to_text_is_canonical_and_from_text_reads_it_back(kind, value, text):
    assert to_text(question(kind), value) == text
    assert from_text(question(kind), text) == value


def test_from_text_refuses_corrupt_storage():
    with pytest.raises(AnswerError):
        from_text(question(T.INTEGER), "forty")


@pytest.mark.parametrize(
    ("kind", "value", "seen"),
    [
        (T.TEXT, None, ""),
        (T.SELECT_MULTIPLE, ("heroin", "none"), "heroin none"),
        (T.INTEGER, 42, 42),
        (T.DECIMAL, 1.5, 1.5),
        (T.DATE, date(2024, 1, 5), date(2024, 1, 5)),
        (T.SELECT_ONE, "yes", "yes"),
    ],
)
def test_to_xpath_gives_the_value_expressions_see(kind, value, seen):
    assert to_xpath(question(kind), value) == seen


_NAMES = st.text(alphabet="abcdefghij_0123456789", min_size=1, max_size=8)
_OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
_TYPED_VALUES = {
    T.TEXT: st.text(min_size=1).filter(lambda s: s != ""),
    T.INTEGER: st.integers(min_value=INT64_MIN, max_value=INT64_MAX),
    T.DECIMAL: st.floats(allow_nan=False, allow_infinity=False),
    T.SELECT_ONE: _NAMES,
    T.SELECT_MULTIPLE: st.lists(_NAMES, min_size=1, max_size=6, unique=True).map(tuple),
    T.DATE: st.dates(),
    T.TIME: st.times(timezones=st.none() | _OFFSETS),
    T.DATETIME: st.datetimes(timezones=st.none() | _OFFSETS),
    T.CALCULATE: st.text(min_size=1),
}


@settings(max_examples=60, deadline=None)
@given(st.data())
@pytest.mark.parametrize("kind", list(_TYPED_VALUES))
def test_every_typed_value_survives_to_text_and_back(kind, data):
    value = data.draw(_TYPED_VALUES[kind])
    q = question(kind)
    text = to_text(q, value)
    back = from_text(q, text)
    assert back == value
    assert type(back) is type(value)
    assert to_text(q, back) == text


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=INT64_MIN, max_value=INT64_MAX))
def test_integer_text_with_a_trailing_point_zero_is_read(number):
    assert parse_answer(question(T.INTEGER), f"{number}.0", None) == number
