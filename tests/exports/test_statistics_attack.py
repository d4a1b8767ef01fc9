"""A number question's statistics never give a hidden or unpublished small count away.

The mean and standard deviation are the sum of the answers and of their squares over their
number. For whole-number answers over a short range a reader can list every set of answers
that fits them (with the smallest answer, when shown) and read off how many gave each answer,
or how many were asked a follow-up such as ``${overdoses} > 0``. Each test exports a workbook
(or a report) with the default rules, reads back only what it prints, and tries that; it is
written apart from the exporter (:mod:`duodesk.exports.moments`).
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest

from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    Question,
    Questionnaire,
    QuestionType,
    Settings,
)
from duodesk.exports.disclosure import DisclosureRule
from duodesk.exports.export import export
from duodesk.exports.findings import build_findings_report
from duodesk.exports.layout import ExportOptions
from tests.analysis.projects import store_interviews

MARKER = "*"
THRESHOLD = 4
STATISTICS = (
    "Mean",
    "Standard deviation",
    "Median",
    "Lower quartile",
    "Upper quartile",
    "Smallest",
    "Largest",
)


def with_statistics_of(block: dict[str, object], path: Path, name: str) -> dict[str, object]:
    """``block`` with each of its statistics filled in from the same block of the workbook
    at ``path`` (written with nothing hidden); a percentile standing in for an extreme
    stays as it is."""
    everything = blocks(path)[name]
    return {**block, **{k: everything[k] for k in STATISTICS if k in block}}


def overdose_questionnaire(kind: QuestionType = QuestionType.INTEGER) -> Questionnaire:
    yes_no = ChoiceList("yes_no", (Choice("yes", {"": "Yes"}), Choice("no", {"": "No"})))
    return Questionnaire(
        Settings("overdose", "Overdose survey", "1"),
        (
            Question("overdoses", kind, {"": "Overdoses in the last six months"}),
            Question(
                "naloxone",
                QuestionType.SELECT_ONE,
                {"": "Was naloxone given?"},
                list_name="yes_no",
                relevant="${overdoses} > 0",
            ),
        ),
        {"yes_no": yes_no},
    )


def store_overdoses(
    database, answers: Counter, kind: QuestionType = QuestionType.INTEGER
) -> Questionnaire:
    """One complete interview per answer, naloxone "yes" for everyone who overdosed."""
    form = overdose_questionnaire(kind)
    interviews = [
        {
            "overdoses": value if kind is QuestionType.INTEGER else Decimal(str(float(value))),
            **({"naloxone": "yes"} if value > 0 else {}),
        }
        for value, count in sorted(answers.items())
        for _ in range(count)
    ]
    store_interviews(database, form, interviews)
    return form


def blocks(path: Path) -> dict[str, dict[str, object]]:
    """Each question's block of the Summary sheet: its first column to its second, with the
    block's note under ``"note"``."""
    found: dict[str, dict[str, object]] = {}
    rows = list(openpyxl.load_workbook(path)["Summary"].iter_rows(values_only=True))
    current: dict[str, object] | None = None
    for row in rows[3:]:
        if row[0] is None:
            current = None
        elif current is None:
            current = found.setdefault(str(row[0]).split(".")[0], {})
        elif "note" not in current:
            current["note"] = row[0]
        else:
            current[str(row[0])] = row[1]
    return found


def _parts(total: int, squares: int, most: int, largest: int) -> list[list[int]]:
    """Every multiset of positive whole numbers (at most ``most`` of them, none above
    ``largest``) adding up to ``total`` whose squares add up to ``squares``."""
    found: list[list[int]] = []

    def grow(left: int, left_squares: int, room: int, top: int, chosen: list[int]) -> None:
        if left == 0:
            if left_squares == 0:
                found.append(list(chosen))
            return
        if room == 0 or left_squares < left:  # each part's square is at least itself
            return
        for part in range(min(top, left), 0, -1):
            if part * part > left_squares:
                continue
            if part * left < left_squares:  # the rest, each at most `part`, cannot fill it
                break
            chosen.append(part)
            grow(left - part, left_squares - part * part, room - 1, part, chosen)
            chosen.pop()

    grow(total, squares, most, largest, [])
    return found


