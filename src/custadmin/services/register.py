"""The customer register: which accounts match, in which order, and their rows.

The register view never loads every row. :func:`first_page` answers at once
with the first rows of a query (and the count when it is cheap);
:func:`search_register` returns every matching account ID in display order (a
compact array, 4 bytes a row), off the GUI thread; :func:`register_rows`
fetches the few rows on screen by ID.

What a search matches (both back ends alike): the typed text is split into
words (at spaces, commas and semicolons), and an account matches when every
word of three characters or more is part of the account name or of some
contact's name or email, in any order ("persson håkan"), and every shorter
word is part of one of them too; text whose words are all shorter than three
characters is matched as a whole, from three characters on, or else as the
start of the account name, a contact's name or email. Names are matched by
their search keys (:func:`custadmin.domain.alphabet.search_fold`): case,
accents, æ and ø folded, and a Danish "aa" taken as "å" both ways, so "hakan"
finds "Håkan" and "Aage" finds "Åge". Besides: organisation number digits
(typed with or without hyphen), any contact's phone digits (typed in any
format) and the customer number exactly.

A line found through another contact than the main one shows that contact
(:func:`stored_register_rows` with the search; :func:`~custadmin.domain.register.found_contact`).
Names sort by the query's alphabet (:data:`~custadmin.domain.register.NAME_SORT_COLUMNS`).

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
    LargeBinary,
    Select,
    String,
    and_,
    bindparam,
    column,
    func,
    literal,
    or_,
    select,
    table,
    text,
    tuple_,
    union,
    union_all,
)
from sqlalchemy import (
    cast as cast_,
)
from sqlalchemy.orm import QueryableAttribute, Session, aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement

from custadmin.domain.accounts import RegisterRow
from custadmin.domain.alphabet import search_fold, search_words, word_variants
from custadmin.domain.einvoice import DeliveryReason
from custadmin.domain.identifiers import org_number_search_digits, phone_search_digits
from custadmin.domain.register import (
    EINVOICE_HELD,
    EINVOICE_PEPPOL,
    FIRST_PAGE_ROWS,
    ContactKeys,
    RegisterPage,
    RegisterQuery,
    StoredRegisterRow,
    found_contact,
    sort_column,
)
from custadmin.domain.text import clean_search
from custadmin.services.workspace import Workspace
from custadmin.storage import search_index
from custadmin.storage.register_reading import (
    HEX_DIGITS,
    SearchCancel,
    SearchCancelled,
    from_big_endian,
    joined_ids,
    read_packed_ids,
)
from custadmin.storage.schema import Account, Contact, EInvoiceRecipient

#: The key of the search box in a :class:`~custadmin.domain.errors.FieldError`.
SEARCH_FIELD = "search"
_PHONE_TEXT = re.compile(r"^\+?[\d\s().-]+$")
#: A customer number typed: ASCII digits (``str.isdigit`` takes "²", which int() refuses).
_NUMBER_TEXT = re.compile(r"[0-9]{1,9}")
_ORG_TEXT = re.compile(r"^[\d\s-]+$")
#: Trigram search needs three characters; shorter input is a prefix search.
SUBSTRING_FROM = 3

def _sort_key(query: RegisterQuery) -> QueryableAttribute[Any]:
    table_, column_ = sort_column(query)
    return cast("QueryableAttribute[Any]",
                getattr(Contact if table_ == "contact" else Account, column_))

_FTS = table("register_search", column("rowid", Integer), column("names", String),
             column("emails", String))
#: PostgreSQL's search table (migration 0007; storage/search_index.py).
_PG_SEARCH = table("register_search", column("account_id", Integer), column("doc", String),
                   *(column(name, String) for name in search_index.PG_NAME_ORDERS))


@dataclass(frozen=True, slots=True)
class _Terms:
    """What the typed text is searched as."""

    #: Each typed word in the spellings it is searched as (alphabet.search_words).
    words: tuple[tuple[str, ...], ...]
    #: The whole text so, for text whose words are all short ("bo ek").
    whole: tuple[str, ...]
    customer_number: int | None
    org_digits: str
    phone_digits: str

    @property
    def long_words(self) -> list[tuple[str, ...]]:
        """The words every spelling of which is long enough for the trigram indexes."""
        return [w for w in self.words if min(map(len, w)) >= SUBSTRING_FROM]

    @property
    def short_words(self) -> list[tuple[str, ...]]:
        return [w for w in self.words if min(map(len, w)) < SUBSTRING_FROM]

    @property
    def whole_is_short(self) -> bool:
        return min(map(len, self.whole)) < SUBSTRING_FROM


def _terms(typed: str) -> _Terms | None:
    typed = typed.strip()
    if not typed:
        return None
    org = org_number_search_digits(typed) if _ORG_TEXT.match(typed) else ""
    phone = phone_search_digits(typed) if _PHONE_TEXT.match(typed) else ""
    # A number typed with spaces or hyphens ("070-123 45 67", "556036-0793")
    # is one term, not words: its parts alone would match far more.
    numeric = bool(_PHONE_TEXT.match(typed))
    return _Terms(
        words=(word_variants(typed),) if numeric else search_words(typed),
        whole=word_variants(typed),
        customer_number=int(typed) if _NUMBER_TEXT.fullmatch(typed) else None,
        org_digits=org,
        phone_digits=phone if len(phone) >= SUBSTRING_FROM else "",
    )


def _fts_phrase(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _fts_any(variants: Sequence[str]) -> str:
    return "{names emails} : (" + " OR ".join(map(_fts_phrase, variants)) + ")"


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


def _prefix_parts(variants: Sequence[str]) -> list[Select[Any]]:
    return [
        part
        for prefix in variants
        for part in (
            select(Account.id).where(_prefix_range(Account.name_key, prefix)),
            select(Contact.account_id).where(_prefix_range(Contact.name_key, prefix)),
            select(Contact.account_id).where(_prefix_range(Contact.email_key, prefix)),
        )
    ]


def _matching_sqlite(terms: _Terms) -> list[Select[Any]]:
    parts: list[Select[Any]] = []
    long_words = terms.long_words
    if long_words:
        # Every long word somewhere in the account's names or emails (FTS5
        # AND, in any order); the short ones, which trigrams cannot find,
        # checked in the rows that has left.
        stmt = select(_FTS.c.rowid).where(text("register_search MATCH :words").bindparams(
            words=" AND ".join(_fts_any(w) for w in long_words)))
        searched = _FTS.c.names + "\n" + _FTS.c.emails
        for word in terms.short_words:
            stmt = stmt.where(or_(*(func.instr(searched, v) > 0 for v in word)))
        parts.append(stmt)
    elif not terms.whole_is_short:
        parts.append(select(_FTS.c.rowid).where(text("register_search MATCH :whole").bindparams(
            whole=_fts_any(terms.whole))))
    else:
        parts += _prefix_parts(terms.whole)
    numbers = []
    if len(terms.org_digits) >= SUBSTRING_FROM:
        numbers.append(f"org : {_fts_phrase(terms.org_digits)}")
    if terms.phone_digits:
        numbers.append(f"phones : {_fts_phrase(terms.phone_digits)}")
    if numbers:
        parts.append(select(_FTS.c.rowid).where(
            text("register_search MATCH :numbers").bindparams(numbers=" OR ".join(numbers))))
    if terms.org_digits and len(terms.org_digits) < SUBSTRING_FROM:
        parts.append(select(Account.id).where(_prefix_range(Account.org_number, terms.org_digits)))
    return parts


def _like_any(column_: Any, variants: Sequence[str], short: bool) -> ColumnElement[bool]:
    def pattern(value: str) -> str:
        return f"{like_escape(value)}%" if short else f"%{like_escape(value)}%"

    return or_(*(column_.like(pattern(v), escape="\\") for v in variants))


def _line_starts(doc: Any, variants: Sequence[str]) -> ColumnElement[bool]:
    """Some line of ``doc`` starts with one of ``variants``: a name's or an email's start.

    ``register_search.doc`` holds the account name, then each contact's name
    and email, a line each; pg_trgm's GIN index serves both patterns (a word
    starting so), the recheck keeps the line starts.
    """
    return or_(*(
        part
        for v in variants
        for part in (doc.like(f"{like_escape(v)}%", escape="\\"),
                     doc.like(f"%\n{like_escape(v)}%", escape="\\"))
    ))


def _doc_condition(terms: _Terms, doc: Any) -> ColumnElement[bool]:
    """What ``register_search.doc`` (or a column holding it) must contain."""
    if terms.long_words:
        return and_(*(_like_any(doc, w, False) for w in terms.long_words),
                    *(_like_any(doc, w, False) for w in terms.short_words))
    if not terms.whole_is_short:
        return _like_any(doc, terms.whole, False)
    return _line_starts(doc, terms.whole)


def _parts_postgresql(terms: _Terms, account: Any = Account, contact: Any = Contact
                      ) -> list[tuple[Select[Any], Any]]:
    """The searches whose union is the match, each with its account-ID column
    (``account`` and ``contact`` may be aliases, for a test inside a query on them)."""
    # register_search (migration 0007): one row per account, its names and
    # emails in one text with a pg_trgm GIN index, which serves LIKE '%x%'
    # from three characters on: every word is a condition on the same row,
    # and the index ANDs them. Shorter words narrow what the long ones found;
    # text of one or two characters is the start of some line.
    doc_id = _PG_SEARCH.c.account_id
    parts: list[tuple[Select[Any], Any]] = [
        (select(doc_id).where(_doc_condition(terms, _PG_SEARCH.c.doc)), doc_id)]
    short = len(terms.org_digits) < SUBSTRING_FROM
    if terms.org_digits:
        parts.append((select(account.id).where(
            _like_any(account.org_number, (terms.org_digits,), short)), account.id))
    if terms.phone_digits:
        parts.append((select(contact.account_id).where(
            _like_any(contact.phone, (terms.phone_digits,), False)), contact.account_id))
    if terms.customer_number is not None:
        parts.append((select(account.id).where(
            account.customer_number == terms.customer_number), account.id))
    return parts


def _names_only(typed: str) -> _Terms | None:
    """``typed``'s terms when only names and emails are searched (no number), else None."""
    terms = _terms(typed)
    if terms is None or len(_parts_postgresql(terms)) != 1:
        return None
    return terms


