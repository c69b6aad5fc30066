"""Outgoing mail: the SMTP server welcome emails go through, or the outbox folder (issue 18).

The rest of the app hands ready-made :class:`~email.message.EmailMessage`
objects to a :class:`Transport` (:func:`transport_for`): an SMTP server when an
administrator configured one (:class:`SmtpTransport`), otherwise the outbox
folder, where every message becomes an ``.eml`` file someone can open and send
by hand (:class:`OutboxTransport`; the default of the embedded database).

The settings are one row of ``system_setting`` (JSON, one version for the
whole set, so that two administrators cannot half-overwrite each other). The
SMTP password is never in the database nor in any file: it goes to the OS
keyring under :data:`SMTP_KEYRING_SERVICE`, and when no trusted keyring works
(a headless Linux gets keyring's ``fail`` backend; ``keyrings.alt`` is refused,
see :mod:`custadmin.storage.credentials`) it is kept in this process's memory
only, until custadmin closes, and the administrator is told so
(:class:`PasswordPlace`).

Every way delivery can fail becomes one exception, :class:`DeliveryFailed`,
whose message says what happened in the operator's words, with the server's
reply code and text where there is one. A password never appears in a
message or a log line.

Keyring calls and network traffic can block for seconds: call everything
here from a worker, never from the GUI thread.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import email.policy
import enum
import ipaddress
import json
import logging
import os
import re
import smtplib
import socket
import ssl
import tempfile
import threading
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import Any, Protocol

import keyring
import keyring.errors
import platformdirs
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from custadmin.domain.errors import (
    ConflictError,
    CustadminError,
    DatabaseBusy,
    FieldError,
    ValidationError,
    collect,
)
from custadmin.domain.identifiers import normalize_email
from custadmin.domain.messages import Message
from custadmin.domain.operators import Permission, require
from custadmin.domain.text import check_text, clean_text, secret_problem
from custadmin.services.workspace import Workspace
from custadmin.storage.credentials import keyring_usable
from custadmin.storage.database import UnitOfWork
from custadmin.storage.embedded import APP_NAME
from custadmin.storage.schema import SystemSetting

log = logging.getLogger(__name__)

#: The ``system_setting`` row holding the SMTP settings (JSON).
MAIL_SETTINGS_KEY = "mail.smtp"
#: The keyring service SMTP passwords are kept under, one per ``username@host``.
SMTP_KEYRING_SERVICE = "custadmin-smtp"
#: Overrides :func:`outbox_folder` (tests, or a shared folder chosen at start-up).
OUTBOX_ENV = "CUSTADMIN_OUTBOX"
#: Hosts a plain (unencrypted) connection may go to: this computer only.
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
DEFAULT_TIMEOUT = 30.0

HOST_MAX_LENGTH = 253  # the longest DNS name
USERNAME_MAX_LENGTH = 254
PASSWORD_MAX_LENGTH = 1000
#: How much of a server's reply a message quotes.
_REPLY_MAX_LENGTH = 300
#: A connection unused this long is checked (NOOP) before the next message.
_IDLE_CHECK_SECONDS = 10.0
#: How much of an outbox file is read for its headers (they come first).
_HEADER_BYTES = 256 * 1024


class MailSecurity(enum.StrEnum):
    """How the connection to the SMTP server is encrypted."""

    STARTTLS = "starttls"  # plain connect, then STARTTLS before anything else (port 587)
    TLS = "tls"  # implicit TLS from the first byte (port 465)
    NONE = "none"  # unencrypted: only to a server on this computer (LOCAL_HOSTS)


#: The usual port of each kind of connection (the dialog suggests it).
DEFAULT_PORTS = {MailSecurity.STARTTLS: 587, MailSecurity.TLS: 465, MailSecurity.NONE: 25}


@dataclass(frozen=True, slots=True)
class MailSettings:
    """The outgoing mail server, as an administrator set it.

    ``username`` "" means no login. ``version`` is the stored version these
    were read at (0: never stored); a save compares it.
    """

    host: str
    port: int
    security: MailSecurity
    username: str
    sender: str
    version: int = 0

    @property
    def server(self) -> str:
        """``host:port``, as messages name the server."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


