"""Manage contacts, invoice settings and the live panels, as an operator uses them
(R1–R7, R33; seed 000)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from custadmin.domain.accounts import AccountDetails
from custadmin.domain.invoice import AddresseeReason
from custadmin.domain.mail import EmailCategory, MessageKind
from custadmin.domain.register import RegisterQuery
from custadmin.services.accounts import load_account
from custadmin.services.register import search_register
from custadmin.services.workspace import Workspace
from custadmin.ui.account.contacts import ContactsPage
from custadmin.ui.main_window import MainWindow
from custadmin.ui.widgets import prompts
from custadmin.ui.widgets.prompts import Leave

PER = {
    "first_name": "Per", "last_name": "Holm", "organisation_name": "", "email": "per@holm.se",
    "phone": "08-123 456 78", "address_line1": "Box 12", "address_line2": "",
    "postcode": "111 22", "city": "Stockholm", "country": "SE",
}


def open_account(qtbot: QtBot, window: MainWindow, account: AccountDetails) -> None:
    window.editor.open_account(account.id)
    qtbot.waitUntil(lambda: window.editor.account is not None
                    and window.editor.account.id == account.id, timeout=10_000)


def type_contact(page: ContactsPage, values: dict[str, str]) -> None:
    page.form.set_values(values)
    for key in values:
        page.form.edited.emit(key)


def save_and_wait(qtbot: QtBot, page: ContactsPage) -> None:
    with qtbot.waitSignal(page.saved, timeout=10_000):
        page.save()


def routed(window: MainWindow, kind: MessageKind) -> list[str]:
    return window.editor.who_gets_what.routing_text()[kind.value]


def addressee(window: MainWindow) -> tuple[str, AddresseeReason]:
    draft = window.editor.draft()
    assert draft is not None
    shown = draft.addressee()
    return shown.contact.name, shown.reason


def add_per(qtbot: QtBot, window: MainWindow, invoices: bool = True) -> int:
    page = window.editor.contacts
    window.editor.tabs.setCurrentWidget(page)
    assert page.selected_id is None  # R2: the selector defaults to "Add new contact"
    type_contact(page, PER)
    page.preferences[EmailCategory.INVOICES].setChecked(invoices)
    save_and_wait(qtbot, page)
    assert page.selected_id is not None
    return page.selected_id


def test_seed_000_billing_contact_invoice_contact_peppol_and_payment_confirmations(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails
) -> None:
    open_account(qtbot, window, hagg)
    editor = window.editor
    page = editor.contacts
    editor.tabs.setCurrentWidget(page)
    assert page.selector.currentText() == "Add new contact"
    # R3: a new contact starts with every preference unticked.
    assert not any(box.isChecked() for box in page.preferences.values())

    # 1. Add a contact with every mandatory field and tick "Invoices & reminders".
    per_id = add_per(qtbot, window)
    stored = load_account(filled_db, hagg.id).contact(per_id)
    assert stored is not None
    assert stored.email_categories == frozenset({EmailCategory.INVOICES})
    assert "billing contact" in page.role.text()  # R4
    assert any("Per Holm" in line and "ticked" in line
               for line in routed(window, MessageKind.INVOICES))
    # A copy of invoices does not change what the invoice says (R5).
    assert addressee(window) == ("Anna Berg", AddresseeReason.MAIN_CONTACT)

    # 2. Pick it as invoice contact on My details: the line follows before Save.
    details = editor.my_details
    editor.tabs.setCurrentWidget(details)
    details.invoice_contact.setCurrentIndex(details.invoice_contact.findData(per_id))
    assert addressee(window) == ("Per Holm", AddresseeReason.INVOICE_CONTACT)
    assert "Per Holm" in details.addressee.text()
    with qtbot.waitSignal(details.saved, timeout=10_000):
        details.save()
    assert load_account(filled_db, hagg.id).invoice_contact_id == per_id

    # 3. A Peppol ID puts the main contact back on the invoice, whatever is picked.
    peppol = details.account_form.editor("peppol_id")
    peppol.setText("0007:5560360793")
    details.account_form.edited.emit("peppol_id")
    assert addressee(window) == ("Anna Berg", AddresseeReason.PEPPOL)
    assert "Peppol" in details.addressee.text()
    with qtbot.waitSignal(details.saved, timeout=10_000):
        details.save()
    saved = load_account(filled_db, hagg.id)
    assert saved.peppol_id == "0007:5560360793"
    assert saved.invoice_contact_id == per_id  # the pick stays; Peppol overrides it

    # 4. Payment confirmations, unticked and ticked (R6).
    payments = routed(window, MessageKind.PAYMENT_CONFIRMATION)
    assert any("Anna Berg" in line for line in payments)
    assert any("Per Holm" in line and "ticked" in line for line in payments)
    details.main_only.setChecked(True)
    payments = routed(window, MessageKind.PAYMENT_CONFIRMATION)
    assert any("Anna Berg" in line and "main contact" in line for line in payments)
    assert any("Per Holm" in line and "not sent" in line for line in payments)
    # Invoices themselves still reach the billing contact.
    assert any("Per Holm" in line and "ticked" in line
               for line in routed(window, MessageKind.INVOICES))
    with qtbot.waitSignal(details.saved, timeout=10_000):
        details.save()
    assert load_account(filled_db, hagg.id).payment_confirmations_main_only


def test_password_reset_ignores_preferences(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails
) -> None:
    open_account(qtbot, window, hagg)
    add_per(qtbot, window)
    lines = routed(window, MessageKind.PASSWORD_RESET)
    assert len(lines) == 1 and "Anna Berg" in lines[0] and "preferences do not apply" in lines[0]


def test_who_gets_what_follows_unsaved_ticks(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails
) -> None:
    open_account(qtbot, window, hagg)
    per_id = add_per(qtbot, window, invoices=False)
    page = window.editor.contacts
    assert page.selected_id == per_id
    assert not any("Per Holm" in line for line in routed(window, MessageKind.SUPPORT))
    page.preferences[EmailCategory.SUPPORT].setChecked(True)  # not saved
    assert any("Per Holm" in line for line in routed(window, MessageKind.SUPPORT))
    assert page.is_dirty()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("first_name", "", "required"),
        ("email", "per@", "valid email"),
        ("phone", "123", "phone"),
        ("postcode", "1", "postcode"),
    ],
)
def test_bad_contact_input_is_shown_at_the_field_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    field: str, value: str, message: str,
) -> None:
    open_account(qtbot, window, hagg)
    page = window.editor.contacts
    type_contact(page, PER | {field: value})
    page.save()
    assert message in page.form.error(field).lower() or message in page.form.error(field)
    assert page.form.value(field) == value  # the typing stays
    assert page.is_dirty()
    assert len(load_account(filled_db, hagg.id).contacts) == 1


def test_bad_peppol_id_is_shown_at_the_field_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails
) -> None:
    open_account(qtbot, window, hagg)
    details = window.editor.my_details
    for typed, expected in (("0007:556036-0793", "hyphen"), ("9955:SE556036079301", "0007")):
        details.account_form.editor("peppol_id").setText(typed)
        details.account_form.edited.emit("peppol_id")
        details.save()
        assert expected in details.account_form.error("peppol_id")
        assert details.account_form.value("peppol_id") == typed
        assert load_account(filled_db, hagg.id).peppol_id == ""


def test_deleting_the_invoice_contact_warns_and_falls_back_to_the_main_contact(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_account(qtbot, window, hagg)
    per_id = add_per(qtbot, window)
    details = window.editor.my_details
    details.invoice_contact.setCurrentIndex(details.invoice_contact.findData(per_id))
    with qtbot.waitSignal(details.saved, timeout=10_000):
        details.save()
    asked: list[tuple[str, bool]] = []
    monkeypatch.setattr(prompts.DeleteContactPrompt, "ask", classmethod(
        lambda cls, parent, name, is_invoice: asked.append((name, is_invoice)) or True))
    page = window.editor.contacts
    page.select_contact(per_id)
    with qtbot.waitSignal(page.saved, timeout=10_000):
        page.delete()
    assert asked == [("Per Holm", True)]
    stored = load_account(filled_db, hagg.id)
    assert stored.contact(per_id) is None
    assert stored.invoice_contact_id is None
    assert addressee(window) == ("Anna Berg", AddresseeReason.MAIN_CONTACT)
    assert details.invoice_contact.currentData() is None


def test_the_main_contact_cannot_be_deleted_and_says_why(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails
) -> None:
    open_account(qtbot, window, hagg)
    page = window.editor.contacts
    page.select_contact(hagg.main_contact.id)
    assert not page.delete_button.isEnabled()
    assert "main contact cannot be deleted" in page.delete_button.toolTip()
    # Edited on My details only, so one record never has two editors.
    first_name = page.form.editor("first_name")
    assert isinstance(first_name, QLineEdit) and first_name.isReadOnly()


def test_make_another_contact_the_main_contact(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_account(qtbot, window, hagg)
    per_id = add_per(qtbot, window)
    page = window.editor.contacts
    asked: list[tuple[str, str]] = []
    answer = [False]
    monkeypatch.setattr(prompts.MakeMainContactPrompt, "ask", classmethod(
        lambda cls, parent, new, former: asked.append((new, former)) or answer[0]))
    # Alt+M reaches the button from the keyboard; it always asks first (R1).
    qtbot.keyClick(page, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert asked == [("Per Holm", "Anna Berg")]
    assert load_account(filled_db, hagg.id).main_contact.id == hagg.main_contact.id
    answer[0] = True
    with qtbot.waitSignal(page.saved, timeout=10_000):
        page.make_main()
    stored = load_account(filled_db, hagg.id)
    assert stored.main_contact.id == per_id
    assert [c.full_name for c in stored.contacts if not c.is_main] == ["Anna Berg"]  # R1
    assert window.editor.my_details.contact_form.value("main_contact.first_name") == "Per"
    assert "main contact" in page.selector.currentText()


def test_switching_contact_with_unsaved_edits_asks_first(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_account(qtbot, window, hagg)
    per_id = add_per(qtbot, window)
    page = window.editor.contacts
    page.form.editor("city").setText("Lund")
    page.form.edited.emit("city")
    monkeypatch.setattr(prompts.UnsavedChangesPrompt, "ask",
                        classmethod(lambda cls, parent, what: Leave.CANCEL))
    page.selector.activated.emit(page.selector.findData(hagg.main_contact.id))
    assert page.selected_id == per_id
    assert page.form.value("city") == "Lund"
    assert window.editor.is_dirty()


def test_register_finds_an_account_by_any_contact(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails
) -> None:
    open_account(qtbot, window, hagg)
    add_per(qtbot, window)
    for text in ("per holm", "per@holm", "08-123 456 78"):
        assert hagg.id in search_register(filled_db, RegisterQuery(text)), text
    panel = window.register
    panel.search.setText("per@holm")
    panel._search_now()
    qtbot.waitUntil(lambda: panel.model.loaded and panel.model.rowCount() == 1, timeout=10_000)
    assert panel.model.account_id(0) == hagg.id


def test_a_billing_contact_in_one_step_by_keyboard(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails
) -> None:
    """Ctrl+2, Alt+B, the person's name, email and phone, Ctrl+S: one save (R5)."""
    open_account(qtbot, window, hagg)
    keys = 0

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
              ) -> None:
        nonlocal keys
        keys += 1
        qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)

    def type_text(text: str) -> None:  # the caller's words: not counted as keys
        focused = QApplication.focusWidget()
        assert isinstance(focused, QLineEdit)
        qtbot.keyClicks(focused, text)

    ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
    press(Qt.Key.Key_2, ctrl)
    page = window.editor.contacts
    assert window.editor.tabs.currentWidget() is page
    press(Qt.Key.Key_B, alt)  # a mnemonic clicks with a short animation: wait for it
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.form.editor("first_name"),
                    timeout=5_000)
    assert page.form.value("organisation_name") == hagg.name  # from the account
    assert page.form.value("city") == hagg.main_contact.city
    assert page.preferences[EmailCategory.INVOICES].isChecked()
    assert page.as_invoice.isChecked()
    type_text("Eva")
    press(Qt.Key.Key_Tab)
    type_text("Lind")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)  # past the organisation name, prefilled
    type_text("eva.lind@hagg.se")
    press(Qt.Key.Key_Tab)
    type_text("0701112233")
    with qtbot.waitSignal(page.saved, timeout=10_000):
        press(Qt.Key.Key_S, ctrl)
    stored = load_account(filled_db, hagg.id)
    eva = next(c for c in stored.contacts if c.first_name == "Eva")
    assert stored.invoice_contact_id == eva.id
    assert EmailCategory.INVOICES in eva.email_categories
    assert (eva.organisation_name, eva.address_line1) == (hagg.name,
                                                         hagg.main_contact.address_line1)
    assert keys <= 10, keys
