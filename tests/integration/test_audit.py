"""The audit trail: one entry per insert, update and delete, in the change's transaction."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, inspect, select, text

from custadmin.domain.accounts import AccountInput, ContactChange, ContactInput, NewAccount
from custadmin.domain.errors import ValidationError
from custadmin.domain.mail import EmailCategory
from custadmin.domain.operators import Actor, Caller, OperatorRole
from custadmin.domain.portal import PortalAccessChange, PortalSettings
from custadmin.services.accounts import (
    bulk_create_accounts,
    create_account,
    delete_account,
    load_account,
    update_account_details,
)
from custadmin.services.contacts import delete_contact, save_contact, save_rights
from custadmin.services.operators import create_operator, set_operator_role
from custadmin.services.portal import portal_settings, save_portal_settings
from custadmin.services.workspace import Workspace
from custadmin.storage.audit import AUDITED_TABLES, HIDDEN
from custadmin.storage.schema import (
    Account,
    AuditEntry,
    BureauClient,
    ClientAccess,
    Contact,
    EInvoiceMove,
    EInvoiceOperatorRow,
    EInvoiceParticipant,
    EInvoiceRecipient,
    Invitation,
    LicenceProduct,
    LicenceUser,
    Login,
    Operator,
    Partnership,
    PartnershipAddon,
    PortalRightSetting,
    Program,
    ProgramPermission,
    SeatChange,
    ServiceTierRow,
    SystemSetting,
    utcnow,
)

NewAccountFactory = Callable[..., NewAccount]
NONE: frozenset[EmailCategory] = frozenset()
ANNA = Actor(None, "Anna", OperatorRole.SUPPORT_AGENT)
SENTINEL_PASSWORD = "Sentinel-Kettle-Harbour-9731"
#: A sole trader's organisation number is the owner's personnummer (R31).
SOLE_TRADER = "8112189876"

PER = ContactInput(
    first_name="Per", last_name="Svensson", organisation_name="", email="per@example.se",
    phone="070-765 43 21", address_line1="Box 4", address_line2="", postcode="111 22",
    city="Stockholm", country="SE",
)


def entries(db: Workspace, table: str | None = None) -> list[Any]:
    """The audit rows (plain rows with attribute access), oldest first."""
    audit = AuditEntry.__table__
    with db.reading() as uow:
        stmt = select(*audit.c).order_by(audit.c.id)
        if table is not None:
            stmt = stmt.where(audit.c.table_name == table)
        return list(uow.session.execute(stmt))


def changes(entry: Any) -> dict[str, list[Any]]:
    loaded: dict[str, list[Any]] = json.loads(entry.changes)
    return loaded


def _count(db: Workspace) -> int:
    with db.reading() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


# --- every audited table, straight through the ORM --------------------------


def _rows(db: Workspace, new_account: NewAccountFactory) -> dict[str, tuple[Any, str, Any]]:
    """Per audited table: (a new row, a column to change, its new value)."""
    account = create_account(db, new_account(name="Bas AB", email="bas@bas.se"))
    contact = Contact(
        account_id=account.id, is_main=False, first_name="Eva", last_name="Ek",
        name_key="eva ek", organisation_name="", email="eva@bas.se", email_key="eva@bas.se",
        phone="+46701234567", address_line1="Väg 1", address_line2="", postcode="11122",
        city="Stockholm", country="SE", version=1,
    )
    return {
        "account": (Account(customer_number=99001, name="Ny AB", name_key="ny ab", country="SE",
                            org_number="", peppol_id="", version=1), "name", "Nyare AB"),
        "contact": (contact, "city", "Visby"),
        "login": (Login(username="x@example.se", version=1), "enabled", False),
        "operator": (Operator(name="eva", display_name="Eva", role="read_only", version=1),
                     "role", "support_agent"),
        "portal_right_setting": (PortalRightSetting(key="extra", position=99, offered=True,
                                                    default_on=False), "offered", False),
        **_einvoice_rows(db),
        **_bureau_rows(db, new_account, account.id),
        **_licence_rows(db, new_account, account.id),
    }


def _einvoice_rows(db: Workspace) -> dict[str, tuple[Any, str, Any]]:
    """E-invoicing's tables (issue 16); a recipient of their own for the participant
    ID and the move to belong to."""
    with db.writing() as uow:
        first, second = uow.session.scalars(
            select(EInvoiceOperatorRow.id).order_by(EInvoiceOperatorRow.id).limit(2)).all()
        holder = EInvoiceRecipient(
            company_name="Ägare AB", country="SE", org_number="5567105787", operator_id=first,
            email="a@agare.se", state="pending", state_since=utcnow(), requested_by="Eva",
            version=1)
        uow.session.add(holder)
        uow.commit()
        holder_id = holder.id
    return {
        "einvoice_operator": (EInvoiceOperatorRow(code="TEST", name="Test AP",
                                                  access_point_id="0007:5560360793", version=1),
                              "name", "Test Access Point"),
        "service_tier": (ServiceTierRow(code="gold", name="Gold", rank=9,
                                        reaches_other_operators=True, version=1),
                         "name", "Guld"),
        "system_setting": (SystemSetting(key="test.x", value="a", version=1), "value", "b"),
        "einvoice_recipient": (EInvoiceRecipient(
            company_name="Mottagare AB", country="SE", org_number="5566866132",
            operator_id=first, email="m@mottagare.se", state="pending",
            state_since=utcnow(), requested_by="Eva", version=1), "email", "ny@mottagare.se"),
        "einvoice_participant": (EInvoiceParticipant(
            key="0007:5567105787", participant_id="0007:5567105787", recipient_id=holder_id),
            "participant_id", "0007:5567105787 "),
        "einvoice_move": (EInvoiceMove(
            recipient_id=holder_id, from_operator_id=first, to_operator_id=second,
            state="pending", requested_at=utcnow(), requested_by="Eva", version=1),
            "state", "rejected"),
    }


def _licence_rows(db: Workspace, new_account: NewAccountFactory,
                  partner_id: int) -> dict[str, tuple[Any, str, Any]]:
    """Partnerships' tables (issue 18): a customer with a partnership and a user of its
    own for the add-on, the seat change and the invitation to belong to."""
    import datetime as dt

    customer = create_account(db, new_account(name="Kund AB", email="kund@kund.se"))
    other = create_account(db, new_account(name="Annan Kund AB", email="annan@kund.se"))
    with db.writing() as uow:
        holder = Partnership(partner_id=partner_id, customer_id=customer.id, product_key="easy",
                             licences=2, invoiced="customer", collective=False,
                             created_by="Eva", version=1)
        user = LicenceUser(account_id=customer.id, first_name="Rita", last_name="Ek",
                           role="reporter", email="rita@kund.se", email_key="rita@kund.se",
                           version=1)
        uow.session.add_all([holder, user])
        uow.commit()
        holder_id, user_id = holder.id, user.id
    return {
        "licence_product": (LicenceProduct(key="test_extra", name="Extra", kind="addon",
                                           licence_price=100, reseller_price=80,
                                           currency="SEK", position=99, version=1),
                            "reseller_price", 90),
        "partnership": (Partnership(partner_id=partner_id, customer_id=other.id,
                                    product_key="easy", licences=1, invoiced="customer",
                                    collective=False, created_by="Eva", version=1),
                        "licences", 2),
        "partnership_addon": (PartnershipAddon(partnership_id=holder_id,
                                               product_key="project_planning",
                                               added_on=dt.date(2026, 11, 1), operator="Eva"),
                              "operator", "Bo"),
        "seat_change": (SeatChange(partnership_id=holder_id, effective_on=dt.date(2026, 11, 1),
                                   licences_before=0, licences_after=2, operator="Eva"),
                        "licences_after", 3),
        "licence_user": (LicenceUser(account_id=customer.id, first_name="Nils", last_name="Lund",
                                     role="reporter", email="nils@kund.se",
                                     email_key="nils@kund.se", version=1),
                         "employment_number", "17"),
        "invitation": (Invitation(user_id=user_id, account_id=customer.id, state="failed",
                                  recipient="rita@kund.se", language="sv", delivery="smtp",
                                  error="550", operator="Eva"), "state", "sent"),
    }


def _bureau_rows(db: Workspace, new_account: NewAccountFactory,
                 bureau_id: int) -> dict[str, tuple[Any, str, Any]]:
    """Accounting bureaus' tables (issue 17): a client of the bureau for the link, the
    access and the program permission to belong to. ``contact_role`` is its key only
    (never updated): exempt as ``contact_right`` is."""
    client = create_account(db, new_account(name="Klient AB", email="klient@klient.se"))
    bureau_main = load_account(db, bureau_id).main_contact.id
    client_main = client.main_contact.id
    return {
        "program": (Program(key="test_budget", name="Budget", position=99, version=1),
                    "name", "Budgeting"),
        "bureau_client": (BureauClient(
            bureau_id=bureau_id, client_id=client.id, origin="connected", state="draft",
            created_by="Eva", version=1), "state", "sent"),
        "client_access": (ClientAccess(consultant_id=bureau_main, client_id=client.id,
                                       granted_by="Eva"), "granted_by", "Bo"),
        "program_permission": (ProgramPermission(
            client_id=client.id, user_id=bureau_main, program_key="bookkeeping",
            granted_by_id=client_main), "granted_by_id", bureau_main),
    }


def test_every_audited_table_gets_one_entry_per_insert_update_delete(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    rows = _rows(db, new_account)
    # Tables whose rows are their key only: inserted and deleted (see the tests of each).
    assert set(rows) | {"contact_right", "contact_role"} == AUDITED_TABLES
    for table, (row, column, value) in rows.items():
        before_count = len(entries(db, table))
        with db.writing() as uow:
            uow.session.add(row)
            uow.commit()
        old = getattr(row, column)
        # The update in another unit of work, from a fresh load: the value
        # before comes from the database, not from this process's memory.
        with db.writing() as uow:
            loaded = uow.session.get(type(row), inspect(row).identity)
            setattr(loaded, column, value)
            uow.commit()
        with db.writing() as uow:
            uow.session.delete(uow.session.get(type(row), inspect(row).identity))
            uow.commit()
        new = entries(db, table)[before_count:]
        assert [e.action for e in new] == ["insert", "update", "delete"], table
        inserted, updated, deleted = (changes(e) for e in new)
        assert inserted[column] == [None, old], table
        assert updated == {column: [old, value]}, table
        assert deleted[column] == [value, None], table
        assert "version" not in inserted and "updated_at" not in updated


def test_contact_rights_are_recorded_as_added_and_removed(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    details = save_contact(db, account.id, None, ContactChange(
        PER, NONE, PortalAccessChange(enabled=True, new_password=SENTINEL_PASSWORD)))
    per = next(c for c in details.contacts if c.email == PER.email)
    before = len(entries(db, "contact_right"))
    details = save_rights(db, account.id, {per.token: frozenset({"invoices", "tickets"})})
    per = next(c for c in details.contacts if c.email == PER.email)
    details = save_rights(db, account.id, {per.token: frozenset({"tickets"})})
    new = entries(db, "contact_right")[before:]
    assert sorted((e.action, e.object_id) for e in new) == [
        ("delete", f"{per.id}/invoices"), ("insert", f"{per.id}/invoices"),
        ("insert", f"{per.id}/tickets")]
    assert {e.account_id for e in new} == {account.id}
    # Deleting the contact deletes its rights: recorded too.
    per = next(c for c in details.contacts if c.email == PER.email)
    delete_contact(db, account.id, per.token)
    last = entries(db, "contact_right")[-1]
    assert (last.action, last.object_id) == ("delete", f"{per.id}/tickets")


def test_services_write_one_entry_per_row_they_change(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    anna = db.acting(ANNA)
    account = create_account(anna, new_account())
    assert [(e.table_name, e.action) for e in entries(db)] == [
        ("account", "insert"), ("contact", "insert")]
    first = entries(db)[0]
    assert (first.operator_name, first.account_id, first.object_id) == (
        "Anna", account.id, str(account.id))
    assert changes(first)["name"] == [None, "Hägg Bygg AB"]

    start = _count(db)
    updated = update_account_details(
        anna, account.token,
        AccountInput(name="Hägg & Son Bygg AB", country="SE", org_number=account.org_number),
        _main_input(account, city="Visby"),
    )
    new = entries(db)[start:]
    assert sorted((e.table_name, e.action) for e in new) == [
        ("account", "update"), ("contact", "update")]
    by_table = {e.table_name: changes(e) for e in new}
    assert by_table["account"] == {"name": ["Hägg Bygg AB", "Hägg & Son Bygg AB"]}
    assert by_table["contact"] == {"city": ["Stockholm", "Visby"]}
    assert load_account(db, account.id).name == updated.name


def _main_input(account: Any, **changed: str) -> ContactInput:
    main = account.main_contact
    values = {f: getattr(main, f) for f in (
        "first_name", "last_name", "organisation_name", "email", "phone", "address_line1",
        "address_line2", "postcode", "city", "country")}
    values.update(changed)
    return ContactInput(**values)


def test_a_rolled_back_change_leaves_no_entry(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    start = _count(db)
    with db.writing() as uow:
        row = uow.session.get(Account, account.id)
        assert row is not None
        row.name = "Aldrig AB"
        uow.session.flush()  # the flush hooks ran …
        # … but nothing is committed: the unit of work rolls back
    assert _count(db) == start
    with pytest.raises(ValidationError):
        update_account_details(db, account.token, AccountInput(name="", country="SE"),
                               _main_input(account))
    assert _count(db) == start


def test_the_caller_is_stored_with_the_entries_of_that_work(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    caller = Caller("Per Svensson", "customer number and email")
    create_account(db.acting(ANNA, caller), new_account())
    assert {(e.operator_name, e.caller_name, e.caller_verified) for e in entries(db)} == {
        ("Anna", "Per Svensson", "customer number and email")}


def test_no_hash_or_personal_number_is_ever_recorded(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, NewAccount(
        AccountInput(name="Svenssons Firma", country="SE", org_number=SOLE_TRADER,
                     peppol_id=f"0007:{SOLE_TRADER}"),
        new_account().main_contact))
    details = save_contact(db, account.id, None, ContactChange(
        PER, NONE, PortalAccessChange(enabled=True, new_password=SENTINEL_PASSWORD)))
    per = next(c for c in details.contacts if c.email == PER.email)
    assert per.login is not None
    save_contact(db, account.id, per.token, ContactChange(
        PER, NONE, PortalAccessChange(enabled=True, new_password=SENTINEL_PASSWORD + "x",
                                      login_version=per.login.version)))
    bulk_create_accounts(db, [NewAccount(
        AccountInput(name="Bulk Firma", country="SE", org_number="811218-9876",
                     peppol_id=f"0007:{SOLE_TRADER}"),
        new_account(email="bulk@example.se").main_contact)])
    with db.reading() as uow:
        hashes = list(uow.session.scalars(select(Login.password_hash)))
        dump = " ".join(
            " ".join(str(v) for v in row)
            for row in uow.session.execute(text("SELECT * FROM audit_entry")))
    assert hashes and all(h for h in hashes)
    for secret in (SENTINEL_PASSWORD, *hashes, SOLE_TRADER, "811218-9876", "198112189876"):
        assert secret not in dump, secret
    assert HIDDEN in dump
    # The flush hook and the bulk path (SQL) mask alike: the birth date, never the rest.
    inserted = [changes(e) for e in entries(db, "account") if e.action == "insert"]
    assert [c["org_number"][1] for c in inserted] == ["811218-****", "811218-****"]
    assert [c["peppol_id"][1] for c in inserted] == ["0007:811218-****", "0007:811218-****"]


def test_bulk_inserts_are_audited_row_by_row(db: Workspace, new_account: NewAccountFactory) -> None:
    result = bulk_create_accounts(db.acting(Actor(None, "Import", OperatorRole.ADMINISTRATOR)),
                                  [new_account(name=f"Bulk {i} AB", email=f"b{i}@example.se")
                                   for i in range(3)])
    assert result.created == 3
    found = entries(db)
    assert sorted((e.table_name, e.action) for e in found) == [
        ("account", "insert")] * 3 + [("contact", "insert")] * 3
    with db.reading() as uow:
        contact_ids = {str(i) for i in uow.session.scalars(select(Contact.id))}
    assert {e.object_id for e in found if e.table_name == "contact"} == contact_ids
    first = next(e for e in found if e.table_name == "account")
    assert first.operator_name == "Import"
    assert changes(first)["name"] == [None, "Bulk 0 AB"]
    assert changes(first)["payment_confirmations_main_only"] == [None, False]
    assert "service_type" not in changes(first)  # NULL: left out, as for a flushed insert


def test_a_bulk_entry_records_what_a_flushed_insert_records(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    """The SQL that builds a bulk write's entries gives, column for column,
    what the flush hook records for the same account created by hand, text
    that JSON must escape included."""
    awkward = 'Citat "Ett" \\ Ångström & Ø AB'
    bulk_create_accounts(db, [new_account(name=awkward, email="bulk@example.se")])
    base = new_account(name=awkward, email="hand@example.se")
    create_account(db, NewAccount(
        AccountInput(name=awkward, country="SE", org_number="556074-7551"),
        base.main_contact))
    accounts = sorted((changes(e) for e in entries(db, "account") if e.action == "insert"),
                      key=lambda c: c["customer_number"][1])
    contacts = {changes(e)["email"][1]: changes(e)
                for e in entries(db, "contact") if e.action == "insert"}
    assert len(accounts) == 2 and set(contacts) == {"bulk@example.se", "hand@example.se"}
    differ = {"id", "customer_number", "account_id", "org_number", "email"}

    def same(entry: dict[str, list[Any]]) -> dict[str, list[Any]]:
        return {key: value for key, value in entry.items() if key not in differ}

    bulk_account, hand_account = accounts
    assert hand_account["name"] == [None, awkward]
    assert same(bulk_account) == same(hand_account)
    assert set(bulk_account) == set(hand_account)
    assert same(contacts["bulk@example.se"]) == same(contacts["hand@example.se"])
    assert set(contacts["bulk@example.se"]) == set(contacts["hand@example.se"])


def test_deleting_an_account_records_each_row_it_takes(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    account = create_account(db, new_account())
    details = save_contact(db, account.id, None, ContactChange(
        PER, NONE, PortalAccessChange(enabled=True, new_password=SENTINEL_PASSWORD)))
    start = _count(db)
    delete_account(db, details.token)
    new = entries(db)[start:]
    assert sorted((e.table_name, e.action) for e in new) == [
        ("account", "delete"), ("contact", "delete"), ("contact", "delete"),
        ("login", "delete")]
    with db.reading() as uow:
        assert uow.session.get(Account, account.id) is None


def test_operators_and_portal_settings_are_audited(db: Workspace) -> None:
    info = create_operator(db, "eva", "Eva Ek", OperatorRole.SUPPORT_AGENT, SENTINEL_PASSWORD)
    set_operator_role(db, info.token, OperatorRole.READ_ONLY)
    ops = entries(db, "operator")
    assert [e.action for e in ops] == ["insert", "update"]
    assert changes(ops[0])["password_hash"] == [None, HIDDEN]
    assert changes(ops[1]) == {"role": ["support_agent", "read_only"]}
    base = portal_settings(db)
    save_portal_settings(db, base.token, PortalSettings(base.offered - {"quotes"}, base.defaults))
    setting = entries(db, "portal_right_setting")
    assert [(e.object_id, changes(e)) for e in setting] == [
        ("quotes", {"offered": [True, False]})]


def test_audit_entries_cannot_be_changed_or_deleted(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    create_account(db, new_account())
    for statement in ("UPDATE audit_entry SET operator_name = 'someone else'",
                      "DELETE FROM audit_entry"):
        with pytest.raises(Exception, match="cannot be changed or deleted"), \
                db.writing() as uow:
            uow.session.execute(text(statement))
            uow.commit()
    assert {e.operator_name for e in entries(db)} == {"custadmin"}
    assert len(entries(db)) == 2


def test_history_names_the_rows_a_change_points_at(
    db: Workspace, new_account: NewAccountFactory
) -> None:
    """"Invoice contact: → Per Svensson", "Login: → per@…": names, never bare ids."""
    from custadmin.domain.accounts import InvoiceSettings
    from custadmin.services.audit_trail import account_history

    account = create_account(db, new_account())
    per = ContactInput(first_name="Per", last_name="Svensson", email="per@example.se",
                       phone="070-765 43 21", address_line1="Box 4", postcode="111 22",
                       city="Stockholm", country="SE")
    saved = save_contact(db, account.id, None, ContactChange(per, frozenset()))
    added = next(c for c in saved.contacts if not c.is_main)
    saved = save_contact(db, account.id, added.token, ContactChange(
        per, frozenset(), PortalAccessChange(enabled=True)))  # gives it a login
    update_account_details(db, saved.token, saved.as_input(), saved.main_contact.as_input(),
                           InvoiceSettings(invoice_contact_id=added.id))
    lines = account_history(db, account.id)
    invoice = next(line for line in lines if line.column == "invoice_contact_id")
    assert (invoice.before, invoice.after) == ("", "Per Svensson")
    login = next(line for line in lines if line.column == "login_id")
    assert login.after == "per@example.se"
