"""Errors that services raise and the UI explains.

Every message an error carries is a :class:`~custadmin.domain.messages.Message`:
a ``str`` whose value is the English text (for logs, the command line and
comparisons), with the code and parameters from which the UI renders it in
the operator's language (``custadmin.ui.widgets.messages``). The signatures
say ``str`` so that callers outside the domain may still pass plain text;
the domain, storage and services pass only messages (a unit test checks it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from custadmin.domain.messages import Message

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
    """One or more fields are not acceptable; nothing was saved.

    ``errors`` maps each field's key to its message (a :class:`Message`).
    """

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


def collect(checks: Mapping[str, Callable[[], object]]) -> tuple[dict[str, object], dict[str, str]]:
    """Run each field's check: (the values that passed, the messages of those that did
    not), so that a form shows every bad field at once, not the first."""
    values: dict[str, object] = {}
    errors: dict[str, str] = {}
    for name, check in checks.items():
        try:
            values[name] = check()
        except FieldError as exc:
            errors[name] = exc.message
    return values, errors


class NotFoundError(CustadminError):
    """The record asked for does not exist (any more); ``message`` says which."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


#: What a conflict says when the service has nothing more precise.
_CHANGED = Message("conflict.record")


class ConflictError(CustadminError):
    """The record was changed by someone else since it was loaded.

    ``current`` is the record as stored now, when the service read it (a
    frozen snapshot of the same kind the operator loaded), so that the
    difference can be shown without another round trip; None when the
    conflict was detected by the database itself.
    """

    def __init__(
        self,
        message: str = _CHANGED,
        current: object | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.current = current


class DatabaseBusy(ConflictError):
    """The database, or the row, was held by another save too long; nothing was saved.

    Not a change to show: the operator tries again (SQLite busy, PostgreSQL
    lock timeout or deadlock).
    """


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
    """The server cannot be reached, refused the connection, or the connection was lost."""


class DatabaseTimedOut(StorageError):
    """The server stopped a statement (it ran too long, or was cancelled); nothing was saved."""


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
