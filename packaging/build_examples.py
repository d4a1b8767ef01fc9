"""Write the example questionnaires that DuoDesk ships in ``resources/examples/``.

Run from the repository root::

    .venv/bin/python packaging/build_examples.py [FOLDER]

Each questionnaire is a module of ``packaging/example_forms/`` whose ``build()`` returns its
settings and its survey and choice rows as plain Python (see ``example_forms/common.py``). This
script lays the rows out as the sheets of a plain workbook, reads that with DuoDesk's own XLSForm
reader, which runs every check a user's form gets (an example with a mistake stops here, with
the reader's message), and writes the shipped workbook with DuoDesk's own writer,
:func:`duodesk.core.xlsform.write_xlsform`. ``tests/test_examples.py`` checks that doing so
gives the committed files.

Every example is written in English and shipped in French, Spanish and Russian too
(``example_forms/languages.py``, from the table ``example_forms/translations.tsv``).

The questionnaires follow the surveys described in the project's seed documents: the Glasgow
hepatitis C peer research survey (2007) and the barriers to training and employment survey
(2001) of the Scottish Drugs Forum, and the INPUD online survey of drug user organisations
(2007).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]  # this checkout's duodesk, and example_forms

from example_forms import (  # noqa: E402
    drug_user_organisation_profile,
    hepatitis_c_peer_survey,
    training_employment_barriers,
)
from example_forms.common import Example, Text  # noqa: E402
from example_forms.languages import in_every_language  # noqa: E402

from duodesk.core.questionnaire import Questionnaire  # noqa: E402
from duodesk.core.spreadsheet import write_text_row  # noqa: E402
from duodesk.core.xlsform import read_xlsform, write_xlsform  # noqa: E402
from duodesk.core.xlsform_columns import (  # noqa: E402
    CHOICES_COLUMNS,
    SETTINGS_COLUMNS,
    SURVEY_COLUMNS,
    TRANSLATABLE,
)

EXAMPLES = (hepatitis_c_peer_survey, training_employment_barriers, drug_user_organisation_profile)


def _sheet_rows(
    columns: tuple[str, ...], rows: list[dict[str, Text]], languages: tuple[str, ...]
) -> list[list[str]]:
    """The header and the rows, a ``column::Language`` column per language for the texts (a
    text given in more languages than the form has is taken in the first ones)."""
    header: list[str] = []
    cells: list[tuple[str, int]] = []
    for column in columns:
        if column in TRANSLATABLE:
            header += [f"{column}::{language}" for language in languages]
            cells += [(column, index) for index in range(len(languages))]
        else:
            header.append(column)
            cells.append((column, 0))
    table = [header]
    for row in rows:
        values = []
        for column, index in cells:
            value = row.get(column, "")
            if isinstance(value, tuple):
                if len(value) < len(languages):  # English-only forms take the first
                    raise ValueError(f"{row.get('name')}: {column} needs one text per language")
                value = value[index]
            elif value and column in TRANSLATABLE and len(languages) > 1:
                raise ValueError(f"{row.get('name')}: {column} needs one text per language")
            values.append(value)
        table.append(values)
    return table


def questionnaire_of(example: Example, folder: Path) -> Questionnaire:
    """The example as DuoDesk reads it (raising the reader's error if it has a mistake)."""
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    settings = {
        "form_id": example.form_id,
        "form_title": example.form_title,
        "version": "1",
        "default_language": example.languages[0],
        "participant_code": example.participant_code,
    }
    sheets = {
        "survey": _sheet_rows(SURVEY_COLUMNS, example.survey, example.languages),
        "choices": _sheet_rows(CHOICES_COLUMNS, example.choices, example.languages),
        "settings": _sheet_rows(SETTINGS_COLUMNS, [settings], example.languages[:1]),
    }
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for number, row in enumerate(rows, start=1):
            write_text_row(sheet, number, row)
    rows_file = folder / f"rows-{example.file_name}"
    workbook.save(rows_file)
    return read_xlsform(rows_file)


def build(folder: Path) -> list[Path]:
    """Write every example into ``folder``; the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        for module in EXAMPLES:
            example = in_every_language(module.build())
            questionnaire = questionnaire_of(example, Path(scratch))
            path = folder / example.file_name
            write_xlsform(questionnaire, path)
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Write every example into ``resources/examples`` (or the folder given as an argument)."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else HERE.parent / "resources" / "examples"
    for path in build(folder):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
