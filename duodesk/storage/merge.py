"""Merging another laptop's records (see :mod:`duodesk.storage.transfer`) into a project.

The rules make a merge safe to repeat and independent of order: the project that results from
reading a set of files is the same whatever order they come in and however often each is read.

- Interviews are matched by UUID. A new one is added as it is; one already here gains the
  corrections, deletions and restorations it did not have (each has its own UUID).
- An answer corrected on several laptops takes the value of the latest correction (by time,
  then laptop id); every correction stays in the record. When two laptops changed the same
  answer from the same value to different values, the interview is marked as having had a
  conflict.
- An interview is deleted when its latest deletion is later than every correction and
  restoration; a correction made after a deletion brings it back (and marks a conflict when it
  came from another laptop). Deletions are kept either way.
- A questionnaire version is matched by UUID, or by content; a new one joins the versions.
- Duplicate-review decisions: the later one wins.
- Themes are matched by UUID, or else by question and short name (the same theme made on two
  laptops); a new one is added. When two laptops gave the same theme different words, the
  words changed last win (then the last in alphabetical order, for the same moment).
- A theme merged into another (or removed) stays gone: its removal travels, and a laptop
  that still has it gives its answers the theme it was merged into (through any chain of
  merges) and removes it, whenever its own coding was made. The same theme removed twice
  keeps the later removal. When two laptops merged two themes into each other, the theme
  whose removal came first stays (its removal is undone), so every laptop keeps the same one.
- A coder's coding of a written answer: the later one wins (by time, then by content), and
  it replaces that coder's themes for the answer. A coding cleared on one laptop (to be
  coded again) is cleared everywhere unless a coding made later on another laptop wins (a
  clearing wins a tie). Coding of an interview not in the project is left out.

Everything happens in the caller's session: one transaction for a whole file.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from duodesk.core.participant_code import stretch
from duodesk.core.questionnaire import Questionnaire, split_key
from duodesk.core.records import AnswerStatus
from duodesk.core.serialize import questionnaire_from_json
from duodesk.core.transfer_file import TransferFileError
from duodesk.i18n import translate
from duodesk.storage.audit import record_event
from duodesk.storage.cross_site import count_unreviewed
from duodesk.storage.interviews import (
    insert_answer_tuples,
    insert_instance_tuples,
    write_answers,
)
from duodesk.storage.merge_rules import (
    correction_entry,
    deleted_at,
    event_entry,
    had_conflict,
    is_synthetic,
    record_of,
)
from duodesk.storage.models import (
    AnswerCorrection,
    CodingClearing,
    DuplicateReview,
    Interview,
    InterviewEvent,
    InterviewStatus,
    ParticipantCodeDigest,
    QuestionnaireRecord,
    QuestionnaireVersion,
    Theme,
    ThemeCode,
    ThemeCoding,
    ThemeRemoval,
)
from duodesk.storage.participant_codes import CODE_DIGESTS
from duodesk.storage.team import from_stamp, join_team_key, laptop_id, stamp
from duodesk.storage.themes import (
    mark_theme_edited,
    move_codes,
    theme_edited_at,
    theme_label_problem,
)
from duodesk.storage.transfer import (
    BATCH,
    CorrectionEntry,
    EventEntry,
    TransferCancelled,
    local_corrections,
    local_events,
)

Record = dict[str, Any]
REVIEW_DECISIONS = ("keep_both", "same_person", "not_same")
_STATUSES = {int(status) for status in AnswerStatus}


@dataclass(frozen=True)
class MergeReport:
    """What reading one transfer file (or one sync) did."""

    source: str
    new: int
    updated: int
    already_here: int
    duplicates: int  # possible duplicates across sites not yet reviewed, after the merge
    new_versions: int
    questionnaires: tuple[str, ...]
    key_joined: bool  # the project took the team's participant-code key

    def describe(self) -> str:
        line = translate(
            "Transfer", "{new} new interviews, {updated} updated, {already} already here"
        ).format(new=self.new, updated=self.updated, already=self.already_here)
        if self.duplicates:
            # Counted over the whole project, not only this file: all of them wait for someone.
            line += "; " + (
                translate(
                    "Transfer",
                    "{count} possible duplicates across sites are waiting to be looked at",
                ).format(count=self.duplicates)
                if self.duplicates > 1
                else translate(
                    "Transfer", "1 possible duplicate across sites is waiting to be looked at"
                )
            )
        new_versions = self.new_versions  # (lupdate reads only a plain name as the count)
        if new_versions == 1:
            line += "; " + translate("Transfer", "%n new questionnaire version", None, 1)
        elif new_versions:
            line += "; " + translate(
                "Transfer", "%n new questionnaire versions", None, new_versions
            )
        return line + "."


class _Merge:
    def __init__(self, session: Session, source: str) -> None:
        self.session = session
        self.source = source
        self.me = laptop_id(session)
        self.versions: dict[str, int] = {}  # version UUID in the file -> local version id
        self.forms: list[str] = []
        self.form_ids: set[int] = set()
        self.new = self.updated = self.already = self.new_versions = 0
        self.key_joined = False
        self.interviews_seen = 0
        # A theme UUID in the file -> the UUID of the same theme here (made on two laptops).
        self.themes: dict[str, uuid.UUID] = {}
        self.removals_pending = False  # removals or themes read, not yet applied to codes
        self.codings = 0  # codings added or replaced
        self.stretch_with: bytes | None = None  # the key, when the file's digests are HMAC-only

    # -- questionnaires ------------------------------------------------------------------------

    def version(self, record: Record) -> None:
        session = self.session
        form_id, identity = str(record["form_id"]), uuid.UUID(record["uuid"])
        if form_id not in self.forms:
            self.forms.append(form_id)
        local = session.scalar(
            select(QuestionnaireVersion).where(QuestionnaireVersion.uuid == identity)
        )
        if local is not None:
            self.form_ids.add(local.questionnaire_id)
            if local.fingerprint != record["fingerprint"] and (
                not self._used(local.id) or self._files_added(local, record)
            ):
                # Changed in place by its author before any interview used it, or given the
                # files (villages.csv) it was missing.
                questionnaire_from_json(record["definition"])  # refuse what cannot be read
                local.definition = record["definition"]
                local.fingerprint = record["fingerprint"]
                local.version_label = record["label"]
            self.versions[record["uuid"]] = local.id
            return
        form = session.scalar(
            select(QuestionnaireRecord).where(QuestionnaireRecord.form_id == form_id)
        )
        if form is None:
            form = QuestionnaireRecord(form_id=form_id, title=str(record["title"]))
            session.add(form)
            session.flush()
            # Every questionnaire in a project has a record of how it came: the check of the
            # trail (audit.verify) takes one with none as a sign that records were removed.
            record_event(
                session, "questionnaire received", subject=form_id, details={"from": self.source}
            )
        self.form_ids.add(form.id)
        same = session.scalar(
            select(QuestionnaireVersion.id).where(
                QuestionnaireVersion.questionnaire_id == form.id,
                QuestionnaireVersion.fingerprint == record["fingerprint"],
            )
        )
        if same is not None:  # the same questionnaire, read from its XLSForm on this laptop
            self.versions[record["uuid"]] = same
            return
        questionnaire_from_json(record["definition"])
        highest = session.scalar(
            select(func.max(QuestionnaireVersion.number)).where(
                QuestionnaireVersion.questionnaire_id == form.id
            )
        )
        version = QuestionnaireVersion(
            uuid=identity,
            questionnaire_id=form.id,
            number=(highest or 0) + 1,
            version_label=str(record["label"]),
            definition=record["definition"],
            fingerprint=str(record["fingerprint"]),
            created_at=from_stamp(record["created_at"]),
        )
        session.add(version)
        session.flush()
        self.versions[record["uuid"]] = version.id
        self.new_versions += 1

    @staticmethod
    def _files_added(local: QuestionnaireVersion, record: Record) -> bool:
        from duodesk.core.external_choices import only_files_added

        older = questionnaire_from_json(local.definition)
        return bool(older.missing_files) and only_files_added(
            older, questionnaire_from_json(record["definition"])
        )

    def _used(self, version_id: int) -> bool:
        found = select(Interview.id).where(Interview.version_id == version_id).limit(1)
        return self.session.scalar(found) is not None

    @functools.cache  # noqa: B019 (one merge object per merge)
    def questionnaire(self, version_id: int) -> Questionnaire:
        definition = self.session.scalar(
            select(QuestionnaireVersion.definition).where(QuestionnaireVersion.id == version_id)
        )
        return questionnaire_from_json(definition)

    # -- interviews ----------------------------------------------------------------------------

    def interviews(self, batch: list[Record]) -> None:
        session = self.session
        unique: dict[str, Record] = {}
        for record in batch:
            unique.setdefault(str(uuid.UUID(record["uuid"])), record)
        identities = [uuid.UUID(u) for u in unique]
        existing = {
            str(row.uuid): row
            for row in session.scalars(select(Interview).where(Interview.uuid.in_(identities)))
        }
        fresh = [r for u, r in unique.items() if u not in existing]
        if fresh:
            self._add(fresh)
        known = [(existing[u], r) for u, r in unique.items() if u in existing]
        if known:
            self._update(known)
        self.interviews_seen += len(batch)
        # Everything is written; forget the rows read, so that memory stays bounded.
        session.flush()
        session.expunge_all()

    def _add(self, records: list[Record]) -> None:
        session = self.session
        keys = [r["source_key"] for r in records if r.get("source_key")]
        taken = set(
            session.scalars(select(Interview.source_key).where(Interview.source_key.in_(keys)))
        )
        rows = []
        for record in records:
            corrections = [correction_entry(c) for c in record["corrections"]]
            events = [event_entry(e) for e in record["events"]]
            key = record.get("source_key")
            rows.append(
                {
                    "uuid": uuid.UUID(record["uuid"]),
                    "version_id": self._version_id(record),
                    "status": InterviewStatus.COMPLETE,
                    "site": str(record["site"]),
                    "interviewer": str(record["interviewer"]),
                    "interview_date": str(record["date"]),
                    "started_at": from_stamp(record["started"]),
                    "finished_at": from_stamp(record["finished"]),
                    "updated_at": from_stamp(record["finished"]),
                    "current_question": "",
                    "source_key": key if key and key not in taken else None,
                    "deleted_at": deleted_at(events, corrections),
                    "origin_laptop": str(record["origin"]),
                    "had_conflict": had_conflict(events, corrections),
                }
            )
        ids = session.scalars(
            insert(Interview).returning(Interview.id, sort_by_parameter_order=True), rows
        ).all()
        # The bulk of a merge: rows go to the driver as they come from the file.
        answers = [
            (interview_id, question, status, value, number)
            for interview_id, record in zip(ids, records, strict=True)
            for question, status, value, number, _ in record["answers"]
            if not question.endswith("]")
        ]
        choices = [
            (interview_id, question, choice)
            for interview_id, record in zip(ids, records, strict=True)
            for question, _, _, _, chosen in record["answers"]
            if not question.endswith("]")
            for choice in chosen
        ]
        # Answers in repeat instances travel under their answer key ("dose[2]").
        in_instances = [
            (interview_id, *split_key(key), status, value, number, chosen)
            for interview_id, record in zip(ids, records, strict=True)
            for key, status, value, number, chosen in record["answers"]
            if key.endswith("]")
        ]
        statuses = {row[2] for row in answers} | {row[3] for row in in_instances}
        if not statuses <= _STATUSES:
            raise ValueError(translate("Storage", "an answer status that does not exist"))
        insert_answer_tuples(session, answers, choices)
        insert_instance_tuples(
            session,
            [row[:6] for row in in_instances],
            [(*row[:3], choice) for row in in_instances for choice in row[6]],
        )
        stretched = (
            (lambda digest: stretch(self.stretch_with, digest))
            if self.stretch_with is not None
            else str
        )
        codes = [  # files from older versions also carry per-element digests: never kept
            {"interview_id": i, "slot": 0, "digest": stretched(str(digest))}
            for i, record in zip(ids, records, strict=True)
            for slot, digest in record["codes"]
            if int(slot) == 0
        ]
        if codes:
            session.execute(insert(ParticipantCodeDigest), codes)
        self._store_history(
            [
                (
                    i,
                    [correction_entry(c) for c in r["corrections"]],
                    [event_entry(e) for e in r["events"]],
                )
                for i, r in zip(ids, records, strict=True)
            ]
        )
        self.new += len(records)

    def _update(self, pairs: list[tuple[Interview, Record]]) -> None:
        session = self.session
        rows = [row for row, _ in pairs]
        ids = [row.id for row in rows]
        by_uuid = {row.id: str(row.uuid) for row in rows}
        here_corrections = local_corrections(session, ids, by_uuid, self.me)
        here_events = local_events(session, rows, self.me)
        additions = []
        for row, record in pairs:
            mine_c = here_corrections.get(row.id, [])
            mine_e = here_events.get(row.id, [])
            known_c = {c.uuid for c in mine_c}
            known_e = {e.uuid for e in mine_e}
            new_c = [
                c for c in map(correction_entry, record["corrections"]) if c.uuid not in known_c
            ]
            new_e = [e for e in map(event_entry, record["events"]) if e.uuid not in known_e]
            if not new_c and not new_e:
                self.already += 1
                continue
            # A deletion known here only from deleted_at is kept as an event from now on.
            unstored = [e for e in mine_e if is_synthetic(e, row)]
            all_c, all_e = mine_c + new_c, mine_e + new_e
            touched = {c.question for c in new_c}
            winners: dict[str, CorrectionEntry] = {}
            for entry in all_c:
                if entry.question in touched:
                    best = winners.get(entry.question)
                    if best is None or entry.order > best.order:
                        winners[entry.question] = entry
            questionnaire = self.questionnaire(row.version_id)
            write_answers(session, row.id, [record_of(questionnaire, c) for c in winners.values()])
            session.execute(
                update(Interview)
                .where(Interview.id == row.id)
                .values(
                    deleted_at=deleted_at(all_e, all_c),
                    had_conflict=had_conflict(all_e, all_c),
                    updated_at=from_stamp(max(c.at for c in all_c)) if all_c else row.updated_at,
                )
            )
            additions.append((row.id, new_c, new_e + unstored))
            self.updated += 1
        self._store_history(additions)

    def _store_history(
        self, items: list[tuple[int, list[CorrectionEntry], list[EventEntry]]]
    ) -> None:
        corrections = [
            {
                "interview_id": interview_id,
                "uuid": uuid.UUID(c.uuid),
                "question": split_key(c.question)[0],
                "instance": split_key(c.question)[1],
                "old_status": c.old_status,
                "old_value": c.old_value,
                "new_status": c.new_status,
                "new_value": c.new_value,
                "corrected_by": c.by,
                "corrected_at": from_stamp(c.at),
                "laptop_id": c.laptop,
            }
            for interview_id, entries, _ in items
            for c in entries
        ]
        events = [
            {
                "interview_id": interview_id,
                "uuid": uuid.UUID(e.uuid),
                "kind": e.kind,
                "happened_at": from_stamp(e.at),
                "laptop_id": e.laptop,
            }
            for interview_id, _, entries in items
            for e in entries
        ]
        if corrections:
            self.session.execute(insert(AnswerCorrection), corrections)
        if events:
            self.session.execute(insert(InterviewEvent), events)

    def _version_id(self, record: Record) -> int:
        try:
            return self.versions[record["version"]]
        except KeyError:
            raise TransferFileError(
                translate(
                    "Storage",
                    "{source} has an interview whose questionnaire is not in the file, so "
                    "nothing was read from it.",
                ).format(source=self.source)
            ) from None

    # -- themes and coding ---------------------------------------------------------------------

    def theme(self, record: Record) -> None:
        session = self.session
        identity = uuid.UUID(record["uuid"])
        form_id, question = str(record["form_id"]), str(record["question"])
        name, label = str(record["name"]), " ".join(str(record["label"]).split())
        description = str(record["description"])
        if not name or theme_label_problem(label):
            raise ValueError(label)
        self.removals_pending = True
        created = str(record["created_at"])
        gone = self._removal_of(identity, form_id, question, name, created)
        if gone is not None:
            self.themes[record["uuid"]] = gone
            if self._target(gone) != gone:
                return  # removed here: its answers get the theme it became
            identity = gone  # brought back (see _target): made again if it is not here
        local = session.scalar(select(Theme).where(Theme.uuid == identity))
        if local is None:
            local = session.scalar(
                select(Theme).where(
                    Theme.form_id == form_id, Theme.question == question, Theme.name == name
                )
            )
        if local is None:
            local = Theme(
                uuid=identity,
                form_id=form_id,
                question=question,
                name=name,
                label=label,
                description=description,
                position=int(record["position"]),
                created_at=from_stamp(created),
            )
            session.add(local)
            session.flush()
            mark_theme_edited(session, local, str(record["edited_at"]))
        else:
            edited = str(record["edited_at"])
            mine = (theme_edited_at(session, local), local.label, local.description)
            if (edited, label, description) > mine:
                local.label, local.description = label, description
                mark_theme_edited(session, local, edited)
        self.themes[record["uuid"]] = local.uuid

    def theme_removed(self, record: Record) -> None:
        """Note a theme's removal (the later one wins); it is applied to the themes and codes
        here once every theme of the file is read (:meth:`apply_removals`)."""
        session = self.session
        identity = uuid.UUID(record["uuid"])
        into = record["merged_into"]
        merged_into = None if into is None else uuid.UUID(into)
        at, laptop = str(record["at"]), str(record["laptop"])
        form_id, question, name = (
            str(record["form_id"]),
            str(record["question"]),
            str(record["name"]),
        )
        if not name or merged_into == identity:
            raise ValueError(name)
        self.removals_pending = True
        self.themes[record["uuid"]] = identity
        local = session.get(ThemeRemoval, identity)
        if local is not None:
            mine = (
                stamp(local.removed_at) or "",
                local.laptop_id or self.me,
                str(local.merged_into),
            )
            if (at, laptop, str(merged_into)) <= mine:
                return
        else:
            # The same theme made on two laptops (same short name, made before it was
            # removed) is removed with it.
            twin = session.scalar(
                select(Theme).where(
                    Theme.form_id == form_id,
                    Theme.question == question,
                    Theme.name == name,
                    Theme.uuid != identity,
                )
            )
            if (
                twin is not None
                and (stamp(twin.created_at) or "") <= at
                and session.get(ThemeRemoval, twin.uuid) is None
            ):
                session.add(
                    ThemeRemoval(
                        uuid=twin.uuid,
                        form_id=form_id,
                        question=question,
                        name=name,
                        merged_into=identity,
                        removed_at=from_stamp(at),
                        laptop_id=laptop,
                    )
                )
            local = ThemeRemoval(uuid=identity, form_id=form_id, question=question, name=name)
            session.add(local)
        local.merged_into, local.removed_at, local.laptop_id = merged_into, from_stamp(at), laptop
        session.flush()

    def _removal_of(
        self, identity: uuid.UUID, form_id: str, question: str, name: str, created: str
    ) -> uuid.UUID | None:
        """The UUID of the removed theme that a theme of the file is (its own UUID, or that of
        a theme with the same short name removed after it was made), or None."""
        if self.session.get(ThemeRemoval, identity) is not None:
            return identity
        return self.session.scalar(
            select(ThemeRemoval.uuid)
            .where(
                ThemeRemoval.form_id == form_id,
                ThemeRemoval.question == question,
                ThemeRemoval.name == name,
                ThemeRemoval.removed_at >= from_stamp(created),
            )
            .order_by(ThemeRemoval.removed_at.desc())
            .limit(1)
        )

    def _target(self, identity: uuid.UUID) -> uuid.UUID | None:
        """What the theme ``identity`` is now: itself, the theme it was merged into (through
        any chain of merges), or None when it was removed with nothing in its place. In a
        circle (two laptops merged two themes into each other), the theme whose removal came
        first stays: its removal is undone."""
        chain: list[ThemeRemoval] = []
        current = identity
        while True:
            removal = self.session.get(ThemeRemoval, current)
            if removal is None:
                return current
            seen = [r.uuid for r in chain]
            if current in seen:
                circle = chain[seen.index(current) :]
                first = min(
                    circle, key=lambda r: (stamp(r.removed_at), r.laptop_id or "", str(r.uuid))
                )
                return first.uuid
            chain.append(removal)
            if removal.merged_into is None:
                return None
            current = removal.merged_into

    def apply_removals(self) -> None:
        """Remove here every theme that is gone, its answers given the theme it became."""
        session = self.session
        self.removals_pending = False
        gone = session.execute(
            select(Theme.id, Theme.uuid).join(ThemeRemoval, ThemeRemoval.uuid == Theme.uuid)
        ).all()
        for theme_id, identity in gone:
            target = self._target(identity)
            if target == identity:
                continue
            into = (
                None
                if target is None
                else session.scalar(select(Theme.id).where(Theme.uuid == target))
            )
            move_codes(session, theme_id, into)
            session.execute(delete(Theme).where(Theme.id == theme_id))
        session.flush()

    def _theme_here(self, file_uuid: str) -> tuple[int, str] | None:
        """The theme here (id, short name) that a theme UUID of the file now is, or None."""
        target = self._target(self.themes[file_uuid])
        if target is None:
            return None
        found = self.session.execute(
            select(Theme.id, Theme.name).where(Theme.uuid == target)
        ).one_or_none()
        return None if found is None else (found[0], found[1])

    def coding(self, record: Record) -> None:
        session = self.session
        interview_id = session.scalar(
            select(Interview.id).where(Interview.uuid == uuid.UUID(record["interview"]))
        )
        if interview_id is None:
            return
        question, coder = str(record["question"]), str(record["coder"])
        not_codable, by, at = bool(record["not_codable"]), str(record["by"]), str(record["at"])
        here = [self._theme_here(u) for u in record["themes"]]
        themes = dict(t for t in here if t is not None)  # theme id -> short name
        if not_codable and record["themes"]:
            raise ValueError(translate("Storage", "a coding both not codable and with themes"))
        cleared = session.get(CodingClearing, (interview_id, question, coder))
        if cleared is not None and (stamp(cleared.cleared_at) or "") >= at:
            return  # cleared here after it was made
        local = session.get(ThemeCoding, (interview_id, question, coder))
        if local is not None:
            here = dict(
                session.execute(
                    select(Theme.id, Theme.name)
                    .join(ThemeCode, ThemeCode.theme_id == Theme.id)
                    .where(
                        ThemeCode.interview_id == interview_id,
                        ThemeCode.question == question,
                        ThemeCode.coder == coder,
                    )
                ).all()
            )
            mine = (stamp(local.coded_at) or "", local.not_codable, sorted(here.values()))
            theirs = (at, not_codable, sorted(themes.values()))
            if (*theirs, by) <= (*mine, local.coded_by):
                return
            session.execute(
                delete(ThemeCode).where(
                    ThemeCode.interview_id == interview_id,
                    ThemeCode.question == question,
                    ThemeCode.coder == coder,
                )
            )
        else:
            local = ThemeCoding(interview_id=interview_id, question=question, coder=coder)
            session.add(local)
        local.not_codable, local.coded_by, local.coded_at = not_codable, by, from_stamp(at)
        for theme_id in sorted(themes):
            session.add(
                ThemeCode(
                    interview_id=interview_id, question=question, coder=coder, theme_id=theme_id
                )
            )
        session.flush()
        self.codings += 1

    def coding_cleared(self, record: Record) -> None:
        session = self.session
        interview_id = session.scalar(
            select(Interview.id).where(Interview.uuid == uuid.UUID(record["interview"]))
        )
        if interview_id is None:
            return
        key = (interview_id, str(record["question"]), str(record["coder"]))
        by, at = str(record["by"]), str(record["at"])
        from_stamp(at)  # refuse what is not a time
        cleared = session.get(CodingClearing, key)
        if cleared is None:
            cleared = CodingClearing(interview_id=key[0], question=key[1], coder=key[2])
            session.add(cleared)
        elif (stamp(cleared.cleared_at) or "") >= at:
            return
        cleared.cleared_by, cleared.cleared_at = by, from_stamp(at)
        local = session.get(ThemeCoding, key)
        if local is not None and (stamp(local.coded_at) or "") <= at:
            session.execute(
                delete(ThemeCode).where(
                    ThemeCode.interview_id == key[0],
                    ThemeCode.question == key[1],
                    ThemeCode.coder == key[2],
                )
            )
            session.delete(local)
            self.codings += 1
        session.flush()

    # -- reviews -------------------------------------------------------------------------------

    def review(self, record: Record) -> None:
        first, second = sorted((uuid.UUID(record["first"]), uuid.UUID(record["second"])), key=str)
        decision = str(record["decision"])
        if decision not in REVIEW_DECISIONS:
            raise ValueError(decision)
        at, laptop = from_stamp(record["at"]), str(record["laptop"])
        local = self.session.get(DuplicateReview, (first, second))
        if local is None:
            self.session.add(
                DuplicateReview(
                    first_uuid=first,
                    second_uuid=second,
                    decision=decision,
                    decided_by=str(record["by"]),
                    decided_at=at,
                    laptop_id=laptop,
                )
            )
        elif (at, laptop) > (local.decided_at, local.laptop_id or self.me):
            local.decision, local.decided_by = decision, str(record["by"])
            local.decided_at, local.laptop_id = at, laptop
        self.session.flush()


def merge_records(
    session: Session,
    records: Iterable[Record],
    source: str,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MergeReport:
    """Merge ``records`` into the project in ``session``; see the module docstring.

    ``progress`` gets the fraction of the interviews merged (as announced at the start).

    Raises :class:`TransferFileError` (records out of order, missing or malformed),
    :class:`duodesk.storage.team.TeamKeyConflict`, :class:`TransferCancelled`; the caller's
    transaction must then be rolled back (``Database.session()`` does).
    """
    merge = _Merge(session, source)
    malformed = (
        f"{source} is not a transfer file this version of DuoDesk can read, so nothing was "
        "read from it."
    )
    batch: list[Record] = []
    seen_team = ended = False
    expected = 0
    try:
        for record in records:
            kind = record.get("t")
            if ended or (not seen_team and kind != "team"):
                raise TransferFileError(malformed)
            if kind != "interview" and batch:
                merge.interviews(batch)
                batch = []
            if kind not in ("theme", "theme_removed") and merge.removals_pending:
                merge.apply_removals()
            if kind == "team":
                team_key = bytes.fromhex(record["key"])
                merge.key_joined = join_team_key(session, team_key, source)
                if record.get("codes") != CODE_DIGESTS:
                    merge.stretch_with = team_key
                expected = int(record.get("interviews", 0))
                seen_team = True
            elif kind == "version":
                merge.version(record)
            elif kind == "interview":
                batch.append(record)
                if len(batch) >= BATCH:
                    if cancelled is not None and cancelled():
                        raise TransferCancelled()
                    merge.interviews(batch)
                    batch = []
                    if progress is not None and expected:
                        progress(min(merge.interviews_seen / expected, 1.0))
            elif kind == "review":
                merge.review(record)
            elif kind == "theme":
                merge.theme(record)
            elif kind == "theme_removed":
                merge.theme_removed(record)
            elif kind == "coding":
                merge.coding(record)
            elif kind == "coding_cleared":
                merge.coding_cleared(record)
            elif kind == "end":
                if record["interviews"] != merge.interviews_seen:
                    raise TransferFileError(malformed)
                ended = True
            else:
                raise TransferFileError(malformed)
    except (KeyError, ValueError, TypeError, AttributeError):
        raise TransferFileError(malformed) from None
    if not ended:
        raise TransferFileError(malformed)
    session.flush()
    if progress is not None:
        progress(1.0)
    return MergeReport(
        source=source,
        new=merge.new,
        updated=merge.updated,
        already_here=merge.already,
        duplicates=count_unreviewed(session, merge.form_ids),
        new_versions=merge.new_versions,
        questionnaires=tuple(merge.forms),
        key_joined=merge.key_joined,
    )
