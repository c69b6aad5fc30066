"""Schema upgrades: fresh databases at head, safe SQLite batch upgrades, rollback on failure."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import URL, inspect, text

import custadmin.storage.migrate as migrate
from custadmin.domain.accounts import NewAccount
from custadmin.domain.errors import StorageError
from custadmin.domain.identifiers import normalize_peppol_id
from custadmin.domain.register import RegisterQuery
from custadmin.services.accounts import create_account, load_account
from custadmin.services.register import search_register
from custadmin.services.workspace import Workspace
from custadmin.storage.engine import SQLITE_APPLICATION_ID
from custadmin.storage.migrate import head_revision, open_database
from custadmin.storage.schema import Base
from factories import open_workspace

NewAccountFactory = Callable[..., NewAccount]

BATCH_MIGRATION = '''
"""Recreate the account table in batch mode (as a real column change would).

Revision ID: test_extra
Revises: (the current head)
"""

import sqlalchemy as sa
from alembic import op

revision = "test_extra"
down_revision = "HEAD"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("account", recreate="always") as batch:
        batch.add_column(sa.Column("scratch", sa.String(10), nullable=True))
    with op.batch_alter_table("account") as batch:
        batch.drop_column("scratch")


def downgrade() -> None:
    pass
'''

FAILING_MIGRATION = '''
"""A migration that does damage and then fails.

