"""SQLite's search table for the register, and the triggers that keep it in step.

``register_search`` is an FTS5 table with the trigram tokenizer, one row per
account (rowid = account id): the folded account name and every contact's
folded name, every contact's folded email, the organisation number and every
contact's phone number. Triggers on ``account`` and ``contact`` rewrite an
account's row whenever one of those values changes, inside the same
transaction, so imports, edits and deletes all keep it right.

Migration 0004 creates it. A later batch migration that recreates ``account``
or ``contact`` drops the triggers on that table with it: the upgrade
(:mod:`custadmin.storage.migrate`) puts back what is missing through
:func:`repair_sqlite_search` and refills the table.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

TABLE = "register_search"

CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
    "names, emails, org, phones, tokenize = 'trigram case_sensitive 1')"
)

# Fields are joined with a line feed: control characters are refused in every
# stored text (domain/text.py), so no typed search can match across two.
_ROW = """
INSERT INTO register_search(rowid, names, emails, org, phones)
SELECT a.id,
       a.name_key || char(10) || coalesce(group_concat(c.name_key, char(10)), ''),
       coalesce(group_concat(c.email_key, char(10)), ''),
       a.org_number,
       coalesce(group_concat(c.phone, char(10)), '')
FROM account a LEFT JOIN contact c ON c.account_id = a.id
WHERE {where}
GROUP BY a.id
"""

FILL = _ROW.format(where="1")
#: Merges the FTS5 index into one segment. After the table is emptied and
#: filled again, the old segments hold every row as deleted until merged, and
#: a search reads both: twice the work (46 → 21 ms for a first and last name
#: at a million accounts).
OPTIMIZE = f"INSERT INTO {TABLE}({TABLE}) VALUES('optimize')"

# An account gets its row when its first contact is inserted: every account is
# created together with its main contact in one transaction (R1), so an
# account-insert trigger would only write a row that is rewritten at once.
TRIGGERS = {
    "register_search_account_update": f"""
        AFTER UPDATE OF name_key, org_number ON account BEGIN
            DELETE FROM register_search WHERE rowid = old.id;
            {_ROW.format(where="a.id = new.id")};
        END""",
    "register_search_account_delete": """
        AFTER DELETE ON account BEGIN
            DELETE FROM register_search WHERE rowid = old.id;
        END""",
    "register_search_contact_insert": f"""
        AFTER INSERT ON contact BEGIN
            DELETE FROM register_search WHERE rowid = new.account_id;
            {_ROW.format(where="a.id = new.account_id")};
        END""",
    "register_search_contact_update": f"""
        AFTER UPDATE OF name_key, email_key, phone, account_id ON contact BEGIN
            DELETE FROM register_search WHERE rowid IN (old.account_id, new.account_id);
            {_ROW.format(where="a.id IN (old.account_id, new.account_id)")};
        END""",
    "register_search_contact_delete": f"""
        AFTER DELETE ON contact BEGIN
            DELETE FROM register_search WHERE rowid = old.account_id;
            {_ROW.format(where="a.id = old.account_id")};
        END""",
}


# PostgreSQL: pg_trgm GIN indexes serve LIKE '%x%' from three characters on,
# text_pattern_ops indexes serve LIKE 'x%' (whatever the database's collation).
PG_TRIGRAM = {
    "ix_account_org_number_trgm": ("account", "org_number"),
    "ix_contact_phone_trgm": ("contact", "phone"),
}
#: Migration 0004 also indexed names and emails so; since 0007 they are
#: searched in ``register_search`` alone, and 0012 drops these: each cost
#: every bulk write a fifth of its time and no search used them.
PG_TRIGRAM_UNUSED = {
    "ix_account_name_key_trgm": ("account", "name_key"),
    "ix_contact_name_key_trgm": ("contact", "name_key"),
    "ix_contact_email_key_trgm": ("contact", "email_key"),
}
PG_PREFIX = {
    "ix_account_org_number_prefix": ("account", "org_number"),
}
#: Migration 0004's prefix indexes on names and emails; since 0012 one or two
#: characters are searched as the start of a line of ``register_search``
#: (its pg_trgm index), and 0012 drops these.
PG_PREFIX_UNUSED = {
    "ix_account_name_key_prefix": ("account", "name_key"),
    "ix_contact_name_key_prefix": ("contact", "name_key"),
    "ix_contact_email_key_prefix": ("contact", "email_key"),
}


# PostgreSQL: the same one row per account (account_id, doc: the folded
# account name, every contact's folded name and email, a line each), kept by
# row triggers and searched through one pg_trgm GIN index, so that the words
# of a search ("persson håkan") are ANDed in one bitmap scan wherever in the
# account they stand. Written by SQL functions, so that the bulk path (which
# sets custadmin.bulk to skip the triggers) refreshes a batch in one call.
PG_DOC_INDEX = f"{TABLE}_doc_trgm"
_PG_DOC = ("a.name_key || chr(10) || coalesce(string_agg(c.name_key || chr(10) || c.email_key, "
           "chr(10) ORDER BY c.id), '')")


def _pg_refresh(create: str, orders: tuple[str, ...]) -> str:
    """The function that rewrites the search rows of some accounts (``orders``:
    the account's name orders copied beside the text, from migration 0012)."""
    copied = "".join(f", {name}" for name in orders)
    from_account = "".join(f", a.{name}" for name in orders)
    return f"""{create} FUNCTION {TABLE}_refresh(ids integer[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM {TABLE} WHERE account_id = ANY(ids);
        INSERT INTO {TABLE} (account_id, doc{copied})
        SELECT a.id, {_PG_DOC}{from_account}
        FROM account a LEFT JOIN contact c ON c.account_id = a.id
        WHERE a.id = ANY(ids) GROUP BY a.id;
    $$"""


def _pg_account_trigger(columns: tuple[str, ...]) -> str:
    """The account trigger, run when one of ``columns`` changes."""
    return (f"CREATE TRIGGER {TABLE}_account AFTER INSERT OR UPDATE OF {', '.join(columns)} "
            f"ON account FOR EACH ROW EXECUTE FUNCTION {TABLE}_account_changed()")


PG_CREATE = (
    f"CREATE TABLE {TABLE} (account_id integer PRIMARY KEY "
    "REFERENCES account (id) ON DELETE CASCADE, doc text NOT NULL)",
    _pg_refresh("CREATE", ()),
    f"""CREATE FUNCTION {TABLE}_account_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF coalesce(current_setting('custadmin.bulk', true), '') <> 'on' THEN
            PERFORM {TABLE}_refresh(ARRAY[NEW.id]);
        END IF;
        RETURN NULL;
    END $$""",
    f"""CREATE FUNCTION {TABLE}_contact_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF coalesce(current_setting('custadmin.bulk', true), '') <> 'on' THEN
            IF TG_OP = 'INSERT' THEN
                PERFORM {TABLE}_refresh(ARRAY[NEW.account_id]);
            ELSIF TG_OP = 'DELETE' THEN
                PERFORM {TABLE}_refresh(ARRAY[OLD.account_id]);
            ELSE
                PERFORM {TABLE}_refresh(ARRAY[OLD.account_id, NEW.account_id]);
            END IF;
        END IF;
        RETURN NULL;
    END $$""",
    _pg_account_trigger(("name_key",)),
    f"CREATE TRIGGER {TABLE}_contact AFTER INSERT OR DELETE OR UPDATE OF name_key, email_key, "
    f"account_id ON contact FOR EACH ROW EXECUTE FUNCTION {TABLE}_contact_changed()",
    f"INSERT INTO {TABLE} (account_id, doc) SELECT a.id, {_PG_DOC} "
    "FROM account a LEFT JOIN contact c ON c.account_id = a.id GROUP BY a.id",
)
PG_INDEX = f"CREATE INDEX {PG_DOC_INDEX} ON {TABLE} USING gin (doc gin_trgm_ops)"
PG_DROP = (
    f"DROP TRIGGER IF EXISTS {TABLE}_contact ON contact",
    f"DROP TRIGGER IF EXISTS {TABLE}_account ON account",
    f"DROP FUNCTION IF EXISTS {TABLE}_contact_changed()",
    f"DROP FUNCTION IF EXISTS {TABLE}_account_changed()",
    f"DROP FUNCTION IF EXISTS {TABLE}_refresh(integer[])",
    f"DROP TABLE IF EXISTS {TABLE}",
)


# Migration 0012: each row also holds the account's three name orders, so
# that every ID of a search, in the register's default order, is read from
# this one table and sorted (0.18 s for 86,049 of a million accounts),
# instead of joined to the accounts (0.56 s). Copied by the refresh function,
# which the account trigger now also runs when a sort key changes.
PG_NAME_ORDERS = ("name_key", "sort_sv", "sort_da")
PG_ADD_NAME_ORDERS = (
    f"ALTER TABLE {TABLE} ADD COLUMN name_key text NOT NULL DEFAULT '', "
    "ADD COLUMN sort_sv text COLLATE \"C\" NOT NULL DEFAULT '', "
    "ADD COLUMN sort_da text COLLATE \"C\" NOT NULL DEFAULT ''",
    _pg_refresh("CREATE OR REPLACE", PG_NAME_ORDERS),
    f"DROP TRIGGER {TABLE}_account ON account",
    _pg_account_trigger(PG_NAME_ORDERS),
    f"UPDATE {TABLE} s SET name_key = a.name_key, sort_sv = a.sort_sv, sort_da = a.sort_da "
    "FROM account a WHERE a.id = s.account_id",
)
#: The longest ``doc`` (bytes) the walk indexes hold: a B-tree entry must stay
#: under 2,704 bytes, and a name's sort key may take 800.
PG_WALK_DOC_BYTES = 1500
#: Migration 0012: per name order, the order with each account's ``doc``
#: beside it, so that the first page of a search with many matches walks the
#: order testing ``doc`` in the index alone (an index-only scan: 2 ms for
#: "lin", against 50–80 ms looking each account's row up). Partial: a longer
#: ``doc`` (an account with dozens of contacts) is found through ``..._long``.
PG_WALK_INDEXES = {f"{TABLE}_{name}_walk": name for name in PG_NAME_ORDERS}
PG_LONG_INDEX = f"{TABLE}_long"
PG_CREATE_WALK_INDEXES = (
    *(f"CREATE INDEX {index} ON {TABLE} ({name}, account_id) INCLUDE (doc) "
      f"WHERE octet_length(doc) <= {PG_WALK_DOC_BYTES}"
      for index, name in PG_WALK_INDEXES.items()),
    # On the length of every doc, not only the long ones: an expression
    # index gets the planner statistics for it, so the long ones are known
    # to be few and looked up here (a partial index has none: the planner
    # took a third of the rows for long and rechecked every match, 90 ms).
    f"CREATE INDEX {PG_LONG_INDEX} ON {TABLE} ((octet_length(doc)))",
)
PG_DROP_NAME_ORDERS = (
    _pg_refresh("CREATE OR REPLACE", ()),
    f"DROP TRIGGER {TABLE}_account ON account",
    _pg_account_trigger(("name_key",)),
    *(f"DROP INDEX IF EXISTS {index}" for index in (*PG_WALK_INDEXES, PG_LONG_INDEX)),
    f"ALTER TABLE {TABLE} DROP COLUMN name_key, DROP COLUMN sort_sv, DROP COLUMN sort_da",
)


def is_search_object(name: str | None) -> bool:
    """Whether ``name`` is one of the search structures the ORM classes do not describe."""
    return bool(name) and (
        str(name).startswith(TABLE) or name in PG_TRIGRAM or name in PG_PREFIX
    )


#: Writes the rows of a batch of accounts inside a :func:`bulk_rows` block;
#: the flag says they are new (no row of theirs to replace).
RowBuilder = Callable[[Sequence[int], bool], None]

_BATCH = 500


@contextmanager
def bulk_rows(session: Session) -> Iterator[RowBuilder]:
    """Many accounts written in one transaction: their search rows in batches.

    Inside the block the triggers are dropped (DDL is transactional in
    SQLite: other connections never see them missing, and a rollback brings
    them back), the caller passes each batch of written account IDs to the
    yielded function, and on leaving the block the triggers are created
    again, before the caller commits. One statement per batch instead of a
    trigger per row: the trigger path was measured at a third of the speed.
    On PostgreSQL, or before migration 0004, the function does nothing.
    """
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        with _bulk_postgresql(session) as rows:
            yield rows
        return
    if conn.dialect.name != "sqlite" or not conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE name = :table"), {"table": TABLE}
    ).first():
        yield lambda _ids, _new: None
        return

    def rebuild(ids: Sequence[int], new: bool) -> None:
        for start in range(0, len(ids), _BATCH):
            chunk = ", ".join(str(int(i)) for i in ids[start : start + _BATCH])
            if not new:
                conn.exec_driver_sql(f"DELETE FROM {TABLE} WHERE rowid IN ({chunk})")
            conn.exec_driver_sql(_ROW.format(where=f"a.id IN ({chunk})"))

    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    yield rebuild
    for name, body in TRIGGERS.items():
        conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")