def _percentile(answers: Counter[int], p: Fraction) -> Fraction:
    """SPSS's HAVERAGE percentile, the weighted average at position (n + 1) p."""
    ordered = sorted(answers.elements())
    n = len(ordered)
    position = (n + 1) * p
    j = int(position)
    if j < 1:
        return Fraction(ordered[0])
    if j >= n:
        return Fraction(ordered[-1])
    return ordered[j - 1] + (position - j) * (ordered[j] - ordered[j - 1])


QUARTILES = {"Lower quartile": Fraction(1, 4), "Median": Fraction(1, 2)}
QUARTILES["Upper quartile"] = Fraction(3, 4)


def answers_from_statistics(
    block: dict[str, object], step: int = 1, above: int | None = None
) -> list[Counter[int]] | None:
    """Every set of answers, in whole ``1 / step``, that gives the block's number who
    answered, mean, standard deviation, smallest answer (and largest when shown: then given
    by more than the threshold), median and quartiles, and has ``above`` answers above the
    smallest when that is known; None when the block does not show them. The answers are
    counted in steps."""
    n, mean, sd, smallest = (
        block.get(k) for k in ("Answered", "Mean", "Standard deviation", "Smallest")
    )
    if MARKER in (n, mean, sd, smallest) or None in (n, mean, sd, smallest):
        return None
    n, smallest = int(n), round(Fraction(smallest) * step)
    total = round(Fraction(mean) * n * step)  # whole answers: the sum is a whole number
    squares = round((n - 1) * (Fraction(sd) * step) ** 2 + Fraction(total) ** 2 / n)
    shifted = total - n * smallest
    shifted_squares = squares - 2 * smallest * total + n * smallest**2
    largest = block.get("Largest")
    top = shifted if largest in (None, MARKER) else round(Fraction(largest) * step) - smallest
    shown = {
        p: Fraction(block[label]) * step
        for label, p in QUARTILES.items()
        if block.get(label) not in (None, MARKER)
    }
    found = []
    for parts in _parts(shifted, shifted_squares, n - (THRESHOLD + 1), top):
        if above is not None and len(parts) != above:
            continue
        answers = Counter(smallest + p for p in parts)
        answers[smallest] = n - len(parts)
        if largest not in (None, MARKER) and answers[smallest + top] <= THRESHOLD:
            continue  # a largest answer is shown only when more people gave it
        if all(abs(_percentile(answers, p) - v) < Fraction(1, 10**9) for p, v in shown.items()):
            found.append(answers)
    return found


def recovered_small_counts(
    block: dict[str, object], step: int = 1, above: int | None = None
) -> dict[str, int]:
    """The counts from 1 to the threshold that every set of answers fitting the statistics
    agrees on: how many gave each answer, and how many answered above the smallest."""
    possible = answers_from_statistics(block, step, above)
    if not possible:
        return {}
    found = {}
    above = {sum(a.values()) - a[min(a)] for a in possible}
    if len(above) == 1 and 1 <= (k := above.pop()) <= THRESHOLD:
        found["above the smallest answer"] = k
    for value in set().union(*possible):
        counts = {a[value] for a in possible}
        if len(counts) == 1 and 1 <= (k := counts.pop()) <= THRESHOLD:
            found[f"gave {float(Fraction(value, step)):g}"] = k
    return found


def test_mean_and_spread_of_few_overdoses_do_not_give_the_follow_up_count_away(database, tmp_path):
    # 27 people never overdosed, 3 once: a mean of 0.1 and a standard deviation of 0.305
    # fit only that, and the 3 were the people asked about naloxone, a count hidden.
    form = store_overdoses(database, Counter({0: 27, 1: 3}))
    path = tmp_path / "board.xlsx"
    export(database, form.form_id, path)
    found = blocks(path)
    assert found["naloxone"]["Answered"] == MARKER
    assert recovered_small_counts(found["overdoses"]) == {}
    assert found["overdoses"]["Mean"] == MARKER
    assert found["overdoses"]["Standard deviation"] == MARKER
    assert "mean and standard deviation are hidden" in found["overdoses"]["note"]
    # What cannot give a count away is still shown.
    assert found["overdoses"]["Answered"] == 30
    assert found["overdoses"]["Median"] == 0
    cover = {
        row[0]: row[1] for row in openpyxl.load_workbook(path)["Cover"].iter_rows(values_only=True)
    }
    assert "so few different numbers" in cover["Mean and standard deviation"]