def _name_order(query: RegisterQuery) -> Any:
    """``register_search``'s copy of the sort key when the order is a name's, else None."""
    key = _sort_key(query)
    if key.class_ is Account and key.key in search_index.PG_NAME_ORDERS:
        return _PG_SEARCH.c[key.key]
    return None


def _matches_account(dialect: str, typed: str, account_id: Any) -> ColumnElement[bool] | None:
    """PostgreSQL: whether the account ``account_id`` matches ``typed``, as a per-row test.

    For walking the sort order with many matches: each part looked up by
    the account's ID. ``OFFSET 0`` keeps each EXISTS a subplan run per row,
    so the planner cannot turn it into a join that first finds every match.
    """
    terms = _terms(typed)
    if terms is None or dialect != "postgresql":
        return None
    return or_(*(
        part.where(id_column == account_id).offset(0).exists()
        for part, id_column in _parts_postgresql(terms, aliased(Account), aliased(Contact))
    ))


def matching_accounts(dialect: str, typed: str) -> CompoundSelect[Any] | Select[Any] | None:
    """IDs of the accounts ``typed`` finds, as a subquery; None for "everything"."""
    terms = _terms(typed)
    if terms is None:
        return None
    if dialect == "sqlite":
        parts = _matching_sqlite(terms)
        if terms.customer_number is not None:
            parts.append(select(Account.id).where(
                Account.customer_number == terms.customer_number))
    else:
        parts = [part for part, _column in _parts_postgresql(terms)]
    return parts[0] if len(parts) == 1 else union(*parts)


