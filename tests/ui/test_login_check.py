"""The login check as a support agent uses it: "why can't I log in?" (R9–R17).

Logins are set up through the services, as the Manage contacts tab would;
the dialog runs the real check on the task runner.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import String, Text, select

from custadmin.domain.accounts import (
    AccountDetails,
    AccountInput,
    ContactChange,
    ContactInput,
    NewAccount,
)
from custadmin.domain.errors import ConfirmationNeeded
from custadmin.domain.portal import LoginCheck, LoginOutcome, PortalAccessChange
from custadmin.services.accounts import create_account
from custadmin.services.contacts import save_contact, save_rights
from custadmin.services.workspace import Workspace
from custadmin.storage.schema import Base, Login
from custadmin.ui.main_window import MainWindow
from custadmin.ui.support.login_check import FAIL_COLOUR, OK_COLOUR, LoginCheckDialog
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.portal_texts import outcome_headline, right_label

PASSWORD = "Tjugo-Granar!Vid7Sjon"
WRONG = "Fel-Losen-Som-Ringde-42"
PER = ContactInput(
    first_name="Per", last_name="Holm", email="per.holm@holmkonsult.se", phone="08-123 456 78",
    address_line1="Box 12", postcode="111 22", city="Stockholm", country="SE",
)


# --- setting up logins the way Manage contacts does -------------------------------


def add_contact(
    db: Workspace, account: AccountDetails, data: ContactInput, portal: PortalAccessChange,
) -> AccountDetails:
    """Add a contact with portal access, confirming a shared login if asked (R9)."""
    try:
        return save_contact(db, account.id, None, ContactChange(data, frozenset(), portal))
    except ConfirmationNeeded as exc:
        return save_contact(db, account.id, None, ContactChange(data, frozenset(), portal),
                            confirmed_login_id=exc.login_id)


def change_portal(db: Workspace, account: AccountDetails, email: str,
                  portal: PortalAccessChange) -> AccountDetails:
    contact = next(c for c in account.contacts if c.email == email)
    try:
        return save_contact(db, account.id, contact.token, ContactChange(
            contact.as_input(), contact.email_categories, portal))
    except ConfirmationNeeded as exc:
        return save_contact(db, account.id, contact.token, ContactChange(
            contact.as_input(), contact.email_categories, portal),
                            confirmed_login_id=exc.login_id)


def holm_konsult(db: Workspace) -> AccountDetails:
    """Per Holm's own company: he is its main contact; it has web hosting (R10)."""
    return create_account(db, NewAccount(
        AccountInput(name="Holm Konsult AB", country="SE", org_number="",
                     service_type="web_hosting"),
        PER,
    ))


@pytest.fixture
def shared_login(filled_db: Workspace, hagg: AccountDetails) -> tuple[AccountDetails, ...]:
    """Per Holm acts for Hägg Bygg (three rights ticked) and for his own company
    (main contact): one login, one password (R13)."""
    hagg2 = add_contact(filled_db, hagg, PER, PortalAccessChange(True, new_password=PASSWORD))
    per = next(c for c in hagg2.contacts if c.email == PER.email)
    hagg3 = save_rights(filled_db, hagg.id, {
        per.token: frozenset({"products", "invoices", "tickets"})})
    own = holm_konsult(filled_db)
    own2 = change_portal(filled_db, own, PER.email, PortalAccessChange(True))
    return hagg3, own2


# --- driving the dialog ----------------------------------------------------------------


@pytest.fixture
def dialog(qtbot: QtBot, filled_db: Workspace, runner: TaskRunner) -> Iterator[LoginCheckDialog]:
    check = LoginCheckDialog(filled_db, runner)
    qtbot.addWidget(check)
    check.show()
    qtbot.waitExposed(check)
    yield check


