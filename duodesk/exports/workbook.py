"""The health-board workbook: Cover, Summary, Charts and Codebook sheets; and, only when
asked for, the interview-level data (one row per interview) in a workbook of its own.

A row per interview identifies people in a survey of 70-200 service users (site, date, sex and
age alone single most of them out), so it never travels inside the summary workbook: the
summary can be passed on, the interview file stays with the group.

Written with openpyxl in write-only mode: the Data sheet's rows stream from the database to the
file, so an export of 100,000 interviews never holds them all in memory. Every text cell is
stored as text (never a formula, never a hyperlink); see :mod:`duodesk.core.spreadsheet`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

import duodesk
from duodesk.core.spreadsheet import write_only_text
from duodesk.exports.blocks import ProtectedSummary, protected_blocks
from duodesk.exports.chart_parts import declare_namespaces_on_top
from duodesk.exports.codebook import cell_meanings, codebook_rows, header
from duodesk.exports.extremes import number_extremes
from duodesk.exports.prepare import MONTHS_ONLY, Prepared, published_dates
from duodesk.exports.repeat_people import (
    RepeatPeopleTable,
    repeat_people_tables,
    repeat_questions_not_counted,
    repeats_in_words,
)
from duodesk.exports.rows import detail_cells, row_converters, stream_interviews
from duodesk.exports.summary_sheet import (
    BOLD,
    COUNT,
    HEADER_FILL,
    NOTE,
    PERCENT,
    TITLE,
    WRAP,
    cell,
    fit_columns,
    setup_printing,
    sheet_name,
    write_summary,
)
from duodesk.i18n import LANGUAGES, PSEUDO, language, translate
from duodesk.storage.database import Database

PROGRESS_EVERY = 1000
KNOWN_TEXTS, KNOWN_TEXT_LENGTH = 10_000, 100  # texts cleaned once (at most ~1 MB kept)


def interview_data_warning() -> str:
    return translate(
        "Workbook",
        "This file has one row per interview. In a small survey a row can identify the person "
        "interviewed (site, date, sex and age are often enough), even with names left out.",
    )


def write_workbook(
    database: Database,
    prepared: Prepared,
    path: Path,
    *,
    interviews: Path | None = None,
    progress: Callable[[float], None],
    cancelled: Callable[[], bool] | None,
) -> bool:
    """Write the summary workbook to ``path`` and, when ``interviews`` is given, the
    interview-level data to that file (the caller makes both temporary names). Returns
    whether the workbook hides its number of interviews (then no message may give it)."""
    options = prepared.options
    rule = options.disclosure
    summary = prepared.summary
    numbers = [q.name for q in summary.questions if q.stats is not None]
    extremes = (
        number_extremes(database, prepared.form_id, prepared.subset, numbers)
        if rule.enabled
        else {}
    )
    newest = prepared.versions[-1] if prepared.versions else None
    protected = protected_blocks(summary, rule, newest, extremes=extremes, rests=prepared.rests)
    repeats = repeat_people_tables(
        database, prepared, rule, interviews_hidden=protected.interviews_hidden
    )
    workbook = Workbook(write_only=True)
    _cover(workbook, prepared, protected, repeats, with_interviews=interviews is not None)
    marker_note = (
        translate(
            "Workbook",
            "“{marker}” = hidden to protect the people interviewed (see the Cover sheet).",
        ).format(marker=rule.marker)
        if rule.enabled
        else translate(
            "Workbook", "Small numbers are NOT hidden in this workbook (see the Cover sheet)."
        )
    )
    write_summary(workbook, summary, protected.blocks, marker_note, rule.marker)
    if repeats:
        _repeats(workbook, repeats, marker_note, rule.marker)
    _codebook(workbook, prepared)
    workbook.save(path)
    declare_namespaces_on_top(path)
    progress(0.1)
    if interviews is not None:
        data = Workbook(write_only=True)
        _interviews_cover(data, prepared)
        _data(data, database, prepared, progress, cancelled)
        _repeat_sheets(data, database, prepared, cancelled)
        _codebook(data, prepared)
        data.save(interviews)
    progress(1.0)
    return protected.interviews_hidden


def _cover(
    workbook: Workbook,
    prepared: Prepared,
    protected: ProtectedSummary,
    repeats: tuple[RepeatPeopleTable, ...],
    *,
    with_interviews: bool,
) -> None:
    sheet = workbook.create_sheet(sheet_name(translate("Workbook", "Cover")))
    summary, options = prepared.summary, prepared.options
    rule = options.disclosure
    dates, months_only = published_dates(prepared)
    interviews: object = summary.interviews
    if protected.interviews_hidden:
        # One wording whatever the reason: a size hidden because it is small, and one hidden
        # to protect a small number elsewhere, must read alike, or the words would tell which.
        interviews = translate(
            "Workbook",
            "{marker} (from 1 to {threshold}, or hidden so that such a small number cannot be "
            "worked out from it, like every hidden number in this workbook)",
        ).format(marker=rule.marker, threshold=rule.threshold)
    none = translate("Workbook", "none")
    not_recorded = translate("Workbook", "not recorded")
    rows = [
        (translate("Workbook", "Questionnaire"), summary.title),
        (translate("Workbook", "Questionnaire id"), summary.form_id),
        (translate("Workbook", "Versions"), ", ".join(str(v) for v in summary.versions) or none),
        (translate("Workbook", "Version labels"), ", ".join(prepared.version_labels) or none),
        (translate("Workbook", "Interviews"), interviews),
        (
            translate("Workbook", "Dates of the interviews"),
            _dates_in_words(dates, months_only) if dates else not_recorded,
        ),
        (translate("Workbook", "Sites"), ", ".join(prepared.sites) or not_recorded),
        (translate("Workbook", "Interviews included"), summary.subset.describe()),
        (translate("Workbook", "Small numbers"), rule.describe()),
    ]
    if rule.enabled:
        rows += [
            (translate("Workbook", "Numbers hidden"), hidden_in_words(protected, rule.threshold)),
            (translate("Workbook", "Smallest and largest answers"), extremes_rule(rule.threshold)),
            (translate("Workbook", "Mean and standard deviation"), moments_rule(rule.threshold)),
        ]
    repeated = repeats_in_words(repeats, repeat_questions_not_counted(prepared))
    if repeated:
        rows.append((translate("Workbook", "Repeated questions"), repeated))
    rows += [
        (translate("Workbook", "Interview-level data"), interview_data_in_words(with_interviews)),
        (
            translate("Workbook", "De-identified"),
            translate(
                "Workbook",
                "Yes: written answers, locations, questions marked as identifying and interviewer "
                "names are left out.",
            )
            if options.deidentified
            else translate(
                "Workbook", "No: written answers are included; this file may identify people."
            ),
        ),
        (translate("Workbook", "Participant codes"), translate("Workbook", "Never exported.")),
        (
            translate("Workbook", "Made"),
            datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        ),
        (translate("Workbook", "Made with"), f"DuoDesk {duodesk.__version__}"),
        (translate("Workbook", "Language"), _language_name()),
        (
            translate("Workbook", "Sheets"),
            translate(
                "Workbook",
                "Summary: the results, question by question. Charts: a chart per question with "
                "a list of answers. Repeats: the questions asked for each instance of a repeat, "
                "by person. Codebook: each question, its answers and when it is asked.",
            )
            if repeats
            else translate(
                "Workbook",
                "Summary: the results, question by question. Charts: a chart per question with "
                "a list of answers. Codebook: each question, its answers and when it is asked.",
            ),
        ),
    ]
    fit_columns(sheet, [(rows[5][0], "x" * 90)])
    sheet.column_dimensions["B"].width = 90
    setup_printing(sheet, "1:1")
    sheet.append([cell(sheet, summary.title, font=TITLE)])
    sheet.append([])
    for label, value in rows:
        shown = cell(sheet, value, number_format="#,##0")
        shown.alignment = WRAP
        sheet.append([cell(sheet, label, font=BOLD), shown])


def hidden_in_words(protected: ProtectedSummary, threshold: int) -> str:
    """How many numbers were hidden and why, without saying which relation forced each, nor
    how many were hidden for each reason: knowing how many hidden numbers are from 1 to the
    threshold would itself help to work them out (it tells a reader that all the others are
    larger), so only the total is given, which anyone can count."""
    hidden = protected.primary + protected.secondary
    if not hidden:
        return translate(
            "Workbook", "None: no number in this workbook is from 1 to {threshold}."
        ).format(threshold=threshold)
    if hidden == 1:  # English has no plural forms file: its one is said apart
        text = translate(
            "Workbook",
            "1 number hidden: a number from 1 to {threshold}, or one hidden to protect such a "
            "number, because it could otherwise be worked out from totals, percentages or the "
            "questionnaire's skip logic.",
        ).format(threshold=threshold)
    else:
        text = translate(
            "Workbook",
            "%n numbers hidden (a number shown in several places, such as a grid and "
            "its statements, is counted once): the numbers from 1 to {threshold}, and other "
            "numbers hidden to protect them, because the small ones could otherwise be worked "
            "out from totals, percentages or the questionnaire's skip logic. How many are "
            "hidden for each reason is not said: that too would help to work them out.",
            None,
            hidden,
        ).format(threshold=threshold)
    if protected.unprotected:
        unprotected = protected.unprotected
        text += " " + translate(
            "Workbook",
            "Hidden numbers that follow from the number of interviews alone and could not be "
            "protected: %n.",
            None,
            unprotected,
        )
    return text


def extremes_rule(threshold: int) -> str:
    return translate(
        "Workbook",
        "Shown only when at least {count} people gave that answer; otherwise the 5th "
        "or 95th percentile is shown in its place, and its row says so.",
    ).format(count=threshold + 1)


def moments_rule(threshold: int) -> str:
    return translate(
        "Workbook",
        "Hidden, with the number who answered, for a number question whose number of answers "
        "is hidden; and hidden when so few different numbers were given that they would tell "
        "how many people (from 1 to {threshold}) gave one of them: the question's note says so.",
    ).format(threshold=threshold)


def interview_data_in_words(with_interviews: bool) -> str:
    if with_interviews:
        return translate(
            "Workbook",
            "Not in this workbook. It was written, at the exporter's request, to a separate "
            "file ending in -interviews.xlsx, which stays within the group: {warning}",
        ).format(warning=interview_data_warning())
    return translate(
        "Workbook",
        "None: this workbook has no row per interview, only the summary tables, so it can be "
        "passed on.",
    )


def _language_name() -> str:
    """The language DuoDesk's own words in the file are written in, named in that language."""
    code = language()
    return LANGUAGES.get(code, translate("Workbook", "test language") if code == PSEUDO else code)


