"""Outgoing mail (issue 18): a real SMTP server (aiosmtpd) with a test CA (trustme),
settings in the real database, the password only in the keyring, the outbox folder."""

from __future__ import annotations

import datetime as dt
import email.policy
import logging
import os
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from keyring.backends import fail
from sqlalchemy import String, Text, func, select

from custadmin.domain.errors import ConflictError, ValidationError
from custadmin.domain.messages import Message
from custadmin.domain.operators import Actor, NotPermitted, OperatorRole
from custadmin.services import mail_delivery
from custadmin.services.mail_delivery import (
    MAIL_SETTINGS_KEY,
    SMTP_KEYRING_SERVICE,
    DeliveryFailed,
    MailSecurity,
    MailSettings,
    OutboxTransport,
    PasswordPlace,
    SmtpTransport,
    clear_mail_settings,
    load_mail_settings,
    outbox_folder,
    outbox_messages,
    password_place,
    save_mail_settings,
    smtp_password,
    transport_for,
)
from custadmin.services.workspace import Workspace
from custadmin.storage import credentials
from custadmin.storage.schema import Base, SystemSetting
from mail_server import Inbox, MemoryKeyring, free_port

PASSWORD = "Kettle-Harbour-7§ünïcode"  # beyond ASCII: smtplib alone cannot send it
ASCII_PASSWORD = "Kettle-Harbour-7"
USER = "mailer@example.se"


