"""Portal access: logins, rights per contact, system-wide portal settings and
the account's service type (R8–R17).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The catalogue as shipped (domain.md); later catalogue changes are new
# migrations, so this list is frozen here rather than imported.
CATALOGUE = (
    "profile", "contacts", "products", "manageproducts", "productsso", "domains",
    "managedomains", "invoices", "quotes", "tickets", "affiliates", "emails", "orders",
    "settings",
)
SERVICE_TYPE_CHECK = (
    "service_type IS NULL OR service_type IN ('web_hosting', 'agency', 'managed_server')"
)


def upgrade() -> None:
    op.create_table(
        "login",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("username", sa.String(320), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=True),
        sa.Column("enabled", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_login"),
        sa.UniqueConstraint("username", name="uq_login_username"),
    )
    settings = op.create_table(
        "portal_right_setting",
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("offered", sa.Boolean(), nullable=False),
        sa.Column("default_on", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_portal_right_setting"),
    )
    # Every right offered; no right ticked for a new portal user until an
    # administrator chooses defaults (least privilege, and R3).
    op.bulk_insert(settings, [
        {"key": key, "position": i, "offered": True, "default_on": False}
        for i, key in enumerate(CATALOGUE)
    ])
    with op.batch_alter_table("contact") as batch:
        batch.add_column(sa.Column("portal_access", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("login_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_contact_login_id_login", "login", ["login_id"], ["id"],
                                 ondelete="RESTRICT")
        batch.create_check_constraint("portal_access_login",
                                      "NOT portal_access OR login_id IS NOT NULL")
        batch.create_index("ix_contact_login_id", ["login_id"])
        batch.create_index(
            "uq_contact_login_per_account", ["account_id", "login_id"], unique=True,
            sqlite_where=sa.text("login_id IS NOT NULL"),
            postgresql_where=sa.text("login_id IS NOT NULL"),
        )
    op.create_table(
        "contact_right",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("right_key", sa.String(40), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"], ondelete="CASCADE",
                                name="fk_contact_right_contact_id_contact"),
        sa.ForeignKeyConstraint(["right_key"], ["portal_right_setting.key"],
                                name="fk_contact_right_right_key_portal_right_setting"),
        sa.PrimaryKeyConstraint("contact_id", "right_key", name="pk_contact_right"),
    )
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("service_type", sa.String(20), nullable=True))
        batch.create_check_constraint("service_type", SERVICE_TYPE_CHECK)


def downgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.drop_constraint("ck_account_service_type", type_="check")
        batch.drop_column("service_type")
    op.drop_table("contact_right")
    with op.batch_alter_table("contact") as batch:
        batch.drop_index("uq_contact_login_per_account")
        batch.drop_index("ix_contact_login_id")
        batch.drop_constraint("ck_contact_portal_access_login", type_="check")
        batch.drop_constraint("fk_contact_login_id_login", type_="foreignkey")
        batch.drop_column("login_id")
        batch.drop_column("portal_access")
    op.drop_table("portal_right_setting")
    op.drop_table("login")
