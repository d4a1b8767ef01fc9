"""Interviewing on the laptop while the team's server cannot be reached.

For each server project, the laptop keeps a project file of its own (the *away project*): the
server's questionnaires are copied into it whenever the window opens the server, so that when
the server cannot be reached (at the start, or later) the interviewer can go on interviewing
into it. When the server answers again, the complete interviews entered there are sent with
the team merge (:func:`duodesk.storage.merge.merge_records`, the one transfer files and
``sync`` use: an interview already on the server is not added twice), in one transaction on
the server; only once that has committed are they removed from the laptop. Sending that fails
half way therefore leaves the server as it was and the interviews on the laptop; sending the
same interviews twice (the laptop stopped between the two steps) adds nothing.

The away project is always encrypted (SQLCipher) with a random passphrase that never leaves
the laptop: it is kept where the participant-code keys are (the system keyring, else a private
file; see :mod:`duodesk.storage.code_keys`), and only the key's name is kept beside the file.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import delete, func, make_url, select
from sqlalchemy.exc import ArgumentError

from duodesk.i18n import translate
from duodesk.storage.changes import Changes
from duodesk.storage.code_keys import recall_key, remember_key
from duodesk.storage.database import APP_NAME, Database, ProjectError
from duodesk.storage.merge import MergeReport, merge_records
from duodesk.storage.models import Interview, InterviewStatus, ProjectSetting
from duodesk.storage.transfer import project_records

FOLDER_NAME = "kept-while-away"
SERVER_SETTING = "away_from_server"  # the server (address without password) it is kept for
EXAMPLES_OFFERED = "examples_offered"  # as duodesk.gui.operations.EXAMPLES_OFFERED
UNREADABLE = (
    "The interviews kept on this laptop for the server cannot be opened: the key that locks "
    "them is no longer on this laptop."
)


def _server_identity(location: str) -> str:
    """Who and where, without the password, the driver or the connection options: the same
    server named with or without ``sslmode`` is the same server."""
    try:
        url = make_url(location)
    except ArgumentError:
        return location
    host = url.query.get("host")
    return url.set(
        drivername="postgresql", password=None, query={"host": host} if host else {}
    ).render_as_string()


def away_path(location: str) -> Path:
    """The laptop's away project for the server at ``location`` (a ``postgresql://`` URL)."""
    name = hashlib.sha256(_server_identity(location).encode()).hexdigest()[:20]
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / FOLDER_NAME
    return folder / f"{name}.duodesk"


def _key_name_file(path: Path) -> Path:
    return path.with_name(path.name + ".key-name")


def _passphrase(path: Path, *, create: bool) -> str:
    names = _key_name_file(path)
    if names.exists():
        key = recall_key(names.read_text(encoding="utf-8").strip())
        if key is None:
            raise ProjectError(UNREADABLE)
        return key.hex()
    if not create:
        raise ProjectError("No interviews are kept on this laptop for that server.")
    key = secrets.token_bytes(32)
    names.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    names.write_text(remember_key(key), encoding="utf-8")
    names.chmod(0o600)
    return key.hex()


def has_away_project(location: str) -> bool:
    """Whether this laptop can interview for the server at ``location`` without it (its
    questionnaires were copied here when the window last opened it)."""
    path = away_path(location)
    return path.exists() and _key_name_file(path).exists()


def open_away_project(location: str, *, create: bool = False) -> Database:
    """The away project of the server at ``location``, opened (and made, with ``create``)."""
    path = away_path(location)
    if not create and not path.exists():
        raise ProjectError("No interviews are kept on this laptop for that server.")
    return Database.open(path, passphrase=_passphrase(path, create=create))


def copy_questionnaires(server: Database) -> Path:
    """Bring the laptop's away project up to date with ``server``'s questionnaires (and the
    team's participant-code key and decisions), making it on first use; returns its path.

    A first copy that fails (for example, this laptop does not have the team's participant-code
    key: :class:`~duodesk.storage.code_keys.CodeKeyMissing`) leaves no away project behind, so
    that interviewing on the laptop is never offered with questionnaires that are not the
    team's."""
    location = server.engine.url.render_as_string()
    path = away_path(location)
    made = not has_away_project(location)
    away = open_away_project(location, create=True)
    try:
        # Never the example questionnaires here, even should the copy below fail: only the
        # team's (the window adds them to a new project that was never offered them).
        with away.session() as mine:
            if mine.get(ProjectSetting, EXAMPLES_OFFERED) is None:
                mine.add(ProjectSetting(key=EXAMPLES_OFFERED, value="removed"))
        # A write session on the server: it may make the server's laptop id on first use.
        with server.session() as theirs, away.session() as mine:
            merge_records(mine, project_records(theirs, interviews=False), "the server")
            if mine.get(ProjectSetting, SERVER_SETTING) is None:
                mine.add(ProjectSetting(key=SERVER_SETTING, value=server.describe()))
    except BaseException:
        away.close()
        if made:
            _remove(path)
        raise
    away.close()
    return path


def _remove(path: Path) -> None:
    """Remove an away project that never held the server's questionnaires."""
    for part in path.parent.glob(path.name + "*"):  # its journal, lock and key's name too
        part.unlink(missing_ok=True)


def waiting_interviews(away: Database) -> int:
    """How many complete interviews in the away project wait to be sent to the server."""
    with away.read_session() as session:
        return session.scalar(
            select(func.count(Interview.id)).where(
                Interview.status == InterviewStatus.COMPLETE, Interview.deleted_at.is_(None)
            )
        )


@dataclass(frozen=True)
class SentToServer:
    """Interviews entered on the laptop, now on the server (and no longer on the laptop)."""

    sent: int
    report: MergeReport
    changes: Changes

    def describe(self) -> str:
        already = min(self.report.already_here, self.sent)
        if self.sent == 0:
            return translate(
                "Storage",
                "No interviews entered on this laptop were left to send: they were already "
                "sent to the server (from another DuoDesk window).",
            )
        if already == self.sent:
            return translate(
                "Storage",
                "The interviews entered on this laptop were already on the server (sent "
                "before); now they are no longer kept on this laptop.",
            )
        if already:
            return translate(
                "Storage",
                "The {count} interviews entered on this laptop are on the server now: {added} "
                "sent just now, {already} there already (sent before).",
            ).format(count=self.sent, added=self.sent - already, already=already)
        if self.sent == 1:
            return "The interview entered on this laptop was sent to the server."
        return f"The {self.sent} interviews entered on this laptop were sent to the server."


def send_to_server(away: Database, server: Database) -> SentToServer:
    """Send the away project's complete interviews to ``server`` (one transaction there), then
    remove them from the laptop. See the module's description for what a failure leaves."""
    sent: list[str] = []

    def noting(records):
        for record in records:
            if record.get("t") == "interview":
                sent.append(record["uuid"])
            yield record

    with away.session() as mine, server.session() as theirs:
        report = merge_records(theirs, noting(project_records(mine)), "this laptop")
    # On the server now: only then do they leave the laptop (their answers go with them).
    if sent:
        with away.session() as mine:
            mine.execute(delete(Interview).where(Interview.uuid.in_([uuid.UUID(u) for u in sent])))
    changes = Changes(
        form_ids=frozenset(report.questionnaires),
        interviews_added=bool(sent),
        interviews_deleted=bool(sent),
    )
    return SentToServer(len(sent), report, changes)
