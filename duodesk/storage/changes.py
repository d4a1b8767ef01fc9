"""What an operation changed in the project, so that every open screen can decide whether to
refresh.

Operations that change the project return a :class:`Changes` (or a result carrying one in its
``changes`` field); the project worker announces it once, to every screen. A screen compares
it with what it shows: the Results window of questionnaire ``hcv`` refreshes when complete
interviews of ``hcv`` were added, changed or deleted, and ignores everything else.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Changes:
    """A small description of what changed; all false (``bool(changes)`` is False) when nothing.

    ``form_ids`` names the questionnaires concerned; empty means "any questionnaire may be
    concerned" only together with a flag that is set (an operation that cannot tell which
    questionnaire it touched names none, and every screen then refreshes).
    """

    form_ids: frozenset[str] = field(default_factory=frozenset)
    questionnaires: bool = False  # a questionnaire added, saved as a new version, or removed
    interviews_added: bool = False  # finished or imported: counted from now on
    interviews_changed: bool = False  # a finished interview corrected
    interviews_deleted: bool = False  # deleted, restored or removed for good
    drafts: bool = False  # an unfinished interview started, finished or discarded
    settings: bool = False  # the project's own settings (the examples offered, ...)

    def __bool__(self) -> bool:
        return any(
            (
                self.questionnaires,
                self.interviews_added,
                self.interviews_changed,
                self.interviews_deleted,
                self.drafts,
                self.settings,
            )
        )

    def concerns(self, form_id: str | None) -> bool:
        """Whether questionnaire ``form_id`` (None: any) may be affected."""
        return form_id is None or not self.form_ids or form_id in self.form_ids

    @property
    def counted_interviews(self) -> bool:
        """Whether the complete interviews that results and exports count may differ."""
        return self.interviews_added or self.interviews_changed or self.interviews_deleted

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.form_ids | other.form_ids,
            *(
                getattr(self, name) or getattr(other, name)
                for name in (
                    "questionnaires",
                    "interviews_added",
                    "interviews_changed",
                    "interviews_deleted",
                    "drafts",
                    "settings",
                )
            ),
        )

    def for_forms(self, *form_ids: str) -> Changes:
        return replace(self, form_ids=frozenset(form_ids))


NOTHING = Changes()


def forms_of_interviews(session: Session, interview_ids: list[int] | tuple[int, ...]) -> frozenset:
    """The form ids of the questionnaires these interviews were entered with."""
    from sqlalchemy import select

    from duodesk.storage.models import Interview, QuestionnaireRecord, QuestionnaireVersion

    if not interview_ids:
        return frozenset()
    rows = session.scalars(
        select(QuestionnaireRecord.form_id)
        .join(QuestionnaireVersion, QuestionnaireVersion.questionnaire_id == QuestionnaireRecord.id)
        .join(Interview, Interview.version_id == QuestionnaireVersion.id)
        .where(Interview.id.in_(list(interview_ids)))
        .distinct()
    )
    return frozenset(rows)


def changes_of(result: object) -> Changes | None:
    """The Changes an operation's result announces, if any."""
    if isinstance(result, Changes):
        return result
    found = getattr(result, "changes", None)
    return found if isinstance(found, Changes) else None
