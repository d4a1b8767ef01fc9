"""Descriptives of numbers are exact: checked against exact fractions and against PSPP's
EXAMINE (SPSS's HAVERAGE percentiles) on awkward data: large offsets, integers past 2**53,
negative numbers that look like missing codes, ties."""

from __future__ import annotations

import json
import operator
import random
import sqlite3
import statistics
from decimal import Decimal, localcontext
from fractions import Fraction

import openpyxl
import pytest

from duodesk.analysis import summarize
from duodesk.analysis.results import AnalysisError
from duodesk.analysis.subset import Condition, Subset
from duodesk.analysis.tables import number_stats, rounded_text
from duodesk.cli import main
from duodesk.core.questionnaire import Question, Questionnaire, QuestionType, Settings
from duodesk.core.values import parse_answer
from duodesk.exports.disclosure import DisclosureRule
from duodesk.exports.export import export
from duodesk.exports.layout import ExportOptions
from tests.analysis.projects import store_interviews
from tests.analysis.pspp import number, run_pspp
from tests.cli.test_cli import duodesk
from tests.core.forms import write_form

PRINTED = 0.005 + 1e-9  # EXAMINE prints two decimals


def exact_sd(values: list[int | Fraction]) -> float:
    variance = statistics.variance([Fraction(v) for v in values])  # an exact Fraction
    with localcontext() as context:
        context.prec = 50
        return float((Decimal(variance.numerator) / Decimal(variance.denominator)).sqrt())


def pairs(values) -> list[tuple[Decimal, int]]:
    return [(Decimal(v), 1) for v in values]


@pytest.mark.parametrize("spread", [7, 10, 1000])
def test_sd_of_numbers_sharing_a_large_offset_is_exact(spread):
    values = [10**15 + i for i in range(spread)]
    stats = number_stats(pairs(values))
    assert stats.sd == exact_sd(values)
    assert stats.mean == Fraction(sum(values), len(values))
    if spread == 7:
        assert stats.sd == 2.160246899469287  # PSPP prints the same


def test_integers_past_two_to_the_53_keep_every_digit():
    values = [2**53, 2**53 + 1, 2**53 + 2, 9223372036854775807]
    stats = number_stats(pairs(values))
    assert stats.min == 2**53 and stats.max == 9223372036854775807
    three = number_stats(pairs(values[:3]))
    assert (three.mean, three.median, three.sd) == (2**53 + 1, 2**53 + 1, 1.0)
    assert isinstance(three.mean, int)


def test_decimal_answers_are_summed_without_rounding():
    values = ["0.1", "0.2", "0.3", "-97.5", "-98", "-99"]
    stats = number_stats(pairs(values))
    exact = [Fraction(v) for v in values]
    assert stats.mean == float(sum(exact) / len(exact))
    assert stats.sd == exact_sd(exact)


def test_summary_of_a_number_question_with_huge_integers_is_exact(database):
    form = Questionnaire(
        Settings("big", "Big numbers", "1"),
        (Question("amount", QuestionType.INTEGER, {"": "Amount"}),),
        {},
    )
    values = [2**53 + i for i in range(3)]
    store_interviews(database, form, [{"amount": v} for v in values])
    stats = summarize(database, "big").question("amount").stats
    assert (stats.min, stats.mean, stats.max) == (2**53, 2**53 + 1, 2**53 + 2)


def _examine(tmp_path, columns: list[list[float]]) -> list[tuple[float, float, float]]:
    data = tmp_path / "numbers.csv"
    longest = max(len(c) for c in columns)
    names = [f"x{i}" for i in range(len(columns))]
    lines = [",".join(names)]
    for row in range(longest):
        lines.append(",".join(repr(c[row]) if row < len(c) else "" for c in columns))
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    variables = " ".join(f"{name} F20.10" for name in names)
    syntax = (
        f'GET DATA /TYPE=TXT /FILE="{data}" /ARRANGEMENT=DELIMITED /DELCASE=LINE '
        f'/FIRSTCASE=2 /DELIMITERS="," /VARIABLES={variables}.\n'
        + "".join(
            f"EXAMINE /VARIABLES={name} /STATISTICS=NONE /PERCENTILES(25,50,75)=HAVERAGE.\n"
            for name in names
        )
    )
    found = {
        row[0]: tuple(number(cell) for cell in row[2:5])
        for title, rows in run_pspp(tmp_path, syntax)
        if title == "Percentiles"
        for row in rows
        if row[1] == "Weighted Average"
    }
    return [found[name] for name in names]


