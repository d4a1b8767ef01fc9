"""Which question of a questionnaire asks for the date of the interview itself.

The start of an interview already asks for its date; a questionnaire that asks again (as
"Date of the interview") would let the two disagree silently. The interview screen fills that
question in from the start, and the person can still change it.
"""

from __future__ import annotations

from duodesk.core.questionnaire import Questionnaire, QuestionType

NAMES = ("interview_date", "date_of_interview", "date_interview", "interviewdate")
LABEL_WORDS = ("date of the interview", "date of interview", "interview date")


def interview_date_question(questionnaire: Questionnaire) -> str | None:
    """The name of the first ``date`` question named like ``interview_date`` or labelled like
    "Date of the interview" (in any of its languages), or None when there is none."""
    for question in questionnaire.top_level_questions():
        if question.type is not QuestionType.DATE:
            continue
        if question.name.lower() in NAMES:
            return question.name
        if any(any(w in text.lower() for w in LABEL_WORDS) for text in question.label.values()):
            return question.name
    return None