def _main_contact(dialect: str) -> ColumnElement[bool]:
    # Written as migration 0004's partial sort indexes are, so that SQLite
    # sees that they apply.
    if dialect == "sqlite":
        return text("contact.is_main = 1")  # type: ignore[return-value]
    return cast("ColumnElement[bool]", Contact.is_main)


def ordered_ids(
    dialect: str, query: RegisterQuery, *, walk_sort_order: bool = False,
    among: Sequence[int] | None = None, restrict: Select[Any] | None = None,
) -> Select[Any]:
    """The matching account IDs in display order; ties broken by ID.

    ``walk_sort_order`` (SQLite): read the sort index in order and test each
    account against the matches, instead of looking every match up and
    sorting them. For a page of a search with many matches that is ten times
    faster; for few matches, or all of them, the other way round.
    ``among``: the matching IDs, already known (the search is not run again).
    ``restrict``: only these account IDs (the e-invoice filter, :func:`_restriction`).
    """
    key = _sort_key(query)
    if (dialect == "postgresql" and not walk_sort_order and among is None and restrict is None
            and (order := _name_order(query)) is not None
            and (terms := _names_only(query.text)) is not None):
        # Every match in a name order: from register_search alone (migration
        # 0012), which holds the name orders beside what is searched.
        found = _PG_SEARCH.c.account_id
        searched = select(found).where(_doc_condition(terms, _PG_SEARCH.c.doc))
        if query.descending:
            return searched.order_by(order.desc(), found.desc())
        return searched.order_by(order, found)
    matching: Any = among if among is not None else _matching(dialect, query.text, restrict)
    if key.class_ is Contact:
        # A main-contact column: every account has exactly one main contact
        # (R1), so its row stands for the account and a partial index holds
        # the order.
        id_column: Any = Contact.account_id
        stmt = select(Contact.account_id).where(_main_contact(dialect))
    else:
        id_column = Account.id
        stmt = select(Account.id)
    if (walk_sort_order and dialect == "postgresql" and among is None and restrict is None
            and (test := _matches_account(dialect, query.text, id_column)) is not None):
        stmt = stmt.where(test)
    elif matching is not None:
        # "id + 0" keeps SQLite from driving the query by the ID list.
        member = id_column + 0 if walk_sort_order and dialect == "sqlite" else id_column
        stmt = stmt.where(member.in_(
            matching if among is not None else matching.scalar_subquery()))
    if query.descending:
        return stmt.order_by(key.desc(), id_column.desc())
    return stmt.order_by(key, id_column)