def test_quartiles_agree_with_pspp_examine_haverage(tmp_path):
    chance = random.Random(14)
    columns = [
        [-99, -98, -97.5, -97.5, 3, 12],
        [1, 2, 3],
        [5, 5, 5, 5, 7, 7, 9],
        *(
            [round(chance.uniform(-120, 80) * 4) / 4 for _ in range(chance.randint(3, 60))]
            for _ in range(20)
        ),
        *(
            [chance.choice([-99, -98, -1, 0, 1, 2]) for _ in range(chance.randint(3, 40))]
            for _ in range(10)
        ),
    ]
    pspp = _examine(tmp_path, columns)
    for values, (q1, median, q3) in zip(columns, pspp, strict=True):
        counted = {}
        for v in values:
            counted[Decimal(repr(v))] = counted.get(Decimal(repr(v)), 0) + 1
        stats = number_stats(list(counted.items()))
        assert stats.q1 == pytest.approx(q1, abs=PRINTED), values
        assert stats.median == pytest.approx(median, abs=PRINTED), values
        assert stats.q3 == pytest.approx(q3, abs=PRINTED), values


def big_amounts(database) -> list[int]:
    form = Questionnaire(
        Settings("big", "Big numbers", "1"),
        (
            Question("amount", QuestionType.INTEGER, {"": "Amount"}),
            Question("small", QuestionType.INTEGER, {"": "Small"}),
        ),
        {},
    )
    values = [2**52 + i for i in (-2, 5, 21, 23)]
    store_interviews(database, form, [{"amount": v, "small": i} for i, v in enumerate(values)])
    return values


def test_mean_and_quartiles_a_float_cannot_hold_stay_exact(database):
    values = big_amounts(database)
    stats = summarize(database, "big").question("amount").stats
    assert stats.mean == Decimal("4503599627370507.75") == Fraction(sum(values), 4)
    assert stats.q1 == Decimal("4503599627370495.75")  # a float makes it ...496.0
    assert stats.median == 4503599627370509 and isinstance(stats.median, int)
    small = summarize(database, "big").question("small").stats
    assert (small.mean, small.q1) == (1.5, 0.25) and isinstance(small.mean, float)


def test_mean_of_big_integers_that_never_ends_keeps_its_whole_part():
    stats = number_stats(pairs([2**53, 2**53 + 1, 2**53 + 1]))
    assert stats.mean == Decimal("9007199254740992.6667")
    assert number_stats(pairs([1, 2, 2])).mean == 5 / 3  # small: the nearest float


