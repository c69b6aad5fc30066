"""The README's screenshots, and the Swedish and Danish ones, at 1366x768.

    python tools/screenshots.py [--out docs] [--database PATH] [--only licences]

Fills an embedded database as ``custadmin --demo`` does (2,500 accounts, the
showcase on the first ones), opens the first account of the register in
each language and saves *My details*, *Manage contacts* (its billing
contact) and *Internet* (its sub-account): ``docs/my-details.png``,
``docs/manage-contacts.png``, ``docs/internet-tab.png`` in English and
``docs/screens/<sv|da>-<details|contacts|internet>.png``. The status bar
shows the default database location of a user named anna, not the path used.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SHOWN_LOCATION = "/home/anna/.local/share/custadmin/custadmin.sqlite3"
ENGLISH = {"details": "my-details.png", "contacts": "manage-contacts.png",
           "internet": "internet-tab.png"}


def shoot(language: str, database: Path, out: Path, only: str = "") -> None:
    """In this process: one language's screenshots (``only`` one group of them:
    "licences", "bureau", "einvoice"; "" every one)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from custadmin import translations
    from custadmin.paths import resource_path
    from custadmin.services.accounts import bulk_create_accounts, count_accounts
    from custadmin.services.bureau_demo import add_demo_bureaus
    from custadmin.services.demo import add_demo_showcase, generate_demo_accounts
    from custadmin.services.einvoice import add_demo_einvoice
    from custadmin.services.licence_demo import add_demo_partnerships
    from custadmin.services.portal import add_demo_portal_users
    from custadmin.services.workspace import Workspace
    from custadmin.storage.migrate import open_database
    from custadmin.ui.main_window import MainWindow

    app = QApplication([])
    translations.install(app, language, resource_path("translations"))
    ws = Workspace(open_database(str(database), create=True))
    if count_accounts(ws) == 0:
        bulk_create_accounts(ws, generate_demo_accounts(2500))
        add_demo_portal_users(ws)
        add_demo_showcase(ws)
        add_demo_einvoice(ws)
        add_demo_bureaus(ws)
        add_demo_partnerships(ws)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ws, SHOWN_LOCATION, settings=settings)
    window.resize(1366, 768)
    window.show()
    window.start()

    def wait(done: object) -> None:
        end = time.monotonic() + 15
        while not done() and time.monotonic() < end:  # type: ignore[operator]
            app.processEvents()

    def settle() -> None:
        for _ in range(30):
            app.processEvents()
            time.sleep(0.01)

    wait(lambda: window.register.model.loaded and window.is_attached)
    window.register.table.selectRow(0)
    account_id = window.register.model.account_id(0)
    assert account_id is not None
    window.editor.open_account(account_id)
    wait(lambda: window.editor.account is not None)
    account = window.editor.account
    assert account is not None
    billing = account.contact(account.invoice_contact_id or 0)
    sam = next((c for c in account.contacts if c.first_name == "Sam"), None)
    settle()
    if only:
        {"licences": shoot_licences, "bureau": shoot_bureau,
         "einvoice": shoot_einvoice}[only](language, window, out, wait, settle)
        return
    for index, name in enumerate(("details", "contacts", "internet")):
        window.editor.tabs.setCurrentIndex(index)
        if name == "contacts" and billing is not None:
            window.editor.contacts.select_contact(billing.id)
        if name == "internet" and sam is not None:
            row = window.editor.internet.model.row_of(sam.id)
            if row is not None:
                window.editor.internet.select_cell(row, 0)
        settle()
        target = (out / ENGLISH[name] if language == "en"
                  else out / "screens" / f"{language}-{name}.png")
        target.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(target))
        print(target)
    shoot_einvoice(language, window, out, wait, settle)
    shoot_bureau(language, window, out, wait, settle)
    shoot_licences(language, window, out, wait, settle)


def _target(out: Path, language: str, name: str) -> Path:
    target = out / f"{name}.png" if language == "en" else out / "screens" / f"{language}-{name}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def shoot_einvoice(language: str, window: Any, out: Path, wait: Any, settle: Any) -> None:
    """The e-invoice network (a moving recipient chosen) and an account whose
    registration is pending: ``docs/einvoice-network.png``, ``einvoice-account.png``."""
    from sqlalchemy import select

    from custadmin.domain.einvoice import DeliveryReason
    from custadmin.services.einvoice import account_delivery
    from custadmin.storage.schema import EInvoiceRecipient
    from custadmin.ui.einvoice.network import NetworkWindow

    ws = window.workspace
    with ws.reading() as uow:
        asked = uow.session.scalars(select(EInvoiceRecipient.for_account_id).where(
            EInvoiceRecipient.state == "pending")).all()
    pending = next((a for a in asked if a is not None
                    and account_delivery(ws, a).reason is DeliveryReason.PENDING), None)
    if pending is not None:
        window.editor.tabs.setCurrentIndex(0)
        window.editor.open_account(pending)
        wait(lambda: window.editor.account is not None and window.editor.account.id == pending)
        page = window.editor.my_details
        wait(lambda: "…" not in page.einvoice.text())
        page.einvoice.search_button.setFocus()
        settle()
        target = _target(out, language, "einvoice-account")
        window.grab().save(str(target))
        print(target)
    net = NetworkWindow(ws, window.runner, window)
    net.show()
    net.run_search()
    wait(lambda: net.model.rowCount() > 0)
    moving = next((i for i, e in enumerate(net.model.rows) if e.moving_to), 0)
    net.table.selectRow(moving)
    settle()
    wait(lambda: net.history.topLevelItemCount() > 0)
    settle()
    target = _target(out, language, "einvoice-network")
    net.grab().save(str(target))
    print(target)
    net.close()


