"""The example questionnaires can be shown in French, Spanish and Russian, and their English is
exactly what their modules say."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from duodesk.core.questionnaire import text_in
from duodesk.core.xlsform import read_xlsform
from duodesk.resources import example_forms

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("English (en)", "Français (fr)", "Español (es)", "Русский (ru)")


@pytest.fixture(scope="module")
def modules():
    sys.path[:0] = [str(ROOT / "packaging")]
    try:
        from example_forms import (
            drug_user_organisation_profile,
            hepatitis_c_peer_survey,
            training_employment_barriers,
        )
        from example_forms.languages import table

        yield (
            {
                module.build().file_name: module.build()
                for module in (
                    drug_user_organisation_profile,
                    hepatitis_c_peer_survey,
                    training_employment_barriers,
                )
            },
            table(),
        )
    finally:
        sys.path.remove(str(ROOT / "packaging"))


def _texts(form):
    for item in [*form.questions(), *form.groups()]:
        yield item.name, item.label
        yield item.name, item.hint
    for choices in form.choice_lists.values():
        for choice in choices.choices:
            yield f"{choices.name}/{choice.name}", choice.label


@pytest.mark.parametrize("path", example_forms(), ids=lambda path: path.stem)
def test_every_label_of_an_example_is_in_french_spanish_and_russian(path):
    form = read_xlsform(path)
    assert form.languages() == list(LANGUAGES)
    for where, text in _texts(form):
        if not text_in(text, "English (en)", "English (en)"):
            continue
        shown = [text.get(language, "") for language in LANGUAGES]
        assert all(shown), (where, shown)
        assert len(set(shown)) > 1 or shown[0] in {"OK", "Total"}, (where, shown)


@pytest.mark.parametrize("path", example_forms(), ids=lambda path: path.stem)
def test_the_english_of_an_example_is_its_modules_own(path, modules):
    examples, _ = modules
    example = examples[path.name]
    form = read_xlsform(path)
    english = {}
    for row in example.survey:
        for column in ("label", "hint"):
            value = row.get(column)
            if value:
                english[row["name"], column] = value[0] if isinstance(value, tuple) else value
    for item in [*form.questions(), *form.groups()]:
        for column in ("label", "hint"):
            if (item.name, column) in english:
                own = getattr(item, column)["English (en)"]
                assert own == english[item.name, column], item.name


def test_the_translation_table_has_no_row_for_a_text_no_example_has(modules):
    _, table = modules
    said = set()
    for path in example_forms():
        for _, text in _texts(read_xlsform(path)):
            said.add(text.get("English (en)", ""))
        form = read_xlsform(path)
        for item in form.questions():
            said.update(
                text.get("English (en)", "")
                for text in (item.constraint_message, item.required_message)
            )
    assert set(table) - said == set()
