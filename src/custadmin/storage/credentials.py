"""Database passwords: from the URL, the OS keyring, or the operator.

A password is never written to a file. When no keyring backend works (a
headless Linux without Secret Service gets keyring's ``fail`` backend, whose
every call raises), the operator is asked each session instead.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backends import fail
from sqlalchemy.engine import URL

from custadmin.domain.errors import AuthenticationFailed
from custadmin.domain.messages import Message
from custadmin.storage.database import Database
from custadmin.storage.engine import display_url, normalize_url
from custadmin.storage.migrate import open_database

log = logging.getLogger(__name__)

KEYRING_SERVICE = "custadmin"
#: Remembered operator sign-ins (a token; its hash is in the database).
OPERATOR_KEYRING_SERVICE = "custadmin-operator"


@dataclass(frozen=True, slots=True)
class PasswordAnswer:
    password: str
    remember: bool


#: Asks the operator for the password of a database: (where, may_remember,
#: previous_attempt_failed) -> answer, or None when the operator cancels.
AskPassword = Callable[[str, bool, bool], PasswordAnswer | None]


def keyring_account(url: URL) -> str:
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def keyring_usable() -> bool:
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration must not stop the app
        return False
    return not isinstance(backend, fail.Keyring)


def _read_keyring(service: str, url: URL) -> str | None:
    """What the keyring keeps for ``url`` under ``service``; None if nothing or no keyring."""
    try:
        value = keyring.get_password(service, keyring_account(url))
    except (keyring.errors.KeyringError, RuntimeError) as exc:
        log.info("keyring not available (%s); asking instead", type(exc).__name__)
        return None
    return value if isinstance(value, str) else None


def stored_password(url: URL) -> str | None:
    return _read_keyring(KEYRING_SERVICE, url)


def store_password(url: URL, password: str) -> bool:
    try:
        keyring.set_password(KEYRING_SERVICE, keyring_account(url), password)
    except (keyring.errors.KeyringError, RuntimeError) as exc:
        log.warning("could not store the database password in the keyring (%s)",
                    type(exc).__name__)
        return False
    return True


def open_with_credentials(
    url: str | URL,
    ask: AskPassword | None,
    *,
    create: bool = True,
    attempts: int = 3,
) -> Database:
    """Open the database, finding its password as the design says.

    Order: a password in the URL; the keyring (service ``custadmin``); none at
    all (trust or peer authentication); then the operator, up to ``attempts``
    times. A password from the operator is stored in the keyring only when
    they ask for it and it worked.
    """
    parsed = normalize_url(url)
    if parsed.get_backend_name() != "postgresql" or parsed.password:
        return open_database(parsed, create=create)
    from_keyring = stored_password(parsed)
    if from_keyring:
        try:
            return open_database(parsed.set(password=from_keyring), create=create)
        except AuthenticationFailed:
            log.info("the keyring's password for %s was refused", display_url(parsed))
    else:
        try:
            return open_database(parsed, create=create)
        except AuthenticationFailed:
            pass
    if ask is None:
        raise AuthenticationFailed(Message("database.password_needed", where=display_url(parsed),
                                           service=KEYRING_SERVICE))
    failed = bool(from_keyring)
    for _ in range(attempts):
        answer = ask(display_url(parsed), keyring_usable(), failed)
        if answer is None:
            break
        try:
            db = open_database(parsed.set(password=answer.password), create=create)
        except AuthenticationFailed:
            failed = True
            continue
        if answer.remember:
            store_password(parsed, answer.password)
        return db
    raise AuthenticationFailed(Message("database.no_valid_password", where=display_url(parsed)))


def stored_operator_token(url: URL) -> str | None:
    """The *remember me* token of this database's operator, from the OS keyring."""
    return _read_keyring(OPERATOR_KEYRING_SERVICE, url)


def store_operator_token(url: URL, token: str | None) -> bool:
    """Keep ``token`` in the OS keyring (None: forget it); never in a file."""
    try:
        if token is None:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):  # nothing stored
                keyring.delete_password(OPERATOR_KEYRING_SERVICE, keyring_account(url))
        else:
            keyring.set_password(OPERATOR_KEYRING_SERVICE, keyring_account(url), token)
    except (keyring.errors.KeyringError, RuntimeError) as exc:
        log.warning("could not use the keyring for the operator sign-in (%s)",
                    type(exc).__name__)
        return False
    return True
