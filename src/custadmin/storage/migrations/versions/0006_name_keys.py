"""Names searched as callers say them, sorted in the operator's alphabet.

``name_key`` of accounts and contacts becomes the search key of
:func:`custadmin.domain.alphabet.search_fold` (accents and æ/ø folded: "hakan"
finds "Håkan"); ``sort_sv`` and ``sort_da`` hold the Swedish and the Danish
sort keys, with the indexes that sort the register by them. Every stored
name is keyed anew, so the register's SQLite search table is refilled.

The keys are computed by the Python functions the app writes them with (one
definition): on SQLite registered as SQL functions for two UPDATEs, on
PostgreSQL streamed to a temporary table with COPY and applied with one
UPDATE per table.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from custadmin.domain.alphabet import Alphabet, search_fold, sort_key
from custadmin.domain.text import fold
from custadmin.storage import search_index

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_SORT_KEY = sa.Text().with_variant(sa.Text(collation="C"), "postgresql")
_TABLES = {"account": "name", "contact": "first_name || ' ' || last_name"}
_CHUNK = 20_000


def upgrade() -> None:
    bind = op.get_bind()
    for table in _TABLES:
        for column in ("sort_sv", "sort_da"):
            op.add_column(table, sa.Column(column, _SORT_KEY, nullable=False, server_default=""))
    if bind.dialect.name == "sqlite":
        _key_sqlite(bind, "name_key = custadmin_search_key({name}), sort_sv = "
                          "custadmin_sort_sv({name}), sort_da = custadmin_sort_da({name})")
    else:
        for table, name in _TABLES.items():
            _key_postgresql(bind, table, name)
            # Every row rewritten: fresh statistics for the planner.
            op.execute(f"ANALYZE {table}")
    for column in ("sort_sv", "sort_da"):
        op.create_index(f"ix_account_{column}_id", "account", [column, "id"])
        op.create_index(
            f"ix_contact_main_{column}", "contact", [column, "account_id", "is_main"],
            sqlite_where=sa.text("is_main = 1"), postgresql_where=sa.text("is_main"),
        )


def _key_sqlite(bind: sa.Connection, assignments: str) -> None:
    """Set ``assignments`` (SQL, ``{name}`` standing for the name) on every account and contact."""
    raw: Any = bind.connection.driver_connection
    raw.create_function("custadmin_fold", 1, fold, deterministic=True)
    raw.create_function("custadmin_search_key", 1, search_fold, deterministic=True)
    raw.create_function("custadmin_sort_sv", 1,
                        lambda v: sort_key(v, Alphabet.SWEDISH), deterministic=True)
    raw.create_function("custadmin_sort_da", 1,
                        lambda v: sort_key(v, Alphabet.DANISH), deterministic=True)
    # The search triggers would rewrite an account's search row per updated
    # name: off while keying, and the table refilled once.
    present = {name for (name,) in bind.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    triggers = [name for name in search_index.TRIGGERS if name in present]
    for name in triggers:
        op.execute(f"DROP TRIGGER {name}")
    for table, name in _TABLES.items():
        op.execute(f"UPDATE {table} SET {assignments.format(name=name)}")
    for name in triggers:
        op.execute(f"CREATE TRIGGER {name} {search_index.TRIGGERS[name]}")
    if search_index.TABLE in present:
        op.execute(f"DELETE FROM {search_index.TABLE}")
        op.execute(search_index.FILL)
        op.execute(search_index.OPTIMIZE)


def _keys(value: str) -> tuple[str, str, str]:
    return search_fold(value), sort_key(value, Alphabet.SWEDISH), sort_key(value, Alphabet.DANISH)


def _key_postgresql(bind: sa.Connection, table: str, name: str) -> None:
    op.execute(
        "CREATE TEMPORARY TABLE custadmin_keys (id integer PRIMARY KEY, name_key text, "
        'sort_sv text COLLATE "C", sort_da text COLLATE "C")'
    )
    driver: Any = bind.connection.driver_connection
    cursor = driver.cursor()
    last = 0
    while True:
        # A chunk is read before it is copied: COPY holds the connection.
        rows = bind.execute(
            sa.text(f"SELECT id, {name} FROM {table} WHERE id > :last ORDER BY id LIMIT :n"),
            {"last": last, "n": _CHUNK},
        ).all()
        with cursor.copy("COPY custadmin_keys (id, name_key, sort_sv, sort_da) FROM STDIN") as copy:
            for row_id, value in rows:
                copy.write_row((row_id, *_keys(value)))
        if len(rows) < _CHUNK:
            break
        last = rows[-1][0]
    op.execute(
        f"UPDATE {table} SET name_key = k.name_key, sort_sv = k.sort_sv, sort_da = k.sort_da "
        f"FROM custadmin_keys k WHERE {table}.id = k.id"
    )
    op.execute("DROP TABLE custadmin_keys")


def downgrade() -> None:
    bind = op.get_bind()
    # name_key back to the case fold 0004 searched by.
    if bind.dialect.name == "sqlite":
        _key_sqlite(bind, "name_key = custadmin_fold({name})")
    else:
        for table, name in _TABLES.items():
            for row_id, value in bind.execute(sa.text(f"SELECT id, {name} FROM {table}")).all():
                bind.execute(sa.text(f"UPDATE {table} SET name_key = :key WHERE id = :id"),
                             {"key": fold(value), "id": row_id})
    for column in ("sort_sv", "sort_da"):
        op.drop_index(f"ix_contact_main_{column}", "contact")
        op.drop_index(f"ix_account_{column}_id", "account")
    with op.batch_alter_table("contact") as batch:
        batch.drop_column("sort_da")
        batch.drop_column("sort_sv")
    with op.batch_alter_table("account") as batch:
        batch.drop_column("sort_da")
        batch.drop_column("sort_sv")
