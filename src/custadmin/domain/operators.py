"""The staff who use custadmin (operators), their roles, and who a change is for.

A role grants permissions; every protected service asks :func:`require`
before it changes anything, so a refusal does not depend on the UI hiding a
button. The texts are plain English for the operator; the UI translates them
by the enum values.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from custadmin.domain.errors import CustadminError


class OperatorRole(enum.StrEnum):
    READ_ONLY = "read_only"
    SUPPORT_AGENT = "support_agent"
    ADMINISTRATOR = "administrator"


ROLE_TITLES: dict[OperatorRole, str] = {
    OperatorRole.READ_ONLY: "Read-only",
    OperatorRole.SUPPORT_AGENT: "Support agent",
    OperatorRole.ADMINISTRATOR: "Administrator",
}


class Permission(enum.StrEnum):
    EDIT_ACCOUNTS = "edit_accounts"  # accounts and contacts, creating accounts
    PORTAL_ACCESS = "portal_access"  # portal logins, passwords and rights
    LOGIN_CHECK = "login_check"
    PORTAL_SETTINGS = "portal_settings"  # the system-wide rights catalogue
    MANAGE_OPERATORS = "manage_operators"
    DELETE_ACCOUNTS = "delete_accounts"
    IMPORT = "import"  # imports and other bulk writes (demo data)
    VIEW_AUDIT = "view_audit"  # the audit trail of every account


#: What each permission lets an operator do, for refusals and tooltips.
PERMISSION_TEXTS: dict[Permission, str] = {
    Permission.EDIT_ACCOUNTS: "changing customer accounts and contacts",
    Permission.PORTAL_ACCESS: "changing portal access and passwords",
    Permission.LOGIN_CHECK: "checking portal logins",
    Permission.PORTAL_SETTINGS: "changing the system-wide portal settings",
    Permission.MANAGE_OPERATORS: "managing operators and their roles",
    Permission.DELETE_ACCOUNTS: "deleting customer accounts",
    Permission.IMPORT: "importing customers",
    Permission.VIEW_AUDIT: "reading the audit trail of every account",
}

_AGENT = frozenset({Permission.EDIT_ACCOUNTS, Permission.PORTAL_ACCESS, Permission.LOGIN_CHECK})
ROLE_PERMISSIONS: dict[OperatorRole, frozenset[Permission]] = {
    OperatorRole.READ_ONLY: frozenset(),
    OperatorRole.SUPPORT_AGENT: _AGENT,
    OperatorRole.ADMINISTRATOR: frozenset(Permission),
}


def roles_with(permission: Permission) -> list[OperatorRole]:
    return [role for role in OperatorRole if permission in ROLE_PERMISSIONS[role]]


class NotPermitted(CustadminError):
    """The operator's role does not allow this; nothing was changed."""

    def __init__(self, message: str, permission: Permission) -> None:
        super().__init__(message)
        self.message = message
        self.permission = permission


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is working: an operator (``operator_id`` None for custadmin itself)."""

    operator_id: int | None
    name: str
    role: OperatorRole

    def may(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def refusal(self, permission: Permission) -> str:
        """Why this operator may not, in a sentence (for a refusal or a tooltip)."""
        allowed = " or ".join(ROLE_TITLES[r].lower() for r in roles_with(permission))
        return (f"{self.name} is signed in as {ROLE_TITLES[self.role].lower()}: "
                f"{PERMISSION_TEXTS[permission]} needs the role {allowed}.")


#: Migrations, tests and scripts that act as custadmin itself.
SYSTEM = Actor(None, "custadmin", OperatorRole.ADMINISTRATOR)


def require(actor: Actor, permission: Permission) -> None:
    """Raise :class:`NotPermitted` unless ``actor`` may do ``permission``."""
    if not actor.may(permission):
        raise NotPermitted(actor.refusal(permission), permission)


@dataclass(frozen=True, slots=True)
class Caller:
    """On whose behalf an agent works: the person on the phone, and how they were verified."""

    name: str
    verified_by: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("a caller needs a name")
