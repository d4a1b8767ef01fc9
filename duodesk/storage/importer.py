"""Importing interviews from a response file (CSV or xlsx) into a project.

By default an import is all or nothing: if any row cannot be stored, nothing is, and the error
lists every problem (file, row, column, value, reason). With ``keep_valid`` the valid rows are
stored and the rejected ones are written, with their reasons, to a CSV file beside the input.
Rows imported before (recognised by their id column, or by their content) are not added again.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert

from duodesk.core.participant_code import code_digests
from duodesk.core.responses import ParsedInterview, RejectedRow, iter_interviews, plan_columns
from duodesk.core.spreadsheet import csv_safe
from duodesk.core.tabular import InputFileError, open_table
from duodesk.storage.audit import record_event
from duodesk.storage.database import Database
from duodesk.storage.interviews import existing_source_keys, insert_answer_rows
from duodesk.storage.models import Interview, InterviewStatus, utc_now
from duodesk.storage.participant_codes import project_key, store_code
from duodesk.storage.questionnaires import latest_version

BATCH = 500
MAX_PROBLEMS_SHOWN = 200


class ImportRefused(InputFileError):
    """Nothing was imported; ``problems`` lists why, row by row."""

    def __init__(self, path: Path, problems: list[str], rejected_rows: int) -> None:
        self.problems = tuple(problems)
        shown = "\n".join(f"  - {p}" for p in problems[:MAX_PROBLEMS_SHOWN])
        more = len(problems) - MAX_PROBLEMS_SHOWN
        tail = f"\n  ... and {more} more problems" if more > 0 else ""
        super().__init__(
            f"{path.name}: nothing was imported, because {rejected_rows} row(s) have problems. "
            f"Correct them and import the file again, or import only the valid rows.\n"
            f"{shown}{tail}",
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

    def describe(self) -> str:
        lines = [f"{self.imported} interview(s) imported from {self.path.name}."]
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
    if plan.problems:
        raise ImportRefused(path, [str(p) for p in plan.problems], 0)
    if not plan.questions and not plan.choice_columns:
        raise InputFileError(
            f"{path.name}: no column is named after a question of "
            f'"{version.questionnaire.title}". The first row must hold the question names.',
            path=path,
        )

    rejected: list[RejectedRow] = []
    problems: list[str] = []
    imported = already = 0
    batch: list[ParsedInterview] = []

    code_names = tuple(version.questionnaire.settings.participant_code)
    with database.session() as session:

        @functools.cache
        def code_key() -> bytes:
            return project_key(session)

        def flush() -> None:
            nonlocal imported, already
            known = existing_source_keys(session, [p.key for p in batch])
            fresh = [p for p in batch if p.key not in known]
            already += len(batch) - len(fresh)
            batch.clear()
            if not fresh:
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

        rows_read = 0
        for item in iter_interviews(table, version.questionnaire, plan):
            rows_read += 1
            if cancelled is not None and rows_read % 100 == 0 and cancelled():
                raise ImportCancelled()
            if progress is not None and rows_read % 1000 == 0:
                progress(rows_read)
            if isinstance(item, RejectedRow):
                rejected.append(item)
                problems.extend(str(p) for p in item.problems)
                continue
            if not keep_valid and rejected:
                continue  # the import will be refused: just collect the problems
            batch.append(item)
            if len(batch) >= BATCH:
                flush()
        if rejected and not keep_valid:
            raise ImportRefused(path, problems, len(rejected))  # rolls the session back
        flush()
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

    if imported and not database.is_sqlite:
        # Fresh statistics for the planner: without them the first summaries after a big
        # import on a server scan the wrong way until autovacuum gets round to it.
        with database.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE interviews, answers, answer_choices")
    rejected_file = _write_rejected(path, table.header, rejected) if rejected else None
    return ImportReport(
        path=path,
        form_id=form_id,
        version_number=version.number,
        imported=imported,
        already_imported=already,
        rejected=len(rejected),
        rejected_file=rejected_file,
        ignored_columns=tuple(plan.ignored),
    )


def _write_rejected(path: Path, header: tuple[str, ...], rows: list[RejectedRow]) -> Path:
    """Write the rejected rows, as they were, with a column saying why, beside the input."""
    target = path.with_name(f"{path.stem}.rejected.csv")
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([csv_safe(h) for h in ("row", *header, "problems")])
        for row in rows:
            reasons = "; ".join(str(p) for p in row.problems)
            cells = ["" if v is None else str(v) for v in row.values]
            writer.writerow([str(row.row), *(csv_safe(c) for c in cells), csv_safe(reasons)])
    return target
