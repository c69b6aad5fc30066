"""The migrations build exactly the schema the ORM classes describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from custadmin.services.workspace import Workspace
from custadmin.storage.schema import Base
from custadmin.storage.search_index import is_search_object


def _described_by_models(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    # The register's search structures (FTS5 tables, pg_trgm indexes) have no
    # ORM class; test_register_search.py checks them.
    return not is_search_object(name)


def test_migrated_schema_has_no_differences_from_the_models(db: Workspace) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _described_by_models}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
