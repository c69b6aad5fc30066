"""R5: whose name and address stand on the invoice (``invoice_addressee``)."""

from __future__ import annotations

import inspect

import pytest

from custadmin.domain.invoice import (
    AddresseeReason,
    PostalContact,
    invoice_addressee,
)
from custadmin.domain.mail import EmailCategory, MailContact, MailSettings, MessageKind, route

MAIN = PostalContact(
    id=1,
    name="Anna Andersson",
    organisation_name="Exempel AB",
    address_line1="Storgatan 1",
    address_line2="",
    postcode="111 22",
    city="Stockholm",
    country="SE",
)
ACCOUNTS = PostalContact(
    id=2,
    name="Bertil Berg",
    organisation_name="Exempel AB Ekonomi",
    address_line1="Box 123",
    address_line2="Ekonomiavdelningen",
    postcode="222 33",
    city="Lund",
    country="SE",
)
PEPPOL = "0007:5560360793"


def test_no_invoice_contact_gives_main_contact() -> None:
    addressee = invoice_addressee(MAIN, None, "")
    assert addressee.contact == MAIN
    assert addressee.reason is AddresseeReason.MAIN_CONTACT


def test_picked_invoice_contact_stands_on_the_invoice() -> None:
    addressee = invoice_addressee(MAIN, ACCOUNTS, "")
    assert addressee.contact == ACCOUNTS
    assert addressee.reason is AddresseeReason.INVOICE_CONTACT
    assert addressee.contact.lines() == (
        "Exempel AB Ekonomi",
        "Bertil Berg",
        "Box 123",
        "Ekonomiavdelningen",
        "222 33 Lund",
        "SE",
    )


@pytest.mark.parametrize("picked", [None, ACCOUNTS, MAIN])
def test_peppol_id_puts_main_contact_whatever_is_picked(picked: PostalContact | None) -> None:
    addressee = invoice_addressee(MAIN, picked, PEPPOL)
    assert addressee.contact == MAIN
    assert addressee.reason is AddresseeReason.PEPPOL


def test_blank_peppol_id_is_no_peppol_id() -> None:
    assert invoice_addressee(MAIN, ACCOUNTS, "   ").contact == ACCOUNTS


def test_picking_the_main_contact_itself_is_main_contact_reason() -> None:
    addressee = invoice_addressee(MAIN, MAIN, "")
    assert addressee.contact == MAIN
    assert addressee.reason is AddresseeReason.MAIN_CONTACT


def test_picked_contact_is_recognised_as_main_by_id_not_by_value() -> None:
    # The main contact as loaded again (e.g. after an edit elsewhere) is still it.
    reloaded = PostalContact(
        id=MAIN.id,
        name="Anna Andersson-Berg",
        organisation_name=MAIN.organisation_name,
        address_line1=MAIN.address_line1,
        address_line2=MAIN.address_line2,
        postcode=MAIN.postcode,
        city=MAIN.city,
        country=MAIN.country,
    )
    assert invoice_addressee(MAIN, reloaded, "").reason is AddresseeReason.MAIN_CONTACT


# --- receiving "Invoices & reminders" gets a copy, nothing more (R5) --------


def test_addressee_takes_no_email_preference_input() -> None:
    # The only inputs are the main contact, the picked contact, the Peppol
    # ID and the account's name; neither contact type carries email preferences.
    params = list(inspect.signature(invoice_addressee).parameters)
    assert params == ["main", "invoice_contact", "peppol_id", "account_name"]
    fields = set(PostalContact.__dataclass_fields__)
    assert not fields & {"categories", "email", "is_main"}


def _account(bertil_ticks_invoices: bool) -> tuple[MailSettings, dict[int, PostalContact]]:
    """One account's contacts, seen by mail routing and by invoicing."""
    categories = frozenset({EmailCategory.INVOICES}) if bertil_ticks_invoices else frozenset()
    mail = MailSettings(
        contacts=(
            MailContact(1, MAIN.name, "anna@example.se", True, frozenset()),
            MailContact(2, ACCOUNTS.name, "bertil@example.se", False, categories),
        )
    )
    return mail, {1: MAIN, 2: ACCOUNTS}


