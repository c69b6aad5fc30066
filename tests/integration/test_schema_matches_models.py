"""The migrations build exactly the schema the ORM classes describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

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


#: Catalogues an administrator maintains: the app never deletes their rows, so
#: the keys into them need no index on the referring side.
CATALOGUES = {"portal_right_setting", "program", "licence_product"}


def test_every_foreign_key_a_deletion_follows_leads_an_index(db: Workspace) -> None:
    """Without one, deleting the row referred to reads the whole referring table
    (a contact's deletion read every account for its invoice contact, R5)."""
    inspector = inspect(db.engine)
    unindexed = []
    for table in inspector.get_table_names():
        leading = {tuple(ix["column_names"][:1]) for ix in inspector.get_indexes(table)}
        leading.add(tuple(inspector.get_pk_constraint(table)["constrained_columns"][:1]))
        leading |= {tuple(uq["column_names"][:1])
                    for uq in inspector.get_unique_constraints(table)}
        unindexed.extend(
            f"{table}.{key['constrained_columns'][0]}"
            for key in inspector.get_foreign_keys(table)
            if key["referred_table"] not in CATALOGUES
            and tuple(key["constrained_columns"][:1]) not in leading)
    assert unindexed == []


def test_deleting_a_contact_finds_the_accounts_it_is_the_invoice_contact_of_by_index(
    db: Workspace,
) -> None:
    """The partial index (rows that refer to a contact) serves ``= ?`` on both back ends."""
    with db.reading() as uow:
        conn = uow.session.connection()
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            plan = "\n".join(conn.exec_driver_sql(
                "EXPLAIN UPDATE account SET invoice_contact_id = NULL "
                "WHERE invoice_contact_id = 1").scalars())
        else:
            plan = "\n".join(row[-1] for row in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN UPDATE account SET invoice_contact_id = NULL "
                "WHERE invoice_contact_id = 1"))
    assert "ix_account_invoice_contact_id" in plan, plan
