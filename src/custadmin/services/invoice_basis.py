"""The partner's collective invoice basis for a month (issue 18, point 5; R27).

Only the partner's partnerships with the collective invoice are on it. For
each of those customers: a line for its product version and one for each
add-on it had during the month, each with the reseller price per licence and
month, the licences at the start and at the end of the month, the
*licence-days* and the changes in the month, and the amount; totals per
currency.

Counting by day. On each day of the month the licences in effect are those
after the last seat change dated that day or earlier (none before the first
change, which records the partnership's creation as 0 -> N: a partnership
created mid-month counts from then). An add-on counts as one licence on each
day from ``added_on`` up to the day before ``removed_on``. A line's amount is

    licence-days × reseller price ÷ days in the month,

rounded half up to the minor unit (öre, øre, cent), in integers: exact on
every back end and on every machine. The totals are the sums of the lines'
amounts, so the lines add up to what the invoice says.

Read in one unit of work with five queries whatever the number of days or
customers: the partner, the partnerships with their customers and versions,
the seat change in force when the month begins (one per partnership, a
window function), the changes within the month, and the add-ons overlapping
the month. Licence users are never read: no personal identity number can
reach the basis, and a sole trader's organisation number (a personal
identity number, R31/R32) is masked as lists mask it.

Prices are the catalogue's current reseller prices and the version is the
partnership's current one: the data model keeps no history of either.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, or_, select

from custadmin.domain.errors import NotFoundError, ValidationError
from custadmin.domain.identifiers import shown_org_number
from custadmin.domain.messages import Message
from custadmin.domain.transfer import escape_cell
from custadmin.services.exporter import ExportResult, write_table
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import (
    Account,
    LicenceProduct,
    Partnership,
    PartnershipAddon,
    SeatChange,
)

#: Minor units in one major unit of every catalogue currency (SEK, DKK, NOK, EUR).
MINOR_UNITS = 100

#: A line's kind: the customer's product version, or an add-on.
VERSION = "version"
ADDON = "addon"

#: How each kind reads (translatable; the CSV writes the English).
KIND_NAMES: dict[str, Message] = {
    VERSION: Message("invoice.kind_version"),
    ADDON: Message("invoice.kind_addon"),
}

#: The CSV's columns, named as the register export names its columns (the
#: customer number and organisation number with the very same messages):
#: domain messages whose English is the header (a file's headers are not
#: translated; the UI renders the same messages in the operator's language).
COLUMNS: tuple[Message, ...] = (
    Message("import.field_account_ref"),
    Message("invoice.column_customer"),
    Message("import.field_org_number"),
    Message("invoice.column_product"),
    Message("invoice.column_kind"),
    Message("invoice.column_unit_price"),
    Message("invoice.column_currency"),
    Message("invoice.column_start"),
    Message("invoice.column_end"),
    Message("invoice.column_licence_days"),
    Message("invoice.column_changes"),
    Message("invoice.column_amount"),
)
#: The English header of each column (what the CSV's first row holds).
CSV_HEADER: tuple[str, ...] = tuple(str(column) for column in COLUMNS)
TOTAL = Message("invoice.total")


# --- what the service returns ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SeatChangeInMonth:
    """A change of a line's licences on a day of the month (an add-on: 0→1 or 1→0)."""

    customer_number: int
    customer_name: str
    product_name: str
    effective_on: dt.date
    licences_before: int
    licences_after: int


@dataclass(frozen=True, slots=True)
class BasisLine:
    """One product of one customer for the month: a version or an add-on."""

    customer_id: int
    customer_number: int
    customer_name: str
    #: As lists show it: formatted, a sole trader's personal identity number masked.
    org_number: str
    kind: str  # VERSION or ADDON
    product_key: str
    product_name: str
    currency: str
    #: The reseller price per licence and month, in minor units.
    unit_price: int
    licences_at_start: int
    licences_at_end: int
    #: The licences in effect, summed over the days of the month.
    licence_days: int
    seat_changes: tuple[SeatChangeInMonth, ...]
    #: licence_days × unit_price ÷ days in the month, rounded half up (minor units).
    amount: int


@dataclass(frozen=True, slots=True)
class CurrencyTotal:
    currency: str
    #: Minor units.
    amount: int
    lines: int


