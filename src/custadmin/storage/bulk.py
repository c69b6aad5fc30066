"""Many rows into one table in one driver call, inside the unit of work's transaction.

For imports and demo data. SQLAlchemy's Core ``executemany`` converts every
value of every row through its column type (the UTC timestamps alone cost
~10 µs a row) and builds a parameter dict per row: a third of an import's
write time. Here the statement is compiled once by SQLAlchemy for the
connection's dialect, values that are the same for every row (timestamps,
flags) are converted once, and the driver gets plain tuples.

On PostgreSQL the rows go through ``COPY … FROM STDIN`` (psycopg's copy
protocol) instead of an ``INSERT`` per row: the server parses one stream
instead of a statement per row (the write step of a million accounts
3,200 → see benchmarks/README.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import ColumnElement, Integer, Table, any_, bindparam, insert, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session


def among(session: Session, column: Any, ids: Sequence[int]) -> ColumnElement[bool]:
    """``column IN ids``, on PostgreSQL as one array parameter.

    A batch's 2,000 IDs as 2,000 parameters cost psycopg more to split and
    send than the server needs to run the statement: 1.4 s of 15.8 for the
    write step of 100,000 accounts.
    """
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, list(ids), type_=ARRAY(Integer)))  # type: ignore[no-any-return]
    return column.in_(ids)  # type: ignore[no-any-return]


def insert_rows(
    session: Session,
    table: Table,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    constants: Mapping[str, Any] | None = None,
) -> None:
    """INSERT ``rows`` (values in the order of ``columns``) plus ``constants`` into ``table``.

    Each column's own conversion to the database (the type's bind
    processor) is applied: to ``constants`` once, to the rows' values per
    value where the type has one. Columns not given get their Python-side
    default, as with a Core insert.
    """
    constants = dict(constants or {})
    # Columns left out get their Python-side default, as a Core insert gives
    # them (once: a callable default such as utcnow is the same for all).
    for column in table.columns:
        default = column.default
        if column.key in constants or column.key in columns or default is None:
            continue
        if getattr(default, "is_scalar", False):
            constants[column.key] = default.arg  # type: ignore[attr-defined]
        elif getattr(default, "is_callable", False):
            constants[column.key] = default.arg(None)  # type: ignore[attr-defined]
    names = [*columns, *constants]
    conn = session.connection()
    dialect = conn.dialect
    compiled = insert(table).values(
        {name: bindparam(name) for name in names}).compile(dialect=dialect)
    order = list(compiled.positiontup or []) if compiled.positional else names
    processors = {name: table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
                  for name in names}
    fixed: dict[str, Any] = {}
    for name, value in constants.items():
        process = processors[name]
        fixed[name] = process(value) if process is not None else value
    per_row: list[tuple[int, Callable[[Any], Any]]] = [
        (i, process) for i, name in enumerate(columns)
        if (process := processors[name]) is not None]
    slots = [(columns.index(name) if name in columns else None, fixed.get(name))
             for name in order]

    def converted(row: Sequence[Any]) -> Sequence[Any]:
        if not per_row:
            return row
        values = list(row)
        for i, process in per_row:
            values[i] = process(values[i])
        return values

    if dialect.name == "postgresql":
        _copy(conn, table, names, (
            [*row, *fixed.values()] for row in map(converted, rows)))
        return
    params: list[Any]
    if compiled.positional:
        params = [tuple(row[i] if i is not None else value for i, value in slots)
                  for row in map(converted, rows)]
    else:
        params = [{**dict(zip(columns, row, strict=True)), **fixed}
                  for row in map(converted, rows)]
    sql = str(compiled)
    driver_error = dialect.loaded_dbapi.Error
    cursor = conn.connection.cursor()
    try:
        cursor.executemany(sql, params)
    except driver_error as exc:
        # As SQLAlchemy would raise it (IntegrityError, OperationalError …),
        # so that callers and storage.errors see the same exceptions.
        raise sa_exc.DBAPIError.instance(sql, None, exc, driver_error) from exc
    finally:
        cursor.close()


def _copy(conn: Any, table: Table, names: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """``COPY table (names) FROM STDIN`` with ``rows`` (PostgreSQL, psycopg 3)."""
    dialect = conn.dialect
    preparer = dialect.identifier_preparer
    sql = "COPY {} ({}) FROM STDIN".format(
        preparer.format_table(table),
        ", ".join(preparer.quote(table.c[name].name) for name in names))
    driver_error = dialect.loaded_dbapi.Error
    cursor = conn.connection.cursor()
    try:
        with cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)
    except driver_error as exc:
        raise sa_exc.DBAPIError.instance(sql, None, exc, driver_error) from exc
    finally:
        cursor.close()


#: The tables a bulk write of accounts fills (their search rows and audit entries too).
ACCOUNT_TABLES = ("account", "contact", "register_search", "audit_entry")
#: Read by the bulk write itself (each batch's contacts, for their audit
#: entries and search rows): kept, or every batch would read every contact.
KEPT_FOR_THE_WRITE = ("ix_contact_account_id",)


@contextmanager
def indexes_and_keys_built_after(session: Session, tables: Sequence[str],
                                 keep: Sequence[str] = KEPT_FOR_THE_WRITE) -> Iterator[bool]:
    """Into an empty register: the tables' plain indexes built, and on
    PostgreSQL the foreign keys among them checked, once at the end.

    Building an index over a million rows is several times cheaper than
    keeping it up to date row by row (index upkeep was most of a million
    accounts' write step on PostgreSQL). On SQLite it is worse: each insert
    touches a random page of every index, and with SQLite's page cache of
    2 MB the same pages are written out again and again (writing a million
    demo accounts, the write-ahead log had grown to 2.6 GB; the write step
    of a million imported rows took 156 s, and takes 81 s this way).

    PostgreSQL checks a foreign key by a trigger per inserted row, a look-up
    in the referenced table's primary key; adding the constraint again at
    the end checks every row in one join (the write step of 100,000 imported
    rows: 10.2-11.0 s with the per-row checks, 9.3-9.4 s without, 0.12 s to
    add both keys again). Only the keys among ``tables``: their tables are
    locked by this transaction anyway, where dropping a key to another
    table would lock that table too. SQLite cannot drop a constraint; its
    checks stay.

    Only when the register holds no account yet (the first import or the
    demo data of a new database): on PostgreSQL, dropping an index locks its
    table until the transaction ends, which would stop everyone else's work
    on a register in use. Indexes that enforce something (primary keys,
    unique ones) stay. Everything happens in the caller's transaction (DDL
    is transactional on both back ends): a failure or a rollback puts the
    indexes and keys back as they were, and a key the rows broke would fail
    the commit. Yields whether it did so.
    """
    conn = session.connection()
    dialect = conn.dialect.name
    if dialect not in ("postgresql", "sqlite") or conn.execute(
            text("SELECT EXISTS (SELECT 1 FROM account)")).scalar_one():
        yield False
        return
    preparer = conn.dialect.identifier_preparer
    dropped = (_plain_indexes_postgresql(conn, tables, keep) if dialect == "postgresql"
               else _plain_indexes_sqlite(conn, tables, keep))
    keys = _keys_among_postgresql(conn, tables) if dialect == "postgresql" else []
    for table, name, _definition in keys:
        conn.exec_driver_sql(f"ALTER TABLE {preparer.quote(table)} "
                             f"DROP CONSTRAINT {preparer.quote(name)}")
    for name, _definition in dropped:
        conn.exec_driver_sql(f"DROP INDEX {preparer.quote(name)}")
    yield True
    if dialect == "postgresql":
        # GIN indexes (pg_trgm) build several times faster with room to sort in.
        conn.exec_driver_sql("SET LOCAL maintenance_work_mem = '256MB'")
    for _name, definition in dropped:
        conn.exec_driver_sql(definition)
    for table, name, definition in keys:
        conn.exec_driver_sql(f"ALTER TABLE {preparer.quote(table)} "
                             f"ADD CONSTRAINT {preparer.quote(name)} {definition}")


def _keys_among_postgresql(conn: Any, tables: Sequence[str]) -> list[tuple[str, str, str]]:
    """(table, name, definition) of the foreign keys from one of ``tables`` to another."""
    return [(table, name, definition) for table, name, definition in conn.execute(text(
        "SELECT t.relname, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
        "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid "
        "JOIN pg_namespace n ON n.oid = t.relnamespace "
        "WHERE c.contype = 'f' AND n.nspname = current_schema() "
        "AND t.relname = ANY(:tables) AND r.relname = ANY(:tables) "
        "ORDER BY t.relname, c.conname"), {"tables": list(tables)})]


def _plain_indexes_postgresql(conn: Any, tables: Sequence[str],
                              keep: Sequence[str]) -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of the tables' indexes that enforce nothing."""
    return [(name, definition) for name, definition in conn.execute(text(
        "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
        "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
        "JOIN pg_namespace n ON n.oid = t.relnamespace "
        "WHERE n.nspname = current_schema() AND t.relname = ANY(:tables) "
        "AND NOT x.indisunique AND NOT x.indisprimary "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) "
        "AND NOT i.relname = ANY(:keep) "
        "ORDER BY t.relname, i.relname"), {"tables": list(tables), "keep": list(keep)})]


def _plain_indexes_sqlite(conn: Any, tables: Sequence[str],
                          keep: Sequence[str]) -> list[tuple[str, str]]:
    """As :func:`_plain_indexes_postgresql`: made by ``CREATE INDEX`` (origin "c"), not unique."""
    quote = conn.dialect.identifier_preparer.quote
    found: list[tuple[str, str]] = []
    for table in tables:
        plain = {name for _seq, name, unique, origin, _partial
                 in conn.exec_driver_sql(f"PRAGMA index_list({quote(table)})")
                 if not unique and origin == "c" and name not in keep}
        found.extend((name, sql) for name, sql in conn.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :table "
            "ORDER BY name"), {"table": table}) if name in plain and sql)
    return found