def test_mean_and_spread_do_not_tell_how_many_gave_an_answer_between_two_shown_ends(
    database, tmp_path
):
    # 20 zeros, 3 ones and 7 twos: with the smallest (0) and largest (2) shown, the mean and
    # standard deviation give 3 people who overdosed exactly once. (So do the upper
    # quartile, 1.25, and the 10 asked about naloxone: 23 at or below 1, 20 of them at 0.)
    form = store_overdoses(database, Counter({0: 20, 1: 3, 2: 7}))
    hidden, shown = tmp_path / "board.xlsx", tmp_path / "open.xlsx"
    export(database, form.form_id, hidden)
    export(database, form.form_id, shown, ExportOptions(disclosure=DisclosureRule(enabled=False)))
    overdoses = blocks(hidden)["overdoses"]
    assert recovered_small_counts(overdoses) == {}
    assert "statistics are hidden" in overdoses["note"]
    overdoses = with_statistics_of(overdoses, shown, "overdoses")
    assert (overdoses["Smallest"], overdoses["Largest"]) == (0, 2)
    assert recovered_small_counts(overdoses) == {"gave 1": 3}


def test_mean_and_spread_of_answers_in_halves_do_not_tell_how_many_gave_one(database, tmp_path):
    # Grams a day, in halves: 20 none, 3 half a gram, 3 one gram, 4 one and a half. With the
    # upper quartile (0.625, so 23 at or below half a gram) the mean and standard deviation leave
    # only 3 people at half a gram.
    answers = Counter({Fraction(0): 20, Fraction(1, 2): 3, Fraction(1): 3, Fraction(3, 2): 4})
    form = store_overdoses(database, answers, QuestionType.DECIMAL)
    hidden, shown = tmp_path / "board.xlsx", tmp_path / "open.xlsx"
    export(database, form.form_id, hidden)
    export(database, form.form_id, shown, ExportOptions(disclosure=DisclosureRule(enabled=False)))
    overdoses = blocks(hidden)["overdoses"]
    assert recovered_small_counts(overdoses, step=2) == {}
    overdoses = with_statistics_of(overdoses, shown, "overdoses")
    assert overdoses["Upper quartile"] == 0.625
    assert recovered_small_counts(overdoses, step=2) == {"gave 0.5": 3, "gave 1": 3, "gave 1.5": 4}


def test_a_shown_follow_up_and_the_mean_and_spread_do_not_tell_how_many_gave_an_answer(
    database, tmp_path
):
    # 15 never overdosed, 3 once, 6 twice, 6 three times, 5 five times: naloxone was asked of
    # the 20 who overdosed, shown, and with that the mean and standard deviation leave only
    # 3 people who overdosed once.
    form = store_overdoses(database, Counter({0: 15, 1: 3, 2: 6, 3: 6, 5: 5}))
    hidden, shown = tmp_path / "board.xlsx", tmp_path / "open.xlsx"
    export(database, form.form_id, hidden)
    export(database, form.form_id, shown, ExportOptions(disclosure=DisclosureRule(enabled=False)))
    found = blocks(hidden)
    naloxone, overdoses = found["naloxone"], found["overdoses"]
    assert (naloxone["Answered"], naloxone["No answer"]) == (20, 0)
    assert recovered_small_counts(overdoses, above=20) == {}
    overdoses = with_statistics_of(overdoses, shown, "overdoses")
    assert overdoses["Largest"] == 5
    assert recovered_small_counts(overdoses, above=20) == {"gave 1": 3}


def test_the_attack_recovers_the_counts_when_the_statistics_are_shown(database, tmp_path):
    # The attack has teeth: fill the hidden mean and standard deviation in from a workbook
    # with nothing hidden and it finds the 3 people.
    form = store_overdoses(database, Counter({0: 27, 1: 3}))
    hidden, shown = tmp_path / "board.xlsx", tmp_path / "open.xlsx"
    export(database, form.form_id, hidden)
    export(database, form.form_id, shown, ExportOptions(disclosure=DisclosureRule(enabled=False)))
    overdoses = blocks(hidden)["overdoses"]
    everything = blocks(shown)["overdoses"]
    overdoses.update({k: everything[k] for k in ("Mean", "Standard deviation")})
    assert recovered_small_counts(overdoses) == {"above the smallest answer": 3, "gave 1": 3}


