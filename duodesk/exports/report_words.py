"""Every sentence and heading of the findings report, in one place so that a translation can
be added beside the English one.

The questionnaire's own words (its title, questions and answers) come from the questionnaire,
in the language chosen; the words around them come from here, marked for ``pyside6-lupdate``
and said in the interface language (the translation files, context "Findings report").
Placeholders are ``str.format`` fields.
"""

from __future__ import annotations

from collections.abc import Mapping

from duodesk import i18n
from duodesk.i18n import QT_TRANSLATE_NOOP, translate

ENGLISH: Mapping[str, str] = {
    # the title page
    "subtitle": QT_TRANSLATE_NOOP("Findings report", "Findings of the survey"),
    "by_group": QT_TRANSLATE_NOOP("Findings report", "By {group}"),
    "period": QT_TRANSLATE_NOOP("Findings report", "Interviews from {first} to {last}"),
    "period_unknown": QT_TRANSLATE_NOOP("Findings report", "Dates of the interviews not recorded"),
    "period_months": QT_TRANSLATE_NOOP(
        "Findings report", "Interviews in the months {first} to {last}"
    ),
    "period_month": QT_TRANSLATE_NOOP("Findings report", "Interviews in the month {first}"),
    "sites": QT_TRANSLATE_NOOP("Findings report", "Sites: {sites}"),
    "made": QT_TRANSLATE_NOOP(
        "Findings report",
        "Draft made with DuoDesk {version} on {date}. Edit it before it is passed on.",
    ),
    # how the survey was done
    "method_heading": QT_TRANSLATE_NOOP("Findings report", "How the survey was done"),
    "method_interviews": QT_TRANSLATE_NOOP(
        "Findings report", "{interviews} interviews were counted ({subset})."
    ),
    "method_dates": QT_TRANSLATE_NOOP(
        "Findings report", "The interviews took place from {first} to {last}."
    ),
    "method_month": QT_TRANSLATE_NOOP(
        "Findings report",
        "The interviews took place in the month {first} (only the month is given: with so few "
        "interviews, the days could help to tell who was interviewed).",
    ),
    "method_months": QT_TRANSLATE_NOOP(
        "Findings report",
        "The interviews took place in the months {first} to {last} (only the months are "
        "given: with so few interviews, the days could help to tell who was interviewed).",
    ),
    "method_sites": QT_TRANSLATE_NOOP(
        "Findings report", "They were made at {count} {sites_word}: {sites}."
    ),
    "method_interviewers": QT_TRANSLATE_NOOP(
        "Findings report", "{count} {interviewers_word} made them."
    ),
    "method_sections": QT_TRANSLATE_NOOP(
        "Findings report", "The questionnaire, “{title}”, has these sections: {sections}."
    ),
    "method_no_sections": QT_TRANSLATE_NOOP(
        "Findings report", "The questionnaire, “{title}”, is one list of questions."
    ),
    "method_deidentified": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "The results are de-identified: written answers, locations, questions marked as "
            "identifying and interviewers' names are left out, and no single interview's answers "
            "are shown; only counts and percentages.",
        )
    ),
    "method_identifying": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "Written answers and identifying questions were not left out of this draft: it may "
            "identify people and must stay within the group.",
        )
    ),
    "method_small": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "Small numbers are hidden to protect the {people} interviewed: numbers from 1 to "
            "{threshold} are shown as “{marker}”, and so are their percentages; other numbers "
            "that would let a hidden one be worked out (from totals, percentages or the "
            "questionnaire's skip logic) are hidden too. Zeros are shown.",
        )
    ),
    "method_small_none": QT_TRANSLATE_NOOP(
        "Findings report", "No number in this report needed hiding."
    ),
    "method_small_count": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "{hidden} numbers are hidden in all, as the workbook counts them (each small number, "
            "and each number hidden to protect one). A hidden number shows as “{marker}” in "
            "every table it is in, and so do its percentages: a reader will count more "
            "“{marker}” than that.",
        )
    ),
    "method_not_hidden": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "Small numbers are NOT hidden in this draft: it may identify people and must stay "
            "within the group.",
        )
    ),
    "method_percent": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "Every percentage says what it is a percentage of: of the {people} asked, of those who "
            "answered, or of all the interviews. “Not asked (skipped)” counts the {people} the "
            "questionnaire's logic did not ask; “No answer” those asked who gave none.",
        )
    ),
    # questions asked once per repeat instance, counted by person
    "repeats_heading": QT_TRANSLATE_NOOP("Findings report", "Questions asked for each one named"),
    "repeat_people_column": QT_TRANSLATE_NOOP("Findings report", "Number of people who gave it"),
    "repeat_percent_column": QT_TRANSLATE_NOOP("Findings report", "% of the people who answered"),
    "repeat_answered": QT_TRANSLATE_NOOP(
        "Findings report", "People who answered (for at least one {unit})"
    ),
    "repeat_others": QT_TRANSLATE_NOOP("Findings report", "Not asked, no answer or no {unit}"),
    "repeat_total": QT_TRANSLATE_NOOP("Findings report", "Total interviews"),
    # key findings
    "findings_heading": QT_TRANSLATE_NOOP("Findings report", "Key findings"),
    "findings_intro": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "One sentence per question with answers to choose from, drafted from the numbers. "
            "Edit them into the group's own words; the tables below give every number.",
        )
    ),
    "denominator_asked": QT_TRANSLATE_NOOP(
        "Findings report", "of the {denominator} {people} asked"
    ),
    "denominator_answered": QT_TRANSLATE_NOOP(
        "Findings report", "of the {denominator} {people} who answered"
    ),
    "denominator_valid": QT_TRANSLATE_NOOP(
        "Findings report", "of the {denominator} {people} who gave an answer other than {codes}"
    ),
    "denominator_valid_hidden": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "of the {denominator} {people} who gave an answer other than a missing code",
        )
    ),
    "denominator_everyone": QT_TRANSLATE_NOOP(
        "Findings report", "of all the {denominator} {people} interviewed"
    ),
    "finding_answered_hidden": QT_TRANSLATE_NOOP(
        "Findings report", "how many answered is hidden, to protect a small number"
    ),
    "finding_valid_hidden": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "how many of those who answered gave an answer other than a missing code is hidden, "
            "to protect a small number",
        )
    ),
    "finding": QT_TRANSLATE_NOOP("Findings report", "{question}: {findings}."),
    "finding_one": QT_TRANSLATE_NOOP(
        "Findings report", "{count} {denominator} ({percent}) answered “{answer}”"
    ),
    "finding_many_intro": QT_TRANSLATE_NOOP(
        "Findings report", "of the {denominator} {people} who answered,"
    ),
    "finding_many_intro_everyone": QT_TRANSLATE_NOOP(
        "Findings report", "of all the {denominator} {people} interviewed,"
    ),
    "finding_many_first": QT_TRANSLATE_NOOP(
        "Findings report", "{count} ({percent}) ticked “{answer}”"
    ),
    "finding_many_next": QT_TRANSLATE_NOOP("Findings report", "{count} ({percent}) “{answer}”"),
    "finding_others": QT_TRANSLATE_NOOP("Findings report", "others (see the table)"),
    "finding_and": QT_TRANSLATE_NOOP("Findings report", "and"),
    "finding_nobody": QT_TRANSLATE_NOOP(
        "Findings report", "{question}: nobody gave an answer that can be counted."
    ),
    "finding_hidden": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "{question}: numbers hidden (fewer than {limit}, or hidden to protect a number fewer "
            "than {limit}).",
        )
    ),
    # sections and tables
    "general_section": QT_TRANSLATE_NOOP("Findings report", "Questions"),
    "marker_note": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "“{marker}” = a number hidden to protect the {people} interviewed: fewer than {limit}, "
            "or hidden so that such a number cannot be worked out.",
        )
    ),
    "not_hidden_note": QT_TRANSLATE_NOOP(
        "Findings report", "Small numbers are NOT hidden in this draft."
    ),
    "answer_column": QT_TRANSLATE_NOOP("Findings report", "Answer"),
    "statement_column": QT_TRANSLATE_NOOP("Findings report", "Statement"),
    "grid_note": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "Each statement's answers: the number of {people}, and in brackets the percentage of "
            "those who answered the statement. The annex gives each statement's valid "
            "percentages too.",
        )
    ),
    "chart_hidden_left_out": QT_TRANSLATE_NOOP(
        "Findings report", "Answers whose numbers are hidden are not drawn."
    ),
    "chart_rows_left_out": QT_TRANSLATE_NOOP(
        "Findings report", "Statements with a hidden number are not drawn: {statements}."
    ),
    "chart_bars_title": QT_TRANSLATE_NOOP(
        "Findings report", "Number of {people} giving each answer"
    ),
    "chart_bars_axis": QT_TRANSLATE_NOOP("Findings report", "Number of {people}"),
    "chart_ranked_title": QT_TRANSLATE_NOOP("Findings report", "Who ticked each answer"),
    "chart_ranked_axis": QT_TRANSLATE_NOOP("Findings report", "% of the {people} who answered"),
    "ranked_note": QT_TRANSLATE_NOOP(
        "Findings report", "Answers in descending order, as many {people} ticked them."
    ),
    "chart_range_title": QT_TRANSLATE_NOOP("Findings report", "The middle half of the answers"),
    "chart_range_note": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "The box runs from the lower to the upper quartile (the middle half of the answers), "
            "the line across it is the median, and the lines reach {ends}. No chart of how many "
            "gave each answer: its bars would show small numbers.",
        )
    ),
    "chart_range_ends": QT_TRANSLATE_NOOP("Findings report", "the smallest and the largest answer"),
    "chart_range_percentiles": QT_TRANSLATE_NOOP(
        "Findings report", "the 5th and the 95th percentile (see the table)"
    ),
    "chart_range_quartiles": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "no further: the smallest and largest answers are hidden, as the table says",
        )
    ),
    "chart_range_hidden": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "No chart: the quartiles of these answers are hidden to protect small numbers, and a "
            "chart of how many gave each answer would show small numbers.",
        )
    ),
    # quotes from written answers coded into themes
    "quotes_heading": QT_TRANSLATE_NOOP("Findings report", "In their own words"),
    "quotes_intro": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "Written answers to “{question}”, coded into themes. For each theme, {count} of the "
            "answers given with it, in alphabetical order, without site, date or interviewer.",
        )
    ),
    "quotes_held_back": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "No quotes: the number of {people} who gave this theme is hidden in the tables (fewer "
            "than {limit}, or hidden to protect such a number), and their words could tell who "
            "they are.",
        )
    ),
    "quotes_checked": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "Names, phone numbers, e-mail and web addresses, dates and other numbers were taken "
            "out of the quotes and show as “[…]”. This is done by simple rules, which can miss a "
            "name or a detail that tells who someone is: the group must read every quote before "
            "passing the report on.",
        )
    ),
    "quotes_subset": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "Quotes from written answers are given only in the report of all interviews, not of "
            "a part of them.",
        )
    ),
    # the annex
    "annex_heading": QT_TRANSLATE_NOOP("Findings report", "Annex: the results in full"),
    "annex_intro": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "Every question with its results in numbers and in percentages, and the answers not "
            "available (no answer, or not asked). Under each question, what its percentages are "
            "percentages of.",
        )
    ),
    "method_interviews_hidden": (
        QT_TRANSLATE_NOOP(
            "Findings report",
            "The number of interviews counted ({subset}) is hidden: it is fewer than {limit}, or "
            "hidden so that such a number cannot be worked out.",
        )
    ),
}

