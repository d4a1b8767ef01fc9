"""The audit trail: what was done to the project, by whom and when.

Every interview finished, corrected, deleted, restored or purged, every import, export,
questionnaire change, passphrase change and restored backup adds one row, in the same
transaction as the change itself. Rows are never updated or deleted (the database refuses it),
and each row's hash covers the previous row's hash, so a row edited or removed behind
DuoDesk's back breaks the chain from that point on. :func:`verify` walks the chain.

Only names, counts and file names go in: never an answer and never a participant code.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from duodesk.core.roles import SignedIn
from duodesk.storage.access import require_action, set_person, signed_in
from duodesk.storage.models import AuditRecord

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEvent:
    sequence: int
    at: str
    actor: str
    action: str
    subject: str
    details: dict


@dataclass(frozen=True)
class ChainCheck:
    records: int
    first_break: int | None  # the sequence number where the chain stops holding
    reason: str
    head: str  # the newest record's hash: written down, it shows later whether rows were cut

    @property
    def intact(self) -> bool:
        return self.first_break is None


def set_signed_in(person: SignedIn | None) -> None:
    """Name ``person`` as the actor of what this process does from now on, and the one whose
    role every change is checked against (None: nobody; see :mod:`duodesk.storage.access`)."""
    set_person(person)


def current_account() -> str:
    """The person signed in to DuoDesk, else the operating-system account running it (for
    actions nobody signed for)."""
    person = signed_in()
    if person is not None:
        return person.name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def _digest(
    sequence: int, at: str, actor: str, action: str, subject: str, details: str, previous: str
) -> str:
    payload = json.dumps(
        [sequence, at, actor, action, subject, details, previous],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record_event(
    session: Session,
    action: str,
    *,
    actor: str | None = None,
    subject: str = "",
    details: Mapping[str, object] | None = None,
) -> None:
    """Append one event to the trail, in the caller's transaction.

    Raises :class:`duodesk.storage.access.NotAllowed` (which rolls the caller's change back)
    when the person signed in may not take ``action``."""
    require_action(session, action)
    if session.get_bind().dialect.name == "postgresql":
        # one writer of the chain at a time on a shared server
        session.execute(text("SELECT pg_advisory_xact_lock(4242001)"))
    last = session.execute(
        select(AuditRecord.sequence, AuditRecord.hash).order_by(AuditRecord.sequence.desc())
    ).first()
    sequence, previous = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    actor = current_account() if actor is None else actor
    encoded = json.dumps(dict(details or {}), ensure_ascii=False, sort_keys=True, default=str)
    session.add(
        AuditRecord(
            sequence=sequence,
            at=at,
            actor=actor,
            action=action,
            subject=subject,
            details=encoded,
            previous_hash=previous,
            hash=_digest(sequence, at, actor, action, subject, encoded, previous),
        )
    )
    session.flush()


def list_events(session: Session, *, newest: int | None = None) -> list[AuditEvent]:
    """The trail, oldest first (only the ``newest`` few when given)."""
    query = select(AuditRecord).order_by(AuditRecord.sequence.desc())
    if newest is not None:
        query = query.limit(newest)
    rows = list(session.scalars(query))
    return [
        AuditEvent(r.sequence, r.at, r.actor, r.action, r.subject, json.loads(r.details or "{}"))
        for r in reversed(rows)
    ]


def verify(session: Session) -> ChainCheck:
    """Walk the whole chain and say where, if anywhere, it was broken."""
    expected_previous, expected_sequence, count = GENESIS, 1, 0
    query = select(AuditRecord).order_by(AuditRecord.sequence).execution_options(yield_per=2000)
    for row in session.scalars(query):
        count += 1
        if row.sequence != expected_sequence:
            return ChainCheck(
                count, expected_sequence, f"record {expected_sequence} is missing", ""
            )
        if row.previous_hash != expected_previous:
            return ChainCheck(
                count, row.sequence, f"record {row.sequence} does not follow the one before", ""
            )
        recomputed = _digest(
            row.sequence, row.at, row.actor, row.action, row.subject, row.details, row.previous_hash
        )
        if recomputed != row.hash:
            return ChainCheck(
                count, row.sequence, f"record {row.sequence} was changed after it was written", ""
            )
        expected_previous, expected_sequence = row.hash, row.sequence + 1
    return ChainCheck(count, None, "", expected_previous)
