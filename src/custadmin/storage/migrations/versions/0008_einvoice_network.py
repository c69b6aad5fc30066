"""E-invoicing: operators, service tiers, the recipient network, moves (issue 16; R18, R19, R33).

Also ``account.requires_einvoice`` and ``system_setting`` (our tier and our
operator). The catalogue is seeded with a few operators and the tiers the
help article names (at least *Basic* reaches recipients at other operators);
administrators maintain it from then on: nothing of it is hard-coded in
rules.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_STATE_CHECK = "state IN ('pending', 'confirmed', 'rejected')"

#: (code, name, access point): a few operators of the Nordic Peppol network.
OPERATORS = (
    ("INEXCHANGE", "InExchange", "0007:5566866132"),
    ("PAGERO", "Pagero", "0007:5567105787"),
    ("CREDIFLOW", "Crediflow", "0007:5566021746"),
    ("BASWARE", "Basware", "0007:5565881199"),
    ("TIETOEVRY", "Tietoevry", "0007:5566952403"),
)
#: (code, name, rank, reaches other operators).
TIERS = (
    ("free", "Free", 0, False),
    ("basic", "Basic", 1, True),
    ("premium", "Premium", 2, True),
)
SETTINGS = (("einvoice.our_operator", "INEXCHANGE"), ("einvoice.our_tier", "basic"))


def upgrade() -> None:
    # A plain ADD COLUMN (with its default) on both back ends: no copy of
    # the account table, whose search triggers would go with it on SQLite.
    op.add_column("account", sa.Column("requires_einvoice", sa.Boolean(), nullable=False,
                                       server_default=sa.false()))
    op.create_table(
        "system_setting",
        sa.Column("key", sa.String(60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_system_setting"),
    )
    operator = op.create_table(
        "einvoice_operator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("access_point_id", sa.String(80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_einvoice_operator"),
        sa.UniqueConstraint("code", name="uq_einvoice_operator_code"),
    )
    tier = op.create_table(
        "service_tier",
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("reaches_other_operators", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_service_tier"),
        sa.UniqueConstraint("rank", name="uq_service_tier_rank"),
    )
    op.create_table(
        "einvoice_recipient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_name", sa.String(200), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("org_number", sa.String(20), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("state_since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("requested_by", sa.String(200), nullable=False),
        sa.Column("for_account_id", sa.Integer(), nullable=True),
        sa.Column("decided_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("confirmed_from", sa.String(320), nullable=False, server_default=""),
        sa.Column("rejected_reason", sa.String(500), nullable=False, server_default=""),
        sa.Column("document_types", sa.String(60), nullable=False,
                  server_default="invoice,credit_note"),
        sa.Column("supplier_must_be_approved", sa.Boolean(), nullable=False,
                  server_default=sa.false()),
        sa.Column("reference_required", sa.Boolean(), nullable=False,
                  server_default=sa.false()),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_einvoice_recipient"),
        sa.ForeignKeyConstraint(["operator_id"], ["einvoice_operator.id"], ondelete="RESTRICT",
                                name="fk_einvoice_recipient_operator_id_einvoice_operator"),
        sa.ForeignKeyConstraint(["for_account_id"], ["account.id"], ondelete="SET NULL",
                                name="fk_einvoice_recipient_for_account_id_account"),
        sa.CheckConstraint(_STATE_CHECK, name="ck_einvoice_recipient_state"),
    )
    op.create_index("uq_einvoice_recipient_country_org_number", "einvoice_recipient",
                    ["country", "org_number"], unique=True)
    op.create_index("ix_einvoice_recipient_operator_id", "einvoice_recipient", ["operator_id"])
    op.create_index("ix_einvoice_recipient_for_account_id", "einvoice_recipient",
                    ["for_account_id"])
    op.create_table(
        "einvoice_participant",
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("participant_id", sa.String(80), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_einvoice_participant"),
        sa.ForeignKeyConstraint(["recipient_id"], ["einvoice_recipient.id"], ondelete="CASCADE",
                                name="fk_einvoice_participant_recipient_id_einvoice_recipient"),
    )
    op.create_index("ix_einvoice_participant_recipient_id", "einvoice_participant",
                    ["recipient_id"])
    op.create_table(
        "einvoice_move",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("from_operator_id", sa.Integer(), nullable=False),
        sa.Column("to_operator_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("requested_by", sa.String(200), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("rejected_reason", sa.String(500), nullable=False, server_default=""),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_einvoice_move"),
        sa.ForeignKeyConstraint(["recipient_id"], ["einvoice_recipient.id"], ondelete="CASCADE",
                                name="fk_einvoice_move_recipient_id_einvoice_recipient"),
        sa.ForeignKeyConstraint(["from_operator_id"], ["einvoice_operator.id"],
                                ondelete="RESTRICT",
                                name="fk_einvoice_move_from_operator_id_einvoice_operator"),
        sa.ForeignKeyConstraint(["to_operator_id"], ["einvoice_operator.id"],
                                ondelete="RESTRICT",
                                name="fk_einvoice_move_to_operator_id_einvoice_operator"),
        sa.CheckConstraint(_STATE_CHECK, name="ck_einvoice_move_state"),
    )
    op.create_index("ix_einvoice_move_recipient_id", "einvoice_move", ["recipient_id"])
    op.create_index("ix_einvoice_move_from_operator_id", "einvoice_move", ["from_operator_id"])
    op.create_index("ix_einvoice_move_to_operator_id", "einvoice_move", ["to_operator_id"])

    op.bulk_insert(operator, [
        {"code": code, "name": name, "access_point_id": point, "version": 1}
        for code, name, point in OPERATORS])
    op.bulk_insert(tier, [
        {"code": code, "name": name, "rank": rank, "reaches_other_operators": reaches,
         "version": 1} for code, name, rank, reaches in TIERS])
    setting = sa.table("system_setting", sa.column("key", sa.String),
                       sa.column("value", sa.Text), sa.column("version", sa.Integer))
    op.bulk_insert(setting, [{"key": k, "value": v, "version": 1} for k, v in SETTINGS])


def downgrade() -> None:
    op.drop_table("einvoice_move")
    op.drop_table("einvoice_participant")
    op.drop_table("einvoice_recipient")
    op.drop_table("service_tier")
    op.drop_table("einvoice_operator")
    op.drop_table("system_setting")
    with op.batch_alter_table("account") as batch:
        batch.drop_column("requires_einvoice")