def run_check(qtbot: QtBot, dialog: LoginCheckDialog, username: str,
              password: str = "") -> LoginCheck:
    dialog.username.setText(username)
    dialog.password.setText(password)
    with qtbot.waitSignal(dialog.checked, timeout=10_000) as blocker:
        dialog.check()
        assert dialog.status.text() == "Checking…"
        assert not dialog.check_button.isEnabled()
    assert dialog.check_button.isEnabled()
    assert dialog.status.text() == ""
    result = blocker.args[0]
    assert isinstance(result, LoginCheck)
    assert dialog.answer == result
    return result


def shows(dialog: LoginCheckDialog, outcome: LoginOutcome) -> None:
    assert dialog.result_area.isVisible()
    assert dialog.answer is not None and dialog.answer.outcome is outcome
    assert dialog.headline.text() == outcome_headline(outcome)
    colour = OK_COLOUR if outcome is LoginOutcome.OK else FAIL_COLOUR
    assert colour in dialog.headline.styleSheet()
    assert dialog.explanation.text()
    assert dialog.companies.isVisible() == (outcome is LoginOutcome.OK)


def tree_children(dialog: LoginCheckDialog, row: int) -> list[str]:
    item = dialog.companies.topLevelItem(row)
    return [item.child(i).text(0) for i in range(item.childCount())]


# --- every outcome -------------------------------------------------------------------


def test_no_such_login(qtbot: QtBot, dialog: LoginCheckDialog) -> None:
    result = run_check(qtbot, dialog, "nobody@example.se", WRONG)
    shows(dialog, LoginOutcome.NO_SUCH_LOGIN)
    assert result.served == ()
    assert not dialog.served.isVisible()
    assert "spelling" in dialog.explanation.text()


def test_no_password_set(
    qtbot: QtBot, dialog: LoginCheckDialog, filled_db: Workspace, hagg: AccountDetails
) -> None:
    add_contact(filled_db, hagg, PER, PortalAccessChange(True))  # no password
    run_check(qtbot, dialog, "Per.Holm@HolmKonsult.se ", WRONG)  # as the caller spells it
    shows(dialog, LoginOutcome.NO_PASSWORD)
    assert "Set or generate one" in dialog.explanation.text()
    assert dialog.served.isVisible()
    assert "This login serves:" in dialog.served.text()
    assert f"Hägg Bygg AB (customer {hagg.customer_number}): Per Holm" in dialog.served.text()


def test_wrong_password(
    qtbot: QtBot, dialog: LoginCheckDialog, filled_db: Workspace, hagg: AccountDetails
) -> None:
    add_contact(filled_db, hagg, PER, PortalAccessChange(True, new_password=PASSWORD))
    result = run_check(qtbot, dialog, PER.email, WRONG)
    shows(dialog, LoginOutcome.WRONG_PASSWORD)
    assert result.password_checked
    assert "Hägg Bygg AB" in dialog.served.text()


def test_two_companies_share_one_login_with_their_own_rights(
    qtbot: QtBot, dialog: LoginCheckDialog, shared_login: tuple[AccountDetails, ...]
) -> None:
    hagg, own = shared_login
    result = run_check(qtbot, dialog, PER.email, PASSWORD)
    shows(dialog, LoginOutcome.OK)
    assert result.password_checked
    assert "The password is right" in dialog.explanation.text()
    tree = dialog.companies
    assert tree.topLevelItemCount() == 2
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    # By customer number: Hägg Bygg was created first.
    assert [first.text(c) for c in range(3)] == [
        "Hägg Bygg AB", str(hagg.customer_number), "Per Holm"]
    assert [second.text(c) for c in range(3)] == [
        "Holm Konsult AB", str(own.customer_number), "Per Holm (main contact)"]
    assert first.isExpanded() and second.isExpanded()
    # Hägg Bygg: the three rights ticked on him, in catalogue order, and no
    # single sign-on (no service type recorded, rights missing).
    hagg_lines = tree_children(dialog, 0)
    assert hagg_lines[:3] == [right_label("products"), right_label("invoices"),
                              right_label("tickets")]
    assert hagg_lines[3].startswith("Single sign-on to the control panel: not available")
    assert "service type is not recorded" in hagg_lines[3]
    assert right_label("productsso") in hagg_lines[3]
    # His own company: the main contact holds every right; web hosting, so SSO works.
    own_lines = tree_children(dialog, 1)
    assert len(own_lines) == 15
    assert own_lines[-1] == "Single sign-on to the control panel: available"
    assert first.child(0).isFirstColumnSpanned()
    # The long single sign-on sentence wraps over the whole width, not cut off.
    dialog.resize(600, dialog.height())
    qtbot.waitUntil(lambda: tree.visualItemRect(first.child(3)).height()
                    > 1.5 * tree.visualItemRect(first.child(0)).height())
    served = dialog.served.text()
    assert "Hägg Bygg AB" in served and "Holm Konsult AB" in served
    assert "portal access off" not in served


