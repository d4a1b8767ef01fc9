"""The audit trail: what was done to the project, by whom and when.

Every interview finished, corrected, deleted, restored or purged, every import, export,
questionnaire change, passphrase change and restored backup adds one row, in the same
transaction as the change itself. Rows are never updated or deleted (the database refuses it),
and each row's hash covers the previous row's hash, so a row edited or removed behind
DuoDesk's back breaks the chain from that point on. :func:`verify` walks the chain.

The hash is keyed (HMAC-SHA256) with a random key that is never kept in the project, not even
an encrypted one: it is kept by the laptop, in its keyring or an owner-only file (as
participant-code keys are, :mod:`duodesk.storage.code_keys`). So someone with a copy of the
file and the passphrase can drop the database's triggers and change rows, but cannot write
hashes that check: rewriting the whole trail is found too, with no fingerprint written down.
The project lists which key wrote which records (a copy opened on another laptop goes on with
that laptop's key); records written with a key this laptop does not hold cannot be vouched for,
and the check says so. The laptop also remembers which key began the trail of the project at
each place, so a trail stripped of its keys and rewritten unkeyed is found as well.

The laptop remembers too the newest record it wrote at each place, so records cut off the end
(or the whole trail emptied and begun again) are found on the laptop that wrote them. That
memory is by place: a copy of the file under another name was never written at its place, so
the laptop has nothing to remember of it. The file itself tells, though: each key it lists
began writing at a record of its own, so a trail that lacks the record a listed key began at
was emptied, and a copy writes at its new place with a key of its own, so one emptied there
and begun again lists two keys that began at the same record. The check also reports the
append-only triggers dropped (:data:`APPEND_ONLY_TRIGGERS`), even when no record was touched.

What it cannot do: someone who can use the laptop's account (and so its keyring or key file)
can rewrite the trail; on another laptop, cutting the newest records off is found only by
comparing with the newest record's fingerprint noted earlier; records written before this
version keyed the trail (older projects) are checked by the plain hash chain only; a trail on
a shared server is not keyed (the server's own access rules protect it).

Only names, counts and file names go in: never an answer and never a participant code.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import hmac
import json
import secrets
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from duodesk.core.roles import Role, SignedIn
from duodesk.i18n import translate
from duodesk.storage import code_keys
from duodesk.storage.access import require_action, set_person, signed_in
from duodesk.storage.models import AuditRecord, ProjectSetting, QuestionnaireRecord

GENESIS = "0" * 64
KEYS_SETTING = "audit_keys"  # JSON [[first sequence, key name], ...]: never the keys
SERVICE = "DuoDesk audit trail"
FOLDER_NAME = "audit-keys"


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
    # The break is records written with a key this laptop does not hold: on another laptop,
    # or by someone rewriting the trail.
    elsewhere: bool = False
    # How many of the first records of a trail in a file carry no key: written by a DuoDesk
    # from before the trail was keyed, or by someone who rewrote the trail with plain hashes
    # (on a copy this laptop never held at that place). Their chain holds, but nobody can
    # vouch for them.
    unvouched: int = 0

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
    sequence: int,
    at: str,
    actor: str,
    action: str,
    subject: str,
    details: str,
    previous: str,
    key: bytes | None = None,
) -> str:
    """The record's hash: HMAC-SHA256 with ``key``, or (records written before the trail was
    keyed) plain SHA-256."""
    payload = json.dumps(
        [sequence, at, actor, action, subject, details, previous],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    if key is None:
        return hashlib.sha256(payload).hexdigest()
    return hmac.new(key, b"duodesk-audit-1\x1f" + payload, hashlib.sha256).hexdigest()


def _key_name(key: bytes) -> str:
    return hmac.new(key, b"duodesk-audit-key-id", hashlib.sha256).hexdigest()[:32]


_known: dict[str, bytes] = {}  # keys read from the keyring or file in this process


def _laptop_key(name: str) -> bytes | None:
    if name in _known:
        return _known[name]
    found = code_keys.get_secret(SERVICE, FOLDER_NAME, name)
    try:
        key = bytes.fromhex(found.strip()) if found else None
    except ValueError:
        return None
    if key is None or _key_name(key) != name:
        return None
    _known[name] = key
    return key


def _segments(session: Session) -> list[tuple[int, str]]:
    setting = session.get(ProjectSetting, KEYS_SETTING)
    if setting is None:
        return []
    try:
        return sorted((int(first), str(name)) for first, name in json.loads(setting.value))
    except (ValueError, TypeError):
        return [(0, "unreadable")]  # checked as a key nobody holds: the check says so


_place_override: str | None = None  # see writing_for


@contextlib.contextmanager
def writing_for(place: str | None) -> Iterator[None]:
    """Write records as the project at ``place`` (:func:`project_place` of its session): for
    the copy that is about to replace it, whose own path is a passing name."""
    global _place_override
    _place_override, before = place, _place_override
    try:
        yield
    finally:
        _place_override = before


def project_place(session: Session) -> str | None:
    return _project_place(session)


def _project_place(session: Session) -> str | None:
    """The name under which the laptop remembers the trail of the project file at this place
    (None for a server or an in-memory database)."""
    if _place_override is not None:
        return _place_override
    if session.get_bind().dialect.name != "sqlite":
        return None
    rows = session.execute(text("PRAGMA database_list")).all()
    path = next((row[2] for row in rows if row[1] == "main"), "")
    return place_of_file(path) if path else None


def place_of_file(path: str) -> str:
    """The name the laptop remembers the project file at ``path`` by (also for a file too
    damaged to open, see ``Database.restore``)."""
    return "project-" + hashlib.sha256(path.encode("utf-8")).hexdigest()[:32]


def _writing_key(session: Session, sequence: int) -> bytes | None:
    """The key this laptop writes the trail with: the project's newest, if this laptop holds
    it; else a new one (a copy on another laptop, or a trail not keyed yet), listed in the
    project from ``sequence`` on. None on a shared server."""
    place = _project_place(session)
    if place is None:
        return None
    segments = _segments(session)
    if segments and code_keys.get_secret(SERVICE, FOLDER_NAME, place):
        # Only where this laptop began or took over the trail: a copy at a new place (or a
        # moved file) goes on with a key of its own, so the list of keys tells afterwards
        # that its trail had records before the copy wrote any (see verify).
        key = _laptop_key(segments[-1][1])
        if key is not None:
            return key
    key = secrets.token_bytes(32)
    name = _key_name(key)
    code_keys.put_secret(SERVICE, FOLDER_NAME, name, key.hex())
    setting = session.get(ProjectSetting, KEYS_SETTING)
    listed = json.dumps([*([f, n] for f, n in segments), [sequence, name]])
    if setting is None:
        session.add(ProjectSetting(key=KEYS_SETTING, value=listed))
    else:
        setting.value = listed
    if sequence == 1 or not code_keys.get_secret(SERVICE, FOLDER_NAME, place):
        # A new trail at this place: the laptop remembers which key began it, and where.
        code_keys.put_secret(SERVICE, FOLDER_NAME, place, f"{name}:{sequence}")
    _known[name] = key
    return key


def began_here(place: str | None) -> str:
    """Which key began the trail this laptop remembers at ``place`` ("name:first"), or ""."""
    return (code_keys.get_secret(SERVICE, FOLDER_NAME, place) or "") if place else ""


def remember_trail_here(session: Session, *, keep_newest: bool = False) -> None:
    """After a backup replaced the project: the trail at this place is now the backup's
    (``keep_newest``: but the newest record this laptop wrote here, lost with a damaged
    project, stays remembered)."""
    place = _project_place(session)
    if place is None:
        return
    segments = _segments(session)
    # A backup from before the trail was keyed has no keys: nothing to remember yet.
    began = f"{segments[0][1]}:{segments[0][0]}" if segments else ""
    code_keys.put_secret(SERVICE, FOLDER_NAME, place, began)
    if keep_newest:
        return
    newest = session.execute(
        select(AuditRecord.sequence, AuditRecord.hash).order_by(AuditRecord.sequence.desc())
    ).first()
    noted = f"{newest[0]}:{newest[1]}" if newest else ""
    code_keys.put_secret(SERVICE, FOLDER_NAME, place + NEWEST_SUFFIX, noted)


PEOPLE_SUFFIX = "-people"  # "1": the project at a place has listed its people


def remember_people_listed(session: Session) -> None:
    """Note that the project at this place lists its people: a restore over it, even once it
    is too damaged to read, refuses a copy that lists nobody (which gives anyone every
    right)."""
    place = _project_place(session)
    if place is not None and not people_listed_here(place):
        code_keys.put_secret(SERVICE, FOLDER_NAME, place + PEOPLE_SUFFIX, "1")


def forget_people_listed(session: Session) -> None:
    """Everyone was taken off the list: the project works as one person again."""
    place = _project_place(session)
    if place is not None and people_listed_here(place):
        code_keys.put_secret(SERVICE, FOLDER_NAME, place + PEOPLE_SUFFIX, "")


def people_listed_here(place: str | None) -> bool:
    return bool(place) and code_keys.get_secret(SERVICE, FOLDER_NAME, place + PEOPLE_SUFFIX) == "1"


NEWEST_SUFFIX = "-newest"  # the newest record this laptop wrote at a place: "number:hash"


def _newest_written(place: str) -> tuple[int, str]:
    """The newest record this laptop wrote at ``place``: its number and its hash ("" when
    an older version noted the number alone, or nothing was noted)."""
    noted = code_keys.get_secret(SERVICE, FOLDER_NAME, place + NEWEST_SUFFIX) or ""
    number, _, digest = noted.partition(":")
    try:
        return int(number or 0), digest
    except ValueError:
        return 0, ""


def forget_trail_here(session: Session) -> None:
    """A new project was made at this place (the last one deleted, or moved): what the laptop
    remembers of the old one's trail is not this one's, and would call it broken."""
    place = _project_place(session)
    if place is not None:
        code_keys.put_secret(SERVICE, FOLDER_NAME, place, "")
        code_keys.put_secret(SERVICE, FOLDER_NAME, place + NEWEST_SUFFIX, "")
        if people_listed_here(place):
            code_keys.put_secret(SERVICE, FOLDER_NAME, place + PEOPLE_SUFFIX, "")


def _remember_newest_once_kept(session: Session, sequence: int, digest: str) -> None:
    """Remember ``sequence`` (and its hash) as the newest record written at this place, once
    the caller's transaction has committed it (a change refused and rolled back wrote
    nothing). Not when the file no longer holds the newest record noted before: the trail was
    emptied or rewritten, and noting the new one would hide it once the new trail is as long
    as the old."""
    place = _project_place(session)
    if place is None:
        return
    noted, noted_hash = _newest_written(place)
    if noted and noted_hash:
        held = session.scalar(select(AuditRecord.hash).where(AuditRecord.sequence == noted))
        if held != noted_hash:
            return

    def kept(_session: Session) -> None:
        if sequence > _newest_written(place)[0]:
            code_keys.put_secret(
                SERVICE, FOLDER_NAME, place + NEWEST_SUFFIX, f"{sequence}:{digest}"
            )

    event.listen(session, "after_commit", kept, once=True)


def record_event(
    session: Session,
    action: str,
    *,
    actor: str | None = None,
    subject: str = "",
    details: Mapping[str, object] | None = None,
    permitted: bool = False,
) -> None:
    """Append one event to the trail, in the caller's transaction.

    Raises :class:`duodesk.storage.access.NotAllowed` (which rolls the caller's change back)
    when the person signed in may not take ``action`` (unless the caller checked that already,
    ``permitted``, against another file's list of people)."""
    if not permitted:
        require_action(session, action)
    if session.get_bind().dialect.name == "postgresql":
        # one writer of the chain at a time on a shared server
        session.execute(text("SELECT pg_advisory_xact_lock(4242001)"))
    last = session.execute(
        select(AuditRecord.sequence, AuditRecord.hash).order_by(AuditRecord.sequence.desc())
    ).first()
    sequence, previous = (last[0] + 1, last[1]) if last else (1, GENESIS)
    key = _writing_key(session, sequence)
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
            hash=(digest := _digest(sequence, at, actor, action, subject, encoded, previous, key)),
        )
    )
    session.flush()
    if _place_override is None:  # a copy about to replace the project: noted once it has
        _remember_newest_once_kept(session, sequence, digest)