#: Above this many matches a page is found by walking the sort order.
MANY_MATCHES = 3000


def _matching(dialect: str, typed: str, restrict: Select[Any] | None
              ) -> CompoundSelect[Any] | Select[Any] | None:
    """:func:`matching_accounts` among the ``restrict`` IDs."""
    found = matching_accounts(dialect, typed)
    if restrict is None:
        return found
    if found is None:
        return restrict
    ids = found.subquery()
    return select(ids.c[0]).where(ids.c[0].in_(restrict.scalar_subquery()))


def _restriction(session: Session, query: RegisterQuery) -> Select[Any] | None:
    """IDs of the accounts in the e-invoice state the query asks for (None: any)."""
    if not query.einvoice:
        return None
    from custadmin.services.einvoice import network_of
    from custadmin.services.einvoice_report import PEPPOL_REASONS, accounts_in_state

    net = network_of(session)
    if query.einvoice == EINVOICE_PEPPOL:
        return accounts_in_state(net, PEPPOL_REASONS)
    if query.einvoice == EINVOICE_HELD:
        return accounts_in_state(net, None, held=True)
    return accounts_in_state(net, {DeliveryReason(query.einvoice)})


def _count_matches(conn: Connection, query: RegisterQuery,
                   restrict: Select[Any] | None = None) -> tuple[int, bool]:
    """How many accounts ``query`` matches, and whether that is many.

    The count comes from the search structures alone (~10 ms for 90,000
    trigram matches among a million accounts), so the scroll bar is right
    from the first page on.
    """
    matching = _matching(conn.dialect.name, query.text, restrict)
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


#: Below this many accounts (PostgreSQL's estimate) the whole register is counted exactly.
EXACT_COUNT_BELOW = 200_000


def _plan_for_cached_data(conn: Connection) -> None:
    """PostgreSQL, for this transaction: a page read at random costs little more than
    one read in order. The register reads what the server holds in memory;
    with the default (4) the planner joined 4,959 matches to the accounts by
    reading all million of them (196 ms) instead of looking each up (43 ms).
    """
    conn.exec_driver_sql("SET LOCAL random_page_cost = 1.1")


def _estimated_accounts(conn: Connection) -> int:
    """PostgreSQL's estimate of the number of accounts (the planner's statistics).

    ``count(*)`` reads a million index entries (~60 ms); the estimate is kept
    by ANALYZE and autovacuum (and after every bulk write,
    :meth:`~custadmin.storage.accounts.AccountRepository.add_many`). Below
    :data:`EXACT_COUNT_BELOW`, or never analysed (-1), the count is exact.
    """
    estimate = conn.execute(text(
        "SELECT reltuples::bigint FROM pg_class WHERE oid = 'account'::regclass")).scalar()
    return int(estimate or -1)


def _estimated_matches(conn: Connection, matching: Select[Any] | CompoundSelect[Any]) -> int:
    """The planner's estimate of how many rows ``matching`` yields (EXPLAIN, nothing run)."""
    compiled = matching.compile(dialect=conn.dialect,
                                compile_kwargs={"render_postcompile": True})
    plan = conn.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {compiled}",
                                compiled.params).scalar_one()
    return int(plan[0]["Plan"]["Plan Rows"])


#: A search's first page in a name order is first looked for among this many
#: accounts at the start of that order (an index-only scan, ~5 ms).
WALK_FIRST = 20_000


def _name_walk(query: RegisterQuery, rows: int) -> tuple[Select[Any], Select[Any]] | None:
    """A search of names and emails in a name order, by walking the order's walk index
    (migration 0012), which holds each account's searched text beside it: the
    test needs no row (an index-only scan). None for any other search or order.

    Returns (whether the first :data:`WALK_FIRST` accounts of the order hold
    ``rows`` matches: a count that stops there, the page): only then is the
    walk sure to be short. The few accounts whose text is too long for the
    walk index are searched apart (by the length index) and merged in.
    """
    order, terms = _name_order(query), _names_only(query.text)
    if order is None or terms is None:
        return None
    search = _PG_SEARCH
    found = search.c.account_id
    size = func.octet_length(search.c.doc)
    short = size <= search_index.PG_WALK_DOC_BYTES

    def by(order_: Any, id_: Any) -> tuple[Any, Any]:
        return (order_.desc(), id_.desc()) if query.descending else (order_, id_)

    head = (select(search.c.doc).where(short).order_by(*by(order, found))
            .limit(WALK_FIRST).subquery())
    enough = select(func.count()).select_from(
        select(head.c.doc).where(_doc_condition(terms, head.c.doc)).limit(rows).subquery())
    walked = union_all(
        select(found, order).where(short, _doc_condition(terms, search.c.doc))
        .order_by(*by(order, found)).limit(rows),
        select(found, order).where(~short, _doc_condition(terms, search.c.doc))
        .order_by(*by(order, found)).limit(rows),
    ).subquery()
    page = select(walked.c[0]).order_by(*by(walked.c[1], walked.c[0])).limit(rows)
    return enough, page