def test_without_a_password_the_companies_are_shown_unchecked(
    qtbot: QtBot, dialog: LoginCheckDialog, shared_login: tuple[AccountDetails, ...]
) -> None:
    result = run_check(qtbot, dialog, PER.email)
    shows(dialog, LoginOutcome.OK)
    assert not result.password_checked
    assert "not checked" in dialog.explanation.text()
    assert dialog.companies.topLevelItemCount() == 2


def test_portal_access_off_on_every_account(
    qtbot: QtBot, dialog: LoginCheckDialog, filled_db: Workspace,
    shared_login: tuple[AccountDetails, ...],
) -> None:
    hagg, own = shared_login
    change_portal(filled_db, hagg, PER.email, PortalAccessChange(False))
    change_portal(filled_db, own, PER.email, PortalAccessChange(False))
    run_check(qtbot, dialog, PER.email, PASSWORD)
    shows(dialog, LoginOutcome.NO_PORTAL_ACCESS)
    lines = dialog.served.text().splitlines()
    assert lines[0] == "This login serves:"
    assert len(lines) == 3
    assert all(line.endswith("— portal access off") for line in lines[1:])


def test_portal_access_off_on_one_account_leaves_the_other(
    qtbot: QtBot, dialog: LoginCheckDialog, filled_db: Workspace,
    shared_login: tuple[AccountDetails, ...],
) -> None:
    hagg, _own = shared_login
    change_portal(filled_db, hagg, PER.email, PortalAccessChange(False))
    run_check(qtbot, dialog, PER.email, PASSWORD)
    shows(dialog, LoginOutcome.OK)
    assert dialog.companies.topLevelItemCount() == 1
    assert dialog.companies.topLevelItem(0).text(0) == "Holm Konsult AB"
    served = dialog.served.text()
    assert "Hägg Bygg AB" in served and "portal access off" in served


def test_login_disabled(
    qtbot: QtBot, dialog: LoginCheckDialog, filled_db: Workspace, hagg: AccountDetails
) -> None:
    add_contact(filled_db, hagg, PER,
                PortalAccessChange(True, new_password=PASSWORD, login_enabled=False))
    run_check(qtbot, dialog, PER.email, PASSWORD)
    shows(dialog, LoginOutcome.LOGIN_DISABLED)
    assert "disabled" in dialog.explanation.text()
    assert "Hägg Bygg AB" in dialog.served.text()


@pytest.mark.parametrize("password", [PASSWORD, ""])
def test_a_damaged_hash_says_cannot_verify(
    qtbot: QtBot, dialog: LoginCheckDialog, filled_db: Workspace, hagg: AccountDetails,
    dialogs: list[tuple[str, str]], password: str,
) -> None:
    add_contact(filled_db, hagg, PER, PortalAccessChange(True, new_password=PASSWORD))
    with filled_db.writing() as uow:
        login = uow.session.scalar(select(Login).where(Login.username == PER.email))
        assert login is not None
        login.password_hash = "$argon2id$v=19$m=65536,t=3,p=4$damaged"
        uow.commit()
    run_check(qtbot, dialog, PER.email, password)
    shows(dialog, LoginOutcome.CANNOT_VERIFY)
    assert "damaged" in dialog.explanation.text()
    assert dialogs == []  # no error box: an answer, not a crash


# --- asking ------------------------------------------------------------------------------


