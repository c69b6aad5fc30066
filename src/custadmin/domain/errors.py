"""Errors that services raise and the UI explains.

Every message here is plain English meant for an operator; the UI passes
them through its translation layer by their ``code`` where it needs to.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from custadmin.domain.portal import ServedContact


class CustadminError(Exception):
    """Base of every error custadmin explains to its user."""


class FieldError(CustadminError):
    """One field's value is not acceptable."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class ValidationError(CustadminError):
    """One or more fields are not acceptable; nothing was saved."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


class NotFoundError(CustadminError):
    """The record asked for does not exist (any more)."""


class ConflictError(CustadminError):
    """The record was changed by someone else since it was loaded.

    ``differences`` maps a field name to ``(value the operator started from,
    value now stored)``; it is empty when the conflict was detected by the
    database itself and the current values are not known.
    """

    def __init__(
        self,
        message: str = "This record was changed by someone else since you opened it.",
        differences: Mapping[str, tuple[Any, Any]] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.differences = dict(differences or {})


class StorageError(CustadminError):
    """The database cannot be used as asked. ``message`` is for the operator."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class DatabaseMissing(StorageError):
    pass


class DatabaseLocked(StorageError):
    pass


class DatabaseReadOnly(StorageError):
    pass


class NotCustadminDatabase(StorageError):
    pass


class DatabaseDamaged(StorageError):
    pass


class DatabaseTooNew(StorageError):
    pass


class DatabaseUnavailable(StorageError):
    """The server cannot be reached or refused the connection."""


class DiskFull(StorageError):
    pass


class AuthenticationFailed(StorageError):
    """The database server wants a (different) password."""


class RuleViolation(CustadminError):
    """The action would break a business rule; ``message`` says which and why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConfirmationNeeded(CustadminError):
    """The action affects a login other accounts share; the operator must confirm.

    ``reason`` is ``"join"`` (the email is already a login that serves the
    listed contacts: is it the same person? R9), ``"password"`` (a new
    password changes it for all of them, R13) or ``"disable"``. Calling the
    service again with ``confirmed_login_id=login_id`` goes ahead.
    """

    def __init__(self, reason: str, login_id: int, username: str,
                 served: Sequence[ServedContact], message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.login_id = login_id
        self.username = username
        self.served = tuple(served)
        self.message = message
