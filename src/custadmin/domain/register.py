"""What the customer register can be asked: a search text and a sort order."""

from __future__ import annotations

import enum
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field

from custadmin.domain.alphabet import Alphabet
from custadmin.domain.identifiers import format_phone, shown_org_number

#: Rows of the first answer: more than a screen shows.
FIRST_PAGE_ROWS = 100


class RegisterColumn(enum.IntEnum):
    """Columns of the register, in display order."""

    CUSTOMER_NUMBER = 0
    NAME = 1
    ORG_NUMBER = 2
    MAIN_CONTACT = 3
    EMAIL = 4
    PHONE = 5
    CITY = 6


@dataclass(frozen=True, slots=True)
class RegisterQuery:
    text: str = ""
    sort: RegisterColumn = RegisterColumn.NAME
    descending: bool = False
    #: The alphabet names are sorted in (the operator's language).
    alphabet: Alphabet = Alphabet.ROOT
    #: Only accounts in this e-invoice delivery state (issue 16): "" every
    #: account; ``PEPPOL`` those delivered by Peppol; ``HELD`` those whose
    #: invoices are held; else a ``DeliveryReason`` value.
    einvoice: str = ""


#: :attr:`RegisterQuery.einvoice`: delivered by Peppol (confirmed, or moving).
EINVOICE_PEPPOL = "peppol"
#: :attr:`RegisterQuery.einvoice`: invoices held (the customer requires e-invoices).
EINVOICE_HELD = "held"


#: The stored column each name column sorts by, per alphabet (domain/alphabet.py).
NAME_SORT_COLUMNS = {Alphabet.ROOT: "name_key", Alphabet.SWEDISH: "sort_sv",
                     Alphabet.DANISH: "sort_da"}


def sort_column(query: RegisterQuery) -> tuple[str, str]:
    """(table, column) the register is sorted by for ``query``."""
    if query.sort is RegisterColumn.NAME:
        return "account", NAME_SORT_COLUMNS[query.alphabet]
    if query.sort is RegisterColumn.MAIN_CONTACT:
        return "contact", NAME_SORT_COLUMNS[query.alphabet]
    return {
        RegisterColumn.CUSTOMER_NUMBER: ("account", "customer_number"),
        RegisterColumn.ORG_NUMBER: ("account", "org_number"),
        RegisterColumn.EMAIL: ("contact", "email_key"),
        RegisterColumn.PHONE: ("contact", "phone"),
        RegisterColumn.CITY: ("contact", "city"),
    }[query.sort]


@dataclass(frozen=True, slots=True)
class RegisterPage:
    """The first rows of a query in display order, and how many match in all."""

    ids: array[int]
    total: int
    #: False when ``total`` is the database's estimate (PostgreSQL, many
    #: matches): the exact number comes with every ID, off the GUI thread.
    exact: bool = True


@dataclass(frozen=True, slots=True)
class StoredRegisterRow:
    """A register line as stored; :meth:`cells` makes it ready to show.

    The register formats only the lines it paints: formatting a phone number
    costs ~0.15 ms, more than reading the row.
    """

    id: int
    customer_number: int
    name: str
    #: Left out of the repr: a sole trader's is a personal identity number.
    org_number: str = field(repr=False)
    country: str
    first_name: str
    last_name: str
    email: str
    phone: str
    city: str
    #: Set when the contact fields are not the main contact's but those of the
    #: contact a search found (:func:`found_contact`).
    found_contact_id: int | None = None

    @property
    def main_contact(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def cells(self) -> tuple[str, ...]:
        """The texts of the register's columns, in their order (``RegisterColumn``).

        A sole trader's organisation number is the owner's personal identity
        number: the list shows it masked (R31, R32), as every list does.
        """
        return (
            str(self.customer_number),
            self.name,
            shown_org_number(self.org_number, self.country),
            self.main_contact,
            self.email,
            format_phone(self.phone, self.country),
            self.city,
        )


@dataclass(frozen=True, slots=True)
class ContactKeys:
    """What a search is matched against in one contact."""

    id: int
    is_main: bool
    name_key: str
    email_key: str
    phone: str


def found_contact(
    words: Sequence[Sequence[str]], phone_digits: str, account_key: str,
    contacts: Sequence[ContactKeys],
) -> int | None:
    """The contact to show instead of the main one for a search, if any.

    ``words`` are the typed words in their spellings
    (:func:`custadmin.domain.alphabet.search_words`). The main contact stays
    when the account's own name holds every word, or when no other contact
    holds more of them than the main contact does; otherwise the contact that
    holds the most (a phone number typed counts as every word), the first of
    equals in the given order.
    """
    def held(key: str) -> int:
        return sum(any(v in key for v in word) for word in words)

    if words and held(account_key) == len(words):
        return None

    def score(contact: ContactKeys) -> int:
        if phone_digits and phone_digits in contact.phone:
            return len(words) + 1
        return held(contact.name_key + "\n" + contact.email_key)

    main = next((score(c) for c in contacts if c.is_main), 0)
    best: tuple[int, int] | None = None
    for contact in contacts:
        if not contact.is_main and (points := score(contact)) > main and (
            best is None or points > best[0]
        ):
            best = (points, contact.id)
    return best[1] if best else None
