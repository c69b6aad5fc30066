"""E-invoicing: the recipient network and how each invoice is delivered (R18, R19, R33; R5, R7).

Reference data (operators, service tiers, our own tier) is data an
administrator maintains, never constants here. A recipient in the network
has company name, organisation number, operator and email (R18); it is
*pending* until confirmed or rejected (R19), and a move to another operator
is pending in the same way while the old route stays in force.

:func:`decide_delivery` is the one place that decides how an invoice goes:
Peppol when the account has a Peppol ID, its recipient is confirmed, can take
invoices, and our tier reaches the recipient's operator; otherwise PDF by
email to the *Invoices & reminders* recipients (R7); otherwise paper to the
invoice address (R5). An account that requires e-invoices is never sent PDF
or paper: its invoices are held, with the reason. Every decision carries a
reason code and a sentence (a :class:`~custadmin.domain.messages.Message`).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from custadmin.domain.errors import FieldError, ValidationError, collect
from custadmin.domain.identifiers import (
    Country,
    normalize_email,
    normalize_org_number,
    normalize_peppol_id,
    parse_account_country,
    peppol_key,
)
from custadmin.domain.messages import Message
from custadmin.domain.text import check_text, clean_text

COMPANY_NAME_MAX = 200


class DocumentType(enum.StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


@dataclass(frozen=True, slots=True)
class ServiceTier:
    """One of our service tiers, in order (``rank``): whether it reaches
    recipients at other operators than our own (R19: *Basic* and higher)."""

    code: str
    name: str
    rank: int
    reaches_other_operators: bool


@dataclass(frozen=True, slots=True)
class EInvoiceOperator:
    id: int
    code: str
    name: str
    #: The operator's own Peppol access-point identifier.
    access_point_id: str


@dataclass(frozen=True, slots=True)
class Network:
    """The reference data a decision needs: operators, tiers, and ours."""

    operators: Sequence[EInvoiceOperator]
    tiers: Sequence[ServiceTier]
    our_tier: str
    #: Our own operator's code: recipients there are reached by any tier.
    our_operator: str

    def operator(self, operator_id: int) -> EInvoiceOperator | None:
        return next((o for o in self.operators if o.id == operator_id), None)

    def tier(self, code: str) -> ServiceTier | None:
        return next((t for t in self.tiers if t.code == code), None)

    def reaches(self, operator: EInvoiceOperator) -> bool:
        """Whether our tier delivers to a recipient at ``operator``."""
        if operator.code == self.our_operator:
            return True
        ours = self.tier(self.our_tier)
        return ours is not None and ours.reaches_other_operators

    def lowest_tier_reaching_others(self) -> ServiceTier | None:
        return min((t for t in self.tiers if t.reaches_other_operators),
                   key=lambda t: t.rank, default=None)


class RecipientState(enum.StrEnum):
    PENDING = "pending"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class PendingMove:
    """A move to another operator, asked for and not yet confirmed (R19)."""

    operator_id: int
    requested_at: dt.datetime
    requested_by: str


@dataclass(frozen=True, slots=True)
class Recipient:
    """A recipient in the e-invoice network, as stored."""

    id: int
    company_name: str
    country: str
    org_number: str
    operator_id: int
    email: str
    participant_ids: tuple[str, ...]
    state: RecipientState
    #: When it entered its state (requested, confirmed or rejected).
    state_since: dt.datetime
    document_types: frozenset[DocumentType] = frozenset(DocumentType)
    supplier_must_be_approved: bool = False
    reference_required: bool = False
    rejected_reason: str = ""
    move: PendingMove | None = None

    def matches(self, org_number: str, peppol_ids: Sequence[str]) -> bool:
        """Whether this recipient is the account's: by organisation number or any Peppol ID."""
        if org_number and org_number == self.org_number:
            return True
        mine = {peppol_key(p) for p in self.participant_ids}
        return any(peppol_key(p) in mine for p in peppol_ids if p)


# --- registering a recipient (R18, R29, R31, R33) ------------------------------------


@dataclass(frozen=True, slots=True)
class RecipientInput:
    company_name: str
    country: str
    org_number: str
    #: The operator's ID as chosen from the catalogue ("" when none was chosen).
    operator_id: str
    email: str
    participant_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ValidRecipient:
    company_name: str
    country: Country
    org_number: str
    operator_id: int
    email: str
    participant_ids: tuple[str, ...]


def _participant_id(key: str, raw: str) -> str:
    return normalize_peppol_id(key, check_text(key, raw))


def _required() -> str:
    raise FieldError("org_number", Message("field.required"))


