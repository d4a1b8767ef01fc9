"""People and roles: who may do what in a project.

A project with nobody on its list of people works as it always has: one person, every right.
Once people are listed, each DuoDesk start asks who is signing in, and what the window and the
command line offer follows that person's role:

- an **interviewer** enters interviews and sees (and corrects) only their own;
- a **coordinator** does everything: Results, exports, questionnaires, deleting and purging,
  team transfers, the passphrase, backups, the audit trail and the list of people.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from duodesk.i18n import translate


class Role(enum.StrEnum):
    COORDINATOR = "coordinator"
    INTERVIEWER = "interviewer"

    @property
    def label(self) -> str:
        if self is Role.COORDINATOR:
            return translate("Roles", "Coordinator")
        return translate("Roles", "Interviewer")


class Permission(enum.StrEnum):
    ENTER_INTERVIEWS = "enter interviews"
    SEE_EVERY_INTERVIEW = "see every interviewer's interviews"
    SEE_RESULTS = "see the results"
    EXPORT = "export"
    CHANGE_QUESTIONNAIRES = "change the questionnaires"
    DELETE_INTERVIEWS = "delete, restore or remove interviews for good"
    TEAM_TRANSFER = "send or add team transfer files"
    IMPORT_INTERVIEWS = "import interviews from a data file"
    PROJECT_SAFETY = "change the passphrase, restore backups and read the audit trail"
    MANAGE_PEOPLE = "manage the people and their roles"


# What each role may do. Anything not listed is refused.
_ALLOWED: dict[Role, frozenset[Permission]] = {
    Role.COORDINATOR: frozenset(Permission),
    Role.INTERVIEWER: frozenset({Permission.ENTER_INTERVIEWS}),
}

# The sentence a refusal ends with, in the user's words.
REFUSAL = "Only a coordinator can {what}. Ask your coordinator."


def allowed(role: Role | None, permission: Permission) -> bool:
    """Whether ``role`` may ``permission``; ``None`` (nobody listed in the project) may all."""
    return role is None or permission in _ALLOWED[role]


@dataclass(frozen=True)
class SignedIn:
    """The person using DuoDesk now."""

    name: str
    role: Role

    def may(self, permission: Permission) -> bool:
        return allowed(self.role, permission)

    def describe(self) -> str:
        return f"{self.name} ({self.role.label.lower()})"


def permission_words(permission: Permission) -> str:
    """What a permission allows, in the interface language."""
    return {
        Permission.ENTER_INTERVIEWS: translate("Roles", "enter interviews"),
        Permission.SEE_EVERY_INTERVIEW: translate("Roles", "see every interviewer's interviews"),
        Permission.SEE_RESULTS: translate("Roles", "see the results"),
        Permission.EXPORT: translate("Roles", "export"),
        Permission.CHANGE_QUESTIONNAIRES: translate("Roles", "change the questionnaires"),
        Permission.DELETE_INTERVIEWS: translate(
            "Roles", "delete, restore or remove interviews for good"
        ),
        Permission.TEAM_TRANSFER: translate("Roles", "send or add team transfer files"),
        Permission.IMPORT_INTERVIEWS: translate("Roles", "import interviews from a data file"),
        Permission.PROJECT_SAFETY: translate(
            "Roles", "change the passphrase, restore backups and read the audit trail"
        ),
        Permission.MANAGE_PEOPLE: translate("Roles", "manage the people and their roles"),
    }.get(permission, permission.value)


def refusal(permission: Permission) -> str:
    return translate("Roles", "Only a coordinator can {what}. Ask your coordinator.").format(
        what=permission_words(permission)
    )