RESTORED = "backup restored"
REPLACED_RECORDS = "replaced records"  # in a restore's details: the records it took away
REPLACED_NEWEST = "replaced newest"  # and the newest record of the trail it replaced
REPLACED_BEGAN = "replaced trail began"  # which key began the trail it replaced
REPLACED_DAMAGED = "replaced a damaged project"  # true: the trail it replaced was unreadable


def trail_rows(session: Session) -> list[list]:
    """Every record of the trail, oldest first, as [number, at, actor, action, subject,
    details, hash]."""
    query = select(
        AuditRecord.sequence,
        AuditRecord.at,
        AuditRecord.actor,
        AuditRecord.action,
        AuditRecord.subject,
        AuditRecord.details,
        AuditRecord.hash,
    ).order_by(AuditRecord.sequence)
    return [list(row) for row in session.execute(query)]


def known_records(rows: list[list]) -> set[tuple[int, str]]:
    """(number, hash) of each record of a trail and of each record its restores took away:
    every record a backup of the project can hold."""
    known = {(row[0], row[-1]) for row in rows}
    for row in rows:
        if row[3] == RESTORED:
            carried = json.loads(row[5] or "{}").get(REPLACED_RECORDS, [])
            known.update((int(r[0]), str(r[-1])) for r in carried if isinstance(r, list) and r)
    return known