@dataclass(frozen=True, slots=True)
class InvoiceBasis:
    """The partner's collective invoice basis for ``year``-``month``."""

    partner_id: int
    partner_name: str
    partner_customer_number: int
    #: As lists show it (a sole trader's masked).
    partner_org_number: str
    reseller_agreement_since: dt.date | None
    year: int
    month: int
    days_in_month: int
    #: Customers by name, each one's version first, then its add-ons.
    lines: tuple[BasisLine, ...]
    #: One per currency, in alphabetical order of the currency codes.
    totals: tuple[CurrencyTotal, ...]
    #: The version lines' seat changes, in the lines' order.
    seat_changes: tuple[SeatChangeInMonth, ...]
    #: The partner's partnerships with the collective invoice, whatever the month
    #: (0: the partner has no customer on a collective invoice at all).
    collective_partnerships: int

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        return dt.date(self.year, self.month, self.days_in_month)

    @property
    def customers(self) -> int:
        return len({line.customer_id for line in self.lines})

    def total(self, currency: str) -> int:
        """The total in ``currency`` (minor units; 0 when no line is in it)."""
        return next((t.amount for t in self.totals if t.currency == currency), 0)

    @property
    def agreement_problem(self) -> Message | None:
        """Why the partner may not get a collective invoice for the month (R27), or None:
        a reseller agreement must have been in force on some day of it."""
        since = self.reseller_agreement_since
        if since is not None and since <= self.last_day:
            return None
        return Message("invoice.no_agreement", name=self.partner_name)


# --- the rules ------------------------------------------------------------------------------


def month_days(year: int, month: int) -> int:
    """The days of ``year``-``month``; :class:`ValidationError` if it is not a month."""
    if not (1 <= month <= 12 and dt.MINYEAR <= year <= dt.MAXYEAR):
        raise ValidationError({"month": Message("invoice.month_invalid", month=month,
                                                year=year)})
    return calendar.monthrange(year, month)[1]


def prorated(licence_days: int, unit_price: int, days_in_month: int) -> int:
    """``licence_days × unit_price ÷ days_in_month`` rounded half up, in integers."""
    quotient, remainder = divmod(licence_days * unit_price, days_in_month)
    return quotient + (1 if 2 * remainder >= days_in_month else 0)


def licence_days(in_force_before: int, changes: Sequence[tuple[dt.date, int]],
                 first: dt.date, last: dt.date) -> int:
    """The licences in effect summed over the days ``first``..``last``.

    ``in_force_before``: the licences after the last change before ``first``
    (0 if none); ``changes``: (effective_on, licences after) within the days,
    in order. Counted per stretch between changes, not per day.
    """
    total, current, since = 0, in_force_before, first
    for effective_on, after in changes:
        total += current * (effective_on - since).days
        current, since = after, effective_on
    return total + current * ((last - since).days + 1)


def _addon_days(periods: Iterable[tuple[dt.date, dt.date | None]], first: dt.date,
                last: dt.date) -> list[bool]:
    """Whether the add-on is active on the day before ``first`` and each day of the
    month (index 0: the day before), from its (added_on, removed_on) periods;
    periods that overlap count once."""
    before = first - dt.timedelta(days=1)
    active = [False] * ((last - before).days + 1)
    for added_on, removed_on in periods:
        start = max(added_on, before)
        end = min(removed_on - dt.timedelta(days=1), last) if removed_on else last
        for offset in range((start - before).days, (end - before).days + 1):
            active[offset] = True
    return active


# --- reading --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Customer:
    partnership_id: int
    customer_id: int
    customer_number: int
    name: str
    org_number: str
    product_key: str
    product_name: str
    currency: str
    unit_price: int


@dataclass(slots=True)
class _Addon:
    key: str
    name: str
    currency: str
    unit_price: int
    position: int
    periods: list[tuple[dt.date, dt.date | None]]


