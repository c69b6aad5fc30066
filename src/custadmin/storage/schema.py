"""The database schema as typed ORM classes.

Every editable table has a ``version`` column used by SQLAlchemy's optimistic
locking: an UPDATE carries ``WHERE version = <loaded>`` and a row changed in
between makes the flush fail instead of overwriting it silently.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from custadmin.domain.alphabet import name_keys

# Stable constraint names: Alembic's batch mode on SQLite recreates tables and
# needs names to find constraints again.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: A sort key (domain/alphabet.py) orders by code point: SQLite's BINARY
#: collation does, PostgreSQL's "C" does whatever the database's own is.
SORT_KEY = Text().with_variant(Text(collation="C"), "postgresql")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC in Python on every back end.

    SQLite has no time zones: values are stored as naive UTC and come back
    aware, so comparisons never mix naive and aware datetimes.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is expected")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def _preference() -> Mapped[bool]:
    return mapped_column(Boolean, nullable=False, default=False, server_default=false())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Counter(Base):
    """Named counters; customer numbers are drawn from ``customer_number``."""

    __tablename__ = "counter"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, nullable=False)


def referrer_index(table: str, column: str) -> Index:
    """The index of a nullable foreign key that a deletion follows (migration 0014).

    Neither back end indexes the referring side of a key by itself: without
    it, deleting the row referred to reads the whole table to set the
    references to NULL. Only the rows that refer to something are held.
    """
    where = text(f"{column} IS NOT NULL")
    return Index(f"ix_{table}_{column}", column, sqlite_where=where, postgresql_where=where)


SERVICE_TYPE_CHECK = (
    "service_type IS NULL OR service_type IN ('web_hosting', 'agency', 'managed_server')"
)
PORTAL_NEEDS_LOGIN_CHECK = "NOT portal_access OR login_id IS NOT NULL"


class Login(Base):
    """One portal login (R9, R13): one user name in the whole system.

    ``username`` is the normalised, folded email (R29) and unique in the
    database, so no second login for one user name can exist whatever a
    caller does. ``password_hash`` is an argon2id hash or NULL (R15).
    """

    __tablename__ = "login"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(320), nullable=False, unique=True)
    password_hash: Mapped[str | None] = mapped_column(Text, nullable=True)
    enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True,
                                          server_default=true())
    password_changed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class PortalRightSetting(Base):
    """System-wide portal settings, one row per right of the catalogue (R16)."""

    __tablename__ = "portal_right_setting"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    offered: Mapped[bool] = mapped_column(Boolean, nullable=False)
    default_on: Mapped[bool] = mapped_column(Boolean, nullable=False)


class ContactRight(Base):
    """A right ticked on a contact's portal access (R16)."""

    __tablename__ = "contact_right"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), nullable=False
    )
    right_key: Mapped[str] = mapped_column(
        ForeignKey("portal_right_setting.key"), nullable=False
    )

    __table_args__ = (PrimaryKeyConstraint("contact_id", "right_key"),)