def record_restore(
    session: Session,
    file_name: str,
    replaced: list[list] | None,
    place: str | None,
    actor: str | None = None,
) -> None:
    """In the copy about to replace the project (``session``), before it does: say that it
    was restored from ``file_name``, and carry the records of the replaced trail (``replaced``,
    None when the project could not be read) that the copy does not hold, so that a restore
    takes nothing out of the trail's history.

    The caller checked that the copy's trail is an earlier state of the project's."""
    rows = trail_rows(session)
    last = rows[-1][0] if rows else 0
    details: dict[str, object] = {"file": file_name}
    if place is not None and began_here(place):
        # what the laptop remembers of the trail it replaces: stopped before it remembers the
        # restored one, the check knows its memory for the replaced trail's (see verify)
        details[REPLACED_BEGAN] = began_here(place)
    if replaced is None and place is not None:
        # Over a project too damaged to read: what this laptop wrote after the copy is lost,
        # as far as it noted (see verify).
        details[REPLACED_DAMAGED] = True
        noted, noted_hash = _newest_written(place)
        if noted > last and noted_hash:
            details[REPLACED_NEWEST] = [noted, noted_hash]
    if replaced is not None:
        details[REPLACED_RECORDS] = [row for row in replaced if row[0] > last]
        if replaced:
            details[REPLACED_NEWEST] = [replaced[-1][0], replaced[-1][-1]]
    with writing_for(place):
        record_event(session, RESTORED, actor=actor, details=details, permitted=True)


