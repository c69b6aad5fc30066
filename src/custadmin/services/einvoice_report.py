"""Each account's e-invoice state in SQL, and *Invoices that cannot go as e-invoices* (issue 16).

:func:`state_select` is :func:`~custadmin.domain.einvoice.decide_delivery`'s
reason written as one set-based query: the same checks in the same order
(no recipient; pending; rejected; no Peppol ID; the recipient takes no
invoices; our tier does not reach its operator; else Peppol, through the
old operator while a move waits). The reference data it needs (which
operators our tier reaches) is computed in Python from the
:class:`~custadmin.domain.einvoice.Network` and passed in as constants. A
test compares it with :func:`~custadmin.services.einvoice.account_delivery`
for every account, so the two cannot drift.

An account's recipient is the one with its (country, organisation number),
or the one holding its Peppol ID (``peppol_key`` folds case; Peppol IDs are
ASCII, so SQL ``lower()`` is the same fold); were they two, the lower
recipient ID.

The report lists the accounts where e-invoicing is expected (a Peppol ID,
*requires e-invoice*, or a recipient in the network) whose invoices do not go
by Peppol. At a million accounts it is driven from those small sets (the
partial indexes of migration 0009, and the recipients through
``ix_account_org_number``), never from a scan of every account. Anyone who
may view accounts may read it; personal identity numbers are masked as lists
mask them, unless an administrator asks for them in full (audited, as
register exports are).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Collection, Iterator
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    String,
    and_,
    case,
    exists,
    false,
    func,
    literal_column,
    null,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import aliased

from custadmin.domain.einvoice import DeliveryReason, DocumentType, Network, RecipientState
from custadmin.domain.identifiers import shown_org_number, shown_peppol_id
from custadmin.domain.operators import Permission, require
from custadmin.domain.transfer import escape_cell
from custadmin.services.einvoice import network_of as _network
from custadmin.services.exporter import (
    Cancel,
    ExportCancelled,
    ExportResult,
    Progress,
    audit_full_export,
    format_for,
    write_table,
)
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import (
    Account,
    EInvoiceMove,
    EInvoiceParticipant,
    EInvoiceRecipient,
    UTCDateTime,
    utcnow,
)

#: The reasons of a decision that delivers by Peppol.
PEPPOL_REASONS = frozenset({DeliveryReason.CONFIRMED, DeliveryReason.MOVE_PENDING})
#: The reasons an invoice does not go by Peppol (held when e-invoices are required).
BLOCKING_REASONS = frozenset(DeliveryReason) - PEPPOL_REASONS
#: The rows a report page holds unless told otherwise.
PAGE_SIZE = 100
#: Rows fetched from the database at a time while exporting.
EXPORT_CHUNK = 1000

REPORT_HEADERS = ("Customer number", "Name", "Organisation number", "Peppol ID", "Reason",
                  "Held", "Since", "Age (days)")


def _text(value: str) -> ColumnElement[str]:
    """A string constant written into the SQL (no bind parameter): an enum value.

    So that each back end sees the same expression wherever it is repeated
    (GROUP BY), and SQLite can match a partial index's WHERE.
    """
    assert "'" not in value
    return literal_column(f"'{value}'")


def reached_operator_ids(network: Network) -> list[int]:
    """The operators our tier delivers to (R19), from the reference data."""
    return sorted(o.id for o in network.operators if network.reaches(o))


class _State(NamedTuple):
    """The pieces of the state query over one set of accounts."""

    source: Select[Any]
    account: Any  # the account entity of ``source``
    reason: ColumnElement[str]
    held: ColumnElement[bool]
    since: ColumnElement[dt.datetime]


def _branches(account: Any) -> list[ColumnElement[bool]]:
    """The accounts where e-invoicing is expected, as three disjoint sets, each
    read through an index: those with a Peppol ID (``ix_account_peppol_id``,
    partial; every account a participant ID matches is among them), those
    without one that require e-invoices (``ix_account_requires_einvoice``),
    and the rest that a recipient has by organisation number (the recipients'
    numbers walked through ``ix_account_org_number``, written as IN so that
    SQLite does so too). Disjoint, so that UNION ALL needs no de-duplication."""
    no_id = account.peppol_id == _text("")
    same = aliased(EInvoiceRecipient)
    return [
        account.peppol_id != _text(""),
        and_(account.requires_einvoice, no_id),
        and_(account.org_number.in_(select(EInvoiceRecipient.org_number)), no_id,
             ~account.requires_einvoice,
             exists().where(same.org_number == account.org_number,
                            same.country == account.country)),
    ]


def _branch(position: int, account: Any) -> ColumnElement[bool]:
    return _branches(account)[position]


def _state(network: Network, where: Callable[[Any], ColumnElement[bool]] | None = None
           ) -> _State:
    """The decision's reason for the accounts ``where`` selects (None: every one)."""
    account = aliased(Account, name="a")
    source = select().select_from(account)
    if where is not None:
        source = source.where(where(account))
    by_org = aliased(EInvoiceRecipient, name="r_org")
    by_id = aliased(EInvoiceParticipant, name="p")
    recipient = aliased(EInvoiceRecipient, name="r")
    source = source.outerjoin(by_org, and_(
        by_org.country == account.country, by_org.org_number == account.org_number,
        account.org_number != _text("")))
    source = source.outerjoin(by_id, and_(
        account.peppol_id != _text(""), by_id.key == func.lower(account.peppol_id)))
    org_rid, id_rid = by_org.id, by_id.recipient_id
    matched = case(
        (org_rid.is_(None), id_rid), (id_rid.is_(None), org_rid),
        (org_rid <= id_rid, org_rid), else_=id_rid)
    source = source.outerjoin(recipient, recipient.id == matched)

    reached = reached_operator_ids(network)
    moving = exists().where(EInvoiceMove.recipient_id == recipient.id,
                            EInvoiceMove.state == _text(RecipientState.PENDING.value))
    # document_types is "invoice,credit_note": the one that must be among them.
    takes_invoices = (_text(",") + recipient.document_types + _text(",")).like(
        _text(f"%,{DocumentType.INVOICE.value},%"))
    reason: ColumnElement[str] = case(
        (recipient.id.is_(None), _text(DeliveryReason.NOT_IN_NETWORK.value)),
        (recipient.state == _text(RecipientState.PENDING.value),
         _text(DeliveryReason.PENDING.value)),
        (recipient.state == _text(RecipientState.REJECTED.value),
         _text(DeliveryReason.REJECTED.value)),
        (account.peppol_id == _text(""), _text(DeliveryReason.NO_PEPPOL_ID.value)),
        (~takes_invoices, _text(DeliveryReason.CANNOT_RECEIVE_INVOICES.value)),
        (~recipient.operator_id.in_(reached), _text(DeliveryReason.TIER_TOO_LOW.value)),
        (moving, _text(DeliveryReason.MOVE_PENDING.value)),
        else_=_text(DeliveryReason.CONFIRMED.value))
    held: ColumnElement[bool] = and_(account.requires_einvoice, reason.not_in(
        [_text(r.value) for r in sorted(PEPPOL_REASONS)])).self_group()
    since = type_coerce(case(
        (recipient.state.in_([_text(RecipientState.PENDING.value),
                              _text(RecipientState.REJECTED.value)]), recipient.state_since),
        else_=account.created_at), UTCDateTime)
    return _State(source, account, reason, held, since)


