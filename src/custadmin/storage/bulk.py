"""Many rows into one table in one driver call, inside the unit of work's transaction.

For imports and demo data. SQLAlchemy's Core ``executemany`` converts every
value of every row through its column type (the UTC timestamps alone cost
~10 µs a row) and builds a parameter dict per row: a third of an import's
write time. Here the statement is compiled once by SQLAlchemy for the
connection's dialect, values that are the same for every row (timestamps,
flags) are converted once, and the driver gets plain tuples.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, bindparam, insert
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session


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
