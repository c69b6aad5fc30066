"""The partner's collective invoice basis (issue 18, point 5; R27), on both back ends.

Partnerships are created through the service (which dates the first seat
change and the add-ons today) and then moved to the days a case needs;
later seat changes and add-ons are written as rows on the chosen days, as
the licence services write them, through a session of the test database.
November 2026 has 30 days; the catalogue's reseller prices are Easy
119.00, Plus 199.00, Project planning 39.00 and Payroll export 23.00 SEK.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from custadmin.domain.errors import NotFoundError, ValidationError
from custadmin.domain.messages import Message
from custadmin.services.exporter import ExportFailed
from custadmin.services.invoice_basis import (
    ADDON,
    CSV_HEADER,
    VERSION,
    BasisLine,
    InvoiceBasis,
    basis_csv,
    invoice_basis,
    licence_days,
    prorated,
    write_basis_csv,
)
from custadmin.services.licences import (
    UserInput,
    add_user,
)
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import LicenceProduct, Partnership, PartnershipAddon
from factories import make_customer, make_partner, seats

NOV = dt.date(2026, 11, 1)
EASY, PLUS, PLANNING, PAYROLL = 11900, 19900, 3900, 2300
#: A sole trader's organisation number is the owner's personal identity number (R31).
SOLE_TRADER = "880320-0016"
#: A licence user's personal identity number (R26, R32), and the forms it could take.
USER_NUMBER = "811228-9841"
USER_NUMBER_FORMS = ("811228-9841", "8112289841", "198112289841", "811228+9841")
SOLE_TRADER_FORMS = ("880320-0016", "8803200016", "198803200016")


def day(n: int, month: int = 11) -> dt.date:
    return dt.date(2026, month, n)


# --- building the data -------------------------------------------------------------------


def addon(db: Workspace, partnership_id: int, key: str, added_on: dt.date,
          removed_on: dt.date | None = None) -> None:
    with db.writing() as uow:
        uow.session.add(PartnershipAddon(partnership_id=partnership_id, product_key=key,
                                         added_on=added_on, removed_on=removed_on,
                                         operator="test"))
        uow.commit()


def product(db: Workspace, key: str, name: str, price: int, currency: str = "SEK",
            kind: str = "version") -> None:
    with db.writing() as uow:
        uow.session.add(LicenceProduct(key=key, name=name, kind=kind, licence_price=price,
                                       reseller_price=price, currency=currency, position=50,
                                       active=True))
        uow.commit()


def november(db: Workspace, partner_id: int) -> InvoiceBasis:
    return invoice_basis(db, partner_id, 2026, 11)


def only(basis: InvoiceBasis, customer: str, kind: str = VERSION) -> BasisLine:
    found = [line for line in basis.lines if line.customer_name == customer
             and line.kind == kind]
    assert len(found) == 1, found
    return found[0]


# --- the rules without a database --------------------------------------------------------


def test_licence_days_are_counted_per_stretch_between_changes() -> None:
    last = day(30)
    assert licence_days(5, [(day(11), 8)], NOV, last) == 5 * 10 + 8 * 20
    assert licence_days(0, [(NOV, 5), (day(11), 8)], NOV, last) == 210
    assert licence_days(0, [(day(16), 2)], NOV, last) == 30
    assert licence_days(4, [], NOV, last) == 120
    # Two changes on one day: the later one counts from that day.
    assert licence_days(3, [(day(10), 9), (day(10), 4)], NOV, last) == 3 * 9 + 4 * 21
    assert licence_days(3, [(last, 10)], NOV, last) == 3 * 29 + 10


def test_amounts_round_half_up_in_integers() -> None:
    assert prorated(1, 15, 30) == 1  # 0.5: up (a banker's rounding gives 0)
    assert prorated(1, 75, 30) == 3  # 2.5: up (a banker's rounding gives 2)
    assert prorated(7, EASY, 30) == 2777  # 2776.67
    assert prorated(1, 14, 30) == 0  # 0.47
    assert prorated(210, EASY, 30) == 83300
    # Beyond a float's 53 bits the division stays exact.
    assert prorated(31 * 10_000, 2**40 + 1, 31) == 10_000 * (2**40 + 1)


# --- the basis ----------------------------------------------------------------------------


def test_seat_changes_during_the_month_are_counted_by_day(db: Workspace) -> None:
    reseller = make_partner(db)
    link = make_customer(db, reseller, "Alfa AB", on=NOV, licences=5)
    seats(db, link, day(11), 8)
    line = only(november(db, reseller), "Alfa AB")
    assert (line.licences_at_start, line.licences_at_end, line.licence_days) == (5, 8, 210)
    assert line.unit_price == EASY and line.currency == "SEK"
    assert line.amount == 210 * EASY // 30 == 83300
    assert [(c.effective_on, c.licences_before, c.licences_after)
            for c in line.seat_changes] == [(NOV, 0, 5), (day(11), 5, 8)]


def test_a_change_of_an_earlier_month_is_carried_in(db: Workspace) -> None:
    reseller = make_partner(db)
    link = make_customer(db, reseller, "Alfa AB", on=day(15, 9), licences=3)
    seats(db, link, day(20, 10), 4)
    seats(db, link, day(20, 10), 6)  # the later of two changes on one day is in force
    seats(db, link, day(11), 8)
    seats(db, link, day(5, 12), 2)  # after the month: no effect
    basis = november(db, reseller)
    line = only(basis, "Alfa AB")
    assert (line.licences_at_start, line.licences_at_end) == (6, 8)
    assert line.licence_days == 6 * 10 + 8 * 20
    assert [(c.effective_on, c.licences_before, c.licences_after)
            for c in line.seat_changes] == [(day(11), 6, 8)]
    assert basis.seat_changes == line.seat_changes
    # October: two stretches, the month's changes only.
    october = invoice_basis(db, reseller, 2026, 10)
    assert only(october, "Alfa AB").licence_days == 3 * 19 + 6 * 12
    assert [(c.licences_before, c.licences_after)
            for c in only(october, "Alfa AB").seat_changes] == [(3, 4), (4, 6)]


def test_a_partnership_started_mid_month_counts_from_then(db: Workspace) -> None:
    reseller = make_partner(db)
    make_customer(db, reseller, "Beta AB", on=day(16), licences=2, product="plus")
    make_customer(db, reseller, "Later AB", on=day(2, 12), licences=9)
    basis = november(db, reseller)
    line = only(basis, "Beta AB")
    assert (line.licences_at_start, line.licences_at_end, line.licence_days) == (0, 2, 30)
    assert line.amount == PLUS  # 30 licence-days of a 30-day month: one licence-month
    assert [line.customer_name for line in basis.lines] == ["Beta AB"]
    assert basis.collective_partnerships == 2
    assert not invoice_basis(db, reseller, 2026, 10).lines


def test_add_ons_count_the_days_they_are_active(db: Workspace) -> None:
    reseller = make_partner(db)
    link = make_customer(db, reseller, "Alfa AB", on=day(1, 10), licences=1,
                         addons=("payroll_export",))
    addon(db, link, "project_planning", day(11), day(21))  # the 11th to the 20th
    addon(db, link, "project_planning", day(1, 10), day(20, 10))  # gone before the month
    basis = november(db, reseller)
    assert [(line.kind, line.product_key) for line in basis.lines] == [
        (VERSION, "easy"), (ADDON, "project_planning"), (ADDON, "payroll_export")]
    planning = basis.lines[1]
    assert (planning.licences_at_start, planning.licences_at_end) == (0, 0)
    assert planning.licence_days == 10 and planning.unit_price == PLANNING
    assert planning.amount == 10 * PLANNING // 30 == 1300
    assert [(c.effective_on, c.licences_before, c.licences_after)
            for c in planning.seat_changes] == [(day(11), 0, 1), (day(21), 1, 0)]
    payroll = basis.lines[2]
    assert (payroll.licences_at_start, payroll.licences_at_end, payroll.licence_days,
            payroll.amount, payroll.seat_changes) == (1, 1, 30, PAYROLL, ())
    # Add-on changes are on their lines, not among the seat changes.
    assert basis.seat_changes == ()


def test_an_add_on_added_on_the_first_or_removed_on_the_last_day(db: Workspace) -> None:
    reseller = make_partner(db)
    link = make_customer(db, reseller, "Alfa AB", on=day(1, 10), licences=1)
    addon(db, link, "project_planning", NOV, day(30))  # the 1st to the 29th
    addon(db, link, "payroll_export", day(30))
    lines = november(db, reseller).lines
    planning, payroll = lines[1], lines[2]
    assert planning.licence_days == 29 and planning.licences_at_start == 1
    assert [(c.effective_on, c.licences_before, c.licences_after)
            for c in planning.seat_changes] == [(NOV, 0, 1), (day(30), 1, 0)]
    assert (payroll.licence_days, payroll.licences_at_start, payroll.licences_at_end) == (
        1, 0, 1)
    assert payroll.amount == prorated(1, PAYROLL, 30) == 77  # 76.67


def test_only_this_partners_collective_customers_are_on_it(db: Workspace) -> None:
    reseller = make_partner(db)
    other = make_partner(db, "Other Reseller AB")
    make_customer(db, reseller, "Alfa AB", on=day(1, 10), licences=2)
    make_customer(db, reseller, "Partner Invoiced AB", on=day(1, 10), licences=3,
                  collective=False)
    make_customer(db, reseller, "Customer Invoiced AB", on=day(1, 10), licences=4,
                  invoiced="customer", collective=False)
    make_customer(db, other, "Someone Elses AB", on=day(1, 10), licences=5)
    basis = november(db, reseller)
    assert [line.customer_name for line in basis.lines] == ["Alfa AB"]
    assert basis.collective_partnerships == 1
    assert [line.customer_name for line in november(db, other).lines] == ["Someone Elses AB"]


def test_totals_per_currency_and_rounding(db: Workspace) -> None:
    reseller = make_partner(db)
    product(db, "easy_eur", "Easy", 1499, "EUR")
    product(db, "odd", "Odd", 75)
    make_customer(db, reseller, "Alfa AB", on=day(1, 10), licences=2)  # 2 × 119.00
    make_customer(db, reseller, "Beta AB", on=day(24), licences=1)  # 7 days × 119.00 ÷ 30
    make_customer(db, reseller, "Euro Oy", on=day(1, 10), licences=3, product="easy_eur")
    make_customer(db, reseller, "Odd AB", on=day(30), licences=1, product="odd")
    basis = november(db, reseller)
    assert only(basis, "Beta AB").amount == 2777
    assert only(basis, "Odd AB").amount == 3  # 2.5 rounded half up
    assert [(t.currency, t.amount, t.lines) for t in basis.totals] == [
        ("EUR", 3 * 1499, 1), ("SEK", 2 * EASY + 2777 + 3, 3)]
    assert basis.total("SEK") == 2 * EASY + 2777 + 3 and basis.total("NOK") == 0
    # The totals are the lines' rounded amounts added up.
    for total in basis.totals:
        assert total.amount == sum(line.amount for line in basis.lines
                                   if line.currency == total.currency)


def test_customers_by_name_and_what_each_line_names(db: Workspace) -> None:
    reseller = make_partner(db)
    make_customer(db, reseller, "Gamma AB", on=day(1, 10), licences=1)
    make_customer(db, reseller, "alfa bygg AB", on=day(1, 10), licences=1,
                  org_number="556036-0793")
    basis = november(db, reseller)
    assert [line.customer_name for line in basis.lines] == ["alfa bygg AB", "Gamma AB"]
    line = basis.lines[0]
    assert line.org_number == "556036-0793" and line.product_name == "Easy"
    assert line.customer_number > 0 and basis.customers == 2
    assert (basis.partner_name, basis.year, basis.month, basis.days_in_month) == (
        "Reseller AB", 2026, 11, 30)
    assert (basis.first_day, basis.last_day) == (NOV, day(30))


def test_the_reseller_agreement_is_checked_for_the_month(db: Workspace) -> None:
    reseller = make_partner(db, since=day(30))
    assert november(db, reseller).agreement_problem is None
    late = invoice_basis(db, reseller, 2026, 10).agreement_problem
    assert late is not None and late.code == "invoice.no_agreement"
    bureau = make_partner(db, "Bureau AB", since=None)
    assert "Bureau AB" in str(november(db, bureau).agreement_problem)


def test_a_partner_with_no_collective_customer(db: Workspace) -> None:
    reseller = make_partner(db)
    basis = november(db, reseller)
    assert (basis.lines, basis.totals, basis.seat_changes) == ((), (), ())
    assert basis.collective_partnerships == 0
    assert basis_csv(basis) == ",".join(CSV_HEADER) + "\r\n"


def test_a_missing_partner_or_month(db: Workspace) -> None:
    with pytest.raises(NotFoundError):
        invoice_basis(db, 987654, 2026, 11)
    reseller = make_partner(db)
    for year, month in ((2026, 13), (2026, 0), (0, 5), (10_000, 1)):
        with pytest.raises(ValidationError) as raised:
            invoice_basis(db, reseller, year, month)
        message = raised.value.errors["month"]
        assert isinstance(message, Message) and message.code == "invoice.month_invalid"


def test_a_few_queries_whatever_the_number_of_customers(db: Workspace) -> None:
    reseller = make_partner(db)
    link = make_customer(db, reseller, "Alfa AB", on=day(1, 10), licences=1,
                         addons=("payroll_export",))
    seats(db, link, day(11), 2)

    def count() -> int:
        statements: list[str] = []

        def seen(*args: object) -> None:
            statements.append(str(args[2]))

        event.listen(db.engine, "before_cursor_execute", seen)
        try:
            november(db, reseller)
        finally:
            event.remove(db.engine, "before_cursor_execute", seen)
        return len(statements)

    one = count()
    for n in range(6):
        other = make_customer(db, reseller, f"Kund {n} AB", on=day(1, 10), licences=n + 1,
                              addons=("project_planning",))
        seats(db, other, day(n + 3), n + 2)
        seats(db, other, day(n + 13), n + 4)
    assert len(november(db, reseller).lines) == 14
    # The partner, the partnerships, the seats in force, the month's changes, the
    # add-ons (and the BEGIN a unit of work opens with on SQLite).
    assert count() == one <= 6, one


# --- CSV --------------------------------------------------------------------------------


@pytest.fixture
def mixed(db: Workspace) -> Iterator[tuple[Workspace, InvoiceBasis]]:
    """A sole trader, a hostile name, a licence user with a personal identity number."""
    reseller = make_partner(db)
    product(db, "easy_eur", "Easy", 1499, "EUR")
    sole = make_customer(db, reseller, "Persson Måleri", on=day(1, 10), licences=3,
                         org_number=SOLE_TRADER, personal_number=USER_NUMBER)
    add_user(db, _customer_of(db, sole), UserInput("Per", "Persson", "reporter",
                                                   personal_number="701063-2391"))
    seats(db, sole, day(11), 5)
    hostile = make_customer(db, reseller, '=HYPERLINK("http://evil.test","Click")',
                            on=day(16), licences=1, addons=("project_planning",))
    addon(db, hostile, "payroll_export", day(1, 10), day(21))
    make_customer(db, reseller, "-Minus Oy", on=day(1, 10), licences=2, product="easy_eur")
    yield db, november(db, reseller)


def _customer_of(db: Workspace, partnership_id: int) -> int:
    with db.reading() as uow:
        link = uow.session.get(Partnership, partnership_id)
        assert link is not None
        return link.customer_id


def _parsed(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_the_csv_parses_back_to_the_basis(mixed: tuple[Workspace, InvoiceBasis]) -> None:
    _db, basis = mixed
    rows = _parsed(basis_csv(basis))
    assert list(rows[0]) == list(CSV_HEADER)
    assert CSV_HEADER[:3] == ("Customer number", "Customer", "Organisation number")
    body, totals = rows[:len(basis.lines)], rows[len(basis.lines):]
    assert len(body) == 5 and len(totals) == 2
    persson = next(r for r in body if r["Customer"] == "Persson Måleri")
    assert persson == {
        "Customer number": str(basis.lines[-1].customer_number), "Customer": "Persson Måleri",
        "Organisation number": "880320-****", "Product": "Easy", "Kind": "Version",
        "Reseller price per month": "119.00", "Currency": "SEK", "Licences at start": "3",
        "Licences at end": "5", "Licence-days": "130",
        "Changes in the month": "2026-11-11: 3→5", "Amount": "515.67"}
    payroll = next(r for r in body if r["Product"] == "Payroll export")
    assert (payroll["Kind"], payroll["Licence-days"], payroll["Changes in the month"],
            payroll["Amount"]) == ("Add-on", "20", "2026-11-21: 1→0", "15.33")
    assert [(t["Customer"], t["Currency"], t["Amount"]) for t in totals] == [
        ("Total", "EUR", "29.98"),
        ("Total", "SEK", f"{basis.total('SEK') // 100}.{basis.total('SEK') % 100:02d}")]
    assert sum(round(float(r["Amount"]) * 100) for r in body if r["Currency"] == "SEK") == (
        basis.total("SEK"))


def test_the_csv_guards_against_formulas(mixed: tuple[Workspace, InvoiceBasis]) -> None:
    _db, basis = mixed
    rows = _parsed(basis_csv(basis))
    names = [r["Customer"] for r in rows]
    assert "'=HYPERLINK(\"http://evil.test\",\"Click\")" in names
    assert "'-Minus Oy" in names
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r"))
                   for row in rows for cell in row.values())


def test_no_personal_identity_number_in_the_basis_or_the_csv(
        mixed: tuple[Workspace, InvoiceBasis], tmp_path: Path) -> None:
    _db, basis = mixed
    written = write_basis_csv(basis, tmp_path / "basis.csv")
    with open(written.path, encoding="utf-8-sig", newline="") as handle:
        text = handle.read()
    assert text == basis_csv(basis)
    everything = text + repr(basis)
    for number in (*USER_NUMBER_FORMS, *SOLE_TRADER_FORMS, "701063-2391", "7010632391"):
        assert number not in everything
    assert "880320-****" in text


def test_the_csv_file_is_written_whole_or_not_at_all(
        mixed: tuple[Workspace, InvoiceBasis], tmp_path: Path) -> None:
    _db, basis = mixed
    folder = tmp_path / "out"
    folder.mkdir()
    written = write_basis_csv(basis, folder / "basis.csv")
    assert (written.format, written.accounts, written.rows) == ("csv", 3, 7)
    raw = (folder / "basis.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads the letters right
    assert sorted(p.name for p in folder.iterdir()) == ["basis.csv"]
    with pytest.raises(ExportFailed):
        write_basis_csv(basis, folder / "no such folder" / "basis.csv")
    assert sorted(p.name for p in folder.iterdir()) == ["basis.csv"]
