"""The data as CSV: UTF-8 with a byte-order mark (so that Excel reads the accents right), the
Data sheet's columns, and every text cell safe from formula injection."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from duodesk.core.spreadsheet import csv_safe
from duodesk.exports.prepare import Prepared
from duodesk.exports.rows import detail_cells, row_converters, stream_interviews
from duodesk.storage.database import Database

PROGRESS_EVERY = 1000


def write_csv(
    database: Database,
    prepared: Prepared,
    path: Path,
    *,
    progress: Callable[[float], None],
    cancelled: Callable[[], bool] | None,
) -> int:
    """Write the data to ``path``; returns the number of interviews written."""
    layout, options = prepared.layout, prepared.options
    converters = row_converters(layout, options.labels, csv_safe)
    with_interviewer = not options.deidentified
    written = 0
    with (
        path.open("w", encoding="utf-8-sig", newline="") as handle,
        database.read_session() as session,
    ):
        writer = csv.writer(handle)
        writer.writerow([csv_safe(column.header) for column in layout.columns])
        for details, stored in stream_interviews(
            session, prepared.form_id, prepared.subset, layout.question_names, cancelled=cancelled
        ):
            row = detail_cells(details, with_interviewer, csv_safe)
            for convert in converters:
                row.extend(convert(stored))
            writer.writerow(["" if v is None else v for v in row])
            written = details.number
            if written % PROGRESS_EVERY == 0:
                progress(written / max(1, prepared.interviews))
    progress(1.0)
    return written