def _expected(network: Network, columns: Callable[[_State], list[ColumnElement[Any]]],
              where: Callable[[_State], ColumnElement[bool] | None] = lambda s: None
              ) -> CompoundSelect[Any]:
    """``columns`` of the expected accounts that ``where`` keeps, branch by branch."""
    parts = []
    for position in range(3):
        s = _state(network, partial(_branch, position))
        condition = where(s)
        source = s.source if condition is None else s.source.where(condition)
        parts.append(source.add_columns(*columns(s)))
    return union_all(*parts)


def _state_columns(s: _State) -> list[ColumnElement[Any]]:
    return [s.account.id.label("account_id"), s.reason.label("reason"),
            s.held.label("held"), s.since.label("since")]


def state_select(network: Network, *, expected_only: bool = False) -> Select[Any]:
    """Per account: ``account_id``, ``reason`` (a :class:`DeliveryReason` value),
    ``held`` and ``since`` (when the recipient entered its state, for pending
    and rejected ones; else when the account was created).

    Every account, or with ``expected_only`` only those where e-invoicing is
    expected (every other account is ``not_in_network``, not held, since its
    creation). Usable as a subquery (``.subquery()``) by the register.
    """
    if not expected_only:
        s = _state(network)
        return s.source.add_columns(*_state_columns(s))
    states = _expected(network, _state_columns).subquery("states")
    return select(states.c.account_id, states.c.reason, states.c.held, states.c.since)


