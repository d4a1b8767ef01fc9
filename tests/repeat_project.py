"""A project holding the peer survey with a repeat ("for each drug you used in the last month")
and simulated interviews, entered through the engine and stored as entry stores them."""

from __future__ import annotations

import random
from pathlib import Path

from duodesk.core.engine import FormEngine
from duodesk.core.records import records_from_state
from duodesk.core.xlsform import read_xlsform
from duodesk.storage.database import Database
from duodesk.storage.interviews import NewInterview, add_interview, write_answers
from duodesk.storage.models import InterviewStatus
from duodesk.storage.questionnaires import latest_version, save_questionnaire
from tests.core.forms import write_form
from tests.core.test_repeats import DRUG_CHOICES, DRUG_SURVEY


def add_drug_interviews(database: Database, tmp_path: Path, count: int = 30, seed: int = 1):
    """Store the drug survey and ``count`` finished interviews naming 0 to 3 drugs each."""
    questionnaire = read_xlsform(write_form(tmp_path / "drugs.xlsx", DRUG_SURVEY, DRUG_CHOICES))
    engine = FormEngine(questionnaire)
    rng = random.Random(seed)
    with database.session() as session:
        save_questionnaire(session, questionnaire)
    with database.session() as session:
        version = latest_version(session, "drugs")
        assert version is not None
        for _ in range(count):
            named = rng.choice([0, 1, 1, 2, 3])
            answers: dict[str, object] = {
                "site": rng.choice(["Centre A", "Centre B"]),
                "age": rng.randint(18, 60),
                "drugs": named,
            }
            for k in range(1, named + 1):
                answers[f"drug[{k}]"] = rng.choice(["heroin", "crack", "benzos"])
                if rng.random() < 0.9:
                    answers[f"how_often[{k}]"] = rng.choice(["daily", "weekly"])
                answers[f"how[{k}]"] = tuple(
                    sorted(rng.sample(["inject", "smoke"], rng.randint(1, 2)))
                )
                answers[f"equipment[{k}]"] = rng.choice(["nsp", "friend"])
            state = engine.evaluate(answers)
            interview_id = add_interview(
                session,
                NewInterview(
                    version.version_id,
                    site=str(answers["site"]),
                    interviewer="Sam",
                    interview_date="2024-07-12",
                    status=InterviewStatus.COMPLETE,
                ),
            )
            write_answers(session, interview_id, records_from_state(questionnaire, state))
    return questionnaire
