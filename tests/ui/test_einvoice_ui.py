"""Seed 002 in the window: search the network, find nothing, register, see *pending*
and the PDF fallback on the account, confirm, see Peppol; then a move that keeps the
old operator until it is confirmed (R18, R19). Also the catalogue and *requires
e-invoices* as the operator uses them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from custadmin.domain.accounts import AccountDetails
from custadmin.domain.operators import Actor, OperatorRole
from custadmin.services.accounts import load_account, update_account_details
from custadmin.services.einvoice import network
from custadmin.services.workspace import Workspace
from custadmin.ui.account.mail_panel import INVOICE_DELIVERY
from custadmin.ui.einvoice.catalogue import CatalogueDialog, EntryDialog
from custadmin.ui.einvoice.network import (
    DecisionDialog,
    NetworkModel,
    NetworkWindow,
    RecipientDialog,
)
from custadmin.ui.main_window import MainWindow
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.choosers import CodeCombo

LEFT = Qt.MouseButton.LeftButton
PEPPOL_ID = "0007:5560360793"


def _with_peppol_id(ws: Workspace, hagg: AccountDetails) -> AccountDetails:
    return update_account_details(ws, hagg.token, dataclasses.replace(
        hagg.as_input(), peppol_id=PEPPOL_ID), hagg.main_contact.as_input())


def _network_window() -> NetworkWindow:
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, NetworkWindow) and w.isVisible()]
    assert len(windows) == 1
    return windows[0]


def _operator_id(ws: Workspace, code: str) -> str:
    return str(next(o.id for o in network(ws).operators if o.code == code))


def test_seed_002_search_register_confirm_then_move(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails
) -> None:
    _with_peppol_id(filled_db, hagg)
    window.editor.open_account(hagg.id)
    page = window.editor.my_details
    state = page.einvoice
    qtbot.waitUntil(lambda: "Not in the e-invoice network" in state.text())
    assert "PDF by email" in state.text() and "anna.berg@hagg.se" in state.text()

    # Search the network for the account: it finds nothing.
    qtbot.mouseClick(state.search_button, LEFT)
    qtbot.waitUntil(lambda: any(isinstance(w, NetworkWindow) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    net = _network_window()
    qtbot.waitUntil(lambda: net.found.text().startswith("No recipient matches"))
    assert net.model.rowCount() == 0
    qtbot.waitUntil(net.register_button.isEnabled)

    # Register it: the form is filled from the account; the operator is missing.
    qtbot.mouseClick(net.register_button, LEFT)
    dialog = net.dialog
    assert isinstance(dialog, RecipientDialog)
    assert dialog.form.value("company_name") == "Hägg Bygg AB"
    assert dialog.form.value("participant_ids") == PEPPOL_ID
    dialog.form.set_values({"email": "faktura@hagg.se"})
    dialog.submit()
    assert dialog.isVisible()
    assert "Choose the recipient's e-invoice operator" in dialog.form.error("operator_id")
    assert dialog.form.value("email") == "faktura@hagg.se"  # kept as typed
    operators = dialog.form.editor("operator_id")
    assert isinstance(operators, CodeCombo)
    operators.set_code(_operator_id(filled_db, "INEXCHANGE"))
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert net.model.rowCount() == 1
    assert net.model.index(0, 4).data().startswith("pending since")
    assert "for the account Hägg Bygg AB" in net.details.text()

    # The account says so at once: pending, and PDF by email meanwhile.
    qtbot.waitUntil(lambda: "Registration pending since" in state.text())
    assert "PDF by email to anna.berg@hagg.se meanwhile" in state.text()
    delivery = window.editor.who_gets_what.routing_text()[INVOICE_DELIVERY]
    assert "Registration pending since" in delivery[0]

    # An administrator confirms it (the customer answered from faktura@hagg.se).
    qtbot.waitUntil(net.confirm_button.isEnabled)
    qtbot.mouseClick(net.confirm_button, LEFT)
    confirm = net.dialog
    assert isinstance(confirm, DecisionDialog)
    assert confirm.answer() == "faktura@hagg.se"
    confirm.submit()
    qtbot.waitUntil(lambda: not confirm.isVisible())
    qtbot.waitUntil(lambda: "Receives e-invoices through InExchange" in state.text())
    assert "from faktura@hagg.se" in net.details.text()
    assert state.text().startswith('<b style="color: #1b6e20">E-invoice (Peppol)</b>')

    # A move to another operator: the old one delivers until it is confirmed.
    qtbot.waitUntil(net.move_button.isEnabled)
    qtbot.mouseClick(net.move_button, LEFT)
    move = net.dialog
    assert isinstance(move, DecisionDialog) and isinstance(move.editor, CodeCombo)
    move.submit()  # nothing chosen yet: refused at the field
    qtbot.waitUntil(lambda: bool(move.error.text()))
    assert move.isVisible()
    move.editor.set_code(_operator_id(filled_db, "PAGERO"))
    move.submit()
    qtbot.waitUntil(lambda: not move.isVisible())
    qtbot.waitUntil(lambda: "Moving to Pagero: still delivered through InExchange" in
                    state.text())
    assert "moving to Pagero" in net.model.index(0, 4).data()
    qtbot.waitUntil(net.confirm_move_button.isEnabled)
    qtbot.mouseClick(net.confirm_move_button, LEFT)
    qtbot.waitUntil(lambda: "Receives e-invoices through Pagero" in state.text())
    qtbot.waitUntil(lambda: net.history.topLevelItemCount() == 1
                    and net.history.topLevelItem(0).text(0) == "InExchange → Pagero")
    net.close()


def test_requires_einvoice_holds_invoices_before_it_is_saved_and_saves(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails
) -> None:
    window.editor.open_account(hagg.id)
    page = window.editor.my_details
    qtbot.waitUntil(lambda: "Not in the e-invoice network" in page.einvoice.text())
    page.einvoice.requires.setFocus()
    qtbot.keyClick(page.einvoice.requires, Qt.Key.Key_Space)
    assert page.is_dirty()
    assert "invoices are held" in page.einvoice.text()
    assert page.einvoice.text().startswith('<b style="color: #b3261e">Held</b>')
    page.save()
    qtbot.waitUntil(lambda: not page.is_dirty())
    assert load_account(filled_db, hagg.id).requires_einvoice


def test_register_is_offered_only_after_a_search_that_finds_none(
    qtbot: QtBot, filled_db: Workspace, runner: TaskRunner
) -> None:
    net = NetworkWindow(filled_db, runner)
    qtbot.addWidget(net)
    net.show()
    assert not net.register_button.isEnabled()
    assert "Search first" in net.register_button.toolTip()
    net.search.setText("556036-0793")
    net.run_search()
    qtbot.waitUntil(lambda: net.register_button.isEnabled())
    net.activateWindow()
    qtbot.waitActive(net)
    qtbot.keyClick(net.search, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: net.dialog is not None)
    dialog = net.dialog
    assert isinstance(dialog, RecipientDialog)
    assert dialog.form.value("org_number") == "556036-0793"
    dialog.reject()


def test_an_agent_may_register_but_not_confirm(
    qtbot: QtBot, filled_db: Workspace, runner: TaskRunner
) -> None:
    agent = filled_db.acting(Actor(None, "Eva Ek", OperatorRole.SUPPORT_AGENT))
    net = NetworkWindow(agent, runner)
    qtbot.addWidget(net)
    net.show()
    net.search.setText("")
    net.run_search()
    qtbot.waitUntil(lambda: net.found.text() != "")
    assert not net.confirm_button.isEnabled()
    assert "administrator" in net.confirm_button.toolTip().lower()


def test_network_model_passes_the_model_tester(
    qtbot: QtBot, filled_db: Workspace, runner: TaskRunner
) -> None:
    from custadmin.services.demo import add_demo_showcase
    from custadmin.services.einvoice import add_demo_einvoice, search_network

    add_demo_showcase(filled_db)
    add_demo_einvoice(filled_db, 20)
    model = NetworkModel()
    _tester = QAbstractItemModelTester(  # checks the model while it lives (fatal on a fault)
        model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows([])
    model.set_rows(search_network(filled_db, ""))
    assert model.rowCount() > 5
    assert all(model.index(r, c).data() is not None
               for r in range(model.rowCount()) for c in range(model.columnCount()))


def test_catalogue_adds_an_operator_and_refuses_a_taken_code_at_the_field(
    qtbot: QtBot, filled_db: Workspace, runner: TaskRunner
) -> None:
    dialog = CatalogueDialog(filled_db, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.operators.topLevelItemCount() >= 5)
    entry = dialog.edit_operator(None)
    assert isinstance(entry, EntryDialog)
    entry.form.set_values({"code": "pagero", "name": "Another Pagero",
                           "access_point_id": "0007:5566778899"})
    entry.submit()
    qtbot.waitUntil(lambda: bool(entry.form.error("code")))
    assert "Pagero has this code already" in entry.form.error("code")
    assert entry.isVisible() and entry.form.value("name") == "Another Pagero"
    entry.form.set_values({"code": "NEWOP"})
    entry.submit()
    qtbot.waitUntil(lambda: not entry.isVisible())
    qtbot.waitUntil(lambda: any(dialog.operators.topLevelItem(i).text(0) == "NEWOP"
                                for i in range(dialog.operators.topLevelItemCount())))
    assert any(o.code == "NEWOP" for o in network(filled_db).operators)


def test_decision_dialog_keeps_the_typed_reason_when_refused(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    from custadmin.domain.errors import ValidationError
    from custadmin.domain.messages import Message
    from custadmin.ui.einvoice.network import Question

    def refuse(_answer: str) -> None:
        raise ValidationError({"rejected_reason": Message("field.required")})

    dialog = DecisionDialog(Question("t", "&Reason:", "rejected_reason"), refuse, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert isinstance(dialog.editor, QLineEdit)
    dialog.editor.setText("typed")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.text() == "This field is required.")
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.editor.text() == "typed"


def test_the_register_shows_each_rows_state_and_filters_by_it(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace
) -> None:
    from custadmin.domain.register import EINVOICE_HELD, RegisterColumn
    from custadmin.services.einvoice import add_demo_einvoice
    from custadmin.ui.register.model import EINVOICE_COLUMN

    add_demo_einvoice(filled_db, 30)
    panel = window.register
    assert panel.model.headerData(EINVOICE_COLUMN, Qt.Orientation.Horizontal) == "E-invoice"
    combo = panel.einvoice
    assert combo.isEnabled()
    with qtbot.waitSignal(panel.model.count_changed, timeout=10_000):
        combo.setCurrentIndex(combo.findData(EINVOICE_HELD))
    rows = panel.model.rowCount()
    assert rows >= 1
    qtbot.waitUntil(lambda: all(
        panel.model.index(r, EINVOICE_COLUMN).data().endswith("invoices held")
        for r in range(rows)))
    # The column is filtered by, not sorted: a click on its header leaves the order.
    header = panel.table.horizontalHeader()
    header.setSortIndicator(EINVOICE_COLUMN, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == RegisterColumn.NAME
    assert panel.model.query.sort is RegisterColumn.NAME
    with qtbot.waitSignal(panel.model.count_changed, timeout=10_000):
        combo.setCurrentIndex(0)
    assert panel.model.rowCount() == 201


def test_the_report_counts_lists_opens_and_exports(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, notices: list[str]
) -> None:
    """Reports → Invoices that cannot go as e-invoices: counts per reason, the list
    (model-tester clean), Enter opens the account, CSV export with cells escaped."""
    from custadmin.services.einvoice import add_demo_einvoice
    from custadmin.ui.einvoice.report import ReportDialog

    add_demo_einvoice(filled_db, 30)
    dialog = window.run("einvoice.report")
    assert isinstance(dialog, ReportDialog)
    qtbot.addWidget(dialog)
    _tester = QAbstractItemModelTester(
        dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    qtbot.waitUntil(lambda: dialog.reasons.topLevelItemCount() > 1)
    total = int(dialog.reasons.topLevelItem(0).text(1))
    assert total == sum(c.accounts for c in dialog.counts) > 0
    qtbot.waitUntil(lambda: dialog.model.rowCount() == min(total, 200))
    texts = [dialog.reasons.topLevelItem(i).text(0)
             for i in range(dialog.reasons.topLevelItemCount())]
    assert any(t.startswith("Registration pending") for t in texts), texts
    pending = next(i for i, t in enumerate(texts) if t.startswith("Registration pending"))
    dialog.reasons.setCurrentItem(dialog.reasons.topLevelItem(pending))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == int(
        dialog.reasons.topLevelItem(pending).text(1)))
    assert {dialog.model.index(r, 4).data() for r in range(dialog.model.rowCount())} == {
        "Registration pending"}
    assert len({r.account_id for r in dialog.model.rows}) == dialog.model.rowCount()
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    wanted = dialog.model.rows[0].account_id
    qtbot.waitUntil(lambda: window.editor.account is not None
                    and window.editor.account.id == wanted)

    target = tmp_path / "report.csv"
    monkeypatch.setattr(ReportDialog, "ask_target", lambda self, kind: str(target))
    dialog.export("csv")
    qtbot.waitUntil(lambda: dialog.export_outcome is not None, timeout=10_000)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + dialog.model.rowCount()
    assert notices and "Exported" in notices[-1]