def invoice_basis(ws: Workspace, partner_id: int, year: int, month: int) -> InvoiceBasis:
    """The collective invoice basis of the partner ``partner_id`` for ``year``-``month``.

    Raises :class:`ValidationError` (``month``) for a month that does not
    exist and :class:`NotFoundError` when the partner's account does not.
    """
    days = month_days(year, month)
    first, last = dt.date(year, month, 1), dt.date(year, month, days)
    with ws.reading() as uow:
        session = uow.session
        partner = session.get(Account, partner_id)
        if partner is None:
            raise NotFoundError(Message("account.not_found", account_id=partner_id))
        partner_name, partner_number = partner.name, partner.customer_number
        partner_org = (shown_org_number(partner.org_number, partner.country)
                       if partner.org_number else "")
        agreement_since = partner.reseller_agreement_since
        collective = (select(Partnership.id)
                      .where(Partnership.partner_id == partner_id, Partnership.collective))
        customers = [
            _Customer(pid, cid, number, name, shown_org_number(org, country) if org else "",
                      key, product, currency, price)
            for pid, cid, number, name, org, country, key, product, currency, price
            in session.execute(
                select(Partnership.id, Account.id, Account.customer_number, Account.name,
                       Account.org_number, Account.country, LicenceProduct.key,
                       LicenceProduct.name, LicenceProduct.currency,
                       LicenceProduct.reseller_price)
                .join(Account, Account.id == Partnership.customer_id)
                .join(LicenceProduct, LicenceProduct.key == Partnership.product_key)
                .where(Partnership.partner_id == partner_id, Partnership.collective)
                .order_by(Account.name_key, Account.customer_number))]

        # The change in force when the month begins: the last one before it.
        latest = func.row_number().over(
            partition_by=SeatChange.partnership_id,
            order_by=(SeatChange.effective_on.desc(), SeatChange.id.desc())).label("latest")
        earlier = (select(SeatChange.partnership_id, SeatChange.licences_after, latest)
                   .where(SeatChange.partnership_id.in_(collective),
                          SeatChange.effective_on < first)
                   .subquery())
        in_force: dict[int, int] = {
            pid: after for pid, after in session.execute(
                select(earlier.c.partnership_id, earlier.c.licences_after)
                .where(earlier.c.latest == 1))}
        changes: dict[int, list[tuple[dt.date, int, int]]] = {}
        for pid, on, before, after in session.execute(
                select(SeatChange.partnership_id, SeatChange.effective_on,
                       SeatChange.licences_before, SeatChange.licences_after)
                .where(SeatChange.partnership_id.in_(collective),
                       SeatChange.effective_on >= first, SeatChange.effective_on <= last)
                .order_by(SeatChange.partnership_id, SeatChange.effective_on, SeatChange.id)):
            changes.setdefault(pid, []).append((on, before, after))
        # Also those removed on the 1st: whether one was active the day before the month
        # tells an add-on added on the 1st (a change, 0→1) from one kept (none).
        addons: dict[int, dict[str, _Addon]] = {}
        for pid, key, added_on, removed_on, name, currency, price, position in session.execute(
                select(PartnershipAddon.partnership_id, PartnershipAddon.product_key,
                       PartnershipAddon.added_on, PartnershipAddon.removed_on,
                       LicenceProduct.name, LicenceProduct.currency,
                       LicenceProduct.reseller_price, LicenceProduct.position)
                .join(LicenceProduct, LicenceProduct.key == PartnershipAddon.product_key)
                .where(PartnershipAddon.partnership_id.in_(collective),
                       PartnershipAddon.added_on <= last,
                       or_(PartnershipAddon.removed_on.is_(None),
                           PartnershipAddon.removed_on >= first))):
            addon = addons.setdefault(pid, {}).setdefault(
                key, _Addon(key, name, currency, price, position, []))
            addon.periods.append((added_on, removed_on))

    lines: list[BasisLine] = []
    for customer in customers:
        version = _version_line(customer, in_force.get(customer.partnership_id, 0),
                                changes.get(customer.partnership_id, []), first, last, days)
        if version is not None:
            lines.append(version)
        for addon in sorted(addons.get(customer.partnership_id, {}).values(),
                            key=lambda a: (a.position, a.key)):
            line = _addon_line(customer, addon, first, last, days)
            if line is not None:
                lines.append(line)
    sums: dict[str, list[int]] = {}
    for line in lines:
        entry = sums.setdefault(line.currency, [0, 0])
        entry[0] += line.amount
        entry[1] += 1
    return InvoiceBasis(
        partner_id=partner_id, partner_name=partner_name,
        partner_customer_number=partner_number, partner_org_number=partner_org,
        reseller_agreement_since=agreement_since, year=year, month=month,
        days_in_month=days, lines=tuple(lines),
        totals=tuple(CurrencyTotal(currency, amount, count)
                     for currency, (amount, count) in sorted(sums.items())),
        seat_changes=tuple(c for line in lines if line.kind == VERSION
                           for c in line.seat_changes),
        collective_partnerships=len(customers))


