"""Partnerships and licences (issue 18; R25–R28, R32).

A partner (a bureau or a reseller account) creates a customer's account
through a partnership: the product version, the number of licences, who is
invoiced and whether the partner's collective invoice covers it (R27). The
customer's users each take one licence (R25); what they lack before a
welcome email can go is :func:`custadmin.domain.licences.readiness`.

Personal identity numbers (R32) are stored once, normalised, in
``licence_user.personal_number``. Every row this module returns holds them
masked; :func:`personal_number_to_edit` reads one in full for the field
that edits it. Every change is in the audit trail (the flush hooks of
:mod:`custadmin.storage.audit`, which mask the column).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from custadmin.domain.accounts import NewAccount
from custadmin.domain.errors import (
    ConflictError,
    FieldError,
    NotFoundError,
    RuleViolation,
    ValidationError,
    collect,
)
from custadmin.domain.identifiers import email_key, mask_personal_number, normalize_email
from custadmin.domain.licences import (
    Invoiced,
    LicenceRole,
    LicenceUser,
    Readiness,
    SalaryType,
    check_approver,
    check_identity,
    check_invoicing,
    check_seats,
    invitation_refusal,
    normalize_personal_number,
    readiness,
)
from custadmin.domain.messages import Message
from custadmin.domain.operators import Permission, require
from custadmin.domain.text import check_text, clean_text
from custadmin.domain.versions import VersionToken
from custadmin.services.accounts import insert_account
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import (
    Account,
    Contact,
    Invitation,
    LicenceProduct,
    Partnership,
    PartnershipAddon,
    SeatChange,
    utcnow,
)
from custadmin.storage.schema import LicenceUser as LicenceUserRow

NAME_MAX = 100
EMPLOYMENT_NUMBER_MAX = 30
#: The most licences one change may add: a typo of 1000 for 10 is refused.
MAX_LICENCES = 10_000


def _today() -> dt.date:
    return dt.date.today()


# --- what the services return ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Product:
    """A product version or add-on; prices per licence and month in minor units."""

    key: str
    name: str
    kind: str
    licence_price: int
    reseller_price: int
    currency: str
    position: int
    active: bool
    version: int


@dataclass(frozen=True, slots=True)
class Partner:
    """An account that may create customers through partnerships."""

    account_id: int
    name: str
    is_bureau: bool
    is_reseller: bool
    reseller_agreement_since: dt.date | None
    version: int

    @property
    def is_partner(self) -> bool:
        return self.is_bureau or self.is_reseller

    @property
    def token(self) -> VersionToken:
        return VersionToken(self.account_id, self.version)


@dataclass(frozen=True, slots=True)
class InvitationState:
    """The last welcome email tried for a user: sent (when) or failed (why)."""

    state: str  # "sent" or "failed"
    at: dt.datetime
    recipient: str
    error: str
    delivery: str


@dataclass(frozen=True, slots=True)
class UserRow:
    """A licence user as lists show it: the personal identity number masked (R32)."""

    user: LicenceUser  # personal_number masked
    first_name: str
    last_name: str
    approver_name: str
    has_personal_number: bool
    last_invitation: InvitationState | None
    version: int

    @property
    def id(self) -> int:
        return self.user.id

    @property
    def token(self) -> VersionToken:
        return VersionToken(self.user.id, self.version)

    @property
    def readiness(self) -> Readiness:
        return readiness(self.user)

    @property
    def invitation_state(self) -> str:
        """"not_ready", "ready", "sent" or "failed" (R28)."""
        if self.last_invitation is not None:
            return self.last_invitation.state
        return "ready" if self.readiness.ready else "not_ready"


@dataclass(frozen=True, slots=True)
class SeatChangeRow:
    effective_on: dt.date
    changed_at: dt.datetime
    licences_before: int
    licences_after: int
    operator: str


@dataclass(frozen=True, slots=True)
class PartnershipView:
    id: int
    partner_id: int
    partner_name: str
    customer_id: int
    customer_name: str
    country: str
    product: Product
    licences: int
    invoiced: Invoiced
    collective: bool
    primary_contact: str
    primary_email: str
    created_at: dt.datetime
    created_by: str
    version: int

    @property
    def token(self) -> VersionToken:
        return VersionToken(self.id, self.version)


@dataclass(frozen=True, slots=True)
class Licences:
    """Everything the *Licences & users* tab shows of one account."""

    account_id: int
    partnership: PartnershipView | None
    users: tuple[UserRow, ...]
    seat_changes: tuple[SeatChangeRow, ...] = ()
    #: The product keys of the add-ons active now.
    addon_keys: frozenset[str] = frozenset()
    #: Every add-on the catalogue offers (to tick), and any active one it no longer does.
    addon_catalogue: tuple[Product, ...] = ()

    @property
    def addons(self) -> tuple[str, ...]:
        """The names of the add-ons active now, in the catalogue's order."""
        return tuple(p.name for p in self.addon_catalogue if p.key in self.addon_keys)

    @property
    def in_use(self) -> int:
        return len(self.users)

    @property
    def licences(self) -> int:
        return self.partnership.licences if self.partnership else 0

    @property
    def free(self) -> int:
        return max(self.licences - self.in_use, 0)


