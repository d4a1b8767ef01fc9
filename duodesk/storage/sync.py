"""Sending a laptop's interviews to the team's shared PostgreSQL project, when there is a
network: the same records and the same merge as a transfer file, without the file.

Pull: the server's questionnaire versions, the team's participant-code key and the duplicate
decisions are merged into the laptop (interviews stay on the server). Push: this laptop's
questionnaires and interviews are merged into the server project. Then the interviews there
are counted, this laptop's and the others'.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duodesk.core.roles import Permission
from duodesk.core.transfer_file import (
    WrongTeamPassphrase,
    passphrase_verifier,
    require_strong_team_passphrase,
    verifier_matches,
)
from duodesk.i18n import translate
from duodesk.storage.access import require_in
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
        lines = [
            translate("Transfer", "Sent to the server: {report}").format(
                report=self.pushed.describe()
            )
        ]
        new_versions = self.new_versions  # (lupdate reads only a plain name as the count)
        if new_versions == 1:
            lines.append(
                translate("Transfer", "%n new questionnaire version came from the server.", None, 1)
            )
        elif new_versions:
            lines.append(
                translate(
                    "Transfer",
                    "%n new questionnaire versions came from the server.",
                    None,
                    new_versions,
                )
            )
        for count in self.counts:
            lines.append(
                translate(
                    "Transfer",
                    "{form_id}: {total} complete interviews on the server, {here} from this "
                    "laptop and {others} from others.",
                ).format(
                    form_id=count.form_id,
                    total=count.this_laptop + count.others,
                    here=count.this_laptop,
                    others=count.others,
                )
            )
        return "\n".join(lines)


def _check_team(session: Session, passphrase: str, where: str) -> None:
    setting = session.get(ProjectSetting, TEAM_CHECK)
    if setting is None:
        session.add(ProjectSetting(key=TEAM_CHECK, value=passphrase_verifier(passphrase)))
        session.flush()
    elif not verifier_matches(passphrase, setting.value):
        raise WrongTeamPassphrase(
            translate(
                "Storage",
                "The team passphrase is not the one the project at {where} was set up "
                "with (capital letters count). Nothing was changed.",
            ).format(where=where)
        )


def sync_with_server(local: Database, server: Database, passphrase: str) -> SyncReport:
    """Pull the questionnaires and the team key from ``server``, then push this laptop's
    interviews to it; see the module docstring.

    Each direction is one transaction. Raises :class:`WrongTeamPassphrase`,
    :class:`duodesk.storage.team.TeamKeyConflict`, or the errors of the merge.
    """
    require_strong_team_passphrase(passphrase)  # before anything is pulled or sent
    where = server.describe().split("@")[-1]  # never print the password in the URL
    # Team transfers are a coordinator's, here and (when the server lists people) there too.
    require_in(local, Permission.TEAM_TRANSFER)
    require_in(server, Permission.TEAM_TRANSFER)
    with server.session() as theirs, local.session() as mine:
        # Pull first: a laptop that has just joined takes the team's key before it sends.
        _check_team(theirs, passphrase, where)
        pulled = merge_records(
            mine, project_records(theirs, interviews=False), f"the server at {where}"
        )
    with local.session() as mine, server.session() as theirs:
        me = laptop_id(mine)
        pushed = merge_records(theirs, project_records(mine), "this laptop")
    with server.session() as theirs:
        counts = []
        for form_id in dict.fromkeys(pulled.questionnaires + pushed.questionnaires):
            origin = func.coalesce(Interview.origin_laptop, laptop_id(theirs))
            rows = theirs.execute(
                select(origin, func.count())
                .select_from(Interview)
                .join(QuestionnaireVersion, QuestionnaireVersion.id == Interview.version_id)
                .join(QuestionnaireRecord)
                .where(
                    QuestionnaireRecord.form_id == form_id,
                    Interview.status == InterviewStatus.COMPLETE,
                    Interview.deleted_at.is_(None),
                )
                .group_by(origin)
            ).all()
            mine_count = sum(n for laptop, n in rows if laptop == me)
            others = sum(n for laptop, n in rows if laptop != me)
            counts.append(FormCount(form_id, mine_count, others))
    return SyncReport(pushed, pulled.new_versions, tuple(counts))