def _interviews_cover(workbook: Workbook, prepared: Prepared) -> None:
    sheet = workbook.create_sheet(sheet_name(translate("Workbook", "About")))
    summary = prepared.summary
    sheet.column_dimensions["A"].width = 110
    count = prepared.interviews  # lupdate reads a count given as a plain name only
    lines = [
        translate(
            "Workbook", "{title}: one row per interview (%n interviews).", None, count
        ).format(title=summary.title),
        interview_data_warning(),
        translate(
            "Workbook",
            "Keep this file within the group. Give the health board the summary workbook instead.",
        ),
        translate("Workbook", "Data: one row per interview. Codebook: what each column means."),
        translate("Workbook", "Language: {language}").format(language=_language_name()),
    ]
    sheet.append([cell(sheet, lines[0], font=TITLE)])
    for line in lines[1:]:
        shown = cell(sheet, line)
        shown.alignment = WRAP
        sheet.append([shown])


def _data(workbook, database, prepared: Prepared, progress, cancelled) -> None:
    sheet = workbook.create_sheet("Data")
    layout, options = prepared.layout, prepared.options
    sheet.freeze_panes = "B2"
    for i in range(1, len(layout.columns) + 1):
        sheet.column_dimensions[get_column_letter(i)].width = 14
    sheet.append([cell(sheet, c.header, font=BOLD, fill=HEADER_FILL) for c in layout.columns])

    # The same few texts (choice names, sites, "not asked") fill most text cells: each is
    # cleaned once. Only plain strings are kept: openpyxl reuses a cell object it is given
    # for the next value, so a cell (text starting with "=") is made anew each time.
    known: dict[str, object] = {}

    def text(value: str) -> object:
        found = known.get(value)
        if found is None:
            found = write_only_text(sheet, value)
            if type(found) is str and len(value) <= KNOWN_TEXT_LENGTH and len(known) < KNOWN_TEXTS:
                known[value] = found
        return found

    converters = row_converters(layout, options.labels, text, doubles_only=True)
    with_interviewer = not options.deidentified
    total = max(1, prepared.interviews)
    append = sheet.append
    with database.read_session() as session:
        for details, stored in stream_interviews(
            session,
            prepared.form_id,
            prepared.subset,
            layout.question_names,
            cancelled=cancelled,
        ):
            row = detail_cells(details, with_interviewer, text)
            for convert in converters:
                row.extend(convert(stored))
            append(row)
            if details.number % PROGRESS_EVERY == 0:
                progress(0.1 + 0.85 * details.number / total)


