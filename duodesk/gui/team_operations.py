"""What the team screens ask of the project: send a transfer file, read one, review duplicates.

Plain functions, no Qt: each runs on the project worker, opens its own sessions, and returns a
frozen result with the :class:`~duodesk.storage.changes.Changes` it made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from duodesk.storage.changes import NOTHING, Changes
from duodesk.storage.cross_site import (
    CrossSiteDuplicate,
    list_cross_site_duplicates,
    review_duplicate,
)
from duodesk.storage.database import Database
from duodesk.storage.merge import MergeReport
from duodesk.storage.transfer import ExportReport, export_transfer, import_transfer


@dataclass(frozen=True)
class Sent:
    report: ExportReport
    changes: Changes = NOTHING  # a laptop id or a key may be made, nothing a screen shows


@dataclass(frozen=True)
class Read:
    report: MergeReport
    changes: Changes


def send_to_team(
    database: Database,
    path: Path,
    passphrase: str,
    *,
    form_id: str | None = None,
    interviews: bool = True,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Sent:
    report = export_transfer(
        database,
        path,
        passphrase,
        form_id=form_id,
        interviews=interviews,
        progress=progress,
        cancelled=cancelled,
    )
    return Sent(report)


def add_transfer_file(
    database: Database,
    path: Path,
    passphrase: str,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Read:
    report = import_transfer(database, path, passphrase, progress=progress, cancelled=cancelled)
    changes = Changes(
        form_ids=frozenset(report.questionnaires),
        questionnaires=report.new_versions > 0,
        interviews_added=report.new > 0,
        interviews_changed=report.updated > 0,
        interviews_deleted=report.updated > 0,  # a deletion may have come, or been undone
        settings=report.key_joined,
    )
    return Read(report, changes)


@dataclass(frozen=True)
class Decided:
    changes: Changes


def load_duplicates(database: Database, form_id: str) -> tuple[CrossSiteDuplicate, ...]:
    with database.session() as session:  # may make this laptop's id on first use
        return tuple(list_cross_site_duplicates(session, form_id))


def decide_duplicate(
    database: Database, pair: CrossSiteDuplicate, decision: str, decided_by: str = ""
) -> Decided:
    with database.session() as session:
        review_duplicate(session, pair.first.uuid, pair.second.uuid, decision, decided_by)
    return Decided(Changes(settings=True))
