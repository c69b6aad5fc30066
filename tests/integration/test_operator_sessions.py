"""A role is read in every unit of work: demoted or disabled while signed in, an
operator's next save is refused, in another session of the same database too.
Remember-me tokens are issued only to the signed-in operator themselves."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from custadmin.domain.accounts import AccountInput
from custadmin.domain.errors import RuleViolation
from custadmin.domain.operators import (
    SYSTEM,
    Actor,
    Caller,
    NotPermitted,
    OperatorDisabled,
    OperatorRole,
    RoleChanged,
)
from custadmin.services.accounts import create_account, load_account, update_account_details
from custadmin.services.operators import (
    computer_operator,
    create_operator,
    issue_token,
    list_operators,
    set_operator_role,
    sign_in,
    sign_in_with_token,
)
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import Account, AuditEntry, OperatorToken
from factories import new_account, open_workspace

PASSWORD = "Quiet-Meadow-Lantern-77"


@pytest.fixture
def other(db: Workspace) -> Iterator[Workspace]:
    """A second session on the same database: its own engine, as another computer's."""
    workspace = open_workspace(db.engine.url)
    try:
        yield workspace
    finally:
        workspace.dispose()


def _count(ws: Workspace, model: Any) -> int:
    with ws.reading() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def _state(ws: Workspace) -> tuple[int, int, int]:
    return _count(ws, Account), _count(ws, AuditEntry), _count(ws, OperatorToken)


def _set(admin: Workspace, name: str, role: OperatorRole, enabled: bool = True) -> None:
    operator = next(o for o in list_operators(admin) if o.name == name)
    set_operator_role(admin, operator.token, role, enabled)


@pytest.fixture
def admin(db: Workspace) -> Workspace:
    """An administrator, signed in on the first session."""
    create_operator(db, "anna", "Anna Berg", OperatorRole.ADMINISTRATOR, PASSWORD)
    return db.acting(sign_in(db, "anna", PASSWORD))


@pytest.fixture
def per(admin: Workspace, other: Workspace) -> Workspace:
    """A support agent, signed in on the second session."""
    create_operator(admin, "per", "Per Ek", OperatorRole.SUPPORT_AGENT, PASSWORD)
    return other.acting(sign_in(other, "per", PASSWORD))


def _rename(ws: Workspace, account_id: int, name: str) -> None:
    details = load_account(ws, account_id)
    update_account_details(ws, details.token, AccountInput(
        name=name, country=details.country, org_number=details.org_number),
        details.main_contact.as_input())


def test_demoted_in_another_session_the_next_save_is_refused(
    admin: Workspace, per: Workspace,
) -> None:
    account = create_account(per, new_account())  # allowed while an agent
    _set(admin, "per", OperatorRole.READ_ONLY)
    before = _state(admin)
    details = load_account(admin, account.id)
    with pytest.raises(RoleChanged) as refused:
        update_account_details(per, details.token, AccountInput(
            name="Annat AB", country=details.country, org_number=details.org_number),
            details.main_contact.as_input())
    assert refused.value.message == (
        "An administrator changed your role to read-only since you signed in: this was not "
        "done. Try again if your new role allows it.")
    assert refused.value.current.role is OperatorRole.READ_ONLY
    assert _state(admin) == before
    assert load_account(admin, account.id).name == "Hägg Bygg AB"
    # The session now works as stored: the window shows it, services refuse it.
    assert per.actor.role is OperatorRole.READ_ONLY
    with pytest.raises(NotPermitted):
        create_account(per, new_account(name="Ny AB", email="ny@ny.se"))
    assert load_account(per, account.id).id == account.id  # still may look
    assert _state(admin) == before