def _version_line(customer: _Customer, in_force_before: int,
                  changes: Sequence[tuple[dt.date, int, int]], first: dt.date, last: dt.date,
                  days: int) -> BasisLine | None:
    """The version's line; None when it had no licence and no change in the month
    (a partnership created later, say)."""
    counted = licence_days(in_force_before, [(on, after) for on, _before, after in changes],
                           first, last)
    if not counted and not changes:
        return None
    at_start = in_force_before
    for on, _before, after in changes:
        if on == first:
            at_start = after
    at_end = changes[-1][2] if changes else in_force_before
    return BasisLine(
        customer.customer_id, customer.customer_number, customer.name, customer.org_number,
        VERSION, customer.product_key, customer.product_name, customer.currency,
        customer.unit_price, at_start, at_end, counted,
        tuple(SeatChangeInMonth(customer.customer_number, customer.name,
                                customer.product_name, on, before, after)
              for on, before, after in changes),
        prorated(counted, customer.unit_price, days))


def _addon_line(customer: _Customer, addon: _Addon, first: dt.date, last: dt.date,
                days: int) -> BasisLine | None:
    """The add-on's line (one licence on each day it is active); None when it was
    active on no day of the month."""
    active = _addon_days(addon.periods, first, last)
    counted = sum(active[1:])
    if not counted:
        return None
    switches = tuple(
        SeatChangeInMonth(customer.customer_number, customer.name, addon.name,
                          first + dt.timedelta(days=offset - 1), int(active[offset - 1]),
                          int(active[offset]))
        for offset in range(1, len(active)) if active[offset] != active[offset - 1])
    return BasisLine(
        customer.customer_id, customer.customer_number, customer.name, customer.org_number,
        ADDON, addon.key, addon.name, addon.currency, addon.unit_price, int(active[1]),
        int(active[-1]), counted, switches, prorated(counted, addon.unit_price, days))


# --- CSV -------------------------------------------------------------------------------------


def major_units(amount: int) -> str:
    """Minor units as a decimal number a spreadsheet reads anywhere: ``1234.50``."""
    sign = "-" if amount < 0 else ""
    whole, cents = divmod(abs(amount), MINOR_UNITS)
    return f"{sign}{whole}.{cents:02d}"


def changes_text(changes: Sequence[SeatChangeInMonth]) -> str:
    """``2026-11-11: 5→8; 2026-11-20: 8→6`` (ISO dates: a file is read anywhere)."""
    return "; ".join(f"{c.effective_on.isoformat()}: {c.licences_before}→{c.licences_after}"
                     for c in changes)


def basis_rows(basis: InvoiceBasis) -> Iterator[list[str]]:
    """The CSV's rows after the header, every cell escaped against spreadsheet
    formulas (CWE-1236): each line, then a total row per currency."""
    for line in basis.lines:
        yield [escape_cell(cell) for cell in (
            str(line.customer_number), line.customer_name, line.org_number, line.product_name,
            str(KIND_NAMES[line.kind]), major_units(line.unit_price), line.currency,
            str(line.licences_at_start), str(line.licences_at_end), str(line.licence_days),
            changes_text(line.seat_changes), major_units(line.amount))]
    for total in basis.totals:
        yield [escape_cell(cell) for cell in (
            "", str(TOTAL), "", "", "", "", total.currency, "", "", "", "",
            major_units(total.amount))]


def basis_csv(basis: InvoiceBasis) -> str:
    """The basis as CSV text: :data:`CSV_HEADER`, the lines, the totals."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    writer.writerows(basis_rows(basis))
    return out.getvalue()


def write_basis_csv(basis: InvoiceBasis, path: str | os.PathLike[str]) -> ExportResult:
    """Write the basis to ``path`` as the register export writes CSV (UTF-8 with a
    byte-order mark for Excel, comma-separated), under a temporary name renamed
    when complete: a failure (:class:`~custadmin.services.exporter.ExportFailed`)
    leaves no half file."""
    target = Path(path)
    rows = write_table(target, "csv", CSV_HEADER, basis_rows(basis))
    return ExportResult(str(target), "csv", basis.customers, rows)