# --- the keyring: in memory, never the machine's ----------------------------------------


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Every test here keeps passwords in memory (the machine's keyring is never touched),
    and starts with none remembered by the process."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setattr(credentials, "TRUSTED_TEST_BACKENDS", frozenset({MemoryKeyring}))
    monkeypatch.setattr(mail_delivery, "_memory", {})
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


# --- a real SMTP server ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def server_tls(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


@pytest.fixture(scope="session")
def client_tls(ca: trustme.CA) -> ssl.SSLContext:
    """What custadmin would use, trusting the test CA (and checking the host name)."""
    context = ssl.create_default_context()
    ca.configure_trust(context)
    return context


Serve = Callable[..., tuple[Inbox, int]]


@pytest.fixture
def serve() -> Iterator[Serve]:
    """Starts an aiosmtpd server on 127.0.0.1 with the given SMTP options: (inbox, port)."""
    started: list[Controller] = []

    def start(**options: Any) -> tuple[Inbox, int]:
        inbox = Inbox()
        port = free_port()
        controller = Controller(inbox, hostname="127.0.0.1", port=port,
                                server_hostname="mail.test", **options)
        controller.start()
        started.append(controller)
        return inbox, port

    yield start
    for controller in started:
        controller.stop()


def check_login(server: Any, session: Any, envelope: Any, mechanism: str,
                auth_data: Any) -> AuthResult:
    ok = (isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode()
          and auth_data.password in (PASSWORD.encode(), ASCII_PASSWORD.encode()))
    return AuthResult(success=ok, handled=False, auth_data=auth_data.login if ok else None)


def settings(port: int, security: MailSecurity = MailSecurity.STARTTLS,
             username: str = "", host: str = "127.0.0.1") -> MailSettings:
    return MailSettings(host=host, port=port, security=security, username=username,
                        sender="noreply@custadmin.example")


def welcome(to: str = "anna@example.se",
            subject: str = "Welcome to Lön: your login") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "noreply@custadmin.example"
    message["To"] = f"Anna Lind <{to}>"
    message["Subject"] = subject
    message.set_content("Hello Anna,\n\nyour login is ready. Välkommen!\n")
    return message


def fails(send: Callable[[], object]) -> DeliveryFailed:
    with pytest.raises(DeliveryFailed) as caught:
        send()
    assert isinstance(caught.value.reason, Message)
    assert caught.value.reason.code.startswith("mail.")
    return caught.value


# --- delivery over SMTP ------------------------------------------------------------------------


def test_plain_delivery_to_a_server_on_this_computer(serve: Serve) -> None:
    inbox, port = serve()
    SmtpTransport(settings(port, MailSecurity.NONE), None).send(welcome())
    [got] = inbox.received
    assert got.rcpt_tos == ["anna@example.se"]
    assert got.mail_from == "noreply@custadmin.example"
    assert got.message["Subject"] == "Welcome to Lön: your login"
    assert "Välkommen!" in got.message.get_content()
    assert not got.tls


def test_starttls_checks_the_certificate_and_delivers(
    serve: Serve, server_tls: ssl.SSLContext, client_tls: ssl.SSLContext
) -> None:
    inbox, port = serve(tls_context=server_tls, require_starttls=True)
    transport = SmtpTransport(settings(port), None, ssl_context=client_tls)
    assert (transport.kind, transport.description) == ("smtp", f"127.0.0.1:{port}")
    transport.send(welcome())
    [got] = inbox.received
    assert got.tls
    assert got.rcpt_tos == ["anna@example.se"]
    assert got.message["Subject"] == "Welcome to Lön: your login"
    assert "your login is ready" in got.message.get_content()


def test_implicit_tls(serve: Serve, server_tls: ssl.SSLContext,
                      client_tls: ssl.SSLContext) -> None:
    inbox, port = serve(ssl_context=server_tls)
    SmtpTransport(settings(port, MailSecurity.TLS), None, ssl_context=client_tls).send(welcome())
    [got] = inbox.received
    assert got.rcpt_tos == ["anna@example.se"]
    assert got.message["Subject"] == "Welcome to Lön: your login"


def test_login_over_tls_and_the_password_never_in_the_log(
    serve: Serve, server_tls: ssl.SSLContext, client_tls: ssl.SSLContext,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    inbox, port = serve(tls_context=server_tls, require_starttls=True,
                        authenticator=check_login, auth_required=True, auth_require_tls=True)
    transport = SmtpTransport(settings(port, username=USER), PASSWORD, ssl_context=client_tls)
    transport.send(welcome())
    [got] = inbox.received
    assert got.tls and got.rcpt_tos == ["anna@example.se"] and got.login == USER.encode()
    assert PASSWORD not in repr(transport)
    SmtpTransport(settings(port, username=USER), ASCII_PASSWORD, ssl_context=client_tls
                  ).send(welcome())  # smtplib's own login
    assert len(inbox.received) == 2

    wrong = SmtpTransport(settings(port, username=USER), "not-" + PASSWORD,
                          ssl_context=client_tls)
    failed = fails(lambda: wrong.send(welcome()))
    assert failed.reason.code == "mail.auth_failed"  # type: ignore[attr-defined]
    assert failed.smtp_code == 535 and "535" in failed.reason
    assert PASSWORD not in failed.reason
    assert PASSWORD not in caplog.text and "not-" + PASSWORD not in caplog.text


def test_no_login_offered_on_a_plain_connection(serve: Serve,
                                                server_tls: ssl.SSLContext) -> None:
    # A server that allows AUTH only after TLS, reached unencrypted (localhost).
    _inbox, port = serve(tls_context=server_tls, authenticator=check_login,
                         auth_require_tls=True)
    failed = fails(lambda: SmtpTransport(settings(port, MailSecurity.NONE, username=USER),
                                         PASSWORD).send(welcome()))
    assert failed.reason.code == "mail.auth_not_offered"  # type: ignore[attr-defined]


def test_a_login_without_a_password_is_not_tried(serve: Serve) -> None:
    _inbox, port = serve()
    failed = fails(lambda: SmtpTransport(settings(port, MailSecurity.NONE, username=USER),
                                         None).send(welcome()))
    assert failed.reason.code == "mail.password_missing"  # type: ignore[attr-defined]
    assert USER in failed.reason


def test_an_untrusted_certificate_is_refused_with_the_reason(
    serve: Serve, server_tls: ssl.SSLContext
) -> None:
    inbox, port = serve(tls_context=server_tls, require_starttls=True)
    stranger = ssl.create_default_context()
    trustme.CA().configure_trust(stranger)  # trusts another CA only
    failed = fails(lambda: SmtpTransport(settings(port), None, ssl_context=stranger
                                         ).send(welcome()))
    assert failed.reason.code == "mail.certificate_untrusted"  # type: ignore[attr-defined]
    assert "certificate verify failed" in failed.reason or "issuer" in failed.reason
    assert f"127.0.0.1:{port}" in failed.reason
    assert inbox.received == []


def test_implicit_tls_to_a_starttls_port_says_to_check_the_security(
    serve: Serve, server_tls: ssl.SSLContext, client_tls: ssl.SSLContext
) -> None:
    _inbox, port = serve(tls_context=server_tls)
    failed = fails(lambda: SmtpTransport(settings(port, MailSecurity.TLS), None,
                                         ssl_context=client_tls, timeout=5).send(welcome()))
    assert failed.reason.code in ("mail.tls_failed", "mail.disconnected")  # type: ignore[attr-defined]


def test_starttls_not_offered_is_never_a_plain_fallback(serve: Serve,
                                                        client_tls: ssl.SSLContext) -> None:
    inbox, port = serve()  # no TLS at all
    failed = fails(lambda: SmtpTransport(settings(port), None, ssl_context=client_tls
                                         ).send(welcome()))
    assert failed.reason.code == "mail.no_starttls"  # type: ignore[attr-defined]
    assert inbox.received == []


def test_a_refused_recipient_carries_the_servers_reply(serve: Serve) -> None:
    inbox, port = serve()
    inbox.refuse["nobody@example.se"] = "550 5.1.1 No such user here"
    failed = fails(lambda: SmtpTransport(settings(port, MailSecurity.NONE), None
                                         ).send(welcome("nobody@example.se")))
    assert failed.smtp_code == 550
    assert failed.reason.code == "mail.recipient_refused"  # type: ignore[attr-defined]
    assert "nobody@example.se" in failed.reason and "550 5.1.1 No such user here" in failed.reason


def test_a_batch_uses_one_connection_and_a_refusal_fails_only_its_message(serve: Serve) -> None:
    inbox, port = serve()
    inbox.refuse["nobody@example.se"] = "550 5.1.1 No such user here"
    transport = SmtpTransport(settings(port, MailSecurity.NONE), None)
    outcomes = transport.send_many([welcome("a@example.se"), welcome("nobody@example.se"),
                                    welcome("b@example.se"), EmailMessage()])
    assert outcomes[0] is None and outcomes[2] is None
    assert outcomes[1] is not None and outcomes[1].smtp_code == 550
    assert outcomes[3] is not None and outcomes[3].reason.code == "mail.no_recipient"  # type: ignore[attr-defined]
    assert [r.rcpt_tos for r in inbox.received] == [["a@example.se"], ["b@example.se"]]
    assert len({r.peer for r in inbox.received}) == 1  # one connection


@pytest.fixture
def dropping_server() -> Iterator[int]:
    """Greets like a mail server, then hangs up at the first command."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)  # accept() wakes up to notice the end of the test
    port = listener.getsockname()[1]
    done = threading.Event()

    def serve() -> None:
        while not done.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(5)
                conn.sendall(b"220 drop.test ESMTP\r\n")
                conn.recv(1024)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield port
    done.set()
    thread.join(5)
    listener.close()


def test_a_dropped_connection(dropping_server: int) -> None:
    failed = fails(lambda: SmtpTransport(settings(dropping_server, MailSecurity.NONE), None
                                         ).send(welcome()))
    assert failed.reason.code == "mail.disconnected"  # type: ignore[attr-defined]


def test_a_port_where_nothing_listens_fails_every_message_of_a_batch_at_once() -> None:
    transport = SmtpTransport(settings(free_port(), MailSecurity.NONE), None)
    started = time.monotonic()
    outcomes = transport.send_many([welcome(), welcome("b@example.se")])
    assert time.monotonic() - started < 5
    assert [o.reason.code if o else None for o in outcomes] == [  # type: ignore[attr-defined]
        "mail.connection_refused", "mail.connection_refused"]


def test_a_server_that_never_answers_times_out() -> None:
    with socket.create_server(("127.0.0.1", 0)) as silent:  # listens, never accepts
        port = silent.getsockname()[1]
        failed = fails(lambda: SmtpTransport(settings(port, MailSecurity.NONE), None,
                                             timeout=0.3).send(welcome()))
    assert failed.reason.code == "mail.timeout"  # type: ignore[attr-defined]


def test_an_unknown_host_name() -> None:
    failed = fails(lambda: SmtpTransport(settings(25, host="no-such-host.invalid"), None,
                                         timeout=5).send(welcome()))
    assert failed.reason.code in ("mail.unknown_host", "mail.unreachable")  # type: ignore[attr-defined]


def test_plain_text_to_another_computer_is_refused_before_connecting() -> None:
    failed = fails(lambda: SmtpTransport(settings(25, MailSecurity.NONE, host="smtp.example.com"),
                                         None).send(welcome()))
    assert failed.reason.code == "mail.plain_only_local"  # type: ignore[attr-defined]


# --- the settings in the database --------------------------------------------------------------


def test_nothing_configured_means_the_outbox(db: Workspace, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CUSTADMIN_OUTBOX", str(tmp_path / "out"))
    assert load_mail_settings(db) is None
    transport = transport_for(db)
    assert isinstance(transport, OutboxTransport)
    assert (transport.kind, transport.description) == ("outbox", str(tmp_path / "out"))
    with transport.session() as session:  # the batch interface, as for SMTP
        session.send(welcome())
        session.send(welcome("per@example.dk"))
    assert len(outbox_messages(tmp_path / "out")) == 2


def every_text(ws: Workspace) -> list[str]:
    """Every value of every text column of every table."""
    found: list[str] = []
    with ws.reading() as uow:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, String | Text):
                    found += [str(v) for v in uow.session.scalars(
                        select(column).where(column.is_not(None)))]
    return found


def test_save_and_load_with_the_password_only_in_the_keyring(
    db: Workspace, memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture,
    serve: Serve, server_tls: ssl.SSLContext, client_tls: ssl.SSLContext,
) -> None:
    caplog.set_level(logging.DEBUG)
    inbox, port = serve(tls_context=server_tls, require_starttls=True,
                        authenticator=check_login, auth_required=True, auth_require_tls=True)
    typed = MailSettings(host=" 127.0.0.1 ", port=port, security=MailSecurity.STARTTLS,
                         username=USER, sender=" Noreply@Custadmin.Example ")
    saved = save_mail_settings(db, typed, 0, PASSWORD)
    assert saved.version == 1
    assert saved == load_mail_settings(db)
    assert (saved.host, saved.sender) == ("127.0.0.1", "Noreply@custadmin.example")
    assert memory_keyring.secrets == {(SMTP_KEYRING_SERVICE, f"{USER}@127.0.0.1"): PASSWORD}
    assert password_place(saved) is PasswordPlace.KEYRING
    assert smtp_password(saved) == PASSWORD
    texts = every_text(db)
    assert any(t == MAIL_SETTINGS_KEY for t in texts)  # the search did see the settings
    assert not [t for t in texts if PASSWORD in t or "Kettle" in t]
    # The transport the rest of the app gets: SMTP, logged in with the keyring's password.
    transport = transport_for(db, ssl_context=client_tls)
    assert isinstance(transport, SmtpTransport) and transport.kind == "smtp"
    transport.send(welcome())
    assert inbox.received[0].login == USER.encode()
    assert PASSWORD not in caplog.text


def test_a_stale_version_is_a_conflict_with_the_stored_settings(db: Workspace) -> None:
    first = save_mail_settings(db, settings(587), 0)
    second = save_mail_settings(db, replace(first, port=2525), first.version)
    assert second.version == first.version + 1
    with pytest.raises(ConflictError) as caught:
        save_mail_settings(db, replace(first, port=25), first.version)
    assert caught.value.message.code == "mail.settings_changed"  # type: ignore[attr-defined]
    assert caught.value.current == second
    with pytest.raises(ConflictError):  # "never saved" while someone saved
        save_mail_settings(db, settings(587), 0)
    with pytest.raises(ConflictError):
        clear_mail_settings(db, first.version)
    assert load_mail_settings(db) == second


def test_field_errors_for_every_bad_field(db: Workspace) -> None:
    bad = MailSettings(host="smtp example.com", port=0, security=MailSecurity.NONE,
                       username="user\x00", sender="not an address")
    with pytest.raises(ValidationError) as caught:
        save_mail_settings(db, bad, 0, "secret")
    errors = caught.value.errors
    assert {k: getattr(v, "code", v) for k, v in errors.items()} == {
        "host": "mail.host_invalid", "port": "mail.port_range",
        "username": "field.control_character", "sender": "email.invalid",
        "security": "mail.plain_only_local"}
    with pytest.raises(ValidationError) as caught:
        save_mail_settings(db, replace(settings(587), host=""), 0, "secret")
    assert {k: getattr(v, "code", v) for k, v in caught.value.errors.items()} == {
        "host": "field.required", "password": "mail.password_without_user"}
    with pytest.raises(ValidationError) as caught:
        save_mail_settings(db, replace(settings(70000), security="smoke signals",  # type: ignore[arg-type]
                                       username="u"), 0, "bad\udcff")
    assert {k: getattr(v, "code", v) for k, v in caught.value.errors.items()} == {
        "port": "mail.port_range", "security": "mail.security_unknown",
        "password": "password.invalid_character"}
    assert load_mail_settings(db) is None  # nothing was saved
    # IPv6 literals and international host names are host names too.
    ok = save_mail_settings(db, replace(settings(587), host="[2001:db8::1]"), 0)
    assert ok.host == "2001:db8::1" and ok.server == "[2001:db8::1]:587"
    assert save_mail_settings(db, replace(settings(587), host="smtp.bjärred.se"),
                              ok.version).host == "smtp.bjärred.se"


def test_only_an_administrator_keeps_the_settings(db: Workspace) -> None:
    agent = db.acting(Actor(None, "Sam Agent", OperatorRole.SUPPORT_AGENT))
    with pytest.raises(NotPermitted):
        save_mail_settings(agent, settings(587), 0)
    with pytest.raises(NotPermitted):
        clear_mail_settings(agent, 0)
    assert load_mail_settings(agent) is None  # reading is for everyone (the transport)


def test_a_new_user_name_or_host_forgets_the_old_password(
    db: Workspace, memory_keyring: MemoryKeyring
) -> None:
    saved = save_mail_settings(db, settings(587, username=USER), 0, PASSWORD)
    kept = save_mail_settings(db, replace(saved, port=2525), saved.version)  # None: keep
    assert smtp_password(kept) == PASSWORD
    moved = save_mail_settings(db, replace(kept, host="smtp.example.com"), kept.version)
    assert memory_keyring.secrets == {}  # never sent to a server it was not typed for
    assert password_place(moved) is PasswordPlace.NONE and smtp_password(moved) is None
    again = save_mail_settings(db, moved, moved.version, "new-password")
    assert password_place(again) is PasswordPlace.KEYRING
    clear_mail_settings(db, again.version)
    assert load_mail_settings(db) is None and memory_keyring.secrets == {}


def test_without_a_keyring_the_password_lives_in_memory_only(
    db: Workspace, caplog: pytest.LogCaptureFixture
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # a headless Linux without Secret Service
    try:
        saved = save_mail_settings(db, settings(587, username=USER), 0, PASSWORD)
        assert password_place(saved) is PasswordPlace.MEMORY
        assert smtp_password(saved) == PASSWORD
        assert "kept in memory until custadmin closes" in caplog.text
        assert PASSWORD not in caplog.text
        transport = transport_for(db)
        assert isinstance(transport, SmtpTransport)
        mail_delivery._memory.clear()  # custadmin restarted
        failed = fails(lambda: transport_for(db, timeout=1).send(welcome()))
        assert failed.reason.code == "mail.password_missing"  # type: ignore[attr-defined]
    finally:
        keyring.set_keyring(previous)
    assert not [t for t in every_text(db) if PASSWORD in t]


def test_damaged_stored_settings_are_refused_at_delivery(db: Workspace) -> None:
    with db.writing() as uow:
        uow.session.add(SystemSetting(key=MAIL_SETTINGS_KEY, value="{not json"))
        uow.commit()
    stored = load_mail_settings(db)
    assert stored is not None and stored.host == "" and stored.version == 1
    failed = fails(lambda: transport_for(db).send(welcome()))
    assert failed.reason.code == "mail.settings_incomplete"  # type: ignore[attr-defined]
    repaired = save_mail_settings(db, replace(settings(587), host="smtp.example.com"), 1)
    assert repaired.version == 2


# --- the outbox folder ------------------------------------------------------------------------


def test_the_outbox_writes_parseable_eml_files_listed_newest_first(tmp_path: Path) -> None:
    folder = tmp_path / "outbox"
    transport = OutboxTransport(folder)
    older = welcome("older@example.se", "First")
    older["Date"] = format_datetime(dt.datetime(2026, 1, 2, 8, 0, tzinfo=dt.UTC))
    newer = welcome("anna@example.se", "Second")
    newer["Date"] = format_datetime(dt.datetime(2026, 3, 4, 9, 30, tzinfo=dt.UTC))
    assert transport.send_many([older, newer, newer]) == [None, None, None]
    files = sorted(folder.iterdir())
    assert len(files) == 3 and all(f.suffix == ".eml" for f in files)  # no temporary left
    assert len({f.name for f in files}) == 3  # the same recipient twice: two names
    assert any("anna-at-example.se" in f.name for f in files)
    parsed = BytesParser(policy=email.policy.default).parsebytes(files[0].read_bytes())
    assert parsed["Subject"] in ("First", "Second")
    assert "Välkommen!" in parsed.get_body().get_content()  # type: ignore[union-attr]

    entries = outbox_messages(folder)
    assert [e.subject for e in entries] == ["Second", "Second", "First"]
    assert entries[0].to == "Anna Lind <anna@example.se>"
    assert entries[-1].date == dt.datetime(2026, 1, 2, 8, 0, tzinfo=dt.UTC)


def test_a_damaged_outbox_file_is_listed_not_fatal(tmp_path: Path) -> None:
    OutboxTransport(tmp_path).send(welcome())
    (tmp_path / "20990101T000000000000Z-garbage.eml").write_bytes(b"\xff\xfe\x00" * 100)
    (tmp_path / "bad-header.eml").write_bytes(
        b"To: =?utf-8?q?broken\r\nSubject: =?x-unknown?b?!!!?=\r\nDate: yesterday\r\n\r\nbody")
    (tmp_path / "notes.txt").write_text("not a message", encoding="utf-8")
    entries = outbox_messages(tmp_path)
    assert len(entries) == 3
    by_name = {e.path.name: e for e in entries}
    garbage = by_name["20990101T000000000000Z-garbage.eml"]
    assert garbage.subject == "" and garbage.to == ""
    assert by_name["bad-header.eml"].date.tzinfo is not None
    assert any(e.subject == "Welcome to Lön: your login" for e in entries)
    assert outbox_messages(tmp_path / "missing") == []


def test_an_unwritable_outbox_is_a_delivery_failure(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    failed = fails(lambda: OutboxTransport(blocker / "outbox").send(welcome()))
    assert failed.reason.code == "mail.outbox_failed"  # type: ignore[attr-defined]
    assert fails(lambda: OutboxTransport(tmp_path).send(EmailMessage())
                 ).reason.code == "mail.no_recipient"  # type: ignore[attr-defined]


def test_the_outbox_folder_is_the_apps_unless_overridden(monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    monkeypatch.delenv("CUSTADMIN_OUTBOX", raising=False)
    default = outbox_folder()
    assert default.name == "outbox" and "custadmin" in str(default)
    monkeypatch.setenv("CUSTADMIN_OUTBOX", os.fspath(tmp_path))
    assert outbox_folder() == tmp_path


def test_counts_of_rows_are_unchanged_by_a_failed_save(db: Workspace) -> None:
    with pytest.raises(ValidationError):
        save_mail_settings(db, replace(settings(587), sender=""), 0)
    with db.reading() as uow:
        assert uow.session.scalar(select(func.count()).select_from(SystemSetting).where(
            SystemSetting.key == MAIL_SETTINGS_KEY)) == 0


def test_a_connection_the_server_closed_meanwhile_is_opened_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(mail_delivery, "_IDLE_CHECK_SECONDS", 0.0)
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, server_hostname="mail.test")
    controller.start()
    try:
        transport = SmtpTransport(settings(port, MailSecurity.NONE), None, timeout=5)
        with transport.session() as session:
            session.send(welcome("a@example.se"))
            smtp = session._smtp
            assert smtp is not None and smtp.sock is not None
            smtp.sock.shutdown(socket.SHUT_RDWR)  # as if the server had hung up while idle
            session.send(welcome("b@example.se"))
    finally:
        controller.stop()
    assert [r.rcpt_tos for r in inbox.received] == [["a@example.se"], ["b@example.se"]]
    assert len({r.peer for r in inbox.received}) == 2  # a second connection