def carried_events(event: AuditEvent) -> list[AuditEvent]:
    """The records of the replaced trail that a restore's record carries."""
    carried = event.details.get(REPLACED_RECORDS) if event.action == RESTORED else None
    found = []
    for row in carried if isinstance(carried, list) else []:
        try:
            number, at, actor, action, subject, details, _hash = row
            found.append(AuditEvent(int(number), at, actor, action, subject, json.loads(details)))
        except (TypeError, ValueError):
            continue  # written by hand: the check of the trail says what it thinks of it
    return found


def readable_details(event: AuditEvent) -> str:
    """The details of ``event`` as a person reads them (long lists left out, and a restore's
    carried records said in a few words)."""
    parts = []
    for key, value in event.details.items():
        if key in ("interviews", REPLACED_NEWEST, REPLACED_BEGAN):  # identifiers
            continue
        if key == REPLACED_DAMAGED:
            parts.append(translate("Audit", "over a project too damaged to read"))
            continue
        if key == REPLACED_RECORDS:
            carried = carried_events(event)
            if carried:
                parts.append(
                    translate(
                        "Audit", "records {first} to {last} of the trail it replaced, kept here"
                    ).format(first=carried[0].sequence, last=carried[-1].sequence)
                )
            continue
        parts.append(f"{key}: {value}")
    return "; ".join(parts)


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
    """Walk the whole chain and say where, if anywhere, it was broken, or from where it cannot
    be vouched for (records written with a key this laptop does not hold)."""
    segments = _segments(session)
    keys = {name: _laptop_key(name) for _, name in segments}
    place = _project_place(session)
    began = (code_keys.get_secret(SERVICE, FOLDER_NAME, place) or None) if place else None
    if (
        began is not None
        and began not in {f"{name}:{first}" for first, name in segments}
        and began not in _replaced_beginnings(session)
    ):
        return ChainCheck(
            0,
            1,
            translate(
                "Audit",
                "the trail in the file is not the one this laptop wrote for this project (its "
                "keys were removed or replaced, so it was rewritten or swapped)",
            ),
            "",
        )
    emptied = _listed_but_missing(segments)
    if emptied is not None:
        return emptied
    expected_previous, expected_sequence, count, unvouched = GENESIS, 1, 0, 0
    noted, noted_hash = _newest_written(place) if place else (0, "")
    for restored_at, newest, damaged in _restored_over(session):
        if not noted or newest != [noted, noted_hash]:
            continue
        if damaged:  # records this laptop wrote went with the damaged project
            return ChainCheck(
                0,
                restored_at,
                translate(
                    "Audit",
                    "records {first} to {newest}, which this laptop wrote, were lost: a "
                    "damaged project was replaced by an older copy at record {restored}",
                ).format(first=restored_at, newest=noted, restored=restored_at),
                "",
            )
        # A restore replaced the trail this laptop noted, and the program stopped before it
        # noted the restored one: the restore's record names the trail it replaced.
        noted, noted_hash = 0, ""
    query = select(AuditRecord).order_by(AuditRecord.sequence).execution_options(yield_per=2000)
    for row in session.scalars(query):
        count += 1
        if row.sequence != expected_sequence:
            return ChainCheck(
                count,
                expected_sequence,
                translate("Audit", "record {number} is missing").format(number=expected_sequence),
                "",
            )
        if row.previous_hash != expected_previous:
            return ChainCheck(
                count,
                row.sequence,
                translate("Audit", "record {number} does not follow the one before").format(
                    number=row.sequence
                ),
                "",
            )
        writer = next((name for first, name in reversed(segments) if first <= row.sequence), None)
        key = keys.get(writer) if writer is not None else None
        if writer is None and place is not None:
            unvouched += 1
        if writer is not None and key is None:
            return ChainCheck(
                count,
                row.sequence,
                translate(
                    "Audit",
                    "records from {number} on were written with a key this laptop does not "
                    "hold (on another laptop, or by someone rewriting the trail), so they "
                    "cannot be vouched for here",
                ).format(number=row.sequence),
                "",
                elsewhere=True,
            )
        recomputed = _digest(
            row.sequence,
            row.at,
            row.actor,
            row.action,
            row.subject,
            row.details,
            row.previous_hash,
            key,
        )
        if not hmac.compare_digest(recomputed, row.hash):
            return ChainCheck(
                count,
                row.sequence,
                translate("Audit", "record {number} was changed after it was written").format(
                    number=row.sequence
                ),
                "",
            )
        if row.sequence == noted and noted_hash and row.hash != noted_hash:
            return ChainCheck(
                count,
                row.sequence,
                translate(
                    "Audit",
                    "record {number} is not the one this laptop wrote there: the trail was "
                    "emptied or rewritten and begun again",
                ).format(number=row.sequence),
                "",
            )
        expected_previous, expected_sequence = row.hash, row.sequence + 1
    newest = noted
    if newest >= expected_sequence:
        return ChainCheck(
            count,
            expected_sequence,
            translate(
                "Audit",
                "records from {number} on are missing: this laptop wrote the trail up to "
                "record {newest} (they were cut off, or the trail was emptied and begun again)",
            ).format(number=expected_sequence, newest=newest),
            "",
        )
    if segments and segments[-1][0] >= expected_sequence:
        # The project lists a key that began writing at a record the file no longer holds:
        # records were there and were deleted, on any laptop, with no memory needed.
        return _missing_from(count, expected_sequence)
    changed_by_hand = _people_not_as_recorded(session)
    if changed_by_hand is not None:
        return ChainCheck(count, expected_sequence, changed_by_hand, "")
    unrecorded = _questionnaires_never_recorded(session) if place is not None else []
    if unrecorded:
        return ChainCheck(
            count,
            expected_sequence,
            translate(
                "Audit",
                "“{title}” is in the project, but the trail has no record of it being added: "
                "records were removed, or the trail was emptied and begun again",
            ).format(title=unrecorded[0]),
            "",
        )
    removed = missing_guards(session)
    if removed:
        return ChainCheck(
            count,
            expected_sequence,
            translate(
                "Audit",
                "the guard that stops records being changed or deleted was removed from the "
                "project ({names}), so records may have been changed or deleted by hand",
            ).format(names=", ".join(removed)),
            "",
        )
    return ChainCheck(count, None, "", expected_previous, unvouched=unvouched)


