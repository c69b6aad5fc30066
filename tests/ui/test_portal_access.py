"""*Manage contacts*: activating a sub-account with a password (R8, R9, R13–R15)."""

from __future__ import annotations

import re
import threading

import pytest
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QScrollArea
from pytestqt.qtbot import QtBot

from custadmin.domain.accounts import AccountDetails, ContactChange, ContactInput
from custadmin.domain.errors import ConfirmationNeeded
from custadmin.domain.portal import LoginOutcome, PortalAccessChange
from custadmin.services.accounts import create_account, load_account
from custadmin.services.contacts import save_contact
from custadmin.services.portal import check_login
from custadmin.services.workspace import Workspace
from custadmin.storage import passwords
from custadmin.ui.account.contacts import ContactsPage
from custadmin.ui.main_window import MainWindow
from custadmin.ui.widgets import prompts
from factories import new_account

PER = ContactInput(
    first_name="Per", last_name="Svensson", email="per.svensson@example.se",
    phone="070-765 43 21", address_line1="Box 4", postcode="111 22", city="Stockholm",
    country="SE",
)
PER_VALUES = {
    "first_name": "Per", "last_name": "Svensson", "organisation_name": "",
    "email": "per.svensson@example.se", "phone": "070-765 43 21", "address_line1": "Box 4",
    "address_line2": "", "postcode": "111 22", "city": "Stockholm", "country": "SE",
}


def open_contacts(qtbot: QtBot, window: MainWindow, account: AccountDetails) -> ContactsPage:
    window.editor.open_account(account.id)
    qtbot.waitUntil(lambda: window.editor.account is not None
                    and window.editor.account.id == account.id, timeout=10_000)
    window.editor.tabs.setCurrentWidget(window.editor.contacts)
    return window.editor.contacts


def select(page: ContactsPage, email: str) -> None:
    assert page.account is not None
    contact = next(c for c in page.account.contacts if c.email == email)
    page._on_selected(page.selector.findData(contact.id))
    assert page.selected_id == contact.id


def save_and_wait(qtbot: QtBot, page: ContactsPage) -> None:
    with qtbot.waitSignal(page.saved, timeout=10_000):
        page.save_button.click()


def visible_texts(page: ContactsPage) -> str:
    return " ".join([w.text() for w in page.findChildren(QLineEdit)]
                    + [w.text() for w in page.findChildren(QLabel)])


def test_r3_a_new_contact_starts_without_portal_access(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails
) -> None:
    page = open_contacts(qtbot, window, hagg)
    assert page.selected_id is None  # "Add new contact"
    assert not page.portal.access.isChecked()
    assert page.portal.password.text() == ""


def test_r15_a_generated_password_is_shown_once_copied_and_then_only_password_set(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails
) -> None:
    page = open_contacts(qtbot, window, hagg)
    page.form.set_values(PER_VALUES)
    for key in PER_VALUES:
        page.form.edited.emit(key)
    page.portal.access.setChecked(True)
    page.portal.generate_button.click()
    password = page.portal.password.text()
    assert len(password) >= 12 and page.is_dirty()
    assert page.portal.strength.value() >= 3
    page.portal.copy_button.click()
    assert QGuiApplication.clipboard().text() == password

    save_and_wait(qtbot, page)

    assert page.portal.password.text() == ""
    assert page.portal.login_state.text().startswith("Password set")
    assert password not in visible_texts(page)
    result = check_login(filled_db, "per.svensson@example.se", password)
    assert result.outcome is LoginOutcome.OK
    assert [c.account_name for c in result.companies] == [hagg.name]


def test_r8_a_weak_password_is_refused_at_the_field_and_the_typing_is_kept(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails
) -> None:
    page = open_contacts(qtbot, window, hagg)
    page.form.set_values(PER_VALUES)
    page.form.edited.emit("email")
    page.portal.access.setChecked(True)
    page.portal.password.setText("summer2024")
    page.portal.password.textEdited.emit("summer2024")
    assert "weak" in page.portal.strength_text.text()
    page.save_button.click()
    assert page.portal.error.isVisible()
    assert "12 characters" in page.portal.error.text()
    assert page.portal.password.text() == "summer2024"
    assert page.form.value("first_name") == "Per"
    assert len(load_account(filled_db, hagg.id).contacts) == 1


