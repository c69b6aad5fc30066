"""The database and its unit of work: one short session per operator action."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from sqlalchemy import Engine, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from custadmin.domain import errors as e
from custadmin.domain.messages import Message
from custadmin.domain.operators import SYSTEM, Actor, Caller, OperatorRole, current_actor
from custadmin.storage import audit, errors
from custadmin.storage.engine import BEGIN_MODE
from custadmin.storage.schema import Operator
from custadmin.storage.sqlite_access import sqlite_access

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from custadmin.storage.accounts import AccountRepository
    from custadmin.storage.logins import LoginRepository

#: Told the actor as its operator's row reads now (see :meth:`UnitOfWork.__enter__`).
ActorRefreshed = Callable[[Actor], None]


class UnitOfWork:
    """One transaction. Rolls back unless :meth:`commit` was called.

    The repositories (:attr:`accounts`, :attr:`logins`) work in its session.
    Driver errors leave it as domain errors (see :mod:`custadmin.storage.errors`).
    """

    session: Session

    def __init__(
        self,
        database: Database,
        factory: sessionmaker[Session],
        actor: Actor,
        caller: Caller | None,
        refreshed: ActorRefreshed | None = None,
    ) -> None:
        self._database = database
        self._factory = factory
        self.actor = actor
        self.caller = caller
        self._refreshed = refreshed
        self._accounts: AccountRepository | None = None
        self._logins: LoginRepository | None = None
        self._read_current: Callable[[UnitOfWork], object] | None = None

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        try:
            if self.actor.operator_id is not None:
                self.actor = self._current_actor(self.actor.operator_id)
        except BaseException as exc:
            self.session.close()
            translated = self._domain_error(exc)
            if translated is exc:
                raise
            raise translated from exc
        # Read by the audit trail's flush hooks (storage.audit).
        self.session.info[audit.ACTOR_KEY] = self.actor
        if self.caller is not None:
            self.session.info[audit.CALLER_KEY] = self.caller
        return self

    def _current_actor(self, operator_id: int) -> Actor:
        """The operator as stored now, in this transaction (one row by its key).

        The role and enabled flag are read here, not trusted from the sign-in:
        an administrator may have demoted or disabled the operator meanwhile.
        Whoever handed the actor in learns the stored one even when this unit
        of work is refused, so that the next is checked against the new role.
        """
        row = self.session.execute(
            select(Operator.display_name, Operator.role, Operator.enabled)
            .where(Operator.id == operator_id)
        ).one_or_none()
        enabled = row is not None and bool(row.enabled)
        stored = None if row is None else Actor(operator_id, row.display_name,
                                                OperatorRole(row.role))
        if stored is not None and enabled and stored != self.actor and self._refreshed:
            self._refreshed(stored)
        return current_actor(self.actor, stored, enabled)

    @property
    def accounts(self) -> AccountRepository:
        """Accounts and their contacts, in this unit of work."""
        if self._accounts is None:
            from custadmin.storage.accounts import AccountRepository

            self._accounts = AccountRepository(self.session, self.logins)
        return self._accounts

    @property
    def logins(self) -> LoginRepository:
        """Portal logins, rights and the system-wide portal settings, in this unit of work."""
        if self._logins is None:
            from custadmin.storage.logins import LoginRepository

            self._logins = LoginRepository(self.session)
        return self._logins

    def on_conflict(self, read_current: Callable[[UnitOfWork], object]) -> None:
        """How to read the record being saved as it is stored now.

        A conflict the database detects itself (a version that moved under
        the UPDATE, a serialization failure) arrives with nothing to show;
        with this, its :class:`~custadmin.domain.errors.ConflictError` carries
        the stored record, read in a fresh unit of work, as the conflicts
        services detect themselves do, so the difference can be shown.
        """
        self._read_current = read_current

    def commit(self) -> None:
        # Flushed first, so that a failure is known to come either before the
        # COMMIT (nothing saved) or from it (the outcome may be unknown).
        try:
            self.session.flush()
        except Exception as exc:
            translated = self._domain_error(exc)
            if translated is exc:
                raise
            raise translated from exc
        try:
            self.session.commit()
        except Exception as exc:
            translated = self._domain_error(exc, committing=True)
            if translated is exc:
                raise
            raise translated from exc

    def _domain_error(self, exc: BaseException, committing: bool = False) -> BaseException:
        translated = errors.translate(exc)
        if isinstance(translated, e.DatabaseReadOnly):
            reason = self._database.why_read_only()
            if reason is not None:
                translated = e.DatabaseReadOnly(reason, translated.detail)
        elif committing and isinstance(translated, e.DatabaseUnavailable) and (
            translated.message == errors.LOST_MESSAGE
        ):
            translated = e.DatabaseUnavailable(Message("database.connection_lost_at_commit"),
                                               translated.detail)
        elif (isinstance(translated, e.ConflictError) and translated.current is None
              and not isinstance(translated, e.DatabaseBusy) and self._read_current):
            try:
                with self._database.reading(self.actor, self.caller) as fresh:
                    translated.current = self._read_current(fresh)
            except Exception:  # the conflict is what to tell, with or without it
                log.warning("The record could not be read after a conflict", exc_info=True)
        return translated

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
        except Exception as failed:
            # On a connection that broke, the rollback fails too: the error
            # that broke it is the one to tell.
            if exc is None:
                raise self._domain_error(failed) from failed
        finally:
            self.session.close()
        if exc is not None:
            translated = self._domain_error(exc)
            if translated is not exc:
                raise translated from exc


def sqlite_file(url: URL) -> Path | None:
    """The file of an SQLite URL (a path or a ``file:`` URI); None in memory or elsewhere."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database.startswith("file:"):
        database = unquote(urlsplit(database).path)
    if database in ("", ":memory:"):
        return None
    return Path(database)


class Database:
    """An engine and its two session factories: one to read, one to write.

    Writing sessions begin with ``BEGIN IMMEDIATE`` on SQLite (no lost
    updates between processes). Who works in a unit of work is given per
    unit of work (the services' :class:`~custadmin.services.workspace.Workspace`
    does that); the audit trail records it.
    """

    def __init__(self, engine: Engine, read_only: Message | None = None) -> None:
        self.engine = engine
        #: Why changes cannot be saved, as found when it was opened (None: they can).
        self.read_only = read_only
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        # On a database that can only be browsed, BEGIN IMMEDIATE itself would
        # fail: a unit of work that writes nothing (signing in) must still
        # work, and one that writes fails at its first write, saying why.
        self._write = self._read if read_only is not None else sessionmaker(
            bind=engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"}),
            expire_on_commit=False,
        )
        audit.install(self._read)
        if self._write is not self._read:
            audit.install(self._write)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def reading(self, actor: Actor = SYSTEM, caller: Caller | None = None,
                refreshed: ActorRefreshed | None = None) -> UnitOfWork:
        """A unit of work that reads; ``refreshed`` learns the actor as stored now."""
        return UnitOfWork(self, self._read, actor, caller, refreshed)

    def writing(self, actor: Actor = SYSTEM, caller: Caller | None = None,
                refreshed: ActorRefreshed | None = None) -> UnitOfWork:
        """A unit of work that writes; ``refreshed`` learns the actor as stored now."""
        return UnitOfWork(self, self._write, actor, caller, refreshed)

    def why_read_only(self) -> Message | None:
        """Why a save was refused as read-only: what the file shows now, else at opening."""
        path = sqlite_file(self.engine.url)
        found = sqlite_access(path).read_only if path is not None else None
        return found or self.read_only

    def dispose(self) -> None:
        self.engine.dispose()
