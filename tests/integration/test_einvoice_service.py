"""The e-invoice network as seed 002 tells it, on both back ends: search first,
register with R18's four fields, pending (PDF meanwhile), confirmed (Peppol),
a move that keeps the old route until confirmed; roles and the audit trail."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from custadmin.domain.accounts import AccountInput, NewAccount
from custadmin.domain.einvoice import DeliveryMethod, DeliveryReason, RecipientInput
from custadmin.domain.errors import ValidationError
from custadmin.domain.operators import Actor, NotPermitted, OperatorRole
from custadmin.services.accounts import create_account, load_account, update_account_details
from custadmin.services.einvoice import (
    account_delivery,
    confirm_recipient,
    decide_move,
    delivery_inputs,
    move_history,
    network,
    register_recipient,
    reject_recipient,
    request_move,
    search_network,
)
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import AuditEntry

NewAccountFactory = Callable[..., NewAccount]
AGENT = Actor(None, "Eva Ek", OperatorRole.SUPPORT_AGENT)
ADMIN = Actor(None, "Bo Berg", OperatorRole.ADMINISTRATOR)


def _operator(db: Workspace, code: str) -> int:
    return next(o.id for o in network(db).operators if o.code == code)


def _entry(db: Workspace, **changes: str | tuple[str, ...]) -> RecipientInput:
    base = dict(company_name="Hägg Bygg AB", country="SE", org_number="556036-0793",
                operator_id=str(_operator(db, "INEXCHANGE")), email="faktura@hagg.se",
                participant_ids=("0007:5560360793",))
    base.update(changes)
    return RecipientInput(**base)  # type: ignore[arg-type]


@pytest.fixture
def hagg(db: Workspace, new_account: NewAccountFactory) -> int:
    """Hägg Bygg with a Peppol ID, not yet in the network."""
    account = create_account(db, new_account(org_number="556036-0793"))
    update_account_details(db, account.token, AccountInput(
        name=account.name, country="SE", org_number="556036-0793",
        peppol_id="0007:5560360793"), account.main_contact.as_input())
    return account.id


def test_seed_002_search_register_pending_confirm_then_a_move(db: Workspace, hagg: int) -> None:
    agent, admin = db.acting(AGENT), db.acting(ADMIN)
    # Search first: nothing.
    assert search_network(agent, "hägg bygg") == []
    assert search_network(agent, "5560360793") == []
    before = account_delivery(db, hagg)
    assert (before.method, before.reason) == (DeliveryMethod.EMAIL_PDF,
                                              DeliveryReason.NOT_IN_NETWORK)
    # Register: pending, and PDF by email meanwhile.
    entry = register_recipient(agent, _entry(db), for_account_id=hagg)
    assert entry.recipient.state.value == "pending" and entry.operator == "InExchange"
    assert [e.recipient.id for e in search_network(agent, "556036-0793")] == [entry.recipient.id]
    assert [e.recipient.id for e in search_network(agent, "0007:5560360793")] == [
        entry.recipient.id]
    assert [e.recipient.id for e in search_network(agent, "inexchange")] == [entry.recipient.id]
    pending = account_delivery(db, hagg)
    assert (pending.method, pending.reason) == (DeliveryMethod.EMAIL_PDF,
                                                DeliveryReason.PENDING)
    assert load_account(db, hagg).main_contact.email in pending.message  # R7: the main contact
    # A support agent may not confirm; an administrator does.
    with pytest.raises(NotPermitted):
        confirm_recipient(agent, entry.token, "faktura@hagg.se")
    confirmed = confirm_recipient(admin, entry.token, "faktura@hagg.se")
    peppol = account_delivery(db, hagg)
    assert (peppol.method, peppol.reason) == (DeliveryMethod.PEPPOL, DeliveryReason.CONFIRMED)
    assert "InExchange" in peppol.message
    # A move to another operator: the old route until confirmed.
    pagero = _operator(db, "PAGERO")
    moving = request_move(agent, confirmed.token, pagero)
    assert moving.moving_to == "Pagero"
    during = account_delivery(db, hagg)
    assert (during.method, during.reason) == (DeliveryMethod.PEPPOL,
                                              DeliveryReason.MOVE_PENDING)
    assert "still delivered through InExchange" in during.message
    with pytest.raises(ValidationError):  # one pending move at a time
        request_move(agent, moving.token, _operator(db, "BASWARE"))
    moved = decide_move(admin, moving.token, confirm=True)
    assert moved.operator == "Pagero" and moved.moving_to == ""
    # Pagero is another operator than ours: our tier (Basic) reaches it.
    after = account_delivery(db, hagg)
    assert (after.method, after.reason) == (DeliveryMethod.PEPPOL, DeliveryReason.CONFIRMED)
    assert "Pagero" in after.message
    history = move_history(db, moved.recipient.id)
    assert [(m.from_operator, m.to_operator, m.state.value) for m in history] == [
        ("InExchange", "Pagero", "confirmed")]
    # Every step is in the audit trail.
    with db.reading() as uow:
        tables = [e.table_name for e in uow.session.scalars(select(AuditEntry))]
    assert tables.count("einvoice_recipient") == 3  # registered, confirmed, moved
    assert "einvoice_participant" in tables and tables.count("einvoice_move") == 2


def test_a_second_registration_is_refused_naming_the_first(db: Workspace, hagg: int) -> None:
    agent = db.acting(AGENT)
    register_recipient(agent, _entry(db), for_account_id=hagg)
    with pytest.raises(ValidationError) as same_org:
        register_recipient(agent, _entry(db, participant_ids=()))
    assert "Hägg Bygg AB" in same_org.value.errors["org_number"]
    with pytest.raises(ValidationError) as same_id:
        register_recipient(agent, _entry(db, org_number="556710-5787", company_name="Annat AB",
                                          participant_ids=("0007:5560360793",)))
    errors = same_id.value.errors
    assert set(errors) <= {"org_number", "participant_ids.0"}
    assert "participant_ids.0" in errors and "Hägg Bygg AB" in errors["participant_ids.0"]


def test_requires_einvoice_is_held_and_a_rejection_says_why(
    db: Workspace, hagg: int
) -> None:
    from custadmin.storage.schema import Account

    with db.writing() as uow:
        row = uow.session.get(Account, hagg)
        assert row is not None
        row.requires_einvoice = True
        uow.commit()
    held = account_delivery(db, hagg)
    assert held.method is DeliveryMethod.HELD and "held" in held.message
    entry = register_recipient(db.acting(AGENT), _entry(db), for_account_id=hagg)
    rejected = reject_recipient(db.acting(ADMIN), entry.token, "unknown at the operator")
    decision = account_delivery(db, hagg)
    assert (decision.method, decision.reason) == (DeliveryMethod.HELD, DeliveryReason.REJECTED)
    assert "unknown at the operator" in decision.message
    assert rejected.recipient.rejected_reason == "unknown at the operator"


def test_a_read_only_operator_searches_but_does_not_register(db: Workspace) -> None:
    reader = db.acting(Actor(None, "Ulla", OperatorRole.READ_ONLY))
    assert search_network(reader, "") == []
    with pytest.raises(NotPermitted):
        register_recipient(reader, _entry(db))


def test_the_catalogue_is_data(db: Workspace) -> None:
    net = network(db)
    assert net.our_operator == "INEXCHANGE" and net.our_tier == "basic"
    assert [t.code for t in net.tiers] == ["free", "basic", "premium"]


def test_demo_data_shows_every_state(db: Workspace) -> None:
    """Issue 16, item 8: confirmed, pending, moving, absent, and held, in the demo."""
    from collections import Counter

    from custadmin.domain.register import RegisterQuery
    from custadmin.services.accounts import bulk_create_accounts
    from custadmin.services.demo import generate_demo_accounts
    from custadmin.services.einvoice import add_demo_einvoice
    from custadmin.services.register import search_register

    bulk_create_accounts(db, generate_demo_accounts(80, seed=3))
    assert add_demo_einvoice(db, accounts=30) >= 20
    seen = Counter()
    for account_id in search_register(db, RegisterQuery()):
        decision = account_delivery(db, int(account_id))
        if decision.reason is not DeliveryReason.NO_PEPPOL_ID or decision.recipient:
            seen[(decision.method, decision.reason)] += 1
    reasons = {reason for _method, reason in seen}
    assert {DeliveryReason.CONFIRMED, DeliveryReason.PENDING, DeliveryReason.MOVE_PENDING,
            DeliveryReason.NOT_IN_NETWORK} <= reasons, seen
    assert any(method is DeliveryMethod.HELD for method, _reason in seen), seen
    assert add_demo_einvoice(db) == 0  # once


def test_an_administrator_keeps_the_catalogue_and_a_tier_change_decides_delivery(
    db: Workspace, hagg: int
) -> None:
    """Item 1 and R19: operators, tiers and our tier are data; with our tier lowered to
    one that does not reach other operators, a recipient elsewhere gets the fallback,
    naming the tier needed."""
    from custadmin.services.einvoice import (
        OperatorInput,
        TierInput,
        save_operator,
        save_tier,
        set_our_network,
    )

    admin, agent = db.acting(ADMIN), db.acting(AGENT)
    with pytest.raises(NotPermitted):
        save_operator(agent, None, OperatorInput("ACME", "Acme", "0007:5566778899"))
    with pytest.raises(ValidationError) as refused:
        save_operator(admin, None, OperatorInput("pagero", "", "not an id"))
    assert set(refused.value.errors) == {"code", "name", "access_point_id"}
    assert "Pagero" in refused.value.errors["code"]
    net = save_operator(admin, None, OperatorInput(" acme ", "Acme E-faktura",
                                                   "0007:5566778899"))
    acme = next(o for o in net.operators if o.code == "ACME")
    assert acme.access_point_id == "0007:5566778899"
    with pytest.raises(ValidationError) as taken:
        save_tier(admin, TierInput("gold", "Gold", "2", True))
    assert set(taken.value.errors) == {"rank"}
    with pytest.raises(ValidationError):
        set_our_network(admin, "NOPE", "nope")

    entry = register_recipient(agent, _entry(db, operator_id=str(acme.id)),
                               for_account_id=hagg)
    confirm_recipient(admin, entry.token, "faktura@hagg.se")
    assert account_delivery(db, hagg).method is DeliveryMethod.PEPPOL
    set_our_network(admin, "INEXCHANGE", "free")
    lowered = account_delivery(db, hagg)
    assert (lowered.method, lowered.reason) == (DeliveryMethod.EMAIL_PDF,
                                                DeliveryReason.TIER_TOO_LOW)
    assert "Basic or higher" in lowered.message
    save_tier(admin, TierInput("free", "Free", "0", True))
    assert account_delivery(db, hagg).method is DeliveryMethod.PEPPOL
    # Item 6: the catalogue's changes are in the audit trail, by whom.
    with db.reading() as uow:
        audited = {(e.table_name, e.operator_name) for e in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.table_name.in_(
                ["einvoice_operator", "service_tier", "system_setting"])))}
    assert {("einvoice_operator", "Bo Berg"), ("service_tier", "Bo Berg"),
            ("system_setting", "Bo Berg")} <= audited


def test_requires_einvoice_is_saved_with_my_details_and_audited(
    db: Workspace, hagg: int
) -> None:
    from custadmin.domain.accounts import InvoiceSettings

    account = load_account(db, hagg)
    saved = update_account_details(db, account.token, account.as_input(),
                                   account.main_contact.as_input(),
                                   InvoiceSettings(requires_einvoice=True))
    assert saved.requires_einvoice and load_account(db, hagg).requires_einvoice
    assert account_delivery(db, hagg).method is DeliveryMethod.HELD
    with db.reading() as uow:
        changes = [e.changes for e in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.account_id == hagg))]
    assert any("requires_einvoice" in str(c) for c in changes)


def test_the_register_filters_and_shows_by_delivery_state(db: Workspace) -> None:
    """Issue 16, item 5: each filter of the register lists exactly the accounts whose
    decision is that state, and each row carries its reason."""
    from custadmin.domain.register import EINVOICE_HELD, EINVOICE_PEPPOL, RegisterQuery
    from custadmin.services.accounts import bulk_create_accounts
    from custadmin.services.demo import generate_demo_accounts
    from custadmin.services.einvoice import add_demo_einvoice
    from custadmin.services.register import einvoice_states, first_page, search_register

    bulk_create_accounts(db, generate_demo_accounts(60, seed=5))
    add_demo_einvoice(db, accounts=25)
    everyone = [int(i) for i in search_register(db, RegisterQuery())]
    decided = {i: account_delivery(db, i) for i in everyone}
    expected = {
        EINVOICE_PEPPOL: {i for i, d in decided.items() if d.method is DeliveryMethod.PEPPOL},
        EINVOICE_HELD: {i for i, d in decided.items() if d.method is DeliveryMethod.HELD},
        **{reason.value: {i for i, d in decided.items() if d.reason is reason}
           for reason in DeliveryReason},
    }
    assert expected[EINVOICE_PEPPOL] and expected[EINVOICE_HELD]
    for state, ids in expected.items():
        query = RegisterQuery(einvoice=state)
        found = [int(i) for i in search_register(db, query)]
        assert set(found) == ids, state
        page = first_page(db, query, rows=5)
        assert page.total == len(ids) and list(page.ids) == found[:5]
    states = einvoice_states(db, everyone)
    assert states == {i: (d.reason.value, d.method is DeliveryMethod.HELD)
                      for i, d in decided.items()}
    # A search within a state.
    name = load_account(db, next(iter(expected[EINVOICE_PEPPOL]))).name
    within = search_register(db, RegisterQuery(text=name, einvoice=EINVOICE_PEPPOL))
    assert within and set(int(i) for i in within) <= expected[EINVOICE_PEPPOL]


def test_an_opened_account_finds_its_recipients_by_number_and_by_participant_id(
    db: Workspace, hagg: int,
) -> None:
    """The recipients with the account's organisation number (stored or as
    edited) and those holding its Peppol ID, each once, in order; no other."""
    agent = db.acting(AGENT)
    by_peppol = register_recipient(agent, _entry(
        db, company_name="Peppol AB", org_number="556016-0680")).recipient.id
    by_number = register_recipient(agent, _entry(
        db, participant_ids=("0007:5565594230",))).recipient.id
    as_edited = register_recipient(agent, _entry(
        db, company_name="Edited AB", org_number="202100-5489",
        participant_ids=("0007:2021005489",))).recipient.id
    register_recipient(agent, _entry(db, company_name="Other AB", org_number="556703-7485",
                                     participant_ids=("0007:5567037485",)))
    stored = delivery_inputs(db, hagg)
    assert [r.id for r in stored.recipients] == [by_peppol, by_number]
    edited = delivery_inputs(db, hagg, "2021005489", "SE", "0007:5560360793")
    assert [r.id for r in edited.recipients] == [by_peppol, by_number, as_edited]
