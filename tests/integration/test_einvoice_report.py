"""*Invoices that cannot go as e-invoices* and each account's e-invoice state in SQL
(issue 16, item 5), on both back ends: the SQL reason is the domain decision's
for every account, counts, the page's order and ages, CSV and XLSX escaped,
a cancel leaves no file, and full identity numbers need the permission."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, update

from custadmin.domain.accounts import AccountInput, NewAccount
from custadmin.domain.einvoice import DeliveryMethod, DeliveryReason, RecipientInput
from custadmin.domain.operators import Actor, NotPermitted, OperatorRole
from custadmin.services.accounts import create_account, update_account_details
from custadmin.services.einvoice import (
    NetworkEntry,
    account_delivery,
    confirm_recipient,
    network,
    register_recipient,
    reject_recipient,
    request_move,
    set_our_network,
    set_requires_einvoice,
)
from custadmin.services.einvoice_report import (
    REPORT_HEADERS,
    ReasonCount,
    accounts_in_state,
    export_report,
    report_counts,
    report_overview,
    report_page,
    state_select,
)
from custadmin.services.exporter import ExportCancelled
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import Account, AuditEntry, EInvoiceRecipient

NewAccountFactory = Callable[..., NewAccount]
AGENT = Actor(None, "Eva Ek", OperatorRole.SUPPORT_AGENT)
ADMIN = Actor(None, "Bo Berg", OperatorRole.ADMINISTRATOR)
READER = Actor(None, "Li Lund", OperatorRole.READ_ONLY)
NOW = dt.datetime(2027, 3, 1, 12, 0, tzinfo=dt.UTC)
HOSTILE = '=HYPERLINK("x")'
R = DeliveryReason


def _se_org(n: int) -> str:
    """A valid Swedish organisation number (Luhn), ``556nnn-nnnC``."""
    body = f"556{n:06d}"
    total = 0
    for position, digit in enumerate(int(d) for d in body):
        doubled = digit * 2 if position % 2 == 0 else digit
        total += doubled - 9 if doubled > 9 else doubled
    return f"{body[:6]}-{body[6:]}{(10 - total % 10) % 10}"


def _compact(org: str) -> str:
    return org.replace("-", "")


@dataclasses.dataclass
class World:
    """The accounts by what they show; ``reasons`` at tier *basic*."""

    ids: dict[str, int]
    reasons: dict[str, DeliveryReason]
    held: set[str]


def _account(db: Workspace, new_account: NewAccountFactory, name: str, org: str = "",
             peppol: str = "", country: str = "SE", requires: bool = False) -> int:
    account = create_account(db, new_account(name=name, country=country, org_number=org,
                                             contact_country="SE", phone="+46 70 123 45 67"))
    if peppol:
        update_account_details(db, account.token, AccountInput(
            name=name, country=country, org_number=org, peppol_id=peppol),
            account.main_contact.as_input())
    if requires:
        set_requires_einvoice(db, account.id, True)
    return account.id


def _recipient(db: Workspace, name: str, org: str, operator: str = "INEXCHANGE",
               participants: tuple[str, ...] = (), country: str = "SE",
               for_account: int | None = None) -> RecipientInput:
    operator_id = next(o.id for o in network(db).operators if o.code == operator)
    return RecipientInput(company_name=name, country=country, org_number=org,
                          operator_id=str(operator_id), email="faktura@example.se",
                          participant_ids=participants)


@pytest.fixture
def world(db: Workspace, new_account: NewAccountFactory) -> World:
    """An account in every e-invoice state, made as operators would make them."""
    agent, admin = db.acting(AGENT), db.acting(ADMIN)
    ids: dict[str, int] = {}
    reasons: dict[str, DeliveryReason] = {}

    def add(key: str, reason: DeliveryReason, org: str = "", peppol: str = "",
            requires: bool = False, country: str = "SE") -> None:
        ids[key] = _account(db, new_account, f"{key.title()} AB", org, peppol, country,
                            requires)
        reasons[key] = reason

    def registered(key: str, org: str, operator: str = "INEXCHANGE",
                   participants: tuple[str, ...] = (), country: str = "SE") -> NetworkEntry:
        return register_recipient(agent, _recipient(db, f"{key.title()} AB", org, operator,
                                                     participants, country),
                                  for_account_id=ids.get(key))

    n = iter(range(100, 1000, 7))
    # Nobody expects e-invoices here: not listed.
    add("plain", R.NOT_IN_NETWORK, _se_org(next(n)))
    # Expected, not in the network.
    org = _se_org(next(n))
    add("absent", R.NOT_IN_NETWORK, org, f"0007:{_compact(org)}")
    add("required", R.NOT_IN_NETWORK, _se_org(next(n)), requires=True)
    ids["hostile"] = _account(db, new_account, HOSTILE, "", "0088:5790000435975")
    reasons["hostile"] = R.NOT_IN_NETWORK
    # Pending, rejected; held where e-invoices are required.
    for key, requires in (("pending", False), ("pending_held", True)):
        org = _se_org(next(n))
        add(key, R.PENDING, org, f"0007:{_compact(org)}", requires=requires)
        registered(key, org, participants=(f"0007:{_compact(org)}",))
    org = _se_org(next(n))
    add("rejected", R.REJECTED, org, f"0007:{_compact(org)}", requires=True)
    entry = registered("rejected", org)
    reject_recipient(admin, entry.token, "unknown at the operator")
    # A sole trader, pending: shown masked.
    add("sole", R.PENDING, "880320-0016", "0007:8803200016")
    registered("sole", "880320-0016")
    # Confirmed, but the account has no Peppol ID.
    org = _se_org(next(n))
    add("no_id", R.NO_PEPPOL_ID, org)
    confirm_recipient(admin, registered("no_id", org).token, "f@x.se")
    # Confirmed, takes credit notes only.
    org = _se_org(next(n))
    add("notes_only", R.CANNOT_RECEIVE_INVOICES, org, f"0007:{_compact(org)}", requires=True)
    notes = confirm_recipient(admin, registered("notes_only", org).token, "f@x.se")
    with db.writing() as uow:
        uow.session.execute(update(EInvoiceRecipient).where(
            EInvoiceRecipient.id == notes.recipient.id).values(document_types="credit_note"))
        uow.commit()
    # Confirmed at another operator (our tier Basic reaches it; Free would not).
    org = _se_org(next(n))
    add("elsewhere", R.CONFIRMED, org, f"0007:{_compact(org)}", requires=True)
    confirm_recipient(admin, registered("elsewhere", org, "PAGERO").token, "f@x.se")
    # Confirmed at ours; and one moving to another operator.
    org = _se_org(next(n))
    add("confirmed", R.CONFIRMED, org, f"0007:{_compact(org)}")
    confirm_recipient(admin, registered("confirmed", org).token, "f@x.se")
    org = _se_org(next(n))
    add("moving", R.MOVE_PENDING, org, f"0007:{_compact(org)}", requires=True)
    moved = confirm_recipient(admin, registered("moving", org).token, "f@x.se")
    request_move(agent, moved.token, next(o.id for o in network(db).operators
                                          if o.code == "BASWARE"))
    # Matched by its Peppol ID only (letters: compared case-insensitively), no org number.
    add("by_id", R.CONFIRMED, "", "0198:DK13585628", country="DK")
    by_id = register_recipient(agent, _recipient(db, "Dansk ApS", "13585628",
                                                 participants=("0198:dk13585628",),
                                                 country="DK"))
    confirm_recipient(admin, by_id.token, "f@x.dk")
    # Two recipients match (one by organisation number, a later one by Peppol
    # ID): the first registered decides, on both paths.
    org, other = _se_org(next(n)), _se_org(next(n))
    add("two", R.PENDING, org, f"0007:{_compact(other)}")
    registered("two", org)
    confirm_recipient(admin, register_recipient(agent, _recipient(
        db, "Other AB", other, participants=(f"0007:{_compact(other)}",))).token, "f@x.se")
    held = {"required", "pending_held", "rejected", "notes_only"}
    # Known times: each account created a day apart; pending/rejected since later.
    with db.writing() as uow:
        for day, key in enumerate(sorted(ids)):
            uow.session.execute(update(Account).where(Account.id == ids[key]).values(
                created_at=NOW - dt.timedelta(days=100 + day)))
        for day, name in enumerate(sorted(r for r in uow.session.scalars(
                select(EInvoiceRecipient.company_name)))):
            uow.session.execute(update(EInvoiceRecipient).where(
                EInvoiceRecipient.company_name == name).values(
                state_since=NOW - dt.timedelta(days=10 + day, hours=3)))
        uow.commit()
    return World(ids, reasons, held)


def _sql_states(db: Workspace, expected_only: bool = False
                ) -> dict[int, tuple[DeliveryReason, bool, dt.datetime]]:
    net = network(db)
    with db.reading() as uow:
        return {row.account_id: (DeliveryReason(row.reason), bool(row.held), row.since)
                for row in uow.session.execute(state_select(net, expected_only=expected_only))}


def _assert_sql_is_the_decision(db: Workspace) -> dict[int, DeliveryReason]:
    states = _sql_states(db)
    with db.reading() as uow:
        every = list(uow.session.scalars(select(Account.id)))
    assert sorted(states) == sorted(every)
    for account_id in every:
        decision = account_delivery(db, account_id)
        reason, held, since = states[account_id]
        assert (reason, held) == (decision.reason, decision.method is DeliveryMethod.HELD), (
            account_id, decision)
        if reason in (R.PENDING, R.REJECTED):
            assert decision.recipient is not None and since == decision.recipient.state_since
    # The expected set agrees with the whole, and leaves out only plain accounts.
    expected = _sql_states(db, expected_only=True)
    assert all(states[a] == s for a, s in expected.items())
    assert all(states[a][:2] == (R.NOT_IN_NETWORK, False) for a in set(states) - set(expected))
    # The register's filter selects the same accounts.
    net = network(db)
    with db.reading() as uow:
        for reason in DeliveryReason:
            for held in (None, True, False):
                found = set(uow.session.scalars(accounts_in_state(net, [reason], held)))
                assert found == {a for a, (r, h, _s) in states.items()
                                 if r is reason and (held is None or h == held)}, (reason, held)
        assert set(uow.session.scalars(accounts_in_state(net, None, True))) == {
            a for a, (_r, h, _s) in states.items() if h}
    return {a: s[0] for a, s in states.items()}


def test_the_sql_state_is_the_delivery_decision_for_every_account(
    db: Workspace, world: World
) -> None:
    reasons = _assert_sql_is_the_decision(db)
    assert {k: reasons[i] for k, i in world.ids.items()} == world.reasons
    # Our tier Free: the recipient at another operator is out of reach.
    set_our_network(db.acting(ADMIN), "INEXCHANGE", "free")
    reasons = _assert_sql_is_the_decision(db)
    assert reasons[world.ids["elsewhere"]] is R.TIER_TOO_LOW
    assert reasons[world.ids["confirmed"]] is R.CONFIRMED


def test_counts_per_reason(db: Workspace, world: World) -> None:
    # In DeliveryReason's order, held first.
    assert report_counts(db) == [
        ReasonCount(R.NO_PEPPOL_ID, False, 1),
        ReasonCount(R.NOT_IN_NETWORK, True, 1),  # required
        ReasonCount(R.NOT_IN_NETWORK, False, 2),  # absent, hostile (not plain)
        ReasonCount(R.PENDING, True, 1),
        ReasonCount(R.PENDING, False, 3),  # pending, sole, two
        ReasonCount(R.REJECTED, True, 1),
        ReasonCount(R.CANNOT_RECEIVE_INVOICES, True, 1),
    ]
    set_our_network(db.acting(ADMIN), "INEXCHANGE", "free")
    assert ReasonCount(R.TIER_TOO_LOW, True, 1) in report_counts(db)


def test_the_page_lists_the_oldest_first_with_ages(db: Workspace, world: World) -> None:
    rows = report_page(db, now=NOW)
    listed = {k for k, r in world.reasons.items() if r not in (R.CONFIRMED, R.MOVE_PENDING)}
    assert {r.account_id for r in rows} == {world.ids[k] for k in listed - {"plain"}}
    assert [(r.since, r.account_id) for r in rows] == sorted((r.since, r.account_id)
                                                           for r in rows)
    for row in rows:
        assert row.age_days == (NOW.date() - row.since.date()).days
        assert row.held == (row.account_id in {world.ids[k] for k in world.held})
    # Pending and rejected count from the registration; the rest from the account.
    by_id = {r.account_id: r for r in rows}
    assert by_id[world.ids["pending"]].age_days < 40 <= by_id[world.ids["absent"]].age_days
    # Lists mask a sole trader's personal identity number.
    sole = by_id[world.ids["sole"]]
    assert "0016" not in sole.org_number and "0016" not in sole.peppol_id
    assert sole.org_number.startswith("880320")
    # Paging, and a filter by reason.
    assert report_page(db, offset=2, limit=3, now=NOW) == rows[2:5]
    pending = report_page(db, [R.PENDING], now=NOW)
    assert {r.account_id for r in pending} == {
        world.ids[k] for k in ("pending", "pending_held", "sole", "two")}
    assert [r.account_id for r in report_page(db, [R.PENDING], held=True, now=NOW)] == [
        world.ids["pending_held"]]
    assert report_page(db, [R.CONFIRMED], now=NOW) == []
    # Opening the report: counts and the first page in one pass, the same.
    overview = report_overview(db, limit=4, now=NOW)
    assert overview.counts == report_counts(db) and overview.first_page == rows[:4]
    assert overview.total == len(rows)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_export_escapes_every_cell(db: Workspace, world: World, tmp_path: Path,
                                   kind: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"report.{kind}"
    seen: list[tuple[int, int]] = []
    result = export_report(db, target, progress=lambda d, t: seen.append((d, t)), now=NOW)
    expected = len(report_page(db, limit=1000))
    assert result.rows == expected and seen[0] == (0, expected) and seen[-1][0] == expected
    if kind == "csv":
        with target.open(encoding="utf-8-sig", newline="") as handle:
            table = list(csv.reader(handle))
    else:
        import openpyxl

        book = openpyxl.load_workbook(target, read_only=True)
        table = [["" if v is None else str(v) for v in row]
                 for row in book.worksheets[0].iter_rows(values_only=True)]
        book.close()
    assert tuple(table[0]) == REPORT_HEADERS
    assert len(table) == expected + 1
    names = [row[1] for row in table[1:]]
    assert "'" + HOSTILE in names and HOSTILE not in names
    assert not any(cell[:1] in "=+-@" for row in table[1:] for cell in row if cell)
    assert [p.name for p in folder.iterdir()] == [target.name]


def test_a_cancelled_export_leaves_no_file(db: Workspace, world: World,
                                           tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    for kind in ("csv", "xlsx"):
        with pytest.raises(ExportCancelled):
            export_report(db, folder / f"report.{kind}", cancel=lambda: True)
    assert list(folder.iterdir()) == []


def test_anyone_reads_it_full_numbers_need_the_permission(
    db: Workspace, world: World, tmp_path: Path
) -> None:
    # Anyone who may view accounts may read the report (every role).
    reader = db.acting(READER)
    assert report_counts(reader) == report_counts(db)
    assert report_page(reader, now=NOW) == report_page(db, now=NOW)
    target = tmp_path / "full.csv"
    for who in (READER, AGENT):
        with pytest.raises(NotPermitted):
            export_report(db.acting(who), target, full_identity_numbers=True)
        assert not target.exists()
    export_report(db.acting(ADMIN), target, full_identity_numbers=True)
    assert "880320-0016" in target.read_text(encoding="utf-8-sig")
    with db.reading() as uow:
        assert uow.session.scalar(select(AuditEntry.table_name).where(
            AuditEntry.table_name == "register_export")) == "register_export"
