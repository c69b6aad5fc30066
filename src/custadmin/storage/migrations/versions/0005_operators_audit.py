"""Operators, their remember-me tokens, and the audit trail.

Audit entries cannot be changed or deleted: triggers refuse UPDATE and
DELETE on ``audit_entry`` on both back ends (and TRUNCATE on PostgreSQL).
On PostgreSQL the app's own role can be limited further: with
``CUSTADMIN_APP_ROLE`` set when this migration runs, that role keeps only
SELECT and INSERT on ``audit_entry`` (README, "Audit trail").

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import os
import re

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

APP_ROLE_ENV = "CUSTADMIN_APP_ROLE"

_SQLITE_GUARDS = {
    "audit_entry_no_update": "UPDATE",
    "audit_entry_no_delete": "DELETE",
}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "operator",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=True),
        sa.Column("enabled", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_operator"),
        sa.UniqueConstraint("name", name="uq_operator_name"),
        sa.CheckConstraint("role IN ('read_only', 'support_agent', 'administrator')",
                           name="ck_operator_role"),
    )
    op.create_table(
        "operator_token",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_operator_token"),
        sa.UniqueConstraint("token_hash", name="uq_operator_token_token_hash"),
        sa.ForeignKeyConstraint(["operator_id"], ["operator.id"], ondelete="CASCADE",
                                name="fk_operator_token_operator_id_operator"),
    )
    op.create_index("ix_operator_token_operator_id", "operator_token", ["operator_id"])
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("operator_name", sa.String(200), nullable=False),
        sa.Column("caller_name", sa.String(200), nullable=False),
        sa.Column("caller_verified", sa.String(200), nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("object_id", sa.String(100), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(6), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_entry"),
        sa.CheckConstraint("action IN ('insert', 'update', 'delete')",
                           name="ck_audit_entry_action"),
    )
    op.create_index("ix_audit_entry_account_id_id", "audit_entry", ["account_id", "id"])
    op.create_index("ix_audit_entry_operator_id_id", "audit_entry", ["operator_id", "id"])
    op.create_index("ix_audit_entry_table_name_object_id", "audit_entry",
                    ["table_name", "object_id"])
    op.create_index("ix_audit_entry_at", "audit_entry", ["at"])

    if dialect == "sqlite":
        for name, event in _SQLITE_GUARDS.items():
            op.execute(
                f"CREATE TRIGGER {name} BEFORE {event} ON audit_entry "
                f"BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed or deleted'); END"
            )
    elif dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION custadmin_audit_entry_guard() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN "
            "RAISE EXCEPTION 'audit entries cannot be changed or deleted'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_entry_guard BEFORE UPDATE OR DELETE ON audit_entry "
            "FOR EACH ROW EXECUTE FUNCTION custadmin_audit_entry_guard()"
        )
        op.execute(
            "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
            "FOR EACH STATEMENT EXECUTE FUNCTION custadmin_audit_entry_guard()"
        )
        role = os.environ.get(APP_ROLE_ENV, "").strip()
        if role:
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,62}", role):
                raise ValueError(f"{APP_ROLE_ENV} must be a plain role name, not {role!r}")
            op.execute(f'REVOKE ALL ON audit_entry FROM "{role}"')
            op.execute(f'GRANT SELECT, INSERT ON audit_entry TO "{role}"')
            op.execute(f'GRANT USAGE ON SEQUENCE audit_entry_id_seq TO "{role}"')


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in _SQLITE_GUARDS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_guard ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS custadmin_audit_entry_guard()")
    op.drop_table("audit_entry")
    op.drop_table("operator_token")
    op.drop_table("operator")
