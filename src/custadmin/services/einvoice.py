"""E-invoicing: the recipient network and each account's delivery (issue 16; R18, R19, R33).

Support agents search the network and register recipients (search first:
a duplicate organisation number or participant ID is refused, naming the
recipient that has it) and ask for moves; administrators confirm or reject
registrations and moves. Every change is in the audit trail (the flush hooks
of :mod:`custadmin.storage.audit`). :func:`account_delivery` applies the one
domain decision (:func:`custadmin.domain.einvoice.decide_delivery`) to an
account as stored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, or_, select, union
from sqlalchemy.orm import Session

from custadmin.domain.accounts import AccountDetails
from custadmin.domain.alphabet import search_fold
from custadmin.domain.drafts import AccountDraft
from custadmin.domain.einvoice import (
    AccountDelivery,
    DeliveryDecision,
    DocumentType,
    EInvoiceOperator,
    Network,
    PendingMove,
    Recipient,
    RecipientInput,
    RecipientState,
    ServiceTier,
    decide_delivery,
    validate_recipient,
)
from custadmin.domain.errors import (
    ConflictError,
    FieldError,
    NotFoundError,
    ValidationError,
    collect,
)
from custadmin.domain.identifiers import (
    normalize_peppol_id,
    org_number_search_digits,
    peppol_key,
)
from custadmin.domain.mail import MessageKind, route
from custadmin.domain.messages import Message
from custadmin.domain.operators import Permission, require
from custadmin.domain.text import check_text, clean_search, clean_text
from custadmin.domain.versions import VersionToken
from custadmin.services.accounts import load_account
from custadmin.services.workspace import Workspace
from custadmin.storage.database import UnitOfWork
from custadmin.storage.schema import (
    Account,
    EInvoiceMove,
    EInvoiceOperatorRow,
    EInvoiceParticipant,
    EInvoiceRecipient,
    ServiceTierRow,
    SystemSetting,
    utcnow,
)

OUR_OPERATOR = "einvoice.our_operator"
OUR_TIER = "einvoice.our_tier"
#: The most recipients a network search lists.
SEARCH_LIMIT = 200


@dataclass(frozen=True, slots=True)
class NetworkEntry:
    """A recipient as the network window lists it."""

    recipient: Recipient
    operator: str
    version: int
    moving_to: str = ""
    #: Who asked for the registration, and for which account (its name; "" none).
    requested_by: str = ""
    for_account: str = ""
    #: Who confirmed or rejected it, and the email a confirmation came from.
    decided_by: str = ""
    confirmed_from: str = ""

    @property
    def token(self) -> VersionToken:
        return VersionToken(self.recipient.id, self.version)


def _network(session: Session) -> Network:
    settings = dict(session.execute(select(SystemSetting.key, SystemSetting.value)).all())
    return Network(
        operators=tuple(EInvoiceOperator(o.id, o.code, o.name, o.access_point_id)
                        for o in session.scalars(select(EInvoiceOperatorRow)
                                                 .order_by(EInvoiceOperatorRow.name))),
        tiers=tuple(ServiceTier(t.code, t.name, t.rank, t.reaches_other_operators)
                    for t in session.scalars(select(ServiceTierRow)
                                             .order_by(ServiceTierRow.rank))),
        our_tier=settings.get(OUR_TIER, ""), our_operator=settings.get(OUR_OPERATOR, ""),
    )


def network_of(session: Session) -> Network:
    """The network as read in ``session`` (for other services' queries)."""
    return _network(session)


def network(ws: Workspace) -> Network:
    """The operators, tiers, our tier and operator, as an administrator keeps them."""
    with ws.reading() as uow:
        return _network(uow.session)


# --- the catalogue an administrator maintains (issue 16, item 1) --------------------------


@dataclass(frozen=True, slots=True)
class OperatorInput:
    code: str
    name: str
    access_point_id: str


def save_operator(ws: Workspace, operator_id: int | None, data: OperatorInput) -> Network:
    """Add an operator (``operator_id`` None) or change one; the network after."""
    require(ws.actor, Permission.EINVOICE_DECIDE)
    values, errors = collect({
        "code": lambda: clean_text("code", data.code, required=True, max_length=40).upper(),
        "name": lambda: clean_text("name", data.name, required=True, max_length=200),
        "access_point_id": lambda: normalize_peppol_id(
            "access_point_id", check_text("access_point_id", data.access_point_id))
        or _missing("access_point_id"),
    })
    with ws.writing() as uow:
        session = uow.session
        code = values.get("code")
        if isinstance(code, str):
            taken = session.scalars(select(EInvoiceOperatorRow).where(
                EInvoiceOperatorRow.code == code)).first()
            if taken is not None and taken.id != operator_id:
                errors["code"] = Message("einvoice.operator_code_taken", name=taken.name)
        if errors:
            raise ValidationError(errors)
        row = session.get(EInvoiceOperatorRow, operator_id) if operator_id is not None else None
        if operator_id is not None and row is None:
            raise NotFoundError(Message("einvoice.operator_unknown"))
        if row is None:
            row = EInvoiceOperatorRow()
            session.add(row)
        row.code, row.name = str(values["code"]), str(values["name"])
        row.access_point_id = str(values["access_point_id"])
        session.flush()
        net = _network(session)
        uow.commit()
        return net


def _missing(field: str) -> str:
    raise FieldError(field, Message("field.required"))


@dataclass(frozen=True, slots=True)
class TierInput:
    code: str
    name: str
    rank: str
    reaches_other_operators: bool


def save_tier(ws: Workspace, data: TierInput) -> Network:
    """Add a service tier or change the one with ``data.code``; the network after."""
    require(ws.actor, Permission.EINVOICE_DECIDE)
    values, errors = collect({
        "code": lambda: clean_text("code", data.code, required=True, max_length=40).lower(),
        "name": lambda: clean_text("name", data.name, required=True, max_length=100),
        "rank": lambda: _rank(data.rank),
    })
    with ws.writing() as uow:
        session = uow.session
        rank, code = values.get("rank"), values.get("code")
        if isinstance(rank, int):
            same = session.scalars(select(ServiceTierRow).where(ServiceTierRow.rank == rank)
                                   ).first()
            if same is not None and same.code != code:
                errors["rank"] = Message("einvoice.tier_rank_taken", name=same.name)
        if errors:
            raise ValidationError(errors)
        row = session.get(ServiceTierRow, str(code))
        if row is None:
            row = ServiceTierRow(code=str(code))
            session.add(row)
        row.name, row.rank = str(values["name"]), int(str(values["rank"]))
        row.reaches_other_operators = data.reaches_other_operators
        session.flush()
        net = _network(session)
        uow.commit()
        return net


def _rank(text: str) -> int:
    typed = check_text("rank", text)
    if not typed.isdigit() or not 0 <= int(typed) < 1000:
        raise FieldError("rank", Message("einvoice.tier_rank"))
    return int(typed)


def set_our_network(ws: Workspace, our_operator: str, our_tier: str) -> Network:
    """Our own operator and tier (codes from the catalogue), system-wide."""
    require(ws.actor, Permission.EINVOICE_DECIDE)
    with ws.writing() as uow:
        session = uow.session
        net = _network(session)
        errors: dict[str, str] = {}
        if not any(o.code == our_operator for o in net.operators):
            errors["our_operator"] = Message("einvoice.operator_unknown")
        if net.tier(our_tier) is None:
            errors["our_tier"] = Message("einvoice.tier_unknown")
        if errors:
            raise ValidationError(errors)
        for key, value in ((OUR_OPERATOR, our_operator), (OUR_TIER, our_tier)):
            row = session.get(SystemSetting, key)
            if row is None:
                session.add(SystemSetting(key=key, value=value))
            else:
                row.value = value
        session.flush()
        net = _network(session)
        uow.commit()
        return net


def _recipient(session: Session, row: EInvoiceRecipient) -> Recipient:
    ids = tuple(session.scalars(select(EInvoiceParticipant.participant_id)
                                .where(EInvoiceParticipant.recipient_id == row.id)
                                .order_by(EInvoiceParticipant.participant_id)))
    move = session.scalars(select(EInvoiceMove).where(
        EInvoiceMove.recipient_id == row.id,
        EInvoiceMove.state == RecipientState.PENDING.value)).first()
    return Recipient(
        id=row.id, company_name=row.company_name, country=row.country,
        org_number=row.org_number, operator_id=row.operator_id, email=row.email,
        participant_ids=ids, state=RecipientState(row.state), state_since=row.state_since,
        document_types=frozenset(DocumentType(t) for t in row.document_types.split(",") if t),
        supplier_must_be_approved=row.supplier_must_be_approved,
        reference_required=row.reference_required, rejected_reason=row.rejected_reason,
        move=PendingMove(move.to_operator_id, move.requested_at, move.requested_by)
        if move is not None else None,
    )


def _entry(session: Session, row: EInvoiceRecipient, net: Network) -> NetworkEntry:
    recipient = _recipient(session, row)
    operator = net.operator(row.operator_id)
    moving = net.operator(recipient.move.operator_id) if recipient.move else None
    account = (session.scalar(select(Account.name).where(Account.id == row.for_account_id))
               if row.for_account_id is not None else None)
    return NetworkEntry(recipient, operator.name if operator else "?", row.version,
                        moving.name if moving else "", row.requested_by, account or "",
                        row.decided_by, row.confirmed_from)


def search_network(ws: Workspace, text: str) -> list[NetworkEntry]:
    """Recipients whose company name, organisation number (any format), participant
    ID or operator matches ``text``; every recipient for an empty text."""
    typed = clean_search("search", text)
    with ws.reading() as uow:
        session = uow.session
        net = _network(session)
        stmt = select(EInvoiceRecipient).order_by(EInvoiceRecipient.company_name)
        if typed:
            folded = search_fold(typed)
            digits = org_number_search_digits(typed)
            operators = [o.id for o in net.operators
                         if folded in search_fold(o.name) or folded in search_fold(o.code)]
            by_id = select(EInvoiceParticipant.recipient_id).where(
                EInvoiceParticipant.key.contains(peppol_key(typed), autoescape=True))
            conditions: list[ColumnElement[bool]] = [
                EInvoiceRecipient.id.in_(by_id), EInvoiceRecipient.operator_id.in_(operators)]
            if digits:
                conditions.append(EInvoiceRecipient.org_number.contains(digits, autoescape=True))
            # Names compared folded in Python: the network is small (thousands).
            names = [r.id for r in session.execute(
                select(EInvoiceRecipient.id, EInvoiceRecipient.company_name)).all()
                if folded in search_fold(r.company_name)]
            conditions.append(EInvoiceRecipient.id.in_(names))
            stmt = stmt.where(or_(*conditions))
        rows = session.scalars(stmt.limit(SEARCH_LIMIT)).all()
        return [_entry(session, row, net) for row in rows]


def register_recipient(ws: Workspace, data: RecipientInput,
                       for_account_id: int | None = None) -> NetworkEntry:
    """Add a recipient to the network, *pending* until confirmed (R18, R19).

    Refused at the field when the organisation number or a participant ID is
    already in the network, naming the recipient that has it.
    """
    require(ws.actor, Permission.EINVOICE_REGISTER)
    with ws.writing() as uow:
        session = uow.session
        net = _network(session)
        valid = validate_recipient(data, net.operators)
        errors: dict[str, str] = {}
        same_org = session.scalars(select(EInvoiceRecipient).where(
            EInvoiceRecipient.country == valid.country.value,
            EInvoiceRecipient.org_number == valid.org_number)).first()
        if same_org is not None:
            errors["org_number"] = Message("einvoice.duplicate_org", name=same_org.company_name)
        for position, participant in enumerate(valid.participant_ids):
            taken = session.get(EInvoiceParticipant, peppol_key(participant))
            if taken is not None:
                holder = session.get(EInvoiceRecipient, taken.recipient_id)
                errors[f"participant_ids.{position}"] = Message(
                    "einvoice.duplicate_participant", id=participant,
                    name=holder.company_name if holder else "?")
        if errors:
            raise ValidationError(errors)
        row = EInvoiceRecipient(
            company_name=valid.company_name, country=valid.country.value,
            org_number=valid.org_number, operator_id=valid.operator_id, email=valid.email,
            state=RecipientState.PENDING.value, state_since=utcnow(),
            requested_by=ws.actor.name, for_account_id=for_account_id)
        session.add(row)
        session.flush()
        for participant in valid.participant_ids:
            session.add(EInvoiceParticipant(key=peppol_key(participant),
                                            participant_id=participant, recipient_id=row.id))
        return _committed(uow, row, net)


def _committed(uow: UnitOfWork, row: EInvoiceRecipient, net: Network | None = None
               ) -> NetworkEntry:
    """The recipient as the network window lists it once stored, then the commit."""
    uow.session.flush()
    entry = _entry(uow.session, row, net or _network(uow.session))
    uow.commit()
    return entry


def _loaded(session: Session, loaded: VersionToken) -> EInvoiceRecipient:
    row = session.get(EInvoiceRecipient, loaded.id)
    if row is None:
        raise NotFoundError(Message("einvoice.recipient_gone"))
    if row.version != loaded.version:
        raise ConflictError(Message("einvoice.recipient_changed"))
    return row


def confirm_recipient(ws: Workspace, loaded: VersionToken, confirmed_from: str) -> NetworkEntry:
    """The registration is confirmed, by email from ``confirmed_from`` (R19)."""
    require(ws.actor, Permission.EINVOICE_DECIDE)
    email = clean_text("confirmed_from", confirmed_from, required=True, max_length=320)
    with ws.writing() as uow:
        row = _loaded(uow.session, loaded)
        row.state, row.state_since = RecipientState.CONFIRMED.value, utcnow()
        row.decided_by, row.confirmed_from, row.rejected_reason = ws.actor.name, email, ""
        return _committed(uow, row)


def reject_recipient(ws: Workspace, loaded: VersionToken, reason: str) -> NetworkEntry:
    """The registration is rejected, with the reason (R19)."""
    require(ws.actor, Permission.EINVOICE_DECIDE)
    why = clean_text("rejected_reason", reason, required=True, max_length=500)
    with ws.writing() as uow:
        row = _loaded(uow.session, loaded)
        row.state, row.state_since = RecipientState.REJECTED.value, utcnow()
        row.decided_by, row.rejected_reason = ws.actor.name, why
        return _committed(uow, row)


def request_move(ws: Workspace, loaded: VersionToken, to_operator_id: int) -> NetworkEntry:
    """A move to another operator, pending until decided; the old route stays (R19)."""
    require(ws.actor, Permission.EINVOICE_REGISTER)
    with ws.writing() as uow:
        session = uow.session
        row = _loaded(session, loaded)
        net = _network(session)
        if net.operator(to_operator_id) is None:
            raise ValidationError({"operator_id": Message("einvoice.operator_unknown")})
        if to_operator_id == row.operator_id:
            raise ValidationError({"operator_id": Message("einvoice.move_same_operator")})
        if _recipient(session, row).move is not None:
            raise ValidationError({"operator_id": Message("einvoice.move_pending_already")})
        session.add(EInvoiceMove(
            recipient_id=row.id, from_operator_id=row.operator_id,
            to_operator_id=to_operator_id, state=RecipientState.PENDING.value,
            requested_at=utcnow(), requested_by=ws.actor.name))
        row.updated_at = utcnow()  # the recipient's version moves with its move
        return _committed(uow, row, net)


def decide_move(ws: Workspace, loaded: VersionToken, confirm: bool,
                reason: str = "") -> NetworkEntry:
    """The pending move confirmed (the new operator in force from now) or rejected."""
    require(ws.actor, Permission.EINVOICE_DECIDE)
    with ws.writing() as uow:
        session = uow.session
        row = _loaded(session, loaded)
        move = session.scalars(select(EInvoiceMove).where(
            EInvoiceMove.recipient_id == row.id,
            EInvoiceMove.state == RecipientState.PENDING.value)).first()
        if move is None:
            raise ValidationError({"operator_id": Message("einvoice.no_move_pending")})
        move.decided_at, move.decided_by = utcnow(), ws.actor.name
        if confirm:
            move.state = RecipientState.CONFIRMED.value
            row.operator_id = move.to_operator_id
        else:
            move.state = RecipientState.REJECTED.value
            move.rejected_reason = clean_text("rejected_reason", reason, required=True,
                                              max_length=500)
        row.updated_at = utcnow()
        return _committed(uow, row)


@dataclass(frozen=True, slots=True)
class MoveLine:
    """A move of a recipient, for its history."""

    from_operator: str
    to_operator: str
    state: RecipientState
    requested_at: dt.datetime
    requested_by: str
    decided_at: dt.datetime | None
    decided_by: str
    rejected_reason: str


def move_history(ws: Workspace, recipient_id: int) -> list[MoveLine]:
    """Every move of a recipient, the newest first."""
    with ws.reading() as uow:
        net = _network(uow.session)

        def name(operator_id: int) -> str:
            operator = net.operator(operator_id)
            return operator.name if operator else "?"

        return [MoveLine(name(m.from_operator_id), name(m.to_operator_id),
                         RecipientState(m.state), m.requested_at, m.requested_by,
                         m.decided_at, m.decided_by, m.rejected_reason)
                for m in uow.session.scalars(
                    select(EInvoiceMove).where(EInvoiceMove.recipient_id == recipient_id)
                    .order_by(EInvoiceMove.id.desc()))]


def draft_delivery(draft: AccountDraft, recipients: Sequence[Recipient], net: Network
                   ) -> DeliveryDecision:
    """The decision for an account as edited, saved or not (R5 address, R7 recipients)."""
    emails = tuple(r.contact.email for r in route(draft.mail_settings(),
                                                  MessageKind.INVOICES).recipients)
    return decide_delivery(AccountDelivery(
        org_number=draft.account.org_number,
        peppol_ids=(draft.peppol_id,) if draft.peppol_id else (),
        requires_einvoice=draft.invoice.requires_einvoice, invoice_emails=emails,
        invoice_address=", ".join(draft.addressee().lines())), recipients, net)


def delivery_of(details: AccountDetails, recipients: Sequence[Recipient], net: Network
                ) -> DeliveryDecision:
    """The decision for an account as stored."""
    return draft_delivery(AccountDraft(
        account=details, main_contact=details.main_contact.as_input(),
        invoice=details.invoice_settings(), peppol_id=details.peppol_id), recipients, net)


@dataclass(frozen=True, slots=True)
class DeliveryInputs:
    """What the account page needs to decide delivery as the operator edits:
    the recipients the account matches (by organisation number and Peppol ID
    as stored) and the network."""

    recipients: tuple[Recipient, ...]
    network: Network


def delivery_inputs(ws: Workspace, account_id: int, org_number: str = "",
                    country: str = "", peppol_id: str = "") -> DeliveryInputs:
    """The network and the recipients matching ``account_id`` as stored, and
    those matching the organisation number and Peppol ID given (as edited)."""
    with ws.reading() as uow:
        session = uow.session
        row = session.get(Account, account_id)
        if row is None:
            raise NotFoundError(Message("account.not_found", account_id=account_id))
        pairs = {(row.country, row.org_number), (country or row.country, org_number)}
        keys = [peppol_key(p) for p in (row.peppol_id, peppol_id) if p]
        # The recipients found by number and those found by participant ID,
        # each through its own index. Written as one condition ("number or
        # ID in (...)"), PostgreSQL tested it on every recipient: 25-33 ms
        # among 89,330 of them, on every account opened.
        found = [
            select(EInvoiceRecipient.id).where(EInvoiceRecipient.org_number == org,
                                               EInvoiceRecipient.country == land)
            for land, org in pairs if org]
        if keys:
            found.append(select(EInvoiceParticipant.recipient_id)
                         .where(EInvoiceParticipant.key.in_(keys)))
        candidates = session.scalars(
            select(EInvoiceRecipient).where(EInvoiceRecipient.id.in_(union(*found)))
            .order_by(EInvoiceRecipient.id)).all() if found else []
        return DeliveryInputs(tuple(_recipient(session, r) for r in candidates),
                              _network(session))


def account_delivery(ws: Workspace, account_id: int) -> DeliveryDecision:
    """How the account's invoices go now, why, and in a sentence."""
    details = load_account(ws, account_id)
    inputs = delivery_inputs(ws, account_id)
    return delivery_of(details, inputs.recipients, inputs.network)


def set_requires_einvoice(ws: Workspace, account_id: int, required: bool) -> None:
    """Mark the account as requiring e-invoices (its invoices are held, never sent
    otherwise, until it can receive them: R19)."""
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        row = uow.session.get(Account, account_id)
        if row is None:
            raise NotFoundError(Message("account.not_found", account_id=account_id))
        row.requires_einvoice = required
        uow.commit()


#: The Peppol ID an account of each country gets in the demo (R33's schemes).
_DEMO_ICD = {"SE": "0007:{}", "DK": "0184:{}", "NO": "0192:{}", "FI": "0216:0037{}"}


def add_demo_einvoice(ws: Workspace, accounts: int = 40) -> int:
    """E-invoice states for the demo's first companies (by customer number), so a
    newcomer sees each: confirmed at our operator and at another, pending, moving,
    absent; some requiring e-invoices. Through the services, as an operator would.
    Does nothing on a network that has recipients already; returns how many."""
    from custadmin.services.accounts import update_account_details

    with ws.reading() as uow:
        if uow.session.scalar(select(EInvoiceRecipient.id).limit(1)) is not None:
            return 0
        chosen = uow.session.execute(
            select(Account.id, Account.country, Account.org_number)
            .where(Account.org_number != "", Account.peppol_id == "")
            .order_by(Account.customer_number).limit(accounts)).all()
    net = network(ws)
    by_code = {o.code: o.id for o in net.operators}
    ours = by_code.get(net.our_operator) or net.operators[0].id
    others = [o.id for o in net.operators if o.id != ours]
    done = 0
    for position, (account_id, country, org) in enumerate(chosen):
        shape = _DEMO_ICD.get(country)
        if shape is None:
            continue
        details = load_account(ws, account_id)
        peppol = shape.format(org.replace("-", "")[-8:] if country == "FI" else org)
        try:
            details = update_account_details(ws, details.token, dataclasses.replace(
                details.as_input(), peppol_id=peppol), details.main_contact.as_input())
        except ValidationError:
            continue  # (an organisation number R33 reads otherwise: skip it)
        state = position % 5
        if position % 7 == 3:
            set_requires_einvoice(ws, account_id, True)
        if state == 4:
            done += 1
            continue  # not in the network
        entry = register_recipient(ws, RecipientInput(
            company_name=details.name, country=country, org_number=org,
            operator_id=str(ours if state != 1 else others[position % len(others)]),
            email=details.main_contact.email, participant_ids=(peppol,)),
            for_account_id=account_id)
        if state in (0, 1, 3):
            entry = confirm_recipient(ws, entry.token, details.main_contact.email)
        if state == 3:
            request_move(ws, entry.token, others[position % len(others)])
        done += 1
    return done