def shoot_bureau(language: str, window: Any, out: Path, wait: Any, settle: Any) -> None:
    """The demo bureau's clients, client access, effective access and activation list:
    ``docs/bureau-*.png``."""
    from sqlalchemy import select

    from custadmin.storage.schema import Account
    from custadmin.ui.bureaus.window import BureauWindow

    ws = window.workspace
    with ws.reading() as uow:
        bureau_id = uow.session.scalar(select(Account.id).where(Account.is_bureau).limit(1))
    if bureau_id is None:
        return
    bureau = BureauWindow(ws, window.runner, bureau_id, window)
    bureau.resize(1180, 560)
    bureau.show()
    wait(lambda: bureau.overview is not None)
    for tab, name in ((bureau.clients_tab, "clients"), (bureau.access, "access"),
                      (bureau.effective_panel, "effective"),
                      (bureau.activation_tab, "activation")):
        bureau.tabs.setCurrentWidget(tab)
        if name == "clients":
            bureau.clients_table.selectRow(1)
        if name == "access":
            wait(lambda: bureau.access_model.rowCount() > 0)
        if name == "effective":
            wait(lambda: bureau.effective_model.rowCount() > 0)
            bureau.effective_panel.table.setCurrentIndex(bureau.effective_model.index(0, 2))
        settle()
        target = _target(out, language, f"bureau-{name}")
        bureau.grab().save(str(target))
        print(target)
    bureau.close()


def shoot_licences(language: str, window: Any, out: Path, wait: Any, settle: Any) -> None:
    """The demo reseller's partnership wizard, a customer's *Licences & users* tab and
    the collective invoice basis (dialog, and its PDF's first page):
    ``docs/licences-*.png``, ``docs/partnership-*.png``, ``docs/invoice-basis*.png``."""
    from sqlalchemy import select

    from custadmin.services.licences import partner, product_catalogue
    from custadmin.storage.schema import Partnership
    from custadmin.ui.licences.invoice_basis import InvoiceBasisDialog
    from custadmin.ui.licences.wizard import PartnershipWizard
    from custadmin.ui.widgets.validation import MAIN

    ws = window.workspace
    with ws.reading() as uow:
        link = uow.session.scalars(select(Partnership).order_by(Partnership.id)).first()
        if link is None:
            return
        reseller_id, customer_id = link.partner_id, link.customer_id
    window.editor.open_account(customer_id)
    wait(lambda: window.editor.account is not None and window.editor.account.id == customer_id)
    tab = window.editor.licences
    window.editor.tabs.setCurrentWidget(tab)
    wait(lambda: tab.model.rowCount() > 0)
    tab.table.selectRow(1)
    settle()
    target = _target(out, language, "licences-users")
    window.grab().save(str(target))
    print(target)

    wizard = PartnershipWizard(ws, window.runner, partner(ws, reseller_id),
                               product_catalogue(ws), window)
    wizard.show()
    wizard.product.licences.setValue(5)
    wizard.product.addons[0].setChecked(True)
    settle()
    target = _target(out, language, "partnership-version")
    wizard.grab().save(str(target))
    print(target)
    wizard.next()
    wizard.customer.account_form.set_values({"name": "Nya Bageriet AB",
                                             "org_number": "556074-7551"})
    wizard.customer.contact_form.set_values({
        MAIN + "first_name": "Bo", MAIN + "last_name": "Bagare",
        MAIN + "email": "bo@nyabageriet.se", MAIN + "phone": "070-222 33 44",
        MAIN + "address_line1": "Bagargatan 3", MAIN + "postcode": "211 20",
        MAIN + "city": "Malmö"})
    wizard.customer.personal.setText("19900101-1239")
    wizard.next()
    wizard.invoicing.invoice_partner.setChecked(True)
    wizard.invoicing.collective.setChecked(True)
    settle()
    target = _target(out, language, "partnership-invoicing")
    wizard.grab().save(str(target))
    print(target)
    wizard.reject()

    dialog = InvoiceBasisDialog(ws, reseller_id, window, runner=window.runner)
    dialog.resize(1100, 520)
    dialog.show()
    wait(lambda: dialog.model.rowCount() > 0)
    settle()
    target = _target(out, language, "invoice-basis-dialog")
    dialog.grab().save(str(target))
    print(target)
    if language == "en":
        pdf = out / "invoice-basis.pdf"
        dialog.export_pdf(str(pdf))
        wait(lambda: pdf.exists())
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf),
                        str(out / "invoice-basis")], check=False)
        pdf.unlink(missing_ok=True)
    dialog.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs")
    parser.add_argument("--database", type=Path, help="a demo database to use (made if missing)")
    parser.add_argument("--only", choices=("licences", "bureau", "einvoice"), default="",
                        help="only these screenshots")
    parser.add_argument("--_language", dest="language", help=argparse.SUPPRESS)
    args = parser.parse_args()
    database = args.database or Path(tempfile.mkdtemp()) / "demo.sqlite3"
    if args.language:
        shoot(args.language, database, args.out, args.only)
        return 0
    for language in ("en", "sv", "da"):  # a process each: one QApplication, one language
        subprocess.run([sys.executable, __file__, "--out", str(args.out), "--database",
                        str(database), "--_language", language]
                       + (["--only", args.only] if args.only else []), check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
