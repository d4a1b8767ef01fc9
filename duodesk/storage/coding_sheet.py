"""Coding sheets: the written answers to one question with their themes, as a CSV file a group
can code in a spreadsheet, and the same file (CSV or workbook) read back into the project.

Columns: ``interview`` (the interview's id, a UUID), ``answer`` (the written answer, for
reading; not read back), ``themes`` (theme names or labels, separated by ";") and
``not_codable`` ("yes" or empty). A theme the project does not have yet is made. A row with
empty themes and not marked not codable leaves its answer to be coded.

Reading checks every row before anything is stored: a bad row raises
:class:`~duodesk.core.input_files.InputFileError` naming the file, row and column, and the
project is left as it was.
"""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from duodesk.core.input_files import InputFileError
from duodesk.core.spreadsheet import FORMULA_STARTS, csv_safe, from_csv_cell
from duodesk.core.tabular import open_table
from duodesk.i18n import translate
from duodesk.storage.audit import record_event
from duodesk.storage.database import Database
from duodesk.storage.themes import (
    MAIN_CODER,
    add_theme,
    answers_to_code,
    clear_coding,
    code_answer,
    list_themes,
    parse_uuid,
)

HEADER = ("interview", "answer", "themes", "not_codable")
YES = {"yes", "y", "1", "true", "x"}
NO = {"", "no", "n", "0", "false"}
OWNER_ONLY = 0o600


@dataclass(frozen=True)
class SheetReport:
    answers: int  # rows applied
    coded: int
    not_codable: int
    new_themes: tuple[str, ...]

    def describe(self) -> str:
        text = translate(
            "Import",
            "{answers} answer(s) read: {coded} coded, {not_codable} not codable, {left} left to "
            "code.",
        ).format(
            answers=self.answers,
            coded=self.coded,
            not_codable=self.not_codable,
            left=self.answers - self.coded - self.not_codable,
        )
        if self.new_themes:
            text += " " + translate("Import", "New themes: {names}.").format(
                names=", ".join(self.new_themes)
            )
        return text


def export_coding_sheet(
    database: Database, form_id: str, question: str, path: Path, coder: str = MAIN_CODER
) -> int:
    """Write the coding sheet of ``question`` to ``path`` (UTF-8 with a byte-order mark, so
    that Excel reads accents right; every cell safe from formula injection). Returns the
    number of answers written. Raises ThemeError for an unknown form or question, and
    NotAllowed (before anything is written) for a person who may not export."""
    from duodesk.core.roles import Permission
    from duodesk.storage.access import require_in

    require_in(database, Permission.EXPORT)
    with database.read_session() as session:
        themes = {t.id: t.label for t in list_themes(session, form_id, question)}
        answers = answers_to_code(session, form_id, question, coder)
    # Written answers are as private as the project: the sheet is readable by its owner only
    # (mkstemp makes it so) before it takes its real name, like every export.
    descriptor, partial_name = tempfile.mkstemp(
        prefix=f".{path.stem}-", suffix=f"{path.suffix}.part", dir=path.parent
    )
    partial = Path(partial_name)
    try:
        with open(descriptor, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADER)
            for answer in answers:
                labels = [themes[t] for t in themes if t in answer.themes]
                writer.writerow(
                    [
                        answer.interview_uuid,
                        csv_safe(answer.text),
                        csv_safe("; ".join(labels)),
                        "yes" if answer.not_codable else "",
                    ]
                )
        os.chmod(partial, OWNER_ONLY)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    with database.session() as session:
        record_event(
            session,
            "coding_sheet_exported",
            subject=f"{form_id}/{question}",
            details={"file": str(path.resolve()), "answers": len(answers), "coder": coder},
        )
    return len(answers)


def import_coding_sheet(
    database: Database, form_id: str, question: str, path: Path, coder: str = MAIN_CODER
) -> SheetReport:
    """Apply the coding sheet at ``path`` to ``coder``'s coding of ``question``, all or
    nothing. Raises InputFileError for a bad file or row, ThemeError for an unknown form or
    question."""
    table = open_table(path)
    columns = {name.strip().casefold(): i for i, name in enumerate(table.header)}
    for needed in ("interview", "themes"):
        if needed not in columns:
            table.close()
            raise InputFileError(
                f'there is no "{needed}" column; a coding sheet has the columns '
                + ", ".join(HEADER)
                + ".",
                path=path,
                sheet=table.sheet,
            )
    try:
        _refuse_formulas(table)
    except BaseException:
        table.close()
        raise
    with database.session() as session:
        rows = _checked_rows(session, form_id, question, table, columns, coder)
        known = {}
        for theme in list_themes(session, form_id, question):
            known[theme.label.casefold()] = theme.id
            known.setdefault(theme.name.casefold(), theme.id)
        new: list[str] = []
        coded = not_codable = 0
        for interview_id, labels, skip in rows:
            ids = []
            for label in labels:
                if label.casefold() not in known:
                    known[label.casefold()] = add_theme(session, form_id, question, label).id
                    new.append(label)
                ids.append(known[label.casefold()])
            if skip:
                code_answer(
                    session, form_id, question, interview_id, (), not_codable=True, coder=coder
                )
                not_codable += 1
            elif ids:
                code_answer(session, form_id, question, interview_id, ids, coder=coder)
                coded += 1
            else:
                clear_coding(session, question, interview_id, coder)
        record_event(
            session,
            "coding_sheet_imported",
            subject=f"{form_id}/{question}",
            details={"file": path.name, "answers": len(rows), "coder": coder},
        )
    return SheetReport(len(rows), coded, not_codable, tuple(new))


