"""What the paper datasheets screen asks of the project (plain functions, no Qt; each runs
on the project worker with its own session and returns frozen values)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from duodesk.core.records import AnswerRecord
from duodesk.storage import double_entry as store
from duodesk.storage.changes import Changes
from duodesk.storage.database import Database
from duodesk.storage.models import ProjectSetting


@dataclass(frozen=True)
class PaperSheets:
    sheets: tuple[store.SheetState, ...]
    agreement: store.EntryAgreement
    count_unchecked: bool


@dataclass(frozen=True)
class Resolved:
    changed: int
    changes: Changes


def load_sheets(database: Database, form_id: str) -> PaperSheets:
    with database.read_session() as session:
        setting = session.get(ProjectSetting, store.COUNT_UNCHECKED)
        return PaperSheets(
            store.list_sheets(session, form_id),
            store.agreement_report(session, form_id),
            setting is not None and setting.value == "yes",
        )


def load_differences(
    database: Database, form_id: str, sheet_number: str
) -> tuple[store.Difference, ...]:
    with database.read_session() as session:
        return store.compare_sheet(session, form_id, sheet_number)


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
