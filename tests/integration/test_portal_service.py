"""Portal access services on both back ends: logins shared between accounts,
passwords, rights and the login check (R8–R17, seed 001)."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import cast

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from custadmin.domain.accounts import (
    AccountDetails,
    ContactChange,
    ContactDetails,
    ContactInput,
    NewAccount,
)
from custadmin.domain.errors import (
    ConfirmationNeeded,
    ConflictError,
    RuleViolation,
    ValidationError,
)
from custadmin.domain.mail import EmailCategory
from custadmin.domain.portal import (
    RIGHT_KEYS,
    LoginOutcome,
    PortalAccessChange,
    PortalSettings,
    SsoBlock,
)
from custadmin.domain.roles import ContactRole, contact_roles
from custadmin.services.accounts import create_account, load_account, update_account_details
from custadmin.services.contacts import delete_contact, save_contact, save_rights
from custadmin.services.portal import (
    PASSWORD_FIELD,
    check_login,
    login_for_email,
    portal_settings,
    save_portal_settings,
)
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import Contact, ContactRight, Login

NewAccountFactory = Callable[..., NewAccount]
NONE: frozenset[EmailCategory] = frozenset()

PASSWORD = "Blue-Harbour-Kettle-42"
OTHER_PASSWORD = "Quiet-Meadow-Lantern-77"
SHARED = "per.svensson@example.se"

PER = ContactInput(
    first_name="Per", last_name="Svensson", organisation_name="", email=SHARED,
    phone="070-765 43 21", address_line1="Box 4", address_line2="", postcode="111 22",
    city="Stockholm", country="SE",
)


def add_portal_user(
    db: Workspace, account: AccountDetails, data: ContactInput = PER,
    password: str | None = PASSWORD, confirmed: int | None = None,
) -> AccountDetails:
    change = ContactChange(data, NONE, PortalAccessChange(enabled=True, new_password=password))
    return save_contact(db, account.id, None, change, confirmed_login_id=confirmed)


def person(details: AccountDetails, email: str = SHARED) -> ContactDetails:
    return next(c for c in details.contacts if c.email == email)


@pytest.fixture
def two_accounts(db: Workspace, new_account: NewAccountFactory) -> tuple[AccountDetails, ...]:
    first = create_account(db, new_account(name="Hägg Bygg AB", email="anna@hagg.se"))
    second = create_account(db, new_account(name="Östra Ekonomi AB", email="eva@ostra.se"))
    return first, second


# --- R8, R12, R15: portal access and the password ---------------------------


def test_portal_access_makes_a_login_named_by_the_normalised_email(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    hagg, _ = two_accounts
    data = dataclasses.replace(PER, email="  Per.Svensson@EXAMPLE.se ")
    details = add_portal_user(db, hagg, data)
    per = next(c for c in details.contacts if not c.is_main)
    assert per.portal_access
    assert per.login is not None
    assert per.login.username == "per.svensson@example.se"
    assert per.login.has_password
    assert check_login(db, "PER.svensson@example.se", PASSWORD).can_log_in


def test_the_password_is_stored_only_as_an_argon2id_hash(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    add_portal_user(db, two_accounts[0])
    with db.reading() as uow:
        stored = uow.session.scalar(select(Login.password_hash))
        dumped = " ".join(str(v) for row in uow.session.execute(
            text("SELECT * FROM login")).all() for v in row)
    assert stored is not None and stored.startswith("$argon2id$")
    assert PASSWORD not in dumped


def test_details_never_carry_the_hash_only_whether_one_is_set(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    details = add_portal_user(db, two_accounts[0], password=None)
    per = person(details)
    assert per.login is not None and per.login.has_password is False
    assert "argon2" not in repr(details)
    details = save_contact(db, details.id, per.token, ContactChange(
        per.as_input(), NONE, PortalAccessChange(enabled=True, new_password=PASSWORD,
                                                 login_version=per.login.version)))
    assert person(details).login.has_password  # type: ignore[union-attr]
    assert "argon2" not in repr(details) and PASSWORD not in repr(details)


@pytest.mark.parametrize(
    ("password", "problem"),
    [("short1!", "at least 12"), ("aaaaaaaaaaaaaaaa", "too easy"),
     ("per.svensson-2024!", "user name"), ("Password1234", "too easy")],
)
def test_r8_a_weak_password_is_refused_at_the_field_and_nothing_is_saved(
    db: Workspace, two_accounts: tuple[AccountDetails, ...], password: str, problem: str
) -> None:
    hagg, _ = two_accounts
    with pytest.raises(ValidationError) as caught:
        add_portal_user(db, hagg, password=password)
    assert problem in caught.value.errors[PASSWORD_FIELD]
    assert len(load_account(db, hagg.id).contacts) == 1


def test_r3_a_new_contact_without_portal_access_has_no_login_and_no_rights(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    details = save_contact(db, two_accounts[0].id, None, ContactChange(PER, NONE))
    per = person(details)
    assert (per.portal_access, per.login, per.rights) == (False, None, frozenset())


def test_a_password_needs_portal_access(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    with pytest.raises(ValidationError) as caught:
        save_contact(db, two_accounts[0].id, None, ContactChange(
            PER, NONE, PortalAccessChange(enabled=False, new_password=PASSWORD)))
    assert PASSWORD_FIELD in caught.value.errors


# --- R9, R13, R14: one login per user name, shared by several accounts -------


def test_r9_a_second_account_must_confirm_before_joining_an_existing_login(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    hagg, ostra = two_accounts
    add_portal_user(db, hagg)
    with pytest.raises(ConfirmationNeeded) as caught:
        add_portal_user(db, ostra, password=None)
    asked = caught.value
    assert asked.reason == "join"
    assert [s.account_name for s in asked.served] == ["Hägg Bygg AB"]
    # Nothing happened yet: the second account has no new contact.
    assert len(load_account(db, ostra.id).contacts) == 1

    details = add_portal_user(db, ostra, password=None, confirmed=asked.login_id)
    per = person(details)
    assert per.login is not None and per.login.id == asked.login_id
    assert {s.account_name for s in per.login.served} == {"Hägg Bygg AB", "Östra Ekonomi AB"}
    with db.reading() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Login)) == 1


def test_r14_a_new_reference_without_password_keeps_the_existing_password(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    """The source system's scenario: a new reference with an existing user name
    and no password removed the password ("No users found"). Here the person
    can still log in, and may now choose between both companies (R13)."""
    hagg, ostra = two_accounts
    add_portal_user(db, hagg)
    assert check_login(db, SHARED, PASSWORD).can_log_in
    login_id = login_for_email(db, SHARED).id  # type: ignore[union-attr]

    add_portal_user(db, ostra, password=None, confirmed=login_id)

    result = check_login(db, SHARED, PASSWORD)
    assert result.outcome is LoginOutcome.OK
    assert [c.account_name for c in result.companies] == ["Hägg Bygg AB", "Östra Ekonomi AB"]


def test_r13_changing_a_shared_password_lists_every_account_first(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    hagg, ostra = two_accounts
    add_portal_user(db, hagg)
    login_id = login_for_email(db, SHARED).id  # type: ignore[union-attr]
    details = add_portal_user(db, ostra, password=None, confirmed=login_id)
    per = person(details)
    assert per.login is not None
    change = PortalAccessChange(enabled=True, new_password=OTHER_PASSWORD,
                                login_version=per.login.version)
    with pytest.raises(ConfirmationNeeded) as caught:
        save_contact(db, ostra.id, per.token, ContactChange(per.as_input(), NONE, change))
    assert caught.value.reason == "password"
    assert [s.account_name for s in caught.value.served] == ["Hägg Bygg AB"]
    assert check_login(db, SHARED, PASSWORD).can_log_in  # unchanged until confirmed

    save_contact(db, ostra.id, per.token, ContactChange(per.as_input(), NONE, change),
                 confirmed_login_id=login_id)
    # One login: the new password works for both companies, the old one for none.
    assert check_login(db, SHARED, PASSWORD).outcome is LoginOutcome.WRONG_PASSWORD
    assert len(check_login(db, SHARED, OTHER_PASSWORD).companies) == 2


def test_r9_the_database_refuses_a_second_login_for_one_user_name(db: Workspace) -> None:
    with db.writing() as uow:
        uow.session.add(Login(username=SHARED, enabled=True))
        uow.commit()
    with pytest.raises(IntegrityError), db.writing() as uow:
        uow.session.add(Login(username=SHARED, enabled=True))
        uow.session.flush()


def test_the_database_refuses_portal_access_without_a_login(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    with pytest.raises(IntegrityError), db.writing() as uow:
        uow.session.execute(text("UPDATE contact SET portal_access = :t").bindparams(t=True))


def test_one_person_has_one_portal_access_per_account(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    hagg, _ = two_accounts
    add_portal_user(db, hagg)
    twin = dataclasses.replace(PER, first_name="Pelle")
    with pytest.raises(ValidationError) as caught:
        add_portal_user(db, hagg, twin, password=None)
    assert "one portal access per account" in caught.value.errors["email"]


def test_r9_changing_an_email_to_a_login_elsewhere_asks_and_then_joins(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    hagg, ostra = two_accounts
    add_portal_user(db, hagg)
    other = dataclasses.replace(PER, email="per@ostra.se")
    details = add_portal_user(db, ostra, other, password=OTHER_PASSWORD)
    per = person(details, "per@ostra.se")
    own_login = per.login.id  # type: ignore[union-attr]
    with pytest.raises(ConfirmationNeeded) as caught:
        save_contact(db, ostra.id, per.token, ContactChange(PER, NONE))
    assert caught.value.reason == "join"
    details = save_contact(db, ostra.id, per.token, ContactChange(PER, NONE),
                           confirmed_login_id=caught.value.login_id)
    assert person(details).login.id == caught.value.login_id  # type: ignore[union-attr]
    with db.reading() as uow:
        # The contact's old login served no one else: it is gone, hash and all.
        assert uow.session.get(Login, own_login) is None
    assert check_login(db, SHARED, PASSWORD).can_log_in


def test_a_new_email_renames_an_unshared_login_and_keeps_its_password(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    details = add_portal_user(db, two_accounts[0])
    per = person(details)
    moved = dataclasses.replace(PER, email="per.s@example.se")
    save_contact(db, details.id, per.token, ContactChange(moved, NONE))
    assert check_login(db, SHARED).outcome is LoginOutcome.NO_SUCH_LOGIN
    assert check_login(db, "per.s@example.se", PASSWORD).can_log_in


def test_a_main_contacts_new_email_on_my_details_also_follows_r9(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    hagg, ostra = two_accounts
    add_portal_user(db, hagg)
    main = ostra.main_contact
    ostra = save_contact(db, ostra.id, main.token, ContactChange(
        main.as_input(), NONE, PortalAccessChange(enabled=True, new_password=OTHER_PASSWORD)))
    with pytest.raises(ConfirmationNeeded):
        update_account_details(db, ostra.token, ostra.as_input(),
                               dataclasses.replace(ostra.main_contact.as_input(), email=SHARED))


def test_deleting_the_last_contact_of_a_login_deletes_the_login(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    hagg, ostra = two_accounts
    details = add_portal_user(db, hagg)
    login_id = person(details).login.id  # type: ignore[union-attr]
    shared = add_portal_user(db, ostra, password=None, confirmed=login_id)
    delete_contact(db, shared.id, person(shared).token)
    assert check_login(db, SHARED, PASSWORD).can_log_in  # still serves Hägg
    details = load_account(db, hagg.id)
    delete_contact(db, hagg.id, person(details).token)
    assert check_login(db, SHARED, PASSWORD).outcome is LoginOutcome.NO_SUCH_LOGIN


# --- R16, R17, R4: rights ------------------------------------------------------


def test_r16_new_portal_users_start_with_the_system_wide_defaults(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    base = portal_settings(db)
    save_portal_settings(db, base.token, PortalSettings(
        offered=frozenset(RIGHT_KEYS) - {"affiliates"},
        defaults=frozenset({"invoices", "tickets", "affiliates"})))
    per = person(add_portal_user(db, two_accounts[0]))
    # A default that is not offered is not ticked.
    assert per.rights == frozenset({"invoices", "tickets"})


def test_r16_a_right_is_in_force_only_where_ticked_and_offered(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    details = add_portal_user(db, two_accounts[0])
    per = person(details)
    details = save_rights(db, details.id, {per.token: frozenset({"invoices", "domains"})})
    assert person(details).rights == {"invoices", "domains"}
    base = portal_settings(db)
    save_portal_settings(db, base.token, PortalSettings(offered=base.offered - {"domains"},
                                                  defaults=base.defaults))
    company = check_login(db, SHARED, PASSWORD).companies[0]
    assert company.rights == {"invoices"}
    # Rights ticked before a right was switched off stay stored, and saving
    # them unchanged is accepted.
    per = person(load_account(db, details.id))
    assert per.rights == {"invoices", "domains"}
    save_rights(db, details.id, {per.token: per.rights})


def test_r16_newly_ticking_a_right_that_is_off_system_wide_is_refused(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    base = portal_settings(db)
    save_portal_settings(db, base.token, PortalSettings(offered=base.offered - {"quotes"},
                                                  defaults=base.defaults))
    details = add_portal_user(db, two_accounts[0])
    per = person(details)
    with pytest.raises(RuleViolation) as caught:
        save_rights(db, details.id, {per.token: frozenset({"quotes"})})
    assert "View & accept quotes" in caught.value.message


def test_r17_changing_ones_own_password_needs_the_settings_menu(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    details = add_portal_user(db, two_accounts[0])
    per = person(details)
    assert not check_login(db, SHARED, PASSWORD).companies[0].can_change_own_password
    save_rights(db, details.id, {per.token: frozenset({"settings"})})
    assert check_login(db, SHARED, PASSWORD).companies[0].can_change_own_password


def test_the_main_contact_holds_every_offered_right(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    hagg = two_accounts[0]
    main = hagg.main_contact
    save_contact(db, hagg.id, main.token, ContactChange(
        main.as_input(), NONE, PortalAccessChange(enabled=True, new_password=PASSWORD)))
    company = check_login(db, "anna@hagg.se", PASSWORD).companies[0]
    assert company.is_main and company.rights == frozenset(RIGHT_KEYS)
    details = load_account(db, hagg.id)
    with pytest.raises(RuleViolation):
        save_rights(db, hagg.id, {details.main_contact.token: frozenset({"invoices"})})


def test_r4_a_portal_user_with_rights_is_a_sub_account(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    details = add_portal_user(db, two_accounts[0])
    per = person(details)
    details = save_rights(db, details.id, {per.token: frozenset({"invoices"})})
    per = person(details)
    assert ContactRole.SUB_ACCOUNT in contact_roles(
        is_main=False, categories=per.email_categories, portal_access=per.portal_access,
        rights=per.rights)


def test_stale_rights_are_refused(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    details = add_portal_user(db, two_accounts[0])
    per = person(details)
    save_rights(db, details.id, {per.token: frozenset({"invoices"})})
    with pytest.raises(ConflictError):
        save_rights(db, details.id, {per.token: frozenset({"tickets"})})


def test_rights_go_with_a_deleted_contact(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    details = add_portal_user(db, two_accounts[0])
    per = person(details)
    details = save_rights(db, details.id, {per.token: frozenset({"invoices"})})
    per = person(details)
    delete_contact(db, details.id, per.token)
    with db.reading() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ContactRight)) == 0


def test_system_wide_settings_refuse_a_stale_save(db: Workspace) -> None:
    base = portal_settings(db)
    save_portal_settings(db, base.token, PortalSettings(base.offered - {"quotes"}, base.defaults))
    with pytest.raises(ConflictError) as caught:
        save_portal_settings(db, base.token, PortalSettings(base.offered, frozenset({"invoices"})))
    # The stored settings differ from what was loaded in what is offered.
    assert cast(PortalSettings, caught.value.current).offered != base.offered


# --- R10: single sign-on ---------------------------------------------------------


def test_r10_single_sign_on_needs_three_rights_and_web_hosting(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    details = add_portal_user(db, two_accounts[0])
    per = person(details)
    details = save_rights(db, details.id, {per.token: frozenset({"products", "productsso"})})
    sso = check_login(db, SHARED, PASSWORD).companies[0].sso
    assert set(sso.blocks) == {SsoBlock.SERVICE_TYPE_UNKNOWN, SsoBlock.MISSING_RIGHTS}
    assert sso.missing_rights == ("manageproducts",)

    details = update_account_details(
        db, details.token, dataclasses.replace(details.as_input(), service_type="web_hosting"),
        details.main_contact.as_input())
    per = person(details)
    save_rights(db, details.id, {per.token: per.rights | {"manageproducts"}})
    assert check_login(db, SHARED, PASSWORD).companies[0].sso.available

    details = load_account(db, details.id)
    update_account_details(db, details.token,
                           dataclasses.replace(details.as_input(), service_type="agency"),
                           details.main_contact.as_input())
    sso = check_login(db, SHARED, PASSWORD).companies[0].sso
    assert sso.blocks == (SsoBlock.NOT_WEB_HOSTING,)


def test_an_unknown_service_type_is_refused_at_the_field(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    hagg = two_accounts[0]
    with pytest.raises(ValidationError) as caught:
        update_account_details(db, hagg.token, dataclasses.replace(hagg.as_input(),
                                                             service_type="colocation"),
                               hagg.main_contact.as_input())
    assert "service_type" in caught.value.errors


# --- the login check -------------------------------------------------------------


def test_login_check_answers_why_not(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    hagg = two_accounts[0]
    assert check_login(db, "nobody@example.se").outcome is LoginOutcome.NO_SUCH_LOGIN
    assert check_login(db, "not an email").outcome is LoginOutcome.NO_SUCH_LOGIN

    details = add_portal_user(db, hagg, password=None)
    assert check_login(db, SHARED).outcome is LoginOutcome.NO_PASSWORD
    assert check_login(db, SHARED, PASSWORD).outcome is LoginOutcome.NO_PASSWORD

    per = person(details)
    assert per.login is not None
    details = save_contact(db, hagg.id, per.token, ContactChange(
        per.as_input(), NONE, PortalAccessChange(enabled=True, new_password=PASSWORD,
                                                 login_version=per.login.version)))
    assert check_login(db, SHARED, "wrong").outcome is LoginOutcome.WRONG_PASSWORD
    ok = check_login(db, SHARED)
    assert ok.outcome is LoginOutcome.OK and not ok.password_checked

    per = person(details)
    details = save_contact(db, hagg.id, per.token, ContactChange(
        per.as_input(), NONE, PortalAccessChange(enabled=False)))
    off = check_login(db, SHARED, PASSWORD)
    assert off.outcome is LoginOutcome.NO_PORTAL_ACCESS
    assert [s.portal_access for s in off.served] == [False]

    per = person(details)
    details = save_contact(db, hagg.id, per.token, ContactChange(
        per.as_input(), NONE, PortalAccessChange(enabled=True, login_enabled=False,
                                                 login_version=per.login.version)))  # type: ignore[union-attr]
    assert check_login(db, SHARED, PASSWORD).outcome is LoginOutcome.LOGIN_DISABLED
    # Switching access back on kept the password and rights.
    per = person(details)
    save_contact(db, hagg.id, per.token, ContactChange(
        per.as_input(), NONE, PortalAccessChange(enabled=True, login_enabled=True,
                                                 login_version=per.login.version)))  # type: ignore[union-attr]
    assert check_login(db, SHARED, PASSWORD).can_log_in


@pytest.mark.parametrize("damaged", [
    "$argon2id$v=19$m=65536,t=3,p=4$damaged",
    "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ",  # the hash part cut off
    "plain-text-from-an-old-system",
    "",
])
def test_a_damaged_hash_gives_cannot_verify_not_a_crash(
    db: Workspace, two_accounts: tuple[AccountDetails, ...], damaged: str
) -> None:
    add_portal_user(db, two_accounts[0])
    with db.writing() as uow:
        uow.session.execute(text("UPDATE login SET password_hash = :h").bindparams(h=damaged))
        uow.commit()
    assert check_login(db, SHARED, PASSWORD).outcome is LoginOutcome.CANNOT_VERIFY
    assert check_login(db, SHARED).outcome is LoginOutcome.CANNOT_VERIFY


def test_a_wrong_password_typed_in_the_login_check_is_neither_stored_nor_logged(
    db: Workspace, two_accounts: tuple[AccountDetails, ...], caplog: pytest.LogCaptureFixture
) -> None:
    add_portal_user(db, two_accounts[0])
    sentinel = "Sentinel-Typed-By-Caller-991"
    with caplog.at_level(logging.DEBUG):
        result = check_login(db, SHARED, sentinel)
    assert result.outcome is LoginOutcome.WRONG_PASSWORD
    assert sentinel not in caplog.text
    assert sentinel not in repr(result)
    with db.reading() as uow:
        for table in ("login", "contact", "account"):
            for row in uow.session.execute(text(f"SELECT * FROM {table}")).all():
                assert all(sentinel not in str(value) for value in row)


def test_an_outdated_hash_is_upgraded_after_a_successful_check(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    from argon2 import PasswordHasher

    add_portal_user(db, two_accounts[0])
    old = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash(PASSWORD)
    with db.writing() as uow:
        uow.session.execute(text("UPDATE login SET password_hash = :h").bindparams(h=old))
        uow.commit()
    assert check_login(db, SHARED, PASSWORD).can_log_in
    with db.reading() as uow:
        upgraded = uow.session.scalar(select(Login.password_hash))
    assert upgraded != old and upgraded is not None
    assert check_login(db, SHARED, PASSWORD).can_log_in


def test_contacts_stay_unchanged_by_a_refused_confirmation(
    db: Workspace, two_accounts: tuple[AccountDetails, ...]
) -> None:
    hagg, ostra = two_accounts
    add_portal_user(db, hagg)
    with pytest.raises(ConfirmationNeeded):
        add_portal_user(db, ostra, password=OTHER_PASSWORD)
    assert check_login(db, SHARED, PASSWORD).can_log_in
    with db.reading() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Contact)) == 3


def test_demo_data_has_portal_users_without_passwords_and_service_types(db: Workspace) -> None:
    from custadmin.services.accounts import bulk_create_accounts
    from custadmin.services.demo import generate_demo_accounts
    from custadmin.services.portal import add_demo_portal_users

    bulk_create_accounts(db, generate_demo_accounts(40, seed=3))
    assert add_demo_portal_users(db) == 10
    assert add_demo_portal_users(db) == 0  # once only
    with db.reading() as uow:
        emails = uow.session.scalars(select(Contact.email).where(Contact.portal_access)).all()
        kinds = set(uow.session.scalars(text("SELECT DISTINCT service_type FROM account")))
    assert len(emails) == 10
    assert all(check_login(db, e).outcome is LoginOutcome.NO_PASSWORD for e in emails)
    assert kinds == {"web_hosting", "agency", "managed_server"}
