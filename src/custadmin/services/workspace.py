"""The handle the UI holds: a database, who works in it, and on whose behalf.

Every service takes a :class:`Workspace` first. It carries the operator the
service checks permissions for and the audit trail names, and, while a
support agent has noted one, the caller they act for. The UI holds one and
never reaches below it (no storage import in ``ui/``; a test checks it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from custadmin.domain.operators import SYSTEM, Actor, Caller
from custadmin.storage.credentials import AskPassword, PasswordAnswer, open_with_credentials
from custadmin.storage.database import Database, UnitOfWork
from custadmin.storage.engine import default_database_url, display_url

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL

__all__ = ["AskPassword", "PasswordAnswer", "Workspace", "open_workspace"]


class _SignedIn:
    """The operator a workspace and its :meth:`Workspace.acting` copies work as.

    Shared by those copies, so that a role read afresh in any unit of work
    (see :meth:`custadmin.storage.database.UnitOfWork.__enter__`) is the one
    every service checks from then on.
    """

    __slots__ = ("actor", "listeners")

    def __init__(self, actor: Actor) -> None:
        self.actor = actor
        self.listeners: list[Callable[[Actor], None]] = []

    def refreshed(self, actor: Actor) -> None:
        if actor.operator_id == self.actor.operator_id and actor != self.actor:
            self.actor = actor
            for listener in self.listeners:
                listener(actor)


class Workspace:
    """A database used by ``actor``, for ``caller`` (None: nobody noted).

    Services check permissions against :attr:`actor` before they open a unit
    of work; each unit of work reads the operator's role and enabled flag
    again and refuses when they no longer allow what the role checked did
    (demoted or disabled meanwhile). :attr:`actor` then is the operator as
    stored, for the next service's check and for what the window shows.
    """

    def __init__(self, database: Database, actor: Actor = SYSTEM,
                 caller: Caller | None = None) -> None:
        self.database = database
        self._signed_in = _SignedIn(actor)
        self.caller = caller

    @property
    def actor(self) -> Actor:
        """Who works: as signed in, or as last read from the database."""
        return self._signed_in.actor

    def on_actor_changed(self, listener: Callable[[Actor], None]) -> None:
        """Call ``listener(actor)`` when a unit of work finds the operator's role changed.

        It is called on the thread that ran the unit of work (a worker): a
        window relays it to its own thread.
        """
        self._signed_in.listeners.append(listener)

    def acting(self, actor: Actor | None = None, caller: Caller | None = None) -> Workspace:
        """The same database used by ``actor`` (default: this one's), for ``caller``."""
        copy = Workspace(self.database, actor or self.actor, caller)
        if actor is None or actor == self.actor:
            copy._signed_in = self._signed_in
        return copy

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

    @property
    def read_only(self) -> str | None:
        """Why changes cannot be saved (a domain message), as found at opening; None: they can."""
        return self.database.read_only

    def reading(self) -> UnitOfWork:
        return self.database.reading(self.actor, self.caller, self._signed_in.refreshed)

    def writing(self) -> UnitOfWork:
        return self.database.writing(self.actor, self.caller, self._signed_in.refreshed)

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
