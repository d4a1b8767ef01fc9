"""What the screens can ask of the project: one named function per user action.

Each runs on the project worker (see :mod:`duodesk.gui.tasks`), opens and closes its own
session, and returns plain values; what changes the project says what it changed (a
:class:`~duodesk.storage.changes.Changes`, or a result with a ``changes`` field), and the worker
announces it to every open screen. No screen opens a session itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from duodesk.core.questionnaire import Questionnaire
from duodesk.i18n import translate
from duodesk.resources import example_forms
from duodesk.storage.changes import NOTHING, Changes
from duodesk.storage.database import Database
from duodesk.storage.models import ProjectSetting
from duodesk.storage.questionnaires import (
    QuestionnaireInUse,
    QuestionnaireSummary,
    SaveResult,
    list_questionnaires,
    remove_questionnaire,
    save_questionnaire,
)

if TYPE_CHECKING:  # the importer loads when interviews are first added from a file
    from duodesk.storage.importer import ImportReport

EXAMPLES_OFFERED = "examples_offered"  # "just added", then "kept" or "removed"
EXAMPLES_JUST_ADDED = "just added"


@dataclass(frozen=True)
class HomeData:
    """What the main window shows."""

    questionnaires: tuple[QuestionnaireSummary, ...]
    examples_just_added: bool  # first start: the examples were added, keep or remove them?


EXAMPLES_CHANGED = Changes(questionnaires=True, settings=True)


@dataclass(frozen=True)
class ExamplesRemoved:
    kept: tuple[str, ...]  # titles of examples kept because interviews use them
    changes: Changes = EXAMPLES_CHANGED


def load_home(database: Database) -> HomeData:
    """The project's questionnaires. On a project's first start (no questionnaire, examples
    never offered) the example questionnaires are added first, so there is something to try.
    Otherwise it only reads: the list shows even while another program is saving."""
    with database.read_session() as session:
        rows = tuple(list_questionnaires(session))
        setting = session.get(ProjectSetting, EXAMPLES_OFFERED)
    if not rows and setting is None and database.is_sqlite:  # never on a shared server
        add_example_questionnaires(database, status=EXAMPLES_JUST_ADDED)
        with database.read_session() as session:
            rows = tuple(list_questionnaires(session))
        return HomeData(rows, examples_just_added=True)
    just_added = setting is not None and setting.value == EXAMPLES_JUST_ADDED
    return HomeData(rows, examples_just_added=just_added)


def add_questionnaire_file(
    database: Database, path: Path, files: Mapping[str, Path] | None = None
) -> SaveResult:
    """Read an XLSForm and store it, with the files it reads choices or data from (next to it,
    or in ``files``; those found nowhere are named in its ``missing_files``); raises
    InputFileError with a message for the user, and then stores nothing."""
    from duodesk.core.xlsform import read_xlsform

    questionnaire = read_xlsform(path, files)
    with database.session() as session:
        return save_questionnaire(session, questionnaire)


def add_form_files(database: Database, form_id: str, files: Mapping[str, Path]) -> SaveResult:
    """Add files the questionnaire ``form_id`` was added without (see
    :func:`~duodesk.storage.questionnaires.add_questionnaire_files`); raises InputFileError or
    ValueError with a message for the user, and then changes nothing."""
    from duodesk.storage.questionnaires import add_questionnaire_files

    with database.session() as session:
        stored = add_questionnaire_files(session, form_id, files)
    return SaveResult(stored, created=True, new_version=False)


def latest_questionnaire(database: Database, form_id: str) -> Questionnaire:
    """The newest version of ``form_id``; LookupError when there is none."""
    from duodesk.storage.questionnaires import latest_version

    with database.read_session() as session:
        version = latest_version(session, form_id)
    if version is None:
        raise LookupError(
            translate(
                "InterviewOperations", "There is no questionnaire called “{name}” in this project."
            ).format(name=form_id)
        )
    return version.questionnaire


def add_example_questionnaires(database: Database, *, status: str = "kept") -> list[SaveResult]:
    """Store the shipped example questionnaires (again: adding them twice changes nothing)."""
    from duodesk.core.xlsform import read_xlsform

    forms = [read_xlsform(path) for path in example_forms()]
    with database.session() as session:
        results = [save_questionnaire(session, form) for form in forms]
        session.merge(ProjectSetting(key=EXAMPLES_OFFERED, value=status))
    return results


def add_examples(database: Database) -> Changes:
    """The example questionnaires, added again on request."""
    results = add_example_questionnaires(database)
    forms = frozenset(result.version.questionnaire.form_id for result in results)
    return Changes(forms, questionnaires=True, settings=True)


def keep_examples(database: Database) -> Changes:
    with database.session() as session:
        session.merge(ProjectSetting(key=EXAMPLES_OFFERED, value="kept"))
    return Changes(settings=True)


def remove_examples(database: Database) -> ExamplesRemoved:
    """Remove the example questionnaires that have no interviews; the titles of those kept
    because interviews were entered with them."""
    from duodesk.core.xlsform import read_xlsform

    kept: list[str] = []
    forms = [read_xlsform(path) for path in example_forms()]
    with database.session() as session:
        for form in forms:
            try:
                remove_questionnaire(session, form.form_id)
            except QuestionnaireInUse:
                kept.append(form.title)
        session.merge(ProjectSetting(key=EXAMPLES_OFFERED, value="removed"))
    return ExamplesRemoved(tuple(kept))


@dataclass(frozen=True)
class InterviewsAdded:
    """What adding interviews from a file did: the importer's report, and what changed."""

    report: ImportReport
    changes: Changes


def add_interviews_from_file(
    database: Database,
    form_id: str,
    path: Path,
    *,
    keep_valid: bool = False,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> InterviewsAdded:
    """The interviews in ``path`` (ODK, KoboToolbox or DuoDesk CSV/xlsx, an ODK Central zip;
    the repeat files beside it) added to ``form_id``, exactly as ``duodesk import-data`` adds
    them. Raises what :func:`~duodesk.storage.importer.import_responses` raises (an
    ``InputFileError`` saying why, ``ImportCancelled``), and then nothing was stored."""
    from duodesk.storage.importer import import_responses

    report = import_responses(
        database,
        form_id,
        path,
        keep_valid=keep_valid,
        progress=progress,
        cancelled=cancelled,
    )
    return InterviewsAdded(
        report,
        Changes(frozenset({form_id}), interviews_added=True) if report.imported else NOTHING,
    )
