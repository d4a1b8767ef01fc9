"""Building small projects for the analysis tests: real interviews stored the way DuoDesk
stores them (the form engine decides what applied; answers are written as records)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from duodesk.core.engine import FormEngine
from duodesk.core.questionnaire import Questionnaire
from duodesk.core.records import records_from_state
from duodesk.storage.database import Database
from duodesk.storage.interviews import NewInterview, add_interview, write_answers
from duodesk.storage.models import InterviewStatus
from duodesk.storage.questionnaires import save_questionnaire


def store_questionnaire(database: Database, questionnaire: Questionnaire) -> int:
    """Save ``questionnaire`` (a new version if interviews use the old one); its version id."""
    with database.session() as session:
        return save_questionnaire(session, questionnaire).version.version_id


def store_interviews(
    database: Database,
    questionnaire: Questionnaire,
    interviews: Iterable[Mapping[str, object]],
    *,
    version_id: int | None = None,
    site: str = "",
    interviewer: str = "",
    interview_date: str = "",
    status: InterviewStatus = InterviewStatus.COMPLETE,
) -> int:
    """Store each interview's typed answers as complete (or draft) interviews; how many."""
    if version_id is None:
        version_id = store_questionnaire(database, questionnaire)
    engine = FormEngine(questionnaire)
    stored = 0
    with database.session() as session:
        for answers in interviews:
            state = engine.evaluate(dict(answers))
            interview_id = add_interview(
                session,
                NewInterview(
                    version_id=version_id,
                    site=site,
                    interviewer=interviewer,
                    interview_date=interview_date,
                    status=status,
                ),
            )
            write_answers(session, interview_id, records_from_state(questionnaire, state))
            stored += 1
    return stored
