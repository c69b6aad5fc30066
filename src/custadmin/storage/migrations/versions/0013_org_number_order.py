"""The register sorted by organisation number: its index holds the ID too (issue 19).

The register's order is the organisation number, ties broken by account ID.
``ix_account_org_number`` held the number alone: on PostgreSQL every account
of the order was then read from the table for its ID, and the accounts that
share a number (a tenth of a million have none, '') were sorted apart. At a
million accounts the first page took 86–96 ms and every ID 1.9–2.1 s. On
(number, ID) both come from the index alone, in order. The index serves the
look-ups by number as before (the e-invoice report's). On SQLite, whose
indexes end with the row ID anyway, it is the same order written out.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_account_org_number", "account")
    op.create_index("ix_account_org_number", "account", ["org_number", "id"])


def downgrade() -> None:
    op.drop_index("ix_account_org_number", "account")
    op.create_index("ix_account_org_number", "account", ["org_number"])