@dataclass(frozen=True, slots=True)
class UserInput:
    """A user as typed: text as it stands in the form."""

    first_name: str
    last_name: str
    role: str
    email: str = ""
    #: None keeps the number stored: lists and forms never show it in full (R32),
    #: so a form that was not typed into has none to send back.
    personal_number: str | None = ""
    employment_number: str = ""
    salary_type: str = ""
    approver_id: int | None = None


@dataclass(frozen=True, slots=True)
class PartnershipInput:
    """The wizard's answers."""

    partner_id: int
    product_key: str
    licences: int
    customer: NewAccount
    #: The primary contact's licence: its role and optional personal identity number.
    primary_role: str
    primary_personal_number: str
    invoiced: str
    collective: bool
    addons: tuple[str, ...] = ()


# --- reading -----------------------------------------------------------------------------------


def _product(row: LicenceProduct) -> Product:
    return Product(row.key, row.name, row.kind, row.licence_price, row.reseller_price,
                   row.currency, row.position, row.active, row.version)


def product_catalogue(ws: Workspace, *, include_inactive: bool = False) -> tuple[Product, ...]:
    """Versions and add-ons, in the catalogue's order."""
    with ws.reading() as uow:
        query = select(LicenceProduct).order_by(LicenceProduct.position, LicenceProduct.key)
        if not include_inactive:
            query = query.where(LicenceProduct.active)
        return tuple(_product(p) for p in uow.session.scalars(query))


