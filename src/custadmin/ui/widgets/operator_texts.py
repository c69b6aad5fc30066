"""Operator-facing words for roles and refusals (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from custadmin.domain.operators import Actor, OperatorRole, Permission
from custadmin.ui.widgets.messages import message_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("OperatorTexts", text)


def role_title(role: OperatorRole) -> str:
    """A role as a title (lists, the status bar); sentences use the domain's lower-case name."""
    return {
        OperatorRole.READ_ONLY: _tr("Read-only"),
        OperatorRole.SUPPORT_AGENT: _tr("Support agent"),
        OperatorRole.ADMINISTRATOR: _tr("Administrator"),
    }[role]


def refusal(actor: Actor, permission: Permission) -> str:
    """Why ``actor`` may not, for a tooltip: the domain's refusal, worded once there."""
    return message_text(actor.refusal(permission))