class Account(Base):
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_number: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    # The name's search key (domain/alphabet.py: case, accents and æ/ø
    # folded; SQLite's LIKE/NOCASE fold ASCII only), also the English sort
    # order; Text, because folding can lengthen a string ("ß" -> "ss").
    # sort_sv/sort_da order it in the Swedish and the Danish alphabet. All
    # three follow the name (``_keys_of_name``).
    name_key: Mapped[str] = mapped_column(Text, nullable=False)
    sort_sv: Mapped[str] = mapped_column(SORT_KEY, nullable=False, server_default="")
    sort_da: Mapped[str] = mapped_column(SORT_KEY, nullable=False, server_default="")
    country: Mapped[str] = mapped_column(String(2), nullable=False)
    org_number: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    # R5: whose name and address stand on the invoice; NULL means the main
    # contact. Deleting that contact falls back to the main contact.
    invoice_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL", use_alter=True,
                   name="fk_account_invoice_contact_id_contact"),
        nullable=True,
    )
    # R6
    payment_confirmations_main_only: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    # R33, canonical "ICD:identifier"; "" when the account has none.
    peppol_id: Mapped[str] = mapped_column(
        String(80), nullable=False, default="", server_default=""
    )
    # R10: web_hosting, agency or managed_server; NULL when not recorded.
    service_type: Mapped[str | None] = mapped_column(String(20), nullable=True)
    # R19: the customer requires e-invoices: never PDF or paper, held instead.
    requires_einvoice: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False,
                                                    server_default=false())
    # Issue 17: an accounting bureau, whose users (contacts with a portal
    # login) have bureau roles and manage client accounts.
    is_bureau: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False,
                                            server_default=false())
    # Issue 18: a reseller partner (a bureau is a partner too), and since when
    # it has a reseller agreement (R27: the collective invoice needs one).
    is_reseller: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False,
                                              server_default=false())
    reseller_agreement_since: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    @validates("name")
    def _keys_of_name(self, _key: str, name: str) -> str:
        self.name_key, self.sort_sv, self.sort_da = name_keys(name)
        return name

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True,
        foreign_keys="Contact.account_id",
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_account_name_key_id", "name_key", "id"),
        Index("ix_account_sort_sv_id", "sort_sv", "id"),
        Index("ix_account_sort_da_id", "sort_da", "id"),
        Index("ix_account_org_number", "org_number", "id"),
        # The few accounts where e-invoicing is expected (migration 0009): the
        # report of those that cannot get e-invoices starts from them. SQLite
        # uses a partial index only for a query term written as its WHERE is.
        Index("ix_account_peppol_id", "peppol_id", sqlite_where=text("peppol_id <> ''"),
              postgresql_where=text("peppol_id <> ''")),
        Index("ix_account_requires_einvoice", "id", sqlite_where=text("requires_einvoice = 1"),
              postgresql_where=text("requires_einvoice")),
        referrer_index("account", "invoice_contact_id"),
        CheckConstraint(SERVICE_TYPE_CHECK, name="service_type"),
    )


class Contact(Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), nullable=False
    )
    # R1: exactly one main contact per account. "At most one" is a partial
    # unique index below; "at least one" is kept by the services, which
    # create an account together with its main contact.
    is_main: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    first_name: Mapped[str] = mapped_column(String(200), nullable=False)
    last_name: Mapped[str] = mapped_column(String(200), nullable=False)
    # Keys of "first last", as the account's name keys.
    name_key: Mapped[str] = mapped_column(Text, nullable=False)
    sort_sv: Mapped[str] = mapped_column(SORT_KEY, nullable=False, server_default="")
    sort_da: Mapped[str] = mapped_column(SORT_KEY, nullable=False, server_default="")
    organisation_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(320), nullable=False)
    email_key: Mapped[str] = mapped_column(Text, nullable=False)
    phone: Mapped[str] = mapped_column(String(20), nullable=False)
    address_line1: Mapped[str] = mapped_column(String(200), nullable=False)
    address_line2: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    postcode: Mapped[str] = mapped_column(String(12), nullable=False)
    city: Mapped[str] = mapped_column(String(200), nullable=False)
    country: Mapped[str] = mapped_column(String(2), nullable=False)
    # Email preferences (R7); all unticked for a new contact (R3).
    mail_general: Mapped[bool] = _preference()
    mail_invoices: Mapped[bool] = _preference()
    mail_support: Mapped[bool] = _preference()
    mail_products: Mapped[bool] = _preference()
    mail_domains: Mapped[bool] = _preference()
    mail_affiliate: Mapped[bool] = _preference()
    # Portal access (R8/R12): the contact may log in with its login. The link
    # to the login stays when access is switched off, so switching it on
    # again keeps the password and rights.
    portal_access: Mapped[bool] = _preference()
    login_id: Mapped[int | None] = mapped_column(
        ForeignKey("login.id", ondelete="RESTRICT"), nullable=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    @validates("first_name", "last_name")
    def _keys_of_name(self, key: str, value: str) -> str:
        first = value if key == "first_name" else (self.first_name or "")
        last = value if key == "last_name" else (self.last_name or "")
        self.name_key, self.sort_sv, self.sort_da = name_keys(f"{first} {last}")
        return value

    account: Mapped[Account] = relationship(back_populates="contacts", foreign_keys=[account_id])
    login: Mapped[Login | None] = relationship()

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_contact_account_id", "account_id"),
        Index("ix_contact_login_id", "login_id"),
        CheckConstraint(PORTAL_NEEDS_LOGIN_CHECK, name="portal_access_login"),
        # One account cannot list the same login twice: a person acts for a
        # company once (R13).
        Index(
            "uq_contact_login_per_account",
            "account_id",
            "login_id",
            unique=True,
            sqlite_where=text("login_id IS NOT NULL"),
            postgresql_where=text("login_id IS NOT NULL"),
        ),
        Index(
            "uq_contact_main_per_account",
            "account_id",
            unique=True,
            sqlite_where=text("is_main"),
            postgresql_where=text("is_main"),
        ),
        # Email lookups, and prefix search of one- and two-character input
        # on contact names and emails: covering, so a range of them yields
        # account IDs without reading the contacts (migration 0004).
        Index("ix_contact_email_key_account_id", "email_key", "account_id"),
        Index("ix_contact_name_key_account_id", "name_key", "account_id"),
        # The register sorted by a main-contact column (migration 0004).
        *(
            Index(
                f"ix_contact_main_{column}", column, "account_id", "is_main",
                sqlite_where=text("is_main = 1"), postgresql_where=text("is_main"),
            )
            for column in ("name_key", "email_key", "phone", "city", "sort_sv", "sort_da")
        ),
    )


