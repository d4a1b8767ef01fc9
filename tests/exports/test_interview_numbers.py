"""An interview has one number: the Interviews list's "No. 3" is ``_interview`` 3 in exports."""

from __future__ import annotations

import csv

from duodesk.exports.export import export
from duodesk.exports.layout import ExportOptions
from duodesk.storage.interview_list import InterviewFilter, delete_interviews, interview_rows


def test_the_export_numbers_interviews_as_the_interviews_list_does(hepatitis_project, tmp_path):
    database, form = hepatitis_project
    with database.session() as session:
        rows = interview_rows(session, InterviewFilter(), 0, 100)
        first, second = sorted(row.interview_id for row in rows)[:2]
        delete_interviews(session, [first, second])  # the first two stored: No. 1 and No. 2
    with database.read_session() as session:
        listed = sorted(
            row.interview_id for row in interview_rows(session, InterviewFilter(), 0, 100)
        )
    path = tmp_path / "out.csv"
    export(database, form.form_id, path, ExportOptions())
    header, *rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    numbers = [int(row[header.index("_interview")]) for row in rows]
    assert numbers == listed
    assert numbers[0] != 1
