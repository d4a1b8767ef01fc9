"""What the security screens ask of the project (plain functions, run on the worker)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from duodesk.core.xlsform import read_xlsform
from duodesk.resources import example_forms
from duodesk.storage.database import Database
from duodesk.storage.models import Interview, ProjectSetting, QuestionnaireRecord

PASSPHRASE_LATER = "passphrase_later"  # the coordinator chose "Not now"


@functools.cache
def example_form_ids() -> frozenset[str]:
    return frozenset(read_xlsform(path).form_id for path in example_forms())


@dataclass(frozen=True)
class ProtectionState:
    encrypted: bool
    own_survey: bool  # the group has started its own survey (a form of its own, or interviews)
    asked_before: bool  # "Not now" was chosen once already
    # Interviews are stored already (the offer also comes with the first questionnaire of the
    # group's own, before any: then it must not say the project holds interviews).
    interviews: bool = False

    @property
    def ask_now(self) -> bool:
        return self.own_survey and not self.encrypted and not self.asked_before

    @property
    def warn(self) -> bool:
        return self.own_survey and not self.encrypted


def protection_state(database: Database) -> ProtectionState:
    """Whether to offer a passphrase: once the group has a questionnaire of its own or has
    entered an interview (with any questionnaire). Removing the examples is not a survey."""
    with database.read_session() as session:
        forms = set(session.scalars(select(QuestionnaireRecord.form_id)))
        interviews = session.scalar(select(Interview.id).limit(1)) is not None
        later = session.get(ProjectSetting, PASSPHRASE_LATER)
    own = bool(forms - example_form_ids()) or interviews
    if not database.is_sqlite:  # a shared server is protected by the server, not a passphrase
        own = False
    return ProtectionState(database.is_encrypted, own, later is not None, interviews)


def passphrase_later(database: Database) -> None:
    with database.session() as session:
        session.merge(ProjectSetting(key=PASSPHRASE_LATER, value="yes"))


def change_passphrase(database: Database, passphrase: str | None) -> list[Path]:
    """Re-key the project and its backups; the backups that could not be re-keyed."""
    return database.change_passphrase(passphrase)


def restore_backup(database: Database, backup: Path) -> Path | None:
    return database.restore(backup)