class PasswordPlace(enum.StrEnum):
    """Where the SMTP password of a set of settings is kept."""

    NONE = "none"  # no password (none stored, or no login at all)
    KEYRING = "keyring"  # the operating system's keyring
    MEMORY = "memory"  # this process's memory only: no usable keyring; gone at exit


class DeliveryFailed(CustadminError):
    """An email could not be delivered; ``reason`` says why, for the operator.

    ``smtp_code`` is the server's reply code when the server refused
    (5xx: permanent, 4xx: try again later), None when there was no reply.
    """

    def __init__(self, reason: str, smtp_code: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.message = reason
        self.smtp_code = smtp_code


# --- the settings ---------------------------------------------------------------------


def _is_local(host: str) -> bool:
    return host.strip("[]").lower() in LOCAL_HOSTS


_HOST_NAME = re.compile(r"[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)*\.?")


def _host(value: str) -> str:
    host = clean_text("host", value, required=True, max_length=HOST_MAX_LENGTH)
    if ":" in host:  # an IPv6 address, perhaps in brackets
        try:
            return str(ipaddress.IPv6Address(host.removeprefix("[").removesuffix("]")))
        except ValueError:
            raise FieldError("host", Message("mail.host_invalid")) from None
    if _HOST_NAME.fullmatch(host) is None:
        raise FieldError("host", Message("mail.host_invalid"))
    return host


def _port(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 65535:
        raise FieldError("port", Message("mail.port_range"))
    return value


def _security(value: str, host: str) -> MailSecurity:
    try:
        security = MailSecurity(value)
    except ValueError:
        raise FieldError("security", Message("mail.security_unknown")) from None
    if security is MailSecurity.NONE and not _is_local(host.strip()):
        raise FieldError("security", Message("mail.plain_only_local"))
    return security


def _password(password: str, username: str) -> str:
    if password and not username:
        raise FieldError("password", Message("mail.password_without_user"))
    problem = secret_problem(password)
    if problem is not None:
        raise FieldError("password", problem)
    if len(password) > PASSWORD_MAX_LENGTH:
        raise FieldError("password", Message("field.at_most", max_length=PASSWORD_MAX_LENGTH))
    return password


def validate_mail_settings(settings: MailSettings, password: str | None = None) -> MailSettings:
    """``settings`` cleaned (trimmed, normalised), or :class:`ValidationError`
    with a message for each bad field (keys: host, port, security, username,
    sender, password). Needs no database: the dialog checks as the operator types."""
    values, errors = collect({
        "host": lambda: _host(settings.host),
        "port": lambda: _port(settings.port),
        "username": lambda: clean_text("username", settings.username, required=False,
                                       max_length=USERNAME_MAX_LENGTH),
        "sender": lambda: normalize_email("sender", check_text("sender", settings.sender)),
    })
    more, also = collect({
        "security": lambda: _security(settings.security, settings.host),
        "password": lambda: _password(password or "", str(values.get("username", "x"))),
    })
    errors.update(also)
    if errors:
        raise ValidationError(errors)
    return replace(settings, host=str(values["host"]), port=int(str(values["port"])),
                   security=MailSecurity(str(more["security"])),
                   username=str(values["username"]), sender=str(values["sender"]))


def _parse(row: SystemSetting) -> MailSettings:
    """The stored settings; a damaged value reads as empty fields (the dialog shows them
    for repair, and delivery refuses them) rather than stopping whoever reads it."""
    try:
        data: Any = json.loads(row.value)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        log.warning("the stored mail settings (%s) are not a JSON object", MAIL_SETTINGS_KEY)
        data = {}

    def text(key: str) -> str:
        value = data.get(key)
        return value if isinstance(value, str) else ""

    port = data.get("port")
    try:
        security = MailSecurity(text("security"))
    except ValueError:
        security = MailSecurity.STARTTLS
    return MailSettings(host=text("host"),
                        port=port if isinstance(port, int) and not isinstance(port, bool) else 0,
                        security=security, username=text("username"), sender=text("sender"),
                        version=row.version)


def _stored(session: Session) -> MailSettings | None:
    row = session.get(SystemSetting, MAIL_SETTINGS_KEY)
    return None if row is None else _parse(row)


def load_mail_settings(ws: Workspace) -> MailSettings | None:
    """The SMTP settings as stored; None when none are (mail goes to the outbox)."""
    with ws.reading() as uow:
        return _stored(uow.session)


def _conflict(current: MailSettings | None) -> ConflictError:
    return ConflictError(Message("mail.settings_changed"), current=current)


def _commit(uow: UnitOfWork) -> None:
    """Commit; a save that lost a race (a version moved, or two first saves at once)
    is the settings' conflict, with the settings as stored now."""
    try:
        uow.commit()
    except IntegrityError as exc:  # two first saves at once: the same primary key
        raise _conflict(None) from exc
    except ConflictError as exc:
        if isinstance(exc, DatabaseBusy):
            raise
        raise _conflict(exc.current if isinstance(exc.current, MailSettings) else None) from exc


def save_mail_settings(ws: Workspace, settings: MailSettings, loaded_version: int,
                       password: str | None = None) -> MailSettings:
    """Store ``settings`` if they are still at ``loaded_version`` (0: none were stored).

    ``password``: None keeps the stored one, "" forgets it, anything else is
    stored in the keyring (or kept in memory, see :class:`PasswordPlace`), never
    in the database. A password stored for another user name or host is
    forgotten: it is not sent to a server it was not typed for. Returns the
    settings as saved, with their new version.
    """
    require(ws.actor, Permission.MAIL_SETTINGS)
    clean = validate_mail_settings(settings, password)
    value = json.dumps({"host": clean.host, "port": clean.port, "security": clean.security.value,
                        "username": clean.username, "sender": clean.sender}, sort_keys=True)
    with ws.writing() as uow:
        session = uow.session
        uow.on_conflict(lambda fresh: _stored(fresh.session))
        row = session.get(SystemSetting, MAIL_SETTINGS_KEY)
        before = None if row is None else _parse(row)
        if (0 if row is None else row.version) != loaded_version:
            raise _conflict(before)
        if row is None:
            row = SystemSetting(key=MAIL_SETTINGS_KEY, value=value)
            session.add(row)
        else:
            row.value = value
        try:  # flushed here for the new version; a lost race is this conflict
            session.flush()
        except (IntegrityError, StaleDataError) as exc:
            raise _conflict(None) from exc
        saved = replace(clean, version=row.version)
        _commit(uow)
    # The keyring after the commit: a locked keyring may take a while, and
    # the database must not wait for it.
    if before is not None and before.username and (
        _password_account(before) != _password_account(saved) or not saved.username
    ):
        forget_smtp_password(before)
    if password is not None and saved.username:
        if password:
            store_smtp_password(saved, password)
        else:
            forget_smtp_password(saved)
    return saved


def clear_mail_settings(ws: Workspace, loaded_version: int) -> None:
    """Forget the SMTP settings (and their password): mail goes to the outbox again."""
    require(ws.actor, Permission.MAIL_SETTINGS)
    with ws.writing() as uow:
        session = uow.session
        uow.on_conflict(lambda fresh: _stored(fresh.session))
        row = session.get(SystemSetting, MAIL_SETTINGS_KEY)
        if row is None:
            if loaded_version != 0:
                raise _conflict(None)
            return
        before = _parse(row)
        if row.version != loaded_version:
            raise _conflict(before)
        session.delete(row)
        _commit(uow)
    if before.username:
        forget_smtp_password(before)


# --- the password: the OS keyring, or this process's memory ----------------------------

_memory: dict[str, str] = {}
_memory_lock = threading.Lock()


def _password_account(settings: MailSettings) -> str:
    return f"{settings.username}@{settings.host}"


def store_smtp_password(settings: MailSettings, password: str) -> PasswordPlace:
    """Keep ``password`` for ``settings``' user at its host: the keyring, else memory."""
    account = _password_account(settings)
    if keyring_usable():
        try:
            keyring.set_password(SMTP_KEYRING_SERVICE, account, password)
        except (keyring.errors.KeyringError, RuntimeError) as exc:
            log.warning("could not store the SMTP password in the keyring (%s)",
                        type(exc).__name__)
        else:
            with _memory_lock:
                _memory.pop(account, None)
            return PasswordPlace.KEYRING
    with _memory_lock:
        _memory[account] = password
    log.warning("no usable keyring: the SMTP password for %s is kept in memory until "
                "custadmin closes, and must be typed again after a restart", account)
    return PasswordPlace.MEMORY


def forget_smtp_password(settings: MailSettings) -> None:
    """Forget the password of ``settings``' user at its host, wherever it is kept."""
    account = _password_account(settings)
    with _memory_lock:
        _memory.pop(account, None)
    if not keyring_usable():
        return
    try:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):  # nothing stored
            keyring.delete_password(SMTP_KEYRING_SERVICE, account)
    except (keyring.errors.KeyringError, RuntimeError) as exc:
        log.warning("could not remove the SMTP password from the keyring (%s)",
                    type(exc).__name__)


def _keyring_password(account: str) -> str | None:
    if not keyring_usable():
        return None
    try:
        value = keyring.get_password(SMTP_KEYRING_SERVICE, account)
    except (keyring.errors.KeyringError, RuntimeError) as exc:
        log.info("keyring not available for the SMTP password (%s)", type(exc).__name__)
        return None
    return value if isinstance(value, str) else None


def smtp_password(settings: MailSettings) -> str | None:
    """The password of ``settings``' login (memory first: it is newer), or None."""
    if not settings.username:
        return None
    account = _password_account(settings)
    with _memory_lock:
        kept = _memory.get(account)
    return kept if kept is not None else _keyring_password(account)


def password_place(settings: MailSettings | None) -> PasswordPlace:
    """Where the password of ``settings``' login is kept (the dialog says so)."""
    if settings is None or not settings.username:
        return PasswordPlace.NONE
    account = _password_account(settings)
    with _memory_lock:
        if account in _memory:
            return PasswordPlace.MEMORY
    return PasswordPlace.NONE if _keyring_password(account) is None else PasswordPlace.KEYRING


# --- transports -------------------------------------------------------------------------


class MailSession(Protocol):
    """Sends messages over what :meth:`Transport.session` opened."""

    def send(self, message: EmailMessage) -> None:
        """Deliver ``message``, or raise :class:`DeliveryFailed` (the session goes on)."""
        ...


class Transport(Protocol):
    """Where emails go: an SMTP server or the outbox folder.

    For a batch, ``with transport.session() as session: session.send(m)`` per
    message (one SMTP connection for all, each message failing alone), or
    :meth:`send_many`.
    """

    @property
    def kind(self) -> str:
        """"smtp" or "outbox" (as an invitation records its delivery)."""
        ...

    @property
    def description(self) -> str:
        """Where, for people: ``host:port`` or the outbox folder."""
        ...

    def send(self, message: EmailMessage) -> None:
        """Deliver ``message``, or raise :class:`DeliveryFailed`."""
        ...

    def send_many(self, messages: Sequence[EmailMessage]) -> list[DeliveryFailed | None]:
        """Deliver each message (one connection for all); per message None or why not."""
        ...

    def session(self) -> contextlib.AbstractContextManager[MailSession]:
        """One connection for the messages sent in a ``with`` block."""
        ...


_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]+")


