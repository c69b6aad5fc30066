"""The database and its unit of work: one short session per operator action."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from custadmin.domain.operators import SYSTEM, Actor, Caller
from custadmin.storage import audit, errors
from custadmin.storage.engine import BEGIN_MODE

if TYPE_CHECKING:
    from custadmin.storage.accounts import AccountRepository
    from custadmin.storage.logins import LoginRepository


class UnitOfWork:
    """One transaction. Rolls back unless :meth:`commit` was called.

    The repositories (:attr:`accounts`, :attr:`logins`) work in its session.
    Driver errors leave it as domain errors (see :mod:`custadmin.storage.errors`).
    """

    session: Session

    def __init__(
        self, factory: sessionmaker[Session], actor: Actor, caller: Caller | None
    ) -> None:
        self._factory = factory
        self.actor = actor
        self.caller = caller
        self._accounts: AccountRepository | None = None
        self._logins: LoginRepository | None = None

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        # Read by the audit trail's flush hooks (storage.audit).
        self.session.info[audit.ACTOR_KEY] = self.actor
        if self.caller is not None:
            self.session.info[audit.CALLER_KEY] = self.caller
        return self

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

    def commit(self) -> None:
        try:
            self.session.commit()
        except Exception as exc:
            translated = errors.translate(exc)
            if translated is exc:
                raise
            raise translated from exc

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()
        if exc is not None:
            translated = errors.translate(exc)
            if translated is not exc:
                raise translated from exc


class Database:
    """An engine and its two session factories: one to read, one to write.

    Writing sessions begin with ``BEGIN IMMEDIATE`` on SQLite (no lost
    updates between processes). Who works in a unit of work is given per
    unit of work (the services' :class:`~custadmin.services.workspace.Workspace`
    does that); the audit trail records it.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        self._write = sessionmaker(
            bind=engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"}),
            expire_on_commit=False,
        )
        audit.install(self._read)
        audit.install(self._write)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def reading(self, actor: Actor = SYSTEM, caller: Caller | None = None) -> UnitOfWork:
        return UnitOfWork(self._read, actor, caller)

    def writing(self, actor: Actor = SYSTEM, caller: Caller | None = None) -> UnitOfWork:
        return UnitOfWork(self._write, actor, caller)

    def dispose(self) -> None:
        self.engine.dispose()
