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
import functools
import os
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert

from duodesk.core.participant_code import code_digests
from duodesk.core.records import AnswerRecord, AnswerStatus
from duodesk.core.responses import (
    ParsedInterview,
    RejectedRow,
    RowProblem,
    iter_interviews,
    plan_columns,
)
from duodesk.core.spreadsheet import csv_safe
from duodesk.core.tabular import InputFileError, open_table, read_sheet
from duodesk.storage.audit import record_event
from duodesk.storage.database import Database
from duodesk.storage.interviews import existing_interviews, insert_answer_rows, stored_answers
from duodesk.storage.models import Interview, InterviewStatus, utc_now
from duodesk.storage.participant_codes import project_key, store_code
from duodesk.storage.questionnaires import latest_version

BATCH = 500
DATA_SHEET = "Data"  # the sheet of a DuoDesk workbook that holds one row per interview
MAX_PROBLEMS_SHOWN = 200  # in the message; also the most problems an import keeps


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
    ) -> None:
        """``problems``: the first ones (at least those shown); ``total_problems``: how many
        there are in all (``len(problems)`` when not given)."""
        self.problems = tuple(problems)
        self.total_problems = len(problems) if total_problems is None else total_problems
        shown = "\n".join(f"  - {p}" for p in problems[:MAX_PROBLEMS_SHOWN])
        more = self.total_problems - min(len(problems), MAX_PROBLEMS_SHOWN)
        tail = f"\n  ... and {more} more problems" if more > 0 else ""
        super().__init__(
            f"{path.name}: nothing was imported, because {rejected_rows} row(s) have problems. "
            f"Correct them and import the file again, or import only the valid rows.\n"
            f"{shown}{tail}",
            path=path,
        )


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

    def describe(self) -> str:
        lines = [f"{self.imported} interview(s) imported from {self.path.name}."]
        if self.not_available:
            lines.append(
                f'{self.not_available} number answer(s) written "NA" or "n/a" were read as '
                "no answer."
            )
        if self.already_imported:
            lines.append(f"{self.already_imported} were already in the project and were skipped.")
        if self.rejected:
            lines.append(f"{self.rejected} row(s) were not imported; see {self.rejected_file}.")
        if self.ignored_columns:
            lines.append("Columns left out: " + ", ".join(self.ignored_columns) + ".")
        return "\n".join(lines)


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
    """Import the interviews in ``path`` into the newest version of ``form_id``.

    ``site`` / ``interviewer`` fill in rows whose file has no ``_site`` / ``_interviewer``
    column. ``progress`` is called with the number of rows read so far. Raises
    :class:`InputFileError` for an unreadable file or an unknown form, :class:`ImportRefused`
    when rows have problems (and ``keep_valid`` is false), :class:`ImportCancelled`.
    """
    path = Path(path)
    table = open_table(path)
    with database.session() as session:
        version = latest_version(session, form_id)
    if version is None:
        raise InputFileError(
            f'There is no questionnaire "{form_id}" in this project: add the questionnaire first.',
            path=path,
        )
    plan = plan_columns(table.header, version.questionnaire)
    if not plan.questions and not plan.choice_columns and _is_workbook(path):
        # A DuoDesk workbook opens on its Cover sheet; its interviews are on the Data sheet.
        data = read_sheet(path, DATA_SHEET, case_insensitive=False)
        if data is not None:
            table = data
            plan = plan_columns(table.header, version.questionnaire)
    if plan.problems:
        raise ImportRefused(path, [str(p) for p in plan.problems], 0)
    if not plan.questions and not plan.choice_columns:
        raise InputFileError(
            f"{path.name}: no column is named after a question of "
            f'"{version.questionnaire.title}". The first row must hold the question names.',
            path=path,
        )

    rejected = _Rejections(path, table.header, write=keep_valid)
    imported = already = not_available = 0
    batch: list[ParsedInterview] = []
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
    try:
        with database.session() as session:

            @functools.cache
            def code_key() -> bytes:
                return project_key(session)

            def flush() -> None:
                nonlocal imported, already, not_available
                stored = existing_interviews(
                    session, [p.uuid for p in batch], [p.key for p in batch]
                )
                fresh = []
                for parsed in batch:
                    interview_id = stored.get(parsed.uuid) or stored.get(parsed.key)
                    if interview_id is None:
                        fresh.append(parsed)
                        continue
                    differences = answer_differences(
                        stored_answers(session, interview_id), parsed.records
                    )
                    if not differences:
                        already += 1
                    else:
                        reject(parsed, _stored_conflict(parsed, differences))
                batch.clear()
                if not fresh or (rejected and not keep_valid):
                    return
                now = utc_now()
                ids = session.scalars(
                    insert(Interview).returning(Interview.id, sort_by_parameter_order=True),
                    [
                        {
                            "uuid": p.uuid,
                            "version_id": version.version_id,
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
                        for p in fresh
                    ],
                ).all()
                insert_answer_rows(
                    session,
                    [(i, record) for i, p in zip(ids, fresh, strict=True) for record in p.records],
                )
                for interview_id, parsed in zip(ids, fresh, strict=True):
                    if parsed.code_elements is not None:  # kept only as digests
                        digests = code_digests(code_key(), code_names, parsed.code_elements)
                        store_code(session, interview_id, digests)
                imported += len(fresh)
                not_available += sum(p.not_available for p in fresh)

            rows_read = 0
            for item in iter_interviews(table, version.questionnaire, plan):
                rows_read += 1
                if cancelled is not None and rows_read % 100 == 0 and cancelled():
                    raise ImportCancelled()
                if progress is not None and rows_read % 1000 == 0:
                    progress(rows_read)
                if isinstance(item, RejectedRow):
                    rejected.add(item, (str(p) for p in item.problems))
                    continue
                first = seen.get(item.uuid)
                if first is not None:
                    if first[1] == item.answers_digest:
                        already += 1  # the same submission twice in one export
                    else:
                        file_conflicts.append((first[0], item))
                    continue
                seen[item.uuid] = (item.row, item.answers_digest)
                if not keep_valid and rejected:
                    continue  # the import will be refused: just collect the problems
                batch.append(item)
                if len(batch) >= BATCH:
                    flush()
            flush()
            if file_conflicts:
                earlier = _rows_by_number(table, version.questionnaire, plan, file_conflicts)
                for first_row, later in file_conflicts:
                    differences = answer_differences(
                        {r.question: r for r in earlier[first_row].records}, later.records
                    )
                    reject(later, _file_conflict(first_row, later, differences))
            if rejected and not keep_valid:
                raise ImportRefused(  # rolls the session back
                    path, rejected.problems, len(rejected), rejected.problem_count
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
        ignored_columns=tuple(plan.ignored),
        not_available=not_available,
    )


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
    table, questionnaire, plan, conflicts: list[tuple[int, ParsedInterview]]
) -> dict[int, ParsedInterview]:
    """The rows that ``conflicts`` name first, read again from the file (conflicts are rare, so
    the whole file's answers are not kept in memory for them)."""
    wanted = {first for first, _ in conflicts}
    found = {}
    for item in iter_interviews(table, questionnaire, plan):
        if item.row in wanted and isinstance(item, ParsedInterview):
            found[item.row] = item
    return found
