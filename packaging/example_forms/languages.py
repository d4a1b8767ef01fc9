"""The example questionnaires in French, Spanish and Russian as well as English.

Each form is written in English (the hepatitis C survey and the shared lists in Spanish too);
``translations.tsv`` beside this module gives every English text in French, Spanish and
Russian, one row per text, so that translators can review and correct it as a table. The
English stays exactly as the form module writes it, and a Spanish text a form gives itself is
kept in place of the table's.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from functools import cache
from pathlib import Path

from duodesk.core.xlsform_columns import TRANSLATABLE
from example_forms.common import EN, ES, FR, RU, Example, Text

TABLE = Path(__file__).with_name("translations.tsv")
LANGUAGES = (EN, FR, ES, RU)


@cache
def table() -> dict[str, tuple[str, str, str]]:
    """English text -> (French, Spanish, Russian)."""
    with TABLE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return {row[0]: (row[1], row[2], row[3]) for row in rows[1:]}


def in_every_language(example: Example) -> Example:
    """``example`` with every text in :data:`LANGUAGES`; ValueError naming the row and the
    text when the table lacks one."""

    def text(value: Text, where: str) -> Text:
        if not value:
            return value
        own = value if isinstance(value, tuple) else (value,)
        english = own[0]
        if english not in table():
            raise ValueError(
                f"{example.file_name}, {where}: {TABLE.name} has no row for {english!r}"
            )
        french, spanish, russian = table()[english]
        if len(own) > 1:  # the form's own Spanish, written with the form
            spanish = own[1]
        return (english, french, spanish, russian)

    def rows(kind: str, found: list[dict[str, Text]]) -> list[dict[str, Text]]:
        return [
            {
                column: text(value, f"{kind} row {row.get('name') or row.get('type')}")
                if column in TRANSLATABLE
                else value
                for column, value in row.items()
            }
            for row in found
        ]

    return replace(
        example,
        languages=LANGUAGES,
        survey=rows("survey", example.survey),
        choices=rows("choices", example.choices),
    )
