"""Partnerships and licences (issue 18; R25–R28, R32).

``account.is_reseller`` and ``account.reseller_agreement_since`` (R27: the
partner's collective invoice needs a reseller agreement, recorded with its
date); the ``licence_product`` catalogue (product versions and add-ons with
their licence and reseller prices, in minor units, maintained by
administrators); ``partnership`` (a partner created the customer's account:
version, licences, who is invoiced, the collective invoice);
``partnership_addon``; ``seat_change`` (every change of the number of
licences, dated, with the operator: the collective invoice counts seats by
day); ``licence_user`` (a user of the customer's licences, R25, R26) and
``invitation`` (each welcome email tried, R28).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

#: (key, name, kind, licence price, reseller price, currency): the first catalogue.
PRODUCTS = (
    ("easy", "Easy", "version", 14900, 11900, "SEK"),
    ("plus", "Plus", "version", 24900, 19900, "SEK"),
    ("project_planning", "Project planning", "addon", 4900, 3900, "SEK"),
    ("payroll_export", "Payroll export", "addon", 2900, 2300, "SEK"),
)


def _fk(column: str, table: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    key = "key" if target == "licence_product" else "id"
    return sa.ForeignKeyConstraint([column], [f"{target}.{key}"], ondelete=ondelete,
                                   name=f"fk_{table}_{column}_{target}")


def upgrade() -> None:
    op.add_column("account", sa.Column("is_reseller", sa.Boolean(), nullable=False,
                                       server_default=sa.false()))
    op.add_column("account", sa.Column("reseller_agreement_since", sa.Date(), nullable=True))
    product = op.create_table(
        "licence_product",
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("licence_price", sa.Integer(), nullable=False),
        sa.Column("reseller_price", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_licence_product"),
        sa.CheckConstraint("kind IN ('version', 'addon')", name="ck_licence_product_kind"),
        sa.CheckConstraint("licence_price >= 0 AND reseller_price >= 0",
                           name="ck_licence_product_prices"),
    )
    op.bulk_insert(product, [
        {"key": key, "name": name, "kind": kind, "licence_price": price,
         "reseller_price": reseller, "currency": currency, "position": position,
         "active": True, "version": 1}
        for position, (key, name, kind, price, reseller, currency) in enumerate(PRODUCTS)])
    op.create_table(
        "partnership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("product_key", sa.String(40), nullable=False),
        sa.Column("licences", sa.Integer(), nullable=False),
        sa.Column("invoiced", sa.String(10), nullable=False),
        sa.Column("collective", sa.Boolean(), nullable=False),
        sa.Column("primary_contact_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_partnership"),
        _fk("partner_id", "partnership", "account", "CASCADE"),
        _fk("customer_id", "partnership", "account", "CASCADE"),
        _fk("product_key", "partnership", "licence_product", "RESTRICT"),
        _fk("primary_contact_id", "partnership", "contact", "SET NULL"),
        sa.UniqueConstraint("customer_id", name="uq_partnership_customer_id"),
        sa.CheckConstraint("licences >= 0", name="ck_partnership_licences"),
        sa.CheckConstraint("invoiced IN ('partner', 'customer')", name="ck_partnership_invoiced"),
        sa.CheckConstraint("NOT collective OR invoiced = 'partner'",
                           name="ck_partnership_collective"),
    )
    op.create_index("ix_partnership_partner_id", "partnership", ["partner_id"])
    op.create_table(
        "partnership_addon",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("product_key", sa.String(40), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.Column("removed_on", sa.Date(), nullable=True),
        sa.Column("operator", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_partnership_addon"),
        _fk("partnership_id", "partnership_addon", "partnership", "CASCADE"),
        _fk("product_key", "partnership_addon", "licence_product", "RESTRICT"),
    )
    op.create_index("ix_partnership_addon_partnership_id", "partnership_addon",
                    ["partnership_id"])
    op.create_table(
        "seat_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("licences_before", sa.Integer(), nullable=False),
        sa.Column("licences_after", sa.Integer(), nullable=False),
        sa.Column("operator", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_seat_change"),
        _fk("partnership_id", "seat_change", "partnership", "CASCADE"),
    )
    op.create_index("ix_seat_change_partnership_id", "seat_change",
                    ["partnership_id", "effective_on"])
    op.create_table(
        "licence_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(100), nullable=False),
        sa.Column("last_name", sa.String(100), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("email", sa.String(254), nullable=False, server_default=""),
        sa.Column("email_key", sa.String(254), nullable=False, server_default=""),
        sa.Column("personal_number", sa.String(12), nullable=False, server_default=""),
        sa.Column("employment_number", sa.String(30), nullable=False, server_default=""),
        sa.Column("salary_type", sa.String(10), nullable=True),
        sa.Column("approver_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_licence_user"),
        _fk("account_id", "licence_user", "account", "CASCADE"),
        _fk("approver_id", "licence_user", "licence_user", "SET NULL"),
        _fk("contact_id", "licence_user", "contact", "SET NULL"),
        sa.CheckConstraint("role IN ('reporter', 'approver', 'administrator')",
                           name="ck_licence_user_role"),
        sa.CheckConstraint("salary_type IS NULL OR salary_type IN ('monthly', 'hourly')",
                           name="ck_licence_user_salary_type"),
        sa.CheckConstraint("email <> '' OR personal_number <> ''",
                           name="ck_licence_user_identity"),
    )
    op.create_index("ix_licence_user_account_id", "licence_user", ["account_id"])
    for column in ("email_key", "personal_number", "employment_number"):
        where = sa.text(f"{column} <> ''")
        op.create_index(f"uq_licence_user_{column}", "licence_user", ["account_id", column],
                        unique=True, sqlite_where=where, postgresql_where=where)
    op.create_table(
        "invitation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("attempted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recipient", sa.String(254), nullable=False),
        sa.Column("language", sa.String(5), nullable=False),
        sa.Column("delivery", sa.String(10), nullable=False),
        sa.Column("error", sa.String(500), nullable=False, server_default=""),
        sa.Column("operator", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_invitation"),
        _fk("user_id", "invitation", "licence_user", "CASCADE"),
        _fk("account_id", "invitation", "account", "CASCADE"),
        sa.CheckConstraint("state IN ('sent', 'failed')", name="ck_invitation_state"),
        sa.CheckConstraint("delivery IN ('smtp', 'outbox')", name="ck_invitation_delivery"),
    )
    op.create_index("ix_invitation_user_id", "invitation", ["user_id", "id"])
    op.create_index("ix_invitation_account_id", "invitation", ["account_id"])


def downgrade() -> None:
    op.drop_table("invitation")
    op.drop_table("licence_user")
    op.drop_table("seat_change")
    op.drop_table("partnership_addon")
    op.drop_table("partnership")
    op.drop_table("licence_product")
    with op.batch_alter_table("account") as batch:
        batch.drop_column("reseller_agreement_since")
        batch.drop_column("is_reseller")
