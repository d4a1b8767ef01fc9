"""The codebook: what each column of the data means, in words a newcomer can follow."""

from __future__ import annotations

from duodesk.core.questionnaire import Questionnaire, QuestionType
from duodesk.exports.layout import NOT_ASKED, NOT_IN_VERSION, DataLayout
from duodesk.exports.skip_logic import asked_when

TYPE_WORDS = {
    QuestionType.TEXT: "written answer",
    QuestionType.INTEGER: "whole number",
    QuestionType.DECIMAL: "number",
    QuestionType.SELECT_ONE: "one answer from a list",
    QuestionType.SELECT_MULTIPLE: "several answers from a list",
    QuestionType.DATE: "date (YYYY-MM-DD)",
    QuestionType.TIME: "time (HH:MM)",
    QuestionType.DATETIME: "date and time",
    QuestionType.GEOPOINT: "location: latitude longitude altitude accuracy",
    QuestionType.GEOTRACE: "line: locations separated by ;",
    QuestionType.GEOSHAPE: "shape: locations separated by ;",
    QuestionType.START_GEOPOINT: "location where the interview started",
    QuestionType.IMAGE: "name of an attached photo",
    QuestionType.AUDIO: "name of an attached recording",
    QuestionType.VIDEO: "name of an attached video",
    QuestionType.FILE: "name of an attached file",
    QuestionType.BARCODE: "code (typed)",
    QuestionType.RANGE: "number in a range",
    QuestionType.ACKNOWLEDGE: "OK when acknowledged",
    QuestionType.TRIGGER: "OK when acknowledged",
}

HEADER = (
    "Column",
    "Question",
    "Type",
    "Asked when",
    "Allowed answers",
    "Choices (code = label)",
    "Missing codes",
)


def cell_meanings(labels: bool) -> list[str]:
    """The lines above the codebook's table: how to read a cell of the data."""
    shown = "the label of the choice" if labels else "the code of the choice (see Choices)"
    return [
        "How to read the interview data (the Data sheet of the separate interview file, the CSV "
        "or the SPSS file; this workbook has none): one row per complete interview, one column "
        "per question.",
        f"An answer to a question with a list of choices is shown as {shown}.",
        "Questions where several answers could be ticked have one column with all the answers, "
        "and one column per choice holding 1 (ticked) or 0 (not ticked).",
        "An EMPTY cell means “No answer”: the question was asked, but no answer was given.",
        f"“{NOT_ASKED}” means “Not asked (skipped)”: the questionnaire's logic skipped the "
        "question for this person (see Asked when).",
        f"“{NOT_IN_VERSION}” means the interview used a version of the questionnaire without "
        "this question.",
        "Missing codes (such as “Don't know”) are real answers, but are left out of valid "
        "percentages.",
        "In the SPSS file, choices are numbered 1, 2, ... in list order with their labels "
        "attached; missing codes are -1, -2, ...; -99 = No answer, -98 = Not asked (skipped), "
        "-97 = not in version. A number question with real answers of -97 or below gets codes "
        "below its smallest answer instead (-999, -998, -997, ...), stated in its value labels "
        "and in the codebook written beside the .sav file. All of these are declared missing.",
    ]


def codebook_rows(layout: DataLayout, versions: list[Questionnaire], language: str = "") -> list:
    """One row per data column (0/1 columns included), as :data:`HEADER` names them."""
    rows: list[list[str]] = []
    by_name = {info.name: info for info in layout.questions}
    for column in layout.columns:
        if not column.question:
            rows.append([column.header, column.label, "", "", "", "", ""])
            continue
        info = by_name[column.question]
        form = _newest_with(versions, info.name)
        if column.choice:
            rows.append([column.header, column.label, "1 = ticked, 0 = not ticked", "", "", "", ""])
            continue
        question = info.question
        choices = "; ".join(f"{c.name} = {c.label}" for c in info.categories)
        if info.themes_of:
            rows.append(_themes_row(column.header, info))
            continue
        missing = "; ".join(f"{c.name} = {c.label}" for c in info.categories if c.is_missing_code)
        rows.append(
            [
                column.header,
                info.label,
                TYPE_WORDS.get(question.type, str(question.type)),
                asked_when(info.name, form, language) if form is not None else "",
                question.constraint,
                choices,
                missing,
            ]
        )
    for name, why in layout.left_out:
        rows.append([name, f"Not in the data: {why}", "", "", "", "", ""])
    return rows


def _themes_row(header: str, info) -> list[str]:
    """A themes variable: the themes with what each means, as the coders described them."""
    themes = "; ".join(
        f"{c.name} = {c.label}" + (f" ({description})" if description else "")
        for c, description in zip(info.categories, info.descriptions, strict=True)
    )
    return [
        header,
        info.label,
        f"themes of the written answer to {info.themes_of}, coded by the group (several can apply)",
        f"{info.themes_of} was answered in words and coded",
        "",
        themes,
        "",
    ]


def _newest_with(versions: list[Questionnaire], name: str) -> Questionnaire | None:
    for form in reversed(versions):
        if any(q.name == name for q in form.questions()):
            return form
    return None