@contextmanager
def _bulk_postgresql(session: Session) -> Iterator[RowBuilder]:
    """The triggers skip rows while ``custadmin.bulk`` is on (for this
    transaction only: no lock on the tables, unlike disabling a trigger); the
    batches are refreshed in one call each."""
    conn = session.connection()
    if conn.execute(text("SELECT to_regclass(:table)"), {"table": TABLE}).scalar() is None:
        yield lambda _ids, _new: None  # before migration 0007
        return

    def rebuild(ids: Sequence[int], _new: bool) -> None:
        for start in range(0, len(ids), _BATCH):
            conn.execute(text(f"SELECT {TABLE}_refresh(CAST(:ids AS integer[]))"),
                         {"ids": [int(i) for i in ids[start : start + _BATCH]]})

    conn.execute(text("SELECT set_config('custadmin.bulk', 'on', true)"))
    yield rebuild
    # (Left on by an error: the transaction is rolled back, and the setting with it.)
    conn.execute(text("SELECT set_config('custadmin.bulk', 'off', true)"))


def create_sqlite_search(execute: Callable[[str], object]) -> None:
    """Create the table and its triggers, and fill it from the stored accounts."""
    execute(CREATE_TABLE)
    for name, body in TRIGGERS.items():
        execute(f"CREATE TRIGGER {name} {body}")
    execute(FILL)


def repair_sqlite_search(raw: sqlite3.Connection) -> list[str]:
    """Put back triggers a table rebuild dropped, and refill; the names put back.

    Does nothing on a database without the search table (before 0004).
    """
    present = {
        name for (name,) in raw.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"
        )
    }
    if TABLE not in present:
        return []
    missing = [name for name in TRIGGERS if name not in present]
    if missing:
        with raw:
            for name in missing:
                raw.execute(f"CREATE TRIGGER {name} {TRIGGERS[name]}")
            raw.execute(f"DELETE FROM {TABLE}")
            raw.execute(FILL)
            raw.execute(OPTIMIZE)
    return missing
