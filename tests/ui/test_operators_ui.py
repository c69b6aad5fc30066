"""Operators in the window: what a role may not do is disabled with the reason;
the caller, the history tab, the audit view and the sign-in dialog."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from custadmin.domain.accounts import AccountDetails
from custadmin.domain.operators import Actor, Caller, OperatorRole
from custadmin.services.accounts import load_account
from custadmin.services.audit_trail import account_history
from custadmin.services.operators import create_operator
from custadmin.services.workspace import Workspace
from custadmin.ui.admin.audit_trail import AuditTrailDialog
from custadmin.ui.main_window import MainWindow
from custadmin.ui.session.sign_in import SignInDialog
from custadmin.ui.tasks import TaskRunner

DOCS = Path(__file__).resolve().parents[2] / "docs"
# No operator rows behind them (operator_id None): units of work do not look them up.
AGENT = Actor(None, "Anna", OperatorRole.SUPPORT_AGENT)
READER = Actor(None, "Rolf", OperatorRole.READ_ONLY)


def _open(qtbot: QtBot, window: MainWindow, account_id: int) -> None:
    window.editor.open_account(account_id)
    qtbot.waitUntil(lambda: window.editor.account is not None, timeout=10_000)


def test_a_support_agent_sees_administrator_actions_disabled_with_the_reason(
    qtbot: QtBot, open_window: Callable[[Workspace], MainWindow],
    filled_db: Workspace, hagg: AccountDetails,
) -> None:
    window = open_window(filled_db.acting(AGENT))
    _open(qtbot, window, hagg.id)
    for action in map(window.action, ("transfer.import", "admin.portal_settings",
                                      "admin.audit_trail", "account.delete")):
        assert not action.isEnabled(), action.text()
        assert "Anna" in action.toolTip() and "administrator" in action.toolTip()
    assert window.action("account.new").isEnabled()
    assert window.action("support.login_check").isEnabled()
    assert "Anna (Support agent)" in window.operator_label.text()


def test_a_read_only_operator_cannot_save_and_is_told_why(
    qtbot: QtBot, open_window: Callable[[Workspace], MainWindow],
    filled_db: Workspace, hagg: AccountDetails,
) -> None:
    window = open_window(filled_db.acting(READER))
    _open(qtbot, window, hagg.id)
    assert not window.action("account.new").isEnabled()
    page = window.editor.my_details
    page.contact_form.editor("main_contact.city").setText("Visby")
    page.contact_form.edited.emit("main_contact.city")
    assert page.is_dirty()
    assert not page.save_button.isEnabled()
    assert "read-only" in page.save_button.toolTip()
    assert page.revert_button.isEnabled()  # undoing one's own typing is allowed


def test_changes_saved_for_a_caller_name_them_and_show_in_the_history(
    qtbot: QtBot, open_window: Callable[[Workspace], MainWindow],
    filled_db: Workspace, hagg: AccountDetails,
) -> None:
    window = open_window(filled_db.acting(AGENT))
    _open(qtbot, window, hagg.id)
    editor = window.editor
    editor.caller.set_caller(Caller("Per Svensson", "customer number and email address"))
    assert "Per Svensson" in editor.caller.label.text()
    page = editor.my_details
    page.contact_form.editor("main_contact.city").setText("Visby")
    page.contact_form.edited.emit("main_contact.city")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        page.save()
    assert load_account(filled_db, hagg.id).main_contact.city == "Visby"
    history = editor.history
    qtbot.waitUntil(lambda: any(history.model.line(r).column == "city"
                                for r in range(history.model.rowCount())), timeout=10_000)
    line = next(history.model.line(r) for r in range(history.model.rowCount())
                if history.model.line(r).column == "city")
    assert (line.operator, line.caller, line.before, line.after) == (
        "Anna", "Per Svensson", "Stockholm", "Visby")
    assert line.sentence() == ("Anna for Per Svensson, verified by customer number and email "
                               "address, changed City of Contact Anna Berg: "
                               "Stockholm → Visby")
    # Readable words, filterable by field and operator.
    city_row = next(r for r in range(history.model.rowCount())
                    if history.model.line(r).column == "city")
    assert history.model.data(history.model.index(city_row, 4)) == "City: Stockholm → Visby"
    history.field.setCurrentIndex(history.field.findData("City"))
    assert history.model.rowCount() == 1
    history.field.setCurrentIndex(0)
    history.operator.setCurrentIndex(history.operator.findData("custadmin"))
    assert all(history.model.line(r).operator == "custadmin"
               for r in range(history.model.rowCount()))
    assert history.model.rowCount() > 0  # the account's creation
    history.operator.setCurrentIndex(0)
    editor.tabs.setCurrentWidget(history)
    qtbot.wait(50)
    window.grab().save(str(DOCS / "history-panel.png"))
    # Opening another account clears the caller.
    other = next(a for a in (window.register.model.account_id(r) for r in range(5))
                 if a != hagg.id)
    assert other is not None
    _open(qtbot, window, other)
    qtbot.waitUntil(lambda: window.editor.account is not None
                    and window.editor.account.id == other, timeout=10_000)
    assert editor.caller.caller is None


def test_a_caller_the_text_policy_refuses_is_explained_and_the_typing_kept(
    qtbot: QtBot,
) -> None:
    from custadmin.ui.account.caller_bar import CallerDialog

    dialog = CallerDialog(None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Per\u202eSvensson")  # would read "Per nossnevS"
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.error.isHidden() and "text-direction" in dialog.error.text()
    assert dialog.name.text() == "Per\u202eSvensson"
    dialog.name.setText("\ufeff Per Svensson ")
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.caller().name == "Per Svensson"


def test_the_audit_view_explains_a_search_it_refuses(
    qtbot: QtBot, filled_db: Workspace, runner: TaskRunner,
) -> None:
    dialog = AuditTrailDialog(filled_db, runner)
    qtbot.addWidget(dialog)
    dialog.search.setText("x" * 201)
    dialog.refresh()
    qtbot.waitUntil(lambda: "At most 200 characters" in dialog.status.text(), timeout=10_000)


def test_the_audit_view_searches_and_exports_escaped_cells(
    qtbot: QtBot, filled_db: Workspace, hagg: AccountDetails, runner: TaskRunner,
    tmp_path: Path,
) -> None:
    create_operator(filled_db, "=HYPERLINK(1)", "=HYPERLINK(1)", OperatorRole.READ_ONLY, None)
    dialog = AuditTrailDialog(filled_db, runner)
    qtbot.addWidget(dialog)
    dialog.search.setText("HYPERLINK")
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    target = tmp_path / "audit.csv"
    dialog.export_to(str(target))
    qtbot.waitUntil(lambda: "exported" in dialog.status.text(), timeout=10_000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "Entry" and len(rows) == 2
    assert not any(cell.startswith("=") for row in rows for cell in row)
    assert len(account_history(filled_db, hagg.id)) >= 2


def test_sign_in_keeps_the_name_after_a_wrong_password_then_signs_in(
    qtbot: QtBot, sqlite_db: Workspace, runner: TaskRunner,
) -> None:
    create_operator(sqlite_db, "eva", "Eva Ek", OperatorRole.SUPPORT_AGENT,
                    "Quiet-Meadow-Lantern-77")
    dialog = SignInDialog(sqlite_db, "postgresql://db.example/custadmin", runner,
                          first=False, may_remember=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("eva")
    dialog.password.setText("wrong")
    dialog.ok.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "not right" in dialog.error.text()
    assert dialog.name.text() == "eva" and dialog.password.text() == ""
    dialog.grab().save(str(DOCS / "sign-in.png"))
    dialog.password.setText("Quiet-Meadow-Lantern-77")
    dialog.remember.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_ is not None
    assert (dialog.result_.actor.name, dialog.result_.remember) == ("Eva Ek", True)


def test_the_first_administrator_is_created_from_the_sign_in_dialog(
    qtbot: QtBot, sqlite_db: Workspace, runner: TaskRunner,
) -> None:
    dialog = SignInDialog(sqlite_db, "a new database", runner, first=True, may_remember=False)
    qtbot.addWidget(dialog)
    dialog.name.setText("anna")
    dialog.display_name.setText("Anna Berg")
    dialog.password.setText("Blue-Harbour-Kettle-42")
    dialog.repeat.setText("Blue-Harbour-Kettle-4")
    dialog.ok.click()
    assert "differ" in dialog.error.text()
    dialog.password.setText("Blue-Harbour-Kettle-42")
    dialog.repeat.setText("Blue-Harbour-Kettle-42")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok.click()
    assert dialog.result_ is not None
    assert dialog.result_.actor.role is OperatorRole.ADMINISTRATOR


def test_an_administrator_adds_an_operator_and_changes_roles(
    qtbot: QtBot, filled_db: Workspace, runner: TaskRunner,
) -> None:
    from custadmin.services.operators import computer_operator
    from custadmin.ui.admin.operators import OperatorsDialog

    admin = computer_operator(filled_db, "anna")
    dialog = OperatorsDialog(filled_db.acting(admin), runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    create_operator(filled_db, "eva", "Eva Ek", OperatorRole.SUPPORT_AGENT, None)
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    dialog.table.selectRow([r.name for r in dialog.model.rows].index("eva"))
    dialog.role.setCurrentIndex(dialog.role.findData(OperatorRole.READ_ONLY))
    dialog.set_role_button.click()
    qtbot.waitUntil(lambda: any(r.name == "eva" and r.role is OperatorRole.READ_ONLY
                                for r in dialog.model.rows), timeout=10_000)
    # The last administrator stays one: the refusal shows in the dialog.
    dialog.table.selectRow([r.name for r in dialog.model.rows].index("anna"))
    dialog.role.setCurrentIndex(dialog.role.findData(OperatorRole.SUPPORT_AGENT))
    dialog.set_role_button.click()
    qtbot.waitUntil(lambda: "last administrator" in dialog.status.text(), timeout=10_000)
    runner.wait(10_000)


def test_a_shared_database_asks_for_a_sign_in_and_remembers_it(
    qtbot: QtBot, pg_database_url: object, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On PostgreSQL: the first start creates the administrator; *remember me* keeps a
    token in the keyring, which signs in next time without asking; a stale one is
    forgotten and the dialog asked again."""
    import keyring

    from custadmin import app
    from custadmin.services.operators import create_first_administrator
    from custadmin.storage.credentials import OPERATOR_KEYRING_SERVICE
    from custadmin.ui.session.sign_in import SignedIn
    from factories import open_workspace

    secrets: dict[tuple[str, str], str] = {}

    class Memory(keyring.backend.KeyringBackend):
        priority = -1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return secrets.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            secrets[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            secrets.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    monkeypatch.setattr("custadmin.storage.credentials.TRUSTED_TEST_BACKENDS",
                        frozenset({Memory}))  # only OS stores are trusted otherwise
    asked: list[bool] = []

    def ask(_cls: object, db: Workspace, _where: str, _runner: object, *, first: bool,
            may_remember: bool) -> SignedIn | None:
        asked.append(first)
        if not first:
            return None  # the operator cancels
        assert may_remember
        return SignedIn(create_first_administrator(db, "anna", "Anna Berg",
                                                   "Blue-Harbour-Kettle-42"), True)

    monkeypatch.setattr(SignInDialog, "ask", classmethod(ask))
    db = open_workspace(pg_database_url)  # type: ignore[arg-type]
    try:
        signed = app._operator_workspace(db, "the shared database")
        assert signed is not None and asked == [True]
        assert (signed.actor.name, signed.actor.role) == ("Anna Berg", OperatorRole.ADMINISTRATOR)
        (service, _account), token = next(iter(secrets.items()))
        assert service == OPERATOR_KEYRING_SERVICE and len(token) >= 40
        again = app._operator_workspace(db, "the shared database")
        assert again is not None and again.actor == signed.actor and asked == [True]
        secrets[(service, _account)] = "revoked"
        assert app._operator_workspace(db, "the shared database") is None  # cancelled
        assert asked == [True, False] and not secrets  # the stale token is forgotten
    finally:
        keyring.set_keyring(previous)
        db.dispose()


def test_the_window_words_a_refusal_as_the_service_does() -> None:
    """The translatable texts say what the domain's refusal says (untranslated here)."""
    from custadmin.domain.operators import Permission
    from custadmin.ui.widgets.operator_texts import refusal

    checked = 0
    for role in OperatorRole:
        actor = Actor(1, "Anna", role)
        for permission in Permission:
            if not actor.may(permission):
                assert refusal(actor, permission) == actor.refusal(permission)
                checked += 1
    assert checked == 13 + 9  # read-only lacks all thirteen, an agent nine