def _first_page_postgresql(conn: Connection, query: RegisterQuery,
                           matching: Select[Any] | CompoundSelect[Any] | None,
                           rows: int) -> RegisterPage:
    """PostgreSQL: the first page by the cheapest way in, the count exact only when cheap.

    The whole register: its sort index read for ``rows`` entries, counted by
    the planner's estimate (exact below :data:`EXACT_COUNT_BELOW`). A search
    the planner expects few matches of: every match in order, up to
    :data:`MANY_MATCHES` + 1, which counts them too. One it expects many of,
    in a name order: the order's walk index from its start, if its first
    :data:`WALK_FIRST` accounts hold a page (a broad text such as "lin",
    86,049 of a million: 2–4 ms); else the matches counted up to "many", and
    so few sorted and counted exactly. Many are counted by the planner's
    estimate; the exact number follows with every ID, off the GUI thread
    (:func:`search_register`).
    """
    _plan_for_cached_data(conn)
    if matching is None:
        estimate = _estimated_accounts(conn)
        stmt = ordered_ids("postgresql", query).limit(rows)
        if estimate < EXACT_COUNT_BELOW:
            total = int(conn.execute(select(func.count()).select_from(Account)).scalar_one())
            return RegisterPage(_fetch_ids(conn, stmt), total)
        return RegisterPage(_fetch_ids(conn, stmt), estimate, exact=False)
    walk = _name_walk(query, rows)
    # The planner's estimate (pg_trgm's, from the text's length more than
    # from the data: 10,109 for 24,741 matches, 131,423 for 86,049) only says
    # whether trying the walk first is worth it.
    estimate = _estimated_matches(conn, matching)
    if estimate <= MANY_MATCHES:
        # Few expected (a name typed in full): every match in order at once,
        # up to one more than "many", counts them too.
        found = _fetch_ids(conn, ordered_ids("postgresql", query).limit(MANY_MATCHES + 1))
        if len(found) <= MANY_MATCHES:
            return RegisterPage(found[:rows], len(found))
        if len(found) >= rows:
            # More after all: they came in order, so the page is there.
            return RegisterPage(found[:rows], len(found), exact=False)
    if (walk is not None and estimate > MANY_MATCHES
            and conn.execute(walk[0]).scalar_one() == rows):
        # Many matches at the start of the order (a broad text): the walk is short.
        return RegisterPage(_fetch_ids(conn, walk[1]), estimate, exact=False)
    # Counted up to one more than "many" (the matches themselves are not
    # sent: 3,001 rows through the driver cost 6 ms).
    upto = conn.execute(select(func.count()).select_from(
        select(matching.subquery().c[0]).limit(MANY_MATCHES + 1).subquery())).scalar_one()
    if upto <= MANY_MATCHES:
        stmt = ordered_ids("postgresql", query).limit(rows)
        return RegisterPage(_fetch_ids(conn, stmt), int(upto))
    # Numbers too (an organisation number's or a phone number's digits): the
    # matches of each kind are found by its own index, then sorted; testing
    # every account of the order against each kind is the slower way here.
    stmt = walk[1] if walk is not None else ordered_ids("postgresql", query).limit(rows)
    return RegisterPage(_fetch_ids(conn, stmt), max(estimate, MANY_MATCHES + 1), exact=False)


def first_page(ws: Workspace, query: RegisterQuery, rows: int = FIRST_PAGE_ROWS) -> RegisterPage:
    """The first ``rows`` accounts of ``query`` at once, and how many match in all
    (on PostgreSQL perhaps an estimate: :attr:`RegisterPage.exact`)."""
    query = _cleaned(query)
    with ws.reading() as uow:
        conn = uow.session.connection()
        restrict = _restriction(uow.session, query)
        matching = matching_accounts(ws.dialect, query.text)
        if ws.dialect == "postgresql" and restrict is None:
            return _first_page_postgresql(conn, query, matching, rows)
        if (matching is not None and restrict is None and ws.dialect == "sqlite"
                and len(query.text.strip()) >= SUBSTRING_FROM):
            # Few matches (a name typed in full, the common case) are searched
            # once: their IDs, up to one more than "many", then their order
            # (a common first name and surname: 33 → 20 ms at a million
            # accounts). FTS5 hands its matches over as it finds them, so with
            # many the limit stops it early. Not for one or two characters:
            # their prefix ranges are a UNION, computed whole before any limit.
            found = [int(i) for i in conn.execute(
                select(matching.subquery().c[0]).limit(MANY_MATCHES + 1)).scalars()]
            if len(found) <= MANY_MATCHES:
                stmt = ordered_ids(ws.dialect, query, among=sorted(found)).limit(rows)
                return RegisterPage(_fetch_ids(conn, stmt), len(found))
        total, many = _count_matches(conn, query, restrict)
        stmt = ordered_ids(ws.dialect, query, walk_sort_order=many and restrict is None,
                           restrict=restrict).limit(rows)
        return RegisterPage(_fetch_ids(conn, stmt), total)


