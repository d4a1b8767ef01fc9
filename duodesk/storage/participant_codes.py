"""Participant codes in the project: the key, the digests, and who may be the same person.

See :mod:`duodesk.core.participant_code`. The key is made at random the first time a project
needs one and kept on the laptop (:mod:`duodesk.storage.code_keys`); the project keeps its
name in ``project_settings``, and one digest per interview. The key is never kept in the project,
encrypted or not: a copy of the project file and its passphrase (which the whole team knows)
must not be enough to guess codes. Projects that an earlier version sealed the key into move it
out when they open (:func:`settle_key`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from duodesk.core.participant_code import CodeDigests, key_id, new_key, stretch
from duodesk.storage import code_keys
from duodesk.storage.code_keys import CodeKeyMissing
from duodesk.storage.models import Interview, ParticipantCodeDigest, ProjectSetting
from duodesk.storage.questionnaires import version_by_id

KEY_SETTING = "participant_code_key_id"  # the key's name (the key itself: see keep_key)
OLD_KEY_SETTING = "participant_code_key"  # where projects made before kept the key itself
# The key itself, which an earlier version kept inside an encrypted project on a laptop without a
# keyring: read only to move it out (see settle_key).
SEALED_KEY_SETTING = "participant_code_key_sealed"
# Which digests a transfer file carries: 2 = stretched (a file without it carries HMAC-only
# digests, made by an older DuoDesk, which the merge stretches as it reads them). Only the
# whole code's digest (slot 0) is read from any file.
CODE_DIGESTS = 2

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PossibleDuplicate:
    """An earlier interview whose participant code matches (``exact``) or differs in one
    element by one slip (see :func:`duodesk.core.participant_code.near_values`)."""

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
        keep_key(session, made)  # before its name is stored: a name without its key is no use
        dialect = sqlite if session.get_bind().dialect.name == "sqlite" else postgresql
        session.execute(
            dialect.insert(ProjectSetting)
            .values(key=KEY_SETTING, value=key_id(made))
            .on_conflict_do_nothing(index_elements=[ProjectSetting.key])
        )
        name = session.scalar(select(ProjectSetting.value).where(ProjectSetting.key == KEY_SETTING))
    else:
        name = setting.value
    key = find_key(session, name)
    if key is None:
        raise CodeKeyMissing()
    return key


def keep_key(session: Session, key: bytes) -> str:
    """Keep ``key`` on this laptop, never in the project; return its name.

    In the keyring if there is one, else in an owner-only file
    (:func:`duodesk.storage.code_keys.remember_key`). Never inside the project, not even an
    encrypted one: the team's passphrase is known to every member, and a copy of the file
    with its passphrase would then hold both the key and the digests. (``session`` is the
    project's, kept so that callers need not know where keys go.)"""
    del session
    return code_keys.remember_key(key)


def find_key(session: Session, name: str) -> bytes | None:
    """The key called ``name``: from the keyring or the key file, else from inside a project
    that an earlier version sealed it into (until :func:`settle_key` moves it out)."""
    key = code_keys.recall_key(name)
    if key is not None:
        return key
    sealed = session.get(ProjectSetting, SEALED_KEY_SETTING)
    if sealed is None:
        return None
    try:
        key = bytes.fromhex(sealed.value)
    except ValueError:
        return None
    return key if key_id(key) == name else None


def key_unsettled(session: Session) -> bool:
    """Whether :func:`settle_key` has anything to do (read only)."""
    if session.scalar(
        select(ParticipantCodeDigest.slot).where(ParticipantCodeDigest.slot > 0).limit(1)
    ):
        return True
    return session.get(ProjectSetting, SEALED_KEY_SETTING) is not None


def settle_key(session: Session) -> None:
    """Move the key out of a project that an earlier version sealed it into (an encrypted
    project on a laptop without a keyring) to the keyring or the key file. Also removes the
    per-element digests that older versions stored (see
    :mod:`duodesk.core.participant_code`)."""
    if session.scalar(select(ParticipantCodeDigest.slot).where(ParticipantCodeDigest.slot > 0)):
        session.execute(delete(ParticipantCodeDigest).where(ParticipantCodeDigest.slot > 0))
        log.info("Removed the per-element participant-code digests of an older version")
    unseal_key(session)


def unseal_key(session: Session) -> None:
    """Take a key sealed by an earlier version out of the project (into the keyring or the key
    file); with ``secure_delete`` on, its bytes in the project are overwritten."""
    sealed = session.get(ProjectSetting, SEALED_KEY_SETTING)
    if sealed is None:
        return
    setting = session.get(ProjectSetting, KEY_SETTING)
    key = find_key(session, setting.value) if setting is not None else None
    if key is not None:
        code_keys.remember_key(key)
    session.delete(sealed)
    session.flush()
    log.info("Moved the participant-code key out of the project")


def keep_through_restore(session: Session) -> tuple[str, bytes] | None:
    """The project's key (name and key), read before a backup replaces the project: a backup
    made before the key was kept inside the project does not hold it."""
    setting = session.get(ProjectSetting, KEY_SETTING)
    if setting is None:
        return None
    key = find_key(session, setting.value)
    return None if key is None else (setting.value, key)


def keep_after_restore(session: Session, kept: tuple[str, bytes] | None) -> None:
    """Give the restored project back the key it names, if it lost it (see
    :func:`keep_through_restore`)."""
    setting = session.get(ProjectSetting, KEY_SETTING)
    if kept is None or setting is None or setting.value != kept[0]:
        return
    if find_key(session, kept[0]) is None:
        keep_key(session, kept[1])


def move_key_out(session: Session) -> bool:
    """Take the key out of a project made before keys were kept apart: keep it on this laptop,
    turn the stored digests into today's stretched ones, and delete it from the project (with
    ``secure_delete`` on, its bytes are overwritten). True if there was a key to move."""
    old = session.get(ProjectSetting, OLD_KEY_SETTING)
    if old is None:
        return False
    key = bytes.fromhex(old.value)
    name = keep_key(session, key)
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
    """Other interviews (not deleted) with the same code, or one element different by one
    slip (``digests.near``, made at entry time); exact matches first, then by date."""
    query = (
        select(
            Interview.id,
            Interview.interview_date,
            Interview.site,
            ParticipantCodeDigest.digest,
        )
        .join(Interview, Interview.id == ParticipantCodeDigest.interview_id)
        .where(
            ParticipantCodeDigest.slot == 0,
            ParticipantCodeDigest.digest.in_([digests.full, *digests.near]),
            Interview.deleted_at.is_(None),
        )
    )
    if interview_id is not None:
        query = query.where(Interview.id != interview_id)
    found: dict[int, PossibleDuplicate] = {}
    for other_id, when, site, digest in session.execute(query):
        exact = digest == digests.full or (found[other_id].exact if other_id in found else False)
        found[other_id] = PossibleDuplicate(other_id, when, site, exact)
    return sorted(found.values(), key=lambda d: (not d.exact, d.interview_date, d.interview_id))


def kept_code_parts(session: Session, interview_ids: Iterable[int]) -> dict[int, int]:
    """For each of the interviews whose participant code is kept, how many questions its
    parts are: they are answers the person gave, kept only as the code's digests (never as
    answer rows), so that a count of the answers given must add them."""
    ids = list(interview_ids)
    if not ids:
        return {}
    with_code = (
        select(ParticipantCodeDigest.interview_id)
        .where(ParticipantCodeDigest.interview_id.in_(ids))
        .distinct()
    )
    rows = session.execute(
        select(Interview.id, Interview.version_id).where(Interview.id.in_(with_code))
    ).all()
    parts: dict[int, int] = {}
    for version_id in {version_id for _, version_id in rows}:
        settings = version_by_id(session, version_id).questionnaire.settings
        parts[version_id] = len(settings.participant_code)
    return {interview_id: parts[version_id] for interview_id, version_id in rows}
