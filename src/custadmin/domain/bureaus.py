"""Accounting bureaus and their clients (R20–R24), as rules without storage.

A bureau's users have bureau roles; a consultant reaches a client only when
the bureau granted access to it (R20) *and* the client's own system
administrator granted program permissions there (R21). A client joins a
bureau by being created by it, or by a connection request signed by the
client's system administrator or an authorised signatory (R22), and waits in
the activation list until a bureau system administrator or a program
administrator of the client manager activates it (R24). A client's name and
organisation number are the client account's own (R23): nothing here holds
a copy.

:func:`effective_access` answers, for one consultant and one client, which
programs they see, or the one reason they see none: the question a support
agent is asked ("why do I have no programs at the client?").
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Collection
from dataclasses import dataclass

from custadmin.domain.errors import CustadminError
from custadmin.domain.messages import Message

#: A connection request not signed within this long expires (issue 17).
SIGNING_DAYS = 30


class BureauRole(enum.StrEnum):
    """What a bureau user may do in the bureau's own account."""

    SYSTEM_ADMINISTRATOR = "system_administrator"
    #: Program administrator of the client manager.
    CLIENT_MANAGER_ADMINISTRATOR = "client_manager_administrator"
    CONSULTANT = "consultant"


class ClientRole(enum.StrEnum):
    """What a person is at the client, for signing and granting (R21, R22)."""

    SYSTEM_ADMINISTRATOR = "system_administrator"
    AUTHORISED_SIGNATORY = "authorised_signatory"


# --- R24: who activates ------------------------------------------------------------

#: The bureau roles that may activate clients in the activation list.
ACTIVATING_ROLES = frozenset({BureauRole.SYSTEM_ADMINISTRATOR,
                              BureauRole.CLIENT_MANAGER_ADMINISTRATOR})


def may_activate(roles: Collection[BureauRole]) -> Message | None:
    """None if a bureau user with ``roles`` may activate clients, else why not (R24)."""
    if ACTIVATING_ROLES & set(roles):
        return None
    return Message("bureau.may_not_activate")


# --- R22: the connection request -----------------------------------------------------