def ids_at(ws: Workspace, query: RegisterQuery, offset: int, rows: int) -> array[int]:
    """The IDs at positions ``offset`` … ``offset + rows - 1`` of ``query``.

    For rows scrolled to before :func:`search_register` has answered.
    """
    query = _cleaned(query)
    with ws.reading() as uow:
        conn = uow.session.connection()
        restrict = _restriction(uow.session, query)
        # The whole register walks its sort index anyway: no need to count.
        many = restrict is None and (not query.text.strip() or _count_matches(conn, query)[1])
        stmt = ordered_ids(ws.dialect, query, walk_sort_order=many,
                           restrict=restrict).limit(rows).offset(offset)
        return _fetch_ids(conn, stmt)


def search_register(
    ws: Workspace, query: RegisterQuery, cancel: SearchCancel | None = None
) -> array[int]:
    """IDs of every matching account in display order; ties broken by ID."""
    query = _cleaned(query)
    with ws.reading() as uow:
        conn = uow.session.connection()
        restrict = _restriction(uow.session, query)
        if cancel is None:
            return _all_ids(conn, query, restrict)
        driver = conn.connection.driver_connection
        cancel.attach(driver)
        try:
            return _all_ids(conn, query, restrict)
        except Exception:
            if cancel.cancelled:
                raise SearchCancelled("search cancelled") from None
            raise
        finally:
            cancel.detach(driver)


#: IDs of the whole register read per statement on SQLite.
WHOLE_REGISTER_CHUNK = 200_000


def _all_ids(conn: Connection, query: RegisterQuery,
             restrict: Select[Any] | None = None) -> array[int]:
    dialect = conn.dialect.name
    stmt = ordered_ids(dialect, query, restrict=restrict)
    if dialect == "postgresql":
        # Tens of thousands of matches sorted in memory rather than in
        # temporary files (4 MB by default: 86,049 IDs by name spilled to
        # disk), for this transaction only.
        conn.exec_driver_sql("SET LOCAL work_mem = '64MB'")
        _plan_for_cached_data(conn)
    if dialect == "postgresql":
        return _fetch_many_ids_postgresql(conn, stmt)
    if dialect != "sqlite" or query.text.strip() or restrict is not None:
        return _fetch_ids(conn, stmt)
    # The whole register in chunks that continue from the last key read
    # (keyset paging on the sort index): the packed form of a million IDs
    # at once would cost ~50 MB of memory for a moment.
    key = _sort_key(query)
    id_column: Any = Contact.account_id if key.class_ is Contact else Account.id
    ids: array[int] | None = None
    after: tuple[Any, int] | None = None
    while True:
        chunk_stmt = stmt
        if after is not None:
            position = tuple_(key, id_column)
            chunk_stmt = stmt.where(position < after if query.descending else position > after)
        chunk = _fetch_ids(conn, chunk_stmt.limit(WHOLE_REGISTER_CHUNK))
        ids = joined_ids(ids, chunk)
        if len(chunk) < WHOLE_REGISTER_CHUNK:
            return ids
        last = int(chunk[-1])
        where = id_column == last
        if key.class_ is Contact:
            where = where & _main_contact(dialect)
        after = (conn.execute(select(key).where(where)).scalar_one(), last)


def _compiled(conn: Connection, stmt: ClauseElement) -> tuple[str, Any]:
    """``stmt`` as the driver takes it: its SQL for the connection's dialect, and its parameters."""
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
    return str(compiled), args


def _execute_raw(conn: Connection, stmt: ClauseElement, *, binary: bool = False) -> Any:
    """Run ``stmt`` on the driver's own cursor, inside the unit of work's transaction.

    SQLAlchemy still builds and compiles the statement for the connection's
    dialect; only its result processing, which these plain integers and
    strings do not need, is skipped.
    """
    sql, args = _compiled(conn, stmt)
    cursor = conn.connection.cursor()
    try:
        if binary:  # psycopg: results in binary form (a bytea as its bytes, not hex text)
            cursor.execute(sql, args, binary=True)  # type: ignore[call-arg]
        else:
            cursor.execute(sql, args)
    except BaseException:
        cursor.close()
        raise
    return cursor


