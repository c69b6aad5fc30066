"""Indexes on the foreign keys that had none, so that deleting a contact reads no table whole.

Deleting a contact sets the columns that point at it to NULL (an account's
invoice contact, R5; a bureau link's signer, person responsible and
activating user; a partnership's primary contact; a licence user's contact;
who granted a program permission), and deleting a licence user sets its
users' approver to NULL. Neither SQLite nor PostgreSQL indexes the referring
side of a foreign key by itself: each of those deletes read the whole table
to find the rows to change. At a million accounts (benchmarks/register.py's
databases) deleting one contact took 130 ms on PostgreSQL and 256 ms on
SQLite, and deleting an account as long again for each of its contacts;
with these indexes 1.3 and 0.3 ms.

The columns are NULL in most rows, so the indexes hold only the rows that
point somewhere; both back ends use such an index for ``column = ?``.
The keys into the catalogues (portal rights, programs, licence products)
stay unindexed: the app never deletes a catalogue row.

On PostgreSQL the audit trail also gets the planner statistics that the
bulk path now leaves after a large write (storage/accounts.py) and that a
database loaded by an earlier version lacks until autovacuum comes by:
without them an account's history was read with parallel workers, 14-18 ms
rather than 1-4 ms, on every account opened.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

#: (table, column) of each foreign key that a deletion follows, indexed here.
FOLLOWED_KEYS = (
    ("account", "invoice_contact_id"),
    ("bureau_client", "signer_id"),
    ("bureau_client", "responsible_id"),
    ("bureau_client", "activated_by_id"),
    ("program_permission", "granted_by_id"),
    ("partnership", "primary_contact_id"),
    ("licence_user", "contact_id"),
    ("licence_user", "approver_id"),
)


def upgrade() -> None:
    for table, column in FOLLOWED_KEYS:
        where = sa.text(f"{column} IS NOT NULL")
        op.create_index(f"ix_{table}_{column}", table, [column],
                        sqlite_where=where, postgresql_where=where)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ANALYZE audit_entry")


def downgrade() -> None:
    for table, column in reversed(FOLLOWED_KEYS):
        op.drop_index(f"ix_{table}_{column}", table)
