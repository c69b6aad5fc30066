"""Partial indexes for the e-invoice report (issue 16, item 5).

*Invoices that cannot go as e-invoices* starts from the accounts where
e-invoicing is expected: those with a Peppol ID and those that require
e-invoices (a few in a million), plus the recipients' accounts through
``ix_account_org_number``. Partial indexes hold just those accounts, so the
report never scans the register. SQLite uses a partial index only for a
query term written as its WHERE is (the service writes the same ones);
PostgreSQL has real booleans.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_account_peppol_id", "account", ["peppol_id"],
                    sqlite_where=sa.text("peppol_id <> ''"),
                    postgresql_where=sa.text("peppol_id <> ''"))
    op.create_index("ix_account_requires_einvoice", "account", ["id"],
                    sqlite_where=sa.text("requires_einvoice = 1"),
                    postgresql_where=sa.text("requires_einvoice"))


def downgrade() -> None:
    op.drop_index("ix_account_requires_einvoice", "account")
    op.drop_index("ix_account_peppol_id", "account")
