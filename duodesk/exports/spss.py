"""The data as an SPSS ``.sav`` file (pyreadstat), for SPSS and PSPP.

Variables are named after the questions (a select_multiple's 0/1 variables ``question_choice``)
and carry the question as their label. Choice questions are numbers with value labels: the
choices are numbered 1, 2, ... in list order, and missing codes (such as "Don't know") get
-1, -2, ...; why a question has no answer is coded as:

=======  ==============================
 -99     No answer (asked, left blank)
 -98     Not asked (skipped)
 -97     Not in this version
=======  ==============================

All negative codes of a choice question, and the three status codes of a number, are declared
user-missing, so FREQUENCIES shows them apart and leaves them out of valid percent. Written
answers and dates are strings; their status is written as text ("not asked").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from duodesk.core.questionnaire import QuestionType
from duodesk.core.records import AnswerStatus
from duodesk.core.spreadsheet import clean_text
from duodesk.exports.layout import DETAILS, INTERVIEWER, NOT_ASKED, NOT_IN_VERSION
from duodesk.exports.prepare import Prepared
from duodesk.exports.rows import stream_interviews
from duodesk.storage.database import Database

NO_ANSWER_CODE, NOT_ASKED_CODE, NOT_IN_VERSION_CODE = -99, -98, -97
STATUS_LABELS = {
    NO_ANSWER_CODE: "No answer",
    NOT_ASKED_CODE: "Not asked (skipped)",
    NOT_IN_VERSION_CODE: "Not in this version",
}
ANSWERED = int(AnswerStatus.ANSWERED)
NO_ANSWER = int(AnswerStatus.NO_ANSWER)
PROGRESS_EVERY = 1000


def variable_name(text: str, taken: set[str]) -> str:
    """A valid, unique SPSS variable name (letters, digits, ``_``, ``.``; 64 bytes at most)."""
    name = re.sub(r"[^\w.]", "_", text, flags=re.ASCII).strip(".") or "v"
    if not name[0].isalpha():
        name = "v" + name
    name = name[:60]
    candidate, n = name, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{name}_{n}"
    taken.add(candidate.lower())
    return candidate


def write_sav(
    database: Database,
    prepared: Prepared,
    path: Path,
    *,
    progress: Callable[[float], None],
    cancelled: Callable[[], bool] | None,
) -> int:
    import pandas as pd
    import pyreadstat

    layout, options = prepared.layout, prepared.options
    taken: set[str] = set()
    data: dict[str, list] = {}
    labels: dict[str, str] = {}
    value_labels: dict[str, dict[int | float, str]] = {}
    missing: dict[str, list] = {}
    measure: dict[str, str] = {}
    filling: list[Callable[[dict], None]] = []

    # SPSS names start with a letter: "_date" becomes "v_date", still apart from a question.
    details = list(DETAILS)
    if not options.deidentified:
        details.append(INTERVIEWER)
    detail_names = {d: variable_name(d, taken) for d in details}
    for column in layout.columns[: len(details)]:
        labels[detail_names[column.header]] = column.label
        data[detail_names[column.header]] = []

    for info in layout.questions:
        name = variable_name(info.name, taken)
        labels[name] = clean_text(info.label, 250)
        data[name] = []
        if info.type.is_select:
            codes: dict[str, int] = {}
            valid = [c for c in info.categories if not c.is_missing_code]
            codes.update({c.name: i for i, c in enumerate(valid, start=1)})
            gaps = [c for c in info.categories if c.is_missing_code]
            codes.update({c.name: -i for i, c in enumerate(gaps, start=1)})
            label_of = {codes[c.name]: clean_text(c.label, 120) for c in info.categories}
            if info.type is QuestionType.SELECT_ONE:
                value_labels[name] = {**label_of, **STATUS_LABELS}
                missing[name] = [{"lo": NO_ANSWER_CODE, "hi": -1}]
                measure[name] = "nominal"
                filling.append(_select_one(info.name, data[name], codes))
                continue
            # select_multiple: the ticked codes as text, then a 0/1 variable per choice
            filling.append(_strings(info.name, data[name]))
            for category in info.categories:
                sub = variable_name(f"{info.name}_{category.name}", taken)
                labels[sub] = clean_text(f"{info.label}: {category.label}", 250)
                data[sub] = []
                value_labels[sub] = {0: "Not ticked", 1: "Ticked", **STATUS_LABELS}
                missing[sub] = [{"lo": NO_ANSWER_CODE, "hi": NOT_IN_VERSION_CODE}]
                measure[sub] = "nominal"
                filling.append(_ticked(info.name, category.name, data[sub]))
            continue
        if info.type.is_numeric:
            value_labels[name] = dict(STATUS_LABELS)
            missing[name] = [{"lo": NO_ANSWER_CODE, "hi": NOT_IN_VERSION_CODE}]
            measure[name] = "scale"
            filling.append(_number(info.name, data[name]))
            continue
        filling.append(_strings(info.name, data[name]))

    written = 0
    with database.read_session() as session:
        for interview, stored in stream_interviews(
            session, prepared.form_id, prepared.subset, layout.question_names, cancelled=cancelled
        ):
            row = [interview.number, interview.version, interview.site, interview.date]
            if not options.deidentified:
                row.append(interview.interviewer)
            for detail, value in zip(details, row, strict=True):
                data[detail_names[detail]].append(
                    clean_text(value) if isinstance(value, str) else value
                )
            for fill in filling:
                fill(stored)
            written = interview.number
            if written % PROGRESS_EVERY == 0:
                progress(0.9 * written / max(1, prepared.interviews))
    frame = pd.DataFrame(data)
    pyreadstat.write_sav(
        frame,
        str(path),
        file_label=clean_text(prepared.summary.title or prepared.form_id, 64),
        column_labels=labels,
        variable_value_labels=value_labels,
        missing_ranges=missing,
        variable_measure=measure,
    )
    progress(1.0)
    return written


def _status_code(found) -> int | None:
    if found is None:
        return NOT_IN_VERSION_CODE
    status, value, _ = found
    if status == ANSWERED and value is not None:
        return None
    return NO_ANSWER_CODE if status == NO_ANSWER else NOT_ASKED_CODE


def _select_one(question: str, values: list, codes: dict[str, int]):
    def fill(stored: dict) -> None:
        found = stored.get(question)
        code = _status_code(found)
        values.append(code if code is not None else codes.get(found[1], NO_ANSWER_CODE))

    return fill


def _ticked(question: str, choice: str, values: list):
    def fill(stored: dict) -> None:
        found = stored.get(question)
        code = _status_code(found)
        values.append(code if code is not None else int(choice in found[1].split()))

    return fill


def _number(question: str, values: list):
    def fill(stored: dict) -> None:
        found = stored.get(question)
        code = _status_code(found)
        values.append(float(code) if code is not None else found[2])

    return fill


def _strings(question: str, values: list):
    def fill(stored: dict) -> None:
        found = stored.get(question)
        code = _status_code(found)
        if code is None:
            values.append(clean_text(found[1], 32_000))
        else:
            values.append(
                {NOT_IN_VERSION_CODE: NOT_IN_VERSION, NOT_ASKED_CODE: NOT_ASKED}.get(code, "")
            )

    return fill
