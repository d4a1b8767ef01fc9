"""Exporting a questionnaire's interviews: the one entry point for the window and the command.

:func:`export` picks the format from the file name (.xlsx, .csv, .sav), writes to a temporary
file beside the target and renames it only once it is complete.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from duodesk.exports.disclosure import PUBLISHED_KEY, check_required, ranges_text
from duodesk.exports.files import replaced_when_complete
from duodesk.exports.layout import ExportFormat, ExportOptions, interviews_path
from duodesk.exports.prepare import prepare
from duodesk.i18n import translate
from duodesk.storage.audit import record_event
from duodesk.storage.database import Database
from duodesk.storage.disclosure_policy import required_threshold

log = logging.getLogger("duodesk.exports")


@dataclass(frozen=True)
class ExportReport:
    path: Path
    format: ExportFormat
    interviews: int
    columns: int
    left_out: tuple[tuple[str, str], ...]
    interviews_file: Path | None = None  # the workbook's interview-level data, when asked for
    also_written: tuple[Path, ...] = ()  # the .sav file's codebook; the CSV's repeat files
    as_text: tuple[str, ...] = ()  # .sav number variables written as text to keep every digit
    repeat_files: tuple[Path, ...] = ()  # the .sav file's repeats, one file each
    # the interviews a published workbook counted (kept in the audit trail, see prepare)
    published: tuple[int, ...] = ()
    interviews_hidden: bool = False  # the workbook hides its small number of interviews

    def describe(self) -> str:
        count = self.interviews  # lupdate reads a count given as a plain name only
        if self.interviews_hidden:
            text = translate(
                "Export",
                "Exported to {file}; the number of interviews is hidden there, so it is not "
                "given here either.",
            )
        elif count == 1:
            text = translate("Export", "%n interview exported to {file}.", None, count)
        else:
            text = translate("Export", "%n interviews exported to {file}.", None, count)
        text = text.format(file=self.path.name)
        if self.interviews_file is not None:
            text += " " + translate(
                "Export",
                "One row per interview in {file}: it can identify people, keep it within the "
                "group.",
            ).format(file=self.interviews_file.name)
        files = ", ".join(p.name for p in self.also_written)
        if self.also_written and self.format is ExportFormat.CSV:
            text += " " + translate(
                "Export",
                "One row per repeat instance in {files} (joined to the interviews by _interview).",
            ).format(files=files)
        elif self.also_written:
            if self.repeat_files:
                text += " " + translate(
                    "Export",
                    "One row per repeat instance in {files} (joined to the interviews by "
                    "v_interview).",
                ).format(files=", ".join(p.name for p in self.repeat_files))
            text += " " + translate("Export", "Codebook: {files}.").format(files=files)
        if self.left_out:
            left = len(self.left_out)
            if left == 1:
                said = translate("Export", "%n question was left out (see the codebook).", None, 1)
            else:
                said = translate(
                    "Export", "%n questions were left out (see the codebook).", None, left
                )
            text += " " + said
        if self.as_text:
            text += " " + translate(
                "Export",
                "Written as text, because some answers have more digits than an SPSS number "
                "holds exactly (see the codebook): {names}.",
            ).format(names=", ".join(self.as_text))
        return text


def export(
    database: Database,
    form_id: str,
    path: str | Path,
    options: ExportOptions | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    record: bool = True,
) -> ExportReport:
    """Export the complete interviews of ``form_id`` to ``path``.

    ``progress(fraction)`` is called now and then with 0..1; when ``cancelled()`` returns
    True, :class:`duodesk.analysis.AnalysisCancelled` is raised and no file is left behind.
    Raises ValueError for a file name without a known ending or small numbers hidden less
    than the project requires (:class:`~duodesk.exports.disclosure.BelowRequiredThreshold`),
    and
    :class:`duodesk.analysis.AnalysisError` for an unknown questionnaire or a bad condition,
    and :class:`duodesk.storage.access.NotAllowed` (before anything is written) when the person
    signed in may not export.
    """
    from duodesk.core.roles import Permission
    from duodesk.storage.access import require_in

    require_in(database, Permission.EXPORT)
    path = Path(path)
    options = options or ExportOptions()
    kind = ExportFormat.for_path(path)
    if kind is ExportFormat.XLSX:  # the CSV and .sav files hold no tables to hide numbers in
        with database.read_session() as session:
            check_required(options.disclosure, required_threshold(session))
    report = progress or (lambda _fraction: None)
    is_xlsx = kind is ExportFormat.XLSX
    if options.file_names is None:  # attached files' names: in the data files, not the workbook
        options = replace(options, file_names=not is_xlsx)
    prepared = prepare(
        database,
        form_id,
        options,
        with_summary=is_xlsx,
        progress=(lambda f: report(0.2 * f)) if is_xlsx else None,
        cancelled=cancelled,
    )
    with_data = is_xlsx and options.include_interview_data
    data_path = interviews_path(path) if with_data else None
    also: tuple[Path, ...] = ()
    as_text: tuple[str, ...] = ()
    repeat_files: tuple[Path, ...] = ()
    count_hidden = False
    with (
        replaced_when_complete(path) as temporary,
        contextlib.ExitStack() as stack,
    ):
        if is_xlsx:
            from duodesk.exports.workbook import write_workbook

            data_temporary = (
                stack.enter_context(replaced_when_complete(data_path)) if data_path else None
            )
            count_hidden = write_workbook(
                database,
                prepared,
                temporary,
                interviews=data_temporary,
                progress=lambda f: report(0.2 + 0.8 * f),
                cancelled=cancelled,
            )
        elif kind is ExportFormat.CSV:
            from duodesk.exports.csv_file import write_csv

            write_csv(database, prepared, temporary, progress=report, cancelled=cancelled)
            also = _repeat_csv_files(database, prepared, path, stack, cancelled)
        else:
            from duodesk.exports.spss import codebook_path, write_sav

            codebook = codebook_path(path)
            with replaced_when_complete(codebook) as codebook_temporary:
                written = write_sav(
                    database,
                    prepared,
                    temporary,
                    progress=report,
                    cancelled=cancelled,
                    codebook=codebook_temporary,
                )
            also = (codebook,)
            as_text = written.as_text
            repeat_files, codebooks = _repeat_sav_files(database, prepared, path, stack, cancelled)
            also += codebooks
    log.info(
        "Exported %d interviews of %s to %s (%s, small numbers hidden: %s, de-identified: %s)",
        prepared.interviews,
        form_id,
        path,
        kind.value,
        options.disclosure.enabled,
        options.deidentified,
    )
    # Questions asked once per repeat instance are written too, each in its repeat's own
    # file or sheet (the health-board workbook's Repeats sheet): not left out.
    in_repeat_files = set(prepared.layout.repeated)
    made = ExportReport(
        path,
        kind,
        prepared.interviews,
        len(prepared.layout.columns),
        tuple(item for item in prepared.layout.left_out if item[0] not in in_repeat_files),
        data_path,
        also,
        as_text,
        repeat_files,
        published=prepared.published if is_xlsx else (),
        interviews_hidden=count_hidden,
    )
    if record:
        record_export(database, form_id, made, options)
    return made


def repeat_csv_path(path: Path, repeat: str) -> Path:
    """``survey.csv`` -> ``survey-drugs.csv``: a repeat's file beside the main one."""
    return path.with_name(f"{path.stem}-{repeat}{path.suffix}")


