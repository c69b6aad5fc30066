"""Contact services on both back ends: Manage contacts (R1–R3), invoice and
payment-confirmation settings on My details (R5–R7), search by any contact,
and two operators at once."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from custadmin.domain.accounts import (
    AccountDetails,
    ContactChange,
    ContactDetails,
    ContactInput,
    InvoiceSettings,
    NewAccount,
)
from custadmin.domain.errors import ConflictError, RuleViolation, ValidationError
from custadmin.domain.invoice import Addressee, AddresseeReason, PostalContact, invoice_addressee
from custadmin.domain.mail import (
    EmailCategory,
    MailContact,
    MailSettings,
    MessageKind,
    Reason,
    route,
)
from custadmin.domain.register import RegisterColumn, RegisterQuery
from custadmin.services.accounts import create_account, load_account, update_account_details
from custadmin.services.contacts import delete_contact, make_main_contact, save_contact
from custadmin.services.register import search_register
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import Contact

NewAccountFactory = Callable[..., NewAccount]

EXTRA = ContactInput(
    first_name="Erik",
    last_name="Österberg",
    organisation_name="Österberg Ekonomi",
    email="erik.osterberg@example.se",
    phone="073-555 12 34",
    address_line1="Kungsgatan 5",
    address_line2="Box 12",
    postcode="411 19",
    city="Göteborg",
    country="SE",
)

#: R2: every field but organisation name and address line 2.
MANDATORY = frozenset(
    {"first_name", "last_name", "email", "phone", "address_line1", "postcode", "city", "country"}
)

NO_CATEGORIES: frozenset[EmailCategory] = frozenset()

VALID_PEPPOL = "0007:5560360793"


# --- helpers ------------------------------------------------------------------


def _contact_count(db: Workspace, account_id: int) -> int:
    with db.reading() as uow:
        return int(
            uow.session.execute(
                select(func.count()).select_from(Contact).where(Contact.account_id == account_id)
            ).scalar_one()
        )


def _main_count(db: Workspace, account_id: int) -> int:
    """Rows flagged main in the database, not what the service reports."""
    with db.reading() as uow:
        return int(
            uow.session.execute(
                select(func.count())
                .select_from(Contact)
                .where(Contact.account_id == account_id, Contact.is_main)
            ).scalar_one()
        )


def _only_new(before: AccountDetails, after: AccountDetails) -> ContactDetails:
    known = {c.id for c in before.contacts}
    (added,) = [c for c in after.contacts if c.id not in known]
    return added


def _add(
    db: Workspace,
    account: AccountDetails,
    data: ContactInput = EXTRA,
    categories: frozenset[EmailCategory] = NO_CATEGORIES,
) -> ContactDetails:
    before = load_account(db, account.id)
    after = save_contact(db, account.id, None, ContactChange(data, categories))
    return _only_new(before, after)


def _postal(contact: ContactDetails) -> PostalContact:
    return PostalContact(
        id=contact.id,
        name=contact.full_name,
        organisation_name=contact.organisation_name,
        address_line1=contact.address_line1,
        address_line2=contact.address_line2,
        postcode=contact.postcode,
        city=contact.city,
        country=contact.country,
    )


def _addressee(details: AccountDetails) -> Addressee:
    picked = (
        None if details.invoice_contact_id is None
        else details.contact(details.invoice_contact_id)
    )
    return invoice_addressee(
        _postal(details.main_contact),
        None if picked is None else _postal(picked),
        details.peppol_id,
    )


def _mail(details: AccountDetails) -> MailSettings:
    return MailSettings(
        tuple(
            MailContact(c.id, c.full_name, c.email, c.is_main, c.email_categories)
            for c in details.contacts
        ),
        details.payment_confirmations_main_only,
    )


def _recipient_ids(details: AccountDetails, kind: MessageKind) -> list[int | None]:
    return [r.contact.id for r in route(_mail(details), kind).recipients]


def _save_details(
    db: Workspace,
    base: AccountDetails,
    invoice: InvoiceSettings | None = None,
    **account: str,
) -> AccountDetails:
    return update_account_details(
        db,
        base.token,
        dataclasses.replace(base.as_input(), **account),
        base.main_contact.as_input(),
        invoice,
    )


def _search(db: Workspace, text: str, sort: RegisterColumn = RegisterColumn.NAME) -> list[int]:
    return list(search_register(db, RegisterQuery(text=text, sort=sort)))


# --- R2 / R3: adding contacts ---------------------------------------------------


def test_new_contact_gets_exactly_the_categories_passed_and_is_not_main(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    picked = frozenset({EmailCategory.INVOICES, EmailCategory.SUPPORT})
    added = _add(db, account, categories=picked)

    loaded = load_account(db, account.id)
    stored = loaded.contact(added.id)
    assert stored is not None
    assert stored.email_categories == picked
    assert not stored.is_main
    assert loaded.main_contact.id == account.main_contact.id
    assert _main_count(db, account.id) == 1
    assert _contact_count(db, account.id) == 2
    # Normalised as typed (R29, R30) with every field kept.
    assert stored.phone == "+46735551234"
    assert (stored.first_name, stored.last_name, stored.organisation_name) == (
        "Erik", "Österberg", "Österberg Ekonomi",
    )
    assert (stored.address_line2, stored.city) == ("Box 12", "Göteborg")
    # Routing follows exactly the ticked categories (R7).
    main_id = loaded.main_contact.id
    assert _recipient_ids(loaded, MessageKind.INVOICES) == [main_id, added.id]
    assert _recipient_ids(loaded, MessageKind.SUPPORT) == [main_id, added.id]
    assert _recipient_ids(loaded, MessageKind.GENERAL) == [main_id]


def test_new_contact_without_categories_receives_nothing(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    added = _add(db, account)

    loaded = load_account(db, account.id)
    stored = loaded.contact(added.id)
    assert stored is not None
    assert stored.email_categories == frozenset()
    assert not stored.is_main
    for kind in MessageKind:
        assert _recipient_ids(loaded, kind) == [loaded.main_contact.id], kind


def test_new_contact_with_every_mandatory_field_missing_is_refused(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    with pytest.raises(ValidationError) as info:
        save_contact(db, account.id, None, ContactChange(ContactInput(country=""), NO_CATEGORIES))
    assert set(info.value.errors) == MANDATORY
    assert _contact_count(db, account.id) == 1


def test_each_mandatory_field_alone_is_required_and_the_optional_ones_are_not(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    for name in sorted(MANDATORY):
        with pytest.raises(ValidationError) as info:
            save_contact(
                db, account.id, None,
                ContactChange(dataclasses.replace(EXTRA, **{name: "  "}), NO_CATEGORIES),
            )
        assert set(info.value.errors) == {name}, name
    assert _contact_count(db, account.id) == 1
    added = _add(db, account, dataclasses.replace(EXTRA, organisation_name="", address_line2=""))
    assert (added.organisation_name, added.address_line2) == ("", "")
    assert _contact_count(db, account.id) == 2


@pytest.mark.parametrize(
    ("field", "value"),
    [("email", "erik.example.se"), ("email", "erik@"), ("phone", "12"), ("phone", "tel")],
)
def test_new_contact_with_invalid_email_or_phone_is_refused(
    db: Workspace, new_account: NewAccountFactory, field: str, value: str
) -> None:
    account = create_account(db, new_account())
    with pytest.raises(ValidationError) as info:
        save_contact(
            db, account.id, None,
            ContactChange(dataclasses.replace(EXTRA, **{field: value}), NO_CATEGORIES),
        )
    assert set(info.value.errors) == {field}
    assert _contact_count(db, account.id) == 1


def test_phone_is_read_with_the_accounts_country_not_the_contacts(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(
        db,
        new_account(name="Hansen ApS", country="DK", phone="20 12 34 56", postcode="2100",
                    city="København Ø"),
    )
    # A contact living in Sweden on a Danish account: "20 12 34 56" is Danish.
    added = _add(db, account, dataclasses.replace(EXTRA, phone="20 12 34 56", country="SE"))
    assert added.phone == "+4520123456"
    stored = load_account(db, account.id).contact(added.id)
    assert stored is not None
    assert stored.phone == "+4520123456"


# --- updating a contact -----------------------------------------------------------


def test_updating_a_contact_changes_fields_and_categories(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    added = _add(db, account, categories=frozenset({EmailCategory.GENERAL}))
    changed = dataclasses.replace(
        EXTRA, email="erik@osterberg.se", city="Malmö", postcode="21119", phone="+46 73 555 99 99"
    )
    new_categories = frozenset({EmailCategory.SUPPORT, EmailCategory.DOMAINS})
    save_contact(db, account.id, added.token, ContactChange(changed, new_categories))

    stored = load_account(db, account.id).contact(added.id)
    assert stored is not None
    assert (stored.email, stored.city, stored.postcode, stored.phone) == (
        "erik@osterberg.se", "Malmö", "211 19", "+46735559999",
    )
    assert stored.email_categories == new_categories
    assert stored.version > added.version
    assert not stored.is_main
    assert _contact_count(db, account.id) == 2


def test_updating_a_contact_from_a_stale_version_conflicts_and_changes_nothing(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    added = _add(db, account, categories=frozenset({EmailCategory.GENERAL}))
    # Operator B saves first.
    save_contact(
        db, account.id, added.token,
        ContactChange(dataclasses.replace(EXTRA, city="Lund"), frozenset({EmailCategory.SUPPORT})),
    )
    after_b = load_account(db, account.id)

    # Operator A still holds the original version.
    with pytest.raises(ConflictError):
        save_contact(
            db, account.id, added.token,
            ContactChange(dataclasses.replace(EXTRA, city="Umeå"),
                          frozenset({EmailCategory.AFFILIATE})),
        )
    assert load_account(db, account.id) == after_b
    stored = after_b.contact(added.id)
    assert stored is not None
    assert stored.city == "Lund"
    assert stored.email_categories == frozenset({EmailCategory.SUPPORT})


# --- R1: the main contact -------------------------------------------------------------


def test_make_main_contact_swaps_the_main_contact(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    other = create_account(db, new_account(name="Annat AB"))
    added = _add(db, account)
    base = load_account(db, account.id)

    returned = make_main_contact(db, base.token, added.id)

    loaded = load_account(db, account.id)
    assert returned == loaded
    assert loaded.main_contact.id == added.id
    assert loaded.contacts[0].id == added.id
    former = loaded.contact(account.main_contact.id)
    assert former is not None
    assert not former.is_main
    assert [c.id for c in loaded.contacts if c.is_main] == [added.id]
    assert _main_count(db, account.id) == 1
    assert _contact_count(db, account.id) == 2
    assert loaded.version > base.version
    # The other account is untouched.
    assert load_account(db, other.id) == other
    # The former main contact is now an ordinary one: it can be deleted.
    delete_contact(db, account.id, former.token)
    assert _contact_count(db, account.id) == 1
    assert _main_count(db, account.id) == 1


def test_make_main_contact_from_a_stale_base_conflicts(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    added = _add(db, account)
    base = load_account(db, account.id)
    # Someone else changes the account in between.
    current = _save_details(db, base, name="Hägg Bygg & Måleri AB")

    with pytest.raises(ConflictError):
        make_main_contact(db, base.token, added.id)
    assert load_account(db, account.id) == current
    assert current.main_contact.id == account.main_contact.id
    assert _main_count(db, account.id) == 1


def test_deleting_the_main_contact_is_refused_with_the_reason(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    _add(db, account)
    before = load_account(db, account.id)
    main = before.main_contact

    with pytest.raises(RuleViolation) as info:
        delete_contact(db, account.id, main.token)
    message = info.value.message.lower()
    assert "main contact" in message
    assert "cannot" in message or "can't" in message
    assert load_account(db, account.id) == before
    assert _contact_count(db, account.id) == 2
    assert _main_count(db, account.id) == 1


# --- R5: the invoice contact --------------------------------------------------------


def test_invoice_contact_is_stored_and_stands_on_the_invoice(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    added = _add(db, account)
    base = load_account(db, account.id)
    assert _addressee(base).contact.id == account.main_contact.id

    returned = _save_details(db, base, InvoiceSettings(invoice_contact_id=added.id))

    loaded = load_account(db, account.id)
    assert returned == loaded
    assert loaded.invoice_contact_id == added.id
    assert loaded.version > base.version
    addressee = _addressee(loaded)
    assert addressee.reason is AddresseeReason.INVOICE_CONTACT
    assert addressee.contact.id == added.id
    assert addressee.contact.lines() == (
        "Österberg Ekonomi", "Erik Österberg", "Kungsgatan 5", "Box 12", "411 19 Göteborg", "SE",
    )


def test_peppol_id_puts_the_main_contact_on_the_invoice(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    added = _add(db, account)
    base = load_account(db, account.id)

    _save_details(db, base, InvoiceSettings(invoice_contact_id=added.id), peppol_id=VALID_PEPPOL)

    loaded = load_account(db, account.id)
    assert loaded.peppol_id == VALID_PEPPOL
    assert loaded.invoice_contact_id == added.id
    addressee = _addressee(loaded)
    assert addressee.reason is AddresseeReason.PEPPOL
    assert addressee.contact.id == loaded.main_contact.id
    assert addressee.contact.name == "Anna Lind"


def test_invalid_peppol_id_is_refused_and_nothing_is_stored(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    added = _add(db, account)
    base = load_account(db, account.id)

    with pytest.raises(ValidationError) as info:
        _save_details(
            db, base, InvoiceSettings(invoice_contact_id=added.id),
            peppol_id="0007:556036-0793", name="Nytt Namn AB",
        )
    assert "peppol_id" in info.value.errors
    loaded = load_account(db, account.id)
    assert loaded == base
    assert (loaded.peppol_id, loaded.invoice_contact_id, loaded.name) == ("", None, base.name)


def test_invoice_contact_of_another_account_is_refused(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    stranger_account = create_account(db, new_account(name="Främling AB"))
    stranger = _add(db, stranger_account)
    base = load_account(db, account.id)

    for foreign_id in (stranger.id, stranger_account.main_contact.id):
        with pytest.raises(ValidationError) as info:
            _save_details(db, base, InvoiceSettings(invoice_contact_id=foreign_id))
        assert set(info.value.errors) == {"invoice_contact_id"}
        assert load_account(db, account.id) == base
    assert load_account(db, stranger_account.id).invoice_contact_id is None


def test_deleting_the_invoice_contact_falls_back_to_the_main_contact(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    added = _add(db, account)
    _save_details(db, load_account(db, account.id), InvoiceSettings(invoice_contact_id=added.id))
    assert load_account(db, account.id).invoice_contact_id == added.id

    returned = delete_contact(db, account.id, added.token)

    loaded = load_account(db, account.id)
    assert returned == loaded
    assert loaded.invoice_contact_id is None
    assert loaded.contact(added.id) is None
    assert _contact_count(db, account.id) == 1
    addressee = _addressee(loaded)
    assert addressee.reason is AddresseeReason.MAIN_CONTACT
    assert addressee.contact.id == loaded.main_contact.id


# --- R6 / R7: payment confirmations -----------------------------------------------------


def test_payment_confirmations_only_to_the_main_contact(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    billing = _add(db, account, categories=frozenset({EmailCategory.INVOICES}))
    base = load_account(db, account.id)
    main_id = base.main_contact.id
    assert not base.payment_confirmations_main_only
    assert _recipient_ids(base, MessageKind.PAYMENT_CONFIRMATION) == [main_id, billing.id]

    _save_details(db, base, InvoiceSettings(payment_confirmations_main_only=True))

    loaded = load_account(db, account.id)
    assert loaded.payment_confirmations_main_only is True
    assert loaded.version > base.version
    routing = route(_mail(loaded), MessageKind.PAYMENT_CONFIRMATION)
    assert [r.contact.id for r in routing.recipients] == [main_id]
    assert [(r.contact.id, r.reason) for r in routing.excluded] == [
        (billing.id, Reason.ONLY_MAIN_CONTACT)
    ]
    # R6 narrows payment confirmations only: invoices still reach the billing contact.
    assert _recipient_ids(loaded, MessageKind.INVOICES) == [main_id, billing.id]

    _save_details(db, loaded, InvoiceSettings(payment_confirmations_main_only=False))
    again = load_account(db, account.id)
    assert again.payment_confirmations_main_only is False
    assert _recipient_ids(again, MessageKind.PAYMENT_CONFIRMATION) == [main_id, billing.id]


# --- search by any contact ------------------------------------------------------------


@pytest.mark.parametrize("sort", [RegisterColumn.NAME, RegisterColumn.MAIN_CONTACT])
def test_search_finds_an_account_by_a_non_main_contact(
    db: Workspace, new_account: NewAccountFactory, sort: RegisterColumn
) -> None:
    account = create_account(db, new_account())
    create_account(db, new_account(name="Annat AB"))  # same main contact, no extra
    added = _add(db, account)
    queries = (
        "ÖSTER",  # name fragment, non-ASCII upper case
        "österberg",
        "erik öst",
        "OSTERBERG@EXAMPLE",  # email fragment
        "073-555 12 34",  # phone as typed
        "0735551234",
        "+46 73 555 12 34",
        "555 12 34",
    )
    for text in queries:
        assert _search(db, text, sort) == [account.id], text

    delete_contact(db, account.id, added.token)
    for text in queries:
        assert _search(db, text, sort) == [], text
    # The account itself is still found by its main contact.
    assert _search(db, "Anna Lind", sort) != []


def test_search_by_danish_contact_phone_typed_in_another_format(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(
        db,
        new_account(name="Hansen ApS", country="DK", phone="20 12 34 56", postcode="2100",
                    city="København Ø"),
    )
    create_account(db, new_account())
    added = _add(
        db, account,
        dataclasses.replace(EXTRA, phone="31 41 59 26", email="pia@hansen.dk", country="DK",
                            postcode="8000", city="Aarhus"),
    )
    assert added.phone == "+4531415926"
    for text in ("+45 31 41 59 26", "0045 3141 5926", "31415926"):
        assert _search(db, text) == [account.id], text
    delete_contact(db, account.id, added.token)
    assert _search(db, "31415926") == []


# --- two operators ---------------------------------------------------------------------


def test_adding_a_contact_does_not_conflict_with_my_details_but_main_swaps_do(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    a_base = load_account(db, account.id)

    # B adds a contact: the account's version is not touched.
    b_added = _add(db, load_account(db, account.id))
    assert load_account(db, account.id).version == a_base.version

    # A saves My details from what A loaded before B's contact existed.
    a_saved = update_account_details(
        db,
        a_base.token,
        dataclasses.replace(a_base.as_input(), name="Hägg Bygg & Måleri AB"),
        dataclasses.replace(a_base.main_contact.as_input(), city="Solna"),
    )
    assert a_saved.name == "Hägg Bygg & Måleri AB"
    assert a_saved.main_contact.city == "Solna"
    assert a_saved.contact(b_added.id) is not None
    assert _contact_count(db, account.id) == 2

    # B makes its contact main; A, still on its last base, tries the same.
    b_base = load_account(db, account.id)
    make_main_contact(db, b_base.token, b_added.id)
    with pytest.raises(ConflictError):
        make_main_contact(db, a_saved.token, b_added.id)
    with pytest.raises(ConflictError):
        make_main_contact(db, a_base.token, b_added.id)

    loaded = load_account(db, account.id)
    assert loaded.main_contact.id == b_added.id
    assert _main_count(db, account.id) == 1
    assert loaded.name == "Hägg Bygg & Måleri AB"


def test_stale_my_details_after_a_main_contact_swap_conflicts(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    added = _add(db, account)
    a_base = load_account(db, account.id)
    make_main_contact(db, load_account(db, account.id).token, added.id)
    swapped = load_account(db, account.id)

    with pytest.raises(ConflictError):
        _save_details(db, a_base, name="Ska inte sparas AB")
    assert load_account(db, account.id) == swapped


# --- a billing contact in one step (R5) -------------------------------------------------------


def test_a_new_contact_becomes_the_invoice_contact_in_the_same_save(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    billing = dataclasses.replace(EXTRA, organisation_name="")
    saved = save_contact(db, account.id, None,
                         ContactChange(billing, frozenset({EmailCategory.INVOICES})),
                         invoice_of=account.token)
    added = _only_new(account, saved)
    assert saved.invoice_contact_id == added.id
    assert saved.version > account.version
    assert load_account(db, account.id) == saved
    # The invoice names the company, then the person (R5).
    assert _addressee(saved).reason is AddresseeReason.INVOICE_CONTACT
    lines = invoice_addressee(_postal(saved.main_contact), _postal(added), "",
                              saved.name).lines()
    assert lines[:2] == (saved.name, "Erik Österberg")


def test_a_billing_contact_from_a_stale_account_conflicts_and_adds_nothing(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    changed = _save_details(db, account, name="Hägg Bygg & Måleri AB")
    with pytest.raises(ConflictError) as conflict:
        save_contact(db, account.id, None, ContactChange(EXTRA, NO_CATEGORIES),
                     invoice_of=account.token)
    assert conflict.value.current == changed
    assert _contact_count(db, account.id) == 1
