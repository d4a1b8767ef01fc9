"""The codebook: what each column of the data means, in words a newcomer can follow."""

from __future__ import annotations

from duodesk.core.questionnaire import Questionnaire, QuestionType
from duodesk.exports.layout import NOT_ASKED, NOT_IN_VERSION, DataLayout
from duodesk.exports.skip_logic import asked_when, rule_in_words
from duodesk.i18n import translate


def type_words(kind: QuestionType) -> str:
    """A question type in words, in the interface language."""
    words = {
        QuestionType.TEXT: translate("Codebook", "written answer"),
        QuestionType.INTEGER: translate("Codebook", "whole number"),
        QuestionType.DECIMAL: translate("Codebook", "number"),
        QuestionType.SELECT_ONE: translate("Codebook", "one answer from a list"),
        QuestionType.SELECT_MULTIPLE: translate("Codebook", "several answers from a list"),
        QuestionType.DATE: translate("Codebook", "date (YYYY-MM-DD)"),
        QuestionType.TIME: translate("Codebook", "time (HH:MM)"),
        QuestionType.DATETIME: translate("Codebook", "date and time"),
        QuestionType.GEOPOINT: translate(
            "Codebook", "location: latitude longitude altitude accuracy"
        ),
        QuestionType.GEOTRACE: translate("Codebook", "line: locations separated by ;"),
        QuestionType.GEOSHAPE: translate("Codebook", "shape: locations separated by ;"),
        QuestionType.START_GEOPOINT: translate("Codebook", "location where the interview started"),
        QuestionType.IMAGE: translate("Codebook", "name of an attached photo"),
        QuestionType.AUDIO: translate("Codebook", "name of an attached recording"),
        QuestionType.VIDEO: translate("Codebook", "name of an attached video"),
        QuestionType.FILE: translate("Codebook", "name of an attached file"),
        QuestionType.BARCODE: translate("Codebook", "code (typed)"),
        QuestionType.RANGE: translate("Codebook", "number in a range"),
        QuestionType.ACKNOWLEDGE: translate("Codebook", "OK when acknowledged"),
        QuestionType.TRIGGER: translate("Codebook", "OK when acknowledged"),
    }
    return words.get(kind, str(kind))


def header() -> tuple[str, ...]:
    """The codebook table's headings, in the interface language."""
    return (
        translate("Codebook", "Column"),
        translate("Codebook", "Question"),
        translate("Codebook", "Type"),
        translate("Codebook", "Asked when"),
        translate("Codebook", "Allowed answers"),
        translate("Codebook", "Choices (code = label)"),
        translate("Codebook", "Missing codes"),
    )


def cell_meanings(labels: bool) -> list[str]:
    """The lines above the codebook's table: how to read a cell of the data."""
    shown = (
        translate("Codebook", "the label of the choice")
        if labels
        else translate("Codebook", "the code of the choice (see Choices)")
    )
    return [
        translate(
            "Codebook",
            "How to read the interview data (the Data sheet of the separate interview file, the "
            "CSV or the SPSS file; this workbook has none): one row per complete interview, one "
            "column per question.",
        ),
        translate(
            "Codebook", "An answer to a question with a list of choices is shown as {shown}."
        ).format(shown=shown),
        translate(
            "Codebook",
            "Questions where several answers could be ticked have one column with all the "
            "answers, and one column per choice holding 1 (ticked) or 0 (not ticked).",
        ),
        translate(
            "Codebook",
            "An EMPTY cell means “No answer”: the question was asked, but no answer was given.",
        ),
        translate(
            "Codebook",
            "“{not_asked}” means “Not asked (skipped)”: the questionnaire's logic skipped the "
            "question for this person (see Asked when).",
        ).format(not_asked=NOT_ASKED),
        translate(
            "Codebook",
            "“{not_in_version}” means the interview used a version of the questionnaire without "
            "this question.",
        ).format(not_in_version=NOT_IN_VERSION),
        translate(
            "Codebook",
            "Missing codes (such as “Don't know”) are real answers, but are left out of valid "
            "percentages.",
        ),
        translate(
            "Codebook",
            "In the SPSS file, choices are numbered 1, 2, ... in list order with their labels "
            "attached; missing codes are -1, -2, ...; -99 = No answer, -98 = Not asked "
            "(skipped), -97 = not in version. A number question with real answers of -97 or "
            "below gets codes below its smallest answer instead (-999, -998, -997, ...), stated "
            "in its value labels and in the codebook written beside the .sav file. All of these "
            "are declared missing.",
        ),
        translate(
            "Codebook",
            "A choice whose name is a number (such as -1, 0 or 99) keeps that number as its code "
            "in the SPSS file, as in the CSV file; the other choices are numbered around it, and "
            "should a choice take -99, -98 or -97, that question's codes for No answer, Not asked "
            "and not in version move below its choices (-999, -998, -997 or lower; the codebook "
            "beside the .sav file says which).",
        ),
    ]


def codebook_rows(layout: DataLayout, versions: list[Questionnaire], language: str = "") -> list:
    """One row per data column (0/1 columns included), as :func:`header` names them."""
    rows: list[list[str]] = []
    by_name = {info.name: info for info in layout.questions}
    for column in layout.columns:
        if not column.question:
            rows.append([column.header, column.label, "", "", "", "", ""])
            continue
        info = by_name[column.question]
        form = _newest_with(versions, info.name)
        if column.choice:
            ticked = translate("Codebook", "1 = ticked, 0 = not ticked")
            rows.append([column.header, column.label, ticked, "", "", "", ""])
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
                type_words(question.type),
                asked_when(info.name, form, language) if form is not None else "",
                rule_in_words(question.constraint, form, info.name, language)
                if form is not None
                else question.constraint,
                choices,
                missing,
            ]
        )
    for name, why in layout.left_out:
        not_in = translate("Codebook", "Not in the data: {why}").format(why=why)
        rows.append([name, not_in, "", "", "", "", ""])
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
        translate(
            "Codebook",
            "themes of the written answer to {question}, coded by the group (several can apply)",
        ).format(question=info.themes_of),
        translate("Codebook", "{question} was answered in words and coded").format(
            question=info.themes_of
        ),
        "",
        themes,
        "",
    ]


def _newest_with(versions: list[Questionnaire], name: str) -> Questionnaire | None:
    for form in reversed(versions):
        if any(q.name == name for q in form.questions()):
            return form
    return None