def _wanted(s: _State, reasons: Collection[DeliveryReason] | None,
            held: bool | None) -> ColumnElement[bool] | None:
    conditions: list[ColumnElement[bool]] = []
    if reasons is not None:
        wanted = sorted({DeliveryReason(r) for r in reasons})
        conditions.append(s.reason.in_([_text(r.value) for r in wanted]) if wanted
                          else false())
    if held is not None:
        conditions.append(s.held if held else ~s.held)
    return and_(*conditions) if conditions else None


def accounts_in_state(network: Network, reasons: Collection[DeliveryReason] | None = None,
                      held: bool | None = None) -> Select[int]:
    """IDs of the accounts whose reason is among ``reasons`` (None: any) and
    whose invoices are ``held`` or not (None: either), for the register's filter.

    Only when the accounts outside the expected set can match (they are
    ``not_in_network`` and not held) does it read every account.
    """
    expected_only = held is True or (
        reasons is not None and DeliveryReason.NOT_IN_NETWORK not in reasons)
    if not expected_only:
        s = _state(network)
        condition = _wanted(s, reasons, held)
        source = s.source if condition is None else s.source.where(condition)
        return source.add_columns(s.account.id.label("account_id"))
    ids = _expected(network, lambda s: [s.account.id.label("account_id")],
                    lambda s: _wanted(s, reasons, held)).subquery("ids")
    return select(ids.c.account_id)


# --- the report ------------------------------------------------------------------------


class ReasonCount(NamedTuple):
    """How many accounts the report lists with ``reason``, held or not."""

    reason: DeliveryReason
    held: bool
    accounts: int


@dataclasses.dataclass(frozen=True, slots=True)
class ReportRow:
    """An account whose invoices cannot go as e-invoices, as the report lists it."""

    account_id: int
    customer_number: int
    name: str
    #: As lists show it: formatted, a sole trader's personal identity number masked.
    org_number: str
    #: As lists show it (masked when it holds a personal identity number); "" when none.
    peppol_id: str
    reason: DeliveryReason
    held: bool
    since: dt.datetime
    age_days: int


def _report(network: Network, reasons: Collection[DeliveryReason] | None,
            held: bool | None) -> Any:
    """The expected accounts whose invoices do not go by Peppol (a subquery)."""
    wanted = BLOCKING_REASONS if reasons is None else BLOCKING_REASONS & {
        DeliveryReason(r) for r in reasons}

    def columns(s: _State) -> list[ColumnElement[Any]]:
        a = s.account
        return [a.id.label("account_id"), a.customer_number.label("customer_number"),
                a.name.label("name"), a.country.label("country"),
                a.org_number.label("org_number"), a.peppol_id.label("peppol_id"),
                s.reason.label("reason"), s.held.label("held"), s.since.label("since")]

    return _expected(network, columns, lambda s: _wanted(s, wanted, held)).subquery("report")


