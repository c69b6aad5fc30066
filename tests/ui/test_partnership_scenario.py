"""Seed 004 as an operator does it, end to end, with a real SMTP server (R25–R28, R32).

A partner with a reseller agreement creates a customer's account through the
wizard; the operator adds three users of different roles on *Licences &
users*, sees what is missing, completes it and invites them; the welcome
emails arrive at an aiosmtpd server over STARTTLS with a test certificate,
in the customer's language. A refused recipient fails with the reason and a
retry sends it. A sentinel personal identity number is then looked for in
every text column, the log, the exports and the emails.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import String, Text, or_, select

from custadmin.domain.welcome import LOGIN_ADDRESS
from custadmin.services import licences as svc
from custadmin.services.accounts import create_account
from custadmin.services.exporter import export_register
from custadmin.services.invoice_basis import invoice_basis, write_basis_csv
from custadmin.services.mail_delivery import (
    OUTBOX_ENV,
    MailSecurity,
    MailSettings,
    save_mail_settings,
)
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import Base
from custadmin.ui.licences.invoice_basis import invoice_basis_pdf
from custadmin.ui.licences.page import INVITATION_COLUMN, LicencesPage
from custadmin.ui.licences.wizard import PartnershipWizard
from custadmin.ui.main_window import MainWindow
from custadmin.ui.widgets import prompts
from custadmin.ui.widgets.validation import MAIN
from factories import new_account
from mail_server import Inbox, free_port

#: The sentinel: a valid Swedish personal identity number used nowhere else.
SENTINEL = "19700312-9876"
#: How it could appear in clear: every spelling a person or a program would write.
SENTINEL_FORMS = ("7003129876", "700312-9876", "197003129876", "19700312-9876",
                  "700312+9876", "700312 9876")


@pytest.fixture
def smtp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Inbox, int]]:
    """A STARTTLS-only server on 127.0.0.1 with a certificate from a test CA, which the
    app trusts the way a company's own CA is trusted: SSL_CERT_FILE."""
    ca = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(server_context)
    ca_file = tmp_path / "test-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, server_hostname="mail.test",
                            tls_context=server_context, require_starttls=True)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def _wizard(qtbot: QtBot) -> PartnershipWizard:
    found: list[PartnershipWizard] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, PartnershipWizard) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def _fill_user(page: LicencesPage, **values: str) -> None:
    page.start_new_user()
    page.form.set_values(values)
    page.save()


def _select(page: LicencesPage, name: str) -> None:
    row = next(i for i, r in enumerate(page.model.rows) if r.user.name == name)
    page.table.selectRow(row)


def _scan_text_columns(ws: Workspace) -> list[str]:
    """Every text column of every table holding the sentinel, but its own column."""
    hits = []
    with ws.reading() as uow:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if not isinstance(column.type, String | Text):
                    continue
                if (table.name, column.name) == ("licence_user", "personal_number"):
                    continue
                found = uow.session.execute(select(column).where(or_(
                    *(column.contains(form) for form in SENTINEL_FORMS)))).first()
                if found is not None:
                    hits.append(f"{table.name}.{column.name}")
    return hits


