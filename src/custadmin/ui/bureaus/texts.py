"""Operator-facing words for bureaus: roles, connection states, access reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from custadmin.domain.bureaus import AccessReason, BureauRole, ClientRole, ConnectionState
from custadmin.ui.widgets.notices import Changes, changes_of
from custadmin.ui.widgets.plurals import plurals

#: Qt's translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate


def role_title(role: str) -> str:
    return {
        BureauRole.SYSTEM_ADMINISTRATOR.value: translate("BureauTexts", "System administrator"),
        BureauRole.CLIENT_MANAGER_ADMINISTRATOR.value: translate(
            "BureauTexts", "Program administrator of the client manager"),
        BureauRole.CONSULTANT.value: translate("BureauTexts", "Consultant"),
        ClientRole.AUTHORISED_SIGNATORY.value: translate("BureauTexts", "Authorised signatory"),
    }.get(role, role)


def state_title(state: ConnectionState) -> str:
    return {
        ConnectionState.DRAFT: translate("BureauTexts", "Draft"),
        ConnectionState.SENT: translate("BureauTexts", "Sent, awaiting signature"),
        ConnectionState.SIGNED: translate("BureauTexts", "Signed"),
        ConnectionState.AWAITING_ACTIVATION: translate("BureauTexts", "Awaiting activation"),
        ConnectionState.ACTIVE: translate("BureauTexts", "Active"),
        ConnectionState.DECLINED: translate("BureauTexts", "Declined"),
        ConnectionState.EXPIRED: translate("BureauTexts", "Expired (not signed in 30 days)"),
        ConnectionState.DISCONNECTED: translate("BureauTexts", "Disconnected"),
    }[state]


def origin_title(origin: str) -> str:
    return {"created": translate("BureauTexts", "Created by the bureau"),
            "connected": translate("BureauTexts", "Connected")}.get(origin, origin)


def invoiced_title(invoiced: str) -> str:
    return {"bureau": translate("BureauTexts", "The bureau"),
            "client": translate("BureauTexts", "The client")}.get(invoiced, invoiced)


def reason_short(reason: AccessReason, count: int = 0) -> str:
    """A cell of the effective-access matrix: a few words (the tooltip says the rest)."""
    if reason is AccessReason.GRANTED:
        return plurals().programs(count)
    return {
        AccessReason.LOGIN_DISABLED: translate("BureauTexts", "Login disabled"),
        AccessReason.NOT_CONNECTED: translate("BureauTexts", "Not signed"),
        AccessReason.NOT_ACTIVATED: translate("BureauTexts", "Not activated"),
        AccessReason.NO_ACCESS: translate("BureauTexts", "No access"),
        AccessReason.NO_PROGRAMS: translate("BureauTexts", "No programs"),
    }[reason]


def bureau_changes() -> Changes:
    """Every bureau window and program dialog re-reads when a bureau's clients,
    roles, access or programs change in any of them."""
    return changes_of("bureaus")
