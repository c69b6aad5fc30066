"""The database handle and its unit of work: one short session per action."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from custadmin.storage import errors
from custadmin.storage.engine import BEGIN_MODE


class UnitOfWork:
    """One transaction. Rolls back unless :meth:`commit` was called.

    Driver errors leave it as domain errors (see :mod:`custadmin.storage.errors`).
    """

    session: Session

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
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
    """Everything the services need to reach the database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        self._write = sessionmaker(
            bind=engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"}), expire_on_commit=False
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def reading(self) -> UnitOfWork:
        return UnitOfWork(self._read)

    def writing(self) -> UnitOfWork:
        return UnitOfWork(self._write)

    def dispose(self) -> None:
        self.engine.dispose()