def test_seed_004_partner_creates_the_account_adds_users_and_invites_them(
        qtbot: QtBot, sqlite_db: Workspace, runner: Any, settings: Any, tmp_path: Path,
        smtp: tuple[Inbox, int], caplog: pytest.LogCaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv(OUTBOX_ENV, str(tmp_path / "outbox"))
    # Every edit below is saved: nothing may ever ask about unsaved changes.
    monkeypatch.setattr(prompts.UnsavedChangesPrompt, "ask", classmethod(
        lambda cls, parent, what: pytest.fail(f"asked about unsaved changes of {what}")))
    inbox, port = smtp
    ws = sqlite_db
    save_mail_settings(ws, MailSettings("127.0.0.1", port, MailSecurity.STARTTLS, "",
                                        "welcome@siffra.se"), 0)
    partner = create_account(ws, new_account("Siffra Redovisning AB", "info@siffra.se"))
    svc.set_reseller(ws, svc.partner(ws, partner.id).token, is_reseller=True,
                     agreement_since=dt.date(2025, 3, 1))

    window = MainWindow(ws, "test database", runner=runner, settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.register.model.loaded)
    window.editor.open_account(partner.id)
    qtbot.waitUntil(lambda: window.editor.account is not None
                    and window.editor.account.id == partner.id)

    # --- Create the customer's account through a partnership: Easy, 3 licences.
    window.action("licence.partnership").trigger()
    wizard = _wizard(qtbot)
    wizard.product.licences.setValue(3)
    wizard.next()
    page = wizard.customer
    page.account_form.set_values({"name": "Nya Bageriet AB", "org_number": "556074-7551"})
    page.contact_form.set_values({
        MAIN + "first_name": "Bo", MAIN + "last_name": "Bagare",
        MAIN + "email": "bo@nyabageriet.se", MAIN + "phone": "070-222 33 44",
        MAIN + "address_line1": "Bagargatan 3", MAIN + "postcode": "211 20",
        MAIN + "city": "Malmö"})
    page.personal.setText(SENTINEL)  # BankID for the primary contact
    wizard.next()
    wizard.invoicing.invoice_partner.setChecked(True)
    wizard.invoicing.collective.setChecked(True)  # allowed: the partner has an agreement
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_view is not None)
    customer_id = wizard.result_view.customer_id  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.editor.account is not None
                    and window.editor.account.id == customer_id)

    # --- Licences & users: the primary contact has the first licence.
    window.editor.tabs.setCurrentWidget(window.editor.licences)
    tab = window.editor.licences
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.seats.text() == "In the agreement: 3 · In use: 1 · Free: 2"
    assert "19700312-****" in tab.model.cells(tab.model.rows[0])

    # Three users of different roles; the third is beyond the licences: add one there.
    _fill_user(tab, first_name="Rita", last_name="Ek", role="reporter", email="rita@bageriet.se")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    _fill_user(tab, first_name="Arne", last_name="Lund", role="approver",
               email="arne@bageriet.se")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    _fill_user(tab, first_name="Alva", last_name="Holm", role="administrator",
               email="alva@bageriet.se")
    qtbot.waitUntil(lambda: "No free licence" in tab.status.text())
    tab.licence_count.setValue(4)
    tab.change_licences.click()
    qtbot.waitUntil(lambda: tab.seats.text().startswith("In the agreement: 4"))
    tab.save()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4)

    # --- What is missing, as the primary contact will be told.
    qtbot.waitUntil(lambda: tab.summary.text().startswith("Ready to be invited: 0 of 4."))
    assert "Rita Ek lacks employment number, salary type, approver" in tab.summary.text()
    assert "Rita Ek (Reporter): missing employment number" in tab.summary_text()
    tab.copy_summary.click()
    assert QApplication.clipboard().text() == tab.summary_text()

    # --- Complete it: employment number, salary type and approver for everyone.
    approver = {"Bo Bagare": "Alva Holm"}
    for number, name in enumerate(("Alva Holm", "Arne Lund", "Bo Bagare", "Rita Ek"), 1):
        _select(tab, name)
        qtbot.waitUntil(lambda name=name: tab.user_box.title().endswith(name))
        approver_id = next(r.id for r in tab.model.rows
                           if r.user.name == approver.get(name, "Bo Bagare"))
        tab.form.set_values({"employment_number": str(100 + number),
                             "salary_type": "monthly" if number % 2 else "hourly",
                             "approver": str(approver_id)})
        tab.save()
        qtbot.waitUntil(lambda name=name, number=number: any(
            r.user.name == name and r.user.employment_number == str(100 + number)
            for r in tab.model.rows))
    qtbot.waitUntil(lambda: tab.summary.text().startswith("Ready to be invited: 4 of 4."))
    assert {tab.model.cells(r)[INVITATION_COLUMN] for r in tab.model.rows} == {"Ready"}

    # --- Invite every ready user; one recipient is refused by the server.
    inbox.refuse["arne@bageriet.se"] = "550 5.1.1 Mailbox unavailable"
    tab.invite_all.click()
    qtbot.waitUntil(lambda: "Sent 3 welcome emails" in tab.status.text(), timeout=20_000)
    assert "Failed for Arne Lund" in tab.status.text() and "550" in tab.status.text()
    qtbot.waitUntil(lambda: any(tab.model.cells(r)[INVITATION_COLUMN].startswith("Failed")
                                for r in tab.model.rows))
    assert sorted(r.rcpt_tos[0] for r in inbox.received) == [
        "alva@bageriet.se", "bo@nyabageriet.se", "rita@bageriet.se"]
    # Retry once the mailbox exists.
    del inbox.refuse["arne@bageriet.se"]
    _select(tab, "Arne Lund")
    qtbot.waitUntil(lambda: tab.invite.text() == "Send the invitati&on again")
    tab.invite.click()
    qtbot.waitUntil(lambda: "Sent 1 welcome email " in tab.status.text(), timeout=20_000)
    assert len(inbox.received) == 4
    states = {r.user.name: r.invitation_state for r in svc.licences(ws, customer_id).users}
    assert set(states.values()) == {"sent"}

    # --- The mails: over STARTTLS, in Swedish (a Swedish account), how to log in.
    for got in inbox.received:
        assert got.tls
        assert got.mail_from == "welcome@siffra.se"
        subject = str(got.message["Subject"])
        assert subject == "Välkommen till Easy: din inloggning hos Nya Bageriet AB"
        body = got.message.get_content()
        assert body.startswith("Hej ")
        assert LOGIN_ADDRESS in body and "Siffra Redovisning AB" in body
        assert got.rcpt_tos[0] in body  # logs in with the address it was sent to
        assert "samma sätt på datorn och i mobilappen" in body  # desktop and mobile alike
        assert ("BankID" in body) == (got.rcpt_tos == ["bo@nyabageriet.se"])
    roles = {r.rcpt_tos[0]: r.message.get_content() for r in inbox.received}
    assert "Din roll är Rapportör" in roles["rita@bageriet.se"]
    assert "Din roll är Attestansvarig" in roles["arne@bageriet.se"]

    # --- The sentinel personal identity number, nowhere in clear.
    basis = invoice_basis(ws, partner.id, dt.date.today().year, dt.date.today().month)
    assert [line.customer_name for line in basis.lines] == ["Nya Bageriet AB"]
    write_basis_csv(basis, tmp_path / "basis.csv")
    (tmp_path / "basis.pdf").write_bytes(invoice_basis_pdf(basis))
    export_register(ws, tmp_path / "register.csv")
    texts = {
        "emails": "".join(r.message.as_string() for r in inbox.received),
        "log": "\n".join(r.getMessage() for r in caplog.records),
        "invoice basis CSV": (tmp_path / "basis.csv").read_text(encoding="utf-8-sig"),
        "register export": (tmp_path / "register.csv").read_text(encoding="utf-8-sig"),
        "list": "\n".join(" ".join(tab.model.cells(r)) for r in tab.model.rows),
        "summary": tab.summary_text(),
    }
    for what, text in texts.items():
        assert not [f for f in SENTINEL_FORMS if f in text], what
    assert _scan_text_columns(ws) == []
    with ws.reading() as uow:  # its own column holds it, normalised
        from custadmin.storage.schema import LicenceUser

        assert uow.session.scalar(select(LicenceUser.personal_number).where(
            LicenceUser.first_name == "Bo")) == "197003129876"
    # The PDF's text is compressed: read it as a person would (poppler).
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's text is not read")
    pdf_text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "basis.pdf"), "-"],
                              capture_output=True, check=True).stdout.decode("utf-8")
    assert "Nya Bageriet AB" in pdf_text
    assert not [f for f in SENTINEL_FORMS if f in pdf_text.replace(" ", "")]


