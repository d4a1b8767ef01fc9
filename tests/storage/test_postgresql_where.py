"""``--where`` on number questions compares exact values on a shared PostgreSQL server too,
where the exact comparison is done by the server's NUMERIC type rather than by Python."""

from __future__ import annotations

import operator
from decimal import Decimal
from fractions import Fraction

import pytest

from duodesk.analysis import summarize
from duodesk.analysis.subset import Condition, Subset
from duodesk.core.values import parse_answer
from duodesk.storage.database import Database
from tests.analysis.projects import store_interviews
from tests.analysis.test_number_stats import DECIMALS, NEGATIVES, NUMBER_FORM

COMPARE = {
    "=": operator.eq,
    "!=": operator.ne,
    ">": operator.gt,
    "<": operator.lt,
    ">=": operator.ge,
    "<=": operator.le,
}


@pytest.mark.slow
def test_where_compares_number_answers_exactly_on_a_server(postgres_url):
    database = Database.open(postgres_url)
    try:
        decimal = NUMBER_FORM.children[1]
        rows = [{"neg": v} for v in NEGATIVES]
        rows += [{"dec": parse_answer(decimal, v)} for v in DECIMALS]
        store_interviews(database, NUMBER_FORM, rows)
        for condition in (
            "neg=-98.0",
            "neg!=-98.0",
            "dec=0.50",
            "dec=1e-30",
            "dec>1.2345678901234567",
            "dec<=0.30000000000000003",
        ):
            found = Condition.parse(condition)
            values = NEGATIVES if found.question == "neg" else DECIMALS
            expected = sum(
                COMPARE[found.operator](Fraction(Decimal(v)), Fraction(Decimal(found.value)))
                for v in values
            )
            subset = Subset(conditions=(found,))
            assert summarize(database, "nums", subset).interviews == expected, condition
    finally:
        database.close()
