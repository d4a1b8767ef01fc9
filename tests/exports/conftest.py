"""Projects with interviews to export: an example questionnaire with made-up interviews, and a
small questionnaire whose answers are hostile text."""

from __future__ import annotations

from pathlib import Path

import pytest

from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    Question,
    Questionnaire,
    QuestionType,
    Settings,
)
from duodesk.core.records import AnswerRecord, AnswerStatus
from duodesk.storage.interviews import NewInterview, add_interview, write_answers
from duodesk.storage.models import InterviewStatus
from duodesk.storage.questionnaires import save_questionnaire

HOSTILE = (
    '=HYPERLINK("http://example.com","click")',
    "+1+2",
    "-3+4",
    "@SUM(A1:A2)",
    "\tstarts with a tab",
    "{=1+1}",
    "x" * 40_000,
    "Привет, 你好, مرحبا, שלום",
    "bell\x07 and nul\x00 characters",
)


@pytest.fixture
def hepatitis_project(database, example_paths, tmp_path: Path):
    """The hepatitis C example with 60 made-up complete interviews at one site."""
    from duodesk.core.simulate import simulate_answers, write_responses_csv
    from duodesk.core.xlsform import read_xlsform
    from duodesk.storage.importer import import_responses

    form = read_xlsform(example_paths["hepatitis_c_peer_survey"])
    with database.session() as session:
        save_questionnaire(session, form)
    data = tmp_path / "answers.csv"
    write_responses_csv(form, simulate_answers(form, 60, seed=7), data, site="Centre A")
    import_responses(database, form.form_id, data)
    return database, form


def hostile_questionnaire() -> Questionnaire:
    answers = ChoiceList(
        "answers",
        (
            Choice("yes", {"": "=Yes"}),
            Choice("no", {"": "No"}),
            Choice("dk", {"": "Don't know"}, missing=True),
        ),
    )
    return Questionnaire(
        Settings("hostile", "=Hostile survey", "1"),
        (
            Question("answer", QuestionType.SELECT_ONE, {"": "@Answer"}, list_name="answers"),
            Question(
                "comment",
                QuestionType.TEXT,
                {"": "-Comment"},
                relevant="${answer} = 'yes'",
            ),
        ),
        {"answers": answers},
    )


@pytest.fixture
def hostile_project(database):
    """One complete interview per hostile text, each answering "yes" then the text."""
    form = hostile_questionnaire()
    with database.session() as session:
        version = save_questionnaire(session, form).version
        for i, text in enumerate(HOSTILE):
            interview = add_interview(
                session,
                NewInterview(
                    version.version_id,
                    site="=Centre" if i % 2 else "Centre B",
                    interviewer="+Sam",
                    interview_date="2026-03-01",
                    status=InterviewStatus.COMPLETE,
                ),
            )
            write_answers(
                session,
                interview,
                [
                    AnswerRecord("answer", AnswerStatus.ANSWERED, "yes"),
                    AnswerRecord("comment", AnswerStatus.ANSWERED, text),
                ],
            )
    return database, form