def test_the_email_speaks_the_accounts_language(qapp: QApplication) -> None:
    """Swedish and Danish accounts in their language; Norwegian and Finnish in English
    until custadmin has theirs; whatever the operator's language."""
    from custadmin.domain.licences import LicenceRole
    from custadmin.domain.welcome import Welcome, compose, email_language
    from custadmin.ui.licences.invite import email_translator

    assert [email_language(c) for c in ("SE", "DK", "NO", "FI", "DE")] == [
        "sv", "da", "en", "en", "en"]
    welcome = Welcome("Anna Berg", "anna@hagg.se", "Hägg Bygg AB", "Siffra AB", "Easy",
                      LicenceRole.APPROVER, bankid=False)
    subjects = {}
    for language in ("en", "sv", "da"):
        translate, _keep = email_translator(language)
        message = compose(welcome, "noreply@siffra.se", translate)
        subjects[language] = str(message["Subject"])
        body = message.get_content()
        assert LOGIN_ADDRESS in body and "anna@hagg.se" in body and "BankID" not in body
    assert subjects == {"en": "Welcome to Easy: your login at Hägg Bygg AB",
                        "sv": "Välkommen till Easy: din inloggning hos Hägg Bygg AB",
                        "da": "Velkommen til Easy: dit login hos Hägg Bygg AB"}