@pytest.mark.parametrize("picked_id", [None, 1, 2])
@pytest.mark.parametrize("peppol_id", ["", PEPPOL])
def test_receiving_invoices_by_email_does_not_change_the_addressee(
    picked_id: int | None, peppol_id: str
) -> None:
    results = []
    for ticks in (False, True):
        mail, postal = _account(ticks)
        copies = [r.contact.id for r in route(mail, MessageKind.INVOICES).recipients]
        picked = None if picked_id is None else postal[picked_id]
        results.append((copies, invoice_addressee(postal[1], picked, peppol_id)))
    (no_copy, addressee_without), (copy, addressee_with) = results
    # Ticking "Invoices & reminders" gets Bertil a copy ...
    assert no_copy == [1]
    assert copy == [1, 2]
    # ... and changes nothing on the invoice.
    assert addressee_with == addressee_without
    bertil_on_invoice = picked_id == 2 and not peppol_id
    assert addressee_with.contact == (ACCOUNTS if bertil_on_invoice else MAIN)


def test_billing_contact_that_is_not_picked_is_not_the_addressee() -> None:
    mail, postal = _account(True)
    assert postal[2].id in [r.contact.id for r in route(mail, MessageKind.INVOICES).recipients]
    assert invoice_addressee(postal[1], None, "").contact == MAIN


def test_unsaved_picked_contact_is_not_mistaken_for_unsaved_main() -> None:
    unsaved_main = PostalContact(None, "Anna", "", "Storgatan 1", "", "111 22", "Stockholm", "SE")
    unsaved_pick = PostalContact(None, "Bertil", "", "Box 123", "", "222 33", "Lund", "SE")
    addressee = invoice_addressee(unsaved_main, unsaved_pick, "")
    assert addressee.contact == unsaved_pick
    assert addressee.reason is AddresseeReason.INVOICE_CONTACT


# --- PostalContact.lines -----------------------------------------------------


def test_lines_leave_out_empty_lines() -> None:
    assert MAIN.lines() == ("Exempel AB", "Anna Andersson", "Storgatan 1", "111 22 Stockholm", "SE")


def test_lines_without_organisation_or_place() -> None:
    private = PostalContact(
        id=3,
        name="Cecilia Carlsson",
        organisation_name="",
        address_line1="Lillgatan 2",
        address_line2="",
        postcode="",
        city="",
        country="SE",
    )
    assert private.lines() == ("Cecilia Carlsson", "Lillgatan 2", "SE")
    assert "" not in private.lines()


def test_lines_with_only_postcode_or_only_city_have_no_stray_space() -> None:
    only_city = PostalContact(3, "C", "", "Gatan 1", "", "", "Oslo", "NO")
    only_postcode = PostalContact(3, "C", "", "Gatan 1", "", "0150", "", "NO")
    assert only_city.lines() == ("C", "Gatan 1", "Oslo", "NO")
    assert only_postcode.lines() == ("C", "Gatan 1", "0150", "NO")


def test_r5_an_invoice_contact_without_an_organisation_name_still_names_the_company() -> None:
    person = PostalContact(7, "Eva Lind", "", "Box 9", "", "222 33", "Lund", "SE")
    addressee = invoice_addressee(MAIN, person, "", "Hägg Bygg AB")
    assert addressee.reason is AddresseeReason.INVOICE_CONTACT
    assert addressee.lines() == ("Hägg Bygg AB", "Eva Lind", "Box 9", "222 33 Lund", "SE")
    # A contact with an organisation name of its own keeps it (no company twice).
    named = PostalContact(8, "Eva Lind", "Ekonomibyrån AB", "Box 9", "", "222 33", "Lund", "SE")
    assert invoice_addressee(MAIN, named, "", "Hägg Bygg AB").lines()[0] == "Ekonomibyrån AB"
