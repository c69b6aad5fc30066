"""Account services on both back ends: numbers, loading, saving, conflicts, R1."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import cast

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from custadmin.domain.accounts import AccountDetails, AccountInput, NewAccount, account_differences
from custadmin.domain.errors import ConflictError, NotFoundError, ValidationError
from custadmin.services.accounts import (
    count_accounts,
    create_account,
    load_account,
    update_account_details,
)
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import FIRST_CUSTOMER_NUMBER, Account, Contact

NewAccountFactory = Callable[..., NewAccount]


def _contacts(db: Workspace, account_id: int) -> list[tuple[int, bool]]:
    with db.reading() as uow:
        return [
            (row.id, row.is_main)
            for row in uow.session.execute(
                select(Contact).where(Contact.account_id == account_id).order_by(Contact.id)
            ).scalars()
        ]


def _rename(details: AccountDetails, name: str) -> AccountInput:
    return dataclasses.replace(details.as_input(), name=name)


def test_create_account_assigns_unique_increasing_customer_numbers(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    created = [create_account(db, new_account(name=f"Kund {i}")) for i in range(5)]
    numbers = [a.customer_number for a in created]
    assert numbers[0] == FIRST_CUSTOMER_NUMBER
    assert numbers == sorted(set(numbers))
    assert len({a.id for a in created}) == 5
    assert count_accounts(db) == 5


def test_create_account_stores_normalised_values(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    created = create_account(
        db,
        new_account(
            name="  Hägg Bygg AB ", org_number="556036-0793", email="Anna@Example.SE",
            phone="070-123 45 67", postcode="11122",
        ),
    )
    assert created.version == 1
    assert created.name == "Hägg Bygg AB"
    assert created.org_number == "5560360793"
    assert created.main_contact.is_main
    assert created.main_contact.email == "Anna@example.se"
    assert created.main_contact.phone == "+46701234567"
    assert created.main_contact.postcode == "111 22"
    assert created.created_at.tzinfo is not None


def test_create_account_refuses_invalid_input_and_stores_nothing(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    with pytest.raises(ValidationError) as info:
        create_account(db, new_account(org_number="556036-0794", email="nope"))
    assert set(info.value.errors) == {"org_number", "main_contact.email"}
    assert count_accounts(db) == 0
    # The failed attempt did not use up a customer number.
    assert create_account(db, new_account()).customer_number == FIRST_CUSTOMER_NUMBER


def test_load_account_returns_what_was_created(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    created = create_account(db, new_account(org_number="556036-0793"))
    loaded = load_account(db, created.id)
    assert loaded == created


def test_update_account_details_saves_and_bumps_version(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    base = load_account(db, create_account(db, new_account()).id)
    contact = dataclasses.replace(base.main_contact.as_input(), city="Uppsala", postcode="75310")
    saved = update_account_details(db, base.token, _rename(base, "Hägg Bygg & Co AB"), contact)
    assert saved.version > base.version
    loaded = load_account(db, base.id)
    assert loaded == saved
    assert loaded.name == "Hägg Bygg & Co AB"
    assert loaded.main_contact.city == "Uppsala"
    assert loaded.main_contact.postcode == "753 10"
    assert loaded.updated_at >= base.updated_at


def test_contact_only_change_bumps_account_version(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    base = load_account(db, create_account(db, new_account()).id)
    contact = dataclasses.replace(base.main_contact.as_input(), phone="0709876543")
    saved = update_account_details(db, base.token, base.as_input(), contact)
    assert saved.version > base.version
    assert load_account(db, base.id).main_contact.phone == "+46709876543"


def test_unchanged_save_changes_nothing(db: Workspace, new_account: NewAccountFactory) -> None:
    base = load_account(db, create_account(db, new_account()).id)
    saved = update_account_details(db, base.token, base.as_input(), base.main_contact.as_input())
    assert saved == base
    assert load_account(db, base.id) == base


def test_stale_save_raises_conflict_with_differences(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account_id = create_account(db, new_account(name="Hägg Bygg AB")).id
    first = load_account(db, account_id)
    second = load_account(db, account_id)

    update_account_details(db, first.token, _rename(first, "Hägg Bygg Nord AB"),
                           first.main_contact.as_input())
    after_first = load_account(db, account_id)

    contact = dataclasses.replace(second.main_contact.as_input(), city="Uppsala")
    with pytest.raises(ConflictError) as info:
        update_account_details(db, second.token, second.as_input(), contact)
    assert account_differences(second, cast(AccountDetails, info.value.current)) == {
        "name": ("Hägg Bygg AB", "Hägg Bygg Nord AB"),
    }
    assert info.value.message
    # Never a silent overwrite: the second operator's change is not stored.
    assert load_account(db, account_id) == after_first


def test_stale_save_after_contact_change_names_the_contact_field(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account_id = create_account(db, new_account()).id
    first = load_account(db, account_id)
    second = load_account(db, account_id)
    update_account_details(
        db, first.token, first.as_input(),
        dataclasses.replace(first.main_contact.as_input(), email="billing@example.se"),
    )
    with pytest.raises(ConflictError) as info:
        update_account_details(db, second.token, _rename(second, "Other AB"),
                               second.main_contact.as_input())
    assert account_differences(second, cast(AccountDetails, info.value.current)) == {
        "main_contact.email": ("anna@example.se", "billing@example.se"),
    }
    assert load_account(db, account_id).name == "Hägg Bygg AB"


def test_invalid_save_raises_validation_error_and_changes_nothing(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    base = load_account(db, create_account(db, new_account()).id)
    bad_account = dataclasses.replace(base.as_input(), name="", org_number="556036-0794")
    bad_contact = dataclasses.replace(base.main_contact.as_input(), phone="123", city="Ok")
    with pytest.raises(ValidationError) as info:
        update_account_details(db, base.token, bad_account, bad_contact)
    assert set(info.value.errors) == {"name", "org_number", "main_contact.phone"}
    assert load_account(db, base.id) == base
    # The untouched base is still current: a valid save goes through afterwards.
    update_account_details(db, base.token, _rename(base, "Fixed AB"),
                           base.main_contact.as_input())


def test_account_has_exactly_one_main_contact(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    contacts = _contacts(db, account.id)
    assert contacts == [(account.main_contact.id, True)]


def _extra_contact(account_id: int, *, is_main: bool) -> Contact:
    return Contact(
        account_id=account_id, is_main=is_main, first_name="Bo", last_name="Ek",
        name_key="bo ek", organisation_name="", email="bo@example.se",
        email_key="bo@example.se", phone="+46709876543", address_line1="Gatan 2",
        address_line2="", postcode="111 22", city="Stockholm", country="SE",
    )


def test_second_main_contact_refused_by_partial_unique_index(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    other = create_account(db, new_account(name="Other AB"))

    with pytest.raises(IntegrityError), db.writing() as uow:
        uow.session.add(_extra_contact(account.id, is_main=True))
        uow.commit()
    assert _contacts(db, account.id) == [(account.main_contact.id, True)]

    # The index is partial: further non-main contacts are fine.
    with db.writing() as uow:
        uow.session.add(_extra_contact(account.id, is_main=False))
        uow.commit()
    contacts = _contacts(db, account.id)
    assert [is_main for _id, is_main in contacts] == [True, False]
    assert load_account(db, account.id).main_contact.id == account.main_contact.id
    assert _contacts(db, other.id) == [(other.main_contact.id, True)]


def test_deleting_an_account_cascades_its_contacts(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    doomed = create_account(db, new_account(name="Doomed AB"))
    kept = create_account(db, new_account(name="Kept AB"))
    with db.writing() as uow:
        uow.session.add(_extra_contact(doomed.id, is_main=False))
        uow.commit()
    assert len(_contacts(db, doomed.id)) == 2

    # A Core DELETE: only the database's ON DELETE CASCADE can remove the contacts.
    with db.writing() as uow:
        uow.session.execute(delete(Account).where(Account.id == doomed.id))
        uow.commit()

    with db.reading() as uow:
        orphans = uow.session.execute(
            select(func.count()).select_from(Contact).where(Contact.account_id == doomed.id)
        ).scalar_one()
    assert orphans == 0
    assert _contacts(db, kept.id) == [(kept.main_contact.id, True)]
    with pytest.raises(NotFoundError):
        load_account(db, doomed.id)


def test_not_found_for_missing_account(db: Workspace, new_account: NewAccountFactory) -> None:
    with pytest.raises(NotFoundError) as info:
        load_account(db, 987654)
    assert "987654" in str(info.value)

    base = load_account(db, create_account(db, new_account()).id)
    with db.writing() as uow:
        uow.session.execute(delete(Account).where(Account.id == base.id))
        uow.commit()
    with pytest.raises(NotFoundError):
        update_account_details(db, base.token, _rename(base, "Gone AB"),
                               base.main_contact.as_input())


def test_longest_names_with_letters_that_fold_longer_are_stored(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    # 200 characters is the documented maximum, but "ß" folds to "ss": the folded
    # search keys are longer than the names. Both back ends must store it alike,
    # or refuse it as a field error, never fail in the database.
    name = ("Großhandel Straßenbau " * 20)[:200].strip()
    first = "ß" * 200
    try:
        created = create_account(db, new_account(name=name, first_name=first))
    except ValidationError as exc:  # an acceptable outcome: the operator is told
        assert set(exc.errors) & {"name", "main_contact.first_name"}
        return
    loaded = load_account(db, created.id)
    assert loaded.name == name
    assert loaded.main_contact.first_name == first
