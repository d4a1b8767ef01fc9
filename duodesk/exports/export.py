"""Exporting a questionnaire's interviews: the one entry point for the window and the command.

:func:`export` picks the format from the file name (.xlsx, .csv, .sav), writes to a temporary
file beside the target and renames it only once it is complete.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from duodesk.exports.files import replaced_when_complete
from duodesk.exports.layout import ExportFormat, ExportOptions
from duodesk.exports.prepare import prepare
from duodesk.storage.audit import record_event
from duodesk.storage.database import Database

log = logging.getLogger("duodesk.exports")


@dataclass(frozen=True)
class ExportReport:
    path: Path
    format: ExportFormat
    interviews: int
    columns: int
    left_out: tuple[tuple[str, str], ...]

    def describe(self) -> str:
        text = f"{self.interviews} interview(s) exported to {self.path.name}."
        if self.left_out:
            text += f" {len(self.left_out)} question(s) were left out (see the codebook)."
        return text


def export(
    database: Database,
    form_id: str,
    path: str | Path,
    options: ExportOptions | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportReport:
    """Export the complete interviews of ``form_id`` to ``path``.

    ``progress(fraction)`` is called now and then with 0..1; when ``cancelled()`` returns
    True, :class:`duodesk.analysis.AnalysisCancelled` is raised and no file is left behind.
    Raises ValueError for a file name without a known ending and
    :class:`duodesk.analysis.AnalysisError` for an unknown questionnaire or a bad condition.
    """
    path = Path(path)
    options = options or ExportOptions()
    kind = ExportFormat.for_path(path)
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
    with replaced_when_complete(path) as temporary:
        if is_xlsx:
            from duodesk.exports.workbook import write_workbook

            write_workbook(
                database,
                prepared,
                temporary,
                progress=lambda f: report(0.2 + 0.8 * f),
                cancelled=cancelled,
            )
        elif kind is ExportFormat.CSV:
            from duodesk.exports.csv_file import write_csv

            write_csv(database, prepared, temporary, progress=report, cancelled=cancelled)
        else:
            from duodesk.exports.spss import write_sav

            write_sav(database, prepared, temporary, progress=report, cancelled=cancelled)
    with database.session() as session:
        record_event(
            session,
            "exported",
            subject=form_id,
            details={
                "file": str(path.resolve()),
                "format": kind.name.lower(),
                "interviews": prepared.interviews,
                "subset": options.subset.describe(),
                "de-identified": options.deidentified,
            },
        )
    log.info(
        "Exported %d interviews of %s to %s (%s, small numbers hidden: %s, de-identified: %s)",
        prepared.interviews,
        form_id,
        path,
        kind.value,
        options.disclosure.enabled,
        options.deidentified,
    )
    return ExportReport(
        path, kind, prepared.interviews, len(prepared.layout.columns), prepared.layout.left_out
    )
