"""Operator-facing words for roles and permissions (the domain's, translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from custadmin.domain.operators import Actor, OperatorRole, Permission, roles_with


def _tr(text: str) -> str:
    return QCoreApplication.translate("OperatorTexts", text)


def role_title(role: OperatorRole) -> str:
    return {
        OperatorRole.READ_ONLY: _tr("Read-only"),
        OperatorRole.SUPPORT_AGENT: _tr("Support agent"),
        OperatorRole.ADMINISTRATOR: _tr("Administrator"),
    }[role]


def permission_text(permission: Permission) -> str:
    """What the permission lets an operator do, as the end of a sentence."""
    return {
        Permission.EDIT_ACCOUNTS: _tr("changing customer accounts and contacts"),
        Permission.PORTAL_ACCESS: _tr("changing portal access and passwords"),
        Permission.LOGIN_CHECK: _tr("checking portal logins"),
        Permission.PORTAL_SETTINGS: _tr("changing the system-wide portal settings"),
        Permission.MANAGE_OPERATORS: _tr("managing operators and their roles"),
        Permission.DELETE_ACCOUNTS: _tr("deleting customer accounts"),
        Permission.IMPORT: _tr("importing customers"),
        Permission.VIEW_AUDIT: _tr("reading the audit trail of every account"),
    }[permission]


def refusal(actor: Actor, permission: Permission) -> str:
    """Why ``actor`` may not, for a tooltip (the domain's NotPermitted says the same)."""
    allowed = _tr(" or ").join(role_title(r).lower() for r in roles_with(permission))
    return _tr("{name} is signed in as {role}: {what} needs the role {allowed}.").format(
        name=actor.name, role=role_title(actor.role).lower(),
        what=permission_text(permission), allowed=allowed)
