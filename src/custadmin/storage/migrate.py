"""Opening a database: checks, Alembic upgrade to head, safe SQLite upgrades.

Every way a database can be unusable ends in a :class:`StorageError` with a
message for the operator; nothing here lets a driver traceback through.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL

from custadmin.domain import errors as e
from custadmin.domain.messages import Message
from custadmin.storage import errors as storage_errors
from custadmin.storage import search_index
from custadmin.storage.database import Database
from custadmin.storage.embedded import PACKAGED_HEAD as PACKAGED_HEAD
from custadmin.storage.engine import (
    BEGIN_MODE,
    SQLITE_APPLICATION_ID,
    create_db_engine,
    display_url,
    is_network_path,
    normalize_url,
)
from custadmin.storage.sqlite_access import SqliteAccess, sqlite_access

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)


CUSTADMIN_TABLES = frozenset({"account", "contact", "counter"})


def _packaged_migrations() -> Path:
    return Path(str(resources.files("custadmin.storage") / "migrations"))


def migrations_path() -> Path:
    return _packaged_migrations()


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    if migrations_path() == _packaged_migrations():
        return PACKAGED_HEAD
    return alembic_head_revision()


def alembic_head_revision() -> str:
    """The head as Alembic reads it from the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _current_revision(conn: Connection) -> str | None:
    # What Alembic's MigrationContext reads, without importing Alembic.
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _raw_sqlite(conn: Connection) -> sqlite3.Connection:
    driver = conn.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


def _check_sqlite_file(url: URL, create: bool) -> Path | None:
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    path = Path(database)
    if path.is_dir():
        raise e.DatabaseMissing(Message("database.is_folder", path=str(path)))
    if not path.exists():
        if not create:
            raise e.DatabaseMissing(Message("database.no_file", path=str(path)))
        if not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
    if is_network_path(path.parent if not path.exists() else path):
        raise e.StorageError(Message("database.network_share", path=str(path)))
    return path


def _classify_existing(conn: Connection, where: str) -> str | None:
    """The schema revision of an existing database, or None when it is empty.

    Raises when the database belongs to something else or to a newer custadmin.
    """
    if conn.dialect.name == "sqlite":
        app_id = _raw_sqlite(conn).execute("PRAGMA application_id").fetchone()[0]
        if app_id not in (0, SQLITE_APPLICATION_ID):
            raise e.NotCustadminDatabase(Message("database.other_application", where=where))
    tables = set(inspect(conn).get_table_names())
    revision = _current_revision(conn) if "alembic_version" in tables else None
    if revision is None:
        if tables - {"alembic_version"}:
            raise e.NotCustadminDatabase(Message("database.foreign_tables", where=where))
        return None
    if revision == head_revision():
        return revision
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    try:
        known = script.get_revision(revision)
    except Exception:
        known = None
    if known is None:
        if not tables >= CUSTADMIN_TABLES:
            raise e.NotCustadminDatabase(Message("database.not_custadmin", where=where))
        raise e.DatabaseTooNew(Message("database.too_new", where=where, revision=revision))
    return revision


def _enable_wal(raw: sqlite3.Connection, up_to_date: bool) -> None:
    try:
        raw.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError as exc:
        # A read-only file that needs nothing written can still be browsed.
        if not (up_to_date and "readonly" in str(exc).lower()):
            raise


def _backup_sqlite(raw: sqlite3.Connection, path: Path, revision: str) -> Path:
    backup = path.with_name(f"{path.name}.before-upgrade-from-{revision}")
    target = sqlite3.connect(backup)
    try:
        raw.backup(target)
    finally:
        target.close()
    return backup


def _restore_sqlite(backup: Path, path: Path) -> None:
    source = sqlite3.connect(backup)
    target = sqlite3.connect(path)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


def _upgrade(conn: Connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(conn), "head")


