"""Possible duplicates across sites: the same person, perhaps, interviewed on two laptops.

After laptops' interviews are merged, two interviews entered on different laptops whose
participant codes match are listed for the coordinator, who decides: keep both, the same person,
or not the same person. The decision is stored by the pair's UUIDs and travels in transfer files
(the later decision wins).

Codes that differ in one element are not listed here: the project stores only whole-code
digests (anything that depends on part of a code would let someone with the key guess codes
element by element), so near matches are found only at entry time, against every interview the
laptop holds, merged ones included (:mod:`duodesk.core.participant_code`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from duodesk.core.roles import Permission
from duodesk.i18n import translate
from duodesk.storage.access import require
from duodesk.storage.models import (
    DuplicateReview,
    Interview,
    InterviewStatus,
    ParticipantCodeDigest,
    QuestionnaireRecord,
    QuestionnaireVersion,
    utc_now,
)
from duodesk.storage.team import laptop_id, naive_utc

DECISION_WORDS = {
    "keep_both": "Keep both",
    "same_person": "The same person",
    "not_same": "Not the same person",
}


@dataclass(frozen=True)
class InterviewSide:
    uuid: str
    interview_date: str
    site: str
    interviewer: str
    laptop: str


@dataclass(frozen=True)
class CrossSiteDuplicate:
    """Two interviews from different laptops whose codes match (``exact``) or nearly match."""

    first: InterviewSide
    second: InterviewSide
    exact: bool
    decision: str | None  # one of DECISION_WORDS, None while not reviewed
    decided_by: str

    @property
    def decision_words(self) -> str:
        return {
            "keep_both": translate("Storage", "Keep both"),
            "same_person": translate("Storage", "The same person"),
            "not_same": translate("Storage", "Not the same person"),
        }.get(self.decision or "", translate("Storage", "Not reviewed yet"))


def pair_key(first: str | uuid.UUID, second: str | uuid.UUID) -> tuple[uuid.UUID, uuid.UUID]:
    """The pair in the order it is stored (by UUID text)."""
    a, b = sorted((str(first), str(second)))
    return uuid.UUID(a), uuid.UUID(b)


def _pairs(session: Session, questionnaire_ids: Iterable[int]) -> list[tuple[int, int, bool]]:
    ids = list(questionnaire_ids)
    if not ids:
        return []
    me = laptop_id(session)
    a, b = aliased(ParticipantCodeDigest), aliased(ParticipantCodeDigest)
    ia, ib = aliased(Interview), aliased(Interview)
    va, vb = aliased(QuestionnaireVersion), aliased(QuestionnaireVersion)
    query = (
        select(ia.id, ib.id, func.min(a.slot))
        .join(b, (a.slot == b.slot) & (a.digest == b.digest) & (a.interview_id < b.interview_id))
        .join(ia, ia.id == a.interview_id)
        .join(ib, ib.id == b.interview_id)
        .join(va, va.id == ia.version_id)
        .join(vb, vb.id == ib.version_id)
        .where(
            va.questionnaire_id == vb.questionnaire_id,
            va.questionnaire_id.in_(ids),
            ia.deleted_at.is_(None),
            ib.deleted_at.is_(None),
            ia.status == InterviewStatus.COMPLETE,
            ib.status == InterviewStatus.COMPLETE,
            func.coalesce(ia.origin_laptop, me) != func.coalesce(ib.origin_laptop, me),
        )
        .group_by(ia.id, ib.id)
    )
    return [(first, second, slot == 0) for first, second, slot in session.execute(query)]


def _reviews(session: Session) -> dict[tuple[str, str], DuplicateReview]:
    return {
        (str(r.first_uuid), str(r.second_uuid)): r for r in session.scalars(select(DuplicateReview))
    }


def count_unreviewed(session: Session, questionnaire_ids: Iterable[int]) -> int:
    """How many possible duplicates across sites in these questionnaires await a decision."""
    pairs = _pairs(session, questionnaire_ids)
    if not pairs:
        return 0
    ids = {i for first, second, _ in pairs for i in (first, second)}
    uuids = _uuids(session, ids)
    reviews = _reviews(session)
    return sum(
        1
        for first, second, _ in pairs
        if tuple(map(str, pair_key(uuids[first], uuids[second]))) not in reviews
    )


def _uuids(session: Session, ids: set[int]) -> dict[int, uuid.UUID]:
    found: dict[int, uuid.UUID] = {}
    chunked = sorted(ids)
    for start in range(0, len(chunked), 500):
        chunk = chunked[start : start + 500]
        query = select(Interview.id, Interview.uuid).where(Interview.id.in_(chunk))
        found.update((row[0], row[1]) for row in session.execute(query))
    return found


def list_cross_site_duplicates(session: Session, form_id: str) -> list[CrossSiteDuplicate]:
    """The possible duplicates across sites of the questionnaire ``form_id``: exact matches
    first, then by date. ValueError for an unknown questionnaire."""
    questionnaire_id = session.scalar(
        select(QuestionnaireRecord.id).where(QuestionnaireRecord.form_id == form_id)
    )
    if questionnaire_id is None:
        raise ValueError(
            translate("Storage", 'There is no questionnaire "{form_id}" in this project.').format(
                form_id=form_id
            )
        )
    me = laptop_id(session)
    pairs = _pairs(session, [questionnaire_id])
    ids = {i for first, second, _ in pairs for i in (first, second)}
    sides: dict[int, InterviewSide] = {}
    chunked = sorted(ids)
    for start in range(0, len(chunked), 500):
        for row in session.scalars(
            select(Interview).where(Interview.id.in_(chunked[start : start + 500]))
        ):
            sides[row.id] = InterviewSide(
                str(row.uuid),
                row.interview_date,
                row.site,
                row.interviewer,
                row.origin_laptop or me,
            )
    reviews = _reviews(session)
    found = []
    for first_id, second_id, exact in pairs:
        first, second = sorted((sides[first_id], sides[second_id]), key=lambda s: s.uuid)
        review = reviews.get((first.uuid, second.uuid))
        found.append(
            CrossSiteDuplicate(
                first,
                second,
                exact,
                review.decision if review else None,
                review.decided_by if review else "",
            )
        )
    return sorted(
        found, key=lambda d: (not d.exact, d.first.interview_date, d.first.uuid, d.second.uuid)
    )


def review_duplicate(
    session: Session, first: str, second: str, decision: str, decided_by: str = ""
) -> None:
    """Record the coordinator's decision on a pair (replacing an earlier one)."""
    require(session, Permission.TEAM_TRANSFER)
    if decision not in DECISION_WORDS:
        raise ValueError(
            translate("Storage", "{decision!r} is not a decision: use one of {items}").format(
                decision=decision, items=", ".join(DECISION_WORDS)
            )
        )
    try:
        key = pair_key(first, second)
    except ValueError:
        raise ValueError(
            translate(
                "Storage", "Name the two interviews by the ids that `duodesk duplicates` lists."
            )
        ) from None
    known = set(session.scalars(select(Interview.uuid).where(Interview.uuid.in_(key))))
    if len(known) != 2:
        raise ValueError(
            translate(
                "Storage",
                "These two interviews are not both in this project: name them by the ids "
                "that `duodesk duplicates` lists. Nothing was recorded.",
            )
        )
    review = session.get(DuplicateReview, key)
    if review is None:
        review = DuplicateReview(first_uuid=key[0], second_uuid=key[1])
        session.add(review)
    review.decision, review.decided_by = decision, decided_by
    review.decided_at = naive_utc(utc_now())
    review.laptop_id = laptop_id(session)
    session.flush()
