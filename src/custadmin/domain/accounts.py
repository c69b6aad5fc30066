"""Customer accounts and contacts: what the operator types, what is stored,
and what services hand back (frozen rows, never ORM objects)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import NamedTuple

from custadmin.domain.alphabet import name_keys
from custadmin.domain.errors import FieldError, ValidationError, collect
from custadmin.domain.identifiers import (
    Country,
    email_key,
    normalize_email,
    normalize_org_number,
    normalize_peppol_id,
    normalize_phone,
    normalize_postcode,
    parse_account_country,
    parse_contact_country,
)
from custadmin.domain.mail import EmailCategory
from custadmin.domain.messages import Message
from custadmin.domain.portal import LoginInfo, PortalAccessChange, PortalSettings, ServiceType
from custadmin.domain.text import check_text, clean_text
from custadmin.domain.versions import VersionToken, differences

NAME_MAX = 200
FIELD_MAX = 200


@dataclass(frozen=True, slots=True)
class AccountInput:
    """The account's own fields as typed."""

    name: str = ""
    country: str = "SE"
    org_number: str = ""
    peppol_id: str = ""
    #: A :class:`ServiceType` value, or "" when not recorded (R10).
    service_type: str = ""


@dataclass(frozen=True, slots=True)
class InvoiceSettings:
    """*My details* choices about invoices and payment confirmations (R5, R6)."""

    invoice_contact_id: int | None = None
    payment_confirmations_main_only: bool = False
    #: The customer requires e-invoices: never sent PDF or paper instead (R19).
    requires_einvoice: bool = False


@dataclass(frozen=True, slots=True)
class ContactInput:
    """A contact's fields as typed (R2)."""

    first_name: str = ""
    last_name: str = ""
    organisation_name: str = ""
    email: str = ""
    phone: str = ""
    address_line1: str = ""
    address_line2: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "SE"


ACCOUNT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(AccountInput))
CONTACT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ContactInput))
#: R2: every contact field is mandatory except these.
OPTIONAL_CONTACT_FIELDS = frozenset({"organisation_name", "address_line2"})


@dataclass(frozen=True, slots=True)
class ValidAccount:
    name: str
    country: Country
    org_number: str
    peppol_id: str = ""
    service_type: ServiceType | None = None


@dataclass(frozen=True, slots=True)
class ValidContact:
    first_name: str
    last_name: str
    organisation_name: str
    email: str
    email_key: str
    phone: str
    address_line1: str
    address_line2: str
    postcode: str
    city: str
    country: str


@dataclass(frozen=True, slots=True)
class NewAccount:
    account: AccountInput
    main_contact: ContactInput


def validate_account(data: AccountInput) -> ValidAccount:
    """The account's fields normalised, or :class:`ValidationError` naming each bad field."""
    values, errors = collect(
        {
            "name": lambda: clean_text("name", data.name, required=True, max_length=NAME_MAX),
            # Fields with rules of their own: the text policy first (domain/text.py).
            "country": lambda: parse_account_country(
                "country", check_text("country", data.country)),
            "peppol_id": lambda: normalize_peppol_id(
                "peppol_id", check_text("peppol_id", data.peppol_id)),
            "service_type": lambda: parse_service_type(
                "service_type", check_text("service_type", data.service_type)),
        }
    )
    country = values.get("country")
    if isinstance(country, Country):
        try:
            values["org_number"] = normalize_org_number(
                "org_number", check_text("org_number", data.org_number), country)
        except FieldError as exc:
            errors["org_number"] = exc.message
    if errors:
        raise ValidationError(errors)
    return ValidAccount(
        name=str(values["name"]), country=Country(str(values["country"])),
        org_number=str(values["org_number"]), peppol_id=str(values["peppol_id"]),
        service_type=service if isinstance(service := values["service_type"], ServiceType)
        else None,
    )


def parse_service_type(field: str, value: str) -> ServiceType | None:
    value = value.strip()
    if not value:
        return None
    try:
        return ServiceType(value)
    except ValueError:
        raise FieldError(field, Message("service_type.invalid")) from None


