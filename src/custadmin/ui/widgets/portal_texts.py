"""Operator-facing words for portal access: rights, their states, single
sign-on, service types and login-check outcomes (R8–R17)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from custadmin.domain.portal import (
    RIGHT_LABELS,
    LoginOutcome,
    RightState,
    ServiceType,
    SsoBlock,
    SsoStatus,
)
from custadmin.ui.widgets.messages import message_text

#: Qt's translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate


def right_label(key: str) -> str:
    """A portal right's label (the domain's, worded once there)."""
    label = RIGHT_LABELS.get(key)
    return message_text(label) if label is not None else key


def right_state_text(state: RightState) -> str:
    """Whether a right is in force for a portal user, and why (R16)."""
    return {
        RightState.IN_FORCE: translate(
            "PortalTexts", "In force: ticked here and offered system-wide."),
        RightState.MAIN_CONTACT: translate(
            "PortalTexts", "In force: the main contact holds every right."),
        RightState.NOT_TICKED: translate("PortalTexts", "Not in force: not ticked for this user."),
        RightState.OFF_SYSTEM_WIDE: translate("PortalTexts",
            "Not in force: switched off in the system-wide portal settings, so no one "
            "has it whatever is ticked here."),
        RightState.NO_PORTAL_ACCESS: translate(
            "PortalTexts", "Not in force: this contact has no portal access."),
    }[state]


def service_type_label(value: ServiceType | str | None) -> str:
    if not value:
        return translate("PortalTexts", "Not recorded")
    return {
        ServiceType.WEB_HOSTING: translate("PortalTexts", "Web hosting"),
        ServiceType.AGENCY: translate("PortalTexts", "Agency services"),
        ServiceType.MANAGED_SERVER: translate("PortalTexts", "Managed server"),
    }[ServiceType(value)]


def sso_text(status: SsoStatus) -> str:
    """R10 as one sentence: available, or not available because …"""
    if status.available:
        return translate("PortalTexts", "Single sign-on to the control panel: available")
    reasons: list[str] = []
    for block in status.blocks:
        if block is SsoBlock.NO_PORTAL_ACCESS:
            reasons.append(translate("PortalTexts", "the contact has no portal access"))
        elif block is SsoBlock.SERVICE_TYPE_UNKNOWN:
            reasons.append(translate(
                "PortalTexts", "the account's service type is not recorded (set it on "
                               "My details)"))
        elif block is SsoBlock.NOT_WEB_HOSTING:
            reasons.append(translate(
                "PortalTexts", "the account has no web-hosting service ({kind})").format(
                kind=service_type_label(status.service_type)))
        else:
            reasons.append(translate("PortalTexts", "it lacks {rights}").format(
                rights=", ".join(f"“{right_label(k)}”" for k in status.missing_rights)))
    return translate(
        "PortalTexts", "Single sign-on to the control panel: not available because {reasons}"
    ).format(reasons=translate("PortalTexts", "; and ").join(reasons))


def outcome_headline(outcome: LoginOutcome) -> str:
    return {
        LoginOutcome.OK: translate("PortalTexts", "Can log in"),
        LoginOutcome.NO_SUCH_LOGIN: translate("PortalTexts", "Cannot log in: no such login"),
        LoginOutcome.LOGIN_DISABLED: translate(
            "PortalTexts", "Cannot log in: the login is disabled"),
        LoginOutcome.NO_PASSWORD: translate("PortalTexts", "Cannot log in: no password set"),
        LoginOutcome.WRONG_PASSWORD: translate("PortalTexts", "Cannot log in: wrong password"),
        LoginOutcome.CANNOT_VERIFY: translate("PortalTexts", "Cannot verify the password"),
        LoginOutcome.NO_PORTAL_ACCESS: translate(
            "PortalTexts", "Cannot log in: portal access is off on every "
                                           "account"),
    }[outcome]


def outcome_explanation(outcome: LoginOutcome, password_checked: bool) -> str:
    return {
        LoginOutcome.OK: translate(
            "PortalTexts", "The password is right. At login the person chooses which "
                             "company to act for:") if password_checked else translate(
                                 "PortalTexts",
            "The password was not checked (none typed). The login works with its password; "
            "the person chooses which company to act for:"),
        LoginOutcome.NO_SUCH_LOGIN: translate("PortalTexts",
            "No portal login has this user name. The user name is the email address of a "
            "contact with portal access; check the spelling, or give the contact portal "
            "access on Manage contacts."),
        LoginOutcome.LOGIN_DISABLED: translate("PortalTexts",
            "The login exists but is disabled, for every company it serves. Enable it on "
            "Manage contacts."),
        LoginOutcome.NO_PASSWORD: translate("PortalTexts",
            "The login has no password, so the portal finds no user. Set or generate one "
            "on Manage contacts."),
        LoginOutcome.WRONG_PASSWORD: translate("PortalTexts",
            "The password typed does not match the one set. The person can reset it, or "
            "you can set a new one on Manage contacts."),
        LoginOutcome.CANNOT_VERIFY: translate("PortalTexts",
            "The stored password hash is damaged or not one custadmin can check, so no "
            "password would work. Set a new password on Manage contacts."),
        LoginOutcome.NO_PORTAL_ACCESS: translate("PortalTexts",
            "The login exists, but portal access is switched off for every contact that "
            "uses it. Switch it on on Manage contacts."),
    }[outcome]