def report_counts(ws: Workspace) -> list[ReasonCount]:
    """How many accounts the report lists, per reason and held or not (in
    :class:`DeliveryReason` order, held first)."""
    with ws.reading() as uow:
        session = uow.session
        listed = _report(_network(session), None, None)
        rows = session.execute(select(listed.c.reason, listed.c.held, func.count())
                               .group_by(listed.c.reason, listed.c.held)).all()
    order = {reason: position for position, reason in enumerate(DeliveryReason)}
    counts = [ReasonCount(DeliveryReason(reason), bool(held), int(count))
              for reason, held, count in rows]
    return sorted(counts, key=lambda c: (order[c.reason], not c.held))


def _report_rows(network: Network, reasons: Collection[DeliveryReason] | None,
                 held: bool | None) -> Select[Any]:
    r = _report(network, reasons, held)
    return select(r.c.account_id, r.c.customer_number, r.c.name, r.c.country,
                  r.c.org_number, r.c.peppol_id, r.c.reason, r.c.held,
                  r.c.since).order_by(r.c.since, r.c.account_id)


def _row(values: Any, today: dt.date) -> ReportRow:
    (account_id, number, name, country, org, peppol, reason, held, since) = values
    return ReportRow(
        account_id=account_id, customer_number=number, name=name,
        org_number=shown_org_number(org, country) if org else "",
        peppol_id=shown_peppol_id(peppol) if peppol else "",
        reason=DeliveryReason(reason), held=bool(held), since=since,
        age_days=max((today - since.date()).days, 0))


def report_page(ws: Workspace, reasons: Collection[DeliveryReason] | None = None,
                offset: int = 0, limit: int = PAGE_SIZE, *, held: bool | None = None,
                now: dt.datetime | None = None) -> list[ReportRow]:
    """``limit`` rows of the report from ``offset``, the oldest state first
    (then by account ID); only ``reasons`` (None: every blocking one) and
    only held or not held accounts if ``held`` is given. Ages are counted in
    whole days up to ``now`` (default: now), in UTC."""
    today = (now or utcnow()).astimezone(dt.UTC).date()
    with ws.reading() as uow:
        session = uow.session
        stmt = _report_rows(_network(session), reasons, held).offset(max(offset, 0)).limit(
            max(limit, 0))
        return [_row(values, today) for values in session.execute(stmt)]


@dataclasses.dataclass(frozen=True, slots=True)
class ReportOverview:
    """The report as it opens: the counts and its first page."""

    counts: list[ReasonCount]
    first_page: list[ReportRow]

    @property
    def total(self) -> int:
        return sum(c.accounts for c in self.counts)


def report_overview(ws: Workspace, limit: int = PAGE_SIZE, *,
                    now: dt.datetime | None = None) -> ReportOverview:
    """:func:`report_counts` and the first ``limit`` rows of :func:`report_page`
    from one pass over the accounts: what the report shows when it opens.

    The listed accounts are worked out once (a materialised common table
    expression, on both back ends) and both the counts and the first page are
    read from it in one statement.
    """
    today = (now or utcnow()).astimezone(dt.UTC).date()
    with ws.reading() as uow:
        session = uow.session
        r = _report(_network(session), None, None).element.cte("listed").prefix_with(
            "MATERIALIZED")
        nothing = type_coerce(null(), Integer)
        counts = select(_text("0").label("kind"), r.c.reason, r.c.held,
                        func.count().label("accounts"),
                        *(nothing.label(c) for c in ("account_id", "customer_number")),
                        *(type_coerce(null(), String).label(c)
                          for c in ("name", "country", "org_number", "peppol_id")),
                        type_coerce(null(), UTCDateTime).label("since")
                        ).group_by(r.c.reason, r.c.held)
        first = (select(r).order_by(r.c.since, r.c.account_id).limit(max(limit, 0))
                 .subquery("first"))
        page = select(_text("1"), first.c.reason, first.c.held, nothing,
                      first.c.account_id, first.c.customer_number, first.c.name,
                      first.c.country, first.c.org_number, first.c.peppol_id, first.c.since)
        found: list[ReasonCount] = []
        rows: list[ReportRow] = []
        for (kind, reason, held, accounts, account_id, number, name, country, org, peppol,
             since) in session.execute(union_all(counts, page)):
            if int(kind) == 0:
                found.append(ReasonCount(DeliveryReason(reason), bool(held), int(accounts)))
            else:
                rows.append(_row((account_id, number, name, country, org, peppol, reason,
                                  held, since), today))
    order = {reason: position for position, reason in enumerate(DeliveryReason)}
    found.sort(key=lambda c: (order[c.reason], not c.held))
    rows.sort(key=lambda row: (row.since, row.account_id))
    return ReportOverview(found, rows)


