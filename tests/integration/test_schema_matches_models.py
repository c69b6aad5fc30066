"""The migrations build exactly the schema the ORM classes describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from custadmin.storage.database import Database
from custadmin.storage.schema import Base


def test_migrated_schema_has_no_differences_from_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