def validate_contact(data: ContactInput, account_country: str) -> ValidContact:
    """A contact's fields normalised (R2, R29, R30), or :class:`ValidationError`.

    The phone number is parsed with the *account's* country as default region
    (R30); the postcode follows the contact's own country.
    """

    def text(name: str) -> Callable[[], str]:
        return lambda: clean_text(
            name, getattr(data, name), required=name not in OPTIONAL_CONTACT_FIELDS,
            max_length=FIELD_MAX,
        )

    checks: dict[str, Callable[[], object]] = {
        "first_name": text("first_name"),
        "last_name": text("last_name"),
        "organisation_name": text("organisation_name"),
        # Fields with rules of their own: the text policy first (domain/text.py).
        "email": lambda: normalize_email("email", check_text("email", data.email)),
        "phone": lambda: normalize_phone("phone", check_text("phone", data.phone),
                                         account_country),
        "address_line1": text("address_line1"),
        "address_line2": text("address_line2"),
        "city": text("city"),
        "country": lambda: parse_contact_country("country", check_text("country", data.country)),
    }
    values, errors = collect(checks)
    country = values.get("country")
    try:
        postcode = check_text("postcode", data.postcode)
        if isinstance(country, str):
            values["postcode"] = normalize_postcode("postcode", postcode, country)
        elif not postcode:
            raise FieldError("postcode", Message("field.required"))
    except FieldError as exc:
        errors["postcode"] = exc.message
    if errors:
        raise ValidationError(errors)
    email = str(values["email"])
    return ValidContact(
        first_name=str(values["first_name"]),
        last_name=str(values["last_name"]),
        organisation_name=str(values["organisation_name"]),
        email=email,
        email_key=email_key(email),
        phone=str(values["phone"]),
        address_line1=str(values["address_line1"]),
        address_line2=str(values["address_line2"]),
        postcode=str(values["postcode"]),
        city=str(values["city"]),
        country=str(values["country"]),
    )


#: Keys of the main contact's fields beside the account's own (errors, forms, snapshots).
MAIN_CONTACT_PREFIX = "main_contact."


def validate_new_account(data: NewAccount) -> tuple[ValidAccount, ValidContact]:
    """Both parts checked at once so the operator sees every problem together.

    Contact errors are keyed :data:`MAIN_CONTACT_PREFIX` ``+ field``.
    """
    errors: dict[str, str] = {}
    account: ValidAccount | None = None
    contact: ValidContact | None = None
    try:
        account = validate_account(data.account)
    except ValidationError as exc:
        errors.update(exc.errors)
    country = account.country if account else data.account.country.strip().upper() or "SE"
    try:
        contact = validate_contact(data.main_contact, str(country))
    except ValidationError as exc:
        errors.update({MAIN_CONTACT_PREFIX + k: v for k, v in exc.errors.items()})
    if errors or account is None or contact is None:
        raise ValidationError(errors)
    return account, contact


@dataclass(frozen=True, slots=True)
class ContactDetails:
    """A stored contact as services hand it out."""

    id: int
    version: int
    is_main: bool
    first_name: str
    last_name: str
    organisation_name: str
    email: str
    phone: str
    address_line1: str
    address_line2: str
    postcode: str
    city: str
    country: str
    email_categories: frozenset[EmailCategory] = frozenset()
    #: R8/R12: may log in to the customer portal.
    portal_access: bool = False
    #: Rights ticked on this contact (exceptions to the system-wide settings, R16).
    rights: frozenset[str] = frozenset()
    #: The login named by this contact's email, if it has one (R9, R13).
    login: LoginInfo | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def token(self) -> VersionToken:
        """What a save of this contact compares (optimistic locking)."""
        return VersionToken(self.id, self.version)

    def as_input(self) -> ContactInput:
        return ContactInput(**{name: getattr(self, name) for name in CONTACT_FIELDS})


