"""Operator-facing words for licences: roles, salary types, invitation states, money."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from custadmin.domain.licences import LicenceRole, SalaryType
from custadmin.ui.widgets.notices import Changes, changes_of

#: Qt's translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate


def role_title(role: LicenceRole) -> str:
    return {
        LicenceRole.REPORTER: translate("LicenceTexts", "Reporter"),
        LicenceRole.APPROVER: translate("LicenceTexts", "Approver"),
        LicenceRole.ADMINISTRATOR: translate("LicenceTexts", "Administrator"),
    }[role]


def salary_title(salary: SalaryType | None) -> str:
    if salary is None:
        return ""
    return {SalaryType.MONTHLY: translate("LicenceTexts", "Monthly"),
            SalaryType.HOURLY: translate("LicenceTexts", "Hourly")}[salary]


def invitation_title(state: str) -> str:
    return {
        "not_ready": translate("LicenceTexts", "Not ready"),
        "ready": translate("LicenceTexts", "Ready"),
        "sent": translate("LicenceTexts", "Sent"),
        "failed": translate("LicenceTexts", "Failed"),
    }.get(state, state)


def money(minor_units: int, currency: str) -> str:
    """An amount in minor units (öre, øre, cent) as the operator's locale writes it."""
    return f"{QLocale().toString(minor_units / 100, 'f', 2)} {currency}"


def licence_changes() -> Changes:
    """Licences or partnerships changed (a wizard finished, a tab saved): who shows them
    reads them again."""
    return changes_of("licences")