def test_a_failed_connection_is_recorded_and_retried(
        qtbot: QtBot, sqlite_db: Workspace, runner: Any, smtp: tuple[Inbox, int]) -> None:
    """A server that cannot be reached: *failed* with the reason; then a working retry."""
    inbox, port = smtp
    ws = sqlite_db
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        dead_port = closed.getsockname()[1]
    stored = save_mail_settings(ws, MailSettings("127.0.0.1", dead_port, MailSecurity.STARTTLS,
                                                 "", "welcome@siffra.se"), 0)
    partner = create_account(ws, new_account("Siffra Redovisning AB", "info@siffra.se"))
    svc.set_reseller(ws, svc.partner(ws, partner.id).token, is_reseller=True,
                     agreement_since=None)
    view = svc.create_partnership(ws, svc.PartnershipInput(
        partner.id, "easy", 2, new_account("Hägg Bygg AB", "anna.berg@hagg.se"),
        "administrator", "", "customer", False))
    boss = svc.add_user(ws, view.customer_id, svc.UserInput(
        "Ola", "Chef", "approver", "ola@hagg.se", "", "2", "monthly", None))
    anna = next(u for u in svc.licences(ws, view.customer_id).users
                if u.user.name == "Anna Berg")
    svc.update_user(ws, anna.token, svc.UserInput("Anna", "Berg", "administrator",
                                                  "anna.berg@hagg.se", None, "1", "monthly",
                                                  boss.id))
    tab = LicencesPage(ws, runner)
    qtbot.addWidget(tab)
    tab.show_account(view.customer_id)
    qtbot.waitUntil(lambda: any(tab.model.cells(r)[INVITATION_COLUMN] == "Ready"
                                for r in tab.model.rows))
    _select(tab, "Anna Berg")
    tab.invite.click()
    qtbot.waitUntil(lambda: "Failed for Anna Berg" in tab.status.text(), timeout=20_000)
    assert "refused" in tab.status.text() or "reach" in tab.status.text()
    failed = next(r for r in svc.licences(ws, view.customer_id).users if r.id == anna.id)
    assert failed.invitation_state == "failed" and failed.last_invitation is not None
    assert failed.last_invitation.error
    # The server is set right; the retry goes.
    save_mail_settings(ws, MailSettings("127.0.0.1", port, MailSecurity.STARTTLS, "",
                                        "welcome@siffra.se"), stored.version)
    qtbot.waitUntil(lambda: tab.invite.text() == "Send the invitati&on again")
    tab.invite.click()
    qtbot.waitUntil(lambda: "Sent 1 welcome email " in tab.status.text(), timeout=20_000)
    assert [r.rcpt_tos for r in inbox.received] == [["anna.berg@hagg.se"]]