def test_hashing_runs_on_a_worker_thread(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    original = passwords.hash_password

    def recording(password: str) -> str:
        threads.append(threading.current_thread())
        return original(password)

    monkeypatch.setattr(passwords, "hash_password", recording)
    page = open_contacts(qtbot, window, hagg)
    page.form.set_values(PER_VALUES)
    page.form.edited.emit("email")
    page.portal.access.setChecked(True)
    page.portal.generate_button.click()
    save_and_wait(qtbot, page)
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_r9_r14_joining_a_login_elsewhere_asks_lists_the_accounts_and_keeps_the_password(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = create_account(filled_db, new_account("Östra Ekonomi AB", "eva@ostra.se"))
    save_contact(filled_db, other.id, None, ContactChange(
        PER, frozenset(), PortalAccessChange(enabled=True, new_password="Blue-Harbour-Kettle-42")))
    asked: list[ConfirmationNeeded] = []
    answers = [False, True]

    def ask(cls: object, parent: object, exc: ConfirmationNeeded,
            password_too: bool = False) -> bool:
        asked.append(exc)
        return answers.pop(0)

    monkeypatch.setattr(prompts.SharedLoginPrompt, "ask", classmethod(ask))
    page = open_contacts(qtbot, window, hagg)
    page.form.set_values(PER_VALUES)
    page.form.edited.emit("email")
    page.portal.access.setChecked(True)  # no password typed (R14)

    # "Not the same person": nothing saved, the form keeps everything.
    page.save_button.click()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=10_000)
    assert asked[0].reason == "join"
    assert [s.account_name for s in asked[0].served] == ["Östra Ekonomi AB"]
    assert page.form.value("email") == "per.svensson@example.se" and page.is_dirty()
    assert len(load_account(filled_db, hagg.id).contacts) == 1

    # "Same person": the contact joins the login; its password still works.
    save_and_wait(qtbot, page)
    assert len(asked) == 2
    result = check_login(filled_db, "per.svensson@example.se", "Blue-Harbour-Kettle-42")
    assert {c.account_name for c in result.companies} == {hagg.name, "Östra Ekonomi AB"}
    assert "Östra Ekonomi AB" in page.portal.login_state.text()


def test_r13_a_new_password_for_a_shared_login_lists_every_account_first(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = create_account(filled_db, new_account("Östra Ekonomi AB", "eva@ostra.se"))
    details = save_contact(filled_db, other.id, None, ContactChange(
        PER, frozenset(), PortalAccessChange(enabled=True, new_password="Blue-Harbour-Kettle-42")))
    login_id = next(c for c in details.contacts if not c.is_main).login.id  # type: ignore[union-attr]
    save_contact(filled_db, hagg.id, None,
                 ContactChange(PER, frozenset(), PortalAccessChange(enabled=True)),
                 confirmed_login_id=login_id)
    asked: list[ConfirmationNeeded] = []
    monkeypatch.setattr(prompts.SharedLoginPrompt, "ask", classmethod(
        lambda cls, parent, exc, password_too=False: asked.append(exc) or False))
    page = open_contacts(qtbot, window, hagg)
    select(page, "per.svensson@example.se")
    page.portal.password.setText("Quiet-Meadow-Lantern-77")
    page.portal.password.textEdited.emit("Quiet-Meadow-Lantern-77")
    page.save_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert asked[0].reason == "password"
    assert [s.account_name for s in asked[0].served] == ["Östra Ekonomi AB"]
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=10_000)
    # Declined: the old password still works for both companies.
    assert len(check_login(filled_db, PER.email, "Blue-Harbour-Kettle-42").companies) == 2
    assert page.portal.password.text() == "Quiet-Meadow-Lantern-77"


def test_unsaved_contact_edits_survive_saving_rights_on_the_internet_tab(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    dialogs: list[tuple[str, str]],
) -> None:
    """Saving rights moves the contact's version; the typing on Manage contacts
    stays and is then saved without a false "changed by someone else"."""
    from PySide6.QtCore import Qt

    from custadmin.domain.portal import RIGHT_KEYS

    save_contact(filled_db, hagg.id, None,
                 ContactChange(PER, frozenset(), PortalAccessChange(enabled=True)))
    page = open_contacts(qtbot, window, hagg)
    select(page, PER.email)
    page.form.set_values({"city": "Uppsala"})
    page.form.edited.emit("city")
    assert page.is_dirty()

    internet = window.editor.internet
    row = next(r for r in range(internet.model.rowCount())
               if internet.model.contact_id(r) == page.selected_id)
    index = internet.model.index(row, RIGHT_KEYS.index("invoices"))
    assert internet.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    with qtbot.waitSignal(internet.saved, timeout=10_000):
        internet.save()
    assert page.form.value("city") == "Uppsala" and page.is_dirty()

    save_and_wait(qtbot, page)
    assert dialogs == []
    stored = next(c for c in load_account(filled_db, hagg.id).contacts if c.email == PER.email)
    assert (stored.city, stored.rights) == ("Uppsala", frozenset({"invoices"}))


def test_the_internet_tab_gets_the_height_of_the_who_gets_what_panel(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails
) -> None:
    open_contacts(qtbot, window, hagg)
    editor = window.editor
    assert editor.who_gets_what_box.isVisible()
    editor.tabs.setCurrentWidget(editor.internet)
    assert not editor.who_gets_what_box.isVisible()
    editor.tabs.setCurrentWidget(editor.my_details)
    assert editor.who_gets_what_box.isVisible()


@pytest.mark.parametrize("as_words", [False, True])
def test_a_generated_password_stays_in_view_readable_to_read_out_over_the_phone(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails, as_words: bool
) -> None:
    window.resize(1024, 640)  # the smallest window the layout must hold
    page = open_contacts(qtbot, window, hagg)
    page.form.set_values(PER_VALUES)
    for key in PER_VALUES:
        page.form.edited.emit(key)
    page.portal.access.setChecked(True)
    area = next(a for a in page.findChildren(QScrollArea)
                if a.widget() is not None and a.widget().isAncestorOf(page.portal))
    area.verticalScrollBar().setValue(0)  # the form's top in view, the password below
    page.portal.passphrase.setChecked(as_words)
    page.portal.generate_button.click()
    field = page.portal.password
    password = field.text()
    if as_words:
        assert re.fullmatch(r"[a-z]+(-[a-z]+){5}", password), password
    else:
        assert re.fullmatch(r"[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}", password), password
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=5_000)
    assert not field.hasSelectedText()  # not white on blue
    assert field.echoMode() is QLineEdit.EchoMode.Normal
    assert QFontInfo(field.font()).fixedPitch()
    # The field lies inside the visible part of the scroll area.
    top_left = field.mapTo(area.viewport(), field.rect().topLeft())
    assert area.viewport().rect().contains(top_left)
    assert area.viewport().rect().contains(
        field.mapTo(area.viewport(), field.rect().bottomLeft()))