#: What the survey counts, when its questionnaire does not say ("{people}" in the templates).
DEFAULT_UNIT = "people"


def unit_of(extra_settings: Mapping[str, str], language: str | None = None) -> str:
    """What one interview is about, in the plural, from the questionnaire's ``settings``
    sheet: the column ``unit`` ("organisations" for a survey of drug user organisations, as
    INPUD's), or ``unit::LANGUAGE`` for the language chosen; "people" when there is none.
    Only words: anything that is not letters, spaces, hyphens or apostrophes is ignored."""
    settings = {key.strip().lower(): value for key, value in extra_settings.items()}
    for key in (f"unit::{(language or '').strip().lower()}", "unit"):
        value = " ".join(str(settings.get(key, "")).split())
        if value and len(value) <= 40 and all(c.isalpha() or c in " -'’" for c in value):
            return value
    return translate("Findings report", "people")


def words_for(language: str | None = None) -> Mapping[str, str]:
    """The report's words in the interface language (:mod:`duodesk.i18n`), whatever the
    questionnaire's ``language`` its questions and answers are shown in; English where a
    sentence has no translation yet."""
    del language  # the questionnaire's words follow it; DuoDesk's own follow the interface
    return {key: translate("Findings report", text) for key, text in ENGLISH.items()}


NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def in_words(number: int) -> str:
    """Numbers under ten in words, as plain writing has them ("two interviewers"); used only
    for numbers that are not counts of people interviewed (sites, interviewers, sections)."""
    if 0 <= number < len(NUMBER_WORDS) and i18n.language() == i18n.SOURCE_LANGUAGE:
        return NUMBER_WORDS[number]
    return i18n.number(number)  # other languages write such numbers in figures
