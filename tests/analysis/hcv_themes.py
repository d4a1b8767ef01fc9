"""The HCV 2007 example: "Why do you think you were not referred?" answered in their own words
by 40 people and coded into six reasons (10%, 25%, 20%, 15%, 22.5%, 22.5% of 40)."""

from __future__ import annotations

from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    Question,
    Questionnaire,
    QuestionType,
    Settings,
)
from duodesk.storage.database import Database
from duodesk.storage.themes import add_theme, answers_to_code, code_answer
from tests.analysis.projects import store_interviews, store_questionnaire

FORM = "hcv"
QUESTION = "why_not"

# Theme label -> how many of the 40 answers were given it (46 in all: six answers got two).
THEMES = {
    "Not offered a test": 4,
    "Did not know where to go": 10,
    "Drug use held against me": 8,
    "In prison at the time": 6,
    "No symptoms": 9,
    "Afraid of the result": 9,
}


def questionnaire() -> Questionnaire:
    yes_no = ChoiceList("yes_no", (Choice("yes", {"": "Yes"}), Choice("no", {"": "No"})))
    sites = ChoiceList(
        "site", (Choice("glasgow", {"": "Glasgow"}), Choice("dundee", {"": "Dundee"}))
    )
    return Questionnaire(
        Settings(FORM, "Hepatitis C 2007", "1"),
        (
            Question("centre", QuestionType.SELECT_ONE, {"": "Centre"}, list_name="site"),
            Question("referred", QuestionType.SELECT_ONE, {"": "Referred?"}, list_name="yes_no"),
            Question(
                QUESTION,
                QuestionType.TEXT,
                {"": "Why do you think you were not referred?"},
                relevant="${referred} = 'no'",
            ),
        ),
        {"yes_no": yes_no, "site": sites},
    )


def answer_text(number: int) -> str:
    return f"Answer number {number:02d} in my own words"


def store_hcv(database: Database) -> dict[str, int]:
    """Store 12 referred people and 41 who were not (40 coded, one not codable) and code
    them; returns the theme ids by label."""
    form = questionnaire()
    version = store_questionnaire(database, form)
    store_interviews(
        database,
        form,
        [dict(centre="glasgow", referred="yes")] * 12,
        version_id=version,
        site="Glasgow",
        interview_date="2007-03-01",
    )
    for half, site in ((range(0, 21), "Glasgow"), (range(21, 41), "Dundee")):
        store_interviews(
            database,
            form,
            [dict(centre=site.lower(), referred="no", why_not=answer_text(n)) for n in half],
            version_id=version,
            site=site,
            interview_date="2007-04-02",
        )
    with database.session() as session:
        ids = {
            label: add_theme(session, FORM, QUESTION, label, f"About: {label.lower()}").id
            for label in THEMES
        }
        answers = sorted(answers_to_code(session, FORM, QUESTION), key=lambda a: a.text)
        given: list[list[int]] = [[] for _ in range(40)]
        # One theme each in turn, then the last six themes' worth go to answers 0-5 again.
        flat = [ids[label] for label, count in THEMES.items() for _ in range(count)]
        for position, theme_id in enumerate(flat):
            slot = position % 40
            if theme_id in given[slot]:
                slot = next(i for i in range(40) if theme_id not in given[i])
            given[slot].append(theme_id)
        for answer, themes in zip(answers[:40], given, strict=True):
            code_answer(session, FORM, QUESTION, answer.interview_id, themes)
        code_answer(session, FORM, QUESTION, answers[40].interview_id, (), not_codable=True)
    return ids
