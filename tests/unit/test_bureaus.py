"""Accounting bureaus as rules (R20–R24), before any storage: who activates, the
connection request's lifecycle with expiry and the signer, and what a consultant
sees at a client, reason by reason."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from custadmin.domain.bureaus import (
    SIGNING_DAYS,
    AccessFacts,
    AccessReason,
    BureauRole,
    ClientRole,
    ConnectionRequest,
    ConnectionState,
    ConnectionStep,
    StepRefused,
    check_signer,
    current_state,
    effective_access,
    may_activate,
    may_grant_programs,
    next_state,
)

NOW = dt.datetime(2026, 12, 3, 12, tzinfo=dt.UTC)
ALL_SET = AccessFacts(login_enabled=True, connected=True, activated=True,
                      access_granted=True, programs=frozenset({"bookkeeping", "invoicing"}))


@pytest.mark.parametrize(("roles", "allowed"), [
    ({BureauRole.SYSTEM_ADMINISTRATOR}, True),
    ({BureauRole.CLIENT_MANAGER_ADMINISTRATOR}, True),
    ({BureauRole.CONSULTANT, BureauRole.CLIENT_MANAGER_ADMINISTRATOR}, True),
    ({BureauRole.CONSULTANT}, False),
    (set(), False),
])
def test_r24_who_may_activate_clients(roles: set[BureauRole], allowed: bool) -> None:
    refusal = may_activate(roles)
    assert (refusal is None) is allowed
    if refusal is not None:
        assert "system administrator or a program administrator" in refusal


def test_r22_the_request_runs_draft_sent_signed_awaiting_active_then_disconnect() -> None:
    request = ConnectionRequest(ConnectionState.DRAFT)
    for step, expected in ((ConnectionStep.SEND, ConnectionState.SENT),
                           (ConnectionStep.SIGN, ConnectionState.SIGNED),
                           (ConnectionStep.QUEUE, ConnectionState.AWAITING_ACTIVATION),
                           (ConnectionStep.ACTIVATE, ConnectionState.ACTIVE),
                           (ConnectionStep.DISCONNECT, ConnectionState.DISCONNECTED)):
        state = next_state(request, step, NOW)
        assert state is expected
        request = ConnectionRequest(state, sent_at=request.sent_at or NOW)


def test_r22_an_unsigned_request_expires_after_30_days_and_cannot_be_signed() -> None:
    sent = ConnectionRequest(ConnectionState.SENT, sent_at=NOW)
    almost = NOW + dt.timedelta(days=SIGNING_DAYS) - dt.timedelta(seconds=1)
    assert current_state(sent, almost) is ConnectionState.SENT
    assert next_state(sent, ConnectionStep.SIGN, almost) is ConnectionState.SIGNED
    later = NOW + dt.timedelta(days=SIGNING_DAYS)
    assert current_state(sent, later) is ConnectionState.EXPIRED
    with pytest.raises(StepRefused) as refused:
        next_state(sent, ConnectionStep.SIGN, later)
    assert "expired" in refused.value.message


@pytest.mark.parametrize(("state", "step"), [
    (ConnectionState.DRAFT, ConnectionStep.SIGN),
    (ConnectionState.SENT, ConnectionStep.ACTIVATE),
    (ConnectionState.DECLINED, ConnectionStep.SEND),
    (ConnectionState.ACTIVE, ConnectionStep.SIGN),
    (ConnectionState.DISCONNECTED, ConnectionStep.ACTIVATE),
])
def test_r22_steps_out_of_order_are_refused_with_the_state(
    state: ConnectionState, step: ConnectionStep
) -> None:
    with pytest.raises(StepRefused) as refused:
        next_state(ConnectionRequest(state, sent_at=NOW), step, NOW)
    assert state.value in refused.value.message


@pytest.mark.parametrize(("roles", "allowed"), [
    ({ClientRole.SYSTEM_ADMINISTRATOR}, True),
    ({ClientRole.AUTHORISED_SIGNATORY}, True),
    (set(), False),
])
def test_r22_the_signer_is_the_clients_administrator_or_an_authorised_signatory(
    roles: set[ClientRole], allowed: bool
) -> None:
    assert (check_signer(roles) is None) is allowed


def test_r21_only_the_clients_system_administrator_grants_programs() -> None:
    assert may_grant_programs({ClientRole.SYSTEM_ADMINISTRATOR}) is None
    refusal = may_grant_programs({ClientRole.AUTHORISED_SIGNATORY})
    assert refusal is not None and "system administrator" in refusal


def test_r20_r21_everything_in_place_shows_the_programs() -> None:
    seen = effective_access(ALL_SET)
    assert seen.reason is AccessReason.GRANTED
    assert seen.programs == {"bookkeeping", "invoicing"}
    assert seen.message == "Sees bookkeeping, invoicing."


@pytest.mark.parametrize(("change", "reason", "words"), [
    ({"login_enabled": False}, AccessReason.LOGIN_DISABLED, "login is disabled"),
    ({"connected": False}, AccessReason.NOT_CONNECTED, "not signed"),
    ({"activated": False}, AccessReason.NOT_ACTIVATED, "activation list"),
    ({"access_granted": False}, AccessReason.NO_ACCESS, "not given the consultant access"),
    ({"programs": frozenset()}, AccessReason.NO_PROGRAMS, "not granted the consultant any"),
])
def test_r20_r21_each_missing_piece_is_the_reason_and_no_program_shows(
    change: dict[str, object], reason: AccessReason, words: str
) -> None:
    seen = effective_access(dataclasses.replace(ALL_SET, **change))  # type: ignore[arg-type]
    assert seen.reason is reason and seen.programs == frozenset()
    assert words in seen.message


def test_the_first_missing_piece_is_named_when_several_are_missing() -> None:
    """Access without permissions is R21's case; a disabled login comes before it all."""
    nothing = AccessFacts(False, False, False, False, frozenset())
    assert effective_access(nothing).reason is AccessReason.LOGIN_DISABLED
    granted_only = dataclasses.replace(ALL_SET, programs=frozenset())
    assert effective_access(granted_only).reason is AccessReason.NO_PROGRAMS
