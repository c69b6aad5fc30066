"""PostgreSQL: one search row per account, so that a search's words are ANDed in one index.

A search of several words ("persson håkan", issue 15) matches when every
word is part of some name or email of the account. Per column that was a
UNION of trigram lookups per word, then an INTERSECT across words: a common
first name typed with a surname read tens of thousands of rows (1.7 s at a
million accounts). ``register_search`` holds, per account, the folded account
name and every contact's folded name and email (as SQLite's FTS5 table of
the same name does), kept by row triggers, with one pg_trgm GIN index: the
words become one bitmap AND. Nothing changes on SQLite.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

from custadmin.storage import search_index

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for statement in search_index.PG_CREATE:
        op.execute(statement)
    trigram = bind.execute(sa.text(
        "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).first() is not None
    if trigram:
        op.execute(search_index.PG_INDEX)
    else:
        log.warning("pg_trgm is not available; the register search reads every account")
    op.execute(f"ANALYZE {search_index.TABLE}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in search_index.PG_DROP:
        op.execute(statement)
