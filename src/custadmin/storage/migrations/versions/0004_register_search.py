"""Search structures for a register of a million accounts.

SQLite: an FTS5 table with the trigram tokenizer, one row per account, kept
in step with ``account`` and ``contact`` by triggers
(:mod:`custadmin.storage.search_index`). PostgreSQL: pg_trgm
GIN indexes on the same columns, and ``text_pattern_ops`` indexes for the
prefix search of one- and two-character input. Both: partial indexes that sort
the register by a main-contact column without touching the other contacts.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

from custadmin.storage import search_index

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

# Sorting by the main contact's name, email, phone or city walks one of these
# (account_id breaks ties, as the register's ID order does). is_main is in the
# columns although the WHERE fixes it: without it SQLite reads every contact
# row to check the term instead of answering from the index alone.
_MAIN_CONTACT_SORT = {
    "ix_contact_main_name_key": "name_key",
    "ix_contact_main_email_key": "email_key",
    "ix_contact_main_phone": "phone",
    "ix_contact_main_city": "city",
}

def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, column in _MAIN_CONTACT_SORT.items():
        op.create_index(
            name, "contact", [column, "account_id", "is_main"],
            # SQLite uses a partial index only for a query term that matches
            # its WHERE as written; the register service writes the same one.
            sqlite_where=sa.text("is_main = 1"), postgresql_where=sa.text("is_main"),
        )
    # Prefix search for short input on contact names and emails (accounts
    # have theirs): covering, so a range yields account IDs without reading
    # the contacts. The email one also serves every email lookup.
    op.create_index("ix_contact_name_key_account_id", "contact", ["name_key", "account_id"])
    op.create_index("ix_contact_email_key_account_id", "contact", ["email_key", "account_id"])
    op.drop_index("ix_contact_email_key", "contact")
    if dialect == "sqlite":
        _upgrade_sqlite()
    elif dialect == "postgresql":
        _upgrade_postgresql()


def _upgrade_sqlite() -> None:
    # The triggers live in storage/search_index.py, which also puts them back
    # after a later migration that rebuilds account or contact.
    search_index.create_sqlite_search(op.execute)


def _upgrade_postgresql() -> None:
    bind = op.get_bind()
    # pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may
    # create it. Where it cannot be had, search still works, only slower.
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError as exc:
        log.warning("pg_trgm is not available; register search will scan: %s", exc.orig)
        trigram = False
    else:
        trigram = True
    if trigram:
        for name, (table, column) in {**search_index.PG_TRIGRAM,
                                      **search_index.PG_TRIGRAM_UNUSED}.items():
            op.execute(f"CREATE INDEX {name} ON {table} USING gin ({column} gin_trgm_ops)")
    for name, (table, column) in {**search_index.PG_PREFIX,
                                  **search_index.PG_PREFIX_UNUSED}.items():
        op.execute(f"CREATE INDEX {name} ON {table} ({column} text_pattern_ops)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in search_index.TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(f"DROP TABLE IF EXISTS {search_index.TABLE}")
    elif dialect == "postgresql":
        for name in (*search_index.PG_TRIGRAM, *search_index.PG_TRIGRAM_UNUSED,
                     *search_index.PG_PREFIX, *search_index.PG_PREFIX_UNUSED):
            op.execute(f"DROP INDEX IF EXISTS {name}")
    op.create_index("ix_contact_email_key", "contact", ["email_key"])
    op.drop_index("ix_contact_email_key_account_id", "contact")
    op.drop_index("ix_contact_name_key_account_id", "contact")
    for name in _MAIN_CONTACT_SORT:
        op.drop_index(name, "contact")
