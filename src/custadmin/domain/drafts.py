"""What an open account's unsaved edits would mean once saved (R5, R7).

The editor shows, while the operator types, who would get which emails and
whose name and address would stand on the invoice. The rules are the same
as for a saved account (:func:`custadmin.domain.mail.route`,
:func:`custadmin.domain.invoice.invoice_addressee`); this module builds their
input from the stored account plus what the pages hold unsaved.
"""

from __future__ import annotations

from dataclasses import dataclass

from custadmin.domain.accounts import AccountDetails, ContactDetails, ContactInput, InvoiceSettings
from custadmin.domain.invoice import Addressee, PostalContact, invoice_addressee
from custadmin.domain.mail import EmailCategory, MailContact, MailSettings


def postal(contact: ContactDetails | ContactInput, contact_id: int | None) -> PostalContact:
    """A contact's postal address as an invoice would print it."""
    return PostalContact(
        id=contact_id, name=f"{contact.first_name} {contact.last_name}".strip(),
        organisation_name=contact.organisation_name, address_line1=contact.address_line1,
        address_line2=contact.address_line2, postcode=contact.postcode, city=contact.city,
        country=contact.country,
    )


@dataclass(frozen=True, slots=True)
class EditedContact:
    """The contact open on *Manage contacts*, as typed (``id`` None: being added)."""

    id: int | None
    data: ContactInput
    categories: frozenset[EmailCategory]

    @property
    def name(self) -> str:
        return f"{self.data.first_name} {self.data.last_name}".strip()


@dataclass(frozen=True, slots=True)
class AccountDraft:
    """An account as it would be if the open pages' edits were saved."""

    account: AccountDetails
    #: The main contact as typed on *My details*.
    main_contact: ContactInput
    invoice: InvoiceSettings
    peppol_id: str
    #: The contact being edited on *Manage contacts*, if anything is typed there.
    edited: EditedContact | None = None

    def mail_settings(self) -> MailSettings:
        """Who would receive what (R7): the input of :func:`custadmin.domain.mail.route`."""
        main, edited = self.main_contact, self.edited
        contacts: list[MailContact] = []
        for contact in self.account.contacts:
            if contact.is_main:
                contacts.append(MailContact(
                    contact.id, f"{main.first_name} {main.last_name}".strip(),
                    main.email.strip(), True, contact.email_categories))
            elif edited is not None and edited.id == contact.id:
                contacts.append(self._mail_contact(edited, is_main=False))
            else:
                contacts.append(MailContact(contact.id, contact.full_name, contact.email,
                                            False, contact.email_categories))
        if edited is not None and edited.id is None:
            contacts.append(self._mail_contact(edited, is_main=False))
        return MailSettings(tuple(contacts), self.invoice.payment_confirmations_main_only)

    @staticmethod
    def _mail_contact(edited: EditedContact, *, is_main: bool) -> MailContact:
        return MailContact(id=edited.id, name=edited.name, email=edited.data.email.strip(),
                           is_main=is_main, categories=edited.categories)

    def addressee(self) -> Addressee:
        """Whose name and address the invoice would carry (R5)."""
        addresses: dict[int, PostalContact] = {}
        for contact in self.account.contacts:
            if contact.is_main:
                addresses[contact.id] = postal(self.main_contact, contact.id)
            elif self.edited is not None and self.edited.id == contact.id:
                addresses[contact.id] = postal(self.edited.data, contact.id)
            else:
                addresses[contact.id] = postal(contact, contact.id)
        picked = addresses.get(self.invoice.invoice_contact_id or -1)
        return invoice_addressee(addresses[self.account.main_contact.id], picked,
                                 self.peppol_id, self.account.name)