def _printable(text: str, limit: int = _REPLY_MAX_LENGTH) -> str:
    """Text from outside (a server's reply, a file's header) safe to show on one line."""
    cleaned = " ".join(_CONTROLS.sub(" ", text).split())
    return cleaned if len(cleaned) <= limit else cleaned[:limit - 1] + "…"


def _recipients(message: EmailMessage) -> list[str]:
    fields = [str(v) for key in ("To", "Cc", "Bcc") for v in message.get_all(key, [])]
    return [address for _name, address in getaddresses(fields) if address]


class SmtpSession:
    """One connection to the server, for a batch of messages; see :meth:`SmtpTransport.session`.

    A message the server refuses fails alone; the connection goes on (smtplib
    resets the transaction). A connection the server closed is opened again
    for the next message, once; a server that cannot be reached at all fails
    every further message with the same reason at once, instead of waiting
    for a timeout each.
    """

    def __init__(self, transport: SmtpTransport) -> None:
        self._transport = transport
        self._smtp: smtplib.SMTP | None = None
        self._broken: DeliveryFailed | None = None
        self._last_used = 0.0

    def send(self, message: EmailMessage) -> None:
        transport = self._transport
        if not _recipients(message):
            raise DeliveryFailed(Message("mail.no_recipient"))
        if self._broken is not None:
            raise DeliveryFailed(self._broken.reason, self._broken.smtp_code)
        if self._smtp is not None and time.monotonic() - self._last_used > _IDLE_CHECK_SECONDS:
            # Servers close idle connections without a word; a message sent into one
            # would fail. Asked first, the message goes over a new connection instead.
            try:
                self._smtp.noop()
            except (smtplib.SMTPException, OSError):
                self._drop()
        if self._smtp is None or self._smtp.sock is None:
            self._drop()
            try:
                self._smtp = transport.connect()
            except DeliveryFailed as unreachable:
                self._broken = unreachable
                raise
        smtp = self._smtp
        self._last_used = time.monotonic()
        try:
            refused = smtp.send_message(message)
        except Exception as exc:
            failed = transport.failure(exc, "send")
            # smtplib has reset the transaction after a refusal; any other failure (or
            # 421, the server closing) leaves the connection unusable: a new one next time.
            if not isinstance(exc, smtplib.SMTPResponseException | smtplib.SMTPRecipientsRefused
                              ) or failed.smtp_code == 421:
                self._drop()
            raise failed from exc
        if refused:
            code, reply = _first_reply(refused)
            raise DeliveryFailed(Message("mail.some_recipients_refused",
                                         recipients=", ".join(sorted(refused)),
                                         reply=transport.reply(code, reply)), code)

    def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            _close(smtp)

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None and smtp.sock is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError, ValueError):
                smtp.quit()
        if smtp is not None:
            _close(smtp)


