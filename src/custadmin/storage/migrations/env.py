"""Alembic environment: always runs on the connection the app hands it."""

from __future__ import annotations

from alembic import context

from custadmin.storage.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "custadmin migrations run from the app (custadmin --check), which passes its own "
        "connection; there is no alembic.ini."
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
