"""Importing interviews from a response file (CSV or xlsx) into a project.

By default an import is all or nothing: if any row cannot be stored, nothing is, and the error
lists the problems (file, row, column, value, reason: the first few hundred, and how many there
are in all). With ``keep_valid`` the valid rows are stored and the rejected ones are written,
with their reasons, to a CSV file beside the input. Rejected rows are counted and written out as
they come, never all held at once, so a file of a million bad rows costs no more memory than a
small one.
Rows imported before (recognised by their id column, or by their content) are not added again.
"""

from __future__ import annotations

import csv
import logging
import os
import tempfile
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from duodesk.core.form_edits import path_of, remove_item
from duodesk.core.label_columns import AmbiguousChoices, label_columns
from duodesk.core.participant_code import CodeDigests, many_code_digests
from duodesk.core.questionnaire import Questionnaire, Repeat
from duodesk.core.records import AnswerRecord, AnswerStatus, stored_questions
from duodesk.core.repeat_files import (
    CENTRAL_PARENT,
    DUODESK_INTERVIEW,
    DUODESK_PARENT,
    KOBO_PARENT,
    RepeatAnswers,
    SetAside,
    central_zip_tables,
    is_zip_of_csv_files,
    read_repeats,
    repeat_table,
    set_aside,
    unknown_repeats,
)
from duodesk.core.responses import (
    VERSION_COLUMN,
    ParsedInterview,
    RejectedRow,
    RowProblem,
    VersionPlan,
    columns_of_other_versions,
    iter_interviews,
    plan_columns,
    plan_columns_by_version,
    questions_without_column,
)
from duodesk.core.spreadsheet import csv_safe
from duodesk.core.table import Table
from duodesk.core.tabular import InputFileError, open_table, read_sheet, sheet_names
from duodesk.i18n import translate
from duodesk.storage.audit import record_event
from duodesk.storage.database import Database
from duodesk.storage.interviews import existing_interviews, insert_answer_rows, stored_answers
from duodesk.storage.models import Interview, InterviewStatus, ParticipantCodeDigest, utc_now
from duodesk.storage.participant_codes import project_key
from duodesk.storage.questionnaires import (
    StoredVersion,
    all_versions,
    latest_version,
    make_older_versions,
)

BATCH = 500
SERVER_RETRIES = 3  # tries of an import that a shared server stopped as a deadlock
_IMPORT_LOCK = 4242001  # the advisory lock of imports on a server (see import_responses)
DATA_SHEET = "Data"  # the sheet of a DuoDesk workbook that holds one row per interview
MAX_PROBLEMS_SHOWN = 200  # in the message; also the most problems an import keeps

log = logging.getLogger("duodesk.import")


