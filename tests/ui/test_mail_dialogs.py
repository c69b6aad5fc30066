"""Outgoing mail and the outbox as an administrator uses them (issue 18)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import replace
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest
from aiosmtpd.controller import Controller
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from test_mnemonics import clashes

from custadmin.domain.operators import Actor, OperatorRole
from custadmin.services import mail_delivery
from custadmin.services.mail_delivery import (
    SMTP_KEYRING_SERVICE,
    MailSecurity,
    MailSettings,
    OutboxTransport,
    PasswordPlace,
    load_mail_settings,
    save_mail_settings,
    smtp_password,
)
from custadmin.services.workspace import Workspace
from custadmin.storage import credentials
from custadmin.ui.admin.mail_settings import MailSettingsDialog, MailSettingsPage
from custadmin.ui.admin.outbox import PATH_ROLE, OutboxDialog, OutboxModel
from custadmin.ui.editing import PageStatus
from custadmin.ui.tasks import TaskRunner
from mail_server import Inbox, MemoryKeyring, free_port

PASSWORD = "Blue-Harbour-Kettle-42"


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setattr(credentials, "TRUSTED_TEST_BACKENDS", frozenset({MemoryKeyring}))
    monkeypatch.setattr(mail_delivery, "_memory", {})
    monkeypatch.setenv("CUSTADMIN_OUTBOX", str(tmp_path / "outbox"))
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def opened(qtbot: QtBot, sqlite_db: Workspace, runner: TaskRunner) -> Any:
    def open_(ws: Workspace = sqlite_db) -> MailSettingsDialog:
        dialog = MailSettingsDialog(ws, runner)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.page.loaded, timeout=10_000):
            dialog.open()
        return dialog
    return open_


def type_settings(page: MailSettingsPage, host: str = "smtp.example.com", port: int = 587,
                  security: MailSecurity = MailSecurity.STARTTLS, username: str = "",
                  password: str = "", sender: str = "noreply@example.com") -> None:
    page.host.setText(host)
    page.security.setCurrentIndex(page.security.findData(security.value))
    page.port.setValue(port)
    page.username.setText(username)
    page.password.setText(password)
    page.sender_edit.setText(sender)


def save(qtbot: QtBot, dialog: MailSettingsDialog) -> None:
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.accept()


# --- Outgoing mail ------------------------------------------------------------------------------


def test_settings_are_typed_saved_and_the_password_goes_to_the_keyring(
    qtbot: QtBot, opened: Any, sqlite_db: Workspace, memory_keyring: MemoryKeyring,
    dialogs: list[tuple[str, str]],
) -> None:
    dialog = opened()
    page = dialog.page
    assert dialog.windowTitle() == "Outgoing mail"
    assert page.host.text() == "" and page.port.value() == 587
    assert page.password_state.text() == "No password is stored."
    assert not page.clear_button.isVisible()  # nothing stored: nothing to forget
    assert page.password.echoMode() is QLineEdit.EchoMode.Password
    type_settings(page, username="mailer", password=PASSWORD)
    assert page.is_dirty() and page.status.text() == "Unsaved changes"
    assert PASSWORD not in page.snapshot().values()  # nor in any conflict prompt
    save(qtbot, dialog)
    saved = load_mail_settings(sqlite_db)
    assert saved == MailSettings("smtp.example.com", 587, MailSecurity.STARTTLS, "mailer",
                                 "noreply@example.com", version=1)
    assert memory_keyring.secrets == {(SMTP_KEYRING_SERVICE, "mailer@smtp.example.com"): PASSWORD}
    assert dialog.saved is not None and dialog.saved.password is PasswordPlace.KEYRING
    assert dialogs == []

    again = opened()
    assert again.page.host.text() == "smtp.example.com"
    assert again.page.password.text() == ""  # never shown
    assert "stored in the system keyring" in again.page.password_state.text()
    again.page.port.setValue(2525)  # the password field stays empty: keep it
    save(qtbot, again)
    assert smtp_password(load_mail_settings(sqlite_db)) == PASSWORD  # type: ignore[arg-type]


def test_the_security_brings_its_usual_port_unless_another_was_typed(opened: Any) -> None:
    dialog = opened()
    page = dialog.page
    page.security.setCurrentIndex(page.security.findData("tls"))
    assert page.port.value() == 465
    page.port.setValue(2465)
    page.security.setCurrentIndex(page.security.findData("starttls"))
    assert page.port.value() == 2465


def test_bad_fields_are_marked_and_what_was_typed_stays(
    qtbot: QtBot, opened: Any, sqlite_db: Workspace, dialogs: list[tuple[str, str]]
) -> None:
    dialog = opened()
    page = dialog.page
    type_settings(page, host="smtp.example.com", security=MailSecurity.NONE,
                  password="secret", sender="not an address")
    dialog.accept()
    assert dialog.isVisible() and page.page_status is PageStatus.INVALID
    assert page.error_text("security").startswith("Unencrypted only to a mail server on")
    assert page.error_text("sender").startswith("Not a valid email address")
    assert page.error_text("password") == "A password needs a user name."
    assert page.error_text("host") == ""
    assert (page.host.text(), page.password.text(), page.sender_edit.text()) == (
        "smtp.example.com", "secret", "not an address")
    assert QApplication.focusWidget() in (page.security, None)  # the first bad field
    page.security.setCurrentIndex(page.security.findData("starttls"))
    assert page.error_text("security") == ""  # follows each change once shown
    page.username.setText("mailer")
    page.sender_edit.setText("noreply@example.com")
    assert all(page.error_text(k) == "" for k in page.errors)
    assert load_mail_settings(sqlite_db) is None and dialogs == []


def test_a_field_error_shows_once_the_field_is_left(opened: Any) -> None:
    dialog = opened()
    page = dialog.page
    page.sender_edit.setText("nobody")
    assert page.error_text("sender") == ""  # not while typing a field first
    page.sender_edit.editingFinished.emit()
    assert page.error_text("sender").startswith("Not a valid email address")


def test_someone_elses_save_meanwhile_keeps_what_was_typed(
    qtbot: QtBot, opened: Any, sqlite_db: Workspace, memory_keyring: MemoryKeyring
) -> None:
    first = save_mail_settings(sqlite_db, MailSettings("smtp.example.com", 587,
                               MailSecurity.STARTTLS, "mailer", "noreply@example.com"), 0)
    dialog = opened()
    page = dialog.page
    page.port.setValue(2525)
    page.password.setText(PASSWORD)
    save_mail_settings(sqlite_db, replace(first, sender="robot@example.com"), first.version)
    dialog.accept()  # the conflict prompt keeps mine (conftest)
    qtbot.waitUntil(lambda: page.page_status is PageStatus.REBASED, timeout=10_000)
    assert page.port.value() == 2525 and page.password.text() == PASSWORD
    assert page.sender_edit.text() == "robot@example.com"  # theirs, underneath mine
    assert memory_keyring.secrets == {}
    save(qtbot, dialog)
    stored = load_mail_settings(sqlite_db)
    assert stored is not None and (stored.port, stored.sender) == (2525, "robot@example.com")
    assert smtp_password(stored) == PASSWORD


def test_read_only_without_the_permission(opened: Any, sqlite_db: Workspace) -> None:
    save_mail_settings(sqlite_db, MailSettings("smtp.example.com", 587, MailSecurity.STARTTLS,
                                               "", "noreply@example.com"), 0)
    agent = sqlite_db.acting(Actor(None, "Sam Agent", OperatorRole.SUPPORT_AGENT))
    dialog = opened(agent)
    page = dialog.page
    assert page.host.text() == "smtp.example.com"
    assert page.host.isReadOnly() and page.password.isReadOnly()
    assert not page.port.isEnabled() and not page.security.isEnabled()
    assert page.refusal.isVisible() and "Sam Agent" in page.refusal.text()
    for button in (page.save_button, page.test_button, page.clear_button):
        assert not button.isEnabled()


def test_use_the_outbox_instead_forgets_the_server_and_its_password(
    qtbot: QtBot, opened: Any, sqlite_db: Workspace, memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_mail_settings(sqlite_db, MailSettings("smtp.example.com", 587, MailSecurity.STARTTLS,
                                               "mailer", "noreply@example.com"), 0, PASSWORD)
    dialog = opened()
    page = dialog.page
    asked: list[str] = []
    monkeypatch.setattr(MailSettingsPage, "confirm_clear", classmethod(
        lambda cls, parent, server: asked.append(server) or True))
    assert page.clear_button.isVisible() and page.clear_button.isEnabled()
    with qtbot.waitSignal(page.saved, timeout=10_000):
        page.clear_button.click()
    assert asked == ["smtp.example.com:587"]
    assert load_mail_settings(sqlite_db) is None and memory_keyring.secrets == {}
    assert page.status.text() == "Emails go to the outbox folder now."
    assert page.host.text() == "" and dialog.isVisible()


def test_a_test_email_goes_through_the_settings_as_typed(
    qtbot: QtBot, opened: Any, sqlite_db: Workspace
) -> None:
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, server_hostname="mail.test")
    controller.start()
    try:
        dialog = opened()
        page = dialog.page
        type_settings(page, host="127.0.0.1", port=port, security=MailSecurity.NONE)
        page.test_to.setText("anna@example.se")
        page.test_button.click()
        qtbot.waitUntil(lambda: page.test_result.text().startswith("Test email sent"),
                        timeout=10_000)
        [got] = [r.message for r in inbox.received]
        assert got["To"] == "anna@example.se" and got["Subject"] == "Test email from custadmin"
        page.port.setValue(free_port())  # nothing listens there
        page.test_button.click()
        qtbot.waitUntil(lambda: page.test_result.text().startswith("Not sent"), timeout=10_000)
        assert "refused the connection" in page.test_result.text()
        assert load_mail_settings(sqlite_db) is None  # a test saves nothing
    finally:
        controller.stop()


def test_one_meaning_per_letter_and_a_screenshot(opened: Any, sqlite_db: Workspace) -> None:
    save_mail_settings(sqlite_db, MailSettings("smtp.example.com", 587, MailSecurity.STARTTLS,
                                               "mailer", "noreply@example.com"), 0, PASSWORD)
    dialog = opened()
    dialog.page.sender_edit.setText("nobody")
    dialog.page.check()  # errors shown too
    assert clashes(dialog) == {}
    dialog.adjustSize()
    dialog.grab().save("/tmp/mail-settings.png")


# --- the outbox -------------------------------------------------------------------------------


def message(to: str, subject: str, when: dt.datetime) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "noreply@example.com"
    mail["To"] = f"Anna Lind <{to}>"
    mail["Subject"] = subject
    mail["Date"] = format_datetime(when)
    mail.set_content("Hello!\n")
    return mail


@pytest.fixture
def outbox(tmp_path: Path) -> Path:
    folder = tmp_path / "outbox"
    transport = OutboxTransport(folder)
    for day, (to, subject) in enumerate([("anna@example.se", "Welcome to Lön"),
                                         ("per@example.dk", "Velkommen til Lön"),
                                         ("eva@example.se", "Welcome back")], start=1):
        transport.send(message(to, subject, dt.datetime(2026, 3, day, 9, 0, tzinfo=dt.UTC)))
    broken = folder / "20260101T000000000000Z-broken.eml"
    broken.write_bytes(b"\x00\xff" * 50)
    # No Date to read: the file's own time places it, the oldest here.
    stamp = dt.datetime(2026, 1, 1, tzinfo=dt.UTC).timestamp()
    os.utime(broken, (stamp, stamp))
    return folder


def open_outbox(qtbot: QtBot, runner: TaskRunner, folder: Path) -> OutboxDialog:
    dialog = OutboxDialog(runner, folder)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.open()
    return dialog


def test_the_outbox_model_passes_the_model_tester(qtbot: QtBot, outbox: Path) -> None:
    from custadmin.services.mail_delivery import outbox_messages

    model = OutboxModel()
    tester = QAbstractItemModelTester(model,
                                      QAbstractItemModelTester.FailureReportingMode.Warning)
    model.set_entries(outbox_messages(outbox))
    model.set_entries([])
    model.set_entries(outbox_messages(outbox))
    assert tester is not None and model.rowCount() == 4
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Date", "To", "Subject"]


def test_the_outbox_lists_newest_first_and_opens_an_email(
    qtbot: QtBot, runner: TaskRunner, outbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url) or True))
    dialog = open_outbox(qtbot, runner, outbox)
    model = dialog.model
    assert dialog.windowTitle() == "Outbox"
    subjects = [model.data(model.index(r, OutboxModel.SUBJECT)) for r in range(4)]
    assert subjects == ["Welcome back", "Velkommen til Lön", "Welcome to Lön",
                        "Cannot be read as an email: 20260101T000000000000Z-broken.eml"]
    assert model.data(model.index(0, OutboxModel.TO)) == "Anna Lind <eva@example.se>"
    assert model.data(model.index(3, OutboxModel.TO)) == ""
    assert dialog.status.text() == "Emails in the outbox: 4"
    assert dialog.chosen() is not None and dialog.open_button.isEnabled()
    dialog.table.selectRow(1)
    dialog.open_button.click()
    assert [Path(u.toLocalFile()) for u in opened] == [
        model.data(model.index(1, 0), PATH_ROLE)]
    dialog.folder_button.click()
    assert Path(opened[-1].toLocalFile()) == outbox
    assert clashes(dialog) == {}
    dialog.grab().save("/tmp/outbox.png")

    OutboxTransport(outbox).send(message("new@example.se", "Newest", dt.datetime.now(dt.UTC)))
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.refresh_button.click()
    assert model.rowCount() == 5 and model.data(model.index(0, 2)) == "Newest"
    assert dialog.chosen() is not None and dialog.chosen().subject == "Velkommen til Lön"  # type: ignore[union-attr]


def test_an_empty_outbox_says_so(qtbot: QtBot, runner: TaskRunner, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url) or True))
    folder = tmp_path / "not-yet"
    dialog = open_outbox(qtbot, runner, folder)
    assert dialog.stack.currentWidget() is dialog.empty
    assert dialog.empty.text() == "No emails are waiting in the outbox."
    assert not dialog.open_button.isEnabled()
    dialog.folder_button.click()  # created, then shown
    assert folder.is_dir() and [Path(u.toLocalFile()) for u in opened] == [folder]
    dialog.grab().save("/tmp/outbox-empty.png")


def test_without_a_keyring_the_dialog_says_the_password_lasts_until_closing(
    qtbot: QtBot, opened: Any, sqlite_db: Workspace
) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # a headless Linux without Secret Service
    try:
        dialog = opened()
        type_settings(dialog.page, username="mailer", password=PASSWORD)
        save(qtbot, dialog)
        again = opened()
        assert "kept in memory until custadmin closes" in again.page.password_state.text()
    finally:
        keyring.set_keyring(previous)
