"""One mnemonic letter per window: Alt+<letter> must never mean two things.

Every window and dialog is walked as the operator sees it: for the main
window each editor tab in front in turn (Qt's mnemonics of hidden widgets do
not fire, but everything shown together must differ); the menu bar's titles,
buttons, tab titles and labels with a buddy count.
"""

from __future__ import annotations

import re
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from custadmin.domain.accounts import AccountDetails
from custadmin.domain.operators import Caller
from custadmin.domain.portal import PortalAccessChange
from custadmin.services.bureaus import bureau_overview
from custadmin.services.einvoice import network
from custadmin.services.licences import partner, product_catalogue
from custadmin.services.workspace import Workspace
from custadmin.ui.account.caller_bar import CallerDialog
from custadmin.ui.account.new_account import NewAccountDialog
from custadmin.ui.admin.audit_trail import AuditTrailDialog
from custadmin.ui.admin.mail_settings import MailSettingsDialog
from custadmin.ui.admin.operators import NewOperatorDialog, OperatorsDialog
from custadmin.ui.admin.outbox import OutboxDialog
from custadmin.ui.admin.portal_settings import PortalSettingsDialog
from custadmin.ui.bureaus.catalogue import ProgramCatalogueDialog
from custadmin.ui.bureaus.programs import ProgramsDialog
from custadmin.ui.bureaus.why import WhyNoProgramsDialog
from custadmin.ui.bureaus.window import BureauWindow
from custadmin.ui.bureaus.wizard import AddClientWizard
from custadmin.ui.einvoice.catalogue import CatalogueDialog
from custadmin.ui.einvoice.network import NetworkWindow, RecipientDialog
from custadmin.ui.einvoice.report import ReportDialog
from custadmin.ui.licences.admin import AgreementDialog, ProductCatalogueDialog
from custadmin.ui.licences.invoice_basis import InvoiceBasisDialog
from custadmin.ui.licences.wizard import PartnershipWizard
from custadmin.ui.main_window import MainWindow
from custadmin.ui.session.password import DatabasePasswordDialog
from custadmin.ui.session.sign_in import SignInDialog
from custadmin.ui.support.login_check import LoginCheckDialog
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.transfer.import_dialog import ImportDialog
from factories import add_per_holm, make_partnership_customer

T = TypeVar("T")

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The letter Alt opens in ``text`` ("&Save" → "s"; "&&" is a literal "&")."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) of everything in ``window`` shown now that can carry a mnemonic."""
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton):
            yield type(widget).__name__, widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            yield "label", widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            yield "group", widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield "tab", widget.tabText(index)
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                yield "menu", action.text()


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Letters used more than once in ``window`` as shown, with what uses them."""
    used: dict[str, list[str]] = defaultdict(list)
    for what, text in _texts(window):
        letter = mnemonic(text)
        if letter is not None:
            used[letter].append(f"{what} {text!r}")
    return {letter: users for letter, users in used.items() if len(users) > 1}


def per_tab(window: MainWindow, look: Callable[[MainWindow], T]) -> dict[str, T]:
    """``look`` at the window with each editor tab in front in turn, by tab title."""
    tabs = window.editor.tabs
    found = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found[tabs.tabText(index)] = look(window)
    return found


def test_the_mnemonic_reader() -> None:
    assert mnemonic("&Save") == "s" and mnemonic("Note c&aller…") == "a"
    assert mnemonic("Bygg && Måleri") is None and mnemonic("&& &Ok") == "o"


def test_the_main_window_has_one_meaning_per_letter_on_every_tab(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails
) -> None:
    # A second contact with portal access: every button and section shows.
    per = add_per_holm(filled_db, hagg.id, PortalAccessChange(enabled=True))
    make_partnership_customer(filled_db, hagg.id)  # Licences & users shows everything
    window.editor.open_account(hagg.id)
    qtbot.waitUntil(lambda: window.editor.account is not None, timeout=10_000)
    window.editor.contacts.select_contact(per.id)
    found = per_tab(window, clashes)
    assert found == {name: {} for name in found}


def test_tabs_are_reached_by_ctrl_number_and_ctrl_page_keys(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails
) -> None:
    window.editor.open_account(hagg.id)
    qtbot.waitUntil(lambda: window.editor.account is not None, timeout=10_000)
    tabs = window.editor.tabs
    ctrl = Qt.KeyboardModifier.ControlModifier
    for number in (3, 2, 5, 4, 1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), ctrl)
        assert tabs.currentIndex() == number - 1
        focused = QApplication.focusWidget()
        assert focused is not None and tabs.isAncestorOf(focused)
        if number in (1, 2):  # pages with fields: focus in the page's first one
            assert tabs.currentWidget().isAncestorOf(focused)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, ctrl)
    assert tabs.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_PageUp, ctrl)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, ctrl)
    assert tabs.currentIndex() == tabs.count() - 1  # wraps


def _dialogs(ws: Workspace, runner: TaskRunner) -> dict[str, Callable[[], QDialog]]:
    return {
        "new account": lambda: NewAccountDialog(ws, runner),
        "caller": lambda: CallerDialog(Caller("Per Svensson")),
        "audit trail": lambda: AuditTrailDialog(ws, runner),
        "operators": lambda: OperatorsDialog(ws, runner),
        "new operator": lambda: NewOperatorDialog(),
        "portal settings": lambda: PortalSettingsDialog(ws, runner),
        "database password": lambda: DatabasePasswordDialog("db.example", True, False),
        "sign in": lambda: SignInDialog(ws, "db.example", runner, first=False,
                                        may_remember=True),
        "login check": lambda: LoginCheckDialog(ws, runner),
        "import": lambda: ImportDialog(ws, runner),
        "e-invoice network": lambda: NetworkWindow(ws, runner),
        "e-invoice registration": lambda: RecipientDialog(ws, runner, network(ws), {}, None),
        "e-invoice catalogue": lambda: CatalogueDialog(ws, runner),
        "e-invoice report": lambda: ReportDialog(ws, runner),
        "accounting bureau": lambda: BureauWindow(ws, runner, _first_account(ws)),
        "program permissions": lambda: ProgramsDialog(ws, runner, _first_account(ws)),
        "why no programs": lambda: WhyNoProgramsDialog(ws, runner),
        "program catalogue": lambda: ProgramCatalogueDialog(ws, runner),
        "add client": lambda: AddClientWizard(ws, runner,
                                              bureau_overview(ws, _first_account(ws))),
        "new partnership": lambda: PartnershipWizard(
            ws, runner, partner(ws, _first_account(ws)), product_catalogue(ws)),
        "partner agreement": lambda: AgreementDialog(ws, runner, partner(ws, _first_account(ws))),
        "product catalogue": lambda: ProductCatalogueDialog(ws, runner),
        "invoice basis": lambda: InvoiceBasisDialog(ws, _first_account(ws), runner=runner),
        "outgoing mail": lambda: MailSettingsDialog(ws, runner),
        "outbox": lambda: OutboxDialog(runner, folder=Path(tempfile.mkdtemp())),
    }


def _first_account(ws: Workspace) -> int:
    from sqlalchemy import select

    from custadmin.storage.schema import Account

    with ws.reading() as uow:
        found = uow.session.scalar(select(Account.id).order_by(Account.id).limit(1))
    assert found is not None
    return found


def test_every_dialog_has_one_meaning_per_letter(
    qtbot: QtBot, filled_db: Workspace, runner: TaskRunner
) -> None:
    found = {}
    for title, make in _dialogs(filled_db, runner).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        found[title] = clashes(dialog)
        dialog.reject()
    assert found == {title: {} for title in found}