def _repeat_sheets(workbook, database, prepared: Prepared, cancelled) -> None:
    """One sheet per repeat, one row per instance (see :mod:`duodesk.exports.repeat_data`)."""
    from duodesk.exports.repeat_data import instance_rows, repeat_tables

    with database.read_session() as session:
        tables = repeat_tables(session, prepared.form_id, prepared.versions, prepared.options)
        for table in tables:
            sheet = workbook.create_sheet(table.name[:31])
            sheet.freeze_panes = "D2"
            sheet.append([cell(sheet, h, font=BOLD, fill=HEADER_FILL) for h in table.headers])

            def text(value: str, sheet=sheet) -> object:
                return write_only_text(sheet, value)

            for row in instance_rows(
                session,
                prepared.form_id,
                prepared.subset,
                table,
                prepared.options.labels,
                text,
                cancelled=cancelled,
                doubles_only=True,
            ):
                sheet.append(row)


def _repeats(
    workbook: Workbook, tables: tuple[RepeatPeopleTable, ...], marker_note: str, marker: str
) -> None:
    """The Repeats sheet: the questions asked once per repeat instance, counted by person
    (see :mod:`duodesk.exports.repeat_people`)."""
    sheet = workbook.create_sheet(sheet_name(translate("Workbook", "Repeats")))
    sheet.column_dimensions["A"].width = 60
    for letter in "BC":
        sheet.column_dimensions[letter].width = 22
    setup_printing(sheet, "1:1")
    sheet.append(
        [
            cell(
                sheet,
                translate("Workbook", "Questions asked for each instance of a repeat"),
                font=TITLE,
            )
        ]
    )
    sheet.append([cell(sheet, marker_note, font=NOTE)])
    sheet.append([])

    def shown(value: int | float | None, number_format: str, font=None) -> object:
        if value is None:
            return cell(sheet, marker, font=font)
        return cell(sheet, value, number_format=number_format, font=font)

    for table in tables:
        sheet.append([cell(sheet, f"{table.question}. {table.label}", font=TITLE)])
        sheet.append([cell(sheet, table.note(), font=NOTE)])
        heading = (
            translate("Workbook", "Number of people who ticked it")
            if table.multiple
            else translate("Workbook", "Number of people who gave it")
        )
        headings = (
            translate("Workbook", "Answer"),
            heading,
            translate("Workbook", "% of the people who answered"),
        )
        sheet.append([cell(sheet, h, font=BOLD, fill=HEADER_FILL) for h in headings])
        for row in table.rows:
            sheet.append(
                [
                    cell(sheet, row.label),
                    shown(row.people, COUNT),
                    shown(None if row.percent is None else row.percent / 100, PERCENT)
                    if row.people is not None
                    else cell(sheet, marker),
                ]
            )
        sheet.append(
            [
                cell(
                    sheet,
                    translate("Workbook", "People who answered (for at least one {unit})").format(
                        unit=table.unit
                    ),
                    font=BOLD,
                ),
                shown(table.answered, COUNT, BOLD),
            ]
        )
        sheet.append(
            [
                cell(
                    sheet,
                    translate("Workbook", "Not asked, no answer or no {unit}").format(
                        unit=table.unit
                    ),
                ),
                shown(table.others, COUNT),
            ]
        )
        sheet.append(
            [
                cell(sheet, translate("Workbook", "Total interviews"), font=BOLD),
                shown(table.interviews, COUNT, BOLD),
            ]
        )
        sheet.append([])


def _codebook(workbook, prepared: Prepared) -> None:
    sheet = workbook.create_sheet(sheet_name(translate("Workbook", "Codebook")))
    rows = codebook_rows(prepared.layout, prepared.versions, prepared.options.language or "")
    meanings = cell_meanings(prepared.options.labels)
    headings = header()
    fit_columns(sheet, [headings, *rows], widest=60)
    header_row = len(meanings) + 2
    sheet.freeze_panes = f"A{header_row + 1}"
    setup_printing(sheet, f"{header_row}:{header_row}")
    for line in meanings:
        sheet.append([cell(sheet, line, font=NOTE)])
    sheet.append([])
    sheet.append([cell(sheet, h, font=BOLD, fill=HEADER_FILL) for h in headings])
    for row in rows:
        sheet.append([cell(sheet, v) for v in row])


def _dates_in_words(dates: tuple[str, str], months_only: bool) -> str:
    """The Cover's dates: one day or month, or a range; only months for a tiny part."""
    first, last = dates
    when = (
        first
        if first == last
        else translate("Workbook", "{first} to {last}").format(first=first, last=last)
    )
    if months_only:
        when += f" ({translate('Workbook', MONTHS_ONLY)})"
    return when