def _replaced_beginnings(session: Session) -> set[str]:
    """What the laptop remembered of each trail a restore replaced: a restore stopped before
    the laptop remembered the restored trail leaves that memory, which is then no alarm."""
    restores = select(AuditRecord.details).where(AuditRecord.action == RESTORED)
    found = set()
    for details in session.scalars(restores):
        began = json.loads(details or "{}").get(REPLACED_BEGAN)
        if isinstance(began, str):
            found.add(began)
    return found


def _restored_over(session: Session) -> list[tuple[int, list, bool]]:
    """For each restore: its record's number, the newest record of the trail it replaced (as
    its record says), and whether that trail was a damaged project's."""
    found = []
    restores = select(AuditRecord.sequence, AuditRecord.details).where(
        AuditRecord.action == RESTORED
    )
    for sequence, details in session.execute(restores):
        said = json.loads(details or "{}")
        newest = said.get(REPLACED_NEWEST)
        if isinstance(newest, list):
            found.append((sequence, newest, bool(said.get(REPLACED_DAMAGED))))
    return found


def _people_not_as_recorded(session: Session) -> str | None:
    """Why the list of people is not the one the trail's records make ("person added", "role
    changed", "person removed", in order), or None when it is: the list is changed only with
    such a record, so a difference is an edit by hand (someone with the passphrase and a
    SQLite tool making themselves a coordinator)."""
    from duodesk.storage.models import PersonRecord

    def key(name: str) -> str:
        return " ".join(name.split()).lower()

    recorded: dict[str, tuple[str, str]] = {}
    changes = (
        select(AuditRecord.action, AuditRecord.subject, AuditRecord.details)
        .where(AuditRecord.action.in_(("person added", "role changed", "person removed")))
        .order_by(AuditRecord.sequence)
    )
    for action, subject, details in session.execute(changes):
        if action == "person removed":
            recorded.pop(key(subject), None)
        else:
            role = json.loads(details or "{}").get("role")
            recorded[key(subject)] = (subject, str(role))
    listed = {
        key(name): (name, role)
        for name, role in session.execute(
            select(PersonRecord.name, PersonRecord.role).where(PersonRecord.active.is_(True))
        )
    }
    for name in sorted(set(listed) | set(recorded)):
        now, then = listed.get(name), recorded.get(name)
        if now is not None and then is not None and now[1] == then[1]:
            continue
        shown = (now or then)[0]

        def said(entry: tuple[str, str] | None) -> str:
            if entry is None:
                return translate("Audit", "not listed")
            try:
                return Role(entry[1]).label.lower()
            except ValueError:
                return entry[1]

        return translate(
            "Audit",
            "the list of people is not the one the trail recorded: {name} is {now} in the list "
            "and {then} in the trail (changed by hand)",
        ).format(name=shown, now=said(now), then=said(then))
    return None