def _account(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise NotFoundError(Message("account.not_found", account_id=account_id))
    return account


def _partner(account: Account) -> Partner:
    return Partner(account.id, account.name, account.is_bureau, account.is_reseller,
                   account.reseller_agreement_since, account.version)


def partner(ws: Workspace, account_id: int) -> Partner:
    with ws.reading() as uow:
        return _partner(_account(uow.session, account_id))


def _masked(number: str) -> str:
    return mask_personal_number(number) if number else ""


def _domain_user(row: LicenceUserRow, *, masked: bool = True) -> LicenceUser:
    return LicenceUser(
        id=row.id, name=f"{row.first_name} {row.last_name}".strip(),
        role=LicenceRole(row.role), email=row.email,
        personal_number=_masked(row.personal_number) if masked else row.personal_number,
        employment_number=row.employment_number,
        salary_type=SalaryType(row.salary_type) if row.salary_type else None,
        approver_id=row.approver_id)


def _user_rows(session: Session, account_id: int) -> list[UserRow]:
    users = list(session.scalars(select(LicenceUserRow)
                                 .where(LicenceUserRow.account_id == account_id)
                                 .order_by(LicenceUserRow.last_name, LicenceUserRow.first_name,
                                           LicenceUserRow.id)))
    names = {u.id: f"{u.first_name} {u.last_name}".strip() for u in users}
    last: dict[int, InvitationState] = {}
    for inv in session.scalars(select(Invitation).where(Invitation.account_id == account_id)
                               .order_by(Invitation.id)):
        last[inv.user_id] = InvitationState(inv.state, inv.attempted_at, inv.recipient,
                                            inv.error, inv.delivery)
    return [UserRow(_domain_user(u), u.first_name, u.last_name,
                    names.get(u.approver_id or 0, ""), bool(u.personal_number),
                    last.get(u.id), u.version) for u in users]


def _user_row(session: Session, row: LicenceUserRow) -> UserRow:
    """``row`` as lists show it (its approver's name and last invitation read with it)."""
    session.flush()
    return next(u for u in _user_rows(session, row.account_id) if u.id == row.id)


def _in_use(session: Session, account_id: int) -> int:
    """The licences the account's users take: one each, whatever the role (R25)."""
    return session.scalar(select(func.count()).select_from(LicenceUserRow)
                          .where(LicenceUserRow.account_id == account_id)) or 0


def _partnership_view(session: Session, p: Partnership) -> PartnershipView:
    partner_account = _account(session, p.partner_id)
    customer = _account(session, p.customer_id)
    product = session.get(LicenceProduct, p.product_key)
    assert product is not None  # RESTRICT keeps it
    contact = session.get(Contact, p.primary_contact_id) if p.primary_contact_id else None
    return PartnershipView(
        id=p.id, partner_id=p.partner_id, partner_name=partner_account.name,
        customer_id=p.customer_id, customer_name=customer.name, country=customer.country,
        product=_product(product), licences=p.licences, invoiced=Invoiced(p.invoiced),
        collective=p.collective,
        primary_contact=f"{contact.first_name} {contact.last_name}".strip() if contact else "",
        primary_email=contact.email if contact else "",
        created_at=p.created_at, created_by=p.created_by, version=p.version)


def _licences(session: Session, account_id: int) -> Licences:
    _account(session, account_id)
    p = session.scalars(select(Partnership).where(Partnership.customer_id == account_id)).first()
    view = _partnership_view(session, p) if p is not None else None
    changes: tuple[SeatChangeRow, ...] = ()
    keys: frozenset[str] = frozenset()
    catalogue: tuple[Product, ...] = ()
    if p is not None:
        changes = tuple(SeatChangeRow(c.effective_on, c.changed_at, c.licences_before,
                                      c.licences_after, c.operator)
                        for c in session.scalars(select(SeatChange)
                                                 .where(SeatChange.partnership_id == p.id)
                                                 .order_by(SeatChange.id)))
        keys = frozenset(session.scalars(select(PartnershipAddon.product_key).where(
            PartnershipAddon.partnership_id == p.id, PartnershipAddon.removed_on.is_(None))))
        catalogue = tuple(_product(row) for row in session.scalars(
            select(LicenceProduct).where(LicenceProduct.kind == "addon")
            .order_by(LicenceProduct.position, LicenceProduct.key))
            if row.active or row.key in keys)
    return Licences(account_id, view, tuple(_user_rows(session, account_id)), changes, keys,
                    catalogue)


def licences(ws: Workspace, account_id: int) -> Licences:
    """The account's partnership, seats and users (personal identity numbers masked)."""
    with ws.reading() as uow:
        return _licences(uow.session, account_id)


def partnerships_of(ws: Workspace, partner_id: int) -> tuple[PartnershipView, ...]:
    """The customers a partner created, newest first."""
    with ws.reading() as uow:
        session = uow.session
        return tuple(_partnership_view(session, p) for p in session.scalars(
            select(Partnership).where(Partnership.partner_id == partner_id)
            .order_by(Partnership.id.desc())))


# --- checking ------------------------------------------------------------------------------


def check_licence_count(field_name: str, licences: int, in_use: int = 0) -> int:
    """A number of licences for an agreement: at least the users it has, at most
    :data:`MAX_LICENCES`."""
    if licences < max(in_use, 1):
        raise FieldError(field_name, Message("licence.too_few", in_use=max(in_use, 1)))
    if licences > MAX_LICENCES:
        raise FieldError(field_name, Message("licence.too_many", most=MAX_LICENCES))
    return licences


def _role(field_name: str, value: str) -> LicenceRole:
    try:
        return LicenceRole(value)
    except ValueError:
        raise FieldError(field_name, Message("field.required")) from None


def _salary(field_name: str, value: str) -> SalaryType | None:
    if not value:
        return None
    try:
        return SalaryType(value)
    except ValueError:
        raise FieldError(field_name, Message("field.required")) from None


def _email(field_name: str, value: str) -> str:
    value = check_text(field_name, value)
    return normalize_email(field_name, value) if value else ""


@dataclass(frozen=True, slots=True)
class ValidUser:
    first_name: str
    last_name: str
    role: LicenceRole
    email: str
    personal_number: str
    employment_number: str
    salary_type: SalaryType | None
    approver_id: int | None


def validate_user(data: UserInput, country: str, today: dt.date | None = None) -> ValidUser:
    """The user's fields normalised, or :class:`ValidationError` naming each bad field."""
    values, errors = collect({
        "first_name": lambda: clean_text("first_name", data.first_name, required=True,
                                         max_length=NAME_MAX),
        "last_name": lambda: clean_text("last_name", data.last_name, required=False,
                                        max_length=NAME_MAX),
        "role": lambda: _role("role", data.role),
        "email": lambda: _email("email", data.email),
        "personal_number": lambda: normalize_personal_number(
            "personal_number", check_text("personal_number", data.personal_number or ""),
            country, today),
        "employment_number": lambda: clean_text(
            "employment_number", data.employment_number, required=False,
            max_length=EMPLOYMENT_NUMBER_MAX),
        "salary_type": lambda: _salary("salary_type", data.salary_type),
    })
    if "email" not in errors and "personal_number" not in errors:
        problem = check_identity(str(values["email"]), str(values["personal_number"]))
        if problem:
            errors["email"] = problem
    if errors:
        raise ValidationError(errors)
    salary = values["salary_type"]
    return ValidUser(
        first_name=str(values["first_name"]), last_name=str(values["last_name"]),
        role=LicenceRole(str(values["role"])), email=str(values["email"]),
        personal_number=str(values["personal_number"]),
        employment_number=str(values["employment_number"]),
        salary_type=salary if isinstance(salary, SalaryType) else None,
        approver_id=data.approver_id)


def _check_unique(session: Session, account_id: int, user_id: int | None,
                  valid: ValidUser) -> None:
    """Email, personal identity number and employment number are each one user's."""
    errors: dict[str, str] = {}
    for name, column, value in (
            ("email", LicenceUserRow.email_key, email_key(valid.email) if valid.email else ""),
            ("personal_number", LicenceUserRow.personal_number, valid.personal_number),
            ("employment_number", LicenceUserRow.employment_number, valid.employment_number)):
        if not value:
            continue
        other = session.scalars(select(LicenceUserRow).where(
            LicenceUserRow.account_id == account_id, column == value,
            LicenceUserRow.id != (user_id or 0))).first()
        if other is not None:
            errors[name] = Message("licence.taken",
                                   name=f"{other.first_name} {other.last_name}".strip())
    if errors:
        raise ValidationError(errors)


def _check_approver_of(session: Session, account_id: int, user_id: int | None,
                       approver_id: int | None) -> None:
    if approver_id is None:
        return
    row = session.get(LicenceUserRow, approver_id)
    if row is None or row.account_id != account_id:
        raise ValidationError({"approver": Message("licence.approver_gone")})
    problem = check_approver(user_id, _domain_user(row))
    if problem:
        raise ValidationError({"approver": problem})


def _apply(row: LicenceUserRow, valid: ValidUser) -> None:
    row.first_name = valid.first_name
    row.last_name = valid.last_name
    row.role = valid.role.value
    row.email = valid.email
    row.email_key = email_key(valid.email) if valid.email else ""
    row.personal_number = valid.personal_number
    row.employment_number = valid.employment_number
    row.salary_type = valid.salary_type.value if valid.salary_type else None
    row.approver_id = valid.approver_id


# --- partnerships ------------------------------------------------------------------------------


def check_partnership_invoicing(partner_info: Partner, invoiced: str, collective: bool,
                                on: dt.date | None = None) -> None:
    """:class:`ValidationError` at the field if the invoicing is not allowed (R27)."""
    try:
        choice = Invoiced(invoiced)
    except ValueError:
        raise ValidationError({"invoiced": Message("field.required")}) from None
    problem = check_invoicing(choice, collective, partner_info.reseller_agreement_since,
                              on or _today())
    if problem:
        raise ValidationError({"collective": problem})


def create_partnership(ws: Workspace, data: PartnershipInput) -> PartnershipView:
    """Create the customer's account with its primary contact, the partnership, the
    first seat change (0 -> licences) and the primary contact's licence (R25, R27)."""
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        session = uow.session
        partner_account = _account(session, data.partner_id)
        info = _partner(partner_account)
        if not info.is_partner:
            raise RuleViolation(Message("licence.not_partner", name=info.name))
        product = session.get(LicenceProduct, data.product_key)
        errors: dict[str, str] = {}
        if product is None or not product.active or product.kind != "version":
            errors["product"] = Message("licence.product_gone")
        try:
            check_licence_count("licences", data.licences)
        except FieldError as exc:
            errors["licences"] = exc.message
        try:
            check_partnership_invoicing(info, data.invoiced, data.collective)
        except ValidationError as exc:
            errors.update(exc.errors)
        try:
            _role("primary_role", data.primary_role)
        except FieldError as exc:
            errors["primary_role"] = exc.message
        if errors:
            raise ValidationError(errors)
        customer = insert_account(uow, data.customer)
        main = customer.contacts[0]
        valid = validate_user(UserInput(
            main.first_name, main.last_name, data.primary_role, main.email,
            data.primary_personal_number), customer.country)
        link = Partnership(partner_id=info.account_id, customer_id=customer.id,
                           product_key=data.product_key, licences=data.licences,
                           invoiced=data.invoiced, collective=data.collective,
                           primary_contact_id=main.id, created_by=ws.actor.name)
        session.add(link)
        session.flush()
        today = _today()
        session.add(SeatChange(partnership_id=link.id, effective_on=today, licences_before=0,
                               licences_after=data.licences, operator=ws.actor.name))
        for key in dict.fromkeys(data.addons):
            addon = session.get(LicenceProduct, key)
            if addon is None or addon.kind != "addon" or not addon.active:
                raise ValidationError({"addons": Message("licence.product_gone")})
            session.add(PartnershipAddon(partnership_id=link.id, product_key=key,
                                         added_on=today, operator=ws.actor.name))
        user = LicenceUserRow(account_id=customer.id, contact_id=main.id)
        _apply(user, valid)
        session.add(user)
        session.flush()
        view = _partnership_view(session, link)
        uow.commit()
        return view


def set_reseller(ws: Workspace, loaded: VersionToken, *, is_reseller: bool,
                 agreement_since: dt.date | None) -> Partner:
    """Record whether the account is a reseller and since when it has a reseller
    agreement (R27); administrators only."""
    require(ws.actor, Permission.PARTNER_AGREEMENTS)
    with ws.writing() as uow:
        account = _account(uow.session, loaded.id)
        if account.version != loaded.version:
            raise ConflictError(Message("conflict.record"), current=_partner(account))
        account.is_reseller = is_reseller
        account.reseller_agreement_since = agreement_since
        uow.session.flush()
        found = _partner(account)
        uow.commit()
        return found


def _partnership_of(session: Session, loaded: VersionToken) -> Partnership:
    # Locked: a change of licences and a user added at once take turns (see add_user).
    p = session.get(Partnership, loaded.id, with_for_update=True)
    if p is None:
        raise NotFoundError(Message("licence.partnership_gone"))
    if p.version != loaded.version:
        raise ConflictError(Message("licence.partnership_changed"),
                            current=_partnership_view(session, p))
    return p


def change_licences(ws: Workspace, loaded: VersionToken, licences: int) -> Licences:
    """Set the agreement's number of licences (never below the users it has): a seat
    change dated today, with the operator (R25)."""
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        session = uow.session
        p = _partnership_of(session, loaded)
        in_use = _in_use(session, p.customer_id)
        try:
            check_licence_count("licences", licences, in_use)
        except FieldError as exc:
            raise ValidationError({"licences": exc.message}) from None
        if licences != p.licences:
            session.add(SeatChange(partnership_id=p.id, effective_on=_today(),
                                   licences_before=p.licences, licences_after=licences,
                                   operator=ws.actor.name))
            p.licences = licences
        session.flush()
        found = _licences(session, p.customer_id)
        uow.commit()
        return found


def change_addons(ws: Workspace, loaded: VersionToken, keys: frozenset[str]) -> Licences:
    """The customer's add-ons from today: those in ``keys`` active, the others ended
    (the collective invoice counts each add-on's days, like seats)."""
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        session = uow.session
        p = _partnership_of(session, loaded)
        today = _today()
        active = {a.product_key: a for a in session.scalars(select(PartnershipAddon).where(
            PartnershipAddon.partnership_id == p.id, PartnershipAddon.removed_on.is_(None)))}
        for key in sorted(keys - active.keys()):
            product = session.get(LicenceProduct, key)
            if product is None or product.kind != "addon" or not product.active:
                raise ValidationError({"addons": Message("licence.product_gone")})
            session.add(PartnershipAddon(partnership_id=p.id, product_key=key, added_on=today,
                                         operator=ws.actor.name))
        for key in sorted(active.keys() - keys):
            active[key].removed_on = today
        if keys != active.keys():
            # The agreement changed: its version moves, so another operator's change
            # made from what was shown before is refused as a conflict.
            flag_modified(p, "collective")
        session.flush()
        found = _licences(session, p.customer_id)
        uow.commit()
        return found


# --- users ------------------------------------------------------------------------------------


def add_user(ws: Workspace, account_id: int, data: UserInput) -> UserRow:
    """Add a user to the account's licences: refused with the counts when no licence is
    free (R25), at the field when the user's details are not acceptable (R26)."""
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        session = uow.session
        account = _account(session, account_id)
        valid = validate_user(data, account.country)
        # The agreement's row locked: two operators adding the last free licence at
        # once take turns, and the second is refused with the counts (PostgreSQL;
        # SQLite's writers take turns anyway, BEGIN IMMEDIATE).
        p = session.scalars(select(Partnership).where(Partnership.customer_id == account_id)
                            .with_for_update()).first()
        if p is None:
            raise RuleViolation(Message("licence.no_partnership"))
        in_use = _in_use(session, account_id)
        refusal = check_seats(p.licences, in_use)
        if refusal:
            raise RuleViolation(refusal)
        _check_unique(session, account_id, None, valid)
        _check_approver_of(session, account_id, None, valid.approver_id)
        row = LicenceUserRow(account_id=account_id)
        _apply(row, valid)
        session.add(row)
        session.flush()
        found = _user_row(session, row)
        uow.commit()
        return found


def update_user(ws: Workspace, loaded: VersionToken, data: UserInput) -> UserRow:
    """Save a user the operator edited; someone else's change meanwhile is a conflict."""
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        session = uow.session
        row = session.get(LicenceUserRow, loaded.id)
        if row is None:
            raise NotFoundError(Message("licence.user_gone"))
        account = _account(session, row.account_id)
        if row.version != loaded.version:
            raise ConflictError(Message("licence.user_changed"),
                                current=_user_row(session, row))
        if data.personal_number is None:
            data = dataclasses.replace(data, personal_number=row.personal_number)
        valid = validate_user(data, account.country)
        _check_unique(session, row.account_id, row.id, valid)
        _check_approver_of(session, row.account_id, row.id, valid.approver_id)
        if valid.role.value != row.role and valid.role not in (
                LicenceRole.APPROVER, LicenceRole.ADMINISTRATOR):
            approving = [u for u in session.scalars(select(LicenceUserRow).where(
                LicenceUserRow.approver_id == row.id))]
            if approving:
                raise ValidationError({"role": Message(
                    "licence.still_approver", count=len(approving))})
        _apply(row, valid)
        session.flush()
        found = _user_row(session, row)
        uow.commit()
        return found


def remove_user(ws: Workspace, loaded: VersionToken) -> None:
    """Remove a user; their licence becomes free (the agreement keeps its licences)."""
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        row = uow.session.get(LicenceUserRow, loaded.id)
        if row is None:
            return
        if row.version != loaded.version:
            raise ConflictError(Message("licence.user_changed"))
        uow.session.delete(row)
        uow.commit()


def users_to_invite(rows: Sequence[UserRow]) -> list[UserRow]:
    """Every user a welcome email can go to now and that has none sent (R28)."""
    return [r for r in rows if invitation_refusal(r.user) is None
            and r.invitation_state != "sent"]


# --- invitations -------------------------------------------------------------------------------


def record_invitation(ws: Workspace, user_id: int, *, sent: bool, recipient: str,
                      language: str, delivery: str, error: str = "") -> None:
    """Record a welcome email tried: sent, or failed and why (R28)."""
    require(ws.actor, Permission.EDIT_ACCOUNTS)
    with ws.writing() as uow:
        row = uow.session.get(LicenceUserRow, user_id)
        if row is None:
            raise NotFoundError(Message("licence.user_gone"))
        uow.session.add(Invitation(
            user_id=user_id, account_id=row.account_id, state="sent" if sent else "failed",
            recipient=recipient, language=language, delivery=delivery,
            error=error[:500], operator=ws.actor.name, attempted_at=utcnow()))
        uow.commit()


# --- the catalogue ----------------------------------------------------------------------------

PRODUCT_KINDS = ("version", "addon")
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


@dataclass(frozen=True, slots=True)
class ProductInput:
    """A product as typed; prices in minor units (öre, øre, cent)."""

    key: str
    name: str
    kind: str
    licence_price: int
    reseller_price: int
    currency: str
    active: bool = True


def _product_key(value: str) -> str:
    key = check_text("key", value).lower()
    if not key or len(key) > 40 or not set(key) <= _KEY_CHARS:
        raise FieldError("key", Message("licence.product_key"))
    return key


def _kind(value: str) -> str:
    if value not in PRODUCT_KINDS:
        raise FieldError("kind", Message("field.required"))
    return value


def _price(field_name: str, value: int) -> int:
    if value < 0:
        raise FieldError(field_name, Message("licence.price_negative"))
    return value


def _currency(value: str) -> str:
    code = check_text("currency", value).upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        raise FieldError("currency", Message("licence.currency"))
    return code


def save_product(ws: Workspace, data: ProductInput, loaded: int | None) -> Product:
    """Add a product (``loaded`` None) or save one whose version the operator loaded;
    administrators keep the catalogue. A reseller price above the licence price is
    refused: it would make the collective invoice dearer than the customer's own."""
    require(ws.actor, Permission.PARTNER_AGREEMENTS)
    values, errors = collect({
        "key": lambda: _product_key(data.key),
        "name": lambda: clean_text("name", data.name, required=True, max_length=100),
        "kind": lambda: _kind(data.kind),
        "licence_price": lambda: _price("licence_price", data.licence_price),
        "reseller_price": lambda: _price("reseller_price", data.reseller_price),
        "currency": lambda: _currency(data.currency),
    })
    if not errors and data.reseller_price > data.licence_price:
        errors["reseller_price"] = Message("licence.reseller_above_list")
    if errors:
        raise ValidationError(errors)
    with ws.writing() as uow:
        session = uow.session
        key = str(values["key"])
        row = session.get(LicenceProduct, key)
        if loaded is None:
            if row is not None:
                raise ValidationError({"key": Message("licence.product_taken", name=row.name)})
            position = (session.scalar(select(func.max(LicenceProduct.position))) or 0) + 1
            row = LicenceProduct(key=key, position=position)
            session.add(row)
        elif row is None:
            raise NotFoundError(Message("licence.product_gone"))
        elif row.version != loaded:
            raise ConflictError(Message("conflict.record"), current=_product(row))
        row.name = str(values["name"])
        row.kind = str(values["kind"])
        row.licence_price = data.licence_price
        row.reseller_price = data.reseller_price
        row.currency = str(values["currency"])
        row.active = data.active
        session.flush()
        found = _product(row)
        uow.commit()
        return found