def test_enter_in_a_field_runs_the_check(
    qtbot: QtBot, dialog: LoginCheckDialog, shared_login: tuple[AccountDetails, ...]
) -> None:
    dialog.username.setText(PER.email)
    dialog.password.setFocus()
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        qtbot.keyClicks(dialog.password, "Wrong1")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    shows(dialog, LoginOutcome.WRONG_PASSWORD)
    assert dialog.isVisible()  # Enter checks; it does not close the dialog


def test_an_empty_user_name_asks_for_one(
    qtbot: QtBot, dialog: LoginCheckDialog, runner: TaskRunner
) -> None:
    dialog.username.setText("   ")
    dialog.check()
    assert "user name" in dialog.status.text()
    assert not dialog.is_busy()
    assert dialog.answer is None


def test_a_result_for_fields_changed_meanwhile_is_not_shown(
    qtbot: QtBot, dialog: LoginCheckDialog, runner: TaskRunner,
    shared_login: tuple[AccountDetails, ...],
) -> None:
    shown: list[LoginCheck] = []
    dialog.checked.connect(shown.append)
    dialog.username.setText(PER.email)
    dialog.password.setText(WRONG)
    dialog.check()
    dialog.password.setText(PASSWORD)  # the caller corrects themselves
    assert dialog.check_button.isEnabled()  # the running check no longer counts
    runner.wait(10_000)
    qtbot.wait(50)
    assert shown == []
    assert not dialog.result_area.isVisible()
    # A second check supersedes the first: only the second's answer is shown.
    dialog.password.setText(WRONG)
    dialog.check()
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.password.setText(PASSWORD)
        dialog.check()
    runner.wait(10_000)
    qtbot.wait(50)
    assert [r.outcome for r in shown] == [LoginOutcome.OK]
    shows(dialog, LoginOutcome.OK)


def test_editing_clears_an_answer(
    qtbot: QtBot, dialog: LoginCheckDialog, shared_login: tuple[AccountDetails, ...]
) -> None:
    run_check(qtbot, dialog, PER.email, PASSWORD)
    assert dialog.result_area.isVisible()
    dialog.username.setText("someone.else@example.se")
    assert not dialog.result_area.isVisible()
    assert dialog.answer is None


def test_service_errors_are_shown_to_the_operator(
    qtbot: QtBot, dialog: LoginCheckDialog, monkeypatch: pytest.MonkeyPatch,
    dialogs: list[tuple[str, str]], caplog: pytest.LogCaptureFixture,
) -> None:
    from custadmin.domain.errors import DatabaseUnavailable
    from custadmin.ui.support import login_check

    def unavailable(_db: Workspace, _username: str, _password: str | None) -> LoginCheck:
        raise DatabaseUnavailable("The database server cannot be reached.")

    monkeypatch.setattr(login_check, "check_login", unavailable)
    dialog.username.setText(PER.email)
    dialog.password.setText(WRONG)
    dialog.check()
    qtbot.waitUntil(lambda: bool(dialogs), timeout=10_000)
    assert dialogs == [("Login check failed", "The database server cannot be reached.")]
    assert dialog.check_button.isEnabled()


def test_an_unexpected_error_is_logged_without_the_password(
    qtbot: QtBot, dialog: LoginCheckDialog, monkeypatch: pytest.MonkeyPatch,
    dialogs: list[tuple[str, str]], caplog: pytest.LogCaptureFixture,
) -> None:
    from custadmin.ui.support import login_check

    def broken(_db: Workspace, _username: str, _password: str | None) -> LoginCheck:
        raise RuntimeError("a bug")

    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr(login_check, "check_login", broken)
    dialog.username.setText(PER.email)
    dialog.password.setText(WRONG)
    dialog.check()
    qtbot.waitUntil(lambda: bool(dialogs), timeout=10_000)
    title, message = dialogs[0]
    assert "unexpected error" in message
    assert WRONG not in title + message
    assert "a bug" in caplog.text  # logged with its traceback …
    assert WRONG not in caplog.text  # … but not the password


# --- the password is not kept -------------------------------------------------------------


