"""What the paper datasheets screen asks of the project (plain functions, no Qt; each runs
on the project worker with its own session and returns frozen values)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from duodesk.core.questionnaire import text_in
from duodesk.core.records import AnswerRecord, AnswerStatus
from duodesk.storage import double_entry as store
from duodesk.storage.changes import Changes
from duodesk.storage.database import Database
from duodesk.storage.models import ProjectSetting
from duodesk.storage.questionnaires import latest_version


@dataclass(frozen=True)
class PaperSheets:
    sheets: tuple[store.SheetState, ...]
    agreement: store.EntryAgreement
    count_unchecked: bool
    labels: Mapping[str, str] = field(default_factory=dict)  # question name -> its label


def _question_labels(questionnaire) -> dict[str, str]:
    if questionnaire is None:
        return {}
    language = questionnaire.settings.default_language
    return {
        question.name: text_in(question.label, language, language) or question.name
        for question in questionnaire.questions()
    }


@dataclass(frozen=True)
class Resolved:
    changed: int
    changes: Changes


def load_sheets(database: Database, form_id: str) -> PaperSheets:
    with database.read_session() as session:
        setting = session.get(ProjectSetting, store.COUNT_UNCHECKED)
        stored = latest_version(session, form_id)
        return PaperSheets(
            store.list_sheets(session, form_id),
            store.agreement_report(session, form_id),
            setting is not None and setting.value == "yes",
            _question_labels(stored.questionnaire if stored is not None else None),
        )


@dataclass(frozen=True)
class ShownDifference:
    """A difference in the words of the questionnaire: the question's label, each entry's
    answer with its option labels."""

    difference: store.Difference
    label: str
    first: str
    check: str


def load_differences(
    database: Database, form_id: str, sheet_number: str
) -> tuple[ShownDifference, ...]:
    with database.read_session() as session:
        differences = store.compare_sheet(session, form_id, sheet_number)
        stored = latest_version(session, form_id)
    questionnaire = stored.questionnaire if stored is not None else None
    language = questionnaire.settings.default_language if questionnaire else ""
    shown = []
    for difference in differences:
        name, options = difference.question, {}
        label = store.DETAIL_LABELS.get(name, name)
        if questionnaire is not None and name not in store.DETAIL_LABELS:
            try:
                question = questionnaire.question(name)
            except KeyError:
                question = None  # a question of an older version: its name is all there is
            if question is not None:
                label = text_in(question.label, language, language) or name
                choices = questionnaire.choices_for(question)
                if choices is not None:
                    options = {
                        c.name: text_in(c.label, language, language) for c in choices.choices
                    }
        shown.append(
            ShownDifference(
                difference,
                label,
                answer_in_words(difference.first, options),
                answer_in_words(difference.second, options),
            )
        )
    return tuple(shown)


def answer_in_words(record: AnswerRecord | None, options: Mapping[str, str] | None = None) -> str:
    """An entry's answer as a person reads it: option labels rather than their codes."""
    if record is None:
        return QCoreApplication.translate("PaperSheetsDialog", "Not in this version")
    if record.status is AnswerStatus.NOT_APPLICABLE:
        return QCoreApplication.translate("PaperSheetsDialog", "Not asked (skipped)")
    if record.status is AnswerStatus.NO_ANSWER or record.value is None:
        return QCoreApplication.translate("PaperSheetsDialog", "No answer")
    if options:
        names = record.choices or (record.value,)
        return ", ".join(options.get(name) or name for name in names)
    return record.value


def resolve(
    database: Database,
    form_id: str,
    sheet_number: str,
    decisions: Mapping[str, AnswerRecord],
    resolved_by: str,
) -> Resolved:
    with database.session() as session:
        changed = store.resolve_sheet(session, form_id, sheet_number, decisions, resolved_by)
    return Resolved(changed, Changes(frozenset({form_id}), interviews_changed=True))


def count_unchecked(database: Database, form_id: str, counted: bool) -> Resolved:
    with database.session() as session:
        store.count_unchecked_sheets(session, counted)
    return Resolved(0, Changes(interviews_changed=True))