def _login(smtp: smtplib.SMTP, username: str, password: str) -> None:
    """Log in; a user name or password beyond ASCII goes as UTF-8 (RFC 4616).

    smtplib encodes both as ASCII and fails on "Lösenord" before it asks the
    server: for those, PLAIN (or else LOGIN) is spoken here, over the same
    encrypted connection.
    """
    if username.isascii() and password.isascii():
        smtp.login(username, password)
        return
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    offered = smtp.esmtp_features["auth"].upper().split()

    def b64(text: str) -> str:
        return base64.b64encode(text.encode("utf-8")).decode("ascii")

    if "PLAIN" in offered:
        code, reply = smtp.docmd("AUTH", "PLAIN " + b64(f"\0{username}\0{password}"))
    elif "LOGIN" in offered:
        code, reply = smtp.docmd("AUTH", "LOGIN " + b64(username))
        if code == 334:
            code, reply = smtp.docmd(b64(password))
    else:
        raise smtplib.SMTPException("No suitable authentication method found.")
    if code not in (235, 503):  # 503: already authenticated
        raise smtplib.SMTPAuthenticationError(code, reply)


def _close(smtp: smtplib.SMTP) -> None:
    with contextlib.suppress(OSError):
        smtp.close()


def _first_reply(refused: dict[str, tuple[int, bytes]]) -> tuple[int, bytes]:
    return refused[sorted(refused)[0]]


