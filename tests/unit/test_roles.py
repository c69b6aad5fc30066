"""R4: a contact's role follows only from its email preferences and rights."""

from __future__ import annotations

from custadmin.domain.mail import EmailCategory
from custadmin.domain.roles import ContactRole, contact_roles


def test_a_new_contact_has_no_role() -> None:
    assert contact_roles(is_main=False, categories=()) == frozenset()  # R3


def test_receiving_invoices_makes_a_billing_contact() -> None:
    roles = contact_roles(is_main=False, categories={EmailCategory.INVOICES})
    assert roles == {ContactRole.BILLING}


def test_other_categories_make_a_recipient_not_a_billing_contact() -> None:
    roles = contact_roles(is_main=False, categories={EmailCategory.SUPPORT})
    assert roles == {ContactRole.RECIPIENT}


def test_portal_access_with_rights_makes_a_sub_account() -> None:
    assert contact_roles(is_main=False, categories=(), portal_access=True,
                         rights={"invoices"}) == {ContactRole.SUB_ACCOUNT}
    # Access without any right ticked, or rights without access: not a sub-account.
    assert contact_roles(is_main=False, categories=(), portal_access=True) == frozenset()
    assert contact_roles(is_main=False, categories=(), rights={"invoices"}) == frozenset()


def test_roles_combine_on_one_record() -> None:
    roles = contact_roles(is_main=False, categories={EmailCategory.INVOICES},
                          portal_access=True, rights={"invoices"})
    assert roles == {ContactRole.BILLING, ContactRole.SUB_ACCOUNT}


def test_the_main_contact_keeps_its_role_whatever_is_ticked() -> None:
    assert ContactRole.MAIN in contact_roles(is_main=True, categories=())
