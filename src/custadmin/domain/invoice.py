"""Whose name and address stand on the invoice (R5)."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class AddresseeReason(enum.StrEnum):
    MAIN_CONTACT = "main_contact"  # no invoice contact picked
    INVOICE_CONTACT = "invoice_contact"  # the picked invoice contact
    PEPPOL = "peppol"  # a Peppol ID overrides the pick: main contact


@dataclass(frozen=True, slots=True)
class PostalContact:
    id: int | None
    name: str
    organisation_name: str
    address_line1: str
    address_line2: str
    postcode: str
    city: str
    country: str

    def lines(self) -> tuple[str, ...]:
        """The address block as printed, empty lines left out."""
        place = f"{self.postcode} {self.city}".strip()
        return tuple(
            line
            for line in (self.organisation_name, self.name, self.address_line1,
                         self.address_line2, place, self.country)
            if line
        )


@dataclass(frozen=True, slots=True)
class Addressee:
    contact: PostalContact
    reason: AddresseeReason
    #: The account's name: the invoice names the company even when the
    #: contact it goes to has no organisation name of its own (R5).
    account_name: str = ""

    def lines(self) -> tuple[str, ...]:
        """The invoice's address block: the company, then the person and the address."""
        lines = self.contact.lines()
        if self.contact.organisation_name or not self.account_name.strip():
            return lines
        return (self.account_name.strip(), *lines)


def invoice_addressee(
    main: PostalContact, invoice_contact: PostalContact | None, peppol_id: str,
    account_name: str = "",
) -> Addressee:
    """The invoice carries the invoice contact's name and address, if one is picked,
    unless the account has a Peppol ID: then the main contact's, whatever is
    picked (R5). Receiving "Invoices & reminders" only gets a contact a copy;
    it does not change this."""
    if peppol_id.strip():
        return Addressee(main, AddresseeReason.PEPPOL, account_name)
    if invoice_contact is None or invoice_contact is main or (
        main.id is not None and invoice_contact.id == main.id
    ):
        return Addressee(main, AddresseeReason.MAIN_CONTACT, account_name)
    return Addressee(invoice_contact, AddresseeReason.INVOICE_CONTACT, account_name)