def test_disabled_in_another_session_nothing_more_is_done(
    admin: Workspace, per: Workspace,
) -> None:
    account = create_account(per, new_account())
    _set(admin, "per", OperatorRole.SUPPORT_AGENT, enabled=False)
    before = _state(admin)
    for attempt in (lambda: create_account(per, new_account(name="Ny AB", email="ny@ny.se")),
                    lambda: _rename(per, account.id, "Annat AB"),
                    lambda: load_account(per, account.id)):
        with pytest.raises(OperatorDisabled) as refused:
            attempt()
        assert refused.value.message == (
            "Your operator account was disabled by an administrator (or removed): nothing "
            "was done.")
    assert _state(admin) == before
    # Enabled again, the same session carries on.
    _set(admin, "per", OperatorRole.SUPPORT_AGENT, enabled=True)
    _rename(per, account.id, "Annat AB")
    assert load_account(admin, account.id).name == "Annat AB"


def test_a_copy_for_a_caller_shares_the_role_read_afresh(
    admin: Workspace, per: Workspace,
) -> None:
    account = create_account(per, new_account())
    _set(admin, "per", OperatorRole.READ_ONLY)
    for_caller = per.acting(caller=Caller("Eva Ek", "customer number"))
    with pytest.raises(RoleChanged):
        _rename(for_caller, account.id, "Annat AB")
    # The workspace the window holds learnt it too, not only the copy.
    assert per.actor.role is OperatorRole.READ_ONLY
    with pytest.raises(NotPermitted):
        _rename(per, account.id, "Annat AB")


def test_promoted_in_another_session_the_new_role_applies_after_a_read(
    admin: Workspace, other: Workspace,
) -> None:
    create_operator(admin, "rolf", "Rolf Ek", OperatorRole.READ_ONLY, PASSWORD)
    rolf = other.acting(sign_in(other, "rolf", PASSWORD))
    _set(admin, "rolf", OperatorRole.SUPPORT_AGENT)
    with rolf.reading():  # any unit of work (the register's, say) learns the new role
        pass
    assert rolf.actor.role is OperatorRole.SUPPORT_AGENT
    assert create_account(rolf, new_account()).name == "Hägg Bygg AB"


def test_an_administrator_demoted_to_agent_is_refused_what_agents_may_not(
    admin: Workspace, other: Workspace,
) -> None:
    create_operator(admin, "bo", "Bo Ek", OperatorRole.ADMINISTRATOR, PASSWORD)
    bo = other.acting(sign_in(other, "bo", PASSWORD))
    _set(admin, "bo", OperatorRole.SUPPORT_AGENT)
    with pytest.raises(RoleChanged):
        list_operators(bo)  # a read that needs a permission: refused too
    with pytest.raises(NotPermitted):
        list_operators(bo)
    create_account(bo, new_account())  # what an agent may: allowed


def test_custadmin_itself_and_operatorless_actors_are_not_looked_up(db: Workspace) -> None:
    # SYSTEM and other actors without an operator row (scripts, tests) keep working.
    create_account(db.acting(SYSTEM), new_account())
    create_account(db.acting(Actor(None, "script", OperatorRole.ADMINISTRATOR)),
                   new_account(name="Ny AB", email="ny@ny.se"))
    assert _count(db, Account) == 2


# --- remember me ----------------------------------------------------------------------------


def test_a_token_is_issued_to_the_signed_in_operator_only(
    admin: Workspace, per: Workspace,
) -> None:
    token = issue_token(per)
    assert sign_in_with_token(per, token) == per.actor
    with admin.reading() as uow:
        owners = uow.session.scalars(select(OperatorToken.operator_id)).all()
    assert owners == [per.actor.operator_id]


def test_custadmin_itself_gets_no_token(db: Workspace) -> None:
    with pytest.raises(RuleViolation, match="Only an operator"):
        issue_token(db)
    assert _count(db, OperatorToken) == 0


def test_an_operator_without_a_password_gets_no_token(db: Workspace) -> None:
    # The computer's user on the embedded database: there is no sign-in to remember.
    me = db.acting(computer_operator(db, "anna"))
    with pytest.raises(RuleViolation, match="signs in with a password"):
        issue_token(me)
    assert _count(db, OperatorToken) == 0


def test_a_disabled_operator_gets_no_token(admin: Workspace, per: Workspace) -> None:
    _set(admin, "per", OperatorRole.SUPPORT_AGENT, enabled=False)
    with pytest.raises(OperatorDisabled):
        issue_token(per)
    assert _count(admin, OperatorToken) == 0
