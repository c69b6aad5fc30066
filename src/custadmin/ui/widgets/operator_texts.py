"""Operator-facing words for roles and refusals (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from custadmin.domain.operators import Actor, OperatorRole, Permission
from custadmin.ui.widgets.messages import message_text

#: Qt's translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate


def role_title(role: OperatorRole) -> str:
    """A role as a title (lists, the status bar); sentences use the domain's lower-case name."""
    return {
        OperatorRole.READ_ONLY: translate("OperatorTexts", "Read-only"),
        OperatorRole.SUPPORT_AGENT: translate("OperatorTexts", "Support agent"),
        OperatorRole.ADMINISTRATOR: translate("OperatorTexts", "Administrator"),
    }[role]


def refusal(actor: Actor, permission: Permission) -> str:
    """Why ``actor`` may not, for a tooltip: the domain's refusal, worded once there."""
    return message_text(actor.refusal(permission))
