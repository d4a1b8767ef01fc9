"""Nothing hidden in the health-board workbook can be worked out from the rest of it.

Each test exports a workbook with the default rules and attacks it as a reader could (see
:mod:`tests.exports.attack`, written apart from the exporter): for every hidden count, the
smallest and largest value consistent with everything shown must differ by at least the
threshold, i.e. leave at least threshold + 1 possible values.
"""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl
import pytest

from duodesk.analysis import Subset
from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    Group,
    Question,
    Questionnaire,
    QuestionType,
    Settings,
)
from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.xlsform import read_xlsform
from duodesk.exports.disclosure import DisclosureRule
from duodesk.exports.export import export
from duodesk.exports.layout import ExportOptions
from duodesk.storage.database import Database
from duodesk.storage.importer import import_responses
from duodesk.storage.questionnaires import save_questionnaire
from tests.analysis.projects import store_interviews
from tests.exports.attack import attack

EXAMPLES = (
    "hepatitis_c_peer_survey",
    "drug_user_organisation_profile",
    "training_employment_barriers",
)
SUMMARY_SHEETS = ["Cover", "Summary", "Charts", "Codebook"]


def random_survey(database, form, tmp_path: Path, seed: int) -> int:
    """20-70 made-up interviews with skewed answers, at two sites."""
    rng = random.Random(seed)
    n = rng.randint(20, 70)
    skew = rng.uniform(0.7, 2.0)
    first = rng.randint(1, n - 1)
    for site, count, part in (("Centre A", first, 0), ("Centre B", n - first, 1)):
        data = tmp_path / f"{site}.csv"
        answers = simulate_answers(form, count, seed=seed * 10 + part, skew=skew)
        write_responses_csv(form, answers, data, site=site)
        import_responses(database, form.form_id, data)
    return n


def assert_statistics_hidden_with_their_number(path: Path) -> None:
    """A number question's statistics are hidden exactly when its "Answered" is: hiding them
    only for small numbers would tell which hidden numbers are small."""
    rows = list(openpyxl.load_workbook(path)["Summary"].iter_rows(values_only=True))
    block: dict[str, object] = {}
    for row in [*rows, (None,)]:
        if row[0] is None:
            if "Mean" in block:
                assert (block["Mean"] == "*") == (block["Answered"] == "*"), block
            block = {}
        else:
            block[row[0]] = row[1]


def assert_nothing_narrowed(path: Path, form, threshold: int) -> int:
    assert_statistics_hidden_with_their_number(path)
    model, ranges = attack(path, form)
    narrow = {key: r for key, r in ranges.items() if r[1] - r[0] < threshold}
    assert not narrow, f"hidden counts narrowed to fewer than {threshold + 1} values: {narrow}"
    for key, value in model.known.items():
        if len(key) == 3 or key[-1] in ("answered", "no_answer", "not_asked", "valid"):
            assert not 1 <= value <= threshold, (key, value)
    return len(ranges)


