"""A project as one laptop of a team: its laptop id, and the team's participant-code key.

Every project gets a random laptop id the first time it needs one; interviews, corrections and
deletions made on it carry that id when they travel to other laptops, so that merges can break
ties and duplicates "across sites" can be told from those found on one laptop.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from duodesk.core.participant_code import key_id
from duodesk.i18n import translate
from duodesk.storage.models import Interview, ParticipantCodeDigest, ProjectSetting
from duodesk.storage.participant_codes import KEY_SETTING, find_key, keep_key

LAPTOP_SETTING = "laptop_id"


class TeamKeyConflict(Exception):
    """The project's interviews are keyed with another team's participant-code key."""


def laptop_id(session: Session) -> str:
    """This project's laptop id (32 hex digits), made and stored on first use."""
    setting = session.get(ProjectSetting, LAPTOP_SETTING)
    if setting is None:
        setting = ProjectSetting(key=LAPTOP_SETTING, value=uuid.uuid4().hex)
        session.add(setting)
        session.flush()
    return setting.value


def current_key(session: Session) -> bytes | None:
    """The project's participant-code key, if it has one and this laptop holds it."""
    setting = session.get(ProjectSetting, KEY_SETTING)
    return find_key(session, setting.value) if setting is not None else None


def join_team_key(session: Session, key: bytes, source: str) -> bool:
    """Take the team's participant-code ``key`` (from the transfer file ``source``).

    True if the project's key changed. The laptop keeps the key (outside the project: see
    :mod:`duodesk.storage.code_keys`); a project that has no participant codes yet simply
    takes the team's key; one whose interviews already have codes made with another key is
    refused with :class:`TeamKeyConflict`, because the codes themselves were never stored and
    cannot be made again with the new key.
    """
    setting = session.get(ProjectSetting, KEY_SETTING)
    name = key_id(key)
    if setting is not None and setting.value == name:
        keep_key(session, key)  # a project copied here by hand finds its key again
        return False
    has_codes = session.scalar(select(ParticipantCodeDigest.interview_id).limit(1)) is not None
    if setting is not None and has_codes:
        raise TeamKeyConflict(
            translate(
                "Storage",
                "{source} belongs to a team whose participant codes are made with "
                "another key, and this project already has interviews with participant "
                "codes made with its own key, so people interviewed twice could not be "
                "found. Nothing was changed. The order of steps for a team is: the "
                "coordinator creates the questionnaire and sends a transfer file; each "
                "laptop reads that file first, in a new project, and only then enters or "
                "imports interviews.",
            ).format(source=source)
        )
    keep_key(session, key)
    if setting is None:
        session.add(ProjectSetting(key=KEY_SETTING, value=name))
    else:
        setting.value = name
    session.flush()
    return True


def has_interviews(session: Session) -> bool:
    return session.scalar(select(Interview.id).limit(1)) is not None


def naive_utc(moment: datetime | None) -> datetime | None:
    """``moment`` as a UTC time without time zone, the way the tables store it."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def stamp(moment: datetime | None) -> str | None:
    """A time as fixed-width ISO text, so that texts sort as the times do."""
    moment = naive_utc(moment)
    return None if moment is None else moment.isoformat(timespec="microseconds")


def from_stamp(text: str | None) -> datetime | None:
    return None if text is None else naive_utc(datetime.fromisoformat(text))