@dataclass(frozen=True, slots=True)
class AccountDetails:
    """A stored account with its main contact (R1)."""

    id: int
    version: int
    customer_number: int
    name: str
    country: str
    org_number: str
    created_at: dt.datetime
    updated_at: dt.datetime
    main_contact: ContactDetails
    #: Every contact, the main contact first (R1).
    contacts: tuple[ContactDetails, ...] = ()
    peppol_id: str = ""
    invoice_contact_id: int | None = None
    payment_confirmations_main_only: bool = False
    service_type: str = ""
    requires_einvoice: bool = False
    #: The system-wide portal settings as read with the account (R16).
    portal_settings: PortalSettings = field(default_factory=PortalSettings)

    @property
    def token(self) -> VersionToken:
        """What a save of this account compares. The account's version moves
        with its main contact too, so one token covers *My details*."""
        return VersionToken(self.id, self.version)

    def as_input(self) -> AccountInput:
        return AccountInput(name=self.name, country=self.country, org_number=self.org_number,
                            peppol_id=self.peppol_id, service_type=self.service_type)

    def portal_users(self) -> tuple[ContactDetails, ...]:
        """Contacts with portal access, the main contact first."""
        return tuple(c for c in self.contacts if c.portal_access)

    def invoice_settings(self) -> InvoiceSettings:
        return InvoiceSettings(self.invoice_contact_id, self.payment_confirmations_main_only,
                               self.requires_einvoice)

    def contact(self, contact_id: int) -> ContactDetails | None:
        return next((c for c in self.contacts if c.id == contact_id), None)


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """One line of the customer register, ready to show."""

    id: int
    customer_number: int
    name: str
    org_number: str
    main_contact: str
    email: str
    phone: str
    city: str


def details_snapshot(details: AccountDetails) -> dict[str, object]:
    """The account's own fields and its main contact's, keyed as the forms key them."""
    values: dict[str, object] = {
        name: getattr(details, name)
        for name in (*ACCOUNT_FIELDS, "invoice_contact_id", "payment_confirmations_main_only",
                     "requires_einvoice")
    }
    values.update({f"{MAIN_CONTACT_PREFIX}{name}": getattr(details.main_contact, name)
                   for name in CONTACT_FIELDS})
    return values


def account_differences(
    base: AccountDetails, current: AccountDetails
) -> dict[str, tuple[object, object]]:
    """What changed between two snapshots of an account, by the form's field keys."""
    return differences(details_snapshot(base), details_snapshot(current))


@dataclass(frozen=True, slots=True)
class ContactChange:
    """What *Manage contacts* saves of one contact."""

    data: ContactInput
    categories: frozenset[EmailCategory] = frozenset()
    #: Portal access and a new password; None leaves both as they are.
    portal: PortalAccessChange | None = None


# --- stored rows, for writing many at once (imports, demo data) ------------------
# Named tuples: cheap to build a million of, to pickle to the import's worker
# processes and to hand to the driver as they are, yet read by name.


class AccountRow(NamedTuple):
    """An account's columns as stored (validated and normalised)."""

    name: str
    #: The name's keys (:func:`custadmin.domain.alphabet.name_keys`).
    name_key: str
    sort_sv: str
    sort_da: str
    country: str
    org_number: str
    peppol_id: str
    #: A :class:`ServiceType` value, or "" when not recorded.
    service_type: str

    @classmethod
    def of(cls, account: ValidAccount) -> AccountRow:
        return cls(account.name, *name_keys(account.name), account.country.value,
                   account.org_number, account.peppol_id,
                   account.service_type.value if account.service_type else "")


class ContactRow(NamedTuple):
    """A contact's columns as stored (validated and normalised)."""

    first_name: str
    last_name: str
    organisation_name: str
    email: str
    phone: str
    address_line1: str
    address_line2: str
    postcode: str
    city: str
    country: str
    email_key: str
    #: The keys of "first last" (:func:`custadmin.domain.alphabet.name_keys`).
    name_key: str
    sort_sv: str
    sort_da: str

    @classmethod
    def of(cls, contact: ValidContact) -> ContactRow:
        return cls(contact.first_name, contact.last_name, contact.organisation_name,
                   contact.email, contact.phone, contact.address_line1, contact.address_line2,
                   contact.postcode, contact.city, contact.country, contact.email_key,
                   *name_keys(f"{contact.first_name} {contact.last_name}"))


class AccountRows(NamedTuple):
    """A new account to write: its row and its contacts', the main contact first."""

    account: AccountRow
    contacts: tuple[ContactRow, ...]