def _upgrade_sqlite(conn: Connection, path: Path | None, revision: str | None) -> None:
    """Upgrade with foreign keys off, checked afterwards, restored on failure.

    Alembic's batch mode recreates tables; with foreign keys on, dropping the
    old table cascades and silently deletes child rows. The pragma only takes
    effect outside a transaction, so it is set on the driver connection before
    SQLAlchemy begins one.
    """
    raw = _raw_sqlite(conn)
    backup = _backup_sqlite(raw, path, revision) if path and revision else None
    raw.execute("PRAGMA foreign_keys = OFF")
    # A batch migration drops a table and renames its rebuilt copy into
    # place. Modern ALTER TABLE RENAME re-parses every trigger first and
    # fails on the register-search triggers that name the dropped table;
    # the legacy mode renames only, and the names come out as they were.
    raw.execute("PRAGMA legacy_alter_table = ON")
    try:
        _upgrade(conn)
        conn.commit()
        restored = search_index.repair_sqlite_search(raw)
        if restored:
            log.info("schema upgrade rebuilt a table; search triggers put back: %s",
                     ", ".join(restored))
        problems = raw.execute("PRAGMA foreign_key_check").fetchall()
        integrity = raw.execute("PRAGMA integrity_check").fetchone()[0]
        if problems or integrity != "ok":
            raise e.DatabaseDamaged(
                Message("database.upgrade_inconsistent"),
                f"foreign_key_check={problems[:5]} integrity_check={integrity}",
            )
        raw.execute(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
    except BaseException as exc:
        conn.rollback()
        if backup is not None and path is not None:
            conn.close()
            _restore_sqlite(backup, path)
            log.error("schema upgrade failed; restored %s from %s", path, backup)
        if isinstance(exc, (e.StorageError, KeyboardInterrupt, SystemExit)):
            raise
        translated = storage_errors.translate(exc)
        if isinstance(translated, e.StorageError):
            raise translated from exc
        raise e.StorageError(Message("database.upgrade_failed"), repr(exc)) from exc
    finally:
        if not conn.closed:
            raw.execute("PRAGMA legacy_alter_table = OFF")
            raw.execute("PRAGMA foreign_keys = ON")
    if backup is not None:
        log.info("schema upgraded from %s; backup kept at %s", revision, backup)


def open_database(
    url: str | URL,
    *,
    create: bool = True,
    on_upgrade: Callable[[str | None, str], None] | None = None,
) -> Database:
    """Open ``url``, bring it to the current schema and return it.

    ``create`` allows a missing SQLite file to be created (the default
    database always may be; a path the operator typed may not, so that a typo
    does not silently start an empty register).
    """
    parsed = normalize_url(url)
    where = display_url(parsed)
    path = _check_sqlite_file(parsed, create) if parsed.get_backend_name() == "sqlite" else None
    access = sqlite_access(path) if path is not None else SqliteAccess()
    if access.unreadable is not None:
        raise e.DatabaseReadOnly(access.unreadable)
    if access.immutable and path is not None:
        # A read-only mount: nothing can change the file, and a WAL database
        # there cannot be opened otherwise (its -shm cannot be created).
        parsed = parsed.set(database=path.resolve().as_uri(),
                            query={**parsed.query, "uri": "true", "immutable": "1"})
    engine = create_db_engine(parsed)
    try:
        _prepare(engine, path, where, on_upgrade, read_only=access.read_only is not None)
    except BaseException as exc:
        engine.dispose()
        translated = _translate_open_error(exc, where, access)
        if translated is exc:
            raise
        raise translated from exc
    if access.read_only is not None:
        log.warning("opened for browsing only: %s", access.read_only)
    return Database(engine, read_only=access.read_only)


def _prepare(
    engine: Engine,
    path: Path | None,
    where: str,
    on_upgrade: Callable[[str | None, str], None] | None,
    *,
    read_only: bool = False,
) -> None:
    # Taking the write lock fails at once on a read-only file (even when only
    # its -shm is read-only): a database that can only be browsed is read so.
    write_engine = engine if read_only else engine.execution_options(
        **{BEGIN_MODE: "IMMEDIATE"})
    with write_engine.connect() as conn:
        revision = _classify_existing(conn, where)
        head = head_revision()
        conn.commit()
        if conn.dialect.name == "sqlite":
            # Only now that the file is known to be custadmin's (or empty):
            # the journal mode is stored in the file, and another
            # application's database must be left exactly as it was.
            _enable_wal(_raw_sqlite(conn), revision == head)
        if revision == head:
            return
        if on_upgrade is not None:
            on_upgrade(revision, head)
        if conn.dialect.name == "sqlite":
            _upgrade_sqlite(conn, path, revision)
        else:
            try:
                # A schema change may rewrite a large table: not bound by the
                # time limit set for operators' statements (engine.SERVER_LIMITS).
                conn.exec_driver_sql("SET LOCAL statement_timeout = 0")
                _upgrade(conn)
                conn.commit()
            except sa_exc.DBAPIError:
                raise
            except Exception as exc:
                # PostgreSQL runs DDL in the transaction: the rollback restores it.
                conn.rollback()
                raise e.StorageError(Message("database.upgrade_failed"), repr(exc)) from exc


def _translate_open_error(
    exc: BaseException, where: str, access: SqliteAccess | None = None
) -> BaseException:
    translated = storage_errors.translate(exc)
    if access is not None and access.read_only is not None and isinstance(
        translated, e.DatabaseReadOnly | e.DatabaseMissing
    ):
        # Why it is read-only, with the remedy (the message names the file).
        return e.DatabaseReadOnly(access.read_only, str(exc))
    if isinstance(translated, storage_errors.DatabaseBusy):
        return e.DatabaseLocked(Message("database.locked", where=where), str(exc))
    if isinstance(translated, e.StorageError):
        if not translated.message.startswith(where):
            translated.message = Message("database.at", where=where, message=translated.message)
            translated.args = (translated.message,)
        return translated
    if isinstance(exc, sa_exc.DBAPIError) and translated is exc:
        return e.StorageError(Message("database.cannot_open", where=where, reason=str(exc.orig)),
                              str(exc))
    return translated
