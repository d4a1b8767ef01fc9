"""Sending a laptop's interviews to the team's shared PostgreSQL project, when there is a
network: the same records and the same merge as a transfer file, without the file.

Push: this laptop's questionnaires and interviews are merged into the server project. Pull: the
server's questionnaire versions, the team's participant-code key and the duplicate decisions
are merged back (interviews stay on the server), and the numbers of interviews there are
counted, this laptop's and the others'.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duodesk.core.transfer_file import WrongTeamPassphrase, passphrase_verifier, verifier_matches
from duodesk.storage.database import Database
from duodesk.storage.merge import MergeReport, merge_records
from duodesk.storage.models import (
    Interview,
    InterviewStatus,
    ProjectSetting,
    QuestionnaireRecord,
    QuestionnaireVersion,
)
from duodesk.storage.team import laptop_id
from duodesk.storage.transfer import project_records

TEAM_CHECK = "team_passphrase_check"


@dataclass(frozen=True)
class FormCount:
    form_id: str
    this_laptop: int
    others: int


@dataclass(frozen=True)
class SyncReport:
    pushed: MergeReport
    new_versions: int
    counts: tuple[FormCount, ...]

    def describe(self) -> str:
        lines = [f"Sent to the server: {self.pushed.describe()}"]
        if self.new_versions:
            lines.append(f"{self.new_versions} new questionnaire version(s) came from the server.")
        for count in self.counts:
            lines.append(
                f"{count.form_id}: {count.this_laptop + count.others} complete interviews on the "
                f"server, {count.this_laptop} from this laptop and {count.others} from others."
            )
        return "\n".join(lines)


def _check_team(session: Session, passphrase: str, where: str) -> None:
    setting = session.get(ProjectSetting, TEAM_CHECK)
    if setting is None:
        session.add(ProjectSetting(key=TEAM_CHECK, value=passphrase_verifier(passphrase)))
        session.flush()
    elif not verifier_matches(passphrase, setting.value):
        raise WrongTeamPassphrase(
            f"The team passphrase is not the one the project at {where} was set up with "
            "(capital letters count). Nothing was changed."
        )


def sync_with_server(local: Database, server: Database, passphrase: str) -> SyncReport:
    """Push this laptop's interviews to ``server`` and pull its questionnaires back.

    Each direction is one transaction. Raises :class:`WrongTeamPassphrase`,
    :class:`duodesk.storage.team.TeamKeyConflict`, or the errors of the merge.
    """
    where = server.describe().split("@")[-1]  # never print the password in the URL
    with local.session() as mine, server.session() as theirs:
        _check_team(theirs, passphrase, where)
        me = laptop_id(mine)
        pushed = merge_records(theirs, project_records(mine), "this laptop")
    with server.session() as theirs, local.session() as mine:
        pulled = merge_records(
            mine, project_records(theirs, interviews=False), f"the server at {where}"
        )
        counts = []
        for form_id in pulled.questionnaires:
            origin = func.coalesce(Interview.origin_laptop, laptop_id(theirs))
            rows = theirs.execute(
                select(origin == me, func.count())
                .select_from(Interview)
                .join(QuestionnaireVersion, QuestionnaireVersion.id == Interview.version_id)
                .join(QuestionnaireRecord)
                .where(
                    QuestionnaireRecord.form_id == form_id,
                    Interview.status == InterviewStatus.COMPLETE,
                    Interview.deleted_at.is_(None),
                )
                .group_by(origin == me)
            ).all()
            by_mine = {bool(is_mine): n for is_mine, n in rows}
            counts.append(FormCount(form_id, by_mine.get(True, 0), by_mine.get(False, 0)))
    return SyncReport(pushed, pulled.new_versions, tuple(counts))
