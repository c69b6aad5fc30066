"""Customer accounts, contacts and the customer-number counter.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    utc = sa.DateTime(timezone=True)
    op.create_table(
        "counter",
        sa.Column("name", sa.String(50), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_counter"),
    )
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("name_key", sa.Text(), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("org_number", sa.String(20), nullable=False),
        sa.Column("created_at", utc, nullable=False),
        sa.Column("updated_at", utc, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_account"),
        sa.UniqueConstraint("customer_number", name="uq_account_customer_number"),
    )
    op.create_index("ix_account_name_key_id", "account", ["name_key", "id"])
    op.create_index("ix_account_org_number", "account", ["org_number"])
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("is_main", sa.Boolean(), nullable=False),
        sa.Column("first_name", sa.String(200), nullable=False),
        sa.Column("last_name", sa.String(200), nullable=False),
        sa.Column("name_key", sa.Text(), nullable=False),
        sa.Column("organisation_name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("email_key", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(20), nullable=False),
        sa.Column("address_line1", sa.String(200), nullable=False),
        sa.Column("address_line2", sa.String(200), nullable=False),
        sa.Column("postcode", sa.String(12), nullable=False),
        sa.Column("city", sa.String(200), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("created_at", utc, nullable=False),
        sa.Column("updated_at", utc, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name="fk_contact_account_id_account",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_contact"),
    )
    op.create_index("ix_contact_account_id", "contact", ["account_id"])
    op.create_index("ix_contact_email_key", "contact", ["email_key"])
    op.create_index(
        "uq_contact_main_per_account", "contact", ["account_id"], unique=True,
        sqlite_where=sa.text("is_main"), postgresql_where=sa.text("is_main"),
    )
    op.bulk_insert(
        sa.table("counter", sa.column("name", sa.String), sa.column("value", sa.Integer)),
        [{"name": "customer_number", "value": 10000}],
    )


def downgrade() -> None:
    op.drop_table("contact")
    op.drop_table("account")
    op.drop_table("counter")
