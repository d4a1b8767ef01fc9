"""Participant codes in the project: the key, the digests, and who may be the same person.

See :mod:`duodesk.core.participant_code`. The key is made at random the first time a project
needs one and kept on the laptop (:mod:`duodesk.storage.code_keys`); the project keeps only its
name in ``project_settings``, and the digests, per interview.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from duodesk.core.participant_code import CodeDigests, key_id, new_key, stretch
from duodesk.storage.code_keys import CodeKeyMissing, recall_key, remember_key
from duodesk.storage.models import Interview, ParticipantCodeDigest, ProjectSetting

KEY_SETTING = "participant_code_key_id"  # the key's name; the key itself is never stored here
OLD_KEY_SETTING = "participant_code_key"  # where projects made before kept the key itself
# Which digests a transfer file carries: 2 = stretched (a file without it carries HMAC-only
# digests, made by an older DuoDesk, which the merge stretches as it reads them).
CODE_DIGESTS = 2


@dataclass(frozen=True)
class PossibleDuplicate:
    """An earlier interview whose participant code matches (``exact``) or differs in one
    element."""

    interview_id: int
    interview_date: str
    site: str
    exact: bool


def project_key(session: Session) -> bytes:
    """The project's participant-code key, made on first use and kept on this laptop.

    On a shared server another person may make the key at the same moment: the insert does
    nothing when a key's name is there by then (waiting for the other person's transaction),
    and the name kept is read back, so everyone uses the same key. Raises
    :class:`~duodesk.storage.code_keys.CodeKeyMissing` when the project names a key this
    laptop does not have.
    """
    setting = session.get(ProjectSetting, KEY_SETTING)
    if setting is None:
        made = new_key()
        remember_key(made)  # before its name is stored: a name without its key helps nobody
        dialect = sqlite if session.get_bind().dialect.name == "sqlite" else postgresql
        session.execute(
            dialect.insert(ProjectSetting)
            .values(key=KEY_SETTING, value=key_id(made))
            .on_conflict_do_nothing(index_elements=[ProjectSetting.key])
        )
        name = session.scalar(select(ProjectSetting.value).where(ProjectSetting.key == KEY_SETTING))
    else:
        name = setting.value
    key = recall_key(name)
    if key is None:
        raise CodeKeyMissing()
    return key


def move_key_out(session: Session) -> bool:
    """Take the key out of a project made before keys were kept apart: keep it on this laptop,
    turn the stored digests into today's stretched ones, and delete it from the project (with
    ``secure_delete`` on, its bytes are overwritten). True if there was a key to move."""
    old = session.get(ProjectSetting, OLD_KEY_SETTING)
    if old is None:
        return False
    key = bytes.fromhex(old.value)
    name = remember_key(key)
    rows = session.execute(
        select(
            ParticipantCodeDigest.interview_id,
            ParticipantCodeDigest.slot,
            ParticipantCodeDigest.digest,
        )
    ).all()
    for interview_id, slot, digest in rows:
        session.execute(
            update(ParticipantCodeDigest)
            .where(
                ParticipantCodeDigest.interview_id == interview_id,
                ParticipantCodeDigest.slot == slot,
            )
            .values(digest=stretch(key, digest))
        )
    session.delete(old)
    if session.get(ProjectSetting, KEY_SETTING) is None:
        session.add(ProjectSetting(key=KEY_SETTING, value=name))
    session.flush()
    return True


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
