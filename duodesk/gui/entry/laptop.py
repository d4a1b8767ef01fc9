"""What this laptop remembers between interviews: the last interviewer and site, and the
made-up id it gives forms that record a ``deviceid``.

Kept in a small settings file of the user's (not in the project), because two laptops sharing
a project are usually used by different people at different centres. The file can be read by
its owner only. ``DUODESK_SETTINGS`` names another file (tests use it).
"""

from __future__ import annotations

import contextlib
import os
import uuid

from PySide6.QtCore import QSettings

from duodesk.i18n import laptop_settings_path

INTERVIEWER = "entry/interviewer"
SITE = "entry/site"
QUESTIONNAIRE = "main/questionnaire"  # the form_id chosen last on the main window
DEVICE_ID = "entry/device_id"
DRAFT_OWNER = "entry/draft_owner"
SKIPPED_FOR_NOW = "skipped_for_now/"  # + an interview's uuid: its questions skipped for now


def laptop_settings() -> QSettings:
    """The settings file, in a folder only its owner can open; save changes with
    :func:`save`."""
    path = laptop_settings_path()
    with contextlib.suppress(OSError):
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not os.environ.get("DUODESK_SETTINGS"):  # DuoDesk's own folder, never another's
            os.chmod(path.parent, 0o700)
    return QSettings(str(path), QSettings.Format.IniFormat)


def save(settings: QSettings) -> None:
    """Write ``settings`` now, readable by its owner only (Qt writes a new file each time,
    with the default permissions)."""
    settings.sync()
    # An interviewer's name and a centre are nobody else's business on a shared laptop.
    with contextlib.suppress(OSError):
        os.chmod(settings.fileName(), 0o600)


def remembered(key: str) -> str:
    value = laptop_settings().value(key, "")
    return value if isinstance(value, str) else ""


def remember(key: str, value: str) -> None:
    settings = laptop_settings()
    settings.setValue(key, value)
    save(settings)


def device_id() -> str:
    """This laptop's ``deviceid`` for forms that record one: made up at random the first time
    and remembered, so it names the laptop without revealing anything about it."""
    known = remembered(DEVICE_ID)
    if not known:
        known = f"duodesk:{uuid.uuid4().hex[:16]}"
        remember(DEVICE_ID, known)
    return known


def draft_owner() -> str:
    """The id (32 hex digits, made up at random the first time) that marks the unfinished
    interviews started here, so that on a shared server each laptop has its own drafts."""
    known = remembered(DRAFT_OWNER)
    if len(known) != 32:
        known = uuid.uuid4().hex
        remember(DRAFT_OWNER, known)
    return known


def remember_skipped(interview_uuid: object, names: list[str]) -> None:
    """Keep the questions an unfinished interview skipped "for now" (by name); an empty list
    forgets them. Drafts now keep these themselves (see storage.drafts.draft_position): the
    laptop's list is read only for drafts saved before, and forgotten when they finish."""
    key = f"{SKIPPED_FOR_NOW}{interview_uuid}"
    if names:
        remember(key, " ".join(names))
        return
    settings = laptop_settings()
    if settings.contains(key):
        settings.remove(key)
        save(settings)


def skipped_for_now(interview_uuid: object) -> list[str]:
    """The questions ``interview_uuid`` skipped for now on this laptop (see
    :func:`remember_skipped`)."""
    return remembered(f"{SKIPPED_FOR_NOW}{interview_uuid}").split()