def test_mean_that_never_ends_near_10_to_the_15_is_printed_from_the_exact_value(database, capsys):
    """10**15 + (i mod 10) over 61 interviews: the exact mean is 1000000000000004.4262...;
    a float holds only ...4.375, which prints as ...4.38 and goes to JSON as ...4.4."""
    form = Questionnaire(
        Settings("offset", "Offset", "1"),
        (Question("amount", QuestionType.INTEGER, {"": "Amount"}),),
        {},
    )
    values = [10**15 + i % 10 for i in range(61)]
    store_interviews(database, form, [{"amount": v} for v in values])
    exact = Fraction(sum(values), len(values))
    mean = summarize(database, "offset").question("amount").stats.mean
    assert isinstance(mean, Decimal) and len(mean.as_tuple().digits) >= 20
    assert abs(Fraction(mean) - exact) < Fraction(1, 10**4)
    path = str(database.path)
    database.close()
    assert main(["--db", path, "summary", "offset"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.split()[:2] == ["n", "mean"])
    assert lines[header + 1].split()[1] == "1000000000000004.43"
    assert main(["--db", path, "summary", "offset", "--json"]) == 0
    data = json.loads(capsys.readouterr().out, parse_float=Decimal)
    printed = data["questions"][0]["stats"]["mean"]
    assert str(printed).startswith("1000000000000004.4262")


def test_summary_json_writes_statistics_no_double_holds_as_strings(database, project_path):
    """As the workbook writes them as text: a plain JSON reader never gets a nearby float."""
    big_amounts(database)
    database.close()
    result = duodesk("--db", str(project_path), "summary", "big", "--json")
    assert result.returncode == 0, result.stderr
    assert '"mean": "4503599627370507.75",' in result.stdout
    data = json.loads(result.stdout)
    amount = next(q for q in data["questions"] if q["name"] == "amount")["stats"]
    assert amount["mean"] == "4503599627370507.75"
    assert amount["q3"] == "4503599627370518.5"
    assert amount["min"] == 4503599627370494 and isinstance(amount["min"], int)
    assert data["questions"][1]["stats"]["mean"] == 1.5


def test_summary_json_and_workbook_agree_past_two_to_the_53(database, project_path, tmp_path):
    """Mean 9007199254740995.5 and lower quartile 9007199254740993.75 are no double: as
    JSON numbers a plain reader got ...996.0 and ...994.0 where the workbook says them."""
    form = Questionnaire(
        Settings("past", "Past", "1"), (Question("n", QuestionType.INTEGER, {"": "N"}),), {}
    )
    values = [2**53 + 1, 2**53 + 2, 2**53 + 3, 2**53 + 4, 2**53 + 5, 2**53 + 6]
    store_interviews(database, form, [{"n": v} for v in values])
    path = tmp_path / "past.xlsx"
    export(database, "past", path, ExportOptions(disclosure=DisclosureRule(enabled=False)))
    database.close()
    result = duodesk("--db", str(project_path), "summary", "past", "--json")
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)["questions"][0]["stats"]
    assert stats["mean"] == "9007199254740995.5"
    assert stats["q1"] == "9007199254740993.75"
    assert stats["min"] == "9007199254740993"
    assert stats["max"] == "9007199254740998"  # past 2**53, as the workbook writes it
    assert stats["n"] == 6 and stats["sd"] == pytest.approx(1.8708286933869707)
    sheet = openpyxl.load_workbook(path)["Summary"]
    rows = {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert rows["Mean"] == stats["mean"]
    assert rows["Lower quartile"] == stats["q1"]
    assert rows["Smallest"] == stats["min"]
    assert rows["Largest"] == stats["max"]


def test_summary_tables_print_every_digit_in_columns_that_never_touch(database, capsys):
    big_amounts(database)
    path = str(database.path)
    database.close()
    assert main(["--db", path, "summary", "big"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.split()[:2] == ["n", "mean"])
    names, numbers = lines[header].split(), lines[header + 1].split()
    assert dict(zip(names, numbers, strict=True)) == {
        "n": "4",
        "mean": "4503599627370507.75",
        "sd": "12.20",
        "median": "4503599627370509",
        "q1": "4503599627370495.75",
        "q3": "4503599627370518.50",
        "min": "4503599627370494",
        "max": "4503599627370519",
    }
    # Right-aligned under its heading, at least three spaces from its neighbour.
    for name, number_text in zip(names[1:], numbers[1:], strict=True):
        end = lines[header].index(f" {name}") + 1 + len(name)
        assert lines[header + 1][end - len(number_text) : end] == number_text
        assert lines[header + 1][end - len(number_text) - 3 : end - len(number_text)] == "   "


def test_workbook_summary_writes_statistics_no_double_holds_as_text(database, tmp_path):
    big_amounts(database)
    path = tmp_path / "big.xlsx"
    export(database, "big", path, ExportOptions(disclosure=DisclosureRule(enabled=False)))
    sheet = openpyxl.load_workbook(path)["Summary"]
    found: dict[str, list] = {}
    for row in sheet.iter_rows(values_only=True):
        if row[0] in ("Mean", "Median", "Lower quartile"):
            found.setdefault(row[0], []).append(row[1])
    assert found["Mean"] == ["4503599627370507.75", 1.5]
    assert found["Lower quartile"] == ["4503599627370495.75", 0.25]
    # Whole and below 2**53, but 16 digits: Excel keeps 15, so text too.
    assert found["Median"] == ["4503599627370509", 1.5]


def test_decimals_typed_with_more_digits_than_a_float_are_stored_and_summed_exactly(tmp_path):
    """1.123456789012345678 is imported as typed, not as the float 1.1234567890123457, and
    the mean and quartiles come from the typed digits."""
    form = write_form(
        tmp_path / "form.xlsx",
        [["type", "name", "label"], ["decimal", "x", "A decimal"]],
        None,
        [["form_id", "form_title"], ["typed", "Typed decimals"]],
    )
    typed = ["1.123456789012345678", "2.000000000000000001", "0.1", "1.50"]
    data = tmp_path / "data.csv"
    data.write_text("x\n" + "\n".join(typed) + "\n", encoding="utf-8")
    db = tmp_path / "p.duodesk"
    assert duodesk("--db", str(db), "import-form", str(form)).returncode == 0
    result = duodesk("--db", str(db), "import-data", "typed", str(data))
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as connection:
        stored = {row[0] for row in connection.execute("SELECT value FROM answers")}
    assert {"1.123456789012345678", "2.000000000000000001", "0.1", "1.5"} <= stored
    result = duodesk("--db", str(db), "summary", "typed", "--json")
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout, parse_float=Decimal)["questions"][0]["stats"]
    exact = sum(Fraction(v) for v in typed) / 4
    assert Fraction(stats["mean"]) == exact  # 1.180864197253086419..., every digit kept
    assert stats["max"] == "2.000000000000000001"


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        ("big > 9223372036854775806", 10),
        ("big >= 9223372036854775807", 10),
        ("big < 9223372036854775807", 7),
        ("big <= 9223372036854775806", 7),
        ("big > 9007199254740992", 14),
        ("big >= 9007199254740993", 14),
        ("big < 9007199254740993", 3),
        ("big <= 9007199254740992", 3),
        ("big > 4.5", 16),
        ("big > 9007199254740992.5", 14),
        ("big <= 9007199254740992.5", 3),
        ("big < 9223372036854775806.5", 7),
        ("big >= 9223372036854775806.5", 10),
    ],
)
def test_where_compares_integers_past_two_to_the_53_exactly(database, condition, expected):
    """9223372036854775806 and ...807 are one double; counted exactly, as integers."""
    form = Questionnaire(
        Settings("huge", "Huge", "1"),
        (Question("big", QuestionType.INTEGER, {"": "Big"}),),
        {},
    )
    values = [2**63 - 1] * 10 + [2**63 - 2] * 3 + [2**53 + 1] + [2**53] * 2 + [4]
    store_interviews(database, form, [{"big": v} for v in values])
    _, comparison, literal = condition.split()
    compare = {">": operator.gt, "<": operator.lt, ">=": operator.ge, "<=": operator.le}
    exact = sum(compare[comparison](Fraction(v), Fraction(literal)) for v in values)
    assert exact == expected
    subset = Subset(conditions=(Condition.parse(condition),))
    assert summarize(database, "huge", subset).interviews == expected


