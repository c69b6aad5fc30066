"""Database passwords: from the URL, the OS keyring, or the operator.

A password is never written to a file. Only a keyring backend that keeps
secrets in the operating system's protected store is used (Secret Service,
KWallet, the macOS Keychain, the Windows Credential Locker): ``keyring``
picks whatever is installed, and ``keyrings.alt`` would store the password
base64-encoded in a plain file. When no such backend works (a headless Linux
without Secret Service gets keyring's ``fail`` backend, whose every call
raises), the operator is asked each session instead.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer
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


#: Backends that keep secrets in the operating system's protected store,
#: encrypted and unlocked with the user's session: (module, class).
OS_STORE_BACKENDS: frozenset[tuple[str, str]] = frozenset({
    ("keyring.backends.SecretService", "Keyring"),  # GNOME Keyring, KeePassXC...
    ("keyring.backends.libsecret", "Keyring"),  # the same store, through libsecret
    ("keyring.backends.kwallet", "DBusKeyring"),
    ("keyring.backends.kwallet", "DBusKeyringKWallet4"),
    ("keyring.backends.macOS", "Keyring"),  # the Keychain
    ("keyring.backends.Windows", "WinVaultKeyring"),  # the Credential Locker
})

#: In-memory backends that tests install: they opt in here explicitly;
#: custadmin itself never adds to it, so no installed package can.
TRUSTED_TEST_BACKENDS: frozenset[type[KeyringBackend]] = frozenset()

#: Backends refused by name, and why (for the log; the secret never is).
_REFUSED: dict[str, str] = {
    "keyrings.alt.file.PlaintextKeyring":
        "it keeps secrets in a plain file, only base64-encoded",
    "keyrings.alt.file.EncryptedKeyring":
        "it keeps secrets in a file under a master password of its own, which it asks "
        "for on the console (custadmin cannot answer it from a window)",
    "keyring.backends.null.Keyring": "it keeps nothing",
    "keyring.backends.fail.Keyring":
        "no keyring is available (no Secret Service, KWallet, macOS Keychain or Windows "
        "Credential Locker)",
}
_NOT_LISTED = ("it is not one of the operating system's protected stores custadmin uses "
               "(Secret Service, KWallet, macOS Keychain, Windows Credential Locker)")
_told: set[str] = set()


def _name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _refusal(backend: KeyringBackend) -> str | None:
    """Why ``backend`` may not keep custadmin's secrets; None if it may."""
    cls = type(backend)
    if cls in TRUSTED_TEST_BACKENDS:
        return None
    if cls is chainer.ChainerBackend:
        # It reads from every backend it chains and writes to the first:
        # all of them must be trusted.
        chained = list(chainer.ChainerBackend.backends)
        if not chained:
            return _REFUSED["keyring.backends.fail.Keyring"]
        for member in chained:
            why = _refusal(member)
            if why is not None:
                return f"it chains {_name(type(member))}, and {why}"
        return None
    name = _name(cls)
    if name in _REFUSED:
        return _REFUSED[name]
    if cls.__module__.startswith("keyrings.alt"):
        return "keyrings.alt keeps secrets in files or places custadmin does not trust"
    # By name, and the very class of that name: a class that only calls
    # itself keyring.backends.SecretService.Keyring is not it.
    module = sys.modules.get(cls.__module__)
    if (cls.__module__, cls.__qualname__) in OS_STORE_BACKENDS and (
        getattr(module, cls.__qualname__, None) is cls
    ):
        return None
    return _NOT_LISTED


def keyring_refusal() -> str | None:
    """Why the OS keyring is not used (English, for logs); None when it is."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration must not stop the app
        return "the keyring configuration is broken"
    why = _refusal(backend)
    if why is not None and _name(type(backend)) not in _told:
        _told.add(_name(type(backend)))
        log.warning("not using the keyring backend %s: %s; passwords are asked for each "
                    "session instead", _name(type(backend)), why)
    return why


def keyring_usable() -> bool:
    """Whether secrets may be kept in the keyring (see :data:`OS_STORE_BACKENDS`)."""
    return keyring_refusal() is None


def _read_keyring(service: str, url: URL) -> str | None:
    """What the keyring keeps for ``url`` under ``service``; None if nothing or no keyring."""
    if not keyring_usable():
        return None
    try:
        value = keyring.get_password(service, keyring_account(url))
    except (keyring.errors.KeyringError, RuntimeError) as exc:
        log.info("keyring not available (%s); asking instead", type(exc).__name__)
        return None
    return value if isinstance(value, str) else None


def stored_password(url: URL) -> str | None:
    return _read_keyring(KEYRING_SERVICE, url)


def store_password(url: URL, password: str) -> bool:
    if not keyring_usable():
        return False
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
    if token is not None and not keyring_usable():
        return False
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
