"""The staff who use custadmin (operators), their roles, and who a change is for.

A role grants permissions; every protected service asks :func:`require`
before it changes anything, so a refusal does not depend on the UI hiding a
button. A refusal is a :class:`~custadmin.domain.messages.Message`: English
for logs and the command line, rendered in the operator's language by the UI.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from custadmin.domain.errors import CustadminError, FieldError
from custadmin.domain.messages import Message, or_list
from custadmin.domain.text import clean_text, fold


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
    #: Register exports with sole traders' personal identity numbers in full (audited).
    EXPORT_IDENTITY_NUMBERS = "export_identity_numbers"
    #: Searching is anyone's; registering recipients and asking for moves (R18).
    EINVOICE_REGISTER = "einvoice_register"
    #: Confirming and rejecting registrations and moves; the operator catalogue (R19).
    EINVOICE_DECIDE = "einvoice_decide"
    #: Reseller agreements (R27) and the catalogue of product versions and prices.
    PARTNER_AGREEMENTS = "partner_agreements"
    #: The outgoing mail server (SMTP) that welcome emails go through.
    MAIL_SETTINGS = "mail_settings"


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
    Permission.EXPORT_IDENTITY_NUMBERS: Message("permission.export_identity_numbers"),
    Permission.EINVOICE_REGISTER: Message("permission.einvoice_register"),
    Permission.EINVOICE_DECIDE: Message("permission.einvoice_decide"),
    Permission.PARTNER_AGREEMENTS: Message("permission.partner_agreements"),
    Permission.MAIL_SETTINGS: Message("permission.mail_settings"),
}

_AGENT = frozenset({Permission.EDIT_ACCOUNTS, Permission.PORTAL_ACCESS, Permission.LOGIN_CHECK,
                    Permission.EINVOICE_REGISTER})
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


_DISABLED = Message("operator.account_disabled")


class OperatorDisabled(CustadminError):
    """The signed-in operator was disabled (or removed) meanwhile; nothing was done."""

    def __init__(self, message: str = _DISABLED) -> None:
        super().__init__(message)
        self.message = message


class RoleChanged(CustadminError):
    """The signed-in operator's role lost permissions meanwhile; nothing was done.

    ``current`` is the operator as stored now: the workspace works as it from
    then on, so that the next attempt is checked against the new role.
    """

    def __init__(self, current: Actor) -> None:
        self.message = Message("operator.role_changed", role=ROLE_NAMES[current.role])
        super().__init__(self.message)
        self.current = current


def current_actor(signed_in: Actor, stored: Actor | None, enabled: bool) -> Actor:
    """Who works in a unit of work, given the operator's row as stored now.

    A role is read at sign-in, but an administrator may demote or disable
    the operator while they work: every unit of work reads the row again
    (``stored``, None when it is gone). The service already checked its
    permission against ``signed_in``'s role, so a role that grants at least
    as much still allows it; one that grants less may not, and the unit of
    work is refused (:class:`RoleChanged`) rather than guessed at.
    """
    if stored is None or not enabled:
        raise OperatorDisabled
    if not ROLE_PERMISSIONS[stored.role] >= ROLE_PERMISSIONS[signed_in.role]:
        raise RoleChanged(stored)
    return stored


def require(actor: Actor, permission: Permission) -> None:
    """Raise :class:`NotPermitted` unless ``actor`` may do ``permission``."""
    if not actor.may(permission):
        raise NotPermitted(actor.refusal(permission), permission)


# --- names (the text policy of domain/text.py, the column lengths of storage/schema.py) ---

#: ``operator.name`` holds the folded key, ``operator.display_name`` the name as typed.
OPERATOR_NAME_MAX = 100
DISPLAY_NAME_MAX = 200
#: ``audit_entry.caller_name`` and ``caller_verified``: copied into every entry.
CALLER_TEXT_MAX = 200


def _named(field: str, value: str, max_length: int, required: bool,
           label: Callable[[str], Message]) -> str:
    """``clean_text``, its refusal prefixed with which name it is about."""
    try:
        return clean_text(field, value, required=required, max_length=max_length)
    except FieldError as exc:
        raise FieldError(field, label(exc.message)) from None


def _name_problem(problem: str) -> Message:
    return Message("operator.name_invalid", problem=problem)


def operator_name(name: str, label: Callable[[str], Message] = _name_problem) -> tuple[str, str]:
    """An operator's name as typed (trimmed) and its key (folded, what is stored and
    signed in with), or :class:`FieldError` at ``name`` whose message is ``label``
    applied to the problem."""
    shown = _named("name", name, OPERATOR_NAME_MAX, False, label)
    if not shown:
        raise FieldError("name", Message("operator.name_required"))
    key = fold(shown)
    if len(key) > OPERATOR_NAME_MAX:  # folding can lengthen ("ß" is "ss")
        raise FieldError("name", label(Message(
            "field.too_long", max_length=OPERATOR_NAME_MAX, length=len(key))))
    return shown, key


def display_name(typed: str, name: str) -> str:
    """The name the audit trail shows: ``typed``, or the operator name if it is empty."""
    return _named("display_name", typed, DISPLAY_NAME_MAX, False,
                  lambda problem: Message("operator.display_name_invalid",
                                          problem=problem)) or name


@dataclass(frozen=True, slots=True)
class Caller:
    """On whose behalf an agent works: the person on the phone, and how they were verified.

    Both texts are copied into every audit entry saved meanwhile: they are
    trimmed and checked here, so no Caller holds what the policy refuses
    (:class:`FieldError` at ``caller_name`` or ``caller_verified``).
    """

    name: str
    verified_by: str = ""

    def __post_init__(self) -> None:
        # object.__setattr__: the dataclass is frozen; the trimmed texts are its values.
        object.__setattr__(self, "name", _named(
            "caller_name", self.name, CALLER_TEXT_MAX, True,
            lambda problem: Message("caller.name_invalid", problem=problem)))
        object.__setattr__(self, "verified_by", _named(
            "caller_verified", self.verified_by, CALLER_TEXT_MAX, False,
            lambda problem: Message("caller.verified_by_invalid", problem=problem)))