def validate_recipient(data: RecipientInput, operators: Sequence[EInvoiceOperator]
                       ) -> ValidRecipient:
    """Every field checked (all four of R18 mandatory), or :class:`ValidationError` per field."""
    values, errors = collect({
        "company_name": lambda: clean_text("company_name", data.company_name, required=True,
                                           max_length=COMPANY_NAME_MAX),
        "country": lambda: parse_account_country("country", check_text("country", data.country)),
        "email": lambda: normalize_email("email", check_text("email", data.email)),
    })
    country = values.get("country")
    if isinstance(country, Country):
        org = data.org_number.strip()
        found, problems = collect({"org_number": lambda: normalize_org_number(
            "org_number", check_text("org_number", org), country) if org else _required()})
        values.update(found)
        errors.update(problems)
    operator = data.operator_id.strip()
    known = {str(o.id) for o in operators}
    if not operator:
        errors["operator_id"] = Message("einvoice.operator_required")
    elif operator not in known:
        errors["operator_id"] = Message("einvoice.operator_unknown")
    ids: list[str] = []
    for position, raw in enumerate(data.participant_ids):
        key = f"participant_ids.{position}"
        found, problems = collect({key: partial(_participant_id, key, raw)})
        errors.update(problems)
        value = found.get(key)
        if isinstance(value, str) and value:
            if any(peppol_key(value) == peppol_key(other) for other in ids):
                errors[key] = Message("einvoice.participant_id_twice", id=value)
            else:
                ids.append(value)
    if errors:
        raise ValidationError(errors)
    return ValidRecipient(
        company_name=str(values["company_name"]), country=Country(str(values["country"])),
        org_number=str(values["org_number"]), operator_id=int(operator),
        email=str(values["email"]), participant_ids=tuple(ids),
    )


# --- how an invoice is delivered (R19, R5, R7) ---------------------------------------


class DeliveryMethod(enum.StrEnum):
    PEPPOL = "peppol"
    EMAIL_PDF = "email_pdf"
    PAPER = "paper"
    HELD = "held"


class DeliveryReason(enum.StrEnum):
    """Why an invoice goes the way it goes."""

    CONFIRMED = "confirmed"  # Peppol through the confirmed recipient's operator
    MOVE_PENDING = "move_pending"  # Peppol through the old operator while a move waits
    NO_PEPPOL_ID = "no_peppol_id"
    NOT_IN_NETWORK = "not_in_network"
    PENDING = "pending"
    REJECTED = "rejected"
    CANNOT_RECEIVE_INVOICES = "cannot_receive_invoices"
    TIER_TOO_LOW = "tier_too_low"


@dataclass(frozen=True, slots=True)
class AccountDelivery:
    """What the decision needs to know of the account."""

    org_number: str
    peppol_ids: tuple[str, ...]
    requires_einvoice: bool
    #: Email addresses of the *Invoices & reminders* recipients (R7), in order.
    invoice_emails: tuple[str, ...]
    #: The invoice address lines, as the invoice shows them (R5).
    invoice_address: str


@dataclass(frozen=True, slots=True)
class DeliveryDecision:
    method: DeliveryMethod
    #: Why Peppol was used or not (the blocking reason for every fallback).
    reason: DeliveryReason
    message: Message
    #: The matched recipient, if any.
    recipient: Recipient | None = None


def _blocked(account: AccountDelivery, recipient: Recipient | None,
             network: Network) -> tuple[DeliveryReason, Message] | None:
    """Why Peppol cannot be used; None when it can."""
    if recipient is None:
        return DeliveryReason.NOT_IN_NETWORK, Message("delivery.not_in_network")
    if recipient.state is RecipientState.PENDING:
        return DeliveryReason.PENDING, Message(
            "delivery.pending", date=recipient.state_since.date())
    if recipient.state is RecipientState.REJECTED:
        return DeliveryReason.REJECTED, Message(
            "delivery.rejected", reason=recipient.rejected_reason)
    if not account.peppol_ids:
        return DeliveryReason.NO_PEPPOL_ID, Message("delivery.no_peppol_id")
    if DocumentType.INVOICE not in recipient.document_types:
        return DeliveryReason.CANNOT_RECEIVE_INVOICES, Message("delivery.cannot_receive_invoices")
    operator = network.operator(recipient.operator_id)
    if operator is None or not network.reaches(operator):
        needed = network.lowest_tier_reaching_others()
        ours = network.tier(network.our_tier)
        return DeliveryReason.TIER_TOO_LOW, Message(
            "delivery.tier_too_low", tier=ours.name if ours else network.our_tier,
            operator=operator.name if operator else "?",
            needed=needed.name if needed else "?")
    return None


def decide_delivery(account: AccountDelivery, recipients: Sequence[Recipient],
                    network: Network) -> DeliveryDecision:
    """How the account's next invoice is delivered, why, and in a sentence."""
    recipient = next((r for r in recipients
                      if r.matches(account.org_number, account.peppol_ids)), None)
    blocked = _blocked(account, recipient, network)
    if blocked is None:
        assert recipient is not None
        operator = network.operator(recipient.operator_id)
        name = operator.name if operator else "?"
        if recipient.move is not None:
            new = network.operator(recipient.move.operator_id)
            return DeliveryDecision(DeliveryMethod.PEPPOL, DeliveryReason.MOVE_PENDING, Message(
                "delivery.peppol_move_pending", operator=name,
                new_operator=new.name if new else "?"), recipient)
        return DeliveryDecision(DeliveryMethod.PEPPOL, DeliveryReason.CONFIRMED, Message(
            "delivery.peppol", operator=name,
            date=recipient.state_since.date()), recipient)
    reason, why = blocked
    if account.requires_einvoice:
        return DeliveryDecision(DeliveryMethod.HELD, reason,
                                Message("delivery.held", why=why), recipient)
    if account.invoice_emails:
        return DeliveryDecision(DeliveryMethod.EMAIL_PDF, reason, Message(
            "delivery.email_pdf", why=why, recipients=", ".join(account.invoice_emails)),
            recipient)
    return DeliveryDecision(DeliveryMethod.PAPER, reason, Message(
        "delivery.paper", why=why, address=account.invoice_address), recipient)
