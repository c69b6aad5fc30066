"""The menu actions, declared once (ui/actions.py), and how the window uses them."""

from __future__ import annotations

import inspect
import re

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from custadmin import __version__
from custadmin.domain.accounts import AccountDetails
from custadmin.domain.operators import Actor, OperatorRole
from custadmin.ui.actions import ACTIONS, BY_KEY, NEXT_TAB, PREVIOUS_TAB, TAB_KEYS, Menu
from custadmin.ui.admin.operators import OperatorsDialog
from custadmin.ui.frame import ShortcutsDialog, log_folder
from custadmin.ui.main_window import MainWindow


def test_every_action_names_a_handler_that_takes_the_host() -> None:
    assert len(BY_KEY) == len(ACTIONS)  # keys are unique
    for spec in ACTIONS:
        handler = spec.resolve()
        parameters = list(inspect.signature(handler).parameters.values())
        assert parameters, spec.key
        required = [p for p in parameters if p.default is inspect.Parameter.empty
                    and p.kind is not inspect.Parameter.VAR_POSITIONAL]
        assert len(required) == 1, f"{spec.key}: {handler} must take only the host"


@pytest.mark.parametrize("menu", list(Menu))
def test_one_mnemonic_per_letter_in_each_menu(menu: Menu) -> None:
    letters = [re.search(r"&(\w)", spec.text).group(1).lower()  # type: ignore[union-attr]
               for spec in ACTIONS if spec.menu is menu]
    assert letters and len(letters) == len(set(letters)), letters


def test_the_window_builds_each_menu_from_the_registry(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == [menu.title for menu in Menu]
    for spec in ACTIONS:
        action = window.action(spec.key)
        assert action.text() == spec.label
    assert window.action("account.save").shortcut().toString() == "Ctrl+S"
    assert window.action("support.login_check").shortcut().toString() == "Ctrl+L"


def test_what_an_action_needs_decides_whether_it_is_enabled(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails,
) -> None:
    # No account open: what works on one is off; no edits: save and revert are off.
    assert not window.action("account.delete").isEnabled()
    assert not window.action("account.save").isEnabled()
    assert window.action("account.new").isEnabled()
    window.editor.open_account(hagg.id)
    qtbot.waitUntil(lambda: window.editor.account is not None, timeout=10_000)
    assert window.action("account.delete").isEnabled()
    page = window.editor.my_details
    page.contact_form.editor("main_contact.city").setText("Visby")
    page.contact_form.edited.emit("main_contact.city")
    assert window.action("account.save").isEnabled()
    assert window.action("account.revert").isEnabled()
    assert window.isWindowModified()
    window.action("account.revert").trigger()
    assert not page.is_dirty() and not window.action("account.save").isEnabled()


def test_run_returns_what_the_handler_opened_and_refuses_a_disabled_action(
    qtbot: QtBot, window: MainWindow,
) -> None:
    dialog = window.run("admin.operators")
    assert isinstance(dialog, OperatorsDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    dialog.close()
    assert isinstance(dialog, QDialog)
    # A read-only operator: the action is off, says why, and run() does nothing.
    reader = MainWindow(window.workspace.acting(Actor(9, "Olle", OperatorRole.READ_ONLY)),
                        "test database", runner=window.runner, settings=window.settings)
    qtbot.addWidget(reader)
    action = reader.action("admin.operators")
    assert not action.isEnabled()
    assert "Olle is signed in as read-only" in action.toolTip()
    assert reader.run("admin.operators") is None


def test_help_lists_every_shortcut_from_the_registry(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.run("help.shortcuts")
    assert isinstance(dialog, ShortcutsDialog)
    qtbot.addWidget(dialog)
    _tester = QAbstractItemModelTester(  # checks the model while it lives (fatal on a fault)
        dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    native = QKeySequence.SequenceFormat.NativeText
    rows = {(dialog.model.item(r, 0).text(), dialog.model.item(r, 1).text())
            for r in range(dialog.model.rowCount())}
    for spec in ACTIONS:
        if spec.shortcut is not None:
            keys = QKeySequence(spec.shortcut).toString(native)
            assert not keys or (keys, spec.label.replace("&", "").rstrip("…")) in rows, spec.key
    for key in (*TAB_KEYS, NEXT_TAB, PREVIOUS_TAB):
        assert (QKeySequence(key.keys).toString(native), key.label) in rows
    assert window.action("help.shortcuts").shortcut().toString() != ""  # F1


def test_about_says_the_version_the_database_and_the_log_folder(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.run("help.about")
    assert __version__ in shown[0]
    assert "Database: test database" in shown[0]
    assert f"Log folder: {log_folder()}" in shown[0]
