"""Accounting bureaus: roles, clients, access, programs (issue 17; R20–R24).

``account.is_bureau``; ``contact_role`` (bureau roles, and the system
administrator and authorised signatory of any account); the ``program``
catalogue, seeded with the programs the help article's users ask about and
maintained by administrators from then on; ``bureau_client`` (a created or
connected client with its request's lifecycle: the client's name and
organisation number are not copied, R23); ``client_access`` (R20) and
``program_permission`` (R21).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_ROLE_CHECK = ("role IN ('system_administrator', 'client_manager_administrator', "
               "'consultant', 'authorised_signatory')")
_STATE_CHECK = ("state IN ('draft', 'sent', 'signed', 'awaiting_activation', "
                "'active', 'declined', 'expired', 'disconnected')")
_OPEN_LINK = "state IN ('draft', 'sent', 'signed', 'awaiting_activation', 'active')"

#: (key, name): the catalogue's first programs, in order.
PROGRAMS = (
    ("bookkeeping", "Bookkeeping"),
    ("invoicing", "Invoicing"),
    ("payroll", "Payroll"),
    ("time_reporting", "Time reporting"),
    ("expenses", "Expenses"),
    ("fixed_assets", "Fixed assets"),
)


def _when(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=True)


def _contact(name: str, table: str) -> list[sa.Column[int] | sa.ForeignKeyConstraint]:
    return [sa.Column(name, sa.Integer(), nullable=True),
            sa.ForeignKeyConstraint([name], ["contact.id"], ondelete="SET NULL",
                                    name=f"fk_{table}_{name}_contact")]


def upgrade() -> None:
    # A plain ADD COLUMN on both back ends (see 0008).
    op.add_column("account", sa.Column("is_bureau", sa.Boolean(), nullable=False,
                                       server_default=sa.false()))
    op.create_table(
        "contact_role",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("contact_id", "role", name="pk_contact_role"),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"], ondelete="CASCADE",
                                name="fk_contact_role_contact_id_contact"),
        sa.CheckConstraint(_ROLE_CHECK, name="ck_contact_role_role"),
    )
    program = op.create_table(
        "program",
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_program"),
    )
    op.bulk_insert(program, [{"key": key, "name": name, "position": position, "version": 1}
                             for position, (key, name) in enumerate(PROGRAMS)])
    op.create_table(
        "bureau_client",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bureau_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(10), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        *_contact("responsible_id", "bureau_client"),
        *_contact("signer_id", "bureau_client"),
        sa.Column("client_own_access", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("invoiced", sa.String(10), nullable=False, server_default="client"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        _when("sent_at"),
        _when("signed_at"),
        sa.Column("signed_file_sha256", sa.String(64), nullable=False, server_default=""),
        *_contact("activated_by_id", "bureau_client"),
        _when("activated_at"),
        _when("ended_at"),
        sa.Column("ended_reason", sa.String(500), nullable=False, server_default=""),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_bureau_client"),
        sa.ForeignKeyConstraint(["bureau_id"], ["account.id"], ondelete="CASCADE",
                                name="fk_bureau_client_bureau_id_account"),
        sa.ForeignKeyConstraint(["client_id"], ["account.id"], ondelete="CASCADE",
                                name="fk_bureau_client_client_id_account"),
        sa.CheckConstraint(_STATE_CHECK, name="ck_bureau_client_state"),
        sa.CheckConstraint("origin IN ('created', 'connected')", name="ck_bureau_client_origin"),
        sa.CheckConstraint("invoiced IN ('bureau', 'client')", name="ck_bureau_client_invoiced"),
    )
    op.create_index("ix_bureau_client_bureau_id", "bureau_client", ["bureau_id", "state"])
    op.create_index("ix_bureau_client_client_id", "bureau_client", ["client_id"])
    op.create_index("uq_bureau_client_open", "bureau_client", ["bureau_id", "client_id"],
                    unique=True, sqlite_where=sa.text(_OPEN_LINK),
                    postgresql_where=sa.text(_OPEN_LINK))
    op.create_table(
        "client_access",
        sa.Column("consultant_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("granted_by", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("consultant_id", "client_id", name="pk_client_access"),
        sa.ForeignKeyConstraint(["consultant_id"], ["contact.id"], ondelete="CASCADE",
                                name="fk_client_access_consultant_id_contact"),
        sa.ForeignKeyConstraint(["client_id"], ["account.id"], ondelete="CASCADE",
                                name="fk_client_access_client_id_account"),
    )
    op.create_index("ix_client_access_client_id", "client_access", ["client_id"])
    op.create_table(
        "program_permission",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("program_key", sa.String(40), nullable=False),
        *_contact("granted_by_id", "program_permission"),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("client_id", "user_id", "program_key",
                                name="pk_program_permission"),
        sa.ForeignKeyConstraint(["client_id"], ["account.id"], ondelete="CASCADE",
                                name="fk_program_permission_client_id_account"),
        sa.ForeignKeyConstraint(["user_id"], ["contact.id"], ondelete="CASCADE",
                                name="fk_program_permission_user_id_contact"),
        sa.ForeignKeyConstraint(["program_key"], ["program.key"], ondelete="CASCADE",
                                name="fk_program_permission_program_key_program"),
    )
    op.create_index("ix_program_permission_user_id", "program_permission", ["user_id"])


def downgrade() -> None:
    op.drop_table("program_permission")
    op.drop_table("client_access")
    op.drop_table("bureau_client")
    op.drop_table("program")
    op.drop_table("contact_role")
    with op.batch_alter_table("account") as batch:
        batch.drop_column("is_bureau")