def test_the_password_is_forgotten_when_the_dialog_is_hidden(
    qtbot: QtBot, dialog: LoginCheckDialog, shared_login: tuple[AccountDetails, ...]
) -> None:
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, WRONG)
    dialog.show_password.setChecked(True)
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Normal
    run_check(qtbot, dialog, PER.email, dialog.password.text())
    # Held nowhere but in the field.
    assert all(WRONG not in repr(value) for value in vars(dialog).values())
    dialog.hide()
    assert dialog.password.text() == ""
    assert not dialog.show_password.isChecked()
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Password
    # Nor in the field's undo history (which Qt keeps, but hides in password mode).
    dialog.password.setEchoMode(QLineEdit.EchoMode.Normal)
    dialog.password.undo()
    assert dialog.password.text() == ""
    assert dialog.username.text() == PER.email  # the user name may stay


def test_a_wrong_password_is_neither_logged_nor_stored(
    qtbot: QtBot, dialog: LoginCheckDialog, filled_db: Workspace,
    shared_login: tuple[AccountDetails, ...], caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    run_check(qtbot, dialog, PER.email, WRONG)
    shows(dialog, LoginOutcome.WRONG_PASSWORD)
    run_check(qtbot, dialog, PER.email, PASSWORD)
    shows(dialog, LoginOutcome.OK)
    logged = caplog.text + "".join(repr(r.args) for r in caplog.records)
    assert WRONG not in logged
    assert PASSWORD not in logged
    # Nor in any text column of any table, the login's included (only a hash is).
    found: list[str] = []
    with filled_db.reading() as uow:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            if not columns:
                continue
            for row in uow.session.execute(select(*columns)):
                for column, value in zip(columns, row, strict=True):
                    if value and (WRONG in value or PASSWORD in value):
                        found.append(f"{table.name}.{column.name}")
        stored = uow.session.scalar(select(Login.password_hash)
                                    .where(Login.username == PER.email))
    assert found == []
    assert stored is not None and stored.startswith("$argon2id$")


# --- from the main window --------------------------------------------------------------


# Raising a window is the window system's business; offscreen has none.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_ctrl_l_opens_the_login_check_once_per_window(
    qtbot: QtBot, window: MainWindow, shared_login: tuple[AccountDetails, ...]
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    found = window.findChildren(LoginCheckDialog)
    assert len(found) == 1
    dialog = found[0]
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.focusWidget() is dialog.username
    dialog.password.setText(WRONG)
    dialog.close()
    assert dialog.password.text() == ""
    # Asked for with a user name (as the account editor will): the same
    # dialog, pre-filled and checked at once, without a password.
    with qtbot.waitSignal(dialog.checked, timeout=10_000) as blocker:
        again = window.run("support.login_check", PER.email)
    assert again is dialog
    assert window.findChildren(LoginCheckDialog) == [dialog]
    assert dialog.isVisible()
    assert dialog.username.text() == PER.email
    assert blocker.args[0].outcome is LoginOutcome.OK
    assert dialog.focusWidget() is dialog.password
    # Ctrl+L again while it is open: raised, the user name kept, the password emptied.
    dialog.password.setText(WRONG)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.findChildren(LoginCheckDialog) == [dialog]
    assert dialog.username.text() == PER.email
    assert dialog.password.text() == ""


def test_the_tools_menu_names_every_tool(window: MainWindow) -> None:
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert "&Tools" in menus
    texts = [a.text() for a in menus["&Tools"].actions()]
    assert texts == ["&Login check…", "&E-invoice network…", "E-invoice ope&rators…", "",
                     "Accounting &bureau…", "Program permissio&ns…", "&Why no programs?…",
                     "Program &catalogue…", "", "Partner agreemen&t…",
                     "Product &versions and prices…", "Outgoing &mail…", "Outbo&x…",
                     "System-wide &portal settings…", "",
                     "&Audit trail…", "&Operators…", "", "Lan&guage…"]
    assert window.action("support.login_check").shortcut().toString() == "Ctrl+L"