class ConnectionState(enum.StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    SIGNED = "signed"
    AWAITING_ACTIVATION = "awaiting_activation"
    ACTIVE = "active"
    DECLINED = "declined"
    EXPIRED = "expired"
    DISCONNECTED = "disconnected"


class ConnectionStep(enum.StrEnum):
    SEND = "send"
    SIGN = "sign"
    DECLINE = "decline"
    #: Signed: into the activation list.
    QUEUE = "queue"
    ACTIVATE = "activate"
    DISCONNECT = "disconnect"


#: Each state and step as a sentence names it (translated with the sentence).
STATE_NAMES: dict[ConnectionState, Message] = {
    ConnectionState.DRAFT: Message("connection.state.draft"),
    ConnectionState.SENT: Message("connection.state.sent"),
    ConnectionState.SIGNED: Message("connection.state.signed"),
    ConnectionState.AWAITING_ACTIVATION: Message("connection.state.awaiting_activation"),
    ConnectionState.ACTIVE: Message("connection.state.active"),
    ConnectionState.DECLINED: Message("connection.state.declined"),
    ConnectionState.EXPIRED: Message("connection.state.expired"),
    ConnectionState.DISCONNECTED: Message("connection.state.disconnected"),
}
STEP_NAMES: dict[ConnectionStep, Message] = {
    ConnectionStep.SEND: Message("connection.step.send"),
    ConnectionStep.SIGN: Message("connection.step.sign"),
    ConnectionStep.DECLINE: Message("connection.step.decline"),
    ConnectionStep.QUEUE: Message("connection.step.queue"),
    ConnectionStep.ACTIVATE: Message("connection.step.activate"),
    ConnectionStep.DISCONNECT: Message("connection.step.disconnect"),
}

#: Each step: the states it may be taken from, and the state it leads to.
_STEPS: dict[ConnectionStep, tuple[frozenset[ConnectionState], ConnectionState]] = {
    ConnectionStep.SEND: (frozenset({ConnectionState.DRAFT}), ConnectionState.SENT),
    ConnectionStep.SIGN: (frozenset({ConnectionState.SENT}), ConnectionState.SIGNED),
    ConnectionStep.DECLINE: (frozenset({ConnectionState.DRAFT, ConnectionState.SENT}),
                             ConnectionState.DECLINED),
    ConnectionStep.QUEUE: (frozenset({ConnectionState.SIGNED}),
                           ConnectionState.AWAITING_ACTIVATION),
    ConnectionStep.ACTIVATE: (frozenset({ConnectionState.AWAITING_ACTIVATION}),
                              ConnectionState.ACTIVE),
    ConnectionStep.DISCONNECT: (frozenset({ConnectionState.SIGNED,
                                           ConnectionState.AWAITING_ACTIVATION,
                                           ConnectionState.ACTIVE}),
                                ConnectionState.DISCONNECTED),
}


@dataclass(frozen=True, slots=True)
class ConnectionRequest:
    """A bureau's request to connect an existing client account (R22)."""

    state: ConnectionState
    #: When it was sent to the client (None: still a draft).
    sent_at: dt.datetime | None = None


def current_state(request: ConnectionRequest, now: dt.datetime) -> ConnectionState:
    """The request's state at ``now``: a sent request not signed within
    :data:`SIGNING_DAYS` has expired, whether or not anyone has looked."""
    if (request.state is ConnectionState.SENT and request.sent_at is not None
            and now - request.sent_at >= dt.timedelta(days=SIGNING_DAYS)):
        return ConnectionState.EXPIRED
    return request.state


def next_state(request: ConnectionRequest, step: ConnectionStep,
               now: dt.datetime) -> ConnectionState:
    """The state ``step`` leads to, or :class:`StepRefused` with the reason."""
    state = current_state(request, now)
    allowed, target = _STEPS[step]
    if state not in allowed:
        raise StepRefused(Message("bureau.step_refused", step=STEP_NAMES[step],
                                  state=STATE_NAMES[state]))
    return target


class StepRefused(CustadminError):
    """A step the request's state does not allow; ``message`` says which (the
    window renders it as every domain error)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


def check_signer(roles_at_client: Collection[ClientRole]) -> Message | None:
    """None if someone with ``roles_at_client`` may sign the connection form (R22):
    the client's system administrator or an authorised signatory; else why not."""
    if {ClientRole.SYSTEM_ADMINISTRATOR, ClientRole.AUTHORISED_SIGNATORY} & set(roles_at_client):
        return None
    return Message("bureau.wrong_signer")


# --- R20, R21: what a consultant sees at a client ---------------------------------------


class AccessReason(enum.StrEnum):
    """Why a consultant sees what they see at a client; checked in this order."""

    LOGIN_DISABLED = "login_disabled"
    NOT_CONNECTED = "not_connected"
    NOT_ACTIVATED = "not_activated"
    NO_ACCESS = "no_access"
    NO_PROGRAMS = "no_programs"
    GRANTED = "granted"


@dataclass(frozen=True, slots=True)
class AccessFacts:
    """What is known of one consultant at one client."""

    login_enabled: bool
    #: The client was created by the bureau, or its connection form is signed.
    connected: bool
    activated: bool
    #: The bureau granted the consultant access to this client (R20).
    access_granted: bool
    #: Programs the client's system administrator granted the consultant (R21).
    programs: frozenset[str]


@dataclass(frozen=True, slots=True)
class EffectiveAccess:
    programs: frozenset[str]
    reason: AccessReason
    message: Message


def effective_access(facts: AccessFacts) -> EffectiveAccess:
    """The programs the consultant sees at the client, or exactly why none (R20, R21)."""
    if not facts.login_enabled:
        return _none(AccessReason.LOGIN_DISABLED, Message("access.login_disabled"))
    if not facts.connected:
        return _none(AccessReason.NOT_CONNECTED, Message("access.not_connected"))
    if not facts.activated:
        return _none(AccessReason.NOT_ACTIVATED, Message("access.not_activated"))
    if not facts.access_granted:
        return _none(AccessReason.NO_ACCESS, Message("access.no_access"))
    if not facts.programs:
        return _none(AccessReason.NO_PROGRAMS, Message("access.no_programs"))
    return EffectiveAccess(facts.programs, AccessReason.GRANTED, Message(
        "access.granted", programs=", ".join(sorted(facts.programs))))


def _none(reason: AccessReason, why: Message) -> EffectiveAccess:
    return EffectiveAccess(frozenset(), reason, why)


def may_grant_programs(granter_roles_at_client: Collection[ClientRole]) -> Message | None:
    """None if the granter is the client's system administrator (R21), else why not."""
    if ClientRole.SYSTEM_ADMINISTRATOR in set(granter_roles_at_client):
        return None
    return Message("bureau.not_client_administrator")