class SmtpTransport:
    """Sends through an SMTP server, encrypted as ``settings.security`` says.

    The server's certificate and host name are checked against the system's
    certificate authorities (``ssl.create_default_context()``) unless
    ``ssl_context`` is given (tests pass one trusting their own CA). STARTTLS
    that the server does not offer is an error, never a quiet fall back to
    plain text.
    """

    kind = "smtp"

    def __init__(self, settings: MailSettings, password: str | None,
                 ssl_context: ssl.SSLContext | None = None,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        self.settings = settings
        self._password = password
        self._ssl_context = ssl_context
        self.timeout = timeout

    def __repr__(self) -> str:  # never the password
        return f"SmtpTransport({self.settings.server}, {self.settings.security.value})"

    @property
    def description(self) -> str:
        return self.settings.server

    def send(self, message: EmailMessage) -> None:
        with self.session() as session:
            session.send(message)

    def send_many(self, messages: Sequence[EmailMessage]) -> list[DeliveryFailed | None]:
        outcomes: list[DeliveryFailed | None] = []
        with self.session() as session:
            for message in messages:
                try:
                    session.send(message)
                except DeliveryFailed as failed:
                    outcomes.append(failed)
                else:
                    outcomes.append(None)
        return outcomes

    @contextlib.contextmanager
    def session(self) -> Iterator[SmtpSession]:
        """One connection for the messages sent in the ``with`` block (opened at the first)."""
        session = SmtpSession(self)
        try:
            yield session
        finally:
            session.close()

    def connect(self) -> smtplib.SMTP:
        """A connection, encrypted and logged in as the settings say, or :class:`DeliveryFailed`."""
        settings = self.settings
        try:  # what the connection needs (the sender is the messages' own From)
            _host(settings.host)
            _port(settings.port)
        except FieldError:
            raise DeliveryFailed(Message("mail.settings_incomplete")) from None
        if settings.security is MailSecurity.NONE and not _is_local(settings.host):
            raise DeliveryFailed(Message("mail.plain_only_local"))
        if settings.username and not self._password:
            raise DeliveryFailed(Message("mail.password_missing", username=settings.username,
                                         host=settings.host))
        context = self._ssl_context or ssl.create_default_context()
        stage = "connect"
        smtp: smtplib.SMTP | None = None
        try:
            if settings.security is MailSecurity.TLS:
                smtp = smtplib.SMTP_SSL(settings.host, settings.port, timeout=self.timeout,
                                        context=context)
            else:
                smtp = smtplib.SMTP(settings.host, settings.port, timeout=self.timeout)
            smtp.ehlo()
            if settings.security is MailSecurity.STARTTLS:
                stage = "starttls"
                smtp.starttls(context=context)
                smtp.ehlo()
            if settings.username:
                stage = "auth"
                _login(smtp, settings.username, self._password or "")
        except Exception as exc:
            if smtp is not None:
                _close(smtp)
            raise self.failure(exc, stage) from exc
        return smtp

    def reply(self, code: int, text: bytes | str) -> str:
        """A server's reply as a message quotes it: "550 5.1.1 No such user"."""
        shown = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
        if self._password and self._password in shown:
            # A server that echoes what it was sent must not put the password on screen.
            shown = shown.replace(self._password, "***")
        return _printable(f"{code} {shown}")

    def _timed_out(self) -> DeliveryFailed:
        return DeliveryFailed(Message("mail.timeout", server=self.settings.server,
                                      seconds=f"{self.timeout:g}"))

    def failure(self, exc: BaseException, stage: str) -> DeliveryFailed:
        """``exc`` (from smtplib, ssl or the socket) as the operator is told it."""
        server, host = self.settings.server, self.settings.host
        if isinstance(exc, DeliveryFailed):
            return exc
        if isinstance(exc, smtplib.SMTPRecipientsRefused):
            if not exc.recipients:
                return DeliveryFailed(Message("mail.no_recipient"))
            code, text = _first_reply(exc.recipients)
            return DeliveryFailed(Message("mail.recipient_refused",
                                          recipients=", ".join(sorted(exc.recipients)),
                                          reply=self.reply(code, text)), code)
        if isinstance(exc, smtplib.SMTPResponseException):
            reply = self.reply(exc.smtp_code, exc.smtp_error)
            if isinstance(exc, smtplib.SMTPSenderRefused):
                message = Message("mail.sender_refused", sender=_printable(str(exc.sender)),
                                  reply=reply)
            elif isinstance(exc, smtplib.SMTPAuthenticationError):
                message = Message("mail.auth_failed", reply=reply)
            elif isinstance(exc, smtplib.SMTPDataError):
                message = Message("mail.message_refused", reply=reply)
            elif isinstance(exc, smtplib.SMTPConnectError):
                message = Message("mail.greeting_refused", server=server, reply=reply)
            else:
                message = Message("mail.server_error", reply=reply)
            return DeliveryFailed(message, exc.smtp_code)
        if isinstance(exc, smtplib.SMTPServerDisconnected):
            if isinstance(exc.__context__, TimeoutError):  # smtplib words a timeout so
                return self._timed_out()
            return DeliveryFailed(Message("mail.disconnected", server=server))
        if isinstance(exc, smtplib.SMTPNotSupportedError) and stage == "starttls":
            return DeliveryFailed(Message("mail.no_starttls", server=server))
        if isinstance(exc, smtplib.SMTPException) and stage == "auth":
            # "AUTH extension not supported", "No suitable authentication method"
            return DeliveryFailed(Message("mail.auth_not_offered", server=server))
        if isinstance(exc, smtplib.SMTPException):
            return DeliveryFailed(Message("mail.smtp_failed", reason=_printable(str(exc))))
        if isinstance(exc, ssl.SSLCertVerificationError):
            why = exc.verify_message or exc.reason or str(exc)
            return DeliveryFailed(Message("mail.certificate_untrusted", server=server,
                                          reason=_printable(str(why))))
        if isinstance(exc, ssl.SSLError):
            return DeliveryFailed(Message("mail.tls_failed", server=server,
                                          reason=_printable(str(exc.reason or exc))))
        if isinstance(exc, socket.gaierror):
            return DeliveryFailed(Message("mail.unknown_host", host=host))
        if isinstance(exc, ConnectionRefusedError):
            return DeliveryFailed(Message("mail.connection_refused", server=server))
        if isinstance(exc, TimeoutError):
            return self._timed_out()
        if isinstance(exc, ConnectionError):  # reset, aborted, broken pipe
            return DeliveryFailed(Message("mail.disconnected", server=server))
        if isinstance(exc, OSError):
            return DeliveryFailed(Message("mail.unreachable", server=server,
                                          reason=_printable(exc.strerror or str(exc))))
        if isinstance(exc, UnicodeError):  # a non-ASCII address the server cannot take
            return DeliveryFailed(Message("mail.smtp_failed", reason=_printable(str(exc))))
        log.error("unexpected error sending mail through %s", server, exc_info=exc)
        return DeliveryFailed(Message("mail.smtp_failed", reason=type(exc).__name__))


# --- the outbox folder ----------------------------------------------------------------


def outbox_folder() -> Path:
    """Where :class:`OutboxTransport` writes: ``$CUSTADMIN_OUTBOX``, else the app's
    user data folder's ``outbox`` (next to the embedded database)."""
    chosen = os.environ.get(OUTBOX_ENV)
    if chosen:
        return Path(chosen)
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "outbox"


_SLUG_UNSAFE = re.compile(r"[^a-z0-9.-]+")
_name_lock = threading.Lock()
#: Files being written are named so: never listed, and never taken for a message.
_TEMP_PREFIX = ".writing-"


def _slug(message: EmailMessage) -> str:
    """The first recipient's address as a safe part of a file name."""
    addresses = _recipients(message)
    text = unicodedata.normalize("NFKD", addresses[0] if addresses else "")
    text = text.encode("ascii", "ignore").decode("ascii").lower().replace("@", "-at-")
    slug = _SLUG_UNSAFE.sub("_", text).strip("._-")[:60].rstrip("._-")
    return slug or "no-recipient"


class OutboxTransport:
    """Writes each message as an ``.eml`` file into ``folder`` (created when needed).

    A file appears whole or not at all: it is written under a temporary name
    in the same folder, flushed to disk, then renamed (``os.replace``). Its
    name is the time in UTC and the first recipient ("20261203T143200123456Z-
    anna-at-example.se.eml"), numbered when taken, so names sort by time.
    """

    kind = "outbox"

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def __repr__(self) -> str:
        return f"OutboxTransport({str(self.folder)!r})"

    @property
    def description(self) -> str:
        return str(self.folder)

    def send(self, message: EmailMessage) -> None:
        self.write(message)

    @contextlib.contextmanager
    def session(self) -> Iterator[OutboxTransport]:
        """Nothing to open: the folder itself (the same interface as SMTP's)."""
        yield self

    def send_many(self, messages: Sequence[EmailMessage]) -> list[DeliveryFailed | None]:
        outcomes: list[DeliveryFailed | None] = []
        for message in messages:
            try:
                self.write(message)
            except DeliveryFailed as failed:
                outcomes.append(failed)
            else:
                outcomes.append(None)
        return outcomes

    def write(self, message: EmailMessage) -> Path:
        """Write ``message``; the file written, or :class:`DeliveryFailed`."""
        if not _recipients(message):
            raise DeliveryFailed(Message("mail.no_recipient"))
        # CRLF line ends: what mail programs expect of an .eml file.
        data = message.as_bytes(policy=message.policy.clone(linesep="\r\n"))
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        slug = _slug(message)
        temp: str | None = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".tmp", dir=self.folder)
            with os.fdopen(handle, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            with _name_lock:  # two threads of this process never pick the same name
                target = self._free_name(stamp, slug)
                os.replace(temp, target)
            temp = None
        except OSError as exc:
            raise DeliveryFailed(Message("mail.outbox_failed", folder=str(self.folder),
                                         reason=_printable(exc.strerror or str(exc)))) from exc
        finally:
            if temp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
        return target

    def _free_name(self, stamp: str, slug: str) -> Path:
        number = 1
        while True:
            suffix = "" if number == 1 else f"-{number}"
            candidate = self.folder / f"{stamp}-{slug}{suffix}.eml"
            if not candidate.exists():
                return candidate
            number += 1


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """An ``.eml`` file of the outbox, as the outbox window lists it.

    ``date`` is the message's Date header, else the file's time (UTC, aware).
    A file that cannot be read as a message lists with empty ``to`` and
    ``subject`` and ``damaged`` set.
    """

    path: Path
    date: dt.datetime
    to: str
    subject: str
    damaged: bool = False


def _aware(at: dt.datetime) -> dt.datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)