def _refuse_formulas(table) -> None:
    """InputFileError naming the first formula cell of a workbook's sheet, if any.

    Workbooks are read with the values a spreadsheet program last calculated; a formula never
    calculated (or one made to look harmless) would be read as empty and clear a coding
    without a word, so a coding sheet must hold typed text only."""
    if table.sheet is None:
        return  # a CSV file has no formulas, only text
    import openpyxl

    from duodesk.core.xlsx_archive import EXCEL_MAX_ROWS

    width = len(table.header)
    with table.path.open("rb") as handle:
        book = openpyxl.load_workbook(handle, read_only=True, data_only=False)
        try:
            sheet = book[table.sheet]
            sheet.reset_dimensions()
            for number, cells in enumerate(sheet.iter_rows(max_col=width), 1):
                if number > EXCEL_MAX_ROWS:
                    return
                for index, cell in enumerate(cells):
                    if getattr(cell, "data_type", None) == "f":
                        raise InputFileError(
                            translate(
                                "Storage",
                                'this cell holds a formula ("{value}"); a coding sheet takes '
                                "typed text only. Type the themes' names instead.",
                            ).format(value=cell.value),
                            path=table.path,
                            sheet=table.sheet,
                            row=number,
                            column=str(table.header[index]) if index < width else None,
                        )
        finally:
            book.close()


def _checked_rows(session: Session, form_id, question, table, columns, coder):
    """Every row as (interview id, theme labels, not codable), or InputFileError."""
    answers = {
        a.interview_uuid: a.interview_id for a in answers_to_code(session, form_id, question, coder)
    }
    seen: dict[str, int] = {}
    rows = []
    existing = {
        name.casefold()
        for theme in list_themes(session, form_id, question)
        for name in (theme.label, theme.name)
    }
    column_names = dict(enumerate(table.header))
    skip_column = columns.get("not_codable")

    def error(reason: str, row: int, index: int) -> InputFileError:
        return InputFileError(
            reason, path=table.path, sheet=table.sheet, row=row, column=column_names[index]
        )

    for number, values in table.rows():
        raw = str(values[columns["interview"]] or "").strip()
        key = parse_uuid(raw)
        if key is None:
            raise error(
                translate("Storage", '"{raw}" is not an interview id.').format(raw=raw),
                number,
                columns["interview"],
            )
        if key not in answers:
            raise error(
                translate(
                    "Storage",
                    'the interview "{raw}" has no written answer to "{question}" in this project.',
                ).format(raw=raw, question=question),
                number,
                columns["interview"],
            )
        if key in seen:
            raise error(
                translate("Storage", "this interview is already on row {value}.").format(
                    value=seen[key]
                ),
                number,
                columns["interview"],
            )
        seen[key] = number
        text = from_csv_cell(values[columns["themes"]])
        labels = [" ".join(p.split()) for p in str(text or "").split(";")]
        labels = list(dict.fromkeys(label for label in labels if label))
        for label in labels:
            # A theme made before such names were refused still reads back as itself.
            if label.startswith(FORMULA_STARTS) and label.casefold() not in existing:
                raise error(
                    translate(
                        "Storage",
                        '"{label}" cannot be a theme\'s name: it starts like a spreadsheet '
                        "formula.",
                    ).format(label=label),
                    number,
                    columns["themes"],
                )
        skip = False
        if skip_column is not None:
            flag = str(values[skip_column] or "").strip().casefold()
            if flag not in YES | NO:
                raise error(
                    translate("Storage", '"{value}" should be "yes" or left empty.').format(
                        value=values[skip_column]
                    ),
                    number,
                    skip_column,
                )
            skip = flag in YES
            if skip and labels:
                raise error(
                    translate("Storage", "an answer marked not codable cannot have themes too."),
                    number,
                    columns["themes"],
                )
        rows.append((answers[key], labels, skip))
    return rows
