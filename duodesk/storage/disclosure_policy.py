"""The project's rule for small numbers: the lowest threshold any export may use.

A group can require, say, counts from 1 to 5 to be hidden in everything that leaves it. The
requirement is stored in the project (so it travels with it and every laptop opening it
follows it); exports check it, and the Export screen does not offer less.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from duodesk.core.roles import Permission
from duodesk.storage.access import require
from duodesk.storage.models import ProjectSetting

REQUIRED_THRESHOLD = "disclosure.required_threshold"


def required_threshold(session: Session) -> int | None:
    """The threshold the project requires at least, or None when it requires none."""
    setting = session.get(ProjectSetting, REQUIRED_THRESHOLD)
    if setting is None or not setting.value.strip().isdigit():
        return None
    return int(setting.value)


def require_threshold(session: Session, threshold: int | None) -> None:
    """Require every export of the project to hide counts from 1 to ``threshold`` (None:
    no requirement). The caller checks the range (see DisclosureRule). A coordinator's
    decision: it protects everyone the exports describe."""
    require(session, Permission.PROJECT_SAFETY)
    setting = session.get(ProjectSetting, REQUIRED_THRESHOLD)
    if threshold is None:
        if setting is not None:
            session.delete(setting)
        return
    session.merge(ProjectSetting(key=REQUIRED_THRESHOLD, value=str(threshold)))