#: Array type of PostgreSQL's account IDs (``integer``: signed, 4 bytes).
_INT4 = "i"


def _packed_postgresql(stmt: Select[Any]) -> Select[Any]:
    """One bytea ``ids`` of every ID of ``stmt``, each as 4 big-endian bytes, in order
    (the ordered subquery feeds the aggregate in order). Account IDs are
    ``integer`` on PostgreSQL: each fits (the cast says so, and would fail
    rather than cut one short)."""
    inner = stmt.subquery()
    return select(func.string_agg(
        func.int4send(cast_(inner.c[0], Integer)), literal(b"", LargeBinary)).label("ids")
    ).select_from(inner)


def _packed_sqlite(stmt: Select[Any], typecode: str) -> Select[Any]:
    """Every ID of ``stmt`` packed by SQLite, and how many
    (as :func:`custadmin.storage.register_reading.packed_sqlite`)."""
    inner = stmt.subquery()
    return select(
        func.group_concat(func.printf(f"%0{HEX_DIGITS[typecode]}x", inner.c[0]), ""),
        func.count(),
    ).select_from(inner)


def _fetch_ids(conn: Connection, stmt: Select[Any]) -> array[int]:
    """Read one integer column, in order, into a compact array.

    On SQLite the IDs come packed into one string by SQLite itself
    (:func:`~custadmin.storage.register_reading.read_packed_ids`); elsewhere
    the rows are streamed from the driver's cursor.
    """
    if conn.dialect.name == "sqlite":
        def fetch(typecode: str) -> Any:
            cursor = _execute_raw(conn, _packed_sqlite(stmt, typecode))
            try:
                return cursor.fetchone()
            finally:
                cursor.close()

        return read_packed_ids(fetch)
    if conn.dialect.name == "postgresql":
        # Packed by the server too: each ID as 4 big-endian bytes, one bytea
        # for all (a million IDs: 0.21 s, against 0.50 s as a million rows
        # through a server-side cursor, and 4 MB of memory instead of a row
        # object each).
        cursor = _execute_raw(conn, _packed_postgresql(stmt), binary=True)
        try:
            data = cursor.fetchone()[0]
        finally:
            cursor.close()
        found: array[int] = array(_INT4)
        if data:
            found.frombytes(data)
            from_big_endian(found)
        return found
    ids: array[int] = array("q")
    cursor = _execute_raw(conn, stmt)
    try:
        while rows := cursor.fetchmany(50_000):
            ids.extend(chain.from_iterable(rows))
    finally:
        cursor.close()
    return ids


#: Bytes of packed IDs per message when PostgreSQL sends every ID (200,000 IDs).
SLICE_BYTES = 800_000