def _is_workbook(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"PK\x03\x04"


class ImportRefused(InputFileError):
    """Nothing was imported; ``problems`` lists why, row by row."""

    def __init__(
        self,
        path: Path,
        problems: list[str],
        rejected_rows: int,
        total_problems: int | None = None,
        sheet: str | None = None,
    ) -> None:
        """``problems``: the first ones (at least those shown); ``total_problems``: how many
        there are in all (``len(problems)`` when not given); ``sheet``: the workbook's sheet
        the interviews were read from, whose rows the problems name."""
        self.problems = tuple(problems)
        self.rejected_rows = rejected_rows  # 0: the file itself (its columns) is refused
        self.total_problems = len(problems) if total_problems is None else total_problems
        shown = "\n".join(f"  - {p}" for p in problems[:MAX_PROBLEMS_SHOWN])
        more = self.total_problems - min(len(problems), MAX_PROBLEMS_SHOWN)
        tail = f"\n  ... {_more_problems(more)}" if more > 0 else ""
        said = _nothing_imported(rejected_rows)
        super().__init__(  # the path (and sheet) head the message
            f"{said}\n{shown}{tail}",
            path=path,
            sheet=sheet,
        )


def _nothing_imported(rows: int) -> str:
    """The refusal's first words, with English's singular for one row (the other languages
    choose their own form of ``%n``)."""
    if rows == 1:
        return translate(
            "Import",
            "nothing was imported, because %n row has problems. Correct it and import the file "
            "again, or import only the valid rows.",
            None,
            rows,
        )
    return translate(
        "Import",
        "nothing was imported, because %n rows have problems. Correct them and import the file "
        "again, or import only the valid rows.",
        None,
        rows,
    )


def _more_problems(more: int) -> str:
    if more == 1:
        return translate("Import", "and %n more problem", None, more)
    return translate("Import", "and %n more problems", None, more)


class _Rejections:
    """The rows that cannot be imported: counted, their first :data:`MAX_PROBLEMS_SHOWN`
    problems kept for the message, and, when the valid rows are imported (``write``), each
    written as it comes to a private file that becomes ``DATA.rejected.csv`` once the import
    is stored (:meth:`finish`) and is removed otherwise (:meth:`discard`)."""

    def __init__(self, path: Path, header: tuple[str, ...], *, write: bool) -> None:
        self.count = 0
        self.problems: list[str] = []
        self.problem_count = 0
        self.target = path.with_name(f"{path.stem}.rejected.csv")
        self._part = path.with_name(f".{path.stem}.rejected.csv.part")
        self._header = header
        self._write = write
        self._handle = None
        self._writer = None

    def __bool__(self) -> bool:
        return self.count > 0

    def __len__(self) -> int:
        return self.count

    def add(self, row: RejectedRow, problems: Iterable[str]) -> None:
        self.count += 1
        for problem in problems:
            self.problem_count += 1
            if len(self.problems) < MAX_PROBLEMS_SHOWN:
                self.problems.append(problem)
        if self._write:
            self._write_row(row)

    def _write_row(self, row: RejectedRow) -> None:
        if self._writer is None:
            # Readable by its owner only, like the project: the rows are interviews. Created
            # so (never readable by others, even for a moment).
            descriptor = os.open(self._part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.chmod(self._part, 0o600)
            self._handle = open(descriptor, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115
            self._writer = csv.writer(self._handle)
            self._writer.writerow([csv_safe(h) for h in ("row", *self._header, "problems")])
        reasons = "; ".join(str(p) for p in row.problems)
        cells = ["" if v is None else str(v) for v in row.values]
        self._writer.writerow([str(row.row), *(csv_safe(c) for c in cells), csv_safe(reasons)])

    def _close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = self._writer = None

    def finish(self) -> Path | None:
        """The file of rejected rows, in place (None when no row was rejected)."""
        if not self.count or not self._write:
            return None
        self._close()
        os.replace(self._part, self.target)
        os.chmod(self.target, 0o600)
        return self.target

    def discard(self) -> None:
        self._close()
        self._part.unlink(missing_ok=True)


class _BatchSender:
    """Stores batches with ``flush``, one at a time, in the calling thread or (``overlap``) in
    a thread of its own while the caller reads the next batch; a failure comes out of the next
    :meth:`send` or of :meth:`finish`."""

    def __init__(self, flush: Callable[[list], None], *, overlap: bool) -> None:
        self._flush = flush
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="import") if overlap else None
        self._sending: Future | None = None

    def send(self, batch: list) -> None:
        if not batch:
            return
        if self._pool is None:
            self._flush(batch)
            return
        self._wait()
        self._sending = self._pool.submit(self._flush, batch)

    def _wait(self) -> None:
        sending, self._sending = self._sending, None
        if sending is not None:
            sending.result()  # raises the batch's failure, if any

    def finish(self) -> None:
        """Wait for the batch on its way, raising its failure."""
        if self._pool is None:
            return
        try:
            self._wait()
        finally:
            self._pool.shutdown(wait=True)

    def abandon(self) -> None:
        """Wait for the batch on its way, whatever its outcome (the import failed already)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)


class ImportCrowdedOut(InputFileError):
    """Other imports on a shared server got in the way every time this one was tried; each
    try was rolled back whole, so nothing of the file was imported."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            "other imports to the shared server got in the way of this one "
            f"{SERVER_RETRIES} times, so DuoDesk stopped trying and nothing of this file was "
            "imported. Import it again when the others have finished.",
            path=path,
        )


class ImportCancelled(Exception):
    """The import was cancelled; nothing was stored."""


@dataclass(frozen=True)
class ImportReport:
    path: Path
    form_id: str
    version_number: int
    imported: int
    already_imported: int
    rejected: int
    rejected_file: Path | None
    ignored_columns: tuple[str, ...]
    not_available: int = 0  # number answers written "NA" / "n/a", read as no answer
    not_in_version: int = 0  # cells of an export saying "not in version", read as not answered
    # A DuoDesk export's "_version" column, when it names another version than
    # ``version_number`` (numbers are the exporting project's): (version as written, how
    # many interviews imported), in version order. Empty when every row names this version.
    file_versions: tuple[tuple[str, int], ...] = ()
    # (this project's version number, how many imported interviews are stored as made with
    # it), in version order.
    stored_versions: tuple[tuple[int, int], ...] = ()
    # The older versions made from the file (see make_older_versions): their numbers, in
    # order; this project's only version became ``version_number``. Empty when none was made.
    versions_made: tuple[int, ...] = ()
    # The repeats the file has no table for, whose instances are therefore not known: (name,
    # where the file would have had them: "sheet" (a workbook), "zip" (a zip of CSV files),
    # "beside" (a CSV file, whose repeats' files sit beside it) or "wide" (the file has
    # columns per instance, "drugs[1]/drug", which are not read)).
    unknown_repeats: tuple[tuple[str, str], ...] = ()
    # The questions the file has no column for (see questions_without_column): nothing was
    # stored for them.
    no_column: tuple[str, ...] = ()
    # Cells saying "not asked" or "not in version" read as the choice that has those words as
    # its label, because the question was asked.
    markers_as_choices: int = 0
    # Where a question giving a repeat's number of instances (repeat_count) says more than the
    # rows of the repeat's own table, each said where: the rows were stored as the instances.
    count_notes: tuple[str, ...] = ()
    # Tables named after one of the form's repeats without the column joining their rows to
    # the interviews: (the table, as named in messages, the repeat, the missing column).
    keyless_repeats: tuple[tuple[str, str, str], ...] = ()
    # Tables of repeats inside one of those, whose rows therefore cannot be joined either:
    # (the table, the repeat, the repeat around it whose table lacks the column, the column).
    inside_keyless: tuple[tuple[str, str, str, str], ...] = ()
    # Tables joined like a repeat's for a repeat the form does not have, as named in messages.
    tables_left_out: tuple[str, ...] = ()

    def describe(self) -> str:
        imported, rejected = self.imported, self.rejected  # (lupdate reads only plain names)
        lines = [
            (
                translate("Import", "%n interview imported from {file}.", None, imported)
                if imported == 1
                else translate("Import", "%n interviews imported from {file}.", None, imported)
            ).format(file=self.path.name)
        ]
        if self.file_versions:
            made = ", ".join(
                translate("Import", "{count} with version {version}").format(count=n, version=v)
                for v, n in self.file_versions
            )
            kept = ", ".join(
                translate("Import", "{count} with version {version}").format(count=n, version=v)
                for v, n in self.stored_versions
            )
            if self.ignored_columns:
                said = translate(
                    "Import",
                    "The file's version column says how many interviews were made with each "
                    "version of the questionnaire in the project it came from ({made}). Each is "
                    "stored as made with this project's version of the same number when that "
                    "version has the questions the interview was asked, and otherwise with "
                    "version {number}, this project's newest: here {kept}; answers to questions "
                    "this project's versions do not have are not imported (the columns left out "
                    "below).",
                )
            else:
                said = translate(
                    "Import",
                    "The file's version column says how many interviews were made with each "
                    "version of the questionnaire in the project it came from ({made}). Each is "
                    "stored as made with this project's version of the same number when that "
                    "version has the questions the interview was asked, and otherwise with "
                    "version {number}, this project's newest: here {kept}.",
                )
            lines.append(said.format(made=made, number=self.version_number, kept=kept))
        if self.versions_made:
            lines.append(
                translate(
                    "Import",
                    "This project had no interview of this questionnaire and only one version "
                    "of it, so the file's older versions were added ({numbers}): each is this "
                    "questionnaire without the questions the file says its interviews did not "
                    "have, and this questionnaire is now version {number}, as in the file.",
                ).format(
                    numbers=", ".join(str(n) for n in self.versions_made),
                    number=self.version_number,
                )
            )
        if self.not_available:
            lines.append(
                translate(
                    "Import",
                    '{count} number answer(s) written "NA" or "n/a" were read as no answer.',
                ).format(count=self.not_available)
            )
        if self.not_in_version:
            lines.append(
                translate(
                    "Import",
                    '{count} answer(s) said "not in version": those interviews were made with a '
                    "version of the questionnaire without those questions, and they stay "
                    '"not in version" here, so the summaries count them as the project the file '
                    "came from did.",
                ).format(count=self.not_in_version)
            )
        lines += [self._unknown_repeat(name, kept_in) for name, kept_in in self.unknown_repeats]
        lines += [
            translate(
                "Import",
                '{table} is for the repeat "{repeat}", but it has no column "{column}", which '
                "says which interview each of its rows belongs to: its answers were not "
                "imported, and how many {repeat} each interview had is not known.",
            ).format(table=table[:1].upper() + table[1:], repeat=repeat, column=column)
            for table, repeat, column in self.keyless_repeats
        ]
        lines += [
            translate(
                "Import",
                '{table} is for the repeat "{repeat}", which sits inside the repeat "{outer}", '
                'whose table has no column "{column}": its answers were not imported either, '
                "and how many {repeat} each instance of {outer} had is not known.",
            ).format(table=table[:1].upper() + table[1:], repeat=repeat, outer=outer, column=column)
            for table, repeat, outer, column in self.inside_keyless
        ]
        if self.count_notes:
            shown = "\n".join(f"  - {note}" for note in self.count_notes[:MAX_PROBLEMS_SHOWN])
            more = len(self.count_notes) - MAX_PROBLEMS_SHOWN
            lines.append(
                translate(
                    "Import",
                    "In {count} place(s) a question gives a repeat's number of instances, but "
                    "the repeat's own table has fewer rows for the interview. The rows were "
                    "imported as they are, as the instances: none was made up. The question "
                    "keeps the number it says.",
                ).format(count=len(self.count_notes))
                + "\n"
                + shown
                + (
                    "\n" + translate("Import", "  ... and {count} more").format(count=more)
                    if more > 0
                    else ""
                )
            )
        if self.markers_as_choices:
            lines.append(
                translate(
                    "Import",
                    '{count} answer(s) were the words "not asked" or "not in version" in a '
                    "question that was asked. One of that question's answers has those words as "
                    "its label, so they were read as that answer.",
                ).format(count=self.markers_as_choices)
            )
        if self.no_column and self.imported:
            lines.append(
                translate(
                    "Import",
                    "The file has no column for these questions: {names}. It does not say what "
                    "was answered to them, so nothing was stored for them: the summaries do "
                    'not count them as "No answer", but as not in the version of the '
                    "questionnaire the interviews were made with.",
                ).format(names=", ".join(self.no_column))
            )
        if self.already_imported:
            lines.append(
                translate("Import", "{count} were already in the project and were skipped.").format(
                    count=self.already_imported
                )
            )
        if self.rejected:
            lines.append(
                (
                    translate("Import", "%n row was not imported; see {file}.", None, rejected)
                    if rejected == 1
                    else translate(
                        "Import", "%n rows were not imported; see {file}.", None, rejected
                    )
                ).format(file=self.rejected_file)
            )
        if self.ignored_columns:
            lines.append(
                translate("Import", "Columns left out: {names}.").format(
                    names=", ".join(self.ignored_columns)
                )
            )
        if self.tables_left_out:
            lines.append(
                translate(
                    "Import",
                    "Left out, because the questionnaire has no repeat they are for: {names}.",
                ).format(names=", ".join(self.tables_left_out))
            )
        return "\n".join(lines)

    def _unknown_repeat(self, name: str, kept_in: str) -> str:
        if kept_in == "wide":
            said = translate(
                "Import",
                'The file gives the repeat "{repeat}" in columns of their own for each of its '
                "instances, which DuoDesk does not read: its answers were not imported, and "
                "how many {repeat} each interview had is not known.",
            )
        elif kept_in == "sheet":
            said = translate(
                "Import",
                'The file has no sheet for the repeat "{repeat}": its answers were not '
                "imported, and how many {repeat} each interview had is not known.",
            )
        elif kept_in == "zip":
            said = translate(
                "Import",
                'The zip file has no CSV file for the repeat "{repeat}": its answers were not '
                "imported, and how many {repeat} each interview had is not known.",
            )
        else:
            said = translate(
                "Import",
                "The file has one row per interview, and there is no file {file} beside it "
                'for the repeat "{repeat}": its answers were not imported, and how many '
                "{repeat} each interview had is not known.",
            )
        beside = f"{self.path.stem}-{name}{self.path.suffix}"
        return said.format(repeat=name, file=beside)


def import_responses(
    database: Database,
    form_id: str,
    path: str | Path,
    *,
    keep_valid: bool = False,
    site: str = "",
    interviewer: str = "",
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import the interviews in ``path`` into ``form_id``: each into the newest version, or,
    for a DuoDesk export naming its interviews' versions, as described in
    :class:`_VersionChooser` (questions a row says were "not in version" stay so).

    ``site`` / ``interviewer`` fill in rows whose file has no ``_site`` / ``_interviewer``
    column. ``progress`` is called with the number of rows read so far. Raises
    :class:`InputFileError` for an unreadable file or an unknown form, :class:`ImportRefused`
    when rows have problems (and ``keep_valid`` is false), :class:`ImportCancelled`.
    """
    # On a shared server two imports that store the same interviews in different orders can
    # each wait for the other; the server then stops one of them (a deadlock) and rolls it
    # back. That one is done again, alone: imports hold a shared lock while they run and the
    # second try takes it exclusively, so it starts once the others have finished and then
    # finds their interviews imported.
    attempt = 1
    while True:
        try:
            report = _import_once(
                database,
                form_id,
                Path(path),
                keep_valid,
                site,
                interviewer,
                progress,
                cancelled,
                alone=attempt > 1,
            )
        except OperationalError as error:
            code = getattr(error.orig, "sqlstate", None)
            if code not in ("40P01", "40001"):
                raise
            if attempt >= SERVER_RETRIES:
                log.warning("An import met others on the server %d times; it stops", attempt)
                raise ImportCrowdedOut(Path(path)) from None
            log.info("An import met another on the server (%s); trying it again alone", code)
            attempt += 1
            continue
        # Said here, whoever imported (the command line, the window): never the answers.
        log.info(
            "Imported %d interviews into %s from %s (%d already there, %d rows rejected)",
            report.imported,
            form_id,
            Path(path).name,
            report.already_imported,
            report.rejected,
        )
        return report


def _code_digests_by_row(
    database: Database,
    table,
    questionnaire,
    plan,
    versions: dict[str, VersionPlan],
    code_names: tuple[str, ...],
    cancelled: Callable[[], bool] | None,
) -> dict[int, CodeDigests]:
    """The participant-code digests of every row of ``table`` that gives a whole code, by
    row number (a first reading of the file, outside any write transaction)."""
    if not code_names:
        return {}
    coded: list[tuple[int, tuple[str, ...]]] = []
    readings = iter_interviews(table, questionnaire, plan, versions=versions)
    for read, item in enumerate(readings, start=1):
        if cancelled is not None and read % 100 == 0 and cancelled():
            raise ImportCancelled()
        if not isinstance(item, RejectedRow) and item.code_elements is not None:
            coded.append((item.row, item.code_elements))
    if not coded:
        return {}
    with database.session() as session:
        key = project_key(session)
    found: dict[int, CodeDigests] = {}
    for start in range(0, len(coded), BATCH):
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        chunk = coded[start : start + BATCH]
        made = many_code_digests(key, code_names, [elements for _, elements in chunk])
        found.update((row, digests) for (row, _), digests in zip(chunk, made, strict=True))
    return found


def _import_once(
    database: Database,
    form_id: str,
    path: Path,
    keep_valid: bool,
    site: str,
    interviewer: str,
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
    *,
    alone: bool,
) -> ImportReport:
    with database.session() as session:
        version = latest_version(session, form_id)
    if version is None:
        raise InputFileError(
            translate(
                "Storage",
                'There is no questionnaire "{form_id}" in this project: add the '
                "questionnaire first.",
            ).format(form_id=form_id),
            path=path,
        )
    with _response_tables(path, version.questionnaire) as (table, answers, kept_in, aside):
        return _import_table(
            database,
            form_id,
            path,
            table,
            _Repeats(answers, kept_in, tuple(aside)),
            version,
            keep_valid,
            site,
            interviewer,
            progress,
            cancelled,
            alone=alone,
        )


@dataclass(frozen=True)
class _Repeats:
    """The instances the file's repeat tables give (None: it has none), and where the file
    keeps such tables (see :attr:`ImportReport.repeats_kept_in`)."""

    answers: RepeatAnswers | None
    kept_in: str
    set_aside: tuple[SetAside, ...] = ()  # tables beside it that were not read


def _file_words(name: str) -> str:
    """A file named in import messages."""
    return translate("Files", 'file "{name}"').format(name=name)


def _sheet_words(name: str) -> str:
    """A workbook's sheet named in import messages."""
    return translate("Files", 'sheet "{sheet}"').format(sheet=name)


@contextmanager
def _response_tables(
    path: Path, questionnaire: Questionnaire
) -> Iterator[tuple[Table, RepeatAnswers | None, str, list[SetAside]]]:
    """The table of interviews in ``path``, the instances of the repeats when the file has a
    table per repeat beside it (a KoboToolbox workbook's sheets, an ODK Central zip's CSV
    files; see :mod:`duodesk.core.repeat_files`), where such tables are kept ("sheet", "zip"
    or "beside"), and the tables beside it that look meant as a repeat's but were not read."""
    aside: list[SetAside] = []

    def read(where: str, tables: list[tuple[str, str, Table]], column: str) -> RepeatAnswers | None:
        """The repeats' instances in ``tables`` (name, where, table), None when none is a
        repeat's table; the others that look meant as one are set aside."""
        children = []
        for name, place, child in tables:
            found = repeat_table(questionnaire, child, place, name)
            if found is not None:
                children.append(found)
            elif (why := set_aside(questionnaire, child, place, name, column)) is not None:
                aside.append(why)
        keyless = {a.repeat for a in aside if a.repeat}
        for found in list(children):
            # Its rows point to instances of a repeat whose table could not be joined: the
            # fault is that table's missing column, not this one.
            around = [r.name for r in questionnaire.repeats_of(found.repeat.name)]
            if keyless & set(around):
                children.remove(found)
                outer = next(r for r in reversed(around) if r in keyless)
                aside.append(SetAside(found.where, found.repeat.name, column, outer))
        return read_repeats(questionnaire, children, where) if children else None

    if is_zip_of_csv_files(path):
        with tempfile.TemporaryDirectory(prefix="duodesk-import-") as folder:
            tables = central_zip_tables(path, Path(folder))
            main_name, main = tables[0]
            others = [(n.removesuffix(".csv"), _file_words(n), t) for n, t in tables[1:]]
            answers = read(_file_words(main_name), others, CENTRAL_PARENT)
            yield main, answers, "zip", aside
        return
    table = open_table(path)
    if _is_workbook(path):
        table = _interviews_sheet(path, table, questionnaire)
    elif questionnaire.has_repeats:
        others = [
            (name, _file_words(name), open_table(beside))
            for name, beside in _repeat_files_beside(path, questionnaire)
        ]
        answers = read(_file_words(path.name), others, DUODESK_PARENT)
        yield table, answers, "beside", aside
        return
    if _is_workbook(path) and questionnaire.has_repeats:
        others = []
        for name in sheet_names(path):
            sheet = read_sheet(path, name, case_insensitive=False) if name != table.sheet else None
            if sheet is not None:
                others.append((name, _sheet_words(name), sheet))
        duodesk = DUODESK_INTERVIEW in table.header
        answers = read(
            _sheet_words(table.sheet), others, DUODESK_PARENT if duodesk else KOBO_PARENT
        )
        yield table, answers, "sheet", aside
        return
    yield table, None, "sheet" if _is_workbook(path) else "beside", aside


def _interviews_sheet(path: Path, table: Table, questionnaire: Questionnaire) -> Table:
    """``table`` (a workbook's first sheet), or the Data sheet of a DuoDesk workbook, which
    opens on a sheet about the file and has its interviews on the Data sheet."""
    plan = plan_columns(table.header, questionnaire)
    if plan.questions or plan.choice_columns:
        return table
    data = read_sheet(path, DATA_SHEET, case_insensitive=False)
    return table if data is None else data


def _repeat_files_beside(path: Path, questionnaire: Questionnaire) -> list[tuple[str, Path]]:
    """The files DuoDesk's CSV export writes beside ``survey.csv`` for the questionnaire's
    repeats (``survey-drugs.csv``, see :func:`duodesk.exports.export.repeat_csv_path`), by
    file name, of those that are there."""
    found = []
    for repeat in questionnaire.repeats():
        beside = path.with_name(f"{path.stem}-{repeat.name}{path.suffix}")
        if beside.is_file():
            found.append((beside.name, beside))
    return found


def _refuse_another_questionnaires_file(
    plan, read_elsewhere, repeat_answers, version: StoredVersion, path: Path, table: Table
) -> None:
    """Refuse a file most of whose answer columns are not this questionnaire's: interviews of
    another questionnaire that happen to share a column or two ("age") would otherwise be
    stored here, nearly empty, and counted. Columns named like an export tool's own (``_id``,
    ``meta/...``) do not count."""
    known = {q.name for q in plan.questions.values()}
    known |= {q.name for q, _ in plan.choice_columns.values()}
    unknown = [
        name
        for name in plan.ignored
        if name not in read_elsewhere
        and (repeat_answers is None or name not in repeat_answers.read)
        and not name.lower().startswith(("_", "meta"))
    ]
    if len(unknown) < 6 or len(known) * 3 >= len(unknown):
        return
    raise InputFileError(
        translate(
            "Storage",
            'only {known} of its columns are questions of "{title}", and {unknown} are not '
            "(such as {names}): it looks like interviews of another questionnaire, so nothing "
            "was imported. Check the questionnaire chosen; if the file is this one's, take the "
            "other columns out of it and import it again.",
        ).format(
            known=len(known),
            title=version.questionnaire.title,
            unknown=len(unknown),
            names=", ".join(unknown[:3]),
        ),
        path=path,
        sheet=table.sheet,
    )


def _import_table(
    database: Database,
    form_id: str,
    path: Path,
    table: Table,
    repeats: _Repeats,
    version: StoredVersion,
    keep_valid: bool,
    site: str,
    interviewer: str,
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
    *,
    alone: bool,
) -> ImportReport:
    repeat_answers = repeats.answers
    plan = plan_columns(table.header, version.questionnaire)
    if plan.problems:
        raise ImportRefused(path, [str(p) for p in plan.problems], 0, sheet=table.sheet)
    if not plan.questions and not plan.choice_columns:
        raise InputFileError(
            translate(
                "Storage",
                'no column is named after a question of "{title}". The first row '
                "must hold the question names.",
            ).format(title=version.questionnaire.title),
            path=path,
            sheet=table.sheet,
        )

    rejected = _Rejections(path, table.header, write=keep_valid)
    imported = already = not_available = not_in_version = markers_as_choices = 0
    file_versions: Counter[str] = Counter()
    stored_versions: Counter[int] = Counter()
    with database.session() as session:
        stored = all_versions(session, form_id)
    chosen_version = _VersionChooser(stored, version)
    # The rows of a DuoDesk export that name an older version are read with it, so that
    # answers to questions only that version has come back (see iter_interviews).
    versions = plan_columns_by_version(
        table.header,
        {v.number: v.questionnaire for v in stored if v.number != version.number},
    )
    read_elsewhere = columns_of_other_versions(plan, versions)
    _refuse_another_questionnaires_file(plan, read_elsewhere, repeat_answers, version, path, table)
    _settle_label_columns(table, version.questionnaire, plan, versions, path)
    left_out: set[str] = set()  # of those, the ones some stored row had an answer in
    count_notes: list[str] = []  # where a count question says more than its repeat's rows
    batch: list[ParsedInterview] = []
    tally = threading.Lock()  # the counts and rejections, which the sending thread adds to too
    # Each submission seen in this file: its row and a digest of its answers. The same
    # submission twice with the same answers is skipped; with different ones it is a conflict.
    seen: dict[uuid.UUID, tuple[int, bytes]] = {}
    file_conflicts: list[tuple[int, ParsedInterview]] = []  # (first row, the later row)

    def reject(parsed: ParsedInterview, reason: str) -> None:
        rejected.add(
            RejectedRow(parsed.row, parsed.values, (RowProblem(parsed.row, "", "", reason),)),
            [f"row {parsed.row}: {reason}"],
        )

    code_names = tuple(version.questionnaire.settings.participant_code)
    # The digests are slow on purpose (see duodesk.core.participant_code): they are made
    # before the import's transaction, so that the project is not held from other writers
    # (an interview being saved in the window) while they are stretched.
    code_digests_by_row = _code_digests_by_row(
        database, table, version.questionnaire, plan, versions, code_names, cancelled
    )
    older, newest_number = _older_versions_in_file(
        database, form_id, table, version, plan, versions, stored, cancelled
    )
    try:
        with database.session() as session:
            if not database.is_sqlite:
                _take_import_lock(session, alone=alone)
            renumbered = make_older_versions(session, form_id, older, newest_number)
            made_versions = renumbered is not None
            if renumbered is not None:
                version = renumbered
                chosen_version = _VersionChooser(all_versions(session, form_id), version)

            def sort_out(parsed: ParsedInterview, interview_id: int) -> None:
                """A row whose submission is stored already: the same answers, or a conflict."""
                nonlocal already
                differences = answer_differences(
                    stored_answers(session, interview_id), parsed.records
                )
                with tally:
                    if not differences:
                        already += 1
                    else:
                        reject(parsed, _stored_conflict(parsed, differences))

            def flush(batch: list[ParsedInterview]) -> None:
                nonlocal imported, not_available, not_in_version, markers_as_choices
                stored = existing_interviews(
                    session, [p.uuid for p in batch], [p.key for p in batch]
                )
                fresh = []
                for parsed in batch:
                    interview_id = stored.get(parsed.uuid) or stored.get(parsed.key)
                    if interview_id is None:
                        fresh.append(parsed)
                    else:
                        sort_out(parsed, interview_id)
                if not fresh or (rejected and not keep_valid):
                    return
                now = utc_now()
                kept = [chosen_version(p) for p in fresh]
                number_of = {p.uuid: k.number for p, k in zip(fresh, kept, strict=True)}
                rows = [
                    {
                        "uuid": p.uuid,
                        "version_id": kept_as.version_id,
                        "status": InterviewStatus.COMPLETE,
                        "site": p.site or site,
                        "interviewer": p.interviewer or interviewer,
                        "interview_date": p.interview_date,
                        "source_key": p.key,
                        "started_at": now,
                        "finished_at": now,
                        "updated_at": now,
                        "current_question": "",
                    }
                    for p, kept_as in zip(fresh, kept, strict=True)
                ]
                if database.is_sqlite:  # one writer at a time: nothing can come in between
                    ids = session.scalars(
                        insert(Interview).returning(Interview.id, sort_by_parameter_order=True),
                        rows,
                    ).all()
                else:
                    ids, fresh = _insert_new_on_server(session, rows, fresh, sort_out)
                    if not fresh or (rejected and not keep_valid):
                        return
                insert_answer_rows(
                    session,
                    [(i, record) for i, p in zip(ids, fresh, strict=True) for record in p.records],
                )
                codes = [  # kept only as digests; new interviews have none stored yet
                    {"interview_id": interview_id, "slot": slot, "digest": digest}
                    for interview_id, parsed in zip(ids, fresh, strict=True)
                    if parsed.row in code_digests_by_row
                    for slot, digest in code_digests_by_row[parsed.row].slots()
                ]
                if codes:
                    session.execute(insert(ParticipantCodeDigest), codes)
                with tally:
                    imported += len(fresh)
                    not_available += sum(p.not_available for p in fresh)
                    not_in_version += sum(p.not_in_version for p in fresh)
                    markers_as_choices += sum(p.markers_as_choices for p in fresh)
                    file_versions.update(p.file_version for p in fresh if p.file_version)
                    left_out.update(name for p in fresh for name in p.left_out)
                    count_notes.extend(note for p in fresh for note in p.count_notes)
                    stored_versions.update(number_of[p.uuid] for p in fresh)

            # On a server, a batch is stored while the next one is read and checked: the
            # server works in its own process, so the two overlap. One batch is sent at a
            # time, so the session is only ever used by one thread at once.
            sender = _BatchSender(flush, overlap=not database.is_sqlite)
            try:
                rows_read = 0
                for item in iter_interviews(
                    table, version.questionnaire, plan, repeat_answers, versions
                ):
                    rows_read += 1
                    if cancelled is not None and rows_read % 100 == 0 and cancelled():
                        raise ImportCancelled()
                    if progress is not None and rows_read % 1000 == 0:
                        progress(rows_read)
                    if isinstance(item, RejectedRow):
                        with tally:
                            rejected.add(item, (str(p) for p in item.problems))
                        continue
                    first = seen.get(item.uuid)
                    if first is not None:
                        if first[1] == item.answers_digest:
                            with tally:
                                already += 1  # the same submission twice in one export
                        else:
                            file_conflicts.append((first[0], item))
                        continue
                    seen[item.uuid] = (item.row, item.answers_digest)
                    if not keep_valid and rejected:
                        continue  # the import will be refused: just collect the problems
                    batch.append(item)
                    if len(batch) >= BATCH:
                        sender.send(batch)
                        batch = []
                sender.send(batch)
                batch = []
            except BaseException:
                sender.abandon()  # before the session rolls back
                raise
            sender.finish()
            if file_conflicts:
                earlier = _rows_by_number(
                    table, version.questionnaire, plan, versions, file_conflicts
                )
                for first_row, later in file_conflicts:
                    differences = answer_differences(
                        {r.question: r for r in earlier[first_row].records}, later.records
                    )
                    reject(later, _file_conflict(first_row, later, differences))
            orphans = repeat_answers.unclaimed() if repeat_answers is not None else []
            if orphans:  # instances of no interview: refused whole, even with keep_valid
                raise ImportRefused(
                    path,
                    [*rejected.problems, *orphans],
                    len(rejected) + len(orphans),
                    rejected.problem_count + len(orphans),
                    sheet=table.sheet,
                )
            if rejected and not keep_valid:
                raise ImportRefused(  # rolls the session back
                    path, rejected.problems, len(rejected), rejected.problem_count, table.sheet
                )
            record_event(
                session,
                "interviews imported",
                subject=form_id,
                details={
                    "file": path.name,
                    "imported": imported,
                    "already here": already,
                    "not imported": len(rejected),
                },
            )

    except BaseException:  # refused, cancelled or failed: no file of rejected rows
        rejected.discard()
        raise
    rejected_file = rejected.finish()  # the import is stored: its rejected rows beside it

    if imported and not database.is_sqlite:
        # Fresh statistics for the planner: without them the first summaries after a big
        # import on a server scan the wrong way until autovacuum gets round to it.
        with database.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE interviews, answers, answer_choices")
    return ImportReport(
        path=path,
        form_id=form_id,
        version_number=version.number,
        imported=imported,
        already_imported=already,
        rejected=len(rejected),
        rejected_file=rejected_file,
        ignored_columns=tuple(
            name
            for name in plan.ignored
            if (name not in read_elsewhere or name in left_out)
            and (repeat_answers is None or name not in repeat_answers.read)
        )
        + (tuple(repeat_answers.left_out) if repeat_answers is not None else ()),
        not_available=not_available,
        not_in_version=not_in_version,
        file_versions=(
            tuple(sorted(file_versions.items(), key=lambda item: (len(item[0]), item[0])))
            if set(file_versions) - {str(version.number)}
            else ()
        ),
        stored_versions=tuple(sorted(stored_versions.items())),
        versions_made=tuple(sorted(older)) if made_versions else (),
        unknown_repeats=tuple(
            _where_repeat_was(r, repeats.kept_in, plan.ignored)
            for r in unknown_repeats(version.questionnaire, repeat_answers)
            if r.name not in {a.repeat for a in repeats.set_aside}
        ),
        keyless_repeats=tuple(
            (a.where, a.repeat, a.column) for a in repeats.set_aside if a.repeat and not a.outer
        ),
        inside_keyless=tuple(
            (a.where, a.repeat, a.outer, a.column) for a in repeats.set_aside if a.outer
        ),
        tables_left_out=tuple(a.where for a in repeats.set_aside if not a.repeat),
        no_column=tuple(q.name for q in questions_without_column(plan, version.questionnaire)),
        markers_as_choices=markers_as_choices,
        count_notes=tuple(count_notes),
    )


def _older_versions_in_file(
    database: Database,
    form_id: str,
    table: Table,
    newest: StoredVersion,
    plan,
    versions: dict[str, VersionPlan],
    stored: list[StoredVersion],
    cancelled: Callable[[], bool] | None,
) -> tuple[dict[int, Questionnaire], int]:
    """The older versions a DuoDesk export's interviews were made with, for a questionnaire
    that has only one version and no interview yet (an empty project the export is brought
    into): each older version number -> the questionnaire its rows were answered with, as far
    as the file tells it (this version without the questions its rows say were "not in
    version"), and the number the file gives this version (its newest). ``({}, 0)`` when
    there is nothing to make: the file names one version, a version that is no number, or
    rows of its newest version lack questions this version has (another questionnaire), or
    no row lacks any (the file cannot tell its versions apart: this form may be the older one).
    A first reading of the file, outside the import's transaction."""
    if len(stored) != 1 or VERSION_COLUMN not in table.header:
        return {}, 0
    with database.session() as session:
        if session.scalar(
            select(Interview.id).where(Interview.version_id == newest.version_id).limit(1)
        ):
            return {}, 0
    absent: dict[int, set[str]] = {}
    readings = iter_interviews(table, newest.questionnaire, plan, versions=versions)
    for read, item in enumerate(readings, start=1):
        if cancelled is not None and read % 100 == 0 and cancelled():
            raise ImportCancelled()
        if isinstance(item, RejectedRow) or not item.file_version:
            continue
        try:
            number = int(item.file_version)
        except ValueError:
            return {}, 0
        absent.setdefault(number, set()).update(item.absent)
    if len(absent) < 2 or absent[max(absent)] or not any(absent.values()):
        return {}, 0  # one version, another questionnaire, or versions the file cannot tell apart
    older: dict[int, Questionnaire] = {}
    for number, names in absent.items():
        if number == max(absent):
            continue
        questionnaire = newest.questionnaire
        for name in sorted(names):
            path = path_of(questionnaire, name)
            if path is not None:
                questionnaire = remove_item(questionnaire, path)
        older[number] = questionnaire
    return older, max(absent)


def _where_repeat_was(repeat: Repeat, kept_in: str, ignored: list[str]) -> tuple[str, str]:
    """(the repeat's name as the file would name it, where the file would have had it): a
    file whose left-out columns hold ``drugs[1]`` has the repeat in columns of its own."""
    if any(f"{repeat.xlsform_name}[" in column for column in ignored):
        return repeat.xlsform_name, "wide"
    return (repeat.name if kept_in == "beside" else repeat.xlsform_name), kept_in


def _settle_label_columns(
    table: Table,
    questionnaire: Questionnaire,
    plan,
    versions: dict[str, VersionPlan],
    path: Path,
) -> None:
    """Decide which choice columns hold labels (see :mod:`duodesk.core.label_columns`), for
    the newest version and each older one rows are read with; refuse the file, naming the
    column and the value, when a value can mean two answers."""
    try:
        plan.label_columns = label_columns(table, questionnaire, plan)
        for other in versions.values():
            other.plan.label_columns = label_columns(table, other.questionnaire, other.plan)
    except AmbiguousChoices as error:
        raise InputFileError(
            error.found.reason, path=path, sheet=table.sheet, column=error.found.column
        ) from None


class _VersionChooser:
    """Which of the project's versions an imported interview is stored as made with.

    A DuoDesk export names each interview's version (its "_version" column) and writes "not
    in version" for the questions that version did not have. The interview goes to this
    project's version of the same number when that version has every question the row
    answers and none of those the row says it did not have (the same questionnaire, as in a
    copy of the project); otherwise to the newest version. Either way its answers to the
    questions it did not have are not stored, so they stay "not in version". A row that fits
    an older version was read with it (:func:`~duodesk.core.responses.iter_interviews`), so
    its answers to questions only that version has are kept.
    """

    def __init__(self, versions: list[StoredVersion], newest: StoredVersion) -> None:
        self._newest = newest
        self._by_number = {v.number: v for v in versions}
        # What a version stores: its questions, and the number of instances of each repeat
        # (kept under the repeat's name).
        self._questions = {
            v.number: frozenset(
                [q.name for q in stored_questions(v.questionnaire)]
                + [r.name for r in v.questionnaire.repeats()]
            )
            for v in versions
        }
        self._chosen: dict[tuple[str, frozenset[str]], StoredVersion] = {}

    def __call__(self, parsed: ParsedInterview) -> StoredVersion:
        key = (parsed.file_version, parsed.absent)
        found = self._chosen.get(key)
        if found is None:
            found = self._chosen[key] = self._choose(parsed)
        return found

    def _choose(self, parsed: ParsedInterview) -> StoredVersion:
        try:
            candidate = self._by_number.get(int(parsed.file_version))
        except ValueError:
            candidate = None
        if candidate is None or candidate is self._newest:
            return self._newest
        has = self._questions[candidate.number]
        asked = {record.question.split("[")[0] for record in parsed.records}
        if asked <= has and not parsed.absent & has:
            return candidate
        return self._newest


def _take_import_lock(session: Session, *, alone: bool) -> None:
    """Shared by the imports running on a server at once; ``alone`` waits until they have
    finished (as long as a statement may take) and keeps new ones waiting until it is done."""
    if alone:
        session.execute(text("SET LOCAL lock_timeout = 0"))
        session.execute(text(f"SELECT pg_advisory_xact_lock({_IMPORT_LOCK})"))
    else:
        session.execute(text(f"SELECT pg_advisory_xact_lock_shared({_IMPORT_LOCK})"))


def _insert_new_on_server(
    session: Session,
    rows: list[dict],
    fresh: list[ParsedInterview],
    sort_out: Callable[[ParsedInterview, int], None],
) -> tuple[list[int], list[ParsedInterview]]:
    """Insert the interviews of ``rows`` that no one else has stored meanwhile; the ids and
    parsed rows of those inserted, in the same order.

    Another person may be importing the same file at this moment. ``ON CONFLICT DO NOTHING``
    waits for their transaction and then skips what they stored, instead of failing the whole
    import on the unique id; each skipped row is then compared with what they stored.
    """
    statement = (
        postgresql.insert(Interview)
        .on_conflict_do_nothing()
        .returning(Interview.id, Interview.uuid)
    )
    inserted = dict((u, i) for i, u in session.execute(statement, rows))
    ids, new = [], []
    skipped = [p for p in fresh if p.uuid not in inserted]
    if skipped:
        stored = existing_interviews(session, [p.uuid for p in skipped], [p.key for p in skipped])
        for parsed in skipped:
            sort_out(parsed, stored.get(parsed.uuid) or stored[parsed.key])
    for parsed in fresh:
        if parsed.uuid in inserted:
            ids.append(inserted[parsed.uuid])
            new.append(parsed)
    return ids, new


def answer_differences(
    stored: Mapping[str, AnswerRecord], records: Iterable[AnswerRecord]
) -> list[tuple[str, str, str]]:
    """(question, stored answer, new answer) for each question the two versions answer
    differently; questions only one of them has (another version of the form) are left out."""
    differences = []
    for record in records:
        before = stored.get(record.question)
        if before is None:
            continue
        if (before.status, before.value, sorted(before.choices)) != (
            record.status,
            record.value,
            sorted(record.choices),
        ):
            differences.append((record.question, _answer_text(before), _answer_text(record)))
    return differences


def _answer_text(record: AnswerRecord) -> str:
    if record.status is AnswerStatus.NOT_APPLICABLE:
        return "not asked"
    if record.status is AnswerStatus.NO_ANSWER:
        return "no answer"
    return " ".join(record.choices) if record.choices else f'"{record.value}"'


def _listed(differences: list[tuple[str, str, str]], first: str, second: str) -> str:
    shown = "; ".join(
        f"{question}: {a} ({first}) / {b} ({second})" for question, a, b in differences[:5]
    )
    more = len(differences) - 5
    return shown + (f"; and {more} more" if more > 0 else "")


def _stored_conflict(parsed: ParsedInterview, differences: list[tuple[str, str, str]]) -> str:
    return (
        f"submission {parsed.uuid} is already in the project with different answers, so this "
        f"row was not imported: {_listed(differences, 'in the project', 'in this file')}"
    )


def _file_conflict(
    first_row: int, later: ParsedInterview, differences: list[tuple[str, str, str]]
) -> str:
    listed = _listed(differences, f"row {first_row}", f"row {later.row}")
    return (
        f"submission {later.uuid} appears twice in this file, in rows {first_row} and "
        f"{later.row}, with different answers: {listed}"
    )


def _rows_by_number(
    table, questionnaire, plan, versions, conflicts: list[tuple[int, ParsedInterview]]
) -> dict[int, ParsedInterview]:
    """The rows that ``conflicts`` name first, read again from the file (conflicts are rare, so
    the whole file's answers are not kept in memory for them)."""
    wanted = {first for first, _ in conflicts}
    found = {}
    for item in iter_interviews(table, questionnaire, plan, versions=versions):
        if item.row in wanted and isinstance(item, ParsedInterview):
            found[item.row] = item
    return found