@pytest.mark.parametrize(
    "answers",
    [
        {age: 1 + age % 3 for age in range(18, 58)},  # ages, most given by one or two
        {0: 10, 5: 6, 10: 5, 15: 5, 20: 5, 25: 4, 30: 5},  # days in a month, few different
        {0: 12, 1: 8, 2: 6, 3: 5, 4: 3, 5: 2, 7: 1, 10: 1, 14: 1, 20: 1},  # a long tail
    ],
)
def test_statistics_that_fit_many_sets_of_answers_stay_shown(database, tmp_path, answers):
    form = store_overdoses(database, Counter(answers))
    path = tmp_path / "board.xlsx"
    export(database, form.form_id, path)
    overdoses = blocks(path)["overdoses"]
    assert MARKER not in (overdoses["Mean"], overdoses["Standard deviation"])
    assert MARKER not in (overdoses["Median"], overdoses["Lower quartile"])
    assert "hidden" not in overdoses["note"]


def test_the_example_survey_shows_its_age_statistics(hepatitis_project, tmp_path):
    database, form = hepatitis_project
    path = tmp_path / "board.xlsx"
    export(database, form.form_id, path)
    age = blocks(path)["age"]
    assert isinstance(age["Mean"], float) and isinstance(age["Standard deviation"], float)


def test_the_report_hides_the_statistics_the_workbook_hides(database):
    form = store_overdoses(database, Counter({0: 27, 1: 3}))
    report = build_findings_report(database, form.form_id)
    part = next(p for s in report.sections for p in s.parts if p.title.startswith("overdoses."))
    shown = {row[0]: row[1] for row in part.table.rows}
    assert shown["Mean"] == MARKER and shown["Standard deviation"] == MARKER
    assert "0.1" not in " ".join(str(cell) for row in part.table.rows for cell in row)
    assert "mean and standard deviation are hidden" in part.note


def group_sizes_fitting(block: dict[str, object]) -> set[int]:
    """The numbers of people, 1 to the threshold, that the block's shown statistics allow
    for a group whose number is hidden: whole-number answers make the mean times the number
    a whole number, and the standard deviation the sum of squares one too."""
    mean, sd = (block.get(k) for k in ("Mean", "Standard deviation"))

    def whole(value: Fraction) -> bool:
        return abs(value - round(value)) <= Fraction(1, 10**6)

    possible = set()
    for n in range(1, THRESHOLD + 1):
        if mean not in (None, MARKER):
            if not whole(Fraction(mean) * n):
                continue
            total = round(Fraction(mean) * n)
            if sd not in (None, MARKER) and (
                n == 1 or not whole((n - 1) * Fraction(sd) ** 2 + Fraction(total) ** 2 / n)
            ):
                continue
        possible.add(n)
    return possible


def test_statistics_of_a_group_whose_number_is_hidden_are_hidden(database, tmp_path):
    # Days used, asked of the 3 women only: their number is hidden, and so is every
    # statistic of their answers (a mean of 11 is 33 over 3, and a median is one woman's).
    sex = ChoiceList("sex", (Choice("m", {"": "Man"}), Choice("f", {"": "Woman"})))
    form = Questionnaire(
        Settings("days", "Days survey", "1"),
        (
            Question("sex", QuestionType.SELECT_ONE, {"": "Sex"}, list_name="sex"),
            Question(
                "days",
                QuestionType.INTEGER,
                {"": "Days used in the last month"},
                relevant="${sex} = 'f'",
            ),
        ),
        {"sex": sex},
    )
    women = [{"sex": "f", "days": days} for days in (3, 10, 20)]
    store_interviews(database, form, [*women, *({"sex": "m"} for _ in range(27))])
    path = tmp_path / "board.xlsx"
    export(database, form.form_id, path)
    days = blocks(path)["days"]
    assert days["Answered"] == MARKER
    statistics = {k: v for k, v in days.items() if k not in ("note",) and k[0].isupper()}
    assert {statistics[k] for k in ("Mean", "Standard deviation", "Median")} == {MARKER}
    assert all(
        v == MARKER for k, v in statistics.items() if k.startswith(("Smallest", "Largest", "5th"))
    )
    assert group_sizes_fitting(days) == {1, 2, 3, 4}
