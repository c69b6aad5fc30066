"""A support call, end to end: "I cannot log in to the portal" (R9, R13–R15).

The agent finds the customer by the caller's email, runs the login check and
sees *no password set*, generates and copies a password on *Manage contacts*,
confirms that it changes the shared login for both companies, and the login
check then passes and offers the two companies that share the login.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custadmin.domain.accounts import AccountDetails, ContactChange, ContactInput
from custadmin.domain.errors import ConfirmationNeeded
from custadmin.domain.portal import LoginOutcome, PortalAccessChange
from custadmin.services.accounts import create_account
from custadmin.services.contacts import save_contact
from custadmin.services.portal import login_for_email
from custadmin.services.workspace import Workspace
from custadmin.ui.main_window import MainWindow
from custadmin.ui.support.login_check import LoginCheckDialog
from custadmin.ui.widgets import prompts
from factories import new_account

CALLER = ContactInput(
    first_name="Per", last_name="Svensson", email="per.svensson@example.se",
    phone="070-765 43 21", address_line1="Box 4", postcode="111 22", city="Stockholm",
    country="SE",
)


@pytest.fixture
def shared_without_password(filled_db: Workspace, hagg: AccountDetails) -> AccountDetails:
    """Per is a portal user of Hägg Bygg and of Östra Ekonomi: one login, no password."""
    ostra = create_account(filled_db, new_account("Östra Ekonomi AB", "eva@ostra.se"))
    save_contact(filled_db, ostra.id, None,
                 ContactChange(CALLER, frozenset(), PortalAccessChange(enabled=True)))
    login = login_for_email(filled_db, CALLER.email)
    assert login is not None and not login.has_password
    save_contact(filled_db, hagg.id, None,
                 ContactChange(CALLER, frozenset(), PortalAccessChange(enabled=True)),
                 confirmed_login_id=login.id)
    return ostra


def login_check(qtbot: QtBot, window: MainWindow, password: str = "") -> LoginCheckDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = next(iter(window.findChildren(LoginCheckDialog)))
    qtbot.waitExposed(dialog)
    dialog.username.setText(CALLER.email)
    dialog.password.setText(password)
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    return dialog


def test_an_agent_fixes_a_caller_who_cannot_log_in(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    shared_without_password: AccountDetails, monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[ConfirmationNeeded] = []
    monkeypatch.setattr(prompts.SharedLoginPrompt, "ask", classmethod(
        lambda cls, parent, exc, password_too=False: asked.append(exc) or True))

    # 1. Find the customer by the caller's email (Ctrl+F, type, Enter).
    panel = window.register
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is panel.search
    qtbot.keyClicks(panel.search, "per.svensson@example")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor.account is not None, timeout=10_000)
    opened = window.editor.account
    assert opened is not None and opened.id in {hagg.id, shared_without_password.id}

    # 2. The login check: no password set.
    dialog = login_check(qtbot, window)
    assert dialog.answer is not None
    assert dialog.answer.outcome is LoginOutcome.NO_PASSWORD
    assert dialog.headline.text() == "Cannot log in: no password set"
    dialog.close()

    # 3. Manage contacts: pick Per, generate a password, copy it, save.
    window.editor.tabs.setCurrentWidget(window.editor.contacts)
    page = window.editor.contacts
    per = next(c for c in opened.contacts if c.email == CALLER.email)
    page._on_selected(page.selector.findData(per.id))
    assert page.portal.access.isChecked()
    assert page.portal.login_state.text().startswith("No password")
    page.portal.generate_button.click()
    page.portal.copy_button.click()
    password = QGuiApplication.clipboard().text()
    assert len(password) >= 12 and password == page.portal.password.text()
    window.activateWindow()  # the login check had the focus
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(page.saved, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # The shared login's password changes for both companies: listed first.
    assert [a.reason for a in asked] == ["password"]
    assert len(asked[0].served) == 1
    assert page.portal.password.text() == ""
    assert page.portal.login_state.text().startswith("Password set")

    # 4. The login check passes and offers both companies.
    dialog = login_check(qtbot, window, password)
    assert dialog.answer is not None
    assert dialog.answer.outcome is LoginOutcome.OK and dialog.answer.password_checked
    assert {c.account_name for c in dialog.answer.companies} == {
        "Hägg Bygg AB", "Östra Ekonomi AB"}
    assert dialog.companies.topLevelItemCount() == 2
    dialog.close()
    assert dialog.password.text() == ""
