"""The customer register: which accounts match, in which order, and their rows.

The register view never loads every row. :func:`first_page` answers at once
with the first rows of a query (and the count when it is cheap);
:func:`search_register` returns every matching account ID in display order (a
compact array, 8 bytes a row), off the GUI thread; :func:`register_rows`
fetches the few rows on screen by ID.

What a search matches (both back ends alike): from three characters on, any
part of the account name or of any contact's name or email, organisation
number digits (typed with or without hyphen), any contact's phone digits
(typed in any format) and the customer number exactly; one or two characters
match the start of the account name, a contact's name or email, or of the
organisation number. Case is ignored for every letter: the searched columns
hold folded keys (:func:`custadmin.domain.text.fold`).

SQLite answers from an FTS5 trigram table (migration 0004), PostgreSQL from
pg_trgm indexes; one- and two-character input walks an ordinary index range.

The search text follows the text policy of every field (trimmed; a NUL,
another control character, a direction control or a lone surrogate refused)
and is at most 200 characters: anything else is a
:class:`~custadmin.domain.errors.FieldError` at :data:`SEARCH_FIELD`, never a
driver error (:func:`custadmin.domain.text.clean_search`).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import chain
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Connection,
    Integer,
    Select,
    column,
    func,
    select,
    table,
    text,
    tuple_,
    union,
)
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement

from custadmin.domain.accounts import RegisterRow
from custadmin.domain.identifiers import org_number_search_digits, phone_search_digits
from custadmin.domain.register import (
    FIRST_PAGE_ROWS,
    RegisterColumn,
    RegisterPage,
    RegisterQuery,
    StoredRegisterRow,
)
from custadmin.domain.text import clean_search, fold
from custadmin.services.workspace import Workspace
from custadmin.storage.register_reading import SearchCancel, SearchCancelled, decode_packed_ids
from custadmin.storage.schema import Account, Contact

#: The key of the search box in a :class:`~custadmin.domain.errors.FieldError`.
SEARCH_FIELD = "search"
_PHONE_TEXT = re.compile(r"^\+?[\d\s().-]+$")
#: A customer number typed: ASCII digits (``str.isdigit`` takes "²", which int() refuses).
_NUMBER_TEXT = re.compile(r"[0-9]{1,9}")
_ORG_TEXT = re.compile(r"^[\d\s-]+$")
#: Trigram search needs three characters; shorter input is a prefix search.
SUBSTRING_FROM = 3

_SORT_KEYS: dict[RegisterColumn, QueryableAttribute[Any]] = {
    RegisterColumn.CUSTOMER_NUMBER: Account.customer_number,
    RegisterColumn.NAME: Account.name_key,
    RegisterColumn.ORG_NUMBER: Account.org_number,
    RegisterColumn.MAIN_CONTACT: Contact.name_key,
    RegisterColumn.EMAIL: Contact.email_key,
    RegisterColumn.PHONE: Contact.phone,
    RegisterColumn.CITY: Contact.city,
}

_FTS = table("register_search", column("rowid", Integer))


@dataclass(frozen=True, slots=True)
class _Terms:
    """What the typed text is searched as."""

    folded: str
    customer_number: int | None
    org_digits: str
    phone_digits: str


def _terms(typed: str) -> _Terms | None:
    typed = typed.strip()
    if not typed:
        return None
    org = org_number_search_digits(typed) if _ORG_TEXT.match(typed) else ""
    phone = phone_search_digits(typed) if _PHONE_TEXT.match(typed) else ""
    return _Terms(
        folded=fold(typed),
        customer_number=int(typed) if _NUMBER_TEXT.fullmatch(typed) else None,
        org_digits=org,
        phone_digits=phone if len(phone) >= SUBSTRING_FROM else "",
    )


def _fts_phrase(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def like_escape(value: str) -> str:
    """``value`` as literal text in a LIKE pattern (with ``escape="\\\\"``)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _prefix_range(column_: Any, prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as an index range (``LIKE 'x%'`` cannot use one).

    Compared in code-point order, which is SQLite's BINARY collation (UTF-8
    bytes sort as code points). The bound is the prefix followed by the
    highest code point, not the prefix with its last character raised by
    one: that could land on a surrogate, which cannot be encoded.
    """
    condition: ColumnElement[bool] = (column_ >= prefix) & (column_ <= prefix + "\U0010ffff")
    return condition


def _matching_sqlite(terms: _Terms) -> list[Select[Any]]:
    parts: list[Select[Any]] = []
    if len(terms.folded) >= SUBSTRING_FROM:
        phrases = [f"{{names emails}} : {_fts_phrase(terms.folded)}"]
        if len(terms.org_digits) >= SUBSTRING_FROM:
            phrases.append(f"org : {_fts_phrase(terms.org_digits)}")
        if terms.phone_digits:
            phrases.append(f"phones : {_fts_phrase(terms.phone_digits)}")
        parts.append(
            select(_FTS.c.rowid).where(
                text("register_search MATCH :fts").bindparams(fts=" OR ".join(phrases))
            )
        )
    else:
        prefix = terms.folded
        parts += [
            select(Account.id).where(_prefix_range(Account.name_key, prefix)),
            select(Contact.account_id).where(_prefix_range(Contact.name_key, prefix)),
            select(Contact.account_id).where(_prefix_range(Contact.email_key, prefix)),
        ]
        if terms.org_digits:
            parts.append(
                select(Account.id).where(_prefix_range(Account.org_number, terms.org_digits))
            )
    return parts


def _matching_postgresql(terms: _Terms) -> list[Select[Any]]:
    # pg_trgm's GIN indexes serve LIKE '%x%' from three characters on; the
    # text_pattern_ops indexes serve LIKE 'x%'.
    short = len(terms.folded) < SUBSTRING_FROM

    def like(value: str) -> str:
        return f"{like_escape(value)}%" if short else f"%{like_escape(value)}%"

    folded = like(terms.folded)
    # One UNION member per column: each can use its own index, where an OR
    # across columns made the planner read every contact (0.9 s at a million).
    account: list[ColumnElement[bool]] = [Account.name_key.like(folded, escape="\\")]
    contact: list[ColumnElement[bool]] = [
        Contact.name_key.like(folded, escape="\\"),
        Contact.email_key.like(folded, escape="\\"),
    ]
    if terms.org_digits and (short or len(terms.org_digits) >= SUBSTRING_FROM):
        account.append(Account.org_number.like(like(terms.org_digits), escape="\\"))
    if terms.phone_digits and not short:
        contact.append(Contact.phone.like(like(terms.phone_digits), escape="\\"))
    return [select(Account.id).where(c) for c in account] + [
        select(Contact.account_id).where(c) for c in contact
    ]


def matching_accounts(dialect: str, typed: str) -> CompoundSelect[Any] | Select[Any] | None:
    """IDs of the accounts ``typed`` finds, as a subquery; None for "everything"."""
    terms = _terms(typed)
    if terms is None:
        return None
    parts = _matching_sqlite(terms) if dialect == "sqlite" else _matching_postgresql(terms)
    if terms.customer_number is not None:
        parts.append(select(Account.id).where(Account.customer_number == terms.customer_number))
    return parts[0] if len(parts) == 1 else union(*parts)


def _main_contact(dialect: str) -> ColumnElement[bool]:
    # Written as migration 0004's partial sort indexes are, so that SQLite
    # sees that they apply.
    if dialect == "sqlite":
        return text("contact.is_main = 1")  # type: ignore[return-value]
    return cast("ColumnElement[bool]", Contact.is_main)


def ordered_ids(
    dialect: str, query: RegisterQuery, *, walk_sort_order: bool = False
) -> Select[Any]:
    """The matching account IDs in display order; ties broken by ID.

    ``walk_sort_order`` (SQLite): read the sort index in order and test each
    account against the matches, instead of looking every match up and
    sorting them. For a page of a search with many matches that is ten times
    faster; for few matches, or all of them, the other way round.
    """
    key = _SORT_KEYS[query.sort]
    matching = matching_accounts(dialect, query.text)
    if key.class_ is Contact:
        # A main-contact column: every account has exactly one main contact
        # (R1), so its row stands for the account and a partial index holds
        # the order.
        id_column: Any = Contact.account_id
        stmt = select(Contact.account_id).where(_main_contact(dialect))
    else:
        id_column = Account.id
        stmt = select(Account.id)
    if matching is not None:
        # "id + 0" keeps SQLite from driving the query by the ID list.
        member = id_column + 0 if walk_sort_order and dialect == "sqlite" else id_column
        stmt = stmt.where(member.in_(matching.scalar_subquery()))
    if query.descending:
        return stmt.order_by(key.desc(), id_column.desc())
    return stmt.order_by(key, id_column)


#: Above this many matches a page is found by walking the sort order.
MANY_MATCHES = 3000


def _count_matches(conn: Connection, query: RegisterQuery) -> tuple[int, bool]:
    """How many accounts ``query`` matches, and whether that is many.

    The count comes from the search structures alone (~10 ms for 90,000
    trigram matches among a million accounts), so the scroll bar is right
    from the first page on.
    """
    matching = matching_accounts(conn.dialect.name, query.text)
    if matching is None:
        return int(conn.execute(select(func.count()).select_from(Account)).scalar_one()), True
    total = int(conn.execute(select(func.count()).select_from(matching.subquery())).scalar_one())
    return total, total > MANY_MATCHES


def _cleaned(query: RegisterQuery) -> RegisterQuery:
    """``query`` with its text through the text policy (trimmed, at most 200
    characters), or :class:`~custadmin.domain.errors.FieldError` at
    :data:`SEARCH_FIELD`: a NUL, for one, would end SQLite's FTS5 query and
    PostgreSQL refuses it."""
    text_ = clean_search(SEARCH_FIELD, query.text)
    return query if text_ == query.text else replace(query, text=text_)


def first_page(ws: Workspace, query: RegisterQuery, rows: int = FIRST_PAGE_ROWS) -> RegisterPage:
    """The first ``rows`` accounts of ``query`` at once, and how many match in all."""
    query = _cleaned(query)
    with ws.reading() as uow:
        conn = uow.session.connection()
        total, many = _count_matches(conn, query)
        stmt = ordered_ids(ws.dialect, query, walk_sort_order=many).limit(rows)
        return RegisterPage(_fetch_ids(conn, stmt), total)


def ids_at(ws: Workspace, query: RegisterQuery, offset: int, rows: int) -> array[int]:
    """The IDs at positions ``offset`` … ``offset + rows - 1`` of ``query``.

    For rows scrolled to before :func:`search_register` has answered.
    """
    query = _cleaned(query)
    with ws.reading() as uow:
        conn = uow.session.connection()
        # The whole register walks its sort index anyway: no need to count.
        many = not query.text.strip() or _count_matches(conn, query)[1]
        stmt = ordered_ids(ws.dialect, query, walk_sort_order=many).limit(rows).offset(offset)
        return _fetch_ids(conn, stmt)


def search_register(
    ws: Workspace, query: RegisterQuery, cancel: SearchCancel | None = None
) -> array[int]:
    """IDs of every matching account in display order; ties broken by ID."""
    query = _cleaned(query)
    with ws.reading() as uow:
        conn = uow.session.connection()
        if cancel is None:
            return _all_ids(conn, query)
        driver = conn.connection.driver_connection
        cancel.attach(driver)
        try:
            return _all_ids(conn, query)
        except Exception:
            if cancel.cancelled:
                raise SearchCancelled("search cancelled") from None
            raise
        finally:
            cancel.detach(driver)


#: IDs of the whole register read per statement on SQLite.
WHOLE_REGISTER_CHUNK = 200_000


def _all_ids(conn: Connection, query: RegisterQuery) -> array[int]:
    dialect = conn.dialect.name
    stmt = ordered_ids(dialect, query)
    if dialect != "sqlite" or query.text.strip():
        return _fetch_ids(conn, stmt)
    # The whole register in chunks that continue from the last key read
    # (keyset paging on the sort index): the packed form of a million IDs
    # at once would cost ~50 MB of memory for a moment.
    key = _SORT_KEYS[query.sort]
    id_column: Any = Contact.account_id if key.class_ is Contact else Account.id
    ids: array[int] = array("q")
    after: tuple[Any, int] | None = None
    while True:
        chunk_stmt = stmt
        if after is not None:
            position = tuple_(key, id_column)
            chunk_stmt = stmt.where(position < after if query.descending else position > after)
        chunk = _fetch_ids(conn, chunk_stmt.limit(WHOLE_REGISTER_CHUNK))
        ids.extend(chunk)
        if len(chunk) < WHOLE_REGISTER_CHUNK:
            return ids
        last = int(chunk[-1])
        where = id_column == last
        if key.class_ is Contact:
            where = where & _main_contact(dialect)
        after = (conn.execute(select(key).where(where)).scalar_one(), last)


def _execute_raw(conn: Connection, stmt: ClauseElement) -> Any:
    """Run ``stmt`` on the driver's own cursor, inside the unit of work's transaction.

    SQLAlchemy still builds and compiles the statement for the connection's
    dialect; only its result processing, which these plain integers and
    strings do not need, is skipped.
    """
    compiled = cast(
        "SQLCompiler",
        stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True}),
    )
    params = compiled.construct_params()
    args: Any = (
        tuple(params[name] for name in compiled.positiontup or ())
        if compiled.positional
        else params
    )
    cursor = conn.connection.cursor()
    try:
        cursor.execute(str(compiled), args)
    except BaseException:
        cursor.close()
        raise
    return cursor


def _fetch_ids(conn: Connection, stmt: Select[Any]) -> array[int]:
    """Read one integer column, in order, into a compact array.

    On SQLite the IDs come packed into one string by SQLite itself
    (:func:`decode_packed_ids`); elsewhere the rows are streamed from the
    driver's cursor.
    """
    if conn.dialect.name == "sqlite":
        inner = stmt.subquery()
        packed = select(
            func.group_concat(func.printf("%016x", inner.c[0]), "")
        ).select_from(inner)
        cursor = _execute_raw(conn, packed)
        try:
            return decode_packed_ids(cursor.fetchone()[0])
        finally:
            cursor.close()
    ids: array[int] = array("q")
    cursor = _execute_raw(conn, stmt)
    try:
        while rows := cursor.fetchmany(50_000):
            ids.extend(chain.from_iterable(rows))
    finally:
        cursor.close()
    return ids


def stored_register_rows(ws: Workspace, ids: Sequence[int]) -> list[StoredRegisterRow]:
    """The stored register lines for ``ids``, in the same order (missing IDs are skipped)."""
    if not ids:
        return []
    stmt = (
        select(
            Account.id, Account.customer_number, Account.name, Account.org_number,
            Account.country, Contact.first_name, Contact.last_name, Contact.email,
            Contact.phone, Contact.city,
        )
        .join(Contact, (Contact.account_id == Account.id) & Contact.is_main)
        .where(Account.id.in_(list(ids)))
    )
    with ws.reading() as uow:
        cursor = _execute_raw(uow.session.connection(), stmt)
        try:
            fetched = {row[0]: row for row in cursor.fetchall()}
        finally:
            cursor.close()
    return [StoredRegisterRow(*fetched[i]) for i in ids if i in fetched]


def register_rows(ws: Workspace, ids: Sequence[int]) -> list[RegisterRow]:
    """The register rows for ``ids``, formatted, in the same order (missing IDs are skipped)."""
    return [_formatted(row) for row in stored_register_rows(ws, ids)]


def _formatted(row: StoredRegisterRow) -> RegisterRow:
    _number, name, org_number, main_contact, email, phone, city = row.cells()
    return RegisterRow(
        id=row.id, customer_number=row.customer_number, name=name, org_number=org_number,
        main_contact=main_contact, email=email, phone=phone, city=city,
    )


class DatabaseRegister:
    """The register read through SQLAlchemy: a :class:`RegisterSource` for the model."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def first_page(self, query: RegisterQuery, rows: int = FIRST_PAGE_ROWS) -> RegisterPage:
        return first_page(self.ws, query, rows)

    def all_ids(self, query: RegisterQuery, cancel: SearchCancel | None = None) -> array[int]:
        return search_register(self.ws, query, cancel)

    def ids_at(self, query: RegisterQuery, offset: int, rows: int) -> array[int]:
        return ids_at(self.ws, query, offset, rows)

    def stored_rows(self, ids: Sequence[int]) -> list[StoredRegisterRow]:
        return stored_register_rows(self.ws, ids)
