"""Roles are enforced by the services: a refusal names who, what and which role it needs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from custadmin.domain.accounts import AccountDetails, ContactChange, NewAccount
from custadmin.domain.mail import EmailCategory
from custadmin.domain.operators import (
    ROLE_PERMISSIONS,
    Actor,
    NotPermitted,
    OperatorDisabled,
    OperatorRole,
    Permission,
    RoleChanged,
)
from custadmin.domain.portal import PortalAccessChange, PortalSettings
from custadmin.domain.register import RegisterQuery
from custadmin.domain.versions import VersionToken
from custadmin.services.accounts import (
    bulk_create_accounts,
    create_account,
    delete_account,
    load_account,
    update_account_details,
)
from custadmin.services.audit_trail import search_audit
from custadmin.services.contacts import (
    delete_contact,
    make_main_contact,
    save_contact,
    save_rights,
)
from custadmin.services.importer import commit_import, plan_import
from custadmin.services.operators import (
    computer_operator,
    create_operator,
    list_operators,
    set_operator_role,
    sign_in,
)
from custadmin.services.portal import (
    add_demo_portal_users,
    check_login,
    portal_settings,
    save_portal_settings,
)
from custadmin.services.register import search_register
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import Account, AuditEntry, Contact

NewAccountFactory = Callable[..., NewAccount]
NONE: frozenset[EmailCategory] = frozenset()


def _operator(db: Workspace, name: str, role: OperatorRole) -> Actor:
    """A real operator with ``role``: every unit of work reads its role from its row."""
    info = create_operator(db, name, name.title(), role, None)
    return Actor(info.id, info.display_name, info.role)


def _state(db: Workspace) -> tuple[int, int, int]:
    with db.reading() as uow:
        def count(model: Any) -> int:
            return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)
        return count(Account), count(Contact), count(AuditEntry)


@pytest.fixture
def account(db: Workspace, new_account: NewAccountFactory) -> AccountDetails:
    created = create_account(db, new_account())
    return save_contact(db, created.id, None, ContactChange(
        new_account(email="per@example.se").main_contact, NONE, PortalAccessChange(enabled=True)))


def _per(details: AccountDetails) -> Any:
    return next(c for c in details.contacts if not c.is_main)


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "import.csv"
    path.write_text("account_name;country;first_name;last_name;email;phone;address_line1;"
                    "postcode;city\nNy AB;SE;Eva;Ek;eva@ny.se;070-111 22 33;Väg 1;111 22;"
                    "Stockholm\n", encoding="utf-8")
    return path


#: Each protected service, called with the database of one actor.
SERVICES: dict[str, tuple[Permission, Callable[[Workspace, AccountDetails, Path, Any], Any]]] = {
    "create_account": (Permission.EDIT_ACCOUNTS,
                       lambda db, a, _p, new: create_account(db, new(email="x@ny.se"))),
    "update_account_details": (Permission.EDIT_ACCOUNTS, lambda db, a, _p, _n: (
        update_account_details(db, a.token, a.as_input().__class__(
            name="Annat AB", country=a.country, org_number=a.org_number),
            a.main_contact.as_input()))),
    "save_contact": (Permission.EDIT_ACCOUNTS, lambda db, a, _p, new: save_contact(
        db, a.id, None, ContactChange(new(email="ny@ny.se").main_contact, NONE))),
    "delete_contact": (Permission.EDIT_ACCOUNTS, lambda db, a, _p, _n: delete_contact(
        db, a.id, _per(a).token)),
    "make_main_contact": (Permission.EDIT_ACCOUNTS,
                          lambda db, a, _p, _n: make_main_contact(db, a.token, _per(a).id)),
    "portal access in save_contact": (Permission.PORTAL_ACCESS, lambda db, a, _p, _n: (
        save_contact(db, a.id, _per(a).token, ContactChange(
            _per(a).as_input(), NONE,
            PortalAccessChange(enabled=True, new_password="Quiet-Meadow-Lantern-77",
                               login_version=_per(a).login.version))))),  # type: ignore[union-attr]
    "save_rights": (Permission.PORTAL_ACCESS, lambda db, a, _p, _n: save_rights(
        db, a.id, {_per(a).token: frozenset({"invoices"})})),
    "check_login": (Permission.LOGIN_CHECK,
                    lambda db, _a, _p, _n: check_login(db, "per@example.se")),
    "save_portal_settings": (Permission.PORTAL_SETTINGS, lambda db, _a, _p, _n: (
        save_portal_settings(db, portal_settings(db).token,
                             PortalSettings(frozenset({"profile"}))))),
    "delete_account": (Permission.DELETE_ACCOUNTS,
                       lambda db, a, _p, _n: delete_account(db, a.token)),
    "plan_import": (Permission.IMPORT, lambda db, _a, path, _n: plan_import(db, path)),
    "commit_import": (Permission.IMPORT, lambda db, _a, path, _n: commit_import(
        db, plan_import(db.acting(Actor(None, "admin", OperatorRole.ADMINISTRATOR)), path))),
    "bulk_create_accounts": (Permission.IMPORT, lambda db, _a, _p, new: bulk_create_accounts(
        db, [new(email="bulk@ny.se")])),
    "add_demo_portal_users": (Permission.IMPORT,
                              lambda db, _a, _p, _n: add_demo_portal_users(db, every=1)),
    "list_operators": (Permission.MANAGE_OPERATORS, lambda db, _a, _p, _n: list_operators(db)),
    "search_audit": (Permission.VIEW_AUDIT, lambda db, _a, _p, _n: search_audit(db, "")),
    "create_operator": (Permission.MANAGE_OPERATORS, lambda db, _a, _p, _n: create_operator(
        db, "eva", "Eva", OperatorRole.ADMINISTRATOR, None)),
    "set_operator_role": (Permission.MANAGE_OPERATORS, lambda db, _a, _p, _n: (
        set_operator_role(db, list_operators(db.acting(Actor(None, "admin",
                          OperatorRole.ADMINISTRATOR)))[0].token, OperatorRole.ADMINISTRATOR))),
}


def _refused_actor(db: Workspace, permission: Permission) -> Actor:
    """An operator of the most capable role that still lacks ``permission``."""
    if permission not in ROLE_PERMISSIONS[OperatorRole.SUPPORT_AGENT]:
        return _operator(db, "anna", OperatorRole.SUPPORT_AGENT)
    return _operator(db, "rolf", OperatorRole.READ_ONLY)


@pytest.mark.parametrize("name", sorted(SERVICES))
def test_each_protected_service_refuses_a_role_without_the_permission(
    db: Workspace, account: AccountDetails, new_account: NewAccountFactory, tmp_path: Path,
    name: str,
) -> None:
    computer_operator(db, "someone")  # an operator to change roles of
    permission, call = SERVICES[name]
    actor = _refused_actor(db, permission)
    before = _state(db)
    with pytest.raises(NotPermitted) as refused:
        call(db.acting(actor), load_account(db, account.id), _file(tmp_path), new_account)
    # Refused for this permission, or for one it needs first (portal access
    # is part of editing a contact).
    assert not actor.may(refused.value.permission)
    assert refused.value.permission in (permission, Permission.EDIT_ACCOUNTS)
    message = refused.value.message
    assert actor.name in message and ("administrator" in message or "agent" in message)
    assert _state(db) == before  # nothing written, not even an audit entry


@pytest.mark.parametrize("name", sorted(SERVICES))
def test_each_protected_service_serves_a_role_with_the_permission(
    db: Workspace, account: AccountDetails, new_account: NewAccountFactory, tmp_path: Path,
    name: str,
) -> None:
    computer_operator(db, "someone")
    permission, call = SERVICES[name]
    role = (OperatorRole.SUPPORT_AGENT
            if permission in ROLE_PERMISSIONS[OperatorRole.SUPPORT_AGENT]
            else OperatorRole.ADMINISTRATOR)
    call(db.acting(_operator(db, "able", role)), load_account(db, account.id), _file(tmp_path),
         new_account)


def test_read_only_operators_may_look(db: Workspace, account: AccountDetails) -> None:
    reader = db.acting(_operator(db, "rolf", OperatorRole.READ_ONLY))
    assert load_account(reader, account.id).id == account.id
    assert account.id in search_register(reader, RegisterQuery("hägg"))
    assert portal_settings(reader) == portal_settings(db)


def test_the_first_computer_operator_is_administrator_later_ones_read_only(
    db: Workspace,
) -> None:
    first = computer_operator(db, "anna")
    assert first.role is OperatorRole.ADMINISTRATOR and first.operator_id is not None
    assert computer_operator(db, "ANNA") == first  # the same person, registered once
    second = computer_operator(db, "bertil")
    assert second.role is OperatorRole.READ_ONLY


def test_the_last_administrator_cannot_be_demoted(db: Workspace) -> None:
    computer_operator(db, "anna")
    admin = db.acting(Actor(None, "admin", OperatorRole.ADMINISTRATOR))
    (only,) = list_operators(admin)
    from custadmin.domain.errors import RuleViolation

    with pytest.raises(RuleViolation, match="last administrator"):
        set_operator_role(admin, only.token, OperatorRole.SUPPORT_AGENT)


def test_operators_sign_in_with_their_password_only(db: Workspace) -> None:
    from custadmin.services.operators import SignInFailed, issue_token, sign_in_with_token

    create_operator(db, "Eva", "Eva Ek", OperatorRole.SUPPORT_AGENT, "Quiet-Meadow-Lantern-77")
    actor = sign_in(db, "  eva ", "Quiet-Meadow-Lantern-77")
    assert (actor.name, actor.role) == ("Eva Ek", OperatorRole.SUPPORT_AGENT)
    for name, password in (("eva", "wrong"), ("nobody", "Quiet-Meadow-Lantern-77")):
        with pytest.raises(SignInFailed, match="not right"):
            sign_in(db, name, password)
    token = issue_token(db.acting(actor))
    assert sign_in_with_token(db, token) == actor
    assert sign_in_with_token(db, token + "x") is None


def _token(db: Workspace, actor: Actor) -> VersionToken:
    return next(o.token for o in list_operators(db) if o.id == actor.operator_id)


@pytest.mark.parametrize("enabled", [False, True], ids=["disabled", "demoted"])
@pytest.mark.parametrize("name", sorted(SERVICES))
def test_each_protected_service_refuses_an_operator_demoted_or_disabled_meanwhile(
    db: Workspace, account: AccountDetails, new_account: NewAccountFactory, tmp_path: Path,
    name: str, enabled: bool,
) -> None:
    """The role checked is the one stored now, not the one read at sign-in."""
    if name == "plan_import":
        pytest.skip("reads only the operator's file (no unit of work); commit_import is checked")
    computer_operator(db, "someone")
    _permission, call = SERVICES[name]
    actor = _operator(db, "able", OperatorRole.ADMINISTRATOR)  # allowed everything at sign-in
    signed_in = db.acting(actor)
    set_operator_role(db, _token(db, actor), OperatorRole.READ_ONLY, enabled=enabled)
    before = _state(db)
    with pytest.raises(RoleChanged if enabled else OperatorDisabled) as refused:
        call(signed_in, load_account(db, account.id), _file(tmp_path), new_account)
    assert _state(db) == before
    if enabled:
        assert refused.value.message == (
            "An administrator changed your role to read-only since you signed in: this was "
            "not done. Try again if your new role allows it.")
        # From then on the workspace works as stored: the service's own check refuses.
        assert signed_in.actor.role is OperatorRole.READ_ONLY
        with pytest.raises(NotPermitted):
            call(signed_in, load_account(db, account.id), _file(tmp_path), new_account)
    else:
        assert "disabled" in refused.value.message
    assert _state(db) == before