def _repeat_csv_files(
    database: Database,
    prepared,
    path: Path,
    stack: contextlib.ExitStack,
    cancelled: Callable[[], bool] | None,
) -> tuple[Path, ...]:
    """The long files of the repeats, one row per instance, each beside ``path``; they get
    their names with the main file, when every file is complete."""
    import csv

    from duodesk.core.spreadsheet import csv_safe
    from duodesk.exports.repeat_data import instance_rows, repeat_tables

    written = []
    with database.read_session() as session:
        for table in repeat_tables(session, prepared.form_id, prepared.versions, prepared.options):
            target = repeat_csv_path(path, table.name)
            temporary = stack.enter_context(replaced_when_complete(target))
            with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow([csv_safe(h) for h in table.headers])
                for row in instance_rows(
                    session,
                    prepared.form_id,
                    prepared.subset,
                    table,
                    prepared.options.labels,
                    csv_safe,
                    cancelled=cancelled,
                ):
                    writer.writerow(["" if v is None else v for v in row])
            written.append(target)
    return tuple(written)


def _repeat_sav_files(
    database: Database,
    prepared,
    path: Path,
    stack: contextlib.ExitStack,
    cancelled: Callable[[], bool] | None,
) -> tuple[tuple[Path, ...], tuple[Path, ...]]:
    """A ``.sav`` file per repeat beside ``path`` (``survey-drugs.sav``), each with its
    codebook; they get their names with the main file, when every file is complete. Returns
    the files and their codebooks."""
    from duodesk.exports.repeat_data import repeat_tables
    from duodesk.exports.spss import codebook_path, write_repeat_sav

    files, codebooks = [], []
    with database.read_session() as session:
        tables = repeat_tables(session, prepared.form_id, prepared.versions, prepared.options)
    for table in tables:
        target = repeat_csv_path(path, table.name)
        codebook = codebook_path(target)
        write_repeat_sav(
            database,
            prepared,
            table,
            stack.enter_context(replaced_when_complete(target)),
            cancelled=cancelled,
            codebook=stack.enter_context(replaced_when_complete(codebook)),
        )
        files.append(target)
        codebooks.append(codebook)
    return tuple(files), tuple(codebooks)


def record_export(
    database: Database, form_id: str, report: ExportReport, options: ExportOptions
) -> None:
    """Note the export in the project's audit trail (a write: the window runs it on the
    project worker's writer once the file is written on a reader thread)."""
    with database.session() as session:
        record_event(
            session,
            "exported",
            subject=form_id,
            details={
                "file": str(report.path.resolve()),
                "format": report.format.name.lower(),
                "interviews": report.interviews,
                "subset": options.subset.describe(),
                "de-identified": options.deidentified,
                **({PUBLISHED_KEY: ranges_text(report.published)} if report.published else {}),
            },
        )