def _fetch_many_ids_postgresql(conn: Connection, stmt: Select[Any]) -> array[int]:
    """Every ID of ``stmt`` packed by the server, as :func:`_fetch_ids`, but sent in
    slices through a server-side cursor, written into one array of the right size.

    Sent whole, a million IDs pass through four buffers of their size at once
    (libpq's input buffer, its result, the bytes object, the array), and libpq
    keeps its input buffer at that size for the connection's life: one such
    read of 8-byte IDs took 30 MB at its peak and left 15 MB behind. In slices
    it takes the array and about one slice; the aggregate is still computed once
    (``MATERIALIZED``), and each slice is a copy out of it. Each slice says
    where it goes, so their order does not matter.
    """
    packed, args = _compiled(conn, _packed_postgresql(stmt))
    sql = (
        f"WITH packed AS MATERIALIZED ({packed})"
        f" SELECT length(ids), part * {SLICE_BYTES}, substring(ids FROM part * {SLICE_BYTES} + 1"
        f" FOR {SLICE_BYTES}) FROM packed, generate_series(0, (length(ids) - 1) / {SLICE_BYTES})"
        " AS part"
    )
    ids: array[int] = array(_INT4)
    cursor = conn.connection.driver_connection.cursor(name="custadmin_every_id")  # type: ignore[union-attr]
    try:
        cursor.execute(sql, args, binary=True)
        written: memoryview | None = None
        try:
            while rows := cursor.fetchmany(1):
                total, start, part = rows[0]
                if written is None:
                    ids = array(_INT4, [0]) * (total // ids.itemsize)
                    written = memoryview(ids).cast("B")
                written[start:start + len(part)] = part
                del rows, part
        finally:
            if written is not None:
                written.release()
    finally:
        cursor.close()
    from_big_endian(ids)  # int4send is big-endian
    return ids


def stored_register_rows(
    ws: Workspace, ids: Sequence[int], search: str = ""
) -> list[StoredRegisterRow]:
    """The stored register lines for ``ids``, in the same order (missing IDs are skipped).

    With the ``search`` that found them, a line whose match is on another
    contact than the main one shows that contact (:func:`found_contact`).
    """
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
        rows = [StoredRegisterRow(*fetched[i]) for i in ids if i in fetched]
        return _with_found_contacts(uow.session.connection(), rows, search) if search else rows


#: An account's e-invoice state as the register's column shows it: the
#: delivery reason (a ``DeliveryReason`` value) and whether its invoices are held.
EInvoiceState = tuple[str, bool]


def einvoice_states(ws: Workspace, ids: Sequence[int]) -> dict[int, EInvoiceState]:
    """The e-invoice state of each of ``ids`` (the register's column, read on a
    worker after the rows are painted: the rows never wait for it).

    Most accounts have no Peppol ID, do not require e-invoices and have no
    recipient with their organisation number: they are *not in the network*,
    known from one query on the account and one look at the recipients'
    (country, organisation number) index. Only the others are decided by the
    set-based state query (:func:`~custadmin.services.einvoice_report.state_select`).
    """
    if not ids:
        return {}
    with ws.reading() as uow:
        session = uow.session
        accounts = session.execute(
            select(Account.id, Account.country, Account.org_number, Account.peppol_id,
                   Account.requires_einvoice).where(Account.id.in_(list(ids)))).all()
        pairs = {(a.country, a.org_number) for a in accounts if a.org_number}
        known: set[tuple[str, str]] = set()
        if pairs:
            known = {(country, org) for country, org in session.execute(
                select(EInvoiceRecipient.country, EInvoiceRecipient.org_number).where(
                    tuple_(EInvoiceRecipient.country, EInvoiceRecipient.org_number).in_(
                        sorted(pairs))))}
        decide = sorted(a.id for a in accounts if a.peppol_id or a.requires_einvoice
                        or (a.country, a.org_number) in known)
        found: dict[int, EInvoiceState] = {}
        if decide:
            found = {account_id: (reason, bool(held)) for account_id, reason, held in
                     session.execute(_states_of(session), {"ids": decide})}
    elsewhere = (DeliveryReason.NOT_IN_NETWORK.value, False)
    return {a.id: found.get(a.id, elsewhere) for a in accounts}


#: The state query by the operators our tier reaches: building it costs ~6 ms
#: of Python, running it for a page ~0.2 ms (a few built at most: the tier
#: and the operators seldom change).
_STATE_STATEMENTS: dict[tuple[int, ...], Select[Any]] = {}


def _states_of(session: Session) -> Select[Any]:
    """(account ID, reason, held) of the accounts in the ``ids`` parameter."""
    from custadmin.services.einvoice import network_of
    from custadmin.services.einvoice_report import reached_operator_ids, state_select

    net = network_of(session)
    key = tuple(reached_operator_ids(net))
    known = _STATE_STATEMENTS.get(key)
    if known is not None:
        return known
    states = state_select(net).subquery()
    stmt: Select[Any] = select(states.c.account_id, states.c.reason, states.c.held).where(
        states.c.account_id.in_(bindparam("ids", expanding=True)))
    if len(_STATE_STATEMENTS) > 8:
        _STATE_STATEMENTS.clear()
    _STATE_STATEMENTS[key] = stmt
    return stmt


def _with_found_contacts(
    conn: Connection, rows: list[StoredRegisterRow], search: str
) -> list[StoredRegisterRow]:
    terms = _terms(clean_search(SEARCH_FIELD, search))
    if terms is None or not rows:
        return rows
    contacts = conn.execute(
        select(Contact.account_id, Contact.id, Contact.is_main, Contact.name_key,
               Contact.email_key, Contact.phone, Contact.first_name, Contact.last_name,
               Contact.email, Contact.city)
        .where(Contact.account_id.in_([r.id for r in rows]))
        .order_by(Contact.account_id, Contact.name_key, Contact.id)
    ).all()
    by_account: dict[int, list[Any]] = {}
    for contact in contacts:
        by_account.setdefault(contact.account_id, []).append(contact)
    shown = []
    for row in rows:
        mine = by_account.get(row.id, [])
        found = found_contact(
            terms.words, terms.phone_digits, search_fold(row.name),
            [ContactKeys(c.id, c.is_main, c.name_key, c.email_key, c.phone) for c in mine])
        if found is None:
            shown.append(row)
            continue
        c = next(c for c in mine if c.id == found)
        shown.append(replace(row, first_name=c.first_name, last_name=c.last_name,
                             email=c.email, phone=c.phone, city=c.city, found_contact_id=c.id))
    return shown


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

    def stored_rows(self, ids: Sequence[int], search: str = "") -> list[StoredRegisterRow]:
        return stored_register_rows(self.ws, ids, search)

    def einvoice_states(self, ids: Sequence[int]) -> dict[int, EInvoiceState]:
        return einvoice_states(self.ws, ids)
