"""The handle the UI holds: a database, who works in it, and on whose behalf.

Every service takes a :class:`Workspace` first. It carries the operator the
service checks permissions for and the audit trail names, and, while a
support agent has noted one, the caller they act for. The UI holds one and
never reaches below it (no storage import in ``ui/``; a test checks it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from custadmin.domain.operators import SYSTEM, Actor, Caller
from custadmin.storage.credentials import AskPassword, PasswordAnswer, open_with_credentials
from custadmin.storage.database import Database, UnitOfWork
from custadmin.storage.engine import default_database_url, display_url

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL

__all__ = ["AskPassword", "PasswordAnswer", "Workspace", "open_workspace"]


class Workspace:
    """A database used by ``actor``, for ``caller`` (None: nobody noted)."""

    def __init__(self, database: Database, actor: Actor = SYSTEM,
                 caller: Caller | None = None) -> None:
        self.database = database
        self.actor = actor
        self.caller = caller

    def acting(self, actor: Actor | None = None, caller: Caller | None = None) -> Workspace:
        """The same database used by ``actor`` (default: this one's), for ``caller``."""
        return Workspace(self.database, actor or self.actor, caller)

    @property
    def engine(self) -> Engine:
        return self.database.engine

    @property
    def dialect(self) -> str:
        return self.database.dialect

    @property
    def location(self) -> str:
        """Where the database is, for people (no password)."""
        return display_url(self.database.engine.url)

    def reading(self) -> UnitOfWork:
        return self.database.reading(self.actor, self.caller)

    def writing(self) -> UnitOfWork:
        return self.database.writing(self.actor, self.caller)

    def dispose(self) -> None:
        self.database.dispose()


def open_workspace(url: str | URL | None, ask: AskPassword | None = None, *,
                   create: bool = True) -> Workspace:
    """Open ``url`` (None: the embedded default database) at this version's
    schema, used by custadmin itself (:data:`SYSTEM`).

    A PostgreSQL password missing from the URL is looked up in the OS
    keyring, then asked for with ``ask`` (see :mod:`custadmin.storage.credentials`).
    """
    return Workspace(open_with_credentials(url or default_database_url(), ask, create=create))