def _entry(path: Path) -> OutboxEntry | None:
    try:
        modified = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except FileNotFoundError:
        return None  # sent or removed meanwhile
    except OSError:
        return OutboxEntry(path, dt.datetime.fromtimestamp(0, dt.UTC), "", "", damaged=True)
    try:
        with path.open("rb") as file:
            head = file.read(_HEADER_BYTES)
        parsed = BytesParser(policy=email.policy.default).parsebytes(head, headersonly=True)
        # The default policy parses headers when asked: a broken one raises here.
        to = _printable(", ".join(str(v) for v in parsed.get_all("To", [])))
        subject = _printable(str(parsed.get("Subject", "")))
        date = modified
        raw_date = parsed.get("Date")
        if raw_date is not None:
            with contextlib.suppress(TypeError, ValueError, IndexError, OverflowError):
                date = _aware(parsedate_to_datetime(str(raw_date)))
    except FileNotFoundError:
        return None
    except Exception:  # a damaged file lists as such; it never stops the listing
        log.info("outbox file %s cannot be read as an email", path.name, exc_info=True)
        return OutboxEntry(path, modified, "", "", damaged=True)
    damaged = not to and not subject and not parsed.keys()
    return OutboxEntry(path, date, to, subject, damaged=damaged)


def outbox_messages(folder: Path) -> list[OutboxEntry]:
    """The ``.eml`` files in ``folder``, newest first; [] when there is no such folder."""
    try:
        paths = [p for p in Path(folder).iterdir()
                 if p.suffix.lower() == ".eml" and not p.name.startswith(_TEMP_PREFIX)]
    except FileNotFoundError:
        return []
    entries = [entry for entry in map(_entry, paths) if entry is not None]
    entries.sort(key=lambda e: (e.date, e.path.name), reverse=True)
    return entries


# --- the transport to use now -------------------------------------------------------------


def transport_for(ws: Workspace, ssl_context: ssl.SSLContext | None = None,
                  timeout: float = DEFAULT_TIMEOUT) -> Transport:
    """The SMTP server when one is configured (its password from the keyring or
    memory), else the outbox folder. Reads the database and the keyring: call
    it from a worker."""
    settings = load_mail_settings(ws)
    if settings is None:
        return OutboxTransport(outbox_folder())
    return SmtpTransport(settings, smtp_password(settings), ssl_context=ssl_context,
                         timeout=timeout)


def send_test_email(ws: Workspace, settings: MailSettings, password: str | None,
                    message: EmailMessage, ssl_context: ssl.SSLContext | None = None,
                    timeout: float = DEFAULT_TIMEOUT) -> None:
    """Send ``message`` through ``settings`` as typed (not yet saved), to try them.

    ``password`` None uses the stored one. Only for whoever may keep the settings:
    it uses their stored password.
    """
    require(ws.actor, Permission.MAIL_SETTINGS)
    clean = validate_mail_settings(settings, password)
    if password is None:
        password = smtp_password(clean)
    SmtpTransport(clean, password, ssl_context=ssl_context, timeout=timeout).send(message)
