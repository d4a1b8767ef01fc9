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

from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.xlsform import read_xlsform
from duodesk.exports.disclosure import DisclosureRule
from duodesk.exports.export import export
from duodesk.exports.layout import ExportOptions
from duodesk.storage.importer import import_responses
from duodesk.storage.questionnaires import save_questionnaire
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


def assert_nothing_narrowed(path: Path, form, threshold: int) -> int:
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