CUSTOMER_NUMBER_COUNTER = "customer_number"
FIRST_CUSTOMER_NUMBER = 10001


OPERATOR_ROLE_CHECK = "role IN ('read_only', 'support_agent', 'administrator')"
AUDIT_ACTION_CHECK = "action IN ('insert', 'update', 'delete')"


class Operator(Base):
    """A member of staff who uses custadmin (migration 0005).

    On the embedded database an operator is the computer's user and has no
    password; on a shared database operators sign in with ``name`` and an
    argon2id ``password_hash``. ``name`` is folded and unique.
    """

    __tablename__ = "operator"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    display_name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    password_hash: Mapped[str | None] = mapped_column(Text, nullable=True)
    enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True,
                                          server_default=true())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (CheckConstraint(OPERATOR_ROLE_CHECK, name="role"),)


class OperatorToken(Base):
    """A *remember me* sign-in: the token lives in the OS keyring, only its hash here."""

    __tablename__ = "operator_token"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    operator_id: Mapped[int] = mapped_column(
        ForeignKey("operator.id", ondelete="CASCADE"), nullable=False
    )
    token_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)

    __table_args__ = (Index("ix_operator_token_operator_id", "operator_id"),)


class AuditEntry(Base):
    """One insert, update or delete of a business row (storage.audit).

    Written in the same transaction as the change; never changed or deleted
    (triggers refuse it, migration 0005). ``changes`` is JSON: field ->
    ``[before, after]``; secrets are recorded as changed, never by value.
    ``account_id`` is the account the row belongs to, for its history.
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    operator_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    operator_name: Mapped[str] = mapped_column(String(200), nullable=False)
    caller_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    caller_verified: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    table_name: Mapped[str] = mapped_column(String(40), nullable=False)
    object_id: Mapped[str] = mapped_column(String(100), nullable=False)
    account_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(6), nullable=False)
    changes: Mapped[str] = mapped_column(Text, nullable=False)

    __table_args__ = (
        CheckConstraint(AUDIT_ACTION_CHECK, name="action"),
        Index("ix_audit_entry_account_id_id", "account_id", "id"),
        Index("ix_audit_entry_operator_id_id", "operator_id", "id"),
        Index("ix_audit_entry_table_name_object_id", "table_name", "object_id"),
        Index("ix_audit_entry_at", "at"),
    )


class SystemSetting(Base):
    """A system-wide setting an administrator maintains (e.g. our e-invoice tier)."""

    __tablename__ = "system_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class EInvoiceOperatorRow(Base):
    """An e-invoice operator of the catalogue (issue 16)."""

    __tablename__ = "einvoice_operator"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    # The operator's own Peppol access point, canonical "ICD:identifier" (R33).
    access_point_id: Mapped[str] = mapped_column(String(80), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class ServiceTierRow(Base):
    """One of our e-invoice service tiers, in order (R19)."""

    __tablename__ = "service_tier"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    rank: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    reaches_other_operators: Mapped[bool] = mapped_column(Boolean, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


RECIPIENT_STATE_CHECK = "state IN ('pending', 'confirmed', 'rejected')"


class EInvoiceRecipient(Base):
    """A recipient in the e-invoice network (R18, R19)."""

    __tablename__ = "einvoice_recipient"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_name: Mapped[str] = mapped_column(String(200), nullable=False)
    country: Mapped[str] = mapped_column(String(2), nullable=False)
    org_number: Mapped[str] = mapped_column(String(20), nullable=False)
    operator_id: Mapped[int] = mapped_column(
        ForeignKey("einvoice_operator.id", ondelete="RESTRICT"), nullable=False)
    email: Mapped[str] = mapped_column(String(320), nullable=False)
    state: Mapped[str] = mapped_column(String(10), nullable=False)
    state_since: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    # Who asked, for which account; who decided, and from which email it was confirmed.
    requested_by: Mapped[str] = mapped_column(String(200), nullable=False)
    for_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL"), nullable=True)
    decided_by: Mapped[str] = mapped_column(String(200), nullable=False, default="",
                                            server_default="")
    confirmed_from: Mapped[str] = mapped_column(String(320), nullable=False, default="",
                                                server_default="")
    rejected_reason: Mapped[str] = mapped_column(String(500), nullable=False, default="",
                                                 server_default="")
    # "invoice,credit_note": the document types it takes.
    document_types: Mapped[str] = mapped_column(String(60), nullable=False,
                                                default="invoice,credit_note",
                                                server_default="invoice,credit_note")
    supplier_must_be_approved: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false())
    reference_required: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # One recipient per organisation: a second registration is refused (R18).
        Index("uq_einvoice_recipient_country_org_number", "country", "org_number",
              unique=True),
        Index("ix_einvoice_recipient_operator_id", "operator_id"),
        Index("ix_einvoice_recipient_for_account_id", "for_account_id"),
        CheckConstraint(RECIPIENT_STATE_CHECK, name="state"),
    )


class EInvoiceParticipant(Base):
    """A Peppol participant ID of a recipient (R33); unique across the network."""

    __tablename__ = "einvoice_participant"

    # peppol_key of the canonical ID: IDs compare case-insensitively.
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    participant_id: Mapped[str] = mapped_column(String(80), nullable=False)
    recipient_id: Mapped[int] = mapped_column(
        ForeignKey("einvoice_recipient.id", ondelete="CASCADE"), nullable=False)

    __table_args__ = (Index("ix_einvoice_participant_recipient_id", "recipient_id"),)


class EInvoiceMove(Base):
    """A move of a recipient to another operator: pending until decided (R19)."""

    __tablename__ = "einvoice_move"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recipient_id: Mapped[int] = mapped_column(
        ForeignKey("einvoice_recipient.id", ondelete="CASCADE"), nullable=False)
    from_operator_id: Mapped[int] = mapped_column(
        ForeignKey("einvoice_operator.id", ondelete="RESTRICT"), nullable=False)
    to_operator_id: Mapped[int] = mapped_column(
        ForeignKey("einvoice_operator.id", ondelete="RESTRICT"), nullable=False)
    state: Mapped[str] = mapped_column(String(10), nullable=False)
    requested_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    requested_by: Mapped[str] = mapped_column(String(200), nullable=False)
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decided_by: Mapped[str] = mapped_column(String(200), nullable=False, default="",
                                            server_default="")
    rejected_reason: Mapped[str] = mapped_column(String(500), nullable=False, default="",
                                                 server_default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_einvoice_move_recipient_id", "recipient_id"),
        Index("ix_einvoice_move_from_operator_id", "from_operator_id"),
        Index("ix_einvoice_move_to_operator_id", "to_operator_id"),
        CheckConstraint(RECIPIENT_STATE_CHECK, name="state"),
    )


# --- accounting bureaus (issue 17; R20–R24) ------------------------------------------

CONTACT_ROLE_CHECK = ("role IN ('system_administrator', 'client_manager_administrator', "
                      "'consultant', 'authorised_signatory')")
BUREAU_CLIENT_STATE_CHECK = ("state IN ('draft', 'sent', 'signed', 'awaiting_activation', "
                             "'active', 'declined', 'expired', 'disconnected')")
BUREAU_CLIENT_ORIGIN_CHECK = "origin IN ('created', 'connected')"
BUREAU_CLIENT_INVOICED_CHECK = "invoiced IN ('bureau', 'client')"
#: The states in which a bureau and a client are linked, or about to be: at
#: most one such link per pair (a partial unique index).
OPEN_LINK_STATES = ("draft", "sent", "signed", "awaiting_activation", "active")
_OPEN_LINK = "state IN ('draft', 'sent', 'signed', 'awaiting_activation', 'active')"


class ContactRole(Base):
    """A role a contact has in its own account: bureau roles (R20, R24) at a
    bureau, system administrator and authorised signatory anywhere (R21, R22)."""

    __tablename__ = "contact_role"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), nullable=False)
    role: Mapped[str] = mapped_column(String(40), nullable=False)

    __table_args__ = (PrimaryKeyConstraint("contact_id", "role"),
                      CheckConstraint(CONTACT_ROLE_CHECK, name="role"))


class Program(Base):
    """A program of the catalogue an administrator maintains (R21)."""

    __tablename__ = "program"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class BureauClient(Base):
    """A client of a bureau: created by it, or connected by a signed form (R22).

    The client's name and organisation number are never copied here (R23):
    every list joins the client's own account.
    """

    __tablename__ = "bureau_client"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), nullable=False)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), nullable=False)
    origin: Mapped[str] = mapped_column(String(10), nullable=False)
    state: Mapped[str] = mapped_column(String(20), nullable=False)
    #: The bureau's consultant responsible for the client.
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), nullable=True)
    #: Who must sign the connection form; once signed, who did.
    signer_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), nullable=True)
    #: Created clients: whether the client gets its own access, who is invoiced.
    client_own_access: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True,
                                                    server_default=true())
    invoiced: Mapped[str] = mapped_column(String(10), nullable=False, default="client",
                                          server_default="client")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), nullable=False)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    signed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: SHA-256 (hex) of the signed connection form as filed.
    signed_file_sha256: Mapped[str] = mapped_column(String(64), nullable=False, default="",
                                                    server_default="")
    #: The bureau user who asked for the activation (R24).
    activated_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), nullable=True)
    activated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: Declined, expired or disconnected: when, and why (declined).
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    ended_reason: Mapped[str] = mapped_column(String(500), nullable=False, default="",
                                              server_default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_bureau_client_bureau_id", "bureau_id", "state"),
        Index("ix_bureau_client_client_id", "client_id"),
        *(referrer_index("bureau_client", column)
          for column in ("signer_id", "responsible_id", "activated_by_id")),
        Index("uq_bureau_client_open", "bureau_id", "client_id", unique=True,
              sqlite_where=text(_OPEN_LINK), postgresql_where=text(_OPEN_LINK)),
        CheckConstraint(BUREAU_CLIENT_STATE_CHECK, name="state"),
        CheckConstraint(BUREAU_CLIENT_ORIGIN_CHECK, name="origin"),
        CheckConstraint(BUREAU_CLIENT_INVOICED_CHECK, name="invoiced"),
    )


class ClientAccess(Base):
    """The bureau granted a consultant access to a client (R20)."""

    __tablename__ = "client_access"

    consultant_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), nullable=False)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), nullable=False)
    granted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    granted_by: Mapped[str] = mapped_column(String(200), nullable=False)

    __table_args__ = (PrimaryKeyConstraint("consultant_id", "client_id"),
                      Index("ix_client_access_client_id", "client_id"))


class ProgramPermission(Base):
    """The client's system administrator gave a user a program (R21)."""

    __tablename__ = "program_permission"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), nullable=False)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), nullable=False)
    program_key: Mapped[str] = mapped_column(
        ForeignKey("program.key", ondelete="CASCADE"), nullable=False)
    #: The client's system administrator in whose name it was granted.
    granted_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), nullable=True)
    granted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)

    __table_args__ = (PrimaryKeyConstraint("client_id", "user_id", "program_key"),
                      Index("ix_program_permission_user_id", "user_id"),
                      referrer_index("program_permission", "granted_by_id"))


