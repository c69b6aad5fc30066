"""PostgreSQL: the register of a shared database of a million accounts (issue 19).

* ``register_search`` rows also hold the account's three name orders
  (``name_key``, ``sort_sv``, ``sort_da``), so that every ID of a search in
  the default order is read from that one table and sorted, instead of joined
  to a million accounts; the refresh function copies them, and the account
  trigger runs it when a sort key changes too. Per name order an index of
  the order with the searched text beside it (partial: up to
  ``PG_WALK_DOC_BYTES``), so that the first page of a search with many
  matches is found by walking that order in the index alone.
* The pg_trgm indexes of migration 0004 on names and emails, and its
  ``text_pattern_ops`` indexes on them, are dropped: every name and email
  search now reads ``register_search`` (one or two characters as the start of
  one of its lines), so no query used them, and each cost every bulk write.

Nothing changes on SQLite.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

from custadmin.storage import search_index

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in (*search_index.PG_TRIGRAM_UNUSED, *search_index.PG_PREFIX_UNUSED):
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for statement in (*search_index.PG_ADD_NAME_ORDERS, *search_index.PG_CREATE_WALK_INDEXES):
        op.execute(statement)
    op.execute(f"ANALYZE {search_index.TABLE}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for statement in search_index.PG_DROP_NAME_ORDERS:
        op.execute(statement)
    for name, (table, column) in search_index.PG_PREFIX_UNUSED.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({column} text_pattern_ops)")
    if bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first():
        for name, (table, column) in search_index.PG_TRIGRAM_UNUSED.items():
            op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
                       f"USING gin ({column} gin_trgm_ops)")