def _export_rows(ws: Workspace, reasons: Collection[DeliveryReason] | None,
                 held: bool | None, total: int, today: dt.date, full: bool,
                 progress: Progress | None, cancel: Cancel | None) -> Iterator[list[str]]:
    done = 0
    with ws.reading() as uow:
        session = uow.session
        stmt = _report_rows(_network(session), reasons, held)
        result = session.execute(stmt.execution_options(yield_per=EXPORT_CHUNK))
        for chunk in result.partitions():
            if cancel is not None and cancel():
                raise ExportCancelled
            for values in chunk:
                row = _row(values, today)
                org, peppol = values[4], values[5]
                if full:
                    row = dataclasses.replace(
                        row, org_number=shown_org_number(org, values[3], full=True) if org
                        else "", peppol_id=shown_peppol_id(peppol, full=True))
                yield [escape_cell(str(v)) for v in (
                    row.customer_number, row.name, row.org_number, row.peppol_id,
                    row.reason.value, "yes" if row.held else "no",
                    row.since.date().isoformat(), row.age_days)]
            done += len(chunk)
            if progress is not None:
                progress(min(done, total), total)


def export_report(
    ws: Workspace,
    path: str | os.PathLike[str],
    format: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    reasons: Collection[DeliveryReason] | None = None,
    held: bool | None = None,
    full_identity_numbers: bool = False,
    now: dt.datetime | None = None,
) -> ExportResult:
    """Write the report (as :func:`report_page` orders it) to ``path`` as CSV or
    XLSX (``format``, else by the extension); every cell escaped against formulas.

    Headers are in English (:data:`REPORT_HEADERS`). Personal identity
    numbers masked unless ``full_identity_numbers``, which needs
    :attr:`Permission.EXPORT_IDENTITY_NUMBERS` and is recorded in the audit
    trail before the file appears. A cancel leaves no file
    (:class:`~custadmin.services.exporter.ExportCancelled`).
    """
    if full_identity_numbers:
        require(ws.actor, Permission.EXPORT_IDENTITY_NUMBERS)
    target = Path(path)
    kind = format_for(target, format)
    today = (now or utcnow()).astimezone(dt.UTC).date()
    wanted = None if reasons is None else {DeliveryReason(r) for r in reasons}
    total = sum(c.accounts for c in report_counts(ws)
                if (wanted is None or c.reason in wanted) and (held is None or c.held == held))
    if progress is not None:
        progress(0, total)

    def record(rows: int) -> None:
        audit_full_export(ws, target, kind, rows, rows)

    count = write_table(
        target, kind, REPORT_HEADERS,
        _export_rows(ws, reasons, held, total, today, full_identity_numbers, progress, cancel),
        cancel, before_publish=record if full_identity_numbers else None)
    return ExportResult(str(target), kind, count, count, full_identity_numbers)


__all__ = [
    "BLOCKING_REASONS",
    "PEPPOL_REASONS",
    "REPORT_HEADERS",
    "ReasonCount",
    "ReportRow",
    "accounts_in_state",
    "export_report",
    "reached_operator_ids",
    "report_counts",
    "report_page",
    "state_select",
]