@pytest.mark.slow
@pytest.mark.parametrize("example", EXAMPLES)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_hidden_count_can_be_narrowed_in_a_random_small_survey(
    database, example_paths, tmp_path, example, seed
):
    form = read_xlsform(example_paths[example])
    with database.session() as session:
        save_questionnaire(session, form)
    n = random_survey(database, form, tmp_path, seed + 100 * EXAMPLES.index(example))
    path = tmp_path / "board.xlsx"
    export(database, form.form_id, path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == SUMMARY_SHEETS  # no row per interview by default
    cover = {r[0]: r[1] for r in workbook["Cover"].iter_rows(min_row=3, values_only=True)}
    assert cover["Interviews"] == n
    hidden = assert_nothing_narrowed(path, form, 4)
    assert hidden > 0  # small surveys with skewed answers always have small numbers


@pytest.mark.slow
@pytest.mark.parametrize("threshold", [2, 6])
def test_other_thresholds_protect_as_well(database, example_paths, tmp_path, threshold):
    form = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    with database.session() as session:
        save_questionnaire(session, form)
    random_survey(database, form, tmp_path, 40 + threshold)
    path = tmp_path / "board.xlsx"
    export(
        database, form.form_id, path, ExportOptions(disclosure=DisclosureRule(threshold=threshold))
    )
    assert assert_nothing_narrowed(path, form, threshold) > 0


def chain_questionnaire() -> Questionnaire:
    def choices(name: str, *names: str) -> ChoiceList:
        return ChoiceList(name, tuple(Choice(n, {"": n.title()}) for n in names))

    def one(name: str, list_name: str, relevant: str = "", required: bool = False) -> Question:
        return Question(
            name,
            QuestionType.SELECT_ONE,
            {"": name},
            list_name=list_name,
            relevant=relevant,
            required="yes" if required else "",
        )

    return Questionnaire(
        Settings("chain", "Chains of skip logic", "1"),
        (
            one("opening", "yes_no", required=True),
            Group(
                "care",
                {"": "Care"},
                relevant="${opening} = 'yes'",
                children=(
                    one("kind", "kinds"),
                    Question(
                        "ticks",
                        QuestionType.SELECT_MULTIPLE,
                        {"": "ticks"},
                        list_name="xyz",
                        relevant="${kind} = 'a'",
                    ),
                    Question(
                        "how_many",
                        QuestionType.INTEGER,
                        {"": "how many"},
                        relevant="selected(${ticks}, 'x')",
                    ),
                    one("other_kinds", "yes_no", "${kind} = 'b' or ${kind} = 'c'"),
                ),
            ),
            one("not_no", "yes_no", "${opening} != 'no'"),
            one("both", "yes_no", "${opening} = 'yes' and ${other_kinds} = 'yes'"),
            one("independent", "yes_no", "${kind} = 'a' and ${not_no} = 'yes'"),
        ),
        {
            "yes_no": choices("yes_no", "yes", "no"),
            "kinds": choices("kinds", "a", "b", "c"),
            "xyz": choices("xyz", "x", "y", "z"),
        },
    )


def chain_interviews() -> list[dict[str, object]]:
    """40 interviews: 7 say no at the opening question; of the 33 others, 30 are of kind
    a (28 ticking x, 3 ticking y), 2 of kind b and 1 of kind c: small counts deep in chains."""
    interviews: list[dict[str, object]] = [{"opening": "no"} for _ in range(7)]
    for i in range(30):
        ticks = ("x",) if i < 27 else ("x", "y") if i == 27 else ("y",)
        answers: dict[str, object] = {"opening": "yes", "kind": "a", "ticks": ticks}
        if "x" in ticks and i != 0:
            answers["how_many"] = 10 + i % 3
        answers["not_no"] = "yes" if i % 2 else "no"
        interviews.append(answers)
    for kind, other in (("b", "yes"), ("b", "no"), ("c", "yes")):
        interviews.append(
            {"opening": "yes", "kind": kind, "other_kinds": other, "not_no": "yes", "both": "no"}
        )
    return interviews


@pytest.fixture
def chain_project(database):
    form = chain_questionnaire()
    store_interviews(database, form, chain_interviews(), site="Centre A")
    return database, form


def test_chains_of_skip_logic_give_no_hidden_count_away(chain_project, tmp_path):
    database, form = chain_project
    path = tmp_path / "board.xlsx"
    export(database, form.form_id, path)
    assert assert_nothing_narrowed(path, form, 4) >= 6


def test_the_attack_finds_what_hiding_only_the_small_counts_would_give_away(
    chain_project, tmp_path
):
    # The attack has teeth: show every count hidden only to protect others (taken from a
    # workbook with nothing hidden, laid out the same) and it recovers small counts, such
    # as the 2 people of kind b (to 1 or 2) from the follow-up question other_kinds.
    database, form = chain_project
    hidden, shown = tmp_path / "board.xlsx", tmp_path / "open.xlsx"
    export(database, form.form_id, hidden)
    export(database, form.form_id, shown, ExportOptions(disclosure=DisclosureRule(enabled=False)))
    protected = openpyxl.load_workbook(hidden)
    everything = openpyxl.load_workbook(shown)["Summary"]
    revealed = 0
    for row in protected["Summary"].iter_rows():
        for cell in row:
            value = everything[cell.coordinate].value
            if cell.value == "*" and isinstance(value, int) and value > 4:
                cell.value = value
                revealed += 1
    assert revealed > 0
    primary_only = tmp_path / "primary_only.xlsx"
    protected.save(primary_only)
    _, ranges = attack(primary_only, form)
    narrowed = {key: r for key, r in ranges.items() if r[1] - r[0] < 4}
    assert ("kind", "option", "b") in narrowed
    low, high = narrowed[("kind", "option", "b")]
    assert low <= 2 <= high and high - low <= 1


@pytest.mark.slow
def test_a_subset_is_protected_as_a_whole_too(example_paths, tmp_path):
    """Each site's workbook, alone. (In one project the second of the two sites is refused,
    since the two make up the whole survey: see test_outputs_side_by_side.py.)"""
    form = read_xlsform(example_paths["training_employment_barriers"])
    for site in ("Centre A", "Centre B"):
        database = Database.open(tmp_path / f"{site}.duodesk")
        try:
            with database.session() as session:
                save_questionnaire(session, form)
            random_survey(database, form, tmp_path, 77)
            path = tmp_path / f"{site}.xlsx"
            export(database, form.form_id, path, ExportOptions(subset=Subset(sites=(site,))))
        finally:
            database.close()
        assert openpyxl.load_workbook(path).sheetnames == SUMMARY_SHEETS
        assert assert_nothing_narrowed(path, form, 4) > 0
