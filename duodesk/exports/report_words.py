"""Every sentence and heading of the findings report, in one place so that a translation can
be added beside the English one.

The questionnaire's own words (its title, questions and answers) come from the questionnaire,
in the language chosen; the words around them come from here. A translation is a dictionary
with the same keys as :data:`ENGLISH` in :data:`TRANSLATIONS`, under the language's code;
missing keys fall back to English. Placeholders are ``str.format`` fields.
"""

from __future__ import annotations

from collections.abc import Mapping

ENGLISH: Mapping[str, str] = {
    # the title page
    "subtitle": "Findings of the survey",
    "by_group": "By {group}",
    "period": "Interviews from {first} to {last}",
    "period_unknown": "Dates of the interviews not recorded",
    "period_months": "Interviews in the months {first} to {last}",
    "period_month": "Interviews in the month {first}",
    "sites": "Sites: {sites}",
    "made": "Draft made with DuoDesk {version} on {date}. Edit it before it is passed on.",
    # how the survey was done
    "method_heading": "How the survey was done",
    "method_interviews": "{interviews} interviews were counted ({subset}).",
    "method_dates": "The interviews took place from {first} to {last}.",
    "method_month": (
        "The interviews took place in the month {first} (only the month is given: with so few "
        "interviews, the days could help to tell who was interviewed)."
    ),
    "method_months": (
        "The interviews took place in the months {first} to {last} (only the months are "
        "given: with so few interviews, the days could help to tell who was interviewed)."
    ),
    "method_sites": "They were made at {count} {sites_word}: {sites}.",
    "method_interviewers": "{count} {interviewers_word} made them.",
    "method_sections": "The questionnaire, “{title}”, has these sections: {sections}.",
    "method_no_sections": "The questionnaire, “{title}”, is one list of questions.",
    "method_deidentified": (
        "The results are de-identified: written answers, locations, questions marked as "
        "identifying and interviewers' names are left out, and no single interview's answers "
        "are shown; only counts and percentages."
    ),
    "method_identifying": (
        "Written answers and identifying questions were not left out of this draft: it may "
        "identify people and must stay within the group."
    ),
    "method_small": (
        "Small numbers are hidden to protect the {people} interviewed: numbers from 1 to "
        "{threshold} are shown as “{marker}”, and so are their percentages; other numbers "
        "that would let a hidden one be worked out (from totals, percentages or the "
        "questionnaire's skip logic) are hidden too. Zeros are shown."
    ),
    "method_small_none": "No number in this report needed hiding.",
    "method_small_count": "{hidden} numbers are hidden in all.",
    "method_not_hidden": (
        "Small numbers are NOT hidden in this draft: it may identify people and must stay "
        "within the group."
    ),
    "method_percent": (
        "Every percentage says what it is a percentage of: of the {people} asked, of those who "
        "answered, or of all the interviews. “Not asked (skipped)” counts the {people} the "
        "questionnaire's logic did not ask; “No answer” those asked who gave none."
    ),
    # questions asked once per repeat instance, counted by person
    "repeats_heading": "Questions asked for each one named",
    "repeat_people_column": "Number of people who gave it",
    "repeat_percent_column": "% of the people who answered",
    "repeat_answered": "People who answered (for at least one {unit})",
    "repeat_others": "Not asked, no answer or no {unit}",
    "repeat_total": "Total interviews",
    # key findings
    "findings_heading": "Key findings",
    "findings_intro": (
        "One sentence per question with answers to choose from, drafted from the numbers. "
        "Edit them into the group's own words; the tables below give every number."
    ),
    "denominator_asked": "of the {denominator} {people} asked",
    "denominator_answered": "of the {denominator} {people} who answered",
    "denominator_valid": "of the {denominator} {people} who gave an answer other than {codes}",
    "denominator_valid_hidden": (
        "of the {denominator} {people} who gave an answer other than a missing code"
    ),
    "denominator_everyone": "of all the {denominator} {people} interviewed",
    "finding_answered_hidden": "how many answered is hidden, to protect a small number",
    "finding_valid_hidden": (
        "how many of those who answered gave an answer other than a missing code is hidden, "
        "to protect a small number"
    ),
    "finding": "{question}: {findings}.",
    "finding_one": "{count} {denominator} ({percent}) answered “{answer}”",
    "finding_many_intro": "of the {denominator} {people} who answered,",
    "finding_many_first": "{count} ({percent}) ticked “{answer}”",
    "finding_many_next": "{count} ({percent}) “{answer}”",
    "finding_others": "others (see the table)",
    "finding_and": "and",
    "finding_nobody": "{question}: nobody gave an answer that can be counted.",
    "finding_hidden": (
        "{question}: numbers hidden (fewer than {limit}, or hidden to protect a number fewer "
        "than {limit})."
    ),
    # sections and tables
    "general_section": "Questions",
    "marker_note": (
        "“{marker}” = a number hidden to protect the {people} interviewed: fewer than {limit}, "
        "or hidden so that such a number cannot be worked out."
    ),
    "not_hidden_note": "Small numbers are NOT hidden in this draft.",
    "answer_column": "Answer",
    "statement_column": "Statement",
    "grid_note": (
        "Each statement's answers: the number of {people}, and in brackets the percentage of "
        "those who answered the statement. The annex gives each statement's valid "
        "percentages too."
    ),
    "chart_hidden_left_out": "Answers whose numbers are hidden are not drawn: {answers}.",
    "chart_rows_left_out": "Statements with a hidden number are not drawn: {statements}.",
    "chart_bars_title": "Number of {people} giving each answer",
    "chart_bars_axis": "Number of {people}",
    "chart_ranked_title": "Who ticked each answer",
    "chart_ranked_axis": "% of the {people} who answered",
    "ranked_note": "Answers in descending order, as many {people} ticked them.",
    "chart_range_title": "The middle half of the answers",
    "chart_range_note": (
        "The box runs from the lower to the upper quartile (the middle half of the answers), "
        "the line across it is the median, and the lines reach {ends}. No chart of how many "
        "gave each answer: its bars would show small numbers."
    ),
    "chart_range_ends": "the smallest and the largest answer",
    "chart_range_percentiles": "the 5th and the 95th percentile (see the table)",
    "chart_range_quartiles": (
        "no further: the smallest and largest answers are hidden, as the table says"
    ),
    "chart_range_hidden": (
        "No chart: the quartiles of these answers are hidden to protect small numbers, and a "
        "chart of how many gave each answer would show small numbers."
    ),
    # quotes from written answers coded into themes
    "quotes_heading": "In their own words",
    "quotes_intro": (
        "Written answers to “{question}”, coded into themes. For each theme, {count} of the "
        "answers given with it, in alphabetical order, without site, date or interviewer."
    ),
    "quotes_held_back": (
        "No quotes: the number of {people} who gave this theme is hidden in the tables (fewer "
        "than {limit}, or hidden to protect such a number), and their words could tell who "
        "they are."
    ),
    "quotes_subset": (
        "Quotes from written answers are given only in the report of all interviews, not of "
        "a part of them."
    ),
    # the annex
    "annex_heading": "Annex: the results in full",
    "annex_intro": (
        "Every question with its results in numbers and in percentages, and the answers not "
        "available (no answer, or not asked). Under each question, what its percentages are "
        "percentages of."
    ),
    "annex_columns": (
        "Question and answers|Results in numbers|Results in percentages|Valid percentage|"
        "Number of answers not available|Percentage of answers not available"
    ),
    "method_interviews_hidden": (
        "The number of interviews counted ({subset}) is hidden: it is fewer than {limit}, or "
        "hidden so that such a number cannot be worked out."
    ),
}

TRANSLATIONS: dict[str, Mapping[str, str]] = {"en": ENGLISH}

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
    return DEFAULT_UNIT


def words_for(language: str | None) -> Mapping[str, str]:
    """The report's words for ``language`` (a code such as ``"fr"`` or a name such as
    ``"French (fr)"``); English where there is no translation."""
    code = (language or "").strip()
    if "(" in code and code.endswith(")"):
        code = code[code.rindex("(") + 1 : -1]
    translation = TRANSLATIONS.get(code.lower(), {})
    return {**ENGLISH, **translation}


NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def in_words(number: int) -> str:
    """Numbers under ten in words, as plain writing has them ("two interviewers"); used only
    for numbers that are not counts of people interviewed (sites, interviewers, sections)."""
    return NUMBER_WORDS[number] if 0 <= number < len(NUMBER_WORDS) else f"{number:,}"
