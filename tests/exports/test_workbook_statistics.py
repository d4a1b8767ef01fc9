"""The Summary sheet's statistics are the summary's exact ones, never float arithmetic's."""

from __future__ import annotations

import json
from decimal import Decimal

import openpyxl
import pytest

from duodesk.core.questionnaire import Question, Questionnaire, QuestionType, Settings
from duodesk.exports.export import export
from duodesk.exports.report_content import count_text
from tests.analysis.projects import store_interviews
from tests.cli.test_cli import duodesk


def statistics_form() -> Questionnaire:
    return Questionnaire(
        Settings("stats", "Statistics", "1"),
        (
            Question("dose", QuestionType.DECIMAL, {"": "Dose"}),
            Question("amount", QuestionType.INTEGER, {"": "Amount"}),
        ),
        {},
    )


def statistic_rows(path) -> dict[str, list[object]]:
    """Each statistic's label -> its values in the Summary sheet, in question order."""
    sheet = openpyxl.load_workbook(path)["Summary"]
    found: dict[str, list[object]] = {}
    for label, value, *_ in sheet.iter_rows(values_only=True):
        if isinstance(label, str) and label.split(" (")[0] in (
            "Mean",
            "Standard deviation",
            "Median",
            "Lower quartile",
            "Upper quartile",
            "Smallest",
            "Largest",
            "5th percentile",
        ):
            found.setdefault(label.split(" (")[0], []).append(value)
    return found


def test_hidden_extremes_are_replaced_by_exact_percentiles_and_largest_keeps_every_digit(
    database, project_path, tmp_path
):
    """229 doses: one of 0.0 (too few to show the smallest), ten of 0.1, the rest 0.2. The
    5th percentile is halfway between the 11th and 12th answers: exactly 0.15, which float
    arithmetic makes 0.1500000000000002. Five people answered 2**53 + 1, enough to show it:
    a double would show 9007199254740992."""
    doses = [0.0] + [0.1] * 10 + [0.2] * 218
    amounts = [2**53 + 1] * 5 + [7] * 224
    store_interviews(
        database,
        statistics_form(),
        [{"dose": d, "amount": a} for d, a in zip(doses, amounts, strict=True)],
    )
    path = tmp_path / "board.xlsx"
    export(database, "stats", path)  # small numbers hidden: the default
    found = statistic_rows(path)
    assert found["5th percentile"] == [0.15]
    assert found["Largest"] == [0.2, "9007199254740993"]
    assert found["Smallest"] == [7]


def test_summary_sheet_statistics_agree_with_summary_json(database, project_path, tmp_path):
    """Means a float sum would get wrong (0.1 + 0.2), a mean past 2**53, -0.0, 1e-30 and a
    decimal with 25 significant digits, 99999999999999999999, and answers of -99 and 99 beside
    them: the workbook shows what ``summary --json`` says, every
    digit where a number cell cannot hold it (as text), else the same number to the 16
    significant digits a cell keeps."""
    doses = ["0.1", "0.2", "-0.0", "1e-30", "1.234567890123456789012345", "99999999999999999999"]
    amounts = [2**53 + 1, 2**53 + 2, 2**63 - 1, -99, 99, 99]
    store_interviews(
        database,
        statistics_form(),
        [{"dose": Decimal(d), "amount": a} for d, a in zip(doses * 3, amounts * 3, strict=True)],
    )
    path = tmp_path / "board.xlsx"
    from duodesk.exports.disclosure import DisclosureRule
    from duodesk.exports.layout import ExportOptions

    export(database, "stats", path, ExportOptions(disclosure=DisclosureRule(enabled=False)))
    database.close()
    result = duodesk("--db", str(project_path), "summary", "stats", "--json")
    assert result.returncode == 0, result.stderr
    stats = {
        q["name"]: q["stats"] for q in json.loads(result.stdout, parse_float=Decimal)["questions"]
    }
    keys = {
        "Mean": "mean",
        "Standard deviation": "sd",
        "Median": "median",
        "Lower quartile": "q1",
        "Upper quartile": "q3",
        "Smallest": "min",
        "Largest": "max",
    }
    found = statistic_rows(path)
    for label, key in keys.items():
        for shown, name in zip(found[label], ("dose", "amount"), strict=True):
            expected = stats[name][key]
            if isinstance(shown, str):  # every digit, as text (and as a string in the JSON)
                assert Decimal(shown) == Decimal(str(expected)), (label, name)
            else:
                assert f"{shown:.16g}" == f"{float(expected):.16g}", (label, name, shown)
    assert found["Largest"] == ["99999999999999999999", str(2**63 - 1)]
    assert found["Smallest"][1] == -99
    assert found["Mean"][1] == str(stats["amount"]["mean"])