def _questionnaires_never_recorded(session: Session) -> list[str]:
    """The titles of the questionnaires in a project file that no record of the trail names.

    Each was saved ("questionnaire saved") or brought by a team's file or the shared server
    ("questionnaire received") in the same transaction as its record, so one without any tells
    of a trail emptied and begun again, which the keys and this laptop's memory cannot see in
    a copy rewritten whole at a new place. A trail that read a team's file before files were
    recorded this way ("transfer file read") vouches for them all."""
    named = select(AuditRecord.subject).where(
        AuditRecord.action.in_(("questionnaire saved", "questionnaire received"))
    )
    if session.scalar(
        select(AuditRecord.sequence).where(AuditRecord.action == "transfer file read").limit(1)
    ):
        return []
    return list(
        session.scalars(
            select(QuestionnaireRecord.title)
            .where(QuestionnaireRecord.form_id.not_in(named))
            .order_by(QuestionnaireRecord.id)
        )
    )


def _listed_but_missing(segments: list[tuple[int, str]]) -> ChainCheck | None:
    """Each key listed in the project began writing at a record of its own, in the same
    transaction as that record: two keys that began at the same record mean the records
    written with the first were deleted (a copy emptied and begun again)."""
    for (first, _), (after, _) in pairwise(segments):
        if after <= first:
            return _missing_from(0, first)
    return None


def _missing_from(count: int, number: int) -> ChainCheck:
    return ChainCheck(
        count,
        number,
        translate(
            "Audit",
            "records from {number} on are missing: the project lists a key that wrote them "
            "(they were deleted, or the trail was emptied and begun again)",
        ).format(number=number),
        "",
    )


# The triggers the migrations (0005, and new_project.sql) put on the trail in a SQLite file.
APPEND_ONLY_TRIGGERS = ("audit_log_no_delete", "audit_log_no_update")


def missing_guards(session: Session) -> list[str]:
    """The append-only triggers of a SQLite project that are no longer there."""
    if session.get_bind().dialect.name != "sqlite":
        return []
    present = set(
        session.scalars(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")
        )
    )
    return [name for name in APPEND_ONLY_TRIGGERS if name not in present]