# --- partnerships and licences (issue 18; R25–R28) ------------------------------------------

LICENCE_ROLE_CHECK = "role IN ('reporter', 'approver', 'administrator')"
SALARY_TYPE_CHECK = "salary_type IS NULL OR salary_type IN ('monthly', 'hourly')"


class LicenceProduct(Base):
    """A product version or add-on of the catalogue an administrator maintains.

    Prices are per licence and month, in minor units (öre, øre, cent) of
    :attr:`currency`: integers add up exactly on both back ends.
    """

    __tablename__ = "licence_product"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    licence_price: Mapped[int] = mapped_column(Integer, nullable=False)
    reseller_price: Mapped[int] = mapped_column(Integer, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True,
                                         server_default=true())
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("kind IN ('version', 'addon')", name="kind"),
        CheckConstraint("licence_price >= 0 AND reseller_price >= 0", name="prices"),
    )


class Partnership(Base):
    """A partner created the customer's account: version, licences, invoicing (R25, R27)."""

    __tablename__ = "partnership"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), nullable=False)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), nullable=False)
    product_key: Mapped[str] = mapped_column(
        ForeignKey("licence_product.key", ondelete="RESTRICT"), nullable=False)
    licences: Mapped[int] = mapped_column(Integer, nullable=False)
    invoiced: Mapped[str] = mapped_column(String(10), nullable=False)
    collective: Mapped[bool] = mapped_column(Boolean, nullable=False)
    primary_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("customer_id"),
        Index("ix_partnership_partner_id", "partner_id"),
        referrer_index("partnership", "primary_contact_id"),
        CheckConstraint("licences >= 0", name="licences"),
        CheckConstraint("invoiced IN ('partner', 'customer')", name="invoiced"),
        CheckConstraint("NOT collective OR invoiced = 'partner'", name="collective"),
    )


