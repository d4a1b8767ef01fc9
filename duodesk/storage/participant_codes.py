"""Participant codes in the project: the key, the digests, and who may be the same person.

See :mod:`duodesk.core.participant_code`. The key is made at random the first time a project
needs one and kept in ``project_settings``; only digests are stored, per interview.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from duodesk.core.participant_code import CodeDigests, new_key
from duodesk.storage.models import Interview, ParticipantCodeDigest, ProjectSetting

KEY_SETTING = "participant_code_key"


@dataclass(frozen=True)
class PossibleDuplicate:
    """An earlier interview whose participant code matches (``exact``) or differs in one
    element."""

    interview_id: int
    interview_date: str
    site: str
    exact: bool


def project_key(session: Session) -> bytes:
    """The project's participant-code key, made (and stored) on first use.

    On a shared server another person may make the key at the same moment: the insert does
    nothing when a key is there by then (waiting for the other person's transaction), and the
    key kept is read back, so everyone uses the same one.
    """
    setting = session.get(ProjectSetting, KEY_SETTING)
    if setting is not None:
        return bytes.fromhex(setting.value)
    dialect = sqlite if session.get_bind().dialect.name == "sqlite" else postgresql
    session.execute(
        dialect.insert(ProjectSetting)
        .values(key=KEY_SETTING, value=new_key().hex())
        .on_conflict_do_nothing(index_elements=[ProjectSetting.key])
    )
    kept = session.scalar(select(ProjectSetting.value).where(ProjectSetting.key == KEY_SETTING))
    return bytes.fromhex(kept)


def store_code(session: Session, interview_id: int, digests: CodeDigests) -> None:
    """Replace the interview's participant code with ``digests``."""
    session.execute(
        delete(ParticipantCodeDigest).where(ParticipantCodeDigest.interview_id == interview_id)
    )
    session.add_all(
        ParticipantCodeDigest(interview_id=interview_id, slot=slot, digest=digest)
        for slot, digest in digests.slots()
    )
    session.flush()


def find_possible_duplicates(
    session: Session, interview_id: int | None, digests: CodeDigests
) -> list[PossibleDuplicate]:
    """Other interviews (not deleted) with the same code, or one element different; exact
    matches first, then by date."""
    wanted = or_(
        *(
            and_(ParticipantCodeDigest.slot == slot, ParticipantCodeDigest.digest == digest)
            for slot, digest in digests.slots()
        )
    )
    query = (
        select(
            Interview.id,
            Interview.interview_date,
            Interview.site,
            ParticipantCodeDigest.slot,
        )
        .join(Interview, Interview.id == ParticipantCodeDigest.interview_id)
        .where(wanted, Interview.deleted_at.is_(None))
    )
    if interview_id is not None:
        query = query.where(Interview.id != interview_id)
    found: dict[int, PossibleDuplicate] = {}
    for other_id, when, site, slot in session.execute(query):
        exact = slot == 0 or (found[other_id].exact if other_id in found else False)
        found[other_id] = PossibleDuplicate(other_id, when, site, exact)
    return sorted(found.values(), key=lambda d: (not d.exact, d.interview_date, d.interview_id))