def test_a_mean_is_never_rounded_twice_on_its_way_to_the_table():
    """The exact mean is 10**15 + 0.12495000033...: rounded to 20 digits it would read
    ...0.1250 and then print as ...0.13; the table must print the exact value's ...0.12."""
    big = Decimal("1000000000000000.374850001")
    stats = number_stats([(Decimal(10**15), 2), (big, 1)])
    exact = (2 * Fraction(10**15) + Fraction(big)) / 3
    assert len(stats.mean.as_tuple().digits) >= 20
    assert abs(Fraction(stats.mean) - exact) < Fraction(1, 10**4)
    assert rounded_text(stats.mean, 2) == "1000000000000000.12"


NUMBER_FORM = Questionnaire(
    Settings("nums", "Numbers", "1"),
    (
        Question("neg", QuestionType.INTEGER, {"": "Negative"}),
        Question("dec", QuestionType.DECIMAL, {"": "Decimal"}),
    ),
    {},
)
NEGATIVES = [-98] * 15 + [-97, 5, 0]
DECIMALS = [
    "0.5",
    "0",
    "1e-30",
    "1.234567890123456789012345",
    "1.2345678901234567",
    "1.2345678901234566",
    "0.30000000000000004",
    "0.3",
    "0.1",
]


@pytest.mark.parametrize(
    "condition",
    [
        "neg=-98.0",
        "neg!=-98.0",
        "neg=-98",
        "neg = -9.8e1",
        "neg!=-97.00",
        "dec=0.50",
        "dec=0.0",
        "dec=1e-30",
        "dec=0.000000000000000000000000000001",
        "dec!=0.5",
        "dec=1.2345678901234567",
        "dec=1.234567890123456789012345000",
        "dec!=1.2345678901234567",
        "dec>1.2345678901234567",
        "dec>=1.2345678901234567",
        "dec<1.2345678901234567",
        "dec<=1.2345678901234567",
        "dec<=0.30000000000000003",
        "dec<0.30000000000000004",
        "dec>=0.30000000000000004",
        "dec>1.234567890123456789012344",
        "dec<1.234567890123456789012346",
    ],
)
def test_where_compares_number_answers_by_their_exact_value(database, condition):
    """ "neg = -98.0" holds for the answer -98 (as PSPP's SELECT IF (neg = -98.0)), and long
    decimals are compared digit for digit, not through a double (1.2345678901234567 and
    1.234567890123456789012345 are one double)."""
    decimal = NUMBER_FORM.children[1]
    rows = [{"neg": v} for v in NEGATIVES]
    rows += [{"dec": parse_answer(decimal, v)} for v in DECIMALS]  # as typed, every digit
    store_interviews(database, NUMBER_FORM, rows)
    found = Condition.parse(condition)
    compare = {
        "=": operator.eq,
        "!=": operator.ne,
        ">": operator.gt,
        "<": operator.lt,
        ">=": operator.ge,
        "<=": operator.le,
    }[found.operator]
    values = NEGATIVES if found.question == "neg" else DECIMALS
    expected = sum(compare(Fraction(Decimal(v)), Fraction(Decimal(found.value))) for v in values)
    subset = Subset(conditions=(found,))
    assert summarize(database, "nums", subset).interviews == expected