@pytest.mark.parametrize(
    ("statistic", "printed"),
    [
        (2.675, "2.68"),  # f"{2.675:.2f}" gives 2.67
        (Decimal("1000000000000004.4262295081967213"), "1,000,000,000,000,004.43"),
        (Decimal("4503599627370507.75"), "4,503,599,627,370,507.75"),
        (-1234.5, "-1,234.5"),
        (-0.001, "0"),
        (1e-30, "0"),
    ],
)
def test_findings_report_prints_statistics_rounded_half_up_from_the_exact_value(statistic, printed):
    assert count_text(statistic) == printed


def statistic_cells(path) -> dict[str, list[object]]:
    """Each statistic's label -> the cells beside it in the Summary sheet (value and format),
    in question order."""
    sheet = openpyxl.load_workbook(path)["Summary"]
    found: dict[str, list[object]] = {}
    for label, value, *_ in sheet.iter_rows(max_col=2):
        if isinstance(label.value, str) and label.value.split(" (")[0] in (
            "Mean",
            "Standard deviation",
            "Smallest",
        ):
            found.setdefault(label.value.split(" (")[0], []).append(value)
    return found


def test_tiny_statistics_show_their_significant_digits_and_keep_their_exact_value(
    database, tmp_path
):
    """Doses of 0.00038, 0.0004 and 0.00042: a mean of 0.0004 and a standard deviation of
    0.0000169 showed as "0.0" with two decimals. Their cells now show three significant
    digits (the format asks for enough decimals) and hold the exact value; statistics of
    ordinary size keep two decimals."""
    doses = ["0.00038", "0.0004", "0.00042"] * 5
    amounts = [10, 20, 31] * 5
    store_interviews(
        database,
        statistics_form(),
        [{"dose": Decimal(d), "amount": a} for d, a in zip(doses, amounts, strict=True)],
    )
    path = tmp_path / "board.xlsx"
    from duodesk.exports.disclosure import DisclosureRule
    from duodesk.exports.layout import ExportOptions

    export(database, "stats", path, ExportOptions(disclosure=DisclosureRule(enabled=False)))
    cells = statistic_cells(path)
    (mean, mean_amount), (sd, _), (smallest, _) = (
        cells["Mean"],
        cells["Standard deviation"],
        cells["Smallest"],
    )
    assert mean.value == 0.0004
    assert smallest.value == 0.00038
    assert sd.value == pytest.approx(0.0000169030850945703, rel=1e-14)
    # A format shows as many decimals as it has 0s (always) and #s (when not 0) after the point.
    assert mean.number_format == "#,##0.0000##"  # 0.0004
    assert smallest.number_format == "#,##0.0000##"  # 0.00038
    assert sd.number_format == "#,##0.00000##"  # 0.0000169
    decimals = len(sd.number_format.split(".")[1])
    assert f"{sd.value:.{decimals}f}" == "0.0000169"
    assert mean_amount.value == pytest.approx(61 / 3)
    assert mean_amount.number_format == "#,##0.0#"
