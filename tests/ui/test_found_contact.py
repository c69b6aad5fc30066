"""Search as callers speak, in the window: the row shows the contact found,
and opening it opens that contact (issue 15, item 3)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custadmin.domain.accounts import AccountDetails, ContactChange
from custadmin.domain.register import RegisterColumn
from custadmin.services.contacts import save_contact
from custadmin.services.workspace import Workspace
from custadmin.ui.main_window import MainWindow
from factories import new_account


def test_a_contact_found_by_name_is_shown_in_the_row_and_opened(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails
) -> None:
    extra = dataclasses.replace(new_account().main_contact, first_name="Jörgen",
                                last_name="Åkesson", email="jorgen@hagg.se")
    details = save_contact(filled_db, hagg.id, None, ContactChange(extra, frozenset()))
    jorgen = next(c for c in details.contacts if not c.is_main)
    panel = window.register
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.search, "akesson jorgen")  # as the caller says it, no å or ö
    qtbot.waitUntil(lambda: panel.model.loaded and panel.model.rowCount() == 1
                    and panel.model.query.text == "akesson jorgen", timeout=10_000)
    cell = panel.model.index(0, RegisterColumn.MAIN_CONTACT).data()
    assert cell == "Jörgen Åkesson (found contact)"
    assert panel.model.index(0, RegisterColumn.EMAIL).data() == "jorgen@hagg.se"
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor.account is not None, timeout=10_000)
    editor = window.editor
    assert editor.account is not None and editor.account.id == hagg.id
    assert editor.tabs.currentWidget() is editor.contacts
    assert editor.contacts.selector.currentData() == jorgen.id
    assert editor.contacts.isAncestorOf(QApplication.focusWidget())


def test_the_main_contact_found_opens_my_details(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails
) -> None:
    panel = window.register
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.search, "hagg bygg")
    qtbot.waitUntil(lambda: panel.model.loaded and panel.model.query.text == "hagg bygg",
                    timeout=10_000)
    assert "(found contact)" not in str(panel.model.index(0, RegisterColumn.MAIN_CONTACT).data())
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor.account is not None, timeout=10_000)
    assert window.editor.tabs.currentWidget() is window.editor.my_details
