"""What the designer asks of the project and of files: one function per user action.

The project functions run on the project worker (:mod:`duodesk.gui.tasks`),
open and close their own session and return plain values.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from duodesk.core import form_edits
from duodesk.core.checks import QuestionnaireError, check_questionnaire
from duodesk.core.questionnaire import Questionnaire
from duodesk.core.xlsform import read_xlsform, write_xlsform
from duodesk.storage.database import Database
from duodesk.storage.questionnaires import (
    SaveResult,
    count_interviews,
    latest_version,
    save_questionnaire,
)


@dataclass(frozen=True)
class DesignSource:
    """A stored questionnaire opened in the designer, and how many interviews use it."""

    questionnaire: Questionnaire
    version_number: int
    interviews: int


def open_for_design(database: Database, form_id: str) -> DesignSource:
    """The newest version of ``form_id``; KeyError if the project has no such questionnaire."""
    with database.read_session() as session:
        stored = latest_version(session, form_id)
        if stored is None:
            raise KeyError(form_id)
        count = count_interviews(session, form_id)
    return DesignSource(stored.questionnaire, stored.number, count)


def ready_to_store(questionnaire: Questionnaire) -> Questionnaire:
    """The questionnaire as it is saved: lists nobody uses dropped, texts trimmed.

    Raises :class:`QuestionnaireError` when the form engine could not run it (interviews
    could not be entered with it).
    """
    questionnaire = form_edits.prune_unused_lists(form_edits.trim_texts(questionnaire))
    problems = check_questionnaire(questionnaire)
    if problems:
        raise QuestionnaireError(problems)
    return questionnaire


class NameTakenError(Exception):
    """A new questionnaire has the short name of one already in the project."""


def save_design(
    database: Database, questionnaire: Questionnaire, *, new: bool = False
) -> SaveResult:
    """Store the designed questionnaire; a new version if interviews use the old one.

    ``new``: the questionnaire was made in the designer and never saved, so a questionnaire
    already stored under its short name is another one: NameTakenError, nothing stored.
    """
    questionnaire = ready_to_store(questionnaire)
    with database.session() as session:
        if new and latest_version(session, questionnaire.form_id) is not None:
            raise NameTakenError(
                QCoreApplication.translate(
                    "Designer",
                    "This project already has a questionnaire named “{name}” in its data "
                    "files. Choose another name in the data files under “Title and "
                    "languages”, then save again.",
                ).format(name=questionnaire.form_id)
            )
        return save_questionnaire(session, questionnaire)


def import_xlsform(path: Path, files: dict[str, Path] | None = None) -> Questionnaire:
    """Read an XLSForm into the designer (the same reader as ``duodesk import-form``), with
    the files it reads choices or data from (next to it, or in ``files``)."""
    return read_xlsform(path, files)


def export_xlsform(questionnaire: Questionnaire, path: Path) -> list[Path]:
    """Write the questionnaire as an XLSForm that ODK, KoboToolbox and DuoDesk read; the files
    its choices and pulldata() read are written next to it. Returns every path written."""
    return [path, *write_xlsform(ready_to_store(questionnaire), path)]