class PartnershipAddon(Base):
    """An add-on the partner activated for the customer, from one day to another."""

    __tablename__ = "partnership_addon"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), nullable=False)
    product_key: Mapped[str] = mapped_column(
        ForeignKey("licence_product.key", ondelete="RESTRICT"), nullable=False)
    added_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    #: The first day without it; None while it is active.
    removed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    operator: Mapped[str] = mapped_column(String(200), nullable=False)

    __table_args__ = (Index("ix_partnership_addon_partnership_id", "partnership_id"),)


class SeatChange(Base):
    """The number of licences changed on a day, by an operator (the first: 0 -> N)."""

    __tablename__ = "seat_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), nullable=False)
    effective_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    licences_before: Mapped[int] = mapped_column(Integer, nullable=False)
    licences_after: Mapped[int] = mapped_column(Integer, nullable=False)
    operator: Mapped[str] = mapped_column(String(200), nullable=False)

    __table_args__ = (Index("ix_seat_change_partnership_id", "partnership_id", "effective_on"),)


class LicenceUser(Base):
    """A user of the customer's licences (R25, R26).

    ``personal_number`` (normalised) is the one column that holds a personal
    identity number in full (R32): every list, export, email and audit entry
    masks it.
    """

    __tablename__ = "licence_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), nullable=False)
    first_name: Mapped[str] = mapped_column(String(100), nullable=False)
    last_name: Mapped[str] = mapped_column(String(100), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="",
                                       server_default="")
    #: The email as compared (unique per account).
    email_key: Mapped[str] = mapped_column(String(254), nullable=False, default="",
                                           server_default="")
    personal_number: Mapped[str] = mapped_column(String(12), nullable=False, default="",
                                                 server_default="")
    employment_number: Mapped[str] = mapped_column(String(30), nullable=False, default="",
                                                   server_default="")
    salary_type: Mapped[str | None] = mapped_column(String(10), nullable=True)
    approver_id: Mapped[int | None] = mapped_column(
        ForeignKey("licence_user.id", ondelete="SET NULL"), nullable=True)
    #: The account's contact this user is (the primary contact), if any.
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_licence_user_account_id", "account_id"),
        referrer_index("licence_user", "contact_id"),
        referrer_index("licence_user", "approver_id"),
        *(Index(f"uq_licence_user_{column}", "account_id", column, unique=True,
                sqlite_where=text(f"{column} <> ''"), postgresql_where=text(f"{column} <> ''"))
          for column in ("email_key", "personal_number", "employment_number")),
        CheckConstraint(LICENCE_ROLE_CHECK, name="role"),
        CheckConstraint(SALARY_TYPE_CHECK, name="salary_type"),
        CheckConstraint("email <> '' OR personal_number <> ''", name="identity"),
    )


class Invitation(Base):
    """A welcome email tried (R28): sent, or failed and why."""

    __tablename__ = "invitation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("licence_user.id", ondelete="CASCADE"), nullable=False)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), nullable=False)
    state: Mapped[str] = mapped_column(String(10), nullable=False)
    attempted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False,
                                                      default=utcnow)
    recipient: Mapped[str] = mapped_column(String(254), nullable=False)
    language: Mapped[str] = mapped_column(String(5), nullable=False)
    #: "smtp", or "outbox" (an .eml file in the outbox folder).
    delivery: Mapped[str] = mapped_column(String(10), nullable=False)
    error: Mapped[str] = mapped_column(String(500), nullable=False, default="",
                                       server_default="")
    operator: Mapped[str] = mapped_column(String(200), nullable=False)

    __table_args__ = (
        Index("ix_invitation_user_id", "user_id", "id"),
        Index("ix_invitation_account_id", "account_id"),
        CheckConstraint("state IN ('sent', 'failed')", name="state"),
        CheckConstraint("delivery IN ('smtp', 'outbox')", name="delivery"),
    )