Revision ID: test_extra
Revises: (the current head)
"""

import sqlalchemy as sa
from alembic import op

revision = "test_extra"
down_revision = "HEAD"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM contact WHERE NOT is_main")
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("account", recreate="always") as batch:
            batch.add_column(sa.Column("scratch", sa.String(10), nullable=True))
    else:
        op.add_column("account", sa.Column("scratch", sa.String(10), nullable=True))
    op.execute("UPDATE account SET name = 'broken'")
    raise RuntimeError("migration test_extra failed half-way")


def downgrade() -> None:
    pass
'''


def test_head_revision_is_known() -> None:
    versions = migrate.migrations_path() / "versions"
    newest = max(p.name.split("_", 1)[0] for p in versions.glob("[0-9]*.py"))
    assert head_revision() == newest
    # The constant that spares start-up the Alembic import is Alembic's answer.
    assert migrate.PACKAGED_HEAD == migrate.alembic_head_revision() == newest


def test_opening_a_database_at_head_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "at-head.sqlite3"
    open_database(str(path)).dispose()
    code = (
        "import sys; from custadmin.storage.migrate import open_database; "
        f"open_database({str(path)!r}, create=False).dispose(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.strip() == "[]"


def test_fresh_database_is_at_head(db: Workspace) -> None:
    with db.engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        tables = set(inspect(conn).get_table_names())
    assert version == [head_revision()]
    assert set(Base.metadata.tables) <= tables


def test_reopening_at_head_changes_nothing(
    sqlite_path: str, new_account: NewAccountFactory
) -> None:
    db = open_workspace(sqlite_path)
    try:
        account = create_account(db, new_account())
    finally:
        db.dispose()
    upgrades: list[tuple[str | None, str]] = []
    db = open_workspace(sqlite_path, on_upgrade=lambda a, b: upgrades.append((a, b)))
    try:
        assert load_account(db, account.id) == account
    finally:
        db.dispose()
    assert upgrades == []
    assert not list(Path(sqlite_path).parent.glob("*.before-upgrade-*"))


# --- SQLite upgrades with a temporary extra migration ------------------------------------


def _migrations_with(tmp_path: Path, script: str) -> Path:
    copy = tmp_path / "migrations"
    shutil.copytree(
        migrate.migrations_path(), copy, ignore=shutil.ignore_patterns("__pycache__")
    )
    (copy / "versions" / "9999_test_extra.py").write_text(
        textwrap.dedent(script).replace('"HEAD"', repr(head_revision())), encoding="utf-8"
    )
    return copy


def _fill_at_head(path: str, new_account: NewAccountFactory, count: int = 3) -> None:
    db = open_workspace(path)
    try:
        for i in range(count):
            account = create_account(db, new_account(name=f"Kund {i}"))
            with db.writing() as uow:
                uow.session.execute(
                    text(
                        "INSERT INTO contact (account_id, is_main, first_name, last_name, "
                        "name_key, organisation_name, email, email_key, phone, address_line1, "
                        "address_line2, postcode, city, country, created_at, updated_at, "
                        "version) SELECT account_id, 0, 'Extra', 'Kontakt', 'extra kontakt', "
                        "'', 'x@example.se', 'x@example.se', phone, address_line1, "
                        "address_line2, postcode, city, country, created_at, updated_at, 1 "
                        "FROM contact WHERE account_id = :id"
                    ),
                    {"id": account.id},
                )
                uow.commit()
    finally:
        db.dispose()


def _snapshot(path: str) -> dict[str, object]:
    raw = sqlite3.connect(path)
    try:
        return {
            "accounts": raw.execute("SELECT id, customer_number, name FROM account "
                                    "ORDER BY id").fetchall(),
            "contacts": raw.execute("SELECT id, account_id, is_main, first_name FROM contact "
                                    "ORDER BY id").fetchall(),
            "version": raw.execute("SELECT version_num FROM alembic_version").fetchall(),
        }
    finally:
        raw.close()


def _pragma(path: str, statement: str) -> list[tuple[object, ...]]:
    raw = sqlite3.connect(path)
    try:
        return raw.execute(statement).fetchall()
    finally:
        raw.close()


def test_batch_upgrade_keeps_child_rows(
    sqlite_path: str,
    tmp_path: Path,
    new_account: NewAccountFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fill_at_head(sqlite_path, new_account)
    before = _snapshot(sqlite_path)
    assert len(before["contacts"]) == 6  # type: ignore[arg-type]
    previous_head = head_revision()

    copy = _migrations_with(tmp_path, BATCH_MIGRATION)
    monkeypatch.setattr(migrate, "migrations_path", lambda: copy)
    assert head_revision() == "test_extra"
    upgrades: list[tuple[str | None, str]] = []
    db = open_database(sqlite_path, on_upgrade=lambda a, b: upgrades.append((a, b)))
    try:
        with db.engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("account")}
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert "scratch" not in columns
    finally:
        db.dispose()

    assert upgrades == [(previous_head, "test_extra")]
    after = _snapshot(sqlite_path)
    assert after["contacts"] == before["contacts"]
    assert after["accounts"] == before["accounts"]
    assert after["version"] == [("test_extra",)]
    assert _pragma(sqlite_path, "PRAGMA foreign_key_check") == []
    assert _pragma(sqlite_path, "PRAGMA integrity_check") == [("ok",)]
    assert _pragma(sqlite_path, "PRAGMA application_id") == [(SQLITE_APPLICATION_ID,)]
    backups = list(tmp_path.glob(f"*.before-upgrade-from-{previous_head}"))
    assert len(backups) == 1
    assert _snapshot(str(backups[0])) == before


def test_failing_upgrade_restores_previous_state(
    sqlite_path: str,
    tmp_path: Path,
    new_account: NewAccountFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fill_at_head(sqlite_path, new_account)
    before = _snapshot(sqlite_path)

    copy = _migrations_with(tmp_path, FAILING_MIGRATION)
    monkeypatch.setattr(migrate, "migrations_path", lambda: copy)
    with pytest.raises(StorageError, match="left as it was before") as info:
        open_database(sqlite_path)
    assert "Traceback" not in info.value.message
    assert "failed half-way" in info.value.detail  # the cause, for the log

    assert _snapshot(sqlite_path) == before
    assert _pragma(sqlite_path, "PRAGMA foreign_key_check") == []
    assert _pragma(sqlite_path, "PRAGMA integrity_check") == [("ok",)]
    columns = [row[1] for row in _pragma(sqlite_path, "PRAGMA table_info(account)")]
    assert "scratch" not in columns

    # The old migrations still open it normally, with every row.
    monkeypatch.undo()
    db = open_database(sqlite_path)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.dispose()
    assert _snapshot(sqlite_path) == before


def test_failing_upgrade_on_postgresql_changes_nothing(
    pg_database_url: object,
    tmp_path: Path,
    new_account: NewAccountFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = open_workspace(pg_database_url)  # type: ignore[arg-type]
    try:
        account = create_account(db, new_account())
    finally:
        db.dispose()
    copy = _migrations_with(tmp_path, FAILING_MIGRATION)
    monkeypatch.setattr(migrate, "migrations_path", lambda: copy)
    with pytest.raises(StorageError, match="left as it was before") as info:
        open_database(pg_database_url)  # type: ignore[arg-type]
    assert "failed half-way" in info.value.detail
    monkeypatch.undo()
    db = open_workspace(pg_database_url)  # type: ignore[arg-type]
    try:
        assert load_account(db, account.id) == account
        with db.engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            assert version == head_revision()
            columns = {c["name"] for c in inspect(conn).get_columns("account")}
        assert "scratch" not in columns
    finally:
        db.dispose()


def test_upgrade_from_0002_keeps_contacts_and_adds_portal_access(tmp_path: Path) -> None:
    """A database written before portal access (schema 0002) with accounts and
    contacts opens with every row kept, nobody given portal access (R3) and the
    rights catalogue offered system-wide."""
    from alembic import command
    from sqlalchemy import create_engine

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
        command.upgrade(migrate.alembic_config(conn), "0002")
        conn.execute(text(
            "INSERT INTO account (id, customer_number, name, name_key, country, org_number, "
            "created_at, updated_at, version) VALUES (1, 10001, 'Hägg Bygg AB', "
            "'hägg bygg ab', 'SE', '', '2026-01-01', '2026-01-01', 1)"))
        for cid, main in ((1, True), (2, False)):
            conn.execute(text(
                "INSERT INTO contact (id, account_id, is_main, first_name, last_name, "
                "name_key, organisation_name, email, email_key, phone, address_line1, "
                "address_line2, postcode, city, country, mail_invoices, created_at, "
                "updated_at, version) VALUES (:id, 1, :main, 'A', 'B', 'a b', '', :email, "
                ":email, '+46701234567', 'Gata 1', '', '11122', 'Sthlm', 'SE', :main, "
                "'2026-01-01', '2026-01-01', 1)"
            ).bindparams(id=cid, main=main, email=f"p{cid}@example.se"))
    engine.dispose()

    db = open_workspace(str(tmp_path / "old.sqlite3"))
    try:
        details = load_account(db, 1)
        assert [c.email for c in details.contacts] == ["p1@example.se", "p2@example.se"]
        assert all(not c.portal_access and c.login is None for c in details.contacts)
        assert details.main_contact.email_categories  # preferences kept
        assert details.portal_settings.offered == frozenset(
            ("profile", "contacts", "products", "manageproducts", "productsso", "domains",
             "managedomains", "invoices", "quotes", "tickets", "affiliates", "emails",
             "orders", "settings"))
        assert details.portal_settings.defaults == frozenset()
        assert details.service_type == ""
    finally:
        db.dispose()
    assert _pragma(str(tmp_path / "old.sqlite3"), "PRAGMA foreign_key_check") == []


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_upgrade_from_0005_keys_every_stored_name_anew(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Names stored before 0006 are searched as callers speak and sorted in both
    alphabets once upgraded: every account and contact keyed anew, and SQLite's
    search table refilled."""
    from alembic import command
    from sqlalchemy import create_engine

    if backend == "sqlite":
        url: str | URL = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_database_url")
    engine = create_engine(url)
    with engine.begin() as conn:
        if backend == "sqlite":
            conn.exec_driver_sql(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
        command.upgrade(migrate.alembic_config(conn), "0005")
        conn.execute(text(
            "INSERT INTO account (id, customer_number, name, name_key, country, org_number, "
            "created_at, updated_at, version) VALUES (1, 10001, 'Ågård Bygg AB', "
            "'ågård bygg ab', 'SE', '', '2026-01-01', '2026-01-01', 1)"))
        conn.execute(text(
            "INSERT INTO contact (id, account_id, is_main, first_name, last_name, "
            "name_key, organisation_name, email, email_key, phone, address_line1, "
            "address_line2, postcode, city, country, created_at, updated_at, version) "
            "VALUES (1, 1, true, 'Søren', 'Öberg', 'søren öberg', '', 's@example.se', "
            "'s@example.se', '+46701234567', 'Gata 1', '', '11122', 'Sthlm', 'SE', "
            "'2026-01-01', '2026-01-01', 1)"))
    engine.dispose()

    db = open_workspace(url if backend == "postgresql" else str(tmp_path / "old.sqlite3"))
    try:
        with db.engine.connect() as conn:
            keys = conn.execute(text(
                "SELECT a.name_key, a.sort_sv, a.sort_da, c.name_key, c.sort_sv, c.sort_da "
                "FROM account a JOIN contact c ON c.account_id = a.id")).one()
        assert tuple(keys) == ("agard bygg ab", "{g{rd bygg ab", "}g}rd bygg ab",
                               "soren oberg", "s}ren }berg", "s|ren |berg")
        assert list(search_register(db, RegisterQuery("agard soren"))) == [1]
        assert list(search_register(db, RegisterQuery("Aagaard"))) == [1]
    finally:
        db.dispose()


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_upgrade_from_0007_keeps_every_row_and_seeds_the_einvoice_catalogue(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest,
) -> None:
    """Migration 0008 (issue 16): accounts and contacts kept, none requiring
    e-invoices, and a catalogue of operators and tiers to maintain."""
    from alembic import command
    from sqlalchemy import create_engine

    if backend == "sqlite":
        path = str(tmp_path / "old.sqlite3")
        url: str | URL = f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("pg_database_url")
    engine = create_engine(url)
    with engine.begin() as conn:
        if backend == "sqlite":
            conn.exec_driver_sql(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
        command.upgrade(migrate.alembic_config(conn), "0007")
    engine.dispose()
    # Filled at 0007 through today's services would need today's schema: rows by SQL.
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO account (id, customer_number, name, name_key, sort_sv, sort_da, "
            "country, org_number, created_at, updated_at, version) VALUES (1, 10001, "
            "'Hägg Bygg AB', 'hagg bygg ab', 'h|gg bygg ab', 'h{gg bygg ab', 'SE', "
            "'5560360793', '2026-01-01', '2026-01-01', 1)"))
        conn.execute(text(
            "INSERT INTO contact (id, account_id, is_main, first_name, last_name, name_key, "
            "organisation_name, email, email_key, phone, address_line1, address_line2, "
            "postcode, city, country, created_at, updated_at, version) VALUES (1, 1, true, "
            "'Anna', 'Berg', 'anna berg', '', 'anna@hagg.se', 'anna@hagg.se', '+46701234567', "
            "'Gata 1', '', '11122', 'Sthlm', 'SE', '2026-01-01', '2026-01-01', 1)"))
    engine.dispose()

    db = open_workspace(url if backend == "postgresql" else path)
    try:
        assert load_account(db, 1).name == "Hägg Bygg AB"
        assert list(search_register(db, RegisterQuery("hagg anna"))) == [1]
        with db.engine.connect() as conn:
            assert not conn.execute(text("SELECT requires_einvoice FROM account")).scalar()
            operators = dict(conn.execute(text(
                "SELECT code, access_point_id FROM einvoice_operator")).all())
            tiers = conn.execute(text(
                "SELECT code, reaches_other_operators FROM service_tier ORDER BY rank")).all()
            settings = dict(conn.execute(text("SELECT key, value FROM system_setting")).all())
        assert "INEXCHANGE" in operators and len(operators) >= 3
        # Each access point is a participant ID R33 accepts.
        assert all(normalize_peppol_id("ap", point) == point for point in operators.values())
        assert [tuple(t) for t in tiers] == [("free", False), ("basic", True),
                                             ("premium", True)]
        assert settings == {"einvoice.our_operator": "INEXCHANGE", "einvoice.our_tier": "basic"}
    finally:
        db.dispose()


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_upgrade_from_0008_keeps_every_row_and_indexes_the_einvoice_accounts(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest,
) -> None:
    """Migration 0009 (issue 16, the report): accounts kept, and the partial
    indexes the report starts from hold the accounts with a Peppol ID and
    those requiring e-invoices."""
    from alembic import command
    from sqlalchemy import create_engine

    from custadmin.domain.einvoice import DeliveryReason
    from custadmin.services.einvoice_report import report_counts

    if backend == "sqlite":
        path = str(tmp_path / "old.sqlite3")
        url: str | URL = f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("pg_database_url")
    engine = create_engine(url)
    with engine.begin() as conn:
        if backend == "sqlite":
            conn.exec_driver_sql(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
        command.upgrade(migrate.alembic_config(conn), "0008")
    engine.dispose()
    engine = create_engine(url)
    with engine.begin() as conn:
        for number, peppol, requires in ((1, "0007:5560360793", False), (2, "", True),
                                         (3, "", False)):
            conn.execute(text(
                "INSERT INTO account (id, customer_number, name, name_key, sort_sv, sort_da, "
                "country, org_number, peppol_id, requires_einvoice, created_at, updated_at, "
                "version) VALUES (:id, :number, 'Hägg Bygg AB', 'hagg bygg ab', "
                "'h|gg bygg ab', 'h{gg bygg ab', 'SE', '', :peppol, :requires, '2026-01-01', "
                "'2026-01-01', 1)"),
                {"id": number, "number": 10000 + number, "peppol": peppol,
                 "requires": requires})
    engine.dispose()

    db = open_workspace(url if backend == "postgresql" else path)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT id, peppol_id FROM account ORDER BY id")).all() == [
                (1, "0007:5560360793"), (2, ""), (3, "")]
            indexes = {i["name"] for i in inspect(conn).get_indexes("account")}
        assert {"ix_account_peppol_id", "ix_account_requires_einvoice"} <= indexes
        counts = report_counts(db)
        assert [(c.reason, c.held, c.accounts) for c in counts] == [
            (DeliveryReason.NOT_IN_NETWORK, True, 1), (DeliveryReason.NOT_IN_NETWORK, False, 1)]
    finally:
        db.dispose()


def _stored_account(conn: Any, number: int, name: str, sort_key: str) -> None:
    """An account and its main contact (Anna Berg) as rows of the 0009–0011 schema."""
    conn.execute(text(
        "INSERT INTO account (id, customer_number, name, name_key, sort_sv, sort_da, "
        "country, org_number, created_at, updated_at, version) VALUES (:id, :number, "
        ":name, :key, :sort, :sort, 'SE', '', '2026-01-01', '2026-01-01', 1)"),
        {"id": number, "number": 10000 + number, "name": name, "key": name.lower(),
         "sort": sort_key})
    conn.execute(text(
        "INSERT INTO contact (id, account_id, is_main, first_name, last_name, name_key, "
        "organisation_name, email, email_key, phone, address_line1, address_line2, "
        "postcode, city, country, created_at, updated_at, version) VALUES (:id, :id, "
        "true, 'Anna', 'Berg', 'anna berg', '', :email, :email_key, '+46701234567', "
        "'Gata 1', '', '11122', 'Sthlm', 'SE', '2026-01-01', '2026-01-01', 1)"),
        {"id": number, "email": f"anna{number}@example.se",
         "email_key": f"anna{number}@example.se"})


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_upgrade_from_0009_keeps_every_account_and_seeds_the_program_catalogue(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest,
) -> None:
    """Migration 0010 (issue 17, accounting bureaus): accounts and contacts kept,
    none a bureau; the tables of roles, links, access and program permissions
    with their indexes; the program catalogue seeded in order; and at most one
    open link per bureau and client."""
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.exc import IntegrityError

    from custadmin.services.bureaus import bureau_overview, programs

    if backend == "sqlite":
        path = str(tmp_path / "old.sqlite3")
        url: str | URL = f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("pg_database_url")
    engine = create_engine(url)
    with engine.begin() as conn:
        if backend == "sqlite":
            conn.exec_driver_sql(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
        command.upgrade(migrate.alembic_config(conn), "0009")
    engine.dispose()
    engine = create_engine(url)
    with engine.begin() as conn:
        for number, name in ((1, "Siffror Redovisning AB"), (2, "Hägg Bygg AB")):
            _stored_account(conn, number, name, name.lower())
    engine.dispose()

    db = open_workspace(url if backend == "postgresql" else path)
    try:
        assert [load_account(db, i).name for i in (1, 2)] == [
            "Siffror Redovisning AB", "Hägg Bygg AB"]
        overview = bureau_overview(db, 1)
        assert (overview.is_bureau, overview.clients) == (False, ())
        assert [(p.key, p.name) for p in programs(db)] == [
            ("bookkeeping", "Bookkeeping"), ("invoicing", "Invoicing"), ("payroll", "Payroll"),
            ("time_reporting", "Time reporting"), ("expenses", "Expenses"),
            ("fixed_assets", "Fixed assets")]
        with db.engine.connect() as conn:
            inspector = inspect(conn)
            assert {"contact_role", "program", "bureau_client", "client_access",
                    "program_permission"} <= set(inspector.get_table_names())
            indexes = {t: {i["name"] for i in inspector.get_indexes(t)}
                       for t in ("bureau_client", "client_access", "program_permission")}
            assert not conn.execute(text("SELECT is_bureau FROM account WHERE id = 1")).scalar()
        assert indexes == {
            "bureau_client": {"ix_bureau_client_bureau_id", "ix_bureau_client_client_id",
                              "uq_bureau_client_open",
                              # Migration 0014: the keys a contact's deletion follows.
                              "ix_bureau_client_signer_id", "ix_bureau_client_responsible_id",
                              "ix_bureau_client_activated_by_id"},
            "client_access": {"ix_client_access_client_id"},
            "program_permission": {"ix_program_permission_user_id",
                                   "ix_program_permission_granted_by_id"}}
        # One open link per bureau and client; an ended one does not count.
        link = ("INSERT INTO bureau_client (bureau_id, client_id, origin, state, created_at, "
                "created_by, version) VALUES (1, 2, 'connected', :state, '2026-01-01', "
                "'test', 1)")
        with db.engine.begin() as conn:
            conn.execute(text(link), {"state": "declined"})
            conn.execute(text(link), {"state": "draft"})
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            conn.execute(text(link), {"state": "sent"})
    finally:
        db.dispose()


def test_upgrade_from_0011_on_postgresql_fills_the_name_orders_and_walks_them(
    request: pytest.FixtureRequest,
) -> None:
    """Migration 0012 (issue 19) on a register that holds accounts: their search
    rows get the name orders, the walk indexes serve a search, a later rename
    reaches them through the trigger, and the downgrade puts 0011 back."""
    from alembic import command
    from sqlalchemy import create_engine

    from custadmin.services import register as register_service
    from custadmin.storage import search_index

    url = request.getfixturevalue("pg_database_url")
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0011")
        for number, name, sv in ((1, "Öberg Bygg AB", "zöberg"), (2, "Åkerlund AB", "zåkerlund")):
            _stored_account(conn, number, name, sv)
    engine.dispose()

    db = open_workspace(url)
    try:
        with db.reading() as uow:
            rows = uow.session.execute(text(
                "SELECT account_id, name_key, sort_sv FROM register_search ORDER BY 1")).all()
            indexes = set(uow.session.scalars(text(
                "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")))
        assert [tuple(r) for r in rows] == [(1, "öberg bygg ab", "zöberg"),
                                            (2, "åkerlund ab", "zåkerlund")]
        assert {*search_index.PG_WALK_INDEXES, search_index.PG_LONG_INDEX} <= indexes
        assert not {*search_index.PG_TRIGRAM_UNUSED, *search_index.PG_PREFIX_UNUSED} & indexes
        assert list(search_register(db, RegisterQuery("anna"))) == [2, 1]  # by name_key
        with db.writing() as uow:
            uow.session.execute(text(
                "UPDATE account SET name_key = 'aaa', sort_sv = 'aaa' WHERE id = 1"))
            uow.commit()
        with db.reading() as uow:
            assert uow.session.execute(text(
                "SELECT name_key, sort_sv FROM register_search WHERE account_id = 1")
            ).one() == ("aaa", "aaa")
        walk = register_service._name_walk(RegisterQuery("anna"), 2)
        assert walk is not None
        with db.reading() as uow:
            assert list(uow.session.scalars(walk[1])) == [1, 2]
    finally:
        db.dispose()

    engine = create_engine(url)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0011")
        columns = set(conn.scalars(text(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = 'register_search'")))
        indexes = set(conn.scalars(text(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")))
    engine.dispose()
    assert columns == {"account_id", "doc"}
    assert {*search_index.PG_TRIGRAM_UNUSED, *search_index.PG_PREFIX_UNUSED} <= indexes
    assert not {*search_index.PG_WALK_INDEXES, search_index.PG_LONG_INDEX} & indexes
