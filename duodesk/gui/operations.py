"""What the screens can ask of the project: one named function per user action.

Each runs on the background worker (see :mod:`duodesk.gui.tasks`), opens and closes its own
session, and returns plain values. No screen opens a session itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from duodesk.core.xlsform import read_xlsform
from duodesk.resources import example_forms
from duodesk.storage.database import Database
from duodesk.storage.models import ProjectSetting
from duodesk.storage.questionnaires import (
    QuestionnaireSummary,
    SaveResult,
    list_questionnaires,
    save_questionnaire,
)

EXAMPLES_OFFERED = "examples_offered"


@dataclass(frozen=True)
class HomeData:
    """What the main window shows."""

    questionnaires: tuple[QuestionnaireSummary, ...]
    offer_examples: bool  # first start: no questionnaire yet and the examples never offered


def load_home(database: Database) -> HomeData:
    with database.session() as session:
        rows = tuple(list_questionnaires(session))
        offered = session.get(ProjectSetting, EXAMPLES_OFFERED) is not None
    return HomeData(rows, offer_examples=not rows and not offered)


def add_questionnaire_file(database: Database, path: Path) -> SaveResult:
    """Read an XLSForm and store it; raises InputFileError with a message for the user."""
    questionnaire = read_xlsform(path)
    with database.session() as session:
        return save_questionnaire(session, questionnaire)


def add_example_questionnaires(database: Database) -> list[SaveResult]:
    """Store the shipped example questionnaires (again: adding them twice changes nothing)."""
    forms = [read_xlsform(path) for path in example_forms()]
    with database.session() as session:
        results = [save_questionnaire(session, form) for form in forms]
        session.merge(ProjectSetting(key=EXAMPLES_OFFERED, value="yes"))
    return results


def decline_examples(database: Database) -> None:
    with database.session() as session:
        session.merge(ProjectSetting(key=EXAMPLES_OFFERED, value="declined"))
