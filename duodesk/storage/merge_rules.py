"""The merge rules, as functions of the whole set of corrections and events an interview has
(whatever order they arrived in): whether it is deleted, whether it had a conflict, which value
a correction gives, and reading corrections and events from transfer records."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from duodesk.core.questionnaire import Questionnaire, split_key
from duodesk.core.records import AnswerRecord, AnswerStatus, record_for, with_instance
from duodesk.core.values import from_text
from duodesk.storage.models import Interview
from duodesk.storage.team import from_stamp
from duodesk.storage.transfer import CorrectionEntry, EventEntry, synthetic_uuid


def deleted_at(events: list[EventEntry], corrections: list[CorrectionEntry]) -> datetime | None:
    """When the interview counts as deleted (None: it does not): its latest deletion, if that
    is later than every correction and restoration."""
    deletions = [e.at for e in events if e.kind == "deleted"]
    if not deletions:
        return None
    latest = max(deletions)
    alive = [e.at for e in events if e.kind == "restored"] + [c.at for c in corrections]
    if alive and max(alive) >= latest:
        return None
    return from_stamp(latest)


def had_conflict(events: list[EventEntry], corrections: list[CorrectionEntry]) -> bool:
    """True when two laptops changed one answer from the same value to different values, or one
    laptop corrected the interview and another deleted it (before or after: whichever wins,
    what the other laptop did is undone, so someone should look)."""
    starts: dict[tuple[str, int | None, str | None], set[tuple[str, int, str | None]]] = {}
    laptops: dict[tuple[str, int | None, str | None], set[str]] = {}
    for c in corrections:
        start = (c.question, c.old_status, c.old_value)
        starts.setdefault(start, set()).add((c.laptop, c.new_status, c.new_value))
        laptops.setdefault(start, set()).add(c.laptop)
    for start, outcomes in starts.items():
        if len(laptops[start]) > 1 and len({(s, v) for _, s, v in outcomes}) > 1:
            return True
    return any(c.laptop != e.laptop for e in events if e.kind == "deleted" for c in corrections)


def is_synthetic(event: EventEntry, row: Interview) -> bool:
    made = synthetic_uuid(row.uuid, "deleted", event.at)
    return event.kind == "deleted" and event.uuid == str(made)


def record_of(questionnaire: Questionnaire, correction: CorrectionEntry) -> AnswerRecord:
    status = AnswerStatus(correction.new_status)
    name, instance = split_key(correction.question)  # "dose[2]": in a repeat instance
    if status is not AnswerStatus.ANSWERED:
        return AnswerRecord(name, status, instance=instance)
    if any(repeat.name == name for repeat in questionnaire.repeats()):
        number = int(float(correction.new_value or 0))
        return AnswerRecord(name, status, str(number), float(number), instance=instance)
    question = questionnaire.question(name)
    record = record_for(question, True, from_text(question, correction.new_value or ""))
    return with_instance(record, instance) if instance else record


def correction_entry(item: list[Any]) -> CorrectionEntry:
    identity, question, old_s, old_v, new_s, new_v, by, at, laptop = item
    return CorrectionEntry(
        str(uuid.UUID(identity)),
        str(question),
        None if old_s is None else int(old_s),
        old_v,
        int(new_s),
        new_v,
        str(by),
        str(at),
        str(laptop),
    )


def event_entry(item: list[Any]) -> EventEntry:
    identity, kind, at, laptop = item
    if kind not in ("deleted", "restored"):
        raise ValueError(kind)
    return EventEntry(str(uuid.UUID(identity)), kind, str(at), str(laptop))
