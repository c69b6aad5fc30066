"""Email preferences on contacts; invoice contact, payment confirmations and
Peppol ID on accounts (R3, R5, R6, R7, R33).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

PREFERENCES = ("general", "invoices", "support", "products", "domains", "affiliate")


def upgrade() -> None:
    # Batch mode recreates the tables on SQLite; the app runs migrations with
    # foreign keys off and checks them afterwards, so no contact is lost.
    with op.batch_alter_table("contact") as batch:
        for name in PREFERENCES:
            batch.add_column(
                sa.Column(f"mail_{name}", sa.Boolean(), nullable=False,
                          server_default=sa.false())
            )
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("invoice_contact_id", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("payment_confirmations_main_only", sa.Boolean(), nullable=False,
                      server_default=sa.false())
        )
        batch.add_column(sa.Column("peppol_id", sa.String(80), nullable=False,
                                   server_default=""))
        batch.create_foreign_key(
            "fk_account_invoice_contact_id_contact", "contact", ["invoice_contact_id"], ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.drop_constraint("fk_account_invoice_contact_id_contact", type_="foreignkey")
        batch.drop_column("peppol_id")
        batch.drop_column("payment_confirmations_main_only")
        batch.drop_column("invoice_contact_id")
    with op.batch_alter_table("contact") as batch:
        for name in PREFERENCES:
            batch.drop_column(f"mail_{name}")
