"""Who receives which email (R6, R7): one function of the account."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from custadmin.domain.text import fold


class EmailCategory(enum.StrEnum):
    """The email preference categories a contact can tick (R7)."""

    GENERAL = "general"
    INVOICES = "invoices"  # Invoices & reminders
    SUPPORT = "support"
    PRODUCTS = "products"  # Products & services
    DOMAINS = "domains"
    AFFILIATE = "affiliate"


class MessageKind(enum.StrEnum):
    """Every kind of message the account can be sent."""

    GENERAL = "general"
    INVOICES = "invoices"
    SUPPORT = "support"
    PRODUCTS = "products"
    DOMAINS = "domains"
    AFFILIATE = "affiliate"
    PAYMENT_CONFIRMATION = "payment_confirmation"
    PASSWORD_RESET = "password_reset"
    EMAIL_VERIFICATION = "email_verification"


#: Messages that ignore preferences: they go to the person they concern.
PERSONAL_KINDS = frozenset({MessageKind.PASSWORD_RESET, MessageKind.EMAIL_VERIFICATION})


def category_of(kind: MessageKind) -> EmailCategory | None:
    """The preference that governs ``kind``; payment confirmations are invoices (R7)."""
    if kind is MessageKind.PAYMENT_CONFIRMATION:
        return EmailCategory.INVOICES
    if kind in PERSONAL_KINDS:
        return None
    return EmailCategory(kind.value)


class Reason(enum.StrEnum):
    MAIN_CONTACT = "main_contact"  # the main contact receives every message
    TICKED = "ticked"  # the contact ticked the message's category
    PERSON_CONCERNED = "person_concerned"  # password reset / verification
    ONLY_MAIN_CONTACT = "only_main_contact"  # excluded by R6
    SAME_ADDRESS = "same_address"  # excluded: the address already receives it


@dataclass(frozen=True, slots=True)
class MailContact:
    """What routing needs of a contact; ``id`` is None for one not yet saved."""

    id: int | None
    name: str
    email: str
    is_main: bool
    categories: frozenset[EmailCategory]


@dataclass(frozen=True, slots=True)
class MailSettings:
    contacts: tuple[MailContact, ...]
    payment_confirmations_main_only: bool = False


@dataclass(frozen=True, slots=True)
class Recipient:
    contact: MailContact
    reason: Reason


@dataclass(frozen=True, slots=True)
class Routing:
    kind: MessageKind
    recipients: tuple[Recipient, ...]
    #: Contacts that ticked the category but do not receive it, and why.
    excluded: tuple[Recipient, ...]


def route(
    settings: MailSettings, kind: MessageKind, concerned: MailContact | None = None
) -> Routing:
    """Who receives a message of ``kind`` (R7, narrowed by R6).

    The main contact always; plus every contact that ticked the category;
    for payment confirmations, nobody but the main contact when the account
    says so (R6). Password resets and email verifications ignore preferences
    and go only to ``concerned`` (by default the main contact). An address is
    sent a message once even if two contacts share it.
    """
    main = next((c for c in settings.contacts if c.is_main), None)
    if kind in PERSONAL_KINDS:
        person = concerned or main
        people = () if person is None else (Recipient(person, Reason.PERSON_CONCERNED),)
        return Routing(kind, people, ())
    category = category_of(kind)
    recipients: list[Recipient] = []
    excluded: list[Recipient] = []
    if main is not None:
        recipients.append(Recipient(main, Reason.MAIN_CONTACT))
    main_only = (
        kind is MessageKind.PAYMENT_CONFIRMATION and settings.payment_confirmations_main_only
    )
    for contact in _others(settings.contacts):
        if category not in contact.categories:
            continue
        if main_only:
            excluded.append(Recipient(contact, Reason.ONLY_MAIN_CONTACT))
        else:
            recipients.append(Recipient(contact, Reason.TICKED))
    seen: set[str] = set()
    unique: list[Recipient] = []
    for recipient in recipients:
        key = fold(recipient.contact.email)
        if key in seen:
            excluded.append(Recipient(recipient.contact, Reason.SAME_ADDRESS))
            continue
        seen.add(key)
        unique.append(recipient)
    return Routing(kind, tuple(unique), tuple(excluded))


def route_all(settings: MailSettings) -> tuple[Routing, ...]:
    """Every message kind's routing, in :class:`MessageKind` order (the panel)."""
    return tuple(route(settings, kind) for kind in MessageKind)


def _others(contacts: Iterable[MailContact]) -> Iterable[MailContact]:
    return (c for c in contacts if not c.is_main)
