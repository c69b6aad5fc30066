"""The partnership wizard and the *Licences & users* tab (R25–R28, R32), with pytest-qt."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from custadmin.services import licences as svc
from custadmin.services.accounts import create_account
from custadmin.services.licences import PartnershipInput, UserInput
from custadmin.services.workspace import Workspace
from custadmin.ui.licences.page import LicencesPage
from custadmin.ui.licences.wizard import CUSTOMER, INVOICING, PRODUCT, PartnershipWizard
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.validation import MAIN
from factories import new_account

PERSONAL = "19811218-9876"


def _partner(ws: Workspace, agreement: dt.date | None = None) -> svc.Partner:
    account = create_account(ws, new_account("Siffra Redovisning AB", "info@siffra.se"))
    return svc.set_reseller(ws, svc.partner(ws, account.id).token, is_reseller=True,
                            agreement_since=agreement)


def _customer(ws: Workspace, licences: int = 2) -> int:
    partner = _partner(ws)
    return svc.create_partnership(ws, PartnershipInput(
        partner.account_id, "easy", licences, new_account("Hägg Bygg AB", "anna.berg@hagg.se"),
        "administrator", PERSONAL, "customer", False)).customer_id


def _wizard(qtbot: QtBot, ws: Workspace, runner: TaskRunner,
            partner: svc.Partner) -> PartnershipWizard:
    wizard = PartnershipWizard(ws, runner, partner, svc.product_catalogue(ws))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _fill_customer(wizard: PartnershipWizard, personal: str = "") -> None:
    page = wizard.customer
    page.account_form.set_values({"name": "Nya Bageriet AB", "org_number": "556074-7551"})
    page.contact_form.set_values({
        MAIN + "first_name": "Bo", MAIN + "last_name": "Bagare",
        MAIN + "email": "bo@nyabageriet.se", MAIN + "phone": "070-222 33 44",
        MAIN + "address_line1": "Bagargatan 3", MAIN + "postcode": "211 20",
        MAIN + "city": "Malmö"})
    page.personal.setText(personal)


def test_wizard_validates_each_page_keeps_what_was_typed_and_refuses_the_collective_invoice(
        qtbot: QtBot, sqlite_db: Workspace, runner: TaskRunner) -> None:
    partner = _partner(sqlite_db)  # no reseller agreement
    wizard = _wizard(qtbot, sqlite_db, runner, partner)
    assert wizard.currentId() == PRODUCT
    wizard.product.licences.setValue(4)
    wizard.next()
    assert wizard.currentId() == CUSTOMER
    wizard.next()  # nothing typed: refused at the fields
    assert wizard.currentId() == CUSTOMER
    _fill_customer(wizard, personal="19811218-9875")  # wrong check digit
    wizard.next()
    assert wizard.currentId() == CUSTOMER
    assert "check digit" in wizard.customer.personal_error.text()
    wizard.customer.personal.setText(PERSONAL)
    wizard.next()
    assert wizard.currentId() == INVOICING
    wizard.back()
    wizard.back()
    assert wizard.product.licences.value() == 4  # kept when going back
    wizard.next()
    assert wizard.customer.account_form.value("name") == "Nya Bageriet AB"
    wizard.next()
    # R27: no reseller agreement, no collective invoice; refused at the field, with why.
    wizard.invoicing.invoice_partner.setChecked(True)
    wizard.invoicing.collective.setChecked(True)
    assert "no reseller agreement" in wizard.invoicing.collective_error.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.result_view is None
    wizard.invoicing.collective.setChecked(False)
    assert wizard.invoicing.collective_error.text() == ""
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_view is not None)
    view = wizard.result_view
    assert view is not None and view.licences == 4 and view.invoiced.value == "partner"
    users = svc.licences(sqlite_db, view.customer_id).users
    assert [(u.user.name, u.user.personal_number) for u in users] == [
        ("Bo Bagare", "19811218-****")]


def test_cancel_leaves_nothing(qtbot: QtBot, sqlite_db: Workspace, runner: TaskRunner) -> None:
    partner = _partner(sqlite_db, agreement=dt.date(2025, 1, 1))
    wizard = _wizard(qtbot, sqlite_db, runner, partner)
    wizard.next()
    _fill_customer(wizard)
    wizard.next()
    wizard.reject()
    assert svc.partnerships_of(sqlite_db, partner.account_id) == ()


def test_tab_shows_seats_masks_personal_numbers_and_refuses_a_user_beyond_the_licences(
        qtbot: QtBot, sqlite_db: Workspace, runner: TaskRunner) -> None:
    customer_id = _customer(sqlite_db, licences=2)
    page = LicencesPage(sqlite_db, runner)
    qtbot.addWidget(page)
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    page.show()
    page.show_account(customer_id)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.seats.text() == "In the agreement: 2 · In use: 1 · Free: 1"
    cells = page.model.cells(page.model.rows[0])
    assert "19811218-****" in cells and not any("9876" in c for c in cells)
    # A Reporter without email but with a personal identity number (BankID).
    page.start_new_user()
    page.form.set_values({"first_name": "Nils", "last_name": "Lund", "role": "reporter",
                          "personal_number": "850615-4320"})
    page.save()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.form.value("personal_number") == ""  # never shown again in full
    # The third is over the two licences: refused with the counts.
    page.start_new_user()
    page.form.set_values({"first_name": "Rita", "role": "reporter", "email": "rita@hagg.se"})
    page.save()
    qtbot.waitUntil(lambda: "No free licence" in page.status.text())
    assert "has 2, 2 in use, 0 free" in page.status.text()
    assert page.form.value("first_name") == "Rita"  # what was typed stays
    page.licence_count.setValue(3)
    page.change_licences.click()
    qtbot.waitUntil(lambda: page.seats.text().startswith("In the agreement: 3"))
    assert "2 → 3" in page.seat_history.text()
    page.save()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert page.summary.text().startswith("Ready to be invited: 0 of 3.")


def test_a_user_without_email_gets_no_invitation_and_the_operator_is_told_bankid(
        qtbot: QtBot, sqlite_db: Workspace, runner: TaskRunner,
        monkeypatch: pytest.MonkeyPatch) -> None:
    customer_id = _customer(sqlite_db)
    svc.add_user(sqlite_db, customer_id, UserInput("Nils", "Lund", "reporter",
                                                   personal_number="850615-4320"))
    told: list[str] = []
    import custadmin.ui.licences.page as page_module

    monkeypatch.setattr(page_module.QMessageBox, "information",
                        lambda _parent, _title, text: told.append(text))
    page = LicencesPage(sqlite_db, runner)
    qtbot.addWidget(page)
    page.show_account(customer_id)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    row = next(i for i, r in enumerate(page.model.rows) if r.user.name == "Nils Lund")
    page.table.selectRow(row)
    page.invite.click()
    assert told and "BankID" in told[0] and "first login" in told[0]
    assert QApplication.activeModalWidget() is None


def test_unsaved_edits_of_a_user_are_never_lost_silently(
        qtbot: QtBot, sqlite_db: Workspace, runner: TaskRunner,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from custadmin.ui.widgets import prompts

    customer_id = _customer(sqlite_db, licences=3)
    svc.add_user(sqlite_db, customer_id, UserInput("Rita", "Ek", "reporter", "rita@hagg.se"))
    page = LicencesPage(sqlite_db, runner)
    qtbot.addWidget(page)
    page.show_account(customer_id)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    # Nothing typed: choosing users never asks.
    monkeypatch.setattr(prompts.UnsavedChangesPrompt, "ask", classmethod(
        lambda cls, parent, what: pytest.fail(f"asked about unsaved changes of {what}")))
    assert not page.is_dirty()
    page.table.selectRow(0)
    page.table.selectRow(1)
    page.start_new_user()
    page.table.selectRow(1)
    assert not page.is_dirty()
    name = page.model.rows[1].user.name
    page.form.editor("employment_number").setText("42")
    page.form.edited.emit("employment_number")
    assert page.is_dirty()
    # Another user chosen: asked first; Cancel keeps the edits and the selection.
    monkeypatch.setattr(prompts.UnsavedChangesPrompt, "ask", classmethod(
        lambda cls, parent, what: prompts.Leave.CANCEL))
    page.table.selectRow(0)
    assert page.form.value("employment_number") == "42"
    assert page.selected() is not None and page.selected().user.name == name  # type: ignore[union-attr]
    # Save from the prompt: stored, then clean.
    monkeypatch.setattr(prompts.UnsavedChangesPrompt, "ask", classmethod(
        lambda cls, parent, what: prompts.Leave.SAVE))
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: not page.is_dirty())
    stored = next(u for u in svc.licences(sqlite_db, customer_id).users if u.user.name == name)
    assert stored.user.employment_number == "42"
    # Revert drops edits.
    page.form.editor("employment_number").setText("43")
    page.form.edited.emit("employment_number")
    page.revert()
    assert page.form.value("employment_number") == "42" and not page.is_dirty()


def test_add_ons_are_ticked_and_saved_on_the_tab(
        qtbot: QtBot, sqlite_db: Workspace, runner: TaskRunner) -> None:
    customer_id = _customer(sqlite_db)
    page = LicencesPage(sqlite_db, runner)
    qtbot.addWidget(page)
    page.show_account(customer_id)
    qtbot.waitUntil(lambda: len(page.addon_boxes) == 2)
    assert page.ticked_addons() == frozenset()
    next(b for b in page.addon_boxes if b.text() == "Payroll export").setChecked(True)
    page.save_addons.click()
    qtbot.waitUntil(lambda: page.status.text() == "The add-ons are saved.")
    qtbot.waitUntil(lambda: page.ticked_addons() == frozenset({"payroll_export"}))
    assert svc.licences(sqlite_db, customer_id).addons == ("Payroll export",)


def test_tab_walks_the_page_in_reading_order(
        qtbot: QtBot, sqlite_db: Workspace, runner: TaskRunner) -> None:
    customer_id = _customer(sqlite_db)
    page = LicencesPage(sqlite_db, runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.show_account(customer_id)
    # A box put in a shown page's layout is shown by a queued call: Tab
    # skips it until then.
    qtbot.waitUntil(lambda: len(page.addon_boxes) == 2
                    and all(box.isVisible() for box in page.addon_boxes))
    page.licence_count.setFocus()
    walked = []
    for _ in range(30):
        walked.append(QApplication.focusWidget())
        page.focusNextChild()
    expected = [page.licence_count, page.change_licences, *page.addon_boxes, page.save_addons,
                page.table, page.copy_summary, page.mail_summary,
                *(page.form.editor(key) for key in page.form.field_keys()),
                # Focus on the list chose its first user, the primary contact: a stored
                # personal identity number can be cleared.
                *([page.clear_personal] if page.clear_personal.isVisible() else []),
                page.new_user, page.save_user, page.remove_user, page.invite, page.invite_all]
    assert walked[:len(expected)] == expected
    assert page.form.editor("first_name").accessibleName() == "First name"  # no "&"