def test_where_on_a_number_question_with_a_word_says_so(database):
    store_interviews(database, NUMBER_FORM, [{"neg": 1}])
    with pytest.raises(AnalysisError, match='"neg" is a number question; compare it with a number'):
        summarize(database, "nums", Subset(conditions=(Condition.parse("neg=many"),)))


def test_workbook_summary_keeps_a_mean_and_median_a_cell_would_round(database, tmp_path):
    """1000000000000004.5 is a double, but a workbook number cell would read ...004, and
    Excel keeps 15 significant digits: written as text, every digit kept; a number of 15
    digits stays a number."""
    form = Questionnaire(
        Settings("half", "Half", "1"), (Question("n", QuestionType.INTEGER, {"": "N"}),), {}
    )
    store_interviews(database, form, [{"n": 10**15 + 4}, {"n": 10**15 + 5}, {"n": 7}])
    path = tmp_path / "half.xlsx"
    export(database, "half", path, ExportOptions(disclosure=DisclosureRule(enabled=False)))
    sheet = openpyxl.load_workbook(path)["Summary"]
    found = {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert found["Median"] == "1000000000000004"
    assert found["Largest"] == "1000000000000005"
    assert found["Smallest"] == 7


def test_export_where_compares_numbers_by_value(database, project_path, tmp_path):
    """The export checks its subset as the summary does: "neg=-98.0" keeps the 15 -98s."""
    store_interviews(database, NUMBER_FORM, [{"neg": v} for v in NEGATIVES])
    database.close()
    out = tmp_path / "neg.xlsx"
    # The part leaves out 3 interviews: a published file would be refused (differencing), so
    # this file, for the group itself, shows every number.
    result = duodesk(
        "--db",
        str(project_path),
        "export",
        "nums",
        "--xlsx",
        str(out),
        "--where",
        "neg=-98.0",
        "--show-small-numbers",
    )
    assert result.returncode == 0, result.stderr
    assert "15 interviews exported" in result.stdout, result.stdout
