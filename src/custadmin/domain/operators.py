"""The staff who use custadmin (operators), their roles, and who a change is for.

A role grants permissions; every protected service asks :func:`require`
before it changes anything, so a refusal does not depend on the UI hiding a
button. A refusal is a :class:`~custadmin.domain.messages.Message`: English
for logs and the command line, rendered in the operator's language by the UI.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from custadmin.domain.errors import CustadminError
from custadmin.domain.messages import Message, or_list


class OperatorRole(enum.StrEnum):
    READ_ONLY = "read_only"
    SUPPORT_AGENT = "support_agent"
    ADMINISTRATOR = "administrator"


class Permission(enum.StrEnum):
    EDIT_ACCOUNTS = "edit_accounts"  # accounts and contacts, creating accounts
    PORTAL_ACCESS = "portal_access"  # portal logins, passwords and rights
    LOGIN_CHECK = "login_check"
    PORTAL_SETTINGS = "portal_settings"  # the system-wide rights catalogue
    MANAGE_OPERATORS = "manage_operators"
    DELETE_ACCOUNTS = "delete_accounts"
    IMPORT = "import"  # imports and other bulk writes (demo data)
    VIEW_AUDIT = "view_audit"  # the audit trail of every account


#: Each role as a sentence names it (lower case), for refusals.
ROLE_NAMES: dict[OperatorRole, Message] = {
    OperatorRole.READ_ONLY: Message("role.read_only"),
    OperatorRole.SUPPORT_AGENT: Message("role.support_agent"),
    OperatorRole.ADMINISTRATOR: Message("role.administrator"),
}

#: What each permission lets an operator do, for refusals and tooltips.
PERMISSION_TEXTS: dict[Permission, Message] = {
    Permission.EDIT_ACCOUNTS: Message("permission.edit_accounts"),
    Permission.PORTAL_ACCESS: Message("permission.portal_access"),
    Permission.LOGIN_CHECK: Message("permission.login_check"),
    Permission.PORTAL_SETTINGS: Message("permission.portal_settings"),
    Permission.MANAGE_OPERATORS: Message("permission.manage_operators"),
    Permission.DELETE_ACCOUNTS: Message("permission.delete_accounts"),
    Permission.IMPORT: Message("permission.import"),
    Permission.VIEW_AUDIT: Message("permission.view_audit"),
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

    def refusal(self, permission: Permission) -> Message:
        """Why this operator may not, in a sentence (for a refusal or a tooltip)."""
        allowed = or_list([ROLE_NAMES[r] for r in roles_with(permission)])
        return Message("permission.refused", name=self.name, role=ROLE_NAMES[self.role],
                       what=PERMISSION_TEXTS[permission], allowed=allowed)


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
