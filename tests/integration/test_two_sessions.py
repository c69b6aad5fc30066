"""Two sessions, one record: the second save always meets the conflict path.

For every editable thing (account, contact, main contact, rights, password,
portal access, system-wide portal settings, operators) two workspaces on the
same database load the same version; the first saves, and the second save —
made from what it loaded — is refused with :class:`ConflictError` carrying
the record as stored now, never written over the first.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session
from tests.factories import open_workspace
from tests.integration.conftest import NewAccountFactory

from custadmin.domain.accounts import AccountDetails, ContactChange, ContactDetails, ContactInput
from custadmin.domain.errors import ConflictError
from custadmin.domain.operators import OperatorRole
from custadmin.domain.portal import PortalAccessChange, PortalSettings
from custadmin.services.accounts import create_account, load_account, update_account_details
from custadmin.services.contacts import make_main_contact, save_contact, save_rights
from custadmin.services.operators import create_operator, list_operators, set_operator_role
from custadmin.services.portal import check_login, portal_settings, save_portal_settings
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import Login

FIRST_PASSWORD = "Blue-Harbour-Kettle-42"
SECOND_PASSWORD = "Quiet-Meadow-Lantern-77"
NO_CATEGORIES: frozenset[Any] = frozenset()

PER = ContactInput(
    first_name="Per", last_name="Svensson", organisation_name="",
    email="per.svensson@example.se", phone="070-765 43 21", address_line1="Box 4",
    address_line2="", postcode="111 22", city="Stockholm", country="SE",
)


@pytest.fixture
def other(db: Workspace) -> Iterator[Workspace]:
    """A second session (its own engine and pool) on the same database."""
    second = open_workspace(db.engine.url.render_as_string(hide_password=False))
    try:
        yield second
    finally:
        second.dispose()


def _portal_user(db: Workspace, account: AccountDetails, data: ContactInput = PER,
                 confirmed: int | None = None) -> ContactDetails:
    change = ContactChange(data, NO_CATEGORIES,
                           PortalAccessChange(enabled=True, new_password=FIRST_PASSWORD))
    saved = save_contact(db, account.id, None, change, confirmed_login_id=confirmed)
    return next(c for c in saved.contacts if c.email == data.email)


def _portal(contact: ContactDetails, **change: Any) -> ContactChange:
    """``contact`` saved unchanged but for its portal access, from what was loaded."""
    login = contact.login
    access = PortalAccessChange(
        enabled=change.pop("enabled", contact.portal_access),
        login_version=login.version if login is not None else None, **change)
    return ContactChange(contact.as_input(), contact.email_categories, access)


def _refused(save: Callable[[], object]) -> ConflictError:
    with pytest.raises(ConflictError) as caught:
        save()
    return caught.value


def _password_hash(db: Workspace) -> str | None:
    with db.reading() as uow:
        return uow.session.scalar(select(Login.password_hash))


# --- the account and its contacts ----------------------------------------------------------


def test_account(db: Workspace, other: Workspace, new_account: NewAccountFactory) -> None:
    loaded = create_account(db, new_account())
    update_account_details(db, loaded.token,
                           dataclasses.replace(loaded.as_input(), name="Första AB"),
                           loaded.main_contact.as_input())
    conflict = _refused(lambda: update_account_details(
        other, loaded.token, dataclasses.replace(loaded.as_input(), name="Andra AB"),
        loaded.main_contact.as_input()))
    assert isinstance(conflict.current, AccountDetails)
    assert conflict.current.name == "Första AB"
    assert load_account(db, loaded.id).name == "Första AB"


def test_contact(db: Workspace, other: Workspace, new_account: NewAccountFactory) -> None:
    account = create_account(db, new_account())
    added = save_contact(db, account.id, None, ContactChange(PER, NO_CATEGORIES))
    contact = next(c for c in added.contacts if not c.is_main)
    save_contact(db, account.id, contact.token,
                 ContactChange(dataclasses.replace(PER, city="Lund"), NO_CATEGORIES))
    conflict = _refused(lambda: save_contact(
        other, account.id, contact.token,
        ContactChange(dataclasses.replace(PER, city="Umeå"), NO_CATEGORIES)))
    assert isinstance(conflict.current, AccountDetails)
    stored = load_account(db, account.id).contact(contact.id)
    assert stored is not None and stored.city == "Lund"


def test_main_contact(db: Workspace, other: Workspace, new_account: NewAccountFactory) -> None:
    account = create_account(db, new_account())
    save_contact(db, account.id, None, ContactChange(PER, NO_CATEGORIES))
    loaded = save_contact(db, account.id, None, ContactChange(
        dataclasses.replace(PER, first_name="Eva", email="eva@example.se"), NO_CATEGORIES))
    per, eva = (next(c for c in loaded.contacts if c.first_name == n) for n in ("Per", "Eva"))
    make_main_contact(db, loaded.token, per.id)
    conflict = _refused(lambda: make_main_contact(other, loaded.token, eva.id))
    assert isinstance(conflict.current, AccountDetails)
    assert load_account(db, account.id).main_contact.id == per.id


def test_rights(db: Workspace, other: Workspace, new_account: NewAccountFactory) -> None:
    account = create_account(db, new_account())
    per = _portal_user(db, account)
    save_rights(db, account.id, {per.token: frozenset({"invoices"})})
    conflict = _refused(lambda: save_rights(other, account.id, {per.token: frozenset({"support"})}))
    assert isinstance(conflict.current, AccountDetails)
    stored = load_account(db, account.id).contact(per.id)
    assert stored is not None and stored.rights == frozenset({"invoices"})


# --- the portal login: password and access ---------------------------------------------------


def test_password(db: Workspace, other: Workspace, new_account: NewAccountFactory) -> None:
    account = create_account(db, new_account())
    per = _portal_user(db, account)
    save_contact(db, account.id, per.token, _portal(per, new_password=SECOND_PASSWORD))
    after_first = _password_hash(db)
    conflict = _refused(lambda: save_contact(
        other, account.id, per.token, _portal(per, new_password="Green-Window-Harvest-19")))
    assert isinstance(conflict.current, AccountDetails)
    assert _password_hash(db) == after_first
    assert check_login(db, PER.email, SECOND_PASSWORD).can_log_in


def test_password_through_another_account_the_login_serves(
    db: Workspace, other: Workspace, new_account: NewAccountFactory
) -> None:
    """A shared login (R13): no contact the second session loaded changed, the login did."""
    first = create_account(db, new_account(name="Hägg Bygg AB", email="anna@hagg.se"))
    second = create_account(db, new_account(name="Östra Ekonomi AB", email="eva@ostra.se"))
    per_first = _portal_user(db, first)
    assert per_first.login is not None
    per_second = _portal_user(db, second, confirmed=per_first.login.id)
    per_first = load_account(db, first.id).contact(per_first.id)  # type: ignore[assignment]
    assert per_first is not None and per_second.login is not None
    save_contact(db, first.id, per_first.token, _portal(per_first, new_password=SECOND_PASSWORD),
                 confirmed_login_id=per_first.login.id if per_first.login else None)
    conflict = _refused(lambda: save_contact(
        other, second.id, per_second.token,
        _portal(per_second, new_password="Green-Window-Harvest-19"),
        confirmed_login_id=per_second.login.id if per_second.login else None))
    assert "per.svensson@example.se" in conflict.message
    assert isinstance(conflict.current, AccountDetails)
    assert check_login(db, PER.email, SECOND_PASSWORD).can_log_in


def test_portal_access_off_then_a_password(
    db: Workspace, other: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    per = _portal_user(db, account)
    before = _password_hash(db)
    save_contact(db, account.id, per.token, _portal(per, enabled=False))
    _refused(lambda: save_contact(other, account.id, per.token,
                                  _portal(per, new_password=SECOND_PASSWORD)))
    stored = load_account(db, account.id).contact(per.id)
    assert stored is not None and not stored.portal_access
    assert _password_hash(db) == before


def test_a_password_then_portal_access_off(
    db: Workspace, other: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    per = _portal_user(db, account)
    save_contact(db, account.id, per.token, _portal(per, new_password=SECOND_PASSWORD))
    _refused(lambda: save_contact(other, account.id, per.token, _portal(per, enabled=False)))
    stored = load_account(db, account.id).contact(per.id)
    assert stored is not None and stored.portal_access


def test_login_disabled_in_one_session_password_in_the_other(
    db: Workspace, other: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    per = _portal_user(db, account)
    save_contact(db, account.id, per.token, _portal(per, login_enabled=False))
    _refused(lambda: save_contact(other, account.id, per.token,
                                  _portal(per, new_password=SECOND_PASSWORD)))
    stored = load_account(db, account.id).contact(per.id)
    assert stored is not None and stored.login is not None and not stored.login.enabled


def test_access_off_and_a_password_at_the_same_moment(
    db: Workspace, other: Workspace, new_account: NewAccountFactory
) -> None:
    """Raced from two threads, round after round: exactly one of the two saves wins.

    Both pass the version check made in Python when they read at the same
    time; the database's ``WHERE version = <loaded>`` must refuse the second.
    """
    account = create_account(db, new_account())
    _portal_user(db, account)
    for _round in range(8):
        loaded = load_account(db, account.id)
        per = next(c for c in loaded.contacts if not c.is_main)
        if not per.portal_access:
            save_contact(db, account.id, per.token, _portal(per, enabled=True))
            per = next(c for c in load_account(db, account.id).contacts if not c.is_main)
        barrier = threading.Barrier(2)
        outcomes: list[str] = []

        def run(ws: Workspace, change: ContactChange, contact: ContactDetails = per,
                barrier: threading.Barrier = barrier, outcomes: list[str] = outcomes) -> None:
            barrier.wait()
            try:
                save_contact(ws, account.id, contact.token, change)
                outcomes.append("saved")
            except ConflictError as conflict:
                # Detected by the version check or by the database: either
                # way the stored account comes with it.
                assert isinstance(conflict.current, AccountDetails)
                outcomes.append("conflict")

        threads = [
            threading.Thread(target=run, args=(db, _portal(per, enabled=False))),
            threading.Thread(target=run, args=(other, _portal(per, new_password=SECOND_PASSWORD))),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert sorted(outcomes) == ["conflict", "saved"]


# --- system-wide settings and operators -------------------------------------------------------


def test_portal_settings(db: Workspace, other: Workspace) -> None:
    loaded = portal_settings(db)
    save_portal_settings(db, loaded.token, PortalSettings(
        offered=loaded.offered - {"support"}, defaults=loaded.defaults - {"support"}))
    conflict = _refused(lambda: save_portal_settings(other, loaded.token, PortalSettings(
        offered=loaded.offered - {"invoices"}, defaults=loaded.defaults - {"invoices"})))
    assert isinstance(conflict.current, PortalSettings)
    assert "support" not in portal_settings(db).offered
    assert "invoices" in portal_settings(db).offered


def test_operators(db: Workspace, other: Workspace) -> None:
    create_operator(db, "admin2", "Second Admin", OperatorRole.ADMINISTRATOR, None)
    created = create_operator(db, "eva", "Eva Ek", OperatorRole.SUPPORT_AGENT, None)
    loaded = next(o for o in list_operators(db) if o.id == created.id)
    set_operator_role(db, loaded.token, OperatorRole.READ_ONLY)
    _refused(lambda: set_operator_role(other, loaded.token, OperatorRole.ADMINISTRATOR))
    assert next(o for o in list_operators(db) if o.id == created.id).role is (
        OperatorRole.READ_ONLY)


# --- a conflict the database detects itself -----------------------------------------------------


def test_a_conflict_the_database_detects_carries_the_record_as_stored(
    db: Workspace, other: Workspace, new_account: NewAccountFactory
) -> None:
    """The other save commits after this one passed its version check, before its UPDATE.

    On PostgreSQL (read committed) the UPDATE's ``WHERE version = <loaded>``
    then matches nothing (SQLAlchemy's StaleDataError); the error must still
    carry the account as stored, so the difference can be shown. (SQLite's
    write lock taken at BEGIN makes the other save wait instead.)
    """
    if db.dialect == "sqlite":
        pytest.skip("SQLite serialises writers at BEGIN IMMEDIATE: no such interleaving")
    loaded = create_account(db, new_account())
    interleaved: list[str] = []

    def their_save_first(session: Session, _context: object, _instances: object) -> None:
        if not interleaved:  # once: their own flush passes through here too
            interleaved.append("theirs")
            update_account_details(
                other, loaded.token, dataclasses.replace(loaded.as_input(), name="Deras AB"),
                loaded.main_contact.as_input())

    event.listen(Session, "before_flush", their_save_first)
    try:
        conflict = _refused(lambda: update_account_details(
            db, loaded.token, dataclasses.replace(loaded.as_input(), name="Mitt AB"),
            loaded.main_contact.as_input()))
    finally:
        event.remove(Session, "before_flush", their_save_first)
    assert interleaved, "their save did not run inside ours"
    assert isinstance(conflict.current, AccountDetails)
    assert conflict.current.name == "Deras AB"
    assert load_account(db, loaded.id).name == "Deras AB"
