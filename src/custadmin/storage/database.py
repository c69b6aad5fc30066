"""The database handle and its unit of work: one short session per action."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from custadmin.domain.operators import SYSTEM, Actor, Caller
from custadmin.storage import audit, errors
from custadmin.storage.engine import BEGIN_MODE


class UnitOfWork:
    """One transaction. Rolls back unless :meth:`commit` was called.

    Driver errors leave it as domain errors (see :mod:`custadmin.storage.errors`).
    """

    session: Session

    def __init__(
        self, factory: sessionmaker[Session], actor: Actor, caller: Caller | None
    ) -> None:
        self._factory = factory
        self.actor = actor
        self.caller = caller

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        # Read by the audit trail's flush hooks (storage.audit).
        self.session.info[audit.ACTOR_KEY] = self.actor
        if self.caller is not None:
            self.session.info[audit.CALLER_KEY] = self.caller
        return self

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
    """Everything the services need to reach the database, and who is using it.

    ``actor`` is the operator the services check permissions for and the
    audit trail names; :meth:`acting` gives a handle on the same engine for
    another operator, or for the same one working on behalf of a caller.
    """

    def __init__(
        self,
        engine: Engine,
        actor: Actor = SYSTEM,
        caller: Caller | None = None,
        *,
        _makers: tuple[sessionmaker[Session], sessionmaker[Session]] | None = None,
    ) -> None:
        self.engine = engine
        self.actor = actor
        self.caller = caller
        if _makers is None:
            read = sessionmaker(bind=engine, expire_on_commit=False)
            write = sessionmaker(
                bind=engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"}),
                expire_on_commit=False,
            )
            audit.install(read)
            audit.install(write)
            _makers = (read, write)
        self._read, self._write = _makers

    def acting(self, actor: Actor | None = None, caller: Caller | None = None) -> Database:
        """The same database used by ``actor`` (default: this one's), for ``caller``."""
        return Database(self.engine, actor or self.actor, caller,
                        _makers=(self._read, self._write))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def reading(self) -> UnitOfWork:
        return UnitOfWork(self._read, self.actor, self.caller)

    def writing(self) -> UnitOfWork:
        return UnitOfWork(self._write, self.actor, self.caller)

    def dispose(self) -> None:
        self.engine.dispose()
