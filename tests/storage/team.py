"""A team for the tests: a coordinator's project and two laptops, with made-up interviews."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import MetaData, select

from duodesk.analysis import summarize, summary_to_json
from duodesk.core.questionnaire import Questionnaire
from duodesk.core.simulate import simulate_answers, write_responses_csv
from duodesk.core.xlsform import read_xlsform
from duodesk.storage.database import Database
from duodesk.storage.importer import import_responses
from duodesk.storage.questionnaires import save_questionnaire
from duodesk.storage.transfer import export_transfer, import_transfer

PASSPHRASE = "Blue kettle on the third shelf"
CODE = ("code_first_letter", "code_mother_letter", "code_birth_day", "code_birth_month")


@dataclass
class Team:
    folder: Path
    questionnaire: Questionnaire
    coordinator: Database
    north: Database
    south: Database

    def send(self, database: Database, name: str, **options) -> Path:
        path = self.folder / name
        export_transfer(database, path, PASSPHRASE, **options)
        return path

    def read(self, database: Database, path: Path):
        return import_transfer(database, path, PASSPHRASE)

    def interviews_csv(self, name: str, answers: list[dict], site: str) -> Path:
        path = self.folder / name
        write_responses_csv(self.questionnaire, iter(answers), path, site=site)
        return path

    def close(self) -> None:
        for database in (self.coordinator, self.north, self.south):
            database.close()


def make_team(folder: Path, form: Path) -> Team:
    """The coordinator has the questionnaire; the laptops have nothing yet."""
    questionnaire = read_xlsform(form)
    coordinator = Database.open(folder / "coordinator.duodesk")
    with coordinator.session() as session:
        save_questionnaire(session, questionnaire)
    return Team(
        folder,
        questionnaire,
        coordinator,
        Database.open(folder / "north.duodesk"),
        Database.open(folder / "south.duodesk"),
    )


def simulated(questionnaire: Questionnaire, count: int, seed: int) -> list[dict]:
    return list(simulate_answers(questionnaire, count, seed=seed))


def import_csv(database: Database, form_id: str, path: Path) -> None:
    report = import_responses(database, form_id, path)
    assert report.rejected == 0, report.describe()


def summary(database: Database, form_id: str) -> dict:
    return json.loads(json.dumps(summary_to_json(summarize(database, form_id)), default=str))


def snapshot(database: Database) -> dict[str, list]:
    """Every row of every table, to show that nothing changed; the audit trail apart, which
    records each reading of a file, even one that changed nothing else."""
    metadata = MetaData()
    metadata.reflect(database.engine)
    with database.engine.connect() as connection:
        return {
            name: sorted(map(repr, connection.execute(select(table)).all()))
            for name, table in metadata.tables.items()
            if name != "audit_log"
        }


def logical_state(database: Database) -> dict:
    """What a project holds, by identity (UUIDs), without its local numbering: two projects
    with the same logical state show the same interviews, answers, history and decisions."""
    from sqlalchemy import select

    from duodesk.storage.models import (
        Answer,
        AnswerChoice,
        AnswerCorrection,
        DuplicateReview,
        Interview,
        InterviewEvent,
        ParticipantCodeDigest,
        ProjectSetting,
        QuestionnaireVersion,
    )

    with database.session() as session:
        uuid_of = dict(session.execute(select(Interview.id, Interview.uuid)).all())

        def by_interview(query) -> dict:
            grouped: dict = {}
            for row in session.execute(query):
                grouped.setdefault(str(uuid_of[row[0]]), []).append(tuple(row[1:]))
            return {key: sorted(rows, key=repr) for key, rows in grouped.items()}

        return {
            "interviews": sorted(
                (str(i.uuid), i.deleted_at is not None, i.had_conflict, i.site, i.status.value)
                for i in session.scalars(select(Interview))
            ),
            "answers": by_interview(
                select(Answer.interview_id, Answer.question, Answer.status, Answer.value)
            ),
            "choices": by_interview(
                select(AnswerChoice.interview_id, AnswerChoice.question, AnswerChoice.choice)
            ),
            "corrections": by_interview(
                select(AnswerCorrection.interview_id, AnswerCorrection.uuid)
            ),
            "events": by_interview(select(InterviewEvent.interview_id, InterviewEvent.uuid)),
            "codes": by_interview(
                select(
                    ParticipantCodeDigest.interview_id,
                    ParticipantCodeDigest.slot,
                    ParticipantCodeDigest.digest,
                )
            ),
            "versions": sorted(
                session.execute(
                    select(QuestionnaireVersion.uuid, QuestionnaireVersion.fingerprint)
                ).all(),
                key=repr,
            ),
            "reviews": sorted(
                session.execute(
                    select(
                        DuplicateReview.first_uuid,
                        DuplicateReview.second_uuid,
                        DuplicateReview.decision,
                    )
                ).all(),
                key=repr,
            ),
            "key": session.get(ProjectSetting, "participant_code_key_id").value,
        }
