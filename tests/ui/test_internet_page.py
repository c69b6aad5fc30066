"""The Internet tab as an operator uses it, through a real database: portal users,
their rights and why they are or are not in force (R8–R17, seed 001)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from custadmin.domain.accounts import AccountDetails, ContactChange, ContactDetails, ContactInput
from custadmin.domain.errors import ConfirmationNeeded
from custadmin.domain.portal import (
    RIGHT_KEYS,
    PortalAccessChange,
    PortalSettings,
    RightState,
)
from custadmin.services.accounts import create_account, load_account, update_account_details
from custadmin.services.contacts import save_contact, save_rights
from custadmin.services.portal import check_login, portal_settings, save_portal_settings
from custadmin.services.workspace import Workspace
from custadmin.ui.account.internet import InternetPage
from custadmin.ui.account.rights_model import SSO_COLUMN
from custadmin.ui.main_window import MainWindow
from custadmin.ui.widgets import prompts
from custadmin.ui.widgets.portal_texts import right_label
from custadmin.ui.widgets.prompts import Leave
from factories import new_account

CHECK = Qt.ItemDataRole.CheckStateRole
TIP = Qt.ItemDataRole.ToolTipRole
CHECKED = Qt.CheckState.Checked
PASSWORD = "Blue-Harbour-Kettle-42"

PER = ContactInput(
    first_name="Per", last_name="Holm", email="per@holm.se", phone="08-123 456 78",
    address_line1="Box 12", postcode="111 22", city="Stockholm", country="SE",
)
EVA = ContactInput(
    first_name="Eva", last_name="Lind", email="eva@lind.se", phone="070-765 43 21",
    address_line1="Box 14", postcode="111 22", city="Stockholm", country="SE",
)


def col(key: str) -> int:
    return RIGHT_KEYS.index(key)


def add_portal_user(db: Workspace, account_id: int, data: ContactInput,
                    password: str | None = PASSWORD,
                    rights: frozenset[str] | None = None) -> ContactDetails:
    details = save_contact(db, account_id, None, ContactChange(
        data, frozenset(), PortalAccessChange(enabled=True, new_password=password)))
    person = next(c for c in details.contacts if c.email == data.email)
    if rights is not None:
        details = save_rights(db, account_id, {person.token: rights})
        person = next(c for c in details.contacts if c.email == data.email)
    return person


def give_main_contact_access(db: Workspace, account: AccountDetails) -> None:
    main = load_account(db, account.id).main_contact
    save_contact(db, account.id, main.token, ContactChange(
        main.as_input(), main.email_categories, PortalAccessChange(enabled=True)))


def set_service_type(db: Workspace, account_id: int, service_type: str) -> None:
    base = load_account(db, account_id)
    update_account_details(db, base.token, dataclasses.replace(base.as_input(),
                                                         service_type=service_type),
                           base.main_contact.as_input())


def open_internet(qtbot: QtBot, window: MainWindow, account_id: int) -> InternetPage:
    window.editor.open_account(account_id)
    qtbot.waitUntil(lambda: window.editor.account is not None
                    and window.editor.account.id == account_id, timeout=10_000)
    page = window.editor.internet
    window.editor.tabs.setCurrentWidget(page)
    return page


def select_user(page: InternetPage, contact_id: int, column: int = 0) -> int:
    row = page.model.row_of(contact_id)
    assert row is not None
    page.select_cell(row, column)
    return row


def save_and_wait(qtbot: QtBot, page: InternetPage) -> AccountDetails:
    with qtbot.waitSignal(page.saved, timeout=10_000) as blocker:
        page.save()
    details = blocker.args[0]
    assert isinstance(details, AccountDetails)
    return details


@pytest.fixture
def per(filled_db: Workspace, hagg: AccountDetails) -> ContactDetails:
    """Hägg Bygg with its main contact and Per Holm as portal users."""
    give_main_contact_access(filled_db, hagg)
    set_service_type(filled_db, hagg.id, "web_hosting")
    return add_portal_user(filled_db, hagg.id, PER,
                           rights=frozenset({"products", "invoices"}))


def test_tick_a_right_save_and_it_is_stored(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    per: ContactDetails,
) -> None:
    page = open_internet(qtbot, window, hagg.id)
    assert page.stack.currentWidget() is not page.empty
    assert page.model.rowCount() == 2
    assert page.model.contact_id(0) == hagg.main_contact.id  # main contact first
    row = page.model.row_of(per.id)
    assert row is not None
    domains = page.model.index(row, col("domains"))
    assert page.model.data(domains, CHECK) == Qt.CheckState.Unchecked
    assert page.model.setData(domains, CHECKED, CHECK)
    assert page.is_dirty() and window.editor.is_dirty()
    assert page.save_button.isEnabled()
    assert page.status.text() == "Unsaved changes"
    # Not stored before Save.
    before = load_account(filled_db, hagg.id).contact(per.id)
    assert before is not None and before.rights == {"products", "invoices"}

    details = save_and_wait(qtbot, page)
    stored = load_account(filled_db, hagg.id).contact(per.id)
    assert stored is not None
    assert stored.rights == {"products", "invoices", "domains"}
    assert details.contact(per.id) == stored
    assert not page.is_dirty() and not window.editor.is_dirty()
    assert page.status.text() == "Rights saved."
    # The other pages now hold the contact's new version, so their next save
    # does not conflict with this one.
    contacts_account = window.editor.contacts.account
    assert contacts_account is not None
    assert contacts_account.contact(per.id) == stored
    assert window.editor.my_details.account == details
    assert page.model.data(page.model.index(row, col("domains")), CHECK) == CHECKED


def test_space_toggles_the_current_cell(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails, per: ContactDetails,
) -> None:
    page = open_internet(qtbot, window, hagg.id)
    row = select_user(page, per.id, col("tickets"))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert page.model.data(page.model.index(row, col("tickets")), CHECK) == CHECKED
    assert page.model.changes() == {per.token: frozenset({"products", "invoices", "tickets"})}
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert not page.is_dirty()
    # Space on the main contact's cells does nothing: they are not enabled.
    page.select_cell(0, col("tickets"))
    assert page.current_row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert not page.is_dirty()


def test_r16_ticked_but_off_system_wide_is_shown_not_in_force_with_the_reason(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    per: ContactDetails,
) -> None:
    base = portal_settings(filled_db)
    save_portal_settings(filled_db, base.token, PortalSettings(
        offered=base.offered - {"invoices"}, defaults=base.defaults))
    page = open_internet(qtbot, window, hagg.id)
    row = select_user(page, per.id)
    invoices = page.model.index(row, col("invoices"))
    # Per's tick is kept and shown, but it is greyed and not in force.
    assert page.model.data(invoices, CHECK) == CHECKED
    assert not page.model.flags(invoices) & Qt.ItemFlag.ItemIsEnabled
    assert "switched off in the system-wide portal settings" in page.model.data(invoices, TIP)
    assert page.model.effective(row)["invoices"] is RightState.OFF_SYSTEM_WIDE
    assert page.model.effective(row)["products"] is RightState.IN_FORCE
    # The details panel's checklist lists it with the reason; the summary says it once.
    state = page.checklist_model.index(col("invoices"), 1)
    assert state.data() == "✘ Off system-wide"
    assert "switched off in the system-wide portal settings" in state.data(TIP)
    assert ("Switched off in the system-wide portal settings, whatever is ticked: 1 right."
            in page.rights_summary.text())
    # Off for the main contact too, though it holds every other right.
    main_invoices = page.model.index(0, col("invoices"))
    assert page.model.effective(0)["invoices"] is RightState.OFF_SYSTEM_WIDE
    assert "switched off" in page.model.data(main_invoices, TIP)
    # And the portal agrees (the login check lists the rights in force).
    company = check_login(filled_db, "per@holm.se").companies[0]
    assert "invoices" not in company.rights and "products" in company.rights


def test_r17_the_settings_right_lets_a_user_change_their_own_password(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    per: ContactDetails,
) -> None:
    assert not check_login(filled_db, "per@holm.se").companies[0].can_change_own_password
    page = open_internet(qtbot, window, hagg.id)
    row = select_user(page, per.id)
    settings = page.model.index(row, col("settings"))
    assert "Not in force: not ticked" in page.model.data(settings, TIP)
    assert page.model.setData(settings, CHECKED, CHECK)
    # The details panel follows the unsaved tick.
    assert page.checklist_model.index(col("settings"), 1).data() == "✔ In force"
    assert page.checklist_model.index(col("settings"), 0).data(CHECK) == CHECKED
    save_and_wait(qtbot, page)
    stored = load_account(filled_db, hagg.id).contact(per.id)
    assert stored is not None and "settings" in stored.rights
    assert check_login(filled_db, "per@holm.se").companies[0].can_change_own_password


def test_details_panel_shows_the_selected_users_login_never_the_password(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    per: ContactDetails,
) -> None:
    # Eva also acts for another customer with the same login (R13).
    other = create_account(filled_db, new_account("Östra Ekonomi AB", "info@ostra.se"))
    eva_elsewhere = add_portal_user(filled_db, other.id, EVA)
    assert eva_elsewhere.login is not None
    with pytest.raises(ConfirmationNeeded):
        add_portal_user(filled_db, hagg.id, EVA, password=None)
    save_contact(filled_db, hagg.id, None,
                 ContactChange(EVA, frozenset(), PortalAccessChange(enabled=True)),
                 confirmed_login_id=eva_elsewhere.login.id)
    eva = next(c for c in load_account(filled_db, hagg.id).contacts if c.first_name == "Eva")

    page = open_internet(qtbot, window, hagg.id)
    select_user(page, per.id)
    assert page.user_box.isVisible()
    assert page.user_name.text() == "per@holm.se"
    assert page.password.text() == "Password set"
    # Nothing but the fact (R15): neither the password nor its hash.
    shown = [label.text() for label in page.user_box.findChildren(QLabel)]
    assert not any(PASSWORD in text or "$argon2" in text for text in shown)
    assert page.login_state.text() == "Enabled"
    assert page.shared.text() == "No other account"
    assert page.sso_label.text().startswith(
        "Single sign-on to the control panel: not available because it lacks")

    select_user(page, eva.id)
    assert "Eva Lind" in page.user_box.title()
    assert page.user_name.text() == "eva@lind.se"
    assert page.password.text().startswith("Password set")
    assert "Östra Ekonomi AB" in page.shared.text()
    assert f"customer {other.customer_number}" in page.shared.text()

    # The main contact has no password: the panel says so.
    page.select_cell(0, SSO_COLUMN)
    assert "(main contact)" in page.user_box.title()
    assert page.password.text().startswith("No password")
    assert page.sso_label.text() == "Single sign-on to the control panel: available"

    # Clicking a greyed cell of the main contact shows the main contact too.
    select_user(page, per.id)
    greyed = page.model.index(0, col("domains"))
    page.table.scrollTo(greyed)
    rect = page.table.visualRect(greyed)
    assert page.table.viewport().rect().contains(rect.center())
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current_row() == 0


def test_login_check_button_asks_for_the_selected_user(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails, per: ContactDetails,
) -> None:
    page = open_internet(qtbot, window, hagg.id)
    select_user(page, per.id)
    assert page.login_check_button.text() == "&Login check for this user…"
    with qtbot.waitSignal(window.editor.login_check_requested, timeout=1_000) as blocker:
        qtbot.mouseClick(page.login_check_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["per@holm.se"]


def test_sso_for_an_agency_account_names_the_service_type(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    per: ContactDetails,
) -> None:
    set_service_type(filled_db, hagg.id, "agency")
    page = open_internet(qtbot, window, hagg.id)
    assert page.service_type.text() == "Service type: Agency services (change it on My details)"
    row = select_user(page, per.id)
    for key in ("productsso", "manageproducts"):
        page.model.setData(page.model.index(row, col(key)), CHECKED, CHECK)
    assert page.model.data(page.model.index(row, SSO_COLUMN)) == "not available"
    assert "no web-hosting service (Agency services)" in page.sso_label.text()
    assert "lacks" not in page.sso_label.text()  # the three rights are there now


def test_unsaved_ticks_guard_opening_another_account(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    per: ContactDetails, monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = create_account(filled_db, new_account("Östra Ekonomi AB", "info@ostra.se"))
    page = open_internet(qtbot, window, hagg.id)
    row = select_user(page, per.id)
    page.model.setData(page.model.index(row, col("emails")), CHECKED, CHECK)
    asked: list[str] = []

    def answer(choice: Leave) -> None:
        def ask(cls: type, parent: object, what: str) -> Leave:
            asked.append(what)
            return choice

        monkeypatch.setattr(prompts.UnsavedChangesPrompt, "ask", classmethod(ask))

    # Cancel: the account stays open with the tick.
    answer(Leave.CANCEL)
    window.editor.open_account(other.id)
    assert asked == ["Hägg Bygg AB"]
    assert window.editor.account is not None and window.editor.account.id == hagg.id
    assert page.is_dirty()

    # Save: the tick is stored, then the other account opens.
    answer(Leave.SAVE)
    window.editor.open_account(other.id)
    qtbot.waitUntil(lambda: window.editor.account is not None
                    and window.editor.account.id == other.id, timeout=10_000)
    stored = load_account(filled_db, hagg.id).contact(per.id)
    assert stored is not None and "emails" in stored.rights
    assert not page.is_dirty()
    assert page.stack.currentWidget() is page.empty  # Östra has no portal users


def test_discarded_ticks_are_not_stored(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    per: ContactDetails,
) -> None:
    other = create_account(filled_db, new_account("Östra Ekonomi AB", "info@ostra.se"))
    page = open_internet(qtbot, window, hagg.id)
    row = select_user(page, per.id)
    page.model.setData(page.model.index(row, col("emails")), CHECKED, CHECK)
    window.editor.open_account(other.id)  # the fixture answers Discard
    qtbot.waitUntil(lambda: window.editor.account is not None
                    and window.editor.account.id == other.id, timeout=10_000)
    stored = load_account(filled_db, hagg.id).contact(per.id)
    assert stored is not None and "emails" not in stored.rights


def test_leaving_saves_every_dirty_page_in_turn(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    per: ContactDetails, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """My details and Internet both edited: both stored, neither conflicts."""
    other = create_account(filled_db, new_account("Östra Ekonomi AB", "info@ostra.se"))
    page = open_internet(qtbot, window, hagg.id)
    row = select_user(page, per.id)
    page.model.setData(page.model.index(row, col("quotes")), CHECKED, CHECK)
    details = window.editor.my_details
    details.contact_form.set_values({"main_contact.city": "Lund"})
    details.contact_form.edited.emit("main_contact.city")
    assert details.is_dirty() and page.is_dirty()
    monkeypatch.setattr(prompts.UnsavedChangesPrompt, "ask",
                        classmethod(lambda cls, parent, what: Leave.SAVE))
    window.editor.open_account(other.id)
    qtbot.waitUntil(lambda: window.editor.account is not None
                    and window.editor.account.id == other.id, timeout=10_000)
    stored = load_account(filled_db, hagg.id)
    assert stored.main_contact.city == "Lund"
    per_now = stored.contact(per.id)
    assert per_now is not None and "quotes" in per_now.rights


def test_saving_my_details_keeps_unsaved_ticks(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    per: ContactDetails,
) -> None:
    page = open_internet(qtbot, window, hagg.id)
    row = select_user(page, per.id)
    page.model.setData(page.model.index(row, col("quotes")), CHECKED, CHECK)
    details = window.editor.my_details
    details.contact_form.set_values({"main_contact.city": "Lund"})
    details.contact_form.edited.emit("main_contact.city")
    with qtbot.waitSignal(details.saved, timeout=10_000):
        details.save()
    assert page.is_dirty()
    assert page.model.data(page.model.index(row, col("quotes")), CHECK) == CHECKED
    save_and_wait(qtbot, page)
    per_now = load_account(filled_db, hagg.id).contact(per.id)
    assert per_now is not None and "quotes" in per_now.rights


def test_a_conflict_keeps_the_ticks_and_loads_theirs_underneath(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    per: ContactDetails, monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[dict[str, tuple[object, object]]] = []

    def ask(_parent, differences, label, _mine, _who=""):  # type: ignore[no-untyped-def]
        asked.append({label(k): v for k, v in differences.items()})
        return prompts.ConflictChoice.KEEP_MINE

    monkeypatch.setattr(prompts.ConflictPrompt, "ask", classmethod(lambda cls, *a: ask(*a)))
    page = open_internet(qtbot, window, hagg.id)
    row = select_user(page, per.id)
    page.model.setData(page.model.index(row, col("domains")), CHECKED, CHECK)
    # Someone else ticks "tickets" for Per meanwhile.
    save_rights(filled_db, hagg.id, {per.token: per.rights | {"tickets"}})
    page.save()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    # What they changed is said; the ticks are kept.
    assert asked == [{"Per Holm: View & open support tickets": ("not ticked", "ticked")}]
    assert page.is_dirty()
    qtbot.waitUntil(lambda: "loaded underneath" in page.status.text(), timeout=10_000)
    # Both ticks show; Save now stores both.
    assert page.model.data(page.model.index(row, col("domains")), CHECK) == CHECKED
    assert page.model.data(page.model.index(row, col("tickets")), CHECK) == CHECKED
    save_and_wait(qtbot, page)
    per_now = load_account(filled_db, hagg.id).contact(per.id)
    assert per_now is not None
    assert per_now.rights == {"products", "invoices", "tickets", "domains"}


def test_empty_state_when_no_one_may_log_in(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails,
) -> None:
    page = open_internet(qtbot, window, hagg.id)
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty
    assert page.empty.isVisible()
    assert page.empty.text() == (
        "No one may log in to the portal for this account. Give a contact portal access "
        "on Manage contacts.")
    assert page.service_type.text() == "Service type: Not recorded (change it on My details)"
    assert not page.is_dirty() and not page.save_button.isEnabled()
    assert QApplication.activeModalWidget() is None


def test_one_users_rights_are_a_checklist_with_each_reason_said_once(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails, per: ContactDetails,
) -> None:
    """Item 8: rights that cannot be mis-ticked: one user's rights down a list,
    ticked there with Space, the matrix following; each reason said once."""
    page = open_internet(qtbot, window, hagg.id)
    row = select_user(page, per.id)
    checklist = page.checklist_model
    _tester = QAbstractItemModelTester(  # checks the model while it lives
        checklist, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert checklist.rowCount() == len(RIGHT_KEYS)
    assert [checklist.index(r, 0).data() for r in range(3)] == [
        right_label(k) for k in RIGHT_KEYS[:3]]
    summary = page.rights_summary.text()
    assert summary.count("Not ticked for this user") == 1
    not_ticked = sum(st is RightState.NOT_TICKED for st in page.model.effective(row).values())
    assert not_ticked > 1 and f"Not ticked for this user: {not_ticked} rights." in summary
    # Keyboard: Alt+G to the list, down to "tickets", Space ticks it.
    qtbot.keyClick(page, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.checklist.hasFocus())
    page.checklist.setCurrentIndex(checklist.index(col("tickets"), 0))
    qtbot.keyClick(page.checklist, Qt.Key.Key_Space)
    assert page.model.index(row, col("tickets")).data(CHECK) == CHECKED
    assert "tickets" in page.model.ticked(row)
    assert checklist.index(col("tickets"), 1).data() == "✔ In force"
    assert f"Not ticked for this user: {not_ticked - 1} rights." in page.rights_summary.text()
    assert page.is_dirty()
    # And the other way round: a tick in the matrix shows in the list.
    page.model.setData(page.model.index(row, col("domains")), CHECKED, CHECK)
    assert checklist.index(col("domains"), 0).data(CHECK) == CHECKED
